import { downtimeBudget } from '../availability/budget.js'
import { type Commitment, type CreditModel } from '../commitment/commitment.js'
import { type RoundingMode } from '../commitment/rounding.js'
import { roundMoney } from '../credits/money.js'
import { Decimal } from '../decimal.js'
import { formatDuration } from '../time/duration.js'
import { type PeriodLike } from '../time/period.js'
import { at } from './random.js'

/**
 * A commitment's credit rules compiled for the simulation's loop: percentages as whole numbers of units
 * of 10^-k % (k the most decimals any percentage of the commitment has), bands as exact downtime bounds,
 * and the conversion of a credit into rounded minor units of the currency.
 *
 * @module
 */

/** Decimals of a credit percentage kept exact in integer units; beyond, percentages are floating. */
const MAX_UNIT_DECIMALS = 9

/** Credit rules as numbers: percentages in integer units of 1/scale %. */
export interface CreditPlan {
  readonly scale: number
  /** One entry per tiered model: upper downtime bound (ms, inclusive) of each reachable band, and its credit. */
  readonly tiers: readonly { readonly upper: Float64Array; readonly units: Float64Array }[]
  readonly perDuration: readonly { readonly freeMs: number; readonly all: boolean; readonly unitMs: number; readonly units: number; readonly started: boolean; readonly cap: number }[]
  /** percent units = downtime × factor, when the downtime is more than `freeMs` (what a `below` target allows). */
  readonly proRata: readonly { readonly factor: number; readonly cap: number; readonly freeMs: number }[]
  readonly hasModels: boolean
  readonly larger: boolean
  readonly cap: number
  readonly penaltyCap: number
  readonly perBreach: number
  readonly perLate: { readonly units: number; readonly perMs: number; readonly started: boolean } | null
}

/** Turns credit percentages into rounded minor units of the currency. */
export interface MoneyPlan {
  readonly fee: Decimal
  readonly currency: string
  readonly minorScale: number
  readonly rounding: RoundingMode
  /** The fee in minor units, as a float (for credits whose percentage is not a whole number of units). */
  readonly feeMinor: number
  readonly unitScale: number
}

function decimalsOf(d: Decimal | undefined): number {
  return d ? Math.max(0, d.decimalPlaces()) : 0
}

export function compileCredit(c: Commitment, monthMs: number): CreditPlan {
  const g = c.gti
  const all: (Decimal | undefined)[] = [c.cap, g?.penalty.perBreach, g?.penalty.perLate?.percent, g?.penalty.cap]
  for (const m of c.credit) {
    if (m.type === 'tiers') for (const t of m.tiers) all.push(t.credit)
    else if (m.type === 'per-duration') all.push(m.percent, m.cap)
    else if (m.type === 'pro-rata') all.push(m.cap)
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
    } else if (m.type === 'pro-rata') {
      // Availability below the target ⟺ downtime more than what it allows of the month.
      const freeMs = m.below ? new Decimal(monthMs).times(new Decimal(100).minus(m.below)).div(100).toNumber() : 0
      proRata.push({ factor: m.multiplier.times(100).times(scale).div(monthMs).toNumber(), cap: units(m.cap, Number.POSITIVE_INFINITY), freeMs })
    }
    // An hourly waiver is left out, as the plan's notes say: it needs the clock hours, and only durations are drawn.
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
export function creditUnits(p: CreditPlan, downtime: number, breaches: number, penalty: number): number {
  let sum = 0
  for (const t of p.tiers) {
    const upper = t.upper
    let k = 0
    while (k < upper.length - 1 && downtime > at(upper, k)) k++
    sum += at(t.units, k)
  }
  for (const d of p.perDuration) {
    const over = downtime - d.freeMs
    const excess = d.all && over > 0 ? downtime : over
    if (excess > 0) {
      const n = d.started ? Math.ceil(excess / d.unitMs) : Math.floor(excess / d.unitMs)
      const v = n * d.units
      sum += v > d.cap ? d.cap : v
    }
  }
  for (const r of p.proRata) {
    if (!(downtime > r.freeMs)) continue
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

export function penaltyUnits(p: CreditPlan, lateMs: number): number {
  let v = p.perBreach
  const l = p.perLate
  if (l !== null) v += l.units * (l.started ? Math.ceil(lateMs / l.perMs) : Math.floor(lateMs / l.perMs))
  return v
}

/** Credits of at most this many units are remembered in a typed array rather than a Map. */
export const DENSE_MEMO = 1 << 16

/** Rounded minor units of the credit for `units`; exact (Decimal, memoised) when units is whole. */
export function moneyConverter(m: MoneyPlan, maxUnits: number): (units: number) => number {
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
      let v = at(dense, units)
      if (v < 0) dense[units] = v = exact(units)
      return v
    }
    let v = sparse.get(units)
    if (v === undefined) sparse.set(units, (v = exact(units)))
    return v
  }
}

