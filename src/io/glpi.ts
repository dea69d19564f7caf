/**
 * GLPI tickets, as its REST API gives them (`GET /apirest.php/Ticket`: objects with the table's field
 * names; `GET /apirest.php/search/Ticket`: rows keyed by search-option ids) and as its search list
 * exports them to CSV (columns named as the interface shows them, in English or French).
 */
import { parse as parseSync } from 'csv-parse/sync'
import { describe, InputError, IssueList } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { type DateReader, type LocalTimeOptions, makeDateReader } from './dates.js'
import { isObject, rawJson, rawText, type ReadResult, type SkippedRow, writeInstant } from './result.js'
import { jsonSyntaxIssue } from './json.js'
import { skippedRow } from './skipped.js'

/** Options of {@link parseGlpiTickets} and {@link parseGlpiTicketsCsv}. */
export interface GlpiOptions extends LocalTimeOptions {
  /** The zone GLPI writes its dates in (`2026-05-13 10:00:00`, no offset), e.g. `'Europe/Paris'`: required. */
  timeZone?: string
  /** CSV only: the header of a field when it is neither GLPI's English nor its French label. */
  columns?: Partial<Record<GlpiField, string>>
}

/** The ticket fields the readers use. */
export type GlpiField = 'id' | 'name' | 'status' | 'date' | 'solvedate' | 'closedate' | 'priority' | 'entity' | 'takeintoaccount_delay_stat' | 'begin_waiting_date'

/**
 * Search-option ids of the ticket fields (`GET /apirest.php/listSearchOptions/Ticket`), as the search
 * endpoint keys its rows.
 */
export const GLPI_SEARCH_FIELDS: Readonly<Record<string, GlpiField>> = {
  '1': 'name',
  '2': 'id',
  '3': 'priority',
  '12': 'status',
  '15': 'date',
  '16': 'closedate',
  '17': 'solvedate',
  '80': 'entity',
  '150': 'takeintoaccount_delay_stat',
}

/** GLPI's ticket statuses (1 to 6), as matou names them in a status history. */
export const GLPI_STATUSES: readonly string[] = ['new', 'assigned', 'planned', 'pending', 'solved', 'closed']
/** GLPI's priorities (1 very low to 6 major), as matou names them: the keys of a guarantee's `byPriority`. */
export const GLPI_PRIORITIES: readonly string[] = ['very-low', 'low', 'medium', 'high', 'very-high', 'major']

const STATUS_LABELS: Readonly<Record<string, number>> = {
  new: 1, nouveau: 1,
  'processing (assigned)': 2, 'en cours (attribué)': 2,
  'processing (planned)': 3, 'en cours (planifié)': 3,
  pending: 4, 'en attente': 4,
  solved: 5, 'résolu': 5,
  closed: 6, clos: 6,
}
const PRIORITY_LABELS: Readonly<Record<string, number>> = {
  'very low': 1, 'très basse': 1,
  low: 2, basse: 2,
  medium: 3, moyenne: 3,
  high: 4, haute: 4,
  'very high': 5, 'très haute': 5,
  major: 6, majeure: 6,
}
const CSV_HEADERS: Readonly<Record<GlpiField, readonly string[]>> = {
  id: ['id'],
  name: ['title', 'titre'],
  status: ['status', 'statut'],
  date: ['opening date', "date d'ouverture", 'date d’ouverture'],
  solvedate: ['resolution date', 'date de résolution', 'solve date'],
  closedate: ['closing date', 'date de clôture', 'close date'],
  priority: ['priority', 'priorité'],
  entity: ['entity', 'entité'],
  takeintoaccount_delay_stat: ['take into account time', 'temps de prise en compte', 'délai de prise en compte'],
  begin_waiting_date: ['begin of waiting', 'début de mise en attente'],
}

type Cell = string | number | null | undefined
type Ticket = Partial<Record<GlpiField, Cell>>

