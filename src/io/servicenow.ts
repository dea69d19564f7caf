/**
 * ServiceNow incidents in their event-log form, as the "Incident management process enriched event log"
 * publishes them: one row per update of an incident (`number`, `incident_state`, `sys_updated_at`,
 * `opened_at`, `resolved_at`, `closed_at`, `priority`, … in 36 columns), local dates such as
 * `29/2/2016 01:16`, `?` for a missing value. Read into one incident per number with its status history.
 */
import { parse as parseSync } from 'csv-parse/sync'
import { describe, InputError, IssueList } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { type DateReader, type LocalTimeOptions, makeDateReader } from './dates.js'
import { rawText, type ReadResult, type SkippedRow } from './result.js'
import { skippedRow } from './skipped.js'

/** Options of {@link parseServiceNowEventLog}. */
export interface ServiceNowOptions extends LocalTimeOptions {
  /** The zone the export's local dates are in, e.g. `'Europe/Paris'`: required, the export does not say. */
  timeZone?: string
  /** Default `'d/M/yyyy HH:mm'`, the export's own (`29/2/2016 01:16`). */
  dateFormat?: string
  /** States renamed, e.g. `{ 'Awaiting User Info': 'waiting-customer' }`; others kept as written. */
  statusMap?: Readonly<Record<string, string>>
}

/** The states of ServiceNow's incident table, as the export writes them. */
export const SERVICENOW_STATES = ['New', 'Active', 'Awaiting User Info', 'Awaiting Vendor', 'Awaiting Problem', 'Awaiting Evidence', 'Resolved', 'Closed'] as const

const REQUIRED = ['number', 'incident_state', 'sys_updated_at', 'opened_at'] as const
const MISSING = (cell: string | undefined) => cell === undefined || cell.trim() === '' || cell.trim() === '?'
/** The cell, or undefined where {@link MISSING} says it is absent: a form the compiler narrows. */
const present = (cell: string | undefined): string | undefined => (MISSING(cell) ? undefined : cell)

interface Update {
  line: number
  at: number
  iso: string
  state: string
  mod: number
  opened?: { ms: number; iso: string }
  resolved?: { ms: number; iso: string }
  closed?: { ms: number; iso: string }
  priority?: string
}

/** `1 - Critical` → `P1`: the number is what contracts' targets name. */
function priorityName(text: string): string {
  const m = /^\s*(\d+)\s*-/.exec(text)
  return m ? `P${m[1]}` : text.trim()
}

/**
 * Reads a ServiceNow incident event log into incidents: one per `number`, opened (clock start) at its
 * `opened_at`, taken into account (`interventionAt`) at its first update in another state than New,
 * restored at its `resolved_at` (else its first Resolved or Closed update, else its `closed_at`), with
 * every update in `statusHistory` (so each is an update for the update clock) and its last priority as
 * `P1`…`P4`. Every row it cannot use is in `skipped`, with a `code` that `formatSkipReason` words in French.
 *
 * @example
 * const text = 'number,incident_state,priority,opened_at,sys_updated_at,resolved_at,closed_at\n' +
 *   'INC0000045,New,3 - Moderate,29/2/2016 01:16,29/2/2016 01:23,?,?\n' +
 *   'INC0000045,Resolved,3 - Moderate,29/2/2016 01:16,29/2/2016 11:29,29/2/2016 11:29,?\n'
 * const { incidents } = parseServiceNowEventLog(text, { timeZone: 'Europe/Paris' })
 * incidents[0].start    // '2016-02-29T00:16:00Z'
 * incidents[0].priority // 'P3'
 * @throws InputError when the text lacks one of the columns number, incident_state, sys_updated_at, opened_at, or an option is wrong.
 */
