// Two builds of the command line, A and B, writing the same statement, in interleaved rounds (the order
// swapped at each), with the CPU time and the wall-clock time of each child process: what a change to the
// writers gains, measured on a machine that other work keeps busy (CPU time moves less than wall time
// with the load). The library path (read the CSV into columns, draw up the statement, write nothing) runs in
// the same rounds, from this worktree's dist, as the yardstick of bench/cli-scale.mjs.
//
//   node bench/cli-ab.mjs A_CLI B_CLI [--small] [--runs=3] [--formats=text,json]
//
// A_CLI and B_CLI are built cli.js files (a copy of dist/ from before the change, and dist/ after it).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const [A, B] = args.filter((a) => !a.startsWith('--'))
if (!A || !B) {
  console.error('usage: node bench/cli-ab.mjs A_CLI B_CLI [--small] [--runs=3] [--formats=text,json]')
  process.exit(2)
}
const SMALL = args.includes('--small')
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3) || 3
const FORMATS = (args.find((a) => a.startsWith('--formats='))?.slice(10) ?? 'text,markdown,json,html,credit-notes-csv').split(',')
const ELEMENTS = SMALL ? 1_000 : 10_000
const ROWS = ELEMENTS * 100
const SCALE = fileURLToPath(new URL('./cli-scale.mjs', import.meta.url))

// The same seeded log as bench/cli-scale.mjs.
function writeLog(file) {
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

// Preloaded in each child: its own CPU time (every thread) at exit, on stderr.
const CPU = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nCPU ' + (u.userCPUTime + u.systemCPUTime) + ' RSS ' + u.maxRSS + '\\n') })`

function runChild(argv, preload) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const cp = spawn(process.execPath, ['--require', preload, ...argv], { stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    cp.stderr.on('data', (d) => (err += d))
    cp.on('error', reject)
    cp.on('exit', (code) => {
      const wall = performance.now() - t0
      const m = /CPU (\d+) RSS (\d+)/.exec(err)
      if (code !== 0 || !m) reject(new Error(`${argv.join(' ')} exited with ${code}: ${err.slice(-2000)}`))
      else resolve({ wall, cpu: Number(m[1]) / 1000, rssMb: Number(m[2]) / 1024 })
    })
  })
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const dir = mkdtempSync(join(tmpdir(), 'matou-cli-ab-'))
try {
  const log = join(dir, 'incidents.csv')
  const preload = join(dir, 'cpu.cjs')
  writeFileSync(preload, CPU)
  writeLog(log)
  const cli = (path, format) => [path, 'statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--month', '2026-03', '--fee', '9.99', '--format', format]
  const rows = {}
  const add = (name, r) => (rows[name] ??= []).push(r)
  for (let round = 0; round < RUNS; round++) {
    add('library', await runChild([SCALE, '--child=library', log], preload))
    for (const format of FORMATS) {
      const order = round % 2 ? [['B', B], ['A', A]] : [['A', A], ['B', B]]
      for (const [name, path] of order) add(`${format} ${name}`, await runChild(cli(path, format), preload))
    }
    process.stderr.write(`round ${round + 1} of ${RUNS} done\n`)
  }
  const lib = median(rows.library.map((r) => r.cpu))
  console.log(`${ROWS.toLocaleString('en')} incidents, ${ELEMENTS.toLocaleString('en')} elements, ${RUNS} rounds; medians (min); CPU in s`)
  console.log(`library     cpu ${(lib / 1000).toFixed(2)} (${(Math.min(...rows.library.map((r) => r.cpu)) / 1000).toFixed(2)})`)
  for (const format of FORMATS) {
    const a = rows[`${format} A`]
    const b = rows[`${format} B`]
    const ca = median(a.map((r) => r.cpu))
    const cb = median(b.map((r) => r.cpu))
    console.log(
      `${format.padEnd(16)} A cpu ${(ca / 1000).toFixed(2)} (${(Math.min(...a.map((r) => r.cpu)) / 1000).toFixed(2)}) = ${(ca / lib).toFixed(2)}× lib` +
        `   B cpu ${(cb / 1000).toFixed(2)} (${(Math.min(...b.map((r) => r.cpu)) / 1000).toFixed(2)}) = ${(cb / lib).toFixed(2)}× lib` +
        `   B/A cpu ${(cb / ca).toFixed(2)}, wall ${(median(b.map((r) => r.wall)) / median(a.map((r) => r.wall))).toFixed(2)}` +
        `   RSS MB A ${Math.max(...a.map((r) => r.rssMb)).toFixed(0)} B ${Math.max(...b.map((r) => r.rssMb)).toFixed(0)}`,
    )
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
