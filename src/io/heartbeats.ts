import { describe, InputError, IssueList, joinPath, present } from '../errors.js'
import { formatInstant, type InstantLike, parseIsoInstant, readInstant } from '../time/instant.js'
import { type GapRule, type ProbeReadResult, type ProbeState, readGapRules, type Sample, samplesToIncidents } from './probes.js'
import { issuesReason } from './cell-problems.js'
import { isObject, isWritableInstant, rawJson } from './result.js'

/**
 * A heartbeat or probe result: an Uptime Kuma `heartbeat` row (`{ monitor_id, status, time, msg, … }`), its
 * JSON forms (`{ monitorID, status, time }`, `{ status, time }`), or any `{ time | timestamp, status | up }`,
 * or a pair `[time, status]`.
 *
 * - time: an ISO-8601 instant with an offset, a `Date`, epoch milliseconds, or Uptime Kuma's
 *   `YYYY-MM-DD HH:MM:SS[.mmm]` without offset, read as UTC (Uptime Kuma stores UTC);
 * - status: Uptime Kuma's `0` down, `1` up, `2` pending, `3` maintenance; or `'down'`, `'up'`, `'pending'`,
 *   `'maintenance'`; or `true` (up) / `false` (down).
 */
export type Heartbeat =
  | { time?: InstantLike; timestamp?: InstantLike; status?: number | string | boolean; up?: number | string | boolean; monitor_id?: number | string; monitorID?: number | string; msg?: string }
  | readonly [InstantLike, number | string | boolean]

/** Heartbeats as they come: a list, a database export `{ heartbeats, monitors? }`, or the status-page API `{ heartbeatList }`. */
export type HeartbeatSource =
  | readonly Heartbeat[]
  | { heartbeats: readonly Heartbeat[]; monitors?: readonly { id: number | string; name?: string }[] }
  | { heartbeatList: Record<string, readonly Heartbeat[]> }

/** Options of {@link parseHeartbeats}. */
export interface HeartbeatOptions {
  /** What a PENDING beat (Uptime Kuma retrying before it declares DOWN) counts as. Uptime Kuma 2 counts it as down. */
  pending: 'down' | 'up'
  /**
   * Longest time a beat vouches for its status, e.g. `'PT10M'` (a few times the check interval). A longer wait
   * for the next beat is a gap, handled by `gap`. Default: no limit, a beat's status lasts until the next beat.
   */
  maxGap?: string | number
  /** What time without beats (beyond `maxGap`) counts as; see {@link GapRule}. */
  gap: GapRule
  /** Name every incident after this element, whatever the monitor. Default: the monitor's name, else its id; none for beats without monitor. */
  element?: string
  /**
   * The end of the data: the last beat's status lasts until then (subject to `maxGap`). Without it, a monitor
   * whose last beat is down gives an open incident (no end), measured up to the `asOf` given to `measureAvailability`.
   */
  asOf?: InstantLike
  /**
   * Beats before this instant are skipped with their reason; default 2000-01-01T00:00:00Z. A beat dated
   * 1970 is almost always seconds read as milliseconds, or a field that is not a time: without this
   * bound it would become an outage of half a century.
   */
  earliest?: InstantLike
}

/** The default of {@link HeartbeatOptions.earliest}: no heartbeat monitor ran before 2000. */
const MONITORING_ERA = Date.UTC(2000, 0, 1)

const STATUS_NAMES: Record<string, 'up' | 'down' | 'pending' | 'maintenance'> = {
  '0': 'down',
  '1': 'up',
  '2': 'pending',
  '3': 'maintenance',
  down: 'down',
  up: 'up',
  pending: 'pending',
  maintenance: 'maintenance',
  true: 'up',
  false: 'down',
}

const KUMA_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/

function readTime(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'string' && KUMA_TIME.test(value.trim())) {
    const t = parseIsoInstant(`${value.trim()}Z`)
    if (!Number.isNaN(t)) return t
  }
  return readInstant(value, path, issues)
}

interface Series {
  element: string | undefined
  samples: Sample[]
}

