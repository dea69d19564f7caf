import { type Commitment, type CommitmentLike, type MeasurementRules, readCommitment } from '../commitment/commitment.js'
import { roundingConstant } from '../commitment/rounding.js'
import { Decimal } from '../decimal.js'
import { InputError, IssueList, joinPath, nonEmpty, present } from '../errors.js'
import { type IncidentColumns } from '../incidents/columns.js'
import { causeOf, idOf, impactOf, type IncidentTable, isOpen, readIncidents } from '../incidents/normalise.js'
import { type ElementLayout, EXCLUDED_CLASS, Fate, groupByElement, PreparedIncidents, Sweeper, type SweepResult } from '../incidents/timeline.js'
import { ServiceWindow, WindowedIncidents } from '../incidents/window.js'
import { type Cause, type Impact } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { type InstantLike, MAX_INSTANT, readInstant } from '../time/instant.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'
import { gapsOf, type ObservationGap, type ObservationGaps, readObservationGaps } from './observation.js'
import { type AvailabilityStep, availabilitySentence, type ContributionStep, contributionReason, type IncidentRef } from './steps.js'

/** What became of an incident in a measurement. */
export type ContributionStatus =
  /** Some of its time counts as downtime. */
  | 'counted'
  /** Its time was already counted under other incidents (or excluded by them). */
  | 'overlapped'
  /** Its cause is excluded by the commitment. */
  | 'excluded'
  /** Shorter than the commitment's minimum outage, or nothing left once aligned to whole minutes. */
  | 'below-minimum'
  /** Its impact weighs 0 (e.g. degraded performance). */
  | 'not-counted'
  /** It lasts no time inside the period. */
  | 'empty'

/** How one incident counted in an availability report. */
export interface Contribution {
  /** Position of the incident in the list given. */
  readonly index: number
  readonly id?: string
  readonly impact: Impact
  readonly cause: Cause
  readonly start: Date
  /** Its end, or `asOf` for an open incident. */
  readonly end: Date
  /** True for an incident still open at `asOf`. */
  readonly open: boolean
  /** Its time inside the period, before any rule. */
  readonly inPeriodMs: number
  /**
   * Wall-clock time counted for it, once overlaps are merged (before its weight). Under a commitment that
   * aligns incidents to clock minutes, it is counted of its aligned time, which may be more (minute-up) or
   * less (minute-down) than `inPeriodMs`: see the `alignedMs` of its step.
   */
  readonly countedMs: number
  /** Weight of its impact, from 0 to 1. */
  readonly weight: Decimal
  /** Downtime it adds: `countedMs × weight`. */
  readonly downtimeMs: number
  /** Its time that was excluded. */
  readonly excludedMs: number
  readonly status: ContributionStatus
  /** Why, as data: what `report/` reads, in every language. */
  readonly step: ContributionStep
  /** Why, in one English sentence, written from `step` when first read. */
  readonly reason: string
}

/** Availability of one element over one period, with its arithmetic. */
export interface AvailabilityReport {
  /** The element measured, or null when every incident counted for one service. */
  readonly element: string | null
  readonly period: Period
  /** Id of the commitment whose rules were applied, if it has one. */
  readonly commitmentId?: string
  /** Length of the period. */
  readonly periodMs: number
  /** Time excluded (maintenance and other excluded causes). */
  readonly excludedMs: number
  /**
   * Time availability is measured against: the period (or, with a measurement window, the window's time in
   * it), less excluded time under `out-of-period`.
   */
  readonly measuredMs: number
  /** With a measurement window (`measurement.window`): how it cut the period. */
  readonly window?: WindowFigures
  /**
   * Time without monitoring data left out of the measured time: the gaps counted as `exclude` (option
   * `gaps`) inside the period or window. Absent when there is none.
   */
  readonly unobservedMs?: number
  /**
   * Planned and unplanned downtime apart, with their total (see {@link DowntimeSplit}). Computed when first
   * read and not enumerable, so that a report's JSON stays as it was; the `split` step carries the same
   * figures whenever there is planned time or a measurement window.
   */
  readonly split: DowntimeSplit
  /** Weighted downtime in milliseconds; the nearest double when a weight has decimals (see `downtime`). */
  readonly downtimeMs: number
  /** Weighted downtime in milliseconds, exact. */
  readonly downtime: Decimal
  /**
   * `100 × (measured − downtime) / measured`, in percent; rounded as the commitment's `rounding` rule says,
   * if it has one (the figure compared with the bands).
   */
  readonly availability: Decimal
  /** The same before any rounding rule. */
  readonly exactAvailability: Decimal
  /** True when an incident still open at `asOf` was counted up to `asOf`. */
  readonly open: boolean
  readonly asOf?: Date
  /** Each incident that touches the period: what it counted and why. */
  readonly contributions: readonly Contribution[]
  /** The arithmetic, step by step, as data. */
  readonly steps: readonly AvailabilityStep[]
  /** The arithmetic, sentence by sentence: one English sentence per step. */
  readonly explanation: readonly string[]
  /**
   * The exact fraction behind `availability`, in integers: availability = 100 × (measuredUnits −
   * downtimeUnits) / measuredUnits, where a unit is 1/scale millisecond (scale = 10^decimals of the weights).
   */
  readonly exact: { readonly downtimeUnits: number; readonly measuredUnits: number; readonly scale: number }
}

/** How a measurement window cut the period, in milliseconds. */
export interface WindowFigures {
  /** Service hours in the period (while enough instances ran, under `inService`), maintenance included. */
  readonly serviceMs: number
  /** Of those, the time of scheduled maintenance windows: planned, and not measured. */
  readonly scheduledMaintenanceMs: number
  /** The time measured: service hours less maintenance windows. */
  readonly windowMs: number
}

