import { Decimal as DecimalBase } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/index.js'
import { toJsonValue } from '../../src/report/index.js'
import { starterStatement } from './fixtures.js'

describe('toJsonValue', () => {
  it('writes Decimals as strings of all their digits, never in exponent form', () => {
    expect(toJsonValue(new Decimal('99.5'))).toBe('99.5')
    expect(toJsonValue(new Decimal('0.0000000001'))).toBe('0.0000000001')
    // A Decimal of another decimal.js configuration (exponent form from 1e-7) too.
    expect(toJsonValue(new DecimalBase('1e-9'))).toBe('0.000000001')
    expect(toJsonValue(new Decimal('1e50'))).toBe(`1${'0'.repeat(50)}`)
    expect(toJsonValue(new Decimal(100).div(3))).toBe('33.33333333333333333333333333333333333333')
  })

  it('writes Dates as ISO strings, drops functions and undefined, keeps the key order', () => {
    const value = { b: 1, a: new Date(Date.UTC(2026, 2, 10, 10)), f() {}, u: undefined, list: [1, undefined, () => 1, 'x'], n: null }
    expect(JSON.stringify(toJsonValue(value))).toBe('{"b":1,"a":"2026-03-10T10:00:00.000Z","list":[1,null,null,"x"],"n":null}')
    expect(toJsonValue(new Date(Number.NaN))).toBeNull()
    expect(toJsonValue(Number.POSITIVE_INFINITY)).toBeNull()
    expect(toJsonValue(10n ** 20n)).toBe('100000000000000000000')
    expect(toJsonValue(new Map([['k', new Decimal('1.5')]]))).toEqual({ k: '1.5' })
    expect(toJsonValue(new Set([1, 2]))).toEqual([1, 2])
    expect(toJsonValue(new Int32Array([3, 4]))).toEqual([3, 4])
  })

  it('refuses a circular structure', () => {
    const a: Record<string, unknown> = {}
    a.self = a
    expect(() => toJsonValue(a)).toThrow(TypeError)
    // The same object twice is not a cycle.
    const shared = { x: 1 }
    expect(toJsonValue([shared, shared])).toEqual([{ x: 1 }, { x: 1 }])
  })

  it('turns a whole statement into JSON that reads back to the same figures, the same every time', () => {
    const s = starterStatement()
    const json = JSON.stringify(toJsonValue(s))
    expect(JSON.stringify(toJsonValue(starterStatement()))).toBe(json)
    const back = JSON.parse(json) as { elements: { availability: { availability: string; contributions: { start: string }[] }; credit: { amount: string; explanation: string[] } }[] }
    expect(back.elements[0]!.availability.availability).toBe(s.elements[0]!.availability.availability.toFixed())
    expect(new Decimal(back.elements[0]!.availability.availability).eq(s.elements[0]!.availability.availability)).toBe(true)
    expect(back.elements[0]!.credit.amount).toBe('1')
    expect(back.elements[0]!.availability.contributions[0]!.start).toBe('2026-03-10T10:00:00.000Z')
    expect(back.elements[0]!.credit.explanation).toEqual([...s.elements[0]!.credit.explanation])
  })
})
