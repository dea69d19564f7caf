import { type IncidentInput } from '../schema/incident.js'
import { type CsvOptions, type CsvSession, type CsvSource, incidentOf, readCsvStream, readCsvText, type RowTarget } from './csv-session.js'
import { type ReadResult, type SkippedRow } from './result.js'

export { type CsvOptions, type CsvSource } from './csv-session.js'
export { type CsvColumnMapping, detectDelimiter, MAX_CSV_COLUMNS, MAX_CSV_HEADER, MAX_CSV_RECORD } from './csv-header.js'

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

/** Collects incidents as objects. */
class ObjectTarget implements RowTarget {
  readonly result: CsvReadResult = { incidents: [], skipped: [], lines: [], delimiter: '', ignoredColumns: [] }
  incident(cells: Parameters<RowTarget['incident']>[0], line: number): void {
    this.result.incidents.push(incidentOf(cells) as IncidentInput)
    this.result.lines.push(line)
  }
  skipped(row: SkippedRow): void {
    this.result.skipped.push(row)
  }
  finish(session: CsvSession): CsvReadResult {
    this.result.delimiter = session.delimiter
    this.result.ignoredColumns = session.header!.ignored
    return this.result
  }
}

/**
 * Reads a small CSV incident file at once (for large files use {@link readCsvIncidents}). The first line
 * names the columns: `id,start,end,elements,impact,cause,detectedAt,reportedAt,interventionAt,restoredAt,title`,
 * in any order, only `start` required, or their French names (`début`, `fin`, `éléments`, `signalé`, … see
 * `COLUMN_WORDS`), or any names mapped with option `columns`; other columns are ignored and listed in
 * `ignoredColumns`. Dates are ISO-8601 instants with an offset, or local times with options `dateFormat`
 * and `timeZone`. An empty `end` is an open incident; `elements` are separated by `,`, `;`, `|` or spaces
 * (`vps-05, vps-06` is two); an empty `elements` cell means every element. Impacts and causes are the
 * library's words or their French and English synonyms (`panne`, `maintenance programmée`, … see
 * `IMPACT_WORDS` and `CAUSE_WORDS`). Rows that cannot be used are returned in `skipped` with their line and
 * the reason.
 *
 * @example
 * const { incidents, skipped } = parseCsvIncidents('id;début;fin;impact\nA;02/03/2026 10:00;02/03/2026 12:30;Panne\n', {
 *   dateFormat: 'dd/MM/yyyy HH:mm',
 *   timeZone: 'Europe/Paris',
 * })
 * incidents[0] // { id: 'A', start: '2026-03-02T09:00:00Z', end: '2026-03-02T11:30:00Z', impact: 'outage' }
 * @throws InputError when the input as a whole is not such a file (no header, no start column, a mapped column missing) or the options are wrong.
 */
export function parseCsvIncidents(text: string | Uint8Array, options: CsvOptions = {}): CsvReadResult {
  const target = new ObjectTarget()
  return target.finish(readCsvText(text, options, target))
}

/** Keeps rows for the generator to hand out. */
class QueueTarget implements RowTarget {
  queue: CsvRow[] = []
  incident(cells: Parameters<RowTarget['incident']>[0], line: number): void {
    this.queue.push({ kind: 'incident', line, incident: incidentOf(cells) as IncidentInput })
  }
  skipped(row: SkippedRow): void {
    this.queue.push({ kind: 'skipped', skipped: row })
  }
}

async function* rowsOf(source: CsvSource, options: CsvOptions): AsyncGenerator<CsvRow, void, undefined> {
  const target = new QueueTarget()
  const drain = function* () {
    const rows = target.queue
    target.queue = []
    yield* rows
  }
  for await (const _ of readCsvStream(source, options, target, {})) yield* drain()
  yield* drain()
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
  return rowsOf(source, options)
}

/**
 * Reads a CSV incident file of any size and returns every incident: memory holds the incidents, not the
 * file. Same format and rules as {@link parseCsvIncidents}. To draw up a statement from a large log,
 * `readCsvIncidentColumns` does the same work in a fraction of the time and memory.
 *
 * @example
 * // Any stream of text or bytes: createReadStream('incidents.csv') from node:fs, or chunks as here.
 * const { incidents, skipped } = await readCsvIncidents(['id,start,end\n', 'a,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z\n'])
 * incidents.map((i) => i.id) // ['a']
 * skipped // []
 * @throws InputError if the input has no header or no start column, or the options are wrong.
 */
export async function readCsvIncidents(source: CsvSource, options: CsvOptions = {}): Promise<CsvReadResult> {
  const target = new ObjectTarget()
  const seen: { session?: CsvSession } = {}
  for await (const _ of readCsvStream(source, options, target, seen));
  return target.finish(seen.session!)
}