/**
 * Downtime told apart as the contract plans it, in wall-clock milliseconds:
 *
 * - `scheduledMs`: service hours taken by the window's recurring maintenance (`window.scheduledMaintenanceMs`),
 *   never measured;
 * - `maintenanceIncidentsMs`: time of incidents whose cause is `maintenance` inside the measured time,
 *   excluded or, when the commitment does not exclude that cause, counted (before weights; overlaps once);
 * - `plannedMs = scheduledMs + maintenanceIncidentsMs`;
 * - `unplannedMs`: time counted as downtime for every other cause (before weights, overlaps once), so that a
 *   degraded hour is an hour of unplanned disruption even when it weighs less in the availability;
 * - `totalMs = plannedMs + unplannedMs`.
 *
 * Time excluded for other causes (the customer, force majeure, …), short outages under the minimum and
 * impacts that weigh 0 are neither planned nor unplanned downtime: they are left out of the split.
 *
 * @example
 * // A month with a 2 h maintenance window, a 1 h maintenance incident excluded and a 30 min outage:
 * report.split // { scheduledMs: 7200000, maintenanceIncidentsMs: 3600000, plannedMs: 10800000, unplannedMs: 1800000, totalMs: 12600000 }
 */
export interface DowntimeSplit {
  readonly scheduledMs: number
  readonly maintenanceIncidentsMs: number
  readonly plannedMs: number
  readonly unplannedMs: number
  readonly totalMs: number
}

/** The split of a report's downtime, from its window figures and its contributions. */
function splitOf(window: WindowFigures | undefined, contributions: readonly Contribution[]): DowntimeSplit {
  const scheduledMs = window ? window.scheduledMaintenanceMs : 0
  let maintenanceIncidentsMs = 0
  let unplannedMs = 0
  for (const c of contributions) {
    if (c.cause === 'maintenance') maintenanceIncidentsMs += c.excludedMs + (c.status === 'counted' ? c.countedMs : 0)
    else if (c.status === 'counted') unplannedMs += c.countedMs
  }
  const plannedMs = scheduledMs + maintenanceIncidentsMs
  return Object.freeze({ scheduledMs, maintenanceIncidentsMs, plannedMs, unplannedMs, totalMs: plannedMs + unplannedMs })
}

/**
 * When each element of a set ran, for a commitment whose window counts time only while enough of them
 * run (`inService`): element name → its running stretches. An open stretch (no end) runs to the period end.
 */
// An interface rather than an alias of Readonly<Record<…>>: declarations that use it (the statement's options)
// then name it instead of spelling the record out.
export interface RunningIntervals {
  readonly [element: string]: readonly RunningStretch[]
}

/** One stretch during which an element ran: from `start`, to `end` (excluded) or, without one, the period end. */
export interface RunningStretch {
  readonly start: InstantLike
  readonly end?: InstantLike
}

/** Options of {@link measureAvailability}. */
export interface MeasureOptions {
  /** The availability commitment whose measurement rules apply (a preset, or your own). */
  commitment: CommitmentLike
  /** The period, e.g. `monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })`, or `{ start, end }`. */
  period: Period | PeriodLike
  /** The incident log, objects or the columns of a reader; incidents outside the period are ignored. */
  incidents: readonly IncidentInput[] | IncidentColumns
  /** Measure this element only: incidents naming other elements are ignored. Omit to count every incident. */
  element?: string
  /** Instant at which open incidents (without end) are measured; required if any incident is open. */
  asOf?: InstantLike
  /** When the elements of a set ran: required by a commitment whose window has `inService`. */
  running?: RunningIntervals
  /**
   * The gaps of the monitoring data the incidents came from (a probe reader's `gaps`): those counted as
   * `exclude` are left out of the measured time of the elements they concern (a gap naming no element
   * concerns every one; without `element`, every gap counts), and so are the incidents' parts inside them.
   */
  gaps?: readonly ObservationGap[]
}

const DECIMAL_100 = /* @__PURE__ */ new Decimal(100)

/** @internal Everything the measurement of many elements needs, read and checked once. */
export interface MeasureInput {
  readonly commitment: Commitment
  readonly period: Period
  readonly start: number
  readonly end: number
  readonly table: IncidentTable
  readonly asOf: number | undefined
  /** Running stretches of each element of a set, flat `[start, end, …]`, for the window's `inService`. */
  readonly running?: readonly (readonly number[])[]
  /** Gaps in the monitoring data, per element. */
  readonly gaps?: ObservationGaps | undefined
}

/**
 * @internal Reads the common inputs, adding issues with their paths. With `openAtPeriodEnd` and no `asOf`,
 * open incidents are measured up to the period's end, and `asOf` is that end only when the log has one:
 * found while reading the log, rather than by a walk through it beforehand.
 */
export function readMeasureInput(
  options: { commitment?: unknown; period?: unknown; incidents?: unknown; asOf?: unknown; running?: unknown; gaps?: unknown; openAtPeriodEnd?: boolean },
  issues: IssueList,
): MeasureInput | undefined {
  const commitment = readCommitment(options.commitment, 'commitment', issues)
  const bounds = readPeriod(options.period, 'period', issues)
  const asOf = options.asOf === undefined ? undefined : readInstant(options.asOf, 'asOf', issues)
  // A period that cannot be read has its own issue: its end would close the open incidents, which are not
  // refused again for the want of an instant (the latest one stands in, the input being refused anyway).
  const openAt = options.asOf === undefined && options.openAtPeriodEnd === true ? (bounds?.end ?? MAX_INSTANT) : asOf
  const table = readIncidents(options.incidents, asOf, 'incidents', issues, openAt)
  const running = readRunning(options.running, commitment, bounds?.end, issues)
  const gaps = readObservationGaps(options.gaps, 'gaps', issues)
  if (!commitment || !bounds || !table) return undefined
  return { commitment, period: bounds.period, start: bounds.start, end: bounds.end, table, asOf: table.asOf, ...(running && { running }), gaps }
}

