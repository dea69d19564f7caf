import { Decimal } from '../decimal.js'
import { type Plan } from './plan.js'
import { at } from './random.js'
import { type Tally } from './tally.js'

/**
 * The figures of a run: from the tally of each variant, the mean monthly cost with its interval, the
 * quantiles, the probabilities and the worst month, in Decimal money at last.
 *
 * @module
 */

const Z95 = 1.959963984540054
/** Decimals beyond the minor unit kept in the interval of the expected cost. */
const INTERVAL_EXTRA_DECIMALS = 4

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

/** Most bins of {@link CostDistribution}: enough to see the shape, few enough to read each bar. */
export const DISTRIBUTION_BINS = 20

/** One bar of the distribution: the months whose total lies from `low` to `high`, both included. */
export interface CostBin {
  /** Least total of the bin, money. */
  readonly low: Decimal
  /** Greatest total of the bin (a whole number of minor units, like every monthly total), money. */
  readonly high: Decimal
  /** Months whose total lies in the bin. */
  readonly months: number
}

/**
 * How the monthly totals of credits spread: the months that cost nothing, counted apart (usually most
 * of them, they would flatten every other bar), then the months that cost something in at most
 * {@link DISTRIBUTION_BINS} bins of equal width, a whole number of minor units, from the cheapest such
 * month to the worst. The same seed gives the same bins.
 */
export interface CostDistribution {
  /** Months in which no credit is due. */
  readonly zeroMonths: number
  /** The bins of the months that cost something, cheapest first; empty when none does. */
  readonly bins: readonly CostBin[]
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
  /** How the monthly totals spread: months without credit, then up to 20 bins from the cheapest paying month to the worst. */
  readonly distribution: CostDistribution
}

/** Bins the monthly totals (whole minor units); `worst` is the largest of them. */
function distributionOf(totals: Float64Array, worst: number, money: (minor: number) => Decimal): CostDistribution {
  const n = totals.length
  let least = Number.POSITIVE_INFINITY
  for (let i = 0; i < n; i++) {
    const v = at(totals, i)
    if (v > 0 && v < least) least = v
  }
  if (least === Number.POSITIVE_INFINITY) return Object.freeze({ zeroMonths: n, bins: Object.freeze([]) })
  const width = Math.max(1, Math.ceil((worst - least + 1) / DISTRIBUTION_BINS))
  const count = Math.ceil((worst - least + 1) / width)
  const months = new Float64Array(count)
  let zeros = 0
  for (let i = 0; i < n; i++) {
    const v = at(totals, i)
    if (v === 0) zeros++
    else {
      const k = Math.floor((v - least) / width)
      months[k] = at(months, k) + 1
    }
  }
  const bins = Array.from(months, (m, k) => Object.freeze({ low: money(least + k * width), high: money(least + (k + 1) * width - 1), months: m }))
  return Object.freeze({ zeroMonths: zeros, bins: Object.freeze(bins) })
}

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
    const counts = new Float64Array(worst + 1)
    for (let i = 0; i < n; i++) {
      const v = at(totals, i)
      counts[v] = at(counts, v) + 1
    }
    const cumulative = new Float64Array(worst + 1)
    let acc = 0
    for (let v = 0; v <= worst; v++) cumulative[v] = acc += at(counts, v)
    return (k) => {
      // Least v with cumulative[v] ≥ k.
      let lo = 0
      let hi = worst
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (at(cumulative, mid) >= k) hi = mid
        else lo = mid + 1
      }
      return lo
    }
  }
  const rest = totals.filter((total) => total !== 0).sort()
  const zeros = n - rest.length
  return (k) => (k <= zeros ? 0 : at(rest, k - zeros - 1))
}

export function summarise(t: Tally, p: Plan, revenue: Decimal): SimulationFigures {
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
    const d = at(totals, i) - mean
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
    distribution: distributionOf(totals, worst, money),
  })
}

