// Why measuring reads its incidents with a hand-written reader rather than the incident schema: the
// schema's check of a large log against the whole measurement by the reader. Runs against the built
// package: `npm run build` first.
//
//   node --expose-gc bench/incident-check.mjs              1,000,000 incidents as ISO-8601 strings
//   node --expose-gc bench/incident-check.mjs --small      100,000
//   node --expose-gc bench/incident-check.mjs --runs=7     more rounds (at least 5, the default)
//
// Candidates, timed in interleaved rounds (bench/harness.mjs), lowest and median shown:
//   schema   parseIncidents: the incident schema on every row, then the instants and end-after-start
//   measure  measureAvailability on the same log: the hand reader (normalise.ts) into typed columns, then
//            the timeline, the sweep and the report. If the schema alone costs more than all of this, a
//            million-row log cannot go through it on the way to a figure. test/properties/incident-check
//            keeps the two checks in agreement. A measurement, not a test: it exits 0 whatever it finds.

import { measureAvailability, monthPeriod, parseIncidents, presets } from '../dist/index.js'
import { interleave, loadLine, ms, ratio, runsFrom, table, times } from './harness.mjs'

const args = process.argv.slice(2)
const COUNT = args.includes('--small') ? 100_000 : 1_000_000
const RUNS = runsFrom(args)

const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const start0 = period.start.getTime()
const span = period.durationMs - 3_600_000
let seed = 0x6d61746f
const next = () => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32)

const incidents = Array.from({ length: COUNT }, (_, i) => {
  const s = start0 + Math.floor(next() * span)
  return {
    id: `inc-${i}`,
    start: new Date(s).toISOString(),
    end: new Date(s + 60_000 + Math.floor(next() * 3_000_000)).toISOString(),
    elements: [`vps-${i % 100}`],
    impact: i % 7 === 0 ? 'partial' : 'outage',
    cause: i % 11 === 0 ? 'maintenance' : 'unplanned',
  }
})

const r = await interleave(
  [
    { name: 'schema', run: () => parseIncidents(incidents).length },
    { name: 'measure', run: () => measureAvailability({ commitment: presets.ovhVps2016.starter, period, incidents, element: 'vps-1' }).availability.toString() },
  ],
  RUNS,
)
const q = ratio(r.schema, r.measure)
console.log(`node ${process.version}, ${COUNT.toLocaleString('en-US')} incidents, ${RUNS} interleaved rounds; ${loadLine()}\n`)
table([
  ['', 'min', 'median'],
  ['schema check (parseIncidents)', ms(r.schema.min), ms(r.schema.median)],
  ['whole measurement (hand reader)', ms(r.measure.min), ms(r.measure.median)],
  ['schema / measurement', times(q.min), times(q.median)],
])
