import { type AvailabilityReport, isAvailabilityReport } from '../availability/measure.js'
import { type IncidentGuarantees } from '../guarantees/evaluate.js'
import { Decimal, type DecimalLike, readDecimal, toScaled } from '../decimal.js'
import { IssueList } from '../errors.js'
import { humanDuration } from '../time/duration.js'
import { type CommitmentLike, type CreditModel, readCommitment } from '../commitment/commitment.js'
import { currencyScale, formatMoney, type Money, type MoneyLike, readMoney, roundMoney } from './money.js'
import { readRounding, readScale, type RoundingMode } from '../commitment/rounding.js'
import { findTier, type Tier } from '../commitment/tiers.js'

/** What one credit model, or one guarantee's penalties, gave. */
export interface CreditPart {
  readonly model: CreditModel['type'] | 'gti' | 'gtr'
  /** Percent of the fee this model gives, after its own cap. */
  readonly percent: Decimal
  /** For `tiers`: the band that applied, or null when availability is above every band. */
  readonly tier?: Tier | null
  /** For `per-duration`: how many units of downtime were counted. */
  readonly units?: number
  /** True when the model's own cap cut it. */
  readonly capped: boolean
  readonly explanation: string
}

/** A service credit, with its arithmetic. */
export interface Credit {
  /** Credit in percent of the fee, after every cap. */
  readonly percent: Decimal
  /** Sum of the models' percentages before the overall cap. */
  readonly uncappedPercent: Decimal
  /** The credit, rounded once to the currency's minor unit. */
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
  /** The overall cap in percent of the fee. */
  readonly cap: Decimal
  readonly parts: readonly CreditPart[]
  readonly rounding: RoundingMode
  /** Decimals the amount was rounded to. */
  readonly scale: number
  /** The arithmetic, sentence by sentence. */
  readonly explanation: readonly string[]
}

/** Options of {@link creditFor}. */
export interface CreditOptions {
  commitment: CommitmentLike
  /** An availability report from `measureAvailability`, or an availability percentage such as `'99.46'` (tiered and pro-rata models only). */
  availability: AvailabilityReport | DecimalLike
  /** Monthly fee of the affected element, e.g. `{ amount: '9.99', currency: 'EUR' }`. */
  fee: MoneyLike
  /** Rounding of the amount to the minor unit; default `half-up`. */
  rounding?: RoundingMode
  /** Decimals to round to instead of the currency's minor unit. */
  scale?: number
  /**
   * GTI/GTR outcomes of the element's incidents in the period (from `evaluateGuarantees`): their penalties
   * join the credit as the commitment's `combine` rule says, before the overall cap.
   */
  guarantees?: readonly IncidentGuarantees[]
}

/** The measured fraction as exact integers: availability = 100 × up / measured. */
interface Fraction {
  /** Availability compared with the bands: 100 × up / measured. */
  up: bigint
  measured: bigint
  /** Present when known from a report: the exact downtime and measured time, in units of 1/scale ms. */
  downtimeUnits?: bigint
  measuredUnits?: bigint
  scale?: bigint
}

const ZERO = /* @__PURE__ */ new Decimal(0)
const HUNDRED = /* @__PURE__ */ new Decimal(100)

function ceilDiv(a: bigint, b: bigint): bigint {
  return a <= 0n ? 0n : (a + b - 1n) / b
}

