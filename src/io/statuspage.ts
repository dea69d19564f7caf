import { describe, IssueList, joinPath, nonEmpty, present } from '../errors.js'
import { type Cause, CAUSES, type Impact, IMPACTS } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { formatInstant, parseIsoInstant } from '../time/instant.js'
import { parseJsonText } from './json.js'
import { isObject, isWritableInstant, rawJson, type ReadResult, type SkippedRow, writeInstant } from './result.js'
import { worded } from './skipped.js'

/** What a Statuspage status (of a component, or an incident's impact) becomes: an impact, and a cause if not unplanned. */
export interface StatusMapping {
  impact: Impact
  cause?: Cause
}

/**
 * The default mapping, written out so that it can be read, and overridden key by key.
 * `null` means "not an incident".
 *
 * - Component statuses (what Statuspage's uptime is computed from): `major_outage` → outage,
 *   `partial_outage` → partial, `degraded_performance` → degraded, `under_maintenance` → cause maintenance.
 * - Incident impacts, used only for an incident that lists components but never changes their status:
 *   `critical` and `major` → outage, `minor` → partial, `none` → not an incident, `maintenance` (scheduled
 *   maintenances) → cause maintenance.
 */
export const STATUSPAGE_MAPPING = Object.freeze({
  componentStatus: Object.freeze({
    operational: null,
    major_outage: Object.freeze({ impact: 'outage' }),
    partial_outage: Object.freeze({ impact: 'partial' }),
    degraded_performance: Object.freeze({ impact: 'degraded' }),
    under_maintenance: Object.freeze({ impact: 'outage', cause: 'maintenance' }),
  }),
  incidentImpact: Object.freeze({
    critical: Object.freeze({ impact: 'outage' }),
    major: Object.freeze({ impact: 'outage' }),
    minor: Object.freeze({ impact: 'partial' }),
    none: null,
    maintenance: Object.freeze({ impact: 'outage', cause: 'maintenance' }),
  }),
} as const satisfies { componentStatus: Record<string, StatusMapping | null>; incidentImpact: Record<string, StatusMapping | null> })

/** Options of {@link parseStatuspageIncidents}. */
export interface StatuspageOptions {
  /** Name elements after the component's `name` (default, e.g. `Actions`) or its `id` (`br0l2tvcx85d`), stable across renames. */
  element?: 'name' | 'id'
  /**
   * The time of an update, which orders and dates the status changes it carries: `display_at` (default) or
   * `created_at`. `display_at` is the time the page shows for the update; an operator sets it when an update
   * is posted late or an incident is back-filled, where `created_at` is only when it was typed in. In updates
   * posted live the two are equal. An update without the chosen field falls back to the other.
   */
  updateTime?: 'display_at' | 'created_at'
  /** Overrides of {@link STATUSPAGE_MAPPING}.componentStatus, e.g. `{ degraded_performance: null }`. */
  componentStatus?: Record<string, StatusMapping | null>
  /** Overrides of {@link STATUSPAGE_MAPPING}.incidentImpact, e.g. `{ minor: { impact: 'degraded' } }`. */
  incidentImpact?: Record<string, StatusMapping | null>
}

interface Transition {
  readonly time: number
  readonly order: number
  readonly from: string
  readonly to: string
  readonly path: string
}

interface Component {
  readonly key: string
  id?: string
  name?: string
  readonly transitions: Transition[]
}

function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined
  const t = parseIsoInstant(value.trim())
  return Number.isNaN(t) || !isWritableInstant(t) ? undefined : t
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined
}

function readMapping(
  given: unknown,
  defaults: Readonly<Record<string, StatusMapping | null>>,
  path: string,
  issues: IssueList,
): Map<string, StatusMapping | null> {
  const out = new Map<string, StatusMapping | null>(Object.entries(defaults))
  if (given === undefined) return out
  if (!isObject(given)) {
    issues.add(path, `must be an object mapping statuses to { impact, cause } or null (got ${describe(given)})`, 'sp-mapping', { got: describe(given) })
    return out
  }
  for (const [status, m] of Object.entries(given)) {
    const p = joinPath(path, status)
    if (m === null) out.set(status, null)
    else if (isObject(m) && (IMPACTS as readonly unknown[]).includes(m.impact) && (m.cause === undefined || (CAUSES as readonly unknown[]).includes(m.cause)))
      out.set(status, { impact: m.impact as Impact, ...(m.cause !== undefined && { cause: m.cause as Cause }) })
    else
      issues.add(p, `must be null or { impact: ${IMPACTS.join(' | ')}, cause?: ${CAUSES.join(' | ')} } (got ${rawJson(m) ?? describe(m)})`, 'sp-mapping-entry', {
        impacts: IMPACTS.join(' | '),
        causes: CAUSES.join(' | '),
        got: rawJson(m) ?? describe(m),
      })
  }
  return out
}

