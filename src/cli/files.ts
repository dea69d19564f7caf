import { isUtf8 } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { InputError } from '../errors.js'
import { type CsvOptions } from '../io/csv.js'
import { type CsvColumnMapping } from '../io/csv-header.js'
import { type ReadResult } from '../io/result.js'
import { type LocalTimeOptions } from '../io/dates.js'
import { type GapRule, type ProbeGap } from '../io/probes.js'
import { readYaml } from '../io/yaml.js'
import { parseCsvIncidentColumns } from '../io/csv-columns.js'
import { windows1252FromLatin1 } from '../io/encoding.js'
import { parseSpreadsheet, type SpreadsheetTable, spreadsheetKind } from '../io/spreadsheet.js'
import { clientColumnOf } from '../io/clients.js'
import { columnOf } from '../io/vocabulary.js'
import { type IncidentColumns } from '../incidents/columns.js'
import { type IncidentInput } from '../schema/incident.js'
import { type ClientListResult, parseClientList, parseHeartbeats, parseIncidentsJson, parseIncidentsYaml, parsePrometheusRange, parseStatuspageIncidents, readCsvIncidents } from '../io/index.js'
import { LocalisedInputError } from './localise.js'
import { type CliMessages, cliMessages } from './messages.js'

/** An error about one file: its issues are printed with the file name before each path. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly inputError: InputError,
    /** Where each issue path points in the file: `incidents[3]` → `log.csv:5`, when the reader knows. */
    readonly locate?: (path: string) => string,
  ) {
    super(inputError.message)
  }
}

/** Where files are read from: a folder, and standard input for the name `-`. */
export interface FileSource {
  /** Folder relative paths are read from. */
  cwd?: string
  /** Reads standard input to its end; given by the program, absent in a library call. */
  stdin?: () => Promise<string>
  /** The language of the messages. */
  m?: CliMessages
  /** Where a file read otherwise than as UTF-8 is said to be. */
  warn?: (text: string) => void
  /**
   * What a spreadsheet given is to hold: the sheet read is then the first shown whose header names an element
   * (a client list) or a start (a log), when the first shown does not.
   */
  sheetOf?: 'clients' | 'incidents'
}

// Whether a sheet's first row is the header of what the reader needs.
const HEADERS: Record<NonNullable<FileSource['sheetOf']>, (row: readonly string[]) => boolean> = {
  clients: (row) => row.some((cell) => clientColumnOf(cell) === 'element'),
  incidents: (row) => row.some((cell) => columnOf(cell) === 'start'),
}

/**
 * The text of a file's bytes: UTF-8, or UTF-16 after its byte-order mark (Excel's "Unicode text"), or, when
 * the bytes are not UTF-8, Windows-1252, in which Excel on Windows saves a French "CSV (séparateur : point-
 * virgule)": `début` is then the byte E9, which read as UTF-8 would be a replacement character, and the column
 * unknown. Says which when it is not UTF-8.
 */
function decodeFile(bytes: Buffer, path: string, source: FileSource, m: CliMessages): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (isUtf8(bytes)) return bytes.toString('utf8')
  source.warn?.(m.notUtf8(path))
  // Latin-1 as Buffer reads it, at memory speed: Node's own TextDecoder('windows-1252') is slower and gives
  // the bytes 80–9F the same Latin-1 controls, which Windows-1252 makes €, ’, œ…
  return windows1252FromLatin1(bytes.toString('latin1'))
}

/**
 * Reads a file (relative to `cwd`), `-` from standard input, or throws an error naming it as the user wrote it.
 * A spreadsheet (`.ods`, `.xlsx`, known by its first bytes) gives the CSV of its first sheet shown, with a warning
 * naming that sheet when there are others; one that cannot be read is a {@link FileError} saying why.
 */
export async function readText(path: string, source: FileSource = {}): Promise<string> {
  const m = source.m ?? cliMessages('en')
  if (path === '-' && source.stdin) return source.stdin()
  let bytes: Buffer
  try {
    bytes = await readFile(resolve(source.cwd ?? '.', path))
  } catch (error) {
    throw unreadable(path, error, m)
  }
  if (spreadsheetKind(bytes) !== undefined) return sheetText(bytes, path, source, m)
  try {
    return decodeFile(bytes, path, source, m)
  } catch (error) {
    throw unreadable(path, error, m)
  }
}

