import { describe, expect, it } from 'vitest'
import { downtimeBudget, monthPeriod, offerFromPreset, presets } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { renderBudget, renderSimulation } from '../../src/report/index.js'

const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' })

describe('charts on the budget and simulation pages', () => {
  it('draws every band of the budget, the unreachable too, and marks the downtime allowed', () => {
    // Google Compute Engine, single instance: 10 %, 25 % and 100 % bands, and the range with no credit.
    const budget = downtimeBudget({ commitment: presets.byId('gcp-compute-single'), period: april })
    const html = renderBudget(budget, { format: 'html', lang: 'fr' })
    expect(html.match(/<rect class="band"/g)).toHaveLength(budget.bands.filter((b) => b.reachable).length)
    expect(budget.bands.filter((b) => b.reachable).length).toBe(4)
    // 30 days at 99.9 %: 43 min 12 s allowed.
    expect(html).toContain('43\u00a0min 12\u00a0s admis')
    expect(renderBudget(budget, { format: 'text', lang: 'fr' })).not.toContain('<svg')
  })

  it('draws the median, p95, p99 and worst months of each variant', () => {
    const offer = offerFromPreset(presets.byId('ovh-vps-2016-starter'), { amount: '10', currency: 'EUR' })
    const result = simulate({
      offer,
      clients: 10,
      months: 2,
      trials: 50,
      seed: 7,
      incidents: { rate: 0.5, duration: { type: 'exponential', mean: 'PT6H' }, correlated: { rate: 0.1, duration: { type: 'exponential', mean: 'PT12H' } } },
    })
    const html = renderSimulation(result, { format: 'html', lang: 'fr' })
    // Two variants, four bars each.
    expect(html.match(/<rect class="credit-bar"/g)).toHaveLength(8)
    expect(html).toContain('Crédits d’un mois, en pourcentage du chiffre d’affaires')
    // The distribution of the full model: the months without credit, then one bar per bin, each with its count.
    const d = result.withCorrelated!.distribution
    expect(html).toContain('Mois selon le total des crédits (incidents avec événements corrélés)')
    expect(html.match(/<rect class="dist-zero"/g)).toHaveLength(1)
    expect(html.match(/<rect class="dist-bar"/g)).toHaveLength(d.bins.length)
    expect(d.bins.length).toBeGreaterThan(1)
    expect(html).toContain(`>${d.zeroMonths}\u00a0mois</text>`)
    expect(d.zeroMonths + d.bins.reduce((n, b) => n + b.months, 0)).toBe(result.trials * result.months)
  })
})
