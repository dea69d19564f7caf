import { describe, expect, it } from 'vitest'
import { compareOffers, Decimal, offerFromPreset, presets } from '../../src/index.js'
import type { CreditStep } from '../../src/index.js'
import { renderComparison, renderPreset, renderPresetList } from '../../src/report/index.js'
import { creditOfMonth, H, MIN, outage, percentAt, sourceOf } from './helpers.js'

describe('presets: Scaleway Instances and Managed Databases (scaleway.com SLA pages)', () => {
  const { instances, databaseHa, databaseStandalone } = presets.scaleway

  it('instances: an outage counts from 4 continuous minutes; Maintenance Windows count as available', () => {
    // April 2026 in Europe/Paris: 720 h. 3 min 59 s does not count; 4 min does; 2 h of maintenance never does.
    const r = creditOfMonth(instances, 2026, 4, 'Europe/Paris', [
      outage('2026-04-10T08:00:00+02:00', 4 * MIN - 1000, { id: 'short' }),
      outage('2026-04-11T08:00:00+02:00', 4 * MIN, { id: 'four' }),
      outage('2026-04-12T08:00:00+02:00', 2 * H, { id: 'window', cause: 'maintenance' }),
    ])
    expect(r.availability.downtimeMs).toBe(4 * MIN)
    expect(r.availability.contributions.map((c) => c.status)).toEqual(['below-minimum', 'counted', 'excluded'])
  })

  it('databases: 99.95 % (HA) and 99.5 % (standalone), from one continuous minute', () => {
    const r = creditOfMonth(databaseHa, 2026, 4, 'Europe/Paris', [outage('2026-04-10T08:00:00+02:00', 59_000), outage('2026-04-11T08:00:00+02:00', MIN)])
    expect(r.availability.downtimeMs).toBe(MIN)
    expect(sourceOf(databaseHa).clause).toContain('99.95%')
    expect(sourceOf(databaseStandalone).clause).toContain('99.5%')
  })

  it('publish no credit table in the text read: no credit is invented, and the preset says so', () => {
    for (const p of [instances, databaseHa, databaseStandalone]) {
      expect('credit' in p).toBe(false)
      expect(p.source.verified).toBe(false)
      expect(p.source.confidence).toBe('partly')
      expect(sourceOf(p).notes.join(' ')).toMatch(/NOT ENCODED: the Service Credit table/)
    }
    // 10 h down in April (720 h) is far below 99.5 %, yet the credit is 0: none is published to compute.
    expect(creditOfMonth(databaseStandalone, 2026, 4, 'Europe/Paris', [outage('2026-04-10T08:00:00+02:00', 10 * H)]).credit.percent.toString()).toBe('0')
  })
})

describe('presets: Hetzner Cloud (hetzner.com/legal/cloud-server)', () => {
  const cloud = presets.hetzner.cloud
  it('measure each server per calendar month, excluding maintenance and third-party network faults', () => {
    // 1 h unplanned + 1 h maintenance + 1 h upstream provider fault: only 1 h counts.
    const r = creditOfMonth(cloud, 2026, 4, 'Europe/Berlin', [
      outage('2026-04-10T08:00:00+02:00', H),
      outage('2026-04-11T08:00:00+02:00', H, { cause: 'maintenance' }),
      outage('2026-04-12T08:00:00+02:00', H, { cause: 'third-party' }),
    ])
    expect(r.availability.downtimeMs).toBe(H)
    expect(sourceOf(cloud).clause).toContain('monthly availability of 99.9%')
    expect(sourceOf(cloud).notes.join(' ')).toMatch(/NOT ENCODED, no credit model/)
  })
})

describe('presets: Scalingo (scalingo.com/fr/engagements-de-services)', () => {
  const s = presets.scalingo.services
  it('record the credit note, the 3-month claim window and the sole remedy, and no invented rate', () => {
    expect(s.soleRemedy).toBe(true)
    expect(s.claim.window).toMatch(/trois \(3\) mois/)
    expect(sourceOf(s).clause).toContain('sous forme d’avoir')
    expect('credit' in s).toBe(false)
    expect(sourceOf(s).notes.join(' ')).toMatch(/NOT ENCODED/)
    const fr = renderPreset(s, { format: 'text', lang: 'fr' })
    expect(fr).toContain('À réclamer (dans un délai de trois (3) mois maximum')
    expect(fr).toContain('Vérifié en partie')
  })
})

describe('presets: OVHcloud US, VMware on OVHcloud (us.ovhcloud.com/legal/sla/vmware-on-ovhcloud)', () => {
  const vmware = presets.ovh.usVmware2024
  it('give 10 % from 99 % up to 99.95 %, 30 % below 99 %', () => {
    expect(percentAt(vmware, '99.95')).toBe('0')
    expect(percentAt(vmware, '99.949')).toBe('10')
    expect(percentAt(vmware, '99')).toBe('10')
    expect(percentAt(vmware, '98.99')).toBe('30')
  })

  it('4 h down in April: 99.444… % → 10 % of the affected service\'s monthly price', () => {
    // April 2026 in UTC: 720 h; 1 − 4 / 720 = 99.444… % in [99, 99.95) → 10 % of 1,000.00 USD = 100.00 USD.
    const r = creditOfMonth(vmware, 2026, 4, 'UTC', [outage('2026-04-10T08:00:00Z', 4 * H)], '1000.00', 'USD')
    expect(r.credit.amount.toFixed(2)).toBe('100.00')
    // 8 h: 1 − 8 / 720 = 98.888… % < 99 → 30 % = 300.00 USD.
    expect(creditOfMonth(vmware, 2026, 4, 'UTC', [outage('2026-04-10T08:00:00Z', 8 * H)], '1000.00', 'USD').credit.amount.toFixed(2)).toBe('300.00')
    expect(vmware.source.verified).toBe(true)
    expect(sourceOf(vmware).notes.join(' ')).toMatch(/Maximum Available Minutes/)
  })
})

