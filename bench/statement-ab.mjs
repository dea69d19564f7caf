// Before and after: the same monthly statement from two builds of the library, timed in turns in one
// process against the bare `BigUint64Array` sort of the same starts (bench/harness.mjs: rotated order, a
// full GC before each run, lowest and median, wall-clock and CPU time). The workload is the one of
// bench/statement.mjs (10,000 elements × 100 shuffled incidents, March 2026 in Europe/Paris). Each build
// is an ES module exporting monthlyStatement, monthPeriod and presets, e.g. bundled from a checkout with
//
//   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/before.mjs
//   node --expose-gc bench/statement-ab.mjs /tmp/before.mjs dist/index.js [ms|iso] [--runs=9]
//
// This is a measurement, not a test: it exits 0 whatever it finds.

import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { interleave, loadLine, ms, ratio, runsFrom, table, times } from './harness.mjs'

const args = process.argv.slice(2)
const [fileA, fileB] = args.filter((a) => !a.startsWith('--'))
const mode = args.filter((a) => !a.startsWith('--'))[2] ?? 'ms'
const RUNS = runsFrom(args)
if (!fileA || !fileB) {
  console.error('usage: node --expose-gc bench/statement-ab.mjs <before.mjs> <after.mjs> [ms|iso|dates] [--runs=N]')
  process.exit(2)
}
const A = await import(pathToFileURL(resolve(fileA)).href)
const B = await import(pathToFileURL(resolve(fileB)).href)

const ELEMENTS = 10_000
const PER_ELEMENT = 100
const SEED = 0x6d61746f // 'mato', as bench/statement.mjs
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(seed) {
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
 * The workload: `elementCount` elements, `PER_ELEMENT` incidents each (or `perElement`), each naming one
 * element, starting anywhere in the month or up to 12 hours either side of it, lasting 1 minute to 6
 * hours (whole seconds), mostly outages and unplanned. Shuffled. `mode` is 'ms' (epoch milliseconds),
 * 'dates' (Date objects) or 'iso' (ISO-8601 strings, as read from a file). Also returns the start times as
 * plain numbers.
 */
function buildWorkload(mode, M, elementCount = ELEMENTS, perElement = PER_ELEMENT) {
  const period = M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
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


const w = buildWorkload(mode, A)
const statementOf = (M) => () => {
  const period = M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
  const s = M.monthlyStatement({ commitment: M.presets.ovhVps2016.starter, period, incidents: w.incidents, elements: w.elements })
  return s.totals[0].credits.toFixed(2)
}
const r = await interleave(
  [
    {
      name: 'sort u64',
      run: () => {
        const a = new Float64Array(w.starts.length)
        for (let i = 0; i < w.starts.length; i++) a[i] = w.starts[i]
        new BigUint64Array(a.buffer).sort()
        return a[a.length >> 1]
      },
    },
    { name: 'before', run: statementOf(A) },
    { name: 'after', run: statementOf(B) },
  ],
  RUNS,
)
console.log(`statement of ${(ELEMENTS * PER_ELEMENT).toLocaleString('en-US')} incidents (${mode}), ${fileA} (before) against ${fileB} (after), ${RUNS} rounds, node ${process.version}; ${loadLine()}`)
const both = (x, y) => `${times(ratio(x, y).min)} ${times(ratio(x, y).median)}`
const rows = [['way', 'wall min', 'wall median', '/ sort u64', '/ before', 'CPU min', 'CPU median', '/ sort u64', '/ before']]
for (const name of ['sort u64', 'before', 'after']) {
  const x = r[name]
  rows.push([name, ms(x.min), ms(x.median), both(x, r['sort u64']), both(x, r.before), ms(x.cpu.min), ms(x.cpu.median), both(x.cpu, r['sort u64'].cpu), both(x.cpu, r.before.cpu)])
}
table(rows)
if (r.before.result !== r.after.result) console.log(`WARNING: credits differ: ${r.before.result} before, ${r.after.result} after`)
else console.log(`credits ${r.after.result} EUR in both`)
