// What every benchmark here measures with: candidates timed in turns with their baselines in one process,
// the order rotated at each round, so that on a shared machine each one sees the same load and none always
// runs first (warm caches, a GC owed by the previous one). Figures are the lowest and the median of the
// rounds; ratios are taken between figures of the same rounds. Peak memory comes from a child process
// that does only the one thing measured.

import { fork } from 'node:child_process'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'

export const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {}

/** `--runs=N` (at least 5), or 5. */
export function runsFrom(args) {
  const asked = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5)
  return Math.max(5, Number.isFinite(asked) ? asked : 5)
}

/**
 * The arguments of an A/B bench of statement builds: the builds' files (from `least` to `most`), the input
 * form (`ms`, `iso`, `dates` or `columns`, default `ms`) and the rounds; prints `usage` and exits when the
 * builds given are too few or too many.
 */
export const AB_MODES = ['ms', 'iso', 'dates', 'columns']
export function abArguments(args, usage, least = 2, most = Infinity) {
  const plain = args.filter((a) => !a.startsWith('--'))
  const files = plain.filter((a) => !AB_MODES.includes(a))
  if (files.length < least || files.length > most) {
    console.error(usage)
    process.exit(2)
  }
  return { files, mode: plain.find((a) => AB_MODES.includes(a)) ?? 'ms', runs: runsFrom(args) }
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { min: sorted[0], median, times }
}

/**
 * Runs every candidate once per round, in an order rotated by one at each round, with a full GC before
 * each run (when --expose-gc is given). A candidate is `{ name, run }`; `run` may be async. Returns, by
 * name, the lowest and median time in ms, the same for the CPU time the process used meanwhile (`cpu`:
 * every thread, the GC's helpers included; on a loaded machine it moves less than the wall-clock time,
 * which counts the waits for a core), and the last result.
 */
export async function interleave(candidates, runs, { quiet = false } = {}) {
  const times = candidates.map(() => [])
  const cpus = candidates.map(() => [])
  const results = candidates.map(() => undefined)
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < candidates.length; k++) {
      const c = (k + r) % candidates.length
      gc()
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      results[c] = await candidates[c].run()
      const t = performance.now() - t0
      const used = process.cpuUsage(c0)
      cpus[c].push((used.user + used.system) / 1000)
      times[c].push(t)
      if (!quiet) process.stderr.write(`  round ${r + 1}/${runs} ${candidates[c].name}: ${t.toFixed(1)} ms\n`)
    }
  }
  const out = {}
  candidates.forEach((c, k) => (out[c.name] = { ...stats(times[k]), cpu: stats(cpus[k]), result: results[k] }))
  return out
}

/** `a / b` on the lowest times and on the medians, as text. */
export function ratio(a, b) {
  return { min: a.min / b.min, median: a.median / b.median }
}

/** Runs `file` with `args` in a child process that reports with process.send; resolves with its report. */
export function child(file, args, execArgv = ['--expose-gc']) {
  return new Promise((resolve, reject) => {
    const cp = fork(file, args, { execArgv })
    let message
    cp.on('message', (m) => (message = m))
    cp.on('error', reject)
    cp.on('exit', (code) => (message ? resolve(message) : reject(new Error(`child ${args.join(' ')} exited with ${code} and no report`))))
  })
}

/** The machine's load, for the record: timings on a shared machine mean little without it. */
export function loadLine() {
  const [one, five] = loadavg()
  return `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`
}

/** Prints rows of cells as a table, the first row as its header. */
export function table(rows) {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)))
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(w[c]) : String(cell ?? '').padStart(w[c]))).join('  ')
  console.log(line(rows[0]))
  console.log('-'.repeat(w.reduce((a, b) => a + b + 2, -2)))
  for (const r of rows.slice(1)) console.log(line(r))
}

export const ms = (x) => `${x.toFixed(1)} ms`
export const times = (x) => `${x.toFixed(2)}×`
