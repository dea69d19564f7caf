import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { compareOffers, Decimal, offerFromPreset, parseOffer, presets } from '../../src/index.js'
import { type ComparisonJson, renderComparison } from '../../src/report/index.js'
import { addresses, CUR, GROUP, OUTSIDE_REFERENCES, PCT } from './fixtures.js'

const NBSP = '\u00a0'
const draft = parseOffer(parse(readFileSync(new URL('../../examples/offers/chatons-coop.yaml', import.meta.url), 'utf8')))
const fee = { amount: '12.00', currency: 'EUR' }
const starter = offerFromPreset(presets.ovhVps2016.starter, fee)
const value = offerFromPreset(presets.ovhVps2016.value, fee)
// Five standard scenarios in April 2026 (720 h), a loss of 200 € an hour for the client.
const cmp = compareOffers({ offers: [starter, value, draft], clientLossPerHour: '200' })

/** The block of a text report from a heading to the next blank-line-separated heading of the same kind. */
function scenario(text: string, heading: string): string {
  const start = text.indexOf(`» ${heading}`)
  const end = text.indexOf('\n» ', start + 1)
  return text.slice(start, end)
}

describe('renderComparison, text', () => {
  const fr = renderComparison(cmp, { format: 'text', lang: 'fr' })

  it('writes one table per scenario, with the French names of the standard scenarios', () => {
    expect(fr).toContain('Comparaison des offres')
    for (const name of ['Un mois ordinaire', 'Une panne de 4 heures', 'Une panne de 2 jours', 'Un incendie de centre de données', 'Signalé un vendredi soir'])
      expect(fr).toContain(`» ${name}`)
    expect(fr.match(/^Offre +Taux de disponibilité +Palier +Crédit +GTI +Compensation +Perte du client +Couverture$/gm)).toHaveLength(5)
  })

  it('gives the figures a person can recompute, and points out the best and worst cover', () => {
    // (720 − 4) / 720 = 99.4444 %: STARTER 10 % of 12 € = 1,20 €, VALUE 50 % = 6,00 €; loss 4 h × 200 € = 800 €.
    const s = scenario(fr, 'Une panne de 4 heures')
    expect(s).toContain(`le service du client est coupé ou perturbé pendant 4${NBSP}h, ce qui lui coûte 800,00${CUR}€ (200,00${CUR}€ de l’heure).`)
    const starterRow = s.split('\n').find((l) => l.startsWith('OVH VPS STARTER'))!
    expect(starterRow).toContain(`99,4444${PCT}%`)
    expect(starterRow).toContain(`≥${NBSP}99,0${PCT}% et <${NBSP}99,5${PCT}%`)
    expect(starterRow).toContain(`1,20${CUR}€`)
    expect(starterRow).toContain(`0,15${PCT}%`)
    expect(starterRow).toContain('non promise')
    expect(s.split('\n').find((l) => l.startsWith('VPS coopératif'))).toContain('respectée')
    expect(s).toContain(`Meilleure couverture${NBSP}: OVH VPS VALUE (2016), 6,00${CUR}€ (0,75${PCT}% des 800,00${CUR}€ perdus).`)
    expect(s).toContain(`La plus faible${NBSP}: VPS coopératif (draft), 0,00${CUR}€ (0${PCT}%).`)
    // Ties are named together; shares too small for two decimals keep two significant digits.
    const fire = scenario(fr, 'Un incendie de centre de données')
    expect(fire).toContain(`48${GROUP}000,00${CUR}€`)
    expect(fire).toContain(`OVH VPS STARTER (2016) et OVH VPS VALUE (2016), 6,00${CUR}€ (≈${NBSP}0,013${PCT}%`)
    expect(fr).toContain(`Toutes les offres donnent autant${NBSP}: 0,00${CUR}€`)
  })

  it('explains every cell after the tables', () => {
    const details = fr.slice(fr.indexOf('D’où vient chaque chiffre'))
    expect(details.match(/^» /gm)).toHaveLength(cmp.cells.length)
    expect(details).toContain('» Une panne de 4 heures · OVH VPS STARTER (2016)')
    expect(details).toContain(`Perte du client = 4${NBSP}h × 200,00${CUR}€ = 800,00${CUR}€.`)
    expect(details).toContain(`Couverture = 1,20${CUR}€ / 800,00${CUR}€ = 0,15${PCT}% de la perte.`)
    expect(details).toContain('GTI respectée pour l’incident')
  })

  it('writes English', () => {
    const en = renderComparison(cmp, { format: 'text', lang: 'en' })
    expect(en).toContain('» A 4-hour outage')
    expect(en).toContain('Best cover: OVH VPS VALUE (2016), €6.00 (0.75% of the €800.00 lost).')
    expect(en).toContain('Worst: VPS coopératif (draft), €0.00 (0%).')
  })

  it('ranks by compensation when no loss per hour is given', () => {
    const noLoss = compareOffers({ offers: [starter, value], scenarios: [cmp.scenarios[1]!].map((s) => ({ ...s, incidents: [{ id: 'x', start: '2026-04-21T10:00:00+02:00', end: '2026-04-21T14:00:00+02:00' }] })) })
    const text = renderComparison(noLoss, { format: 'text', lang: 'en' })
    expect(text).not.toContain('Client loss')
    expect(text).toContain('Best cover: OVH VPS VALUE (2016), €6.00.')
  })
})

