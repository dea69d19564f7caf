import { describe, expect, expectTypeOf, it } from 'vitest'
import { creditFor, Decimal, evaluateGuarantees, measureAvailability, monthPeriod, parseCommitment, presets } from '../../src/index.js'
import type { CommitmentInput, Credit, CreditPart, CreditPartStep, CreditStep, Tier } from '../../src/index.js'
import { creditSentence } from '../../src/credits/steps.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 720 h
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) // 743 h
const eur = (amount: string) => ({ amount, currency: 'EUR' })

/** Band `index` of a commitment's first credit model, as it compiles: the band a step names. */
function band(commitment: CommitmentInput, index: number): Tier {
  const model = parseCommitment(commitment).credit[0]
  const tier = model?.type === 'tiers' ? model.tiers[index] : undefined
  if (!tier) throw new Error(`the commitment has no band ${index}`)
  return tier
}

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
        tier: band(presets.ovhVps2016.starter, 0),
        percent: new Decimal(10),
      },
      { kind: 'amount', fee: new Decimal('9.99'), currency: 'EUR', percent: new Decimal(10), exactAmount: new Decimal('0.999'), rounding: 'half-up', amount: new Decimal('1') },
      { kind: 'credit-base', base: 'affected' },
      { kind: 'sole-remedy' },
    ])
    expect(credit.parts[0]!.step).toBe(credit.steps[0])
    expect(credit.tier).toBe((credit.steps[0] as Extract<CreditStep, { kind: 'band' }>).tier)
    expect(credit.explanation).toEqual([
      'Availability 99.4616419919 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'Credit = 9.99 EUR × 10 % = 0.999 EUR, rounded half-up to 1.00 EUR.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
    ])
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
      { kind: 'band', availability: new Decimal(100).times(710).div(720), tier: band(c, 1), percent: new Decimal(25) },
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

