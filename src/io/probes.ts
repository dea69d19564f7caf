import { Decimal } from '../decimal.js'
import { describe, IssueList, joinPath } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { readDuration } from '../time/duration.js'
import { formatInstant, type InstantLike, readInstant } from '../time/instant.js'
import { type ReadResult, writeInstant } from './result.js'
import { worded } from './skipped.js'

/** The state a probe reports at an instant. */
export type ProbeState = 'up' | 'down' | 'maintenance'

/**
 * What to do with time not covered by any sample: after a sample, further than `maxGap` from the next one.
 *
 * - `unknown`: no incident; the gap is listed in `gaps` (measured as available by `measureAvailability`,
 *   so look at `gaps` before trusting a figure);
 * - `down`: the gap is an outage;
 * - `up`: the gap is available time;
 * - `exclude`: no incident; the gap is listed in `gaps` and, given to `monthlyStatement` or
 *   `measureAvailability` as `gaps`, left out of the measured time (a 6 h gap in a 720 h month: 714 h measured);
 * - `previous`: the state of the sample before the gap lasts until the next sample (as if there were no `maxGap`).
 */
export type GapRule = 'unknown' | 'down' | 'up' | 'exclude' | 'previous'

/** Time without data, as a reader found it. */
export interface ProbeGap {
  /** The element (monitor, instance) it concerns; absent for a series that names none. */
  element?: string
  /** The gap `[start, end)`: from `maxGap` after the last sample before it to the next sample. */
  start: string
  end: string
  durationMs: number
  /** What the gap was taken as, by option `gap`. */
  countedAs: Exclude<GapRule, 'previous'>
}

/** What the probe readers return: incidents, skipped samples, and the gaps in the data. */
export interface ProbeReadResult extends ReadResult {
  gaps: ProbeGap[]
}

/** @internal One usable sample. */
export interface Sample {
  readonly time: number
  readonly state: ProbeState
  readonly message?: string
  /** Where the sample was read, for the skipped entry of a duplicate. */
  readonly path?: string
}

// When two samples share a time, the worse state holds, as the sweep-line lets an outage win over
// lesser impacts: the order of the input must not decide.
const SEVERITY: Record<ProbeState, number> = { up: 0, maintenance: 1, down: 2 }

/** @internal The rules that turn samples into intervals. */
export interface ProbeRules {
  /** Longest time a sample vouches for; undefined: until the next sample. */
  readonly maxGapMs: number | undefined
  readonly gap: GapRule
}

const GAP_RULES: readonly GapRule[] = ['unknown', 'down', 'up', 'exclude', 'previous']

/** @internal Reads the gap options, adding issues under `path`. */
export function readGapRules(options: { maxGap?: unknown; gap?: unknown }, path: string, issues: IssueList, defaults: { gap?: GapRule } = {}): ProbeRules {
  let maxGapMs: number | undefined
  if (options.maxGap !== undefined) {
    maxGapMs = readDuration(options.maxGap, joinPath(path, 'maxGap'), issues)
    if (maxGapMs === 0) issues.add(joinPath(path, 'maxGap'), 'must be longer than zero', 'zero-duration')
  }
  const gap = (options.gap ?? defaults.gap) as GapRule | undefined
  if (gap === undefined) issues.add(joinPath(path, 'gap'), `is required: say what time without data counts as (${GAP_RULES.join(', ')})`, 'gap-required', { options: GAP_RULES.join(', ') })
  else if (!GAP_RULES.includes(gap))
    issues.add(joinPath(path, 'gap'), `must be one of ${GAP_RULES.join(', ')} (got ${describe(gap)})`, 'one-of', { options: GAP_RULES.join(', '), got: describe(gap) })
  return { maxGapMs, gap: gap ?? 'unknown' }
}

interface Stretch {
  state: ProbeState | 'unknown' | 'exclude'
  start: number
  /** undefined: still going at the end of the data. */
  end: number | undefined
  message?: string
  fromGap: boolean
}

/**
 * @internal Turns one series of samples into incidents: each sample's state holds from its time until the
 * next sample (an outage runs from the first `down` sample to the next sample that is not down), for at most
 * `maxGap`; the rest of a longer wait is a gap, handled by the gap rule. After the last sample the state holds
 * until `tailEnd` (subject to `maxGap` too), or stays open when `tailEnd` is `'open'`.
 */
