/**
 * A desk's event log as CSV, one row per change of a ticket (`ticket, at, status, priority`, columns
 * named as the desk names them), read into incidents with their status history and priority: what any
 * desk can export when matou has no reader of its own for it.
 */
import { parse as parseSync } from 'csv-parse/sync'
import { describe, InputError, IssueList, nonEmpty } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { cellProblem, cellsReason } from './cell-problems.js'
import { type LocalTimeOptions, makeDateReader } from './dates.js'
import { rawText, type ReadResult, type SkippedRow } from './result.js'

/** Options of {@link parseTicketEventLog}. */
export interface TicketEventLogOptions extends LocalTimeOptions {
  /** The header of each column, when it is not `ticket`, `at`, `status`, `priority`. */
  columns?: { ticket?: string; at?: string; status?: string; priority?: string }
  /** Statuses that mean restored: the first one ends the incident. Default `resolved`, `closed`. */
  resolvedStatuses?: readonly string[]
  /** Desk statuses renamed, e.g. `{ 'Awaiting User Info': 'waiting-customer' }`; others kept as written. */
  statusMap?: Readonly<Record<string, string>>
}

const DEFAULT_RESOLVED = ['resolved', 'closed']

function delimiterOf(header: string): string {
  // The first of the most frequent, as a stable sort of the counts gives it.
  let best = ','
  let most = -1
  for (const d of [',', ';', '\t']) {
    const n = header.split(d).length
    if (n > most) [best, most] = [d, n]
  }
  return best
}

/**
 * Reads a ticket event log: rows grouped by ticket, sorted by time, into one incident per ticket that
 * starts (and is reported) at its first event, is restored and ends at its first resolved status (open
 * otherwise), with every status in `statusHistory` and the last priority given. Every row it cannot use
 * is listed in `skipped` with its line and why.
 *
 * @example
 * const { incidents, skipped } = parseTicketEventLog('ticket,at,status,priority\nT1,2026-05-13T10:00:00Z,new,P2\nT1,2026-05-13T12:00:00Z,resolved,P2\n')
 * incidents[0].end // '2026-05-13T12:00:00Z'
 * skipped.length // 0
 * @throws InputError when the text is not an event log: a missing column, bad options.
 */
export function parseTicketEventLog(text: string, options: TicketEventLogOptions = {}): ReadResult {
  const issues = new IssueList()
  if (typeof text !== 'string') issues.add('text', `must be the CSV text (got ${describe(text)})`, 'csv-text', { got: describe(text) })
  const read = makeDateReader(options, 'options', issues)
  issues.throwIfAny('Cannot read the event log')
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = delimiterOf(firstLine)
  const records = parseSync(body, { delimiter, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][]
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase())
  const names = { ticket: 'ticket', at: 'at', status: 'status', priority: 'priority', ...options.columns }
  const index = (name: string) => header.indexOf(name.trim().toLowerCase())
  const col = { ticket: index(names.ticket), at: index(names.at), status: index(names.status), priority: index(names.priority) }
  const missing = (['ticket', 'at', 'status'] as const).filter((k) => col[k] < 0)
  if (missing.length)
    throw new InputError(
      missing.map((k) => {
        const found = header.map((h) => JSON.stringify(h)).join(', ')
        return { path: 'header (line 1)', message: `has no "${names[k]}" column (columns: ${found || 'none'})`, code: 'header-no-column', params: { names: JSON.stringify(names[k]), found } }
      }),
      'Cannot read the event log',
    )
  const resolved = new Set((options.resolvedStatuses ?? DEFAULT_RESOLVED).map((s) => s.toLowerCase()))
  const skipped: SkippedRow[] = []
  const tickets = new Map<string, { at: number; iso: string; status: string; priority: string | undefined; line: number }[]>()
  for (const [r, record] of records.entries()) {
    if (r === 0) continue
    const line = r + 1
    if (record.every((c) => c.trim() === '')) continue
    const raw = rawText(record.join(delimiter))
    const ticket = (record[col.ticket] ?? '').trim()
    const status = (record[col.status] ?? '').trim()
    const when = (record[col.at] ?? '').trim()
    if (!ticket) {
      skipped.push({ line, ...cellsReason([cellProblem(names.ticket, names.ticket, 'cell-empty')]), raw })
      continue
    }
    if (!status) {
      skipped.push({ line, ...cellsReason([cellProblem(names.status, names.status, 'cell-empty')]), raw })
      continue
    }
    const date = read(when)
    if (!date.ok) {
      skipped.push({ line, ...cellsReason([{ column: names.at, name: names.at, code: date.code, params: date.params, reason: date.reason }]), raw })
      continue
    }
    const priority = col.priority >= 0 ? (record[col.priority] ?? '').trim() || undefined : undefined
    let list = tickets.get(ticket)
    if (!list) tickets.set(ticket, (list = []))
    list.push({ at: date.ms, iso: date.value, status: options.statusMap?.[status] ?? status, priority, line })
  }
  const incidents: IncidentInput[] = []
  for (const [ticket, events] of tickets) {
    events.sort((a, b) => a.at - b.at || a.line - b.line)
    const first = nonEmpty(events)[0]
    const done = events.find((e) => resolved.has(e.status.toLowerCase()))
    const priority = [...events].reverse().find((e) => e.priority !== undefined)?.priority
    incidents.push({
      id: ticket,
      start: first.iso,
      reportedAt: first.iso,
      ...(done && { end: done.iso, restoredAt: done.iso }),
      ...(priority !== undefined && { priority }),
      statusHistory: events.map((e) => ({ at: e.iso, status: e.status })),
    })
  }
  return { incidents, skipped }
}
