// Benchmark: a CSV log whose dates are local wall-clock times in a pattern of its own
// (`dd/MM/yyyy HH:mm:ss` in Europe/Paris, as spreadsheets and service desks export them), read into columns
// with `dateFormat` and `timeZone`, against date-fns `parse` alone on the same date strings in the
// process's own zone (the library every such date goes through, doing nothing else), and against the same
// log written as ISO-8601 instants with their offset. In interleaved rounds, the order rotated at each
// (bench/harness.mjs).
//
//   node --expose-gc bench/local-dates.mjs [--rows=50000] [--runs=5]     (after npm run build)
//
// No target: the figure to watch is the reader's cost a date against date-fns' own.
import { parse } from 'date-fns'
import { parseCsvIncidentColumns } from '../dist/io.js'
import { interleave, loadLine, ratio, runsFrom, table, times } from './harness.mjs'
import { mulberry32 } from './workload.mjs'

const args = process.argv.slice(2)
const RUNS = runsFrom(args)
const ROWS = Number(args.find((a) => a.startsWith('--rows='))?.slice('--rows='.length) ?? 50_000) || 50_000
const FORMAT = 'dd/MM/yyyy HH:mm:ss'
const ZONE = 'Europe/Paris'

// Seeded: every run reads the same log, March 2026 (the clocks go forward on the 29th) in Paris.
const random = mulberry32(11)
const local = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
const wall = (ms) => {
  const p = Object.fromEntries(local.formatToParts(ms).map((x) => [x.type, x.value]))
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`
}
const from = Date.UTC(2026, 1, 28, 23)
const localLines = ['id,start,end,elements']
const isoLines = ['id,start,end,elements']
const dates = []
for (let i = 0; i < ROWS; i++) {
  const s = from + Math.floor(random() * 2_670_000) * 1000
  const e = s + 60_000 + Math.floor(random() * 21_540) * 1000
  const element = `vps-${Math.floor(random() * 500)}`
  localLines.push(`i${i},${wall(s)},${wall(e)},${element}`)
  isoLines.push(`i${i},${new Date(s).toISOString()},${new Date(e).toISOString()},${element}`)
  dates.push(wall(s), wall(e))
}
const localCsv = `${localLines.join('\n')}\n`
const isoCsv = `${isoLines.join('\n')}\n`
const REFERENCE = new Date(0)

const results = await interleave(
  [
    {
      name: 'date-fns parse alone',
      run: () => {
        let sum = 0
        for (const d of dates) sum += parse(d, FORMAT, REFERENCE).getTime()
        return sum
      },
    },
    {
      name: 'reader, local dates',
      run: () => {
        const r = parseCsvIncidentColumns(localCsv, { dateFormat: FORMAT, timeZone: ZONE })
        if (r.skipped.length) throw new Error(`${r.skipped.length} rows skipped`)
        return r.incidents.count
      },
    },
    { name: 'reader, ISO instants', run: () => parseCsvIncidentColumns(isoCsv).incidents.count },
  ],
  RUNS,
)
const base = results['date-fns parse alone']
const rows = [['figure', 'min', 'median', 'a date (min)', '× date-fns alone (min, median)']]
for (const [name, r] of Object.entries(results)) {
  const x = ratio(r, base)
  rows.push([name, `${r.min.toFixed(0)} ms`, `${r.median.toFixed(0)} ms`, `${((r.min / dates.length) * 1000).toFixed(2)} µs`, `${times(x.min)} ${times(x.median)}`])
}
console.log(`matou bench: ${ROWS.toLocaleString('en')} rows (${dates.length.toLocaleString('en')} dates) written as ${FORMAT} in ${ZONE}; ${RUNS} rounds; ${loadLine()}`)
table(rows)
