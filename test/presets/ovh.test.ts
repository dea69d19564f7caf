import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { creditOfMonth, H, MIN, outage, sourceOf } from './helpers.js'

const { dedicatedLegacy, privateCloudNetwork, usKms2024 } = presets.ovh

describe('presets: OVH legacy dedicated servers (ovh.co.uk/items/sla.xml, "in case of a breach of this condition")', () => {
  const month = (incidents: Parameters<typeof creditOfMonth>[4], fee = '50.00') => creditOfMonth(dedicatedLegacy, 2026, 3, 'Europe/Paris', incidents, fee).credit

  it('give nothing while the month\'s downtime is at most 43 min 12 s', () => {
    // 40 min down: within the 43 min 12 s the page allows → no credit.
    expect(month([outage('2026-03-10T08:00:00+01:00', 40 * MIN)]).percent.toString()).toBe('0')
    // Exactly 43 min 12 s: not a breach (the downtime "should not exceed" it) → no credit.
    expect(month([outage('2026-03-10T08:00:00+01:00', 43 * MIN + 12_000)]).percent.toString()).toBe('0')
    // Two outages of 10 min: 20 min in the month → no credit (earlier versions of the preset gave 2.5 %).
    expect(month([outage('2026-03-10T08:00:00+01:00', 10 * MIN), outage('2026-03-20T08:00:00+01:00', 10 * MIN)]).percent.toString()).toBe('0')
  })

  it('give 2.5 % per started hour of all the downtime once the 43 min 12 s are exceeded', () => {
    // 2 h 10 min down > 43 min 12 s → all of it counts: 3 started hours × 2.5 % = 7.5 % of 50.00 EUR = 3.75 EUR
    // (read as complete hours, it would be 2 × 2.5 % = 5 %).
    const c = month([outage('2026-03-10T08:00:00+01:00', 2 * H + 10 * MIN)])
    expect(c.parts[0]!.units).toBe(3)
    expect(c.percent.toString()).toBe('7.5')
    expect(c.amount.toFixed(2)).toBe('3.75')
    // 43 min 13 s: 1 s over → the first hour counts in full → 2.5 %.
    expect(month([outage('2026-03-10T08:00:00+01:00', 43 * MIN + 13_000)]).percent.toString()).toBe('2.5')
    // 3 h 10 min → 4 started hours × 2.5 % = 10 % = 5.00 EUR.
    expect(month([outage('2026-03-10T08:00:00+01:00', 3 * H + 10 * MIN)]).amount.toFixed(2)).toBe('5.00')
  })

  it('cap the credit at the monthly cost', () => {
    // 50 h → 50 × 2.5 % = 125 %, capped at 100 % = 50.00 EUR.
    const c = month([outage('2026-03-10T08:00:00+01:00', 50 * H)])
    expect(c.uncappedPercent.toString()).toBe('100')
    expect(c.percent.toString()).toBe('100')
    expect(c.capped).toBe(true)
    expect(c.amount.toFixed(2)).toBe('50.00')
    // 40 h → exactly 100 %.
    expect(month([outage('2026-03-10T08:00:00+01:00', 40 * H)]).percent.toString()).toBe('100')
  })

  it('quote the clause and document the readings: started hours, the fixed allowance, rescue mode', () => {
    expect(dedicatedLegacy.source.historical).toBe(true)
    expect(dedicatedLegacy.source.url).toBe('https://www.ovh.co.uk/items/sla.xml')
    expect(sourceOf(dedicatedLegacy).clause).toContain('In case of a breach of this conditon')
    const notes = sourceOf(dedicatedLegacy).notes.join(' ')
    expect(notes).toMatch(/every started hour/)
    expect(notes).toMatch(/count full .* 2 × 2\.5 %/)
    expect(notes).toMatch(/not 0\.1 % of each month/)
    expect(notes).toMatch(/rescue mode/)
  })
})