/**
 * Turns heartbeats (Uptime Kuma's, or any probe series of up/down results) into incidents, per monitor.
 *
 * Rules, each explicit:
 * - An outage runs from the first DOWN beat to the next beat that is not DOWN (UP, or MAINTENANCE, or PENDING
 *   when `pending` is `'up'`): DOWN at 08:26:19 and 08:27:20, UP at 08:28:20 give 121 s of outage from 08:26:19.
 *   (Uptime Kuma 1.x gives each beat the interval *before* it, so its 121 s sit one interval earlier; the
 *   length is the same.)
 * - MAINTENANCE beats give incidents with cause `maintenance`, from the first such beat to the next other beat.
 * - PENDING counts as `pending` says.
 * - Gaps: a beat vouches for its status for at most `maxGap`; the rest of a longer wait for the next beat is
 *   a gap, counted as `gap` says and listed in `gaps`.
 * - Beats are put in time order first; a beat without a valid time or status is skipped with its path.
 *
 * @example
 * // 1 is UP, 0 DOWN, 2 PENDING, 3 MAINTENANCE, as in an Uptime Kuma export.
 * const beats = [
 *   { time: '2026-03-02T10:00:00Z', status: 1 },
 *   { time: '2026-03-02T10:01:00Z', status: 0 },
 *   { time: '2026-03-02T10:03:00Z', status: 1 },
 * ]
 * const { incidents, skipped, gaps } = parseHeartbeats(beats, { pending: 'down', maxGap: 'PT10M', gap: 'unknown' })
 * incidents.map((i) => [i.start, i.end]) // [['2026-03-02T10:01:00Z', '2026-03-02T10:03:00Z']]
 * @throws InputError when the input holds no list of beats, or an option is wrong.
 */
