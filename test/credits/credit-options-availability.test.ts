/**
 * The availability option of creditFor, as a report: bands compare the figure the commitment rounds,
 * while the models that count downtime read it exact; a period with nothing measured is 100 % and owes
 * nothing, whatever the models.
 */
import { describe, expect, it } from 'vitest'
import { creditFor, customPeriod, Decimal, measureAvailability, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

const april = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }) // 720 h = 2,592,000,000 ms
const eur = (amount: string) => ({ amount, currency: 'EUR' })

function report(commitment: CommitmentInput, downMs: number) {
  const start = april.start.getTime() + 86_400_000
  return measureAvailability({ commitment, period: april, incidents: [{ start, end: start + downMs }] })
}

describe('a report whose availability the commitment rounds', () => {
  const models = [{ type: 'tiers', tiers: [{ below: '99.9', credit: '10' }] }, { type: 'pro-rata' }] as const
  const rounded: CommitmentInput = { measurement: { rounding: { decimals: 2, mode: 'half-up' } }, credit: [...models] }
  const exact: CommitmentInput = { credit: [...models] }
  // 2,598,480 ms down of 2,592,000,000: 100 × 2,598,480 / 2,592,000,000 = 0.10025 % down, 99.89975 % up,
  // 99.90 once rounded half-up to 2 decimals.
  const down = 2_598_480

  it('puts the rounded figure in the bands, and leaves the downtime exact for pro-rata', () => {
    const r = report(rounded, down)
    expect(r.availability.toString()).toBe('99.9')
    const credit = creditFor({ commitment: rounded, availability: r, fee: eur('1000') })
    // 99.90 is not below 99.9: no band. Pro-rata: 0.10025 % of the exact downtime, not 100 − 99.9 = 0.1 %.
    expect(credit.parts.map((p) => [p.model, p.percent.toString(), p.tier ?? null])).toEqual([
      ['tiers', '0', null],
      ['pro-rata', '0.10025', null],
    ])
    expect(credit.tier).toBeNull()
    expect(credit.parts[0]!.step).toEqual({ kind: 'above-bands', availability: new Decimal('99.9') })
    // 1000 EUR × 0.10025 % = 1.0025 EUR → 1.00 half-up
    expect(credit.amount.toFixed(2)).toBe('1.00')
  })

  it('compares the exact figure when the commitment does not round', () => {
    const r = report(exact, down)
    expect(r.availability.toString()).toBe('99.89975')
    const credit = creditFor({ commitment: exact, availability: r, fee: eur('1000') })
    // 99.89975 < 99.9: 10 %, + 0.10025 % = 10.10025 % of 1000 EUR = 101.0025 → 101.00 EUR
    expect(credit.parts.map((p) => p.percent.toString())).toEqual(['10', '0.10025'])
    expect(credit.tier?.label).toBe('< 99.9')
    expect(credit.parts[0]!.step).toEqual({ kind: 'band', availability: new Decimal('99.89975'), tier: credit.tier, percent: new Decimal(10) })
    expect(credit.amount.toFixed(2)).toBe('101.00')
  })
})

describe('a report with nothing measured', () => {
  // Out-of-period exclusions and a day of maintenance: the whole day is excluded, 0 ms measured.
  const day = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' })
  const models = [
    { type: 'tiers', tiers: [{ atLeast: '0', below: '99.9', credit: '10' }] },
    { type: 'per-duration', per: 'PT1H', percent: '5' },
    { type: 'pro-rata' },
    { type: 'hourly-waiver', moreThan: 'PT6M', share: '1', timeZone: 'UTC' },
  ] as const
  const c: CommitmentInput = { measurement: { exclusions: 'out-of-period' }, credit: [...models] }

  it('is 100 %: no band, no unit, no share and no hour owed', () => {
    const r = measureAvailability({ commitment: c, period: day, incidents: [{ start: day.start, end: day.end, cause: 'maintenance' }] })
    expect([r.measuredMs, r.availability.toString()]).toEqual([0, '100'])
    const credit = creditFor({ commitment: c, availability: r, fee: eur('10') })
    // A band from 0 % up to 99.9 % would catch 0 / 0 read as 0 % up; 100 % is above it.
    expect(credit.parts.map((p) => [p.model, p.percent.toString()])).toEqual([
      ['tiers', '0'],
      ['per-duration', '0'],
      ['pro-rata', '0'],
      ['hourly-waiver', '0'],
    ])
    expect(credit.tier).toBeNull()
    expect(credit.parts[1]!.units).toBe(0)
    expect(credit.parts[3]!.units).toBe(0)
    expect(credit.amount.toString()).toBe('0')
  })
})
