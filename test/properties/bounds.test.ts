/**
 * Property 4: bounds. Whatever the incidents and the rules, a report is made of finite numbers within their
 * natural ranges, and the explanation trail (contributions) adds up to the totals:
 *
 * - availability is a Decimal in [0, 100], equal to 100 × (measured − downtime) / measured;
 * - 0 ≤ downtime ≤ measured ≤ period, 0 ≤ excluded ≤ period (downtime happens only at instants that are
 *   not excluded, so it fits in period − excluded, which is ≤ measured in either exclusions mode);
 * - the contributions' downtimeMs add up to the report's (exactly when weights are 0 or 1, since every
 *   term is then an integer; within rounding of the divisions by the weight scale otherwise);
 * - the contributions' countedMs + excludedMs never exceed the period, since each stretch of time is
 *   attributed to one incident only, and their excludedMs add up to the report's exactly.
 *
 * The checks themselves live in `expectValidReport` (arbitraries.ts), shared with the junk-input property.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, InputError, customPeriod, Decimal, measureAvailability, monthlyStatement } from '../../src/index.js'
import { asOfFor, commitmentArb, customBoundsArb, expectValidReport, incidentsArb, MARCH_2026_PARIS, RUNS } from './arbitraries.js'

const march = MARCH_2026_PARIS
const mStart = march.start.getTime()
const mEnd = march.end.getTime()

describe('bounds (property 4)', () => {
  it('March 2026 (Europe/Paris), weights 0/1: every figure in range, contributions add up exactly', () => {
    fc.assert(
      fc.property(commitmentArb({ wholeWeights: true }), incidentsArb(mStart, mEnd, { open: true }), (commitment, incidents) => {
        const r = measureAvailability({ commitment, period: march, incidents, asOf: asOfFor(mStart, mEnd) })
        expect(r.exact.scale).toBe(1)
        expectValidReport(r)
      }),
      { numRuns: RUNS },
    )
  })

  it('weights with decimals: every figure in range, contributions add up within rounding', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, { open: true }), (commitment, incidents) => {
        expectValidReport(measureAvailability({ commitment, period: march, incidents, asOf: asOfFor(mStart, mEnd) }))
      }),
      { numRuns: RUNS },
    )
  })

  it('arbitrary custom periods (1 ms to 62 days, any start): every figure in range', () => {
    fc.assert(
      fc.property(
        commitmentArb(),
        customBoundsArb.chain((b) => fc.tuple(fc.constant(b), incidentsArb(b.start, b.end, { open: true }))),
        (commitment, [bounds, incidents]) => {
          const r = measureAvailability({ commitment, period: customPeriod(bounds), incidents, asOf: asOfFor(bounds.start, bounds.end) })
          expectValidReport(r)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('report.downtime is exact (Decimal) for weighted incidents, for periods up to a century, or refused', () => {
    // `downtime` is documented as "weighted downtime in milliseconds, exact", and `exact` as integers.
    // Where period × 10^decimals of the weights would pass 2^53 the measurement is refused with an
    // InputError on `period` rather than rounded: exact or nothing.
    // A partial incident of weight w (up to 4 decimals, the most a weight may have) over [s, s + p), then
    // an outage (weight 1) over [s + p, s + p + o): downtime = p·w + o exactly, computed here with Decimal.
    // A century of milliseconds times the weight scale 10^4 exceeds 2^53: the integer sums of the sweep must
    // not leave the range where doubles are exact (or must not be doubles there).
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 * 366 * 86_400_000 }).chain((P) =>
          fc.tuple(fc.constant(P), fc.integer({ min: 0, max: P }), fc.integer({ min: 0, max: P }), fc.integer({ min: 0, max: 9_999 })),
        ),
        ([P, p0, o0, w4]) => {
          const start = Date.UTC(2000, 0, 1)
          const p = Math.min(p0, P)
          const o = Math.min(o0, P - p)
          const weight = new Decimal(w4).div(10_000)
          const commitment: CommitmentInput = {
            measurement: { weights: { partial: weight.toString() } },
            credit: { type: 'tiers', tiers: [{ below: '100', credit: '1' }, { atLeast: '100', credit: '0' }] },
          }
          const measure = () =>
            measureAvailability({
              commitment,
              period: customPeriod({ start, end: start + P }),
              incidents: [
                { start, end: start + p, impact: 'partial' },
                { start: start + p, end: start + p + o, impact: 'outage' },
              ],
            })
          if (P * 10 ** weight.decimalPlaces() > Number.MAX_SAFE_INTEGER) {
            expect(measure).toThrow(InputError)
            return
          }
          expect(measure().downtime.toString()).toBe(weight.times(p).plus(o).toString())
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('every entry of a statement is in range, and its credit amount is within [0, fee]', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, { elements: true }), (commitment, incidents) => {
        const s = monthlyStatement({
          commitment,
          period: march,
          incidents,
          elements: [
            { id: 'a', fee: { amount: '9.99', currency: 'EUR' } },
            { id: 'b', fee: { amount: '0.01', currency: 'EUR' } },
            { id: 'c', fee: { amount: '1500', currency: 'JPY' } },
          ],
        })
        for (const e of s.elements) {
          expectValidReport(e.availability)
          expect(e.credit.amount.gte(0) && e.credit.amount.lte(e.fee.amount)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })
})
