import { describe, expect, it } from 'vitest'
import { compareOffers, InputError, parseOffer, safeParseOffer } from '../../src/index.js'

const service = (currency: string) => ({ id: 'vps', fee: { amount: '12', currency } })
const offer = (id: string, currency = 'EUR', commitment: object = {}) => ({
  id,
  provider: 'Coop',
  name: 'VPS',
  services: [service(currency)],
  commitment,
  organisation: { structure: 'cooperative' as const, salariedStaff: true },
})

function issuePaths(fn: () => unknown): string[] {
  try {
    fn()
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => i.path)
    throw e
  }
  return []
}

describe('issue paths of offers', () => {
  it('start at the offer itself when it is the whole input', () => {
    const bad = offer('x', 'EURO', { credit: { type: 'pro-rata', multiplier: 'lots' } })
    expect(issuePaths(() => parseOffer(bad))).toEqual(['services[0].fee.currency', 'commitment.credit.multiplier'])
    const r = safeParseOffer(bad)
    expect(r.success ? [] : r.error.issues.map((i) => i.path)).toEqual(['services[0].fee.currency', 'commitment.credit.multiplier'])
  })

  it('say which offer of a comparison is wrong', () => {
    const bad = offer('y', 'EUR', { credit: { type: 'pro-rata', multiplier: 'lots' } })
    expect(issuePaths(() => compareOffers({ offers: [offer('x'), bad] }))).toEqual(['offers[1].commitment.credit.multiplier'])
  })
})
