import { type Plan } from './plan.js'
import { at, streamState } from './random.js'
import { SCAN_CHUNK, scanClients } from './scan.js'
import { type Tally } from './tally.js'
import { Trial } from './trial.js'

/** What a run gives: a tally per variant, and the uniforms it drew. */
export interface RunOutput {
  readonly independent: Tally
  readonly withCorrelated: Tally | null
  readonly draws: number
}

/**
 * The Monte Carlo proper. Three random streams per trial, each seeded from (seed, stream, trial):
 * A decides whether each client-month has independent incidents (one uniform each), B draws their
 * durations and GTI outcomes, C the correlated events.
 *
 * A trial runs in phases: the correlated events of its months (stream C); a tight loop over its
 * client-months drawing stream A and keeping the outputs of the few with an incident
 * ({@link scanClients}); those few worked out in order (stream B), and the monthly totals
 * ({@link Trial.months}). Each stream is read in the same order as a month-by-month loop would, so the
 * phases change no result.
 */
export function run(p: Plan, onProgress?: (done: number, total: number) => void): RunOutput {
  const { clients, months, trials, seed } = p
  // u = (x + 0.5) / 2^32 ≤ e^-rate exactly when x ≤ threshold (both products by powers of two are exact).
  const threshold = Math.floor(at(p.cdf, 0) * 4_294_967_296 - 0.5)
  const hasIndependent = p.rate > 0
  const trial = new Trial(p)
  const stateA = new Float64Array(4)
  const scratch = new Uint32Array(4)
  const chunkMonths = Math.max(1, Math.min(months, Math.floor(SCAN_CHUNK / clients)))
  const hits = new Float64Array(chunkMonths * clients + 1)
  const ends = new Float64Array(months)
  let draws = 0
  for (let t = 0; t < trials; t++) {
    stateA.set(streamState(seed, 0, t, scratch))
    draws += trial.draws
    trial.start(t)
    // The scan and the months, a chunk of whole months at a time.
    for (let first = 0; first < months; first += chunkMonths) {
      const span = Math.min(chunkMonths, months - first)
      if (hasIndependent) scanClients(stateA, first, span, clients, threshold, hits, ends)
      trial.months(t, hits, ends, first, span)
    }
    if (hasIndependent) draws += months * clients
    trial.end()
    // Every 64 trials: often enough for a progress bar, rare enough to cost nothing.
    if (onProgress && (t & 63) === 63) onProgress(t + 1, trials)
  }
  onProgress?.(trials, trials)
  draws += trial.draws
  trial.finish()
  return { independent: trial.independent, withCorrelated: trial.withCorrelated, draws }
}
