import { Decimal, readDecimal, type ScaledDecimal, toScaled } from '../decimal.js'
import { InputError, IssueList, joinPath, safely, type SafeResult } from '../errors.js'
import { checkBySchema } from '../schema/common.js'
import {
  type Cause,
  CAUSES,
  type CommitmentInput,
  commitmentSchema,
  type CreditModelInput,
  type GuaranteeInput,
  type Impact,
  IMPACTS,
  type Source,
} from '../schema/commitment.js'
import { formatDuration, readDuration } from '../time/duration.js'
import { type BusinessCalendar, readBusinessCalendar } from '../time/calendar.js'
import { readTimeZone } from '../time/zone.js'
import { type RoundingMode } from './rounding.js'
import { type DueRule, type GuaranteeTarget, readGuaranteeDesk, readTarget, type UpdateTarget } from './service-desk.js'
import { readTiers, type Tier } from './tiers.js'
import { readServiceWindow, type ServiceWindowRules } from './window.js'

/** Measurement rules of a commitment, with every default filled in. */
export interface MeasurementRules {
  /** Share of each impact's time that counts as downtime, from 0 to 1. */
  readonly weights: Readonly<Record<Impact, Decimal>>
  /** Causes whose time is excluded from downtime. */
  readonly excludedCauses: readonly Cause[]
  /** Excluded time counts as available (`as-available`) or leaves the period (`out-of-period`). */
  readonly exclusions: 'as-available' | 'out-of-period'
  /** Incidents shorter than this many milliseconds do not count. */
  readonly minimumOutageMs: number
  /** Whether and how incidents are aligned to clock minutes before they are measured. */
  readonly granularity: 'none' | 'minute-up' | 'minute-down'
  /** Rounding of the availability percentage before it is reported and compared with bands; absent: exact. */
  readonly rounding?: { readonly decimals: number; readonly mode: RoundingMode }
  /** Service hours, maintenance windows and in-service rule: absent, the whole period is measured. */
  readonly window?: ServiceWindowRules
  /** @internal weights as integers over `weightScale`, for exact integer sums in the sweep */
  readonly weightUnits: readonly [outage: number, partial: number, degraded: number]
  /** @internal */
  readonly weightScale: number
}

/** A credit model, validated. */
export type CreditModel =
  | { readonly type: 'tiers'; readonly tiers: readonly Tier[] }
  | {
      readonly type: 'per-duration'
      readonly percent: Decimal
      readonly perMs: number
      readonly per: string
      readonly count: 'started' | 'full'
      readonly beyond?: Decimal
      /** @internal `beyond` as an exact integer fraction, for comparisons with the measured availability */
      readonly beyondScaled?: ScaledDecimal
      /** Downtime allowed in each period before any credit, in milliseconds, when the contract states a duration. */
      readonly allowanceMs?: number
      /** Once the allowance (`beyond` or `allowanceMs`) is exceeded: count only the excess, or all the downtime. */
      readonly onceExceeded: 'excess' | 'all'
      readonly cap?: Decimal
    }
  | {
      readonly type: 'pro-rata'
      readonly multiplier: Decimal
      /** Availability target: the credit is due only below it. Absent: always. */
      readonly below?: Decimal
      /** @internal `below` as an exact integer fraction, for comparisons with the measured availability */
      readonly belowScaled?: ScaledDecimal
      readonly cap?: Decimal
    }
  | HourlyWaiver

/**
 * A share of the fee for each clock hour with more than `moreThanMs` of downtime: the hour's part of the
 * period's fee, times `share`. AWS EC2 does not charge an instance for a clock hour with more than six
 * minutes of it unavailable.
 */
