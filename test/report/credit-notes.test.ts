import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { monthlyStatement, parseOffer, presets } from '../../src/index.js'
import { creditNotesCsv } from '../../src/report/index.js'
import { presetSource } from '../../src/offers/presets/sources/index.js'

const starter = presets.ovhVps2016.starter // [99.0, 99.5) → 10 %, < 99.0 → 50 %
const EUR = (amount: string) => ({ amount, currency: 'EUR' })
const incidents = [
  { id: 'four', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z', elements: ['a', 'd'] }, // 4 h
  { id: 'eight', start: '2026-03-12T10:00:00Z', end: '2026-03-12T18:00:00Z', elements: ['b'] }, // 8 h
]
const statement = monthlyStatement({
  commitment: starter,
  month: '2026-03',
  incidents,
  elements: [
    { id: 'a', name: 'Alice', service: 'vps-s', fee: EUR('10') },
    { id: 'b', name: 'Bob; et fils', fee: EUR('12.00') },
    { id: 'c', name: 'Carol', fee: EUR('12.00') }, // no incident, no credit, no line
    { id: 'd', name: 'Dan' }, // fee unknown
  ],
})
const offer = parseOffer({ id: 'o', provider: 'p', name: 'n', services: [{ id: 'vps-s', fee: EUR('10') }], commitment: starter, claimWindow: { text: 'within 60 days', days: 60 } })

describe('creditNotesCsv', () => {
  it('writes one line per credited element, French: `;` and decimal comma', () => {
    const csv = creditNotesCsv(statement, { lang: 'fr', offer })
    const rows = parse(csv, { delimiter: ';' }) as string[][]
    expect(rows[0]).toEqual(['client', 'element', 'service', 'periode', 'montant_mensuel', 'disponibilite_pourcent', 'palier', 'credit_pourcent', 'montant_credit', 'devise', 'clause', 'date_limite_reclamation'])
    // Claim deadline: last day of March + 60 days = 31 March + 30 = 30 April, + 30 = 30 May.
    // a: 4 h of 743 h = 99.46164… % → cut to 99,4616 → 10 % of 10,00 = 1,00.
    expect(rows[1]!.filter((_, i) => i !== 6 && i !== 10)).toEqual(['Alice', 'a', 'vps-s', '2026-03', '10,00', '99,4616', '10', '1,00', 'EUR', '2026-05-30'])
    // b: 8 h of 743 h = 98.92328… % → 98,9232 → below 99 → 50 % of 12,00 = 6,00; its name holds the delimiter, so it is quoted.
    expect(rows[2]!.filter((_, i) => i !== 6 && i !== 10)).toEqual(['Bob; et fils', 'b', '', '2026-03', '12,00', '98,9232', '50', '6,00', 'EUR', '2026-05-30'])
    // d: 10 % of an unknown fee: the amount is left empty, not guessed.
    expect(rows[3]!.filter((_, i) => i !== 6 && i !== 10)).toEqual(['Dan', 'd', '', '2026-03', '', '99,4616', '10', '', '', '2026-05-30'])
    expect(rows).toHaveLength(4)
    // The band as the preset writes its bounds: 99.0 and 99.5.
    expect(rows[1]![6]).toBe('≥ 99,0 % et < 99,5 %')
    expect(rows[1]![10]).toBe(presetSource(starter.id).clause)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')[2]).toMatch(/^"Bob; et fils";b;/)
  })

  it('writes English with `,` and a decimal point, and no deadline without a claim window in days', () => {
    const rows = parse(creditNotesCsv(statement), { delimiter: ',' }) as string[][]
    expect(rows[0]![4]).toBe('fee')
    expect(rows[1]!.slice(0, 6)).toEqual(['Alice', 'a', 'vps-s', '2026-03', '10.00', '99.4616'])
    expect(rows[1]!.slice(7, 10)).toEqual(['10', '1.00', 'EUR'])
    // Without an offer, the clause comes from the preset the statement names.
    expect(rows[1]![10]).toBe(presetSource(starter.id).clause)
    expect(rows[1]![11]).toBe('')
  })

  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const names = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'plain']
    const s = monthlyStatement({
      commitment: starter,
      month: '2026-03',
      incidents: [{ start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z' }],
      elements: names.map((name, i) => ({ id: i === 0 ? '=e' : `e${i}`, name, fee: EUR('1.00') })),
    })
    const rows = parse(creditNotesCsv(s), { delimiter: ',' }) as string[][]
    expect(rows.slice(1).map((r) => r[0])).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'plain'])
    expect(rows[1]![1]).toBe("'=e")
  })

  it('refuses options that are not', () => {
    expect(() => creditNotesCsv(statement, { lang: 'de' as 'fr' })).toThrow(/lang: must be fr or en/)
  })
})
