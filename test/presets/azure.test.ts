import { describe, expect, it } from 'vitest'
import { creditFor, measureAvailability, monthPeriod, presets } from '../../src/index.js'
import { creditOfMonth, outage, percentAt, sourceOf } from './helpers.js'

const { vmZones, vmAvailabilitySet, vmSinglePremiumSsd, vmSingleStandardSsd, vmSingleStandardHdd } = presets.azure

describe('presets: Azure Virtual Machines (the collected terms, bands from a secondary copy or assumed)', () => {
  it('zones: [99.0, 99.99) → 10 %, [95.0, 99.0) → 25 %, < 95.0 → 100 %', () => {
    expect(percentAt(vmZones, '99.99')).toBe('0')
    expect(percentAt(vmZones, '99.989')).toBe('10')
    expect(percentAt(vmZones, '99.0')).toBe('10')
    expect(percentAt(vmZones, '98.99')).toBe('25')
    expect(percentAt(vmZones, '95.0')).toBe('25')
    expect(percentAt(vmZones, '94.99')).toBe('100')
  })

  it('zones: measure downtime to the millisecond in the UTC month', () => {
    // April 2026 in UTC: 30 days = 2,592,000,000 ms; 0.01 % of it is 259,200 ms.
    // Exactly 259,200 ms down → exactly 99.99 % → no credit; one millisecond more → 10 %.
    expect(creditOfMonth(vmZones, 2026, 4, 'UTC', [outage('2026-04-01T12:00:00Z', 259_200)]).credit.percent.toString()).toBe('0')
    expect(creditOfMonth(vmZones, 2026, 4, 'UTC', [outage('2026-04-01T12:00:00Z', 259_201)]).credit.percent.toString()).toBe('10')
  })

  it('availability set: < 99.95 → 10 %, < 99 → 25 %, < 95 → 100 % (verified)', () => {
    expect(percentAt(vmAvailabilitySet, '99.95')).toBe('0')
    expect(percentAt(vmAvailabilitySet, '99.949')).toBe('10')
    expect(percentAt(vmAvailabilitySet, '99.0')).toBe('10')
    expect(percentAt(vmAvailabilitySet, '98.99')).toBe('25')
    expect(percentAt(vmAvailabilitySet, '94.99')).toBe('100')
    expect(vmAvailabilitySet.source.verified).toBe(true)
  })

  it('single instances: the bands of Microsoft\'s 2026 terms for each disk type', () => {
    // Premium SSD < 99.9 → 10, < 99 → 25, < 95 → 100; Standard SSD < 99.5 → 10, < 95 → 25, < 90 → 100;
    // Standard HDD < 95 → 10, < 92 → 25, < 90 → 100. Each bound gives the band above it.
    const cases: [typeof vmSinglePremiumSsd | typeof vmSingleStandardSsd | typeof vmSingleStandardHdd, [string, string][]][] = [
      [vmSinglePremiumSsd, [['99.9', '0'], ['99.89', '10'], ['99', '10'], ['98.99', '25'], ['95', '25'], ['94.99', '100']]],
      [vmSingleStandardSsd, [['99.5', '0'], ['99.49', '10'], ['95', '10'], ['94.9', '25'], ['90', '25'], ['89.99', '100']]],
      [vmSingleStandardHdd, [['95', '0'], ['94.99', '10'], ['92', '10'], ['91.99', '25'], ['90', '25'], ['89.99', '100']]],
    ]
    for (const [preset, points] of cases) for (const [a, credit] of points) expect(percentAt(preset, a), `${preset.id} at ${a}`).toBe(credit)
  })

  it('a Standard SSD instance down 37 h 48 min in April is at 94.75 % and gets 25 %', () => {
    // April 2026 in UTC: 720 h; 37 h 48 min = 37.8 h; 1 − 37.8 / 720 = 94.75 % < 95 → 25 % of 80.00 EUR = 20.00 EUR.
    const r = creditOfMonth(vmSingleStandardSsd, 2026, 4, 'UTC', [outage('2026-04-03T00:00:00Z', 37 * 3_600_000 + 48 * 60_000)], '80.00')
    expect(r.availability.availability.toString()).toBe('94.75')
    expect(r.credit.percent.toString()).toBe('25')
    expect(r.credit.amount.toFixed(2)).toBe('20.00')
  })

  it('single instances count maintenance as downtime (no longer excluded since v1.7, March 2018)', () => {
    // 1 h of maintenance in April (720 h): 1 − 1 / 720 = 99.861 % < 99.9 → 10 % for Premium SSD.
    const r = creditOfMonth(vmSinglePremiumSsd, 2026, 4, 'UTC', [outage('2026-04-03T00:00:00Z', 3_600_000, { cause: 'maintenance' })])
    expect(r.credit.percent.toString()).toBe('10')
    // Zones still count maintenance as available (the library default, a reading): no credit.
    expect(creditOfMonth(vmZones, 2026, 4, 'UTC', [outage('2026-04-03T00:00:00Z', 3_600_000, { cause: 'maintenance' })]).credit.percent.toString()).toBe('0')
  })

  it('record the source, the sole remedy, the claim window, and what stays unverified', () => {
    for (const p of [vmZones, vmAvailabilitySet, vmSinglePremiumSsd, vmSingleStandardSsd, vmSingleStandardHdd]) {
      expect(p.timeZone).toBe('UTC')
      expect(p.soleRemedy).toBe(true)
      expect(p.claim.window).toBe('by the end of the calendar month after the month of the incident')
      expect(p.source.date).toBe('2026')
    }
    expect(vmZones.source.verified).toBe(false)
    expect(sourceOf(vmZones).notes.join(' ')).toMatch(/secondary copy/)
    expect(sourceOf(vmZones).notes.join(' ')).toMatch(/two or more VMs .* were running/)
    for (const p of [vmSinglePremiumSsd, vmSingleStandardSsd, vmSingleStandardHdd]) {
      expect(p.source.verified).toBe(true)
      expect(sourceOf(p).notes.join(' ')).toMatch(/lowest/)
    }
  })
})