function listOf(document: unknown): { list: unknown[]; base: string } | undefined {
  if (Array.isArray(document)) return { list: document, base: '' }
  if (isObject(document)) {
    if (Array.isArray(document.incidents)) return { list: document.incidents, base: 'incidents' }
    if (Array.isArray(document.scheduled_maintenances)) return { list: document.scheduled_maintenances, base: 'scheduled_maintenances' }
  }
  return undefined
}

/**
 * Reads an Atlassian Statuspage export — `/api/v2/incidents.json` (also `scheduled_maintenances.json`, or
 * a bare list of incidents) — into incidents per component, the way Statuspage computes component uptime:
 * from the status changes in `incident_updates[].affected_components` (`old_status` → `new_status`).
 *
 * - For each component, the changes are put in order of update time (see `updateTime`); each stretch in one
 *   non-operational status becomes an incident with `elements: [component name]` (or id), and the impact
 *   and cause of {@link STATUSPAGE_MAPPING}: Actions going partial → major → partial → operational gives three
 *   incidents. A stretch starts at the update that sets the status, and ends at the update that changes it,
 *   or, if the last update leaves the component down, at the incident's `resolved_at` (open if unresolved).
 * - Only where an incident lists `components` but no update changes any status, each listed component gets
 *   one incident from `created_at` to `resolved_at` with the impact mapped from the incident's `impact`
 *   (`none` → skipped with the reason).
 * - An incident with neither is skipped with the reason: it costs no component uptime under Statuspage's rules.
 *
 * @example
 * const { incidents, skipped } = parseStatuspageIncidents(await (await fetch('https://www.githubstatus.com/api/v2/incidents.json')).text())
 * @throws InputError when the text is not JSON, the document holds no incident list, or an option is wrong.
 */
