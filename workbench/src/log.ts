import { type IncidentInput, type Offer, type Statement, monthlyStatement, monthPeriod } from '../../src/index.ts'
import { type SkippedRow } from '../../src/io/result.ts'
import { parseIsoInstant } from '../../src/time/instant.ts'
import { zoneOffset } from '../../src/time/offset.ts'
import { type T } from './i18n.ts'
import { type IncidentFormat, type Lang } from './state.ts'

type Readers = typeof import('./io-browser.ts')

export interface LogReading {
  format: Exclude<IncidentFormat, 'auto'>
  incidents: IncidentInput[]
  /** As the reader gave them: with the code and figures their French is worded from. */
  skipped: SkippedRow[]
}

/** The format of a dropped file, from its name and its first characters. */
export function guessFormat(name: string, text: string): Exclude<IncidentFormat, 'auto'> {
  const lower = name.toLowerCase()
  // A spreadsheet comes as the CSV of its first sheet (see fileText).
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.ods') || lower.endsWith('.xlsx')) return 'csv'
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml'
  const head = text.trimStart()
  if (!head.startsWith('{') && !head.startsWith('[')) return /^[^\n]*start/i.test(head) ? 'csv' : 'yaml'
  if (/"incident_updates"|"shortlink"|"page"\s*:/.test(text)) return 'statuspage'
  if (/"heartbeatList"|"heartbeats"|"monitor_id"|"monitorID"/.test(text)) return 'uptime-kuma'
  return 'json'
}

/** Reads a log with the library's reader for its format; local dates of a CSV are read in `timeZone`. */
export function readLog(readers: Readers, text: string, format: Exclude<IncidentFormat, 'auto'>, options: { dateFormat: string; timeZone: string }): LogReading {
  const read = (() => {
    switch (format) {
      case 'csv':
        return readers.parseCsvIncidents(text, { ...(options.dateFormat && { dateFormat: options.dateFormat }), timeZone: options.timeZone })
      case 'yaml':
        return readers.parseIncidentsYaml(text)
      case 'statuspage':
        return readers.parseStatuspageIncidents(text)
      case 'uptime-kuma':
        return readers.parseHeartbeats(JSON.parse(text), { pending: 'down', gap: 'unknown' })
      default:
        return readers.parseIncidentsJson(text)
    }
  })()
  return {
    format,
    incidents: [...read.incidents] as IncidentInput[],
    skipped: [...read.skipped],
  }
}

/** The service a log's elements are billed under: the one chosen by id, else the offer's first. */
export function billedService(offer: Offer, serviceId: string): Offer['services'][number] {
  return offer.services.find((x) => x.id === serviceId) ?? offer.services[0]!
}

/** The elements a log names, in order of appearance: each billed at the price of the service chosen. */
export function elementsOf(incidents: readonly IncidentInput[]): string[] {
  const seen = new Set<string>()
  for (const i of incidents) for (const e of i.elements ?? []) seen.add(e)
  return [...seen]
}

/**
 * The month of a log's first incident as the offer's clock shows it (`2026-04-01T01:30+02:00` is April in
 * Paris, March in UTC), as the command line takes its default month; undefined for a log without one.
 */
export function monthOfLog(incidents: readonly IncidentInput[], timeZone: string): string | undefined {
  const first = incidents[0]?.start
  const t = first instanceof Date ? first.getTime() : typeof first === 'number' ? first : typeof first === 'string' ? parseIsoInstant(first) : Number.NaN
  if (!Number.isFinite(t)) return undefined
  return new Date(t + zoneOffset(timeZone, t)).toISOString().slice(0, 7)
}

/**
 * The skipped rows as the page lists them, in its language: each row skipped for a reason met before in
 * the file counted under the first, by its line (a log whose dates are all in another form is one reason
 * and the lines it holds), as the statement's report lists them.
 */
export function skippedLines(readers: Readers, skipped: readonly SkippedRow[], lang: Lang, t: T): string[] {
  const groups = readers.groupWarnings(skipped.map((s) => ({ ...s, kind: 'skipped-row' as const })))
  return groups.map((g) => {
    const first = readers.formatReaderIssue(skipped[g.index]!, lang)
    return g.more.length === 0 ? first : `${first} — ${t['inc.sameReason'](g.more.length, readers.lineRanges(g.more, t['inc.lineSpan']))}`
  })
}

/**
 * The month's statement of a log under the draft's commitment; with no element named, one for the service.
 * Given the log's file and the rows its reader skipped, the statement lists them with its warnings, so
 * that the report printed or downloaded says what was left out.
 */
export function statementOf(offer: Offer, incidents: readonly IncidentInput[], month: string, log?: { file: string; skipped: readonly SkippedRow[] }, serviceId = ''): Statement {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const service = billedService(offer, serviceId)
  const fee = service.fee
  const names = elementsOf(incidents)
  // Billed at the offer's price, and said so: the report names the source of the fees and lists the
  // elements so billed under its warnings, as the command line does for an offer file's price. With several
  // services, each element names the one chosen.
  const several = offer.services.length > 1
  const elements = (names.length ? names : [service.id]).map((id) => ({ id, fee: { amount: fee.amount.toString(), currency: fee.currency }, feeSource: 'offer' as const, ...(several && { service: service.id }) }))
  // A log pasted rather than dropped has no file name: its rows are named by their lines alone.
  const read = log && (log.file ? { incidentsFile: log.file, skipped: log.skipped.map((s) => ({ ...s, file: log.file })) } : { skipped: log.skipped })
  return monthlyStatement({ commitment: offer.commitment, period: monthPeriod({ year, month: m, timeZone: offer.commitment.timeZone }), incidents, elements, ...read })
}
