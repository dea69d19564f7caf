/**
 * Shared generators and checks for the property tests of the public API's algebra.
 *
 * Every time is an integer number of epoch milliseconds, as the library works on inside. Incidents are
 * generated around a period (inside it, straddling either edge, fully outside it, of zero length, open),
 * commitments with random measurement rules: weights written as decimal strings of at most 2 decimals
 * in [0, 1], excluded causes, exclusions mode, minimum outage and minute granularity.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import {
  type AvailabilityReport,
  type Cause,
  CAUSES,
  type CommitmentInput,
  Decimal,
  IMPACTS,
  type Impact,
  type IncidentInput,
  monthPeriod,
} from '../../src/index.js'

/** Runs per property: enough to find edge cases, few enough for the whole folder to run in seconds. */
export const RUNS = 200

export const MINUTE = 60_000
export const HOUR = 3_600_000
export const DAY = 86_400_000

/**
 * A minimum outage as the generated commitments write it (PTnS, PTnM or milliseconds), read for the
 * brute-force references without the library's duration parser.
 */
export function durationMsOf(value: string | number | undefined): number {
  if (value === undefined) return 0
  if (typeof value === 'number') return value
  const m = /^PT(\d+)([SM])$/.exec(value)
  if (!m) throw new Error(`the reference reads PTnS and PTnM only (got ${value})`)
  return Number(m[1]) * (m[2] === 'M' ? MINUTE : 1000)
}

/** March 2026 in Europe/Paris: 743 hours, with the switch to summer time on the 29th. */
export const MARCH_2026_PARIS = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
export const FEBRUARY_2026_PARIS = monthPeriod({ year: 2026, month: 2, timeZone: 'Europe/Paris' })

/** The element names incidents may mention; `x` is never billed in statements. */
export const ELEMENTS = ['a', 'b', 'c'] as const

/** Floors an instant to the clock minute (epoch minutes are clock minutes: no zone offset has seconds today). */
export const floorMinute = (t: number): number => Math.floor(t / MINUTE) * MINUTE

/** Drops the keys whose value is undefined, so that optional fields are absent rather than undefined. */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/** A weight written as a decimal string with at most 2 decimals, from hundredths: 0 → '0', 50 → '0.5', 100 → '1'. */
export function weightText(hundredths: number): string {
  if (hundredths === 100) return '1'
  if (hundredths === 0) return '0'
  return new Decimal(hundredths).div(100).toString()
}

/** Weights with decimals ('0.25') or, when `whole` is set, only '0' and '1' (exact sums in milliseconds). */
export const weightArb = (whole = false): fc.Arbitrary<string> =>
  whole ? fc.constantFrom('0', '1') : fc.oneof(fc.constantFrom('0', '1', '0.5'), fc.integer({ min: 0, max: 100 }).map(weightText))

export interface RulesConstraints {
  /** Only weights '0' and '1'. */
  wholeWeights?: boolean
  /** Granularities to pick from; default every one (and absent). */
  granularities?: readonly ('none' | 'minute-up' | 'minute-down' | undefined)[]
}

type Measurement = NonNullable<CommitmentInput['measurement']>

/** Random measurement rules, every field sometimes absent so that defaults are exercised too. */
export const measurementArb = (c: RulesConstraints = {}): fc.Arbitrary<Measurement> =>
  fc
    .record({
      outage: fc.option(weightArb(c.wholeWeights), { nil: undefined }),
      partial: fc.option(weightArb(c.wholeWeights), { nil: undefined }),
      degraded: fc.option(weightArb(c.wholeWeights), { nil: undefined }),
      excludedCauses: fc.option(fc.subarray([...CAUSES]), { nil: undefined }),
      exclusions: fc.constantFrom('as-available' as const, 'out-of-period' as const, undefined),
      minimumOutage: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom('PT0S', 'PT1M', 'PT4M', 'PT30M'),
        fc.integer({ min: 0, max: 10 * MINUTE }),
      ),
      granularity: fc.constantFrom(...(c.granularities ?? (['none', 'minute-up', 'minute-down', undefined] as const))),
    })
    .map((r) => {
      const weights = compact({ outage: r.outage, partial: r.partial, degraded: r.degraded })
      return compact({
        weights: Object.keys(weights).length > 0 ? weights : undefined,
        excludedCauses: r.excludedCauses,
        exclusions: r.exclusions,
        minimumOutage: r.minimumOutage,
        granularity: r.granularity,
      }) as Measurement
    })