describe('the sentences of a credit, as its reader sees them', () => {
  const utcApril = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }) // 720 h
  const bands: CommitmentInput['credit'] = { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '10' }, { below: '99', credit: '25' }] }
  const down = (commitment: CommitmentInput, ms: number) =>
    measureAvailability({ commitment, period: utcApril, incidents: [{ start: '2026-04-10T08:00:00Z', end: new Date(Date.parse('2026-04-10T08:00:00Z') + ms).toISOString() }] })
  const MIN = 60_000

  it('says no band applies when availability is above them all', () => {
    const c: CommitmentInput = { credit: bands }
    const credit = creditFor({ commitment: c, availability: '99.95', fee: eur('10') })
    expect(credit.steps).toEqual<CreditStep[]>([
      { kind: 'above-bands', availability: new Decimal('99.95') },
      { kind: 'amount', fee: new Decimal(10), currency: 'EUR', percent: new Decimal(0), exactAmount: new Decimal(0), rounding: 'half-up', amount: new Decimal(0) },
    ])
    expect(credit.explanation).toEqual(['Availability 99.95 % is above every band → no credit.', 'Credit = 10.00 EUR × 0 % = 0 EUR, rounded half-up to 0.00 EUR.'])
  })

  it('gives the hours waived at their share, on request, in the plural', () => {
    // 08:00–10:10 UTC: the 08:00 and 09:00 hours whole, 10 min of the 10:00 hour, each more than 6 min: 3 hours.
    // 3 h of 720 h at half their fee: 0.5 × 100 × 3 / 720 = 0.208333… % of 100 EUR = 0.208333… → 0.21 EUR.
    const c: CommitmentInput = { credit: { type: 'hourly-waiver', moreThan: 'PT6M', share: '0.5', timeZone: 'UTC' } }
    const credit = creditFor({ commitment: c, availability: down(c, 2 * H + 10 * MIN), fee: eur('100') })
    const percent = new Decimal('0.5').times(100).times(3).div(720)
    expect(credit.steps).toEqual<CreditStep[]>([
      { kind: 'hourly-waiver', hours: 3, moreThanMs: 6 * MIN, timeZone: 'UTC', share: new Decimal('0.5'), waivedMs: 3 * H, periodMs: 720 * H, percent, automatic: false },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent, exactAmount: percent, rounding: 'half-up', amount: new Decimal('0.21') },
    ])
    expect(credit.explanation).toEqual([
      '3 clock hours (UTC) with more than 6 min of downtime give 0.5 of their fee → 0.208333333333 % of the fee.',
      // 100 × 0.2083…3 % = 0.2083… (40 digits, kept in the step): the sentence gives 12 decimals, marked approximate.
      'Credit = 100.00 EUR × 0.208333333333 % = ≈ 0.208333333333 EUR, rounded half-up to 0.21 EUR.',
    ])
  })

  it("counts one started unit beyond what a target allows, cut by the model's own cap, and nothing within it", () => {
    // 99.9 % of 720 h allows 0.1 % = 43 min 12 s; 1 h down exceeds it by 16 min 48 s (1,008,000 ms):
    // 1 started hour × 2 % = 2 %, capped at 1 %.
    const c: CommitmentInput = { credit: { type: 'per-duration', percent: '2', per: 'PT1H', beyond: '99.9', cap: '1' } }
    const over = creditFor({ commitment: c, availability: down(c, H), fee: eur('100') })
    expect(over.parts.map((p) => p.explanation)).toEqual(['16 min 48 s of downtime beyond what 99.9 % allows = 1 started unit of PT1H × 2 % = 2 % of the fee. Capped at 1 %.'])
    // 30 min is within the 43 min 12 s: no unit counts.
    const within = creditFor({ commitment: c, availability: down(c, 30 * MIN), fee: eur('100') })
    expect(within.parts.map((p) => p.explanation)).toEqual(['30 min of downtime does not exceed what 99.9 % allows → no credit.'])
  })

  it('says whether availability reached a pro-rata target, and the share of downtime when it did not', () => {
    const c: CommitmentInput = { credit: { type: 'pro-rata', below: '99.9' } }
    // 30 min of 720 h: 100 × (43,200 − 30) / 43,200 = 99.930555… %, not below 99.9 %: nothing is due.
    const met = creditFor({ commitment: c, availability: down(c, 30 * MIN), fee: eur('100') })
    expect(met.parts.map((p) => p.explanation)).toEqual(['Availability 99.9305555556 % is not below 99.9 %: no credit.'])
    // 1 h: 99.86111… % is below it; the downtime's share of the period, 100 × 1 / 720 = 0.138888… %, is due.
    const missed = creditFor({ commitment: c, availability: down(c, H), fee: eur('100') })
    const share = new Decimal(100).div(720)
    expect(missed.parts.map((p) => p.step)).toEqual<CreditPartStep[]>([
      { kind: 'pro-rata', share, multiplier: new Decimal(1), percent: share, cappedAt: null, below: new Decimal('99.9'), availability: new Decimal(100).times(719).div(720), met: false },
    ])
    expect(missed.parts.map((p) => p.explanation)).toEqual(['Downtime is 0.138888888889 % of the period × 1 = 0.138888888889 % of the fee.'])
  })

  it('says how many breaches the penalties came from, and the cap that cut them', () => {
    // Two GTIs of 4 business hours, each missed by 8 h 15 of covered time: 5 % + 9 started hours × 1 % = 14 %
    // each, 28 % together, cut to the guarantee's 20 %.
    const gti: CommitmentInput = {
      gti: {
        within: 'PT4H',
        calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' },
        penalty: { perBreach: '5', perLate: { percent: '1', per: 'PT1H' }, cap: '20' },
      },
    }
    const late = { start: '2026-05-13T16:00:00+02:00', end: '2026-05-18T12:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-18T10:15:00+02:00' }
    const guarantees = evaluateGuarantees({ commitment: gti, incidents: [{ id: 'a', ...late }, { id: 'b', ...late }] }).incidents
    const credit = creditFor({ commitment: gti, availability: '100', fee: eur('10'), guarantees })
    expect(credit.parts.map((p) => p.step)).toEqual<CreditPartStep[]>([
      { kind: 'penalties', guarantee: 'gti', breaches: [{ index: 0, id: 'a' }, { index: 1, id: 'b' }], percent: new Decimal(28), cappedAt: new Decimal(20) },
    ])
    expect(credit.parts.map((p) => p.explanation)).toEqual(['GTI breached 2 times → 28 % of the fee, capped at 20 %.'])
  })

  it('says what the credit is a share of, and how to claim it, as the commitment words them', () => {
    const onRequest = creditFor({ commitment: { credit: bands, creditBase: 'service', claim: { days: 30 } }, availability: '99.5', fee: eur('10') })
    expect(onRequest.steps.slice(2)).toEqual<CreditStep[]>([{ kind: 'credit-base', base: 'service' }, { kind: 'claim', days: 30 }])
    // 99.5 % is in [99, 99.9): 10 % of 10 EUR = 1 EUR, then the commitment's terms.
    const head = ['Availability 99.5 % is in band >= 99 and < 99.9 → 10 % of the fee.', 'Credit = 10.00 EUR × 10 % = 1 EUR, rounded half-up to 1.00 EUR.']
    expect(onRequest.explanation).toEqual([...head, 'The credit is a share of the fees of the whole service.', 'To be claimed (30 days); the library does not check that it was.'])
    const given = creditFor({ commitment: { credit: bands, claim: { automatic: true, procedure: 'a credit note on the next invoice' } }, availability: '99.5', fee: eur('10') })
    expect(given.steps.slice(2)).toEqual<CreditStep[]>([{ kind: 'claim', automatic: true, procedure: 'a credit note on the next invoice' }])
    expect(given.explanation).toEqual([...head, 'The credit is given without a claim: a credit note on the next invoice.'])
  })
})

describe('the amount in a credit sentence', () => {
  const step = (exactAmount: string): CreditStep => ({ kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal('0.123456789012'), exactAmount: new Decimal(exactAmount), rounding: 'half-up', amount: new Decimal('0.12') })

  it('is given exactly up to 12 decimals, and to 12 marked approximate past them', () => {
    // 100 × 0.123456789012 % = 0.123456789012 EUR: 12 decimals, written as they are.
    expect(creditSentence(step('0.123456789012'))).toBe('Credit = 100.00 EUR × 0.123456789012 % = 0.123456789012 EUR, rounded half-up to 0.12 EUR.')
    // One more decimal, and the sentence gives the amount to 12 with ≈ (half-up: …0125 → …013).
    expect(creditSentence(step('0.1234567890125'))).toBe('Credit = 100.00 EUR × 0.123456789012 % = ≈ 0.123456789013 EUR, rounded half-up to 0.12 EUR.')
  })
})

