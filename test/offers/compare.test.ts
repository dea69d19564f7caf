import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { compareOffers, InputError, offerFromPreset, parseOffer, presets, safeParseOffer, standardScenarios } from '../../src/index.js'

const draft = parseOffer(parse(readFileSync(new URL('../../examples/offers/chatons-coop.yaml', import.meta.url), 'utf8')))
const fee = { amount: '12.00', currency: 'EUR' }
const starter = offerFromPreset(presets.ovhVps2016.starter, fee)
const value = offerFromPreset(presets.ovhVps2016.value, fee)

describe('offers', () => {
  it('reads the CHATONS draft: a GTI, no GTR, no availability credit', () => {
    expect(draft.promises).toEqual({ credit: false, gti: true, gtr: false })
    expect(draft.organisation?.structure).toBe('cooperative')
    expect(draft.commitment.gti?.withinMs).toBe(4 * 3_600_000)
    expect(draft.claimWindow).toEqual({ text: 'within 60 days', days: 60 })
  })

  it('lists every problem of a bad offer with its path', () => {
    const r = safeParseOffer({ id: 'x', provider: 'p', name: 'n', services: [{ id: 's', fee: { amount: 'abc', currency: 'EUR' } }, { id: 's', fee: { amount: '1', currency: 'EURO' } }], organisation: { structure: 'club' } })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toEqual(['organisation.structure'])
    const r2 = safeParseOffer({ id: 'x', provider: 'p', name: 'n', services: [{ id: 's', fee: { amount: 'abc', currency: 'EUR' } }, { id: 's', fee: { amount: '1', currency: 'EURO' } }] })
    expect(r2.success).toBe(false)
    if (!r2.success) expect(r2.error.issues.map((i) => i.path)).toEqual(['services[0].fee.amount', 'services[1].fee.currency', 'services[1].id'])
  })
})

describe('compareOffers', () => {
  const cmp = compareOffers({ offers: [starter, value, draft], clientLossPerHour: '200' })

  it('covers every scenario × offer', () => {
    expect(cmp.cells).toHaveLength(standardScenarios().length * 3)
    expect(cmp.scenarios.map((s) => s.id)).toEqual(['ordinary-month', 'outage-4h', 'outage-2d', 'datacentre-fire', 'friday-evening'])
  })

  it('gives figures a person can recompute: the 4-hour outage in April 2026 (720 h)', () => {
    // Availability (720 − 4) / 720 = 99.4444 %: STARTER band [99.0, 99.5) → 10 % of 12 EUR = 1.20 EUR;
    // VALUE band < 99.5 → 50 % = 6.00 EUR; the draft has no availability credit and its GTI is met
    // (reported 10:10, intervention 11:00, deadline 14:10) → 0.
    // Loss: 4 h × 200 = 800 EUR; cover: 1.20 / 800 = 0.15 %, 6 / 800 = 0.75 %, 0 %.
    const s = cmp.cell('outage-4h', 'ovh-vps-2016-starter')!
    expect(s.availability.availability.toFixed(4)).toBe('99.4444')
    expect(s.band).toBe('>= 99.0 and < 99.5')
    expect(s.compensation.toFixed(2)).toBe('1.20')
    expect(s.clientLoss?.toFixed(2)).toBe('800.00')
    expect(s.coverPercent?.toString()).toBe('0.15')
    expect(cmp.cell('outage-4h', 'ovh-vps-2016-value')!.compensation.toFixed(2)).toBe('6.00')
    const d = cmp.cell('outage-4h', 'coop-vps-draft')!
    expect(d.gti?.status).toBe('met')
    expect(d.compensation.toFixed(2)).toBe('0.00')
  })

  it('prices a GTI breach: reported Friday 19:30, handled Monday 14:30', () => {
    // The clock starts Friday 19:30, outside hours: 4 business hours = Monday 09:00–13:00 (deadline 11:00Z).
    // Intervention at 14:30 is 1 h 30 late: 10 % for the breach + 2 started hours × 5 % = 20 % of 12 EUR = 2.40 EUR.
    const d = cmp.cell('friday-evening', 'coop-vps-draft')!
    expect(d.gti?.deadline?.toISOString()).toBe('2026-04-27T11:00:00.000Z')
    expect(d.gti?.status).toBe('breached')
    expect(d.gti?.lateBusinessMs).toBe(1.5 * 3_600_000)
    expect(d.compensation.toFixed(2)).toBe('2.40')
    // Downtime Friday 19:20 → Monday 16:00 = 68 h 40 min: STARTER (720 − 68.67) / 720 = 90.46 % → 50 % = 6.00
    expect(cmp.cell('friday-evening', 'ovh-vps-2016-starter')!.compensation.toFixed(2)).toBe('6.00')
    expect(d.clientDowntimeHours.toFixed(4)).toBe('68.6667')
  })

  it('shows how little a credit covers in a data-centre fire', () => {
    // 10 days down: 240 h × 200 = 48,000 EUR lost; 50 % of 12 EUR = 6 EUR → 0.0125 % of the loss.
    const fire = cmp.cell('datacentre-fire', 'ovh-vps-2016-value')!
    expect(fire.clientLoss?.toFixed(2)).toBe('48000.00')
    expect(fire.coverPercent?.toString()).toBe('0.0125')
  })

  it('refuses a loss in another currency and bad scenarios, with paths', () => {
    expect(() => compareOffers({ offers: [draft], clientLossPerHour: { amount: '1', currency: 'USD' } })).toThrow(/clientLossPerHour.currency: is USD/)
    try {
      compareOffers({ offers: [draft], scenarios: [{ id: 'x', name: 'x', incidents: [{ start: 'nope' }] } as never] })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['scenarios[0].incidents[0].start'])
    }
  })
})

describe('a scenario whose GTI clock cannot start', () => {
  it('is judged not evaluable for that offer, as a statement judges it, and the other figures still come out', () => {
    // Down 09:00–13:00 on Tuesday 10 March 2026 (Paris), no report or detection time: the draft's GTI has
    // nothing to start from. March has 743 h (the clocks go forward on the 29th): (743 − 4) / 743 = 99.4616 %,
    // STARTER's band [99.0, 99.5) → 10 % of 12 EUR = 1.20 EUR; the draft has no availability credit → 0.
    const cmp = compareOffers({
      offers: [starter, draft],
      scenarios: [{ id: 'log', name: 'log', incidents: [{ start: '2026-03-10T09:00:00+01:00', end: '2026-03-10T13:00:00+01:00' }] }],
    })
    const d = cmp.cell('log', 'coop-vps-draft')!
    expect(d.gti?.status).toBe('not-evaluable')
    expect(d.compensation.toFixed(2)).toBe('0.00')
    expect(d.availability.availability.toFixed(4)).toBe('99.4616')
    expect(cmp.cell('log', 'ovh-vps-2016-starter')!.compensation.toFixed(2)).toBe('1.20')
  })
})