describe('presets: OVH Private Cloud network, legacy (the collected terms, ovh.cz dedicated-cloud SLA page)', () => {
  const percent = (ms: number) => creditOfMonth(privateCloudNetwork, 2026, 3, 'Europe/Paris', [outage('2026-03-10T08:00:00+01:00', ms)]).credit.percent.toString()

  it('give 5 % per started 10 minutes, capped at 100 %', () => {
    expect(percent(10 * MIN)).toBe('5') // 1 × 5 %
    expect(percent(10 * MIN + 1)).toBe('10') // a second 10 minutes started: 2 × 5 %
    expect(percent(25 * MIN)).toBe('15') // 3 started × 5 %
    expect(percent(200 * MIN)).toBe('100') // 20 × 5 % = 100 %
    expect(percent(4 * H)).toBe('100') // 24 × 5 % = 120 %, capped at 100 %
  })

  it('exclude planned maintenance announced to the client, counted as available', () => {
    // 30 min of announced maintenance and 10 min unplanned: only the 10 min count → 1 × 5 %.
    const r = creditOfMonth(privateCloudNetwork, 2026, 3, 'Europe/Paris', [
      outage('2026-03-10T08:00:00+01:00', 30 * MIN, { cause: 'maintenance' }),
      outage('2026-03-11T08:00:00+01:00', 10 * MIN),
    ])
    expect(r.credit.percent.toString()).toBe('5')
    expect(sourceOf(privateCloudNetwork).clause).toContain('ausgenommen sind geplante Wartungsarbeiten, die nach Vorabinformation des Kunden durchgeführt werden')
    expect(privateCloudNetwork.source.url).toBe('https://www.ovh.de/private-cloud/dienstleistungen_inklusive/sicherheit-und-sla.xml')
    expect(sourceOf(privateCloudNetwork).notes.join(' ')).toMatch(/every started 10 minutes/)
  })

  it('note the conditions and the base it does not encode', () => {
    const notes = sourceOf(privateCloudNetwork).notes.join(' ')
    expect(notes).toMatch(/2 hosts/)
    expect(notes).toMatch(/next invoice/)
    expect(notes).toMatch(/internet/)
  })
})

describe('presets: OVHcloud US KMS 2024 (the collected terms, us.ovhcloud.com/legal/sla)', () => {
  // April 2026 in UTC: 720 h; 99.50 % allows 0.5 % × 720 h = 3.6 h = 3 h 36 min of downtime.
  const percent = (incidents: Parameters<typeof creditOfMonth>[4]) => creditOfMonth(usKms2024, 2026, 4, 'UTC', incidents).credit

  it('give 5 % per started hour beyond what 99.50 % allows', () => {
    expect(percent([outage('2026-04-10T08:00:00Z', 3 * H + 36 * MIN)]).percent.toString()).toBe('0') // exactly the allowance
    expect(percent([outage('2026-04-10T08:00:00Z', 3 * H + 36 * MIN + 1)]).percent.toString()).toBe('5') // 1 ms beyond: 1 started hour
    // 5 h down: 1 h 24 min beyond → 2 started hours × 5 % = 10 %.
    const c = percent([outage('2026-04-10T08:00:00Z', 5 * H)])
    expect(c.percent.toString()).toBe('10')
    expect(c.parts[0]!.units).toBe(2)
  })

  it('cap the credit at 30 %', () => {
    // 20 h down: 16 h 24 min beyond → 17 started hours × 5 % = 85 %, capped at 30 %.
    const c = percent([outage('2026-04-10T08:00:00Z', 20 * H)])
    expect(c.parts[0]!.units).toBe(17)
    expect(c.percent.toString()).toBe('30')
    expect(c.capped).toBe(true)
  })

  it('ignore outages shorter than 3 consecutive minutes', () => {
    // 4 h down plus 2 min 59 s: only the 4 h count → 24 min beyond → 1 started hour → 5 %.
    const r = creditOfMonth(usKms2024, 2026, 4, 'UTC', [outage('2026-04-10T08:00:00Z', 4 * H), outage('2026-04-20T08:00:00Z', 3 * MIN - 1000, { id: 'short' })])
    expect(r.availability.downtimeMs).toBe(4 * H)
    expect(r.availability.contributions.find((x) => x.id === 'short')?.status).toBe('below-minimum')
    expect(r.credit.percent.toString()).toBe('5')
  })

  it('note the ticket clock, the 3-minute edge and the claim window', () => {
    const notes = sourceOf(usKms2024).notes.join(' ')
    expect(notes).toMatch(/ticket/)
    expect(notes).toMatch(/exactly 3 minutes/)
    expect(notes).toMatch(/sixty \(60\) calendar days/)
    expect(usKms2024.claim.days).toBe(60)
    expect(notes).toMatch(/started or only a complete hour/)
  })
})
