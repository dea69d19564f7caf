import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { parseClientList, parseCsvIncidentColumns, parseCsvIncidents } from '../../src/io/index.js'
import { parseSpreadsheet, spreadsheetKind } from '../../src/io/spreadsheet.js'
import { formatIssue } from '../../src/messages/index.js'
import { odsFile, odsTable, odsText, xlsxFile } from './spreadsheet-files.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/spreadsheets/${name}`, import.meta.url))

function problem(call: () => unknown): { path: string; code: string; message: string; french: string } {
  try {
    call()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    expect(error.issues).toHaveLength(1)
    const issue = error.issues[0]!
    return { path: issue.path, code: issue.code, message: issue.message, french: formatIssue(issue, 'fr') }
  }
  throw new Error('no error')
}

describe('an .xlsx written by XlsxWriter and by openpyxl', () => {
  it('gives a client list its rows, fees as stored, and keeps row numbers through a blank row', () => {
    const t = parseSpreadsheet(fixture('clients.xlsx'))
    expect(t.format).toBe('xlsx')
    expect(t.sheet).toBe('Clients')
    expect(t.sheets).toEqual(['Clients', 'Notes'])
    expect(t.rows).toEqual([
      ['élément', 'tarif', 'devise', 'nom'],
      // Shown as "9,99 €" and "1 234,50 €": stored as 9.99 and 1234.5.
      ['vps-01', '9.99', 'EUR', 'Association Élan'],
      ['vps-02', '1234.5', 'EUR', 'Café "Le Zinc", Lyon'],
      [],
      // A formula's value as last saved (=B2*2 → 19.98); a cell of two lines on one.
      ['vps-03', '19.98', 'EUR', 'Deux lignes'],
    ])
    const list = parseClientList(t.csv)
    expect(list.skipped).toEqual([])
    expect(list.clients.map((c) => [c.id, c.fee?.amount, c.name])).toEqual([
      ['vps-01', '9.99', 'Association Élan'],
      ['vps-02', '1234.5', 'Café "Le Zinc", Lyon'],
      ['vps-03', '19.98', 'Deux lignes'],
    ])
    // Row 5 of the sheet is line 5 of the CSV.
    expect(list.lines).toEqual([2, 3, 5])
  })

  it('reads dates and times stored as serial numbers as wall-clock ISO, percentages and yes/no as written', () => {
    const t = parseSpreadsheet(fixture('incidents.xlsx'))
    expect(t.sheets).toEqual(['Journal', 'Vide'])
    expect(t.rows).toEqual([
      ['id', 'début', 'fin', 'éléments', 'impact', 'part', 'clos', 'heure'],
      // 46083.41666666666 days after 1899-12-30 is 2026-03-02 at 10:00 (0.41666… × 24 h).
      ['inc-1', '2026-03-02T10:00:00', '2026-03-02T12:30:15', 'vps-01', 'panne', '99.5%', 'true', '10:05:30'],
      ['inc-2', '2026-03-31T23:59:59', '2026-04-01T00:30:00', 'vps-02', 'outage', '50%', 'false', '00:00:01'],
      // Whole days in a date format: the day alone. The empty last cell leaves the row shorter.
      ['inc-3', '2026-03-15', '2026-03-16', 'vps-01', 'outage', '100%', 'false'],
    ])
    // Wall-clock times in the zone given: 10:00 in Paris in March is 09:00 UTC.
    const read = parseCsvIncidents(t.csv, { timeZone: 'Europe/Paris' })
    expect(read.incidents.map((i) => [i.id, i.start, i.end, i.impact])).toEqual([
      ['inc-1', '2026-03-02T09:00:00Z', '2026-03-02T11:30:15Z', 'outage'],
      // 23:59:59 on 31 March is 21:59:59 UTC (summer time from 29 March, UTC+2).
      ['inc-2', '2026-03-31T21:59:59Z', '2026-03-31T22:30:00Z', 'outage'],
    ])
    // A day without a time is no instant an incident starts at: the row is skipped, with its line, not guessed.
    expect(read.skipped.map((r) => [r.line, r.params?.['0.code'], r.params?.['0.text']])).toEqual([[4, 'date-day-only', '"2026-03-15"']])
    const columns = parseCsvIncidentColumns(t.csv, { timeZone: 'Europe/Paris' })
    expect(Array.from(columns.incidents.start)).toEqual([Date.UTC(2026, 2, 2, 9), Date.UTC(2026, 2, 31, 21, 59, 59)])
  })
})

