import { describe, expect, it } from 'vitest'
import {
  EXACT_CELLS,
  exponentialTable,
  INNER_HIGH,
  INNER_LOW,
  interpolateQuantile,
  logNormalTable,
  mix32,
  normalCdf,
  normalQuantile,
  normalTail,
  normalTailStart,
  poissonFromUniform,
  poissonTable,
  QUANTILE_CELLS,
  streamState,
  toUniform,
  Xoshiro128,
} from '../../src/simulation/random.js'

const H = 3_600_000

describe('the random number generator', () => {
  it('gives the reference outputs of xoshiro128** 1.1 for the state 1, 2, 3, 4', () => {
    // Checked against the authors' C code (prng.di.unimi.it/xoshiro128starstar.c, compiled with gcc):
    //   s = {1, 2, 3, 4}; six calls of next() print 11520 0 5927040 70819200 2031721883 1637235492.
    // By hand, the first: rotl(2 · 5, 7) · 9 = 1280 · 9 = 11520.
    const rng = new Xoshiro128([1, 2, 3, 4])
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492])
    expect(rng.draws).toBe(6)
  })

  it('derives stream states with lowbias32, as the same C arithmetic does', () => {
    // Same C program, uint32_t arithmetic: mix32(0) = 0, mix32(1) = 1753845952, mix32(0xdeadbeef) = 3861431939;
    // key = mix32(mix32(mix32(mix32(lo) ^ hi) ^ stream) ^ trial), word i = mix32(key + (i + 1) · 0x9e3779b9).
    expect([mix32(0), mix32(1), mix32(0xdeadbeef)]).toEqual([0, 1753845952, 3861431939])
    expect(Array.from(streamState(42, 0, 0))).toEqual([2539399672, 2072935485, 1514046182, 940431083])
    const rng = new Xoshiro128(streamState(42, 0, 0))
    expect(Array.from({ length: 4 }, () => rng.nextUint32())).toEqual([99311188, 3504903697, 1714564553, 2012866152])
    // A seed above 2^32 uses its high word: 2^32 + 5 → lo 5, hi 1.
    expect(Array.from(streamState(4_294_967_301, 2, 7))).toEqual([3504306120, 1682829392, 1821950684, 3288992267])
    const other = new Xoshiro128(streamState(4_294_967_301, 2, 7))
    expect(Array.from({ length: 4 }, () => other.nextUint32())).toEqual([3651079242, 3877010172, 1006479126, 1929953805])
  })

  it('makes uniforms strictly inside (0, 1), so that their logarithm is finite', () => {
    expect(toUniform(0)).toBe(2 ** -33)
    expect(toUniform(0xffffffff)).toBe(1 - 2 ** -33)
    const rng = new Xoshiro128([1, 2, 3, 4])
    expect(rng.next()).toBe((11520 + 0.5) / 2 ** 32)
  })

  it('refuses the all-zero state, which xoshiro never leaves', () => {
    expect(() => new Xoshiro128([0, 0, 0, 0])).toThrow(RangeError)
  })
})

describe('distributions', () => {
  it('inverts the Poisson law from one uniform: e^-λ first, then the tail', () => {
    const cdf = poissonTable(0.1)
    expect(cdf[0]).toBeCloseTo(Math.exp(-0.1), 15)
    expect(cdf[1]! - cdf[0]!).toBeCloseTo(0.1 * Math.exp(-0.1), 15)
    expect(cdf[cdf.length - 1]).toBe(1)
    expect(poissonFromUniform(cdf, 0.5)).toBe(0)
    expect(poissonFromUniform(cdf, 0.95)).toBe(1)
    expect(poissonFromUniform(cdf, 0.999)).toBe(2) // P(N ≤ 1) = 0.99532, P(N ≤ 2) = 0.99985
    expect(poissonFromUniform(cdf, 0.9999)).toBe(3) // P(N ≤ 3) = 0.9999962
    // The mean over a fine grid of u is λ, for a small and a large rate (the latter by bisection).
    for (const rate of [0.1, 3, 500]) {
      const table = poissonTable(rate)
      let sum = 0
      const n = 200_000
      for (let i = 0; i < n; i++) sum += poissonFromUniform(table, (i + 0.5) / n)
      expect(sum / n).toBeCloseTo(rate, rate < 1 ? 3 : 1)
    }
    expect(Array.from(poissonTable(0))).toEqual([1])
    expect(() => poissonTable(-1)).toThrow(RangeError)
  })

  it('computes the normal quantile to full precision', () => {
    // Python's statistics.NormalDist().inv_cdf (Wichura's AS 241): 0.975 → 1.9599639845400536,
    // 0.999 → 3.090232306167813, 1/4096 → -3.4871041041144313, 0.3 → -0.5244005127080407, 1e-9 → -5.9978070150076865.
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 13)
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 12)
    expect(normalQuantile(1 / 4096)).toBeCloseTo(-3.4871041041144313, 12)
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080407, 13)
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.9978070150076865, 10)
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14)
    // The exactly drawn steps begin at |Φ^-1(16/4096)|: inv_cdf(16/4096) = -2.6600674686174592.
    expect(normalTailStart()).toBeCloseTo(2.6600674686174592, 12)
  })

  it('interpolates the log-normal and exponential quantile tables to better than 1e-5 relative, up to the exactly drawn steps', () => {
    const mu = Math.log(30 * 60_000)
    const sigma = 1.2
    const logNormal = logNormalTable(mu, sigma)
    const exponential = exponentialTable(H)
    const rng = new Xoshiro128(streamState(7, 9, 0))
    let worst = 0
    const check = (x: number) => {
      const u = toUniform(x)
      const a = interpolateQuantile(logNormal, x)
      const b = Math.exp(mu + sigma * normalQuantile(u))
      const c = interpolateQuantile(exponential, x)
      const d = -H * Math.log1p(-u)
      worst = Math.max(worst, Math.abs(a - b) / b, Math.abs(c - d) / d)
    }
    for (let i = 0; i < 20_000; i++) {
      const x = rng.nextUint32()
      if (x >= INNER_LOW && x <= INNER_HIGH) check(x)
    }
    // The first and last interpolated steps, where the quantile bends most, finely.
    for (const start of [INNER_LOW, INNER_HIGH + 1 - 2 ** 20]) for (let k = 0; k < 256; k++) check(start + k * 4096 + 2048)
    expect(INNER_LOW).toBe(EXACT_CELLS * 2 ** 20)
    expect(INNER_HIGH).toBe((QUANTILE_CELLS - EXACT_CELLS) * 2 ** 20 - 1)
    expect(worst).toBeLessThan(1e-5)
  })

  it('draws the normal tail beyond r by Marsaglia\'s method', () => {
    const r = normalTailStart()
    const rng = new Xoshiro128(streamState(3, 0, 0))
    let sum = 0
    const n = 20_000
    for (let i = 0; i < n; i++) {
      const z = normalTail(rng, r, true)
      expect(z).toBeGreaterThan(r)
      sum += z
    }
    // E[Z | Z > r] = φ(r) / (1 − Φ(r)) = 2.96910 for r = 2.66007 (Python: NormalDist); its standard error
    // over 20,000 draws is about 0.002.
    const phi = Math.exp(-r * r / 2) / Math.sqrt(2 * Math.PI)
    expect(phi / (1 - normalCdf(r))).toBeCloseTo(2.96910168017801, 10)
    expect(sum / n).toBeCloseTo(2.9691, 2)
    expect(normalTail(rng, r, false)).toBeLessThan(-r)
  })
})
