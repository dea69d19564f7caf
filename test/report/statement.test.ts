import { describe, expect, it } from 'vitest'
import { Decimal, InputError } from '../../src/index.js'
import { renderStatement, type StatementJson } from '../../src/report/index.js'
import { addresses, CUR, GROUP, gtiCommitment, gtiStatement, OUTSIDE_REFERENCES, PCT, starterStatement } from './fixtures.js'

// The report puts a no-break space between a figure and its unit; Intl's fr-FR puts its own spaces
// before % and € and between thousands (PCT, CUR, GROUP).
const NBSP = '\u00a0'

const statement = starterStatement()
const counted = (s = statement) => s.elements.reduce((n, e) => n + e.availability.contributions.filter((c) => c.status === 'counted').length, 0)

/** The lines of the first table of a text report (header, rule, rows). */
function firstTable(text: string): string[] {
  const lines = text.split('\n')
  const rule = lines.findIndex((l) => /^-+( +-+)+$/.test(l))
  const end = lines.indexOf('', rule)
  return lines.slice(rule - 1, end)
}

describe('renderStatement, text', () => {
  it('writes the French table with decimal commas, French labels and exact figures', () => {
    const text = renderStatement(statement, { format: 'text', lang: 'fr' })
    expect(text).toContain('Relevé de disponibilité — mars 2026')
    expect(text).toContain('Taux de disponibilité')
    expect(text).toContain('Indisponibilité')
    expect(text).toContain('Palier')
    const table = firstTable(text)
    const row = table.find((l) => l.startsWith('vps-1 '))!
    expect(row).toContain(`99,4616${PCT}%`)
    expect(row).toContain(`4${NBSP}h`)
    expect(row).toContain(`≥${NBSP}99,0${PCT}% et <${NBSP}99,5${PCT}%`)
    expect(row).toContain(`9,99${CUR}€`)
    expect(row).toContain(`10${PCT}%`)
    expect(row).toContain(`1,00${CUR}€`)
    // Thousands grouped, money exact: 10 % of 1 234,50 € is 123,45 €.
    expect(table.find((l) => l.startsWith('vps-<3>'))).toContain(`1${GROUP}234,50${CUR}€`)
    expect(table.find((l) => l.startsWith('vps-2'))).toContain(`1${NBSP}h 30${NBSP}min`)
    expect(text).toContain(`124,95${CUR}€`) // total credits
  })

  it('aligns the columns: numbers end in the same column, text starts in the same column', () => {
    const table = firstTable(renderStatement(statement, { format: 'text', lang: 'fr' }))
    expect(table).toHaveLength(2 + statement.elements.length)
    const header = table[0]!
    // The availability column is right-aligned: each row's figure ends where the header ends.
    const end = header.indexOf('Taux de disponibilité') + 'Taux de disponibilité'.length
    for (const row of table.slice(2)) expect(row.slice(0, end)).toMatch(/%$/)
    // The band column is left-aligned.
    const bandAt = header.indexOf('Palier')
    for (const row of table.slice(2)) expect(row.slice(bandAt)).toMatch(/^(≥|—|aucun)/)
  })

  it('follows the table with each explained element: incidents with their reasons, the arithmetic, the credit', () => {
    const text = renderStatement(statement, { format: 'text', lang: 'fr' })
    const trail = text.slice(text.indexOf('Explications'))
    expect(trail).toContain('» vps-1')
    expect(trail).toContain('» vps-2')
    // An element without incident or credit has nothing to explain.
    expect(trail).not.toContain('web|db')
    expect(trail).toContain(`fire (panne, imprévu), du 10/03/2026 11:00 au 10/03/2026 15:00${NBSP}: compté — panne de 4${NBSP}h dans la période`)
    expect(trail).toContain(`cause «${NBSP}du fait du client${NBSP}» exclue`)
    expect(trail).toContain(`«${NBSP}performances dégradées${NBSP}» compte pour 0`)
    expect(trail).toContain('le reste chevauchant d’autres incidents')
    expect(trail).toContain(
      `Taux de disponibilité = (2${GROUP}674${GROUP}800${GROUP}000 − 14${GROUP}400${GROUP}000) / 2${GROUP}674${GROUP}800${GROUP}000 × 100 = 99,4616419919${PCT}%.`,
    )
    expect(trail).toContain(`Crédit = 9,99${CUR}€ × 10${PCT}% = 0,999${CUR}€, arrondi au plus proche (moitié vers le haut) à 1,00${CUR}€.`)
    expect(trail).toContain('le crédit est le seul dédommagement')
    // No English sentence of the library in a French text report.
    expect(text).not.toMatch(/Availability =|is in band|counted as available/)
  })

  it('writes English with en-GB figures', () => {
    const text = renderStatement(statement, { format: 'text', lang: 'en' })
    const row = firstTable(text).find((l) => l.startsWith('vps-1 '))!
    expect(row).toContain('99.4616%')
    expect(row).toContain('€1.00')
    expect(row).toContain(`≥${NBSP}99.0% and <${NBSP}99.5%`)
    expect(text).toContain('€1,234.50')
    expect(text).toContain('Availability = (2,674,800,000 − 14,400,000) / 2,674,800,000 × 100 = 99.4616419919%.')
    expect(text).toContain('from 10/03/2026, 11:00 to 10/03/2026, 15:00')
  })

  it('is the same text whatever the default language: English', () => {
    expect(renderStatement(statement, { format: 'text' })).toBe(renderStatement(statement, { format: 'text', lang: 'en' }))
  })

  it('colours only when asked', () => {
    expect(renderStatement(statement, { format: 'text', lang: 'fr' })).not.toContain('\u001b[')
    const coloured = renderStatement(statement, { format: 'text', lang: 'fr', color: true })
    expect(coloured).toContain('\u001b[')
    // Colours do not move the columns.
    const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '')
    expect(plain(coloured)).toBe(renderStatement(statement, { format: 'text', lang: 'fr' }))
  })

  it('shows dates in the zone asked for, and in the period’s zone by default', () => {
    const ny = renderStatement(statement, { format: 'text', lang: 'fr', timeZone: 'America/New_York' })
    // 10:00Z on 10 March 2026: 06:00 in New York (summer time since 8 March), 11:00 in Paris.
    expect(ny).toContain('du 10/03/2026 06:00 au 10/03/2026 10:00')
    expect(ny).toContain('Heures affichées en\u00a0: America/New_York')
    expect(renderStatement(statement, { format: 'text', lang: 'fr' })).toContain('du 10/03/2026 11:00 au 10/03/2026 15:00')
    // The month is still March in Paris.
    expect(ny).toContain('mars 2026')
  })

  it('adds GTI columns and rebuilds each outcome in French', () => {
    const s = gtiStatement()
    const text = renderStatement(s, { format: 'text', lang: 'fr' })
    const table = firstTable(text)
    expect(table[0]).toMatch(/GTI$/) // no GTR column: the commitment has none
    expect(table.find((l) => l.startsWith('mail'))).toContain('1 respectée, 1 non respectée')
    expect(text).toContain('GTI respectée pour met')
    expect(text).toContain(
      `GTI non respectée pour late${NBSP}: délai démarré le 12/03/2026 16:00 (signalement), échéance le 13/03/2026 11:00${NBSP}; intervention le 13/03/2026 15:30, avec 4${NBSP}h 30${NBSP}min de retard en temps couvert`,
    )
    expect(text).toContain(`Pénalité${NBSP}: 35${PCT}% du montant mensuel.`)
    expect(text).toContain('GTI sans objet pour maint (panne, maintenance).')
    expect(text).toContain(`GTI non respectée 1${NBSP}fois → pénalité de 35${PCT}% du montant mensuel.`)
    expect(text).toContain(`Les parts s’additionnent${NBSP}: 55${PCT}%.`)
    expect(text).toContain(`11,00${CUR}€`)
  })
})

