import { describe, InputError, IssueList, present } from '../errors.js'
import { columnKey, columnOf, type CsvColumn, CSV_COLUMNS } from './vocabulary.js'

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

/** Longest header line, in characters: a thousand column names of 64 characters. */
export const MAX_CSV_HEADER = 65_536

/** Which header name holds each column, for a header that names them its own way, e.g. `{ start: 'Ouverture' }`. */
export type CsvColumnMapping = Partial<Record<CsvColumn, string>>

const CANDIDATES = [',', ';', '\t', '|'] as const
const FAILURE = 'Cannot read the CSV incident file'

/** The columns of a header: where each known column is, how many fields, and what was ignored. */
export interface Header {
  readonly width: number
  readonly index: ReadonlyMap<CsvColumn, number>
  readonly ignored: string[]
}

function editDistance(a: string, b: string): number {
  // The table by rows, each cell written before it is read: the reads name the cells the loops filled.
  const width = b.length + 1
  const table: number[] = []
  const cell = (i: number, j: number) => present(table[i * width + j])
  for (let i = 0; i <= a.length; i++)
    for (let j = 0; j <= b.length; j++)
      table.push(i === 0 || j === 0 ? i + j : Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1)))
  return cell(a.length, b.length)
}

/** Splits one line on `delimiter`, honouring double quotes; good enough to choose a delimiter. */
export function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = []
  let field = ''
  let quoted = false
  // Past the most columns a header may have, the count is all that matters: the header check refuses it.
  for (let i = 0; i < line.length && out.length <= MAX_CSV_COLUMNS; i++) {
    const c = line.charAt(i)
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
export function firstLine(text: string): string {
  const t = text.replace(/^\uFEFF/, '').replace(/^[\r\n]+/, '')
  const end = t.search(/[\r\n]/)
  return end < 0 ? t : t.slice(0, end)
}

/**
 * Chooses the delimiter of a header line: among `,` `;` tab `|`, the one that yields a `start` column
 * (under any of its names, e.g. `début`, or the name `mapped` to it), and of those the one that yields the
 * most columns; when none does, the one that yields the most columns; `,` when all yield one.
 *
 * @example
 * detectDelimiter('id;start;end;title') // ';'
 * detectDelimiter('début\tfin') // '\t'
 */
export function detectDelimiter(headerLine: string, mapped?: string): string {
  let best: string | undefined
  let bestCount = 0
  let widest = ','
  let widestCount = 1
  const mappedKey = mapped === undefined ? undefined : columnKey(mapped)
  for (const d of CANDIDATES) {
    const names = splitLine(headerLine, d)
    if (names.length > widestCount) {
      widest = d
      widestCount = names.length
    }
    const hasStart = names.some((n) => (mappedKey === undefined ? columnOf(n) === 'start' : columnKey(n) === mappedKey))
    if (hasStart && names.length > bestCount) {
      best = d
      bestCount = names.length
    }
  }
  return best ?? widest
}

/** Refuses a header line too long or too wide to be one, before the parser spends time on it. */
export function checkHeaderLine(headerLine: string, delimiter: string): void {
  if (headerLine.length > MAX_CSV_HEADER)
    throw new InputError(
      [
        {
          path: 'header (line 1)',
          message: `is longer than ${MAX_CSV_HEADER.toLocaleString('en')} characters; the first line must name the columns, e.g. "id,start,end"`,
          code: 'header-long',
          params: { max: MAX_CSV_HEADER },
        },
      ],
      FAILURE,
    )
  const count = splitLine(headerLine, delimiter).length
  if (count > MAX_CSV_COLUMNS)
    throw new InputError(
      [
        {
          path: 'header (line 1)',
          message: `has more than ${MAX_CSV_COLUMNS} columns (read with delimiter ${JSON.stringify(delimiter)}); an incident file has a dozen`,
          code: 'header-wide',
          params: { max: MAX_CSV_COLUMNS, delimiter: JSON.stringify(delimiter) },
        },
      ],
      FAILURE,
    )
}

/** The header's names for a message: the first 20, quoted, and how many more. */
function foundNames(fields: readonly string[]): { found: string; more: number } {
  return { found: fields.slice(0, 20).map((f) => describe(f.trim())).join(', '), more: Math.max(0, fields.length - 20) }
}

function listNames(fields: readonly string[]): string {
  const { found, more } = foundNames(fields)
  return `${found || 'none'}${more ? `, and ${more} more` : ''}`
}

/** Reads the header record, or throws an InputError naming what is wrong with it. */
export function readHeader(fields: readonly string[], line: number, delimiter: string, mapping: CsvColumnMapping): Header {
  const where = `header (line ${line})`
  if (fields.length > MAX_CSV_COLUMNS)
    throw new InputError(
      [
        {
          path: where,
          message: `has ${fields.length} columns (read with delimiter ${JSON.stringify(delimiter)}); an incident file has at most ${MAX_CSV_COLUMNS}`,
          code: 'header-columns',
          params: { count: fields.length, delimiter: JSON.stringify(delimiter), max: MAX_CSV_COLUMNS },
        },
      ],
      FAILURE,
    )
  const issues = new IssueList()
  const index = new Map<CsvColumn, number>()
  const names = fields.map((raw) => raw.replace(/^\uFEFF/, '').trim())
  const keys = names.map(columnKey)
  const taken = new Set<number>()
  // Mapped columns first: a mapping names the column exactly, whatever the default names say.
  for (const column of CSV_COLUMNS) {
    const name = mapping[column]
    if (name === undefined) continue
    const k = keys.indexOf(columnKey(name))
    if (k < 0) issues.add(where, `has no column ${describe(name)}, which option columns.${column} names (columns found: ${listNames(fields)})`, 'header-mapped', { name: describe(name), column, ...foundNames(fields) })
    else {
      index.set(column, k)
      taken.add(k)
    }
  }
  const unknown: number[] = []
  keys.forEach((key, i) => {
    if (taken.has(i)) return
    const column = columnOf(key)
    if (column && mapping[column] === undefined) {
      const first = index.get(column)
      if (first !== undefined) issues.add(`${where}, column ${i + 1}`, `repeats column "${column}" (first at column ${first + 1})`, 'header-repeat', { column, first: first + 1 })
      else index.set(column, i)
      return
    }
    if (key !== '') unknown.push(i)
  })
  const ignored: string[] = []
  for (const i of unknown) {
    const key = keys[i]!
    // A near miss of a column already found is another column (`statut` beside `start`), not a typo.
    const near = key.length <= 20 ? CSV_COLUMNS.find((c) => !index.has(c) && editDistance(key, columnKey(c)) <= (c.length > 4 ? 2 : 1)) : undefined
    if (near)
      issues.add(
        `${where}, column ${i + 1}`,
        `${describe(names[i])} is not a column; did you mean "${near}"? (known: ${CSV_COLUMNS.join(', ')}, or their French names; option columns maps others)`,
        'header-near',
        { name: describe(names[i]), near, known: CSV_COLUMNS.join(', ') },
      )
    else ignored.push(names[i]!)
  }
  if (!index.has('start') && mapping.start === undefined) {
    if (fields.length > 1)
      issues.add(
        where,
        `has no "start" column (columns found: ${listNames(fields)}): name the column where incidents start "start" or "début", or map it with option columns, e.g. { start: 'Ouverture' } (on the command line: --columns start=Ouverture)`,
        'header-no-start',
        foundNames(fields),
      )
    else
      issues.add(
        where,
        `has no "start" column (read with delimiter ${JSON.stringify(delimiter)}, one column: ${listNames(fields)}); the first line must name the columns, e.g. "id,start,end,elements,impact"; if the file uses another delimiter, give it with option delimiter`,
        'header-one-column',
        { delimiter: JSON.stringify(delimiter), ...foundNames(fields) },
      )
  }
  issues.throwIfAny(FAILURE)
  return { width: fields.length, index, ignored }
}
