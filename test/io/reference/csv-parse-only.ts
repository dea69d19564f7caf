// The CSV reader as it was when every record went through csv-parse, kept to check that the reader
// splitting plain lines itself returns exactly the same rows, lines and reasons.
import { Readable, pipeline } from 'node:stream'
import { type CsvError, type Options as CsvParseOptions, parse as parseStream } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import { describe, InputError, IssueList } from '../../../src/errors.js'
import { CAUSES, IMPACTS } from '../../../src/schema/commitment.js'
import { type IncidentInput } from '../../../src/schema/incident.js'
import { formatInstant } from '../../../src/time/instant.js'
import { type DateReader, type DateReading, type LocalTimeOptions, makeDateReader } from '../../../src/io/dates.js'
import { rawText, type ReadResult, type SkippedRow } from '../../../src/io/result.js'

/**
 * Options of the CSV readers.
 *
 * @example
 * parseCsvIncidents(text, { delimiter: ';', dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' })
 */
export interface CsvOptions extends LocalTimeOptions {
  /**
   * The field delimiter, e.g. `';'`. Default: detected from the header line among `,` `;` tab and `|`
   * (the one that splits it into a `start` column and the most columns).
   */
  delimiter?: string
}

/** What the CSV readers return. */
export interface CsvReadResult extends ReadResult {
  /** `lines[i]` is the line where `incidents[i]` was written (1-based). */
  lines: number[]
  /** The delimiter used, given or detected. */
  delimiter: string
  /** Header columns that are not incident fields, ignored (e.g. `notes`). */
  ignoredColumns: string[]
}

/** One row of a CSV file, as {@link csvIncidentRows} yields it: an incident, or a row left out and why. */
export type CsvRow =
  | { readonly kind: 'incident'; readonly line: number; readonly incident: IncidentInput }
  | { readonly kind: 'skipped'; readonly skipped: SkippedRow }

/** Where a CSV can come from: text, bytes (UTF-8), or chunks of either (a file stream, a fetch body). */
export type CsvSource = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>

const COLUMNS = ['id', 'start', 'end', 'elements', 'impact', 'cause', 'detectedAt', 'reportedAt', 'interventionAt', 'restoredAt', 'title'] as const
type Column = (typeof COLUMNS)[number]
const TIME_COLUMNS = ['detectedAt', 'reportedAt', 'interventionAt', 'restoredAt'] as const
const CANDIDATES = [',', ';', '\t', '|'] as const
const CHUNK = 64 * 1024
const HEADER_SCAN_LIMIT = 1024 * 1024

function keyOf(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '')
}

const COLUMN_BY_KEY = new Map<string, Column>(COLUMNS.map((c) => [keyOf(c), c]))

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1))
      diagonal = above
    }
  }
  return row[b.length]!
}

/** Splits one line on `delimiter`, honouring double quotes; good enough to choose a delimiter. */
function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = []
  let field = ''
  let quoted = false
  // Past the most columns a header may have, the count is all that matters: the header check refuses it.
  for (let i = 0; i < line.length && out.length <= MAX_CSV_COLUMNS; i++) {
    const c = line[i]!
    if (c === '"') quoted = !quoted
    else if (!quoted && line.startsWith(delimiter, i)) {
      out.push(field)
      field = ''
      i += delimiter.length - 1
    } else field += c
  }
  out.push(field)
  return out
}

/** The first line that holds something, without its BOM. */
function firstLine(text: string): string {
  const t = text.replace(/^\uFEFF/, '').replace(/^[\r\n]+/, '')
  const end = t.search(/[\r\n]/)
  return end < 0 ? t : t.slice(0, end)
}

/**
 * Chooses the delimiter of a header line: among `,` `;` tab `|`, the one that yields a `start` column, and
 * of those the one that yields the most columns; `,` when none does (the header check then says why).
 *
 * @example
 * detectDelimiter('id;start;end;title') // ';'
 * detectDelimiter('start\tend') // '\t'
 */
export function detectDelimiter(headerLine: string): string {
  let best: string | undefined
  let bestCount = 0
  for (const d of CANDIDATES) {
    const names = splitLine(headerLine, d).map(keyOf)
    if (names.includes('start') && names.length > bestCount) {
      best = d
      bestCount = names.length
    }
  }
  return best ?? ','
}

interface Header {
  readonly width: number
  readonly index: ReadonlyMap<Column, number>
  readonly ignored: string[]
}

