import { downtimeBudget } from '../availability/budget.js'
import { type Commitment, type CreditModel, type Guarantee } from '../commitment/commitment.js'
import { currencyScale, roundMoney } from '../credits/money.js'
import { readRounding, type RoundingMode } from '../commitment/rounding.js'
import { Decimal } from '../decimal.js'
import { describe, InputError, IssueList, joinPath } from '../errors.js'
import { readIncidents } from '../incidents/normalise.js'
import { CAUSES } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import {
  type BusinessCalendar,
  type CalendarLike,
  ALWAYS,
  businessCalendar,
  businessTimeBetween,
  isCovered,
  nextCoveredInstant,
  readBusinessCalendar,
} from '../time/calendar.js'
import { type DurationLike, formatDuration, humanDuration, readDuration } from '../time/duration.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'
import { type OfferInput } from '../schema/offer.js'
import { type Offer, compileOffer } from '../offers/offer.js'
import {
  EXACT_CELLS,
  exponentialExact,
  exponentialTable,
  INNER_HIGH,
  INNER_LOW,
  interpolateQuantile,
  logNormalTable,
  MAX_POISSON_RATE,
  normalTail,
  normalTailStart,
  poissonFromUniform,
  poissonTable,
  QUANTILE_CELLS,
  type QuantileTable,
  streamState,
  toUniform,
  Xoshiro128,
} from './random.js'

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

/**
 * A distribution of durations: of incidents, or of the team's time to intervene.
 *
 * - `fixed`: always `duration`.
 * - `exponential`: memoryless, of mean `mean`: `−mean · ln(1 − u)`.
 * - `log-normal`: `exp(μ + σ·Z)` with Z standard normal. Give the `median`
 *   (= e^μ, the typical incident) or the `mean` (= e^(μ + σ²/2)), and `sigma` (σ ≥ 0, the spread of the
 *   logarithm: 1 means a tenth of incidents last 3.6 times the median or more). Real outage durations
 *   are close to log-normal: many short ones, a few very long.
 * - `empirical`: a duration picked uniformly from a real list: `durations`, or the `incidents` of a log
 *   (each `end − start`; incidents whose cause the commitment excludes, or whose impact weighs 0, are left
 *   out). The list is sorted first, so its order does not change the results.
 *
 * Exponential and log-normal laws are drawn by inversion (see {@link simulate}, *Random numbers*).
 *
 * @example
 * const typical: DurationModel = { type: 'log-normal', median: 'PT30M', sigma: 1.2 }
 * const fromLog: DurationModel = { type: 'empirical', incidents: lastYearIncidents }
 */
export type DurationModel =
  | { type: 'fixed'; duration: DurationLike }
  | { type: 'exponential'; mean: DurationLike }
  | { type: 'log-normal'; median?: DurationLike; mean?: DurationLike; sigma: number }
  | { type: 'empirical'; durations?: readonly DurationLike[]; incidents?: readonly IncidentInput[] }

/**
 * How incidents happen, per client: each client has one element (its own VPS).
 *
 * @example
 * const model: IncidentModel = {
 *   rate: 0.1,                                                    // one incident per VPS every 10 months
 *   duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 },
 *   outsideBusinessHours: 0.7,                                    // 70 % reported at night or at weekends
 *   correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT6H' } }, // hypervisor, data centre
 * }
 */
export interface IncidentModel {
  /** Expected independent incidents per element per month: the rate λ of a Poisson law. From 0 to 1000. */
  rate: number
  /** Duration of an independent incident. */
  duration: DurationModel
  /**
   * Share of incidents (0 to 1) reported outside the team's hours, where the GTI waits for the next
   * opening. Default: the share of the reference year the team's hours do not cover (incidents arriving
   * at any time alike). Used only when the offer has a GTI.
   */
  outsideBusinessHours?: number
  /**
   * Correlated events: one incident hitting every client at once (a hypervisor, a network, a data-centre
   * fire), `rate` per month (Poisson), of duration `duration` (default: the independent incidents').
   */
  correlated?: { rate: number; duration?: DurationModel }
}

/**
 * How the team intervenes, for the GTI: it starts working on an incident a `response` time after the
 * incident is reported inside its `hours`, or after its next opening when reported outside them.
 *
 * @example
 * const team: InterventionModel = { response: { type: 'exponential', mean: 'PT45M' }, hours: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', fri: '09:00-17:00' }, holidays: 'FR' } }
 */
export interface InterventionModel {
  /** Time from the moment someone is at work to the first intervention. Default: exponential of mean 1 hour. */
  response?: DurationModel
  /**
   * The team's working hours. Default: the GTI's calendar when it is business hours; for a 24/7 GTI,
   * round the clock if the offer's organisation says `onCall: true`, else Monday to Friday 09:00–18:00 in
   * the commitment's time zone with French public holidays off.
   */
  hours?: CalendarLike
  /** Year whose calendar is sampled for the waiting times (holidays, DST). Default: the year of the `month` option when it is a period, else 2026. */
  year?: number
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The offer: its commitment gives the credits and the GTI, its service's fee the revenue. */
  offer: Offer | OfferInput
  /** Number of clients, each with one element of the service. From 1 to 1,000,000. */
  clients: number
  /** Months per trial. Default 12. */
  months?: number
  /** Independent trials (runs of `months` months). Default 2,000. `trials × months` is at most 10,000,000. */
  trials?: number
  /** A whole number from 0 to 2^53 − 1. Default 1. The same seed gives the same result on every machine. */
  seed?: number
  /** The incident model. */
  incidents: IncidentModel
  /** Id of the service whose fee each client pays. Default: the offer's first service. */
  service?: string
  /**
   * Length of a simulated month: a duration (`'P30D'`, `'PT743H'`) or a period whose length is taken
   * (`monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })`). Default `'P30D'`.
   */
  month?: DurationLike | Period | PeriodLike
  /** How the team intervenes; used only when the offer has a GTI. */
  intervention?: InterventionModel
  /** Rounding of each client's credit to the currency's minor unit, as in `creditFor`. Default `half-up`. */
  rounding?: RoundingMode
  /** Called now and then with the trials done so far, e.g. to draw a progress bar; it changes no result. */
  onProgress?: (trialsDone: number, trials: number) => void
}

/** A 95 % confidence interval. */
export interface ConfidenceInterval<T> {
  readonly low: T
  readonly high: T
}

/** A quantile of the monthly total of credits. */
export interface MonthlyQuantile {
  /** The monthly total, money (a sum of credits each rounded to the minor unit, so exact). */
  readonly amount: Decimal
  /** `amount / revenuePerMonth × 100`. */
  readonly percentOfRevenue: Decimal
  /** 95 % distribution-free interval: the order statistics at ranks n·q ∓ 1.96·√(n·q·(1 − q)). */
  readonly interval: ConfidenceInterval<Decimal>
}

/** What one variant of the model (independent incidents only, or with correlated events) gives. */
export interface SimulationFigures {
  /** Mean monthly total of credits over every simulated month: the exact sum of integer minor units divided by the number of months (40 significant digits). */
  readonly expectedMonthlyCost: Decimal
  /** `expectedMonthlyCost / revenuePerMonth × 100`. */
  readonly expectedPercentOfRevenue: Decimal
  /**
   * 95 % confidence interval of `expectedMonthlyCost`: mean ± 1.96 · s / √n over the n simulated months
   * (months are independent), widened outwards to 4 decimals beyond the minor unit. With few months that
   * pay anything the normal approximation is rough: raise `trials`.
   */
  readonly expectedMonthlyCostInterval: ConfidenceInterval<Decimal>
  /** Median month. Quantiles are nearest-rank: the least total that at least q of the months do not exceed. */
  readonly p50: MonthlyQuantile
  readonly p95: MonthlyQuantile
  /** One month in a hundred costs this much or more. */
  readonly p99: MonthlyQuantile
  /** Share of months in which at least one client is due a credit (a credit percentage above 0). */
  readonly probabilityAnyCredit: number
  /** Wilson score interval, 95 %. */
  readonly probabilityAnyCreditInterval: ConfidenceInterval<number>
  /** Share of client-months with a credit. */
  readonly creditedClientMonths: number
  /** The most expensive month seen, and where (first one if several tie); `trial` and `month` count from 0. */
  readonly worstMonth: { readonly amount: Decimal; readonly percentOfRevenue: Decimal; readonly trial: number; readonly month: number }
  /** Mean number of incidents hitting one client in one month (a correlated event counts for every client). */
  readonly incidentsPerClientMonth: number
  /** Incidents judged against the GTI (a correlated event is one incident: one intervention). */
  readonly gtiIncidents: number
  /** Share of those incidents whose GTI was breached; null when the offer has no GTI covering outages or no incident happened. */
  readonly gtiBreachRate: number | null
  /** Wilson score interval, 95 %. */
  readonly gtiBreachRateInterval: ConfidenceInterval<number> | null
}

/** What {@link simulate} returns: the figures of the full model, then of each variant. */
export interface SimulationResult extends SimulationFigures {
  readonly offer: { readonly id: string; readonly name: string }
  readonly service: string
  readonly currency: string
  /** Monthly fee of one client. */
  readonly fee: Decimal
  readonly clients: number
  readonly months: number
  readonly trials: number
  readonly seed: number
  /** Length of a simulated month, ms. */
  readonly monthMs: number
  /** `clients × fee`. */
  readonly revenuePerMonth: Decimal
  /** Share of incidents reported outside the team's hours that was used; null without GTI. */
  readonly outsideBusinessHours: number | null
  /** Independent incidents only (correlated events left out), on the same random numbers. */
  readonly independentOnly: SimulationFigures
  /** Independent incidents and correlated events: the full model; null when no correlated events are configured. */
  readonly withCorrelated: SimulationFigures | null
  /** Uniform random numbers drawn, for comparing the run with the bare cost of drawing them. */
  readonly draws: number
  /** What the simulation assumed or left out for this offer, sentence by sentence. */
  readonly notes: readonly string[]
}

// ---------------------------------------------------------------------------------------------------
// Compiled plan (everything the hot loop reads, as numbers)
// ---------------------------------------------------------------------------------------------------

const MINUTE = 60_000
const HOUR = 3_600_000
const DEFAULT_MONTH = 'P30D'
const DEFAULT_TRIALS = 2000
const DEFAULT_MONTHS = 12
const DEFAULT_SEED = 1
const DEFAULT_YEAR = 2026
const MAX_CLIENTS = 1_000_000
const MAX_MONTHS = 1200
const MAX_TRIALS = 10_000_000
const MAX_SAMPLES = 10_000_000
const Z95 = 1.959963984540054
/** Decimals beyond the minor unit kept in the interval of the expected cost. */
const INTERVAL_EXTRA_DECIMALS = 4
/** Decimals of a credit percentage kept exact in integer units; beyond, percentages are floating. */
const MAX_UNIT_DECIMALS = 9

