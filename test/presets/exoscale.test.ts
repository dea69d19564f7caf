import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { creditOfMonth, H, MIN, outage, percentAt, sourceOf } from './helpers.js'

const y2016 = presets.exoscale.y2016

describe('presets: Exoscale 2016 (the collected terms, exoscale/terms archives/terms-20160401.markdown)', () => {
  it('bands: [98.3, 99.95) → 50 %, < 98.3 → 100 %', () => {
    expect(percentAt(y2016, '99.95')).toBe('0')
    expect(percentAt(y2016, '99.949')).toBe('50')
    expect(percentAt(y2016, '98.3')).toBe('50')
    expect(percentAt(y2016, '98.29')).toBe('100')
  })

  it('measure the Zurich month: March 2026 has 743 h, 99.95 % allows 22.29 minutes', () => {
    // 743 h = 44,580 min (clocks spring forward on 29 March); 0.05 % = 22.29 min.
    // 22 min: 99.95065 % → 0 %; 23 min: 99.94841 % → 50 % of 80.00 CHF = 40.00 CHF.
    const at22 = creditOfMonth(y2016, 2026, 3, 'Europe/Zurich', [outage('2026-03-10T08:00:00+01:00', 22 * MIN)], '80.00', 'CHF')
    expect(at22.availability.periodMs).toBe(743 * H)
    expect(at22.credit.percent.toString()).toBe('0')
    const at23 = creditOfMonth(y2016, 2026, 3, 'Europe/Zurich', [outage('2026-03-10T08:00:00+01:00', 23 * MIN)], '80.00', 'CHF')
    expect(at23.credit.percent.toString()).toBe('50')
    expect(at23.credit.amount.toFixed(2)).toBe('40.00')
  })

  it('exclude planned maintenance, counted as available', () => {
    const r = creditOfMonth(y2016, 2026, 3, 'Europe/Zurich', [outage('2026-03-10T08:00:00+01:00', 2 * H, { cause: 'maintenance' })])
    expect(r.availability.downtimeMs).toBe(0)
    expect(r.credit.percent.toString()).toBe('0')
  })

  it('quote section 4.4 and note the annual wording of section 4.1', () => {
    expect(sourceOf(y2016).clause).toContain('From 99.95% to 98.3% : fifty percent (50%)')
    expect(y2016.source.url).toBe('https://github.com/exoscale/terms/blob/HEAD/archives/terms-20160401.markdown')
    expect(sourceOf(y2016).notes.join(' ')).toMatch(/annual/)
    expect(sourceOf(y2016).notes.join(' ')).toMatch(/10 business days/)
  })
})
