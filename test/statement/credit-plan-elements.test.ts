import { describe, expect, it } from 'vitest'
import { CreditPlan } from '../../src/credits/credit.js'
import { creditFor, InputError, measureAvailability, monthlyStatement, monthPeriod, parseCommitment } from '../../src/index.js'
import type { CommitmentInput, StatementEntry } from '../../src/index.js'

// A statement shares the figures of elements alike (same bands, same fee) from one element to the next.
// What one element brings of its own, its breached guarantees or a month it was never measured in, must
// not reach the next element, nor be lost because an element alike came first.

const H = 3_600_000
// April 2026 in UTC: 720 h, every guarantee clock running round the clock.
const period = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
const at = (day: number, h: number, m = 0) => new Date(Date.UTC(2026, 3, day, h, m)).toISOString()
const EUR = (amount: string) => ({ amount, currency: 'EUR' })

/** Each element's percent, amount, and the models of its parts with their percents. */
function billed(entries: readonly StatementEntry[]) {
  return entries.map((e) => [e.element, e.credit.percent.toString(), e.credit.amount.toFixed(2), e.credit.parts.map((p) => `${p.model} ${p.percent.toString()}`)])
}

describe('guarantee penalties in a statement of elements alike', () => {
  // 99 % ≤ availability < 99.5 % → 10 %; below 99 % → 25 %; a GTI of 1 h, 5 % of the fee per breach.
  const commitment: CommitmentInput = {
    timeZone: 'UTC',
    credit: {
      type: 'tiers',
      tiers: [
        { atLeast: '99.5', credit: '0' },
        { below: '99.5', atLeast: '99', credit: '10' },
        { below: '99', credit: '25' },
      ],
    },
    gti: { within: 'PT1H', penalty: { perBreach: '5' } },
  }
  // Each element is down 5 h of 720: 99.3056 %, the 10 % band, so that all three share one band and one fee.
  const incidents = [
    // Intervention after 2 h: breached.
    { id: 'late', start: at(2, 10), end: at(2, 15), reportedAt: at(2, 10), interventionAt: at(2, 12), elements: ['late'] },
    // Intervention after 30 min: met.
    { id: 'on-time', start: at(3, 10), end: at(3, 15), reportedAt: at(3, 10), interventionAt: at(3, 10, 30), elements: ['on-time'] },
    // Two incidents of 2 h 30, each with an intervention after 2 h: two breaches.
    { id: 'twice-1', start: at(4, 10), end: at(4, 12, 30), reportedAt: at(4, 10), interventionAt: at(4, 12), elements: ['twice'] },
    { id: 'twice-2', start: at(5, 10), end: at(5, 12, 30), reportedAt: at(5, 10), interventionAt: at(5, 12), elements: ['twice'] },
  ]
  const expected = {
    // 10 % + 5 % = 15 % of 100.00 EUR.
    late: ['late', '15', '15.00', ['tiers 10', 'gti 5']],
    // 10 % alone.
    'on-time': ['on-time', '10', '10.00', ['tiers 10']],
    // 10 % + 2 × 5 % = 20 %, the two breaches one part.
    twice: ['twice', '20', '20.00', ['tiers 10', 'gti 10']],
  }

  for (const order of [
    ['late', 'on-time', 'twice'],
    ['on-time', 'late', 'twice'],
    ['twice', 'on-time', 'late'],
  ] as const) {
    it(`adds each element's own penalties to its band's credit, elements in the order ${order.join(', ')}`, () => {
      const statement = monthlyStatement({ commitment, period, incidents, elements: order.map((id) => ({ id, fee: EUR('100.00') })) })
      expect(billed(statement.elements)).toEqual(order.map((id) => expected[id]))
      // And whole, steps and sentences with them, as creditFor gives them on each element's outcomes.
      for (const entry of statement.elements) {
        const alone = creditFor({ commitment, availability: entry.availability, fee: EUR('100.00'), guarantees: entry.guarantees })
        expect(JSON.stringify(entry.credit)).toBe(JSON.stringify(alone))
      }
    })
  }

  it('adds them as well under a rounded availability, which the plan leaves to creditFor', () => {
    // 99.30555… % rounded to 2 decimals is 99.31 %: the same 10 % band, the same penalties.
    const rounded = { ...commitment, measurement: { rounding: { decimals: 2 } } }
    const statement = monthlyStatement({ commitment: rounded, period, incidents, elements: ['late', 'on-time', 'twice'].map((id) => ({ id, fee: EUR('100.00') })) })
    expect(billed(statement.elements)).toEqual([expected.late, expected['on-time'], expected.twice])
  })

  it('caps the band and the penalties together, element by element', () => {
    const capped = { ...commitment, cap: '18' }
    const statement = monthlyStatement({ commitment: capped, period, incidents, elements: ['twice', 'late', 'on-time'].map((id) => ({ id, fee: EUR('100.00') })) })
    // 20 % capped at 18 %; 15 % and 10 % under the cap.
    expect(billed(statement.elements)).toEqual([
      ['twice', '18', '18.00', ['tiers 10', 'gti 10']],
      ['late', '15', '15.00', ['tiers 10', 'gti 5']],
      ['on-time', '10', '10.00', ['tiers 10']],
    ])
    expect(statement.elements.map((e) => [e.credit.capped, e.credit.uncappedPercent.toString()])).toEqual([
      [true, '20'],
      [false, '15'],
      [false, '10'],
    ])
  })
})

