import { describe, expect, it } from 'vitest'
import { creditFor, InputError, roundMoney } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'
import type { MoneyLike } from '../../src/index.js'

function errorOf(f: () => unknown): InputError {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('no InputError thrown')
}

/** 50 % of the fee: any availability is in the only band. */
const half = { credit: { type: 'tiers', tiers: [{ credit: '50' }] } } as const
const creditOn = (fee: MoneyLike, scale?: number) => creditFor({ commitment: half, availability: '99', fee, ...(scale !== undefined && { scale }) })
const feeIssues = (fee: unknown, scale?: number) => errorOf(() => creditOn(fee as MoneyLike, scale)).issues.map((i) => `${i.path}: ${i.message}`)

describe('the fee of a credit', () => {
  it('tells a French reader what is wrong with a fee, with the value given', () => {
    const fr = (fee: unknown) => errorOf(() => creditOn(fee as MoneyLike)).issues.map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
    expect(fr('9.99')).toEqual(['fee: doit être { amount, currency }, comme { amount: "9.99", currency: "EUR" } (valeur reçue\u00a0: "9.99")'])
    expect(fr({ amount: '-1', currency: 'EUR' })).toEqual(['fee.amount: ne doit pas être négatif (valeur reçue\u00a0: -1)'])
    expect(fr({ amount: '1', currency: 'XAU' })).toEqual([
      'fee.currency: n’est pas une devise ISO 4217 avec une sous-unité (valeur reçue\u00a0: "XAU")\u00a0; donnez l’option scale pour y arrondir les montants',
    ])
    expect(fr({ amount: '1', currency: 42 })).toEqual(['fee.currency: doit être un code de devise ISO 4217 comme "EUR" (valeur reçue\u00a0: 42)'])
    // roundMoney words its unknown currency the same way.
    expect(errorOf(() => roundMoney('1', { currency: 'EURO' })).issues.map((i) => formatIssue(i, 'fr'))).toEqual(['doit être un code de devise ISO 4217 comme "EUR" (valeur reçue\u00a0: "EURO")'])
  })

  it('says what a fee looks like when it is not one', () => {
    expect(feeIssues('9.99')).toEqual(['fee: must be { amount, currency } such as { amount: "9.99", currency: "EUR" } (got "9.99")'])
    expect(feeIssues(null)).toEqual(['fee: must be { amount, currency } such as { amount: "9.99", currency: "EUR" } (got null)'])
  })

  it('names the amount and the currency that are wrong', () => {
    expect(feeIssues({ amount: '-1', currency: 'EUR' })).toEqual(['fee.amount: must not be negative (got -1)'])
    expect(feeIssues({ amount: 'ten', currency: 42 })).toEqual([
      'fee.amount: must be a decimal number such as "99.5" (got "ten")',
      'fee.currency: must be an ISO 4217 currency code such as "EUR" (got 42)',
    ])
  })

  it('asks for a scale for a code without a minor unit, and then takes it in upper case', () => {
    expect(feeIssues({ amount: '10', currency: 'XAU' })).toEqual([
      'fee.currency: is not an ISO 4217 currency with a minor unit (got "XAU"); give option scale to round amounts in it',
    ])
    // 50 % of 1.2345 XAU = 0.61725, rounded half-up to 3 decimals: 0.617
    const gold = creditOn({ amount: '1.2345', currency: 'xau' }, 3)
    expect([gold.currency, gold.amount.toString(), gold.scale]).toEqual(['XAU', '0.617', 3])
  })

  it('takes only three letters as a code, with a scale or without', () => {
    for (const currency of ['EURO', 'XEUR', 'E1R']) {
      expect(feeIssues({ amount: '10', currency })).toEqual([`fee.currency: must be an ISO 4217 currency code such as "EUR" (got "${currency}")`])
      expect(feeIssues({ amount: '10', currency }, 2)).toEqual([`fee.currency: must be an ISO 4217 currency code such as "EUR" (got "${currency}")`])
    }
  })

  it("writes amounts in the explanation with the currency's own decimals", () => {
    // 50 % of 1.2 BHD = 0.6, rounded to the fils: 0.600 BHD
    expect(creditOn({ amount: '1.2', currency: 'BHD' }).explanation.at(-1)).toBe('Credit = 1.200 BHD × 50 % = 0.6 BHD, rounded half-up to 0.600 BHD.')
    // 50 % of 999 JPY = 499.5 → 500 JPY
    expect(creditOn({ amount: '999', currency: 'JPY' }).explanation.at(-1)).toBe('Credit = 999 JPY × 50 % = 499.5 JPY, rounded half-up to 500 JPY.')
    // No minor unit known: two decimals, or as many as the amount has.
    expect(creditOn({ amount: '1.2345', currency: 'XAU' }, 3).explanation.at(-1)).toBe('Credit = 1.2345 XAU × 50 % = 0.61725 XAU, rounded half-up to 0.617 XAU.')
  })
})

describe('roundMoney on codes without a minor unit', () => {
  it('rounds to the scale given for any three letters', () => {
    expect(roundMoney('1.2345', { currency: 'XAU', scale: 2 }).toString()).toBe('1.23')
  })

  it('refuses them without a scale, and refuses what is not three letters even with one', () => {
    const message = (currency: unknown, scale?: number) =>
      errorOf(() => roundMoney('1', { currency: currency as string, ...(scale !== undefined && { scale }) })).message
    expect(message('XAU')).toBe('Cannot round the amount:\n  currency: must be an ISO 4217 currency code such as "EUR" (got "XAU")')
    expect(message('XAUX', 2)).toBe('Cannot round the amount:\n  currency: must be an ISO 4217 currency code such as "EUR" (got "XAUX")')
    expect(message(42, 2)).toBe('Cannot round the amount:\n  currency: must be an ISO 4217 currency code such as "EUR" (got 42)')
  })
})
