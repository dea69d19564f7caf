/**
 * What a currency that is not text does to a fee and to `roundMoney`, and what the money reader hands on
 * when it refuses: the cases the rest of the credits tests leave open.
 */
import { describe, expect, it } from 'vitest'
import { creditFor, roundMoney } from '../../src/index.js'
import { readMoney } from '../../src/credits/money.js'
import { IssueList } from '../../src/errors.js'
import type { MoneyLike } from '../../src/index.js'
import { refusalOf } from '../setup/french-issues.js'

/** The issues (path and code) of the InputError `run` throws; fails on any other outcome. */
const issuesOf = (run: () => unknown): string[] => refusalOf(run).issues.map((i) => `${i.path}: ${i.code}`)

/** 50 % of the fee: any availability is in the only band. */
const half = { credit: { type: 'tiers', tiers: [{ credit: '50' }] } } as const
const credit = (fee: unknown, scale?: number) => creditFor({ commitment: half, availability: '99', fee: fee as MoneyLike, ...(scale !== undefined && { scale }) })

describe('a currency that is not text', () => {
  // ['EUR'] reads as "EUR" wherever it is turned into text, and a pattern test does turn it: only the
  // check that the code is text keeps it out.
  const listed = ['EUR']

  it('is refused as a fee currency, with a scale or without, and never taken for a code without a minor unit', () => {
    expect(issuesOf(() => credit({ amount: '10', currency: listed }))).toEqual(['fee.currency: currency'])
    expect(issuesOf(() => credit({ amount: '10', currency: listed }, 2))).toEqual(['fee.currency: currency'])
    expect(issuesOf(() => credit({ amount: '10', currency: ['xau'] }))).toEqual(['fee.currency: currency'])
  })

  it('is refused by roundMoney even with a scale, which lets any three letters through', () => {
    expect(issuesOf(() => roundMoney('1.005', { currency: listed as unknown as string, scale: 2 }))).toEqual(['currency: currency'])
    // The same amount and scale with a code that is text: 1.005 half-up to 2 decimals is 1.01.
    expect(roundMoney('1.005', { currency: 'XAU', scale: 2 }).toString()).toBe('1.01')
  })
})

describe('the money reader', () => {
  const read = (value: unknown) => {
    const issues = new IssueList()
    return { money: readMoney(value, 'fee', issues), codes: issues.issues.map((i) => `${i.path}: ${i.code}`) }
  }

  it('hands on nothing to bill when it refuses the amount or the currency, whichever it is', () => {
    expect(read({ amount: '-1', currency: 'EUR' })).toEqual({ money: undefined, codes: ['fee.amount: not-negative'] })
    expect(read({ amount: 'ten', currency: 'EUR' })).toEqual({ money: undefined, codes: ['fee.amount: decimal'] })
    expect(read({ amount: '10', currency: 'EURO' })).toEqual({ money: undefined, codes: ['fee.currency: currency'] })
  })

  it('hands on the amount exact and the code in upper case when both are right', () => {
    const { money, codes } = read({ amount: '9.990', currency: 'eur' })
    expect(codes).toEqual([])
    expect([money?.amount.toString(), money?.currency]).toEqual(['9.99', 'EUR'])
  })
})
