// Is the risk smoothed when every client has its own VPS? 40 clients of the CHATONS draft, 12 months,
// 2,000 seeded trials: first with independent incidents only, then adding a rare event that hits every
// client at once (a hypervisor or a data-centre fire), under OVH's 2016 VALUE terms at the same price.
import { offerFromPreset, presets } from 'matou'
import { simulate } from 'matou/simulation'

const offer = offerFromPreset(presets.ovhVps2016.value, { amount: '12.00', currency: 'EUR' })
const result = simulate({
  offer,
  clients: 40,
  months: 12,
  trials: 2000,
  seed: 7,
  incidents: {
    rate: 0.1, // one incident per client every ten months
    duration: { type: 'log-normal', median: 'PT45M', sigma: 1.2 },
    correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT12H' } },
  },
})

const show = (name, x) =>
  console.log(
    `${name.padEnd(24)} expected ${x.expectedMonthlyCost.toFixed(2)} EUR/month (${x.expectedPercentOfRevenue.toFixed(2)} % of revenue), ` +
      `p99 ${x.p99.amount.toFixed(2)} EUR (${x.p99.percentOfRevenue.toFixed(1)} %), worst ${x.worstMonth.amount.toFixed(2)} EUR`,
  )
console.log(`Revenue ${result.revenuePerMonth.toFixed(2)} EUR a month, ${result.trials} trials × ${result.months} months, seed ${result.seed}`)
show('independent only', result.independentOnly)
show('with correlated events', result.withCorrelated)
const i = result.independentOnly.expectedMonthlyCostInterval
console.log(`95 % interval of the expected cost (independent): ${i.low.toFixed(2)} – ${i.high.toFixed(2)} EUR`)
