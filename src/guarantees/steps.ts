/**
 * The steps of a GTI/GTR outcome, as data, and the library's English for them: the one place the
 * outcome's `explanation` is worded.
 */
import { type Decimal } from '../decimal.js'
import { type Cause, type Impact } from '../schema/commitment.js'
import { humanDuration } from '../time/duration.js'
import { formatInstant } from '../time/instant.js'
import { deskSentence, type PausedStep, type PriorityTargetStep, type UpdateStep } from './service-desk-steps.js'

export { type PausedStep, type PauseStepSpan, type PriorityTargetStep, type UpdateStep } from './service-desk-steps.js'

/** How a guarantee's clock ran for one incident. Instants are epoch milliseconds. */
export interface GuaranteeClock {
  /** When it started, and which instant of the incident started it. */
  readonly start: number
  readonly source: 'reportedAt' | 'detectedAt'
  /** The guaranteed time as written, e.g. `PT4H`. */
  readonly within: string
  /** The coverage calendar it runs on, by its label. */
  readonly calendar: string
  readonly deadline: number
}

/** Where `doneAt` came from: the intervention (GTI), the restoration, or the incident's end. */
export type DoneSource = 'interventionAt' | 'restoredAt' | 'end'

/**
 * One step of a GTI/GTR outcome, in the order of its `explanation`: first where it stands, then for a
 * breach the penalty, then what stood for the intervention when none was recorded. Instants are epoch
 * milliseconds, durations milliseconds of covered (`Business`) or elapsed (`Wall`) time.
 *
 * @example
 * outcome.steps[1] // { kind: 'penalty', perBreach: Decimal(5), perLate: { units: 9, … }, percent: Decimal(14) }
 */
export type GuaranteeStep =
  /** Done by the deadline, after `elapsedBusinessMs` of covered time. */
  | { readonly kind: 'met'; readonly guarantee: 'gti' | 'gtr'; readonly clock: GuaranteeClock; readonly doneAt: number; readonly doneSource: DoneSource; readonly elapsedBusinessMs: number }
  /** Done after the deadline. */
  | {
      readonly kind: 'breached'
      readonly guarantee: 'gti' | 'gtr'
      readonly clock: GuaranteeClock
      readonly doneAt: number
      readonly doneSource: DoneSource
      readonly lateBusinessMs: number
      readonly lateWallMs: number
    }
  /** Not done by `asOf`, which is past the deadline. */
  | { readonly kind: 'overdue'; readonly guarantee: 'gti' | 'gtr'; readonly clock: GuaranteeClock; readonly asOf: number; readonly lateBusinessMs: number }
  /** Not done yet, and not yet due at `asOf` (null: no `asOf` given). */
  | { readonly kind: 'pending'; readonly guarantee: 'gti' | 'gtr'; readonly clock: GuaranteeClock; readonly asOf: number | null }
  /** The guarantee does not apply: the incident's cause is excluded by the commitment. */
  | { readonly kind: 'excluded-cause'; readonly guarantee: 'gti' | 'gtr'; readonly cause: Cause }
  /** The guarantee does not apply: it covers other impacts. */
  | { readonly kind: 'impact-not-covered'; readonly guarantee: 'gti' | 'gtr'; readonly impact: Impact; readonly covers: readonly Impact[] }
  /** The guarantee cannot be judged: the incident has neither `reportedAt` nor `detectedAt` to start its clock. */
  | { readonly kind: 'no-clock-start'; readonly guarantee: 'gti' | 'gtr' }
  /** The penalty of a breach, in percent of the fee: so much for the breach, plus so much per unit of lateness. */
  | {
      readonly kind: 'penalty'
      readonly perBreach: Decimal | null
      readonly perLate: {
        /** Units of lateness counted, on `clock` time. */
        readonly units: number
        readonly count: 'started' | 'full'
        /** The unit as written, e.g. `PT1H`. */
        readonly per: string
        readonly clock: 'business' | 'wall-clock'
        /** Percent per unit. */
        readonly unitPercent: Decimal
        /** `units × unitPercent`. */
        readonly percent: Decimal
      } | null
      /** The penalty of this breach, before the guarantee's cap over the period. */
      readonly percent: Decimal
    }
  /** A breach, but the commitment sets no penalty for it. */
  | { readonly kind: 'no-penalty' }
  /** No intervention was recorded: the restoration (or the end) stands for it. */
  | { readonly kind: 'restoration-as-intervention' }
  // Service-desk steps (see service-desk-steps.ts for their English).
  | PausedStep
  | PriorityTargetStep
  | UpdateStep

function clockText(c: GuaranteeClock): string {
  return `clock started at ${formatInstant(c.start)} (${c.source}), ${c.within} on ${c.calendar} → deadline ${formatInstant(c.deadline)}`
}

const WHAT = { gti: 'intervention', gtr: 'restoration' } as const

/** The library's English for one step of a GTI/GTR outcome; its `explanation` is the steps' sentences joined by spaces. */
export function guaranteeSentence(step: GuaranteeStep): string {
  switch (step.kind) {
    case 'met':
      return `${step.guarantee.toUpperCase()} met: ${clockText(step.clock)}; ${WHAT[step.guarantee]} at ${formatInstant(step.doneAt)} (${step.doneSource}), after ${humanDuration(step.elapsedBusinessMs)} of covered time.`
    case 'breached':
      return `${step.guarantee.toUpperCase()} breached: ${clockText(step.clock)}; ${WHAT[step.guarantee]} at ${formatInstant(step.doneAt)} (${step.doneSource}), ${humanDuration(step.lateBusinessMs)} of covered time late (${humanDuration(step.lateWallMs)} elapsed).`
    case 'overdue':
      return `${step.guarantee.toUpperCase()} breached: ${clockText(step.clock)}; no ${WHAT[step.guarantee]} by ${formatInstant(step.asOf)}, already ${humanDuration(step.lateBusinessMs)} of covered time late.`
    case 'pending':
      return `${step.guarantee.toUpperCase()} pending: ${clockText(step.clock)}; no ${WHAT[step.guarantee]} yet${step.asOf !== null ? ` at ${formatInstant(step.asOf)}` : ''}.`
    case 'excluded-cause':
      return `${step.guarantee.toUpperCase()} not applicable: cause "${step.cause}" is excluded by the commitment.`
    case 'impact-not-covered':
      return `${step.guarantee.toUpperCase()} not applicable: it covers ${step.covers.join(', ')}, not ${step.impact}.`
    case 'no-clock-start':
      return `${step.guarantee.toUpperCase()} not evaluable: the incident has neither reportedAt nor detectedAt, so the clock cannot start.`
    case 'penalty': {
      const parts: string[] = []
      if (step.perBreach) parts.push(`${step.perBreach} % for the breach`)
      const l = step.perLate
      if (l) parts.push(`${l.units} ${l.count} ${l.per} of ${l.clock} lateness × ${l.unitPercent} % = ${l.percent} %`)
      return `Penalty: ${parts.join(' + ')} = ${step.percent} % of the fee.`
    }
    case 'no-penalty':
      return 'The commitment sets no penalty for it.'
    case 'restoration-as-intervention':
      return '(No intervention recorded: the restoration counts as the intervention.)'
    case 'paused':
    case 'priority-target':
    case 'update':
      return deskSentence(step)
  }
}
