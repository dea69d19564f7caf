// The monthly statement of a small hosting collective for March 2026 under the OVH 2016 VALUE terms:
// each VPS, its availability, the credit owed, and the arithmetic behind the largest credit.
import { readFileSync } from 'node:fs'
import { monthlyStatement, monthPeriod, presets } from 'matou'

const incidents = JSON.parse(readFileSync(new URL('./data/incidents-2026-03.json', import.meta.url), 'utf8'))
const fee = { amount: '9.99', currency: 'EUR' }
const elements = ['vps-anna', 'vps-bruno', 'vps-chloe', 'vps-david', 'vps-emma', 'vps-farid'].map((id) => ({ id, fee }))

const statement = monthlyStatement({
  commitment: presets.ovhVps2016.value,
  period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
  incidents,
  elements,
})

console.log(`Statement ${statement.period.label} under ${statement.commitmentId}`)
for (const { element, availability, credit } of statement.elements) {
  const hours = (availability.downtimeMs / 3_600_000).toFixed(2)
  console.log(`${element.padEnd(10)} ${availability.availability.toFixed(3).padStart(8)} %  down ${hours.padStart(5)} h  credit ${credit.percent.toString().padStart(2)} % = ${credit.amount.toFixed(2)} EUR`)
}
for (const t of statement.totals) console.log(`Total: ${t.credits.toFixed(2)} ${t.currency} of credits on ${t.fees.toFixed(2)} ${t.currency} of fees`)

const worst = [...statement.elements].sort((a, b) => b.credit.amount.comparedTo(a.credit.amount))[0]
console.log(`\nWhy ${worst.element}:`)
for (const c of worst.availability.contributions) console.log(`  ${c.id}: ${c.status}, ${c.reason}`)
for (const line of [...worst.availability.explanation, ...worst.credit.explanation]) console.log(`  ${line}`)