/** A duration distribution compiled to numbers. */
interface DurationSampler {
  /** 0 fixed, 1 exponential, 2 log-normal, 3 empirical. */
  readonly kind: 0 | 1 | 2 | 3
  /** fixed: the duration; exponential: the mean; log-normal: μ. */
  readonly a: number
  /** log-normal: σ; its tail start r = |Φ^-1(16/4096)| in c. */
  readonly b: number
  readonly c: number
  /** empirical: the durations, sorted. */
  readonly table: Float64Array
  /** exponential, log-normal: the quantile table. */
  readonly quantiles: QuantileTable
  readonly meanMs: number
  readonly text: string
}

/** Credit rules as numbers: percentages in integer units of 1/scale %. */
interface CreditPlan {
  readonly scale: number
  /** One entry per tiered model: upper downtime bound (ms, inclusive) of each reachable band, and its credit. */
  readonly tiers: readonly { readonly upper: Float64Array; readonly units: Float64Array }[]
  readonly perDuration: readonly { readonly freeMs: number; readonly all: boolean; readonly unitMs: number; readonly units: number; readonly started: boolean; readonly cap: number }[]
  /** percent units = downtime × factor. */
  readonly proRata: readonly { readonly factor: number; readonly cap: number }[]
  readonly hasModels: boolean
  readonly larger: boolean
  readonly cap: number
  readonly penaltyCap: number
  readonly perBreach: number
  readonly perLate: { readonly units: number; readonly perMs: number; readonly started: boolean } | null
}

/** The GTI as numbers: the guaranteed time, and when an incident reported outside hours waits. */
interface GtiPlan {
  readonly withinMs: number
  readonly outsideShare: number
  readonly response: DurationSampler
  /** Outside-hours stretches of the reference year: start, cumulative outside time before it, next opening. */
  readonly segFrom: Float64Array
  readonly segCum: Float64Array
  readonly segCount: number
  /** For b = 0 … 4096, the stretch holding the outside-hours time b/4096 of the way: where the search starts. */
  readonly segBucket: Int32Array
  readonly totalOutside: number
  /** For stretch i, GTI-clock intervals subA[j]..subB[j] for j in subStart[i] .. subStart[i + 1]. */
  readonly subStart: Int32Array
  readonly subA: Float64Array
  readonly subB: Float64Array
  /**
   * Whether a wait can count at all: false when the team works round the clock, or when the GTI's clock
   * runs only in the team's hours. Then no number is drawn for the time of report.
   */
  readonly waits: boolean
  /**
   * When no wait counts and the response law is a table or empirical one: the largest inner 32-bit output
   * whose response is within the guarantee (the response being non-decreasing in it), so that a met GTI —
   * nearly all of them — is one integer comparison; −1 otherwise.
   */
  readonly metUpTo: number
  /** The first inner output of the response law (below it, the response is drawn exactly). */
  readonly responseLow: number
}

interface Plan {
  readonly clients: number
  readonly months: number
  readonly trials: number
  readonly seed: number
  readonly monthMs: number
  readonly rate: number
  readonly cdf: Float64Array
  readonly duration: DurationSampler
  readonly corrCdf: Float64Array | null
  readonly corrDuration: DurationSampler
  readonly weight: number
  readonly minimumMs: number
  /** 0 none, 1 minute-up, 2 minute-down. */
  readonly granularity: 0 | 1 | 2
  readonly credit: CreditPlan
  readonly gti: GtiPlan | null
  readonly money: MoneyPlan
}

/** Turns credit percentages into rounded minor units of the currency. */
interface MoneyPlan {
  readonly fee: Decimal
  readonly currency: string
  readonly minorScale: number
  readonly rounding: RoundingMode
  /** The fee in minor units, as a float (for credits whose percentage is not a whole number of units). */
  readonly feeMinor: number
  readonly unitScale: number
}

// ---------------------------------------------------------------------------------------------------
// Reading options
// ---------------------------------------------------------------------------------------------------

const OPTION_KEYS = new Set(['offer', 'clients', 'months', 'trials', 'seed', 'incidents', 'service', 'month', 'intervention', 'rounding', 'onProgress'])
const INCIDENT_KEYS = new Set(['rate', 'duration', 'outsideBusinessHours', 'correlated'])
const CORRELATED_KEYS = new Set(['rate', 'duration'])
const INTERVENTION_KEYS = new Set(['response', 'hours', 'year'])
const MODEL_KEYS: Record<string, readonly string[]> = {
  fixed: ['type', 'duration'],
  exponential: ['type', 'mean'],
  'log-normal': ['type', 'median', 'mean', 'sigma'],
  empirical: ['type', 'durations', 'incidents'],
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function unknownKeys(value: Record<string, unknown>, known: ReadonlySet<string> | readonly string[], path: string, issues: IssueList, what: string): void {
  const set = known instanceof Set ? known : new Set(known as readonly string[])
  for (const key of Object.keys(value)) if (!set.has(key) && value[key] !== undefined) issues.add(joinPath(path, key), `is not ${what} (known: ${[...set].join(', ')})`)
}

function readWhole(value: unknown, fallback: number | undefined, min: number, max: number, path: string, issues: IssueList): number | undefined {
  if (value === undefined && fallback !== undefined) return fallback
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
  issues.add(path, `must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got ${describe(value)})`)
  return undefined
}

function readShare(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1) return value
  issues.add(path, `must be a share from 0 to 1 (got ${describe(value)})`)
  return undefined
}

function readRate(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_POISSON_RATE) return value
  issues.add(path, `must be a number of incidents per month from 0 to ${MAX_POISSON_RATE} (got ${describe(value)})`)
  return undefined
}

function positiveDuration(value: unknown, path: string, issues: IssueList): number | undefined {
  const ms = readDuration(value, path, issues)
  if (ms === 0) {
    issues.add(path, 'must be longer than zero')
    return undefined
  }
  return ms
}

const NO_TABLE = /* @__PURE__ */ new Float64Array(0)
const NO_QUANTILES: QuantileTable = /* @__PURE__ */ Object.freeze({ q: NO_TABLE, d: NO_TABLE })

function sampler(kind: DurationSampler['kind'], a: number, b: number, table: Float64Array, quantiles: QuantileTable, meanMs: number, text: string): DurationSampler {
  return Object.freeze({ kind, a, b, c: kind === 2 ? normalTailStart() : 0, table, quantiles, meanMs, text })
}

function fixedSampler(ms: number, text = `always ${humanDuration(ms)}`): DurationSampler {
  return sampler(0, ms, 0, NO_TABLE, NO_QUANTILES, ms, text)
}

function exponentialSampler(mean: number, text = `exponential, mean ${humanDuration(Math.round(mean))}`): DurationSampler {
  return sampler(1, mean, 0, NO_TABLE, exponentialTable(mean), mean, text)
}

/** Reads a duration model, or adds issues under `path`. */
function readDurationModel(value: unknown, path: string, issues: IssueList, commitment: Commitment | undefined): DurationSampler | undefined {
  if (!isObject(value)) {
    issues.add(path, `must be a duration model { type: 'fixed' | 'exponential' | 'log-normal' | 'empirical', … } (got ${describe(value)})`)
    return undefined
  }
  const type = value.type
  if (typeof type !== 'string' || !(type in MODEL_KEYS)) {
    issues.add(joinPath(path, 'type'), `must be one of fixed, exponential, log-normal, empirical (got ${describe(type)})`)
    return undefined
  }
  unknownKeys(value, MODEL_KEYS[type]!, path, issues, `an option of a ${type} duration model`)
  switch (type) {
    case 'fixed': {
      const ms = readDuration(value.duration, joinPath(path, 'duration'), issues)
      return ms === undefined ? undefined : fixedSampler(ms)
    }
    case 'exponential': {
      const ms = positiveDuration(value.mean, joinPath(path, 'mean'), issues)
      return ms === undefined ? undefined : exponentialSampler(ms)
    }
    case 'log-normal': {
      const sigma = value.sigma
      let s: number | undefined
      if (typeof sigma === 'number' && Number.isFinite(sigma) && sigma >= 0 && sigma <= 10) s = sigma
      else issues.add(joinPath(path, 'sigma'), `must be a number from 0 to 10, the standard deviation of the duration's logarithm (got ${describe(sigma)})`)
      if ((value.median === undefined) === (value.mean === undefined)) {
        issues.add(path, 'needs either median or mean (one of them)')
        return undefined
      }
      const useMedian = value.median !== undefined
      const ms = positiveDuration(useMedian ? value.median : value.mean, joinPath(path, useMedian ? 'median' : 'mean'), issues)
      if (ms === undefined || s === undefined) return undefined
      const mu = useMedian ? Math.log(ms) : Math.log(ms) - (s * s) / 2
      const median = Math.exp(mu)
      const mean = Math.exp(mu + (s * s) / 2)
      const text = `log-normal, median ${humanDuration(Math.round(median / 1000) * 1000)}, σ ${s}, mean ${humanDuration(Math.round(mean / 1000) * 1000)}`
      if (s === 0) return fixedSampler(median, text)
      return sampler(2, mu, s, NO_TABLE, logNormalTable(mu, s), mean, text)
    }
    default: {
      const hasList = value.durations !== undefined
      const hasLog = value.incidents !== undefined
      if (hasList === hasLog) {
        issues.add(path, 'needs either durations or incidents (one of them)')
        return undefined
      }
      const durations: number[] = []
      if (hasList) {
        const list = value.durations
        const p = joinPath(path, 'durations')
        if (!Array.isArray(list) || list.length === 0) {
          issues.add(p, `must be a non-empty list of durations (got ${describe(list)})`)
          return undefined
        }
        const before = issues.issues.length
        list.forEach((d, i) => {
          const ms = readDuration(d, joinPath(p, i), issues)
          if (ms !== undefined) durations.push(ms)
        })
        if (issues.issues.length > before) return undefined
      } else {
        const p = joinPath(path, 'incidents')
        const table = readIncidents(value.incidents, undefined, p, issues)
        if (!table) return undefined
        const weights = commitment?.measurement.weightUnits ?? [1, 1, 0]
        const excluded = commitment?.measurement.excludedCauses ?? []
        for (let i = 0; i < table.count; i++) {
          if (weights[table.impact[i]!] === 0) continue
          if (excluded.includes(CAUSES[table.cause[i]!]!)) continue
          durations.push(table.end[i]! - table.start[i]!)
        }
        if (durations.length === 0) {
          issues.add(p, `holds no incident the commitment counts (causes ${excluded.join(', ') || 'none'} excluded; impacts weighing 0 left out)`)
          return undefined
        }
      }
      const sorted = Float64Array.from(durations).sort()
      let sum = 0
      for (const d of sorted) sum += d
      const mean = sum / sorted.length
      return sampler(3, 0, 0, sorted, NO_QUANTILES, mean, `empirical, ${sorted.length} duration${sorted.length === 1 ? '' : 's'}, mean ${humanDuration(Math.round(mean / 1000) * 1000)}`)
    }
  }
}

