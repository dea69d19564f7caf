// Benchmark: a 1,000,000-row CSV incident log to a monthly statement, streamed from disk. Prints the
// throughput (rows per second) beside the bare cost of reading the same file line by line, in the same
// run, and the peak RSS of a child process that does only the read and the statement.
//
//   npm run bench          (after npm run build)
//   node --expose-gc bench/csv.mjs --small      100,000 rows
import { fork } from 'node:child_process'
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { monthlyStatement, monthPeriod, presets } from '../dist/index.js'
import { readCsvIncidents } from '../dist/io.js'

const SMALL = process.argv.includes('--small')
const CHILD = process.argv.find((a) => a.startsWith('--child='))?.slice(8)
const ROWS = SMALL ? 100_000 : 1_000_000
const ELEMENTS = ROWS / 100
const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })

function writeLog(file) {
  // A seeded generator, so that every run reads the same file.
  let seed = 42
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const from = period.start.getTime()
  const parts = ['id,start,end,elements,impact,cause\n']
  for (let i = 0; i < ROWS; i++) {
    const s = from + Math.floor(random() * (period.durationMs / 1000)) * 1000
    const e = s + 60_000 + Math.floor(random() * 21_540) * 1000
    const impact = random() < 0.9 ? 'outage' : 'partial'
    const cause = random() < 0.9 ? 'unplanned' : 'maintenance'
    parts.push(`i${i},${new Date(s).toISOString()},${new Date(e).toISOString()},el-${Math.floor(random() * ELEMENTS)},${impact},${cause}\n`)
  }
  writeFileSync(file, parts.join(''))
}

async function statementOf(file) {
  const { incidents, skipped } = await readCsvIncidents(createReadStream(file))
  const elements = Array.from({ length: ELEMENTS }, (_, e) => ({ id: `el-${e}`, fee: { amount: '9.99', currency: 'EUR' } }))
  const statement = monthlyStatement({ commitment: presets.ovhVps2016.value, period, incidents, elements })
  return { rows: incidents.length, skipped: skipped.length, credits: statement.totals[0].credits.toFixed(2) }
}

if (CHILD) {
  const result = await statementOf(CHILD)
  process.send({ ...result, maxRssKB: process.resourceUsage().maxRSS })
  process.disconnect()
} else {
  const dir = mkdtempSync(join(tmpdir(), 'matou-csv-'))
  const file = join(dir, 'log.csv')
  writeLog(file)
  const peak = await new Promise((resolve, reject) => {
    const cp = fork(fileURLToPath(import.meta.url), [`--child=${file}`])
    let message
    cp.on('message', (m) => (message = m))
    cp.on('exit', (code) => (message ? resolve(message) : reject(new Error(`child exited with ${code}`))))
  })
  const time = async (fn) => {
    let best = Infinity
    for (let r = 0; r < (SMALL ? 3 : 2); r++) {
      globalThis.gc?.()
      const t0 = performance.now()
      await fn()
      best = Math.min(best, performance.now() - t0)
    }
    return best
  }
  const bare = await time(async () => {
    let n = 0
    for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) n++
    return n
  })
  const full = await time(() => statementOf(file))
  rmSync(dir, { recursive: true })
  console.log(`matou bench: ${ROWS.toLocaleString('en-US')}-row CSV (${ELEMENTS.toLocaleString('en-US')} elements) to a statement, node ${process.version}`)
  console.log(`bare line-by-line read of the file     ${bare.toFixed(0).padStart(7)} ms  ${((ROWS / bare) * 1000).toFixed(0).padStart(9)} rows/s`)
  console.log(`CSV read + statement                   ${full.toFixed(0).padStart(7)} ms  ${((ROWS / full) * 1000).toFixed(0).padStart(9)} rows/s  (${(full / bare).toFixed(1)}× the bare read)`)
  console.log(`peak RSS of a child doing only that    ${(peak.maxRssKB / 1024).toFixed(0).padStart(7)} MB   (rows ${peak.rows}, skipped ${peak.skipped}, credits ${peak.credits} EUR)`)
}
