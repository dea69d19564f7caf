import { downtimeByClockHour } from '../availability/hours.js'
import { type AvailabilityReport, isAvailabilityReport } from '../availability/measure.js'
import { type IncidentGuarantees } from '../guarantees/evaluate.js'
import { compareFraction, Decimal, type DecimalLike, exactTimes, readDecimal, toScaled } from '../decimal.js'
import { describe, IssueList, present } from '../errors.js'
import { type Commitment, type CommitmentLike, type CreditModel, readCommitment } from '../commitment/commitment.js'
import { currencyScale, type Money, type MoneyLike, readMoney, roundMoney } from './money.js'
import { readRounding, readScale, type RoundingMode } from '../commitment/rounding.js'
import { findTier, type Tier, type TierBound } from '../commitment/tiers.js'
import { type CreditPartStep, creditSentence, type CreditStep } from './steps.js'
import { checkedWithOthers, readerCheck, readField } from '../time/option-schema.js'
import * as z from 'zod/mini'

/** What one credit model, or one guarantee's penalties, gave. */
export interface CreditPart {
  readonly model: CreditModel['type'] | 'gti' | 'gtr'
  /** Percent of the fee this model gives, after its own cap. */
  readonly percent: Decimal
  /** For `tiers`: the band that applied, or null when availability is above every band. */
  readonly tier?: Tier | null
  /** For `per-duration`: how many units of downtime were counted; for `hourly-waiver`: how many clock hours. */
  readonly units?: number
  /** True when the model's own cap cut it. */
  readonly capped: boolean
  /** How, as data: what `report/` reads, in every language. Built when first read. */
  readonly step: CreditPartStep
  /** How, in one English sentence, written from `step`. */
  readonly explanation: string
}

/** A service credit, with its arithmetic. */
export interface Credit {
  /** Credit in percent of the fee, after every cap. */
  readonly percent: Decimal
  /** Sum of the models' percentages before the overall cap. */
  readonly uncappedPercent: Decimal
  /** The credit, rounded once to the currency's minor unit; zero when that is below the commitment's minimum credit. */
  readonly amount: Decimal
  /** The credit before that rounding. */
  readonly exactAmount: Decimal
  readonly currency: string
  /** The fee of the affected element the credit is a share of. */
  readonly fee: Money
  /** The band that applied (first tiered model), with its bounds as written; null if none applied. */
  readonly tier: Tier | null
  /** True when a cap (the overall one or a model's own) reduced the credit. */
  readonly capped: boolean
  /**
   * Present when the rounded amount was below the commitment's minimum credit, and so is not paid; hours an
   * hourly waiver gives without a claim are left out of that comparison and still paid.
   */
  readonly belowMinimum?: true
  /** The overall cap in percent of the fee. */
  readonly cap: Decimal
  readonly parts: readonly CreditPart[]
  readonly rounding: RoundingMode
  /** Decimals the amount was rounded to. */
  readonly scale: number
  /** The arithmetic, step by step, as data: the parts' steps, then how they combine, caps, amount. Built when first read. */
  readonly steps: readonly CreditStep[]
  /** The arithmetic, sentence by sentence: one English sentence per step. */
  readonly explanation: readonly string[]
}


/** The measured fraction as exact integers: availability = 100 × up / measured. */
interface Fraction {
  /** Availability compared with the bands: 100 × up / measured. */
  up: bigint
  measured: bigint
  /** Present when known from a report: the exact downtime and measured time, in units of 1/scale ms. */
  exact?: { downtimeUnits: bigint; measuredUnits: bigint; scale: bigint }
  /** The report itself, when there is one: an hourly waiver reads when the downtime fell. */
  report?: AvailabilityReport
}

const ZERO = /* @__PURE__ */ new Decimal(0)
const HUNDRED = /* @__PURE__ */ new Decimal(100)

function ceilDiv(a: bigint, b: bigint): bigint {
  // Stryker disable next-line EqualityOperator: at a = 0 both branches give 0, (b - 1) / b being 0
  return a <= 0n ? 0n : (a + b - 1n) / b
}