describe('an element measured over no time at all', () => {
  // Maintenance is left out of the measured time: an element in service on the 30th alone, under
  // maintenance that whole day, is measured over 0 ms, which reads as 100 %.
  const measurement = { excludedCauses: ['maintenance' as const], exclusions: 'out-of-period' as const }
  const incidents = [
    { id: 'works', start: at(30, 0), end: '2026-05-01T00:00:00Z', cause: 'maintenance' as const, elements: ['closed'] },
    // 5 h of 720 h: 99.3056 %.
    { id: 'down', start: at(2, 10), end: at(2, 15), elements: ['open'] },
  ]
  const elements = [
    { id: 'closed', fee: EUR('100.00'), from: '2026-04-30' },
    { id: 'open', fee: EUR('100.00') },
    { id: 'closed-too', fee: EUR('100.00'), from: '2026-04-30' },
  ]
  const withClosedToo = [...incidents, { id: 'works-too', start: at(30, 0), end: '2026-05-01T00:00:00Z', cause: 'maintenance' as const, elements: ['closed-too'] }]

  it('takes the band that holds 100 %, first in the statement or after an element measured over the month', () => {
    const commitment: CommitmentInput = {
      timeZone: 'UTC',
      measurement,
      credit: { type: 'tiers', tiers: [{ above: '99.5', credit: '0' }, { atMost: '99.5', above: '99', credit: '10' }, { atMost: '99', credit: '25' }] },
    }
    const statement = monthlyStatement({ commitment, period, incidents: withClosedToo, elements })
    expect(statement.elements.map((e) => [e.element, e.availability.measuredMs, e.credit.percent.toString(), e.credit.tier?.label ?? null])).toEqual([
      ['closed', 0, '0', '> 99.5'],
      // 99.3056 % is above 99 % and at most 99.5 %: 10 %.
      ['open', 720 * H, '10', '> 99 and <= 99.5'],
      ['closed-too', 0, '0', '> 99.5'],
    ])
  })

  it('takes no band when the table stops below 100 %', () => {
    // The table says nothing of 100 %: no band, no credit, and the step says so.
    const commitment: CommitmentInput = {
      timeZone: 'UTC',
      measurement,
      credit: { type: 'tiers', tiers: [{ below: '100', above: '99.5', credit: '1' }, { atMost: '99.5', credit: '10' }] },
    }
    const statement = monthlyStatement({ commitment, period, incidents: withClosedToo, elements })
    expect(statement.elements.map((e) => [e.element, e.credit.percent.toString(), e.credit.tier?.label ?? null, e.credit.steps[0]!.kind])).toEqual([
      ['closed', '0', null, 'above-bands'],
      ['open', '10', '<= 99.5', 'band'],
      ['closed-too', '0', null, 'above-bands'],
    ])
  })
})

