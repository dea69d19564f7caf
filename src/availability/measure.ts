import { type Commitment, type CommitmentLike, parseCommitment } from '../credits/commitment.js'
import { roundingConstant } from '../credits/money.js'
import { Decimal } from '../decimal.js'
import { InputError, IssueList } from '../errors.js'
import { causeOf, impactOf, type IncidentTable, readIncidents } from '../incidents/normalise.js'
import { Fate, groupByElement, prepareIncidents, Sweeper, type SweepResult } from '../incidents/timeline.js'
import { type Cause, type Impact } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { humanDuration } from '../time/duration.js'
import { formatInstant, type InstantLike, readInstant } from '../time/instant.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'

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
  /** Wall-clock time counted for it, once overlaps are merged (before its weight). */
  readonly countedMs: number
  /** Weight of its impact, from 0 to 1. */
  readonly weight: Decimal
  /** Downtime it adds: `countedMs × weight`. */
  readonly downtimeMs: number
  /** Its time that was excluded. */
  readonly excludedMs: number
  readonly status: ContributionStatus
  /** Why, in one sentence. */
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
  /** Time availability is measured against: the period, less excluded time under `out-of-period`. */
  readonly measuredMs: number
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
  /** The arithmetic, sentence by sentence. */
  readonly explanation: readonly string[]
  /**
   * The exact fraction behind `availability`, in integers: availability = 100 × (measuredUnits −
   * downtimeUnits) / measuredUnits, where a unit is 1/scale millisecond (scale = 10^decimals of the weights).
   */
  readonly exact: { readonly downtimeUnits: number; readonly measuredUnits: number; readonly scale: number }
}

/** Options of {@link measureAvailability}. */
export interface MeasureOptions {
  /** The availability commitment whose measurement rules apply (a preset, or your own). */
  commitment: CommitmentLike
  /** The period, e.g. `monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })`, or `{ start, end }`. */
  period: Period | PeriodLike
  /** The incident log; incidents outside the period are ignored. */
  incidents: readonly IncidentInput[]
  /** Measure this element only: incidents naming other elements are ignored. Omit to count every incident. */
  element?: string
  /** Instant at which open incidents (without end) are measured; required if any incident is open. */
  asOf?: InstantLike
}

const DECIMAL_100 = new Decimal(100)

function fmt(ms: number): string {
  return `${humanDuration(ms)} (${ms.toLocaleString('en-US')} ms)`
}

function msText(d: Decimal): string {
  return d.isInteger() ? d.toNumber().toLocaleString('en-US') : d.toString()
}

/** @internal Everything the measurement of many elements needs, read and checked once. */
export interface MeasureInput {
  readonly commitment: Commitment
  readonly period: Period
  readonly start: number
  readonly end: number
  readonly table: IncidentTable
  readonly asOf: number | undefined
}

/** @internal Reads the common inputs, adding issues with their paths. */
export function readMeasureInput(
  options: { commitment?: unknown; period?: unknown; incidents?: unknown; asOf?: unknown },
  issues: IssueList,
): MeasureInput | undefined {
  let commitment: Commitment | undefined
  try {
    commitment = parseCommitment(options.commitment as CommitmentLike, 'commitment')
  } catch (error) {
    if (error instanceof InputError) issues.issues.push(...error.issues)
    else throw error
  }
  const bounds = readPeriod(options.period, 'period', issues)
  const asOf = options.asOf === undefined ? undefined : readInstant(options.asOf, 'asOf', issues)
  const table = readIncidents(options.incidents, asOf, 'incidents', issues)
  if (!commitment || !bounds || !table) return undefined
  return { commitment, period: bounds.period, start: bounds.start, end: bounds.end, table, asOf }
}

/** @internal Measures several elements over one period, sharing the work done on the incident log. */
export function measureElements(
  input: MeasureInput,
  elementIds: readonly string[] | null,
): { reports: AvailabilityReport[]; unknown: ReadonlyMap<string, number> } {
  const { commitment, table } = input
  const rules = commitment.measurement
  if ((input.end - input.start) * rules.weightScale > Number.MAX_SAFE_INTEGER)
    throw new InputError(
      [
        {
          path: 'period',
          message: `is too long to measure exactly with weights of ${Math.log10(rules.weightScale)} decimals: use weights with fewer decimals or a shorter period`,
        },
      ],
      'Cannot measure availability',
    )
  const prepared = prepareIncidents(table, rules, input.start, input.end)
  const sweeper = new Sweeper(prepared, rules.weightUnits)
  if (elementIds === null) {
    const all = new Int32Array(table.count)
    let n = 0
    for (let i = 0; i < table.count; i++) if (prepared.fate[i] !== Fate.Outside) all[n++] = i
    return {
      reports: [buildReport(input, null, sweeper.sweep(all.subarray(0, n), new Int32Array(0)), prepared.fate, prepared.inPeriodMs)],
      unknown: new Map(),
    }
  }
  const groups = groupByElement(prepared, elementIds)
  const reports = elementIds.map((id, e) =>
    buildReport(
      input,
      id,
      sweeper.sweep(groups.members.subarray(groups.offsets[e]!, groups.offsets[e + 1]!), groups.everyElement),
      prepared.fate,
      prepared.inPeriodMs,
    ),
  )
  return { reports, unknown: groups.unknown }
}