function modelPercent(
  model: CreditModel,
  f: Fraction,
  availabilityOf: () => Decimal,
): Omit<CreditPart, 'capped' | 'step' | 'explanation'> & { uncapped: Decimal; step: (cappedAt: Decimal | null) => CreditPartStep } {
  switch (model.type) {
    case 'tiers': {
      const tier = findTier(model.tiers, f.up, f.measured) ?? null
      const percent = tier ? tier.credit : ZERO
      return {
        model: 'tiers',
        percent,
        uncapped: percent,
        tier,
        step: () => (tier ? { kind: 'band', availability: availabilityOf(), tier, percent } : { kind: 'above-bands', availability: availabilityOf() }),
      }
    }
    case 'per-duration': {
      // creditFor refuses a per-duration credit for a bare percentage, so the exact figures are there.
      const exact = present(f.exact)
      const down = exact.downtimeUnits
      const scale = exact.scale
      // Excess downtime × Q, in units, so that "beyond 99.5 %" stays integer arithmetic.
      let q = 1n
      let excess = down
      if (model.beyondScaled) {
        q = 100n * 10n ** BigInt(model.beyondScaled.k)
        excess = down * q - exact.measuredUnits * (q - model.beyondScaled.n)
      } else if (model.allowanceMs !== undefined) excess = down - BigInt(model.allowanceMs) * scale
      const allowed = model.beyondScaled !== undefined || model.allowanceMs !== undefined
      // "In case of a breach": once the allowance is exceeded, some contracts count the whole downtime.
      if (model.onceExceeded === 'all' && excess > 0n) excess = down * q
      const unit = BigInt(model.perMs) * scale * q
      // Stryker disable next-line EqualityOperator: at excess = 0 both branches give 0 units
      const n = model.count === 'started' ? ceilDiv(excess, unit) : excess <= 0n ? 0n : excess / unit
      const units = Number(n)
      const percent = model.percent.times(units)
      return {
        model: 'per-duration',
        percent,
        uncapped: percent,
        units,
        step: (cappedAt) => ({
          kind: 'per-duration',
          // Stryker disable next-line EqualityOperator: at excess = 0 both branches give 0
          excessMs: Number(excess > 0n ? excess : 0n) / Number(scale * q),
          beyond: model.beyond ?? null,
          // Said only where they matter, so that a plain per-duration step reads as it always has.
          ...(allowed && { downtimeMs: Number(down) / Number(scale) }),
          ...(model.allowanceMs !== undefined && { allowanceMs: model.allowanceMs }),
          ...(model.onceExceeded === 'all' && { onceExceeded: 'all' as const }),
          ...(allowed && excess <= 0n && { exceeded: false }),
          units,
          count: model.count,
          per: model.per,
          unitPercent: model.percent,
          percent,
          cappedAt,
        }),
      }
    }
    case 'pro-rata': {
      const share =
        f.exact === undefined
          ? HUNDRED.minus(availabilityOf())
          : f.exact.measuredUnits === 0n
            ? ZERO
            : HUNDRED.times(f.exact.downtimeUnits.toString()).div(f.exact.measuredUnits.toString())
      // "Below 99.99 %": at the target or above it, nothing is due, by exact comparison of the fraction.
      const met = model.belowScaled !== undefined && compareFraction(100n * f.up, f.measured, model.belowScaled) >= 0
      const percent = met ? ZERO : share.times(model.multiplier)
      return {
        model: 'pro-rata',
        percent,
        uncapped: percent,
        step: (cappedAt) => ({
          kind: 'pro-rata',
          share,
          multiplier: model.multiplier,
          percent,
          cappedAt,
          ...(model.below && { below: model.below, availability: availabilityOf(), met }),
        }),
      }
    }
    case 'hourly-waiver': {
      // creditFor refuses an hourly waiver for a bare percentage, so the report is there.
      const report = present(f.report)
      const moreThanUnits = model.moreThanMs * report.exact.scale
      let hours = 0
      let waivedMs = 0
      for (const h of downtimeByClockHour(report, model.timeZone)) {
        if (h.downtimeUnits <= moreThanUnits) continue
        hours++
        waivedMs += h.end - h.start
      }
      // Each hour's part of the fee is its share of the period: 1/720 of a 30-day month's fee. Every period
      // function refuses a period of zero length; were one given, no hour is waived, and 0 / 1 is a number.
      const percent = model.share.times(100).times(waivedMs).div(report.periodMs || 1)
      return {
        model: 'hourly-waiver',
        percent,
        uncapped: percent,
        units: hours,
        step: () => ({
          kind: 'hourly-waiver',
          hours,
          moreThanMs: model.moreThanMs,
          timeZone: model.timeZone,
          share: model.share,
          waivedMs,
          periodMs: report.periodMs,
          percent,
          automatic: model.automatic,
        }),
      }
    }
  }
}

