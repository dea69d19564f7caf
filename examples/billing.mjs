// A billing integration: each client's VPS, its March 2026 credit, as invoice lines a billing tool can
// import (amounts as decimal strings, never floats), with the one-line reason a client can read.
import { readFileSync } from 'node:fs'
import { monthlyStatement, monthPeriod, presets } from 'matou'

const incidents = JSON.parse(readFileSync(new URL('./data/incidents-2026-03.json', import.meta.url), 'utf8'))
const clients = [
  { client: 'Librairie du Coin', element: 'vps-anna', fee: '9.99' },
  { client: 'AMAP des Lilas', element: 'vps-bruno', fee: '4.99' },
  { client: 'Radio Quartier', element: 'vps-chloe', fee: '19.90' },
  { client: 'Atelier Vélo', element: 'vps-david', fee: '9.99' },
]

const statement = monthlyStatement({
  commitment: presets.ovhVps2016.value,
  period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
  incidents,
  elements: clients.map((c) => ({ id: c.element, fee: { amount: c.fee, currency: 'EUR' } })),
})

const lines = statement.elements
  .filter((e) => !e.credit.amount.isZero())
  .map((e) => {
    const client = clients.find((c) => c.element === e.element)
    return {
      client: client.client,
      label: `Service credit ${statement.period.label} (${e.element}): availability ${e.availability.availability.toFixed(3)} %, band ${e.credit.tier.label}`,
      quantity: 1,
      unitPrice: e.credit.amount.negated().toFixed(2),
      currency: e.credit.currency,
    }
  })
console.log(JSON.stringify(lines, null, 2))
console.log(`Total credited: ${statement.totals.map((t) => `${t.credits.toFixed(2)} ${t.currency}`).join(', ')}`)
