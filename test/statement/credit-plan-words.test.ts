import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFor, Decimal, monthlyStatement, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

// A statement compiles its commitment once into integer downtime thresholds and shares the figures of
// elements alike; creditFor reads each element's availability as an exact decimal. Here the commitments
// are drawn at random, with bands bounded by `atLeast` (availability equal to the bound is in the band) or
// `above` (it is not), bounds whose threshold falls between two milliseconds or exactly on one, one or two
// band tables, a rounding rule of the availability, weights that are not whole, a cap, and elements in
// service part of the month, so that the measured time (and with it every threshold) changes from one
// element to the next. Each element must be billed what its own report gives, and the band the contract's
// words give, worked out here with decimals from the availability's definition.

// April 2026 in UTC: 30 × 86,400,000 = 2,592,000,000 ms.
const period = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
const DAY = 86_400_000
const MONTH_MS = 30 * DAY
const APRIL = Date.UTC(2026, 3, 1)

// Bounds of 1 to 5 decimals: over a 30-day month, 99.9 % falls on a whole millisecond (2,592,000 ms down),
// 99.99999 % between two (259.2 ms), 66.6667 % between two as well.
const BOUNDS = ['99.99999', '99.999', '99.99', '99.95', '99.9', '99.7', '99.5', '99.123', '99', '98.7654', '97', '95', '90', '66.6667', '50']
const CREDITS = ['2.5', '5', '10', '12.34', '25', '33.33', '50', '100']
const MODES = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'] as const
const FEES = [
  { amount: '100.00', currency: 'EUR' },
  { amount: '9.99', currency: 'EUR' },
  { amount: '1234', currency: 'JPY' },
  { amount: '10.005', currency: 'KWD' },
]

interface Cut {
  bound: string
  /** Whether availability equal to the bound belongs to the band above it (`atLeast`), or below (`atMost`). */
  upperTakesIt: boolean
}
type Band = { atLeast?: string; above?: string; below?: string; atMost?: string; credit: string }

/** A band table from its cuts (highest first) and credits (one more than cuts, rising as availability falls). */
function table(cuts: readonly Cut[], credits: readonly string[], top: boolean, reversed: boolean): Band[] {
  const bands: Band[] = []
  for (let i = 0; i <= cuts.length; i++) {
    const above = cuts[i - 1]
    const below = cuts[i]
    const band: Band = { credit: credits[i]! }
    if (above) Object.assign(band, above.upperTakesIt ? { below: above.bound } : { atMost: above.bound })
    if (below) Object.assign(band, below.upperTakesIt ? { atLeast: below.bound } : { above: below.bound })
    bands.push(band)
  }
  // Without its top band, a table gives nothing above its highest bound.
  const kept = top ? bands : bands.slice(1)
  return reversed ? kept.reverse() : kept
}

const cutsArb = fc
  .uniqueArray(fc.constantFrom(...BOUNDS), { minLength: 1, maxLength: 4 })
  .chain((values) =>
    fc.array(fc.boolean(), { minLength: values.length, maxLength: values.length }).map((sides) =>
      values.sort((a, b) => new Decimal(b).comparedTo(a)).map((bound, i) => ({ bound, upperTakesIt: sides[i]! })),
    ),
  )

const tableArb = cutsArb.chain((cuts) =>
  fc.record({
    cuts: fc.constant(cuts),
    credits: fc.uniqueArray(fc.constantFrom(...CREDITS), { minLength: cuts.length + 1, maxLength: cuts.length + 1 }).map((cs) => cs.sort((a, b) => new Decimal(a).comparedTo(b))),
    top: fc.boolean(),
    reversed: fc.boolean(),
  }),
)

const commitmentArb = fc.record({
  tables: fc.array(tableArb, { minLength: 1, maxLength: 2 }),
  // Most commitments take the plan's own road: bands alone, on the exact availability.
  perDuration: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  rounding: fc.option(fc.record({ decimals: fc.integer({ min: 0, max: 3 }), mode: fc.constantFrom(...MODES) }), { nil: undefined, freq: 2 }),
  partial: fc.option(fc.constantFrom('0.5', '0.37', '0.125'), { nil: undefined }),
  cap: fc.option(fc.constantFrom('30', '60'), { nil: undefined }),
})

type Drawn = typeof commitmentArb extends fc.Arbitrary<infer T> ? T : never

function commitmentOf(d: Drawn): CommitmentInput {
  const models: NonNullable<CommitmentInput['credit']> & unknown[] = d.tables.map((t) => ({ type: 'tiers' as const, tiers: table(t.cuts, t.credits, t.top, t.reversed) }))
  if (d.perDuration) models.push({ type: 'per-duration', percent: '1.5', per: 'PT1H' })
  return {
    timeZone: 'UTC',
    credit: models.length === 1 ? models[0]! : models,
    measurement: { ...(d.rounding && { rounding: d.rounding }), ...(d.partial && { weights: { partial: d.partial } }) },
    ...(d.cap && { cap: d.cap }),
  }
}