function modelPercent(
  model: CreditModel,
  f: Fraction,
  availabilityOf: () => Decimal,
): Omit<CreditPart, 'capped' | 'explanation'> & { uncapped: Decimal; explain: () => string } {
  switch (model.type) {
    case 'tiers': {
      const tier = findTier(model.tiers, f.up, f.measured) ?? null
      const percent = tier ? tier.credit : ZERO
      return {
        model: 'tiers',
        percent,
        uncapped: percent,
        tier,
        explain: () =>
          tier
            ? `Availability ${availabilityOf().toSignificantDigits(12)} % is in band ${tier.label} → ${tier.credit} % of the fee.`
            : `Availability ${availabilityOf().toSignificantDigits(12)} % is above every band → no credit.`,
      }
    }
    case 'per-duration': {
      const down = f.downtimeUnits!
      const scale = f.scale!
      // Excess downtime × Q, in units, so that "beyond 99.5 %" stays integer arithmetic.
      let q = 1n
      let excess = down
      if (model.beyondScaled) {
        q = 100n * 10n ** BigInt(model.beyondScaled.k)
        excess = down * q - f.measuredUnits! * (q - model.beyondScaled.n)
      }
      const unit = BigInt(model.perMs) * scale * q
      const n = model.count === 'started' ? ceilDiv(excess, unit) : excess <= 0n ? 0n : excess / unit
      const units = Number(n)
      const percent = model.percent.times(units)
      return {
        model: 'per-duration',
        percent,
        uncapped: percent,
        units,
        explain: () => {
          const excessMs = Number(excess > 0n ? excess : 0n) / Number(scale * q)
          const basis = model.beyond ? `${humanDuration(excessMs)} of downtime beyond what ${model.beyond} % allows` : `${humanDuration(excessMs)} of downtime`
          return `${basis} = ${units} ${model.count} unit${units === 1 ? '' : 's'} of ${model.per} × ${model.percent} % = ${percent} % of the fee.`
        },
      }
    }
    case 'pro-rata': {
      const share =
        f.downtimeUnits === undefined
          ? HUNDRED.minus(availabilityOf())
          : f.measuredUnits === 0n
            ? ZERO
            : HUNDRED.times(f.downtimeUnits.toString()).div(f.measuredUnits!.toString())
      const percent = share.times(model.multiplier)
      return {
        model: 'pro-rata',
        percent,
        uncapped: percent,
        explain: () => `Downtime is ${share.toSignificantDigits(12)} % of the period × ${model.multiplier} = ${percent.toSignificantDigits(12)} % of the fee.`,
      }
    }
  }
}

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
  let fraction: Fraction | undefined
  let availabilityOf: (() => Decimal) | undefined
  if (isAvailabilityReport(o.availability)) {
    const { downtimeUnits, measuredUnits, scale: s } = o.availability.exact
    fraction =
      measuredUnits === 0
        ? { up: 1n, measured: 1n, downtimeUnits: 0n, measuredUnits: 0n, scale: BigInt(s) }
        : {
            up: BigInt(measuredUnits - downtimeUnits),
            measured: BigInt(measuredUnits),
            downtimeUnits: BigInt(downtimeUnits),
            measuredUnits: BigInt(measuredUnits),
            scale: BigInt(s),
          }
    const report = o.availability
    availabilityOf = () => report.availability
    if (commitment?.measurement.rounding) {
      // Bands compare the rounded figure, as the commitment says; downtime stays exact for other models.
      const r = toScaled(report.availability)
      fraction = { ...fraction, up: r.n, measured: 100n * 10n ** BigInt(r.k) }
    }
  } else if (typeof o.availability === 'object' && o.availability !== null && !Decimal.isDecimal(o.availability)) {
    issues.add('availability', 'must be a report from measureAvailability or monthlyStatement, or a percentage such as "99.5" (got an object the library did not build)')
  } else {
    const p = readDecimal(o.availability, 'availability', issues)
    if (p && (p.lt(0) || p.gt(100))) issues.add('availability', `must be a percentage from 0 to 100 (got ${p.toString()})`)
    else if (p) {
      const s = toScaled(p)
      fraction = { up: s.n, measured: 100n * 10n ** BigInt(s.k) }
      availabilityOf = () => p
    }
    if (commitment?.credit.some((m) => m.type === 'per-duration'))
      issues.add('availability', 'must be a report from measureAvailability: a per-duration credit needs the downtime, not only a percentage')
  }
  issues.throwIfAny('Cannot compute the credit')
  const c = commitment!
  const parts: CreditPart[] = []
  let sum = ZERO
  for (const model of c.credit) {
    const part = modelPercent(model, fraction!, availabilityOf!)
    const modelCap = model.type === 'tiers' ? undefined : model.cap
    const cappedHere = modelCap !== undefined && part.uncapped.gt(modelCap)
    const percent = cappedHere ? modelCap : part.uncapped
    parts.push(
      withLazy(
        {
          model: part.model,
          percent,
          ...(part.tier !== undefined && { tier: part.tier }),
          ...(part.units !== undefined && { units: part.units }),
          capped: cappedHere,
        },
        'explanation',
        () => (cappedHere ? `${part.explain()} Capped at ${modelCap} %.` : part.explain()),
      ) as CreditPart,
    )
    sum = sum.plus(percent)
  }
  const guaranteeParts: CreditPart[] = []
  for (const g of [c.gti, c.gtr]) {
    if (!g || !o.guarantees) continue
    const breached = o.guarantees.map((x) => x[g.kind]).filter((x) => x?.status === 'breached')
    if (breached.length === 0) continue
    const total = breached.reduce((acc, x) => acc.plus(x!.penaltyPercent), ZERO)
    const cappedHere = g.penalty.cap !== undefined && total.gt(g.penalty.cap)
    const percent = cappedHere ? g.penalty.cap! : total
    guaranteeParts.push(
      Object.freeze({
        model: g.kind,
        percent,
        capped: cappedHere,
        explanation:
          `${g.kind.toUpperCase()} breached ${breached.length} time${breached.length === 1 ? '' : 's'} → ${total} % of the fee` +
          (cappedHere ? `, capped at ${g.penalty.cap} %.` : '.'),
      }),
    )
  }
  const penalties = guaranteeParts.reduce((acc, p) => acc.plus(p.percent), ZERO)
  parts.push(...guaranteeParts)
  if (guaranteeParts.length && c.credit.length) {
    if (c.combine === 'add') sum = sum.plus(penalties)
    else sum = Decimal.max(sum, penalties)
  } else sum = sum.plus(penalties)
  const overallCapped = sum.gt(c.cap)
  const percent = overallCapped ? c.cap : sum
  const exactAmount = fee!.amount.times(percent).div(100)
  const amount = roundMoney(exactAmount, { currency: fee!.currency, mode: rounding!, scale })
  // Sentences are written when first read; a statement of many elements rarely reads them all.
  const explain = (): readonly string[] => {
    const explanation = parts.map((p) => p.explanation)
    if (guaranteeParts.length && c.credit.length && c.combine === 'larger')
      explanation.push(`The larger of the availability credit and the guarantee penalties counts: ${sum.toSignificantDigits(12)} %.`)
    else if (parts.length > 1) explanation.push(`The parts add up to ${sum.toSignificantDigits(12)} %.`)
    if (overallCapped) explanation.push(`The credit is capped at ${c.cap} % of the fee.`)
    explanation.push(
      `Credit = ${formatMoney(fee!.amount, fee!.currency)} × ${percent.toSignificantDigits(12)} % = ${exactAmount.toString()} ${fee!.currency}, rounded ${rounding} to ${formatMoney(amount, fee!.currency)}.`,
    )
    if (c.soleRemedy) explanation.push('Under this commitment the credit is the sole remedy: no other compensation can be claimed.')
    return Object.freeze(explanation)
  }
  const firstTier = parts.find((p) => p.model === 'tiers')?.tier ?? null
  return withLazy({
    percent,
    uncappedPercent: sum,
    amount,
    exactAmount,
    currency: fee!.currency,
    fee: fee!,
    tier: firstTier,
    capped: overallCapped || parts.some((p) => p.capped),
    cap: c.cap,
    parts: Object.freeze(parts),
    rounding: rounding!,
    scale: scale ?? currencyScale(fee!.currency) ?? 2,
  }, 'explanation', explain) as Credit
}

/**
 * An object whose `explanation` is written when first read. The getter lives on the prototype, which costs
 * nothing per object (an own getter per credit cost more than the credit itself); `toJSON` keeps the
 * sentences in JSON, and the figures are plain own properties.
 */
class Explained {
  #explain: (() => unknown) | undefined
  #explanation: unknown
  constructor(fields: object, explain: () => unknown) {
    Object.assign(this, fields)
    this.#explain = explain
  }
  get explanation(): unknown {
    if (this.#explain) {
      this.#explanation = this.#explain()
      this.#explain = undefined
    }
    return this.#explanation
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation }
  }
}

function withLazy<T extends object>(target: T, _key: 'explanation', compute: () => unknown): T {
  return Object.freeze(new Explained(target, compute)) as unknown as T
}
