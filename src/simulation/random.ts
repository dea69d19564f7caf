/**
 * Seeded random numbers for the simulation: a small generator whose every step is 32-bit integer
 * arithmetic (so that a seed gives the same numbers on every machine), the seeding of independent
 * streams, and the few distributions the incident model needs.
 *
 * Nothing here allocates per draw: the simulation's hot loop calls these millions of times.
 *
 * @module
 */

// ---------------------------------------------------------------------------------------------------
// Seeding: a bijective 32-bit mixer and a splitmix-style expansion
// ---------------------------------------------------------------------------------------------------

/** 2^-32, to turn a 32-bit integer into a number in [0, 1). */
const TWO_POW_MINUS_32 = 1 / 4_294_967_296
/** The 32-bit golden-ratio increment of splitmix generators, ⌊2^32 / φ⌋. */
const GOLDEN = 0x9e3779b9

/**
 * "lowbias32" (C. Wellons, hash-prospector): a bijection of 32-bit integers with low bias, used to derive
 * generator states from a seed. Being a bijection, it maps distinct inputs to distinct outputs and only 0
 * to 0.
 *
 * @example
 * mix32(1) // 1753845952
 */
export function mix32(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return x >>> 0
}

/**
 * Entry `i` of a table whose length the caller has checked. `noUncheckedIndexedAccess` types every read
 * of a typed array as possibly `undefined`; the loops here stay inside their tables, which the type
 * system cannot follow. One function for every table keeps the engine's view of the read monomorphic
 * (a Float64Array, always), so that it costs what a plain read costs once inlined.
 */
export function at(table: Float64Array, i: number): number {
  return table[i]!
}

/** A seed as the simulation takes it: a whole number from 0 to 2^53 − 1. */
export type Seed = number

/**
 * The four 32-bit words of the state of stream `stream` for trial `trial` under `seed`:
 * `key = mix32(mix32(mix32(mix32(lo) ^ hi) ^ stream) ^ trial)` (lo and hi the low and high 32 bits of
 * the seed), then word i = `mix32(key + (i + 1) · 0x9e3779b9 mod 2^32)`. The four keys differ, so at
 * most one word is 0 and the state is never all zero, which xoshiro forbids.
 *
 * Each trial of each stream gets its own state: a trial can be replayed alone, and a run of 2n trials
 * begins with the n trials of a run of n.
 */
export function streamState(seed: Seed, stream: number, trial: number, out: Uint32Array = new Uint32Array(4)): Uint32Array {
  const lo = seed >>> 0
  const hi = Math.floor(seed / 4_294_967_296) >>> 0
  const key = mix32((mix32((mix32(mix32(lo) ^ hi) ^ stream) >>> 0) ^ trial) >>> 0)
  for (let i = 0; i < 4; i++) out[i] = mix32((key + (i + 1) * GOLDEN) >>> 0)
  return out
}

// ---------------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------------

/** Four 32-bit words: what {@link streamState} writes, or a literal list in a test. */
export type GeneratorState = Uint32Array | Int32Array | readonly number[]

/**
 * xoshiro128** 1.1 (D. Blackman and S. Vigna, 2018): 128 bits of state, period 2^128 − 1, passes
 * BigCrush, and needs nothing but 32-bit shifts, xors and `Math.imul` — exact integer operations, so the
 * same state gives the same numbers on every machine and every JavaScript engine.
 *
 * The simulation inlines the same step in its hot loop (local variables are faster than fields); a test
 * checks that the two agree.
 *
 * @example
 * const rng = new Xoshiro128(streamState(42, 0, 0))
 * rng.nextUint32() // a whole number from 0 to 2^32 − 1
 * rng.next()       // a number in (0, 1)
 */
export class Xoshiro128 {
  s0: number
  s1: number
  s2: number
  s3: number
  /** How many numbers this generator has drawn since it was made or last reseeded. */
  draws = 0

  constructor(state: GeneratorState) {
    this.s0 = 0
    this.s1 = 0
    this.s2 = 0
    this.s3 = 0
    this.reseed(state)
  }