describe('presets: Azure zones and sets measured while two or more VMs run (the in-service variants)', () => {
  const { vmZonesInService, vmAvailabilitySetInService } = presets.azure
  const fee = { amount: '100', currency: 'EUR' }
  const april = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
  // vm-2 is stopped from 20 April 00:00 to 22 April 00:00 UTC; vm-1 runs all month.
  const running = {
    'vm-1': [{ start: '2026-04-01T00:00:00Z' }],
    'vm-2': [{ start: '2026-04-01T00:00:00Z', end: '2026-04-20T00:00:00Z' }, { start: '2026-04-22T00:00:00Z' }],
  }
  // 15 h down, from 21 April 12:00 to 22 April 03:00 UTC.
  const incidents = [{ start: '2026-04-21T12:00:00Z', end: '2026-04-22T03:00:00Z' }]

  it('count only the time two VMs run, and only the downtime inside it', () => {
    for (const p of [vmZonesInService, vmAvailabilitySetInService]) {
      const a = measureAvailability({ commitment: p, period: april, incidents, running })
      // Two VMs run 720 h − 48 h = 672 h; of the 15 h down only 22 April 00:00–03:00, 3 h, falls in them.
      // (672 − 3) / 672 = 669 / 672 = 99.553571… %.
      expect(a.exactAvailability.toFixed(4), p.id).toBe('99.5536')
      // Zones: [99.0, 99.99) → 10 %; set: [99.0, 99.95) → 10 %.
      expect(creditFor({ commitment: p, availability: a, fee }).percent.toString(), p.id).toBe('10')
    }
  })

  it('refuse to measure without the running stretches, rather than read the whole month', () => {
    expect(() => measureAvailability({ commitment: vmZonesInService, period: april, incidents })).toThrow(/running: is required/)
  })

  it('differ from the whole-month presets, which read the same month at 97.9 % and give 25 %', () => {
    for (const p of [vmZones, vmAvailabilitySet]) {
      const a = measureAvailability({ commitment: p, period: april, incidents })
      // (720 − 15) / 720 = 705 / 720 = 97.916… %: [95.0, 99.0) → 25 %.
      expect(a.exactAvailability.toFixed(3), p.id).toBe('97.917')
      expect(creditFor({ commitment: p, availability: a, fee }).percent.toString(), p.id).toBe('25')
    }
  })

  it('keep the terms of the whole-month presets, and say in their notes how they are measured', () => {
    const pairs = [
      [vmZonesInService, vmZones],
      [vmAvailabilitySetInService, vmAvailabilitySet],
    ] as const
    for (const [inService, whole] of pairs) {
      const { id, name, description, measurement, source, ...terms } = inService
      const { id: _id, name: _name, description: _d, measurement: wholeMeasurement, source: wholeSource, ...wholeTerms } = whole
      expect(terms).toEqual(wholeTerms)
      expect(source).toEqual(wholeSource)
      expect(measurement).toEqual({ ...wholeMeasurement, window: { inService: { atLeast: 2 } } })
      expect(sourceOf(inService).notes.join(' '), id).toMatch(/In-service variant.*ENCODED/)
      expect(sourceOf(whole).notes.join(' '), whole.id).toMatch(/NOT ENCODED in this preset.*in-service variants/)
      expect(name).not.toBe(whole.name)
      expect(description).toMatch(/two or more VMs/)
    }
  })
})
