import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { filterOffers, offerFromPreset, parseOffer, presets } from '../../src/index.js'
import { type CatalogueJson, renderCatalogue } from '../../src/report/index.js'
import { OUTSIDE_REFERENCES } from './fixtures.js'

const draft = parseOffer(parse(readFileSync(new URL('../../examples/offers/chatons-coop.yaml', import.meta.url), 'utf8')))
const ovh = offerFromPreset(presets.ovhVps2016.starter, { amount: '12.00', currency: 'EUR' })
const found = filterOffers([draft, ovh], { structure: 'cooperative', gti: 'PT4H' })

describe('renderCatalogue', () => {
  it('writes the organisation and promises of each offer, and each criterion’s verdict', () => {
    const text = renderCatalogue(found, { format: 'text', lang: 'fr' })
    const row = text.split('\n').find((l) => l.startsWith('VPS coopératif'))!
    expect(row).toContain('coopérative')
    expect(row).toContain('4\u00a0h')
    expect(row).toMatch(/oui$/)
    expect(text.split('\n').find((l) => l.startsWith('OVH VPS STARTER'))).toMatch(/entreprise.*non$/)
    expect(text).toContain('✓ Structure\u00a0: coopérative')
    expect(text).toContain('✗ GTI\u00a0: pas de GTI')
  })

  it('writes Markdown, HTML and JSON', () => {
    expect(renderCatalogue(found, { format: 'markdown', lang: 'en' })).toContain('| Offer | Provider | Organisation |')
    const html = renderCatalogue(found, { format: 'html', lang: 'en' })
    for (const pattern of OUTSIDE_REFERENCES) expect(html).not.toMatch(pattern)
    const doc = JSON.parse(renderCatalogue(found, { format: 'json', lang: 'en' })) as CatalogueJson
    expect(doc.format).toBe('matou.catalogue/1')
    expect(doc.offers.map((o) => [o.id, o.passed, o.gtiMs])).toEqual([
      ['coop-vps-draft', true, 14_400_000],
      ['ovh-vps-2016-starter', false, null],
    ])
    expect(doc.offers[0]!.fee).toEqual({ amount: '12.00', currency: 'EUR' })
  })
})