function buildReport(input: MeasureInput, element: string | null, sweep: SweepResult, fate: Uint8Array, inPeriod: Float64Array): AvailabilityReport {
  const { commitment, period, table } = input
  const rules = commitment.measurement
  const scale = rules.weightScale
  const periodMs = input.end - input.start
  const excludedMs = sweep.excludedTotalMs
  const outOfPeriod = rules.exclusions === 'out-of-period'
  const measuredMs = outOfPeriod ? periodMs - excludedMs : periodMs
  const measuredUnits = measuredMs * scale
  const downtimeUnits = sweep.downtimeUnits
  // The Decimal figures, the contributions and the sentences are built when first read: a statement of
  // 10,000 elements is mostly read for its credits, decided on the integers above, and the rest stays
  // one property access away.
  let downtime: Decimal | undefined
  const downtimeOf = (): Decimal => (downtime ??= new Decimal(downtimeUnits).div(scale))
  let exactAvailability: Decimal | undefined
  const exactOf = (): Decimal =>
    (exactAvailability ??= measuredUnits === 0 ? new Decimal(100) : DECIMAL_100.times(measuredUnits - downtimeUnits).div(measuredUnits))
  let availability: Decimal | undefined
  const availabilityOf = (): Decimal =>
    (availability ??= rules.rounding ? exactOf().toDecimalPlaces(rules.rounding.decimals, roundingConstant(rules.rounding.mode)) : exactOf())
  // Whether an open incident takes part, not whether the overlap happened to be attributed to it.
  let open = false
  for (let j = 0; j < sweep.incidents.length; j++) {
    const i = sweep.incidents[j]!
    if (table.open[i] && fate[i] === Fate.Swept && sweep.excludedMs[j] === 0 && !rules.excludedCauses.includes(causeOf(table, i))) open = true
  }

  let contributions: Contribution[] | undefined
  const contributionsOf = (): Contribution[] => (contributions ??= buildContributions(input, sweep, fate, inPeriod))
  let explanation: string[] | undefined
  const explanationOf = (): string[] =>
    (explanation ??= explain(
      input,
      element,
      { periodMs, excludedMs, measuredMs, downtimeUnits, measuredUnits, availability: availabilityOf(), downtime: downtimeOf() },
      contributionsOf(),
    ))

  const report = {
    element,
    period,
    ...(commitment.id !== undefined && { commitmentId: commitment.id }),
    periodMs,
    excludedMs,
    measuredMs,
    downtimeMs: downtimeUnits / scale,
    open,
    ...(input.asOf !== undefined && { asOf: new Date(input.asOf) }),
    exact: Object.freeze({ downtimeUnits, measuredUnits, scale }),
  }
  for (const [key, get] of [
    ['downtime', downtimeOf],
    ['availability', availabilityOf],
    ['exactAvailability', exactOf],
    ['contributions', contributionsOf],
    ['explanation', explanationOf],
  ] as const)
    Object.defineProperty(report, key, { get, enumerable: true })
  return report as unknown as AvailabilityReport
}