// An element: its days in service (whole days of April, from the 1st to the 31st at 00:00) and the downtime
// sought, near the edge of one of the commitment's bounds or anywhere.
const elementArb = (bounds: readonly string[]) =>
  fc.record({
    fee: fc.constantFrom(...FEES),
    from: fc.integer({ min: 1, max: 29 }),
    days: fc.integer({ min: 1, max: 30 }),
    target: fc.oneof(
      { weight: 4, arbitrary: fc.record({ bound: fc.constantFrom(...bounds), delta: fc.integer({ min: -2, max: 2 }) }) },
      { weight: 1, arbitrary: fc.record({ bound: fc.constant(null), delta: fc.integer({ min: 0, max: 40 * 3_600_000 }) }) },
    ),
    partial: fc.boolean(),
  })

/** The band a table's words give an availability, compared as a decimal with each bound as written. */
function bandByWords(bands: readonly Band[], a: Decimal): Band | undefined {
  return bands.find(
    (b) =>
      (b.atLeast === undefined || a.gte(b.atLeast)) &&
      (b.above === undefined || a.gt(b.above)) &&
      (b.below === undefined || a.lt(b.below)) &&
      (b.atMost === undefined || a.lte(b.atMost)),
  )
}

describe('a statement under any band table bills each element what its own report gives', () => {
  it('as creditFor does, and in the band the contract words give, element after element', () => {
    fc.assert(
      fc.property(
        commitmentArb.chain((d) => fc.tuple(fc.constant(d), fc.array(elementArb(d.tables.flatMap((t) => t.cuts.map((c) => c.bound))), { minLength: 1, maxLength: 7 }))),
        fc.constantFrom(...MODES),
        fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        ([drawn, drawnElements], rounding, scale) => {
          const commitment = commitmentOf(drawn)
          const weight = drawn.partial === undefined ? null : new Decimal(drawn.partial)
          const elements = drawnElements.map((e, i) => {
            const from = Math.min(e.from, 30)
            const until = Math.min(from + e.days, 31)
            const start = APRIL + (from - 1) * DAY
            const measured = (until - from) * DAY
            return {
              id: `vps-${i}`,
              fee: e.fee,
              ...(from > 1 && { from: `2026-04-${String(from).padStart(2, '0')}` }),
              ...(until < 31 && { until: `2026-04-${String(until).padStart(2, '0')}` }),
              start,
              measured,
              weighted: e.partial && weight !== null,
              target: e.target,
            }
          })
          const incidents = elements.flatMap((e) => {
            // The downtime (ms, weighted) at which availability equals the bound: measured × (100 − bound) / 100.
            const wanted = e.target.bound === null ? e.target.delta : new Decimal(e.measured).times(new Decimal(100).minus(e.target.bound)).div(100).round().toNumber() + e.target.delta
            // A partial outage counts for its weight: it lasts downtime / weight.
            const ms = Math.max(0, Math.min(e.measured - 1, e.weighted && weight ? new Decimal(wanted).div(weight).round().toNumber() : wanted))
            return ms > 0 ? [{ start: e.start, end: e.start + ms, elements: [e.id], impact: e.weighted ? ('partial' as const) : ('outage' as const) }] : []
          })
          const statement = monthlyStatement({
            commitment,
            period,
            incidents,
            elements: elements.map(({ id, fee, from, until }) => ({ id, fee, ...(from && { from }), ...(until && { until }) })),
            rounding,
            ...(scale !== undefined && { scale }),
          })
          for (const [i, entry] of statement.elements.entries()) {
            const e = elements[i]!
            const expected = creditFor({ commitment, availability: entry.availability, fee: e.fee, rounding, ...(scale !== undefined && { scale }) })
            expect(entry.element).toBe(e.id)
            expect(entry.availability.measuredMs).toBe(e.measured)
            // Figures, parts, steps and sentences alike.
            expect(JSON.stringify(entry.credit)).toBe(JSON.stringify(expected))
            // availability = 100 × (measured − downtime) / measured, rounded as the measurement says.
            const { downtimeUnits, measuredUnits } = entry.availability.exact
            let a = new Decimal(100).times(measuredUnits - downtimeUnits).div(measuredUnits)
            if (drawn.rounding) a = a.toDecimalPlaces(drawn.rounding.decimals, roundingOf(drawn.rounding.mode) as Parameters<Decimal["toDecimalPlaces"]>[1])
            const models = entry.credit.parts.filter((p) => p.model === 'tiers')
            expect(models.map((p) => p.percent.toString())).toEqual(drawn.tables.map((t) => bandByWords(table(t.cuts, t.credits, t.top, t.reversed), a)?.credit ?? '0').map((c) => new Decimal(c).toString()))
          }
        },
      ),
      { numRuns: 150 },
    )
  }, 60_000)
})

/** decimal.js's rounding constant for a measurement's rounding mode, read from its words. */
function roundingOf(mode: (typeof MODES)[number]): number {
  const modes = { up: Decimal.ROUND_UP, down: Decimal.ROUND_DOWN, ceil: Decimal.ROUND_CEIL, floor: Decimal.ROUND_FLOOR, 'half-up': Decimal.ROUND_HALF_UP, 'half-down': Decimal.ROUND_HALF_DOWN, 'half-even': Decimal.ROUND_HALF_EVEN }
  return modes[mode]
}
