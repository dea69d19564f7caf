/**
 * The steps of an availability measurement, as data, and the library's English for them. The steps are
 * what `report/` reads to decide and to write in each language; the English here is the one place the
 * library's own `explanation` and `reason` sentences are written, and the English reports reuse the
 * phrases they share with it.
 */
import { type RoundingMode } from '../commitment/rounding.js'
import { type Decimal, isOne } from '../decimal.js'
import { type Cause, type Impact } from '../schema/commitment.js'
import { humanDuration } from '../time/duration.js'
import { formatInstant } from '../time/instant.js'

/** An incident named in a step: its position in the log given, and its id when it has one. */
export interface IncidentRef {
  readonly index: number
  readonly id?: string
}

/** What the commitment does with excluded time. */
export type ExclusionTreatment = 'as-available' | 'out-of-period'

/**
 * Why one incident counted as it did: the `step` of a {@link Contribution}. Durations are milliseconds.
 *
 * @example
 * report.contributions[0].step // { kind: 'below-minimum', durationMs: 180000, minimumOutageMs: 300000 }
 */
export type ContributionStep =
  /**
   * Some of its time counts: `countedMs` of its `inPeriodMs` (of its `alignedMs` when the commitment aligns
   * incidents to clock minutes), the rest under other incidents; × `weight`.
   */
  | {
      readonly kind: 'counted'
      readonly impact: Impact
      readonly countedMs: number
      /** Its time in the period as logged. */
      readonly inPeriodMs: number
      readonly weight: Decimal
      /** How the commitment aligned incidents to clock minutes before measuring them. */
      readonly granularity: 'none' | 'minute-up' | 'minute-down'
      /**
       * With a granularity other than `none`: its time in the period once aligned to clock minutes (out to
       * every minute it touches, or in to the whole minutes it holds), which `countedMs` is counted of. An
       * incident of 10:00:30–10:01:10 aligned out is 2 min, though it lasts 40 s.
       */
      readonly alignedMs?: number
    }
  /** Its cause is excluded: `excludedMs` of its `inPeriodMs` were excluded here, the rest under other incidents. */
  | { readonly kind: 'excluded'; readonly cause: Cause; readonly excludedMs: number; readonly inPeriodMs: number; readonly treatment: ExclusionTreatment }
  /** It lasts `durationMs` (start to end), less than the commitment's minimum outage. */
  | { readonly kind: 'below-minimum'; readonly durationMs: number; readonly minimumOutageMs: number }
  /** Only whole clock minutes count, and it holds none. */
  | { readonly kind: 'no-whole-minute' }
  /** It lasts no time inside the period. */
  | { readonly kind: 'empty' }
  /** Its `inPeriodMs` were already counted under other incidents, or excluded. */
  | { readonly kind: 'overlapped'; readonly inPeriodMs: number }
  /** Its impact weighs 0 under the commitment. */
  | { readonly kind: 'not-counted'; readonly impact: Impact }

/**
 * One step of the arithmetic of an availability report, in the order of its `explanation`. Instants are
 * epoch milliseconds, durations milliseconds.
 *
 * @example
 * report.steps.find((s) => s.kind === 'rounded') // { kind: 'rounded', mode: 'floor', decimals: 2, availability: Decimal('99.87') }
 */