export function parseHeartbeats(beats: HeartbeatSource, options: HeartbeatOptions): ProbeReadResult {
  const issues = new IssueList()
  const o = (isObject(options) ? options : {}) as Partial<HeartbeatOptions>
  if (!isObject(options)) issues.add('options', `must be an object { pending, gap, maxGap? } (got ${describe(options)})`, 'sim-object', { expected: 'an object { pending, gap, maxGap? }', got: describe(options) })
  if (o.pending !== 'down' && o.pending !== 'up') issues.add('options.pending', `is required: "down" or "up" (got ${describe(o.pending)})`, 'hb-pending', { got: describe(o.pending) })
  const rules = readGapRules(o, 'options', issues)
  if (o.element !== undefined && (typeof o.element !== 'string' || o.element === '')) issues.add('options.element', `must be a non-empty element name (got ${describe(o.element)})`, 'element-text', { got: describe(o.element) })
  const asOf = o.asOf === undefined ? undefined : readInstant(o.asOf, 'options.asOf', issues)
  if (asOf !== undefined && !isWritableInstant(asOf)) issues.add('options.asOf', 'is out of range (years 0000 to 9999)', 'years-range')
  const earliest = o.earliest === undefined ? MONITORING_ERA : (readInstant(o.earliest, 'options.earliest', issues) ?? MONITORING_ERA)
  // A pending option other than down or up added an issue.
  const { pending } = issues.checked({ pending: o.pending === 'down' || o.pending === 'up' ? o.pending : undefined }, 'Invalid heartbeat options')

  // The lists of beats, with the path of each list and a monitor name if known.
  const lists: { path: string; beats: unknown[]; monitor?: string }[] = []
  const names = new Map<string, string>()
  const input = beats as unknown
  if (Array.isArray(input)) lists.push({ path: '', beats: input })
  else if (isObject(input) && Array.isArray(input.heartbeats)) {
    lists.push({ path: 'heartbeats', beats: input.heartbeats })
    if (Array.isArray(input.monitors))
      for (const m of input.monitors) if (isObject(m) && (typeof m.id === 'number' || typeof m.id === 'string') && typeof m.name === 'string' && m.name !== '') names.set(String(m.id), m.name)
  } else if (isObject(input) && isObject(input.heartbeatList)) {
    for (const [id, list] of Object.entries(input.heartbeatList)) {
      const path = joinPath('heartbeatList', id)
      if (Array.isArray(list)) lists.push({ path, beats: list, monitor: id })
      else throw new InputError([{ path, message: `must be a list of heartbeats (got ${describe(list)})`, code: 'hb-list', params: { got: describe(list) } }], 'Cannot read the heartbeats')
    }
  } else
    throw new InputError(
      [{ path: '', message: `must be a list of heartbeats, { heartbeats: [...] } or { heartbeatList: { "<monitor>": [...] } } (got ${describe(input)})`, code: 'hb-source', params: { got: describe(input) } }],
      'Cannot read the heartbeats',
    )

  const result: ProbeReadResult = { incidents: [], skipped: [], gaps: [] }
  const series = new Map<string, Series>()
  for (const list of lists) {
    list.beats.forEach((beat, i) => {
      const path = joinPath(list.path, i)
      const local = new IssueList()
      let time: unknown
      let status: unknown
      let monitor: unknown = list.monitor
      let message: string | undefined
      if (Array.isArray(beat) && beat.length === 2) [time, status] = beat
      else if (isObject(beat)) {
        time = beat.time ?? beat.timestamp
        status = beat.status ?? beat.up
        monitor = beat.monitor_id ?? beat.monitorID ?? monitor
        if (typeof beat.msg === 'string' && beat.msg.trim() !== '') message = beat.msg.trim()
      } else {
        const raw = rawJson(beat)
        const got = Array.isArray(beat) ? `a list of ${beat.length} item${beat.length === 1 ? '' : 's'}` : describe(beat)
        result.skipped.push({
          path,
          reason: `must be a heartbeat { time, status } or [time, status] (got ${got})`,
          code: 'hb-not-beat',
          params: Array.isArray(beat) ? { items: beat.length } : { got },
          ...(raw !== undefined && { raw }),
        })
        return
      }
      const t = time === undefined ? (local.add(joinPath(path, 'time'), 'is required', 'required'), undefined) : readTime(time, joinPath(path, 'time'), local)
      if (t !== undefined && !isWritableInstant(t)) local.add(joinPath(path, 'time'), 'is out of range (years 0000 to 9999)', 'years-range')
      else if (t !== undefined && t < earliest)
        local.add(
          joinPath(path, 'time'),
          `is ${formatInstant(t)}, before option earliest (${formatInstant(earliest)}): seconds given for milliseconds, or another field? Set earliest to read older beats`,
          'hb-earliest',
          { time: formatInstant(t), earliest: formatInstant(earliest) },
        )
      else if (t !== undefined && asOf !== undefined && t > asOf) local.add(joinPath(path, 'time'), `is after option asOf (${formatInstant(asOf)}), the end of the data`, 'hb-after-asof', { asOf: formatInstant(asOf) })
      const name = typeof status === 'string' || typeof status === 'number' || typeof status === 'boolean' ? STATUS_NAMES[String(status).trim().toLowerCase()] : undefined
      if (name === undefined) local.add(joinPath(path, 'status'), `must be 0 (down), 1 (up), 2 (pending) or 3 (maintenance), or their names (got ${describe(status)})`, 'hb-status', { got: describe(status) })
      if (monitor !== undefined && typeof monitor !== 'string' && typeof monitor !== 'number') local.add(joinPath(path, 'monitor_id'), `must be a number or a string (got ${describe(monitor)})`, 'number-or-string', { got: describe(monitor) })
      if (!local.ok) {
        const raw = rawJson(beat)
        result.skipped.push({ path, ...issuesReason(local.issues), ...(raw !== undefined && { raw }) })
        return
      }
      const key = monitor === undefined ? '' : String(monitor)
      let s = series.get(key)
      if (!s) {
        const element = o.element ?? (key === '' ? undefined : (names.get(key) ?? key))
        series.set(key, (s = { element, samples: [] }))
      }
      const state: ProbeState = name === 'pending' ? pending : (name as ProbeState)
      s.samples.push({ time: present(t), state, ...(message !== undefined && { message }), path })
    })
  }
  for (const s of series.values()) samplesToIncidents(s.samples, rules, asOf ?? 'open', s.element, result)
  return result
}