  /** Sets the state to four 32-bit words, not all zero. */
  reseed(state: GeneratorState): void {
    // A missing word is 0, like a zero word (and an all-zero state is refused below).
    this.s0 = (state[0] ?? 0) | 0
    this.s1 = (state[1] ?? 0) | 0
    this.s2 = (state[2] ?? 0) | 0
    this.s3 = (state[3] ?? 0) | 0
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) throw new RangeError('xoshiro128** state must not be all zero')
    this.draws = 0
  }

  /** The next 32-bit output, a whole number from 0 to 2^32 − 1. */
  nextUint32(): number {
    const s1 = this.s1
    const r = Math.imul(s1, 5)
    const result = Math.imul((r << 7) | (r >>> 25), 9) >>> 0
    const t = s1 << 9
    let s2 = this.s2 ^ this.s0
    let s3 = this.s3 ^ s1
    this.s1 = s1 ^ s2
    this.s0 = this.s0 ^ s3
    s2 ^= t
    s3 = (s3 << 11) | (s3 >>> 21)
    this.s2 = s2
    this.s3 = s3
    this.draws++
    return result
  }

  /**
   * A uniform number in the open interval (0, 1): `(x + 0.5) / 2^32` for the next 32-bit output x, so
   * never 0 nor 1 (a logarithm of it is always finite), with 2^32 equally likely values.
   */
  next(): number {
    return (this.nextUint32() + 0.5) * TWO_POW_MINUS_32
  }
}

/** `(x + 0.5) / 2^32`: the uniform in (0, 1) that {@link Xoshiro128.next} makes of a 32-bit output. */
export function toUniform(x: number): number {
  return ((x >>> 0) + 0.5) * TWO_POW_MINUS_32
}

// ---------------------------------------------------------------------------------------------------
// Distributions
// ---------------------------------------------------------------------------------------------------

/** The largest Poisson rate {@link poissonTable} accepts. */
export const MAX_POISSON_RATE = 1000

/**
 * The cumulative distribution of a Poisson law of mean `rate`, as a table `cdf[k] = P(N ≤ k)` for
 * inversion with a single uniform: the count is the least k with `u ≤ cdf[k]`. The table stops where
 * the remaining probability is far below the 2^-32 resolution of a uniform; its last entry is set to 1
 * so that every uniform finds a count. Probabilities are computed in log space (no underflow of e^-rate
 * for large rates) from the mode outwards, then normalised.
 *
 * For a small rate, the first entry e^-rate decides most draws: a month without incident costs one
 * uniform and one comparison.
 *
 * @example
 * poissonTable(0.1)[0] // e^-0.1 = 0.904837…
 */
export function poissonTable(rate: number): Float64Array {
  if (!(rate >= 0 && rate <= MAX_POISSON_RATE)) throw new RangeError(`Poisson rate must be from 0 to ${MAX_POISSON_RATE} (got ${rate})`)
  if (rate === 0) return Float64Array.of(1)
  const mode = Math.floor(rate)
  const logRate = Math.log(rate)
  // log P(N = mode) = −rate + mode·ln(rate) − ln(mode!)
  let logFact = 0
  for (let i = 2; i <= mode; i++) logFact += Math.log(i)
  const logMode = -rate + mode * logRate - logFact
  // Relative to the mode's probability: walk down to 0 and up until negligible.
  const below: number[] = []
  let p = 1
  for (let k = mode; k > 0; k--) {
    p = (p * k) / rate
    below.push(p)
  }
  const above: number[] = []
  p = 1
  const tiny = 1e-22 / Math.exp(logMode)
  for (let k = mode + 1; ; k++) {
    p = (p * rate) / k
    above.push(p)
    if (p < tiny || above.length > 100_000) break
  }
  const weights = [...below.reverse(), 1, ...above]
  const scale = Math.exp(logMode)
  const cdf = new Float64Array(weights.length)
  let acc = 0
  weights.forEach((w, k) => {
    acc += w * scale
    cdf[k] = acc
  })
  // Normalise away the rounding of the sums, and make sure the last entry catches every uniform.
  cdf.forEach((c, k) => (cdf[k] = c / acc))
  cdf[cdf.length - 1] = 1
  return cdf
}

