import { at } from './random.js'

/**
 * The hot scan: stream A over every client-month, keeping only the few with an incident. Most of a run's
 * time is spent here, so it is written for the engine: local variables, no branch, four steps a turn.
 *
 * @module
 */

/** Client-months scanned per call of {@link scanClients} at most (whole months): bounds the hit buffers. */
export const SCAN_CHUNK = 1 << 16

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
export function scanClients(state: Float64Array, first: number, months: number, clients: number, threshold: number, hits: Float64Array, ends: Float64Array): number {
  let a0 = at(state, 0) | 0
  let a1 = at(state, 1) | 0
  let a2 = at(state, 2) | 0
  let a3 = at(state, 3) | 0
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

