import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import { gtiCommitment } from './fixtures.js'

// A warning of the report is a sentence: it starts with a capital and says where to look last, in
// parentheses. It started with the file and a lower-case JSON path ("incidents[1].elements : « ghost » est
// nommé…"), which a treasurer reads as noise before the sentence.

const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const statement = monthlyStatement({
  commitment: gtiCommitment,
  period: march,
  incidents: [
    // Neither reported nor detected: its GTI cannot start (not evaluable).
    { id: 'silent', start: '2026-03-24T10:00:00+01:00', end: '2026-03-24T10:30:00+01:00', elements: ['mail'] },
    // Names an element that is not billed.
    { id: 'disk', start: '2026-03-25T10:00:00+01:00', end: '2026-03-25T10:30:00+01:00', reportedAt: '2026-03-25T10:00:00+01:00', elements: ['ghost'] },
  ],
  elements: [{ id: 'mail', fee: { amount: '20.00', currency: 'EUR' } }, { id: 'web' }],
  incidentsFile: 'log.json',
  skipped: [{ file: 'log.csv', line: 3, reason: 'start: not a date' }],
})

/** The items of the report's warnings section, in text. */
function warnings(lang: 'fr' | 'en'): string[] {
  const text = renderStatement(statement, { format: 'text', lang, width: 300 }).replace(/[\u00a0\u202f]/g, ' ')
  const section = text.split(lang === 'fr' ? '\nAvertissements\n' : '\nWarnings\n')[1] ?? ''
  const list = section.split('\n\n')[1] ?? ''
  return list
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2))
}

describe('the warnings of a statement are sentences', () => {
  it('in French: each starts with a capital, the place last', () => {
    expect(warnings('fr')).toEqual([
      'Ligne écartée (log.csv:3) : start: not a date',
      'La GTI de silent ne peut pas être évaluée : l’incident n’a ni heure de signalement ni heure de détection, son délai ne peut pas démarrer (log.json incidents[0]). Elle n’est comptée ni respectée ni non respectée.',
      'L’élément « ghost » est nommé par disk mais n’est pas facturé : aucun crédit ne lui est compté (log.json incidents[1].elements).',
      'Un élément n’a pas de montant connu, le montant du crédit est donc inconnu : web.',
    ])
  })

  it('in English: each starts with a capital, the place last', () => {
    const lines = warnings('en')
    expect(lines).toHaveLength(4)
    expect(lines[2]).toBe('Element “ghost” is named by disk but is not billed: nothing is credited for it (log.json incidents[1].elements).')
    for (const l of lines) expect(l).toMatch(/^\p{Lu}/u)
  })
})

describe('the warnings point at the lines their incidents were read from', () => {
  it('names the file and the line a spreadsheet shows, in text and in JSON', () => {
    // silent is incident 0, read from line 4; disk is incident 1, from line 9.
    const text = renderStatement(statement, { format: 'text', lang: 'en', width: 300, incidentLines: [4, 9] })
    expect(text).toContain('neither reportedAt nor detectedAt starts its clock (log.json:4).')
    expect(text).toContain('nothing is credited for it (log.json:9 elements).')
    expect(text).not.toContain('incidents[')
    const json = JSON.parse(renderStatement(statement, { format: 'json', incidentLines: [4, 9] })) as { warnings: { kind: string; line?: number }[] }
    expect(json.warnings.map((w) => [w.kind, w.line])).toEqual([
      ['skipped-row', 3],
      ['not-evaluable', 4],
      ['unknown-element', 9],
      ['unknown-fee', undefined],
    ])
  })

  it('keeps the JSON path where a line is not known, and refuses lines that are not a list', () => {
    expect(renderStatement(statement, { format: 'text', lang: 'en', width: 300, incidentLines: [] })).toContain('(log.json incidents[0])')
    expect(() => renderStatement(statement, { format: 'text', incidentLines: 'line 4' as never })).toThrow(/incidentLines: must be a list of line numbers/)
  })
})
