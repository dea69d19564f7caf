// Benchmark: month-end at scale through the command line. A 1,000,000-incident, 10,000-element log (CSV)
// to a statement in every format the CLI writes (text, markdown, json, html, credit-notes-csv), output
// thrown away, against the library path on the same file: streamed into columns with
// readCsvIncidentColumns, statement drawn up with monthlyStatement, nothing written. Every candidate is a child process (a fresh Node, as a user runs
// it), timed from the parent as wall-clock time, with its peak RSS reported by the child itself at exit;
// the candidates run in interleaved rounds, the order rotated at each (bench/harness.mjs).
//
//   npm run bench                                    (after npm run build)
//   node bench/cli-scale.mjs --small --runs=5        100,000 incidents on 1,000 elements
//   node bench/cli-scale.mjs --runs=3                 fewer rounds on a machine too loaded for five
//
// Targets (issue 10): peak RSS at most 1 GB, and time at most 2× the library path's, for every format.
// This is a measurement, not a test: it exits 0 whether or not the targets are met.
import { spawn } from 'node:child_process'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { interleave, loadLine, table, times } from './harness.mjs'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const CHILD = args.find((a) => a.startsWith('--child='))?.slice('--child='.length)
// Five rounds by default; at least three (`--runs=3`): every round here is a dozen runs of a minute each
// on a loaded machine.
const RUNS = Math.max(3, Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5) || 5)
const ELEMENTS = SMALL ? 1_000 : 10_000
const ROWS = ELEMENTS * 100
const FORMATS = ['text', 'markdown', 'json', 'html', 'credit-notes-csv']
const TARGET_RSS_MB = 1024
const TARGET_RATIO = 2

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const SELF = fileURLToPath(import.meta.url)
const MAX_RSS = fileURLToPath(new URL('./max-rss.cjs', import.meta.url))

if (CHILD === 'library') {
  // The library path: what a billing script does with the same file.
  const { monthlyStatement, parsePeriod, presets } = await import('../dist/index.js')
  const { readCsvIncidentColumns } = await import('../dist/io.js')
  const read = await readCsvIncidentColumns(createReadStream(args.find((a) => !a.startsWith('--'))))
  // Every incident names one element, so the names read are the elements billed, in order of appearance.
  const ids = read.incidents.names
  const statement = monthlyStatement({
    commitment: presets.ovhVps2016.starter,
    period: parsePeriod('2026-03', 'Europe/Paris'),
    incidents: read.incidents,
    elements: ids.map((id) => ({ id, fee: { amount: '9.99', currency: 'EUR' } })),
  })
  if (statement.elements.length !== ids.length) throw new Error('statement lost elements')
  process.exit(0)
}

function writeLog(file) {
  // Seeded, so that every run reads the same file: incidents of 1 minute to 6 hours anywhere in March 2026
  // (Paris), each on one element, a tenth of them maintenance.
  let seed = 7
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const from = Date.UTC(2026, 1, 28, 23)
  const span = 743 * 3_600_000
  const lines = ['id,start,end,elements,impact,cause']
  for (let i = 0; i < ROWS; i++) {
    const s = from + Math.floor(random() * (span / 1000)) * 1000
    const e = s + 60_000 + Math.floor(random() * 21_540) * 1000
    lines.push(`i${i},${new Date(s).toISOString()},${new Date(e).toISOString()},vps-${Math.floor(random() * ELEMENTS)},outage,${random() < 0.1 ? 'maintenance' : 'unplanned'}`)
  }
  writeFileSync(file, `${lines.join('\n')}\n`)
}

/** Runs node with `argv`, output thrown away; resolves with the wall-clock time and the peak RSS. */
function runChild(argv) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const cp = spawn(process.execPath, ['--require', MAX_RSS, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    cp.stderr.on('data', (d) => (err += d))
    cp.on('error', reject)
    cp.on('exit', (code) => {
      const ms = performance.now() - t0
      const rss = /MAXRSS (\d+)/.exec(err)
      if (code !== 0 || !rss) reject(new Error(`${argv.join(' ')} exited with ${code}: ${err.slice(-2000)}`))
      else resolve({ ms, rssMb: Number(rss[1]) / 1024 })
    })
  })
}

const dir = mkdtempSync(join(tmpdir(), 'matou-cli-scale-'))
try {
  const log = join(dir, 'incidents.csv')
  writeLog(log)
  console.log(`matou statement on ${ROWS.toLocaleString('en')} incidents, ${ELEMENTS.toLocaleString('en')} elements; ${RUNS} rounds; ${loadLine()}`)
  const rss = {}
  // Each child's own wall-clock time, from spawn to exit.
  const own = {}
  const candidates = [
    { name: 'library', argv: [SELF, '--child=library', log] },
    ...FORMATS.map((format) => ({
      name: format,
      argv: [CLI, 'statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--month', '2026-03', '--fee', '9.99', '--format', format],
    })),
  ].map((c) => ({
    name: c.name,
    run: async () => {
      const r = await runChild(c.argv)
      rss[c.name] = Math.max(rss[c.name] ?? 0, r.rssMb)
      ;(own[c.name] ??= []).push(r.ms)
      return r
    },
  }))
  await interleave(candidates, RUNS)
  const stat = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return { min: s[0], median: s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 }
  }
  const lib = stat(own.library)
  const rows = [['path', 'min s', 'median s', '× library (min)', '× library (median)', 'peak RSS MB', 'targets']]
  for (const c of candidates) {
    const s = stat(own[c.name])
    // Each target said on its own: memory and time are met or missed separately.
    const ok = `memory ${rss[c.name] <= TARGET_RSS_MB ? 'met' : 'MISSED'}, time ${s.median / lib.median <= TARGET_RATIO ? 'met' : 'MISSED'}`
    rows.push([
      c.name === 'library' ? 'library (read + statement)' : `cli --format ${c.name}`,
      (s.min / 1000).toFixed(1),
      (s.median / 1000).toFixed(1),
      times(s.min / lib.min),
      times(s.median / lib.median),
      rss[c.name].toFixed(0),
      c.name === 'library' ? '' : ok,
    ])
  }
  table(rows)
  console.log(`targets: peak RSS ≤ ${TARGET_RSS_MB} MB and ≤ ${TARGET_RATIO}× the library path's median time, in every format`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