/**
 * Most columns a header may have. An incident log has a dozen; a header of millions of columns (a file
 * that is not a log, or a hostile one) is refused before any work is done per column.
 */
export const MAX_CSV_COLUMNS = 1000

/**
 * Longest record, in characters. A row is a few hundred characters; the limit keeps one unterminated
 * line or giant header from being gathered in memory whole.
 */
export const MAX_CSV_RECORD = 1_000_000

/**
 * A session for a file whose first line is `headerLine`. A header with more columns than any incident
 * file has is refused here, from its first line, before the parser spends time on the whole record.
 */
function openSession(headerLine: string, given: string | undefined, readDate: DateReader): CsvSession {
  if (headerLine.length > MAX_CSV_HEADER)
    throw new InputError(
      [{ path: 'header (line 1)', message: `is longer than ${MAX_CSV_HEADER.toLocaleString('en')} characters; the first line must name the columns, e.g. "id,start,end"` }],
      'Cannot read the CSV incident file',
    )
  const delimiter = given ?? detectDelimiter(headerLine)
  const count = splitLine(headerLine, delimiter).length
  if (count > MAX_CSV_COLUMNS)
    throw new InputError(
      [{ path: 'header (line 1)', message: `has more than ${MAX_CSV_COLUMNS} columns (read with delimiter ${JSON.stringify(delimiter)}); an incident file has a dozen` }],
      'Cannot read the CSV incident file',
    )
  return new CsvSession(delimiter, readDate)
}

/** Longest header line, in characters: a thousand column names of 64 characters. */
export const MAX_CSV_HEADER = 65_536

