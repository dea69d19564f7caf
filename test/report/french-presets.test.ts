import { describe, expect, it } from 'vitest'
import { markersIn, prose, type ProseFormat } from './prose.js'
import { frenchClaimText, frenchPresetName, presetFrench } from '../../src/offers/presets/sources/french.js'
import { withSourceTexts } from '../../src/offers/presets/sources/index.js'
import { compareOffers, filterOffers, offerFromPreset, parseCriteria, presets, standardScenarios } from '../../src/index.js'
import { renderCatalogue, renderComparison, renderPreset, renderPresetList } from '../../src/report/index.js'

// A French comparison or catalogue of the offers made from the presets must read as French: the project's
// own words about a preset (its name, its description, its claim window and procedure, the date of its source,
// its notes) are written in French for a French report. What stays as written is the provider's: the product
// names inside a preset's name, its source's title, the clause quoted, and the words a French note quotes in
// « » or straight quotes. Unlike french-only.test.ts, the English descriptions, claims and dates are not
// treated as quotations here: that is what this file checks.

/** Words of English prose that French never writes with spaces around them. */
const MARKERS = [
  ' the ', ' is ', ' within ', ' of ', ' and ', ' not ', ' with ', ' from ', ' per ', ' no ', ' by ', ' current ', 'undated', 'effective', ' about ', ' request', ' support case',
  // Words of the presets' English names.
  ' two ', ' more ', ' instances across', ' single ', ' multiple ', ' servers', 'legacy', ' network', ' managed ', ' terms ', 'wholesale', '-level',
]

