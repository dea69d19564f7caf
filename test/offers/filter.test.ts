import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { filterOffers, InputError, offerFromPreset, parseCriteria, parseOffer, presets } from '../../src/index.js'
import type { OfferInput } from '../../src/index.js'

const draft = parseOffer(parse(readFileSync(new URL('../../examples/offers/chatons-coop.yaml', import.meta.url), 'utf8')))
const volunteers: OfferInput = {
  id: 'asso-vps',
  provider: 'Association Exemple',
  name: 'VPS associatif',
  services: [{ id: 'vps', fee: { amount: '5', currency: 'EUR' } }],
  organisation: { structure: 'volunteer-collective', salariedStaff: false, chatons: true, dataLocation: 'FR' },
}
const slowCoop: OfferInput = {
  id: 'coop-slow',
  provider: 'Autre Coop',
  name: 'Hébergement mutualisé',
  services: [{ id: 'web', fee: { amount: '8', currency: 'EUR' } }],
  commitment: { gti: { within: 'PT8H', calendar: '24/7' } },
  organisation: { structure: 'cooperative', salariedStaff: true, staffCount: 2 },
}
const ovh = offerFromPreset(presets.ovhVps2016.value, { amount: '12', currency: 'EUR' })

describe('filterOffers', () => {
  it('finds cooperatives with salaried staff that offer a GTI of at most 4 hours, and says why the others fail', () => {
    const found = filterOffers([volunteers, slowCoop, draft, ovh], { structure: 'cooperative', salariedStaff: true, gti: 'PT4H' })
    expect(found.filter((x) => x.passed).map((x) => x.offer.id)).toEqual(['coop-vps-draft'])
    const slow = found.find((x) => x.offer.id === 'coop-slow')!
    expect(slow.results.find((r) => r.criterion === 'gti')).toEqual({ criterion: 'gti', passed: false, reason: 'GTI 8 h (24/7), longer than 4 h' })
    const asso = found.find((x) => x.offer.id === 'asso-vps')!
    expect(asso.results.map((r) => [r.criterion, r.passed, r.reason])).toEqual([
      ['structure', false, 'volunteer-collective'],
      ['salariedStaff', false, 'no salaried staff'],
      ['gti', false, 'no GTI'],
    ])
  })

  it('keeps offers whose compensation covers at least 10 % of a 4-hour outage at 20 EUR an hour', () => {
    // Loss 4 × 20 = 80 EUR. VALUE: (720 − 4) / 720 = 99.44 % < 99.5 → 50 % of 12 = 6 EUR = 7.5 % of 80: fails.
    // The draft's GTI is met in that scenario: 0 EUR: fails. Nobody passes at 10 %, both pass at 5 % only for VALUE.
    const at10 = filterOffers([draft, ovh], { cover: { lossPerHour: '20', atLeast: '10' } })
    expect(at10.every((x) => !x.passed)).toBe(true)
    expect(at10.find((x) => x.offer.id === 'ovh-vps-2016-value')!.results[0]!.reason).toBe('compensation covers 7.5 % of the loss')
    const at5 = filterOffers([draft, ovh], { cover: { lossPerHour: '20', atLeast: '5' } })
    expect(at5.filter((x) => x.passed).map((x) => x.offer.id)).toEqual(['ovh-vps-2016-value'])
  })

  it('sorts the offers that pass, then those that fail', () => {
    const byFee = filterOffers([draft, volunteers, slowCoop], { dataLocation: 'FR' }, { sortBy: 'fee' })
    // FR: draft (12) and volunteers (5) pass; slowCoop does not say where
    expect(byFee.map((x) => [x.offer.id, x.passed])).toEqual([
      ['asso-vps', true],
      ['coop-vps-draft', true],
      ['coop-slow', false],
    ])
  })

  it('reads criteria from the command line form', () => {
    expect(parseCriteria(['structure=cooperative', 'gti<=PT4H', 'salariedStaff=true', 'gtr=false', 'target>=99.5', 'fee<=20', 'staff>=2'])).toEqual({
      structure: ['cooperative'],
      gti: 'PT4H',
      salariedStaff: true,
      gtr: false,
      minTarget: '99.5',
      maxFee: '20',
      minStaff: 2,
    })
    try {
      parseCriteria(['colour=blue', 'gti>=PT4H', 'oops'])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['where[0]', 'where[1]', 'where[2]'])
    }
  })

  it('filters on the availability target and on the credit promise', () => {
    const starter = offerFromPreset(presets.ovhVps2016.starter, { amount: '12', currency: 'EUR' })
    const found = filterOffers([starter, ovh, draft], { minTarget: '99.9', credit: true })
    expect(found.filter((x) => x.passed).map((x) => x.offer.id)).toEqual(['ovh-vps-2016-value'])
    expect(found.find((x) => x.offer.id === 'ovh-vps-2016-starter')!.results.find((r) => r.criterion === 'minTarget')!.reason).toBe('credit starts below 99.5 %')
  })
})
