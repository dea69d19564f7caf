// Benchmark: does a statement keep its per-incident cost and a bounded memory as the log grows from
// 1 M to 4 M incidents given as ISO-8601 strings (as read from a file)? Each size runs in its own child
// process, which builds the log, runs the statement `--runs` times (a full GC before each) and reports
// the lowest and median time per incident and its peak RSS; the two sizes alternate, the order rotated
// at each round, so that both see the same load.
//
//   npm run build && node --expose-gc bench/large.mjs            1 M and 4 M incidents, 5 runs each
//   node --expose-gc bench/large.mjs --sizes=100000,400000        a smoke run
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { monthlyStatement, monthPeriod, presets } from '../dist/index.js'
import { child, gc, loadLine, runsFrom, table } from './harness.mjs'

const args = process.argv.slice(2)
const CHILD = args.find((a) => a.startsWith('--child='))?.slice('--child='.length)
const RUNS = runsFrom(args)
const SIZES = (args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? '1000000,4000000').split(',').map(Number)
const PER_ELEMENT = 100
const commitment = presets.ovhVps2016.starter
const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const HOUR = 3_600_000

/** The same log as bench/statement.mjs, as ISO strings: one element per incident, 100 per element, shuffled by construction. */
function buildLog(n) {
  let a = 0x6d61746f
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const count = n / PER_ELEMENT
  const elements = Array.from({ length: count }, (_, e) => ({ id: `el-${e}`, fee: { amount: '9.99', currency: 'EUR' } }))
  const lists = elements.map((e) => [e.id])
  const from = period.start.getTime() - 12 * HOUR
  const span = period.end.getTime() + 12 * HOUR - from
  const incidents = new Array(n)
  for (let i = 0; i < n; i++) {
    const s = from + Math.floor((random() * span) / 1000) * 1000
    const e = s + 60_000 + Math.floor((random() * (6 * HOUR - 60_000)) / 1000) * 1000
    const r = random()
    incidents[i] = {
      start: new Date(s).toISOString(),
      end: new Date(e).toISOString(),
      impact: r < 0.85 ? 'outage' : r < 0.95 ? 'partial' : 'degraded',
      cause: random() < 0.9 ? 'unplanned' : 'maintenance',
      elements: lists[Math.floor(random() * count)],
    }
  }
  return { incidents, elements }
}

if (CHILD) {
  const n = Number(CHILD)
  const { incidents, elements } = buildLog(n)
  gc()
  const before = process.resourceUsage().maxRSS
  gc()
  const t0 = performance.now()
  const statement = monthlyStatement({ commitment, period, incidents, elements })
  const ms = performance.now() - t0
  process.send({ ms, credits: statement.totals[0].credits.toFixed(2), beforeKB: before, maxRssKB: process.resourceUsage().maxRSS })
  process.disconnect()
} else {
  const self = fileURLToPath(import.meta.url)
  const results = Object.fromEntries(SIZES.map((n) => [n, []]))
  for (let r = 0; r < RUNS; r++)
    for (let k = 0; k < SIZES.length; k++) {
      const n = SIZES[(k + r) % SIZES.length]
      const m = await child(self, [`--child=${n}`], ['--expose-gc'])
      results[n].push(m)
      process.stderr.write(`  round ${r + 1}/${RUNS} ${n}: ${m.ms.toFixed(0)} ms, ${(m.maxRssKB / 1024).toFixed(0)} MB\n`)
    }
  console.log(`matou bench: monthlyStatement from ISO-8601 strings, ${SIZES.map((n) => n.toLocaleString('en-US')).join(' and ')} incidents, one child process per run, node ${process.version}`)
  console.log(`${RUNS} rounds, sizes alternated; ${loadLine()} at end\n`)
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return { min: s[0], median: s[s.length >> 1] }
  }
  const first = stat(results[SIZES[0]].map((m) => (m.ms * 1e6) / SIZES[0]))
  const rows = [['incidents', 'statement min (median)', 'ns per incident min (median)', '/ smallest size (min, median)', 'peak RSS max (workload alone)', 'credits']]
  for (const n of SIZES) {
    const t = stat(results[n].map((m) => m.ms))
    const per = stat(results[n].map((m) => (m.ms * 1e6) / n))
    const rss = Math.max(...results[n].map((m) => m.maxRssKB)) / 1024
    const alone = Math.max(...results[n].map((m) => m.beforeKB)) / 1024
    rows.push([
      n.toLocaleString('en-US'),
      `${t.min.toFixed(0)} ms (${t.median.toFixed(0)} ms)`,
      `${per.min.toFixed(0)} ns (${per.median.toFixed(0)} ns)`,
      `${(per.min / first.min).toFixed(2)}× ${(per.median / first.median).toFixed(2)}×`,
      `${rss.toFixed(0)} MB (${alone.toFixed(0)} MB)`,
      results[n][0].credits,
    ])
  }
  table(rows)
  console.log('\ntargets: 4 M incidents in ≤ 1 GB peak RSS, per-incident cost within 1.5× of the 1 M figure')
}
