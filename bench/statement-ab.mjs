// Before and after: the same monthly statement from two builds of the library, timed in turns in one
// process against the bare `BigUint64Array` sort of the same starts (bench/harness.mjs: rotated order, a
// full GC before each run, lowest and median, wall-clock and CPU time). The workload is the one of
// bench/statement.mjs (10,000 elements × 100 shuffled incidents, March 2026 in Europe/Paris). Each build
// is an ES module exporting monthlyStatement, monthPeriod and presets, e.g. bundled from a checkout with
//
//   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=/tmp/before.mjs
//   node --expose-gc bench/statement-ab.mjs /tmp/before.mjs dist/index.js [ms|iso|dates|columns] [--runs=9]
//
// More than two builds may be given: each is timed in the same rounds, and compared with the first.
// 'columns' passes the epoch-ms incidents as the columns a reader of a large log gives (IncidentColumns).
//
// This is a measurement, not a test: it exits 0 whatever it finds.

import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { columnsOf } from './columns-workload.mjs'
import { abArguments, interleave, loadLine, ms, ratio, table, times } from './harness.mjs'
import { buildWorkload } from './workload.mjs'

const { files, mode, runs: RUNS } = abArguments(process.argv.slice(2), 'usage: node --expose-gc bench/statement-ab.mjs <before.mjs> <after.mjs> [<another.mjs> …] [ms|iso|dates|columns] [--runs=N]')
const builds = []
for (const [k, file] of files.entries()) builds.push({ name: k === 0 ? 'before' : files.length === 2 ? 'after' : `after ${k} (${basename(file)})`, file, M: await import(pathToFileURL(resolve(file)).href) })

const ELEMENTS = 10_000
const PER_ELEMENT = 100

// 'columns': the epoch-ms incidents as the columns a reader of a large log gives (IncidentColumns).
const w = buildWorkload(mode === 'columns' ? 'ms' : mode, builds[0].M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), ELEMENTS, PER_ELEMENT)
const incidents = mode === 'columns' ? columnsOf(w.incidents) : w.incidents
const statementOf = (M) => () => {
  const period = M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
  const s = M.monthlyStatement({ commitment: M.presets.ovhVps2016.starter, period, incidents, elements: w.elements })
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
    ...builds.map((b) => ({ name: b.name, run: statementOf(b.M) })),
  ],
  RUNS,
)
console.log(`statement of ${(ELEMENTS * PER_ELEMENT).toLocaleString('en-US')} incidents (${mode}), ${files.join(', ')}, ${RUNS} rounds, node ${process.version}; ${loadLine()}`)
const both = (x, y) => `${times(ratio(x, y).min)} ${times(ratio(x, y).median)}`
const rows = [['way', 'wall min', 'wall median', '/ sort u64', '/ before', 'CPU min', 'CPU median', '/ sort u64', '/ before']]
for (const name of ['sort u64', ...builds.map((b) => b.name)]) {
  const x = r[name]
  rows.push([name, ms(x.min), ms(x.median), both(x, r['sort u64']), both(x, r.before), ms(x.cpu.min), ms(x.cpu.median), both(x.cpu, r['sort u64'].cpu), both(x.cpu, r.before.cpu)])
}
table(rows)
const credits = builds.map((b) => r[b.name].result)
if (credits.some((c) => c !== credits[0])) console.log(`WARNING: credits differ: ${credits.join(', ')}`)
else console.log(`credits ${credits[0]} EUR in every build`)
