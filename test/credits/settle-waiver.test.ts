/**
 * An hourly waiver beside another model, and the minimum credit: the hours credited combine with the
 * rest (added, or applied to the fee left once the hours are credited), and hours given without a claim
 * are left out of the minimum's comparison and still paid.
 */
import { describe, expect, it } from 'vitest'
import { creditFor, customPeriod, Decimal, measureAvailability } from '../../src/index.js'
import type { CommitmentInput, CreditStep } from '../../src/index.js'

const H = 3_600_000
// 100 hours: each clock hour waived is 1 % of the fee.
const period = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-05T04:00:00Z' })
const fee = { amount: '100', currency: 'EUR' }

function commitment(waiver: { automatic?: boolean; others?: 'add' | 'on-remainder' }, rest: Omit<CommitmentInput, 'credit'> = {}): CommitmentInput {
  return { credit: [{ type: 'hourly-waiver', moreThan: 'PT6M', share: '1', timeZone: 'UTC', ...waiver }, { type: 'pro-rata' }], ...rest }
}

/** The credit for 2 h down from 1 April 10:00 UTC: 2 clock hours waived (2 %), 2 % of the period down. */
function credit(c: CommitmentInput) {
  const availability = measureAvailability({ commitment: c, period, incidents: [{ start: '2026-04-01T10:00:00Z', end: '2026-04-01T12:00:00Z' }] })
  return creditFor({ commitment: c, availability, fee })
}

const waiverStep = (automatic: boolean): CreditStep => ({
  kind: 'hourly-waiver',
  hours: 2,
  moreThanMs: 6 * 60_000,
  timeZone: 'UTC',
  share: new Decimal(1),
  waivedMs: 2 * H,
  periodMs: 100 * H,
  percent: new Decimal(2),
  automatic,
})
const proRataStep: CreditStep = { kind: 'pro-rata', share: new Decimal(2), multiplier: new Decimal(1), percent: new Decimal(2), cappedAt: null }

describe('an hourly waiver beside pro-rata', () => {
  it('adds the hours to the rest by default: 2 % + 2 % = 4 %', () => {
    const c = credit(commitment({}))
    expect(c.parts.map((p) => [p.model, p.percent.toString(), p.units])).toEqual([
      ['hourly-waiver', '2', 2],
      ['pro-rata', '2', undefined],
    ])
    expect(c.steps).toEqual<CreditStep[]>([
      waiverStep(false),
      proRataStep,
      { kind: 'combined', rule: 'add', percent: new Decimal(4) },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal(4), exactAmount: new Decimal(4), rounding: 'half-up', amount: new Decimal(4) },
    ])
  })

  it('applies the rest to the fee left once the hours are credited: 2 % + 2 % × 98 % = 3.96 %', () => {
    const c = credit(commitment({ others: 'on-remainder' }))
    expect(c.steps).toEqual<CreditStep[]>([
      waiverStep(false),
      proRataStep,
      { kind: 'on-remainder', waived: new Decimal(2), others: new Decimal(2), percent: new Decimal('3.96') },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal('3.96'), exactAmount: new Decimal('3.96'), rounding: 'half-up', amount: new Decimal('3.96') },
    ])
    expect(c.amount.toFixed(2)).toBe('3.96')
  })
})

describe('an hourly waiver on the remainder, and guarantee penalties', () => {
  it('adds the penalties to what the hours and the rest came to, and says so', () => {
    const c = commitment({ others: 'on-remainder' }, { gti: { within: 'PT4H', calendar: '24/7', penalty: { perBreach: '5' } } })
    const availability = measureAvailability({ commitment: c, period, incidents: [{ start: '2026-04-01T10:00:00Z', end: '2026-04-01T12:00:00Z' }] })
    const guarantees = [{ index: 0, gti: { status: 'breached', penaltyPercent: new Decimal(5) } }] as never
    const credit = creditFor({ commitment: c, availability, fee, guarantees })
    // 2 % + 2 % × 98 % = 3.96 %, + GTI 5 % = 8.96 % of 100 EUR = 8.96 EUR.
    expect(credit.steps.slice(3)).toEqual<CreditStep[]>([
      { kind: 'on-remainder', waived: new Decimal(2), others: new Decimal(2), percent: new Decimal('3.96') },
      { kind: 'combined', rule: 'add', percent: new Decimal('8.96') },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal('8.96'), exactAmount: new Decimal('8.96'), rounding: 'half-up', amount: new Decimal('8.96') },
    ])
  })
})