export function parseServiceNowEventLog(text: string, options: ServiceNowOptions = {}): ReadResult {
  const issues = new IssueList()
  if (typeof text !== 'string') issues.add('text', `must be the CSV text (got ${describe(text)})`, 'csv-text', { got: describe(text) })
  if (options.timeZone === undefined) issues.add('options.timeZone', 'is required: the export writes local dates without their zone (e.g. "Europe/Paris")', 'desk-zone', { desk: 'the export' })
  const read = makeDateReader({ ...options, dateFormat: options.dateFormat ?? 'd/M/yyyy HH:mm' }, 'options', issues)
  issues.throwIfAny('Cannot read the ServiceNow event log')
  const records = parseSync(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][]
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase())
  const col = (name: string) => header.indexOf(name)
  const missing = REQUIRED.filter((k) => col(k) < 0)
  if (missing.length)
    throw new InputError(
      missing.map((k) => {
        const found = header.map((h) => JSON.stringify(h)).join(', ')
        return { path: 'header (line 1)', message: `has no "${k}" column (columns: ${found || 'none'})`, code: 'header-no-column', params: { names: JSON.stringify(k), found } }
      }),
      'Cannot read the ServiceNow event log',
    )
  const known = new Set<string>([...SERVICENOW_STATES, ...Object.keys(options.statusMap ?? {})])
  const skipped: SkippedRow[] = []
  const tickets = new Map<string, Update[]>()
  const expected = `${options.dateFormat ?? 'd/M/yyyy HH:mm'} in ${options.timeZone}`
  for (let r = 1; r < records.length; r++) {
    const record = records[r]
    const line = r + 1
    if (!record || record.every((c) => c.trim() === '')) continue
    const raw = rawText(record.join(','))
    const cell = (name: string) => {
      const k = col(name)
      return k < 0 ? undefined : record[k]
    }
    const skip = (code: Parameters<typeof skippedRow>[0], params: Record<string, string | number>) => skipped.push(skippedRow(code, params, { line, raw }))
    const number = present(cell('number'))
    if (number === undefined) {
      skip('missing-field', { field: 'number' })
      continue
    }
    const state = present(cell('incident_state'))
    if (state === undefined) {
      skip('missing-field', { field: 'incident_state' })
      continue
    }
    if (!known.has(state.trim())) {
      skip('unknown-status', { field: 'incident_state', value: state.trim(), desk: 'ServiceNow' })
      continue
    }
    const dates: Partial<Record<'sys_updated_at' | 'opened_at' | 'resolved_at' | 'closed_at', { ms: number; iso: string }>> = {}
    let bad = false
    for (const field of ['sys_updated_at', 'opened_at', 'resolved_at', 'closed_at'] as const) {
      const v = present(cell(field))
      if (v === undefined) continue
      const d = (read as DateReader)(v)
      if (!d.ok) {
        skip('bad-date', { field, value: v.trim(), expected })
        bad = true
        break
      }
      dates[field] = { ms: d.ms, iso: d.value }
    }
    if (bad) continue
    if (!dates.sys_updated_at) {
      skip('missing-field', { field: 'sys_updated_at' })
      continue
    }
    const p = present(cell('priority'))
    const mod = Number(cell('sys_mod_count'))
    let list = tickets.get(number.trim())
    if (!list) tickets.set(number.trim(), (list = []))
    list.push({
      line,
      at: dates.sys_updated_at.ms,
      iso: dates.sys_updated_at.iso,
      state: state.trim(),
      mod: Number.isFinite(mod) ? mod : 0,
      ...(dates.opened_at && { opened: dates.opened_at }),
      ...(dates.resolved_at && { resolved: dates.resolved_at }),
      ...(dates.closed_at && { closed: dates.closed_at }),
      ...(p !== undefined && { priority: priorityName(p) }),
    })
  }
  const incidents: IncidentInput[] = []
  for (const [ticket, updates] of tickets) {
    updates.sort((a, b) => a.at - b.at || a.mod - b.mod || a.line - b.line)
    const first = updates[0]
    const last = updates.at(-1)
    // Every ticket was listed with its first update; the check lets the compiler see it.
    if (!first || !last) continue
    const opened = updates.find((u) => u.opened)?.opened
    if (!opened) {
      skipped.push(skippedRow('no-opening', { ticket, field: 'opened_at' }, { line: first.line, path: ticket }))
      continue
    }
    const byState = updates.find((u) => u.state === 'Resolved' || u.state === 'Closed')
    const resolved = [...updates].reverse().find((u) => u.resolved)?.resolved ?? (byState && { ms: byState.at, iso: byState.iso }) ?? [...updates].reverse().find((u) => u.closed)?.closed
    if (resolved && resolved.ms < opened.ms) {
      skipped.push(skippedRow('ends-before-start', { field: 'resolved_at', value: resolved.iso, start: opened.iso }, { line: last.line, path: ticket }))
      continue
    }
    const taken = updates.find((u) => u.state !== 'New' && u.at >= opened.ms)
    const priority = [...updates].reverse().find((u) => u.priority !== undefined)?.priority
    incidents.push({
      id: ticket,
      start: opened.iso,
      reportedAt: opened.iso,
      ...(taken && (!resolved || taken.at <= resolved.ms) && { interventionAt: taken.iso }),
      ...(resolved && { end: resolved.iso, restoredAt: resolved.iso }),
      ...(priority !== undefined && { priority }),
      statusHistory: updates.map((u) => ({ at: u.iso, status: options.statusMap?.[u.state] ?? u.state })),
    })
  }
  return { incidents, skipped }
}
