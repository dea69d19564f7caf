// Before and after, for the contributions: the statement of bench/statement.mjs's workload from two builds,
// each timed alone and then with every contribution read, in turns in one process (bench/harness.mjs:
// rotated order, a full GC before each run, lowest and median, wall-clock and CPU time). The ratio
// "with contributions / statement" is the one bench/statement.mjs judges (target ≤ 1.5×).
//
//   node --expose-gc bench/contributions-ab.mjs /tmp/before/index.js dist/index.js [ms|iso|dates|columns] [--runs=7]
//
// This is a measurement, not a test: it exits 0 whatever it finds.

import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { columnsOf } from './columns-workload.mjs'
import { abArguments, interleave, loadLine, ms, ratio, table, times } from './harness.mjs'
import { buildWorkload } from './workload.mjs'

const { files, mode, runs: RUNS } = abArguments(process.argv.slice(2), 'usage: node --expose-gc bench/contributions-ab.mjs <before.mjs> <after.mjs> [ms|iso|dates|columns] [--runs=N]', 2, 2)
const builds = []
for (const [k, file] of files.entries()) builds.push({ name: k === 0 ? 'before' : 'after', file, M: await import(pathToFileURL(resolve(file)).href) })
const w = buildWorkload(mode === 'columns' ? 'ms' : mode, builds[0].M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), 10_000, 100)
const incidents = mode === 'columns' ? columnsOf(w.incidents) : w.incidents
const runOf = (M, withContributions) => () => {
  const period = M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
  const s = M.monthlyStatement({ commitment: M.presets.ovhVps2016.starter, period, incidents, elements: w.elements })
  let n = 0
  let counted = 0
  if (withContributions)
    for (const e of s.elements) {
      const list = e.availability.contributions
      n += list.length
      // What bench/statement.mjs reads (the length), and a figure of the first and the last, so that a
      // list that is not what it was shows.
      if (list.length > 0) counted += list[0].countedMs + list[list.length - 1].index
    }
  return `${s.totals[0].credits.toFixed(2)} ${n} ${counted}`
}
const candidates = []
for (const b of builds) candidates.push({ name: `${b.name} statement`, run: runOf(b.M, false) }, { name: `${b.name} + contributions`, run: runOf(b.M, true) })
const r = await interleave(candidates, RUNS)
console.log(`contributions of ${(1_000_000).toLocaleString('en-US')} incidents (${mode}), ${files.join(', ')}, ${RUNS} rounds, node ${process.version}; ${loadLine()}`)
const both = (x, y) => `${times(ratio(x, y).min)} ${times(ratio(x, y).median)}`
const rows = [['way', 'wall min', 'wall median', '/ its statement', '/ before', 'CPU min', 'CPU median', '/ its statement', '/ before']]
for (const b of builds)
  for (const what of ['statement', '+ contributions']) {
    const x = r[`${b.name} ${what}`]
    const own = r[`${b.name} statement`]
    const before = r[`before ${what}`]
    rows.push([`${b.name} ${what}`, ms(x.min), ms(x.median), both(x, own), both(x, before), ms(x.cpu.min), ms(x.cpu.median), both(x.cpu, own.cpu), both(x.cpu, before.cpu)])
  }
table(rows)
const results = candidates.filter((c) => c.name.endsWith('contributions')).map((c) => r[c.name].result)
console.log(results[0] === results[1] ? `same results: ${results[0]}` : `WARNING: results differ: ${results.join(' / ')}`)