function buildContributions(input: MeasureInput, sweep: SweepResult, fate: Uint8Array, inPeriod: Float64Array): Contribution[] {
  const { table, commitment } = input
  const rules = commitment.measurement
  const out: Contribution[] = []
  const order = Array.from(sweep.incidents.keys()).sort((x, y) => sweep.incidents[x]! - sweep.incidents[y]!)
  for (const j of order) {
    const i = sweep.incidents[j]!
    const impact = impactOf(table, i)
    const cause = causeOf(table, i)
    const weight = rules.weights[impact]
    const countedMs = sweep.countedMs[j]!
    const excludedMs = sweep.excludedMs[j]!
    const inPeriodMs = inPeriod[i]!
    const isExcluded = rules.excludedCauses.includes(cause)
    let status: ContributionStatus
    let reason: string
    const f = fate[i]!
    if (isExcluded) {
      status = 'excluded'
      const how = rules.exclusions === 'as-available' ? 'counted as available' : 'removed from the period'
      reason =
        excludedMs === inPeriodMs
          ? `cause "${cause}" is excluded: ${humanDuration(excludedMs)} ${how}`
          : `cause "${cause}" is excluded: ${humanDuration(excludedMs)} of its ${humanDuration(inPeriodMs)} ${how}, the rest already excluded under other incidents`
    } else if (f === Fate.BelowMinimum) {
      status = 'below-minimum'
      reason = `lasts ${humanDuration(table.end[i]! - table.start[i]!)}, less than the minimum outage of ${humanDuration(rules.minimumOutageMs)}`
    } else if (f === Fate.RoundedAway) {
      status = 'below-minimum'
      reason = 'holds no whole clock minute, and only whole minutes count'
    } else if (f === Fate.Empty) {
      status = 'empty'
      reason = 'lasts no time inside the period'
    } else if (countedMs === 0) {
      status = 'overlapped'
      reason = `its ${humanDuration(inPeriodMs)} were already counted under other incidents or excluded`
    } else if (weight.isZero()) {
      status = 'not-counted'
      reason = `${impact} counts for 0 under this commitment`
    } else {
      status = 'counted'
      const weighted = weight.eq(1) ? '' : ` × ${weight.toString()} = ${humanDuration(weight.times(countedMs).toNumber())} of downtime`
      const rounding = rules.granularity === 'minute-up' ? ' (aligned out to whole clock minutes)' : rules.granularity === 'minute-down' ? ' (whole clock minutes only)' : ''
      reason =
        countedMs === inPeriodMs
          ? `${impact} of ${humanDuration(countedMs)} in the period${weighted}${rounding}`
          : `${impact}: ${humanDuration(countedMs)} counted of its ${humanDuration(inPeriodMs)} in the period, the rest overlapping other incidents${rounding}${weighted}`
    }
    const id = table.ids[i]
    out.push(
      Object.freeze({
        index: i,
        ...(id !== undefined && { id }),
        impact,
        cause,
        start: new Date(table.start[i]!),
        end: new Date(table.end[i]!),
        open: table.open[i] === 1,
        inPeriodMs,
        countedMs,
        weight,
        downtimeMs: weight.isZero() ? 0 : (countedMs * rules.weightUnits[impact === 'outage' ? 0 : impact === 'partial' ? 1 : 2]) / rules.weightScale,
        excludedMs,
        status,
        reason,
      }),
    )
  }
  return out
}

function explain(
  input: MeasureInput,
  element: string | null,
  f: { periodMs: number; excludedMs: number; measuredMs: number; downtimeUnits: number; measuredUnits: number; availability: Decimal; downtime: Decimal },
  contributions: readonly Contribution[],
): string[] {
  const { commitment, period } = input
  const rules = commitment.measurement
  const lines: string[] = []
  const who = element === null ? 'the service' : `element "${element}"`
  lines.push(`Period ${period.label} (${period.timeZone}): ${period.start.toISOString()} to ${period.end.toISOString()}, ${fmt(f.periodMs)}.`)
  const counted = contributions.filter((c) => c.status === 'counted')
  const downtimeMs = f.downtime.toNumber()
  lines.push(
    `Downtime of ${who}: ${humanDuration(downtimeMs)} (${msText(f.downtime)} ms) from ${counted.length} incident${counted.length === 1 ? '' : 's'}` +
      (contributions.length > counted.length ? `, ${contributions.length - counted.length} other${contributions.length - counted.length === 1 ? '' : 's'} not counted` : '') +
      ` (weights: outage ${rules.weights.outage}, partial ${rules.weights.partial}, degraded ${rules.weights.degraded}; overlaps counted once).`,
  )
  if (f.excludedMs > 0)
    lines.push(
      `Excluded: ${fmt(f.excludedMs)} (${rules.excludedCauses.join(', ')}), ${rules.exclusions === 'as-available' ? 'counted as available' : 'removed from the period'}.`,
    )
  if (f.measuredUnits === 0) lines.push('The whole period was excluded: availability is taken as 100 %.')
  else {
    const exact = DECIMAL_100.times(f.measuredUnits - f.downtimeUnits).div(f.measuredUnits)
    lines.push(
      `Availability = (${f.measuredMs.toLocaleString('en-US')} − ${msText(f.downtime)}) / ${f.measuredMs.toLocaleString('en-US')} × 100 = ${exact.toSignificantDigits(12).toString()} %.`,
    )
    if (rules.rounding) lines.push(`Rounded ${rules.rounding.mode} to ${rules.rounding.decimals} decimals, as the commitment says: ${f.availability.toFixed(rules.rounding.decimals)} %.`)
  }
  if (input.asOf !== undefined && contributions.some((c) => c.open)) lines.push(`Open incidents are measured up to ${formatInstant(input.asOf)}.`)
  return lines
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
  if (o.element !== undefined && (typeof o.element !== 'string' || o.element.length === 0)) issues.add('element', 'must be a non-empty element name')
  const input = readMeasureInput(o, issues)
  issues.throwIfAny('Cannot measure availability')
  return measureElements(input!, o.element === undefined ? null : [o.element]).reports[0]!
}