/** A file the system would not give, said as the user wrote its name. */
function unreadable(path: string, error: unknown, m: CliMessages): FileError {
  const code = (error as NodeJS.ErrnoException).code
  const why = code === 'ENOENT' ? m.noSuchFile : code === 'EISDIR' ? m.isFolder : code === 'EACCES' ? m.notReadable : String((error as Error).message)
  return new FileError(path, new LocalisedInputError([{ path: '', message: why }], m.cannotRead(path)))
}

/** The CSV of a spreadsheet's first sheet shown: what the readers of a CSV then take, row N being line N. */
function sheetText(bytes: Buffer, path: string, source: FileSource, m: CliMessages): string {
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let table: SpreadsheetTable
  try {
    table = parseSpreadsheet(view)
    const fits = source.sheetOf === undefined ? undefined : HEADERS[source.sheetOf]
    if (fits && !fits(table.rows[0] ?? [])) {
      // A workbook with a summary or notes first: the sheet that holds the list is the one headed as one.
      for (const name of table.sheets) {
        if (name === table.sheet) continue
        const other = parseSpreadsheet(view, { sheet: name })
        if (fits(other.rows[0] ?? [])) {
          source.warn?.(m.headedSheet(path, other.sheet, other.sheets, source.sheetOf === 'clients'))
          return other.csv
        }
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    throw error
  }
  if (table.sheets.length > 1) source.warn?.(m.firstSheet(path, table.sheet, table.sheets))
  return table.csv
}

/**
 * Reads a YAML or JSON data file (JSON is read as YAML 1.2, of which it is a part), reporting syntax errors
 * with their line and column.
 */
export async function readDataFile(path: string, source: FileSource = {}): Promise<unknown> {
  const text = await readText(path, source)
  try {
    return readYaml(text, (source.m ?? cliMessages('en')).cannotRead(path)).document
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    throw error
  }
}

/** Reads a client list: CSV, or JSON / YAML by the file's extension (by its content for standard input). */
export async function readClientFile(path: string, options: FileSource & { currency?: string } = {}): Promise<ClientListResult> {
  const text = await readText(path, { ...options, sheetOf: 'clients' })
  const ext = extname(path).toLowerCase()
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.csv' || ext === '.tsv' || SHEETS.has(ext) ? 'csv' : undefined
  try {
    return parseClientList(text, { ...(format !== undefined && { format }), ...(options.currency !== undefined && { currency: options.currency }) })
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    throw error
  }
}

// Spreadsheets, read as the CSV of their first sheet shown (see readText).
const SHEETS = new Set(['.ods', '.xlsx', '.xlsm'])

/** Incident log formats the command line reads. */
export const INCIDENT_FORMATS = ['csv', 'json', 'yaml', 'statuspage', 'uptime-kuma', 'prometheus'] as const
export type IncidentFormat = (typeof INCIDENT_FORMATS)[number]

/**
 * Options for reading an incident log. `columns` (the CSV's own column names by incident field) is the
 * CSV reader's option of that name; it is passed through as it is.
 */
export interface IncidentFileOptions extends FileSource, Pick<CsvOptions, 'dateFormat' | 'timeZone' | 'ambiguousTime'> {
  format?: IncidentFormat
  /** The CSV's own column names, by incident field: `{ start: 'début', end: 'fin' }`. */
  columns?: CsvColumnMapping
  /** Probe data (Prometheus, Uptime Kuma): what time without data counts as; default `unknown`. */
  gap?: GapRule
  /** Probe data: the longest time, in ms, a sample or beat vouches for; beyond it, a gap. */
  maxGap?: number
}

function guessFormat(path: string, text: string): IncidentFormat {
  const ext = extname(path).toLowerCase()
  if (ext === '.csv' || ext === '.tsv' || SHEETS.has(ext)) return 'csv'
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  const head = text.slice(0, 4096)
  if (ext === '') {
    // Standard input or a name without extension: the first line says whether it is a table or a document.
    const first = head.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0] ?? ''
    if (!first.startsWith('{') && !first.startsWith('[')) return first.startsWith('-') || /^[\w"' ]+:(\s|$)/.test(first) ? 'yaml' : 'csv'
  }
  // A JSON file: the library's own list, or an export whose shape says where it comes from.
  if (/"incident_updates"|"page"\s*:\s*\{/.test(head)) return 'statuspage'
  if (/"resultType"\s*:\s*"matrix"/.test(head)) return 'prometheus'
  if (/"monitor_id"|"heartbeatList"|"msg"\s*:/.test(head)) return 'uptime-kuma'
  return 'json'
}

/** What an incident log gave: its incidents and skipped rows, the format read, and each incident's CSV line. */
export type IncidentFile = ReadResult & {
  format: IncidentFormat
  lines?: readonly number[]
  /** The gaps in probe data (Prometheus, Uptime Kuma), so that a statement says its coverage. */
  gaps?: readonly ProbeGap[]
  /** A CSV's columns as its header names them, so that a warning names a column as the user wrote it. */
  columnNames?: Readonly<Record<string, string>>
}

/** Reads an incident log of any supported format. */
export async function readIncidentFile(path: string, options: IncidentFileOptions = {}): Promise<IncidentFile> {
  return (await readLog(path, options, false)) as IncidentFile
}

/**
 * What a log read for a statement gives: a CSV as columns (typed arrays, no object per row: a million
 * rows in a few hundred MB less), any other format as objects.
 */
export type IncidentLogFile = Omit<IncidentFile, 'incidents' | 'lines'> & { incidents: readonly IncidentInput[] | IncidentColumns; lines?: ArrayLike<number> }

/** The local-time options a reader of the library's own format takes: a list written by hand, as a CSV is read. */
function localTimes(options: IncidentFileOptions): LocalTimeOptions {
  return {
    ...(options.dateFormat !== undefined && { dateFormat: options.dateFormat }),
    ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
    ...(options.ambiguousTime !== undefined && { ambiguousTime: options.ambiguousTime }),
  }
}

/** Reads an incident log for `monthlyStatement`: as {@link readIncidentFile}, a CSV into columns. */
export async function readIncidentLog(path: string, options: IncidentFileOptions = {}): Promise<IncidentLogFile> {
  return readLog(path, options, true)
}

/** The gap policy given on the command line, in the probe readers' own terms. */
function probeOptions(options: IncidentFileOptions): { gap?: GapRule; maxGap?: number } {
  return { ...(options.gap !== undefined && { gap: options.gap }), ...(options.maxGap !== undefined && { maxGap: options.maxGap }) }
}

async function readLog(path: string, options: IncidentFileOptions, asColumns: boolean): Promise<IncidentLogFile> {
  const m = options.m ?? cliMessages('en')
  // A start column named otherwise (--columns) is no header the sheet can be told by.
  const text = await readText(path, { ...options, ...(options.columns?.start === undefined && { sheetOf: 'incidents' as const }) })
  const format = options.format ?? guessFormat(path, text)
  try {
    let result: Pick<IncidentLogFile, 'incidents' | 'skipped' | 'lines'> & { gaps?: ProbeGap[]; columnNames?: IncidentFile['columnNames'] }
    switch (format) {
      case 'csv': {
        const csv: CsvOptions = {
          ...(options.dateFormat !== undefined && { dateFormat: options.dateFormat }),
          ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
          ...(options.ambiguousTime !== undefined && { ambiguousTime: options.ambiguousTime }),
          ...(options.columns !== undefined && { columns: options.columns }),
        }
        result = asColumns ? parseCsvIncidentColumns(text, csv) : await readCsvIncidents(text, csv)
        break
      }
      case 'yaml':
        result = parseIncidentsYaml(text, localTimes(options))
        break
      case 'statuspage':
        result = parseStatuspageIncidents(text)
        break
      case 'prometheus':
        result = parsePrometheusRange(text, probeOptions(options))
        break
      case 'uptime-kuma':
        // Uptime Kuma 2's own rule: a PENDING beat counts as down; time without beats is unknown.
        result = parseHeartbeats(JSON.parse(text), { pending: 'down', gap: 'unknown', ...probeOptions(options) })
        break
      default:
        result = parseIncidentsJson(text, localTimes(options))
    }
    return {
      incidents: result.incidents,
      skipped: result.skipped,
      format,
      ...(result.lines !== undefined && { lines: result.lines }),
      ...(result.gaps !== undefined && { gaps: result.gaps }),
      ...(result.columnNames !== undefined && { columnNames: result.columnNames }),
    }
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    if (error instanceof SyntaxError) throw new FileError(path, new LocalisedInputError([{ path: '', message: error.message }], m.cannotRead(path)))
    throw error
  }
}
