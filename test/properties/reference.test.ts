/**
 * Differential property: measureAvailability, creditFor and monthlyStatement against a brute-force
 * reference written here from the commitment's own words, sharing no code with the library.
 *
 * The reference cuts the period at every incident edge and decides each elementary stretch from the
 * incidents active in it: an incident of an excluded cause makes the stretch excluded; otherwise the
 * heaviest weight among the active impacts counts. Before that, each incident is read as the rules say:
 * an open one runs to asOf; one of a counted cause that lasts less than the minimum outage is dropped
 * (open ones may yet outlast it); minute-up widens it to the clock minutes it touches, minute-down
 * narrows it to the whole clock minutes it holds. Sums are exact: weights in hundredths, times in
 * milliseconds, availability as a fraction of BigInts.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  type CommitmentInput,
  creditFor,
  customPeriod,
  Decimal,
  type IncidentInput,
  measureAvailability,
  monthlyStatement,
  monthPeriod,
  type Period,
} from '../../src/index.js'
import { commitmentArb, durationMsOf, incidentsArb, MINUTE } from './arbitraries.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
// A longer search takes longer: the time allowed grows with the number of runs.
vi.setConfig({ testTimeout: Math.max(5_000, RUNS * 50) })

// Months with a change of offset, and ordinary ones, in zones on both sides of Greenwich.
const MONTHS: Period[] = [
  monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
  monthPeriod({ year: 2026, month: 10, timeZone: 'Europe/Paris' }),
  monthPeriod({ year: 2026, month: 3, timeZone: 'America/New_York' }),
  monthPeriod({ year: 2026, month: 11, timeZone: 'America/New_York' }),
  monthPeriod({ year: 2026, month: 2, timeZone: 'Australia/Sydney' }),
  monthPeriod({ year: 2026, month: 6, timeZone: 'UTC' }),
]

// And a period that starts and ends between clock minutes, which months never do: there, aligning an
// incident to clock minutes decides whether it touches the period at all (one logged from the period's
// end, aligned out, reaches back into its last, partial minute).
const PERIODS: Period[] = [...MONTHS, customPeriod({ start: Date.UTC(2026, 5, 1, 0, 0, 30, 250), end: Date.UTC(2026, 5, 30, 23, 59, 17, 5) })]

type Rules = NonNullable<CommitmentInput['measurement']>

/** A decimal weight written with at most 2 decimals, in hundredths, read digit by digit. */
function hundredths(value: string | number | undefined, fallback: number): bigint {
  const text = value === undefined ? undefined : String(value)
  if (text === undefined) return BigInt(fallback)
  const [whole, frac = ''] = text.split('.')
  return BigInt(whole!) * 100n + BigInt((frac + '00').slice(0, 2))
}

interface Reference {
  measuredMs: number
  excludedMs: number
  /** Downtime in hundredths of a millisecond. */
  downtime: bigint
}

