import { describe } from '../decimal.js'
import { IssueList } from '../errors.js'
import { type Cause, CAUSES, type Impact, IMPACTS } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { formatInstant, readInstant } from '../time/instant.js'

/**
 * Incidents read into columns of numbers, the form every measurement works on. Times are epoch
 * milliseconds; an open incident's end is `asOf`.
 */
export interface IncidentTable {
  readonly count: number
  readonly start: Float64Array
  readonly end: Float64Array
  /** 1 when the incident had no end and was closed at `asOf` for measuring. */
  readonly open: Uint8Array
  /** Index in {@link IMPACTS}. */
  readonly impact: Uint8Array
  /** Index in {@link CAUSES}. */
  readonly cause: Uint8Array
  /** Elements affected; null for every element. */
  readonly elements: readonly (readonly string[] | null)[]
  readonly ids: readonly (string | undefined)[]
  /**
   * Optional instants for guarantees, NaN where absent. A column none of the incidents fills is empty
   * (length 0): read it with {@link instantAt}.
   */
  readonly detectedAt: Float64Array
  readonly reportedAt: Float64Array
  readonly interventionAt: Float64Array
  readonly restoredAt: Float64Array
  readonly asOf: number | undefined
}

const IMPACT_INDEX = new Map<unknown, number>(IMPACTS.map((v, i) => [v, i]))
const CAUSE_INDEX = new Map<unknown, number>(CAUSES.map((v, i) => [v, i]))

function optionalInstant(value: unknown, path: string, issues: IssueList): number {
  if (value === undefined || value === null) return Number.NaN
  return readInstant(value, path, issues) ?? Number.NaN
}

/**
 * Reads incidents into an {@link IncidentTable}, listing every problem with its path
 * (`incidents[3].end: is before start (…)`).
 */
