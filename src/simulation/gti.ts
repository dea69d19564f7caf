import { type SimulationAssumption } from './assumptions.js'
import { InputError, IssueList } from '../errors.js'
import { ALWAYS } from '../time/calendar.js'
import { type CreditPlan, penaltyUnits } from './credit-plan.js'
import { type DurationSampler, drawDuration, durationOf, innerOutputs, largestAtMost, risesWithOutput } from './durations.js'
import { type CheckedOptions } from './options.js'
import { at, Xoshiro128 } from './random.js'
import { defaultTeamHours, SEGMENT_BUCKETS, waitingTable, type WaitingTable } from './waits.js'

/** The GTI as numbers: the guaranteed time, and when an incident reported outside hours waits. */
export interface GtiPlan extends WaitingTable {
  readonly withinMs: number
  readonly outsideShare: number
  readonly response: DurationSampler
  /**
   * When no wait counts and the response law is a table or empirical one: the largest inner 32-bit output
   * whose response is within the guarantee (the response being non-decreasing in it), so that a met GTI —
   * nearly all of them — is one integer comparison; −1 otherwise.
   */
  readonly metUpTo: number
  /** The first inner output of the response law (below it, the response is drawn exactly). */
  readonly responseLow: number
}

/**
 * The GTI of the offer as numbers, or null when it has none that covers outages; what was assumed goes to
 * `notes`.
 *
 * @throws InputError when the team's hours (or the GTI's calendar) cannot be sampled for the year.
 */
export function compileGti(o: CheckedOptions, notes: SimulationAssumption[]): GtiPlan | null {
  const g = o.commitment.gti
  if (!g) return null
  if (!g.impacts.includes('outage')) {
    notes.push({ kind: 'gti-not-outages', impacts: g.impacts })
    return null
  }
  const teamHours = o.teamHours
  const team = teamHours ?? (g.calendar.kind === 'hours' ? g.calendar : o.offer.organisation?.onCall ? ALWAYS : defaultTeamHours(o.commitment.timeZone))
  let table: WaitingTable
  try {
    table = waitingTable(team, g.calendar, o.year)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const issues = new IssueList()
    const at = teamHours ? 'intervention.hours' : 'offer.commitment.gti.calendar'
    for (const i of error.issues) issues.add(at, i.message, i.code, i.params)
    throw new InputError(issues.issues, 'Cannot simulate')
  }
  const yearMs = Date.UTC(o.year + 1, 0, 1) - Date.UTC(o.year, 0, 1)
  const outside = o.outsideBusinessHours
  const share = outside ?? table.totalOutside / yearMs
  const r = o.response
  const inner = innerOutputs(r)
  const probe = new Xoshiro128([1, 0, 0, 0])
  const metUpTo = !table.waits && risesWithOutput(r) ? largestAtMost((x) => durationOf(r, x, probe), g.withinMs, inner.low, inner.high) : -1
  notes.push({
    kind: 'gti',
    within: g.within,
    calendar: g.calendar.label,
    team: team.label,
    defaultTeam: !teamHours,
    outsideShare: share,
    outsideFromHours: outside === undefined,
    response: r.text,
  })
  if (team.kind === '24/7' && outside !== undefined && outside > 0) notes.push({ kind: 'round-the-clock' })
  return Object.freeze({ ...table, withinMs: g.withinMs, outsideShare: share, response: r, metUpTo, responseLow: inner.low })
}

/**
 * The GTI of one incident, drawing from `rng`: −1 when met, else the penalty in credit units (0 when the
 * commitment sets none). Returning a whole number rather than the lateness keeps the result unboxed.
 */
export function gtiOutcome(g: GtiPlan, credit: CreditPlan, rng: Xoshiro128): number {
  if (g.metUpTo >= 0) {
    // No wait counts: met exactly when the response's output is at most metUpTo (inner outputs).
    const x = rng.nextUint32()
    return x <= g.metUpTo && x >= g.responseLow ? -1 : gtiLate(g, credit, x, rng)
  }
  let wait = 0
  if (g.waits && rng.next() < g.outsideShare) {
    const u = rng.next()
    const x = u * g.totalOutside
    const cum = g.segCum
    // The stretch holding x: the last one starting at or before it, found from its bucket onwards.
    let lo = at(g.segBucket, Math.floor(u * SEGMENT_BUCKETS))
    while (lo + 1 < g.segCount && at(cum, lo + 1) <= x) lo++
    const reported = at(g.segFrom, lo) + (x - at(cum, lo))
    for (let j = at(g.subStart, lo), end = at(g.subStart, lo + 1); j < end; j++) {
      const a = at(g.subA, j)
      const clock = at(g.subB, j) - (a > reported ? a : reported)
      if (clock > 0) wait += clock
    }
  }
  const late = wait + drawDuration(g.response, rng) - g.withinMs
  return late > 0 ? penaltyUnits(credit, late) : -1
}

/** The GTI outcome when no wait counts, for the response's 32-bit output x (see {@link gtiOutcome}). */
export function gtiLate(g: GtiPlan, credit: CreditPlan, x: number, rng: Xoshiro128): number {
  const late = durationOf(g.response, x, rng) - g.withinMs
  return late > 0 ? penaltyUnits(credit, late) : -1
}