describe('renderStatement, markdown', () => {
  const md = renderStatement(statement, { format: 'markdown', lang: 'fr' })

  it('writes GitHub tables with numbers right-aligned and | escaped in cells', () => {
    expect(md).toContain('| Élément | Taux de disponibilité | Indisponibilité | Temps exclu | Palier | Montant mensuel | Crédit | Montant du crédit |')
    expect(md).toContain('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |')
    expect(md).toContain(`| web\\|db | 100,0000${PCT}% |`)
    expect(md).toContain(`**1,00${CUR}€**`)
    // Every row of a table has as many cells as its header.
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length - 2
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const [header, ...rows] = table.split('\n')
      for (const row of rows) expect(cells(row)).toBe(cells(header!))
    }
    expect(cells(md.split('\n').find((l) => l.startsWith('| Élément'))!)).toBe(8)
  })

  it('links each explained element to its heading, and escapes Markdown in text', () => {
    expect(md).toContain('[vps-1](#vps-1)')
    expect(md).toContain('### vps-1')
    expect(md).toContain('[vps-\\<3\\>](#vps-3)')
    expect(md).toContain('### vps-\\<3\\>')
    expect(md).toContain('oops\\|pipe')
    expect(md).toContain('#### Incidents')
  })

  it('writes English too', () => {
    const en = renderStatement(statement, { format: 'markdown', lang: 'en' })
    expect(en).toContain('| [vps-1](#vps-1) | 99.4616% | 4\u00a0h | — |')
    expect(en).toContain('**€1.00**')
  })
})