export type AvailabilityStep =
  /** The period measured: `[start, end)`, `durationMs` long. */
  | { readonly kind: 'period'; readonly label: string; readonly timeZone: string; readonly start: number; readonly end: number; readonly durationMs: number }
  /**
   * The measurement window: service hours (`hours`, a calendar label), maintenance windows, and the
   * in-service rule; `windowMs` of the period are measured, `scheduledMaintenanceMs` of the service hours
   * were maintenance.
   */
  | {
      readonly kind: 'window'
      readonly hours: string
      readonly maintenance: readonly string[]
      readonly inServiceAtLeast?: number
      readonly serviceMs: number
      readonly scheduledMaintenanceMs: number
      readonly windowMs: number
    }
  /** The weighted downtime, exact, with the incidents that counted and those that did not. */
  | {
      readonly kind: 'downtime'
      /** The element measured, or null for the whole service. */
      readonly element: string | null
      readonly downtime: Decimal
      readonly counted: readonly IncidentRef[]
      readonly notCounted: readonly IncidentRef[]
      readonly weights: Readonly<Record<Impact, Decimal>>
    }
  /** Time excluded for the commitment's excluded causes, and what became of it. */
  | { readonly kind: 'excluded'; readonly excludedMs: number; readonly causes: readonly Cause[]; readonly treatment: ExclusionTreatment }
  /** Planned downtime (scheduled maintenance and maintenance incidents) apart from unplanned, with their total, wall-clock. */
  | {
      readonly kind: 'split'
      readonly scheduledMs: number
      readonly maintenanceIncidentsMs: number
      readonly plannedMs: number
      readonly unplannedMs: number
      readonly totalMs: number
    }
  /** Time without monitoring data (gaps counted as `exclude`) left out of the measured time. */
  | { readonly kind: 'unobserved'; readonly unobservedMs: number }
  /** Nothing was left to measure: availability is taken as 100 %. */
  | { readonly kind: 'whole-period-excluded' }
  /** `100 × (measuredMs − downtime) / measuredMs`, exact. */
  | { readonly kind: 'formula'; readonly measuredMs: number; readonly downtime: Decimal; readonly exactAvailability: Decimal }
  /** The commitment's rounding rule, and the figure it gave (the one compared with the bands). */
  | { readonly kind: 'rounded'; readonly mode: RoundingMode; readonly decimals: number; readonly availability: Decimal }
  /** Incidents still open were measured up to `asOf`. */
  | { readonly kind: 'open'; readonly asOf: number }

/**
 * English phrases the library's sentences and the English reports share, with their figures already
 * written: each is worded once.
 */
export const availabilityEnglish = {
  treatment: { 'as-available': 'counted as available', 'out-of-period': 'removed from the period' } as const satisfies Record<ExclusionTreatment, string>,
  noWholeMinute: 'holds no whole clock minute, and only whole minutes count',
  empty: 'lasts no time inside the period',
  notCounted: (impact: string): string => `${impact} counts for 0 under this commitment`,
  wholePeriodExcluded: 'The whole period was excluded: availability is taken as 100 %.',
  formula: (measured: string, downtime: string, result: string): string => `Availability = (${measured} − ${downtime}) / ${measured} × 100 = ${result}.`,
}

const en = availabilityEnglish

function fmt(ms: number): string {
  return `${humanDuration(ms)} (${ms.toLocaleString('en-US')} ms)`
}

function msText(d: Decimal): string {
  return d.isInteger() ? d.toNumber().toLocaleString('en-US') : d.toString()
}