function readMonth(value: unknown, path: string, issues: IssueList): { ms: number; year: number | undefined; label: string } | undefined {
  if (value === undefined) return { ms: 30 * 86_400_000, year: undefined, label: DEFAULT_MONTH }
  if (isObject(value) && !(value instanceof Date)) {
    const bounds = readPeriod(value, path, issues)
    if (!bounds) return undefined
    return { ms: bounds.end - bounds.start, year: new Date(bounds.start).getUTCFullYear(), label: bounds.period.label }
  }
  const ms = positiveDuration(value, path, issues)
  return ms === undefined ? undefined : { ms, year: undefined, label: typeof value === 'string' ? value : formatDuration(ms) }
}

// ---------------------------------------------------------------------------------------------------
// Credit rules as numbers
// ---------------------------------------------------------------------------------------------------

function decimalsOf(d: Decimal | undefined): number {
  return d ? Math.max(0, d.decimalPlaces()) : 0
}

function compileCredit(c: Commitment, monthMs: number): CreditPlan {
  const g = c.gti
  const all: (Decimal | undefined)[] = [c.cap, g?.penalty.perBreach, g?.penalty.perLate?.percent, g?.penalty.cap]
  for (const m of c.credit) {
    if (m.type === 'tiers') for (const t of m.tiers) all.push(t.credit)
    else if (m.type === 'per-duration') all.push(m.percent, m.cap)
    else all.push(m.cap)
  }
  const scale = 10 ** Math.min(MAX_UNIT_DECIMALS, Math.max(...all.map(decimalsOf)))
  const units = (d: Decimal | undefined, fallback: number): number => (d === undefined ? fallback : d.times(scale).toNumber())
  const period = { start: 0, end: monthMs, label: formatDuration(monthMs) }
  const tiers: { upper: Float64Array; units: Float64Array }[] = []
  const perDuration: CreditPlan['perDuration'][number][] = []
  const proRata: CreditPlan['proRata'][number][] = []
  for (const m of c.credit) {
    if (m.type === 'tiers') tiers.push(bandsOf(c, m, period, units))
    else if (m.type === 'per-duration') {
      let freeMs = 0
      if (m.beyond) freeMs = new Decimal(monthMs).times(new Decimal(100).minus(m.beyond)).div(100).toNumber()
      else if (m.allowanceMs !== undefined) freeMs = m.allowanceMs
      perDuration.push({ freeMs, all: m.onceExceeded === 'all', unitMs: m.perMs, units: units(m.percent, 0), started: m.count === 'started', cap: units(m.cap, Number.POSITIVE_INFINITY) })
    } else {
      proRata.push({ factor: m.multiplier.times(100).times(scale).div(monthMs).toNumber(), cap: units(m.cap, Number.POSITIVE_INFINITY) })
    }
  }
  const late = g?.penalty.perLate
  return {
    scale,
    tiers,
    perDuration,
    proRata,
    hasModels: c.credit.length > 0,
    larger: c.combine === 'larger',
    cap: units(c.cap, Number.POSITIVE_INFINITY),
    penaltyCap: units(g?.penalty.cap, Number.POSITIVE_INFINITY),
    perBreach: units(g?.penalty.perBreach, 0),
    perLate: late ? { units: units(late.percent, 0), perMs: late.perMs, started: late.count === 'started' } : null,
  }
}

/** The bands of one tiered model as inclusive upper downtime bounds, from downtimeBudget (exact, integer ms). */
function bandsOf(
  c: Commitment,
  model: Extract<CreditModel, { type: 'tiers' }>,
  period: PeriodLike,
  units: (d: Decimal | undefined, fallback: number) => number,
): { upper: Float64Array; units: Float64Array } {
  // downtimeBudget reads the first tiered model of a commitment: give it one holding only this model, with
  // the same measurement rules (the rounding of availability moves the bands).
  const first = c.credit.find((m) => m.type === 'tiers') === model
  const commitment = first
    ? c
    : { timeZone: c.timeZone, measurement: c.input.measurement, credit: { type: 'tiers' as const, tiers: tiersInputOf(c, model) } }
  const budget = downtimeBudget({ commitment: commitment as never, period })
  const reachable = budget.bands.filter((b) => b.reachable)
  return {
    upper: Float64Array.from(reachable.map((b) => b.maxDowntimeMs)),
    units: Float64Array.from(reachable.map((b) => units(b.credit, 0))),
  }
}

function tiersInputOf(c: Commitment, model: Extract<CreditModel, { type: 'tiers' }>): unknown {
  const raw = c.input.credit
  const list = Array.isArray(raw) ? raw : [raw]
  const index = c.credit.indexOf(model)
  return (list[index] as { tiers: unknown }).tiers
}

/** Credit in units of 1/scale % for `downtime` ms (already capped at the month) and the GTI breaches of the client-month. */
function creditUnits(p: CreditPlan, downtime: number, breaches: number, penalty: number): number {
  let sum = 0
  for (let m = 0; m < p.tiers.length; m++) {
    const t = p.tiers[m]!
    const upper = t.upper
    let k = 0
    while (k < upper.length - 1 && downtime > upper[k]!) k++
    sum += t.units[k]!
  }
  for (let m = 0; m < p.perDuration.length; m++) {
    const d = p.perDuration[m]!
    const over = downtime - d.freeMs
    const excess = d.all && over > 0 ? downtime : over
    if (excess > 0) {
      const n = d.started ? Math.ceil(excess / d.unitMs) : Math.floor(excess / d.unitMs)
      const v = n * d.units
      sum += v > d.cap ? d.cap : v
    }
  }
  for (let m = 0; m < p.proRata.length; m++) {
    const r = p.proRata[m]!
    const v = downtime * r.factor
    sum += v > r.cap ? r.cap : v
  }
  if (breaches > 0) {
    const pen = penalty > p.penaltyCap ? p.penaltyCap : penalty
    if (p.larger && p.hasModels) sum = sum > pen ? sum : pen
    else sum += pen
  }
  return sum > p.cap ? p.cap : sum
}

function penaltyUnits(p: CreditPlan, lateMs: number): number {
  let v = p.perBreach
  const l = p.perLate
  if (l !== null) v += l.units * (l.started ? Math.ceil(lateMs / l.perMs) : Math.floor(lateMs / l.perMs))
  return v
}

// ---------------------------------------------------------------------------------------------------
// GTI: waiting for the next opening, sampled once from the calendar
// ---------------------------------------------------------------------------------------------------

const defaultTeams = new Map<string, BusinessCalendar>()

function defaultTeamHours(timeZone: string): BusinessCalendar {
  let cal = defaultTeams.get(timeZone)
  if (!cal) {
    const day = '09:00-18:00'
    cal = businessCalendar({ timeZone, hours: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays: 'FR' })
    defaultTeams.set(timeZone, cal)
  }
  return cal
}

/** The end of the covered stretch that starts at covered instant `c`, at most `limit`, to the millisecond. */
function endOfCoveredRun(cal: BusinessCalendar, c: number, limit: number): number {
  const covered = (x: number) => businessTimeBetween(cal, c, c + x) === x
  const room = limit - c
  let good = 0
  let step = MINUTE
  while (step < room && covered(step)) {
    good = step
    step *= 2
  }
  let bad = Math.min(step, room)
  if (bad === room && covered(room)) return limit
  while (bad - good > 1) {
    const mid = good + Math.floor((bad - good) / 2)
    if (covered(mid)) good = mid
    else bad = mid
  }
  return c + good
}

/** Covered stretches of a calendar inside [from, to), flat [start, end, start, end …]. */
function coveredRuns(cal: BusinessCalendar, from: number, to: number): number[] {
  if (cal.kind === '24/7') return [from, to]
  const out: number[] = []
  let t = from
  while (t < to) {
    if (!isCovered(cal, t)) {
      const n = nextCoveredInstant(cal, t).getTime()
      if (n >= to) break
      t = n
    }
    const e = endOfCoveredRun(cal, t, to)
    out.push(t, e)
    t = e
  }
  return out
}

const SEGMENT_BUCKETS = 4096

/** The part of a GtiPlan that comes from the calendars alone. */
type WaitingTable = Omit<GtiPlan, 'outsideShare' | 'response' | 'withinMs' | 'metUpTo' | 'responseLow'>

const waitCache = new WeakMap<BusinessCalendar, Map<string, WaitingTable>>()

/**
 * The stretches of the reference year outside the team's hours, each with the GTI-clock time between each
 * of its instants and the team's next opening: the wait of an incident reported then. Computed once per
 * calendar pair and year, outside the hot loop.
 */
function waitingTable(team: BusinessCalendar, gti: BusinessCalendar, year: number): WaitingTable {
  const key = `${year}`
  let byCal = waitCache.get(team)
  if (!byCal) waitCache.set(team, (byCal = new Map()))
  const gtiKey = gti === team ? 'same' : gti.kind === '24/7' ? '24/7' : undefined
  const hit = gtiKey && byCal.get(`${key}:${gtiKey}`)
  if (hit) return hit
  const y0 = Date.UTC(year, 0, 1)
  const y1 = Date.UTC(year + 1, 0, 1)
  const runs = team.kind === '24/7' ? [y0, y1] : coveredRuns(team, y0, y1)
  const segFrom: number[] = []
  const segCum: number[] = []
  const subStart: number[] = []
  const subA: number[] = []
  const subB: number[] = []
  let total = 0
  const addSegment = (from: number, to: number, opening: number) => {
    if (to <= from) return
    segFrom.push(from)
    segCum.push(total)
    total += to - from
    subStart.push(subA.length)
    if (gti === team) return
    const clock = coveredRuns(gti, from, opening)
    for (let j = 0; j < clock.length; j += 2) {
      subA.push(clock[j]!)
      subB.push(clock[j + 1]!)
    }
  }
  let t = y0
  for (let i = 0; i < runs.length; i += 2) {
    addSegment(t, runs[i]!, runs[i]!)
    t = runs[i + 1]!
  }
  if (t < y1) addSegment(t, y1, nextCoveredInstant(team, y1).getTime())
  subStart.push(subA.length)
  const segBucket = new Int32Array(SEGMENT_BUCKETS + 1)
  for (let b = 0, i = 0; b <= SEGMENT_BUCKETS; b++) {
    const at = (b / SEGMENT_BUCKETS) * total
    while (i + 1 < segCum.length && segCum[i + 1]! <= at) i++
    segBucket[b] = i
  }
  const table = Object.freeze({
    segFrom: Float64Array.from(segFrom),
    segCum: Float64Array.from(segCum),
    segCount: segFrom.length,
    segBucket,
    waits: total > 0 && subA.length > 0,
    totalOutside: total,
    subStart: Int32Array.from(subStart),
    subA: Float64Array.from(subA),
    subB: Float64Array.from(subB),
  })
  if (gtiKey) byCal.set(`${key}:${gtiKey}`, table)
  return table
}