describe('renderStatement, html', () => {
  const html = renderStatement(statement, { format: 'html', lang: 'fr' })

  it('is one self-contained page: no script, no stylesheet, font or image from elsewhere, no address at all', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('<style>')
    expect(html).toContain('@media print')
    for (const pattern of OUTSIDE_REFERENCES) expect(html).not.toMatch(pattern)
    expect(addresses(html).all).toEqual([])
  })

  it('draws one class="incident" rect per counted contribution, with data-incident and a tooltip', () => {
    const rects = [...html.matchAll(/<rect class="incident" data-incident="([^"]*)"[^>]*><title>([^<]*)<\/title><\/rect>/g)]
    expect(rects).toHaveLength(counted())
    expect(html.match(/class="incident"/g)).toHaveLength(counted())
    expect(rects.map((r) => r[1])).toEqual(['fire', 'fire', 'disk', 'disk-2', 'fire'])
    expect(rects[0]![2]).toContain('compté — panne de 4')
    // Excluded time is drawn hatched, not as an incident.
    expect(html).toMatch(/<rect class="excluded" data-incident="oops\|pipe"[^>]*fill="url\(#hatch--vps-2\)"/)
    // And the band edges of the preset on the scale.
    expect(html).toContain(`>99,0${PCT}%</text>`)
    expect(html).toContain(`>99,5${PCT}%</text>`)
  })

  it('links each row to its explanation, and escapes every name', () => {
    // The anchor is the element's own name, not its row: a link to #vps-2 holds next month.
    for (const name of ['vps-1', 'vps-2']) {
      expect(html).toContain(`<a href="#${name}">${name}</a>`)
      expect(html).toContain(`<h3 id="${name}">${name}</h3>`)
    }
    expect(html).toContain('<a href="#vps-3">vps-&lt;3&gt;</a>')
    expect(html).not.toContain('vps-<3>')
    // The element without incident is not linked.
    expect(html).toContain('<td>web|db</td>')
  })

  it('explains in the report’s language only: no block of the library’s English sentences', () => {
    expect(html).not.toContain('<details>')
    expect(html).not.toContain('Availability = (2,674,800,000')
    expect(html).toMatch(/<li>Taux de disponibilité = \(2.674.800.000 − 14.400.000\) \/ 2.674.800.000 × 100 = 99,4616419919.%\.<\/li>/)
  })

  it('writes English, with the lang attribute', () => {
    const en = renderStatement(statement, { format: 'html', lang: 'en' })
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('<strong>€1.00</strong>')
  })

  it('draws the whole band table of the commitment given, and charts at most maxCharts elements', () => {
    const s = gtiStatement()
    const without = renderStatement(s, { format: 'html', lang: 'fr' })
    expect(without).toContain('Seuls les paliers appliqués pendant la période sont tracés.')
    const full = renderStatement(s, { format: 'html', lang: 'fr', commitment: gtiCommitment })
    expect(full).not.toContain('Seuls les paliers appliqués')
    expect(full).toContain(`>99,9${PCT}%</text>`)
    const none = renderStatement(statement, { format: 'html', lang: 'fr', maxCharts: 1 })
    expect(none.match(/<svg/g)).toHaveLength(1)
    expect(none).toContain('Graphiques tracés pour les 1 premiers des 3 éléments expliqués.')
  })
})

