// A statement from a real Atlassian Statuspage export (GitHub's incidents.json, September 2024): the
// outage of each component comes from its status transitions. First the figure the status page itself
// would show (Statuspage's rule: major outage counts in full, partial outage 0.3), then the same log under
// a contract's own rules, to see why the two differ.
import { readFileSync } from 'node:fs'
import { customPeriod, measureAvailability, monthlyStatement, monthPeriod, presets, withProfile } from 'matou'
import { parseStatuspageIncidents } from 'matou/io'

const { incidents, skipped } = parseStatuspageIncidents(readFileSync(new URL('./data/githubstatus-incidents.json', import.meta.url), 'utf8'))
console.log(`${incidents.length} component outages read, ${skipped.length} skipped:`)
for (const s of skipped) console.log(`  ${s.path ?? ''} ${s.reason}`)

const day = customPeriod({ start: '2024-09-16T00:00:00Z', end: '2024-09-17T00:00:00Z', label: '2024-09-16' })
for (const component of ['Actions', 'Pages']) {
  const r = measureAvailability({ commitment: withProfile('statuspage'), period: day, incidents, element: component })
  console.log(`${component}: status-page figure ${r.availability.toFixed(2)} % (${(r.downtimeMs / 1000).toFixed(3)} s weighted downtime)`)
}

// The same log under OVH's 2016 VPS terms over the calendar month, as a contract measures it: partial
// outages count in full, but a month is long, so one bad evening is far from the first band.
const statement = monthlyStatement({
  commitment: presets.ovhVps2016.value,
  period: monthPeriod({ year: 2024, month: 9, timeZone: 'Europe/Paris' }),
  incidents,
  elements: ['Actions', 'Pages'].map((id) => ({ id, fee: { amount: '9.99', currency: 'EUR' } })),
})
for (const e of statement.elements)
  console.log(`${e.element}: September 2024 under the contract ${e.availability.availability.toFixed(4)} %, band ${e.credit.tier?.label ?? 'none'}, credit ${e.credit.amount.toFixed(2)} EUR`)
