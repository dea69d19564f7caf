import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { creditOfMonth, outage, percentAt } from './helpers.js'

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

  it('availability set: target 99.95 %, the zones’ bands below it (assumed)', () => {
    expect(percentAt(vmAvailabilitySet, '99.95')).toBe('0')
    expect(percentAt(vmAvailabilitySet, '99.949')).toBe('10')
    expect(percentAt(vmAvailabilitySet, '99.0')).toBe('10')
    expect(percentAt(vmAvailabilitySet, '98.99')).toBe('25')
    expect(percentAt(vmAvailabilitySet, '94.99')).toBe('100')
  })

  it('single instances: targets 99.9 / 99.5 / 95 %, the zones’ shape moved to each target (1 and 5 points below)', () => {
    // [availability, expected credit %]: the target gives nothing, just below it 10 %; target − 1 point
    // still 10 %, below it 25 %; target − 5 points still 25 %, below it 100 %.
    const cases: [typeof vmSinglePremiumSsd | typeof vmSingleStandardSsd | typeof vmSingleStandardHdd, [string, string][]][] = [
      [vmSinglePremiumSsd, [['99.9', '0'], ['99.89', '10'], ['98.9', '10'], ['98.89', '25'], ['94.9', '25'], ['94.89', '100']]],
      [vmSingleStandardSsd, [['99.5', '0'], ['99.49', '10'], ['98.5', '10'], ['98.49', '25'], ['94.5', '25'], ['94.49', '100']]],
      [vmSingleStandardHdd, [['95', '0'], ['94.99', '10'], ['94', '10'], ['93.99', '25'], ['90', '25'], ['89.99', '100']]],
    ]
    for (const [preset, points] of cases) for (const [a, credit] of points) expect(percentAt(preset, a), `${preset.id} at ${a}`).toBe(credit)
  })

  it('are marked unverified and say which figures are assumed', () => {
    for (const p of [vmZones, vmAvailabilitySet, vmSinglePremiumSsd, vmSingleStandardSsd, vmSingleStandardHdd]) {
      expect(p.source.verified).toBe(false)
      expect(p.timeZone).toBe('UTC')
    }
    expect(vmZones.source.notes.join(' ')).toMatch(/secondary copy/)
    expect(vmAvailabilitySet.source.notes.join(' ')).toMatch(/ASSUMPTION/)
    for (const p of [vmSinglePremiumSsd, vmSingleStandardSsd, vmSingleStandardHdd]) {
      expect(p.source.notes.join(' ')).toMatch(/ASSUMPTION/)
      expect(p.source.url).toMatch(/availability-set-overview\.md$/)
    }
  })
})
