import { describe, expect, it } from 'vitest'
import { Decimal, offerFromPreset, parseOffer, presets } from '../../src/index.js'
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

describe('renderSimulation in French', () => {
  it('says in French what the simulation leaves out of its figures, as its English notes do', () => {
    // A minimum credit, an hourly waiver, a GTR and a GTI of degraded performance only: none of them is simulated.
    const offer = parseOffer({
      id: 'x',
      name: 'X',
      provider: 'P',
      services: [{ id: 's', name: 'S', fee: { amount: '10', currency: 'EUR' } }],
      commitment: {
        minimumCredit: { amount: '1', currency: 'EUR' },
        credit: { type: 'hourly-waiver', moreThan: 'PT6M' },
        gti: { within: 'PT4H', calendar: '24/7', impacts: ['degraded'] },
        gtr: { within: 'PT8H', calendar: '24/7' },
      },
    })
    const result = simulate({ offer, clients: 2, months: 1, trials: 10, seed: 1, incidents: { rate: 1, duration: { type: 'fixed', duration: 'PT1H' } } })
    // The notes are the page's folded details: one item each.
    const items = (html: string) => [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1])
    const fr = items(renderSimulation(result, { format: 'html', lang: 'fr' }))
    for (const line of [
      'La GTI ne couvre pas les pannes (seulement\u00a0: performances dégradées)\u00a0: elle n’est pas simulée.',
      'Le crédit minimum (1 EUR) n’est pas appliqué\u00a0: les crédits simulés peuvent compter des montants que le contrat ne paie pas.',
      'L’exonération horaire n’est pas simulée\u00a0: elle dépend des heures d’horloge où tombe une panne, et seules les durées sont tirées\u00a0; les crédits simulés laissent ces heures de côté.',
      'La GTR (PT8H) n’est pas simulée\u00a0: les délais de rétablissement ne sont pas modélisés à part des durées des incidents.',
    ])
      expect(fr).toContain(line)
    expect(fr.join(' ')).not.toMatch(/ is | not /)
    // The English report keeps the library's own notes.
    expect(items(renderSimulation(result, { format: 'html', lang: 'en' }))).toContain('The GTR (PT8H) is not simulated: restoration times are not modelled apart from incident durations.')
    // What was assumed is data, in the order the notes give it; the notes are its English sentences.
    expect(result.assumptions).toEqual([
      { kind: 'gti-not-outages', impacts: ['degraded'] },
      { kind: 'minimum-credit', amount: new Decimal(1), currency: 'EUR' },
      { kind: 'hourly-waiver' },
      { kind: 'gtr', within: 'PT8H' },
      // A month of 30 days by default (P30D); one incident a client a month, each lasting 1 h.
      { kind: 'model', monthMs: 30 * 86_400_000, month: 'P30D', rate: 1, duration: 'always 1 h', correlated: null },
    ])
    expect(result.notes[0]).toBe('The GTI covers degraded only, not outages: it is not simulated.')
    expect(result.notes[4]).toBe('Month of 30 d (P30D); incidents: 1 per client per month, always 1 h; no correlated events.')
    // The French JSON gives the French notes, the same as the page; the assumptions stay the library's data.
    const json = JSON.parse(renderSimulation(result, { format: 'json', lang: 'fr' })) as { notes: string[]; assumptions?: unknown }
    expect(json.notes).toEqual(fr)
    expect(json.assumptions).toBeUndefined()
    expect((JSON.parse(renderSimulation(result, { format: 'json', lang: 'en' })) as { notes: string[] }).notes).toEqual(result.notes)
  })
})