/**
 * The GTI of one incident, drawing from `rng`: −1 when met, else the penalty in credit units (0 when the
 * commitment sets none). Returning a whole number rather than the lateness keeps the result unboxed.
 */
function gtiOutcome(g: GtiPlan, credit: CreditPlan, rng: Xoshiro128): number {
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
    let lo = g.segBucket[Math.floor(u * SEGMENT_BUCKETS)]!
    while (lo + 1 < g.segCount && cum[lo + 1]! <= x) lo++
    const at = g.segFrom[lo]! + (x - cum[lo]!)
    for (let j = g.subStart[lo]!, end = g.subStart[lo + 1]!; j < end; j++) {
      const from = g.subA[j]! > at ? g.subA[j]! : at
      const clock = g.subB[j]! - from
      if (clock > 0) wait += clock
    }
  }
  const late = wait + drawDuration(g.response, rng) - g.withinMs
  return late > 0 ? penaltyUnits(credit, late) : -1
}

/** The GTI outcome when no wait counts, for the response's 32-bit output x (see {@link gtiOutcome}). */
function gtiLate(g: GtiPlan, credit: CreditPlan, x: number, rng: Xoshiro128): number {
  const late = durationOf(g.response, x, rng) - g.withinMs
  return late > 0 ? penaltyUnits(credit, late) : -1
}

// ---------------------------------------------------------------------------------------------------
// Draws
// ---------------------------------------------------------------------------------------------------

/**
 * One duration. Exponential and log-normal laws are drawn by inversion of one 32-bit output through their
 * quantile table (see `interpolateQuantile`), and exactly in the 16 outermost of its 4096 steps at each
 * end (u < 1/256 or u > 1 − 1/256): the exponential by its closed-form inverse, the log-normal by
 * Marsaglia's normal-tail method. A fixed duration draws nothing.
 */
function drawDuration(s: DurationSampler, rng: Xoshiro128): number {
  return s.kind === 0 ? s.a : durationOf(s, rng.nextUint32(), rng)
}

/**
 * The duration for the 32-bit output x of a non-fixed law. Only the outermost steps of a table law draw
 * more numbers from `rng`; elsewhere the duration is a non-decreasing function of x alone.
 */
function durationOf(s: DurationSampler, x: number, rng: Xoshiro128): number {
  if (s.kind === 3) return s.table[Math.floor(toUniform(x) * s.table.length)]!
  if (x >= INNER_LOW && x <= INNER_HIGH) return interpolateQuantile(s.quantiles, x)
  if (s.kind === 1) return exponentialExact(s.a, x)
  return Math.exp(s.a + s.b * normalTail(rng, s.c, x > INNER_HIGH))
}

/** Whether a table law's interpolation is non-decreasing in every inner step (Fritsch–Carlson: α, β ≥ 0, α² + β² ≤ 9). */
function monotone(t: QuantileTable): boolean {
  for (let i = EXACT_CELLS; i < QUANTILE_CELLS - EXACT_CELLS; i++) {
    const delta = t.q[i + 1]! - t.q[i]!
    if (!(delta > 0)) return false
    const a = t.d[i]! / delta
    const b = t.d[i + 1]! / delta
    if (!(a >= 0 && b >= 0 && a * a + b * b <= 9)) return false
  }
  return true
}

// ---------------------------------------------------------------------------------------------------
// Tallies and the hot loop
// ---------------------------------------------------------------------------------------------------

const TWO_POW_MINUS_32 = 1 / 4_294_967_296
/** Credits of at most this many units are remembered in a typed array rather than a Map. */
const DENSE_MEMO = 1 << 16

/** Rounded minor units of the credit for `units`; exact (Decimal, memoised) when units is whole. */
function moneyConverter(m: MoneyPlan, maxUnits: number): (units: number) => number {
  const minorFactor = new Decimal(10).pow(m.minorScale)
  const divisor = new Decimal(100).times(m.unitScale)
  const mode = m.rounding
  const exact = (units: number) => roundMoney(m.fee.times(units).div(divisor), { currency: m.currency, mode, scale: m.minorScale }).times(minorFactor).toNumber()
  const dense = maxUnits <= DENSE_MEMO ? new Float64Array(maxUnits + 1).fill(-1) : null
  const sparse = new Map<number, number>()
  const floating = (units: number): number => {
    // A percentage from a continuous draw (pro-rata): rounded in floating point, then summed as whole units.
    const x = (m.feeMinor * units) / (100 * m.unitScale)
    switch (mode) {
      case 'up':
      case 'ceil':
        return Math.ceil(x)
      case 'down':
      case 'floor':
        return Math.floor(x)
      case 'half-down':
        return Math.ceil(x - 0.5)
      case 'half-even': {
        const r = Math.floor(x)
        const f = x - r
        return f > 0.5 ? r + 1 : f < 0.5 ? r : r % 2 === 0 ? r : r + 1
      }
      default:
        return Math.floor(x + 0.5)
    }
  }
  return (units: number): number => {
    if (!Number.isInteger(units)) return floating(units)
    if (dense !== null && units <= maxUnits) {
      let v = dense[units]!
      if (v < 0) dense[units] = v = exact(units)
      return v
    }
    let v = sparse.get(units)
    if (v === undefined) sparse.set(units, (v = exact(units)))
    return v
  }
}

/**
 * Phase 1, for `months` months of `clients` clients from month `first` on: one xoshiro128** step per
 * client-month on local variables (the same step as `Xoshiro128.nextUint32`), keeping the outputs above
 * `threshold` — those whose uniform (x + 0.5) / 2^32 exceeds e^-rate, i.e. the client-months with at
 * least one incident — in order; `ends[m]` is the number kept up to the end of month m. Comparing the
 * integers rather than the uniforms gives the same answer (the threshold is ⌊e^-rate · 2^32 − 0.5⌋,
 * computed exactly); every output is written and the count moves by the comparison's 0 or 1, so that the
 * loop has no branch to mispredict and runs nearly as fast as drawing the numbers. The state is read
 * from `state` and written back.
 */
function scanClients(state: Int32Array, first: number, months: number, clients: number, threshold: number, hits: Float64Array, ends: Int32Array): number {
  let a0 = state[0]!
  let a1 = state[1]!
  let a2 = state[2]!
  let a3 = state[3]!
  let hit = 0
  let r = 0
  let x = 0
  let t = 0
  // Four clients per turn of the loop (the same steps, written out): a quarter of the loop's own cost.
  const quads = clients >> 2
  for (let m = first, end = first + months; m < end; m++) {
    for (let c = 0; c < quads; c++) {
      r = Math.imul(a1, 5)
      x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
      t = a1 << 9
      a2 ^= a0
      a3 ^= a1
      a1 ^= a2
      a0 ^= a3
      a2 ^= t
      a3 = (a3 << 11) | (a3 >>> 21)
      hits[hit] = x
      hit += +(x > threshold)

      r = Math.imul(a1, 5)
      x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
      t = a1 << 9
      a2 ^= a0
      a3 ^= a1
      a1 ^= a2
      a0 ^= a3
      a2 ^= t
      a3 = (a3 << 11) | (a3 >>> 21)
      hits[hit] = x
      hit += +(x > threshold)

      r = Math.imul(a1, 5)
      x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
      t = a1 << 9
      a2 ^= a0
      a3 ^= a1
      a1 ^= a2
      a0 ^= a3
      a2 ^= t
      a3 = (a3 << 11) | (a3 >>> 21)
      hits[hit] = x
      hit += +(x > threshold)

      r = Math.imul(a1, 5)
      x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
      t = a1 << 9
      a2 ^= a0
      a3 ^= a1
      a1 ^= a2
      a0 ^= a3
      a2 ^= t
      a3 = (a3 << 11) | (a3 >>> 21)
      hits[hit] = x
      hit += +(x > threshold)
    }
    for (let c = quads << 2; c < clients; c++) {
      r = Math.imul(a1, 5)
      x = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
      t = a1 << 9
      a2 ^= a0
      a3 ^= a1
      a1 ^= a2
      a0 ^= a3
      a2 ^= t
      a3 = (a3 << 11) | (a3 >>> 21)
      hits[hit] = x
      hit += +(x > threshold)
    }
    ends[m] = hit
  }
  state[0] = a0
  state[1] = a1
  state[2] = a2
  state[3] = a3
  return hit
}

interface RunOutput {
  readonly independent: Tally
  readonly withCorrelated: Tally | null
  readonly draws: number
}

/** Client-months scanned per call of {@link scanClients} at most (whole months): bounds the hit buffers. */
const SCAN_CHUNK = 1 << 16

// Slots of the run's sums in TrialWork.sums (numbers in a Float64Array stay unboxed).
const IND_SUM = 0
const IND_ANY = 1
const IND_CREDITED = 2
const INCIDENTS = 3
const BREACHES = 4
const WITH_SUM = 5
const WITH_ANY = 6
const WITH_CREDITED = 7
const CORR_EVENTS = 8
const CORR_BREACHES = 9
const IND_WORST = 10
const IND_WORST_SLOT = 11
const WITH_WORST = 12
const WITH_WORST_SLOT = 13

/**
 * The largest x in [low, high] with f(x) ≤ bound, f non-decreasing; low − 1 if none. By bisection on the
 * 32-bit outputs, at setup.
 */
function largestAtMost(f: (x: number) => number, bound: number, low: number, high: number): number {
  let lo = low - 1
  let hi = high
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2)
    if (f(mid) <= bound) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The work of a trial apart from the scan, in methods that the JavaScript engine optimises one by one:
 * the correlated events of each month, then the client-months with independent incidents and the monthly
 * totals. Per-month values and the run's sums live in Float64Arrays (numbers there stay unboxed).
 */
class TrialWork {
  readonly B: Xoshiro128
  readonly C: Xoshiro128
  readonly minor: (units: number) => number
  // Per month of the trial: the correlated events.
  readonly corrDown: Float64Array
  readonly corrN: Float64Array
  readonly corrBreaches: Float64Array
  readonly corrPenalty: Float64Array
  /** Sums over the run (slots IND_SUM …): whole numbers, exact while below 2^53 (run() moves them to BigInts). */
  readonly sums = new Float64Array(14)
  readonly indTotals: Float64Array
  readonly withTotals: Float64Array
  private readonly plain: boolean
  /**
   * A single band table and no other credit model (the usual case): each band's credit, capped and rounded,
   * is looked up directly; GTI penalties, when a breach happens, are combined with the band's as
   * `creditUnits` does.
   */
  private readonly fast: boolean
  private readonly fastUpper: Float64Array
  private readonly fastLast: number
  /** The bands' credits before the overall cap. */
  private readonly fastRaw: Float64Array
  private readonly fastUnits: Float64Array
  private readonly fastMinor: Float64Array
  /**
   * For a client-month with exactly one incident (most of them), the band follows from the duration's
   * 32-bit output x alone, the duration being a non-decreasing function of x: `xUpper[k]` is the largest
   * x whose downtime stays in band k. Comparing integers replaces computing the duration; it is computed
   * only when a correlated event must be added to it. (A test checks that the results are those of the
   * general path.)
   */
  private readonly single: boolean
  private readonly xUpper: Float64Array
  private readonly xLow: number
  private readonly xHigh: number
  /** ⌊P(N ≤ 1) · 2^32 − 0.5⌋: a stream-A output above e^-rate and at most this means exactly one incident. */
  private readonly oneThreshold: number
  /** ⌊e^-rate · 2^32 − 0.5⌋ for correlated events: a stream-C output at most this means no event. */
  private readonly corrZero: number
  /** Credit of a client-month without incident (0 unless a band covers 100 % availability). */
  private readonly baseUnits: number
  private readonly baseMinor: number