/**
 * Reads the availability a credit is computed from: a report, or a percentage where the commitment's
 * models need no more than that. Returns the fraction the bands compare, or adds issues.
 */
function readAvailability(
  value: unknown,
  commitment: Commitment | undefined,
  path: string,
  issues: IssueList,
): { fraction: Fraction; availabilityOf: () => Decimal } | undefined {
  if (isAvailabilityReport(value)) {
    const { downtimeUnits, measuredUnits, scale: s } = value.exact
    const report = value
    let fraction: Fraction =
      measuredUnits === 0
        ? { up: 1n, measured: 1n, exact: { downtimeUnits: 0n, measuredUnits: 0n, scale: BigInt(s) }, report }
        : {
            up: BigInt(measuredUnits - downtimeUnits),
            measured: BigInt(measuredUnits),
            exact: { downtimeUnits: BigInt(downtimeUnits), measuredUnits: BigInt(measuredUnits), scale: BigInt(s) },
            report,
          }
    if (commitment?.measurement.rounding) {
      // Bands compare the rounded figure, as the commitment says; downtime stays exact for other models.
      const r = toScaled(report.availability)
      fraction = { ...fraction, up: r.n, measured: 100n * 10n ** BigInt(r.k) }
    }
    return { fraction, availabilityOf: () => report.availability }
  }
  if (typeof value === 'object' && value !== null && !Decimal.isDecimal(value)) {
    issues.add(path, 'must be a report from measureAvailability or monthlyStatement, or a percentage such as "99.5" (got an object the library did not build)', 'availability-object')
    return undefined
  }
  let read: { fraction: Fraction; availabilityOf: () => Decimal } | undefined
  const p = readDecimal(value, path, issues)
  if (p && (p.lt(0) || p.gt(100))) issues.add(path, `must be a percentage from 0 to 100 (got ${p.toString()})`, 'percentage', { got: p.toString() })
  else if (p) {
    const s = toScaled(p)
    read = { fraction: { up: s.n, measured: 100n * 10n ** BigInt(s.k) }, availabilityOf: () => p }
  }
  if (commitment?.credit.some((m) => m.type === 'per-duration'))
    issues.add(path, 'must be a report from measureAvailability: a per-duration credit needs the downtime, not only a percentage', 'availability-report')
  if (commitment?.credit.some((m) => m.type === 'hourly-waiver'))
    issues.add(
      path,
      'must be a report from measureAvailability: an hourly waiver needs to know in which clock hours the downtime fell, not only a percentage',
      'availability-hours',
    )
  return read
}

/**
 * The options of {@link creditFor}: the one source of {@link CreditOptions}, each field checked by the
 * reader the function runs (the fee and the availability with the fields they depend on: the scale, the
 * commitment's models).
 *
 * @example
 * creditOptionsSchema.safeParse({ commitment: presets.ovhVps2016.starter, availability: '99.2', fee: { amount: '9.99', currency: 'EUR' } }).success // true
 * creditOptionsSchema.safeParse({ commitment: presets.ovhVps2016.starter, availability: '101', fee: { amount: '9.99', currency: 'EUR' } }).success // false
 */
export const creditOptionsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      commitment: readField<CommitmentLike>(readCommitment),
      /** An availability report from `measureAvailability`, or an availability percentage such as `'99.46'` (tiered and pro-rata models only). */
      availability: checkedWithOthers<AvailabilityReport | DecimalLike>(),
      /** Monthly fee of the affected element, e.g. `{ amount: '9.99', currency: 'EUR' }`. */
      fee: checkedWithOthers<MoneyLike>(),
      /** Rounding of the amount to the minor unit; default `half-up`. */
      rounding: z.optional(readField<RoundingMode>(readRounding)),
      /** Decimals to round to instead of the currency's minor unit. */
      scale: z.optional(readField<number>(readScale)),
      /**
       * GTI/GTR outcomes of the element's incidents in the period (from `evaluateGuarantees`): their penalties
       * join the credit as the commitment's `combine` rule says, before the overall cap.
       */
      guarantees: z.optional(readField<readonly IncidentGuarantees[]>(readGuaranteeOutcomes)),
    })
    .check(
      readerCheck((value, _path, issues) => {
        const o = value as { commitment?: unknown; availability?: unknown; fee?: unknown; scale?: unknown }
        readMoney(o.fee, 'fee', issues, { anyCode: o.scale !== undefined })
        // The commitment's own problems are the field's; here it says only which models the availability serves.
        // Stryker disable next-line StringLiteral: the issues of this reading are thrown away, the field's own check reports them at their path
        const commitment = readCommitment(o.commitment, 'commitment', new IssueList())
        readAvailability(o.availability, commitment, 'availability', issues)
      }),
    ))()