describe('an .xlsx laid out by hand', () => {
  const styles =
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="165" formatCode="0.0&quot; h&quot;"/></numFmts>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="10"/></cellXfs>'

  it('reads shared strings without their phonetic guides, escaped characters, sparse cells and rows', () => {
    const strings =
      '<si><t>début</t></si><si><r><t>Rack </t></r><r><rPr><b/></rPr><t>A</t></r><rPh sb="0" eb="1"><t>ラック</t></rPh></si><si><t>un_x000D_deux</t></si>'
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      // Row 2 left out; row 3 with cells without references, after a cell at D.
      '<row r="3"><c r="D3"><v>1E-3</v></c><c><v>-2.5e2</v></c><c t="s"><v>2</v></c></row>' +
      '<row r="4"><c r="A4" t="inlineStr"><is><t xml:space="preserve"> x </t></is></c><c r="B4" t="str"><f>A4</f><v>calculé</v></c><c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="d"><v>2026-03-02T10:00:00Z</v></c></row>'
    const t = parseSpreadsheet(xlsxFile(rows, { strings }))
    expect(t.rows).toEqual([
      ['début', '', 'Rack A'],
      [],
      // 1E-3 and -2.5e2 in plain decimals; a carriage return escaped as _x000D_ is a line break, joined.
      ['', '', '', '0.001', '-250', 'un deux'],
      [' x ', 'calculé', '#N/A', '2026-03-02T10:00:00'],
    ])
    // A cell with spaces around its text is quoted, so that the CSV keeps them.
    // Each row that holds something as wide as the widest (six fields), an empty row an empty line.
    expect(t.csv.split('\n')[3]).toBe('" x ",calculé,#N/A,2026-03-02T10:00:00,,')
    expect(t.csv.split('\n')[1]).toBe('')
  })

  it('tells dates from numbers by the cell style, in both date systems', () => {
    const rows =
      '<row r="1"><c r="A1" s="1"><v>46083.5</v></c><c r="B1" s="2"><v>46083.5</v></c><c r="C1" s="3"><v>46083.0000115740740</v></c><c r="D1" s="4"><v>0.00005</v></c><c r="E1" s="1"><v>46083.50000578704</v></c></row>'
    // 46083.5: noon on 2026-03-02 in a date style; in "0.0 h" (the quoted h is text) a number.
    // 46083.0000115740740 days: 1 s after midnight (1/86400 = 0.0000115740…). 0.00005 as a percentage: 0.005%.
    // 46083.50000578704: half a second after noon (0.5 / 86400 = 0.000005787…).
    expect(parseSpreadsheet(xlsxFile(rows, { styles })).rows).toEqual([['2026-03-02T12:00:00', '46083.5', '2026-03-02T00:00:01', '0.005%', '2026-03-02T12:00:00.500']])
    // The 1904 system counts from 1904-01-01: 44621.5 days later is 2026-03-02 at noon (46083.5 − 1462).
    expect(parseSpreadsheet(xlsxFile('<row r="1"><c r="A1" s="1"><v>44621.5</v></c></row>', { styles, workbookPr: '<workbookPr date1904="1"/>' })).rows).toEqual([['2026-03-02T12:00:00']])
  })

  it('writes midnight as an instant in a format with a time, and a day alone in a format without one', () => {
    // 46089 whole days: 2026-03-08 at 00:00. 1.5 days in an elapsed-time format ([h]:mm:ss, built-in 46): 36 h.
    const rows = '<row r="1"><c r="A1" s="1"><v>46089</v></c><c r="B1" s="3"><v>46089</v></c><c r="C1" s="5"><v>46089</v></c><c r="D1" s="6"><v>1.5</v></c><c r="E1" s="5"><v>46089.25</v></c></row>'
    const withDays = styles.replace('<cellXfs count="5">', '<cellXfs count="7">').replace('</cellXfs>', '<xf numFmtId="14"/><xf numFmtId="46"/></cellXfs>')
    // dd/mm/yyyy hh:mm and built-in 22 show a time: midnight is 00:00:00. Built-in 14 shows the day only; a
    // time in such a cell (06:00) is kept.
    expect(parseSpreadsheet(xlsxFile(rows, { styles: withDays })).rows).toEqual([['2026-03-08T00:00:00', '2026-03-08T00:00:00', '2026-03-08', '36:00:00', '2026-03-08T06:00:00']])
  })

  it('reads a workbook whose writer prefixes its elements (x:row, x:c), as the Open XML SDK does', () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    const file = zipSync({
      'xl/workbook.xml': strToU8(`<x:workbook ${ns}><x:workbookPr date1904="0"/><x:sheets><x:sheet name="Données" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="/xl/worksheets/data.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8(`<x:sst ${ns}><x:si><x:t>élément</x:t></x:si></x:sst>`),
      'xl/styles.xml': strToU8(`<x:styleSheet ${ns}><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="22"/></x:cellXfs></x:styleSheet>`),
      'xl/worksheets/data.xml': strToU8(`<x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>46083.5</x:v></x:c></x:row></x:sheetData></x:worksheet>`),
    })
    // The sheet found by its relationship's absolute target; 46083.5 in built-in format 22 is noon, 2 March 2026.
    expect(parseSpreadsheet(file)).toMatchObject({ sheet: 'Données', rows: [['élément', '2026-03-02T12:00:00']] })
  })

  it('passes over the sheets the file hides, unless one is asked for by name', () => {
    const file = xlsxFile('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>', { sheets: ['Réglages', 'Clients'] })
    const hidden = zipSync({ ...unzipSync(file), 'xl/workbook.xml': strToU8(strFromZip(file, 'xl/workbook.xml').replace('<sheet name="Réglages"', '<sheet name="Réglages" state="hidden"')) })
    // The first sheet is hidden: the second is read (it holds nothing here, the rows being on the first).
    expect(parseSpreadsheet(hidden)).toMatchObject({ sheet: 'Clients', sheets: ['Réglages', 'Clients'], rows: [] })
    expect(parseSpreadsheet(hidden, { sheet: 'Réglages' }).rows).toEqual([['a']])
  })

  it('reads the sheet asked for by name, and lists the sheets when it is not there', () => {
    const file = xlsxFile('<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>', { sheets: ['Un', 'Deux'] })
    expect(parseSpreadsheet(file, { sheet: 'Deux' })).toMatchObject({ sheet: 'Deux', rows: [], csv: '' })
    const p = problem(() => parseSpreadsheet(file, { sheet: 'Trois' }))
    expect(p).toMatchObject({ path: 'sheet', code: 'spreadsheet-sheet', message: '"Trois" is not a sheet of the file (its sheets: "Un", "Deux")' })
    expect(p.french).toBe('"Trois" n’est pas une feuille du fichier (ses feuilles\u00a0: "Un", "Deux")')
  })
})

describe('an .ods as LibreOffice Calc writes it', () => {
  const cells = (...c: string[]) => c.join('')
  const table = odsTable('Clients', [
    cells(odsText('élément'), odsText('tarif'), odsText('devise'), odsText('depuis')),
    cells(
      odsText('vps-01'),
      '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="9.99" calcext:value-type="currency"><text:p>9,99 €</text:p></table:table-cell>',
      odsText('EUR'),
      '<table:table-cell office:value-type="date" office:date-value="2026-03-10" calcext:value-type="date"><text:p>10/03/2026</text:p></table:table-cell>',
    ),
    // A row of empty cells between two others.
    '<table:table-cell table:number-columns-repeated="4"/>',
    cells(
      // A name with two spaces (text:s), a span and a comment, which is not the cell's text.
      '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Alix</dc:creator><text:p>à vérifier</text:p></office:annotation><text:p>vps-<text:span>02</text:span><text:s text:c="2"/>b</text:p></table:table-cell>',
      '<table:table-cell office:value-type="float" office:value="1234.5" calcext:value-type="float"><text:p>1 234,50</text:p></table:table-cell>',
      '<table:table-cell table:number-columns-repeated="2"/>',
      '<table:table-cell office:value-type="percentage" office:value="0.995"><text:p>99,50 %</text:p></table:table-cell>',
      '<table:table-cell office:value-type="time" office:time-value="PT10H05M30S"><text:p>10:05:30</text:p></table:table-cell>',
      '<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2026-03-02T10:00:00"><text:p>02/03/2026 10:00</text:p></table:table-cell>',
    ),
    // A merged cell over two columns: the covered one is empty.
    cells('<table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>fusion</text:p></table:table-cell><table:covered-table-cell/>', odsText('x')),
    // Two paragraphs in a cell (Ctrl+Enter): one line.
    cells('<table:table-cell office:value-type="string"><text:p>un</text:p><text:p>deux</text:p></table:table-cell>'),
    // One row written once and repeated three times.
    { cells: odsText('même'), repeat: 3 },
  ])
  const file = odsFile(table + odsTable('Notes', [odsText('brouillon')]))

  it('reads each typed cell by its stored value, text cells by their paragraphs, and drops the trailing formatting', () => {
    const t = parseSpreadsheet(file)
    expect(t).toMatchObject({ format: 'ods', sheet: 'Clients', sheets: ['Clients', 'Notes'] })
    expect(t.rows).toEqual([
      ['élément', 'tarif', 'devise', 'depuis'],
      ['vps-01', '9.99 EUR', 'EUR', '2026-03-10'],
      [],
      ['vps-02  b', '1234.5', '', '', '99.5%', '10:05:30', 'true', '2026-03-02T10:00:00'],
      ['fusion', '', 'x'],
      ['un deux'],
      ['même'],
      ['même'],
      ['même'],
    ])
    expect(parseSpreadsheet(file, { sheet: 'Notes' }).rows).toEqual([['brouillon']])
  })

  it('writes midnight as an instant in a cell whose format shows a time, whether the cell or its column names it', () => {
    // Calc writes a date and time at midnight as the day alone; the cell's format (a date style with hours) says it is an instant.
    const autoStyles =
      '<office:automatic-styles><number:date-style style:name="N37" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"><number:day/><number:text>/</number:text><number:month/><number:text> </number:text><number:hours/></number:date-style>' +
      '<number:date-style style:name="N36" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"><number:day/></number:date-style>' +
      '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N37" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"/>' +
      '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N36" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"/></office:automatic-styles>'
    const day = (style: string) => `<table:table-cell${style} office:value-type="date" office:date-value="2026-03-08"><text:p>08/03/2026</text:p></table:table-cell>`
    const table =
      '<table:table table:name="A"><table:table-column table:number-columns-repeated="2"/><table:table-column table:default-cell-style-name="ce1"/><table:table-column table:number-columns-repeated="1021"/>' +
      `<table:table-row>${day(' table:style-name="ce1"')}${day(' table:style-name="ce2"')}${day('')}${day('')}</table:table-row></table:table>`
    const file = odsFile(table)
    // odsFile writes the body only: the styles go before it, in content.xml, as Calc writes them.
    const withStyles = zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      'content.xml': strToU8(strFromZip(file, 'content.xml').replace('<office:body>', `${autoStyles}<office:body>`)),
    })
    // ce1 (hours) → an instant; ce2 (the day) → a day; column 3's default style ce1 → an instant; column 4 none → a day.
    expect(parseSpreadsheet(withStyles).rows).toEqual([['2026-03-08T00:00:00', '2026-03-08', '2026-03-08T00:00:00', '2026-03-08']])
  })

  it('passes over a hidden sheet, and reads the first when every one is hidden', () => {
    const hiddenStyle = '<office:automatic-styles><style:style style:name="ta2" style:family="table" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><style:table-properties table:display="false"/></style:style></office:automatic-styles>'
    const withStyles = (body: string) => {
      const file = odsFile(body)
      return zipSync({ ...unzipSync(file), 'content.xml': strToU8(strFromZip(file, 'content.xml').replace('<office:body>', `${hiddenStyle}<office:body>`)) })
    }
    const hiddenFirst = withStyles(odsTable('Listes', [odsText('x')]).replace('<table:table table:name="Listes"', '<table:table table:name="Listes" table:style-name="ta2"') + odsTable('Clients', [odsText('vps-1')]))
    expect(parseSpreadsheet(hiddenFirst)).toMatchObject({ sheet: 'Clients', sheets: ['Listes', 'Clients'], rows: [['vps-1']] })
    const allHidden = withStyles(odsTable('Seule', [odsText('y')]).replace('<table:table table:name="Seule"', '<table:table table:name="Seule" table:style-name="ta2"'))
    expect(parseSpreadsheet(allHidden)).toMatchObject({ sheet: 'Seule', rows: [['y']] })
  })

  it('gives a client list its fee with the currency stored beside it', () => {
    const t = parseSpreadsheet(odsFile(odsTable('Feuille1', [cells(odsText('element'), odsText('fee'), odsText('from')), cells(odsText('vps-01'), '<table:table-cell office:value-type="currency" office:currency="EUR" office:value="6.5"><text:p>6,50 €</text:p></table:table-cell>', '<table:table-cell office:value-type="date" office:date-value="2026-03-10"/>')])))
    const list = parseClientList(t.csv)
    expect(list.skipped).toEqual([])
    expect(list.clients).toHaveLength(1)
    expect(list.clients[0]).toMatchObject({ id: 'vps-01', fee: { amount: '6.5', currency: 'EUR' } })
  })

  it('reads a sheet whose formatting runs to the last of its million rows in little time and memory', () => {
    // Calc writes the unused rows as one row repeated 1,048,570 times: never made one by one.
    const t = parseSpreadsheet(odsFile(odsTable('A', [odsText('x')])))
    expect(t.rows).toEqual([['x']])
  })
})

describe('files that are not a spreadsheet the reader can take', () => {
  it('say what they are and what to do, in English and in French', () => {
    const cases: [Uint8Array, string, string, string][] = [
      [strToU8('start,end\n'), 'spreadsheet-kind', 'is not a spreadsheet (.ods or .xlsx)', 'n’est pas un fichier de tableur (.ods ou .xlsx)'],
      [
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
        'spreadsheet-binary',
        'is an Excel file in the old binary format (.xls), or one protected by a password, which cannot be read: save it as .xlsx, .ods or CSV, without a password',
        'est un fichier Excel à l’ancien format binaire (.xls), ou protégé par un mot de passe, qui ne peut pas être lu\u00a0: enregistrez-le au format .xlsx, .ods ou CSV, sans mot de passe',
      ],
      [
        zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<x/>') }),
        'spreadsheet-kind',
        'is a ZIP archive but not a spreadsheet (.ods or .xlsx) (application/vnd.oasis.opendocument.text)',
        'est une archive ZIP mais pas un tableur (.ods ou .xlsx) (application/vnd.oasis.opendocument.text)',
      ],
      [
        odsFile('', { manifest: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>' }),
        'spreadsheet-password',
        'is protected by a password, which the reader cannot open: save a copy without one, or as CSV',
        'est protégé par un mot de passe, que le lecteur ne peut pas ouvrir\u00a0: enregistrez-en une copie sans mot de passe, ou au format CSV',
      ],
      [odsFile(''), 'spreadsheet-no-sheet', 'holds no sheet', 'ne contient aucune feuille'],
      [
        zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }] }),
        'spreadsheet-damaged',
        'is damaged: its part content.xml is missing',
        'est endommagé\u00a0: sa partie content.xml manque',
      ],
    ]
    for (const [bytes, code, english, french] of cases) {
      expect(problem(() => parseSpreadsheet(bytes)), code).toEqual({ path: '', code, message: english, french })
    }
  })

  it('refuses a damaged archive or part, and what is not bytes', () => {
    const good = parseSpreadsheet(fixture('clients.xlsx'))
    expect(good.rows.length).toBe(5)
    const truncated = fixture('clients.xlsx').subarray(0, 3000)
    expect(problem(() => parseSpreadsheet(truncated))).toMatchObject({ code: 'spreadsheet-damaged' })
    const badXml = odsFile('<table:table table:name="A"><table:table-row>')
    expect(problem(() => parseSpreadsheet(badXml))).toMatchObject({ code: 'spreadsheet-damaged', message: expect.stringMatching(/^is damaged: its part content.xml is not well-formed XML \(/) })
    expect(problem(() => parseSpreadsheet('a,b' as never))).toEqual({
      path: '',
      code: 'spreadsheet-input',
      message: 'must be the bytes of a spreadsheet file (got "a,b")',
      french: 'doit être le contenu (les octets) d’un fichier de tableur (valeur reçue\u00a0: "a,b")',
    })
    expect(problem(() => parseSpreadsheet(fixture('clients.xlsx'), { sheet: 3 as never }))).toMatchObject({ path: 'sheet', code: 'spreadsheet-sheet-name' })
  })

  it('stops a sheet of a few bytes that would repeat into more cells than any log', () => {
    // 5 cells repeated over 5,000,000 rows: 25 million cells from a file of a few hundred bytes.
    const bomb = odsFile(`<table:table table:name="A"><table:table-row table:number-rows-repeated="5000000">${odsText('x').repeat(5)}</table:table-row></table:table>`)
    expect(problem(() => parseSpreadsheet(bomb))).toEqual({
      path: '',
      code: 'spreadsheet-size',
      message: 'holds more than 20,000,000 cells: save the sheet as CSV',
      french: 'contient plus de 20\u202f000\u202f000 cellules\u00a0: enregistrez la feuille au format CSV',
    })
  })

  it('tells an archive from a compound file from anything else by the first bytes', () => {
    expect(spreadsheetKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('zip')
    expect(spreadsheetKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('binary')
    expect(spreadsheetKind(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBeUndefined()
    expect(spreadsheetKind(new Uint8Array([]))).toBeUndefined()
  })
})

describe('any text in a cell', () => {
  it('comes back as it was written, in the CSV too, line breaks aside', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', ';', '"', '|', '\t', '&', '<', "'", '€', 'x', '1') }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        // Paragraph text as Calc writes it: runs of spaces as text:s, tabs as text:tab.
        const odsCell = (s: string) =>
          `<table:table-cell office:value-type="string"><text:p>${escape(s)
            .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)
            .replace(/\t/g, '<text:tab/>')}</text:p></table:table-cell>`
        const file = odsFile(`<table:table table:name="T">${rows.map((r) => `<table:table-row>${r.map(odsCell).join('')}</table:table-row>`).join('')}</table:table>`)
        const expected = rows.map((r) => r.map((c) => c.replace(/\t/g, ' ')))
        // Cells and rows with nothing at their end are dropped.
        for (const r of expected) while (r.length > 0 && r[r.length - 1] === '') r.pop()
        while (expected.length > 0 && expected[expected.length - 1]!.length === 0) expected.pop()
        const t = parseSpreadsheet(file)
        expect(t.rows).toEqual(expected)
        // The CSV holds the same cells: read back with the library's own CSV record splitter.
        const back = parseCsvBack(t.csv)
        const width = Math.max(0, ...expected.map((r) => r.length))
        expect(back).toEqual(expected.map((r) => (r.length === 0 ? [''] : [...r, ...Array<string>(width - r.length).fill('')])))
      }),
      { numRuns: 200 },
    )
  })
})

/** Splits the CSV the reader wrote: comma-separated, quotes doubled inside quoted cells. */
function parseCsvBack(csv: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  return rows
}

function strFromZip(zip: Uint8Array, name: string): string {
  return strFromU8(unzipSync(zip)[name]!)
}
