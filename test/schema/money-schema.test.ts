/**
 * `MoneyLike` is the input type of one schema (src/schema/money.ts); `readMoney`, run once per element of a
 * statement, keeps its own checks of the amount and the currency and must agree with the schema on shapes.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readMoney } from '../../src/credits/money.js'
import { Decimal } from '../../src/decimal.js'
import { IssueList } from '../../src/errors.js'
import { type MoneyLike } from '../../src/index.js'
import { checkBySchema } from '../../src/schema/common.js'
import { moneyLikeSchema } from '../../src/schema/money.js'

const issuesOf = (input: unknown) => {
  const checked = checkBySchema(moneyLikeSchema, input, 'fee')
  return checked.ok ? [] : checked.issues.map((i) => ({ path: i.path, code: i.code }))
}

describe('the money schema', () => {
  it('accepts every shape the type allows', () => {
    const allowed: MoneyLike[] = [
      { amount: '9.99', currency: 'EUR' },
      { amount: 12, currency: 'JPY' },
      { amount: new Decimal('0.005'), currency: 'IQD' },
    ]
    for (const money of allowed) expect(issuesOf(money)).toEqual([])
  })

  it('refuses a shape the type does not allow, with the path and code of each problem', () => {
    expect(issuesOf({ amount: '9.99' })).toEqual([{ path: 'fee.currency', code: 'required' }])
    expect(issuesOf({ currency: 'EUR' })).toEqual([{ path: 'fee.amount', code: 'required' }])
    expect(issuesOf({ amount: true, currency: 'EUR' })).toEqual([{ path: 'fee.amount', code: 'type' }])
    expect(issuesOf({ amount: '1', currency: 978 })).toEqual([{ path: 'fee.currency', code: 'type' }])
    expect(issuesOf('9.99 EUR')).toEqual([{ path: 'fee', code: 'type' }])
  })

  // readMoney checks more than the shape (finite, not negative, a real currency): what it accepts the
  // schema accepts, and a shape the schema refuses readMoney refuses too.
  it('agrees with readMoney on shapes', () => {
    const amount = fc.oneof(fc.constantFrom('9.99', '-1', 'abc', '1,5'), fc.double(), fc.constant(new Decimal('2.5')), fc.boolean(), fc.constant(null))
    const currency = fc.oneof(fc.constantFrom('EUR', 'eur', 'XXX', 'euro'), fc.integer())
    const money = fc.oneof(fc.record({ amount, currency, note: fc.string() }, { requiredKeys: [] }), fc.constant([]), fc.string(), fc.constant(null))
    fc.assert(
      fc.property(money, (input) => {
        const read = readMoney(input, 'fee', new IssueList())
        const schema = moneyLikeSchema.safeParse(input).success
        if (read !== undefined) expect(schema).toBe(true)
        if (!schema) expect(read).toBeUndefined()
      }),
      { numRuns: 500 },
    )
  })
})
