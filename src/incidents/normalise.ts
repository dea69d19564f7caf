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
  /** Optional instants for guarantees, NaN where absent. */
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
  const detectedAt = new Float64Array(n)
  const reportedAt = new Float64Array(n)
  const interventionAt = new Float64Array(n)
  const restoredAt = new Float64Array(n)
  const elements: (readonly string[] | null)[] = new Array(n)
  const ids: (string | undefined)[] = new Array(n)
  const before = issues.issues.length
  for (let i = 0; i < n; i++) {
    const p = `${path}[${i}]`
    const raw = input[i] as IncidentInput | undefined
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      issues.add(p, `must be an incident object { start, end, … } (got ${describe(raw)})`)
      continue
    }
    const s = readInstant(raw.start, `${p}.start`, issues)
    let e: number | undefined
    if (raw.end === undefined || raw.end === null) {
      if (asOf === undefined) issues.add(`${p}.end`, 'is missing: an open incident needs an asOf instant to be measured')
      else if (s !== undefined && asOf < s) issues.add(`${p}.start`, `is after asOf (${formatInstant(asOf)}): an open incident cannot start in the future`)
      else {
        e = asOf
        open[i] = 1
      }
    } else {
      e = readInstant(raw.end, `${p}.end`, issues)
      if (s !== undefined && e !== undefined && e < s) issues.add(`${p}.end`, `is before start (${formatInstant(s)})`)
    }
    start[i] = s ?? 0
    end[i] = e ?? 0
    const im = raw.impact === undefined ? 0 : IMPACT_INDEX.get(raw.impact)
    if (im === undefined) issues.add(`${p}.impact`, `must be one of ${IMPACTS.join(', ')} (got ${describe(raw.impact)})`)
    impact[i] = im ?? 0
    const ca = raw.cause === undefined ? 0 : CAUSE_INDEX.get(raw.cause)
    if (ca === undefined) issues.add(`${p}.cause`, `must be one of ${CAUSES.join(', ')} (got ${describe(raw.cause)})`)
    cause[i] = ca ?? 0
    const els = raw.elements
    if (els === undefined || els === null) elements[i] = null
    else if (typeof els === 'string' && els.length > 0) elements[i] = [els]
    else if (Array.isArray(els) && els.length > 0 && els.every((x) => typeof x === 'string' && x.length > 0)) elements[i] = els
    else {
      issues.add(`${p}.elements`, `must be a non-empty list of element names, or absent for every element (got ${describe(els)})`)
      elements[i] = null
    }
    const id = raw.id
    if (id === undefined || typeof id === 'string') ids[i] = id
    else if (typeof id === 'number' && Number.isFinite(id)) ids[i] = String(id)
    else issues.add(`${p}.id`, `must be a string or a number (got ${describe(id)})`)
    detectedAt[i] = optionalInstant(raw.detectedAt, `${p}.detectedAt`, issues)
    reportedAt[i] = optionalInstant(raw.reportedAt, `${p}.reportedAt`, issues)
    interventionAt[i] = optionalInstant(raw.interventionAt, `${p}.interventionAt`, issues)
    restoredAt[i] = optionalInstant(raw.restoredAt, `${p}.restoredAt`, issues)
  }
  if (issues.issues.length > before) return undefined
  const table: IncidentTable = {
    count: n,
    start,
    end,
    open,
    impact,
    cause,
    elements,
    ids,
    detectedAt,
    reportedAt,
    interventionAt,
    restoredAt,
    asOf,
  }
  return table
}

/** The impact name of incident `i`. */
export function impactOf(table: IncidentTable, i: number): Impact {
  return IMPACTS[table.impact[i]!]!
}

/** The cause name of incident `i`. */
export function causeOf(table: IncidentTable, i: number): Cause {
  return CAUSES[table.cause[i]!]!
}
