import { describe, expect, it } from 'vitest'
import { InputError, monthlyStatement, monthPeriod, presets } from '../../src/index.js'

const H = 3_600_000
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) // 743 h

describe('monthlyStatement', () => {
  const incidents = [
    { id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z' }, // every element, 4 h
    { id: 'disk', start: '2026-03-12T10:00:00Z', end: '2026-03-12T12:00:00Z', elements: ['vps-2'] },
    { id: 'disk-2', start: '2026-03-12T11:00:00Z', end: '2026-03-12T13:00:00Z', elements: ['vps-2', 'vps-9'] },
    { id: 'old', start: '2026-02-10T10:00:00Z', end: '2026-02-10T14:00:00Z', elements: ['vps-8'] },
  ]
  const elements = [
    { id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } },
    { id: 'vps-2', fee: { amount: '4.99', currency: 'EUR' } },
    { id: 'vps-3', fee: { amount: '12.00', currency: 'USD' } },
  ]

  it('gives each element its availability and credit, and totals per currency', () => {
    const s = monthlyStatement({ commitment: presets.ovhVps2016.starter, period: march, incidents, elements })
    expect(s.elements.map((e) => e.element)).toEqual(['vps-1', 'vps-2', 'vps-3'])
    // vps-1 and vps-3: 4 h of 743 h = 99.4616 % → 10 %
    // vps-2: 4 h + 10:00–13:00 (3 h, the two disk incidents overlap) = 7 h → 99.0579 % → 10 %
    expect(s.elements.map((e) => e.availability.downtimeMs / H)).toEqual([4, 7, 4])
    expect(s.elements.map((e) => e.credit.amount.toFixed(2))).toEqual(['1.00', '0.50', '1.20'])
    // EUR: fees 9.99 + 4.99 = 14.98; credits 1.00 + 0.50 (0.499 rounded) = 1.50
    expect(s.totals.map((t) => [t.currency, t.fees.toFixed(2), t.credits.toFixed(2), t.elements, t.credited])).toEqual([
      ['EUR', '14.98', '1.50', 2, 2],
      ['USD', '12.00', '1.20', 1, 1],
    ])
    expect(s.commitmentId).toBe('ovh-vps-2016-starter')
  })

  it('names elements that incidents in the period mention but the statement does not bill', () => {
    const s = monthlyStatement({ commitment: presets.ovhVps2016.starter, period: march, incidents, elements })
    // vps-9 is named by one incident in March; vps-8 only in February.
    expect(s.unbilledElements).toEqual([{ element: 'vps-9', incidents: 1 }])
  })

  it('agrees with measuring each element on its own', async () => {
    const { measureAvailability } = await import('../../src/index.js')
    const s = monthlyStatement({ commitment: presets.ovhVps2016.value, period: march, incidents, elements })
    for (const e of s.elements) {
      const alone = measureAvailability({ commitment: presets.ovhVps2016.value, period: march, incidents, element: e.element })
      expect(e.availability.availability.toString()).toBe(alone.availability.toString())
      expect(e.availability.contributions.map((c) => c.index)).toEqual(alone.contributions.map((c) => c.index))
    }
  })

  it('lists every problem of the elements too', () => {
    try {
      monthlyStatement({
        commitment: presets.ovhVps2016.starter,
        period: march,
        incidents,
        elements: [{ id: 'a', fee: { amount: '1', currency: 'EUR' } }, { id: 'a', fee: { amount: 'x', currency: 'EUR' } }, { id: '', fee: null as never }],
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['elements[1].id', 'elements[1].fee.amount', 'elements[2].id', 'elements[2].fee'])
    }
  })

  it('is serialisable to JSON with its explanation trail', () => {
    const s = monthlyStatement({ commitment: presets.ovhVps2016.starter, period: march, incidents, elements: elements.slice(0, 1) })
    const json = JSON.parse(JSON.stringify(s))
    expect(json.elements[0].availability.contributions[0].reason).toBe('outage of 4 h in the period')
    expect(json.elements[0].credit.amount).toBe('1')
    // The credit's sentences are written when first read, and JSON reads them.
    expect(json.elements[0].credit.explanation[1]).toBe('Credit = 9.99 EUR × 10 % = 0.999 EUR, rounded half-up to 1.00 EUR.')
    // 4 h of 743 h: 100 × 739 / 743 = 99.46164199…, in [99.0, 99.5) → 10 % of 9.99 EUR.
    expect(json.elements[0].credit.parts[0].explanation).toBe('Availability 99.4616419919 % is in band >= 99.0 and < 99.5 → 10 % of the fee.')
    expect(json.elements[0].credit.explanation).toEqual([
      'Availability 99.4616419919 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'Credit = 9.99 EUR × 10 % = 0.999 EUR, rounded half-up to 1.00 EUR.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
    ])
  })
})