/** Reads the header record, or throws an InputError naming what is wrong with it. */
function readHeader(fields: readonly string[], line: number, delimiter: string): Header {
  if (fields.length > MAX_CSV_COLUMNS)
    throw new InputError(
      [{ path: `header (line ${line})`, message: `has ${fields.length} columns (read with delimiter ${JSON.stringify(delimiter)}); an incident file has at most ${MAX_CSV_COLUMNS}` }],
      'Cannot read the CSV incident file',
    )
  const issues = new IssueList()
  const index = new Map<Column, number>()
  const ignored: string[] = []
  const where = `header (line ${line})`
  fields.forEach((raw, i) => {
    const name = raw.replace(/^\uFEFF/, '').trim()
    const key = keyOf(name)
    const column = COLUMN_BY_KEY.get(key)
    if (column) {
      if (index.has(column)) issues.add(`${where}, column ${i + 1}`, `repeats column "${column}" (first at column ${index.get(column)! + 1})`)
      else index.set(column, i)
      return
    }
    if (key === '') return
    const near = key.length <= 20 ? COLUMNS.find((c) => editDistance(key, keyOf(c)) <= (c.length > 4 ? 2 : 1)) : undefined
    if (near) issues.add(`${where}, column ${i + 1}`, `${describe(name)} is not a column; did you mean "${near}"? (known: ${COLUMNS.join(', ')})`)
    else ignored.push(name)
  })
  if (!index.has('start'))
    issues.add(
      where,
      `has no "start" column (read with delimiter ${JSON.stringify(delimiter)}, columns: ${fields.slice(0, 20).map((f) => describe(f.trim())).join(', ') || 'none'}${fields.length > 20 ? `, and ${fields.length - 20} more` : ''}); ` +
        `the first line must name the columns, e.g. "id,start,end,elements,impact"`,
    )
  issues.throwIfAny('Cannot read the CSV incident file')
  return { width: fields.length, index, ignored }
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

/**
 * Reads records into incidents; shared by the synchronous and the streaming readers.
 *
 * Lines are counted here rather than taken from csv-parse, whose `info.lines` counts the CR and the LF of a
 * CRLF inside a quoted field as two lines. Blank lines are kept by the parser (as a record of one empty
 * field), so that every line break outside quotes ends exactly one record: a record's line is 1 plus the
 * records before it and the line breaks inside their quoted fields.
 */
class CsvSession {
  header: Header | undefined
  private line = 1
  private pending: CsvRow[] = []

  constructor(
    readonly delimiter: string,
    private readonly readDate: DateReader,
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
      on_skip: (error: CsvError | undefined) => this.onSkip(error),
    } as unknown as CsvParseOptions
  }

  /** The row a record makes, or null for the header and blank lines. */
  record(fields: string[]): CsvRow | null {
    const line = this.line
    let inside = 0
    for (const f of fields) inside += countBreaks(f)
    this.line += 1 + inside
    if (fields.length === 1 && fields[0] === '') return null
    if (!this.header) {
      this.header = readHeader(fields, line, this.delimiter)
      return null
    }
    return this.row(fields, line)
  }

  private onSkip(error: CsvError | undefined): void {
    this.pending.push({ kind: 'skipped', skipped: { reason: error?.message ?? 'cannot be read as CSV' } })
  }

  /** Rows still to emit at the end (what the parser could not read); throws when the input had no header. */
  finish(): CsvRow[] {
    // A skip is reported by the parser as it happens, ahead of the records before it: it is placed here, at the
    // line where the records read so far end, which is where an unclosed quote starts.
    const rows = this.pending.map((r): CsvRow => {
      if (r.kind !== 'skipped') return r
      const quote = /quote not closed/i.test(r.skipped.reason)
      const reason = quote
        ? `a quoted field of the row on this line is never closed: the rest of the input cannot be read (close the quote, or double a quote inside a quoted field: "")`
        : `cannot be read as CSV: ${r.skipped.reason}`
      return { kind: 'skipped', skipped: { line: this.line, reason } }
    })
    this.pending = []
    if (!this.header) {
      const why = rows.map((r) => (r.kind === 'skipped' ? `line ${r.skipped.line}: ${r.skipped.reason}` : ''))
      throw new InputError(
        [{ path: 'header', message: `is missing: the input holds no CSV header line${why.length ? ` (${why.join('; ')})` : ''}; the first line must name the columns, e.g. "id,start,end"` }],
        'Cannot read the CSV incident file',
      )
    }
    return rows
  }

  private row(fields: readonly string[], line: number): CsvRow {
    const header = this.header!
    // The raw row is written back from its fields (quotes as needed), not kept as read: the parser is faster without it.
    const skip = (reason: string): CsvRow => ({ kind: 'skipped', skipped: { line, reason, raw: rawText(joinRecord(fields, this.delimiter)) } })
    const blank = fields.every((f) => f.trim() === '')
    if (blank) return skip('is empty')
    if (fields.length !== header.width)
      return skip(
        `has ${fields.length} field${fields.length === 1 ? '' : 's'} but the header has ${header.width}` +
          (fields.length > header.width ? ` (is there a ${JSON.stringify(this.delimiter)} inside an unquoted field? quote it)` : ''),
      )
    const cell = (c: Column): string => {
      const i = header.index.get(c)
      return i === undefined ? '' : fields[i]!.trim()
    }
    const problems: string[] = []
    // As the reader says it: a date met before in the row in the same form is said briefly.
    const said = new Set<string>()
    const dateProblem = (column: string, r: Extract<DateReading, { ok: false }>): string => {
      const again = (r.code === 'date-not-iso' || r.code === 'date-no-offset') && said.has(r.code)
      said.add(r.code)
      return `${column}: ${again ? `${r.params.text} ${r.code === 'date-not-iso' ? 'is not one either' : 'has none either'}` : r.reason}`
    }
    const incident: Record<string, unknown> = {}
    const id = cell('id')
    if (id) incident.id = id
    const title = cell('title')
    if (title) incident.title = title
    let startMs: number | undefined
    const startText = cell('start')
    if (!startText) problems.push('start: is empty')
    else {
      const r = this.readDate(startText)
      if (r.ok) {
        incident.start = r.value
        startMs = r.ms
      } else problems.push(dateProblem('start', r))
    }
    const endText = cell('end')
    if (endText) {
      const r = this.readDate(endText)
      if (!r.ok) problems.push(dateProblem('end', r))
      else if (startMs !== undefined && r.ms < startMs) problems.push(`end: is before start (${formatInstant(startMs)})`)
      else incident.end = r.value
    }
    const elements = cell('elements')
    if (elements) {
      const names = elements.split(/[,;|\s]+/).filter((n) => n !== '')
      if (names.length === 0) problems.push(`elements: ${describe(elements)} names no element; leave the cell empty for every element`)
      else incident.elements = names
    }
    const impact = cell('impact').toLowerCase()
    if (impact) {
      if ((IMPACTS as readonly string[]).includes(impact)) incident.impact = impact
      else problems.push(`impact: must be one of ${IMPACTS.join(', ')} (got ${describe(cell('impact'))})`)
    }
    const cause = cell('cause').toLowerCase()
    if (cause) {
      if ((CAUSES as readonly string[]).includes(cause)) incident.cause = cause
      else problems.push(`cause: must be one of ${CAUSES.join(', ')} (got ${describe(cell('cause'))})`)
    }
    for (const c of TIME_COLUMNS) {
      const text = cell(c)
      if (!text) continue
      const r = this.readDate(text)
      if (r.ok) incident[c] = r.value
      else problems.push(dateProblem(c, r))
    }
    if (problems.length) return skip(problems.join('; '))
    return { kind: 'incident', line, incident: incident as IncidentInput }
  }
}