/** Options of {@link creditFor}. */
export type CreditOptions = z.input<typeof creditOptionsSchema>

/**
 * Computes the service credit a commitment gives for a measured availability and the fee of the affected
 * element: the band is chosen by exact arithmetic (downtime of exactly the allowed amount lands in the
 * contract's band), caps apply, and the amount is rounded once to the currency's minor unit.
 *
 * @example
 * const credit = creditFor({ commitment: presets.ovhVps2016.starter, availability: report, fee: { amount: '9.99', currency: 'EUR' } })
 * credit.percent.toString() // '10'
 * credit.amount.toFixed(2)  // '1.00' (0.999 rounded half-up)
 * @throws InputError listing every problem with its path.
 */
export function creditFor(options: CreditOptions): Credit {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<CreditOptions>
  const commitment = readCommitment(o.commitment, 'commitment', issues)
  const fee = readMoney(o.fee, 'fee', issues, { anyCode: o.scale !== undefined })
  const rounding = readRounding(o.rounding, 'rounding', issues)
  const scale = readScale(o.scale, 'scale', issues)
  const outcomes = readGuaranteeOutcomes(o.guarantees, 'guarantees', issues)
  const { fraction, availabilityOf } = readAvailability(o.availability, commitment, 'availability', issues) ?? {}
  const { commitment: c, fee: paid, rounding: mode, fraction: share, availabilityOf: availabilityRead } = issues.checked(
    { commitment, fee, rounding, fraction, availabilityOf },
    'Cannot compute the credit',
  )
  const parts: CreditPart[] = []
  let sum = ZERO
  const waivers: { percent: Decimal; onRemainder: boolean; automatic: boolean }[] = []
  for (const model of c.credit) {
    const part = modelPercent(model, share, availabilityRead)
    // Band tables and hourly waivers have no cap of their own: read as any model's, theirs is undefined.
    const modelCap = (model as { readonly cap?: Decimal }).cap
    const cappedHere = modelCap !== undefined && part.uncapped.gt(modelCap)
    const percent = cappedHere ? modelCap : part.uncapped
    parts.push(
      explainedPart(
        {
          model: part.model,
          percent,
          tier: part.tier,
          units: part.units,
          capped: cappedHere,
        },
        () => part.step(cappedHere ? modelCap : null),
      ),
    )
    if (model.type === 'hourly-waiver') waivers.push({ percent, onRemainder: model.others === 'on-remainder', automatic: model.automatic })
    else sum = sum.plus(percent)
  }
  // The hours credited, then the other models: added, or applied to the fee left once the hours are
  // credited (AWS: the instance's credit is a share of what was charged for it, and the hours were not).
  const remainders: Remainder[] = []
  let automaticPercent = ZERO
  for (const w of waivers) {
    if (w.onRemainder) {
      const combined = w.percent.plus(sum.times(HUNDRED.minus(w.percent)).div(100))
      remainders.push({ waived: w.percent, others: sum, percent: combined })
      sum = combined
    } else sum = sum.plus(w.percent)
    if (w.automatic) automaticPercent = automaticPercent.plus(w.percent)
  }
  const guaranteeParts = guaranteePartsOf(c, outcomes)
  return creditOf(c, parts, settle(c, sum, remainders, automaticPercent, guaranteeParts, paid, mode, scale), paid, mode, scale)
}

/**
 * Reads the guarantee outcomes given to {@link creditFor}: a list of incidents' outcomes, as
 * `evaluateGuarantees` returns them. A penalty is summed into the credit, so each breached outcome's
 * `penaltyPercent` must be a decimal; anything else is an issue at its path rather than a `TypeError`
 * from deep inside the sum.
 */
function readGuaranteeOutcomes(value: unknown, path: string, issues: IssueList): readonly IncidentGuarantees[] | undefined {
  if (value === undefined) return undefined
  const isA = (x: unknown, at: string, expected: 'array' | 'object'): x is Record<string, unknown> => {
    if (expected === 'array' ? Array.isArray(x) : typeof x === 'object' && x !== null) return true
    issues.add(at, `must be ${expected === 'array' ? 'a list' : 'an object'} (got ${describe(x)})`, 'type', { expected, got: describe(x) })
    return false
  }
  if (!isA(value, path, 'array')) return undefined
  for (const [i, x] of (value as unknown as unknown[]).entries()) {
    if (!isA(x, `${path}[${i}]`, 'object')) continue
    for (const kind of ['gti', 'gtr']) {
      const o = x[kind]
      if (o !== undefined && isA(o, `${path}[${i}].${kind}`, 'object') && o.status === 'breached') readDecimal(o.penaltyPercent, `${path}[${i}].${kind}.penaltyPercent`, issues)
    }
  }
  // With any problem listed, creditFor throws before it sums: the list is returned as it is.
  return value as unknown as readonly IncidentGuarantees[]
}