/** The reference measurement of one element (or of the whole service when `element` is undefined). */
function reference(rules: Rules | undefined, period: Period, incidents: IncidentInput[], asOf: number, element?: string): Reference {
  const weights = {
    outage: hundredths(rules?.weights?.outage, 100),
    partial: hundredths(rules?.weights?.partial, 100),
    degraded: hundredths(rules?.weights?.degraded, 0),
  }
  const excludedCauses = rules?.excludedCauses ?? ['maintenance', 'customer', 'force-majeure']
  const minimum = durationMsOf(rules?.minimumOutage as string | number | undefined)
  const granularity = rules?.granularity ?? 'none'
  const from = period.start.getTime()
  const to = period.end.getTime()

  interface Piece {
    s: number
    e: number
    excluded: boolean
    weight: bigint
  }
  const pieces: Piece[] = []
  for (const incident of incidents) {
    const names = incident.elements == null ? undefined : typeof incident.elements === 'string' ? [incident.elements] : [...incident.elements]
    if (element !== undefined && names !== undefined && !names.includes(element)) continue
    const open = incident.end === undefined || incident.end === null
    let s = incident.start as number
    let e = open ? asOf : (incident.end as number)
    const excluded = excludedCauses.includes(incident.cause ?? 'unplanned')
    if (!excluded && e > s) {
      if (!open && e - s < minimum) continue
      if (granularity === 'minute-up') {
        s = Math.floor(s / MINUTE) * MINUTE
        e = Math.ceil(e / MINUTE) * MINUTE
      } else if (granularity === 'minute-down') {
        s = Math.ceil(s / MINUTE) * MINUTE
        e = Math.floor(e / MINUTE) * MINUTE
      }
    }
    s = Math.max(s, from)
    e = Math.min(e, to)
    if (e > s) pieces.push({ s, e, excluded, weight: weights[incident.impact ?? 'outage'] })
  }
  const cuts = [...new Set([from, to, ...pieces.flatMap((p) => [p.s, p.e])])].sort((a, b) => a - b)
  let excludedMs = 0
  let downtime = 0n
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k]!
    const b = cuts[k + 1]!
    const active = pieces.filter((p) => p.s <= a && p.e >= b)
    if (active.length === 0) continue
    if (active.some((p) => p.excluded)) excludedMs += b - a
    else downtime += BigInt(b - a) * active.reduce((w, p) => (p.weight > w ? p.weight : w), 0n)
  }
  const outOfPeriod = rules?.exclusions === 'out-of-period'
  return { measuredMs: outOfPeriod ? to - from - excludedMs : to - from, excludedMs, downtime }
}

/** The VALUE bands (no credit from 99.9 %, 10 % from 99.5 % up to 99.9 %, 50 % below), decided on the fraction. */
function bandPercent(r: Reference): number {
  if (r.measuredMs === 0) return 0
  // availability = (M − D) / M; D is in hundredths of ms. availability ≥ p/1000 ⟺ 1000·(100M − D) ≥ p·100M.
  const up = 100n * BigInt(r.measuredMs) - r.downtime
  const m = 100n * BigInt(r.measuredMs)
  if (1000n * up >= 999n * m) return 0
  if (1000n * up >= 995n * m) return 10
  return 50
}

const caseArb = fc
  .record({ month: fc.integer({ min: 0, max: PERIODS.length - 1 }), commitment: commitmentArb() })
  .chain(({ month, commitment }) => {
    const period = PERIODS[month]!
    const start = period.start.getTime()
    const end = period.end.getTime()
    // asOf anywhere from inside the period to a week after it: open incidents end there.
    return fc.record({
      period: fc.constant(period),
      commitment: fc.constant(commitment),
      incidents: incidentsArb(start, end, { open: true, elements: true }),
      asOf: fc.integer({ min: start + 1, max: end + 7 * 86_400_000 }),
      // Now and then asOf falls just after an incident's start, so that an open incident is still shorter
      // than the minimum outage when it is measured.
      asOfNearStart: fc.option(fc.integer({ min: 1, max: 40 * MINUTE }), { freq: 3, nil: undefined }),
    })
  })
  .map(({ asOfNearStart, ...c }) => {
    const first = c.incidents.find((i) => i.end === null)
    return asOfNearStart !== undefined && first ? { ...c, asOf: (first.start as number) + asOfNearStart } : c
  })
  .map((c) => ({ ...c, incidents: c.incidents.map((i) => (i.end === null && (i.start as number) >= c.asOf ? { ...i, end: (i.start as number) + 1 } : i)) }))

function expectAgrees(report: ReturnType<typeof measureAvailability>, ref: Reference): void {
  expect(report.measuredMs).toBe(ref.measuredMs)
  expect(report.excludedMs).toBe(ref.excludedMs)
  // downtimeUnits / scale = ref.downtime / 100, cross-multiplied to stay in integers.
  expect(BigInt(report.exact.downtimeUnits) * 100n).toBe(ref.downtime * BigInt(report.exact.scale))
  const expected = ref.measuredMs === 0 ? new Decimal(100) : new Decimal(100).times(new Decimal(100 * ref.measuredMs).minus(ref.downtime.toString())).div(100 * ref.measuredMs)
  expect(report.availability.eq(expected)).toBe(true)
}

