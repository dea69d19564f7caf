/**
 * The statement benchmarks' workload, shared so that `statement.mjs` and `statement-ab.mjs` time the same
 * incidents from the same seed.
 */
export const SEED = 0x6d61746f // 'mato'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The workload over `period` (a `monthPeriod` of the build measured): `elementCount` elements, `perElement` incidents each, each naming one
 * element, starting anywhere in the month or up to 12 hours either side of it, lasting 1 minute to 6
 * hours (whole seconds), mostly outages and unplanned. Shuffled. `mode` is 'ms' (epoch milliseconds),
 * 'dates' (Date objects) or 'iso' (ISO-8601 strings, as read from a file). Also returns the start times as
 * plain numbers.
 */
export function buildWorkload(mode, period, elementCount, perElement) {
  const random = mulberry32(SEED)
  const elements = new Array(elementCount)
  const elementLists = new Array(elementCount)
  for (let e = 0; e < elementCount; e++) {
    const id = `el-${e}`
    elements[e] = { id, fee: { amount: '9.99', currency: 'EUR' } }
    elementLists[e] = [id]
  }
  const n = elementCount * perElement
  const from = period.start.getTime() - 12 * HOUR
  const span = period.end.getTime() + 12 * HOUR - from
  const startMs = new Float64Array(n)
  const endMs = new Float64Array(n)
  const impact = new Uint8Array(n) // 0 outage, 1 partial, 2 degraded
  const cause = new Uint8Array(n) // 0 unplanned, 1 maintenance
  const owner = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    owner[i] = Math.floor(i / perElement)
    const s = from + Math.floor((random() * span) / 1000) * 1000
    startMs[i] = s
    endMs[i] = s + MINUTE + Math.floor((random() * (6 * HOUR - MINUTE)) / 1000) * 1000
    const r = random()
    impact[i] = r < 0.85 ? 0 : r < 0.95 ? 1 : 2
    cause[i] = random() < 0.9 ? 0 : 1
  }
  // Fisher–Yates shuffle of the order in which incidents are listed.
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[i] = i
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = order[i]
    order[i] = order[j]
    order[j] = t
  }
  const IMPACT = ['outage', 'partial', 'degraded']
  const CAUSE = ['unplanned', 'maintenance']
  const incidents = new Array(n)
  const starts = new Array(n)
  for (let k = 0; k < n; k++) {
    const i = order[k]
    starts[k] = startMs[i]
    const s = mode === 'ms' ? startMs[i] : new Date(startMs[i])
    const e = mode === 'ms' ? endMs[i] : new Date(endMs[i])
    incidents[k] = {
      start: mode === 'iso' ? s.toISOString() : s,
      end: mode === 'iso' ? e.toISOString() : e,
      impact: IMPACT[impact[i]],
      cause: CAUSE[cause[i]],
      elements: elementLists[owner[i]],
    }
  }
  return { elements, incidents, starts }
}
