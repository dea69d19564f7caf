import { describe, expect, it } from 'vitest'
import { creditFor, currencyScale, InputError, roundMoney } from '../../src/index.js'
import { currencyCodes, minorUnits } from '../../src/credits/currencies.js'

describe('minor units from ISO 4217, not from the runtime', () => {
  it.each([
    ['EUR', 2],
    ['JPY', 0],
    ['IQD', 3], // engines say 0
    ['HUF', 2], // engines say 0: the forint's fillér are gone from cash, not from the standard
    ['IDR', 2],
    ['COP', 2],
    ['PKR', 2],
    ['CLF', 4],
    ['KWD', 3],
    ['XOF', 0],
    ['XCG', 2], // the Caribbean guilder, 2025
  ])('%s has %i decimals', (code, n) => {
    expect(currencyScale(code)).toBe(n)
    expect(minorUnits(code.toLowerCase())).toBe(n)
  })

  it('knows no minor unit for gold, SDRs, test codes or made-up codes', () => {
    for (const code of ['XAU', 'XDR', 'XTS', 'XXX', 'XYZ', 'EURO', '', 'eu']) expect(currencyScale(code)).toBeUndefined()
  })

  it('lists each code once, sorted', () => {
    const codes = currencyCodes()
    expect(new Set(codes).size).toBe(codes.length)
    expect([...codes].sort()).toEqual(codes)
    expect(codes.length).toBeGreaterThan(150)
  })
})

describe('fees in any case, unknown codes only with a scale', () => {
  const commitment = { credit: { type: 'tiers', tiers: [{ atLeast: '99', credit: '0' }, { below: '99', credit: '50' }] } } as const

  it('a lower-case code is read and written back in upper case', () => {
    // 50 % of 3.335 IQD, to the fils (3 decimals): 1.6675 → 1.668 half-up.
    const credit = creditFor({ commitment, availability: '98', fee: { amount: '3.335', currency: 'iqd' } })
    expect(credit.amount.toString()).toBe('1.668')
    expect(credit.currency).toBe('IQD')
  })

  it('an unknown code is an InputError that says how to go on', () => {
    try {
      creditFor({ commitment, availability: '98', fee: { amount: '10', currency: 'XYZ' } })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues).toEqual([
        { path: 'fee.currency', message: 'is not an ISO 4217 currency with a minor unit (got "XYZ"); give option scale to round amounts in it' },
      ])
    }
  })

  it('with a scale, any three-letter code is taken', () => {
    // 50 % of 10 at 4 decimals.
    expect(creditFor({ commitment, availability: '98', fee: { amount: '10', currency: 'XAU' }, scale: 4 }).amount.toFixed(4)).toBe('5.0000')
  })

  it('HUF is rounded to the fillér', () => {
    // 12.345 → 12.35 half-up; the runtime's 0 decimals would have given 12.
    expect(roundMoney('12.345', { currency: 'HUF' }).toString()).toBe('12.35')
  })
})
