/**
 * A treasurer's client list and a log kept in LibreOffice Calc or Excel, given to the command line as they
 * are: before, an `.ods` was read as CSV text (its ZIP bytes a header of one column) or as JSON, and the
 * error said neither what the file was nor what to do.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { odsFile, odsTable, odsText, xlsxFile } from '../io/spreadsheet-files.js'
import { run } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'matou-sheets-'))
function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples', 'data')
const month = ['--offer', 'ovh-vps-2016-value', '--incidents', join(EXAMPLES, 'incidents-2026-03.json'), '--month', '2026-03']

describe('a client list kept in a spreadsheet', () => {
  it('bills the clients of the bundled .ods as those of the CSV beside it, fee for fee', async () => {
    const ods = await run(['statement', ...month, '--clients', join(EXAMPLES, 'clients-2026-03.ods'), '--format', 'json'])
    const csv = await run(['statement', ...month, '--clients', join(EXAMPLES, 'clients-2026-03.csv'), '--format', 'json'])
    expect(ods.code).toBe(0)
    // The same warnings (the log names a client the list does not bill, vps-emma), none about the sheet.
    expect(ods.stderr).toBe(csv.stderr)
    const a = JSON.parse(ods.stdout)
    const b = JSON.parse(csv.stdout)
    // Five clients, 12,00 € for Anna, 9,50 € for Chloé (the sheet stores 12 and 9.5, in euros; the statement
    // writes a fee to the cent).
    expect(a.elements.map((e: { element: string; fee: { amount: string } }) => [e.element, e.fee.amount])).toEqual([
      ['vps-anna', '12.00'],
      ['vps-bruno', '12.00'],
      ['vps-chloe', '9.50'],
      ['vps-david', '24.00'],
      ['vps-gaby', '12.00'],
    ])
    // Everything else as from the CSV: names, services, availability, credits, totals.
    expect(a.elements).toEqual(b.elements)
    expect(a.totals).toEqual(b.totals)
  })

  it('names the sheet read when the file has others, in French too', async () => {
    const sheets = file('clients.xlsx', xlsxFile('<row r="1"><c r="A1" t="inlineStr"><is><t>element</t></is></c><c r="B1" t="inlineStr"><is><t>fee</t></is></c><c r="C1" t="inlineStr"><is><t>currency</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>vps-anna</t></is></c><c r="B2"><v>12</v></c><c r="C2" t="inlineStr"><is><t>EUR</t></is></c></row>', { sheets: ['Clients', 'Notes', 'Archives'] }))
    const en = await run(['statement', ...month, '--clients', sheets])
    expect(en.code).toBe(0)
    expect(en.stderr).toContain(`warning: ${sheets}: only its sheet "Clients" is read, the first one shown (the file has 3: "Clients", "Notes", "Archives")`)
    const fr = await run(['statement', ...month, '--clients', sheets, '--lang', 'fr'])
    expect(fr.stderr).toContain(`avertissement\u00a0: ${sheets}\u00a0: seule sa feuille «\u00a0Clients\u00a0» est lue, la première affichée (le fichier en a 3\u00a0: «\u00a0Clients\u00a0», «\u00a0Notes\u00a0», «\u00a0Archives\u00a0»)`)
  })
})

describe('a workbook whose first sheet is not the list', () => {
  const cell = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`
  const row = (r: number, ...cells: string[]) => `<row r="${r}">${cells.map(cell).join('')}</row>`

  it('reads the first sheet headed as a client list, or as a log, and says which', async () => {
    // One workbook: a summary first, then the clients, then the log; each reader finds its own sheet.
    const book = xlsxFile(row(1, 'Total', '12'), { sheets: ['Résumé', 'Clients', 'Journal'] })
    const files = unzipSync(book)
    files['xl/worksheets/sheet2.xml'] = strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, 'Élément', 'Tarif', 'Devise')}${row(2, 'vps-1', '9,99', 'EUR')}</sheetData></worksheet>`)
    files['xl/worksheets/sheet3.xml'] = strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${row(1, 'Début', 'Fin', 'Éléments')}${row(2, '2026-03-02T10:00:00', '2026-03-02T11:00:00', 'vps-1')}</sheetData></worksheet>`)
    const path = file('compta.xlsx', zipSync(files))
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--month', '2026-03', '--clients', path, '--incidents', path, '--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(`warning: ${path}: its sheet "Clients" is read, the first headed as a client list (an element column) (the file has 3: "Résumé", "Clients", "Journal")`)
    expect(r.stderr).toContain(`warning: ${path}: its sheet "Journal" is read, the first headed as an incident log (a start column) (the file has 3: "Résumé", "Clients", "Journal")`)
    const s = JSON.parse(r.stdout)
    // 1 h down on vps-1, billed 9.99 EUR: 10:00 to 11:00 in Paris.
    expect(s.elements.map((e: { element: string; fee: unknown }) => [e.element, e.fee])).toEqual([['vps-1', { amount: '9.99', currency: 'EUR' }]])
    expect(s.elements[0].availability.downtimeMs).toBe('3600000')
    const fr = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--month', '2026-03', '--clients', path, '--incidents', path, '--lang', 'fr'])
    expect(fr.stderr).toContain(`avertissement\u00a0: ${path}\u00a0: sa feuille «\u00a0Clients\u00a0» est lue, la première dont l’en-tête est celui d’une liste de clients (une colonne élément) (le fichier en a 3\u00a0: «\u00a0Résumé\u00a0», «\u00a0Clients\u00a0», «\u00a0Journal\u00a0»)`)
  })
})

describe('an incident log kept in a spreadsheet', () => {
  it('reads the dates Calc stores as wall-clock times in the offer’s zone', async () => {
    const date = (iso: string) => `<table:table-cell office:value-type="date" office:date-value="${iso}"><text:p>…</text:p></table:table-cell>`
    const journal = file(
      'journal.ods',
      odsFile(odsTable('Journal', [[odsText('id'), odsText('début'), odsText('fin'), odsText('éléments')].join(''), [odsText('i1'), date('2026-03-02T10:00:00'), date('2026-03-02T11:30:00'), odsText('vps-1')].join('')])),
    )
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', journal, '--month', '2026-03', '--format', 'json'])
    expect(r.code).toBe(0)
    const s = JSON.parse(r.stdout)
    // 10:00 to 11:30 in Paris in March (UTC+1): 09:00Z to 10:30Z, 1 h 30 min = 5,400,000 ms.
    expect(s.elements[0].availability.contributions[0]).toMatchObject({ start: '2026-03-02T09:00:00.000Z', end: '2026-03-02T10:30:00.000Z' })
    expect(s.elements[0].availability.downtimeMs).toBe('5400000')
  })

  it('refuses an old .xls with what to do, and a damaged file, as a file it cannot use (exit 1)', async () => {
    const xls = file('journal.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', xls, '--month', '2026-03', '--lang', 'fr'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${xls} est inutilisable`)
    expect(r.stderr).toContain('est un fichier Excel à l’ancien format binaire (.xls), ou protégé par un mot de passe, qui ne peut pas être lu\u00a0: enregistrez-le au format .xlsx, .ods ou CSV, sans mot de passe')
    const damaged = file('clients.ods', odsFile('<table:table table:name="A"><table:table-row>'))
    const d = await run(['statement', ...month, '--clients', damaged])
    expect(d.code).toBe(1)
    expect(d.stderr).toMatch(/is damaged: its part content\.xml is not well-formed XML/)
  })
})