  constructor(
    readonly p: Plan,
    indTotals: Float64Array,
    withTotals: Float64Array,
  ) {
    const scratch = new Uint32Array(4)
    this.B = new Xoshiro128(streamState(p.seed, 1, 0, scratch))
    this.C = new Xoshiro128(streamState(p.seed, 2, 0, scratch))
    this.indTotals = indTotals
    this.withTotals = withTotals
    const months = p.months
    this.corrDown = new Float64Array(months)
    this.corrN = new Float64Array(months)
    this.corrBreaches = new Float64Array(months)
    this.corrPenalty = new Float64Array(months)
    this.sums[IND_WORST] = -1
    this.sums[WITH_WORST] = -1
    this.plain = p.weight === 1 && p.minimumMs === 0 && p.granularity === 0
    this.oneThreshold = p.cdf.length > 1 ? Math.floor(p.cdf[1]! * 4_294_967_296 - 0.5) : -1
    this.corrZero = p.corrCdf ? Math.floor(p.corrCdf[0]! * 4_294_967_296 - 0.5) : -1
    const credit = p.credit
    this.minor = moneyConverter(p.money, Number.isFinite(credit.cap) ? credit.cap : DENSE_MEMO + 1)
    this.baseUnits = creditUnits(credit, 0, 0, 0)
    this.baseMinor = this.baseUnits > 0 ? this.minor(this.baseUnits) : 0
    const table = credit.tiers.length === 1 && credit.perDuration.length === 0 && credit.proRata.length === 0 ? credit.tiers[0]! : null
    this.fast = table !== null
    this.fastUpper = table ? table.upper : NO_TABLE
    this.fastLast = this.fastUpper.length - 1
    this.fastRaw = table ? table.units : NO_TABLE
    this.fastUnits = table ? table.units.map((u) => (u > credit.cap ? credit.cap : u)) : NO_TABLE
    this.fastMinor = this.fastUnits.map((u) => (u > 0 ? this.minor(u) : 0))
    const law = p.duration
    this.xLow = law.kind === 3 ? 0 : INNER_LOW
    this.xHigh = law.kind === 3 ? 0xffffffff : INNER_HIGH
    this.single = this.fast && law.kind !== 0 && (law.kind === 3 || monotone(law.quantiles))
    this.xUpper = new Float64Array(Math.max(0, this.fastLast))
    if (this.single) {
      const downtimeOf = (x: number) => this.counted(durationOf(law, x, this.B))
      for (let k = 0; k < this.fastLast; k++) this.xUpper[k] = largestAtMost(downtimeOf, this.fastUpper[k]!, this.xLow, this.xHigh)
    }
  }

  /** Whether {@link monthsTypical} applies. */
  isTypical(): boolean {
    const gti = this.p.gti
    return this.single && (gti === null || gti.metUpTo >= 0) && this.plain && this.baseUnits === 0 && this.p.rate > 0
  }

  /** A band's credit (units, before the overall cap) with the GTI penalties of at least one breach, as `creditUnits` combines them. */
  withPenalty(band: number, penalty: number): number {
    const c = this.p.credit
    const pen = penalty > c.penaltyCap ? c.penaltyCap : penalty
    const sum = c.larger ? (band > pen ? band : pen) : band + pen
    return sum > c.cap ? c.cap : sum
  }

  counted(d: number): number {
    const p = this.p
    if (this.plain) return d
    if (d < p.minimumMs) return 0
    if (p.granularity === 1) d = Math.ceil(d / MINUTE) * MINUTE
    else if (p.granularity === 2) d = Math.floor(d / MINUTE) * MINUTE
    return d * p.weight
  }

  /** Starts a trial: reseeds streams B and C. */
  start(trial: number, scratch: Uint32Array): void {
    const seed = this.p.seed
    this.B.reseed(streamState(seed, 1, trial, scratch))
    this.C.reseed(streamState(seed, 2, trial, scratch))
  }

  /** The correlated events of every month of the trial: the same downtime and GTI outcomes for every client. */
  correlated(corrCdf: Float64Array): void {
    const p = this.p
    const C = this.C
    for (let m = 0; m < p.months; m++) {
      const x = C.nextUint32()
      if (x <= this.corrZero) {
        // No event this month (the usual case): e^-rate ≥ (x + 0.5) / 2^32, compared on integers.
        this.corrN[m] = 0
        this.corrDown[m] = 0
        this.corrBreaches[m] = 0
        this.corrPenalty[m] = 0
        continue
      }
      const n = poissonFromUniform(corrCdf, (x + 0.5) * TWO_POW_MINUS_32)
      let down = 0
      let breaches = 0
      let penalty = 0
      for (let j = 0; j < n; j++) {
        down += this.counted(drawDuration(p.corrDuration, C))
        if (p.gti !== null) {
          const outcome = gtiOutcome(p.gti, p.credit, C)
          if (outcome >= 0) {
            breaches++
            penalty += outcome
          }
        }
      }
      this.corrDown[m] = down > p.monthMs ? p.monthMs : down
      this.corrN[m] = n
      this.corrBreaches[m] = breaches
      this.corrPenalty[m] = penalty
    }
  }

  /**
   * The usual case of {@link months}, in a smaller function (fewer live values, fewer spills): a single
   * band table, downtime counted plainly, and no GTI or one whose met cases are decided by one comparison
   * (`metUpTo`). A month with a correlated event goes to `months`. Same results as `months` (a test checks
   * it).
   */
  monthsTypical(trial: number, hits: Float64Array, ends: Int32Array, first: number, months: number, withCorrelated: boolean): void {
    const p = this.p
    const B = this.B
    const cdf = p.cdf
    const law = p.duration
    const sums = this.sums
    const xLow = this.xLow
    const xHigh = this.xHigh
    const xUpper = this.xUpper
    const fastLast = this.fastLast
    const fastUpper = this.fastUpper
    const fastUnits = this.fastUnits
    const fastMinor = this.fastMinor
    const oneThreshold = this.oneThreshold
    const indTotals = this.indTotals
    const withTotals = this.withTotals
    const corrNs = this.corrN
    const gti = p.gti
    const metUpTo = gti !== null ? gti.metUpTo : 0
    const responseLow = gti !== null ? gti.responseLow : 0
    let h = 0
    for (let m = first, last = first + months; m < last; m++) {
      const end = ends[m]!
      if (withCorrelated && corrNs[m]! > 0) {
        // A month with a correlated event: the general path.
        this.months(trial, hits, ends, m, 1, true, h)
        h = end
        continue
      }
      let indTotal = 0
      let indCredited = 0
      let incidents = end - h
      let monthBreaches = 0
      for (; h < end; h++) {
        const xa = hits[h]!
        let band = 0
        let breaches = 0
        let penalty = 0
        if (xa <= oneThreshold) {
          // One incident: its band from the duration's output x, without computing the duration.
          const x = B.nextUint32()
          if (x >= xLow && x <= xHigh) {
            for (let k = 0; k < fastLast; k++) band += +(x > xUpper[k]!)
          } else {
            const down = durationOf(law, x, B)
            for (let k = 0; k < fastLast; k++) band += +(down > fastUpper[k]!)
          }
          if (gti !== null) {
            // Met when the response's output is at most metUpTo (inner outputs): gtiOutcome's first case.
            const xr = B.nextUint32()
            if (xr > metUpTo || xr < responseLow) {
              const outcome = gtiLate(gti, p.credit, xr, B)
              if (outcome >= 0) {
                breaches = 1
                penalty = outcome
              }
            }
          }
        } else {
          const n = poissonFromUniform(cdf, (xa + 0.5) * TWO_POW_MINUS_32)
          incidents += n - 1
          let down = 0
          for (let j = 0; j < n; j++) {
            down += drawDuration(law, B)
            if (gti !== null) {
              const outcome = gtiOutcome(gti, p.credit, B)
              if (outcome >= 0) {
                breaches++
                penalty += outcome
              }
            }
          }
          for (let k = 0; k < fastLast; k++) band += +(down > fastUpper[k]!)
        }
        if (breaches === 0) {
          indCredited += +(fastUnits[band]! > 0)
          indTotal += fastMinor[band]!
        } else {
          monthBreaches += breaches
          const units = this.withPenalty(this.fastRaw[band]!, penalty)
          indCredited += +(units > 0)
          indTotal += units > 0 ? this.minor(units) : 0
        }
      }
      const slot = trial * p.months + m
      indTotals[slot] = indTotal
      sums[IND_SUM] = sums[IND_SUM]! + indTotal
      sums[IND_CREDITED] = sums[IND_CREDITED]! + indCredited
      sums[INCIDENTS] = sums[INCIDENTS]! + incidents
      sums[BREACHES] = sums[BREACHES]! + monthBreaches
      if (indCredited > 0) sums[IND_ANY] = sums[IND_ANY]! + 1
      if (indTotal > sums[IND_WORST]!) {
        sums[IND_WORST] = indTotal
        sums[IND_WORST_SLOT] = slot
      }
      if (withCorrelated) {
        // No correlated event this month: the same figures.
        withTotals[slot] = indTotal
        sums[WITH_SUM] = sums[WITH_SUM]! + indTotal
        sums[WITH_CREDITED] = sums[WITH_CREDITED]! + indCredited
        if (indCredited > 0) sums[WITH_ANY] = sums[WITH_ANY]! + 1
        if (indTotal > sums[WITH_WORST]!) {
          sums[WITH_WORST] = indTotal
          sums[WITH_WORST_SLOT] = slot
        }
      }
    }
  }

