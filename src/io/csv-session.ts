import type { CsvError, Options as CsvParseOptions } from 'csv-parse'
import { describe, InputError, type IssueParams, IssueList } from '../errors.js'
import { CAUSES, IMPACTS } from '../schema/commitment.js'
import { formatInstant, isInstantInRange, parseIsoInstant } from '../time/instant.js'
import { type CsvColumnMapping, checkHeaderLine, detectDelimiter, firstLine, type Header, MAX_CSV_RECORD, readHeader } from './csv-header.js'
import { type RecordsStop } from './csv-records.js'
import { type RecordSink, RecordSplitter } from './csv-split.js'
import { type DateReader, type DateReading, type LocalTimeOptions, makeDateReader } from './dates.js'
import { type CellProblem, cellProblem, cellsReason } from './cell-problems.js'
import { CSV_ENCODINGS, type CsvEncoding, type CsvEncodingUsed, decodeCsvBytes, headerEnd } from './encoding.js'
import { rawText, type SkippedRow } from './result.js'
import { causeIndex, CSV_COLUMNS, impactIndex } from './vocabulary.js'

/**
 * Options of the CSV readers.
 *
 * @example
 * parseCsvIncidents(text, { delimiter: ';', dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris', columns: { start: 'Ouverture' } })
 */
export interface CsvOptions extends LocalTimeOptions {
  /**
   * The field delimiter, e.g. `';'`. Default: detected from the header line among `,` `;` tab and `|`
   * (the one that splits it into a `start` column and the most columns).
   */
  delimiter?: string
  /**
   * Which header name holds each column, for a header that names them otherwise than the reader knows
   * (`start`, `début`, … see `COLUMN_WORDS`), e.g. `{ start: 'Ouverture', end: 'Clôture', elements: 'VPS' }`.
   * Names compare without accents, case and spaces. A mapped name missing from the header is an error that
   * lists the columns found.
   */
  columns?: CsvColumnMapping
  /**
   * How bytes are decoded; text given as a string is read as the text it is. `'auto'` (the default): UTF-16
   * after its byte-order mark (Excel's "Unicode text"); otherwise UTF-8, unless the first bytes beyond ASCII
   * are not UTF-8: the whole input is then Windows-1252, in which Excel on Windows saves a French "CSV
   * (séparateur : point-virgule)" (`début` is the byte E9). Bytes that are not UTF-8 after UTF-8 was chosen
   * are an error naming their line, rather than text with `�` in it. `'utf-8'`: any byte that is not UTF-8 is
   * that error. `'windows-1252'`: every byte is read so (Latin-1 too). The result says, in `encoding`, which
   * was used: a caller may warn when it is not UTF-8.
   *
   * @example
   * // début;fin as Excel saves it on Windows: é is the byte E9.
   * const bytes = new Uint8Array([0x64, 0xe9, 0x62, 0x75, 0x74, 0x3b, 0x66, 0x69, 0x6e, 0x0a])
   * parseCsvIncidents(bytes).columnNames // { start: 'début', end: 'fin' }
   * parseCsvIncidents(bytes).encoding // 'windows-1252'
   * parseCsvIncidents(bytes, { encoding: 'utf-8' }) // throws: line 1 has a byte that is not UTF-8 (0xE9)
   */
  encoding?: CsvEncoding
}

export const TIME_COLUMNS = ['detectedAt', 'reportedAt', 'interventionAt', 'restoredAt'] as const
export const HEADER_SCAN_LIMIT = 1024 * 1024
const ELEMENT_SEPARATORS = /[,;|\s]/
const ELEMENT_SPLIT = /[,;|\s]+/

/** One row's cells as read and checked, reused from row to row. */
export class Cells {
  id = ''
  title = ''
  start = 0
  startText = ''
  /** NaN when the incident is open. */
  end = Number.NaN
  endText = ''
  /** The element's name when the row names one; '' otherwise. */
  one = ''
  /** The names when the row names several (or one, written with separators); null otherwise. */
  many: string[] | null = null
  impact = 0
  impactGiven = false
  cause = 0
  causeGiven = false
  readonly instants = [Number.NaN, Number.NaN, Number.NaN, Number.NaN]
  readonly instantTexts = ['', '', '', '']
}