const absent = (v: Cell) => v === undefined || v === null || (typeof v === 'string' && (v.trim() === '' || v.trim() === 'NULL'))

/** `3 hours 5 minutes`, `1 jours 2 heures`, `3600`: seconds, or undefined when unreadable. */
function seconds(v: Cell): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined
  const t = String(v).trim().toLowerCase()
  if (/^\d+$/.test(t)) return Number(t)
  let total = 0
  let any = false
  const re = /(\d+)\s*(days?|jours?|hours?|heures?|minutes?|secondes?|seconds?)/g
  for (let m = re.exec(t); m; m = re.exec(t)) {
    any = true
    const u = m[2] ?? ''
    total += Number(m[1]) * (u.startsWith('d') || u.startsWith('j') ? 86_400 : u.startsWith('h') ? 3_600 : u.startsWith('m') ? 60 : 1)
  }
  return any && t.replace(re, '').trim() === '' ? total : undefined
}

function code(v: Cell, labels: Readonly<Record<string, number>>): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 6 ? v : undefined
  const t = String(v).trim()
  if (/^[1-6]$/.test(t)) return Number(t)
  return labels[t.toLowerCase()]
}

/** One ticket into an incident, or the reason it cannot be one. */
function ticketIncident(t: Ticket, read: DateReader, expected: string, where: { line?: number; path?: string; raw?: string }): { incident: IncidentInput } | { skipped: SkippedRow } {
  const skip = (c: Parameters<typeof skippedRow>[0], params: Record<string, string | number>) => ({ skipped: skippedRow(c, params, where) })
  for (const field of ['id', 'status', 'date'] as const) if (absent(t[field])) return skip('missing-field', { field })
  const status = code(t.status, STATUS_LABELS)
  if (status === undefined) return skip('unknown-status', { field: 'status', value: String(t.status), desk: 'GLPI' })
  const dates: Partial<Record<'date' | 'solvedate' | 'closedate' | 'begin_waiting_date', { ms: number; iso: string }>> = {}
  for (const field of ['date', 'solvedate', 'closedate', 'begin_waiting_date'] as const) {
    const v = t[field]
    if (absent(v)) continue
    const d = read(String(v))
    if (!d.ok) return skip('bad-date', { field, value: String(v).trim(), expected })
    dates[field] = { ms: d.ms, iso: d.value }
  }
  const opened = dates.date
  // Checked present above; the test lets the compiler see it.
  if (!opened) return skip('missing-field', { field: 'date' })
  let taken: number | undefined
  if (!absent(t.takeintoaccount_delay_stat)) {
    const s = seconds(t.takeintoaccount_delay_stat)
    if (s === undefined) return skip('bad-duration', { field: 'takeintoaccount_delay_stat', value: String(t.takeintoaccount_delay_stat) })
    // GLPI leaves 0 until the ticket is taken into account.
    if (s > 0) taken = opened.ms + s * 1000
  }
  let done: { ms: number; iso: string } | undefined
  if (status >= 5) {
    done = dates.solvedate ?? dates.closedate
    if (!done) return skip('solved-without-date', { field: 'status', status: GLPI_STATUSES[status - 1] ?? String(status) })
    if (done.ms < opened.ms) return skip('ends-before-start', { field: dates.solvedate ? 'solvedate' : 'closedate', value: done.iso, start: opened.iso })
  }
  const priority = absent(t.priority) ? undefined : code(t.priority, PRIORITY_LABELS)
  if (!absent(t.priority) && priority === undefined) return skip('unknown-priority', { field: 'priority', value: String(t.priority).trim(), desk: 'GLPI' })
  const priorityName = priority === undefined ? undefined : GLPI_PRIORITIES[priority - 1]
  const client = absent(t.entity) ? undefined : String(t.entity).trim()
  const waitFrom = status === 4 && dates.begin_waiting_date ? dates.begin_waiting_date : undefined
  const incident = {
    id: String(t.id).trim(),
    ...(!absent(t.name) && { title: String(t.name) }),
    start: opened.iso,
    reportedAt: opened.iso,
    ...(taken !== undefined && (!done || taken <= done.ms) && { interventionAt: writeInstant(taken) }),
    ...(done && { end: done.iso, restoredAt: done.iso }),
    ...(priorityName !== undefined && { priority: priorityName }),
    ...(client !== undefined && { client }),
    statusHistory: [{ at: opened.iso, status: 'new' }, ...(waitFrom ? [{ at: waitFrom.iso, status: 'pending' }] : [])],
  } as IncidentInput
  return { incident }
}