  /**
   * Phase 2 and the monthly totals, for months `first` to `first + months − 1` of trial `trial`: the
   * client-months with independent incidents, whose stream-A outputs are in `hits` (month m's ending at
   * `ends[m]`), in order; then each month's totals, the clients without independent incidents adding the
   * credit of nothing, or of the correlated events alone.
   */
  months(trial: number, hits: Float64Array, ends: Int32Array, first: number, months: number, withCorrelated: boolean, hStart = 0): void {
    const p = this.p
    const B = this.B
    const cdf = p.cdf
    const monthMs = p.monthMs
    const gti = p.gti
    const law = p.duration
    const clients = p.clients
    const sums = this.sums
    // The plan's fields in local constants: the engine then keeps them in registers across the loop.
    const single = this.single
    const fast = this.fast
    const plain = this.plain
    const xLow = this.xLow
    const xHigh = this.xHigh
    const xUpper = this.xUpper
    const fastLast = this.fastLast
    const fastUpper = this.fastUpper
    const fastUnits = this.fastUnits
    const fastMinor = this.fastMinor
    const fastRaw = this.fastRaw
    const oneThreshold = this.oneThreshold
    const corrNs = this.corrN
    const corrDowns = this.corrDown
    const corrBreachesOf = this.corrBreaches
    const corrPenaltyOf = this.corrPenalty
    const indTotals = this.indTotals
    const withTotals = this.withTotals
    // The run's sums, in local variables for the call (written back at the end).
    let indSum = sums[IND_SUM]!
    let indAny = sums[IND_ANY]!
    let indCreditedAll = sums[IND_CREDITED]!
    let incidentsAll = sums[INCIDENTS]!
    let breachesAll = sums[BREACHES]!
    let indWorst = sums[IND_WORST]!
    let indWorstSlot = sums[IND_WORST_SLOT]!
    let withSum = sums[WITH_SUM]!
    let withAny = sums[WITH_ANY]!
    let withCreditedAll = sums[WITH_CREDITED]!
    let corrEvents = sums[CORR_EVENTS]!
    let corrBreachesAll = sums[CORR_BREACHES]!
    let withWorst = sums[WITH_WORST]!
    let withWorstSlot = sums[WITH_WORST_SLOT]!
    let h = hStart
    for (let m = first, last = first + months; m < last; m++) {
      const end = ends[m]!
      const corrN = withCorrelated ? corrNs[m]! : 0
      const corrDown = corrDowns[m]!
      let indTotal = 0
      let indCredited = 0
      let incidents = 0
      let allBreaches = 0
      let withTotal = 0
      let withCredited = 0
      const rest = clients - (end - h)
      for (; h < end; h++) {
        const xa = hits[h]!
        // One incident (the usual case) when x ≤ oneThreshold: the Poisson inversion's second step, on integers.
        const n = xa <= oneThreshold ? 1 : poissonFromUniform(cdf, (xa + 0.5) * TWO_POW_MINUS_32)
        let down = 0
        let breaches = 0
        let penalty = 0
        // Band decided from the duration's output x (one incident, inner x), or −1.
        let band = -1
        let x = 0
        if (n === 1 && single) {
          x = B.nextUint32()
          if (x >= xLow && x <= xHigh) {
            // The band: how many bounds x is above (they rise with k), counted without a branch.
            band = 0
            for (let k = 0; k < fastLast; k++) band += +(x > xUpper[k]!)
          } else down = plain ? durationOf(law, x, B) : this.counted(durationOf(law, x, B))
          if (gti !== null) {
            let outcome: number
            if (gti.metUpTo >= 0) {
              // gtiOutcome's first case, written out here: a met GTI is one comparison.
              const xr = B.nextUint32()
              outcome = xr <= gti.metUpTo && xr >= gti.responseLow ? -1 : gtiLate(gti, p.credit, xr, B)
            } else outcome = gtiOutcome(gti, p.credit, B)
            if (outcome >= 0) {
              breaches = 1
              penalty = outcome
            }
          }
        } else {
          for (let j = 0; j < n; j++) {
            down += plain ? drawDuration(law, B) : this.counted(drawDuration(law, B))
            if (gti !== null) {
              const outcome = gtiOutcome(gti, p.credit, B)
              if (outcome >= 0) {
                breaches++
                penalty += outcome
              }
            }
          }
        }
        incidents += n
        allBreaches += breaches
        let units: number
        let amount: number
        if (fast) {
          if (band < 0) {
            band = 0
            for (let k = 0; k < fastLast; k++) band += +(down > fastUpper[k]!)
          }
          if (breaches === 0) {
            units = fastUnits[band]!
            amount = fastMinor[band]!
          } else {
            units = this.withPenalty(fastRaw[band]!, penalty)
            amount = units > 0 ? this.minor(units) : 0
          }
        } else {
          units = creditUnits(p.credit, down > monthMs ? monthMs : down, breaches, penalty)
          amount = units > 0 ? this.minor(units) : 0
        }
        // Without a branch (amount is 0 when units is).
        indCredited += +(units > 0)
        indTotal += amount
        if (withCorrelated) {
          if (corrN > 0) {
            // The downtime was not needed so far if the band came from x: it is now.
            if (n === 1 && single && x >= xLow && x <= xHigh) down = plain ? durationOf(law, x, B) : this.counted(durationOf(law, x, B))
            const both = down + corrDown
            if (fast) {
              let k = 0
              for (let j = 0; j < fastLast; j++) k += +(both > fastUpper[j]!)
              if (breaches + corrBreachesOf[m]! === 0) {
                units = fastUnits[k]!
                amount = fastMinor[k]!
              } else {
                units = this.withPenalty(fastRaw[k]!, penalty + corrPenaltyOf[m]!)
                amount = units > 0 ? this.minor(units) : 0
              }
            } else {
              units = creditUnits(p.credit, both > monthMs ? monthMs : both, breaches + corrBreachesOf[m]!, penalty + corrPenaltyOf[m]!)
              amount = units > 0 ? this.minor(units) : 0
            }
          }
          withCredited += +(units > 0)
          withTotal += amount
        }
      }
      // The month's totals.
      const slot = trial * p.months + m
      if (this.baseUnits > 0) {
        indTotal += rest * this.baseMinor
        indCredited += rest
      }
      indTotals[slot] = indTotal
      indSum += indTotal
      if (indCredited > 0) indAny++
      indCreditedAll += indCredited
      incidentsAll += incidents
      breachesAll += allBreaches
      if (indTotal > indWorst) {
        indWorst = indTotal
        indWorstSlot = slot
      }
      if (withCorrelated) {
        const alone = corrN > 0 ? creditUnits(p.credit, corrDown, corrBreachesOf[m]!, corrPenaltyOf[m]!) : this.baseUnits
        if (alone > 0) {
          withTotal += rest * this.minor(alone)
          withCredited += rest
        }
        withTotals[slot] = withTotal
        withSum += withTotal
        if (withCredited > 0) withAny++
        withCreditedAll += withCredited
        corrEvents += corrN
        corrBreachesAll += corrBreachesOf[m]!
        if (withTotal > withWorst) {
          withWorst = withTotal
          withWorstSlot = slot
        }
      }
    }
    sums[IND_SUM] = indSum
    sums[IND_ANY] = indAny
    sums[IND_CREDITED] = indCreditedAll
    sums[INCIDENTS] = incidentsAll
    sums[BREACHES] = breachesAll
    sums[IND_WORST] = indWorst
    sums[IND_WORST_SLOT] = indWorstSlot
    sums[WITH_SUM] = withSum
    sums[WITH_ANY] = withAny
    sums[WITH_CREDITED] = withCreditedAll
    sums[CORR_EVENTS] = corrEvents
    sums[CORR_BREACHES] = corrBreachesAll
    sums[WITH_WORST] = withWorst
    sums[WITH_WORST_SLOT] = withWorstSlot
  }
}

/** What one variant accumulates: monthly totals, and counts summed over the whole run. */
interface Tally {
  readonly totals: Float64Array
  /** Exact sum of the monthly totals, minor units. */
  sum: bigint
  anyCreditMonths: number
  creditedClientMonths: number
  incidents: number
  gtiIncidents: number
  gtiBreaches: number
  /** Largest monthly total, and the first month (trial × months + month) it was seen. */
  worst: number
  worstSlot: number
}

function newTally(n: number): Tally {
  return { totals: new Float64Array(n), sum: 0n, anyCreditMonths: 0, creditedClientMonths: 0, incidents: 0, gtiIncidents: 0, gtiBreaches: 0, worst: -1, worstSlot: 0 }
}

/** Sums of whole numbers stay exact in a double below 2^53; past 2^52 they move to a BigInt. */
const PENDING_LIMIT = 2 ** 52

/**
 * The Monte Carlo proper. Three random streams per trial, each seeded from (seed, stream, trial):
 * A decides whether each client-month has independent incidents (one uniform each), B draws their
 * durations and GTI outcomes, C the correlated events. Both variants are computed in the same pass from
 * the same numbers (common random numbers): they differ only by what C adds.
 *
 * A trial runs in phases: the correlated events of its months (stream C); a tight loop over its
 * client-months drawing stream A and keeping the outputs of the few with an incident
 * ({@link scanClients}); those few worked out in order (stream B), and the monthly totals. Each stream is
 * read in the same order as a month-by-month loop would, so the phases change no result.
 */
function run(p: Plan, onProgress?: (done: number, total: number) => void): RunOutput {
  const { clients, months, trials, seed, cdf, corrCdf, gti } = p
  // u = (x + 0.5) / 2^32 ≤ e^-rate exactly when x ≤ threshold (both products by powers of two are exact).
  const threshold = Math.floor(cdf[0]! * 4_294_967_296 - 0.5)
  const hasIndependent = p.rate > 0
  const hasCorrelated = corrCdf !== null
  const ind = newTally(trials * months)
  const both = hasCorrelated ? newTally(trials * months) : null
  const work = new TrialWork(p, ind.totals, both ? both.totals : NO_TABLE)
  const { B, C, sums } = work
  const stateA = new Int32Array(4)
  const scratch = new Uint32Array(4)
  const chunkMonths = Math.max(1, Math.min(months, Math.floor(SCAN_CHUNK / clients)))
  const hits = new Float64Array(chunkMonths * clients + 1)
  const ends = new Int32Array(months)
  const typical = work.isTypical()
  let draws = 0
  for (let trial = 0; trial < trials; trial++) {
    streamState(seed, 0, trial, scratch)
    stateA.set(scratch)
    draws += B.draws + C.draws
    work.start(trial, scratch)
    if (hasCorrelated) work.correlated(corrCdf)
    // Phases 1 and 2 and the monthly totals, a chunk of whole months at a time.
    for (let first = 0; first < months; first += chunkMonths) {
      const span = Math.min(chunkMonths, months - first)
      if (hasIndependent) scanClients(stateA, first, span, clients, threshold, hits, ends)
      if (typical) work.monthsTypical(trial, hits, ends, first, span, hasCorrelated)
      else work.months(trial, hits, ends, first, span, hasCorrelated)
    }
    if (hasIndependent) draws += months * clients
    // Keep the money sums exact: past 2^52 minor units, move them to the BigInts.
    if (sums[IND_SUM]! > PENDING_LIMIT || sums[WITH_SUM]! > PENDING_LIMIT) {
      ind.sum += BigInt(sums[IND_SUM]!)
      sums[IND_SUM] = 0
      if (both) both.sum += BigInt(sums[WITH_SUM]!)
      sums[WITH_SUM] = 0
    }
    // Every 64 trials: often enough for a progress bar, rare enough to cost nothing.
    if (onProgress && (trial & 63) === 63) onProgress(trial + 1, trials)
  }
  onProgress?.(trials, trials)
  draws += B.draws + C.draws
  ind.sum += BigInt(sums[IND_SUM]!)
  ind.anyCreditMonths = sums[IND_ANY]!
  ind.creditedClientMonths = sums[IND_CREDITED]!
  ind.incidents = sums[INCIDENTS]!
  ind.worst = sums[IND_WORST]!
  ind.worstSlot = sums[IND_WORST_SLOT]!
  if (gti !== null) {
    ind.gtiIncidents = sums[INCIDENTS]!
    ind.gtiBreaches = sums[BREACHES]!
  }
  if (both) {
    both.sum += BigInt(sums[WITH_SUM]!)
    both.anyCreditMonths = sums[WITH_ANY]!
    both.creditedClientMonths = sums[WITH_CREDITED]!
    both.incidents = sums[INCIDENTS]! + sums[CORR_EVENTS]! * clients
    both.worst = sums[WITH_WORST]!
    both.worstSlot = sums[WITH_WORST_SLOT]!
    if (gti !== null) {
      both.gtiIncidents = sums[INCIDENTS]! + sums[CORR_EVENTS]!
      both.gtiBreaches = sums[BREACHES]! + sums[CORR_BREACHES]!
    }
  }
  return { independent: ind, withCorrelated: both, draws }
}

