// Side by side, on the same incident log: matou's monthly statement, the downtime computation Upptime's
// documentation describes (each incident a dayjs range, overlapping ranges merged, then summed), written
// here from that description, and the same merge on plain Dates. The log has outages only, none excluded,
// under a commitment without minimum outage or rounding, so that the three must agree to the millisecond
// on every element's downtime; the bench checks that they do before printing any time.
//
//   npm run bench          (after npm run build)
//   node --expose-gc bench/upptime.mjs --small --runs=5
//
// Timed in interleaved rounds, the order rotated at each round (bench/harness.mjs); peak RSS of each from
// a child process that builds the log and runs that one computation once.

import { fileURLToPath } from 'node:url'
import dayjs from 'dayjs'
import { monthlyStatement, monthPeriod, presets } from '../dist/index.js'
import { child, gc, interleave, loadLine, ms, ratio, runsFrom, table, times } from './harness.mjs'

const args = process.argv.slice(2)
const SMALL = args.includes('--small')
const CHILD = args.find((a) => a.startsWith('--child='))?.slice('--child='.length)
const RUNS = runsFrom(args)
const ELEMENTS = SMALL ? 100 : 2_000
const PER_ELEMENT = 100

const commitment = presets.azure.vmZones // no minimum outage, measured to the millisecond
const period = monthPeriod({ year: 2026, month: 3, timeZone: commitment.timeZone })
const periodStart = period.start.getTime()
const periodEnd = period.end.getTime()

/** Outages as ISO strings, shuffled, some overlapping, some across the month's edges. */
function buildLog() {
  let seed = 7
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const from = periodStart - 43_200_000
  const span = periodEnd + 43_200_000 - from
  const elements = []
  const lists = []
  for (let e = 0; e < ELEMENTS; e++) {
    elements.push({ id: `el-${e}`, fee: { amount: '9.99', currency: 'EUR' } })
    lists.push([`el-${e}`])
  }
  const incidents = []
  for (let i = 0; i < ELEMENTS * PER_ELEMENT; i++) {
    const s = from + Math.floor((random() * span) / 1000) * 1000
    const e = s + 60_000 + Math.floor(random() * 21_540) * 1000
    incidents.push({ start: new Date(s).toISOString(), end: new Date(e).toISOString(), elements: lists[Math.floor(random() * ELEMENTS)] })
  }
  for (let i = incidents.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[incidents[i], incidents[j]] = [incidents[j], incidents[i]]
  }
  return { elements, incidents }
}

function byElement(incidents) {
  const groups = new Map()
  for (const x of incidents) {
    const id = x.elements[0]
    let list = groups.get(id)
    if (!list) groups.set(id, (list = []))
    list.push(x)
  }
  return groups
}

function matou({ elements, incidents }) {
  const statement = monthlyStatement({ commitment, period, incidents, elements })
  return statement.elements.map((entry) => entry.availability.downtimeMs)
}

/** Upptime's way, from its description: dayjs ranges, clipped to the month, merged where they overlap, summed. */
function upptime({ elements, incidents }) {
  const groups = byElement(incidents)
  const start = dayjs(periodStart)
  const end = dayjs(periodEnd)
  return elements.map(({ id }) => {
    const ranges = []
    for (const x of groups.get(id) ?? []) {
      let s = dayjs(x.start)
      let e = dayjs(x.end)
      if (s.isBefore(start)) s = start
      if (e.isAfter(end)) e = end
      if (e.isAfter(s)) ranges.push([s, e])
    }
    ranges.sort((a, b) => a[0].valueOf() - b[0].valueOf())
    let total = 0
    let current = null
    for (const r of ranges) {
      if (current && !r[0].isAfter(current[1])) {
        if (r[1].isAfter(current[1])) current[1] = r[1]
      } else {
        if (current) total += current[1].diff(current[0])
        current = [r[0], r[1]]
      }
    }
    if (current) total += current[1].diff(current[0])
    return total
  })
}

/** The same merge on plain Dates. */
function dates({ elements, incidents }) {
  const groups = byElement(incidents)
  return elements.map(({ id }) => {
    const ranges = []
    for (const x of groups.get(id) ?? []) {
      const s = Math.max(new Date(x.start).getTime(), periodStart)
      const e = Math.min(new Date(x.end).getTime(), periodEnd)
      if (e > s) ranges.push([s, e])
    }
    ranges.sort((a, b) => a[0] - b[0])
    let total = 0
    let cs = -1
    let ce = -1
    for (const [s, e] of ranges) {
      if (cs >= 0 && s <= ce) ce = Math.max(ce, e)
      else {
        if (cs >= 0) total += ce - cs
        cs = s
        ce = e
      }
    }
    if (cs >= 0) total += ce - cs
    return total
  })
}

const WAYS = { matou, upptime, dates }
const sum = (list) => list.reduce((a, b) => a + b, 0)

if (CHILD) {
  const log = buildLog()
  gc()
  const result = WAYS[CHILD](log)
  process.send({ maxRssKB: process.resourceUsage().maxRSS, downtime: sum(result) })
  process.disconnect()
} else {
  const self = fileURLToPath(import.meta.url)
  const peaks = {}
  for (const way of Object.keys(WAYS)) peaks[way] = await child(self, [`--child=${way}`, ...(SMALL ? ['--small'] : [])])
  const log = buildLog()
  const reference = dates(log)
  for (const [name, way] of Object.entries(WAYS)) {
    const got = way(log)
    const bad = got.findIndex((x, e) => x !== reference[e])
    if (bad >= 0) throw new Error(`${name} disagrees on ${log.elements[bad].id}: ${got[bad]} ms, plain Dates ${reference[bad]} ms`)
  }
  const r = await interleave(
    Object.entries(WAYS).map(([name, way]) => ({ name, run: () => way(log) })),
    RUNS,
  )
  const n = log.incidents.length
  console.log(`matou bench: downtime of ${ELEMENTS.toLocaleString('en-US')} elements from ${n.toLocaleString('en-US')} ISO-8601 outages, ${period.label} ${period.timeZone}, three ways that agree to the millisecond`)
  console.log(`node ${process.version}, ${RUNS} interleaved rounds; ${loadLine()}\n`)
  const rows = [['way', 'min', 'median', '/ matou (min, median)', 'peak RSS (child)']]
  const labels = {
    matou: 'matou monthlyStatement (statement, credits and all)',
    upptime: "Upptime's description: dayjs ranges, merge, sum",
    dates: 'plain Date merge',
  }
  for (const name of Object.keys(WAYS)) {
    const q = ratio(r[name], r.matou)
    rows.push([labels[name], ms(r[name].min), ms(r[name].median), `${times(q.min)} ${times(q.median)}`, `${(peaks[name].maxRssKB / 1024).toFixed(0)} MB`])
  }
  table(rows)
  console.log(`\ntotal downtime ${sum(reference).toLocaleString('en-US')} ms, the same in all three`)
}
