import { describe, expect, it } from 'vitest'
import { creditFor, monthlyStatement, monthPeriod } from '../../src/index.js'

const NINES_45 = `99.${'9'.repeat(45)}`

// Bands whose last bound is written with 45 nines after the point: one digit past what 40-digit
// arithmetic keeps.
const commitment = {
  id: 'precision',
  credit: [
    {
      type: 'tiers',
      tiers: [
        { below: '99.9', credit: '12.5' },
        { atLeast: '99.9', below: NINES_45, credit: '5' },
        { atLeast: NINES_45, credit: '0' },
      ],
    },
  ],
} as const

describe('money is rounded once, whatever the digits', () => {
  it('rounds a fee of 40 significant digits once: the exact credit, not a 40-digit copy of it', () => {
    // 800000000000000000000000000000000000.0396 × 12.5 % = 100000000000000000000000000000000000.00495 exactly.
    // Rounded to 40 digits first it would read …000.0050 and round half-up to …000.01; once, it is …000.00.
    const c = creditFor({ commitment: commitment as never, availability: '99', fee: { amount: '800000000000000000000000000000000000.0396', currency: 'EUR' } })
    expect(c.exactAmount.toFixed()).toBe('100000000000000000000000000000000000.00495')
    expect(c.amount.toFixed(2)).toBe('100000000000000000000000000000000000.00')
  })

  it('adds fees of many digits into totals without rounding them', () => {
    // 1 + 0.000…01 (45 decimals) = 1.000…01: 46 significant digits, kept whole.
    const tiny = `0.${'0'.repeat(44)}1`
    const statement = monthlyStatement({
      commitment: commitment as never,
      period: monthPeriod({ year: 2026, month: 3 }),
      incidents: [],
      elements: [
        { id: 'a', fee: { amount: '1', currency: 'EUR' } },
        { id: 'b', fee: { amount: tiny, currency: 'EUR' } },
      ],
    })
    expect(statement.totals[0]!.fees.toFixed()).toBe(`1.${'0'.repeat(44)}1`)
  })

  it('decides the band exactly for an availability written with 45 nines', () => {
    const percent = (availability: string) => creditFor({ commitment: commitment as never, availability, fee: { amount: '10', currency: 'EUR' } }).percent.toFixed()
    // 44 nines then an 8: just below the last bound (credit 5 %); 40-digit rounding would have made it 100.
    expect(percent(`99.${'9'.repeat(44)}8`)).toBe('5')
    expect(percent(NINES_45)).toBe('0')
    // 44 nines is below 45 nines.
    expect(percent(`99.${'9'.repeat(44)}`)).toBe('5')
    expect(percent('99.89')).toBe('12.5')
  })
})