// ---------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------

function wilson(successes: number, n: number): ConfidenceInterval<number> {
  if (n === 0) return Object.freeze({ low: 0, high: 1 })
  const p = successes / n
  const z2 = Z95 * Z95
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  return Object.freeze({ low: Math.max(0, centre - half), high: Math.min(1, centre + half) })
}

/** Largest monthly total (minor units) whose distribution is counted in an array rather than sorted. */
const COUNTING_LIMIT = 1 << 20

/**
 * The k-th smallest monthly total (k from 1), for a few k: by counting when totals are small whole
 * numbers (the usual case: a few distinct credits), else by sorting the non-zero totals.
 */
function orderStatistics(totals: Float64Array, worst: number): (k: number) => number {
  const n = totals.length
  if (worst <= COUNTING_LIMIT) {
    const counts = new Uint32Array(worst + 1)
    for (let i = 0; i < n; i++) counts[totals[i]!]!++
    const cumulative = new Float64Array(worst + 1)
    let acc = 0
    for (let v = 0; v <= worst; v++) cumulative[v] = acc += counts[v]!
    return (k) => {
      // Least v with cumulative[v] ≥ k.
      let lo = 0
      let hi = worst
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (cumulative[mid]! >= k) hi = mid
        else lo = mid + 1
      }
      return lo
    }
  }
  let zeros = 0
  for (let i = 0; i < n; i++) if (totals[i] === 0) zeros++
  const rest = new Float64Array(n - zeros)
  for (let i = 0, j = 0; i < n; i++) if (totals[i] !== 0) rest[j++] = totals[i]!
  rest.sort()
  return (k) => (k <= zeros ? 0 : rest[k - zeros - 1]!)
}

function summarise(t: Tally, p: Plan, revenue: Decimal): SimulationFigures {
  const n = p.trials * p.months
  const minorFactor = new Decimal(10).pow(p.money.minorScale)
  const money = (minor: number) => new Decimal(minor).div(minorFactor)
  const percentOf = (amount: Decimal) => (revenue.isZero() ? new Decimal(0) : amount.div(revenue).times(100))
  const totals = t.totals
  const expected = new Decimal(t.sum.toString()).div(n).div(minorFactor)
  // Sample variance in two passes over the monthly totals (floating point: it only sizes the interval).
  const mean = Number(t.sum) / n
  let ss = 0
  for (let i = 0; i < n; i++) {
    const d = totals[i]! - mean
    ss += d * d
  }
  const half = n > 1 ? Z95 * Math.sqrt(ss / (n - 1) / n) : 0
  // Widened outwards to 4 decimals beyond the minor unit: a mean is finer than the money it averages.
  const places = p.money.minorScale + INTERVAL_EXTRA_DECIMALS
  const interval = Object.freeze({
    low: Decimal.max(0, new Decimal(mean - half).div(minorFactor).toDecimalPlaces(places, Decimal.ROUND_FLOOR)),
    high: new Decimal(mean + half).div(minorFactor).toDecimalPlaces(places, Decimal.ROUND_CEIL),
  })
  const worst = Math.max(0, t.worst)
  const worstTrial = Math.floor(t.worstSlot / p.months)
  const worstAmount = money(worst)
  const kth = orderStatistics(totals, worst)
  const quantile = (q: number): MonthlyQuantile => {
    const rank = Math.max(1, Math.ceil(q * n - 1e-9))
    const spread = Z95 * Math.sqrt(n * q * (1 - q))
    const lo = Math.min(n, Math.max(1, Math.floor(n * q - spread)))
    const hi = Math.min(n, Math.max(1, Math.ceil(n * q + spread)))
    const amount = money(kth(rank))
    return Object.freeze({ amount, percentOfRevenue: percentOf(amount), interval: Object.freeze({ low: money(kth(lo)), high: money(kth(hi)) }) })
  }
  const clientMonths = n * p.clients
  const gtiRate = p.gti !== null && t.gtiIncidents > 0 ? t.gtiBreaches / t.gtiIncidents : null
  return Object.freeze({
    expectedMonthlyCost: expected,
    expectedPercentOfRevenue: percentOf(expected),
    expectedMonthlyCostInterval: interval,
    p50: quantile(0.5),
    p95: quantile(0.95),
    p99: quantile(0.99),
    probabilityAnyCredit: t.anyCreditMonths / n,
    probabilityAnyCreditInterval: wilson(t.anyCreditMonths, n),
    creditedClientMonths: t.creditedClientMonths / clientMonths,
    worstMonth: Object.freeze({ amount: worstAmount, percentOfRevenue: percentOf(worstAmount), trial: worstTrial, month: t.worstSlot - worstTrial * p.months }),
    incidentsPerClientMonth: t.incidents / clientMonths,
    gtiIncidents: t.gtiIncidents,
    gtiBreachRate: gtiRate,
    gtiBreachRateInterval: gtiRate === null ? null : wilson(t.gtiBreaches, t.gtiIncidents),
  })
}

// ---------------------------------------------------------------------------------------------------
// The public function
// ---------------------------------------------------------------------------------------------------

/**
 * A seeded, reproducible Monte Carlo of what an offer's service credits cost its provider: `trials` runs of
 * `months` months for `clients` clients, each with one element, under an incident model. It answers "how
 * much will the credits cost, in a normal month and in a bad one?" and shows whether the thread's claim
 * holds — that risk is smoothed when every client has its own VPS (independent incidents) and is not when
 * one incident hits everyone at once (correlated events).
 *
 * **Modelling choices** (each an approximation, stated so that the figures can be read rightly):
 *
 * - *Months.* Every month has the same length (`month` option, default 30 days), so each band of the
 *   commitment becomes one exact integer downtime threshold, computed once by `downtimeBudget` (with the
 *   commitment's rounding of availability, if any). Months are independent of each other and of the trial.
 * - *Incidents.* Each client has one element. Per client-month, the number of independent incidents is
 *   Poisson of mean `rate`, drawn by inversion from a single uniform (a month without incident costs one
 *   uniform and one comparison). Correlated events are Poisson of mean `correlated.rate` per month and
 *   hit every client. Every simulated incident is an unplanned outage: it counts with the commitment's
 *   outage weight, subject to its minimum outage; `minute-up` / `minute-down` granularity rounds each
 *   duration up / down to whole minutes (clock alignment is not modelled).
 * - *Downtime.* A client's downtime in a month is the plain sum of its incidents' durations (independent
 *   and correlated), capped at the month: overlapping incidents are not merged, and an incident counts
 *   whole in the month it starts in. Both make the downtime of a bad month slightly larger than a
 *   statement would measure: a conservative approximation.
 * - *Credits.* Per client-month: the band of each tiered model (by comparison with the thresholds),
 *   per-duration and pro-rata models from the downtime, each model's cap, GTI penalties combined as the
 *   commitment says (`add` or `larger`, the penalty cap per month), then the overall cap — as `creditFor`
 *   does. Percentages are whole numbers of units of 10^-k % (k the most decimals any percentage of the
 *   commitment has), so each credit, rounded once to the minor unit as `creditFor` rounds it, and every
 *   monthly total, is an exact whole number of minor units; only pro-rata percentages, which follow a
 *   continuous draw, are rounded to the minor unit in floating point. Decimal appears only at the end.
 * - *GTI.* Each incident (a correlated event is one incident, one intervention) is reported when it starts:
 *   outside the team's hours with probability `outsideBusinessHours`, at an instant uniform over the
 *   outside-hours time of a reference year; it then waits for the team's next opening, and that wait counts
 *   against the GTI as far as the GTI's own calendar runs during it (all of it for a 24/7 GTI, none of it
 *   when the GTI runs on the team's hours). The team then intervenes after a `response` draw, which counts
 *   in full (the response is taken to fit in the working day). The GTI is breached when wait + response
 *   exceeds the guaranteed time; lateness for per-late penalties is the excess, whatever the penalty's
 *   clock. The waiting times come from the calendar once, before the loop. A GTR is not simulated.
 * - *Random numbers.* xoshiro128** on 32-bit integers, three streams per trial seeded from (seed, stream,
 *   trial): A for whether a client-month has incidents, B for their durations and GTI outcomes, C for the
 *   correlated events. Exponential and log-normal durations are drawn by inversion of one 32-bit output
 *   through a table of the quantile function (4096 steps, cubic Hermite interpolation with the exact
 *   derivatives: relative error below 10^-5 for σ ≤ 5), and exactly in the outer 1/256 at each end
 *   (closed form for the exponential, Marsaglia's normal-tail method for the log-normal); empirical
 *   durations by a uniform pick in the sorted list. The generator and the interpolation are integer and
 *   IEEE arithmetic, the same on every machine; the tables are computed once with `Math.exp` and
 *   `Math.log`, which V8 computes in software, identically on every platform (another engine could differ
 *   in a last bit, which would move a result only if a drawn downtime landed within that bit of a band
 *   threshold).
 * - *Speed.* The loop works on numbers and typed arrays only: no Decimal, no Date. A client-month without
 *   incident costs one generator step and one integer comparison, in a loop over the client-months written
 *   out four at a time and free of branches. For a client-month with one incident and a single band table,
 *   the band comes from comparing the duration's 32-bit output with bounds found once by bisection (the
 *   duration, non-decreasing in that output, is computed only when a correlated event must be added to
 *   it), and a met GTI from one more comparison. These shortcuts give the results of the plain
 *   computation (tests check it).
 * - *Estimates.* Figures are over the `trials × months` simulated months. `expectedMonthlyCost` comes with
 *   a 95 % normal interval, the quantiles with a distribution-free one, the probabilities with Wilson
 *   intervals. A run of 2n trials begins with the n trials of a run of n with the same seed, so doubling
 *   `trials` moves an estimate within its interval (most of the time: 95 % is not 100 %).
 *
 * @example
 * const result = simulate({
 *   offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '10', currency: 'EUR' }),
 *   clients: 40, months: 12, trials: 2000, seed: 42,
 *   incidents: {
 *     rate: 0.1,                                                     // per VPS per month
 *     duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 },
 *     correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT6H' } },
 *   },
 * })
 * result.expectedMonthlyCost.toFixed(2)             // mean monthly credits, EUR, of 400 EUR revenue
 * result.p99.percentOfRevenue.toFixed(1)            // one month in a hundred, in % of revenue
 * result.independentOnly.p99.percentOfRevenue.toFixed(1) // the same without correlated events: smoothed
 * @throws InputError listing every problem with its path, e.g. `incidents.duration.sigma: must be a number from 0 to 10 (got -1)`.
 */