export interface HourlyWaiver {
  readonly type: 'hourly-waiver'
  /** An hour counts when its downtime is strictly more than this, in milliseconds. */
  readonly moreThanMs: number
  /** The same as written, e.g. `PT6M`. */
  readonly moreThan: string
  /** Share of the hour's part of the fee, from 0 to 1. */
  readonly share: Decimal
  /** IANA time zone whose clock hours count. */
  readonly timeZone: string
  /** The other models' percentages are added (`add`), or apply to the fee left once the hours are credited (`on-remainder`). */
  readonly others: 'add' | 'on-remainder'
  /** Given without a claim: the minimum credit applies to the rest of the credit only. */
  readonly automatic: boolean
}

/** A GTI or GTR, validated. */
export interface Guarantee {
  readonly kind: 'gti' | 'gtr'
  /** The guaranteed time in milliseconds of covered time. */
  readonly withinMs: number
  /** The guaranteed time as written, e.g. `PT4H`. */
  readonly within: string
  /** When the clock runs. */
  readonly calendar: BusinessCalendar
  readonly clockStartsAt: 'reported' | 'detected' | 'first'
  /** Impacts the guarantee covers. */
  readonly impacts: readonly Impact[]
  readonly penalty: {
    readonly perBreach?: Decimal
    readonly perLate?: {
      readonly percent: Decimal
      readonly perMs: number
      readonly per: string
      readonly clock: 'business' | 'wall-clock'
      readonly count: 'started' | 'full'
    }
    readonly cap?: Decimal
  }
  // Service-desk fields (see service-desk.ts): absent when the guarantee does not use them.
  /** Set when the deadline is counted in business days rather than covered time. */
  readonly due?: DueRule
  /** Statuses and waiting reasons that stop the clock. */
  readonly pauseOn?: readonly string[]
  /** Targets per priority; an incident of another priority, or of none, takes the guarantee's own. */
  readonly byPriority?: Readonly<Record<string, GuaranteeTarget>>
  /** The update clock's target: the longest an open incident may go without an update. */
  readonly update?: UpdateTarget
}

const COMPILED = Symbol.for('matou.commitment')

/** A validated commitment: what {@link parseCommitment} returns and every function accepts. */
export interface Commitment {
  readonly [COMPILED]: true
  readonly id?: string
  readonly name?: string
  readonly description?: string
  /** IANA time zone of the commitment's calendar months. */
  readonly timeZone: string
  readonly measurement: MeasurementRules
  /** Credit models, whose percentages add up before the cap. */
  readonly credit: readonly CreditModel[]
  /** Garantie de temps d'intervention, if the commitment gives one. */
  readonly gti?: Guarantee
  /** Garantie de temps de rétablissement, if the commitment gives one. */
  readonly gtr?: Guarantee
  /** How guarantee penalties combine with the availability credit, before the cap. */
  readonly combine: 'add' | 'larger'
  /** Most the total credit can reach, in percent of the fee. */
  readonly cap: Decimal
  /** The contract says the credit is the only compensation. */
  readonly soleRemedy: boolean
  /** A credit whose rounded amount is smaller than this is not paid. */
  readonly minimumCredit?: { readonly amount: Decimal; readonly currency: string }
  /** What the credit is a share of: the affected resource's fee, or the whole service's. Absent: not stated. */
  readonly creditBase?: 'affected' | 'service'
  /** How a credit is claimed, as data for reports; nothing here checks that a claim was made. */
  readonly claim?: { readonly window?: string; readonly days?: number; readonly procedure?: string; readonly automatic?: boolean }
  readonly source?: Source
  /** The commitment as it was written. */
  readonly input: CommitmentInput
}

/** A commitment as written, or one already validated. */
export type CommitmentLike = CommitmentInput | Commitment

const DEFAULT_EXCLUDED: readonly Cause[] = ['maintenance', 'customer', 'force-majeure']
const MAX_WEIGHT_DECIMALS = 4
const HOUR_MS = 3_600_000
// Compiled commitments, by the object they were read from: only for objects that cannot change (frozen
// all the way down, as the presets are). A plain object may be edited between two calls, and must then
// give the edited result, not the one remembered for its identity.
const cache = new WeakMap<object, Commitment>()

