/**
 * Property 6: exactness at band edges. A threshold like 99.9 % is a decimal, and "availability >= 99.9 %"
 * must be decided exactly: (P − D) × 1000 >= 999 × P in integers. A float computation of the availability
 * would put an outage of exactly the allowed downtime on the wrong side half of the time.
 *
 * The OVH VPS VALUE bands: no credit at >= 99.9 %, 10 % from 99.5 % (included) to 99.9 % (excluded),
 * 50 % below 99.5 %.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, creditFor, customPeriod, type IncidentInput, measureAvailability, presets } from '../../src/index.js'
import { DAY, HOUR, RUNS } from './arbitraries.js'

const VALUE = presets.ovhVps2016.value as CommitmentInput
const FEE = { amount: '10.00', currency: 'EUR' }
const START = Date.parse('2026-04-01T00:00:00+02:00')

function valueCreditPercent(periodMs: number, incidents: IncidentInput[]): string {
  const report = measureAvailability({ commitment: VALUE, period: customPeriod({ start: START, end: START + periodMs }), incidents })
  return creditFor({ commitment: VALUE, availability: report, fee: FEE }).percent.toString()
}

/** The VALUE credit, decided by hand with integers only. */
function expectedValuePercent(P: bigint, D: bigint): string {
  if ((P - D) * 1000n >= 999n * P) return '0'
  if ((P - D) * 1000n >= 995n * P) return '10'
  return '50'
}

describe('exactness at band edges (property 6)', () => {
  it('30 days, VALUE: exactly 43 min 12 s of outage (0.1 %) gives no credit, 1 ms more gives 10 %', () => {
    const P = 30 * DAY
    const allowed = 2_592_000 // 30 d × 0.1 % = 43 min 12 s
    expect(allowed * 1000).toBe(P)
    expect(valueCreditPercent(P, [{ start: START, end: START + allowed }])).toBe('0')
    expect(valueCreditPercent(P, [{ start: START, end: START + allowed + 1 }])).toBe('10')
    // And at the 99.5 % edge: 30 d × 0.5 % = 3 h 36 min is still 10 %, 1 ms more is 50 %.
    expect(valueCreditPercent(P, [{ start: START, end: START + 12_960_000 }])).toBe('10')
    expect(valueCreditPercent(P, [{ start: START, end: START + 12_960_001 }])).toBe('50')
  })

  it('for any period length P and downtime D near the edges, the band agrees with the integer comparison', () => {
    // D is drawn a few milliseconds around P × 0.5 % and P × 0.1 % (where floats go wrong), or anywhere in
    // [0, P]. The outage is written as two overlapping incidents, so that the union is exercised too.
    const near = (P: number, rate: number) => fc.integer({ min: -3, max: 3 }).map((d) => Math.min(P, Math.max(0, Math.floor((P * rate) / 1000) + d)))
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 400 * DAY })).chain((P) =>
          fc.tuple(fc.constant(P), fc.oneof(near(P, 5), near(P, 1), fc.integer({ min: 0, max: P })), fc.double({ min: 0, max: 1, noNaN: true })),
        ),
        ([P, D, f]) => {
          const cut = Math.floor(D * f)
          const incidents = [
            { start: START, end: START + D - cut },
            { start: START + Math.floor((D - cut) / 2), end: START + D }, // starts inside the first: no gap
          ]
          expect(valueCreditPercent(P, incidents)).toBe(expectedValuePercent(BigInt(P), BigInt(D)))
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('for random periods, "availability >= 99.5 %" is (P − D) × 1000 >= 995 × P, decided by the first band', () => {
    // The same with a one-edge table, whose only bound is 99.5: credit 0 at >= 99.5 %, else 1 %.
    const commitment: CommitmentInput = {
      credit: {
        type: 'tiers',
        tiers: [
          { atLeast: '99.5', credit: '0' },
          { below: '99.5', credit: '1' },
        ],
      },
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 40 }).chain((P) =>
          fc.tuple(fc.constant(P), fc.oneof(fc.integer({ min: -2, max: 2 }).map((d) => Math.min(P, Math.max(0, Math.floor((P * 5) / 1000) + d))), fc.integer({ min: 0, max: P }))),
        ),
        ([P, D]) => {
          const report = measureAvailability({ commitment, period: customPeriod({ start: 0, end: P }), incidents: [{ start: 0, end: D }] })
          const percent = creditFor({ commitment, availability: report, fee: FEE }).percent.toString()
          const inside = (BigInt(P) - BigInt(D)) * 1000n >= 995n * BigInt(P)
          expect(percent).toBe(inside ? '0' : '1')
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('2.5 % per started hour is exactly 2.5 × ceil(D / 1 h), capped', () => {
    // Per-duration credits count units of downtime with integer arithmetic: a started hour is 1 ms past a
    // whole hour, never 1 h minus a float rounding.
    const commitment: CommitmentInput = { credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', cap: '30' } }
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 20 }).chain((h) => fc.integer({ min: -1, max: 1 }).map((d) => Math.max(0, h * HOUR + d))), fc.integer({ min: 0, max: 20 * HOUR })),
        (D) => {
          const report = measureAvailability({ commitment, period: customPeriod({ start: START, end: START + 30 * DAY }), incidents: [{ start: START, end: START + D }] })
          const c = creditFor({ commitment, availability: report, fee: FEE })
          const hours = Math.ceil(D / HOUR)
          expect(c.percent.toString()).toBe(String(Math.min(30, 2.5 * hours)))
        },
      ),
      { numRuns: RUNS },
    )
  })
})
