import { describe, expect, it } from 'vitest'
import { offerFromPreset, presets } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { renderSimulation } from '../../src/report/index.js'

describe('renderSimulation', () => {
  // Incidents that always last the whole 30-day month, at a rate so high every client-month has one:
  // every month pays the top band, 40 × 10 EUR × 50 % = 200 EUR, 50 % of revenue.
  const result = simulate({
    offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '10', currency: 'EUR' }),
    clients: 40,
    months: 2,
    trials: 50,
    seed: 3,
    incidents: { rate: 50, duration: { type: 'fixed', duration: 'P30D' } },
  })

  it('writes the figures in French with a decimal comma', () => {
    const text = renderSimulation(result, { format: 'text', lang: 'fr' })
    expect(text).toContain('Simulation du risque — OVH VPS STARTER (2016)')
    expect(text).toMatch(/200,00\s€/)
    expect(text).toMatch(/50\s%/)
  })

  it('writes JSON with decimals as strings', () => {
    const json = JSON.parse(renderSimulation(result, { format: 'json' }))
    expect(json.format).toBe('matou.simulation/1')
    expect(json.independentOnly.expectedMonthlyCost).toBe('200')
  })

  it('writes a self-contained HTML page and Markdown', () => {
    const html = renderSimulation(result, { format: 'html', lang: 'en' })
    expect(html).toMatch(/^<!DOCTYPE html>/i)
    expect(html).not.toMatch(/<script|<link|https?:\/\//)
    expect(renderSimulation(result, { format: 'markdown' })).toContain('| independent only |')
  })
})