describe('two band tables added up, elements sharing one fee', () => {
  // The first table: ≥ 99.9 % → 0 %, [99, 99.9) → 10 %, < 99 → 25 %; the second, of one band, adds 5 % below
  // 99.5 % and nothing above. Elements alike share their figures only when both tables agree on them.
  const commitment: CommitmentInput = {
    timeZone: 'UTC',
    credit: [
      {
        type: 'tiers',
        tiers: [
          { atLeast: '99.9', credit: '0' },
          { below: '99.9', atLeast: '99', credit: '10' },
          { below: '99', credit: '25' },
        ],
      },
      { type: 'tiers', tiers: [{ below: '99.5', credit: '5' }] },
    ],
  }
  const down = (id: string, ms: number) => ({ id, start: at(10, 8), end: new Date(Date.UTC(2026, 3, 10, 8) + ms).toISOString(), elements: [id] })
  const incidents = [down('1h', H), down('10min', H / 6), down('5h', 5 * H), down('10h', 10 * H)]
  const expected: Record<string, string[]> = {
    // 1 h of 720: 99.8611 % → 10 % and nothing.
    '1h': ['10', '10.00'],
    // 10 min: 99.9769 % → 0 % and nothing.
    '10min': ['0', '0.00'],
    // 5 h: 99.3056 % → 10 % + 5 %.
    '5h': ['15', '15.00'],
    // 10 h: 98.6111 % → 25 % + 5 %.
    '10h': ['30', '30.00'],
    // No downtime: 100 % → 0 % and nothing.
    none: ['0', '0.00'],
  }

  for (const order of [
    ['1h', '10min', '5h', '10h', 'none'],
    ['none', '10h', '5h', '10min', '1h'],
  ]) {
    it(`bills each element the sum of its two bands, in the order ${order.join(', ')}`, () => {
      const statement = monthlyStatement({ commitment, period, incidents, elements: order.map((id) => ({ id, fee: EUR('100.00') })) })
      expect(statement.elements.map((e) => [e.element, e.credit.percent.toString(), e.credit.amount.toFixed(2)])).toEqual(order.map((id) => [id, ...expected[id]!]))
    })
  }
})

describe('the plan of a statement, given a report it did not build', () => {
  // A look-alike carries figures no measurement produced: the plan refuses it as creditFor does, with the
  // same problem, instead of billing its downtime against the thresholds.
  const commitment: CommitmentInput = { timeZone: 'UTC', credit: { type: 'tiers', tiers: [{ atLeast: '99.5', credit: '0' }, { below: '99.5', credit: '10' }] } }
  const report = measureAvailability({ commitment, period, incidents: [{ start: at(2, 10), end: at(2, 15) }] })
  const lookAlike = { ...report, exact: { ...report.exact } } as typeof report
  const fee = monthlyStatement({ commitment, period, incidents: [], elements: [{ id: 'x', fee: EUR('100.00') }] }).elements[0]!.fee!

  it('bills the report it built, and refuses the copy', () => {
    const plan = new CreditPlan(parseCommitment(commitment), 'half-up', undefined)
    // 5 h of 720 h: 99.3056 % → 10 % of 100.00 EUR.
    expect(plan.credit(report, fee, undefined).amount.toFixed(2)).toBe('10.00')
    const refusal = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        if (e instanceof InputError) return e.issues.map((i) => [i.path, i.code])
        throw e
      }
      return 'no refusal'
    }
    expect(refusal(() => plan.credit(lookAlike, fee, undefined))).toEqual([['availability', 'availability-object']])
    expect(refusal(() => creditFor({ commitment, availability: lookAlike, fee: EUR('100.00') }))).toEqual([['availability', 'availability-object']])
  })
})