function checkOptions(options: CsvOptions | undefined): { readDate: DateReader; delimiter: string | undefined } {
  const o = (options ?? {}) as CsvOptions
  const issues = new IssueList()
  if (typeof o !== 'object') issues.add('options', `must be an object (got ${describe(o)})`)
  const readDate = makeDateReader(typeof o === 'object' ? o : {}, 'options', issues)
  const d = o.delimiter
  if (d !== undefined && (typeof d !== 'string' || d.length === 0 || /["\r\n]/.test(d)))
    issues.add('options.delimiter', `must be a non-empty text without quote or line break, e.g. ";" (got ${describe(d)})`)
  issues.throwIfAny('Invalid CSV options')
  return { readDate, delimiter: d }
}

function toBytes(text: string | Uint8Array): Buffer {
  return typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength)
}

function collect(rows: Iterable<CsvRow>, result: CsvReadResult): void {
  for (const r of rows) {
    if (r.kind === 'incident') {
      result.incidents.push(r.incident)
      result.lines.push(r.line)
    } else result.skipped.push(r.skipped)
  }
}

/**
 * Reads a small CSV incident file at once (for large files use {@link readCsvIncidents}). The first line
 * names the columns: `id,start,end,elements,impact,cause,detectedAt,reportedAt,interventionAt,restoredAt,title`,
 * in any order, only `start` required; other columns are ignored and listed in `ignoredColumns`. Dates are
 * ISO-8601 instants with an offset, or local times with options `dateFormat` and `timeZone`. An empty `end`
 * is an open incident; `elements` are separated by `,`, `;`, `|` or spaces (`vps-05, vps-06` is two); an empty `elements` cell means every
 * element. Rows that cannot be used are returned in `skipped` with their line and the reason.
 *
 * @example
 * const { incidents, skipped } = parseCsvIncidents('id;start;end\nA;02/03/2026 10:00;02/03/2026 12:30\n', {
 *   dateFormat: 'dd/MM/yyyy HH:mm',
 *   timeZone: 'Europe/Paris',
 * })
 * incidents[0] // { id: 'A', start: '2026-03-02T09:00:00Z', end: '2026-03-02T11:30:00Z' }
 * @throws InputError when the input as a whole is not such a file (no header, no start column) or the options are wrong.
 */
export function parseCsvIncidents(text: string | Uint8Array, options: CsvOptions = {}): CsvReadResult {
  const { readDate, delimiter } = checkOptions(options)
  if (typeof text !== 'string' && !(text instanceof Uint8Array)) throw new InputError([{ path: '', message: `must be CSV text or bytes (got ${describe(text)})` }])
  const head = typeof text === 'string' ? text.slice(0, HEADER_SCAN_LIMIT) : new TextDecoder().decode(text.subarray(0, HEADER_SCAN_LIMIT))
  const session = openSession(firstLine(head), delimiter, readDate)
  const bytes = toBytes(text)
  const records = parseSync(bytes, session.parserOptions()) as string[][]
  const result: CsvReadResult = { incidents: [], skipped: [], lines: [], delimiter: session.delimiter, ignoredColumns: [] }
  for (const fields of records) {
    const row = session.record(fields)
    if (row) collect([row], result)
  }
  collect(session.finish(), result)
  result.ignoredColumns = session.header!.ignored
  return result
}

async function* byteChunks(source: CsvSource): AsyncGenerator<Buffer> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    const bytes = toBytes(source)
    for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK)
    return
  }
  const iterable = source as AsyncIterable<unknown> & Iterable<unknown>
  if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function'))
    throw new InputError([{ path: '', message: `must be CSV text, bytes or an iterable of chunks (got ${describe(source)})` }])
  let n = 0
  for await (const chunk of iterable) {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
      if (chunk.length > 0) yield toBytes(chunk)
    } else throw new InputError([{ path: `chunk ${n}`, message: `must be text or bytes (got ${describe(chunk)})` }])
    n++
  }
}

