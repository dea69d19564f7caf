import { present } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { type CsvOptions, type CsvSession, type CsvSource, incidentOf, type RowTarget } from './csv-session.js'
import { readCsvStream } from './csv-stream.js'
import { type CsvReadResult, ObjectTarget } from './csv.js'
import { type SkippedRow } from './result.js'

// The streaming readers of incident CSV: Node's streams, for files of any size (csv.ts holds the reader of
// text in memory, which a browser can run).

/** One row of a CSV file, as {@link csvIncidentRows} yields it: an incident, or a row left out and why. */
export type CsvRow =
  | { readonly kind: 'incident'; readonly line: number; readonly incident: IncidentInput }
  | { readonly kind: 'skipped'; readonly skipped: SkippedRow }

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
 * aggregate a million rows on the fly. Same format and rules as `parseCsvIncidents`.
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
 * file. Same format and rules as `parseCsvIncidents`. To draw up a statement from a large log,
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
  return target.finish(present(seen.session))
}
