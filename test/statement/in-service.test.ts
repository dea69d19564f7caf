import { describe, expect, it } from 'vitest'
import { InputError, monthlyStatement, monthPeriod, presets } from '../../src/index.js'

const H = 3_600_000
const starter = presets.ovhVps2016.starter // [99.0, 99.5) → 10 %, < 99.0 → 50 %
const EUR = (amount: string) => ({ amount, currency: 'EUR' })

// March 2026 in Paris: 743 h (the clocks go forward on the 29th).
const incidents = [
  { id: 'before', start: '2026-03-05T08:00:00Z', end: '2026-03-05T18:00:00Z', elements: ['late', 'gone'] }, // 10 h
  { id: 'after', start: '2026-03-20T10:00:00Z', end: '2026-03-20T11:00:00Z', elements: ['late', 'gone'] }, // 1 h
]
const elements = [
  // From 16 March 00:00 Paris (2026-03-15T23:00Z) to the end: 16 days less the hour lost on the 29th = 383 h.
  { id: 'late', fee: EUR('10.00'), from: '2026-03-16' },
  // Until 11 March 00:00 Paris (2026-03-10T23:00Z), excluded: 10 days = 240 h.
  { id: 'gone', fee: EUR('12.00'), until: '2026-03-11' },
]

describe('a client in service for part of the month', () => {
  const full = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements })
  const prorated = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements, partMonth: 'pro-rata' })

  it('is measured over its time in service alone', () => {
    const [late, gone] = full.elements
    expect(late!.inService).toEqual({ start: new Date('2026-03-15T23:00:00Z'), end: new Date('2026-03-31T22:00:00Z'), durationMs: 383 * H })
    // Only 'after' falls in its time: 1 h of 383 h = 99.7389 %, no credit (over the whole month, 11 h of 743 h would give 50 %).
    expect(late!.availability.downtimeMs).toBe(1 * H)
    expect(late!.availability.measuredMs).toBe(383 * H)
    expect(late!.availability.availability.toFixed(4)).toBe('99.7389')
    expect(late!.credit.percent.toString()).toBe('0')
    expect(gone!.inService).toEqual({ start: new Date('2026-02-28T23:00:00Z'), end: new Date('2026-03-10T23:00:00Z'), durationMs: 240 * H })
    // Only 'before': 10 h of 240 h = 95.8333 % → 50 %.
    expect(gone!.availability.downtimeMs).toBe(10 * H)
    expect(gone!.availability.availability.toFixed(4)).toBe('95.8333')
    expect(gone!.credit.percent.toString()).toBe('50')
  })

  it('keeps the fee as given unless the offer bills a part month pro rata', () => {
    // 50 % of 12.00 EUR.
    expect(full.elements[1]!.fee!.amount.toFixed(2)).toBe('12.00')
    expect(full.elements[1]!.credit.amount!.toFixed(2)).toBe('6.00')
    expect(full.elements[1]!.monthlyFee).toBeUndefined()
    expect(full.totals[0]!.fees.toFixed(2)).toBe('22.00')
  })

  it('pro rata, bills the fee for its time in service, rounded once, and credits a percent of that', () => {
    const [late, gone] = prorated.elements
    // 10.00 × 383 / 743 = 5.15477… → 5.15; 12.00 × 240 / 743 = 3.87617… → 3.88, credit 50 % = 1.94.
    expect(late!.fee!.amount.toFixed()).toBe('5.15')
    expect(late!.monthlyFee!.amount.toFixed(2)).toBe('10.00')
    expect(gone!.fee!.amount.toFixed()).toBe('3.88')
    expect(gone!.credit.amount!.toFixed(2)).toBe('1.94')
    expect(prorated.totals[0]!.fees.toFixed(2)).toBe('9.03')
    expect(prorated.totals[0]!.credits.toFixed(2)).toBe('1.94')
  })

  it('rounds the part-month fee with the statement rounding mode', () => {
    // April 2026 in UTC: 720 h; from the 16th: 360 h, half the month. 0.05 EUR / 2 = 0.025 exactly.
    const fee = (rounding: 'half-up' | 'half-even' | 'down' | 'up') =>
      monthlyStatement({ commitment: starter, period: monthPeriod({ year: 2026, month: 4 }), incidents: [], elements: [{ id: 'x', fee: EUR('0.05'), from: '2026-04-16' }], partMonth: 'pro-rata', rounding })
        .elements[0]!.fee!.amount.toFixed(2)
    expect([fee('half-up'), fee('half-even'), fee('down'), fee('up')]).toEqual(['0.03', '0.02', '0.02', '0.03'])
  })

  it('treats dates covering the whole month as no cut at all', () => {
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements: [{ id: 'late', fee: EUR('10.00'), from: '2026-02-01', until: '2026-04-01T00:00:00+02:00' }], partMonth: 'pro-rata' })
    expect(s.elements[0]!.inService).toBeUndefined()
    // 11 h of 743 h = 98.5195 % → 50 % of 10.00.
    expect(s.elements[0]!.credit.amount!.toFixed(2)).toBe('5.00')
  })

  it('accepts instants with their offset', () => {
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements: [{ id: 'late', from: '2026-03-20T10:30:00Z' }] })
    // From 10:30Z on the 20th: half of 'after' (30 min) counts.
    expect(s.elements[0]!.availability.downtimeMs).toBe(H / 2)
    expect(s.elements[0]!.inService!.start.toISOString()).toBe('2026-03-20T10:30:00.000Z')
  })

  it('refuses dates that cannot be, in order, or that leave no time in the period, each with its path', () => {
    try {
      monthlyStatement({
        commitment: starter,
        month: '2026-03',
        incidents,
        elements: [
          { id: 'a', from: '2026-02-30' },
          { id: 'b', from: '2026-03-20', until: '2026-03-10' },
          { id: 'c', until: '2026-03-01' },
          { id: 'd', from: 'soon' },
        ],
        partMonth: 'monthly' as never,
      })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).issues.map((i) => [i.path, i.code])).toEqual([
        ['partMonth', 'one-of'],
        ['elements[0].from', 'date'],
        ['elements[1].until', 'in-service-order'],
        ['elements[2]', 'in-service-outside'],
        ['elements[3].from', 'instant'],
      ])
    }
  })
})