/** What the reports quote as written: names, titles, addresses, clauses, the provider's words in notes. */
function quoted(): string[] {
  const out = new Set<string>()
  for (const p of presets.list()) {
    const whole = withSourceTexts(p, 'fr')
    for (const s of [p.id, whole.source.title, whole.source.url, whole.source.clause]) if (typeof s === 'string' && s.length > 3) out.add(s)
    for (const n of whole.source.notes ?? []) for (const q of n.matchAll(/«[^»]*»|"[^"]*"/g)) out.add(q[0])
    // Scalingo's claim is the provider's own French.
    for (const s of [whole.claim?.window, whole.claim?.procedure]) if (s !== undefined && p.source.language === 'fr') out.add(s)
  }
  return [...out].sort((a, b) => b.length - a.length)
}
const QUOTED = quoted()

const PROSE = { quoted: QUOTED, inlineTags: ['a', 'span', 'strong', 'em', 'code'], skipJson: (key: string) => ['preset', 'label'].includes(key) }

function englishIn(rendered: string, format: string): string[] {
  return markersIn(prose(rendered, format as ProseFormat, PROSE), MARKERS, 80)
}

const FORMATS = ['text', 'markdown', 'html', 'json'] as const
const fee = { amount: '12', currency: 'EUR' }
// The in-service presets need the running periods of a deployment, which a comparison has not: every other one.
const compared = presets.list().filter((p) => !p.id.endsWith('-in-service'))
const offers = compared.map((p) => offerFromPreset(p, fee))
// The command line names an offer made from a preset in the user's language before it compares it (a
// comparison prints the offers' names as they come); a catalogue names it in French itself.
const frenchOffers = compared.map((p) => offerFromPreset({ ...p, name: frenchPresetName(p.name) }, fee))
// One scenario is enough: the words about each offer do not depend on it, and every preset's explanation is written.
const comparisonOf = (list: typeof offers) => compareOffers({ offers: list, scenarios: standardScenarios().slice(1, 2), clientLossPerHour: '50' })
const comparison = comparisonOf(offers)
const frenchComparison = comparisonOf(frenchOffers)
const catalogue = filterOffers(offers, parseCriteria(['gti<=PT4H', 'credit=true', 'minTarget>=99.5']))
// Every offer, passed or not, so that every name is printed.
const wholeCatalogue = filterOffers(offers, parseCriteria(['credit=true']))

describe('French comparison and catalogue of the presets read as French', () => {
  for (const format of FORMATS) {
    it(`the comparison of every preset in ${format}`, () => {
      expect(englishIn(renderComparison(frenchComparison, { format, lang: 'fr' }), format)).toEqual([])
    })
    it(`the catalogue of every preset in ${format}`, () => {
      expect(englishIn(renderCatalogue(catalogue, { format, lang: 'fr' }), format)).toEqual([])
      expect(englishIn(renderCatalogue(wholeCatalogue, { format, lang: 'fr' }), format)).toEqual([])
    })
    it(`every preset and the list of presets in ${format}`, () => {
      expect(englishIn(renderPresetList(presets.list(), { format, lang: 'fr' }), format)).toEqual([])
      for (const p of presets.list()) expect([p.id, englishIn(renderPreset(p, { format, lang: 'fr' }), format)]).toEqual([p.id, []])
    })
    it(`the same check finds English in the English comparison and catalogue in ${format} (it cannot pass vacuously)`, () => {
      expect(englishIn(renderComparison(comparison, { format, lang: 'en' }), format)).not.toEqual([])
      expect(englishIn(renderCatalogue(catalogue, { format, lang: 'en' }), format)).not.toEqual([])
      // The English names alone hold marker words, which the catalogue's English report shows: a French
      // report that kept them would be caught. A French comparison of the raw presets names them in French.
      expect(englishIn(renderCatalogue(wholeCatalogue, { format, lang: 'en' }), format).join()).toMatch(/two |single |legacy/)
      expect(englishIn(renderComparison(comparison, { format, lang: 'fr' }), format)).toEqual([])
    })
  }
})

describe('the project’s words about a preset in a French report', () => {
  it('a worded source date is French, a bare one stays, and English reports keep the English', () => {
    const json = (lang: 'fr' | 'en') =>
      new Map((JSON.parse(renderComparison(comparison, { format: 'json', lang })) as { offers: { id: string; source: { date?: string } | null }[] }).offers.map((x) => [x.id, x.source?.date]))
    const fr = json('fr')
    const en = json('en')
    expect(fr.get('gcp-compute-single')).toBe('page actuelle, table du niveau Premium (la séparation des instances uniques par famille de machines apparaît dans la version du 29\u00a0août\u00a02023)')
    expect(en.get('gcp-compute-single')).toBe('current page, Premium Tier table (the single-instance split by machine family appears in the version of 29 August 2023)')
    expect(fr.get('ovh-us-kms-2024')).toBe('2024 (en vigueur le 6\u00a0mars\u00a02024)')
    expect(fr.get('hetzner-cloud')).toBe('page actuelle (non datée)')
    expect(fr.get('exoscale-2016')).toBe('2016-04-01')
    // Every date written in words (not a bare year or day) has its French version.
    const worded = presets.list().filter((p) => p.source.date !== undefined && !/^\d{4}(-\d\d-\d\d)?$/.test(p.source.date))
    expect(worded.length).toBeGreaterThan(10)
    for (const p of worded) expect([p.id, withSourceTexts(p, 'fr').source.date]).not.toEqual([p.id, p.source.date])
    for (const p of presets.list()) expect(withSourceTexts(p, 'en').source.date).toBe(p.source.date)
  })

  it('a source title with the project’s words in it is French, a document’s own title stays', () => {
    const fr = withSourceTexts(presets.byId('ovh-vps-2016-value'), 'fr').source.title
    expect(fr).toBe('OVH, conditions particulières VPS (2016), citées dans le fil du forum des CHATONS «\u00a0Taxonomie des CHATONS & GT MATOU\u00a0»')
    expect(withSourceTexts(presets.byId('ovh-vps-2016-value'), 'en').source.title).toBe(presets.byId('ovh-vps-2016-value').source.title)
    expect(withSourceTexts(presets.byId('hetzner-cloud'), 'fr').source.title).toBe(presets.byId('hetzner-cloud').source.title)
    const json = JSON.parse(renderComparison(comparison, { format: 'json', lang: 'fr' })) as { offers: { id: string; source: { title: string } | null }[] }
    expect(json.offers.find((x) => x.id === 'arcep-ftth-gtr-10h')?.source?.title).toBe('ARCEP, décision n° 2020-1432 du 8 décembre 2020 (notification sur l’accès de gros FttH, qualité de service)')
  })

  it('the claim of a preset offer is explained in French, the provider’s French claim as written', () => {
    const text = renderComparison(comparison, { format: 'text', lang: 'fr' })
    expect(text).toContain('À réclamer (dans les 60 jours), sous 60\u00a0jours\u00a0: une demande au support Google Cloud\u00a0; la bibliothèque')
    expect(text).toContain('À réclamer (avant la fin du deuxième cycle de facturation après l’incident)\u00a0: un dossier au support avec «\u00a0SLA Credit Request\u00a0» en objet')
    expect(text).toContain('À réclamer (dans un délai de trois (3) mois maximum suivant le jour où le Client constate l’indisponibilité')
    // « de » elides before a vowel, not before a consonant.
    expect(text).toContain('Conditions d’AWS EC2, au niveau de l’instance (2022)\u00a0: vérifié')
    expect(text).toContain('Conditions d’OVH VPS STARTER (2016)\u00a0: NON vérifié')
    expect(text).toContain('Conditions de Google Compute Engine, instance unique\u00a0: vérifié en partie')
    expect(renderComparison(frenchComparison, { format: 'text', lang: 'fr' })).toContain('Conditions de Google Compute Engine, instance unique\u00a0: vérifié en partie')
    expect(frenchClaimText('within 60 days')).toBe('dans les 60 jours')
    expect(frenchClaimText('sous huit jours, par courriel')).toBe('sous huit jours, par courriel')
    // Every English claim text of a preset has its French.
    for (const p of presets.list())
      if (p.source.language !== 'fr') for (const t of [p.claim?.window, p.claim?.procedure]) if (t !== undefined) expect([p.id, frenchClaimText(t)]).not.toEqual([p.id, t])
  })
})

describe('the presets’ names in French', () => {
  it('every preset has a French name, which starts with the word an offer takes as its provider', () => {
    for (const p of presets.list()) {
      const fr = (presetFrench as Record<string, { name?: string } | undefined>)[p.id]?.name
      expect([p.id, typeof fr]).toEqual([p.id, 'string'])
      expect([p.id, offerFromPreset({ ...p, name: fr ?? '' }, fee).provider]).toEqual([p.id, offerFromPreset(p, fee).provider])
      expect(withSourceTexts(p, 'fr').name).toBe(fr)
      expect(withSourceTexts(p, 'en').name).toBe(p.name)
      expect(frenchPresetName(p.name)).toBe(fr)
    }
    expect(withSourceTexts(presets.byId('azure-vm-zones'), 'fr').name).toBe('Azure Virtual Machines, deux instances ou plus réparties entre zones de disponibilité')
    // A name no preset has, an offer's own, stays as it is.
    expect(frenchPresetName('Association Exemple, VPS')).toBe('Association Exemple, VPS')
  })

  it('a French catalogue names an offer made from a preset in French, an English one in English', () => {
    const json = (lang: 'fr' | 'en') => (JSON.parse(renderCatalogue(wholeCatalogue, { format: 'json', lang })) as { offers: { id: string; name: string }[] }).offers
    expect(json('fr').find((x) => x.id === 'hetzner-cloud')?.name).toBe('Hetzner Cloud, serveurs')
    expect(json('en').find((x) => x.id === 'hetzner-cloud')?.name).toBe('Hetzner Cloud servers')
    expect(renderCatalogue(wholeCatalogue, { format: 'text', lang: 'fr', width: 400 })).toContain('Google Compute Engine, instance unique')
  })
})
