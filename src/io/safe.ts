import { InputError, safely, type SafeResult } from '../errors.js'
import { type ClientListOptions, type ClientListResult, parseClientList } from './clients.js'
import { type CsvOptions, type CsvReadResult, type CsvSource, parseCsvIncidents } from './csv.js'
import { readCsvIncidents } from './csv-rows.js'
import { type HeartbeatOptions, type HeartbeatSource, parseHeartbeats } from './heartbeats.js'
import { parseTicketEventLog, type TicketEventLogOptions } from './event-log.js'
import { type GlpiOptions, parseGlpiTickets, parseGlpiTicketsCsv } from './glpi.js'
import { parseIncidentsJson } from './json.js'
import { type ProbeReadResult } from './probes.js'
import { type PrometheusOptions, parsePrometheusRange } from './prometheus.js'
import { type ReadResult } from './result.js'
import { parseServiceNowEventLog, type ServiceNowOptions } from './servicenow.js'
import { parseSpreadsheet, type SpreadsheetOptions, type SpreadsheetTable } from './spreadsheet.js'
import { parseStatuspageIncidents, type StatuspageOptions } from './statuspage.js'
import { parseIncidentsYaml } from './yaml.js'

// Each reader's twin that returns zod's shape instead of throwing, as the parsers of the core do: a
// bad input as a whole gives `{ success: false, error }`; rows that could not be used are in `skipped`
// either way.

/**
 * {@link parseCsvIncidents} without throwing.
 *
 * @example
 * safeParseCsvIncidents('title\nno start column\n').success // false
 * safeParseCsvIncidents('start\n2026-03-02T10:00:00Z\n').success // true
 */
export function safeParseCsvIncidents(text: string | Uint8Array, options: CsvOptions = {}): SafeResult<CsvReadResult> {
  return safely(() => parseCsvIncidents(text, options))
}

/**
 * {@link readCsvIncidents} without throwing: the promise always resolves.
 *
 * @example
 * const r = await safeReadCsvIncidents('start\n2026-03-02T10:00:00Z\n')
 * r.success // true
 */
export async function safeReadCsvIncidents(source: CsvSource, options: CsvOptions = {}): Promise<SafeResult<CsvReadResult>> {
  try {
    return { success: true, data: await readCsvIncidents(source, options) }
  } catch (error) {
    if (error instanceof InputError) return { success: false, error }
    throw error
  }
}

/**
 * {@link parseIncidentsJson} without throwing.
 *
 * @example
 * safeParseIncidentsJson('{ not json').success // false
 */
export function safeParseIncidentsJson(text: string): SafeResult<ReadResult> {
  return safely(() => parseIncidentsJson(text))
}

/**
 * {@link parseIncidentsYaml} without throwing.
 *
 * @example
 * safeParseIncidentsYaml('- { start: 2026-03-02T10:00:00Z }').success // true
 */
export function safeParseIncidentsYaml(text: string): SafeResult<ReadResult> {
  return safely(() => parseIncidentsYaml(text))
}

/**
 * {@link parseStatuspageIncidents} without throwing.
 *
 * @example
 * safeParseStatuspageIncidents({ pages: [] }).success // false
 */
export function safeParseStatuspageIncidents(json: string | object, options: StatuspageOptions = {}): SafeResult<ReadResult> {
  return safely(() => parseStatuspageIncidents(json, options))
}

/**
 * {@link parseHeartbeats} without throwing.
 *
 * @example
 * safeParseHeartbeats([], { pending: 'down', gap: 'unknown' }).success // true
 * safeParseHeartbeats([], { pending: 'maybe', gap: 'unknown' } as never).success // false
 */
export function safeParseHeartbeats(beats: HeartbeatSource, options: HeartbeatOptions): SafeResult<ProbeReadResult> {
  return safely(() => parseHeartbeats(beats, options))
}

/**
 * {@link parsePrometheusRange} without throwing.
 *
 * @example
 * safeParsePrometheusRange({ status: 'error' }).success // false
 */
export function safeParsePrometheusRange(json: string | object, options: PrometheusOptions = {}): SafeResult<ProbeReadResult> {
  return safely(() => parsePrometheusRange(json, options))
}

/**
 * {@link parseClientList} without throwing.
 *
 * @example
 * safeParseClientList('element,fee,currency\nvps-1,6,EUR\n').success // true
 */
export function safeParseClientList(text: string, options: ClientListOptions = {}): SafeResult<ClientListResult> {
  return safely(() => parseClientList(text, options))
}

/**
 * {@link parseGlpiTickets} without throwing.
 *
 * @example
 * safeParseGlpiTickets([], {}).success // false: timeZone is required
 */
export function safeParseGlpiTickets(json: string | object, options: GlpiOptions = {}): SafeResult<ReadResult> {
  return safely(() => parseGlpiTickets(json, options))
}

/**
 * {@link parseGlpiTicketsCsv} without throwing.
 *
 * @example
 * safeParseGlpiTicketsCsv('Titre\nPanne\n', { timeZone: 'Europe/Paris' }).success // false: no ID, status or opening date column
 */
export function safeParseGlpiTicketsCsv(text: string, options: GlpiOptions = {}): SafeResult<ReadResult> {
  return safely(() => parseGlpiTicketsCsv(text, options))
}

/**
 * {@link parseServiceNowEventLog} without throwing.
 *
 * @example
 * safeParseServiceNowEventLog('number\n', { timeZone: 'UTC' }).success // false: no incident_state column
 */
export function safeParseServiceNowEventLog(text: string, options: ServiceNowOptions = {}): SafeResult<ReadResult> {
  return safely(() => parseServiceNowEventLog(text, options))
}

/**
 * {@link parseTicketEventLog} without throwing.
 *
 * @example
 * safeParseTicketEventLog('id,when\n').success // false: no ticket column
 */
export function safeParseTicketEventLog(text: string, options: TicketEventLogOptions = {}): SafeResult<ReadResult> {
  return safely(() => parseTicketEventLog(text, options))
}

/**
 * {@link parseSpreadsheet} without throwing.
 *
 * @example
 * safeParseSpreadsheet(new TextEncoder().encode('start,end\n')).success // false: not a spreadsheet
 */
export function safeParseSpreadsheet(bytes: Uint8Array, options: SpreadsheetOptions = {}): SafeResult<SpreadsheetTable> {
  return safely(() => parseSpreadsheet(bytes, options))
}