/** One outage whose length is the downtime a band allows, give or take a millisecond or a minute. */
const edgeArb = fc
  .record({
    month: fc.integer({ min: 0, max: MONTHS.length - 1 }),
    target: fc.constantFrom(995n, 999n),
    delta: fc.constantFrom(-MINUTE, -1, 0, 1, MINUTE),
    granularity: fc.constantFrom('none' as const, 'minute-up' as const, 'minute-down' as const),
  })
  .map(({ month, target, delta, granularity }) => {
    const period = MONTHS[month]!
    const start = period.start.getTime()
    // allowed = period × (1000 − target) / 1000, a whole number of ms for every month here.
    const allowed = Number((BigInt(period.durationMs) * (1000n - target)) / 1000n)
    const at = start + 3 * 86_400_000
    return {
      period,
      commitment: { timeZone: period.timeZone, measurement: { granularity }, credit: { type: 'tiers', tiers: [{ atLeast: '99.5', below: '99.9', credit: '10' }, { below: '99.5', credit: '50' }] } } as CommitmentInput,
      incidents: [{ start: at, end: at + allowed + delta }] as IncidentInput[],
      asOf: period.end.getTime(),
    }
  })

describe('the library agrees with a brute-force reference', () => {
  it('measureAvailability, for the whole service and for one element', () => {
    fc.assert(
      fc.property(caseArb, ({ period, commitment, incidents, asOf }) => {
        for (const element of [undefined, 'a', 'b']) {
          const report = measureAvailability({ commitment, period, incidents, asOf, ...(element !== undefined && { element }) })
          expectAgrees(report, reference(commitment.measurement, period, incidents, asOf, element))
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('at the edges of the bands, to the millisecond', () => {
    fc.assert(
      fc.property(edgeArb, ({ period, commitment, incidents, asOf }) => {
        const report = measureAvailability({ commitment, period, incidents, asOf })
        const ref = reference(commitment.measurement, period, incidents, asOf)
        expectAgrees(report, ref)
        expect(creditFor({ commitment, availability: report, fee: { amount: '10', currency: 'EUR' } }).percent.toNumber()).toBe(bandPercent(ref))
      }),
      { numRuns: RUNS },
    )
  })

  it('creditFor and monthlyStatement: band, percentage and amount of every element', () => {
    const FEES = { a: '9.99', b: '4.99', c: '120' } as const
    fc.assert(
      fc.property(caseArb, ({ period, commitment, incidents, asOf }) => {
        const statement = monthlyStatement({
          commitment,
          period,
          incidents,
          asOf,
          elements: Object.entries(FEES).map(([id, amount]) => ({ id, fee: { amount, currency: 'EUR' } })),
        })
        let total = new Decimal(0)
        for (const entry of statement.elements) {
          const ref = reference(commitment.measurement, period, incidents, asOf, entry.element)
          expectAgrees(entry.availability, ref)
          const percent = bandPercent(ref)
          // Fee × percent / 100, rounded half-up to the cent: 9.99 × 50 % = 4.995 → 5.00.
          const amount = new Decimal(FEES[entry.element as keyof typeof FEES]).times(percent).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
          expect(entry.credit.percent.toNumber()).toBe(percent)
          expect(entry.credit.amount.toFixed(2)).toBe(amount.toFixed(2))
          const alone = creditFor({ commitment, availability: entry.availability, fee: { amount: FEES[entry.element as keyof typeof FEES], currency: 'EUR' } })
          expect(alone.amount.toFixed(2)).toBe(amount.toFixed(2))
          total = total.plus(amount)
        }
        expect(statement.totals.map((t) => [t.currency, t.credits.toFixed(2)])).toEqual([['EUR', total.toFixed(2)]])
      }),
      { numRuns: RUNS },
    )
  })
})
