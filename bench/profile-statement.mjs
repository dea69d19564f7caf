// A driver for profiling (`node --cpu-prof bench/profile-statement.mjs [ms|iso|dates|columns] [--contributions] [--runs=N] [--dist=path]`):
// builds the workload of bench/statement.mjs and runs monthlyStatement a few times, printing each run's time.
// Not a measurement to quote: bench/statement.mjs and bench/statement-ab.mjs are.
import { performance } from 'node:perf_hooks'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildWorkload } from './workload.mjs'
import { columnsOf } from './columns-workload.mjs'

const args = process.argv.slice(2)
const mode = args.find((a) => ['ms', 'iso', 'dates', 'columns'].includes(a)) ?? 'ms'
const withContributions = args.includes('--contributions')
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 6)
const dist = args.find((a) => a.startsWith('--dist='))?.slice(7) ?? new URL('../dist/index.js', import.meta.url).pathname
const M = await import(pathToFileURL(resolve(dist)).href)
const period = M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const w = buildWorkload(mode === 'columns' ? 'ms' : mode, period, 10_000, 100)
const incidents = mode === 'columns' ? columnsOf(w.incidents) : w.incidents
const gc = globalThis.gc ?? (() => {})
for (let r = 0; r < runs; r++) {
  gc()
  const t0 = performance.now()
  const s = M.monthlyStatement({ commitment: M.presets.ovhVps2016.starter, period, incidents, elements: w.elements })
  const t1 = performance.now()
  let n = 0
  if (withContributions) for (const e of s.elements) n += e.availability.contributions.length
  const t2 = performance.now()
  console.log(`run ${r}: statement ${(t1 - t0).toFixed(1)} ms${withContributions ? `, contributions ${(t2 - t1).toFixed(1)} ms (${n})` : ''}, credits ${s.totals[0].credits.toFixed(2)}`)
}
