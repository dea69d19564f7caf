import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { markersIn, prose, type ProseFormat } from './prose.js'
import { parseClientList } from '../../src/io/index.js'
import { readYaml } from '../../src/io/yaml.js'
import { withSourceTexts } from '../../src/offers/presets/sources/index.js'
import { compareOffers, downtimeBudget, filterOffers, monthlyStatement, monthPeriod, offerFromPreset, parseCriteria, parseOffer, presets, standardScenarios } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { creditNotesCsv, messagesFor, renderBudget, renderCatalogue, renderComparison, renderPreset, renderPresetList, renderSimulation, renderStatement } from '../../src/report/index.js'

// Every report a CHATONS member can take from the bundled examples, in French, must read as French. What
// a report quotes is left as written: a contract's clause, a preset's source notes (the library's reading
// of an English contract, kept with its source), names and descriptions the user wrote in the offer.

const examples = new URL('../../examples/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, examples), 'utf8')
const offerFiles = [readYaml(read('offers/chatons-coop.yaml'), 'chatons-coop.yaml').document, readYaml(read('offers/asso-benevole.yaml'), 'asso-benevole.yaml').document]
const [coop, asso] = offerFiles.map((d) => parseOffer(d as never)) as [ReturnType<typeof parseOffer>, ReturnType<typeof parseOffer>]
const incidents = JSON.parse(read('data/incidents-2026-03.json'))
const clients = parseClientList(read('data/clients-2026-03.csv'), { format: 'csv' }).clients
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })

/** Words of English prose that French never writes with spaces around them. */
const MARKERS = [' the ', ' is ', ' within ', 'staff', 'holidays', ' log,', 'credit note', ' of ', ' and ', ' not ', ' with ', ' from ', ' per ', ' no ', ' counted', ' breached', ' month', ' line ', ' row ', 'skipped', ' are ', ' bytes', 'expected ', 'unexpected', 'neither', ' nor ', ' allowed', ' missing ', ' up to ', ' beyond ']

/** What the reports quote as written, not their own words. */
function quoted(): string[] {
  const out = new Set<string>()
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length > 3) out.add(v)
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  // Each preset with its source in full: the clauses and notes the reports join back from their entry.
  for (const p of presets.list()) walk(withSourceTexts(p))
  // A French note or source title quotes the provider's words as written, inside « » or straight quotes.
  for (const p of presets.list()) {
    const { notes, title } = withSourceTexts(p, 'fr').source
    for (const n of [...(notes ?? []), title]) walk([...n.matchAll(/«[^»]*»|"[^"]*"/g)].map((q) => q[0]))
  }
  for (const o of offerFiles) walk(o)
  // The longest first, so that a quotation is removed whole before any part of it.
  return [...out].sort((a, b) => b.length - a.length)
}
const QUOTED = quoted()

// `preset` is the preset as written; a band's `label` is the contract's bound as written.
const skipJson = (key: string) => ['preset', 'label'].includes(key)
const PROSE = { quoted: QUOTED, inlineTags: ['a', 'span', 'strong'], skipJson }

function englishIn(rendered: string, format: string): string[] {
  return markersIn(prose(rendered, format as ProseFormat, PROSE), MARKERS, 60)
}

type Lang = 'fr' | 'en'
const FORMATS = ['text', 'markdown', 'html', 'json'] as const

/** Every report kind, rendered in one language and format. */
function reports(lang: Lang, format: (typeof FORMATS)[number]): Record<string, string> {
  const options = { format, lang }
  const statement = monthlyStatement({ commitment: coop.commitment, period: march, incidents, elements: clients.map((c) => ({ ...c })), incidentsFile: 'incidents-2026-03.json' })
  const fee = { amount: '12', currency: 'EUR' }
  const starter = offerFromPreset(presets.byId('ovh-vps-2016-starter'), fee)
  const log = {
    id: 'incident-log',
    ...messagesFor(lang).comparison.logScenario({ month: '2026-03', element: 'vps-david', file: 'incidents-2026-03.json', mostIncidents: true }),
    month: '2026-03',
    incidents: incidents.filter((x: { elements?: string[] }) => !x.elements || x.elements.includes('vps-david')).map(({ elements: _, ...rest }: { elements?: string[] }) => rest),
  }
  const comparison = compareOffers({ offers: [coop, starter], scenarios: [log, ...standardScenarios()], clientLossPerHour: '50' })
  const criteria = parseCriteria(['structure=cooperative', 'salariedStaff=true', 'staff>=2', 'onCall=true', 'chatons=true', 'dataLocation=FR', 'gti<=PT4H', 'gtr=false', 'credit=true', 'minTarget>=99', 'fee<=20'])
  const out: Record<string, string> = {
    statement: renderStatement(statement, { ...options, commitment: coop.commitment }),
    comparison: renderComparison(comparison, options),
    budget: renderBudget(downtimeBudget({ commitment: starter.commitment, period: march }), options),
    'budget of an offer file': renderBudget(downtimeBudget({ commitment: coop.commitment, period: march }), options),
    preset: renderPreset(presets.byId('ovh-vps-2016-starter'), options),
    presets: renderPresetList(presets.list(), options),
    catalogue: renderCatalogue(filterOffers([coop, asso], criteria), options),
    simulation: renderSimulation(simulate({ offer: coop, clients: 10, months: 2, trials: 50, seed: 7, incidents: { rate: 0.1, duration: { type: 'exponential', mean: 'PT2H' }, correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT12H' } } } }), options),
  }
  if (format === 'text') out['credit notes'] = creditNotesCsv(statement, { lang, offer: coop })
  return out
}

describe('French reports read as French', () => {
  for (const format of FORMATS)
    it(`every report kind in ${format}`, () => {
      const found: string[] = []
      for (const [kind, text] of Object.entries(reports('fr', format))) for (const hit of englishIn(text, kind === 'credit notes' ? 'text' : format)) found.push(`${kind}: ${hit}`)
      expect(found).toEqual([])
    })

  for (const format of FORMATS)
    it(`the same check finds English in the English ${format} reports (it cannot pass vacuously)`, () => {
      // Each kind that writes prose in this format must trip the check in English.
      // In JSON, a simulation and the budget of an offer without bands hold figures and the library's notes only.
      const silent = Object.entries(reports('en', format))
        .filter(([kind]) => kind !== 'credit notes' && !(format === 'json' && (kind === 'simulation' || kind === 'budget of an offer file')))
        .filter(([kind, text]) => englishIn(text, format).length === 0)
        .map(([kind]) => kind)
      expect(silent).toEqual([])
    })

  it('the HTML statement has no block of the library’s English explanations', () => {
    const html = reports('fr', 'html').statement!
    expect(html).not.toContain('<details>')
    expect(html).not.toContain('anglais')
  })
})
