// Benchmark of monthlyStatement on a large, shuffled incident log, against the bare cost of sorting
// the same number of start times. Runs against the built package: `npm run build` first.
//
//   npm run bench                                  full run: 10,000 elements × 100 incidents
//   node --expose-gc bench/statement.mjs --small   smoke run: 100 elements × 100 incidents
//   node --expose-gc bench/statement.mjs --runs=7  more rounds (at least 5, the default)
//
// Every figure is measured in rounds, interleaved with its baselines in this one process, the order
// rotated at each round, a full GC before each run (bench/harness.mjs): the lowest and the median are
// shown, each ratio between figures of the same rounds. Two baselines: a copy of one start per incident
// sorted as a Float64Array, and the same bits sorted as a BigUint64Array (what the sweep does, about 1.6×
// faster); targets are judged against the faster one. Each input form (epoch ms, Dates, ISO strings,
// and the columns a reader of a large log gives, IncidentColumns) is timed in its own group, with only
// its workload alive. A small statement (one element, 10,000 incidents) is timed warm and right after a
// forced full GC, in turns. Peak RSS comes from child processes that only build the workload and run the
// statement once. This is a measurement, not a test: it exits 0 whether or not the targets are met.

import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { monthlyStatement, monthPeriod, presets } from '../dist/index.js'
import { child, gc, interleave, loadLine, ms, ratio, runsFrom, table, times } from './harness.mjs'
import { buildWorkload as makeWorkload } from './workload.mjs'
import { columnsOf } from './columns-workload.mjs'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const CHILD = args.find((a) => a.startsWith('--child='))?.slice('--child='.length)
const RUNS = runsFrom(args)

const ELEMENTS = SMALL ? 100 : 10_000
const PER_ELEMENT = 100

const TARGET_MS = 2.5 // statement on epoch ms at most 2.5× the BigUint64Array sort
const TARGET_ISO = 3 // on ISO strings at most 3×
const TARGET_CONTRIBUTIONS = 1.5 // reading every contribution at most 1.5× the statement alone
const TARGET_AFTER_GC = 2 // a small statement right after a full GC at most 2× a warm one
const TARGET_RSS_MB = 300 // peak RSS of the child under 300 MB

const commitment = presets.ovhVps2016.starter
const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })

/** The workload of bench/workload.mjs over March 2026 in Paris. */
const buildWorkload = (mode, elementCount = ELEMENTS, perElement = PER_ELEMENT) => makeWorkload(mode, period, elementCount, perElement)

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

/** The two baselines: one start per incident copied into a Float64Array, sorted as doubles or as their bits. */
function sorts(starts) {
  return [
    {
      name: 'sort f64',
      run: () => {
        const a = new Float64Array(starts.length)
        for (let i = 0; i < starts.length; i++) a[i] = starts[i]
        a.sort()
        return a[a.length >> 1]
      },
    },
    {
      name: 'sort u64',
      run: () => {
        const a = new Float64Array(starts.length)
        for (let i = 0; i < starts.length; i++) a[i] = starts[i]
        // Non-negative doubles order as their bit patterns do: the sweep sorts this way.
        new BigUint64Array(a.buffer).sort()
        return a[a.length >> 1]
      },
    },
  ]
}