/** The VALUE bands of the OVH 2016 VPS contract, so that every commitment can be turned into a credit. */
export const VALUE_TIERS: CommitmentInput['credit'] = {
  type: 'tiers',
  tiers: [
    { atLeast: '99.5', below: '99.9', credit: '10' },
    { below: '99.5', credit: '50' },
  ],
}

/** A commitment in Europe/Paris with random measurement rules and the VALUE bands. */
export const commitmentArb = (c: RulesConstraints = {}): fc.Arbitrary<CommitmentInput> =>
  measurementArb(c).map((measurement) => ({ timeZone: 'Europe/Paris', measurement, credit: VALUE_TIERS }))

/** The rules under which downtime adds up as plain milliseconds: weights 1, nothing excluded, no minimum. */
export const plainCommitment = (granularity: 'none' | 'minute-up' | 'minute-down'): CommitmentInput => ({
  timeZone: 'Europe/Paris',
  measurement: { weights: { outage: '1', partial: '1', degraded: '1' }, excludedCauses: [], granularity },
  credit: VALUE_TIERS,
})

/** A custom period: any integer start in 2000–2040, any length from 1 ms to 62 days. */
export const customBoundsArb: fc.Arbitrary<{ start: number; end: number }> = fc
  .record({
    start: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
    length: fc.oneof(fc.integer({ min: 1, max: 10 * MINUTE }), fc.integer({ min: 1, max: 62 * DAY })),
  })
  .map(({ start, length }) => ({ start, end: start + length }))

/** An instant near the period `[start, end)`: anywhere around it, or close to one of its edges. */
export function instantAround(start: number, end: number, minuteAligned = false): fc.Arbitrary<number> {
  const margin = marginOf(start, end)
  const near = 3 * MINUTE
  const arb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: start - margin, max: end + margin }) },
    { weight: 1, arbitrary: fc.integer({ min: start - near, max: start + near }) },
    { weight: 1, arbitrary: fc.integer({ min: end - near, max: end + near }) },
    { weight: 1, arbitrary: fc.constantFrom(start, end, start - 1, end - 1) },
  )
  return minuteAligned ? arb.map(floorMinute) : arb
}

/** A length: zero, a few milliseconds, whole minutes, up to hours, or up to half the period. */
export function lengthArb(periodMs: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 2_000 }),
    fc.integer({ min: 1, max: 240 }).map((m) => m * MINUTE),
    fc.integer({ min: 0, max: 6 * HOUR }),
    fc.integer({ min: 0, max: Math.max(0, Math.floor(periodMs / 2)) }),
  )
}

export interface IncidentConstraints {
  /** Impacts to pick from; default every one (and absent, meaning outage). */
  impacts?: readonly (Impact | undefined)[]
  /** Causes to pick from; default every one (and absent, meaning unplanned). */
  causes?: readonly (Cause | undefined)[]
  /** Allow incidents without end (they need `asOf`, see {@link asOfFor}). */
  open?: boolean
  /** Start and end on whole clock minutes. */
  minuteAligned?: boolean
  /** Give elements to incidents (else every incident affects every element). */
  elements?: boolean
}

/** `asOf` for open incidents generated around `[start, end)`: after every start {@link instantAround} can give. */
export const asOfFor = (start: number, end: number): number => end + marginOf(start, end) + 1

/** How far around a period instants are generated: at least the 3 minutes of the near-edge instants. */
const marginOf = (start: number, end: number): number => Math.max(3 * MINUTE, Math.floor((end - start) / 4))

/** One incident around the period `[start, end)`, its times as integer epoch milliseconds. */
export function incidentArb(start: number, end: number, c: IncidentConstraints = {}): fc.Arbitrary<IncidentInput> {
  const elements: fc.Arbitrary<IncidentInput['elements']> = c.elements
    ? fc.oneof(
        fc.constant(undefined),
        fc.constantFrom<IncidentInput['elements']>('a', 'b', ['a'], ['a', 'c'], ['b', 'b'], ['c', 'x'], ['x']),
      )
    : fc.constant(undefined)
  return fc
    .record({
      start: instantAround(start, end, c.minuteAligned),
      length: lengthArb(end - start),
      isOpen: c.open ? fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) : fc.constant(false),
      impact: fc.constantFrom(...(c.impacts ?? [...IMPACTS, undefined])),
      cause: fc.constantFrom(...(c.causes ?? [...CAUSES, undefined])),
      elements,
    })
    .map((r) =>
      compact({
        start: r.start,
        end: r.isOpen ? null : c.minuteAligned ? floorMinute(r.start + r.length) : r.start + r.length,
        impact: r.impact,
        cause: r.cause,
        elements: r.elements,
      }),
    )
}

