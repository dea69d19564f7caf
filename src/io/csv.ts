import { present } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { type CsvOptions, type CsvSession, incidentOf, readCsvText, type RowTarget } from './csv-session.js'
import { type CsvEncodingUsed } from './encoding.js'
import { type ReadResult, type SkippedRow } from './result.js'
import { type CsvColumn } from './vocabulary.js'

export { type CsvOptions, type CsvSource } from './csv-session.js'
export { type CsvEncoding, type CsvEncodingUsed } from './encoding.js'
export { type CsvColumnMapping, detectDelimiter, MAX_CSV_COLUMNS, MAX_CSV_HEADER, MAX_CSV_RECORD } from './csv-header.js'

/** What the CSV readers return. */
export interface CsvReadResult extends ReadResult {
  /** `lines[i]` is the line where `incidents[i]` was written (1-based). */
  lines: number[]
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

/** Collects incidents as objects. */
export class ObjectTarget implements RowTarget {
  readonly result: CsvReadResult = { incidents: [], skipped: [], lines: [], delimiter: '', ignoredColumns: [], columnNames: {}, encoding: 'utf-8' }
  incident(cells: Parameters<RowTarget['incident']>[0], line: number): void {
    this.result.incidents.push(incidentOf(cells) as IncidentInput)
    this.result.lines.push(line)
  }
  skipped(row: SkippedRow): void {
    this.result.skipped.push(row)
  }
  finish(session: CsvSession): CsvReadResult {
    this.result.delimiter = session.delimiter
    this.result.ignoredColumns = present(session.header).ignored
    this.result.columnNames = session.columnNames()
    this.result.encoding = session.encoding
    return this.result
  }
}

/**
 * Reads a small CSV incident file at once (for large files use `readCsvIncidents`). Text in memory only: it
 * runs in a browser as well as in Node. The first line
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