function isDeeplyFrozen(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return true
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a commitment that passed the schema nests a few levels, never 32; the bound is a guard
  if (!Object.isFrozen(value) || depth > 32) return false
  // Stryker disable next-line ArithmeticOperator: the depth only meets its bound of 32, which a valid commitment never reaches
  for (const v of Object.values(value)) if (!isDeeplyFrozen(v, depth + 1)) return false
  return true
}

function readWeight(value: unknown, fallback: string, path: string, issues: IssueList): Decimal {
  const d = value === undefined ? new Decimal(fallback) : readDecimal(value, path, issues)
  if (!d) return new Decimal(0)
  if (d.lt(0) || d.gt(1)) issues.add(path, `must be from 0 to 1 (got ${String(value)})`, 'weight', { got: String(value) })
  else if (d.decimalPlaces() > MAX_WEIGHT_DECIMALS) issues.add(path, `may have at most ${MAX_WEIGHT_DECIMALS} decimals (got ${String(value)})`, 'weight-decimals', { max: MAX_WEIGHT_DECIMALS, got: String(value) })
  return d
}

function readPercent(value: unknown, path: string, issues: IssueList): Decimal | undefined {
  const d = readDecimal(value, path, issues)
  if (d && d.lt(0)) {
    issues.add(path, `must not be negative (got ${String(value)})`, 'not-negative', { got: String(value) })
    return undefined
  }
  return d
}

function readAvailabilityTarget(value: unknown, path: string, issues: IssueList): Decimal | undefined {
  const d = readDecimal(value, path, issues)
  if (d && (d.lt(0) || d.gt(100))) {
    issues.add(path, `must be a percentage from 0 to 100 (got ${String(value)})`, 'percentage', { got: String(value) })
    return undefined
  }
  return d
}

// The currency is checked by its shape only: the list of ISO 4217 codes belongs to credits/, further down.
function readMinimumCredit(value: { amount: unknown; currency: string }, path: string, issues: IssueList): Commitment['minimumCredit'] {
  const amount = readPercent(value.amount, joinPath(path, 'amount'), issues)
  const currency = value.currency.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(currency)) issues.add(joinPath(path, 'currency'), `must be an ISO 4217 code such as "USD" (got ${JSON.stringify(value.currency)})`, 'currency-code', { got: JSON.stringify(value.currency) })
  return amount && Object.freeze({ amount, currency })
}

