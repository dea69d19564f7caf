import { describe, expect, it } from 'vitest'
import { Decimal, InputError, ROUNDING_MODES, roundMoney } from '../../src/index.js'

describe('roundMoney', () => {
  it('rounds once to the minor unit of the currency, half-up unless told otherwise', () => {
    expect(roundMoney(new Decimal('2.495'), { currency: 'EUR' }).toFixed(2)).toBe('2.50')
    expect(roundMoney('2.495', { currency: 'EUR', mode: 'half-even' }).toFixed(2)).toBe('2.50')
    expect(roundMoney('2.485', { currency: 'EUR', mode: 'half-even' }).toFixed(2)).toBe('2.48')
    expect(roundMoney('1234.5', { currency: 'JPY' }).toString()).toBe('1235')
    expect(roundMoney('1.2345', { currency: 'BHD' }).toString()).toBe('1.235')
  })

  it('names every mode the way a contract does', () => {
    const rounded = ROUNDING_MODES.map((mode) => [mode, roundMoney('-2.505', { currency: 'EUR', mode }).toFixed(2)])
    expect(Object.fromEntries(rounded)).toEqual({
      'half-up': '-2.51',
      'half-even': '-2.50',
      'half-down': '-2.50',
      up: '-2.51',
      down: '-2.50',
      ceil: '-2.50',
      floor: '-2.51',
    })
  })

  it('rounds to an explicit scale instead of the minor unit', () => {
    expect(roundMoney('0.12345', { currency: 'EUR', scale: 4 }).toString()).toBe('0.1235')
    expect(roundMoney('12.5', { currency: 'EUR', scale: 0, mode: 'down' }).toString()).toBe('12')
  })

  it('lists every problem of its input', () => {
    try {
      roundMoney('1,2,3', { currency: 'EURO', mode: 'nearest' as never, scale: 2.5 })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['amount', 'currency', 'mode', 'scale'])
    }
    expect(() => roundMoney(Number.NaN, { currency: 'EUR' })).toThrow(InputError)
    expect(() => roundMoney('1', undefined as never)).toThrow(InputError)
  })
})