describe('renderStatement, json', () => {
  const json = renderStatement(statement, { format: 'json', lang: 'fr' })
  const doc = JSON.parse(json) as StatementJson

  it('is tagged and versioned, with every Decimal as a string', () => {
    expect(doc.format).toBe('matou.statement/1')
    expect(doc.lang).toBe('fr')
    expect(doc.timeZone).toBe('Europe/Paris')
    expect(doc.period).toEqual({ label: '2026-03', start: '2026-02-28T23:00:00.000Z', end: '2026-03-31T22:00:00.000Z', timeZone: 'Europe/Paris', durationMs: 2_674_800_000 })
    const e = doc.elements[0]!
    expect(e.availability.percent).toBe(statement.elements[0]!.availability.availability.toFixed())
    expect(e.availability.percent.startsWith('99.46164199192462')).toBe(true)
    expect(e.credit.amount).toBe('1.00')
    expect(e.credit.exactAmount).toBe('0.999')
    expect(e.credit.percent).toBe('10')
    expect(e.band?.label).toBe('>= 99.0 and < 99.5')
    expect(e.band?.text).toBe(`≥${NBSP}99,0${PCT}% et <${NBSP}99,5${PCT}%`)
    expect(doc.totals).toEqual([{ currency: 'EUR', elements: 4, fees: '1254.48', credits: '124.95', credited: 3 }])
    expect(doc.guaranteeStats).toBeNull()
    expect(JSON.stringify(doc)).not.toMatch(/"\d+(\.\d+)?e[+-]?\d+"/) // no exponent form
  })

  it('round-trips: the strings read back as the exact Decimals', () => {
    doc.elements.forEach((e, i) => {
      const src = statement.elements[i]!
      expect(new Decimal(e.availability.percent).eq(src.availability.availability)).toBe(true)
      expect(new Decimal(e.availability.downtimeMs).eq(src.availability.downtime)).toBe(true)
      expect(new Decimal(e.credit.amount!).eq(src.credit.amount)).toBe(true)
      expect(e.availability.contributions.map((c) => [c.id, c.status, c.countedMs])).toEqual(src.availability.contributions.map((c) => [c.id ?? null, c.status, c.countedMs]))
    })
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc)
  })

  it('writes the library’s sentences in the report’s language, and keeps them as the library wrote them in English', () => {
    const e = doc.elements[1]!
    // The same steps, in French: the formula's last line, then the credit's first.
    expect(e.availability.explanation.at(-1)?.replace(/\s/g, ' ')).toBe('Taux de disponibilité = (2 674 800 000 − 25 200 000) / 2 674 800 000 × 100 = 99,0578734859 %.')
    expect(e.availability.explanation.at(-1)).toBe(e.trail.availability.at(-1))
    expect(e.credit.explanation).toEqual(e.trail.credit)
    expect(e.availability.contributions.map((c) => c.reason).join(' ')).not.toMatch(/\b(outage|counted|excluded|in the period)\b/)
    const en = (JSON.parse(renderStatement(starterStatement(), { format: 'json', lang: 'en' })) as StatementJson).elements[1]!
    expect(en.availability.explanation).toEqual([...statement.elements[1]!.availability.explanation])
    expect(en.credit.explanation).toEqual([...statement.elements[1]!.credit.explanation])
    expect(en.availability.contributions.map((c) => c.reason)).toEqual(statement.elements[1]!.availability.contributions.map((c) => c.reason))
    expect(e.trail.credit[0]).toContain('99,0578734859')
    expect(e.availability.contributions.find((c) => c.id === 'oops|pipe')?.text).toContain('exclu')
  })

  it('has a stable shape: every key present, in the documented order, the same from run to run', () => {
    expect(renderStatement(starterStatement(), { format: 'json', lang: 'fr' })).toBe(json)
    expect(Object.keys(doc)).toEqual(['format', 'lang', 'timeZone', 'period', 'commitmentId', 'asOf', 'elements', 'totals', 'guaranteeStats', 'unbilledElements', 'unpriced', 'warnings'])
    expect(Object.keys(doc.elements[0]!)).toEqual(['element', 'name', 'service', 'fee', 'feeSource', 'availability', 'band', 'credit', 'guarantees', 'trail'])
    expect(Object.keys(doc.elements[3]!.availability)).toEqual(Object.keys(doc.elements[0]!.availability))
    expect(doc.elements[3]!.band).toBeNull()
  })

  it('writes the GTI outcomes with their fields and sentences', () => {
    const g = JSON.parse(renderStatement(gtiStatement(), { format: 'json', lang: 'en' })) as StatementJson
    const late = g.elements[0]!.guarantees.find((x) => x.id === 'late')!
    expect(late.gti).toMatchObject({ kind: 'gti', status: 'breached', deadline: '2026-03-13T10:00:00.000Z', lateBusinessMs: 16_200_000, penaltyPercent: '35' })
    expect(late.gti!.text).toContain('GTI breached for late')
    expect(late.gtr).toBeNull()
    expect(g.guaranteeStats?.gti?.withinPercent).toBe('50')
  })
})

