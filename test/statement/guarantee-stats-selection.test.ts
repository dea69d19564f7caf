import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod, parseOffer } from '../../src/index.js'
import { readYaml } from '../../src/io/yaml.js'

const examples = new URL('../../examples/', import.meta.url)
const coop = parseOffer(readYaml(readFileSync(new URL('offers/chatons-coop.yaml', examples), 'utf8'), 'chatons-coop.yaml').document as never)
const incidents = JSON.parse(readFileSync(new URL('data/incidents-2026-03.json', examples), 'utf8'))
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const fee = { amount: '12', currency: 'EUR' }

describe('the GTI summary of a statement', () => {
  it('counts the incidents of the billed elements only', () => {
    // The log's GTI incidents: a, d, e, f, g, h (b is maintenance and c the customer's: not applicable).
    // vps-david is hit by d (every element), e, f and g: 4, not the log's 6.
    const david = monthlyStatement({ commitment: coop.commitment, period: march, incidents, elements: [{ id: 'vps-david', fee }], unbilled: 'ignore' })
    expect(david.guaranteeStats?.gti?.incidents).toBe(4)
    const everyone = monthlyStatement({
      commitment: coop.commitment,
      period: march,
      incidents,
      elements: ['vps-anna', 'vps-bruno', 'vps-chloe', 'vps-david', 'vps-emma'].map((id) => ({ id, fee })),
    })
    expect(everyone.guaranteeStats?.gti?.incidents).toBe(6)
  })
})
