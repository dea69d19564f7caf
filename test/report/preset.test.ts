import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { type PresetJson, type PresetListJson, renderPreset, renderPresetList } from '../../src/report/index.js'
import { addresses, OUTSIDE_REFERENCES, PCT } from './fixtures.js'
import { presetSource, withSourceTexts } from '../../src/offers/presets/sources/index.js'

const NBSP = '\u00a0'
const starter = presets.ovhVps2016.starter

describe('renderPreset', () => {
  it('writes the terms in French, the source, the flags, the clause as written and the notes', () => {
    const text = renderPreset(starter, { format: 'text', lang: 'fr' })
    expect(text).toContain('OVH VPS STARTER (2016)')
    expect(text).toContain(`Identifiant${NBSP}: ovh-vps-2016-starter`)
    expect(text).toContain(`≥${NBSP}99,0${PCT}% et <${NBSP}99,5${PCT}% → 10${PCT}%`)
    expect(text).toContain(`<${NBSP}99,0${PCT}% → 50${PCT}%`)
    expect(text).toContain('causes exclues\u00a0: du fait du client et force majeure')
    expect(text).toContain('Le crédit est le seul dédommagement')
    expect(text).toContain(`Date${NBSP}: 2016`)
    // A forum member's quotation of the contract, not OVH's own text.
    expect(text).toContain('NON vérifié')
    // Each item of the source list starts with a capital, as « Date : » beside it does; the clause's language is named.
    expect(text).toContain('- Historique\u00a0: n’est plus proposé')
    expect(text).toContain('- NON vérifié')
    expect(text).toContain('- Langue de la clause\u00a0: français')
    expect(renderPreset(presets.byId('hetzner-cloud'), { format: 'text', lang: 'fr' })).toContain('- Langue de la clause\u00a0: anglais\n- Vérifié en partie\u00a0: certains chiffres')
    expect(renderPreset(presets.byId('hetzner-cloud'), { format: 'text', lang: 'en' })).toContain('- Language of the clause: English\n- Partly verified: some figures')
    expect(text).toContain('  > Non-respect du taux de disponibilité : (a) VPS Gamme STARTER')
    // The notes in French, the English ones left to the English report.
    const french = withSourceTexts(starter, 'fr').source.notes ?? []
    expect(french[0]).toMatch(/^Lecture\u00a0: la disponibilité se mesure sur le mois civil/)
    for (const note of french) expect(text).toContain(note)
    for (const note of presetSource(starter.id).notes ?? []) expect(text).not.toContain(note)
    const english = renderPreset(starter, { format: 'text', lang: 'en' })
    for (const note of presetSource(starter.id).notes ?? []) expect(english).toContain(note)
  })

  it('writes GTI and GTR with their calendars', () => {
    const fr = renderPreset(presets.historical.franceTelecomGtr2001, { format: 'text', lang: 'fr' })
    expect(fr).toMatch(/GTR\u00a0: sous 4\u00a0h, lun\.–sam\. 08:00-18:00 \(Europe\/Paris\), fermé les jours fériés\u00a0: FR/)
    const en = renderPreset(presets.alwaysdata.managedDedicated, { format: 'text', lang: 'en' })
    expect(en).toContain('GTI: within 15\u00a0min, round the clock (24/7); the clock starts at the report.')
    expect(en).toContain('No penalty: a breach is reported, no credit follows.')
    expect(en).toContain('No credit.')
  })

  it('writes Markdown with the clause as a quote, and HTML with the source as its only link', () => {
    const md = renderPreset(presets.aws.ec2Region, { format: 'markdown', lang: 'en' })
    expect(md).toContain('> Monthly Uptime Percentage is calculated')
    expect(md).toContain('[https://aws.amazon.com/compute/sla/](https://aws.amazon.com/compute/sla/)')
    const html = renderPreset(presets.aws.ec2Region, { format: 'html', lang: 'fr' })
    expect(html).toContain('<blockquote lang="en">')
    expect(html).toContain('<a href="https://aws.amazon.com/compute/sla/">https://aws.amazon.com/compute/sla/</a>')
    for (const pattern of OUTSIDE_REFERENCES) expect(html).not.toMatch(pattern)
  })

  it('writes JSON: the preset with its source in full, and its terms in words', () => {
    const doc = JSON.parse(renderPreset(starter, { format: 'json', lang: 'fr' })) as PresetJson
    expect(doc.format).toBe('matou.preset/1')
    expect(doc.preset).toEqual(JSON.parse(JSON.stringify(withSourceTexts(starter, 'fr'))))
    const en = JSON.parse(renderPreset(starter, { format: 'json', lang: 'en' })) as PresetJson
    expect(en.preset).toEqual(JSON.parse(JSON.stringify(withSourceTexts(starter))))
    expect(doc.terms).toContain(`  ≥${NBSP}99,0${PCT}% et <${NBSP}99,5${PCT}% → 10${PCT}%`)
  })
})

