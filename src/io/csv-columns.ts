import { InputError, present, safely, type SafeResult } from '../errors.js'
import { type IncidentColumns, IncidentColumnsBuilder, INSTANT_COLUMNS } from '../incidents/columns.js'
import { type Cells, type CsvOptions, type CsvSession, type CsvSource, readCsvText, type RowTarget } from './csv-session.js'
import { readCsvStream } from './csv-stream.js'
import { type CsvEncodingUsed } from './encoding.js'
import { type SkippedRow } from './result.js'
import { type CsvColumn } from './vocabulary.js'

/** What the columnar CSV readers return: the incidents as columns, ready for `monthlyStatement`. */
export interface CsvColumnsResult {
  /** The incidents read, as columns; pass them as `incidents` to `monthlyStatement` or `measureAvailability`. */
  incidents: IncidentColumns
  /** `lines[i]` is the line where incident `i` was written (1-based). */
  lines: Uint32Array
  /** Every row left out, with its line and the reason. */
  skipped: SkippedRow[]
  /** The delimiter used, given or detected. */
  delimiter: string
  /** Header columns that are not incident fields, ignored (e.g. `notes`). */
  ignoredColumns: string[]
  /** Each incident field's column as the header names it, e.g. `{ start: 'début', end: 'fin' }`: where a message names a column, it names it so. */
  columnNames: Partial<Record<CsvColumn, string>>
  /**
   * The encoding the input was read in (see option `encoding`): `'utf-8'` for UTF-8, ASCII or text given as
   * such; anything else is worth a warning, as the command line gives one ("read as Windows-1252").
   */
  encoding: CsvEncodingUsed
}

/** Gathers incidents into columns as they are read: no object per row, each date read once. */
class ColumnTarget implements RowTarget {
  private readonly builder = new IncidentColumnsBuilder()
  private lines = new Uint32Array(1024)
  private readonly skippedRows: SkippedRow[] = []

  incident(c: Cells, line: number): void {
    const b = this.builder
    const i = b.add(c.start, c.end, c.impact, c.cause)
    if (i === this.lines.length) {
      const wider = new Uint32Array(i * 2)
      wider.set(this.lines)
      this.lines = wider
    }
    this.lines[i] = line
    if (c.many) {
      if (c.many.length === 1) b.oneElement(i, c.many[0]!)
      else b.someElements(i, c.many)
    } else if (c.one) b.oneElement(i, c.one)
    else b.everyElement(i)
    if (c.id) b.id(i, c.id)
    for (let k = 0; k < INSTANT_COLUMNS.length; k++) if (c.instantTexts[k]) b.instant(INSTANT_COLUMNS[k]!, i, c.instants[k]!)
  }

  skipped(row: SkippedRow): void {
    this.skippedRows.push(row)
  }

  finish(session: CsvSession): CsvColumnsResult {
    const incidents = this.builder.build()
    return { incidents, lines: this.lines.slice(0, incidents.count), skipped: this.skippedRows, delimiter: session.delimiter, ignoredColumns: present(session.header).ignored, columnNames: session.columnNames(), encoding: session.encoding }
  }
}

/**
 * Reads a CSV incident file held in memory into columns: the same format, rules, skipped rows and lines
 * as `parseCsvIncidents`, but the incidents come as {@link IncidentColumns} (typed arrays, each date read
 * once), which `monthlyStatement` takes as they are. For a log of many rows, where the statement is all
 * that is wanted. Titles are not kept.
 *
 * @example
 * const { incidents, lines } = parseCsvIncidentColumns('id;début;fin\nA;2026-03-02T10:00:00Z;2026-03-02T11:00:00Z\n')
 * incidents.count // 1
 * incidents.end[0] - incidents.start[0] // 3600000
 * lines[0] // 2
 * @throws InputError when the input as a whole is not such a file (no header, no start column, a mapped column missing) or the options are wrong.
 */
export function parseCsvIncidentColumns(text: string | Uint8Array, options: CsvOptions = {}): CsvColumnsResult {
  const target = new ColumnTarget()
  return target.finish(readCsvText(text, options, target))
}

/**
 * Reads a CSV incident file of any size, from a stream, into columns; see {@link parseCsvIncidentColumns}.
 * A million rows read and drawn up into a statement take about the time csv-parse alone takes to split
 * them, in a third of the memory of one object per row.
 *
 * @example
 * // A file: readCsvIncidentColumns(createReadStream('incidents.csv')), createReadStream from node:fs.
 * const { incidents, skipped } = await readCsvIncidentColumns(['start,end,impact\n', '2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,partielle\n'])
 * incidents.toIncidents() // [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', impact: 'partial' }]
 * skipped // []
 * @throws InputError if the input has no header or no start column, or the options are wrong.
 */
export async function readCsvIncidentColumns(source: CsvSource, options: CsvOptions = {}): Promise<CsvColumnsResult> {
  const target = new ColumnTarget()
  const seen: { session?: CsvSession } = {}
  for await (const _ of readCsvStream(source, options, target, seen));
  return target.finish(present(seen.session))
}

/**
 * {@link parseCsvIncidentColumns} without throwing.
 *
 * @example
 * safeParseCsvIncidentColumns('title\nno start column\n').success // false
 */
export function safeParseCsvIncidentColumns(text: string | Uint8Array, options: CsvOptions = {}): SafeResult<CsvColumnsResult> {
  return safely(() => parseCsvIncidentColumns(text, options))
}

/**
 * {@link readCsvIncidentColumns} without throwing: the promise always resolves.
 *
 * @example
 * const r = await safeReadCsvIncidentColumns('start\n2026-03-02T10:00:00Z\n')
 * r.success // true
 */
export async function safeReadCsvIncidentColumns(source: CsvSource, options: CsvOptions = {}): Promise<SafeResult<CsvColumnsResult>> {
  try {
    return { success: true, data: await readCsvIncidentColumns(source, options) }
  } catch (error) {
    if (error instanceof InputError) return { success: false, error }
    throw error
  }
}
