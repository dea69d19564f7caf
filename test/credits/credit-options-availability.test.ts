/**
 * The availability option of creditFor, as a report: bands compare the figure the commitment rounds,
 * while the models that count downtime read it exact; a period with nothing measured is 100 % and owes
 * nothing, whatever the models.
 */
import { describe, expect, it } from 'vitest'
import { creditFor, customPeriod, Decimal, measureAvailability, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

const H = 3_600_000
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

describe('the exact figures of a report, as each model reads them', () => {
  const down = (commitment: CommitmentInput, ms: number, impact: 'outage' | 'partial' = 'outage') => {
    const start = april.start.getTime() + 86_400_000
    return measureAvailability({ commitment, period: april, incidents: [{ start, end: start + ms, impact }] })
  }
  const partPercent = (commitment: CommitmentInput, ms: number, impact: 'outage' | 'partial' = 'outage') =>
    creditFor({ commitment, availability: down(commitment, ms, impact), fee: eur('100') }).parts[0]!

  it('compares the bands with the exact fraction, not with the 40 digits the report prints', () => {
    // 1 h down in 720 h: 100 × 719 / 720 = 99.861111… without end. The report prints 40 digits,
    // 99.86111111111111111111111111111111111111, below a bound written with 47; the exact figure is above.
    const bound = '99.86111111111111111111111111111111111111111111111'
    const c: CommitmentInput = { credit: { type: 'tiers', tiers: [{ below: bound, credit: '10' }] } }
    const r = down(c, H)
    expect(r.availability.toString()).toBe('99.86111111111111111111111111111111111111')
    expect(creditFor({ commitment: c, availability: r, fee: eur('100') }).percent.toString()).toBe('0')
    // The printed figure, given as a percentage, is what it says: below the bound.
    expect(creditFor({ commitment: c, availability: r.availability, fee: eur('100') }).percent.toString()).toBe('10')
  })

  it('says no more than a plain per-duration credit needs', () => {
    const c: CommitmentInput = { credit: { type: 'per-duration', per: 'PT1H', percent: '1' } }
    // 90 min down: 2 started hours × 1 % = 2 %. Strictly: no key of an allowance, not even an undefined one,
    // so a plain step's keys and JSON are what they have always been.
    expect(partPercent(c, 90 * 60_000).step).toStrictEqual({
      kind: 'per-duration',
      excessMs: 90 * 60_000,
      beyond: null,
      units: 2,
      count: 'started',
      per: 'PT1H',
      unitPercent: new Decimal(1),
      percent: new Decimal(2),
      cappedAt: null,
    })
  })

  it('takes the allowance from weighted downtime in the same units', () => {
    const c: CommitmentInput = { measurement: { weights: { partial: '0.5' } }, credit: { type: 'per-duration', per: 'PT1H', percent: '1', allowance: 'PT1H' } }
    // 4 h partial at 0.5 = 2 h of downtime; 1 h allowed; 1 h beyond = 1 started hour × 1 % = 1 %.
    const part = partPercent(c, 4 * H, 'partial')
    expect([part.units, part.percent.toString()]).toEqual([1, '1'])
  })

  it('calls downtime of exactly the allowance not exceeded', () => {
    const c: CommitmentInput = { credit: { type: 'per-duration', per: 'PT1H', percent: '1', allowance: 'PT1H' } }
    expect(partPercent(c, H).step).toEqual({
      kind: 'per-duration',
      excessMs: 0,
      beyond: null,
      downtimeMs: H,
      allowanceMs: H,
      exceeded: false,
      units: 0,
      count: 'started',
      per: 'PT1H',
      unitPercent: new Decimal(1),
      percent: new Decimal(0),
      cappedAt: null,
    })
  })

  it('counts all the downtime once beyond a percentage of the period, when the contract says so', () => {
    const c: CommitmentInput = { credit: { type: 'per-duration', per: 'PT1H', percent: '1', beyond: '99.5', onceExceeded: 'all' } }
    // 0.5 % of 720 h = 3 h 36 min allowed. 4 h down: exceeded, all 4 h count, 4 × 1 % = 4 %; 3 h: nothing.
    expect(partPercent(c, 4 * H).percent.toString()).toBe('4')
    expect(partPercent(c, 3 * H).percent.toString()).toBe('0')
  })

  it('owes nothing pro rata at exactly the availability below which it is due', () => {
    const c: CommitmentInput = { credit: { type: 'pro-rata', below: '99.99' } }
    const at = creditFor({ commitment: c, availability: '99.99', fee: eur('100') })
    expect([at.percent.toString(), (at.parts[0]!.step as { met?: boolean }).met]).toEqual(['0', true])
    // 99.98 %: 100 − 99.98 = 0.02 % of 100 EUR = 0.02 EUR.
    expect(creditFor({ commitment: c, availability: '99.98', fee: eur('100') }).amount.toString()).toBe('0.02')
  })

  it('waives a clock hour only for more than its threshold of downtime, weighted or not', () => {
    const plain: CommitmentInput = { credit: { type: 'hourly-waiver', moreThan: 'PT6M', share: '1', timeZone: 'UTC' } }
    // 6 min down in one clock hour is not more than 6 min; 6 min 1 ms is.
    expect(partPercent(plain, 6 * 60_000).units).toBe(0)
    expect(partPercent(plain, 6 * 60_000 + 1).units).toBe(1)
    const weighted: CommitmentInput = { measurement: { weights: { partial: '0.5' } }, credit: plain.credit! }
    // 12 min partial at 0.5 = 6 min of downtime: not more; 13 min = 6 min 30 s: waived.
    expect(partPercent(weighted, 12 * 60_000, 'partial').units).toBe(0)
    expect(partPercent(weighted, 13 * 60_000, 'partial').units).toBe(1)
  })
})