export function simulate(options: SimulateOptions): SimulationResult {
  const issues = new IssueList()
  if (!isObject(options)) {
    issues.add('', `must be simulation options { offer, clients, incidents, … } (got ${describe(options)})`)
    issues.throwIfAny('Cannot simulate')
  }
  const o = options as unknown as Record<string, unknown>
  unknownKeys(o, OPTION_KEYS, '', issues, 'a simulation option')
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') issues.add('onProgress', `must be a function (got ${describe(o.onProgress)})`)
  let offer: Offer | undefined
  try {
    offer = compileOffer(o.offer as OfferInput, 'offer')
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    issues.issues.push(...error.issues)
  }
  const c = offer?.commitment
  const clients = readWhole(o.clients, undefined, 1, MAX_CLIENTS, 'clients', issues)
  const months = readWhole(o.months, DEFAULT_MONTHS, 1, MAX_MONTHS, 'months', issues)
  const trials = readWhole(o.trials, DEFAULT_TRIALS, 1, MAX_TRIALS, 'trials', issues)
  const seed = readWhole(o.seed, DEFAULT_SEED, 0, Number.MAX_SAFE_INTEGER, 'seed', issues)
  if (months !== undefined && trials !== undefined && months * trials > MAX_SAMPLES)
    issues.add('trials', `× months must be at most ${MAX_SAMPLES.toLocaleString('en-US')} simulated months (got ${trials} × ${months}): every monthly total is kept for the quantiles`)
  const rounding = readRounding(o.rounding, 'rounding', issues)
  const month = readMonth(o.month, 'month', issues)

  let service: Offer['services'][number] | undefined
  if (offer) {
    if (o.service === undefined) service = offer.services[0]
    else {
      service = offer.services.find((s) => s.id === o.service)
      if (!service) issues.add('service', `is not a service of the offer (got ${describe(o.service)}; known: ${offer.services.map((s) => s.id).join(', ')})`)
    }
  }

  // The incident model.
  let rate: number | undefined
  let duration: DurationSampler | undefined
  let outside: number | undefined
  let corrRate: number | undefined
  let corrDuration: DurationSampler | undefined
  const inc = o.incidents
  if (!isObject(inc)) issues.add('incidents', `must be an incident model { rate, duration, outsideBusinessHours?, correlated? } (got ${describe(inc)})`)
  else {
    unknownKeys(inc, INCIDENT_KEYS, 'incidents', issues, 'an option of the incident model')
    rate = readRate(inc.rate, 'incidents.rate', issues)
    duration = readDurationModel(inc.duration, 'incidents.duration', issues, c)
    if (inc.outsideBusinessHours !== undefined) outside = readShare(inc.outsideBusinessHours, 'incidents.outsideBusinessHours', issues)
    const corr = inc.correlated
    if (corr !== undefined) {
      if (!isObject(corr)) issues.add('incidents.correlated', `must be { rate, duration? } (got ${describe(corr)})`)
      else {
        unknownKeys(corr, CORRELATED_KEYS, 'incidents.correlated', issues, 'an option of correlated events')
        corrRate = readRate(corr.rate, 'incidents.correlated.rate', issues)
        corrDuration = corr.duration === undefined ? duration : readDurationModel(corr.duration, 'incidents.correlated.duration', issues, c)
      }
    }
  }

  // The team, for the GTI.
  const notes: string[] = []
  const iv = o.intervention
  let response: DurationSampler | undefined = exponentialSampler(HOUR, 'exponential, mean 1 h (default)')
  let teamHours: BusinessCalendar | undefined
  let year: number | undefined = month?.year ?? DEFAULT_YEAR
  if (iv !== undefined) {
    if (!isObject(iv)) issues.add('intervention', `must be { response?, hours?, year? } (got ${describe(iv)})`)
    else {
      unknownKeys(iv, INTERVENTION_KEYS, 'intervention', issues, 'an option of the intervention model')
      if (iv.response !== undefined) response = readDurationModel(iv.response, 'intervention.response', issues, c)
      if (iv.hours !== undefined) teamHours = readBusinessCalendar(iv.hours, 'intervention.hours', issues)
      if (iv.year !== undefined) year = readWhole(iv.year, undefined, 1971, 9998, 'intervention.year', issues)
    }
  }
  issues.throwIfAny('Cannot simulate')

  const commitment = c!
  const fee = service!.fee
  const monthMs = month!.ms
  const minorScale = currencyScale(fee.currency) ?? 2
  const credit = compileCredit(commitment, monthMs)
  const maxMinor = fee.amount
    .times(Decimal.max(commitment.cap, 0))
    .div(100)
    .times(new Decimal(10).pow(minorScale))
    .ceil()
  if (maxMinor.times(clients!).times(months!).gt(Number.MAX_SAFE_INTEGER)) {
    issues.add('clients', `× months × the largest credit (${maxMinor} minor units) exceeds 2^53: sums of credits would not be exact`)
    issues.throwIfAny('Cannot simulate')
  }

  // GTI.
  let gti: GtiPlan | null = null
  const g: Guarantee | undefined = commitment.gti
  if (g && !g.impacts.includes('outage')) notes.push(`The GTI covers ${g.impacts.join(', ')} only, not outages: it is not simulated.`)
  else if (g) {
    const team = teamHours ?? (g.calendar.kind === 'hours' ? g.calendar : offer!.organisation?.onCall ? ALWAYS : defaultTeamHours(commitment.timeZone))
    let table: ReturnType<typeof waitingTable>
    try {
      table = waitingTable(team, g.calendar, year!)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      issues.add(teamHours ? 'intervention.hours' : 'offer.commitment.gti.calendar', error.issues.map((i) => i.message).join('; '))
      issues.throwIfAny('Cannot simulate')
      throw error
    }
    const yearMs = Date.UTC(year! + 1, 0, 1) - Date.UTC(year!, 0, 1)
    const share = outside ?? table.totalOutside / yearMs
    const r = response!
    const quick = !table.waits && r.kind !== 0 && (r.kind === 3 || monotone(r.quantiles))
    const responseLow = r.kind === 3 ? 0 : INNER_LOW
    const responseHigh = r.kind === 3 ? 0xffffffff : INNER_HIGH
    const probe = new Xoshiro128([1, 0, 0, 0])
    const metUpTo = quick ? largestAtMost((x) => durationOf(r, x, probe), g.withinMs, responseLow, responseHigh) : -1
    gti = Object.freeze({ ...table, withinMs: g.withinMs, outsideShare: share, response: r, metUpTo, responseLow })
    notes.push(
      `GTI ${g.within} on ${g.calendar.label}: team hours ${team.label}${teamHours ? '' : ' (default)'}; ` +
        `${(share * 100).toFixed(1)} % of incidents reported outside them` +
        `${outside === undefined ? ' (the share of the year they leave uncovered)' : ''}, waiting for the next opening; response ${response!.text}.`,
    )
    if (team.kind === '24/7' && outside !== undefined && outside > 0) notes.push('The team works round the clock: incidents reported "outside business hours" do not wait.')
  }
  if (commitment.minimumCredit)
    notes.push(`The minimum credit (${commitment.minimumCredit.amount.toString()} ${commitment.minimumCredit.currency}) is not applied: simulated credits may include amounts the contract does not pay.`)
  if (commitment.gtr) notes.push(`The GTR (${commitment.gtr.within}) is not simulated: restoration times are not modelled apart from incident durations.`)
  if (commitment.credit.length === 0 && !gti) notes.push('The offer gives no availability credit and no simulated guarantee: every figure is zero.')
  notes.push(
    `Month of ${humanDuration(monthMs)} (${month!.label}); incidents: ${rate} per client per month, ${duration!.text}` +
      (corrRate !== undefined ? `; correlated events: ${corrRate} per month, ${corrDuration!.text}.` : '; no correlated events.'),
  )

  const weights = commitment.measurement
  const plan: Plan = {
    clients: clients!,
    months: months!,
    trials: trials!,
    seed: seed!,
    monthMs,
    rate: rate!,
    cdf: poissonTable(rate!),
    duration: duration!,
    corrCdf: corrRate === undefined ? null : poissonTable(corrRate),
    corrDuration: corrDuration ?? duration!,
    weight: weights.weightUnits[0] / weights.weightScale,
    minimumMs: weights.minimumOutageMs,
    granularity: weights.granularity === 'minute-up' ? 1 : weights.granularity === 'minute-down' ? 2 : 0,
    credit,
    gti,
    money: {
      fee: fee.amount,
      currency: fee.currency,
      minorScale,
      rounding: rounding!,
      feeMinor: fee.amount.times(new Decimal(10).pow(minorScale)).toNumber(),
      unitScale: credit.scale,
    },
  }
  const out = run(plan, typeof o.onProgress === 'function' ? (o.onProgress as (d: number, t: number) => void) : undefined)
  const revenue = fee.amount.times(clients!)
  const independentOnly = summarise(out.independent, plan, revenue)
  const withCorrelated = out.withCorrelated ? summarise(out.withCorrelated, plan, revenue) : null
  const headline = withCorrelated ?? independentOnly
  return Object.freeze({
    ...headline,
    offer: Object.freeze({ id: offer!.id, name: offer!.name }),
    service: service!.id,
    currency: fee.currency,
    fee: fee.amount,
    clients: clients!,
    months: months!,
    trials: trials!,
    seed: seed!,
    monthMs,
    revenuePerMonth: revenue,
    outsideBusinessHours: gti ? gti.outsideShare : null,
    independentOnly,
    withCorrelated,
    draws: out.draws,
    notes: Object.freeze(notes),
  })
}
