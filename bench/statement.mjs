// Benchmark of monthlyStatement on a large, shuffled incident log, against the bare cost of sorting
// the same number of start times. Runs against the built package: `npm run build` first.
//
//   npm run bench                                  full run: 10,000 elements × 100 incidents
//   node --expose-gc bench/statement.mjs --small   smoke run: 100 elements × 100 incidents
//   node --expose-gc bench/statement.mjs --runs=3  fewer runs per figure (default 5)
//
// Timings are the best of N runs (performance.now()), with a full GC between runs when --expose-gc is
// given; medians are shown beside them. The bare sort and the epoch-ms statement run in turns, so that
// both see the same load on a shared machine. The cleanest peak-memory figure comes from a child
// process (the same file, forked with --child=...) that only builds the workload and runs the statement
// once, then reports process.resourceUsage().maxRSS. This is a measurement, not a test: it exits 0
// whether or not the targets are met.

import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { monthlyStatement, monthPeriod, presets } from '../dist/index.js'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const CHILD = args.find((a) => a.startsWith('--child='))?.slice('--child='.length)
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5) || 5)

const ELEMENTS = SMALL ? 100 : 10_000
const PER_ELEMENT = 100
const SEED = 0x6d61746f // 'mato'

const TARGET_RATIO = 3 // statement at most 3× the bare sort
const TARGET_RSS_MB = 300 // peak RSS of the child under 300 MB

const commitment = presets.ovhVps2016.starter
const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })

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
 * The workload: `ELEMENTS` elements, `PER_ELEMENT` incidents each, each naming one element, starting
 * anywhere in the month or up to 12 hours either side of it, lasting 1 minute to 6 hours (whole
 * seconds), mostly outages and unplanned. Shuffled. `mode` is 'ms' (epoch milliseconds), 'dates' (Date objects) or 'iso'
 * (ISO-8601 strings, as read from a file). Also returns the start times as plain numbers.
 */
