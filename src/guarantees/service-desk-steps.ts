/**
 * The steps a service desk adds to a GTI/GTR outcome, as data, and the library's English for them:
 * which target a priority took, and how long the clock stood still and why.
 */
import { humanDuration } from '../time/duration.js'
import { formatInstant } from '../time/instant.js'

/** One span the clock stood still, as the `paused` step lists it. */
export interface PauseStepSpan {
  readonly start: number
  readonly end: number
  /** The statuses and waiting reasons that stopped it. */
  readonly reasons: readonly string[]
  /** Covered time of the span: how far it moved the deadline. */
  readonly businessMs: number
  /** True when the wait had not ended: the span stops where the clock was read. */
  readonly open: boolean
}

/**
 * The clock stood still while the incident waited: `pausedBusinessMs` of covered time (what moved the
 * deadline from `deadlineWithoutPause` to the clock's deadline) and `pausedWallMs` elapsed, over `pauses`.
 * Only the pauses between the clock start and the instant it was read (done, or `asOf`) count.
 */
export interface PausedStep {
  readonly kind: 'paused'
  readonly guarantee: 'gti' | 'gtr'
  readonly pausedBusinessMs: number
  readonly pausedWallMs: number
  readonly deadlineWithoutPause: number
  readonly pauses: readonly PauseStepSpan[]
}

/** The target that applied, for a guarantee with targets per priority. */
export interface PriorityTargetStep {
  readonly kind: 'priority-target'
  readonly guarantee: 'gti' | 'gtr'
  /** The incident's priority; null when it has none. */
  readonly priority: string | null
  /** True when the priority has its own target; false when the guarantee's own target applied. */
  readonly own: boolean
  /** The target as written (`PT1H`, `2 business days`) and its calendar's label. */
  readonly within: string
  readonly calendar: string
  /** Set when the target is the client's own (its name, else its id); `own` then says whether it is the client's target for the priority. */
  readonly client?: string
}

/**
 * The update clock of a guarantee that sets an update target: the longest stretch of covered time without
 * an update (a status change) while the incident was open, from `from` to `to`, against `within`.
 */
export interface UpdateStep {
  readonly kind: 'update'
  readonly guarantee: 'gti' | 'gtr'
  readonly status: 'met' | 'breached' | 'pending'
  readonly within: string
  readonly calendar: string
  readonly longestBusinessMs: number
  readonly from: number
  readonly to: number
}

/** The library's English for a service-desk step. */
export function deskSentence(step: PausedStep | PriorityTargetStep | UpdateStep): string {
  if (step.kind === 'update') {
    const what = { met: 'met', breached: 'breached', pending: 'pending' }[step.status]
    return (
      `Update clock ${what}: the longest stretch without an update was ${humanDuration(step.longestBusinessMs)} of covered time, ` +
      `from ${formatInstant(step.from)} to ${formatInstant(step.to)} (target ${step.within} on ${step.calendar}).`
    )
  }
  if (step.kind === 'priority-target') {
    if (step.client !== undefined)
      return `Client ${step.client}${step.priority !== null && step.own ? `, priority ${step.priority}` : ''}: the client's target applies, ${step.within} on ${step.calendar}.`
    const which = step.priority === null ? 'No priority' : `Priority ${step.priority}`
    return `${which}: ${step.own ? 'its' : "the guarantee's"} target applies, ${step.within} on ${step.calendar}.`
  }
  const spans = step.pauses
    .map((p) => `${p.reasons.join(' + ')} from ${formatInstant(p.start)} to ${formatInstant(p.end)}${p.open ? ' (still waiting)' : ''}, ${humanDuration(p.businessMs)} covered`)
    .join('; ')
  return `Clock paused ${humanDuration(step.pausedBusinessMs)} of covered time (${humanDuration(step.pausedWallMs)} elapsed): ${spans}; deadline moved from ${formatInstant(step.deadlineWithoutPause)}.`
}