describe('the minimum credit and hours given without a claim', () => {
  const minimum = (amount: string) => ({ minimumCredit: { amount, currency: 'EUR' } })

  it('pays nothing of a claimed credit below the minimum', () => {
    const c = credit(commitment({ others: 'on-remainder' }, minimum('5')))
    // 3.96 EUR < 5 EUR: not paid.
    expect([c.amount.toString(), c.belowMinimum]).toEqual(['0', true])
    expect(c.steps.at(-1)).toEqual({ kind: 'below-minimum', minimum: new Decimal(5), currency: 'EUR', amount: new Decimal('3.96') })
  })

  it('compares only the claimed part with the minimum, and still pays the hours given without a claim', () => {
    const c = credit(commitment({ others: 'on-remainder', automatic: true }, minimum('3')))
    // 3.96 % in all, 2 % of it given without a claim: claimed 1.96 % of 100 EUR = 1.96 EUR < 3 EUR, not
    // paid; the hours' 2.00 EUR are.
    expect([c.amount.toString(), c.belowMinimum]).toEqual(['2', true])
    expect(c.steps.slice(2)).toEqual<CreditStep[]>([
      { kind: 'on-remainder', waived: new Decimal(2), others: new Decimal(2), percent: new Decimal('3.96') },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal('3.96'), exactAmount: new Decimal('3.96'), rounding: 'half-up', amount: new Decimal('3.96') },
      { kind: 'below-minimum', minimum: new Decimal(3), currency: 'EUR', amount: new Decimal('1.96'), kept: new Decimal(2) },
    ])
  })

  it('pays the whole credit when the claimed part reaches the minimum', () => {
    // Claimed 1.96 EUR ≥ 1.96 EUR: the whole 3.96 EUR is paid.
    const c = credit(commitment({ others: 'on-remainder', automatic: true }, minimum('1.96')))
    expect([c.amount.toString(), c.belowMinimum]).toEqual(['3.96', undefined])
    expect(c.steps.at(-1)?.kind).toBe('amount')
  })

  it('leaves nothing claimed when the overall cap is below the hours given without a claim', () => {
    // Cap 1 %: the credit is 1 %, all of it within the 2 % of hours given: nothing claimed, nothing to
    // compare with the minimum, 1.00 EUR paid.
    const c = credit(commitment({ automatic: true }, { ...minimum('3'), cap: '1' }))
    expect([c.percent.toString(), c.amount.toString(), c.belowMinimum]).toEqual(['1', '1', undefined])
    expect(c.steps.slice(2).map((s) => s.kind)).toEqual(['combined', 'capped', 'amount'])
  })

  it('keeps only the hours when the claimed rest falls below the minimum', () => {
    // Share 0.5: each clock hour waived gives half its 1 %, 2 × 0.5 = 1 % given without a claim; pro-rata
    // 2 %; added, 3 %. Claimed 2 % of 100 EUR = 2.00 EUR < 3 EUR, not paid; kept 1 % = 1.00 EUR.
    const c = credit({ credit: [{ type: 'hourly-waiver', moreThan: 'PT6M', share: '0.5', timeZone: 'UTC', automatic: true }, { type: 'pro-rata' }], ...minimum('3') })
    expect([c.percent.toString(), c.amount.toString(), c.belowMinimum]).toEqual(['3', '1', true])
    expect(c.steps.at(-1)).toEqual({ kind: 'below-minimum', minimum: new Decimal(3), currency: 'EUR', amount: new Decimal(2), kept: new Decimal(1) })
  })

  it('rounds the claimed part and the hours kept in the mode asked for', () => {
    const c: CommitmentInput = {
      credit: [{ type: 'hourly-waiver', moreThan: 'PT6M', share: '0.5', timeZone: 'UTC', automatic: true }, { type: 'pro-rata' }],
      minimumCredit: { amount: '0.05', currency: 'EUR' },
    }
    const availability = measureAvailability({ commitment: c, period, incidents: [{ start: '2026-04-01T10:00:00Z', end: '2026-04-01T12:00:00Z' }] })
    // 3 % of 1.25 EUR = 0.0375 → up 0.04; claimed 2 % = 0.025 → up 0.03 < 0.05, not paid; kept 1 % =
    // 0.0125 → up 0.02 (half-up would give 0.04, 0.03 and 0.01).
    const up = creditFor({ commitment: c, availability, fee: { amount: '1.25', currency: 'EUR' }, rounding: 'up' })
    expect([up.amount.toString(), up.belowMinimum]).toEqual(['0.02', true])
    expect(up.steps.at(-1)).toEqual({ kind: 'below-minimum', minimum: new Decimal('0.05'), currency: 'EUR', amount: new Decimal('0.03'), kept: new Decimal('0.02') })
    const halfUp = creditFor({ commitment: c, availability, fee: { amount: '1.25', currency: 'EUR' } })
    expect(halfUp.amount.toString()).toBe('0.01')
    // With scale 4 nothing is rounded: claimed 0.025 < 0.05, kept 0.0125.
    expect(creditFor({ commitment: c, availability, fee: { amount: '1.25', currency: 'EUR' }, scale: 4 }).amount.toString()).toBe('0.0125')
  })
})