/** Reads the running stretches of a set's elements, required when the commitment's window has `inService`. */
function readRunning(value: unknown, commitment: Commitment | undefined, periodEnd: number | undefined, issues: IssueList): number[][] | undefined {
  const needed = commitment?.measurement.window?.inService !== undefined
  if (value === undefined) {
    if (needed) issues.add('running', "is required: the commitment's window counts time only while enough elements run, so say when each ran", 'running-required')
    return undefined
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add('running', 'must map each element to its running stretches, such as { "vm-1": [{ start, end }] }', 'running-shape')
    return undefined
  }
  // Stryker disable next-line ArrayDeclaration: an extra list that holds no numbers adds no running stretch (its bounds read as NaN)
  const out: number[][] = []
  for (const [name, list] of Object.entries(value as Record<string, unknown>)) {
    const path = joinPath('running', name)
    if (!Array.isArray(list)) {
      issues.add(path, 'must be a list of running stretches { start, end }', 'running-list')
      continue
    }
    const flat: number[] = []
    list.forEach((item: unknown, i) => {
      const at = joinPath(path, i)
      const r = (item ?? {}) as { start?: unknown; end?: unknown }
      const start = readInstant(r.start, joinPath(at, 'start'), issues)
      const end = r.end === undefined ? periodEnd : readInstant(r.end, joinPath(at, 'end'), issues)
      // Stryker disable next-line LogicalOperator: a bound that could not be read has already added its issue, so the measurement is refused whatever is pushed
      if (start === undefined || end === undefined) return
      if (end < start) issues.add(joinPath(at, 'end'), 'is before its start', 'running-order')
      else flat.push(start, end)
    })
    out.push(flat)
  }
  return out
}

/** @internal Measures several elements over one period, sharing the work done on the incident log. */
export function measureElements(
  input: MeasureInput,
  elementIds: readonly string[] | null,
): { reports: AvailabilityReport[]; unknown: ReadonlyMap<string, number> } {
  const { commitment, table } = input
  const rules = commitment.measurement
  // Exact while the period in weight units is a safe integer (a product of integers, so past 2^53 only).
  if (!Number.isSafeInteger((input.end - input.start) * rules.weightScale))
    throw new InputError(
      [
        {
          path: 'period',
          message: `is too long to measure exactly with weights of ${Math.log10(rules.weightScale)} decimals: use weights with fewer decimals or a shorter period`,
          code: 'period-too-long',
          params: { decimals: Math.log10(rules.weightScale) },
        },
      ],
      'Cannot measure availability',
    )
  anchorShapes(input)
  const window = rules.window ? new ServiceWindow(rules.window, input.start, input.end, input.running) : undefined
  const prepared = window ? new WindowedIncidents(table, rules, input.start, input.end, window) : new PreparedIncidents(table, rules, input.start, input.end)
  const layout = groupByElement(prepared, elementIds)
  // Stryker disable next-line ArithmeticOperator: the length only chooses between two sorts of the same slots; a longer one takes the slower, same result
  const sweeper = new Sweeper(layout, rules.weightUnits, window ? window.windowMs : input.end - input.start)
  const reports: AvailabilityReport[] = []
  const shared = { input, prepared, layout, window }
  if (elementIds === null) reports.push(buildReport(shared, null, 0, sweeper.sweep(0)))
  else for (const [e, id] of elementIds.entries()) reports.push(buildReport(shared, id, e, sweeper.sweep(e)))
  // Gaps none of which is excluded leave every element as it was: none gets stretches to take out.
  const excluded = input.gaps?.excluded
  if (excluded) {
    const ids = elementIds ?? [null]
    ids.forEach((id, e) => {
      const without = gapsOf(excluded, id, input.start, input.end)
      if (without.length > 0) reports[e] = measureWithout(input, id, without, window)
    })
  }
  return { reports, unknown: layout.unknown }
}

/**
 * One element measured with the gaps of its monitoring data taken out: the same window clock as a
 * measurement window, on the window (or the period) less the gaps, so that the sweep and the report run as
 * they are. Only elements with such gaps pay for a measurement of their own.
 */
function measureWithout(input: MeasureInput, id: string | null, without: readonly number[], shown: ServiceWindow | undefined): AvailabilityReport {
  const rules = input.commitment.measurement
  const window = new ServiceWindow(rules.window, input.start, input.end, input.running, without)
  const prepared = new WindowedIncidents(input.table, rules, input.start, input.end, window)
  const layout = groupByElement(prepared, id === null ? null : [id])
  const sweeper = new Sweeper(layout, rules.weightUnits, window.windowMs)
  const unobservedMs = (shown ? shown.windowMs : input.end - input.start) - window.windowMs
  return buildReport({ input, prepared, layout, window, shown, unobservedMs }, id, 0, sweeper.sweep(0))
}

/**
 * The issue list, table, prepared incidents, layout and sweeper of one measurement of a single incident, kept for the
 * life of the module. V8 holds the hidden class of an object built field by field (a class instance) only
 * weakly once no such object is alive: after each statement its objects die, the next full GC dropped their
 * hidden classes and, with them, the optimised code of the sweep and its feedback. The next statement then
 * ran unoptimised: ten times slower for 10,000 incidents. A live instance of each keeps them.
 */
let anchor: readonly object[] | undefined

// Stryker disable next-line BlockStatement: keeps the sweep's optimised code alive between statements; it measures nothing anyone reads
function anchorShapes(input: MeasureInput): void {
  // Stryker disable next-line ConditionalExpression: whether the anchor is built again changes speed only
  if (anchor) return
  const rules = input.commitment.measurement
  const issues = new IssueList()
  // Stryker disable next-line ArrayDeclaration,ObjectLiteral,StringLiteral: the anchor's incident is measured for its shapes only, never read
  const table = readIncidents([{ start: input.start, end: input.end, elements: ['anchor'] }], input.asOf, 'incidents', issues)
  // Stryker disable next-line BooleanLiteral,ConditionalExpression: the anchor's table is never read by a measurement
  if (!table) return
  const prepared = new PreparedIncidents(table, rules, input.start, input.end)
  // Stryker disable next-line ArrayDeclaration,StringLiteral: the anchor's layout is never read by a measurement
  const layout = groupByElement(prepared, ['anchor'])
  // Stryker disable next-line ArithmeticOperator: the anchor's sweep is never read by a measurement
  const sweeper = new Sweeper(layout, rules.weightUnits, input.end - input.start)
  sweeper.sweep(0)
  // Stryker disable next-line ArrayDeclaration: what the anchor keeps alive changes speed only
  anchor = [issues, table, prepared, layout, sweeper]
}