export function parseStatuspageIncidents(json: string | object, options: StatuspageOptions = {}): ReadResult {
  const issues = new IssueList()
  const o = (isObject(options) ? options : {}) as StatuspageOptions
  if (!isObject(options)) issues.add('options', `must be an object (got ${describe(options)})`, 'type', { expected: 'object', got: describe(options) })
  const element = o.element ?? 'name'
  if (element !== 'name' && element !== 'id') issues.add('options.element', `must be "name" or "id" (got ${describe(element)})`, 'either-value', { first: '"name"', second: '"id"', got: describe(element) })
  const updateTime = o.updateTime ?? 'display_at'
  if (updateTime !== 'display_at' && updateTime !== 'created_at') issues.add('options.updateTime', `must be "display_at" or "created_at" (got ${describe(updateTime)})`, 'either-value', {
      first: '"display_at"',
      second: '"created_at"',
      got: describe(updateTime),
    })
  const componentStatus = readMapping(o.componentStatus, STATUSPAGE_MAPPING.componentStatus, 'options.componentStatus', issues)
  const incidentImpact = readMapping(o.incidentImpact, STATUSPAGE_MAPPING.incidentImpact, 'options.incidentImpact', issues)
  issues.throwIfAny('Invalid Statuspage options')
  const otherTime = updateTime === 'display_at' ? 'created_at' : 'display_at'

  const document = typeof json === 'string' ? parseJsonText(json, 'the Statuspage export') : json
  const found = listOf(document)
  if (!found) {
    const shape: IssueList = new IssueList()
    const keys = isObject(document) ? Object.keys(document).slice(0, 5).map((k) => JSON.stringify(k)).join(', ') : undefined
    shape.add(
      '',
      `must be a Statuspage incidents.json: { incidents: [...] }, { scheduled_maintenances: [...] } or a list of incidents (got ${keys !== undefined ? `an object with keys ${keys || 'none'}` : describe(document)})`,
      'sp-document',
      keys !== undefined ? { keys } : { got: describe(document) },
    )
    shape.fail('Cannot read the Statuspage export')
  }
  const { list, base } = found
  const incidents: IncidentInput[] = []
  const skipped: SkippedRow[] = []

  list.forEach((incident, i) => {
    const path = joinPath(base, i)
    const skip = (why: ReturnType<typeof worded>, where = path, raw: unknown = incident) => {
      const r = rawJson(raw)
      skipped.push({ path: where, ...why, ...(r !== undefined && { raw: r }) })
    }
    // Time a component spent down that cannot be counted: not a row, but not to be lost silently either.
    const note = (why: ReturnType<typeof worded>, where: string) => {
      skipped.push({ path: where, ...why })
    }
    if (!isObject(incident)) return skip(worded('sp-not-incident', { got: describe(incident) }))
    const incidentId = text(incident.id) ?? `#${i}`
    const title = text(incident.name)
    const label = `incident ${incidentId}${title ? ` "${title}"` : ''}`
    const resolvedAt = instantOf(incident.resolved_at)

    // Status changes, per component.
    const components = new Map<string, Component>()
    const updates = Array.isArray(incident.incident_updates) ? incident.incident_updates : []
    updates.forEach((update, j) => {
      const up = joinPath(path, 'incident_updates')
      const upath = joinPath(up, j)
      if (!isObject(update)) return skip(worded('sp-not-update', { got: describe(update) }), upath, update)
      const changes = Array.isArray(update.affected_components) ? update.affected_components : []
      if (changes.length === 0) return
      const time = instantOf(update[updateTime]) ?? instantOf(update[otherTime])
      if (time === undefined) return skip(worded('sp-update-time', { time: updateTime, other: otherTime }), upath, update)
      changes.forEach((change, k) => {
        const cpath = joinPath(joinPath(upath, 'affected_components'), k)
        const id = isObject(change) ? text(change.code) ?? text(change.id) : undefined
        const name = isObject(change) ? text(change.name) : undefined
        const from = isObject(change) && typeof change.old_status === 'string' ? change.old_status : undefined
        const to = isObject(change) && typeof change.new_status === 'string' ? change.new_status : undefined
        if (!isObject(change) || (id === undefined && name === undefined) || to === undefined)
          return skip(worded('sp-change'), cpath, change)
        if (element === 'id' && id === undefined) return skip(worded('sp-no-code'), cpath, change)
        const key = id ?? `name:${name}`
        let c = components.get(key)
        if (!c) components.set(key, (c = { key, transitions: [] }))
        if (id !== undefined) c.id = id
        if (name !== undefined) c.name = name
        // The API lists updates newest first: on equal times, the later in the list happened first.
        c.transitions.push({ time, order: -j, from: from ?? 'operational', to, path: cpath })
      })
    })

    const before = incidents.length
    for (const c of components.values()) {
      // A change without an id (when elements are named by id) or without both id and name was skipped above.
      const elementName = element === 'id' ? present(c.id) : (c.name ?? present(c.id))
      const changes = c.transitions.sort((a, b) => a.time - b.time || a.order - b.order)
      const first = nonEmpty(changes)[0]
      if (componentStatus.get(first.from) != null)
        note(worded('sp-already-down', { element: elementName, status: first.from, time: formatInstant(first.time), label }), first.path)
      let status = 'operational'
      let since = first.time
      let sincePath = first.path
      let n = 0
      const close = (end: number | undefined) => {
        const mapping = componentStatus.get(status)
        if (mapping === null) return
        if (mapping === undefined) {
          note(worded('sp-status-unknown', { element: elementName, status: describe(status), known: [...componentStatus.keys()].join(', '), since: formatInstant(since) }), sincePath)
          return
        }
        if (end !== undefined && end <= since) return
        n++
        incidents.push({
          id: `${incidentId}:${elementName}:${n}`,
          ...(title && { title }),
          start: writeInstant(since),
          ...(end !== undefined && { end: writeInstant(end) }),
          elements: [elementName],
          impact: mapping.impact,
          ...(mapping.cause && mapping.cause !== 'unplanned' && { cause: mapping.cause }),
        })
      }
      for (const t of changes) {
        if (t.to === status) continue
        close(t.time)
        status = t.to
        since = t.time
        sincePath = t.path
      }
      // Left down by the last update: the stretch ends when the incident was resolved, or is still open.
      // A resolution dated before the stretch began cannot end it, and must not leave it open for ever.
      if (resolvedAt !== undefined && resolvedAt < since && componentStatus.get(status)) {
        note(worded('sp-left-down', { element: elementName, status, since: formatInstant(since), label, resolved: formatInstant(resolvedAt) }), sincePath)
      } else close(resolvedAt)
    }
    if (components.size > 0) {
      if (incidents.length === before) skip(worded('sp-none-counts', { label }))
      return
    }

    // No status change at all: fall back on the listed components and the incident's impact.
    const listed = (Array.isArray(incident.components) ? incident.components : [])
      .map((c) => (isObject(c) ? (element === 'id' ? text(c.id) : (text(c.name) ?? text(c.id))) : undefined))
      .filter((x): x is string => x !== undefined)
    if (listed.length === 0)
      return skip(worded('sp-no-component', { label }))
    const impact = typeof incident.impact === 'string' ? incident.impact : undefined
    const mapping = impact === undefined ? undefined : incidentImpact.get(impact)
    if (mapping === null) return skip(worded('sp-no-outage', { label, impact: describe(impact) }))
    if (mapping === undefined)
      return skip(worded('sp-impact-unknown', { label, impact: describe(incident.impact), known: [...incidentImpact.keys()].join(', ') }))
    const start = instantOf(incident.created_at)
    if (start === undefined) return skip(worded('sp-no-created', { label }))
    if (resolvedAt !== undefined && resolvedAt < start)
      return skip(worded('sp-resolved-before', { label, resolved: formatInstant(resolvedAt), created: formatInstant(start) }))
    const end = resolvedAt
    for (const name of new Set(listed)) {
      incidents.push({
        id: `${incidentId}:${name}`,
        ...(title && { title }),
        start: writeInstant(start),
        ...(end !== undefined && { end: writeInstant(end) }),
        elements: [name],
        impact: mapping.impact,
        ...(mapping.cause && mapping.cause !== 'unplanned' && { cause: mapping.cause }),
      })
    }
  })
  return { incidents, skipped }
}
