import { describe, expect, it } from 'vitest'
import { creditFor, parseCommitment, presets } from '../../src/index.js'

describe('a commitment edited between two calls gives the edited result', () => {
  it('a plain object is read anew', () => {
    const commitment = { credit: { type: 'tiers' as const, tiers: [{ atLeast: '99', credit: '0' }, { below: '99', credit: '10' }] } }
    const fee = { amount: '10', currency: 'EUR' }
    // 98 % < 99 → the lower band: 10 % of 10 EUR, then 50 % once edited.
    expect(creditFor({ commitment, availability: '98', fee }).amount.toFixed(2)).toBe('1.00')
    commitment.credit.tiers[1]!.credit = '50'
    expect(creditFor({ commitment, availability: '98', fee }).amount.toFixed(2)).toBe('5.00')
  })

  it('a frozen one, such as a preset, is compiled once', () => {
    const preset = presets.ovhVps2016.value
    expect(parseCommitment(preset)).toBe(parseCommitment(preset))
    const plain = { credit: { type: 'pro-rata' as const } }
    expect(parseCommitment(plain)).not.toBe(parseCommitment(plain))
  })
})