function buildWorkload(mode) {
  const random = mulberry32(SEED)
  const elements = new Array(ELEMENTS)
  const elementLists = new Array(ELEMENTS)
  for (let e = 0; e < ELEMENTS; e++) {
    const id = `el-${e}`
    elements[e] = { id, fee: { amount: '9.99', currency: 'EUR' } }
    elementLists[e] = [id]
  }
  const n = ELEMENTS * PER_ELEMENT
  const from = period.start.getTime() - 12 * HOUR
  const span = period.end.getTime() + 12 * HOUR - from
  const startMs = new Float64Array(n)
  const endMs = new Float64Array(n)
  const impact = new Uint8Array(n) // 0 outage, 1 partial, 2 degraded
  const cause = new Uint8Array(n) // 0 unplanned, 1 maintenance
  const owner = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    owner[i] = Math.floor(i / PER_ELEMENT)
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

/** Runs the statement and reads its figures, so that nothing the figures need is skipped. */
function runStatement(incidents, elements, withContributions) {
  const statement = monthlyStatement({ commitment, period, incidents, elements })
  const t = statement.totals[0]
  let downtime = 0
  let contributions = 0
  for (const entry of statement.elements) {
    downtime += entry.availability.downtimeMs
    if (withContributions) contributions += entry.availability.contributions.length
  }
  return {
    statement,
    check: { elements: t.elements, fees: t.fees.toFixed(2), credits: t.credits.toFixed(2), credited: t.credited, downtime, contributions },
  }
}

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {}

const MB = 1024 * 1024
/** JS heap in use plus the typed arrays' backing stores, which live outside it. */
const heap = (m) => m.heapUsed + m.arrayBuffers
let maxRss = 0
function sample() {
  const m = process.memoryUsage()
  if (m.rss > maxRss) maxRss = m.rss
  return m
}

/** One timed run of `fn` after a GC. */
function timed(label, r, fn, times) {
  gc()
  sample()
  const t0 = performance.now()
  const result = fn()
  const t = performance.now() - t0
  sample()
  times.push(t)
  process.stderr.write(`  ${label} run ${r + 1}/${RUNS}: ${t.toFixed(1)} ms\n`)
  return result
}

/** The lowest and the median of the times, with the last result. */
function summary(times, result) {
  const sorted = [...times].sort((a, b) => a - b)
  return { ms: sorted[0], median: sorted[sorted.length >> 1], result }
}

/** Best of RUNS: calls `fn` after a GC, returns the lowest and the median time, and the last result. */
function best(label, fn) {
  const times = []
  let result
  for (let r = 0; r < RUNS; r++) result = timed(label, r, fn, times)
  return summary(times, result)
}

/**
 * Like {@link best} for two functions, run in turns (a, b, a, b, …): on a shared, noisy machine both then
 * see the same conditions, which keeps their ratio honest.
 */
function bestPaired(labelA, fnA, labelB, fnB) {
  const timesA = []
  const timesB = []
  let resultA
  let resultB
  for (let r = 0; r < RUNS; r++) {
    resultA = timed(labelA, r, fnA, timesA)
    resultB = timed(labelB, r, fnB, timesB)
  }
  return [summary(timesA, resultA), summary(timesB, resultB)]
}

// ---------------------------------------------------------------------------------------------------
// Child: build the workload, run the statement once, report the peak RSS.

if (CHILD) {
  const { incidents, elements } = buildWorkload(CHILD)
  gc()
  const beforeKB = process.resourceUsage().maxRSS
  const input = process.memoryUsage()
  const { check } = runStatement(incidents, elements, false)
  const afterKB = process.resourceUsage().maxRSS
  process.send({ beforeKB, afterKB, inputHeap: input.heapUsed + input.arrayBuffers, check })
  process.disconnect()
} else {
  await main()
}

function child(mode) {
  return new Promise((resolve, reject) => {
    const argv = [`--child=${mode}`, ...(SMALL ? ['--small'] : [])]
    const cp = fork(fileURLToPath(import.meta.url), argv, { execArgv: ['--expose-gc'] })
    let message
    cp.on('message', (m) => (message = m))
    cp.on('error', reject)
    cp.on('exit', (code) => (message ? resolve(message) : reject(new Error(`child ${mode} exited with ${code} and no report`))))
  })
}

async function main() {
  const n = ELEMENTS * PER_ELEMENT
  console.log(`matou bench: monthlyStatement, ${ELEMENTS.toLocaleString('en-US')} elements × ${PER_ELEMENT} incidents = ${n.toLocaleString('en-US')} incidents (shuffled), ${period.label} ${period.timeZone}`)
  console.log(`node ${process.version}, best of ${RUNS} runs${typeof globalThis.gc === 'function' ? ', GC between runs' : ' (no --expose-gc: no GC between runs)'}`)
  console.log(SMALL ? '--small: a smoke run; its timings are mostly JIT warm-up, judge the targets on the full run\n' : '')

  // Peak memory first, in clean child processes, before this process warms anything up.
  process.stderr.write('child processes (peak RSS)...\n')
  const childMs = await child('ms')
  const childDates = await child('dates')

  process.stderr.write('building workloads...\n')
  const t0 = performance.now()
  const workload = buildWorkload('ms')
  const buildMs = performance.now() - t0
  const { elements, starts } = workload
  let incidents = workload.incidents
  workload.incidents = undefined

  // (a) Bare cost: copy the start times into a Float64Array and sort it; (b) the statement, figures only,
  // on incidents with epoch-millisecond times (the library's own unit). Run in turns.
  const [sort, stmt] = bestPaired(
    'bare sort',
    () => {
      const a = new Float64Array(starts.length)
      for (let i = 0; i < starts.length; i++) a[i] = starts[i]
      a.sort()
      return a[a.length >> 1]
    },
    'statement',
    () => runStatement(incidents, elements, false).check,
  )

  // Memory of one statement in this process: heap with the inputs alone, right after the run (the result
  // plus whatever garbage the run left), and retained once collected (the result alone).
  gc()
  const base = sample()
  let kept = runStatement(incidents, elements, false)
  const after = sample()
  gc()
  const retained = sample()
  const check = kept.check
  kept = undefined

  // (c) The statement plus every element's contributions (built lazily on first access).
  const withContrib = best('statement + contributions', () => runStatement(incidents, elements, true).check)

  // (d) The same incidents with Date objects, then with ISO-8601 strings (sharing the element lists); each
  // previous version is dropped first so that the live heap the GC walks is one workload.
  let dateIncidents = incidents.map((x) => ({ ...x, start: new Date(x.start), end: new Date(x.end) }))
  incidents = undefined
  const dates = best('statement (Dates)', () => runStatement(dateIncidents, elements, false).check)
  const isoIncidents = dateIncidents.map((x) => ({ ...x, start: x.start.toISOString(), end: x.end.toISOString() }))
  dateIncidents = undefined
  const iso = best('statement (ISO strings)', () => runStatement(isoIncidents, elements, false).check)
  sample()

  const same =
    JSON.stringify(iso.result) === JSON.stringify(check) && JSON.stringify(dates.result) === JSON.stringify(check) && withContrib.result.credits === check.credits
  if (!same) console.log(`WARNING: runs disagree: ${JSON.stringify({ check, dates: dates.result, iso: iso.result, withContrib: withContrib.result })}\n`)

  const ratio = (ms) => ms / sort.ms
  const verdict = (ok) => (ok ? 'PASS' : 'FAIL')
  // Targets are judged on the best runs; the medians show how much the machine's noise moved them.
  const median = (x) => `${x.median.toFixed(1)} ms ${(x.median / sort.median).toFixed(2)}×`
  const rows = [
    ['bare sort (copy 1 start/incident + Float64Array.sort)', `${sort.ms.toFixed(1)} ms`, '1.00×', median(sort), 'baseline'],
    ['monthlyStatement (epoch ms), totals read', `${stmt.ms.toFixed(1)} ms`, `${ratio(stmt.ms).toFixed(2)}×`, median(stmt), `≤ ${TARGET_RATIO}× sort: ${verdict(ratio(stmt.ms) <= TARGET_RATIO)}`],
    ['  + every element\'s contributions', `${withContrib.ms.toFixed(1)} ms`, `${ratio(withContrib.ms).toFixed(2)}×`, median(withContrib), `(≤ ${TARGET_RATIO}×: ${verdict(ratio(withContrib.ms) <= TARGET_RATIO)})`],
    ['monthlyStatement (Date objects)', `${dates.ms.toFixed(1)} ms`, `${ratio(dates.ms).toFixed(2)}×`, median(dates), `(≤ ${TARGET_RATIO}×: ${verdict(ratio(dates.ms) <= TARGET_RATIO)})`],
    ['monthlyStatement (ISO-8601 strings)', `${iso.ms.toFixed(1)} ms`, `${ratio(iso.ms).toFixed(2)}×`, median(iso), `(≤ ${TARGET_RATIO}×: ${verdict(ratio(iso.ms) <= TARGET_RATIO)})`],
    ['peak RSS, child (epoch ms): maxRSS', `${(childMs.afterKB / 1024).toFixed(1)} MB`, '', '', `< ${TARGET_RSS_MB} MB: ${verdict(childMs.afterKB / 1024 < TARGET_RSS_MB)}`],
    ['  of which workload alone (maxRSS before statement)', `${(childMs.beforeKB / 1024).toFixed(1)} MB`, '', '', `input heap after GC: ${(childMs.inputHeap / MB).toFixed(1)} MB`],
    ['peak RSS, child (Dates): maxRSS', `${(childDates.afterKB / 1024).toFixed(1)} MB`, '', '', `(< ${TARGET_RSS_MB} MB: ${verdict(childDates.afterKB / 1024 < TARGET_RSS_MB)})`],
    ['  of which workload alone (maxRSS before statement)', `${(childDates.beforeKB / 1024).toFixed(1)} MB`, '', '', `input heap after GC: ${(childDates.inputHeap / MB).toFixed(1)} MB`],
    ['this process: heap right after one statement − before', `${((heap(after) - heap(base)) / MB).toFixed(1)} MB`, '', '', 'heapUsed + arrayBuffers: result + uncollected garbage'],
    ['this process: heap retained by the result (after GC)', `${((heap(retained) - heap(base)) / MB).toFixed(1)} MB`, '', '', 'heapUsed + arrayBuffers'],
    ['this process: max RSS sampled', `${(maxRss / MB).toFixed(1)} MB`, '', '', 'sampled between runs'],
  ]
  const w = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)))
  const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padStart(w[1])}  ${r[2].padStart(w[2])}  ${r[3].padStart(w[3])}  ${r[4]}`
  console.log(line(['figure', 'best', 'ratio', 'median, ratio', 'target (on the best)']))
  console.log('-'.repeat(w[0] + w[1] + w[2] + w[3] + 8 + 28))
  for (const r of rows) console.log(line(r))
  console.log(
    `\ncheck: ${check.elements} elements, fees ${check.fees} EUR, credits ${check.credits} EUR, ${check.credited} credited, ` +
      `${withContrib.result.contributions.toLocaleString('en-US')} contributions; child credits ${childMs.check.credits} / ${childDates.check.credits}` +
      `\n(workload built in ${buildMs.toFixed(0)} ms; ratios are against the bare sort; an interval sampler cannot fire during the synchronous statement, ` +
      'so in-process memory is sampled around the runs and the child maxRSS is the peak figure)',
  )
}