/** A list of incidents around `[start, end)`. */
export const incidentsArb = (start: number, end: number, c: IncidentConstraints = {}, maxLength = 25): fc.Arbitrary<IncidentInput[]> =>
  fc.array(incidentArb(start, end, c), { maxLength })

/** A list and a permutation of it. */
export const withShuffle = <T>(list: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> =>
  list.chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })))

/** The figures of a report that must not depend on how the incident list was written. */
export function figures(r: AvailabilityReport) {
  return {
    periodMs: r.periodMs,
    measuredMs: r.measuredMs,
    downtimeMs: r.downtimeMs,
    excludedMs: r.excludedMs,
    downtime: r.downtime.toString(),
    availability: r.availability.toString(),
    open: r.open,
    exact: { ...r.exact },
  }
}

/**
 * The bounds every report must respect (property 4, also used on junk input in property 8):
 * figures are finite numbers, availability is a Decimal in [0, 100] equal to its exact fraction,
 * downtime ≤ measured time ≤ period, excluded time ≤ period, and the contributions add up to the totals.
 */
export function expectValidReport(r: AvailabilityReport): void {
  for (const v of [r.periodMs, r.measuredMs, r.downtimeMs, r.excludedMs]) expect(Number.isFinite(v)).toBe(true)
  expect(Decimal.isDecimal(r.availability)).toBe(true)
  expect(r.availability.isFinite()).toBe(true)
  expect(r.availability.gte(0) && r.availability.lte(100)).toBe(true)
  expect(r.downtime.isFinite()).toBe(true)
  expect(r.periodMs).toBeGreaterThan(0)
  expect(r.periodMs).toBe(r.period.end.getTime() - r.period.start.getTime())
  expect(r.excludedMs).toBeGreaterThanOrEqual(0)
  expect(r.excludedMs).toBeLessThanOrEqual(r.periodMs)
  expect(r.measuredMs).toBeGreaterThanOrEqual(0)
  expect(r.measuredMs).toBeLessThanOrEqual(r.periodMs)
  expect(r.downtimeMs).toBeGreaterThanOrEqual(0)
  expect(r.downtimeMs).toBeLessThanOrEqual(r.measuredMs)
  // The exact fraction and the Decimal agree: availability = 100 × (measured − downtime) / measured.
  const { downtimeUnits, measuredUnits, scale } = r.exact
  expect(Number.isInteger(downtimeUnits) && Number.isInteger(measuredUnits)).toBe(true)
  expect(measuredUnits).toBe(r.measuredMs * scale)
  expect(r.downtime.eq(new Decimal(downtimeUnits).div(scale))).toBe(true)
  const expected = measuredUnits === 0 ? new Decimal(100) : new Decimal(measuredUnits - downtimeUnits).times(100).div(measuredUnits)
  expect(r.availability.eq(expected)).toBe(true)

  // Contributions: every stretch of time is attributed to exactly one incident, so the parts add up.
  let counted = 0
  let excluded = 0
  let downtime = 0
  for (const c of r.contributions) {
    for (const v of [c.inPeriodMs, c.countedMs, c.excludedMs, c.downtimeMs]) {
      expect(Number.isFinite(v)).toBe(true)
      expect(v).toBeGreaterThanOrEqual(0)
    }
    expect(c.weight.gte(0) && c.weight.lte(1)).toBe(true)
    counted += c.countedMs
    excluded += c.excludedMs
    downtime += c.downtimeMs
  }
  expect(counted + excluded).toBeLessThanOrEqual(r.periodMs)
  expect(excluded).toBe(r.excludedMs)
  if (scale === 1) expect(downtime).toBe(r.downtimeMs)
  else expect(Math.abs(downtime - r.downtimeMs)).toBeLessThanOrEqual(1e-6 + 1e-12 * r.downtimeMs)
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}