/** What the reports of one measurement share. */
interface Measurement {
  readonly input: MeasureInput
  readonly prepared: PreparedIncidents
  readonly layout: ElementLayout
  readonly window: ServiceWindow | undefined
  /** The commitment's window, when `window` also leaves out gaps in the monitoring data (`unobservedMs` of it). */
  readonly shown?: ServiceWindow | undefined
  readonly unobservedMs?: number
}

/**
 * What a report's lazy figures are built from, and each once built: the Decimal figures, the contributions
 * and the sentences are built when first read. A statement of 10,000 elements is mostly read for its
 * credits, decided on the report's integers, and the rest stays one property access away.
 */
class ReportBasis {
  downtime: Decimal | undefined
  exactAvailability: Decimal | undefined
  availability: Decimal | undefined
  contributions: Contribution[] | undefined
  steps: readonly AvailabilityStep[] | undefined
  split: DowntimeSplit | undefined
  explanation: readonly string[] | undefined
  constructor(
    readonly measurement: Measurement,
    /** The element's index in the layout. */
    readonly index: number,
  ) {}
}

/**
 * Gives a report its {@link ReportBasis} in a private field. The report stays a plain object (the class
 * constructor returns the object it is given, a standard way to add a private field to any object), and
 * its lazy figures can be getters shared by every report, reading the basis from `this`: a getter made per
 * report, closing over its own variables, cost about a kilobyte per report (closures, their context, and
 * a property dictionary, as V8 cannot share an object layout between different getters).
 */
class ReturnsTarget {
  constructor(target: object) {
    return target as ReturnsTarget
  }
}
class WithBasis extends ReturnsTarget {
  readonly #basis: ReportBasis
  constructor(report: object, basis: ReportBasis) {
    super(report)
    this.#basis = basis
  }
  static of(report: object): ReportBasis {
    return (report as WithBasis).#basis
  }
  static has(value: object): boolean {
    return #basis in value
  }
}

/**
 * Whether a value is a report this library built, not an object that merely has the same keys: a
 * look-alike would carry figures no measurement produced (`measuredUnits: 1.5`).
 */
export function isAvailabilityReport(value: unknown): value is AvailabilityReport {
  return typeof value === 'object' && value !== null && WithBasis.has(value)
}

function downtimeOf(report: AvailabilityReport, b: ReportBasis): Decimal {
  return (b.downtime ??= new Decimal(report.exact.downtimeUnits).div(report.exact.scale))
}

function exactOf(report: AvailabilityReport, b: ReportBasis): Decimal {
  const { downtimeUnits, measuredUnits } = report.exact
  return (b.exactAvailability ??= measuredUnits === 0 ? new Decimal(100) : DECIMAL_100.times(measuredUnits - downtimeUnits).div(measuredUnits))
}

function availabilityOf(report: AvailabilityReport, b: ReportBasis): Decimal {
  const rounding = b.measurement.input.commitment.measurement.rounding
  return (b.availability ??= rounding ? exactOf(report, b).toDecimalPlaces(rounding.decimals, roundingConstant(rounding.mode)) : exactOf(report, b))
}

function contributionsOf(b: ReportBasis): Contribution[] {
  return (b.contributions ??= buildContributions(b.measurement, b.index))
}

function downtimeSplitOf(report: AvailabilityReport, b: ReportBasis): DowntimeSplit {
  return (b.split ??= splitOf(report.window, contributionsOf(b)))
}

function stepsOf(report: AvailabilityReport, b: ReportBasis): readonly AvailabilityStep[] {
  return (b.steps ??= buildSteps(b.measurement.input, report, availabilityOf(report, b), downtimeOf(report, b), exactOf(report, b), contributionsOf(b), downtimeSplitOf(report, b)))
}

/**
 * @internal A report's contributions, the list kept if they were read before, else made and not kept: for
 * a writer that goes through each report of a statement once, so that the statement does not keep a view
 * of every incident (and of its figures) once written.
 */
export function transientContributions(report: AvailabilityReport): readonly Contribution[] {
  if (!WithBasis.has(report)) return report.contributions
  const b = WithBasis.of(report)
  if (b.contributions) return b.contributions
  gather(b.measurement, b.index)
  return buildContributions(b.measurement, b.index)
}

// Stryker disable all: gather reads and changes nothing a caller sees; only the speed of writing depends on it.
// Where gather leaves what it read, so that the reads are not dropped as unused.
const GATHERED = new Float64Array(1)

/**
 * Reads the columns of an element's incidents once, in a tight loop, before a writer goes through them. The
 * incidents of one element lie anywhere in a log of a million: read while its line is being written, each
 * of an incident's columns waited on its own cache miss; read here, with nothing depending on the previous
 * read, the processor overlaps the misses of many incidents, and the writer finds them in cache.
 */
function gather(measurement: Measurement, index: number): void {
  const layout = measurement.layout
  const table = measurement.input.table
  const { incident } = layout
  const { start, end, impact, cause, ids } = table
  const from = layout.offsets[index] ?? 0
  const sweptEnd = from + (layout.swept[index] ?? 0)
  const othersFrom = layout.others[index] ?? 0
  const to = layout.offsets[index + 1] ?? 0
  let sum = 0
  for (let p = from; p < to; p++) {
    if (p === sweptEnd) p = othersFrom
    if (p >= to) break
    const i = incident[p] ?? 0
    sum += (start[i] ?? 0) + (end[i] ?? 0) + (impact[i] ?? 0) + (cause[i] ?? 0)
  }
  if (ids.length > 0)
    for (let p = from; p < to; p++) {
      if (p === sweptEnd) p = othersFrom
      if (p >= to) break
      sum += ids[incident[p] ?? 0]?.length ?? 0
    }
  GATHERED[0] = sum
}
// Stryker restore all