export function samplesToIncidents(
  samples: readonly Sample[],
  rules: ProbeRules,
  tailEnd: number | 'open',
  element: string | undefined,
  out: ProbeReadResult,
): void {
  const ordered = [...samples].sort((a, b) => a.time - b.time || SEVERITY[b.state] - SEVERITY[a.state])
  const sorted: Sample[] = []
  for (const sample of ordered) {
    const kept = sorted[sorted.length - 1]
    if (kept === undefined || kept.time !== sample.time) {
      sorted.push(sample)
      continue
    }
    out.skipped.push({
      path: sample.path ?? '',
      ...worded('probe-same-time', { time: formatInstant(sample.time), other: kept.path ?? '', element: element ?? '', kept: kept.state, state: sample.state }),
    })
  }
  const stretches: Stretch[] = []
  const add = (s: Stretch) => {
    const last = stretches[stretches.length - 1]
    if (last && last.state === s.state && last.end === s.start) {
      last.end = s.end
      return
    }
    if (s.end !== undefined && s.end <= s.start) return
    stretches.push(s)
  }
  for (const [k, { time, state, message }] of sorted.entries()) {
    const next = sorted[k + 1]?.time ?? tailEnd
    if (next === 'open') {
      add({ state, start: time, end: undefined, ...(message !== undefined && { message }), fromGap: false })
      continue
    }
    const covered = rules.maxGapMs === undefined || rules.gap === 'previous' ? next : Math.min(next, time + rules.maxGapMs)
    add({ state, start: time, end: covered, ...(message !== undefined && { message }), fromGap: false })
    if (covered < next) {
      const countedAs = rules.gap === 'previous' ? 'unknown' : rules.gap
      out.gaps.push({ ...(element !== undefined && { element }), start: writeInstant(covered), end: writeInstant(next), durationMs: next - covered, countedAs })
      add({ state: countedAs, start: covered, end: next, fromGap: true })
    }
  }
  let n = 0
  for (const s of stretches) {
    if (s.state !== 'down' && s.state !== 'maintenance') continue
    n++
    const incident: IncidentInput = {
      id: `${element ?? 'probe'}:${formatInstant(s.start)}`,
      title: s.fromGap ? 'no data (a gap counted as down)' : (s.message ?? (s.state === 'down' ? 'down' : 'maintenance')),
      start: writeInstant(s.start),
      ...(s.end !== undefined && { end: writeInstant(s.end) }),
      ...(element !== undefined && { elements: [element] }),
      impact: 'outage',
      ...(s.state === 'maintenance' && { cause: 'maintenance' }),
    }
    out.incidents.push(incident)
  }
}

/** How much of a period the samples of a probe reader cover (see {@link probeCoverage}). */
export interface ProbeCoverage {
  /** Length of the period. */
  readonly periodMs: number
  /** Of it, the time without data: the reader's gaps of the element, clipped to the period, overlaps once. */
  readonly unobservedMs: number
  /** `periodMs − unobservedMs`. */
  readonly observedMs: number
  /** `observedMs / periodMs`, exact (1 for an empty period): the "coverage" to print beside a figure. */
  readonly share: Decimal
}

/**
 * The share of a period the data of a probe reader actually observed: the period less the gaps the reader
 * reported (whatever rule `gap` took them as: a gap counted as up, down or excluded is still time nobody observed).
 * Pass `element` to count only that element's gaps, else every gap counts. Only the gaps between samples
 * are known to the reader: time before the first sample or after the last is not counted as a gap.
 *
 * @example
 * // A reader found 6 minutes with no sample in an hour (as `parseHeartbeats(…).gaps` lists them):
 * const read = { gaps: [{ start: '2026-03-02T10:03:00Z', end: '2026-03-02T10:09:00Z', durationMs: 360_000, countedAs: 'up' as const }] }
 * probeCoverage(read, { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' }).share.toString() // '0.9'
 */
export function probeCoverage(result: Pick<ProbeReadResult, 'gaps'>, period: { readonly start: InstantLike; readonly end: InstantLike }, element?: string): ProbeCoverage {
  const issues = new IssueList()
  const from = readInstant(period.start, 'period.start', issues)
  const to = readInstant(period.end, 'period.end', issues)
  if (from !== undefined && to !== undefined && to < from) issues.add('period.end', `is before start (${formatInstant(from)})`, 'before-start', { start: formatInstant(from) })
  const { start, end } = issues.checked({ start: from, end: to })
  const stretches: [number, number][] = []
  for (const g of result.gaps) {
    if (element !== undefined && g.element !== element) continue
    const s = Math.max(Date.parse(g.start), start)
    const e = Math.min(Date.parse(g.end), end)
    if (e > s) stretches.push([s, e])
  }
  stretches.sort((a, b) => a[0] - b[0])
  let unobservedMs = 0
  let reached = -Infinity
  for (const [s, e] of stretches) {
    if (e <= reached) continue
    unobservedMs += e - Math.max(s, reached)
    reached = e
  }
  const periodMs = end - start
  const observedMs = periodMs - unobservedMs
  return Object.freeze({ periodMs, unobservedMs, observedMs, share: periodMs === 0 ? new Decimal(1) : new Decimal(observedMs).div(periodMs) })
}
