import { type IncidentInput, type Offer, type Statement, monthlyStatement, monthPeriod } from '../../src/index.ts'
import { type IncidentFormat } from './state.ts'

type Readers = typeof import('./io-browser.ts')

export interface LogReading {
  format: Exclude<IncidentFormat, 'auto'>
  incidents: IncidentInput[]
  skipped: { line?: number; path?: string; reason: string }[]
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
    skipped: read.skipped.map((s) => ({ ...(s.line !== undefined && { line: s.line }), ...(s.path !== undefined && { path: s.path }), reason: s.reason })),
  }
}

/** The elements a log names, in order of appearance: each billed at the offer's first price. */
export function elementsOf(incidents: readonly IncidentInput[]): string[] {
  const seen = new Set<string>()
  for (const i of incidents) for (const e of i.elements ?? []) seen.add(e)
  return [...seen]
}

/** The month's statement of a log under the draft's commitment; with no element named, one for the service. */
export function statementOf(offer: Offer, incidents: readonly IncidentInput[], month: string): Statement {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const fee = offer.services[0]!.fee
  const names = elementsOf(incidents)
  const elements = (names.length ? names : [offer.services[0]!.id]).map((id) => ({ id, fee: { amount: fee.amount.toString(), currency: fee.currency } }))
  return monthlyStatement({ commitment: offer.commitment, period: monthPeriod({ year, month: m, timeZone: offer.commitment.timeZone }), incidents, elements })
}