/** @internal How many contributions a report has, without making them. */
export function contributionCount(report: AvailabilityReport): number {
  if (!WithBasis.has(report)) return report.contributions.length
  const b = WithBasis.of(report)
  // Kept or not, the list holds one contribution per slot of the element: counted without it.
  const layout = b.measurement.layout
  return (layout.swept[b.index] ?? 0) + (layout.offsets[b.index + 1] ?? 0) - (layout.others[b.index] ?? 0)
}

/**
 * @internal A report's steps, as {@link transientContributions}: kept ones if read before, else made from
 * `contributions` (the report's, as {@link transientContributions} gives them) and not kept.
 */
export function transientSteps(report: AvailabilityReport, contributions?: readonly Contribution[]): readonly AvailabilityStep[] {
  if (!WithBasis.has(report)) return report.steps
  const b = WithBasis.of(report)
  if (b.steps) return b.steps
  const list = contributions ?? transientContributions(report)
  // The split is a few numbers: kept, as the report's own getter keeps it.
  const split = (b.split ??= splitOf(report.window, list))
  return buildSteps(b.measurement.input, report, availabilityOf(report, b), downtimeOf(report, b), exactOf(report, b), list, split)
}

/** @internal A report's English sentences, as {@link transientSteps}: kept ones if read before, else made and not kept. */
export function transientExplanation(report: AvailabilityReport, steps?: readonly AvailabilityStep[]): readonly string[] {
  if (!WithBasis.has(report)) return report.explanation
  const b = WithBasis.of(report)
  return b.explanation ?? (steps ?? transientSteps(report)).map(availabilitySentence)
}

// Enumerable own getters, as before: JSON and inspection show the figures.
const LAZY_FIGURES: Record<string, PropertyDescriptor> = {
  downtime: {
    enumerable: true,
    get(this: AvailabilityReport) {
      return downtimeOf(this, WithBasis.of(this))
    },
  },
  availability: {
    enumerable: true,
    get(this: AvailabilityReport) {
      return availabilityOf(this, WithBasis.of(this))
    },
  },
  exactAvailability: {
    enumerable: true,
    get(this: AvailabilityReport) {
      return exactOf(this, WithBasis.of(this))
    },
  },
  contributions: {
    enumerable: true,
    get(this: AvailabilityReport) {
      return contributionsOf(WithBasis.of(this))
    },
  },
  steps: {
    enumerable: true,
    get(this: AvailabilityReport) {
      return stepsOf(this, WithBasis.of(this))
    },
  },
  explanation: {
    enumerable: true,
    get(this: AvailabilityReport) {
      const b = WithBasis.of(this)
      return (b.explanation ??= stepsOf(this, b).map(availabilitySentence))
    },
  },
}

const LAZY_ENTRIES = /* @__PURE__ */ Object.entries(LAZY_FIGURES)

// Not enumerable: the reports' JSON keeps its keys; the `split` step shows the figures when they matter.
const SPLIT: PropertyDescriptor = {
  enumerable: false,
  get(this: AvailabilityReport) {
    return downtimeSplitOf(this, WithBasis.of(this))
  },
}

function buildReport(measurement: Measurement, element: string | null, index: number, sweep: SweepResult): AvailabilityReport {
  const { input, layout, window } = measurement
  const { commitment, period, table } = input
  const rules = commitment.measurement
  const scale = rules.weightScale
  const periodMs = input.end - input.start
  const spanMs = window ? window.windowMs : periodMs
  const excludedMs = sweep.excludedTotalMs
  const outOfPeriod = rules.exclusions === 'out-of-period'
  const measuredMs = outOfPeriod ? spanMs - excludedMs : spanMs
  const measuredUnits = measuredMs * scale
  const downtimeUnits = sweep.downtimeUnits
  // Whether an open incident takes part, not whether the overlap happened to be attributed to it.
  let open = false
  // Stryker disable next-line EqualityOperator: a shortcut: with no open incident in the log the loop below finds none either
  if (table.open.length > 0) {
    const from = present(layout.offsets[index])
    const swept = layout.incident.subarray(from, from + present(layout.swept[index]))
    // Only an incident of an excluded cause has time excluded: the cause says it, whatever its overlaps.
    for (const i of swept) if (isOpen(table, i) && !rules.excludedCauses.includes(causeOf(table, i))) open = true
  }
  // Built property by property in a fixed order, so that every report of a measurement shares one layout.
  const report: Record<string, unknown> = { element, period }
  if (commitment.id !== undefined) report.commitmentId = commitment.id
  report.periodMs = periodMs
  report.excludedMs = excludedMs
  report.measuredMs = measuredMs
  const shown = measurement.unobservedMs === undefined ? window : measurement.shown
  if (shown) report.window = Object.freeze({ serviceMs: shown.serviceMs, scheduledMaintenanceMs: shown.scheduledMaintenanceMs, windowMs: shown.windowMs })
  if (measurement.unobservedMs !== undefined) report.unobservedMs = measurement.unobservedMs
  report.downtimeMs = downtimeUnits / scale
  report.open = open
  if (input.asOf !== undefined) report.asOf = new Date(input.asOf)
  report.exact = Object.freeze({ downtimeUnits, measuredUnits, scale })
  new WithBasis(report, new ReportBasis(measurement, index))
  // One call per property: Object.defineProperties takes twice as long.
  for (const [key, descriptor] of LAZY_ENTRIES) Object.defineProperty(report, key, descriptor)
  Object.defineProperty(report, 'split', SPLIT)
  return report as unknown as AvailabilityReport
}

/**
 * @internal The weighted downtime of a report as stretches of time, in order and apart: in each, `units` per
 * millisecond count (the weight of the heaviest impact under way, over the weights' scale), and the stretches
 * add up to the report's `exact.downtimeUnits`. A plain sweep of the element's incidents with the rules of
 * the measurement (an exclusion wins, else the heaviest impact counts once), for the credits that need to
 * know when the downtime fell, not only how much there was.
 */
