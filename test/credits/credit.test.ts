import { describe, expect, it } from 'vitest'
import { creditFor, customPeriod, InputError, measureAvailability, monthPeriod, presets } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 30 days, no DST change
const eur = (amount: string) => ({ amount, currency: 'EUR' })

function outage(ms: number, commitment: CommitmentInput = presets.ovhVps2016.value, period = april) {
  const start = period.start.getTime() + 86_400_000
  return measureAvailability({ commitment, period, incidents: [{ start, end: start + ms }] })
}

describe('tiered credits', () => {
  it('gives 10 % of 9.99 EUR for 4 h in March 2026 in Paris on STARTER: 1.00 EUR', () => {
    const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
    const report = outage(4 * H, presets.ovhVps2016.starter, march)
    const credit = creditFor({ commitment: presets.ovhVps2016.starter, availability: report, fee: eur('9.99') })
    // 99.46164 % is in [99.0, 99.5) → 10 %; 9.99 × 10 % = 0.999 → 1.00 half-up
    expect(credit.percent.toString()).toBe('10')
    expect(credit.exactAmount.toString()).toBe('0.999')
    expect(credit.amount.toFixed(2)).toBe('1.00')
    expect(credit.tier?.label).toBe('>= 99.0 and < 99.5')
    expect(credit.tier?.lower?.written).toBe('99.0')
    expect(credit.capped).toBe(false)
    // What a customer reads, whole: the band, the amount, and the two terms the STARTER offer states.
    expect(credit.explanation).toEqual([
      'Availability 99.4616419919 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'Credit = 9.99 EUR × 10 % = 0.999 EUR, rounded half-up to 1.00 EUR.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
    ])
  })

  it('lands exactly the allowed downtime in the contract band: 43 min 12 s in 30 days is 99.9 %, no credit on VALUE', () => {
    // 30 × 86,400 s × 0.1 % = 2,592 s = 43 min 12 s
    const exact = outage(2_592_000)
    expect(exact.availability.toString()).toBe('99.9')
    expect(creditFor({ commitment: presets.ovhVps2016.value, availability: exact, fee: eur('9.99') }).percent.toString()).toBe('0')
    const oneMore = outage(2_592_001)
    const credit = creditFor({ commitment: presets.ovhVps2016.value, availability: oneMore, fee: eur('9.99') })
    expect(credit.percent.toString()).toBe('10')
    expect(credit.tier?.label).toBe('>= 99.5 and < 99.9')
  })

  it('puts exactly 99.5 % in the 10 % band, not the 50 % one (inclusive lower bound)', () => {
    // 0.5 % of 720 h = 3 h 36 min
    const r = outage(3 * H + 36 * 60_000)
    expect(r.availability.toString()).toBe('99.5')
    expect(creditFor({ commitment: presets.ovhVps2016.value, availability: r, fee: eur('9.99') }).percent.toString()).toBe('10')
    const more = outage(3 * H + 36 * 60_000 + 1)
    expect(creditFor({ commitment: presets.ovhVps2016.value, availability: more, fee: eur('9.99') }).percent.toString()).toBe('50')
  })

  it('rounds half-up once: 50 % of 4.99 EUR is 2.50 EUR, not 2.49', () => {
    const r = outage(2 * 24 * H)
    const credit = creditFor({ commitment: presets.ovhVps2016.starter, availability: r, fee: eur('4.99') })
    expect(credit.exactAmount.toString()).toBe('2.495')
    expect(credit.amount.toFixed(2)).toBe('2.50')
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: r, fee: eur('4.99'), rounding: 'half-even' }).amount.toFixed(2)).toBe('2.50')
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: r, fee: eur('4.99'), rounding: 'down' }).amount.toFixed(2)).toBe('2.49')
  })

  it("rounds to the currency's minor unit: yen have none, dinars three", () => {
    const r = outage(2 * 24 * H)
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: r, fee: { amount: '999', currency: 'JPY' } }).amount.toString()).toBe('500') // 499.5 → 500
    const bhd = creditFor({ commitment: presets.ovhVps2016.starter, availability: r, fee: { amount: '1.2345', currency: 'BHD' } })
    expect(bhd.amount.toString()).toBe('0.617') // 0.61725 → 0.617
    expect(bhd.scale).toBe(3)
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: r, fee: eur('4.99'), scale: 4 }).amount.toString()).toBe('2.495')
  })

  it('takes an availability percentage instead of a report for tiered credits', () => {
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: '99.5', fee: eur('10') }).percent.toString()).toBe('0')
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: '99.4999', fee: eur('10') }).percent.toString()).toBe('10')
    expect(creditFor({ commitment: presets.ovhVps2016.starter, availability: '99,0', fee: eur('10') }).percent.toString()).toBe('10')
  })
})