/** The penalties of an element's breached guarantees, one part per guarantee breached. */
function guaranteePartsOf(c: Commitment, guarantees: readonly IncidentGuarantees[] | undefined): readonly CreditPart[] {
  if (!guarantees?.length) return NO_PARTS
  const guaranteeParts: CreditPart[] = []
  for (const g of [c.gti, c.gtr]) {
    if (!g) continue
    const breached = guarantees.filter((x) => x[g.kind]?.status === 'breached')
    if (breached.length === 0) continue
    // Only outcomes breached under this guarantee are kept, so each has its outcome.
    const total = breached.reduce((acc, x) => acc.plus(present(x[g.kind]).penaltyPercent), ZERO)
    const cap = g.penalty.cap
    const cappedHere = cap !== undefined && total.gt(cap)
    const percent = cappedHere ? cap : total
    guaranteeParts.push(
      explainedPart({ model: g.kind, percent, capped: cappedHere }, () => ({
        kind: 'penalties',
        guarantee: g.kind,
        breaches: Object.freeze(breached.map((x) => Object.freeze(x.id === undefined ? { index: x.index } : { index: x.index, id: x.id }))),
        percent: total,
        cappedAt: cappedHere ? cap : null,
      })),
    )
  }
  return guaranteeParts
}

/** An hourly waiver applied to the fee left once its hours are credited: the figures of its `on-remainder` step. */
interface Remainder {
  readonly waived: Decimal
  readonly others: Decimal
  readonly percent: Decimal
}

/**
 * What a credit comes to once its models' percents are known: the sum, the caps, the amount and the
 * minimum, and the steps that tell them after the parts' own. It depends on the percents and the fee
 * only, so elements alike share one (see {@link CreditPlan}); its steps are made afresh at each call.
 */
interface Settlement {
  readonly sum: Decimal
  readonly percent: Decimal
  readonly overallCapped: boolean
  readonly exactAmount: Decimal
  readonly amount: Decimal
  readonly belowMinimum: boolean
  /** The parts: the credit's models, then the guarantees' penalties. */
  readonly guaranteeParts: readonly CreditPart[]
  readonly tail: () => CreditStep[]
}

function settle(
  c: Commitment,
  modelSum: Decimal,
  remainders: readonly Remainder[],
  automaticPercent: Decimal,
  guaranteeParts: readonly CreditPart[],
  paid: Money,
  mode: RoundingMode,
  scale: number | undefined,
): Settlement {
  let sum = modelSum
  const penalties = guaranteeParts.reduce((acc, p) => acc.plus(p.percent), ZERO)
  // A side absent is 0, and 0 added or the larger of 0 and a percent (never negative) is the same figure.
  sum = c.combine === 'larger' ? Decimal.max(sum, penalties) : sum.plus(penalties)
  const overallCapped = sum.gt(c.cap)
  const percent = overallCapped ? c.cap : sum
  const exactAmount = exactTimes(exactTimes(paid.amount, percent), '0.01')
  const rounded = roundMoney(exactAmount, { currency: paid.currency, mode: mode, scale })
  const minimum = c.minimumCredit
  // The minimum is compared with what would be paid, in its own currency: no rate converts one into another here.
  const comparable = minimum !== undefined && minimum.currency === paid.currency
  // Hours given without a claim are not a claimed credit: the minimum applies to the rest only, and they stay.
  const exempt = Decimal.min(automaticPercent, percent)
  // Stryker disable next-line ConditionalExpression: with nothing exempt the claimed part is the whole credit, rounded alike; the test saves a rounding per credit
  const claimed = exempt.isZero() ? rounded : roundMoney(exactTimes(exactTimes(paid.amount, percent.minus(exempt)), '0.01'), { currency: paid.currency, mode: mode, scale })
  const belowMinimum = comparable && claimed.gt(0) && claimed.lt(minimum.amount)
  const amount = belowMinimum ? roundMoney(exactTimes(exactTimes(paid.amount, exempt), '0.01'), { currency: paid.currency, mode: mode, scale }) : rounded
  const partCount = c.credit.length + guaranteeParts.length
  // Steps are built, and sentences written, when first read; a statement of many elements rarely reads them all.
  const tail = (): CreditStep[] => {
    const steps: CreditStep[] = remainders.map((r) => ({ kind: 'on-remainder', waived: r.waived, others: r.others, percent: r.percent }))
    if (guaranteeParts.length && c.credit.length && c.combine === 'larger') steps.push({ kind: 'combined', rule: 'larger', percent: sum })
    // Once the hours and the rest are combined, only penalties are left to add.
    else if (remainders.length ? guaranteeParts.length > 0 : partCount > 1) steps.push({ kind: 'combined', rule: 'add', percent: sum })
    if (overallCapped) steps.push({ kind: 'capped', cap: c.cap })
    steps.push({ kind: 'amount', fee: paid.amount, currency: paid.currency, percent, exactAmount, rounding: mode, amount: rounded })
    if (minimum && claimed.gt(0)) {
      if (belowMinimum)
        steps.push({ kind: 'below-minimum', minimum: minimum.amount, currency: minimum.currency, amount: claimed, ...(!exempt.isZero() && { kept: amount }) })
      else if (!comparable) steps.push({ kind: 'minimum-other-currency', minimum: minimum.amount, minimumCurrency: minimum.currency, currency: paid.currency })
    }
    if (c.creditBase) steps.push({ kind: 'credit-base', base: c.creditBase })
    if (c.soleRemedy) steps.push(SOLE_REMEDY)
    if (c.claim) steps.push({ kind: 'claim', ...c.claim })
    return steps
  }
  return { sum, percent, overallCapped, exactAmount, amount, belowMinimum, guaranteeParts, tail }
}