/** The library's English for why an incident counted as it did (a contribution's `reason`). */
export function contributionReason(step: ContributionStep): string {
  switch (step.kind) {
    case 'counted': {
      const { impact, countedMs, inPeriodMs, weight } = step
      const weighted = isOne(weight) ? '' : ` × ${weight.toString()} = ${humanDuration(weight.times(countedMs).toNumber())} of downtime`
      const aligned = step.alignedMs ?? inPeriodMs
      if (aligned !== inPeriodMs) {
        // Alignment changed its time: said as such, not as time under other incidents.
        const how = step.granularity === 'minute-down' ? 'in whole clock minutes only' : 'aligned out to whole clock minutes'
        return countedMs === aligned
          ? `${impact} of ${humanDuration(inPeriodMs)} in the period, ${humanDuration(aligned)} ${how}${weighted}`
          : `${impact}: ${humanDuration(countedMs)} counted of its ${humanDuration(aligned)} ${how} (${humanDuration(inPeriodMs)} in the period), the rest overlapping other incidents${weighted}`
      }
      const rounding = step.granularity === 'minute-up' ? ' (aligned out to whole clock minutes)' : step.granularity === 'minute-down' ? ' (whole clock minutes only)' : ''
      return countedMs === inPeriodMs
        ? `${impact} of ${humanDuration(countedMs)} in the period${weighted}${rounding}`
        : `${impact}: ${humanDuration(countedMs)} counted of its ${humanDuration(inPeriodMs)} in the period, the rest overlapping other incidents${rounding}${weighted}`
    }
    case 'excluded': {
      const how = en.treatment[step.treatment]
      return step.excludedMs === step.inPeriodMs
        ? `cause "${step.cause}" is excluded: ${humanDuration(step.excludedMs)} ${how}`
        : `cause "${step.cause}" is excluded: ${humanDuration(step.excludedMs)} of its ${humanDuration(step.inPeriodMs)} ${how}, the rest already excluded under other incidents`
    }
    case 'below-minimum':
      return `lasts ${humanDuration(step.durationMs)}, less than the minimum outage of ${humanDuration(step.minimumOutageMs)}`
    case 'no-whole-minute':
      return en.noWholeMinute
    case 'empty':
      return en.empty
    case 'overlapped':
      return `its ${humanDuration(step.inPeriodMs)} were already counted under other incidents or excluded`
    case 'not-counted':
      return en.notCounted(step.impact)
  }
}

/** The library's English for one step of an availability report (a line of its `explanation`). */
export function availabilitySentence(step: AvailabilityStep): string {
  switch (step.kind) {
    case 'period':
      return `Period ${step.label} (${step.timeZone}): ${new Date(step.start).toISOString()} to ${new Date(step.end).toISOString()}, ${fmt(step.durationMs)}.`
    case 'window':
      return (
        `Measured only in service hours ${step.hours}` +
        (step.inServiceAtLeast !== undefined ? ` while at least ${step.inServiceAtLeast} elements run` : '') +
        `: ${fmt(step.serviceMs)}` +
        (step.maintenance.length ? `, less ${fmt(step.scheduledMaintenanceMs)} of scheduled maintenance (${step.maintenance.join('; ')})` : '') +
        `; ${fmt(step.windowMs)} measured.`
      )
    case 'downtime': {
      const who = step.element === null ? 'the service' : `element "${step.element}"`
      const n = step.counted.length
      const others = step.notCounted.length
      const w = step.weights
      return (
        `Downtime of ${who}: ${humanDuration(step.downtime.toNumber())} (${msText(step.downtime)} ms) from ${n} incident${n === 1 ? '' : 's'}` +
        (others > 0 ? `, ${others} other${others === 1 ? '' : 's'} not counted` : '') +
        ` (weights: outage ${w.outage}, partial ${w.partial}, degraded ${w.degraded}; overlaps counted once).`
      )
    }
    case 'excluded':
      return `Excluded: ${fmt(step.excludedMs)} (${step.causes.join(', ')}), ${en.treatment[step.treatment]}.`
    case 'split':
      return (
        `Planned downtime: ${humanDuration(step.plannedMs)} (${step.plannedMs.toLocaleString('en-US')} ms: ${humanDuration(step.scheduledMs)} of scheduled maintenance, ` +
        `${humanDuration(step.maintenanceIncidentsMs)} of maintenance incidents); unplanned: ${fmt(step.unplannedMs)}; total: ${fmt(step.totalMs)}.`
      )
    case 'unobserved':
      return `Without monitoring data: ${fmt(step.unobservedMs)}, removed from the period.`
    case 'whole-period-excluded':
      return en.wholePeriodExcluded
    case 'formula': {
      const measured = step.measuredMs.toLocaleString('en-US')
      return en.formula(measured, msText(step.downtime), `${step.exactAvailability.toSignificantDigits(12).toString()} %`)
    }
    case 'rounded':
      return `Rounded ${step.mode} to ${step.decimals} decimals, as the commitment says: ${step.availability.toFixed(step.decimals)} %.`
    case 'open':
      return `Open incidents are measured up to ${formatInstant(step.asOf)}.`
  }
}
