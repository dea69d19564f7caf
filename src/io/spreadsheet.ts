import { type Unzipped, unzipSync } from 'fflate'
import { SaxesParser, type SaxesTagPlain } from 'saxes'
import { describe, InputError, type IssueParams, present } from '../errors.js'
import { ENGLISH } from '../messages/en.js'

/**
 * Spreadsheets as treasurers keep them: an OpenDocument sheet (`.ods`, LibreOffice Calc) or an Office Open
 * XML workbook (`.xlsx`, Excel), read into rows of text and into the CSV the other readers take. The ZIP
 * archive is opened with fflate and the XML read with saxes; what is here is only what a sheet's cells
 * mean. Runs in a browser: no Node built-ins.
 */

/** The kinds of spreadsheet read. */
export type SpreadsheetFormat = 'ods' | 'xlsx'

/** Options of {@link parseSpreadsheet}. */
export interface SpreadsheetOptions {
  /** The sheet to read, by its name as its tab shows it. Default: the first sheet the file does not hide (the first if it hides all). */
  sheet?: string
}

/** A sheet read into text. */
export interface SpreadsheetTable {
  format: SpreadsheetFormat
  /** The name of the sheet read. */
  sheet: string
  /** Every sheet of the file, in the order of their tabs. */
  sheets: string[]
  /**
   * The sheet's rows up to its last one holding something, each up to its last cell holding something:
   * `rows[0]` is row 1. Empty rows in between stay, empty, so that a row keeps its number.
   */
  rows: string[][]
  /**
   * The rows as CSV (comma-separated, quoted where needed, one line a row): what `parseClientList`,
   * `parseCsvIncidents` or `parseCsvIncidentColumns` read, line N being row N of the sheet.
   */
  csv: string
}

/**
 * Reads a spreadsheet's sheet into rows of text, each cell as the file stores it rather than as it is shown:
 *
 * - a number in plain decimals with a point, however it is formatted (`9.99` for a cell showing `9,99 €`);
 *   an amount in a currency format of an `.ods` with its code after it (`9.99 EUR`); a percentage as one
 *   (`99.5%` for the stored 0.995), its digits moved rather than multiplied, so that nothing is rounded;
 * - a date or date and time as ISO 8601 without offset (`2026-03-02`, `2026-03-02T10:00:00`), as the cell's
 *   format shows it (midnight in a format with a time is `2026-03-08T00:00:00`, an instant): a sheet holds
 *   wall-clock times, read in the time zone the caller gives the other readers (`timeZone`, or on the command
 *   line the offer's zone and `--dates-time-zone`); a time alone as `10:00:00`;
 * - a formula as the value the file last saved for it; a yes/no cell as `true` / `false`;
 * - a cell's several lines joined by a space: a row stays one line of the CSV.
 *
 * Old binary Excel files (`.xls`) and files protected by a password cannot be read: the error says how to
 * save them. Each problem is an `InputError` (code `spreadsheet-…`).
 *
 * @example
 * // import { readFileSync } from 'node:fs'; import { parseClientList, parseSpreadsheet } from 'matou/io'
 * const table = parseSpreadsheet(readFileSync('examples/data/clients-2026-03.ods'))
 * table.sheet // 'Clients'
 * table.rows[3] // ['vps-chloe', 'Chloé', 'vps-s', '9.5 EUR', 'EUR']
 * parseClientList(table.csv).clients[2].fee // { amount: '9.5', currency: 'EUR' }
 * @throws InputError when the bytes are not a spreadsheet that can be read, or the sheet asked for is not in it.
 */