describe('presets: Cloud Temple VM Instances (SLA of 15 April 2026)', () => {
  const vm = presets.cloudTemple.vmInstances
  it('count downtime from 4 consecutive minutes, and invent no credit', () => {
    const r = creditOfMonth(vm, 2026, 4, 'Europe/Paris', [outage('2026-04-10T08:00:00+02:00', 4 * MIN - 1), outage('2026-04-11T08:00:00+02:00', 30 * MIN)])
    expect(r.availability.downtimeMs).toBe(30 * MIN)
    expect(r.credit.percent.toString()).toBe('0')
    expect(sourceOf(vm).clause).toContain('99.95%')
    expect(sourceOf(vm).notes.join(' ')).toMatch(/article 5 were not in the text read/)
  })
})

describe('presets: Nua.ge (docs.nua.ge, SLA)', () => {
  const cloud = presets.nuage.cloud
  it('credit the downtime: 1 h in April is 1/720 of the fee', () => {
    // April 2026 in Europe/Paris: 720 h; 72.00 EUR × 1 / 720 = 0.10 EUR.
    const r = creditOfMonth(cloud, 2026, 4, 'Europe/Paris', [outage('2026-04-10T08:00:00+02:00', H)], '72.00')
    expect(r.credit.amount.toFixed(2)).toBe('0.10')
    expect(sourceOf(cloud).notes.join(' ')).toMatch(/due only "en cas de défaut au respect du SLA", below 99.99 %/)
  })

  it('pay nothing at 99.99 % or above, and the whole downtime below', () => {
    // April 2026: 43,200 minutes. 4 min down: 1 − 4 / 43,200 = 99.99074 % ≥ 99.99 % → nothing is owed.
    const four = creditOfMonth(cloud, 2026, 4, 'Europe/Paris', [outage('2026-04-10T08:00:00+02:00', 4 * MIN)], '720.00')
    expect(four.credit.percent.toString()).toBe('0')
    // 4 / 43,200 = 0.00925925… % of the period; the target is met, so the share gives nothing.
    expect(four.credit.steps).toEqual<CreditStep[]>([
      {
        kind: 'pro-rata',
        share: new Decimal(100).times(4).div(43_200),
        multiplier: new Decimal(1),
        percent: new Decimal(0),
        cappedAt: null,
        below: new Decimal('99.99'),
        availability: new Decimal(100).times(43_200 - 4).div(43_200),
        met: true,
      },
      { kind: 'amount', fee: new Decimal(720), currency: 'EUR', percent: new Decimal(0), exactAmount: new Decimal(0), rounding: 'half-up', amount: new Decimal(0) },
    ])
    expect(four.credit.explanation).toEqual(['Availability 99.9907407407 % is not below 99.99 %: no credit.', 'Credit = 720.00 EUR × 0 % = 0 EUR, rounded half-up to 0.00 EUR.'])
    // 5 min: 99.98843 % < 99.99 % → 5 / 43,200 of 720.00 EUR = 0.0833… → 0.08 EUR, the whole 5 minutes.
    const five = creditOfMonth(cloud, 2026, 4, 'Europe/Paris', [outage('2026-04-10T08:00:00+02:00', 5 * MIN)], '720.00')
    expect(five.credit.amount.toFixed(2)).toBe('0.08')
  })
})

describe('presets: how sure each one is, in both languages', () => {
  it('the list shows verified / partly / assumed', () => {
    const en = renderPresetList(presets.list(), { format: 'markdown', lang: 'en' })
    const fr = renderPresetList(presets.list(), { format: 'markdown', lang: 'fr' })
    expect(en).toMatch(/\| \[AWS EC2, region-level \(2022\)\][^\n]*\| verified \|/)
    expect(en).toMatch(/\| \[Scaleway Instances \(CPU and GPU\)\][^\n]*\| partly \|/)
    expect(en).toMatch(/\| \[OVH VPS STARTER \(2016\)\][^\n]*\| assumed \|/)
    expect(fr).toMatch(/\| \[Scaleway Instances \(CPU et GPU\)\][^\n]*\| en partie \|/)
    expect(fr).toMatch(/\| \[OVH VPS STARTER \(2016\)\][^\n]*\| supposé \|/)
  })

  it('a comparison of presets says how sure the terms of each are', () => {
    const fee = { amount: '10', currency: 'EUR' }
    const cmp = compareOffers({ offers: [offerFromPreset(presets.ovhVps2016.starter, fee), offerFromPreset(presets.scaleway.instances, fee), offerFromPreset(presets.azure.vmAvailabilitySet, fee)] })
    const en = renderComparison(cmp, { format: 'text', lang: 'en' })
    expect(en).toContain('Terms of OVH VPS STARTER (2016): NOT verified')
    expect(en).toContain('Terms of Scaleway Instances (CPU and GPU): partly verified')
    expect(en).toContain('Terms of Azure Virtual Machines, two or more instances in an availability set: verified against the provider’s own text')
    expect(cmp.offers[2]!.claimWindow).toEqual({ text: 'by the end of the calendar month after the month of the incident' })
    expect(renderComparison(cmp, { format: 'text', lang: 'fr' })).toContain('Conditions de Scaleway Instances (CPU et GPU)\u00a0: vérifié en partie')
  })
})