describe('renderStatement options', () => {
  it('lists every problem of the options at once', () => {
    try {
      renderStatement(statement, { format: 'pdf' as never, lang: 'de' as never, timeZone: 'Mars/Olympus', color: 'yes' as never, maxCharts: -1, offer: 3 as never })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['format', 'lang', 'timeZone', 'color', 'maxCharts', 'offer'])
    }
  })

  it('writes the GTI statistics rounded as a person writes them, covered hours and elapsed time named', () => {
    const text = renderStatement(gtiStatement(), { format: 'text', lang: 'fr', width: 300 }).replace(/[\u00a0\u202f]/g, ' ')
    // "met": reported Tue 10:10, handled 11:00 → 50 min, covered and elapsed alike. "late": reported Thu 16:00,
    // handled Fri 15:30 → covered 2 h (Thu 16–18) + 6 h 30 (Fri 9–15:30) = 8 h 30, elapsed 23 h 30.
    // Covered mean (50 + 510) / 2 = 280 min = 4 h 40; elapsed mean (50 + 1410) / 2 = 730 min = 12 h 10;
    // the 90th percentile of two is the larger (nearest rank ⌈0.9 × 2⌉ = 2).
    // Three incidents: "met" and "late" judged, "maint" (scheduled maintenance) not, as the compliance table counts it.
    expect(text).toContain(
      '- GTI : 3 incidents, 1 respectée, 1 non respectée, 0 en attente, 1 non jugée (sans objet) ; 50 % dans les délais ; délai d’intervention en heures couvertes : moyenne 4 h 40, 90e centile 8 h 30 (en temps écoulé : moyenne 12 h 10, 90e centile 23 h 30).',
    )
  })

  it('heads every printed page with the period and the offer', () => {
    const head = (html: string) => html.match(/@page\{@top-left\{content:("[^"]*")/)?.[1]
    expect(head(renderStatement(statement, { format: 'html', lang: 'fr', offer: 'OVH, VPS Starter' }))).toBe('"Relevé de disponibilité — mars 2026 · OVH, VPS Starter"')
    // Without it, the statement's commitment id names the terms.
    expect(head(renderStatement(statement, { format: 'html', lang: 'fr' }))).toBe(`"Relevé de disponibilité — mars 2026 · ${statement.commitmentId}"`)
  })
})

describe('renderStatement on a preset\'s terms', () => {
  it('says how sure the terms are, in both languages', async () => {
    const { presets } = await import('../../src/index.js')
    const commitment = presets.ovhVps2016.starter
    const en = renderStatement(statement, { format: 'text', lang: 'en', commitment })
    const fr = renderStatement(statement, { format: 'text', lang: 'fr', commitment })
    expect(en).toContain('Terms of OVH VPS STARTER (2016): NOT verified')
    expect(fr).toContain(`Conditions d’OVH VPS STARTER (2016)${NBSP}: NON vérifié`)
    // Without the commitment the report cannot know, and says nothing.
    expect(renderStatement(statement, { format: 'text', lang: 'en' })).not.toContain('Terms of')
  })
})
