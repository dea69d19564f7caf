/**
 * GTI and GTR penalties in a credit: one part per guarantee breached, each summed over its breaches and
 * cut by its own cap, then added to the availability credit or compared with it, then the overall cap.
 * The outcomes are written by hand, as a billing tool that stores them would pass them back.
 */
import { describe, expect, it } from 'vitest'
import { creditFor, Decimal } from '../../src/index.js'
import type { CommitmentInput, CreditStep } from '../../src/index.js'

const eur = (amount: string) => ({ amount, currency: 'EUR' })
const bands = { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '10' }, { below: '99', credit: '25' }] } as const
const gti = { within: 'PT4H', calendar: '24/7', penalty: { perBreach: '5' } } as const
const gtr = { within: 'PT8H', calendar: '24/7', penalty: { perBreach: '10', cap: '15' } } as const
const breached = (penaltyPercent: string) => ({ status: 'breached', penaltyPercent: new Decimal(penaltyPercent) })
// Incident 0 ("a") breached both, incident 1 the GTR only, incident 2 met its GTI.
const outcomes = [
  { index: 0, id: 'a', gti: breached('5'), gtr: breached('10') },
  { index: 1, gtr: breached('10') },
  { index: 2, id: 'c', gti: { status: 'met' } },
] as never

describe('guarantee parts', () => {
  it('gives one part per guarantee breached, each with its breaches, its sum and its own cap', () => {
    const c: CommitmentInput = { credit: bands, gti, gtr }
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees: outcomes })
    // Band 10 %; GTI 5 % (incident a); GTR 10 + 10 = 20 %, cut to its cap 15 %; added: 10 + 5 + 15 = 30 %
    // of 10 EUR = 3.00 EUR.
    expect(credit.parts.map((p) => [p.model, p.percent.toString(), p.capped])).toEqual([
      ['tiers', '10', false],
      ['gti', '5', false],
      ['gtr', '15', true],
    ])
    expect(credit.steps.slice(1)).toEqual<CreditStep[]>([
      { kind: 'penalties', guarantee: 'gti', breaches: [{ index: 0, id: 'a' }], percent: new Decimal(5), cappedAt: null },
      { kind: 'penalties', guarantee: 'gtr', breaches: [{ index: 0, id: 'a' }, { index: 1 }], percent: new Decimal(20), cappedAt: new Decimal(15) },
      { kind: 'combined', rule: 'add', percent: new Decimal(30) },
      { kind: 'amount', fee: new Decimal(10), currency: 'EUR', percent: new Decimal(30), exactAmount: new Decimal(3), rounding: 'half-up', amount: new Decimal(3) },
    ])
    // A guarantee's own cap is a cap of the credit too.
    expect(credit.capped).toBe(true)
    expect(credit.uncappedPercent.toString()).toBe('30')
    expect(credit.amount.toFixed(2)).toBe('3.00')
  })

  it('lets a GTR total of exactly its cap through uncut', () => {
    const c: CommitmentInput = { credit: bands, gtr }
    const one = [{ index: 0, gtr: breached('15') }] as never
    const credit = creditFor({ commitment: c, availability: '100', fee: eur('10'), guarantees: one })
    expect(credit.parts.map((p) => [p.model, p.percent.toString(), p.capped])).toEqual([
      ['tiers', '0', false],
      ['gtr', '15', false],
    ])
    expect(credit.steps[1]).toEqual({ kind: 'penalties', guarantee: 'gtr', breaches: [{ index: 0 }], percent: new Decimal(15), cappedAt: null })
    expect(credit.capped).toBe(false)
  })

  it('ignores outcomes of a guarantee the commitment does not have, and a list with no breach', () => {
    const c: CommitmentInput = { credit: bands, gti }
    // Only the GTI counts: 5 %, band 10 %, 15 % of 10 EUR = 1.50 EUR.
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees: outcomes })
    expect(credit.parts.map((p) => [p.model, p.percent.toString()])).toEqual([
      ['tiers', '10'],
      ['gti', '5'],
    ])
    expect(credit.amount.toFixed(2)).toBe('1.50')
    const none = creditFor({ commitment: { credit: bands, gti, gtr }, availability: '99.5', fee: eur('10'), guarantees: [{ index: 0, gti: { status: 'met' } }] as never })
    expect(none.parts.map((p) => p.model)).toEqual(['tiers'])
    expect(none.steps.map((s) => s.kind)).toEqual(['band', 'amount'])
  })

  it('gives no penalty part when no outcomes are given, the commitment having guarantees', () => {
    const credit = creditFor({ commitment: { credit: bands, gti, gtr }, availability: '99.5', fee: eur('10') })
    expect(credit.parts.map((p) => p.model)).toEqual(['tiers'])
    expect(credit.amount.toFixed(2)).toBe('1.00')
  })

  it('reads penalties alone when the commitment has no credit model, whatever its combine rule', () => {
    for (const combine of ['add', 'larger'] as const) {
      const c: CommitmentInput = { gti, gtr, combine }
      const credit = creditFor({ commitment: c, availability: '90', fee: eur('10'), guarantees: outcomes })
      // GTI 5 % + GTR 15 % (capped) = 20 % of 10 EUR = 2.00 EUR: two parts, added, whatever the rule.
      expect(credit.percent.toString()).toBe('20')
      expect(credit.steps.slice(2).map((s) => s.kind)).toEqual(['combined', 'amount'])
      expect(credit.steps[2]).toEqual({ kind: 'combined', rule: 'add', percent: new Decimal(20) })
    }
    // One guarantee alone: one part, nothing combined.
    const alone = creditFor({ commitment: { gti, combine: 'larger' }, availability: '90', fee: eur('10'), guarantees: outcomes })
    expect(alone.steps.map((s) => s.kind)).toEqual(['penalties', 'amount'])
    expect(alone.amount.toFixed(2)).toBe('0.50')
  })

  it('takes the larger of the availability credit and the penalties, either way round', () => {
    const c: CommitmentInput = { credit: bands, gti, gtr, combine: 'larger' }
    // 98 % → 25 %; penalties 5 + 15 = 20 %: 25 % counts, 2.50 EUR of 10 EUR.
    const credit = creditFor({ commitment: c, availability: '98', fee: eur('10'), guarantees: outcomes })
    expect(credit.steps.slice(3)).toEqual<CreditStep[]>([
      { kind: 'combined', rule: 'larger', percent: new Decimal(25) },
      { kind: 'amount', fee: new Decimal(10), currency: 'EUR', percent: new Decimal(25), exactAmount: new Decimal('2.5'), rounding: 'half-up', amount: new Decimal('2.5') },
    ])
    // 99.5 % → 10 %; penalties 20 %: 20 % counts, 2.00 EUR.
    expect(creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees: outcomes }).percent.toString()).toBe('20')
    // Added instead: 25 + 20 = 45 %.
    expect(creditFor({ commitment: { ...c, combine: 'add' }, availability: '98', fee: eur('10'), guarantees: outcomes }).percent.toString()).toBe('45')
  })

  it('cuts the availability credit and the penalties together by the overall cap', () => {
    const c: CommitmentInput = { credit: bands, gti, gtr, cap: '30' }
    // 25 % + 5 % + 15 % = 45 %, over the 30 % cap: 30 % of 10 EUR = 3.00 EUR.
    const credit = creditFor({ commitment: c, availability: '98', fee: eur('10'), guarantees: outcomes })
    expect([credit.uncappedPercent.toString(), credit.percent.toString(), credit.capped]).toEqual(['45', '30', true])
    expect(credit.steps.slice(3).map((s) => s.kind)).toEqual(['combined', 'capped', 'amount'])
    expect(credit.steps[4]).toEqual({ kind: 'capped', cap: new Decimal(30) })
    expect(credit.amount.toFixed(2)).toBe('3.00')
  })
})
