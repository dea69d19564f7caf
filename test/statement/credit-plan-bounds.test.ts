import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

// The band of an element at a bound, by one millisecond, where a statement decides it from integer
// thresholds: a bound the availability reaches on a whole millisecond of downtime (99.9 % of a month), and
// one it reaches between two (99.99999 % of a day: 8.64 ms), each inclusive or not.

// April 2026 in UTC: 30 × 86,400,000 = 2,592,000,000 ms.
const period = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
const START = Date.UTC(2026, 3, 1, 8)
const EUR = { amount: '100.00', currency: 'EUR' }

const tiers = (bands: NonNullable<Extract<CommitmentInput['credit'], { type: 'tiers' }>>['tiers']): CommitmentInput => ({ timeZone: 'UTC', credit: { type: 'tiers', tiers: bands } })

/** The percent each element gets, down `ms` from 08:00 on 1 April, in service until `until` when given. */
function percents(commitment: CommitmentInput, downs: readonly number[], until?: string): string[] {
  const elements = downs.map((_, i) => ({ id: `e${i}`, fee: EUR, ...(until && { until }) }))
  const incidents = downs.flatMap((ms, i) => (ms > 0 ? [{ start: START, end: START + ms, elements: [`e${i}`] }] : []))
  return monthlyStatement({ commitment, period, incidents, elements }).elements.map((e) => e.credit.percent.toString())
}

describe('a bound reached on a whole millisecond: 99.9 % of April is 2,592,000 ms down', () => {
  it('takes availability equal to an atMost bound into the band, and one ms less downtime out of it', () => {
    // No band above 99.9 %. 2,591,999 ms: 100 × 2,589,408,001 / 2,592,000,000 = 99.90000004 % > 99.9 → none;
    // 2,592,000 ms: exactly 99.9 % → 10 %; 2,592,001 ms: 99.89999996 % → 10 %.
    expect(percents(tiers([{ atMost: '99.9', credit: '10' }]), [2_591_999, 2_592_000, 2_592_001])).toEqual(['0', '10', '10'])
  })

  it('leaves availability equal to a below bound out of the band', () => {
    // < 99.9 % → 10 %: exactly 99.9 % is not below it.
    expect(percents(tiers([{ below: '99.9', credit: '10' }]), [2_591_999, 2_592_000, 2_592_001])).toEqual(['0', '0', '10'])
  })

  it('puts availability equal to an above bound in the band under it', () => {
    // > 99.9 % → 1 %, ≤ 99.9 % → 10 %.
    expect(percents(tiers([{ above: '99.9', credit: '1' }, { atMost: '99.9', credit: '10' }]), [2_591_999, 2_592_000, 2_592_001])).toEqual(['1', '10', '10'])
  })

  it('puts availability equal to an atLeast bound in the band over it', () => {
    // ≥ 99.9 % → 1 %, < 99.9 % → 10 %.
    expect(percents(tiers([{ atLeast: '99.9', credit: '1' }, { below: '99.9', credit: '10' }]), [2_591_999, 2_592_000, 2_592_001])).toEqual(['1', '1', '10'])
  })
})

describe('a bound reached between two milliseconds: 99.99999 % of one day is 8.64 ms down', () => {
  // In service on 1 April alone: 86,400,000 ms. 8 ms: 100 × 86,399,992 / 86,400,000 = 99.9999907 % > 99.99999;
  // 9 ms: 99.9999896 % < 99.99999. No downtime reaches the bound itself, inclusive or not.
  const day = '2026-04-02'

  it('with above and atMost, as with atLeast and below', () => {
    expect(percents(tiers([{ above: '99.99999', credit: '1' }, { atMost: '99.99999', credit: '5' }]), [7, 8, 9], day)).toEqual(['1', '1', '5'])
    expect(percents(tiers([{ atLeast: '99.99999', credit: '1' }, { below: '99.99999', credit: '5' }]), [7, 8, 9], day)).toEqual(['1', '1', '5'])
  })

  it('with no band above the bound', () => {
    expect(percents(tiers([{ atMost: '99.99999', credit: '5' }]), [8, 9], day)).toEqual(['0', '5'])
    expect(percents(tiers([{ below: '99.99999', credit: '5' }]), [8, 9], day)).toEqual(['0', '5'])
  })
})

describe('an element in service for one millisecond', () => {
  it('is measured over 1 ms, at 100 %, first in the statement or after another', () => {
    // From the last millisecond of April: 1 ms measured, no downtime: 100 %, the band ≥ 99 % → 0 %; the
    // other element, 8 h of 720 down: 98.8889 % → 10 %.
    const commitment = tiers([{ atLeast: '99', credit: '0' }, { below: '99', credit: '10' }])
    const statement = monthlyStatement({
      commitment,
      period,
      incidents: [{ start: START, end: START + 8 * 3_600_000, elements: ['month'] }],
      elements: [
        { id: 'last-ms', fee: EUR, from: '2026-04-30T23:59:59.999Z' },
        { id: 'month', fee: EUR },
        { id: 'last-ms-too', fee: EUR, from: '2026-04-30T23:59:59.999Z' },
      ],
    })
    expect(statement.elements.map((e) => [e.element, e.availability.measuredMs, e.credit.percent.toString(), e.credit.tier?.label])).toEqual([
      ['last-ms', 1, '0', '>= 99'],
      ['month', 720 * 3_600_000, '10', '< 99'],
      ['last-ms-too', 1, '0', '>= 99'],
    ])
  })
})