function dateReader(options: GlpiOptions, context: string, issues: IssueList): { read: DateReader; expected: string } {
  if (options.timeZone === undefined) issues.add('options.timeZone', 'is required: GLPI writes its dates without their zone (e.g. "Europe/Paris")', 'desk-zone', { desk: 'GLPI' })
  const read = makeDateReader(options, 'options', issues)
  issues.throwIfAny(context)
  return { read, expected: `${options.dateFormat ?? 'YYYY-MM-DD HH:MM:SS'} in ${options.timeZone}` }
}

/**
 * Reads GLPI tickets from its REST API: a list of tickets (`GET /Ticket`, fields `id`, `date`,
 * `solvedate`, `closedate`, `status` 1–6, `priority` 1–6, `entities_id`, `takeintoaccount_delay_stat`,
 * `begin_waiting_date`), or a search answer (`{ data: [{ "2": id, "12": status, "15": date, … }] }`, ids
 * of {@link GLPI_SEARCH_FIELDS}). Each ticket is an incident opened (clock start) at `date`, taken into
 * account `takeintoaccount_delay_stat` seconds later, restored at its solve (else close) date when solved
 * or closed, with its priority named as in {@link GLPI_PRIORITIES} and its entity as `client`; a pending
 * ticket waits (`pending`) since `begin_waiting_date`. GLPI keeps past waits only as a total
 * (`waiting_duration`), which cannot be placed in time: read GLPI's history with `parseTicketEventLog`
 * for those. Every ticket it cannot use is in `skipped`, with a code.
 *
 * @example
 * const { incidents } = parseGlpiTickets([{ id: 7, date: '2026-05-13 10:00:00', solvedate: '2026-05-13 15:00:00', status: 5, priority: 4, takeintoaccount_delay_stat: 1800, entities_id: 3 }], { timeZone: 'Europe/Paris' })
 * incidents[0].interventionAt // '2026-05-13T08:30:00Z'
 * incidents[0].priority       // 'high'
 * @throws InputError when the input is neither a list of tickets nor a search answer, or timeZone is missing.
 */
export function parseGlpiTickets(json: string | object, options: GlpiOptions = {}): ReadResult {
  const issues = new IssueList()
  let value: unknown = json
  if (typeof json === 'string')
    try {
      value = JSON.parse(json)
    } catch (error) {
      const x = jsonSyntaxIssue('json', json, error)
      issues.add(x.path, x.message, x.code, x.params)
    }
  const search = isObject(value) && Array.isArray(value.data)
  const list = search ? ((value as { data: unknown[] }).data) : value
  if (issues.ok && !Array.isArray(list)) issues.add('json', `must be a list of tickets or a search answer { data: [...] } (got ${describe(value)})`, 'glpi-list', { got: describe(value) })
  const { read, expected } = dateReader(options, 'Cannot read the GLPI tickets', issues)
  const incidents: IncidentInput[] = []
  const skipped: SkippedRow[] = []
  ;(list as unknown[]).forEach((row, k) => {
    const path = search ? `data[${k}]` : `[${k}]`
    if (!isObject(row)) {
      const raw = rawJson(row)
      skipped.push(skippedRow('not-an-object', {}, { path, ...(raw !== undefined && { raw }) }))
      return
    }
    const t: Ticket = {}
    if (search) {
      for (const [id, field] of Object.entries(GLPI_SEARCH_FIELDS)) if (id in row) t[field] = row[id] as Cell
    } else {
      for (const field of ['id', 'name', 'status', 'date', 'solvedate', 'closedate', 'priority', 'takeintoaccount_delay_stat', 'begin_waiting_date'] as const) t[field] = row[field] as Cell
      t.entity = row.entities_id as Cell
    }
    const raw = rawJson(row)
    const out = ticketIncident(t, read, expected, { path, ...(raw !== undefined && { raw }) })
    if ('skipped' in out) skipped.push(out.skipped)
    else incidents.push(out.incident)
  })
  return { incidents, skipped }
}