export function parseSpreadsheet(bytes: Uint8Array, options: SpreadsheetOptions = {}): SpreadsheetTable {
  if (!(bytes instanceof Uint8Array)) fail('', 'spreadsheet-input', { got: describe(bytes) })
  if (options.sheet !== undefined && typeof options.sheet !== 'string') fail('sheet', 'spreadsheet-sheet-name', { got: describe(options.sheet) })
  const kind = spreadsheetKind(bytes)
  if (kind === 'binary') fail('', 'spreadsheet-binary')
  if (kind !== 'zip') fail('', 'spreadsheet-kind', { zip: 'no' })
  const files = unzip(bytes)
  const mimetype = files.mimetype ? text(files.mimetype).trim() : undefined
  let sheets: RawSheets
  let format: SpreadsheetFormat
  if (mimetype === ODS_MIMETYPE) {
    if (files['META-INF/manifest.xml'] && text(files['META-INF/manifest.xml']).includes('encryption-data')) fail('', 'spreadsheet-password')
    format = 'ods'
    const content = part(files, 'content.xml')
    // Cell styles that show a time of day, from the named styles and from those of the content itself.
    const named = odsStyles(files['styles.xml'] ?? '', 'styles.xml')
    const own = odsStyles(content, 'content.xml')
    sheets = readOds(content, options.sheet, { timed: new Set([...named.timed, ...own.timed]), hidden: own.hidden })
  } else if (files['xl/workbook.xml']) {
    format = 'xlsx'
    sheets = readXlsx(files, options.sheet)
  } else {
    fail('', 'spreadsheet-kind', { zip: 'yes', kind: mimetype ?? '' })
  }
  if (sheets.rows === undefined) {
    const names = sheets.names
    if (names.length === 0) fail('', 'spreadsheet-no-sheet')
    fail('sheet', 'spreadsheet-sheet', { sheet: JSON.stringify(options.sheet ?? ''), sheets: names.map((n) => JSON.stringify(n)).join(', ') })
  }
  const rows = sheets.rows
  return { format, sheet: sheets.chosen ?? '', sheets: sheets.names, rows, csv: csvOf(rows) }
}

/**
 * What the first bytes say a file is: a ZIP archive (`.ods`, `.xlsx`, but also `.docx`…), a compound binary
 * file (`.xls`, or an `.xlsx` encrypted with a password), or neither.
 *
 * @example
 * spreadsheetKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // 'zip'
 * spreadsheetKind(new TextEncoder().encode('start,end\n')) // undefined
 */
export function spreadsheetKind(bytes: Uint8Array): 'zip' | 'binary' | undefined {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip'
  if (bytes.length >= 8 && COMPOUND.every((b, i) => bytes[i] === b)) return 'binary'
  return undefined
}

const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet'

// A sheet's parts are read whole: a part beyond this is no client list or month's log, and a ZIP entry that
// claims more is refused before it is inflated (a small archive can inflate to gigabytes).
const MAX_PART = 512 * 1024 * 1024
// Cells a sheet may give, repeated ones counted: a style applied to a whole row is written as one cell
// repeated 16,384 times, and a row repeated a million times would otherwise be that many rows in memory.
const MAX_CELLS = 20_000_000

/** Throws the one problem a spreadsheet that cannot be read has, worded by its code (see the catalogues). */
function fail(path: string, code: SpreadsheetCode, params: IssueParams = {}): never {
  throw new InputError([{ path, message: present(ENGLISH[code])(params), code, params }], 'Cannot read the spreadsheet')
}

type SpreadsheetCode = `spreadsheet-${string}`

const decoder = /* @__PURE__ */ new TextDecoder('utf-8')

function text(bytes: Uint8Array): string {
  return decoder.decode(bytes)
}

/** The archive's parts a reader may need: the ODS ones, the XLSX workbook, its styles, strings and sheets. */
function unzip(bytes: Uint8Array): Unzipped {
  const tooLarge: string[] = []
  let files: Unzipped
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        const wanted = f.name === 'mimetype' || f.name === 'content.xml' || f.name === 'styles.xml' || f.name === 'META-INF/manifest.xml' || (f.name.startsWith('xl/') && f.name.endsWith('.xml')) || f.name === 'xl/_rels/workbook.xml.rels'
        if (wanted && f.originalSize > MAX_PART) tooLarge.push(f.name)
        return wanted && f.originalSize <= MAX_PART
      },
    })
  } catch (error) {
    fail('', 'spreadsheet-damaged', { why: 'zip', detail: (error as Error).message })
  }
  if (tooLarge.length > 0) fail('', 'spreadsheet-size', { part: tooLarge.join(', '), max: MAX_PART })
  return files
}