function compileModel(model: CreditModelInput, path: string, issues: IssueList): CreditModel | undefined {
  switch (model.type) {
    case 'tiers': {
      const tiers = readTiers(model.tiers, joinPath(path, 'tiers'), issues)
      return tiers && { type: 'tiers', tiers }
    }
    case 'per-duration': {
      const percent = readPercent(model.percent, joinPath(path, 'percent'), issues)
      const perMs = readDuration(model.per, joinPath(path, 'per'), issues)
      if (perMs === 0) issues.add(joinPath(path, 'per'), 'must be longer than zero', 'zero-duration')
      const beyond = model.beyond === undefined ? undefined : readAvailabilityTarget(model.beyond, joinPath(path, 'beyond'), issues)
      const allowanceMs = model.allowance === undefined ? undefined : readDuration(model.allowance, joinPath(path, 'allowance'), issues)
      if (model.beyond !== undefined && model.allowance !== undefined)
        issues.add(joinPath(path, 'allowance'), 'cannot be given with beyond: the allowance is either a duration or what an availability target allows', 'allowance-with-beyond')
      if (model.onceExceeded !== undefined && model.beyond === undefined && model.allowance === undefined)
        issues.add(joinPath(path, 'onceExceeded'), 'needs beyond or allowance: there is no allowance to exceed', 'once-exceeded-alone')
      const cap = model.cap === undefined ? undefined : readPercent(model.cap, joinPath(path, 'cap'), issues)
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a missing percent or unit has added an issue, and the commitment is thrown away with it
      if (!percent || !perMs) return undefined
      return {
        type: 'per-duration',
        percent,
        perMs,
        per: typeof model.per === 'string' ? model.per : formatDuration(perMs),
        count: model.count ?? 'started',
        ...(beyond && { beyond, beyondScaled: toScaled(beyond) }),
        ...(allowanceMs !== undefined && { allowanceMs }),
        onceExceeded: model.onceExceeded ?? 'excess',
        ...(cap && { cap }),
      }
    }
    case 'pro-rata': {
      const multiplier = model.multiplier === undefined ? new Decimal(1) : readPercent(model.multiplier, joinPath(path, 'multiplier'), issues)
      const below = model.below === undefined ? undefined : readAvailabilityTarget(model.below, joinPath(path, 'below'), issues)
      const cap = model.cap === undefined ? undefined : readPercent(model.cap, joinPath(path, 'cap'), issues)
      return multiplier && { type: 'pro-rata', multiplier, ...(below && { below, belowScaled: toScaled(below) }), ...(cap && { cap }) }
    }
    case 'hourly-waiver': {
      const moreThanMs = readDuration(model.moreThan, joinPath(path, 'moreThan'), issues)
      const share = model.share === undefined ? new Decimal(1) : readPercent(model.share, joinPath(path, 'share'), issues)
      if (share && share.gt(1)) issues.add(joinPath(path, 'share'), `must be from 0 to 1 (got ${String(model.share)})`, 'weight', { got: String(model.share) })
      // An hour holds no more than an hour of downtime: from PT1H on, no hour would ever count.
      if (moreThanMs !== undefined && moreThanMs >= HOUR_MS)
        issues.add(joinPath(path, 'moreThan'), `must be shorter than one hour (got ${String(model.moreThan)})`, 'hour-or-more', { got: String(model.moreThan) })
      const timeZone = readTimeZone(model.timeZone ?? 'UTC', joinPath(path, 'timeZone'), issues)
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a missing duration, share or zone has added an issue, and the commitment is thrown away with it
      if (moreThanMs === undefined || !share || !timeZone) return undefined
      return {
        type: 'hourly-waiver',
        moreThanMs,
        moreThan: typeof model.moreThan === 'string' ? model.moreThan : formatDuration(moreThanMs),
        share,
        timeZone,
        others: model.others ?? 'add',
        automatic: model.automatic ?? false,
      }
    }
  }
}