/**
 * Reads the CSV that GLPI's ticket list exports (`;`-separated, columns named as the interface shows
 * them, in English or French: ID, Title / Titre, Status / Statut, Opening date / Date d'ouverture,
 * Resolution date / Date de résolution, Closing date / Date de clôture, Priority / Priorité, Entity /
 * Entité, Take into account time / Temps de prise en compte), statuses and priorities by their labels,
 * durations as GLPI writes them (`1 hours 30 minutes`, `2 jours 3 heures`). Same incidents as
 * {@link parseGlpiTickets}; every row it cannot use is in `skipped` with its line and a code.
 *
 * @example
 * const text = 'ID;Titre;Statut;Date d\'ouverture;Date de résolution;Priorité\n12;Panne;Résolu;2026-05-13 10:00;2026-05-13 12:00;Haute\n'
 * parseGlpiTicketsCsv(text, { timeZone: 'Europe/Paris' }).incidents[0].end // '2026-05-13T10:00:00Z'
 * @throws InputError when a column (ID, status, opening date) is missing, or timeZone is.
 */
export function parseGlpiTicketsCsv(text: string, options: GlpiOptions = {}): ReadResult {
  const issues = new IssueList()
  if (typeof text !== 'string') issues.add('text', `must be the CSV text (got ${describe(text)})`, 'csv-text', { got: describe(text) })
  const { read, expected } = dateReader(options, 'Cannot read the GLPI export', issues)
  const body = text.replace(/^\uFEFF/, '')
  const first = body.split(/\r?\n/, 1)[0] ?? ''
  const delimiter = first.split(';').length >= first.split(',').length ? ';' : ','
  const records = parseSync(body, { delimiter, relax_column_count: true, skip_empty_lines: false, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][]
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase())
  const col = {} as Record<GlpiField, number>
  for (const field of Object.keys(CSV_HEADERS) as GlpiField[]) {
    const own = options.columns?.[field]
    col[field] = own !== undefined ? header.indexOf(own.trim().toLowerCase()) : header.findIndex((h) => CSV_HEADERS[field].includes(h))
  }
  const missing = (['id', 'status', 'date'] as const).filter((f) => col[f] < 0)
  if (missing.length)
    throw new InputError(
      missing.map((f) => {
        const names = options.columns?.[f] ? [JSON.stringify(options.columns[f])] : CSV_HEADERS[f].map((h) => JSON.stringify(h))
        const found = header.map((h) => JSON.stringify(h)).join(', ')
        return { path: 'header (line 1)', message: `has no ${names.join(' or ')} column (columns: ${found || 'none'})`, code: 'header-no-column', params: { names: names.join('|'), found } }
      }),
      'Cannot read the GLPI export',
    )
  const incidents: IncidentInput[] = []
  const skipped: SkippedRow[] = []
  for (let r = 1; r < records.length; r++) {
    const record = records[r]
    if (!record || record.every((c) => c.trim() === '')) continue
    const t: Ticket = {}
    for (const field of Object.keys(col) as GlpiField[]) if (col[field] >= 0) t[field] = record[col[field]]
    const out = ticketIncident(t, read, expected, { line: r + 1, raw: rawText(record.join(delimiter)) })
    if ('skipped' in out) skipped.push(out.skipped)
    else incidents.push(out.incident)
  }
  return { incidents, skipped }
}
