// The CHATONS cooperative's draft beside OVH's 2016 VPS terms, at the same price, on five scenarios,
// for a client whose hour of downtime costs 50 EUR: what each offer gives back, and what share of the
// loss that is. The draft promises no availability credit, only an intervention time (GTI).
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { compareOffers, offerFromPreset, parseOffer, presets } from 'matou'
import { renderComparison } from 'matou/report'

const draft = parseOffer(parse(readFileSync(new URL('./offers/chatons-coop.yaml', import.meta.url), 'utf8')))
const fee = { amount: draft.services[0].fee.amount.toString(), currency: draft.services[0].fee.currency }
const comparison = compareOffers({
  offers: [offerFromPreset(presets.ovhVps2016.starter, fee), offerFromPreset(presets.ovhVps2016.value, fee), draft],
  clientLossPerHour: '50',
})

console.log('| scenario | offer | availability | band | credit | GTI | compensation | client loss | cover |')
console.log('| --- | --- | ---: | --- | ---: | --- | ---: | ---: | ---: |')
for (const c of comparison.cells) {
  const scenario = comparison.scenarios.find((s) => s.id === c.scenario).name
  const offer = comparison.offers.find((o) => o.id === c.offer).name
  const gti = c.gti ? c.gti.status : '—'
  console.log(
    `| ${scenario} | ${offer} | ${c.availability.availability.toFixed(3)} % | ${c.band ?? '—'} | ${c.credit.percent} % | ${gti} | ${c.compensation.toFixed(2)} EUR | ${c.clientLoss.toFixed(2)} EUR | ${c.coverPercent ? c.coverPercent.toDecimalPlaces(3).toString() : '0'} % |`,
  )
}
// The same, as a report people read: `renderComparison(comparison, { format: 'markdown', lang: 'fr' })`.
console.log(`\n${renderComparison(comparison, { format: 'text', lang: 'en' }).split('\n').length} lines of text report; try format: 'html'.`)