/** The Poisson count for uniform `u` by inversion of a {@link poissonTable}: the least k with `u ≤ cdf[k]`. */
export function poissonFromUniform(cdf: Float64Array, u: number): number {
  if (u <= at(cdf, 0)) return 0
  const n = cdf.length
  if (n <= 64) {
    let k = 1
    while (u > at(cdf, k)) k++
    return k
  }
  let lo = 1
  let hi = n - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (u <= at(cdf, mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

// ---------------------------------------------------------------------------------------------------
// Continuous laws by inversion of a tabulated quantile function
// ---------------------------------------------------------------------------------------------------

/** log2 of the number of equal steps of u in a quantile table. */
export const QUANTILE_BITS = 12
/** Steps of u in a quantile table: 4096, so that the step of u is the top 12 bits of a 32-bit output. */
export const QUANTILE_CELLS = 1 << QUANTILE_BITS
/**
 * Steps drawn exactly at each end of a quantile table (u below 16/4096 = 1/256, or above 1 − 1/256): there
 * the quantile bends too fast for the interpolation to keep its 10^-5 accuracy (a test checks it).
 */
export const EXACT_CELLS = 16
/** The first 32-bit output of the interpolated steps, and the last. */
export const INNER_LOW = EXACT_CELLS * 2 ** (32 - QUANTILE_BITS)
export const INNER_HIGH = (QUANTILE_CELLS - EXACT_CELLS) * 2 ** (32 - QUANTILE_BITS) - 1
const CELL_SHIFT = 32 - QUANTILE_BITS
const CELL_MASK = (1 << CELL_SHIFT) - 1
const TWO_POW_MINUS_CELL_SHIFT = 1 / (1 << CELL_SHIFT)

/**
 * A quantile function Q tabulated for inversion: `q[i] = Q(i / 4096)` and `d[i] = Q'(i / 4096) / 4096`
 * for i = 0 … 4096 (the entries at 0 and 4096 may be infinite: the {@link EXACT_CELLS} outermost steps at
 * each end are drawn otherwise).
 */
export interface QuantileTable {
  readonly q: Float64Array
  readonly d: Float64Array
}

/**
 * Q(u) inside step i = the top 12 bits of the 32-bit output x, by cubic Hermite interpolation between the
 * step's ends with the exact derivatives there: about fifteen additions and multiplications, and a relative
 * error, from the {@link EXACT_CELLS}-th step to the (4096 − EXACT_CELLS)-th, below 10^-6 for an
 * exponential table or a log-normal one with σ ≤ 3, below 10^-5 up to σ = 5, and below 10^-13 in the
 * middle half (measured; a test checks 10^-5 at σ = 1.2). The uniform inside the
 * step is `((x & 0xfffff) + 0.5) / 2^20`, the same (x + 0.5) / 2^32 as {@link Xoshiro128.next}: a step
 * holds exactly 2^20 of the 2^32 values.
 */
export function interpolateQuantile(table: QuantileTable, x: number): number {
  const i = x >>> CELL_SHIFT
  const t = ((x & CELL_MASK) + 0.5) * TWO_POW_MINUS_CELL_SHIFT
  const q0 = at(table.q, i)
  const q1 = at(table.q, i + 1)
  const d0 = at(table.d, i)
  const d1 = at(table.d, i + 1)
  const delta = q1 - q0
  return q0 + t * (d0 + t * (3 * delta - 2 * d0 - d1 + t * (d0 + d1 - 2 * delta)))
}

/** The table of the exponential law of mean `mean`: Q(u) = −mean · ln(1 − u). */
export function exponentialTable(mean: number): QuantileTable {
  const q = new Float64Array(QUANTILE_CELLS + 1)
  const d = new Float64Array(QUANTILE_CELLS + 1)
  for (let i = 0; i <= QUANTILE_CELLS; i++) {
    const u = i / QUANTILE_CELLS
    q[i] = -mean * Math.log1p(-u)
    d[i] = mean / (1 - u) / QUANTILE_CELLS
  }
  return { q, d }
}

/** An exponential draw of mean `mean` by exact inversion of the 32-bit output x, for the outermost steps. */
export function exponentialExact(mean: number, x: number): number {
  return -mean * Math.log1p(-toUniform(x))
}

// The standard normal law, for log-normal durations. Its quantile function is computed once, by Newton's
// method on the distribution function, itself computed from series that need no tabulated coefficients.

const SQRT_PI = /* @__PURE__ */ Math.sqrt(Math.PI)
const SQRT_2PI = /* @__PURE__ */ Math.sqrt(2 * Math.PI)

/** erfc(x) for x ≥ 0: the series of erf with positive terms below 2.5, Laplace's continued fraction above. */
function erfc(x: number): number {
  if (x < 2.5) {
    // erf(x) = 2/√π · e^(−x²) · Σ 2^n x^(2n+1) / (1·3·…·(2n+1))
    let term = x
    let sum = x
    for (let n = 1; n < 200 && term > 1e-17 * sum; n++) {
      term *= (2 * x * x) / (2 * n + 1)
      sum += term
    }
    return 1 - ((2 / SQRT_PI) * Math.exp(-x * x) * sum)
  }
  // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from depth 80 back.
  let f = x
  for (let k = 80; k >= 1; k--) f = x + k / 2 / f
  return Math.exp(-x * x) / SQRT_PI / f
}

/** Φ(z), the standard normal distribution function, with small relative error in both tails. */
export function normalCdf(z: number): number {
  return z <= 0 ? 0.5 * erfc(-z / Math.SQRT2) : 1 - 0.5 * erfc(z / Math.SQRT2)
}

function normalDensity(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI
}

/** Newton's method on Φ from a start `z` to the right of the root, for u ≤ 1/2 (Φ is convex there: no overshoot). */
function normalQuantileBelowHalf(u: number, z: number): number {
  for (let k = 0; k < 200; k++) {
    const step = (normalCdf(z) - u) / normalDensity(z)
    z -= step
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break
  }
  return z
}

/**
 * Φ^-1(u), the standard normal quantile, for u in (0, 1), by Newton's method (at setup time only: about a
 * microsecond).
 *
 * @example
 * normalQuantile(0.975) // 1.959963984540054
 */
export function normalQuantile(u: number): number {
  if (!(u > 0 && u < 1)) throw new RangeError(`normalQuantile needs u in (0, 1) (got ${u})`)
  if (u === 0.5) return 0
  return u < 0.5 ? normalQuantileBelowHalf(u, 0) : -normalQuantileBelowHalf(1 - u, 0)
}

let standardNormal: { z: Float64Array; dz: Float64Array } | undefined

/** z[i] = Φ^-1(i / 4096) and dz[i] = (Φ^-1)'(i / 4096) / 4096, computed once. */
function standardNormalTable(): { z: Float64Array; dz: Float64Array } {
  if (standardNormal) return standardNormal
  const n = QUANTILE_CELLS
  const z = new Float64Array(n + 1)
  const dz = new Float64Array(n + 1)
  z[0] = Number.NEGATIVE_INFINITY
  z[n] = Number.POSITIVE_INFINITY
  dz[0] = Number.POSITIVE_INFINITY
  dz[n] = Number.POSITIVE_INFINITY
  // Walk down from the median, each root starting from the previous one (to its right: no overshoot).
  let prev = 0
  for (let i = n / 2; i >= 1; i--) {
    const zi = i === n / 2 ? 0 : normalQuantileBelowHalf(i / n, prev)
    prev = zi
    z[i] = zi
    z[n - i] = zi === 0 ? 0 : -zi
    dz[i] = dz[n - i] = 1 / normalDensity(zi) / n
  }
  standardNormal = { z, dz }
  return standardNormal
}

/**
 * The table of the log-normal law exp(μ + σZ): Q(u) = exp(μ + σ Φ^-1(u)), Q'(u) = σ Q(u) / φ(Φ^-1(u)).
 * Draw its outermost steps with {@link normalTail} (the first and last entries are infinite).
 */
export function logNormalTable(mu: number, sigma: number): QuantileTable {
  const { z, dz } = standardNormalTable()
  const n = QUANTILE_CELLS
  const q = new Float64Array(n + 1)
  const d = new Float64Array(n + 1)
  for (let i = 1; i < n; i++) {
    const qi = Math.exp(mu + sigma * at(z, i))
    q[i] = qi
    d[i] = qi * sigma * at(dz, i)
  }
  q[0] = 0
  d[0] = 0
  q[n] = Number.POSITIVE_INFINITY
  d[n] = Number.POSITIVE_INFINITY
  return { q, d }
}

/** |Φ^-1(16/4096)| ≈ 2.6601: where the exactly drawn steps of a normal table begin. */
export function normalTailStart(): number {
  return -at(standardNormalTable().z, EXACT_CELLS)
}

/**
 * A standard normal draw conditioned on Z > r (or Z < −r), for the outermost steps, by Marsaglia's tail
 * method (1964): x = −ln(u1)/r, y = −ln(u2), accepted when 2y > x²; then Z = ±(r + x). Exact, and accepted
 * more than 8 times in 10 at r ≈ 2.66.
 */
export function normalTail(rng: Xoshiro128, r: number, upper: boolean): number {
  let x: number
  let y: number
  do {
    x = -Math.log(rng.next()) / r
    y = -Math.log(rng.next())
  } while (2 * y <= x * x)
  return upper ? r + x : -(r + x)
}
