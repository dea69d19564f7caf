// Benchmark: a 1,000,000-row CSV incident log to a monthly statement, streamed from disk, against
// csv-parse alone reading the same file (records counted, nothing else) and a bare line-by-line read:
// the columnar reader (readCsvIncidentColumns, what the statement of a large log should use) and the
// reader of incident objects (readCsvIncidents), each followed by the same statement.
// The three run in interleaved rounds, the order rotated at each (bench/harness.mjs); peak RSS of each
// comes from a child process that does only that one thing.
//
//   npm run bench          (after npm run build)
//   node --expose-gc bench/csv.mjs --small --runs=5      100,000 rows
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse'
import { monthlyStatement, monthPeriod, presets } from '../dist/index.js'
import { readCsvIncidentColumns, readCsvIncidents } from '../dist/io.js'
import { child, interleave, loadLine, ms, ratio, runsFrom, table, times } from './harness.mjs'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const CHILD = args.find((a) => a.startsWith('--child='))?.slice('--child='.length)
const WAY = args.find((a) => a.startsWith('--way='))?.slice('--way='.length)
const RUNS = runsFrom(args)
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

function statementOf(incidents, skipped, rows) {
  const elements = Array.from({ length: ELEMENTS }, (_, e) => ({ id: `el-${e}`, fee: { amount: '9.99', currency: 'EUR' } }))
  const statement = monthlyStatement({ commitment: presets.ovhVps2016.value, period, incidents, elements })
  return { rows, skipped: skipped.length, credits: statement.totals[0].credits.toFixed(2) }
}

async function objects(file) {
  const { incidents, skipped } = await readCsvIncidents(createReadStream(file))
  return statementOf(incidents, skipped, incidents.length)
}

async function columns(file) {
  const { incidents, skipped } = await readCsvIncidentColumns(createReadStream(file))
  return statementOf(incidents, skipped, incidents.count)
}

async function lines(file) {
  let n = 0
  for await (const _ of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) n++
  return { rows: n - 1 }
}

async function csvParse(file) {
  let n = 0
  for await (const _ of createReadStream(file).pipe(parse({ from_line: 2 }))) n++
  return { rows: n }
}

const WAYS = { lines, 'csv-parse': csvParse, columns, objects }

if (CHILD) {
  const result = await WAYS[WAY](CHILD)
  process.send({ ...result, maxRssKB: process.resourceUsage().maxRSS })
  process.disconnect()
} else {
  const dir = mkdtempSync(join(tmpdir(), 'matou-csv-'))
  const file = join(dir, 'log.csv')
  writeLog(file)
  const self = fileURLToPath(import.meta.url)
  const peaks = {}
  for (const way of Object.keys(WAYS)) peaks[way] = await child(self, [`--child=${file}`, `--way=${way}`, ...(SMALL ? ['--small'] : [])])
  const r = await interleave(
    Object.entries(WAYS).map(([name, way]) => ({ name, run: () => way(file) })),
    RUNS,
  )
  rmSync(dir, { recursive: true })
  console.log(`matou bench: ${ROWS.toLocaleString('en-US')}-row CSV (${ELEMENTS.toLocaleString('en-US')} elements) to a statement, node ${process.version}`)
  console.log(`${RUNS} interleaved rounds; ${loadLine()}\n`)
  const labels = {
    lines: 'bare line-by-line read (readline)',
    'csv-parse': 'csv-parse alone, records counted',
    columns: 'readCsvIncidentColumns + monthlyStatement',
    objects: 'readCsvIncidents + monthlyStatement',
  }
  const rows = [['way', 'min', 'median', 'rows/s (min)', '/ csv-parse (min, median)', 'peak RSS (child)']]
  for (const name of Object.keys(WAYS)) {
    const q = ratio(r[name], r['csv-parse'])
    rows.push([labels[name], ms(r[name].min), ms(r[name].median), Math.round((ROWS / r[name].min) * 1000).toLocaleString('en-US'), `${times(q.min)} ${times(q.median)}`, `${(peaks[name].maxRssKB / 1024).toFixed(0)} MB`])
  }
  table(rows)
  const [c, o] = [r.columns.result, r.objects.result]
  if (JSON.stringify(c) !== JSON.stringify(o)) throw new Error(`the two readers disagree: ${JSON.stringify(c)} vs ${JSON.stringify(o)}`)
  console.log(`\nboth: rows ${c.rows}, skipped ${c.skipped}, credits ${c.credits} EUR (target: ≤ 1.0× csv-parse, peak RSS ≤ 300 MB)`)
}