export function readIncidents(input: unknown, asOf: number | undefined, path: string, issues: IssueList): IncidentTable | undefined {
  if (!Array.isArray(input)) {
    issues.add(path, `must be a list of incidents (got ${describe(input)})`)
    return undefined
  }
  const n = input.length
  const start = new Float64Array(n)
  const end = new Float64Array(n)
  const open = new Uint8Array(n)
  const impact = new Uint8Array(n)
  const cause = new Uint8Array(n)
  // The guarantee instants are rare in availability logs: their columns exist only once one is seen.
  let detectedAt: Float64Array | undefined
  let reportedAt: Float64Array | undefined
  let interventionAt: Float64Array | undefined
  let restoredAt: Float64Array | undefined
  // Filled by push: `new Array(n)` of a million slots starts V8 arrays in slow dictionary mode.
  const elements: (readonly string[] | null)[] = []
  const ids: (string | undefined)[] = []
  const before = issues.issues.length
  // Paths are written only when something is wrong: building a string per field per incident would
  // cost more than reading a million incidents.
  for (let i = 0; i < n; i++) {
    const raw = input[i] as IncidentInput | undefined
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.add(`${path}[${i}]`, `must be an incident object { start, end, … } (got ${describe(raw)})`)
      elements.push(null)
      ids.push(undefined)
      continue
    }
    const s = instantOf(raw.start, path, i, 'start', issues)
    let e: number | undefined
    const rawEnd = raw.end
    if (rawEnd === undefined || rawEnd === null) {
      if (asOf === undefined) issues.add(`${path}[${i}].end`, 'is missing: an open incident needs an asOf instant to be measured')
      else if (s !== undefined && asOf < s) issues.add(`${path}[${i}].start`, `is after asOf (${formatInstant(asOf)}): an open incident cannot start in the future`)
      else {
        e = asOf
        open[i] = 1
      }
    } else {
      e = instantOf(rawEnd, path, i, 'end', issues)
      if (s !== undefined && e !== undefined && e < s) issues.add(`${path}[${i}].end`, `is before start (${formatInstant(s)})`)
    }
    start[i] = s ?? 0
    end[i] = e ?? 0
    const rawImpact = raw.impact
    if (rawImpact !== undefined && rawImpact !== 'outage') {
      const im = IMPACT_INDEX.get(rawImpact)
      if (im === undefined) issues.add(`${path}[${i}].impact`, `must be one of ${IMPACTS.join(', ')} (got ${describe(rawImpact)})`)
      else impact[i] = im
    }
    const rawCause = raw.cause
    if (rawCause !== undefined && rawCause !== 'unplanned') {
      const ca = CAUSE_INDEX.get(rawCause)
      if (ca === undefined) issues.add(`${path}[${i}].cause`, `must be one of ${CAUSES.join(', ')} (got ${describe(rawCause)})`)
      else cause[i] = ca
    }
    const els = raw.elements
    if (els === undefined || els === null) elements.push(null)
    else if (typeof els === 'string' && els.length > 0) elements.push([els])
    else if (isElementList(els)) elements.push(els)
    else {
      issues.add(`${path}[${i}].elements`, `must be a non-empty list of element names, or absent for every element (got ${describe(els)})`)
      elements.push(null)
    }
    const id = raw.id
    if (id === undefined || typeof id === 'string') ids.push(id)
    else if (typeof id === 'number' && Number.isFinite(id)) ids.push(String(id))
    else {
      issues.add(`${path}[${i}].id`, `must be a string or a number (got ${describe(id)})`)
      ids.push(undefined)
    }
    if (raw.detectedAt != null) (detectedAt ??= nanColumn(n))[i] = instantOf(raw.detectedAt, path, i, 'detectedAt', issues) ?? Number.NaN
    if (raw.reportedAt != null) (reportedAt ??= nanColumn(n))[i] = instantOf(raw.reportedAt, path, i, 'reportedAt', issues) ?? Number.NaN
    if (raw.interventionAt != null) (interventionAt ??= nanColumn(n))[i] = instantOf(raw.interventionAt, path, i, 'interventionAt', issues) ?? Number.NaN
    if (raw.restoredAt != null) (restoredAt ??= nanColumn(n))[i] = instantOf(raw.restoredAt, path, i, 'restoredAt', issues) ?? Number.NaN
  }
  if (issues.issues.length > before) return undefined
  return {
    count: n,
    start,
    end,
    open,
    impact,
    cause,
    elements,
    ids,
    detectedAt: detectedAt ?? nanColumn(0),
    reportedAt: reportedAt ?? nanColumn(0),
    interventionAt: interventionAt ?? nanColumn(0),
    restoredAt: restoredAt ?? nanColumn(0),
    asOf,
  }
}

function nanColumn(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN)
}

function isElementList(value: unknown): value is readonly string[] {
  if (!Array.isArray(value) || value.length === 0) return false
  for (let k = 0; k < value.length; k++) {
    const x = value[k]
    if (typeof x !== 'string' || x.length === 0) return false
  }
  return true
}

// Dates and epoch milliseconds, the forms code passes, are read without the general reader.
function instantOf(value: unknown, path: string, i: number, field: string, issues: IssueList): number | undefined {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value <= MAX_MS && value >= -MAX_MS) return value
  } else if (value instanceof Date) {
    const t = value.getTime()
    if (t === t) return t
  }
  return readInstant(value, `${path}[${i}].${field}`, issues)
}

const MAX_MS = 8.64e15

/** The impact name of incident `i`. */
export function impactOf(table: IncidentTable, i: number): Impact {
  return IMPACTS[table.impact[i]!]!
}

/** The cause name of incident `i`. */
export function causeOf(table: IncidentTable, i: number): Cause {
  return CAUSES[table.cause[i]!]!
}

/** The value of an optional instant column for incident `i`: NaN where absent. */
export function instantAt(column: Float64Array, i: number): number {
  return i < column.length ? column[i]! : Number.NaN
}
