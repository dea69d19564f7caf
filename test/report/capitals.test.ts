import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseClientList } from '../../src/io/index.js'
import { readYaml } from '../../src/io/yaml.js'
import { atRiskList, compareOffers, guaranteeCompliance, monthlyStatement, monthPeriod, offerFromPreset, parseOffer, presets, standardScenarios } from '../../src/index.js'
import { renderAtRisk, renderComparison, renderCompliance, renderStatement } from '../../src/report/index.js'

// A French report's sentences start with a capital, as a person writes them ("Avril 2026 ; …", not
// "avril 2026 ; …"). What may come first instead: a figure, a quotation mark or a sign that opens a
// figure, or a name the user chose (an element, an incident, an offer, a file), written as given.

const examples = new URL('../../examples/', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, examples), 'utf8')
const coop = parseOffer(readYaml(read('offers/chatons-coop.yaml'), 'chatons-coop.yaml').document as never)
const incidents = JSON.parse(read('data/incidents-2026-03.json')) as { id: string; elements?: string[] }[]
const clients = parseClientList(read('data/clients-2026-03.csv'), { format: 'csv' }).clients
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const may = monthPeriod({ year: 2026, month: 5, timeZone: 'Europe/Paris' })
const starter = offerFromPreset(presets.byId('ovh-vps-2016-starter'), { amount: '12', currency: 'EUR' })

// An office-hours GTI with tickets still open at 17:00 on Wednesday 13 May 2026, one late, for the at-risk list.
const office = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' } as const
const desk = { timeZone: 'Europe/Paris', gti: { within: 'PT4H', calendar: office, pauseOn: ['waiting-customer'] } } as const
const tickets = [
  { id: 'A', start: '2026-05-13T10:00:00+02:00', reportedAt: '2026-05-13T10:00:00+02:00', priority: 'P2' },
  { id: 'B', start: '2026-05-13T16:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00' },
  { id: 'C', start: '2026-05-13T15:00:00+02:00', reportedAt: '2026-05-13T15:00:00+02:00', statusHistory: [{ at: '2026-05-13T15:30:00+02:00', status: 'waiting-customer' }] },
]

/** The names a report writes as the user gave them, longest first so that none is cut by a shorter one. */
const NAMES = [
  ...incidents.map((x) => x.id),
  ...standardScenarios().flatMap((s) => s.incidents.flatMap((x) => (x.id === undefined ? [] : [String(x.id)]))),
  ...incidents.flatMap((x) => x.elements ?? []),
  ...clients.map((c) => c.id),
  coop.id,
  starter.id,
  'incidents-2026-03.json',
].sort((a, b) => b.length - a.length)

/** A sentence may open on a capital, a figure, a quotation mark, a parenthesis or a sign that opens a figure. */
const CAPITAL = /^[\p{Lu}\p{N}«"“(≥≤<>±−+—]/u

type Format = 'text' | 'markdown' | 'html'

function reports(format: Format): Record<string, string> {
  const options = { format, lang: 'fr' as const }
  const statement = monthlyStatement({ commitment: coop.commitment, period: march, incidents: incidents as never, elements: clients.map((c) => ({ ...c })), incidentsFile: 'incidents-2026-03.json' })
  const comparison = compareOffers({ offers: [coop, starter], scenarios: standardScenarios(), clientLossPerHour: '50' })
  const asOf = '2026-05-13T17:00:00+02:00'
  return {
    statement: renderStatement(statement, { ...options, commitment: coop.commitment }),
    'statement of one element': renderStatement(monthlyStatement({ commitment: coop.commitment, period: march, incidents: incidents as never, elements: [{ id: 'vps-david', fee: { amount: '24', currency: 'EUR' } }] }), { ...options, commitment: coop.commitment }),
    comparison: renderComparison(comparison, options),
    'at risk': renderAtRisk(atRiskList({ commitment: desk, incidents: tickets, asOf, escalations: [{ level: 'responsable', before: 'PT1H' }] }), { ...options, timeZone: 'Europe/Paris' }),
    'statement of office-hours tickets': renderStatement(
      monthlyStatement({ commitment: { ...desk, gti: { ...desk.gti, penalty: { perBreach: '10', perLate: { percent: '5', per: 'PT1H', clock: 'business' }, cap: '50' } } }, period: may, incidents: tickets.map((t) => ({ ...t, elements: ['vps-01'] })), asOf, elements: [{ id: 'vps-01', fee: { amount: '6', currency: 'EUR' } }] }),
      options,
    ),
    compliance: renderCompliance(guaranteeCompliance({ commitment: desk, incidents: tickets, asOf }), options),
    'compliance of a month': renderCompliance(guaranteeCompliance({ commitment: coop.commitment, incidents: incidents as never, asOf: '2026-04-01T00:00:00+02:00' }), options),
  }
}

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .trim()

/** The sentence-bearing pieces of a report: list items and paragraphs, never table cells or headings. */
function sentences(report: string, format: Format): string[] {
  if (format === 'html') {
    const body = report.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<svg[\s\S]*?<\/svg>/g, '')
    return [...body.matchAll(/<(li|p|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2]!.replace(/<(ul|ol)\b[\s\S]*$/, '')))
  }
  const out: string[] = []
  for (const block of report.split(/\n\s*\n/)) {
    const lines = block.split('\n')
    // A table (its rule under the header), a heading (its underline, or # in Markdown) or a sub-heading (») holds no sentence.
    if (lines.some((l) => /^\s*\|/.test(l) || /^-+( +-+)+$/.test(l) || /^[=-]+$/.test(l))) continue
    for (const line of lines) {
      if (/^(#|»)/.test(line) || line.trim() === '') continue
      // A wrapped line goes on from the one above it.
      if (/^\s/.test(line)) continue
      out.push(line.replace(/^- /, ''))
    }
  }
  return out.map((s) => (format === 'markdown' ? s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\*\*/g, '').replace(/\\(.)/g, '$1') : s))
}

/** Each sentence of a piece, the first and every one after a full stop. */
const eachSentence = (piece: string) => piece.split(/(?<=[.!?])\s+(?=\S)/).filter((s) => s.trim() !== '')

function lowerCaseStarts(report: string, format: Format): string[] {
  return sentences(report, format)
    .flatMap(eachSentence)
    .filter((s) => {
      const name = NAMES.find((n) => s.startsWith(n))
      // The path of a value in the input, as a warning names it (`incidents[0].elements`), is written as the input has it.
      return name === undefined && !CAPITAL.test(s) && !/^[a-z]\w*(\[\d+\])?(\.\w+(\[\d+\])?)+\s:/.test(s)
    })
}

describe('French reports start their sentences with a capital', () => {
  for (const format of ['text', 'markdown', 'html'] as const)
    it(`in ${format}`, () => {
      const found = Object.entries(reports(format)).flatMap(([kind, report]) => lowerCaseStarts(report, format).map((s) => `${kind}: ${s.slice(0, 120)}`))
      expect(found).toEqual([])
    })

  it('finds a sentence in lower case in each format (the check cannot pass vacuously)', () => {
    for (const format of ['text', 'markdown', 'html'] as const) {
      const report = reports(format).statement!
      // Every list item and paragraph of the statement seen, and one made lower case caught.
      expect(sentences(report, format).length).toBeGreaterThan(20)
      expect(lowerCaseStarts(report.replace('Crédit = ', 'crédit = '), format)).toEqual([expect.stringMatching(/^crédit = /)])
    }
  })
})