/** The credit of an element: its models' parts (a list it takes over), then what they came to. */
function creditOf(c: Commitment, modelParts: CreditPart[], s: Settlement, paid: Money, mode: RoundingMode, scale: number | undefined): Credit {
  const parts = s.guaranteeParts.length ? [...modelParts, ...s.guaranteeParts] : modelParts
  return Object.freeze(new ExplainedCredit(c, parts, s, paid, mode, scale, () => [...parts.map((p) => p.step), ...s.tail()])) as unknown as Credit
}

const SOLE_REMEDY: CreditStep = /* @__PURE__ */ Object.freeze({ kind: 'sole-remedy' })
const NO_PARTS: readonly CreditPart[] = /* @__PURE__ */ Object.freeze([])

/**
 * A credit part whose step is built, and sentence written, when first read. The getters live on the
 * prototype, which costs nothing per object (an own getter per credit cost more than the credit itself);
 * `toJSON` keeps the step and the sentence in JSON, and the figures are plain own properties.
 */
class ExplainedPart {
  // The builder until first read, then what it built.
  #step: CreditPartStep | (() => CreditPartStep)
  #explanation: string | undefined
  constructor(fields: Omit<CreditPart, 'step' | 'explanation'>, build: () => CreditPartStep) {
    // Written one by one, in the order they have always had: copying the object took longer.
    const self = this as unknown as Record<string, unknown>
    self.model = fields.model
    self.percent = fields.percent
    if (fields.tier !== undefined) self.tier = fields.tier
    if (fields.units !== undefined) self.units = fields.units
    self.capped = fields.capped
    this.#step = build
  }
  get step(): CreditPartStep {
    if (typeof this.#step === 'function') this.#step = Object.freeze(this.#step())
    return this.#step
  }
  get explanation(): string {
    return (this.#explanation ??= creditSentence(this.step))
  }
  toJSON(): object {
    return { ...this, step: this.step, explanation: this.explanation }
  }
}

/** A credit whose steps are built, and sentences written, when first read: see {@link ExplainedPart}. */
class ExplainedCredit {
  // The builder until first read, then what it built.
  #steps: readonly CreditStep[] | (() => CreditStep[])
  #explanation: readonly string[] | undefined
  constructor(c: Commitment, parts: readonly CreditPart[], s: Settlement, paid: Money, mode: RoundingMode, scale: number | undefined, build: () => CreditStep[]) {
    // Written one by one, in the order they have always had (see Credit), without an object to copy them from.
    const self = this as unknown as Record<string, unknown>
    self.percent = s.percent
    self.uncappedPercent = s.sum
    self.amount = s.amount
    self.exactAmount = s.exactAmount
    self.currency = paid.currency
    self.fee = paid
    self.tier = parts.find((p) => p.model === 'tiers')?.tier ?? null
    self.capped = s.overallCapped || parts.some((p) => p.capped)
    if (s.belowMinimum) self.belowMinimum = true
    self.cap = c.cap
    self.parts = Object.freeze(parts)
    self.rounding = mode
    self.scale = scale ?? currencyScale(paid.currency) ?? 2
    this.#steps = build
  }
  get steps(): readonly CreditStep[] {
    if (typeof this.#steps === 'function') this.#steps = Object.freeze(this.#steps().map((s) => Object.freeze(s)))
    return this.#steps
  }
  get explanation(): readonly string[] {
    return (this.#explanation ??= Object.freeze(this.steps.map(creditSentence)))
  }
  toJSON(): object {
    return { ...this, steps: this.steps, explanation: this.explanation }
  }
}

function explainedPart(fields: Omit<CreditPart, 'step' | 'explanation'>, build: () => CreditPartStep): CreditPart {
  return Object.freeze(new ExplainedPart(fields, build)) as unknown as CreditPart
}


/**
 * @internal The credits of many reports under one commitment, rounding and scale, as a statement needs
 * them. Under band tables read on the exact availability (no `rounding` rule), an element's band is a
 * comparison of its downtime with integer thresholds worked out once per measured time: availability
 * 100 × (M − D) / M against a bound n / 10^k is the sign of (S − n) × M − S × D, with S = 100 × 10^k, so
 * D ≤ ⌊(S − n) × M / S⌋ is "at least the bound" and one less when the division is exact "above it". The
 * figures that follow from the bands and the fee (sum, caps, amount, minimum) are worked out once per
 * distinct fee and bands, and shared: Decimals are immutable, and the steps are made afresh for each
 * credit when first read. Any other commitment, or an element with breached guarantees, takes the road
 * of {@link creditFor}, and every credit is the one it would give.
 */
export class CreditPlan {
  readonly #c: Commitment
  readonly #mode: RoundingMode
  readonly #scale: number | undefined
  /** The band tables of the models, when every model is one and no rounding rule applies; else undefined. */
  readonly #bands: readonly (readonly Tier[])[] | undefined
  /** The measured time (units) the thresholds were worked out for. */
  #measured = -1
  /**
   * Per model and band, four thresholds on the downtime (units): above the lower bound, at least it,
   * above the upper bound, at least it; NaN where the band has no such bound.
   */
  // Stryker disable next-line ArrayDeclaration: never read: no measured time is −1, so the first element works the thresholds out
  #limits: Float64Array[] = []
  readonly #settled = new Map<Money, Settlement[]>()

  constructor(commitment: Commitment, mode: RoundingMode, scale: number | undefined) {
    this.#c = commitment
    this.#mode = mode
    this.#scale = scale
    const bands: (readonly Tier[])[] = []
    // Stryker disable next-line ConditionalExpression,StringLiteral: a table left out sends the commitment to creditFor, which gives the same credits, slower
    for (const model of commitment.credit) if (model.type === 'tiers') bands.push(model.tiers)
    // Stryker disable next-line ConditionalExpression: a plan without bands sends every element to creditFor, which gives the same credits, slower
    this.#bands = commitment.measurement.rounding === undefined && bands.length === commitment.credit.length ? bands : undefined
  }

  /** The credit of `report` for `fee`, with the element's guarantee outcomes when the commitment has guarantees. */
  credit(report: AvailabilityReport, fee: Money, guarantees: readonly IncidentGuarantees[] | undefined): Credit {
    const bands = this.#bands
    const c = this.#c
    // Stryker disable next-line ConditionalExpression: creditFor for an element the plan could bill gives the same credit, slower
    if (!bands || !isAvailabilityReport(report)) {
      // An absent scale or guarantee list reads as not given.
      return creditFor({ commitment: c, availability: report, fee, rounding: this.#mode, scale: this.#scale, guarantees })
    }
    const { downtimeUnits, measuredUnits } = report.exact
    // Stryker disable next-line ConditionalExpression: thresholds worked out again for the same measured time are the same
    if (measuredUnits !== this.#measured) this.#thresholds(measuredUnits)
    const availabilityOf = (): Decimal => report.availability
    const parts: CreditPart[] = []
    // Which band of each model, as one number: the key of the figures shared with elements alike.
    let key = 0
    for (let m = 0; m < bands.length; m++) {
      const tiers = present(bands[m])
      const t = measuredUnits === 0 ? bandOfWhole(tiers) : bandAt(tiers, present(this.#limits[m]), downtimeUnits)
      const tier = t < 0 ? null : present(tiers[t])
      const percent = tier ? tier.credit : ZERO
      // The bands of a model count in base tiers + 1 (no band is the extra digit).
      const radix = tiers.length + 1
      // Stryker disable next-line ArithmeticOperator: every model reads the same availability, so the bands of elements that differ differ in the same direction: any of these keys stays one to one (only a radix of 0 or 1, the line above, merges two)
      key = key * radix + t + 1
      parts.push(
        explainedPart({ model: 'tiers', percent, tier, capped: false }, () =>
          tier ? { kind: 'band', availability: availabilityOf(), tier, percent } : { kind: 'above-bands', availability: availabilityOf() },
        ),
      )
    }
    const guaranteeParts = guaranteePartsOf(c, guarantees)
    // Stryker disable next-line ConditionalExpression: figures settled for one element alone, not shared, are the same figures
    if (guaranteeParts.length) return creditOf(c, parts, settle(c, sumOf(parts), [], ZERO, guaranteeParts, fee, this.#mode, this.#scale), fee, this.#mode, this.#scale)
    let byKey = this.#settled.get(fee)
    // Stryker disable next-line ConditionalExpression: a table of shared figures started afresh only settles them again
    if (!byKey) this.#settled.set(fee, (byKey = []))
    const s = (byKey[key] ??= settle(c, sumOf(parts), [], ZERO, guaranteeParts, fee, this.#mode, this.#scale))
    return creditOf(c, parts, s, fee, this.#mode, this.#scale)
  }

  #thresholds(measuredUnits: number): void {
    const bands = present(this.#bands)
    const measured = BigInt(measuredUnits)
    // Thresholds of one bound: the downtime D is above it while D ≤ gt, at least it while D ≤ ge.
    const write = (limits: Float64Array, at: number, bound: TierBound | undefined): void => {
      if (!bound) {
        limits[at] = limits[at + 1] = Number.NaN
        return
      }
      const { n, k } = bound.scaled
      const s = 100n * 10n ** BigInt(k)
      const product = (s - n) * measured
      const ge = product / s
      limits[at] = Number(product % s === 0n ? ge - 1n : ge)
      limits[at + 1] = Number(ge)
    }
    this.#limits = bands.map((tiers) => {
      const limits = new Float64Array(4 * tiers.length)
      for (const [x, tier] of tiers.entries()) {
        write(limits, 4 * x, tier.lower)
        write(limits, 4 * x + 2, tier.upper)
      }
      return limits
    })
    this.#measured = measuredUnits
  }
}

/** The position in `tiers` of the band holding 100 % (−1 when none does): a period wholly excluded is read so, as {@link creditFor} reads it. */
function bandOfWhole(tiers: readonly Tier[]): number {
  // No band found is no position: a table holds no undefined.
  return (tiers as readonly (Tier | undefined)[]).indexOf(findTier(tiers, 1n, 1n))
}

/** The sum of the models' percents, added in order as {@link creditFor} adds them. */
function sumOf(parts: readonly CreditPart[]): Decimal {
  let sum = ZERO
  for (const p of parts) sum = sum.plus(p.percent)
  return sum
}

/**
 * The position in `tiers` of the band holding a downtime of `d` units (−1 above every band), by the thresholds of
 * {@link CreditPlan}: the same decision as `findTier`, bound by bound (−1, 0 or 1 as `compareFraction`).
 */
function bandAt(tiers: readonly Tier[], limits: Float64Array, d: number): number {
  // A plain for-of and a count: `entries()` made an iterator result and a pair for each tier of each
  // element, about a megabyte of garbage for a statement of ten thousand elements.
  let at = -4
  for (const tier of tiers) {
    at += 4
    if (tier.lower) {
      const c = d <= (limits[at] ?? Number.NaN) ? 1 : d <= (limits[at + 1] ?? Number.NaN) ? 0 : -1
      if (c < 0 || (c === 0 && !tier.lower.inclusive)) continue
    }
    // Stryker disable next-line ConditionalExpression: without an upper bound the thresholds are NaN, which no downtime is at or below: the check lets the band through as well
    if (tier.upper) {
      const c = d <= (limits[at + 2] ?? Number.NaN) ? 1 : d <= (limits[at + 3] ?? Number.NaN) ? 0 : -1
      if (c > 0 || (c === 0 && !tier.upper.inclusive)) continue
    }
    return at / 4
  }
  return -1
}
