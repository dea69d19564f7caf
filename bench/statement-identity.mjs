// Checks that two builds of the library draw up the same statements: JSON.stringify of the statement (every
// report's lazy figures, contributions, steps and sentences included) and the report in every format and
// language, compared byte for byte, on logs that take each path of the measurement: the benchmark's log
// (epoch ms, ISO strings, columns), and a mixed one with incidents naming several elements, naming none,
// naming an element not billed, open ones (asOf), excluded causes, ids, weights, a minimum outage, clock-minute
// granularity, elements in service part of the month, and a measurement window.
//
//   node bench/statement-identity.mjs /tmp/before/index.js [dist/index.js]
//
// Exits 1 when anything differs, and says what.
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { columnsOf } from './columns-workload.mjs'
import { buildWorkload, mulberry32 } from './workload.mjs'

const [a, b = new URL('../dist/index.js', import.meta.url).pathname] = process.argv.slice(2)
if (!a) {
  console.error('usage: node bench/statement-identity.mjs <before/index.js> [<after/index.js>]')
  process.exit(2)
}
const load = async (file) => {
  const M = await import(pathToFileURL(resolve(file)).href)
  const R = await import(pathToFileURL(resolve(file, '../report.js')).href)
  return { M, R }
}
const builds = [await load(a), await load(b)]

/** A log that takes the paths the benchmark's does not. */
function mixed(period, random) {
  const from = period.start.getTime() - 86_400_000
  const span = period.end.getTime() + 86_400_000 - from
  const IMPACTS = ['outage', 'partial', 'degraded']
  const CAUSES = ['unplanned', 'maintenance', 'customer', 'force-majeure']
  const incidents = []
  for (let i = 0; i < 3000; i++) {
    const s = from + Math.floor(random() * span / 1000) * 1000 + (random() < 0.1 ? Math.floor(random() * 1000) : 0)
    const x = { start: s, end: s + Math.floor(random() * 8 * 3_600_000), impact: IMPACTS[Math.floor(random() * 3)], cause: CAUSES[Math.floor(random() * 4)] }
    const r = random()
    if (r < 0.05) {
      // names no element: affects every one
    } else if (r < 0.15) x.elements = [`e-${Math.floor(random() * 40)}`, `e-${Math.floor(random() * 40)}`, `e-${Math.floor(random() * 40)}`]
    else if (r < 0.17) x.elements = [`ghost-${Math.floor(random() * 3)}`]
    else x.elements = [`e-${Math.floor(random() * 40)}`]
    if (random() < 0.01 && s < Date.parse("2026-03-28T12:00:00Z")) delete x.end
    if (random() < 0.3) x.id = `INC-${i}`
    if (random() < 0.05) x.end = x.start
    incidents.push(x)
  }
  const elements = []
  for (let e = 0; e < 40; e++) {
    const el = { id: `e-${e}`, fee: { amount: e % 7 === 0 ? '19.90' : '9.99', currency: e % 11 === 0 ? 'USD' : 'EUR' } }
    if (e % 9 === 0) el.from = '2026-03-10'
    if (e % 13 === 0) el.until = '2026-03-25'
    if (e % 17 === 5) delete el.fee
    elements.push(el)
  }
  return { incidents, elements }
}

const cases = []
{
  const M = builds[0].M
  const period = M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
  for (const mode of ['ms', 'iso', 'columns']) {
    const w = buildWorkload(mode === 'columns' ? 'ms' : mode, period, 200, 100)
    cases.push({ name: `bench log (${mode})`, options: (M) => ({ commitment: M.presets.ovhVps2016.starter, period: M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), incidents: mode === 'columns' ? columnsOf(w.incidents) : w.incidents, elements: w.elements }) })
  }
  const m = mixed(period, mulberry32(7))
  const asOf = '2026-03-28T12:00:00Z'
  const commitments = (M) => [
    ['ovh starter', M.presets.ovhVps2016.starter],
    ['aws (minute-up)', M.presets.aws.ec2Region],
    ['google (minute-down)', M.presets.google.computeSingle],
    ['azure zones (maintenance excluded)', M.presets.azure.vmZones],
    ['hetzner', M.presets.hetzner.cloud],
    ['minimum outage, weights, out-of-period', { timeZone: 'Europe/Paris', measurement: { minimumOutage: 'PT20M', weights: { outage: '1', partial: '0.5', degraded: '0.25' }, exclusions: 'out-of-period', excludedCauses: ['maintenance'] }, credit: { type: 'pro-rata' } }],
    ['service hours window', { timeZone: 'Europe/Paris', measurement: { window: { hours: { timeZone: 'Europe/Paris', hours: { mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00' } } } }, credit: { type: 'pro-rata' } }],
  ]
  for (let k = 0; k < commitments(M).length; k++) {
    cases.push({ name: `mixed log, ${commitments(M)[k][0]}`, options: (M) => ({ commitment: commitments(M)[k][1], period: M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), incidents: m.incidents, elements: m.elements, asOf, unbilled: 'warn' }) })
  }
  cases.push({ name: 'mixed log, whole service', measure: true, options: (M) => ({ commitment: M.presets.ovhVps2016.starter, period: M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), incidents: m.incidents, asOf }) })
  cases.push({ name: 'mixed log, one element', measure: true, options: (M) => ({ commitment: M.presets.ovhVps2016.starter, period: M.monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), incidents: m.incidents, asOf, element: 'e-3' }) })
}

const digest = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16)
let failed = 0
for (const c of cases) {
  const out = builds.map(({ M, R }) => {
    let parts
    try {
      if (c.measure) {
        const report = M.measureAvailability(c.options(M))
        parts = { json: JSON.stringify(report), split: JSON.stringify(report.split) }
      } else {
        const s = M.monthlyStatement(c.options(M))
        parts = { json: JSON.stringify(s) }
        for (const format of R.REPORT_FORMATS) for (const lang of R.REPORT_LANGUAGES) parts[`${format}/${lang}`] = R.renderStatement(s, { format, lang })
        parts.split = JSON.stringify(s.elements.map((e) => e.availability.split))
      }
    } catch (error) {
      parts = { error: String(error?.message ?? error) }
    }
    return parts
  })
  const keys = Object.keys(out[0])
  const differ = keys.filter((k) => out[0][k] !== out[1][k])
  if (differ.length || keys.length !== Object.keys(out[1]).length) {
    failed++
    console.log(`DIFFER ${c.name}: ${differ.join(', ')}`)
  } else if (out[0].error) { failed++; console.log(`ERROR  ${c.name}: ${out[0].error.slice(0, 300)}`) } else console.log(`same   ${c.name}: ${keys.length} outputs, ${keys.map((k) => out[0][k].length).reduce((x, y) => x + y, 0).toLocaleString('en-US')} characters, json ${digest(out[0].json ?? out[0].error)}`)
}
process.exit(failed ? 1 : 0)