export function downtimeStretches(report: AvailabilityReport): { start: number; end: number; units: number }[] {
  const b = WithBasis.of(report)
  const { input, prepared, layout } = b.measurement
  const units = input.commitment.measurement.weightUnits
  const from = layout.offsets[b.index] ?? 0
  const to = from + (layout.swept[b.index] ?? 0)
  // Two edges per incident, [time, event]: its class, plus one at its start and minus one at its end.
  const edges: [number, number][] = []
  for (let p = from; p < to; p++) {
    const i = layout.incident[p]
    if (i === undefined || prepared.fate(i) !== Fate.Swept) continue
    const cls = prepared.cls(i)
    edges.push([prepared.bounds[0] ?? Number.NaN, cls + 1], [prepared.bounds[1] ?? Number.NaN, -(cls + 1)])
  }
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const active = [0, 0, 0, 0]
  const out: { start: number; end: number; units: number }[] = []
  for (const [k, [t, e]] of edges.entries()) {
    const slot = Math.abs(e) - 1
    active[slot] = (active[slot] ?? 0) + Math.sign(e)
    const next = edges[k + 1]?.[0] ?? t
    if (next <= t) continue
    let u = 0
    if (active[EXCLUDED_CLASS] === 0)
      for (let c = 0; c < 3; c++) {
        const w = units[c]
        if ((active[c] ?? 0) > 0 && w !== undefined && w > u) u = w
      }
    if (u === 0) continue
    const last = out[out.length - 1]
    if (last && last.end === t && last.units === u) last.end = next
    else out.push({ start: t, end: next, units: u })
  }
  return out
}

/** Which {@link ContributionStep} a contribution's step is. */
const enum StepKind {
  Excluded,
  BelowMinimum,
  NoWholeMinute,
  Empty,
  Overlapped,
  NotCounted,
  Counted,
}

const STATUS_OF_KIND: readonly ContributionStatus[] = ['excluded', 'below-minimum', 'below-minimum', 'empty', 'overlapped', 'not-counted', 'counted']

/** What a contribution made when first read: its Dates, step and sentence; and its slot, which it replaces. */
interface ContributionExtras {
  readonly slot: number
  start?: Date
  end?: Date
  step?: ContributionStep
  reason?: string
}

/**
 * A contribution as a view on the measurement's columns: it holds the measurement and its slot, and every
 * figure is a getter on the prototype that reads the columns when asked. A statement of a million
 * incidents whose contributions are all read then builds a million objects of three fields, not of
 * sixteen, with no Decimal, string or Date made for a figure nobody reads. Dates, step and sentence are
 * made when first read and then kept (the same object each time). The fields are private: `toJSON` writes
 * the figures in the order an object of own properties had, so that JSON is what it was.
 */
class ContributionView implements Contribution {
  readonly #measurement: Measurement
  /**
   * The slot in the layout (`-1 - slot` for an incident that touches the period but is not swept), until a
   * Date, the step or the sentence is first read: then what was made, with the slot. One field for both,
   * not two: a million views read for their figures are then a sixth smaller, and cost the garbage
   * collector, which copies each as it survives, as much less.
   */
  #state: number | ContributionExtras

  constructor(measurement: Measurement, slot: number) {
    this.#measurement = measurement
    this.#state = slot
  }

