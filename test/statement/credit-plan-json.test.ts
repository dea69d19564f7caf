import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

// What a statement's credit shows once written as JSON (a statement file, an API response): its figures,
// its parts with their step and sentence, its steps and sentences, and `belowMinimum` only where the
// credit fell below the contract's minimum. The steps and sentences are made when first read, so JSON
// must read them.

const period = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
const start = Date.UTC(2026, 3, 2, 10)
const H = 3_600_000
const commitment: CommitmentInput = {
  timeZone: 'UTC',
  credit: { type: 'tiers', tiers: [{ atLeast: '99.5', credit: '0' }, { below: '99.5', credit: '10' }] },
  minimumCredit: { amount: '5.00', currency: 'EUR' },
}

describe('a statement credit written as JSON', () => {
  // Both down 5 h of 720 h: 100 × 715 / 720 = 99.3055… % < 99.5 % → 10 %. 'big' pays 100.00 EUR: 10.00 EUR,
  // above the 5.00 minimum; 'small' pays 30.00 EUR: 3.00 EUR, below it, so nothing is paid.
  const statement = monthlyStatement({
    commitment,
    period,
    incidents: [{ start, end: start + 5 * H, elements: ['big', 'small'] }],
    elements: [
      { id: 'big', fee: { amount: '100.00', currency: 'EUR' } },
      { id: 'small', fee: { amount: '30.00', currency: 'EUR' } },
    ],
  })
  // Read in each test: a credit that wrote no JSON would fail it there, not stop the file.
  const written = () => statement.elements.map((e) => JSON.parse(JSON.stringify(e.credit) ?? 'null') as Record<string, unknown> | null)

  it('keeps the figures, the parts, the steps and the sentences', () => {
    const [big] = written()
    expect(Object.keys(big!)).toEqual(['percent', 'uncappedPercent', 'amount', 'exactAmount', 'currency', 'fee', 'tier', 'capped', 'cap', 'parts', 'rounding', 'scale', 'steps', 'explanation'])
    expect([big!.percent, big!.amount, big!.exactAmount, big!.currency, big!.capped, big!.cap, big!.rounding, big!.scale]).toEqual(['10', '10', '10', 'EUR', false, '100', 'half-up', 2])
    const parts = big!.parts as Record<string, unknown>[]
    expect(parts.map((p) => Object.keys(p))).toEqual([['model', 'percent', 'tier', 'capped', 'step', 'explanation']])
    expect(parts[0]!.explanation).toBe('Availability 99.3055555556 % is in band < 99.5 → 10 % of the fee.')
    expect((parts[0]!.step as { kind: string; percent: string }).kind).toBe('band')
    expect((big!.steps as { kind: string }[]).map((s) => s.kind)).toEqual(['band', 'amount'])
    expect((big!.explanation as string[])[0]).toBe('Availability 99.3055555556 % is in band < 99.5 → 10 % of the fee.')
    expect(big!.explanation).toHaveLength(2)
  })

  it('says belowMinimum of the credit below the minimum alone', () => {
    const [big, small] = written()
    expect('belowMinimum' in big!).toBe(false)
    expect(Object.keys(small!)).toEqual(['percent', 'uncappedPercent', 'amount', 'exactAmount', 'currency', 'fee', 'tier', 'capped', 'belowMinimum', 'cap', 'parts', 'rounding', 'scale', 'steps', 'explanation'])
    expect([small!.percent, small!.exactAmount, small!.amount, small!.belowMinimum]).toEqual(['10', '3', '0', true])
    expect((small!.steps as { kind: string }[]).map((s) => s.kind)).toEqual(['band', 'amount', 'below-minimum'])
  })
})
