import { type CommitmentLike, readCommitment } from '../commitment/commitment.js'
import { roundingConstant } from '../commitment/rounding.js'
import { findTier, type Tier } from '../commitment/tiers.js'
import { Decimal, toScaled } from '../decimal.js'
import { IssueList } from '../errors.js'
import { humanDuration } from '../time/duration.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'

/** The downtime range that puts availability in one band, in one exact period. */
export interface BudgetBand {
  /** The band, or null for the range above every band (no credit). */
  readonly tier: Tier | null
  /** `>= 99.5 and < 99.9`, or `no credit`. */
  readonly label: string
  /** Credit of the band in percent of the fee. */
  readonly credit: Decimal
  /** Least downtime that lands in the band, in ms. */
  readonly minDowntimeMs: number
  /** Most downtime that stays in the band, in ms; the period's length for the last band. */
  readonly maxDowntimeMs: number
  /** False when no downtime possible in this period lands in the band (e.g. a band only reachable by rounding). */
  readonly reachable: boolean
  /** The range for people: `up to 43 min 12 s`, `43 min 12.001 s to 3 h 36 min`, `beyond 3 h 36 min`. */
  readonly text: string
}

/** The bands of one tiered credit model, as downtime ranges. */
export interface DowntimeBudget {
  readonly period: Period
  readonly periodMs: number
  /**
   * Most downtime that gives no credit at all, in ms: the range above every band and the bands of 0 % that
   * follow it; 0 when the least downtime already gives a credit.
   */
  readonly allowedDowntimeMs: number
  /** From no credit to the largest credit, in order of growing downtime. */
  readonly bands: readonly BudgetBand[]
  /** Per-duration models: how much downtime is free and how much each unit is. */
  readonly perDuration: readonly {
    readonly freeMs: number
    readonly unitMs: number
    readonly percent: Decimal
    readonly count: 'started' | 'full'
    /** Present when, once `freeMs` is exceeded, all the downtime counts rather than only the excess. */
    readonly onceExceeded?: 'all'
  }[]
  readonly explanation: readonly string[]
}

/** Options of {@link downtimeBudget}. */
export interface BudgetOptions {
  commitment: CommitmentLike
  /** The exact period: a 28-, 30- or 31-day month, a 743-h DST month, a year… */
  period: Period | PeriodLike
}

/**
 * The downtime each band allows in one exact period, to the millisecond: like uptime.is, but per band and
 * per real calendar month. Downtime here is full outage with nothing excluded; a partial outage weighing
 * 0.3 may last 1/0.3 times as long.
 *
 * @example
 * const b = downtimeBudget({ commitment: presets.ovhVps2016.value, period: monthPeriod({ year: 2026, month: 4 }) })
 * b.bands.map((x) => x.text) // ['up to 43 min 12 s', '43 min 12 s 1 ms to 3 h 36 min', 'beyond 3 h 36 min']
 * @throws InputError when the commitment or period is invalid, or the commitment has no band nor per-duration model.
 */
export function downtimeBudget(options: BudgetOptions): DowntimeBudget {
  const issues = new IssueList()
  const { commitment: c, bounds } = issues.checked(
    { commitment: readCommitment(options?.commitment, 'commitment', issues), bounds: readPeriod(options?.period, 'period', issues) },
    'Cannot compute the downtime budget',
  )
  const p = bounds.end - bounds.start
  const P = BigInt(p)
  const tiers = c.credit.find((m) => m.type === 'tiers')?.tiers ?? []
  const rounding = c.measurement.rounding

  // Index of the band for `d` ms of downtime in the list from highest availability down; -1 for none.
  // It never decreases as d grows, which the searches below rely on.
  const bandAt = (d: number): number => {
    let tier: Tier | undefined
    if (rounding) {
      const a = new Decimal(100).times(p - d).div(p).toDecimalPlaces(rounding.decimals, roundingConstant(rounding.mode))
      const s = toScaled(a)
      tier = findTier(tiers, s.n, 100n * 10n ** BigInt(s.k))
    } else tier = findTier(tiers, P - BigInt(d), P)
    return tier ? tiers.indexOf(tier) : -1
  }
  // Least d in [0, p + 1] whose band index is at least k.
  const firstAtLeast = (k: number): number => {
    let lo = 0
    let hi = p + 1
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2)
      if (bandAt(mid) >= k) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const starts = tiers.map((tier, k) => ({ tier, start: firstAtLeast(k) }))
  const bands: BudgetBand[] = []
  // Each range ends where the next starts; the last, with the period.
  const ranges: [Tier | null, number, number][] = [[null, 0, (starts[0]?.start ?? p + 1) - 1]]
  starts.forEach(({ tier, start }, k) => ranges.push([tier, start, (starts[k + 1]?.start ?? p + 1) - 1]))
  for (const [tier, min, max] of ranges) {
    const reachable = min <= max
    const last = max === p
    const text = !reachable
      ? 'never, in this period'
      : min === 0
        ? `up to ${humanDuration(max)}`
        : last
          ? `beyond ${humanDuration(min - 1)}`
          : `${humanDuration(min)} to ${humanDuration(max)}`
    bands.push(
      Object.freeze({
        tier,
        label: tier ? tier.label : 'no credit',
        credit: tier ? tier.credit : new Decimal(0),
        minDowntimeMs: min,
        maxDowntimeMs: Math.max(max, min - 1),
        reachable,
        text,
      }),
    )
  }
  const perDuration = c.credit.flatMap((m) => {
    if (m.type !== 'per-duration') return []
    let freeMs = 0
    if (m.beyond) freeMs = new Decimal(p).times(new Decimal(100).minus(m.beyond)).div(100).toNumber()
    else if (m.allowanceMs !== undefined) freeMs = m.allowanceMs
    return [Object.freeze({ freeMs, unitMs: m.perMs, percent: m.percent, count: m.count, ...(m.onceExceeded === 'all' && { onceExceeded: 'all' as const }) })]
  })
  const explanation = [
    `Period ${bounds.period.label}: ${humanDuration(p)} (${p.toLocaleString('en-US')} ms).`,
    ...bands.filter((b) => b.reachable).map((b) => `${b.label}: downtime ${b.text} → ${b.credit} % credit.`),
    ...perDuration.map(
      (d) =>
        `${d.percent} % per ${d.count} ${humanDuration(d.unitMs)} of downtime` +
        (d.freeMs ? (d.onceExceeded === 'all' ? `, all of it once it exceeds ${humanDuration(d.freeMs)}` : ` beyond the first ${humanDuration(d.freeMs)}`) : '') +
        '.',
    ),
  ]
  // No credit is given up to the first band that credits something: past the range above every band, a
  // table may open with bands of 0 % (`{ atLeast: 99.5, credit: 0 }`), which give no credit either.
  let allowedDowntimeMs = 0
  for (const b of bands) {
    if (!b.reachable) continue
    if (!b.credit.isZero()) break
    allowedDowntimeMs = b.maxDowntimeMs
  }
  return Object.freeze({
    period: bounds.period,
    periodMs: p,
    allowedDowntimeMs,
    bands: Object.freeze(bands),
    perDuration: Object.freeze(perDuration),
    explanation: Object.freeze(explanation),
  })
}
