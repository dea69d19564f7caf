import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readYaml } from '../../src/io/yaml.js'
import { compareOffers, downtimeBudget, filterOffers, monthPeriod, offerFromPreset, parseCriteria, parseOffer, presets, standardScenarios } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { renderBudget, renderCatalogue, renderComparison, renderSimulation, renderStatement } from '../../src/report/index.js'
import { gtiStatement } from './fixtures.js'

// A column header is written as a title: it starts with a capital (or a figure or a sign). The
// simulation's "intervalle à 95 %" stood lower-case among "Crédits mensuels attendus" and "Mois médian".

const coop = parseOffer(readYaml(readFileSync(new URL('../../examples/offers/chatons-coop.yaml', import.meta.url), 'utf8'), 'chatons-coop.yaml').document as never)
const starter = offerFromPreset(presets.byId('ovh-vps-2016-starter'), { amount: '12', currency: 'EUR' })
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })

/** The header cells of every Markdown table of a report. */
function headers(markdown: string): string[] {
  const lines = markdown.split('\n')
  return lines.flatMap((line, i) =>
    line.startsWith('|') && /^\|\s*:?-{3,}/.test(lines[i + 1] ?? '')
      ? line
          .split(/(?<!\\)\|/)
          .slice(1, -1)
          .map((c) => c.trim())
      : [],
  )
}

describe('French column headers start with a capital', () => {
  const reports: Record<string, string> = {
    simulation: renderSimulation(simulate({ offer: coop, clients: 5, months: 2, trials: 20, seed: 3, incidents: { rate: 0.2, duration: { type: 'exponential', mean: 'PT2H' } } }), { format: 'markdown', lang: 'fr' }),
    statement: renderStatement(gtiStatement(), { format: 'markdown', lang: 'fr' }),
    comparison: renderComparison(compareOffers({ offers: [coop, starter], scenarios: standardScenarios() }), { format: 'markdown', lang: 'fr' }),
    catalogue: renderCatalogue(filterOffers([coop, starter], parseCriteria(['gti<=PT4H'])), { format: 'markdown', lang: 'fr' }),
    budget: renderBudget(downtimeBudget({ commitment: starter.commitment, period: march }), { format: 'markdown', lang: 'fr' }),
  }
  for (const [kind, markdown] of Object.entries(reports))
    it(kind, () => {
      const cells = headers(markdown)
      expect(cells.length).toBeGreaterThan(3)
      expect(cells.filter((c) => c !== '' && !/^[\p{Lu}\d≥<>≤«"(—%]/u.test(c))).toEqual([])
    })
})
