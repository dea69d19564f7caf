import { type Commitment } from '../commitment/commitment.js'
import { type IssueList, joinPath } from '../errors.js'
import { CAUSES } from '../schema/commitment.js'
import { humanDuration } from '../time/duration.js'
import type { DurationSpec } from './options.js'
import {
  at,
  EXACT_CELLS,
  exponentialExact,
  exponentialTable,
  INNER_HIGH,
  INNER_LOW,
  interpolateQuantile,
  logNormalTable,
  normalTail,
  normalTailStart,
  QUANTILE_CELLS,
  type QuantileTable,
  toUniform,
  type Xoshiro128,
} from './random.js'

/** A duration distribution compiled to numbers. */
export interface DurationSampler {
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

/** An empty table, for the fields a kind of sampler does not use (one shape for every sampler). */
export const NO_TABLE = /* @__PURE__ */ new Float64Array(0)
const NO_QUANTILES: QuantileTable = /* @__PURE__ */ Object.freeze({ q: NO_TABLE, d: NO_TABLE })

function sampler(kind: DurationSampler['kind'], a: number, b: number, table: Float64Array, quantiles: QuantileTable, meanMs: number, text: string): DurationSampler {
  return Object.freeze({ kind, a, b, c: kind === 2 ? normalTailStart() : 0, table, quantiles, meanMs, text })
}

function fixedSampler(ms: number, text = `always ${humanDuration(ms)}`): DurationSampler {
  return sampler(0, ms, 0, NO_TABLE, NO_QUANTILES, ms, text)
}

export function exponentialSampler(mean: number, text = `exponential, mean ${humanDuration(Math.round(mean))}`): DurationSampler {
  return sampler(1, mean, 0, NO_TABLE, exponentialTable(mean), mean, text)
}

/**
 * Compiles a checked duration model. Only an incident log can still fail here: when the commitment
 * leaves none of its incidents to count, the issue goes under `path`.incidents.
 */
export function samplerOf(spec: DurationSpec, path: string, commitment: Commitment, issues: IssueList): DurationSampler | undefined {
  switch (spec.type) {
    case 'fixed':
      return fixedSampler(spec.duration)
    case 'exponential':
      return exponentialSampler(spec.mean)
    case 'log-normal': {
      const s = spec.sigma
      const ms = spec.median ?? spec.mean ?? 0
      const mu = spec.median !== undefined ? Math.log(ms) : Math.log(ms) - (s * s) / 2
      const median = Math.exp(mu)
      const mean = Math.exp(mu + (s * s) / 2)
      const text = `log-normal, median ${humanDuration(Math.round(median / 1000) * 1000)}, σ ${s}, mean ${humanDuration(Math.round(mean / 1000) * 1000)}`
      if (s === 0) return fixedSampler(median, text)
      return sampler(2, mu, s, NO_TABLE, logNormalTable(mu, s), mean, text)
    }
    case 'empirical': {
      const durations: number[] = spec.durations ? [...spec.durations] : []
      const log = spec.incidents
      if (log) {
        const weights = commitment.measurement.weightUnits
        const excluded = commitment.measurement.excludedCauses
        for (let i = 0; i < log.count; i++) {
          const impact = log.impact[i] ?? 0
          const cause = CAUSES[log.cause[i] ?? 0]
          if (weights[impact] === 0 || (cause !== undefined && excluded.includes(cause))) continue
          durations.push(at(log.end, i) - at(log.start, i))
        }
        if (durations.length === 0) {
          issues.add(joinPath(path, 'incidents'), `holds no incident the commitment counts (causes ${excluded.join(', ') || 'none'} excluded; impacts weighing 0 left out)`, 'none-counted', {
            excluded: excluded.join(', '),
          })
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

// ---------------------------------------------------------------------------------------------------
// Draws
// ---------------------------------------------------------------------------------------------------

/**
 * One duration. Exponential and log-normal laws are drawn by inversion of one 32-bit output through their
 * quantile table (see `interpolateQuantile`), and exactly in the 16 outermost of its 4096 steps at each
 * end (u < 1/256 or u > 1 − 1/256): the exponential by its closed-form inverse, the log-normal by
 * Marsaglia's normal-tail method. A fixed duration draws nothing.
 */
export function drawDuration(s: DurationSampler, rng: Xoshiro128): number {
  return s.kind === 0 ? s.a : durationOf(s, rng.nextUint32(), rng)
}

/**
 * The duration for the 32-bit output x of a non-fixed law. Only the outermost steps of a table law draw
 * more numbers from `rng`; elsewhere the duration is a non-decreasing function of x alone.
 */
export function durationOf(s: DurationSampler, x: number, rng: Xoshiro128): number {
  if (s.kind === 3) return at(s.table, Math.floor(toUniform(x) * s.table.length))
  if (x >= INNER_LOW && x <= INNER_HIGH) return interpolateQuantile(s.quantiles, x)
  if (s.kind === 1) return exponentialExact(s.a, x)
  return Math.exp(s.a + s.b * normalTail(rng, s.c, x > INNER_HIGH))
}

/** The first and last 32-bit outputs whose duration is a function of the output alone (see {@link durationOf}). */
export function innerOutputs(s: DurationSampler): { readonly low: number; readonly high: number } {
  return s.kind === 3 ? { low: 0, high: 0xffffffff } : { low: INNER_LOW, high: INNER_HIGH }
}

/**
 * Whether the duration is a non-decreasing function of the output over {@link innerOutputs}, so that a
 * bound on the duration is a bound on the output: always for an empirical law (a sorted list); for a table
 * law when its interpolation is monotone in every inner step (Fritsch–Carlson: α, β ≥ 0, α² + β² ≤ 9).
 */
export function risesWithOutput(s: DurationSampler): boolean {
  if (s.kind === 0) return false
  if (s.kind === 3) return true
  const t = s.quantiles
  for (let i = EXACT_CELLS; i < QUANTILE_CELLS - EXACT_CELLS; i++) {
    const delta = at(t.q, i + 1) - at(t.q, i)
    if (!(delta > 0)) return false
    const a = at(t.d, i) / delta
    const b = at(t.d, i + 1) / delta
    if (!(a >= 0 && b >= 0 && a * a + b * b <= 9)) return false
  }
  return true
}

/**
 * The largest x in [low, high] with f(x) ≤ bound, f non-decreasing; low − 1 if none. By bisection on the
 * 32-bit outputs, at setup.
 */
export function largestAtMost(f: (x: number) => number, bound: number, low: number, high: number): number {
  let lo = low - 1
  let hi = high
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2)
    if (f(mid) <= bound) lo = mid
    else hi = mid - 1
  }
  return lo
}