/** Every sheet's name, and the rows of the one asked for (undefined when it is not there). */
interface RawSheets {
  names: string[]
  chosen: string | undefined
  rows: string[][] | undefined
}

/** Rows gathered cell by cell, empty ones held back until something follows them. */
class RowSink {
  readonly rows: string[][] = []
  row: string[] = []
  #emptyCells = 0
  #emptyRows = 0
  #cells = 0

  cell(value: string, repeat: number): void {
    if (value === '') {
      this.#emptyCells += repeat
      return
    }
    this.#count(this.#emptyCells + repeat)
    for (; this.#emptyCells > 0; this.#emptyCells--) this.row.push('')
    for (let k = 0; k < repeat; k++) this.row.push(value)
  }

  endRow(repeat: number): void {
    this.#emptyCells = 0
    const row = this.row
    this.row = []
    if (row.length === 0) {
      this.#emptyRows += repeat
      return
    }
    this.#count(this.#emptyRows + row.length * (repeat - 1))
    for (; this.#emptyRows > 0; this.#emptyRows--) this.rows.push([])
    this.rows.push(row)
    for (let k = 1; k < repeat; k++) this.rows.push(row.slice())
  }

  #count(n: number): void {
    this.#cells += n
    if (this.#cells > MAX_CELLS)
      fail('', 'spreadsheet-size', { cells: MAX_CELLS })
  }
}

function count(value: string | undefined, fallback = 1): number {
  if (value === undefined) return fallback
  const n = Number(value)
  return Number.isSafeInteger(n) && n >= 1 ? n : fallback
}

/**
 * Parses `xml`, telling `handlers` of each element and text. With `local`, elements are named without their
 * prefix: OOXML writers differ (`<row>`, `<x:row>`), the elements do not.
 */
function parse(xml: string | Uint8Array, part: string, handlers: { open: (tag: SaxesTagPlain) => void; close: (name: string) => void; text: (t: string) => void }, local = false): void {
  const parser = new SaxesParser()
  const bare = (name: string): string => (local ? name.slice(name.indexOf(':') + 1) : name)
  parser.on('opentag', local ? (tag) => handlers.open({ ...tag, name: bare(tag.name) }) : handlers.open)
  parser.on('closetag', (tag) => handlers.close(bare(tag.name)))
  parser.on('text', handlers.text)
  parser.on('cdata', handlers.text)
  try {
    if (typeof xml === 'string') parser.write(xml)
    else {
      // A sheet's part is read a few megabytes at a time: the text of a million rows is never made whole.
      const decoder = new TextDecoder('utf-8')
      for (let at = 0; at < xml.length; at += XML_PIECE) parser.write(decoder.decode(xml.subarray(at, at + XML_PIECE), { stream: true }))
      parser.write(decoder.decode())
    }
    parser.close()
  } catch (error) {
    if (error instanceof InputError) throw error
    fail('', 'spreadsheet-damaged', { why: 'xml', part, detail: (error as Error).message })
  }
}

const XML_PIECE = 4 * 1024 * 1024

function parseXlsx(xml: string | Uint8Array, part: string, handlers: Parameters<typeof parse>[2]): void {
  parse(xml, part, handlers, true)
}

// ---- OpenDocument (.ods) ----

// Elements whose text is not the cell's: comments, shapes, and the text of a cell's change history.
const ODS_SKIPPED = new Set(['office:annotation', 'draw:frame', 'draw:custom-shape', 'text:tracked-changes', 'text:note'])

/** What an .ods's styles say of its cells and tables. */
interface OdsStyles {
  /**
   * The cell styles whose number format shows a time of day (a `number:date-style` with `number:hours`, or a
   * `number:time-style`): Calc writes a date and time at midnight as the day alone (`2026-03-08`), which is
   * no instant; in such a cell it is midnight.
   */
  timed: ReadonlySet<string>
  /** The table styles of hidden sheets (`table:display="false"`). */
  hidden: ReadonlySet<string>
}

function odsStyles(xml: string | Uint8Array, part: string): OdsStyles {
  const timedFormats = new Set<string>()
  const cellFormats = new Map<string, string>()
  const hidden = new Set<string>()
  if (xml.length === 0) return { timed: new Set(), hidden }
  let format: string | undefined
  let style: string | undefined
  parse(xml, part, {
    open(tag) {
      const a = tag.attributes
      if (tag.name === 'number:date-style') format = a['style:name']
      else if (tag.name === 'number:time-style') {
        format = undefined
        if (a['style:name']) timedFormats.add(a['style:name'])
      } else if (tag.name === 'number:hours' && format !== undefined) timedFormats.add(format)
      else if (tag.name === 'style:style') {
        style = a['style:name']
        if (style && a['style:data-style-name']) cellFormats.set(style, a['style:data-style-name'])
      } else if (tag.name === 'style:table-properties' && style && a['table:display'] === 'false') hidden.add(style)
    },
    close(name) {
      if (name === 'number:date-style') format = undefined
      else if (name === 'style:style') style = undefined
    },
    text() {},
  })
  const timed = new Set<string>()
  for (const [cellStyle, data] of cellFormats) if (timedFormats.has(data)) timed.add(cellStyle)
  return { timed, hidden }
}

function readOds(xml: Uint8Array, wanted: string | undefined, styles: OdsStyles): RawSheets {
  const timed = styles.timed
  const names: string[] = []
  let chosen: string | undefined
  let sink: RowSink | undefined
  let inTable = 0
  let reading = false
  // Within a cell: its value if typed, its paragraphs otherwise.
  let cell: { repeat: number; value: string | undefined; paragraphs: string[]; current: string | undefined } | undefined
  let skipped = 0
  let rowRepeat = 1
  // Each column's default cell style, for a cell that names none: `[columns, style]` runs, as written.
  let columns: [number, string | undefined][] = []
  let column = 0
  parse(xml, 'content.xml', {
    open(tag) {
      const a = tag.attributes
      // saxes reports a closing tag for every element, self-closing ones too: each open is matched by a close.
      if (skipped > 0) {
        skipped++
        return
      }
      switch (tag.name) {
        case 'table:table': {
          inTable++
          if (inTable > 1) return
          const name = a['table:name'] ?? `Sheet${names.length + 1}`
          names.push(name)
          // A sheet the file hides is not the one its user sees first.
          reading = chosen === undefined && (wanted === undefined ? !styles.hidden.has(a['table:style-name'] ?? '') : wanted === name)
          if (reading) {
            chosen = name
            sink = new RowSink()
            columns = []
          }
          return
        }
        case 'table:table-column':
          if (reading && inTable === 1) columns.push([count(a['table:number-columns-repeated']), a['table:default-cell-style-name']])
          return
        case 'table:table-row':
          rowRepeat = count(a['table:number-rows-repeated'])
          column = 0
          return
        case 'table:table-cell':
        case 'table:covered-table-cell':
          if (!reading || inTable !== 1) return
          {
            const repeat = count(a['table:number-columns-repeated'])
            let value = odsValue(a)
            if (value !== undefined && a['office:value-type'] === 'date' && !value.includes('T') && timed.has(a['table:style-name'] ?? columnStyle(column) ?? '')) value += 'T00:00:00'
            cell = { repeat, value, paragraphs: [], current: undefined }
            column += repeat
          }
          return
        case 'text:p':
        case 'text:h':
          if (cell) cell.current = ''
          return
        case 'text:s':
          if (cell?.current !== undefined) cell.current += ' '.repeat(Math.min(count(a['text:c']), 1000))
          return
        case 'text:tab':
        case 'text:line-break':
          if (cell?.current !== undefined) cell.current += ' '
          return
        default:
          if (ODS_SKIPPED.has(tag.name)) skipped = 1
      }
    },
    close(name) {
      if (skipped > 0) {
        skipped--
        return
      }
      switch (name) {
        case 'table:table':
          inTable--
          if (inTable === 0) reading = false
          return
        case 'table:table-row':
          if (reading && inTable === 1) sink?.endRow(rowRepeat)
          rowRepeat = 1
          return
        case 'table:table-cell':
        case 'table:covered-table-cell':
          if (cell) closeCell()
          return
        case 'text:p':
        case 'text:h':
          if (cell?.current !== undefined) {
            cell.paragraphs.push(cell.current)
            cell.current = undefined
          }
      }
    },
    text(t) {
      if (skipped === 0 && cell?.current !== undefined) cell.current += t
    },
  })
  function closeCell(): void {
    const c = cell
    cell = undefined
    if (!c || !sink) return
    sink.cell(c.value ?? oneLine(c.paragraphs.join(' ')), c.repeat)
  }
  function columnStyle(at: number): string | undefined {
    let from = 0
    for (const [n, style] of columns) {
      if (at < from + n) return style
      from += n
    }
    return undefined
  }
  // Every sheet hidden: the first, as a spreadsheet would show it once one is shown again.
  if (chosen === undefined && wanted === undefined && names[0] !== undefined) return readOds(xml, names[0], styles)
  return { names, chosen, rows: sink ? trimmed(sink.rows) : undefined }
}

/** A typed cell's stored value as text; undefined for a text cell (its paragraphs are its value). */
function odsValue(a: Record<string, string>): string | undefined {
  switch (a['office:value-type']) {
    case 'float':
      return plainNumber(a['office:value'])
    case 'currency': {
      const n = plainNumber(a['office:value'])
      const code = a['office:currency']
      return n !== undefined && code ? `${n} ${code}` : n
    }
    case 'percentage': {
      const n = plainNumber(a['office:value'])
      return n === undefined ? undefined : `${shiftPoint(n, 2)}%`
    }
    case 'date':
      return a['office:date-value']
    case 'time':
      return odsTime(a['office:time-value'])
    case 'boolean':
      return a['office:boolean-value']
    default:
      return undefined
  }
}

/** `PT10H05M30S` (ODS's time of day or duration) as `10:05:30`; hours past 24 kept (`36:00:00`). */
function odsTime(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /^-?PT?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?$/.exec(value)
  if (!m) return value
  const two = (s: string | undefined): string => (s ?? '0').padStart(2, '0')
  return `${two(m[1])}:${two(m[2])}:${two(m[3])}${m[4] && /[1-9]/.test(m[4]) ? `.${m[4].replace(/0+$/, '')}` : ''}`
}

// ---- Office Open XML (.xlsx) ----

function readXlsx(files: Unzipped, wanted: string | undefined): RawSheets {
  const workbook = part(files, 'xl/workbook.xml')
  const sheets: { name: string; rel: string; hidden: boolean }[] = []
  let date1904 = false
  parseXlsx(text(workbook), 'xl/workbook.xml', {
    open(tag) {
      if (tag.name === 'sheet') {
        const rel = Object.entries(tag.attributes).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1] ?? ''
        const state = tag.attributes.state
        sheets.push({ name: tag.attributes.name ?? `Sheet${sheets.length + 1}`, rel, hidden: state === 'hidden' || state === 'veryHidden' })
      } else if (tag.name === 'workbookPr') {
        const v = tag.attributes.date1904
        date1904 = v === '1' || v === 'true'
      }
    },
    close() {},
    text() {},
  })
  const names = sheets.map((s) => s.name)
  // A sheet the file hides (settings, lists for drop-downs) is not the one its user sees first.
  const sheet = wanted === undefined ? (sheets.find((s) => !s.hidden) ?? sheets[0]) : sheets.find((s) => s.name === wanted)
  if (!sheet) return { names, chosen: undefined, rows: undefined }
  const targets = relationships(files['xl/_rels/workbook.xml.rels'])
  const target = targets.get(sheet.rel) ?? `worksheets/sheet${sheets.indexOf(sheet) + 1}.xml`
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`
  const strings = files['xl/sharedStrings.xml'] ? sharedStrings(files['xl/sharedStrings.xml']) : []
  const dateStyles: XlsxStyles = files['xl/styles.xml'] ? styles(text(files['xl/styles.xml'])) : { date: new Map(), percent: new Set() }
  const rows = xlsxRows(part(files, path), path, strings, dateStyles, date1904)
  return { names, chosen: sheet.name, rows: trimmed(rows) }
}

function part(files: Unzipped, name: string): Uint8Array {
  const bytes = files[name]
  if (!bytes) fail('', 'spreadsheet-damaged', { why: 'missing', part: name })
  return bytes
}

function relationships(bytes: Uint8Array | undefined): Map<string, string> {
  const map = new Map<string, string>()
  if (!bytes) return map
  parseXlsx(text(bytes), 'xl/_rels/workbook.xml.rels', {
    open(tag) {
      if (tag.name === 'Relationship' && tag.attributes.Id && tag.attributes.Target) map.set(tag.attributes.Id, tag.attributes.Target)
    },
    close() {},
    text() {},
  })
  return map
}

/** OOXML writes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`). */
function unescapeOoxml(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s
}

function sharedStrings(xml: Uint8Array): string[] {
  const list: string[] = []
  let current: string | undefined
  let inText = false
  // Phonetic guides (furigana) are text beside the string, not part of it.
  let phonetic = 0
  parseXlsx(xml, 'xl/sharedStrings.xml', {
    open(tag) {
      if (tag.name === 'si') current = ''
      else if (tag.name === 'rPh') phonetic++
      else if (tag.name === 't') inText = phonetic === 0
    },
    close(name) {
      if (name === 'si') {
        list.push(oneLine(unescapeOoxml(current ?? '')))
        current = undefined
      } else if (name === 'rPh') phonetic--
      else if (name === 't') inText = false
    },
    text(t) {
      if (inText && current !== undefined) current += t
    },
  })
  return list
}

/** What a date format shows: the day, the time of day, or both. */
type Shows = 'day' | 'time' | 'both'

// Built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30; 27–36 and 50–58 are the
// East Asian ones), and the percentages.
const BUILT_IN_DATES: ReadonlyMap<number, Shows> = /* @__PURE__ */ new Map([
  ...[14, 15, 16, 17, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58].map((id) => [id, 'day'] as const),
  ...[18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47].map((id) => [id, 'time'] as const),
  [22, 'both'],
])
const BUILT_IN_PERCENT = new Set([9, 10])

/** What a format code shows: a y or d is a day, an h or s a time (an m goes with either), outside quotes, brackets and escapes. */
function dateFormatShows(code: string): Shows | undefined {
  // The first section is the one for positive numbers, which dates are.
  const first = code.split(';', 1)[0] ?? ''
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
  if (!/[ymdhs]/i.test(bare) || /^general$/i.test(bare.trim())) return undefined
  const day = /[yd]/i.test(bare)
  const time = /[hs]/i.test(bare)
  return day && time ? 'both' : time ? 'time' : 'day'
}

/** Which cell styles (indices in `cellXfs`) show a date or a time, and which a percentage. */
function styles(xml: string): XlsxStyles {
  const formats = new Map<number, string>()
  const date = new Map<number, Shows>()
  const percent = new Set<number>()
  let inCellXfs = false
  let xf = 0
  parseXlsx(xml, 'xl/styles.xml', {
    open(tag) {
      const a = tag.attributes
      if (tag.name === 'numFmt' && a.numFmtId !== undefined && a.formatCode !== undefined) formats.set(Number(a.numFmtId), a.formatCode)
      else if (tag.name === 'cellXfs') inCellXfs = true
      else if (tag.name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0)
        const code = formats.get(id)
        const shows = code !== undefined ? dateFormatShows(code) : BUILT_IN_DATES.get(id)
        if (shows !== undefined) date.set(xf, shows)
        else if (code !== undefined ? /%/.test(code.replace(/"[^"]*"/g, '')) : BUILT_IN_PERCENT.has(id)) percent.add(xf)
        xf++
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
    text() {},
  })
  return { date, percent }
}

interface XlsxStyles {
  date: ReadonlyMap<number, Shows>
  percent: ReadonlySet<number>
}

/** The column of a cell reference (`B3` → 1), or -1. */
function columnOf(ref: string | undefined): number {
  if (ref === undefined) return -1
  let col = 0
  let k = 0
  for (; k < ref.length; k++) {
    const c = ref.charCodeAt(k)
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64)
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96)
    else break
  }
  return k === 0 ? -1 : col - 1
}

function xlsxRows(xml: Uint8Array, part: string, strings: readonly string[], styles: XlsxStyles, date1904: boolean): string[][] {
  const sink = new RowSink()
  let nextRow = 1
  let column = 0
  let cell: { type: string; style: number; value: string; inline: string; col: number } | undefined
  let inValue = false
  let inInline = false
  parseXlsx(xml, part, {
    open(tag) {
      const a = tag.attributes
      switch (tag.name) {
        case 'row': {
          const r = count(a.r, nextRow)
          // Rows the file leaves out are empty rows: row N stays line N.
          if (r > nextRow) sink.endRow(r - nextRow)
          nextRow = r
          column = 0
          return
        }
        case 'c': {
          const col = columnOf(a.r)
          cell = { type: a.t ?? 'n', style: Number(a.s ?? 0), value: '', inline: '', col: col >= column ? col : column }
          return
        }
        case 'v':
          inValue = cell !== undefined
          return
        case 't':
          inInline = cell?.type === 'inlineStr'
          return
      }
    },
    close(name) {
      switch (name) {
        case 'row':
          sink.endRow(1)
          nextRow++
          return
        case 'c':
          closeCell()
          return
        case 'v':
          inValue = false
          return
        case 't':
          inInline = false
      }
    },
    text(t) {
      if (!cell) return
      if (inValue) cell.value += t
      else if (inInline) cell.inline += t
    },
  })
  function closeCell(): void {
    const c = cell
    cell = undefined
    if (!c) return
    // Cells the file leaves out between two are empty.
    if (c.col > column) sink.cell('', c.col - column)
    sink.cell(xlsxValue(c, strings, styles, date1904), 1)
    column = c.col + 1
  }
  return sink.rows
}

function xlsxValue(c: { type: string; style: number; value: string; inline: string }, strings: readonly string[], styles: XlsxStyles, date1904: boolean): string {
  switch (c.type) {
    case 's':
      return strings[Number(c.value)] ?? ''
    case 'inlineStr':
      return oneLine(unescapeOoxml(c.inline))
    case 'str':
    case 'e':
      return oneLine(unescapeOoxml(c.value))
    case 'b':
      return c.value === '1' ? 'true' : c.value === '0' ? 'false' : c.value
    case 'd':
      return c.value.replace(/Z$/, '')
    default: {
      const n = plainNumber(c.value.trim())
      if (n === undefined) return c.value.trim()
      const shows = styles.date.get(c.style)
      if (shows !== undefined) return serialDate(Number(c.value), date1904, shows) ?? n
      if (styles.percent.has(c.style)) return `${shiftPoint(n, 2)}%`
      return n
    }
  }
}

const DAY_MS = 86_400_000
// Day 0 of each date system as epoch days: 1899-12-30 (the 1900 system, counting its 29 February 1900 that
// never was, so that every serial from 61, 1 March 1900, on is right) and 1904-01-01.
const EPOCH_1900 = -25_569
const EPOCH_1904 = -24_107

/**
 * A serial date as ISO 8601 wall-clock time, to the millisecond, as its format shows it: `2026-03-02T10:00:00`;
 * `2026-03-08T00:00:00` at midnight in a format with a time (an instant, not a day); `2026-03-02` for a whole
 * day in a format without one; a time alone (`10:05:30`, `36:00:00` for an elapsed time) in a format without a
 * day.
 */
function serialDate(serial: number, date1904: boolean, shows: Shows): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined
  if (shows === 'time') {
    const ms = Math.round(serial * DAY_MS)
    const two = (n: number): string => String(n).padStart(2, '0')
    const s = Math.floor(ms / 1000)
    const rest = ms % 1000
    return `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${rest === 0 ? '' : `.${String(rest).padStart(3, '0')}`}`
  }
  const ms = Math.round((serial + (date1904 ? EPOCH_1904 : EPOCH_1900)) * DAY_MS)
  const iso = new Date(ms).toISOString()
  if (shows === 'day' && ms % DAY_MS === 0) return iso.slice(0, 10)
  return iso.slice(0, ms % 1000 === 0 ? 19 : 23)
}

// ---- Text of the cells ----

/**
 * A stored number in plain decimals: as written when it is (`9.99`), else its shortest decimal form without
 * exponent (`1E-3` → `0.001`); undefined for what is not a number.
 */
function plainNumber(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (/^-?\d+(\.\d+)?$/.test(value)) return value
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n)) return undefined
  return expandExponent(String(n))
}

