/**
 * The update clock (Znuny's "update time"): how long an open incident went without news. Each status
 * change is an update; the longest stretch between two (from the clock start to the restoration, or to
 * `asOf` while open), in covered time, is held against a target.
 */
import { type UpdateTarget } from '../commitment/service-desk.js'
import { Decimal } from '../decimal.js'
import { IssueList } from '../errors.js'
import { idOf, type IncidentTable, instantAt, isOpen, readIncidents } from '../incidents/normalise.js'
import { type IncidentInput } from '../schema/incident.js'
import { coverageOf, readBusinessCalendar } from '../time/calendar.js'
import { type Coverage, coveredBetween } from '../time/coverage.js'
import { type DurationLike, readDuration } from '../time/duration.js'
import { type InstantLike, readInstant } from '../time/instant.js'
import { type UpdateStep } from './service-desk-steps.js'
import { pausedCovered, pauseSpans } from './clock.js'

/** Options of {@link updateClock}. */
export interface UpdateClockOptions {
  incidents: readonly IncidentInput[]
  /** The longest an open incident may go without an update, e.g. `'PT4H'`, counted on `calendar`. */
  within: DurationLike
  /** When the clock runs; default `'24/7'`. */
  calendar?: unknown
  /** The instant of evaluation, required when some incidents are still open. */
  asOf?: InstantLike
}

/** The update clock of one incident. */
export interface UpdateOutcome {
  readonly index: number
  readonly id?: string
  /** `met`: no stretch longer than allowed; `breached`: one was; `pending`: open, none yet. */
  readonly status: 'met' | 'breached' | 'pending'
  /** The longest stretch without an update, covered time, and where it lies. */
  readonly longestBusinessMs: number
  readonly longestFrom: Date
  readonly longestTo: Date
  /** Allowed minus longest: negative when breached. */
  readonly marginBusinessMs: number
}

/** What {@link updateClock} returns. */
export interface UpdateClockReport {
  readonly incidents: readonly UpdateOutcome[]
  readonly met: number
  readonly breached: number
  readonly pending: number
  /** `met / (met + breached)` in percent; null when none is decided. */
  readonly withinPercent: Decimal | null
}

/** The update clock of one guarantee outcome, when the guarantee sets an update target. */
export interface UpdateFigures {
  /** `met`: no stretch longer than allowed; `breached`: one was; `pending`: open, none yet. */
  readonly status: 'met' | 'breached' | 'pending'
  /** The target as written, and in milliseconds of covered time. */
  readonly within: string
  readonly withinMs: number
  /** The longest stretch without an update, covered time, and where it lies. */
  readonly longestBusinessMs: number
  readonly longestFrom: Date
  readonly longestTo: Date
  /** Allowed minus longest: negative when breached. */
  readonly marginBusinessMs: number
}

/**
 * @internal The update clock of incident `i` under a guarantee's update target, from the guarantee's clock
 * start, with its step.
 */
export function updateOutcome(
  guarantee: 'gti' | 'gtr',
  target: UpdateTarget,
  t: IncidentTable,
  i: number,
  from: number,
  pauses: Uint8Array | undefined,
): { figures: UpdateFigures; step: UpdateStep } {
  const { longest, a, b, status } = longestWithoutUpdate(t, i, coverageOf(target.calendar), from, target.withinMs, pauses)
  const figures: UpdateFigures = Object.freeze({
    status,
    within: target.within,
    withinMs: target.withinMs,
    longestBusinessMs: longest,
    longestFrom: new Date(a),
    longestTo: new Date(b),
    marginBusinessMs: target.withinMs - longest,
  })
  const step: UpdateStep = { kind: 'update', guarantee, status, within: target.within, calendar: target.calendar.label, longestBusinessMs: longest, from: a, to: b }
  return { figures, step }
}

/**
 * @internal The longest stretch of covered time without a status change of incident `i`, from `from` to its
 * restoration (or `asOf`, the end an open incident has in the table), where it lay, and how it stands
 * against `allowedMs`: breached once a stretch is longer, pending while open, else met. Time while the
 * statuses or waits of `pauses` (a guarantee's `pauseOn`, see `pauseMask`) hold is not time without an
 * update: nobody owes the customer news while waiting on them.
 */