/**
 * Reads the chunks up to the end of the first line that holds something, to choose the delimiter before
 * parsing; returns them with the iterator of the rest.
 */
async function readHeaderLine(chunks: AsyncGenerator<Buffer>): Promise<{ prefix: Buffer[]; text: string }> {
  const prefix: Buffer[] = []
  const pieces: string[] = []
  const decoder = new TextDecoder()
  let last = ''
  let size = 0
  for (;;) {
    const { value, done } = await chunks.next()
    if (done) break
    prefix.push(value)
    size += value.length
    // Only the new text is searched, with the character before it: tiny chunks cost linear time.
    const piece = decoder.decode(value, { stream: true })
    pieces.push(piece)
    if (/[^\r\n\uFEFF][\r\n]/.test(last + piece) || size >= HEADER_SCAN_LIMIT) break
    if (piece) last = piece[piece.length - 1]!
  }
  return { prefix, text: pieces.join('') }
}

async function* rowsOf(source: CsvSource, options: CsvOptions, seen: { session?: CsvSession }): AsyncGenerator<CsvRow, void, undefined> {
  const { readDate, delimiter } = checkOptions(options)
  const chunks = byteChunks(source)
  const { prefix, text } = await readHeaderLine(chunks)
  const session = openSession(firstLine(text), delimiter, readDate)
  seen.session = session
  const parser = parseStream(session.parserOptions())
  const input = Readable.from(
    (async function* () {
      yield* prefix
      yield* chunks
    })(),
    { objectMode: false },
  )
  // Errors of either side end up on the parser, where the loop below sees them.
  pipeline(input, parser, () => {})
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      const row = session.record(fields)
      if (row) yield row
    }
  } finally {
    input.destroy()
    parser.destroy()
  }
  yield* session.finish()
}

/**
 * Reads a CSV incident file of any size, row by row, yielding each incident or skipped row as soon as it
 * is read: memory stays bounded whatever the file's length (apart from one record), so that a caller can
 * aggregate a million rows on the fly. Same format and rules as {@link parseCsvIncidents}.
 *
 * @example
 * // Any stream of text or bytes: createReadStream('incidents.csv') from node:fs, or chunks as here.
 * const csv = ['id;start;end\n', 'a;2026-03-02T10:00:00Z;2026-03-02T11:00:00Z\n', 'b;soon;\n']
 * let total = 0
 * for await (const row of csvIncidentRows(csv, { delimiter: ';' })) {
 *   if (row.kind === 'incident') total += 1
 *   else console.warn(`line ${row.skipped.line}: ${row.skipped.reason}`)
 * }
 * total // 1
 * @throws InputError (when iterated) if the input has no header or no start column, or the options are wrong.
 */
export function csvIncidentRows(source: CsvSource, options: CsvOptions = {}): AsyncGenerator<CsvRow, void, undefined> {
  return rowsOf(source, options, {})
}

/**
 * Reads a CSV incident file of any size with the streaming parser and returns every incident: memory
 * holds the incidents, not the file. Same format and rules as {@link parseCsvIncidents}.
 *
 * @example
 * // Any stream of text or bytes: createReadStream('incidents.csv') from node:fs, or chunks as here.
 * const { incidents, skipped } = await readCsvIncidents(['id,start,end\n', 'a,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z\n'])
 * incidents.map((i) => i.id) // ['a']
 * skipped // []
 * @throws InputError if the input has no header or no start column, or the options are wrong.
 */
export async function readCsvIncidents(source: CsvSource, options: CsvOptions = {}): Promise<CsvReadResult> {
  const result: CsvReadResult = { incidents: [], skipped: [], lines: [], delimiter: '', ignoredColumns: [] }
  const seen: { session?: CsvSession } = {}
  for await (const row of rowsOf(source, options, seen)) {
    if (row.kind === 'incident') {
      result.incidents.push(row.incident)
      result.lines.push(row.line)
    } else result.skipped.push(row.skipped)
  }
  result.delimiter = seen.session!.delimiter
  result.ignoredColumns = seen.session!.header!.ignored
  return result
}