  get #slot(): number {
    const s = this.#state
    return typeof s === 'number' ? s : s.slot
  }

  /** The extras, made when first needed. */
  get #extras(): ContributionExtras {
    const s = this.#state
    return typeof s === 'number' ? (this.#state = { slot: s }) : s
  }

  #at(): number {
    const s = this.#slot
    return s >= 0 ? s : -1 - s
  }

  get index(): number {
    return this.#measurement.layout.incident[this.#at()] ?? 0
  }
  get id(): string | undefined {
    return idOf(this.#measurement.input.table, this.index)
  }
  get impact(): Impact {
    return impactOf(this.#measurement.input.table, this.index)
  }
  get cause(): Cause {
    return causeOf(this.#measurement.input.table, this.index)
  }
  get start(): Date {
    return (this.#extras.start ??= new Date(this.#measurement.input.table.start[this.index] ?? 0))
  }
  get end(): Date {
    return (this.#extras.end ??= new Date(this.#measurement.input.table.end[this.index] ?? 0))
  }
  get open(): boolean {
    return isOpen(this.#measurement.input.table, this.index)
  }
  get inPeriodMs(): number {
    return this.#measurement.prepared.inPeriodMs(this.index)
  }
  get countedMs(): number {
    return this.#measurement.layout.countedMs[this.#at()] ?? 0
  }
  get excludedMs(): number {
    return this.#measurement.layout.excludedMs[this.#at()] ?? 0
  }
  get weight(): Decimal {
    return this.#measurement.input.commitment.measurement.weights[this.impact]
  }
  get downtimeMs(): number {
    const rules = this.#measurement.input.commitment.measurement
    const units = rules.weightUnits[this.#measurement.input.table.impact[this.index] ?? 0] ?? 0
    return units === 0 ? 0 : (this.countedMs * units) / rules.weightScale
  }
  get status(): ContributionStatus {
    // Stryker disable next-line StringLiteral: every kind has a status; the fallback only satisfies the types
    return STATUS_OF_KIND[this.#kind()] ?? 'counted'
  }
  get step(): ContributionStep {
    return (this.#extras.step ??= Object.freeze(this.#makeStep()))
  }
  get reason(): string {
    return (this.#extras.reason ??= contributionReason(this.step))
  }

  /**
   * The figures a writer reads once per incident, made afresh and not kept: a statement's writer goes
   * through a million incidents, and Dates, steps and sentences kept on each would stay alive with the
   * statement, the heap growing with every element written. Made or kept alike, they hold the same values.
   */
  static startMs(c: Contribution): number {
    return #state in c ? (c.#measurement.input.table.start[c.index] ?? 0) : c.start.getTime()
  }
  static endMs(c: Contribution): number {
    return #state in c ? (c.#measurement.input.table.end[c.index] ?? 0) : c.end.getTime()
  }
  static transientStep(c: Contribution): ContributionStep {
    return #state in c ? ((c.#state as ContributionExtras).step ?? c.#makeStep()) : c.step
  }
  static transientReason(c: Contribution): string {
    return #state in c ? ((c.#state as ContributionExtras).reason ?? contributionReason(ContributionView.transientStep(c))) : c.reason
  }

  /** What became of the incident, in the order the rules decide it: exclusion first, then the swept time. */
  #kind(): StepKind {
    const { layout, prepared, input } = this.#measurement
    const p = this.#at()
    if (layout.cls[p] === EXCLUDED_CLASS) return StepKind.Excluded
    if (this.#slot < 0) {
      const f = prepared.fate(this.index)
      if (f === Fate.BelowMinimum) return StepKind.BelowMinimum
      if (f === Fate.RoundedAway) return StepKind.NoWholeMinute
      if (f === Fate.Empty) return StepKind.Empty
    }
    if (layout.countedMs[p] === 0) return StepKind.Overlapped
    return input.commitment.measurement.weightUnits[input.table.impact[this.index] ?? 0] === 0 ? StepKind.NotCounted : StepKind.Counted
  }

  #makeStep(): ContributionStep {
    const rules = this.#measurement.input.commitment.measurement
    switch (this.#kind()) {
      case StepKind.Excluded:
        return { kind: 'excluded', cause: this.cause, excludedMs: this.excludedMs, inPeriodMs: this.inPeriodMs, treatment: rules.exclusions }
      case StepKind.BelowMinimum: {
        const table = this.#measurement.input.table
        const i = this.index
        return { kind: 'below-minimum', durationMs: (table.end[i] ?? 0) - (table.start[i] ?? 0), minimumOutageMs: rules.minimumOutageMs }
      }
      case StepKind.NoWholeMinute:
        return NO_WHOLE_MINUTE
      case StepKind.Empty:
        return EMPTY
      case StepKind.Overlapped:
        return { kind: 'overlapped', inPeriodMs: this.inPeriodMs }
      case StepKind.NotCounted:
        return { kind: 'not-counted', impact: this.impact }
      case StepKind.Counted: {
        const step = { kind: 'counted', impact: this.impact, countedMs: this.countedMs, inPeriodMs: this.inPeriodMs, weight: this.weight, granularity: rules.granularity } as const
        const alignedMs = this.#alignedMs()
        return alignedMs === undefined ? step : { ...step, alignedMs }
      }
    }
  }

  /** Its time in the period once aligned to clock minutes, when the commitment aligns them and it is swept. */
  #alignedMs(): number | undefined {
    if (this.#measurement.input.commitment.measurement.granularity === 'none' || this.#slot < 0) return undefined
    // Its bounds once aligned and clipped, as the sweep took them: the layout's columns hold its counted
    // time now.
    const prepared = this.#measurement.prepared
    if (prepared.fate(this.index) !== Fate.Swept) return undefined
    return (prepared.bounds[1] ?? 0) - (prepared.bounds[0] ?? 0)
  }

  static alignedMs(c: Contribution): number | undefined {
    if (#state in c) return c.#alignedMs()
    return c.step.kind === 'counted' ? c.step.alignedMs : undefined
  }

  /** The figures as an object of own properties, in the order JSON has always shown them. */
  toJSON(): object {
    const json: Record<string, unknown> = { index: this.index }
    const id = this.id
    if (id !== undefined) json.id = id
    json.impact = this.impact
    json.cause = this.cause
    json.start = this.start
    json.end = this.end
    json.open = this.open
    json.inPeriodMs = this.inPeriodMs
    json.countedMs = this.countedMs
    json.weight = this.weight
    json.downtimeMs = this.downtimeMs
    json.excludedMs = this.excludedMs
    json.status = this.status
    json.step = this.step
    json.reason = this.reason
    return json
  }
}

/** @internal An incident's start in ms, read without making (or keeping) a Date. */
export const contributionStartMs: (c: Contribution) => number = (c) => ContributionView.startMs(c)
/** @internal An incident's end (or `asOf`) in ms, read without making (or keeping) a Date. */
export const contributionEndMs: (c: Contribution) => number = (c) => ContributionView.endMs(c)
/**
 * @internal A contribution's time in the period once aligned to clock minutes, when its commitment aligns
 * incidents and it was swept (see the `alignedMs` of a counted step); read without making its step.
 */
export const contributionAlignedMs: (c: Contribution) => number | undefined = (c) => ContributionView.alignedMs(c)
/** @internal A contribution's step, the one kept if it was read before, else made and not kept. */
export const transientStep: (c: Contribution) => ContributionStep = (c) => ContributionView.transientStep(c)
/** @internal A contribution's English sentence, the one kept if it was read before, else made and not kept. */
export const transientReason: (c: Contribution) => string = (c) => ContributionView.transientReason(c)

const NO_WHOLE_MINUTE: ContributionStep = /* @__PURE__ */ Object.freeze({ kind: 'no-whole-minute' })
const EMPTY: ContributionStep = /* @__PURE__ */ Object.freeze({ kind: 'empty' })

function buildContributions(measurement: Measurement, index: number): Contribution[] {
  const layout = measurement.layout
  const from = layout.offsets[index] ?? 0
  const sweptEnd = from + (layout.swept[index] ?? 0)
  const incident = layout.incident
  const othersFrom = layout.others[index] ?? 0
  const to = layout.offsets[index + 1] ?? 0
  // Views number slots as they are for swept incidents, as `-1 - slot` for the others. They come in the
  // order of the log, whatever the order of the slots. The layout places an element's swept incidents from
  // the front of its slots in log order and the others from the back, so that, unless incidents naming no
  // element were appended after them, the swept slots read forwards and the others read backwards are
  // each in log order already: merged, with no sort (an element never holds an incident twice).
  // Of its final length from the start: grown by push, a list of a hundred left three shorter copies of
  // itself behind, 10 MB of garbage over a million contributions. Not past a few tens of thousands, where
  // V8 makes `new Array(m)` a dictionary until it is filled, slower than growing it.
  const m = sweptEnd - from + to - othersFrom
  // Stryker disable next-line ConditionalExpression,EqualityOperator: either way the list is filled from its first place on; only the speed differs
  const out = new Array<Contribution>(m > 5e4 ? 0 : m)
  let x = 0
  if (ascending(incident, from, sweptEnd - from, 1) && ascending(incident, to - 1, to - othersFrom, -1)) {
    for (let a = from, b = to - 1; x < m; )
      out[x++] = new ContributionView(measurement, b < othersFrom || (a < sweptEnd && (incident[a] ?? 0) < (incident[b] ?? 0)) ? a++ : -1 - b--)
    return out
  }
  // Else sorted: each key is a 64-bit integer of the incident (high half) and the view's slot (low half),
  // so that a sort without a comparator orders them by incident, in a log of any size.
  const keys = new BigUint64Array(m)
  const words = new Int32Array(keys.buffer)
  // Which half of each key is the low one: 0 on a little-endian machine. The first key, written for this
  // only, is written over below (there are at least two, else they would be in order).
  keys[0] = 1n
  const low = words[1] ?? 0
  // The swept slots, then the others, past the unused ones between.
  for (let p = from; x < m; p++, x++) {
    if (p === sweptEnd) p = othersFrom
    words[2 * x + low] = p < sweptEnd ? p : -1 - p
    words[2 * x + 1 - low] = incident[p] ?? 0
  }
  keys.sort()
  for (let y = 0; y < m; y++) out[y] = new ContributionView(measurement, words[2 * y + low] ?? 0)
  return out
}

/** Whether the incidents in the `n` slots from `from`, a `step` apart, are in log order. */
function ascending(incident: Int32Array, from: number, n: number, step: 1 | -1): boolean {
  for (let k = 1; k < n; k++) if ((incident[from + k * step] ?? 0) < (incident[from + k * step - step] ?? 0)) return false
  return true
}

function refOf(c: Contribution): IncidentRef {
  return Object.freeze(c.id === undefined ? { index: c.index } : { index: c.index, id: c.id })
}

function buildSteps(
  input: MeasureInput,
  report: AvailabilityReport,
  availability: Decimal,
  downtime: Decimal,
  exactAvailability: Decimal,
  contributions: readonly Contribution[],
  split: DowntimeSplit,
): readonly AvailabilityStep[] {
  const { commitment, period } = input
  const rules = commitment.measurement
  const steps: AvailabilityStep[] = []
  steps.push({ kind: 'period', label: period.label, timeZone: period.timeZone, start: input.start, end: input.end, durationMs: report.periodMs })
  // Stryker disable next-line LogicalOperator: a report has window figures exactly when its commitment has a window
  if (rules.window && report.window) {
    const w = rules.window
    steps.push({
      kind: 'window',
      hours: w.hours.label,
      maintenance: w.maintenance.map((m) => m.label),
      ...(w.inService && { inServiceAtLeast: w.inService.atLeast }),
      ...report.window,
    })
  }
  const counted: IncidentRef[] = []
  const notCounted: IncidentRef[] = []
  for (const c of contributions) (c.status === 'counted' ? counted : notCounted).push(refOf(c))
  steps.push({ kind: 'downtime', element: report.element, downtime, counted: Object.freeze(counted), notCounted: Object.freeze(notCounted), weights: rules.weights })
  if (report.excludedMs > 0) steps.push({ kind: 'excluded', excludedMs: report.excludedMs, causes: rules.excludedCauses, treatment: rules.exclusions })
  if (report.unobservedMs !== undefined) steps.push({ kind: 'unobserved', unobservedMs: report.unobservedMs })
  // Only where there is something planned to tell apart: reports without a window or maintenance read as before.
  if (report.window || split.plannedMs > 0) steps.push({ kind: 'split', ...split })
  if (report.exact.measuredUnits === 0) steps.push({ kind: 'whole-period-excluded' })
  else {
    steps.push({ kind: 'formula', measuredMs: report.measuredMs, downtime, exactAvailability })
    if (rules.rounding) steps.push({ kind: 'rounded', mode: rules.rounding.mode, decimals: rules.rounding.decimals, availability })
  }
  if (input.asOf !== undefined && contributions.some((c) => c.open)) steps.push({ kind: 'open', asOf: input.asOf })
  return Object.freeze(steps.map((s) => Object.freeze(s)))
}

/**
 * Measures the availability of one element (or of the whole service) over a period from an incident log,
 * applying the commitment's measurement rules: overlapping incidents count once, the worst impact wins,
 * excluded causes and short outages are set aside, and every incident says what it counted and why.
 *
 * @example
 * const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
 * const report = measureAvailability({
 *   commitment: presets.ovhVps2016.starter,
 *   period,
 *   incidents: [{ start: '2026-03-10T08:00:00Z', end: '2026-03-10T12:00:00Z', elements: ['vps-1'] }],
 *   element: 'vps-1',
 * })
 * report.availability.toFixed(5) // '99.46164'  ((2,674,800 − 14,400) / 2,674,800 s)
 * @throws InputError listing every problem of the commitment, period and incidents, each with its path.
 */
export function measureAvailability(options: MeasureOptions): AvailabilityReport {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<MeasureOptions>
  if (o.element !== undefined && (typeof o.element !== 'string' || o.element.length === 0)) issues.add('element', 'must be a non-empty element name', 'element-name')
  const { input } = issues.checked({ input: readMeasureInput(o, issues) }, 'Cannot measure availability')
  // One report: the element's, or the whole service's.
  return nonEmpty(measureElements(input, o.element === undefined ? null : [o.element]).reports)[0]
}
