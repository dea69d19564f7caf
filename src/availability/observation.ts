/**
 * Monitoring data that did not observe the whole period: the gaps a probe or heartbeat reader found, what
 * each was taken as, and the share of the period actually observed. A figure built on gaps shows its
 * coverage; a gap counted as `exclude` leaves the measured time, so the figure speaks only of what was seen.
 */
import { Decimal } from '../decimal.js'
import { describe, IssueList, joinPath } from '../errors.js'
import { formatInstant, type InstantLike, readInstant } from '../time/instant.js'

/** What a gap in monitoring data was taken as: up, down, unknown (listed, measured as up), or left out of the period. */
export type GapTreatment = 'unknown' | 'down' | 'up' | 'exclude'

/**
 * Time without monitoring data, as the probe readers of `matou/io` list it in `gaps`: the element it
 * concerns (none: every element), `[start, end)`, and what it was counted as.
 */
export interface ObservationGap {
  readonly element?: string
  readonly start: InstantLike
  readonly end: InstantLike
  readonly countedAs: GapTreatment
}

/** How much of a period monitoring observed, in milliseconds. */
export interface Observation {
  /** The time looked at: the period, or an element's time in service. */
  readonly periodMs: number
  /** Of it, the time without data: every gap, whatever it was counted as, overlaps once. */
  readonly unobservedMs: number
  /** Of the unobserved time, the gaps counted as `exclude`: left out of the measured time. */
  readonly excludedMs: number
  /** `periodMs − unobservedMs`. */
  readonly observedMs: number
  /** `observedMs / periodMs`, exact (1 for an empty period): the coverage printed beside the figure. */
  readonly share: Decimal
}

/** @internal The gaps, read: per element (`''` for gaps naming none), sorted disjoint flat stretches. */
export interface ObservationGaps {
  readonly all: ReadonlyMap<string, readonly number[]>
  readonly excluded: ReadonlyMap<string, readonly number[]>
}

const TREATMENTS: readonly GapTreatment[] = ['unknown', 'down', 'up', 'exclude']

/** Sorted, disjoint stretches from pairs in any order, overlapping or touching ones joined. */
function union(pairs: [number, number][]): number[] {
  pairs.sort((a, b) => a[0] - b[0])
  const out: number[] = []
  for (const [s, e] of pairs) {
    const last = out.length - 1
    const reached = out[last] ?? Number.NEGATIVE_INFINITY
    if (s <= reached) out[last] = Math.max(reached, e)
    else out.push(s, e)
  }
  return out
}

/** @internal Reads a list of gaps under `path`, adding issues with their codes. */
export function readObservationGaps(value: unknown, path: string, issues: IssueList): ObservationGaps | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value)) {
    issues.add(path, `must be a list of gaps { element?, start, end, countedAs } (got ${describe(value)})`, 'gaps-list', { got: describe(value) })
    return undefined
  }
  const all = new Map<string, [number, number][]>()
  const excluded = new Map<string, [number, number][]>()
  value.forEach((item: unknown, i) => {
    const at = joinPath(path, i)
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.add(at, `must be a gap { element?, start, end, countedAs } (got ${describe(item)})`, 'gap-shape', { got: describe(item) })
      return
    }
    const g = item as { element?: unknown; start?: unknown; end?: unknown; countedAs?: unknown }
    const start = readInstant(g.start, joinPath(at, 'start'), issues)
    const end = readInstant(g.end, joinPath(at, 'end'), issues)
    if (g.element !== undefined && (typeof g.element !== 'string' || g.element === ''))
      issues.add(joinPath(at, 'element'), `must be a non-empty element name (got ${describe(g.element)})`, 'element-name')
    if (!TREATMENTS.includes(g.countedAs as GapTreatment))
      issues.add(joinPath(at, 'countedAs'), `must be one of ${TREATMENTS.join(', ')} (got ${describe(g.countedAs)})`, 'one-of', { options: TREATMENTS.join(', '), got: describe(g.countedAs) })
    if (start === undefined || end === undefined) return
    if (end < start) {
      issues.add(joinPath(at, 'end'), `is before start (${formatInstant(start)})`, 'before-start', { start: formatInstant(start) })
      return
    }
    const key = typeof g.element === 'string' ? g.element : ''
    const push = (map: Map<string, [number, number][]>) => {
      const list = map.get(key)
      if (list) list.push([start, end])
      else map.set(key, [[start, end]])
    }
    if (end > start) {
      push(all)
      if (g.countedAs === 'exclude') push(excluded)
    }
  })
  const joined = (map: Map<string, [number, number][]>) => new Map([...map].map(([k, pairs]) => [k, union(pairs)] as const))
  return { all: joined(all), excluded: joined(excluded) }
}

/**
 * @internal The stretches of `map` that concern an element (its own and those naming no element), or every
 * stretch for `null` (the whole service), clipped to `[start, end)`.
 */
export function gapsOf(map: ReadonlyMap<string, readonly number[]>, element: string | null, start: number, end: number): number[] {
  const pairs: [number, number][] = []
  for (const [key, flat] of map) {
    if (element !== null && key !== '' && key !== element) continue
    for (let k = 0; k < flat.length; k += 2) {
      const s = Math.max(flat[k] ?? NaN, start)
      const e = Math.min(flat[k + 1] ?? NaN, end)
      if (e > s) pairs.push([s, e])
    }
  }
  return union(pairs)
}

function lengthOf(flat: readonly number[]): number {
  let total = 0
  for (let k = 0; k < flat.length; k += 2) total += (flat[k + 1] ?? NaN) - (flat[k] ?? NaN)
  return total
}

/** @internal How much of `[start, end)` monitoring observed for an element (or the whole service, `null`). */
export function observationOf(gaps: ObservationGaps, element: string | null, start: number, end: number): Observation {
  const periodMs = end - start
  const unobservedMs = lengthOf(gapsOf(gaps.all, element, start, end))
  const excludedMs = lengthOf(gapsOf(gaps.excluded, element, start, end))
  const observedMs = periodMs - unobservedMs
  return Object.freeze({ periodMs, unobservedMs, excludedMs, observedMs, share: periodMs === 0 ? new Decimal(1) : new Decimal(observedMs).div(periodMs) })
}

/** @internal Observations added up: the shares of several elements weighed by their time. */
export function totalObservation(list: readonly Observation[]): Observation {
  let periodMs = 0
  let unobservedMs = 0
  let excludedMs = 0
  for (const o of list) {
    periodMs += o.periodMs
    unobservedMs += o.unobservedMs
    excludedMs += o.excludedMs
  }
  const observedMs = periodMs - unobservedMs
  return Object.freeze({ periodMs, unobservedMs, excludedMs, observedMs, share: periodMs === 0 ? new Decimal(1) : new Decimal(observedMs).div(periodMs) })
}