describe('per-duration credits', () => {
  const perHour = (extra: object = {}): CommitmentInput => ({ credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', ...extra }, cap: '100' })

  it('gives 2.5 % per started hour: 4 h 1 min is 5 hours started, 12.5 %', () => {
    const c = perHour()
    const credit = creditFor({ commitment: c, availability: outage(4 * H + 60_000, c), fee: eur('100') })
    expect(credit.parts[0]!.units).toBe(5)
    expect(credit.percent.toString()).toBe('12.5')
    expect(credit.amount.toFixed(2)).toBe('12.50')
  })

  it('counts only full hours when the contract says so: 4 h 1 min is 4 hours, 10 %', () => {
    const c = perHour({ count: 'full' })
    expect(creditFor({ commitment: c, availability: outage(4 * H + 60_000, c), fee: eur('100') }).percent.toString()).toBe('10')
  })

  it('counts only the downtime beyond the allowed one', () => {
    // 30 days at 99.9 % allow 43 min 12 s; 2 h down leaves 1 h 16 min 48 s beyond: 2 started hours → 5 %
    const c = perHour({ beyond: '99.9' })
    expect(creditFor({ commitment: c, availability: outage(2 * H, c), fee: eur('100') }).percent.toString()).toBe('5')
    expect(creditFor({ commitment: c, availability: outage(2_592_000, c), fee: eur('100') }).percent.toString()).toBe('0')
    expect(creditFor({ commitment: c, availability: outage(2_592_001, c), fee: eur('100') }).percent.toString()).toBe('2.5')
  })

  it("stops at the model's cap and the overall cap", () => {
    const c: CommitmentInput = { credit: { type: 'per-duration', percent: '5', per: 'PT10M', cap: '30' } }
    // 2 h = 12 units of 10 min = 60 %, capped at 30 %
    const credit = creditFor({ commitment: c, availability: outage(2 * H, c), fee: eur('10') })
    expect(credit.percent.toString()).toBe('30')
    expect(credit.uncappedPercent.toString()).toBe('30')
    expect(credit.capped).toBe(true)
    const overall: CommitmentInput = { credit: { type: 'per-duration', percent: '2.5', per: 'PT1H' }, cap: '100' }
    // 50 h × 2.5 % = 125 %, capped at 100 % of the fee
    const big = creditFor({ commitment: overall, availability: outage(50 * H, overall), fee: eur('10') })
    expect(big.uncappedPercent.toString()).toBe('125')
    expect(big.percent.toString()).toBe('100')
    expect(big.amount.toFixed(2)).toBe('10.00')
  })

  it('needs a report, not a bare percentage', () => {
    expect(() => creditFor({ commitment: perHour(), availability: '99', fee: eur('1') })).toThrow(/per-duration credit needs the downtime/)
  })
})

describe('pro-rata credits and combinations', () => {
  it('gives the fee share of the downtime times a multiplier', () => {
    const c: CommitmentInput = { credit: { type: 'pro-rata', multiplier: '10' } }
    // 7.2 h of 720 h = 1 % × 10 = 10 % of 20 EUR = 2.00 EUR
    const credit = creditFor({ commitment: c, availability: outage(7.2 * H, c), fee: eur('20') })
    expect(credit.percent.toString()).toBe('10')
    expect(credit.amount.toFixed(2)).toBe('2.00')
  })

  it('adds the models before the overall cap', () => {
    const c: CommitmentInput = {
      credit: [
        { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '10' }, { below: '99', credit: '25' }] },
        { type: 'per-duration', percent: '1', per: 'PT1H' },
      ],
      cap: '30',
    }
    // 3 h of 720 h = 99.583 % → 10 %; plus 3 started hours × 1 % = 13 %
    const credit = creditFor({ commitment: c, availability: outage(3 * H, c), fee: eur('100') })
    expect(credit.parts.map((p) => p.percent.toString())).toEqual(['10', '3'])
    expect(credit.percent.toString()).toBe('13')
    // 10 h: 98.61 % → 25 %, plus 10 % = 35 %, capped at 30 %
    const capped = creditFor({ commitment: c, availability: outage(10 * H, c), fee: eur('100') })
    expect(capped.percent.toString()).toBe('30')
    expect(capped.capped).toBe(true)
    // 10 h of 720 h: 100 × 710 / 720 = 98.6111… % → 25 %; 10 started hours × 1 % = 10 %; 35 % capped at 30 %.
    expect(capped.explanation).toEqual([
      'Availability 98.6111111111 % is in band < 99 → 25 % of the fee.',
      '10 h of downtime = 10 started units of PT1H × 1 % = 10 % of the fee.',
      'The parts add up to 35 %.',
      'The credit is capped at 30 % of the fee.',
      'Credit = 100.00 EUR × 30 % = 30 EUR, rounded half-up to 30.00 EUR.',
    ])
  })
})

describe('bad input', () => {
  it('lists every problem with its path', () => {
    try {
      creditFor({ commitment: presets.ovhVps2016.starter, availability: '101', fee: { amount: '-1', currency: 'euro' }, rounding: 'bankers' as never })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['fee.amount', 'fee.currency', 'rounding', 'availability'])
    }
  })

  it('never returns NaN: a whole period excluded is 100 % and no credit', () => {
    const p = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' })
    const c: CommitmentInput = { measurement: { exclusions: 'out-of-period' }, credit: { type: 'pro-rata' } }
    const r = measureAvailability({ commitment: c, period: p, incidents: [{ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z', cause: 'maintenance' }] })
    expect(r.measuredMs).toBe(0)
    expect(r.availability.toString()).toBe('100')
    expect(creditFor({ commitment: c, availability: r, fee: eur('10') }).amount.toString()).toBe('0')
  })
})