async function main() {
  const n = ELEMENTS * PER_ELEMENT
  console.log(`matou bench: monthlyStatement, ${ELEMENTS.toLocaleString('en-US')} elements × ${PER_ELEMENT} incidents = ${n.toLocaleString('en-US')} incidents (shuffled), ${period.label} ${period.timeZone}`)
  console.log(`node ${process.version}, ${RUNS} interleaved rounds${typeof globalThis.gc === 'function' ? ', full GC before each run' : ' (no --expose-gc: no GC between runs)'}; ${loadLine()} at start`)
  console.log(SMALL ? '--small: a smoke run; its timings are mostly JIT warm-up, judge the targets on the full run\n' : '')

  // Peak memory first, in clean child processes, before this process warms anything up.
  process.stderr.write('child processes (peak RSS)...\n')
  const self = fileURLToPath(import.meta.url)
  const small = SMALL ? ['--small'] : []
  const peaks = {}
  for (const mode of ['ms', 'dates', 'iso']) peaks[mode] = await child(self, [`--child=${mode}`, ...small])

  // Group 1: epoch ms, the library's own unit, with and without reading every contribution.
  process.stderr.write('epoch ms...\n')
  let workload = buildWorkload('ms')
  const msGroup = await interleave(
    [
      ...sorts(workload.starts),
      { name: 'statement', run: () => runStatement(workload.incidents, workload.elements, false).check },
      { name: 'contributions', run: () => runStatement(workload.incidents, workload.elements, true).check },
    ],
    RUNS,
  )
  const check = msGroup.statement.result

  // Memory of one statement in this process: heap right after the run (result plus uncollected garbage),
  // and retained once collected (the result alone).
  gc()
  const base = process.memoryUsage()
  let kept = runStatement(workload.incidents, workload.elements, false)
  const after = process.memoryUsage()
  gc()
  const retained = process.memoryUsage()
  kept = undefined

  // Groups 2 to 4: the same incidents as Dates, as ISO strings, then as columns (IncidentColumns, what
  // parseCsvIncidentColumns gives: the statement then has nothing left to read), each alone in memory.
  const groups = { ms: msGroup }
  for (const mode of ['dates', 'iso', 'columns']) {
    process.stderr.write(`${mode}...\n`)
    workload = undefined
    gc()
    workload = buildWorkload(mode === 'columns' ? 'ms' : mode)
    if (mode === 'columns') workload = { ...workload, incidents: columnsOf(workload.incidents) }
    groups[mode] = await interleave(
      [...sorts(workload.starts), { name: 'statement', run: () => runStatement(workload.incidents, workload.elements, false).check }],
      RUNS,
    )
  }
  workload = undefined

  // Group 4: repeated small statements, warm and right after a forced full GC. The warm run follows a run
  // of the same statement without a GC in between; many rounds, as each takes a few milliseconds.
  process.stderr.write('small statement, warm and after a full GC...\n')
  gc()
  const little = buildWorkload('ms', 1, 10_000)
  const once = () => runStatement(little.incidents, little.elements, false).check
  for (let w = 0; w < 50; w++) once()
  const warmTimes = []
  const afterGcTimes = []
  for (let r = 0; r < RUNS * 10; r++) {
    const timeOne = (list) => {
      const t0 = performance.now()
      once()
      list.push(performance.now() - t0)
    }
    if (r % 2) {
      gc()
      timeOne(afterGcTimes)
      timeOne(warmTimes)
    } else {
      timeOne(warmTimes)
      gc()
      timeOne(afterGcTimes)
    }
  }
  const summary = (list) => {
    const sorted = [...list].sort((a, b) => a - b)
    return { min: sorted[0], median: sorted[sorted.length >> 1] }
  }
  const warm = summary(warmTimes)
  const afterGc = summary(afterGcTimes)

  const agree = ['dates', 'iso', 'columns'].every((m) => JSON.stringify(groups[m].statement.result) === JSON.stringify(check)) && msGroup.contributions.result.credits === check.credits
  if (!agree) console.log(`WARNING: runs disagree: ${JSON.stringify({ check, dates: groups.dates.statement.result, iso: groups.iso.statement.result, columns: groups.columns.statement.result })}\n`)

  const verdict = (x, target) => `${x <= target ? 'PASS' : 'FAIL'} (≤ ${target}×)`
  const rows = [['figure', 'min', 'median', '/ sort u64 (min, median)', '/ sort f64 (min, median)', 'target (on the min)']]
  const both = (x, b) => `${times(ratio(x, b).min)} ${times(ratio(x, b).median)}`
  const LABELS = { ms: 'epoch ms', dates: 'Date objects', iso: 'ISO-8601 strings', columns: 'IncidentColumns' }
  for (const mode of ['ms', 'dates', 'iso', 'columns']) {
    const g = groups[mode]
    const label = LABELS[mode]
    rows.push([`[${label}] sort f64 (copy + Float64Array.sort)`, ms(g['sort f64'].min), ms(g['sort f64'].median), both(g['sort f64'], g['sort u64']), '1.00× 1.00×', 'baseline'])
    rows.push([`[${label}] sort u64 (copy + BigUint64Array.sort)`, ms(g['sort u64'].min), ms(g['sort u64'].median), '1.00× 1.00×', both(g['sort u64'], g['sort f64']), 'baseline'])
    const target = mode === 'ms' ? TARGET_MS : mode === 'iso' ? TARGET_ISO : TARGET_ISO
    // Columns come from a reader that has parsed every date already: no target of their own, the
    // figure shows what the statement costs once reading is done.
    const judged = mode === 'columns' ? 'no target (read already)' : verdict(ratio(g.statement, g['sort u64']).min, target)
    rows.push([`[${label}] monthlyStatement, totals read`, ms(g.statement.min), ms(g.statement.median), both(g.statement, g['sort u64']), both(g.statement, g['sort f64']), judged])
    if (mode === 'ms') {
      const c = ratio(msGroup.contributions, msGroup.statement)
      rows.push([`[${label}]   + every contribution read`, ms(g.contributions.min), ms(g.contributions.median), both(g.contributions, g['sort u64']), `${times(c.min)} ${times(c.median)} of the statement`, verdict(c.min, TARGET_CONTRIBUTIONS) + ' of the statement'])
    }
  }
  const cliff = { min: afterGc.min / warm.min, median: afterGc.median / warm.median }
  rows.push(['[1 × 10,000] small statement, warm', ms(warm.min), ms(warm.median), '', '', ''])
  rows.push(['[1 × 10,000] small statement, right after a full GC', ms(afterGc.min), ms(afterGc.median), `${times(cliff.min)} ${times(cliff.median)} of warm`, '', `${verdict(cliff.median, TARGET_AFTER_GC)} of warm, on the median`])
  table(rows)
  console.log('')
  // The same rounds in CPU time (every thread of the process, the GC's helpers included): on a shared
  // machine the wall-clock time also counts the waits for a core, which CPU time leaves out.
  const cpuRows = [['CPU time, same rounds', 'min', 'median', '/ sort u64 (min, median)', '/ sort f64 (min, median)']]
  for (const mode of ['ms', 'dates', 'iso', 'columns']) {
    const g = groups[mode]
    const label = LABELS[mode]
    cpuRows.push([`[${label}] sort u64`, ms(g['sort u64'].cpu.min), ms(g['sort u64'].cpu.median), '1.00× 1.00×', both(g['sort u64'].cpu, g['sort f64'].cpu)])
    cpuRows.push([`[${label}] monthlyStatement, totals read`, ms(g.statement.cpu.min), ms(g.statement.cpu.median), both(g.statement.cpu, g['sort u64'].cpu), both(g.statement.cpu, g['sort f64'].cpu)])
    if (mode === 'ms') cpuRows.push([`[${label}]   + every contribution read`, ms(g.contributions.cpu.min), ms(g.contributions.cpu.median), both(g.contributions.cpu, g['sort u64'].cpu), `${both(g.contributions.cpu, g.statement.cpu)} of the statement`])
  }
  table(cpuRows)
  console.log('')
  const MB = 1024 * 1024
  const heap = (m) => m.heapUsed + m.arrayBuffers
  const memory = [['memory', 'peak RSS', 'workload alone', 'input heap', 'target']]
  for (const mode of ['ms', 'dates', 'iso']) {
    const p = peaks[mode]
    // The target is on the library's own unit: two million Dates or strings weigh more than it does.
    const verdict = mode === 'ms' ? `${p.afterKB / 1024 < TARGET_RSS_MB ? 'PASS' : 'FAIL'} (< ${TARGET_RSS_MB} MB)` : `statement adds ${((p.afterKB - p.beforeKB) / 1024).toFixed(1)} MB to its input`
    memory.push([`child (${mode}): maxRSS`, `${(p.afterKB / 1024).toFixed(1)} MB`, `${(p.beforeKB / 1024).toFixed(1)} MB`, `${(p.inputHeap / MB).toFixed(1)} MB`, verdict])
  }
  memory.push(['this process: heap right after one statement − before', `${((heap(after) - heap(base)) / MB).toFixed(1)} MB`, '', '', 'result + uncollected garbage'])
  memory.push(['this process: heap retained by the result (after GC)', `${((heap(retained) - heap(base)) / MB).toFixed(1)} MB`, '', '', ''])
  table(memory)
  console.log(
    `\ncheck: ${check.elements} elements, fees ${check.fees} EUR, credits ${check.credits} EUR, ${check.credited} credited, ` +
      `${msGroup.contributions.result.contributions.toLocaleString('en-US')} contributions; child credits ${peaks.ms.check.credits} / ${peaks.dates.check.credits} / ${peaks.iso.check.credits}; ${loadLine()} at end`,
  )
}