function compileGuarantee(kind: 'gti' | 'gtr', g: GuaranteeInput, path: string, issues: IssueList): Guarantee | undefined {
  // Service-desk fields: the target may be a due rule, and priorities may have their own (service-desk.ts).
  const calendar = readBusinessCalendar(g.calendar ?? '24/7', joinPath(path, 'calendar'), issues)
  const target = readTarget({ within: g.within, due: g.due }, calendar, path, issues)
  const desk = readGuaranteeDesk(g, calendar, path, issues)
  const pp = joinPath(path, 'penalty')
  const perBreach = g.penalty?.perBreach === undefined ? undefined : readPercent(g.penalty.perBreach, joinPath(pp, 'perBreach'), issues)
  const cap = g.penalty?.cap === undefined ? undefined : readPercent(g.penalty.cap, joinPath(pp, 'cap'), issues)
  let perLate: NonNullable<Guarantee['penalty']['perLate']> | undefined
  const late = g.penalty?.perLate
  if (late) {
    const lp = joinPath(pp, 'perLate')
    const percent = readPercent(late.percent, joinPath(lp, 'percent'), issues)
    const perMs = readDuration(late.per ?? 'PT1H', joinPath(lp, 'per'), issues)
    if (perMs === 0) issues.add(joinPath(lp, 'per'), 'must be longer than zero', 'zero-duration')
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a missing percent or unit has added an issue, and the commitment is thrown away with it
    if (percent && perMs)
      perLate = {
        percent,
        perMs,
        per: typeof late.per === 'string' ? late.per : formatDuration(perMs),
        clock: late.clock ?? 'business',
        count: late.count ?? 'started',
      }
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a missing target or calendar has added an issue, and the commitment is thrown away with it
  if (!target || !calendar) return undefined
  return Object.freeze({
    kind,
    withinMs: target.withinMs,
    within: target.within,
    calendar,
    ...(target.due && { due: target.due }),
    ...(desk.pauseOn.length > 0 && { pauseOn: desk.pauseOn }),
    ...(desk.byPriority && { byPriority: desk.byPriority }),
    ...(desk.update && { update: desk.update }),
    clockStartsAt: g.clockStartsAt ?? 'reported',
    impacts: Object.freeze(IMPACTS.filter((i) => (g.impacts ?? IMPACTS).includes(i))),
    penalty: Object.freeze({ ...(perBreach && { perBreach }), ...(perLate && { perLate }), ...(cap && { cap }) }),
  })
}

function compile(input: unknown, path: string): Commitment {
  // Every field of a commitment is optional, so the schema alone would take a Date, a Map or a class
  // instance for an empty commitment (or an empty `measurement`): the check refuses those too.
  const checked = checkBySchema(commitmentSchema, input, path)
  if (!checked.ok) throw new InputError(checked.issues, 'Invalid commitment')
  const c = checked.data
  const issues = new IssueList()
  const timeZone = readTimeZone(c.timeZone ?? 'UTC', joinPath(path, 'timeZone'), issues) ?? 'UTC'
  const m = c.measurement ?? {}
  const wPath = joinPath(joinPath(path, 'measurement'), 'weights')
  const weights = {
    outage: readWeight(m.weights?.outage, '1', joinPath(wPath, 'outage'), issues),
    partial: readWeight(m.weights?.partial, '1', joinPath(wPath, 'partial'), issues),
    degraded: readWeight(m.weights?.degraded, '0', joinPath(wPath, 'degraded'), issues),
  }
  const places = Math.max(weights.outage.decimalPlaces(), weights.partial.decimalPlaces(), weights.degraded.decimalPlaces())
  const weightScale = 10 ** Math.min(places, MAX_WEIGHT_DECIMALS)
  const units = (d: Decimal) => d.times(weightScale).toNumber()
  const minimumOutageMs =
    m.minimumOutage === undefined ? 0 : (readDuration(m.minimumOutage, joinPath(joinPath(path, 'measurement'), 'minimumOutage'), issues) ?? 0)
  const window = m.window === undefined ? undefined : readServiceWindow(m.window, timeZone, joinPath(joinPath(path, 'measurement'), 'window'), issues)
  const models = c.credit === undefined ? [] : Array.isArray(c.credit) ? c.credit : [c.credit]
  const credit: CreditModel[] = []
  models.forEach((model, i) => {
    const compiled = compileModel(model, Array.isArray(c.credit) ? joinPath(joinPath(path, 'credit'), i) : joinPath(path, 'credit'), issues)
    // Stryker disable next-line ConditionalExpression: a model that did not compile has added an issue, and the commitment is thrown away with it
    if (compiled) credit.push(compiled)
  })
  const cap = c.cap === undefined ? new Decimal(100) : readPercent(c.cap, joinPath(path, 'cap'), issues)
  const gti = c.gti === undefined ? undefined : compileGuarantee('gti', c.gti, joinPath(path, 'gti'), issues)
  const gtr = c.gtr === undefined ? undefined : compileGuarantee('gtr', c.gtr, joinPath(path, 'gtr'), issues)
  const minimumCredit = c.minimumCredit === undefined ? undefined : readMinimumCredit(c.minimumCredit, joinPath(path, 'minimumCredit'), issues)
  const { cap: capChecked } = issues.checked({ cap }, 'Invalid commitment')
  const excluded = m.excludedCauses ?? DEFAULT_EXCLUDED
  return Object.freeze({
    [COMPILED]: true as const,
    ...(c.id !== undefined && { id: c.id }),
    ...(c.name !== undefined && { name: c.name }),
    ...(c.description !== undefined && { description: c.description }),
    timeZone,
    measurement: Object.freeze({
      weights: Object.freeze(weights),
      excludedCauses: Object.freeze(CAUSES.filter((cause) => excluded.includes(cause))),
      exclusions: m.exclusions ?? 'as-available',
      minimumOutageMs,
      granularity: m.granularity ?? 'none',
      ...(m.rounding && { rounding: Object.freeze({ decimals: m.rounding.decimals, mode: m.rounding.mode ?? 'half-up' }) }),
      ...(window && { window }),
      weightUnits: [units(weights.outage), units(weights.partial), units(weights.degraded)] as const,
      weightScale,
    }),
    credit: Object.freeze(credit),
    ...(gti && { gti }),
    ...(gtr && { gtr }),
    combine: c.combine ?? 'add',
    cap: capChecked,
    soleRemedy: c.soleRemedy ?? false,
    ...(minimumCredit && { minimumCredit }),
    ...(c.creditBase !== undefined && { creditBase: c.creditBase }),
    ...(c.claim !== undefined && { claim: Object.freeze({ ...c.claim }) }),
    ...(c.source !== undefined && { source: c.source }),
    input: input as CommitmentInput,
  })
}

/**
 * True for a commitment already validated by {@link parseCommitment}.
 *
 * @example
 * isCommitment(parseCommitment({ credit: { type: 'pro-rata' } })) // true
 * isCommitment({ credit: { type: 'pro-rata' } }) // false
 */
export function isCommitment(value: unknown): value is Commitment {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[COMPILED] === true
}

/**
 * Validates a commitment written as plain data (TypeScript, JSON or YAML) and fills in every default.
 * Validating again the same frozen object (a preset, or one frozen by the caller) is free: its result is
 * remembered. A plain object is read anew at each call, so that an edit between two calls is seen; pass the
 * parsed commitment to later calls to validate only once.
 *
 * @example
 * const c = parseCommitment({
 *   credit: { type: 'tiers', tiers: [{ atLeast: '99.0', below: '99.5', credit: '10' }, { below: '99.0', credit: '50' }] },
 * })
 * c.measurement.weights.outage.toString() // '1'
 * @throws InputError listing every problem with its path, e.g. `credit.tiers[1]: overlaps band 0 (>= 99.0 and < 99.5)`.
 */
export function parseCommitment(input: CommitmentLike): Commitment {
  return compileCommitment(input, '')
}

/**
 * {@link parseCommitment} for a commitment inside a larger input, whose issue paths start with `path`
 * (`offers[2].commitment.credit…`). Kept off the public surface: a user's commitment is the whole input.
 */
export function compileCommitment(input: CommitmentLike, path: string): Commitment {
  if (isCommitment(input)) return input
  // Stryker disable next-line ConditionalExpression,LogicalOperator: anything but an object is refused by compile() before the cache is written, and a WeakMap has nothing for a primitive
  if (typeof input === 'object' && input !== null) {
    const hit = cache.get(input)
    if (hit) return hit
    const compiled = compile(input, path)
    if (isDeeplyFrozen(input)) cache.set(input, compiled)
    return compiled
  }
  return compile(input, path)
}

/** Reads a commitment among other inputs: its problems join `issues` (paths under `path`) instead of throwing. */
export function readCommitment(value: unknown, path: string, issues: IssueList): Commitment | undefined {
  try {
    return compileCommitment(value as CommitmentLike, path)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    issues.issues.push(...error.issues)
    return undefined
  }
}

/**
 * Like {@link parseCommitment}, but returns the problems instead of throwing.
 *
 * @example
 * const r = safeParseCommitment({ credit: { type: 'tiers', tiers: [] } })
 * if (!r.success) console.log(r.error.issues) // [{ path: 'credit.tiers', message: '…' }]
 */
export function safeParseCommitment(input: unknown): SafeResult<Commitment> {
  return safely(() => parseCommitment(input as CommitmentLike))
}

/** The commitment's weights as plain numbers per impact index, for the hot loop. */
export function impactIndex(impact: Impact): 0 | 1 | 2 {
  return impact === 'outage' ? 0 : impact === 'partial' ? 1 : 2
}