/** `1e-7` → `0.0000001`, `1.5e+21` → `1500000000000000000000`: digits moved, not computed. */
function expandExponent(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s)
  if (!m) return s
  return (m[1] ?? '') + shiftPoint(`${m[2]}${m[3] ? `.${m[3]}` : ''}`, Number(m[4]))
}

/** A plain decimal with its point moved `by` places to the right (left when negative): `0.995`, 2 → `99.5`. */
function shiftPoint(n: string, by: number): string {
  const negative = n.startsWith('-')
  const [whole = '', fraction = ''] = (negative ? n.slice(1) : n).split('.')
  let digits = whole + fraction
  let point = whole.length + by
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const frac = digits.slice(point).replace(/0+$/, '')
  return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`
}

function oneLine(s: string): string {
  return /[\r\n]/.test(s) ? s.replace(/\r\n|[\r\n]/g, ' ') : s
}

/** Drops the trailing empty rows a sheet's formatting leaves. */
function trimmed(rows: string[][]): string[][] {
  let end = rows.length
  while (end > 0 && (rows[end - 1] ?? []).every((c) => c === '')) end--
  return end === rows.length ? rows : rows.slice(0, end)
}

/**
 * The rows as CSV, each row that holds something given as many fields as the widest, as a sheet's CSV export
 * does (a reader checks each row against its header); an empty row stays an empty line, which readers pass
 * over without a word.
 */
function csvOf(rows: readonly (readonly string[])[]): string {
  let width = 0
  for (const row of rows) if (row.length > width) width = row.length
  // A line a row, joined once: text added to piece by piece would keep a node per cell until it is read.
  const lines: string[] = []
  const fields: string[] = []
  for (const row of rows) {
    if (row.length > 0) {
      for (let k = 0; k < width; k++) {
        const c = row[k] ?? ''
        fields[k] = /[",;|\t\r\n]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c
      }
      lines.push(fields.join(','))
    } else lines.push('')
  }
  lines.push('')
  return lines.join('\n')
}
