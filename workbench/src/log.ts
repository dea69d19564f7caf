import { type BilledElement, type IncidentInput, type PricedElement, InputError, type Offer, type Statement, monthlyStatement, monthPeriod } from '../../src/index.ts'
import { type SkippedRow } from '../../src/io/result.ts'
import { monthOfInstant } from '../../src/time/period.ts'
import { messages, type T } from './i18n.ts'
import { type IncidentFormat, type Lang } from './state.ts'

type Readers = typeof import('./io-browser.ts')

export interface LogReading {
  format: Exclude<IncidentFormat, 'auto'>
  incidents: IncidentInput[]
  /** As the reader gave them: with the code and figures their French is worded from. */
  skipped: SkippedRow[]
  /** The line each incident was read from, for a CSV: the report's warnings name it as a spreadsheet shows it. */
  lines?: readonly (number | undefined)[]
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

/**
 * The last log read and how: a dropped log is read once for its month, then again by the view that draws up
 * its statement, with the same text and options. The reading is not changed by anyone who gets it.
 */
let last: { text: string; format: string; dateFormat: string; timeZone: string; reading: LogReading } | undefined

/** Reads a log with the library's reader for its format; local dates of a CSV are read in `timeZone`. */
export function readLog(readers: Readers, text: string, format: Exclude<IncidentFormat, 'auto'>, options: { dateFormat: string; timeZone: string }): LogReading {
  if (last && last.text === text && last.format === format && last.dateFormat === options.dateFormat && last.timeZone === options.timeZone) return last.reading
  const reading = readLogAgain(readers, text, format, options)
  last = { text, format, ...options, reading }
  return reading
}

function readLogAgain(readers: Readers, text: string, format: Exclude<IncidentFormat, 'auto'>, options: { dateFormat: string; timeZone: string }): LogReading {
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
    ...('lines' in read && Array.isArray(read.lines) && { lines: read.lines as readonly (number | undefined)[] }),
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
  return monthOfInstant(incidents[0]?.start, timeZone)
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

/** A client list read for the page: its rows, the lines they were on, the rows left out, and its file's name. */
export interface ClientsReading {
  file: string
  clients: readonly (BilledElement & { feeSource: 'client-list' })[]
  lines: readonly (number | undefined)[]
  skipped: readonly SkippedRow[]
}

/**
 * The month's statement of a log under the draft's commitment; with no element named, one for the service.
 * Given the log's file and the rows its reader skipped, the statement lists them with its warnings, so
 * that the report printed or downloaded says what was left out.
 *
 * Without a client list, every element the log names is billed at the price of the draft's service
 * `service` (its first by default). With one, exactly its clients are billed, those without an incident
 * too (100 %, no credit), each at its own fee or else at the price of its service (or of `service`); an
 * element the log names that the list lacks is a warning, as with `matou statement --clients`. A client
 * naming a service the draft does not have is refused, at its line, in the page's language.
 */
export function statementOf(
  offer: Offer,
  incidents: readonly IncidentInput[],
  month: string,
  more: { log?: { file: string; skipped: readonly SkippedRow[] }; service?: string; clients?: ClientsReading; t?: T } = {},
): Statement {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const service = billedService(offer, more.service ?? '')
  // Billed at the offer's price, and said so: the report names the source of the fees and lists the
  // elements so billed under its warnings, as the command line does for an offer file's price. With several
  // services, each element names the one it is billed under.
  const several = offer.services.length > 1
  const atPrice = (x: Offer['services'][number]) => ({ fee: { amount: x.fee.amount.toString(), currency: x.fee.currency }, feeSource: 'offer' as const, ...(several && { service: x.id }) })
  const clients = more.clients
  let elements: PricedElement[]
  if (clients) {
    const t = more.t ?? messages('en')
    const ids = offer.services.map((x) => x.id)
    const problems = clients.clients.flatMap((c, i) =>
      c.service === undefined || ids.includes(c.service) ? [] : [{ path: t['inc.clientLine'](clients.file, clients.lines[i]), message: t['inc.unknownService'](c.service, ids) }],
    )
    if (problems.length) throw new InputError(problems)
    elements = clients.clients.map((c) => (c.fee !== undefined ? { ...c, fee: c.fee } : { ...c, ...atPrice(billedService(offer, c.service ?? service.id)) }))
  } else {
    const names = elementsOf(incidents)
    elements = (names.length ? names : [service.id]).map((id) => ({ id, ...atPrice(service) }))
  }
  // A log pasted rather than dropped has no file name: its rows are named by their lines alone.
  const log = more.log
  const named = (rows: readonly SkippedRow[], file: string) => (file ? rows.map((x) => ({ ...x, file })) : rows)
  const skipped = [...(log ? named(log.skipped, log.file) : []), ...(clients ? named(clients.skipped, clients.file) : [])]
  return monthlyStatement({
    commitment: offer.commitment,
    period: monthPeriod({ year, month: m, timeZone: offer.commitment.timeZone }),
    incidents,
    elements,
    ...(log?.file && { incidentsFile: log.file }),
    ...(skipped.length > 0 && { skipped }),
  })
}
