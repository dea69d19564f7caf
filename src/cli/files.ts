import { readFile } from 'node:fs/promises'
import { extname, resolve } from 'node:path'
import { InputError } from '../errors.js'
import { type ReadResult } from '../io/result.js'
import { readYaml } from '../io/yaml.js'
import { type ClientListResult, parseClientList, parseHeartbeats, parseIncidentsJson, parseIncidentsYaml, parsePrometheusRange, parseStatuspageIncidents, readCsvIncidents } from '../io/index.js'

/** An error about one file: its issues are printed with the file name before each path. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly inputError: InputError,
  ) {
    super(inputError.message)
  }
}

/** Reads a file (relative to `cwd`), or throws an error naming it as the user wrote it. */
export async function readText(path: string, cwd = '.'): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : String((error as Error).message)
    throw new FileError(path, new InputError([{ path: '', message: why }], `Cannot read ${path}`))
  }
}

/**
 * Reads a YAML or JSON data file (JSON is read as YAML 1.2, of which it is a part), reporting syntax errors
 * with their line and column.
 */
export async function readDataFile(path: string, cwd = '.'): Promise<unknown> {
  const text = await readText(path, cwd)
  try {
    return readYaml(text, `Cannot read ${path}`).document
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    throw error
  }
}

/** Reads a client list: CSV, or JSON / YAML by the file's extension. */
export async function readClientFile(path: string, options: { cwd?: string; currency?: string } = {}): Promise<ClientListResult> {
  const text = await readText(path, options.cwd)
  const ext = extname(path).toLowerCase()
  const format = ext === '.json' ? 'json' : ext === '.yaml' || ext === '.yml' ? 'yaml' : ext === '.csv' || ext === '.tsv' ? 'csv' : undefined
  try {
    return parseClientList(text, { ...(format !== undefined && { format }), ...(options.currency !== undefined && { currency: options.currency }) })
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    throw error
  }
}

/** Incident log formats the command line reads. */
export const INCIDENT_FORMATS = ['csv', 'json', 'yaml', 'statuspage', 'uptime-kuma', 'prometheus'] as const
export type IncidentFormat = (typeof INCIDENT_FORMATS)[number]

/** Options for reading an incident log. */
export interface IncidentFileOptions {
  format?: IncidentFormat
  /** date-fns pattern of local dates in a CSV, e.g. `dd/MM/yyyy HH:mm`. */
  dateFormat?: string
  /** Zone of those local dates. */
  timeZone?: string
  /** Folder relative paths are read from. */
  cwd?: string
}

function guessFormat(path: string, text: string): IncidentFormat {
  const ext = extname(path).toLowerCase()
  if (ext === '.csv' || ext === '.tsv') return 'csv'
  if (ext === '.yaml' || ext === '.yml') return 'yaml'
  // A JSON file: the library's own list, or an export whose shape says where it comes from.
  const head = text.slice(0, 4096)
  if (/"incident_updates"|"page"\s*:\s*\{/.test(head)) return 'statuspage'
  if (/"resultType"\s*:\s*"matrix"/.test(head)) return 'prometheus'
  if (/"monitor_id"|"heartbeatList"|"msg"\s*:/.test(head)) return 'uptime-kuma'
  return 'json'
}

/** Reads an incident log of any supported format. */
export async function readIncidentFile(path: string, options: IncidentFileOptions = {}): Promise<ReadResult & { format: IncidentFormat }> {
  const text = await readText(path, options.cwd)
  const format = options.format ?? guessFormat(path, text)
  try {
    let result: ReadResult
    switch (format) {
      case 'csv':
        result = await readCsvIncidents(text, {
          ...(options.dateFormat !== undefined && { dateFormat: options.dateFormat }),
          ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
        })
        break
      case 'yaml':
        result = parseIncidentsYaml(text)
        break
      case 'statuspage':
        result = parseStatuspageIncidents(text)
        break
      case 'prometheus':
        result = parsePrometheusRange(text)
        break
      case 'uptime-kuma':
        // Uptime Kuma 2's own rule: a PENDING beat counts as down; time without beats is unknown.
        result = parseHeartbeats(JSON.parse(text), { pending: 'down', gap: 'unknown' })
        break
      default:
        result = parseIncidentsJson(text)
    }
    return { ...result, format }
  } catch (error) {
    if (error instanceof InputError) throw new FileError(path, error)
    if (error instanceof SyntaxError) throw new FileError(path, new InputError([{ path: '', message: error.message }], `Cannot read ${path}`))
    throw error
  }
}