export function longestWithoutUpdate(
  t: IncidentTable,
  i: number,
  cov: Coverage,
  from: number,
  allowedMs: number,
  pauses?: Uint8Array,
): { longest: number; a: number; b: number; status: 'met' | 'breached' | 'pending' } {
  const restored = instantAt(t.restoredAt, i)
  // An open incident's end in the table is asOf.
  const until = !Number.isNaN(restored) ? restored : instantAt(t.end, i)
  let last = from
  let longest = -1
  let a = from
  let b = from
  const desk = t.desk
  // Stryker disable next-line ArrayDeclaration: a list of no span, whatever it holds, has no start nor end to count
  const spans = pauses && desk ? pauseSpans(desk, pauses, i, from, until) : []
  const step = (at: number) => {
    if (at <= last) return
    const gap = coveredBetween(cov, last, at) - pausedCovered(cov, spans, last, at)
    if (gap > longest) [longest, a, b] = [gap, last, at]
    last = at
  }
  // Past the table's end the bounds are missing and the loop does not run.
  if (desk) {
    for (let k = desk.eventFrom[i] ?? 0, end = desk.eventFrom[i + 1] ?? 0; k < end; k++) {
      // k is within the column; an update at or after the restoration is no news while open.
      const at = desk.eventAt[k] ?? until
      if (at < until) step(at)
    }
  }
  step(until)
  // No stretch at all (restored as soon as reported): none longer than 0.
  longest = Math.max(0, longest)
  const open = isOpen(t, i) && Number.isNaN(restored)
  return { longest, a, b, status: longest > allowedMs ? 'breached' : open ? 'pending' : 'met' }
}

/**
 * The longest stretch each incident went without an update while open, against a target: every status
 * change of its `statusHistory` is an update; the clock starts when the incident is reported (else
 * detected, else starts) and stops at its restoration, or at `asOf` while open.
 *
 * @example
 * const r = updateClock({
 *   within: 'PT4H',
 *   incidents: [{ start: '2026-05-13T08:00:00Z', end: '2026-05-13T18:00:00Z', statusHistory: [{ at: '2026-05-13T11:00:00Z', status: 'in-progress' }, { at: '2026-05-13T16:00:00Z', status: 'waiting-customer' }] }],
 * })
 * r.incidents[0].status // 'breached': 11:00 to 16:00 is 5 h without news
 * r.incidents[0].marginBusinessMs // -3_600_000
 * @throws InputError listing every problem of the options.
 */
export function updateClock(options: UpdateClockOptions): UpdateClockReport {
  const o = (options ?? {}) as Partial<UpdateClockOptions>
  const issues = new IssueList()
  const asOf = o.asOf === undefined ? undefined : readInstant(o.asOf, 'asOf', issues)
  const withinMs = readDuration(o.within, 'within', issues)
  const calendar = readBusinessCalendar(o.calendar ?? '24/7', 'calendar', issues)
  const table = readIncidents(o.incidents, asOf, 'incidents', issues)
  const { table: t, calendar: cal, withinMs: allowed } = issues.checked({ table, calendar, withinMs }, 'Cannot run the update clock')
  const cov = coverageOf(cal)
  const out: UpdateOutcome[] = []
  let met = 0
  let breached = 0
  let pending = 0
  for (let i = 0; i < t.count; i++) {
    const r = instantAt(t.reportedAt, i)
    const d = instantAt(t.detectedAt, i)
    const from = !Number.isNaN(r) ? r : !Number.isNaN(d) ? d : instantAt(t.start, i)
    const { longest, a, b, status } = longestWithoutUpdate(t, i, cov, from, allowed)
    if (status === 'met') met++
    else if (status === 'breached') breached++
    else pending++
    const id = idOf(t, i)
    out.push(
      Object.freeze({
        index: i,
        ...(id !== undefined && { id }),
        status,
        longestBusinessMs: longest,
        longestFrom: new Date(a),
        longestTo: new Date(b),
        marginBusinessMs: allowed - longest,
      }),
    )
  }
  return Object.freeze({
    incidents: Object.freeze(out),
    met,
    breached,
    pending,
    withinPercent: met + breached === 0 ? null : new Decimal(met).times(100).div(met + breached),
  })
}
