/**
 * Property 3: conservation across split periods. Downtime is the measure of a set of instants, so it is
 * additive: for a ≤ b ≤ c, downtime over [a, c) = downtime over [a, b) + downtime over [b, c).
 *
 * It holds because every rule is decided per incident *before* clipping (a minimum outage is judged on the
 * whole incident, clock-minute alignment is done on the whole incident) and then per instant (exclusion
 * wins, else the heaviest active impact). The one condition: with minute granularity, a split point must
 * lie on a clock minute, otherwise an aligned minute would straddle it and be counted on both sides.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, customPeriod, type IncidentInput, measureAvailability } from '../../src/index.js'
import {
  asOfFor,
  commitmentArb,
  DAY,
  FEBRUARY_2026_PARIS,
  floorMinute,
  incidentsArb,
  MARCH_2026_PARIS,
  MINUTE,
  plainCommitment,
  RUNS,
} from './arbitraries.js'

const measure = (commitment: CommitmentInput, start: number, end: number, incidents: IncidentInput[], asOf?: number) =>
  measureAvailability({ commitment, period: customPeriod({ start, end }), incidents, ...(asOf !== undefined && { asOf }) })

/** A period [a, c) and a split point b inside it (a ≤ b ≤ c, both halves non-empty), on clock minutes when asked. */
const splitArb = (aligned: boolean) =>
  fc
    .record({
      a: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
      left: fc.oneof(fc.integer({ min: 1, max: 30 * MINUTE }), fc.integer({ min: 1, max: 40 * DAY })),
      right: fc.oneof(fc.integer({ min: 1, max: 30 * MINUTE }), fc.integer({ min: 1, max: 40 * DAY })),
    })
    .map(({ a, left, right }) => {
      if (!aligned) return { a, b: a + left, c: a + left + right }
      const a0 = floorMinute(a)
      const l = Math.max(1, Math.round(left / MINUTE)) * MINUTE
      const r = Math.max(1, Math.round(right / MINUTE)) * MINUTE
      return { a: a0, b: a0 + l, c: a0 + l + r }
    })

describe('conservation across split periods (property 3)', () => {
  it('weights 1, nothing excluded, no minimum, granularity none: downtime[a,c) = downtime[a,b) + downtime[b,c) for any integer split', () => {
    fc.assert(
      fc.property(
        splitArb(false).chain((s) => fc.tuple(fc.constant(s), incidentsArb(s.a, s.c))),
        ([{ a, b, c }, incidents]) => {
          const commitment = plainCommitment('none')
          const whole = measure(commitment, a, c, incidents)
          const left = measure(commitment, a, b, incidents)
          const right = measure(commitment, b, c, incidents)
          // Weights are 1: downtime is an integer number of milliseconds and the sum is exact.
          expect(left.downtimeMs + right.downtimeMs).toBe(whole.downtimeMs)
          expect(left.periodMs + right.periodMs).toBe(whole.periodMs)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('weights 1, minute-up or minute-down: additive for splits on clock minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('minute-up' as const, 'minute-down' as const),
        splitArb(true).chain((s) => fc.tuple(fc.constant(s), incidentsArb(s.a, s.c))),
        (granularity, [{ a, b, c }, incidents]) => {
          const commitment = plainCommitment(granularity)
          const whole = measure(commitment, a, c, incidents)
          expect(measure(commitment, a, b, incidents).downtimeMs + measure(commitment, b, c, incidents).downtimeMs).toBe(whole.downtimeMs)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('under any rules, exact downtime units and excluded time are additive (splits on clock minutes)', () => {
    // Generalisation: weights with decimals, excluded causes, either exclusions mode, a minimum outage,
    // open incidents. Downtime in units of 1/scale ms is an integer sum, so it must add up exactly; the
    // excluded time too. (Availability itself is not additive under out-of-period: the denominator moves.)
    fc.assert(
      fc.property(
        commitmentArb(),
        splitArb(true).chain((s) => fc.tuple(fc.constant(s), incidentsArb(s.a, s.c, { open: true }))),
        (commitment, [{ a, b, c }, incidents]) => {
          const asOf = asOfFor(a, c)
          const whole = measure(commitment, a, c, incidents, asOf)
          const left = measure(commitment, a, b, incidents, asOf)
          const right = measure(commitment, b, c, incidents, asOf)
          expect(left.exact.scale).toBe(whole.exact.scale)
          expect(left.exact.downtimeUnits + right.exact.downtimeUnits).toBe(whole.exact.downtimeUnits)
          expect(left.excludedMs + right.excludedMs).toBe(whole.excludedMs)
          expect(left.measuredMs + right.measuredMs).toBe(whole.measuredMs)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('February + March 2026 in Europe/Paris add up to the custom period covering both', () => {
    // Consecutive calendar months tile time: February ends where March starts (both at local midnight, a
    // whole clock minute), so the two monthly figures must add up to those of the two-month period.
    const feb = FEBRUARY_2026_PARIS
    const mar = MARCH_2026_PARIS
    expect(feb.end.getTime()).toBe(mar.start.getTime())
    const both = customPeriod({ start: feb.start, end: mar.end })
    expect(both.durationMs).toBe(feb.durationMs + mar.durationMs)
    const a = feb.start.getTime()
    const c = mar.end.getTime()
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(a, c, { open: true }, 40), (commitment, incidents) => {
        const asOf = asOfFor(a, c)
        const m = (period: typeof feb) => measureAvailability({ commitment, period, incidents, asOf })
        const f = m(feb)
        const r = m(mar)
        const w = m(both)
        expect(f.exact.downtimeUnits + r.exact.downtimeUnits).toBe(w.exact.downtimeUnits)
        expect(f.excludedMs + r.excludedMs).toBe(w.excludedMs)
        const plain = plainCommitment('minute-up')
        expect(measureAvailability({ commitment: plain, period: feb, incidents, asOf }).downtimeMs + measureAvailability({ commitment: plain, period: mar, incidents, asOf }).downtimeMs).toBe(
          measureAvailability({ commitment: plain, period: both, incidents, asOf }).downtimeMs,
        )
      }),
      { numRuns: RUNS },
    )
  })
})
