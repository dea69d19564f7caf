import { describe, expect, expectTypeOf, it } from 'vitest'
import { creditFor, Decimal, evaluateGuarantees, measureAvailability, monthPeriod, presets } from '../../src/index.js'
import type { CommitmentInput, Credit, CreditPart, CreditPartStep, CreditStep, Tier } from '../../src/index.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 720 h
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) // 743 h
const eur = (amount: string) => ({ amount, currency: 'EUR' })

function outage(ms: number, commitment: CommitmentInput, period = april) {
  const start = period.start.getTime() + 86_400_000
  return measureAvailability({ commitment, period, incidents: [{ start, end: start + ms }] })
}

describe('the steps of a credit', () => {
  it('records the band, the amount and its rounding, and a sole-remedy clause', () => {
    // 4 h of 743 h: 100 × (2,674,800,000 − 14,400,000) / 2,674,800,000 = 99.4616… in [99.0, 99.5) → 10 %;
    // 9.99 × 10 % = 0.999, rounded half-up to 1.00; the base is the affected element, and OVH makes the credit
    // the sole remedy.
    const report = outage(4 * H, presets.ovhVps2016.starter, march)
    const credit = creditFor({ commitment: presets.ovhVps2016.starter, availability: report, fee: eur('9.99') })
    expect(credit.steps).toEqual<CreditStep[]>([
      {
        kind: 'band',
        availability: new Decimal(100).times(2_674_800_000 - 14_400_000).div(2_674_800_000),
        tier: expect.objectContaining({ label: '>= 99.0 and < 99.5', credit: new Decimal(10) }),
        percent: new Decimal(10),
      },
      { kind: 'amount', fee: new Decimal('9.99'), currency: 'EUR', percent: new Decimal(10), exactAmount: new Decimal('0.999'), rounding: 'half-up', amount: new Decimal('1') },
      { kind: 'credit-base', base: 'affected' },
      { kind: 'sole-remedy' },
    ])
    expect(credit.parts[0]!.step).toBe(credit.steps[0])
    expect(credit.tier).toBe((credit.steps[0] as Extract<CreditStep, { kind: 'band' }>).tier)
    expect(credit.explanation).toHaveLength(credit.steps.length)
    expect(credit.explanation.at(-1)).toBe('Under this commitment the credit is the sole remedy: no other compensation can be claimed.')
  })

  it('records the parts, their sum and the overall cap that cut it', () => {
    // 10 h of 720 h: 98.611… % → the < 99 band, 25 %; plus 10 started hours × 1 % = 10 %; 35 % capped at 30 %.
    const c: CommitmentInput = {
      credit: [
        { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '10' }, { below: '99', credit: '25' }] },
        { type: 'per-duration', percent: '1', per: 'PT1H' },
      ],
      cap: '30',
    }
    const credit = creditFor({ commitment: c, availability: outage(10 * H, c), fee: eur('100') })
    expect(credit.steps).toEqual<CreditStep[]>([
      { kind: 'band', availability: new Decimal(100).times(710).div(720), tier: expect.objectContaining({ label: '< 99' }), percent: new Decimal(25) },
      { kind: 'per-duration', excessMs: 10 * H, beyond: null, units: 10, count: 'started', per: 'PT1H', unitPercent: new Decimal(1), percent: new Decimal(10), cappedAt: null },
      { kind: 'combined', rule: 'add', percent: new Decimal(35) },
      { kind: 'capped', cap: new Decimal(30) },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal(30), exactAmount: new Decimal(30), rounding: 'half-up', amount: new Decimal(30) },
    ])
  })

  it("records a model cut by its own cap, and a guarantee's penalties with the breached incidents", () => {
    // 7.2 h of 720 h = 1 % × 10 = 10 %, cut to the model's 5 %.
    const c: CommitmentInput = { credit: { type: 'pro-rata', multiplier: '10', cap: '5' } }
    const credit = creditFor({ commitment: c, availability: outage(7.2 * H, c), fee: eur('20') })
    expect(credit.parts[0]!.step).toEqual({ kind: 'pro-rata', share: new Decimal(1), multiplier: new Decimal(10), percent: new Decimal(10), cappedAt: new Decimal(5) })
    expect(credit.parts[0]!.explanation).toBe('Downtime is 1 % of the period × 10 = 10 % of the fee. Capped at 5 %.')
    // A GTI of 4 business hours missed by 8 h 15 of covered time: 5 % + 9 started hours × 1 % = 14 %.
    const gti: CommitmentInput = {
      gti: {
        within: 'PT4H',
        calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' },
        penalty: { perBreach: '5', perLate: { percent: '1', per: 'PT1H' }, cap: '20' },
      },
    }
    const guarantees = evaluateGuarantees({
      commitment: gti,
      incidents: [{ id: 'late', start: '2026-05-13T16:00:00+02:00', end: '2026-05-18T12:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-18T10:15:00+02:00' }],
    }).incidents
    const penalty = creditFor({ commitment: gti, availability: outage(H, gti), fee: eur('10'), guarantees })
    expect(penalty.parts.map((p) => p.step)).toEqual([{ kind: 'penalties', guarantee: 'gti', breaches: [{ index: 0, id: 'late' }], percent: new Decimal(14), cappedAt: null }])
    expect(penalty.explanation[0]).toBe('GTI breached 1 time → 14 % of the fee.')
  })

  it('is typed as a union narrowed by kind', () => {
    expectTypeOf<Credit['steps']>().toEqualTypeOf<readonly CreditStep[]>()
    expectTypeOf<CreditPart['step']>().toEqualTypeOf<CreditPartStep>()
    expectTypeOf<Extract<CreditStep, { kind: 'band' }>['tier']>().toEqualTypeOf<Tier>()
    expectTypeOf<Extract<CreditStep, { kind: 'amount' }>['amount']>().toEqualTypeOf<Decimal>()
  })
})
