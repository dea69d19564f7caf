import { describe, expect, it } from 'vitest'
import { Decimal, parseCommitment, presets } from '../../src/index.js'
import type { CreditStep, Tier } from '../../src/index.js'
import { creditOfMonth, measureMonth, MIN, outage, percentAt, sourceOf } from './helpers.js'

const region = presets.aws.ec2Region
const instance = presets.aws.ec2Instance
// The steps every instance credit ends with: what the credit is a share of, the sole remedy, and how to claim it, as the preset says them.
const instanceTail: CreditStep[] = [{ kind: 'credit-base', base: 'affected' }, { kind: 'sole-remedy' }, { kind: 'claim', ...instance.claim }]
const tail = [
  'The credit is a share of the fee of the affected resource only.',
  'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
  `To be claimed ${instance.claim?.window}: ${instance.claim?.procedure}; the library does not check that it was.`,
]
/** The instance's monthly band at `index`, as its commitment compiles it. */
function band(index: number): Tier {
  const model = parseCommitment(instance).credit[0]
  if (model?.type !== 'tiers') throw new Error('the first credit model of the instance preset is its bands')
  const tier = model.tiers[index]
  if (!tier) throw new Error(`no band ${index}`)
  return tier
}

describe('presets: AWS EC2 (the collected terms, aws.amazon.com/compute/sla, 2022 version)', () => {
  it('region-level bands: [99.0, 99.99) → 10 %, [95.0, 99.0) → 30 %, < 95.0 → 100 %', () => {
    expect(percentAt(region, '100')).toBe('0')
    expect(percentAt(region, '99.99')).toBe('0') // the target itself: no credit
    expect(percentAt(region, '99.989')).toBe('10')
    expect(percentAt(region, '99.0')).toBe('10') // 99.0 % is in the 10 % band
    expect(percentAt(region, '98.99')).toBe('30') // just below 99.0 %
    expect(percentAt(region, '95.0')).toBe('30')
    expect(percentAt(region, '94.99')).toBe('100')
  })

  it('instance-level bands: [99.0, 99.5) → 10 %, [95.0, 99.0) → 30 %, < 95.0 → 100 %', () => {
    // The bands alone: with its hourly rule the preset needs to know when the downtime fell, not a percentage.
    expect(() => percentAt(instance, '99.5')).toThrow(/an hourly waiver needs to know in which clock hours/)
    const bands = { ...instance, credit: instance.credit[0] }
    expect(percentAt(bands, '99.5')).toBe('0')
    expect(percentAt(bands, '99.49')).toBe('10')
    expect(percentAt(bands, '99.0')).toBe('10')
    expect(percentAt(bands, '98.99')).toBe('30')
    expect(percentAt(bands, '95.0')).toBe('30')
    expect(percentAt(bands, '94.99')).toBe('100')
  })

  it('measure per clock minute in the UTC month: a minute touched by unavailability counts whole', () => {
    const c = parseCommitment(region)
    expect(c.timeZone).toBe('UTC')
    expect(c.measurement.granularity).toBe('minute-up')
    // 10:00:30–10:01:10 touches the minutes 10:00 and 10:01: 2 minutes = 120,000 ms.
    const r = measureMonth(region, 2026, 3, 'UTC', [{ start: '2026-03-10T10:00:30Z', end: '2026-03-10T10:01:10Z', elements: ['e'] }])
    expect(r.downtimeMs).toBe(2 * MIN)
  })

  it('place the 99.0 % edge of March 2026 between 446 and 447 minutes down', () => {
    // March 2026 in UTC: 31 × 1,440 = 44,640 minutes; 1 % of it is 446.4 minutes.
    // 446 min: (44,640 − 446) / 44,640 = 99.00090 % → 10 %; 447 min: 98.99866 % → 30 %.
    const at446 = creditOfMonth(region, 2026, 3, 'UTC', [outage('2026-03-10T00:00:00Z', 446 * MIN)], '200.00', 'USD')
    expect(at446.availability.periodMs).toBe(44_640 * MIN)
    expect(at446.credit.percent.toString()).toBe('10')
    expect(at446.credit.amount.toFixed(2)).toBe('20.00') // 200.00 × 10 %
    const at447 = creditOfMonth(region, 2026, 3, 'UTC', [outage('2026-03-10T00:00:00Z', 447 * MIN)], '200.00', 'USD')
    expect(at447.credit.percent.toString()).toBe('30')
    expect(at447.credit.amount.toFixed(2)).toBe('60.00') // 200.00 × 30 %
  })

  it('waive a clock hour with more than six minutes down, without a claim (worked case of the clause)', () => {
    // April 2026 in UTC lasts 720 h. 7 minutes down inside the 10:00 hour: 1 − 7 / 43,200 = 99.9838 % ≥ 99.5 %,
    // no monthly credit, but the hour is not charged: 1 / 720 of the fee = 0.13888… %. At 720.00 USD a
    // month (1 USD an hour), that is 1.00 USD.
    const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T10:10:00Z', 7 * MIN)], '720.00', 'USD')
    expect(credit.parts.map((p) => p.model)).toEqual(['tiers', 'hourly-waiver'])
    expect(credit.parts[0]!.percent.toString()).toBe('0')
    expect(credit.parts[1]!.units).toBe(1)
    expect(credit.percent.times(720).toDecimalPlaces(10).toString()).toBe('100') // 1/720 of the fee, in percent × 720
    expect(credit.amount.toFixed(2)).toBe('1.00')
    // 1 h of 720 h: 100 × 3,600,000 / 2,592,000,000 = 0.13888… %; no band, so nothing applies to the remainder.
    const waived = new Decimal(100).times(3_600_000).div(2_592_000_000)
    expect(credit.steps).toEqual<CreditStep[]>([
      // 100 × (43,200 − 7) / 43,200 = 99.98379…
      { kind: 'above-bands', availability: new Decimal(100).times(43_200 - 7).div(43_200) },
      { kind: 'hourly-waiver', hours: 1, moreThanMs: 6 * MIN, timeZone: 'UTC', share: new Decimal(1), waivedMs: 60 * MIN, periodMs: 720 * 60 * MIN, percent: waived, automatic: true },
      { kind: 'on-remainder', waived, others: new Decimal(0), percent: waived },
      // 720 × 0.1388888888888888888888888888888888888889 (the percent to 40 digits) / 100, exact: 1.000…0008.
      { kind: 'amount', fee: new Decimal(720), currency: 'USD', percent: waived, exactAmount: new Decimal('1.00000000000000000000000000000000000000008'), rounding: 'half-up', amount: new Decimal(1) },
      ...instanceTail,
    ])
    expect(credit.explanation).toEqual([
      'Availability 99.9837962963 % is above every band → no credit.',
      '1 clock hour (UTC) with more than 6 min of downtime are not charged → 0.138888888889 % of the fee, without a claim.',
      'The other credits apply to the fee left once the hours are credited: 0.138888888889 % + 0 % × (100 % − 0.138888888889 %) = 0.138888888889 %.',
      // 720 × 0.1388…889 % carries the 40-digit rounding of 1/720 into the exact amount (1.000…0008, 41
      // decimals, kept in the step); the sentence gives it to 12 decimals, marked approximate.
      'Credit = 720.00 USD × 0.138888888889 % = ≈ 1.00 USD, rounded half-up to 1.00 USD.',
      ...tail,
    ])
  })

  it('waive no hour at six minutes exactly, nor for 7 minutes split over two clock hours', () => {
    // "More than six minutes": 6 minutes in the 10:00 hour is not more; 10:57–11:04 is 3 min + 4 min.
    for (const incidents of [[outage('2026-04-02T10:10:00Z', 6 * MIN)], [outage('2026-04-02T10:57:00Z', 7 * MIN)]]) {
      const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', incidents, '720.00', 'USD')
      expect(credit.parts[1]!.units).toBe(0)
      expect(credit.amount.toFixed(2)).toBe('0.00')
    }
    // 6 min 1 s from 10:10:00 touches the clock minutes 10:10 to 10:16: 7 whole minutes, more than six.
    const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T10:10:00Z', 6 * MIN + 1000)], '720.00', 'USD')
    expect(credit.parts[1]!.units).toBe(1)
  })

  it('apply the monthly band to the charges left once the hours are waived', () => {
    // 10 h down from 00:00 UTC on 2 April 2026: 600 of 43,200 minutes, 98.6111 % → 30 % band; 10 clock
    // hours waived = 10/720 = 1.3888… %. On the remainder: 1.3888… + 30 × (100 − 1.3888…) / 100 = 30.97222… %.
    // At 720.00 USD: 10.00 USD of hours not charged + 30 % of the 710.00 USD left (213.00) = 223.00 USD.
    const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T00:00:00Z', 10 * 60 * MIN)], '720.00', 'USD')
    expect(credit.parts[0]!.percent.toString()).toBe('30')
    expect(credit.parts[1]!.units).toBe(10)
    expect(credit.amount.toFixed(2)).toBe('223.00')
    // 10 h of 720 h: 100 × 36,000,000 / 2,592,000,000 = 1.3888… %.
    const waived = new Decimal(100).times(36_000_000).div(2_592_000_000)
    const onRemainder = waived.plus(new Decimal(30).times(new Decimal(100).minus(waived)).div(100))
    expect(credit.steps).toEqual<CreditStep[]>([
      // 100 × (43,200 − 600) / 43,200 = 98.6111…
      { kind: 'band', availability: new Decimal(100).times(43_200 - 600).div(43_200), tier: band(1), percent: new Decimal(30) },
      { kind: 'hourly-waiver', hours: 10, moreThanMs: 6 * MIN, timeZone: 'UTC', share: new Decimal(1), waivedMs: 600 * MIN, periodMs: 720 * 60 * MIN, percent: waived, automatic: true },
      { kind: 'on-remainder', waived, others: new Decimal(30), percent: onRemainder },
      // 720 × 30.97222222222222222222222222222222222222 (40 digits) / 100, exact: 222.999…984, rounded once to 223.
      { kind: 'amount', fee: new Decimal(720), currency: 'USD', percent: onRemainder, exactAmount: new Decimal('222.999999999999999999999999999999999999984'), rounding: 'half-up', amount: new Decimal(223) },
      ...instanceTail,
    ])
    expect(credit.explanation).toEqual([
      'Availability 98.6111111111 % is in band >= 95.0 and < 99.0 → 30 % of the fee.',
      '10 clock hours (UTC) with more than 6 min of downtime are not charged → 1.38888888889 % of the fee, without a claim.',
      'The other credits apply to the fee left once the hours are credited: 1.38888888889 % + 30 % × (100 % − 1.38888888889 %) = 30.9722222222 %.',
      // 222.99…984 to 12 decimals is 223.000000000000: the sentence says ≈ 223.00, the step keeps every digit.
      'Credit = 720.00 USD × 30.9722222222 % = ≈ 223.00 USD, rounded half-up to 223.00 USD.',
      ...tail,
    ])
  })

  it('waive nothing on the region level: the hourly rule is the instance\'s', () => {
    // The same 7 minutes at region level: 99.9838 % < 99.99 % → 10 % band, 72.00 USD of 720.00, no hour waived.
    const { credit } = creditOfMonth(region, 2026, 4, 'UTC', [outage('2026-04-02T10:10:00Z', 7 * MIN)], '720.00', 'USD')
    expect(credit.parts.map((p) => p.model)).toEqual(['tiers'])
    expect(credit.amount.toFixed(2)).toBe('72.00')
  })

  it('quote the per-minute clause and carry their source', () => {
    for (const p of [region, instance]) {
      expect(p.source.url).toBe('https://aws.amazon.com/compute/sla/')
      expect(sourceOf(p).clause).toContain('the percentage of minutes during the month in which Amazon EC2 was in the state of Unavailability')
      expect(p.source.verified).toBe(true)
      expect(sourceOf(p).notes.join(' ')).toMatch(/UTC/)
    }
  })

  it('count scheduled maintenance as downtime: the agreement does not exclude it', () => {
    // April 2026 (43,200 minutes), 4 h of maintenance = 240 minutes: 1 − 240 / 43,200 = 99.444… % < 99.5 % → 10 %.
    // The 4 clock hours 01:00–05:00 are also not charged (hourly rule): 4/720 = 0.5555… %, and the 10 % applies
    // to the rest: 0.5555… + 10 × (100 − 0.5555…) / 100 = 0.5555… + 9.9444… = 10.5 %.
    const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T01:00:00Z', 4 * 60 * MIN, { cause: 'maintenance' })], '100.00', 'USD')
    expect(credit.parts[0]!.percent.toString()).toBe('10')
    expect(credit.percent.toDecimalPlaces(10).toString()).toBe('10.5')
  })

  it('pay no credit under 1 USD, base the instance credit on the affected instance, and say the rest', () => {
    // Same 4 h: 10.5 % in all, of which the 4 hours not charged (0.5555… %) are given without a claim and
    // escape the minimum; the claimed credit is the rest, 9.9444… %. At 10.00 USD it is 0.99444 → 0.99 USD
    // < 1 USD → not paid, and the hours still give 10.00 × 0.5555… % = 0.0555… → 0.06 USD. At 10.01 USD the
    // claimed part is 0.99544 → 1.00 USD → paid, and the whole 10.5 % is: 1.05105 → 1.05 USD. (Before the
    // hourly rule was encoded, the threshold was 9.95 USD: 10 % alone, 0.995 → 1.00.)
    const month = (fee: string) => creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T01:00:00Z', 4 * 60 * MIN)], fee, 'USD').credit
    expect(month('10.00').amount.toFixed(2)).toBe('0.06')
    expect(month('10.00').belowMinimum).toBe(true)
    // 4 h of 720 h: 100 × 14,400,000 / 2,592,000,000 = 0.5555… %; 10 × 10.5 % = 1.05 USD in all.
    const waived = new Decimal(100).times(14_400_000).div(2_592_000_000)
    expect(month('10.00').steps).toEqual<CreditStep[]>([
      { kind: 'band', availability: new Decimal(100).times(43_200 - 240).div(43_200), tier: band(0), percent: new Decimal(10) },
      { kind: 'hourly-waiver', hours: 4, moreThanMs: 6 * MIN, timeZone: 'UTC', share: new Decimal(1), waivedMs: 240 * MIN, periodMs: 720 * 60 * MIN, percent: waived, automatic: true },
      { kind: 'on-remainder', waived, others: new Decimal(10), percent: new Decimal('10.5') },
      { kind: 'amount', fee: new Decimal(10), currency: 'USD', percent: new Decimal('10.5'), exactAmount: new Decimal('1.05'), rounding: 'half-up', amount: new Decimal('1.05') },
      // The claimed part, 0.99 USD, is below 1 USD; the hours given without a claim keep their 0.06 USD.
      { kind: 'below-minimum', minimum: new Decimal(1), currency: 'USD', amount: new Decimal('0.99'), kept: new Decimal('0.06') },
      ...instanceTail,
    ])
    expect(month('10.00').explanation).toEqual([
      'Availability 99.4444444444 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      '4 clock hours (UTC) with more than 6 min of downtime are not charged → 0.555555555556 % of the fee, without a claim.',
      'The other credits apply to the fee left once the hours are credited: 0.555555555556 % + 10 % × (100 % − 0.555555555556 %) = 10.5 %.',
      'Credit = 10.00 USD × 10.5 % = 1.05 USD, rounded half-up to 1.05 USD.',
      '0.99 USD is less than the smallest credit paid (1.00 USD): it is not paid; the hours given without a claim still give 0.06 USD.',
      ...tail,
    ])
    expect(month('10.01').amount.toFixed(2)).toBe('1.05')
    expect(month('10.01').belowMinimum).toBeUndefined()
    expect(instance.creditBase).toBe('affected')
    expect(region.creditBase).toBe('service')
    for (const p of [region, instance]) {
      expect(p.soleRemedy).toBe(true)
      expect(p.claim.window).toBe('by the end of the second billing cycle after the incident')
      expect(p.claim.procedure).toMatch(/request logs/)
    }
    const notes = sourceOf(instance).notes.join(' ')
    expect(notes).toMatch(/no external connectivity/)
    expect(notes).toMatch(/cannot be stacked/)
    expect(sourceOf(region).notes.join(' ')).toMatch(/two or more Availability Zones without|two or more Availability Zones of the region have no external connectivity/)
  })
})