describe('renderPresetList', () => {
  const list = presets.list()

  it('lists every preset in a table linked to its description', () => {
    const md = renderPresetList(list, { format: 'markdown', lang: 'fr' })
    expect(md).toContain('| Modèle | Crédit | GTI / GTR | Date | Vérifié | Historique |')
    // Each preset under its French name.
    for (const p of list) expect(md).toContain(`## ${withSourceTexts(p, 'fr').name.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)}`)
    expect(md).toContain('## AWS EC2, au niveau de la région (2022)')
    expect(md).toContain('[OVH VPS STARTER (2016)](#ovh-vps-starter-2016)')
  })

  it('in HTML, has no address other than the presets’ sources, each inside <a href>', () => {
    const html = renderPresetList(list, { format: 'html', lang: 'fr' })
    for (const pattern of OUTSIDE_REFERENCES) expect(html).not.toMatch(pattern)
    const sources = list.map((p) => p.source.url).filter((u) => u !== undefined)
    // Addresses quoted in a preset's notes are links too.
    const inNotes = list.flatMap((p) => (withSourceTexts(p, 'fr').source.notes ?? []).flatMap((n) => [...n.matchAll(/https?:\/\/[^\s]+[^\s.,;:)]/g)].map((m) => m[0])))
    const urls = new Set([...sources, ...inNotes])
    const { inLinks } = addresses(html)
    expect(new Set(inLinks)).toEqual(urls)
    expect(inLinks.filter((u) => sources.includes(u)).length).toBeGreaterThan(5)
    // Once the links and their own text are taken out, no address is left.
    let rest = html
    for (const u of urls) rest = rest.split(`<a href="${u}">${u}</a>`).join('')
    expect(addresses(rest).all).toEqual([])
    // Unverified figures say so.
    expect(html).toContain('NON vérifié')
  })

  it('writes JSON in the list’s order', () => {
    const doc = JSON.parse(renderPresetList(list, { format: 'json', lang: 'en' })) as PresetListJson
    expect(doc.format).toBe('matou.presets/1')
    expect(doc.presets.map((p) => (p.preset as { id: string }).id)).toEqual(presets.ids())
  })

  it('writes every preset in every format and language', () => {
    for (const format of ['text', 'markdown', 'json', 'html'] as const)
      for (const lang of ['fr', 'en'] as const) expect(renderPresetList(list, { format, lang }).length).toBeGreaterThan(1000)
  })
})

describe('renderPreset of a preset measured while enough elements run', () => {
  it('says so in its terms, in English and French; the whole-month preset does not', () => {
    const inService = presets.azure.vmAvailabilitySetInService
    expect(renderPreset(inService, { format: 'text', lang: 'en' })).toContain('measured only while at least 2 elements run')
    expect(renderPreset(inService, { format: 'text', lang: 'fr' })).toContain('mesure limitée au temps où au moins 2 éléments fonctionnent')
    expect(renderPreset(presets.azure.vmAvailabilitySet, { format: 'text', lang: 'en' })).not.toContain('elements run')
  })
})