/** What a session does with what it reads. */
export interface RowTarget {
  incident(cells: Cells, line: number): void
  skipped(row: SkippedRow): void
}

/** The incident of checked cells, in the library's format: instants as written (or in UTC when read from local time). */
export function incidentOf(c: Cells): Record<string, unknown> {
  const incident: Record<string, unknown> = {}
  if (c.id) incident.id = c.id
  if (c.title) incident.title = c.title
  incident.start = c.startText
  if (c.endText) incident.end = c.endText
  if (c.many) incident.elements = c.many
  else if (c.one) incident.elements = [c.one]
  if (c.impactGiven) incident.impact = IMPACTS[c.impact]
  if (c.causeGiven) incident.cause = CAUSES[c.cause]
  for (let k = 0; k < TIME_COLUMNS.length; k++) if (c.instantTexts[k]) incident[TIME_COLUMNS[k]!] = c.instantTexts[k]
  return incident
}

/** Line breaks in a text: CRLF, LF and a lone CR each count one, as an editor shows them. */
function countBreaks(text: string): number {
  if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) return 0
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 13 || (c === 10 && (i === 0 || text.charCodeAt(i - 1) !== 13))) n++
  }
  return n
}

/** Writes a record back as CSV, for the `raw` of a skipped row. */
function joinRecord(fields: readonly string[], delimiter: string): string {
  return fields.map((f) => (f.includes(delimiter) || /["\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter)
}

function isBlank(fields: readonly string[]): boolean {
  for (let k = 0; k < fields.length; k++) if (fields[k]!.trim() !== '') return false
  return true
}

/**
 * Reads records into rows; shared by every CSV reader.
 *
 * Lines are counted here rather than taken from csv-parse, whose `info.lines` counts the CR and the LF of a
 * CRLF inside a quoted field as two lines. Blank lines are kept (as a record of one empty field), so that
 * every line break outside quotes ends exactly one record: a record's line is 1 plus the records before it
 * and the line breaks inside their quoted fields.
 */
export class CsvSession implements RecordSink {
  header: Header | undefined
  private line = 1
  private pending: string[] = []
  private readonly cells = new Cells()
  private iId = -1
  private iTitle = -1
  private iStart = -1
  private iEnd = -1
  private iElements = -1
  private iImpact = -1
  private iCause = -1
  private readonly iTimes = [-1, -1, -1, -1]
  /** The header's names as the file writes them, for a French reason that names a column as the user does. */
  private names: readonly string[] = []
  /** The encoding the input was read in, for the result to say; set by the reader once it knows. */
  encoding: CsvEncodingUsed = 'utf-8'

  constructor(
    readonly delimiter: string,
    private readonly readDate: DateReader,
    private readonly mapping: CsvColumnMapping,
    private readonly target: RowTarget,
  ) {}

  parserOptions(): CsvParseOptions {
    return {
      delimiter: this.delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      skip_records_with_error: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: MAX_CSV_RECORD,
      // With the options above the only error left is a quote never closed, found at the end of the input.
      on_skip: (error: CsvError | undefined) => this.pending.push(error?.message ?? 'cannot be read as CSV'),
    } as unknown as CsvParseOptions
  }

  /** Each incident field's column as the header writes it (`{ start: 'début', end: 'fin' }`). */
  columnNames(): Partial<Record<(typeof CSV_COLUMNS)[number], string>> {
    const out: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}
    for (const [column, at] of this.header?.index ?? []) out[column] = this.names[at] ?? column
    return out
  }

  /** The line the next record starts on: where the text handed to the session so far ends, but for what a splitter holds. */
  get nextLine(): number {
    return this.line
  }

  stopped(stop: RecordsStop): void {
    this.pending.push(stop.message)
  }

  record(fields: string[], plain: boolean): void {
    const line = this.line
    if (plain) this.line++
    else {
      let inside = 0
      for (let k = 0; k < fields.length; k++) inside += countBreaks(fields[k]!)
      this.line += 1 + inside
    }
    if (fields.length === 1 && fields[0] === '') return
    if (!this.header) {
      const h = readHeader(fields, line, this.delimiter, this.mapping)
      this.header = h
      this.names = fields.map((f) => f.replace(/^\uFEFF/, '').trim())
      const at = (c: (typeof CSV_COLUMNS)[number]) => h.index.get(c) ?? -1
      this.iId = at('id')
      this.iTitle = at('title')
      this.iStart = at('start')
      this.iEnd = at('end')
      this.iElements = at('elements')
      this.iImpact = at('impact')
      this.iCause = at('cause')
      TIME_COLUMNS.forEach((c, k) => (this.iTimes[k] = at(c)))
      return
    }
    this.row(fields, line)
  }

  /** Reports what the parser could not read; throws when the input had no header. */
  finish(): void {
    // A skip is reported by the parser as it happens, ahead of the records before it: it is placed here, at the
    // line where the records read so far end, which is where an unclosed quote starts.
    const rows = this.pending.map((message): SkippedRow => {
      const quote = /quote not closed/i.test(message)
      const reason = quote
        ? `a quoted field of the row on this line is never closed: the rest of the input cannot be read (close the quote, or double a quote inside a quoted field: "")`
        : `cannot be read as CSV: ${message}`
      if (quote) return { line: this.line, reason, code: 'quote-not-closed', params: {} }
      // csv-parse's words for a record too large, kept as the English reason; the code words it in French.
      return /max record size/i.test(message) ? { line: this.line, reason, code: 'record-too-large', params: { max: MAX_CSV_RECORD } } : { line: this.line, reason }
    })
    this.pending = []
    if (!this.header) {
      const why = rows.map((r) => `line ${r.line}: ${r.reason}`)
      throw new InputError(
        [
          {
            path: 'header',
            message: `is missing: the input holds no CSV header line${why.length ? ` (${why.join('; ')})` : ''}; the first line must name the columns, e.g. "id,start,end"`,
            code: 'header-missing',
            params: { why: why.join('; '), quote: rows.some((r) => r.code === 'quote-not-closed') ? 1 : 0 },
          },
        ],
        'Cannot read the CSV incident file',
      )
    }
    for (const r of rows) this.target.skipped(r)
  }

  private skip(fields: readonly string[], line: number, reason: string, code?: string, params?: IssueParams): void {
    // The raw row is written back from its fields (quotes as needed), not kept as read: the parser is faster without it.
    this.target.skipped({ line, reason, raw: rawText(joinRecord(fields, this.delimiter)), ...(code !== undefined && { code, params: params ?? {} }) })
  }

  /** Reads a date cell into `ms`, or returns why it cannot be read. */
  private date(text: string, into: { ms: number; text: string }): (DateReading & { ok: false }) | undefined {
    // The reader's own first step, without the object it returns: most cells are instants with an offset.
    const fast = parseIsoInstant(text)
    if (isInstantInRange(fast)) {
      into.ms = fast
      into.text = text
      return undefined
    }
    const r = this.readDate(text)
    if (!r.ok) return r
    into.ms = r.ms
    into.text = r.value
    return undefined
  }

  private readonly slot = { ms: 0, text: '' }

  private row(fields: string[], line: number): void {
    const header = this.header!
    if (fields.length !== header.width) {
      if (isBlank(fields)) return this.skip(fields, line, 'is empty', 'row-empty')
      return this.skip(
        fields,
        line,
        `has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${header.width}` +
          (fields.length > header.width ? ` (is there a ${JSON.stringify(this.delimiter)} inside an unquoted field? quote it)` : ''),
        'row-fields',
        { fields: fields.length, width: header.width, delimiter: JSON.stringify(this.delimiter) },
      )
    }
    const startText = fields[this.iStart]!.trim()
    if (startText === '' && isBlank(fields)) return this.skip(fields, line, 'is empty', 'row-empty')
    const c = this.cells
    const slot = this.slot
    const problems: (CellProblem & { reason: string })[] = []
    const names = this.names
    const problem = (at: number, column: string, code: Parameters<typeof cellProblem>[2], params?: Readonly<Record<string, string>>) =>
      problems.push(cellProblem(column, names[at] ?? column, code, params))
    const badDate = (at: number, column: string, r: DateReading & { ok: false }) =>
      problems.push({ column, name: names[at] ?? column, code: r.code, params: r.params, reason: r.reason })
    c.id = this.iId < 0 ? '' : fields[this.iId]!.trim()
    c.title = this.iTitle < 0 ? '' : fields[this.iTitle]!.trim()
    let startOk = false
    if (!startText) problem(this.iStart, 'start', 'cell-empty')
    else {
      const why = this.date(startText, slot)
      if (why === undefined) {
        c.start = slot.ms
        c.startText = slot.text
        startOk = true
      } else badDate(this.iStart, 'start', why)
    }
    c.end = Number.NaN
    c.endText = ''
    const endText = this.iEnd < 0 ? '' : fields[this.iEnd]!.trim()
    if (endText) {
      const why = this.date(endText, slot)
      if (why !== undefined) badDate(this.iEnd, 'end', why)
      else if (startOk && slot.ms < c.start) problem(this.iEnd, 'end', 'cell-before-start', { start: formatInstant(c.start) })
      else {
        c.end = slot.ms
        c.endText = slot.text
      }
    }
    c.one = ''
    c.many = null
    const elements = this.iElements < 0 ? '' : fields[this.iElements]!.trim()
    if (elements) {
      if (!ELEMENT_SEPARATORS.test(elements)) c.one = elements
      else {
        const list = elements.split(ELEMENT_SPLIT).filter((n) => n !== '')
        if (list.length === 0) problem(this.iElements, 'elements', 'elements-none', { got: describe(elements) })
        else c.many = list
      }
    }
    c.impact = 0
    c.impactGiven = false
    const impact = this.iImpact < 0 ? '' : fields[this.iImpact]!.trim()
    if (impact) {
      const k = impactIndex(impact)
      if (k >= 0) {
        c.impact = k
        c.impactGiven = true
      } else problem(this.iImpact, 'impact', 'impact-unknown', { options: IMPACTS.join(', '), got: describe(impact) })
    }
    c.cause = 0
    c.causeGiven = false
    const cause = this.iCause < 0 ? '' : fields[this.iCause]!.trim()
    if (cause) {
      const k = causeIndex(cause)
      if (k >= 0) {
        c.cause = k
        c.causeGiven = true
      } else problem(this.iCause, 'cause', 'cause-unknown', { options: CAUSES.join(', '), got: describe(cause) })
    }
    for (let k = 0; k < TIME_COLUMNS.length; k++) {
      c.instants[k] = Number.NaN
      c.instantTexts[k] = ''
      const at = this.iTimes[k]!
      if (at < 0) continue
      const text = fields[at]!.trim()
      if (!text) continue
      const why = this.date(text, slot)
      if (why !== undefined) badDate(at, TIME_COLUMNS[k] ?? '', why)
      else {
        c.instants[k] = slot.ms
        c.instantTexts[k] = slot.text
      }
    }
    if (problems.length > 0) {
      const { reason, code, params } = cellsReason(problems)
      return this.skip(fields, line, reason, code, params)
    }
    this.target.incident(c, line)
  }
}

/** Checks the options of a CSV reader. */
export function checkOptions(options: CsvOptions | undefined): { readDate: DateReader; delimiter: string | undefined; mapping: CsvColumnMapping; encoding: CsvEncoding } {
  const o = (options ?? {}) as CsvOptions
  const issues = new IssueList()
  if (typeof o !== 'object') issues.add('options', `must be an object (got ${describe(o)})`, 'type', { expected: 'object', got: describe(o) })
  const readDate = makeDateReader(typeof o === 'object' ? o : {}, 'options', issues)
  const d = o.delimiter
  if (d !== undefined && (typeof d !== 'string' || d.length === 0 || /["\r\n]/.test(d)))
    issues.add('options.delimiter', `must be a non-empty text without quote or line break, e.g. ";" (got ${describe(d)})`, 'csv-delimiter', { got: describe(d) })
  const e = typeof o === 'object' ? o.encoding : undefined
  if (e !== undefined && !(CSV_ENCODINGS as readonly unknown[]).includes(e))
    issues.add('options.encoding', `must be "auto", "utf-8" or "windows-1252" (which reads Latin-1 too) (got ${describe(e)})`, 'csv-encoding', { got: describe(e) })
  const mapping: CsvColumnMapping = {}
  const m = typeof o === 'object' ? o.columns : undefined
  if (m !== undefined) {
    if (m === null || typeof m !== 'object' || Array.isArray(m)) issues.add('options.columns', `must be an object such as { start: 'début', end: 'fin' } (got ${describe(m)})`, 'csv-columns', { got: describe(m) })
    else {
      const seen = new Map<string, string>()
      for (const [key, name] of Object.entries(m)) {
        if (!(CSV_COLUMNS as string[]).includes(key)) issues.add(`options.columns.${key}`, `is not a column; the columns are ${CSV_COLUMNS.join(', ')}`, 'csv-column-key', { columns: CSV_COLUMNS.join(', ') })
        else if (typeof name !== 'string' || name.trim() === '') issues.add(`options.columns.${key}`, `must be the name of a header column, e.g. "début" (got ${describe(name)})`, 'csv-column-name', { got: describe(name) })
        else {
          const k = name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\s_\-'’]+/g, '')
          const other = seen.get(k)
          if (other !== undefined) issues.add(`options.columns.${key}`, `names the same header column as columns.${other} (${describe(name)})`, 'csv-column-same', { other, name: describe(name) })
          else {
            seen.set(k, key)
            mapping[key as keyof CsvColumnMapping] = name
          }
        }
      }
    }
  }
  issues.throwIfAny('Invalid CSV options')
  return { readDate, delimiter: d, mapping, encoding: e ?? 'auto' }
}

/**
 * Where a CSV can come from: text, bytes (decoded as option `encoding` says), or chunks of either (a file
 * stream, a fetch body). Chunks given as text are text: the encoding applies to the chunks of bytes.
 */
export type CsvSource = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

export function openSession(headerLine: string, options: CsvOptions, target: RowTarget): CsvSession {
  const { readDate, delimiter, mapping } = checkOptions(options)
  const d = delimiter ?? detectDelimiter(headerLine, mapping.start)
  checkHeaderLine(headerLine, d)
  return new CsvSession(d, readDate, mapping, target)
}

/**
 * The bytes decoded; when a byte after the header line is not UTF-8, a header the reader refuses is said
 * first, as the streaming reader, which opens the header before it reads on, says it.
 */
function decodeOrHeader(bytes: Uint8Array, encoding: CsvEncoding, options: CsvOptions, target: RowTarget): { text: string; encoding: CsvEncodingUsed } {
  try {
    return decodeCsvBytes(bytes, encoding)
  } catch (error) {
    const end = headerEnd(bytes, bytes.length)
    if (end >= 0 && isUtf8Text(bytes.subarray(0, end))) {
      // The header read as the streaming reader reads it, before the rest: a refusal of it is thrown here.
      const header = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, end))
      const session = openSession(firstLine(header), options, target)
      new RecordSplitter(session.delimiter, session, MAX_CSV_RECORD).push(header, false)
    }
    throw error
  }
}

function isUtf8Text(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/** Reads CSV text or bytes whole into `target`; returns the session (its header and delimiter). */
export function readCsvText(text: string | Uint8Array, options: CsvOptions, target: RowTarget): CsvSession {
  // Options first: wrong options are reported whatever the input.
  const { encoding } = checkOptions(options)
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) throw new InputError([{ path: '', message: `must be CSV text or bytes (got ${describe(text)})`, code: 'csv-input', params: { got: describe(text) } }])
  // Text is read as the text it is: it says UTF-8, as a caller that warns about other encodings wants.
  const { text: whole, encoding: used } = typeof text === 'string' ? { text, encoding: 'utf-8' as const } : decodeOrHeader(text, encoding, options, target)
  const session = openSession(firstLine(whole.slice(0, HEADER_SCAN_LIMIT)), options, target)
  session.encoding = used
  const splitter = new RecordSplitter(session.delimiter, session, MAX_CSV_RECORD)
  splitter.push(whole, true)
  session.finish()
  return session
}

