/**
 * matou/io: readers that turn incident logs and status-page exports into the library's incidents.
 * Each returns `{ incidents, skipped }`: the incidents, ready for `measureAvailability`, and every row it
 * could not use with its line or path and the reason; nothing is dropped silently. An input that is not of
 * the expected kind at all is an `InputError` listing its problems. This entry uses Node built-ins
 * (streams, Buffer); the main entry does not.
 *
 * Names follow one rule: `parseX` reads text or a value already in memory, `readX` a stream or a file
 * (and returns a promise); each has a `safe…` twin that returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @packageDocumentation
 */

export { type ReadResult, type SkippedRow, RAW_LIMIT, formatSkipReason, formatReaderIssue } from './result.js'
export { type LocalTimeOptions } from './dates.js'
export {
  type CsvOptions,
  type CsvReadResult,
  type CsvSource,
  type CsvEncoding,
  type CsvEncodingUsed,
  parseCsvIncidents,
  detectDelimiter,
  type CsvColumnMapping,
} from './csv.js'
export { type CsvRow, readCsvIncidents, csvIncidentRows } from './csv-rows.js'
export {
  type CsvColumnsResult,
  parseCsvIncidentColumns,
  readCsvIncidentColumns,
  safeParseCsvIncidentColumns,
  safeReadCsvIncidentColumns,
} from './csv-columns.js'
export { IMPACT_WORDS, CAUSE_WORDS, COLUMN_WORDS, type CsvColumn } from './vocabulary.js'
export { parseIncidentsJson } from './json.js'
export { parseTicketEventLog, type TicketEventLogOptions } from './event-log.js'
export { type GlpiField, type GlpiOptions, GLPI_PRIORITIES, GLPI_SEARCH_FIELDS, GLPI_STATUSES, parseGlpiTickets, parseGlpiTicketsCsv } from './glpi.js'
export { parseServiceNowEventLog, SERVICENOW_STATES, type ServiceNowOptions } from './servicenow.js'
export { type ClientListOptions, type ClientListResult, parseClientList } from './clients.js'
export { parseIncidentsYaml } from './yaml.js'
export { type StatuspageOptions, type StatusMapping, STATUSPAGE_MAPPING, parseStatuspageIncidents } from './statuspage.js'
export { type GapRule, type ProbeCoverage, type ProbeGap, type ProbeReadResult, type ProbeState, probeCoverage } from './probes.js'
export { type Heartbeat, type HeartbeatOptions, type HeartbeatSource, parseHeartbeats } from './heartbeats.js'
export { type PrometheusOptions, parsePrometheusRange } from './prometheus.js'
export { parseSpreadsheet, type SpreadsheetFormat, type SpreadsheetOptions, type SpreadsheetTable, spreadsheetKind } from './spreadsheet.js'
export {
  safeParseCsvIncidents,
  safeReadCsvIncidents,
  safeParseIncidentsJson,
  safeParseIncidentsYaml,
  safeParseStatuspageIncidents,
  safeParseHeartbeats,
  safeParsePrometheusRange,
  safeParseClientList,
  safeParseGlpiTickets,
  safeParseGlpiTicketsCsv,
  safeParseServiceNowEventLog,
  safeParseTicketEventLog,
  safeParseSpreadsheet,
} from './safe.js'
