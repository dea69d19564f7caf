import { describe, expect, it } from 'vitest'
import { parseCommitment, presets } from '../../src/index.js'
import { creditOfMonth, measureMonth, MIN, outage, percentAt, sourceOf } from './helpers.js'

const region = presets.aws.ec2Region
const instance = presets.aws.ec2Instance

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
    expect(percentAt(instance, '99.5')).toBe('0')
    expect(percentAt(instance, '99.49')).toBe('10')
    expect(percentAt(instance, '99.0')).toBe('10')
    expect(percentAt(instance, '98.99')).toBe('30')
    expect(percentAt(instance, '95.0')).toBe('30')
    expect(percentAt(instance, '94.99')).toBe('100')
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

  it('do not encode the instance-level hourly waiver, and say so', () => {
    // 7 minutes down within one clock hour of April 2026 (43,200 minutes): 99.98380 % ≥ 99.5 % → no monthly
    // credit, although AWS would not charge that hour (more than 6 minutes unavailable). The preset says so.
    const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T10:10:00Z', 7 * MIN)])
    expect(credit.percent.toString()).toBe('0')
    expect(sourceOf(instance).notes.join(' ')).toMatch(/NOT ENCODED.*more than six minutes of a clock hour.*automatically/)
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
    const { credit } = creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T01:00:00Z', 4 * 60 * MIN, { cause: 'maintenance' })], '100.00', 'USD')
    expect(credit.percent.toString()).toBe('10')
  })

  it('pay no credit under 1 USD, base the instance credit on the affected instance, and say the rest', () => {
    // Same 4 h: 10 % of an instance billed 9.94 USD = 0.994, rounded to 0.99 USD < 1 USD → not paid;
    // at 9.95 USD, 0.995 rounds half-up to 1.00 USD → paid.
    const month = (fee: string) => creditOfMonth(instance, 2026, 4, 'UTC', [outage('2026-04-02T01:00:00Z', 4 * 60 * MIN)], fee, 'USD').credit
    expect(month('9.94').amount.toFixed(2)).toBe('0.00')
    expect(month('9.94').belowMinimum).toBe(true)
    expect(month('9.95').amount.toFixed(2)).toBe('1.00')
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