describe('renderComparison, markdown', () => {
  it('writes GitHub tables, one per scenario, with links to each explanation', () => {
    const md = renderComparison(cmp, { format: 'markdown', lang: 'fr' })
    expect(md.match(/^\| Offre \| Taux de disponibilité \|/gm)).toHaveLength(5)
    expect(md).toContain('| --- | ---: | --- | ---: | --- | ---: | ---: | ---: |')
    expect(md).toContain('[OVH VPS STARTER (2016)](#une-panne-de-4-heures--ovh-vps-starter-2016)')
    expect(md).toContain('### Une panne de 4 heures · OVH VPS STARTER (2016)')
  })
})

describe('renderComparison, html', () => {
  const html = renderComparison(cmp, { format: 'html', lang: 'fr' })

  it('is self-contained', () => {
    for (const pattern of OUTSIDE_REFERENCES) expect(html).not.toMatch(pattern)
    expect(addresses(html).all).toEqual([])
  })

  it('draws compensation against the client’s loss for each scenario', () => {
    expect(html.match(/<rect class="bar-loss"/g)).toHaveLength(5)
    expect(html.match(/<rect class="bar-compensation"/g)).toHaveLength(15)
    expect(html).toContain(`<title>perte du client: 800,00${CUR}€</title>`)
    // Each offer cell links to its explanation.
    const links = [...html.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]!)
    expect(links).toHaveLength(15)
    // The anchor is the scenario and the offer, whatever their order in the comparison.
    expect(links).toContain('outage-4h-ovh-vps-2016-starter')
    for (const id of links) expect(html).toContain(`<h3 id="${id}">`)
  })
})

describe('renderComparison, json', () => {
  const doc = JSON.parse(renderComparison(cmp, { format: 'json', lang: 'fr' })) as ComparisonJson

  it('is tagged, with each cell’s figures as exact strings and the verdict per scenario', () => {
    expect(doc.format).toBe('matou.comparison/1')
    expect(doc.clientLossPerHour).toEqual({ amount: '200', currency: 'EUR' })
    expect(doc.cells).toHaveLength(15)
    const c = doc.cells.find((x) => x.scenario === 'outage-4h' && x.offer === 'ovh-vps-2016-starter')!
    expect(c).toMatchObject({ compensation: '1.20', clientLoss: '800.00', coverPercent: '0.15', clientDowntimeHours: '4', currency: 'EUR' })
    expect(c.band?.label).toBe('>= 99.0 and < 99.5')
    expect(new Decimal(c.availability.percent).eq(cmp.cell('outage-4h', 'ovh-vps-2016-starter')!.availability.availability)).toBe(true)
    const s = doc.scenarios.find((x) => x.id === 'outage-4h')!
    expect(s.best).toEqual(['ovh-vps-2016-value'])
    expect(s.worst).toEqual(['coop-vps-draft'])
    expect(s.summary[0]).toContain('Meilleure couverture')
    const d = doc.cells.find((x) => x.scenario === 'outage-4h' && x.offer === 'coop-vps-draft')!
    expect(d.gti).toMatchObject({ kind: 'gti', status: 'met', deadline: '2026-04-21T12:10:00.000Z' })
    expect(doc.offers.map((o) => o.id)).toEqual(['ovh-vps-2016-starter', 'ovh-vps-2016-value', 'coop-vps-draft'])
  })

  it('gives a preset offer’s notes in the report’s language, its quoted clause as written', () => {
    const notesOf = (lang: 'fr' | 'en') => {
      const d = JSON.parse(renderComparison(cmp, { format: 'json', lang })) as ComparisonJson
      return d.offers.find((o) => o.id === 'ovh-vps-2016-starter')!.source as { notes: string[]; clause: string }
    }
    const fr = notesOf('fr')
    const en = notesOf('en')
    expect(en.notes[0]).toMatch(/^Reading: /)
    expect(fr.notes[0]).toMatch(/^Lecture\u00a0: /)
    expect(fr.notes).toHaveLength(en.notes.length)
    expect(fr.clause).toBe(en.clause)
  })
})

describe('renderComparison of offers made from presets, in French', () => {
  // An offer made from a preset carries the preset's English name; a French reader gets the preset's
  // French name in every format, the way the catalogue and the command line give it.
  const gcp = offerFromPreset(presets.google.computeSingle, fee)
  const both = compareOffers({ offers: [gcp, starter] })
  const french = 'Google Compute Engine, instance unique'

  it('names the offer in French in the text, Markdown, HTML and JSON reports, and in English in English', () => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      const fr = renderComparison(both, { format, lang: 'fr' })
      expect(fr).toContain(french)
      expect(fr).not.toContain('single instance')
      expect(renderComparison(both, { format, lang: 'en' })).toContain('Google Compute Engine, single instance')
    }
    const json = JSON.parse(renderComparison(both, { format: 'json', lang: 'fr' })) as ComparisonJson
    expect(json.offers.map((x) => x.name)).toEqual([french, starter.name])
  })
})
