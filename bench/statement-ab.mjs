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
import { buildWorkload } from './workload.mjs'

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


const w = buildWorkload(mode, A.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), ELEMENTS, PER_ELEMENT)
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
