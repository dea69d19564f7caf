import { describe, expect, it } from 'vitest'
import { creditFor, Decimal, parseCommitment, safeParseCommitment } from '../../src/index.js'
import type { CreditStep, TierInput } from '../../src/index.js'

function issuesOf(tiers: TierInput[]): string[] {
  const r = safeParseCommitment({ credit: { type: 'tiers', tiers } })
  if (r.success) return []
  return r.error.issues.map((i) => `${i.path}: ${i.message}`)
}

function bandsOf(tiers: TierInput[]) {
  const model = parseCommitment({ credit: { type: 'tiers', tiers } }).credit[0]!
  if (model.type !== 'tiers') throw new Error('not a band table')
  return model.tiers
}

/** The credit, in percent of the fee, a band table gives for an availability percentage. */
function percentAt(tiers: TierInput[], availability: string): string {
  return creditFor({ commitment: { credit: { type: 'tiers', tiers } }, availability, fee: { amount: '100', currency: 'EUR' } }).percent.toString()
}

// A three-band table written from the lowest availability up: [0, 98) → 50 %, [98, 99.5) → 25 %, (99.5, 99.9] → 10 %,
// and nothing above 99.9 %.
const LOWEST_FIRST: TierInput[] = [
  { below: '98', credit: '50' },
  { atLeast: '98', atMost: '99.5', credit: '25' },
  { above: '99.5', atMost: '99.9', credit: '10' },
]

describe('a band table as the user reads it back', () => {
  it('lists three bands written lowest first from the highest down, each with its bounds as written', () => {
    expect(bandsOf(LOWEST_FIRST)).toEqual([
      {
        index: 2,
        lower: { value: new Decimal('99.5'), inclusive: false, written: '99.5' },
        upper: { value: new Decimal('99.9'), inclusive: true, written: '99.9' },
        credit: new Decimal(10),
        label: '> 99.5 and <= 99.9',
      },
      {
        index: 1,
        lower: { value: new Decimal(98), inclusive: true, written: '98' },
        upper: { value: new Decimal('99.5'), inclusive: true, written: '99.5' },
        credit: new Decimal(25),
        label: '>= 98 and <= 99.5',
      },
      { index: 0, upper: { value: new Decimal(98), inclusive: false, written: '98' }, credit: new Decimal(50), label: '< 98' },
    ])
  })

  it('lists the same bands whatever order they are written in', () => {
    const labels = (t: TierInput[]) => bandsOf(t).map((b) => b.label)
    const expected = ['> 99.5 and <= 99.9', '>= 98 and <= 99.5', '< 98']
    expect(labels([LOWEST_FIRST[1]!, LOWEST_FIRST[2]!, LOWEST_FIRST[0]!])).toEqual(expected)
    expect(labels([LOWEST_FIRST[2]!, LOWEST_FIRST[0]!, LOWEST_FIRST[1]!])).toEqual(expected)
    expect(labels([LOWEST_FIRST[0]!, LOWEST_FIRST[2]!, LOWEST_FIRST[1]!])).toEqual(expected)
  })

  it('lists bands written highest first from the highest down when every lower bound is inclusive', () => {
    const bands = bandsOf([
      { atLeast: '99.5', credit: '0' },
      { atLeast: '98', below: '99.5', credit: '10' },
      { below: '98', credit: '50' },
    ])
    expect(bands.map((b) => `${b.index}: ${b.label}`)).toEqual(['0: >= 99.5', '1: >= 98 and < 99.5', '2: < 98'])
  })

  it('orders two bands that start at the same figure: the one holding the figure itself is the lower', () => {
    // < 99 → 50 %, exactly 99 → 25 %, > 99 → 0 %: the point band [99, 99] sits below (99, 100].
    const t: TierInput[] = [
      { above: '99', credit: '0' },
      { atLeast: '99', atMost: '99', credit: '25' },
      { below: '99', credit: '50' },
    ]
    expect(bandsOf(t).map((b) => b.label)).toEqual(['> 99', '>= 99 and <= 99', '< 99'])
    expect(bandsOf([t[1]!, t[0]!, t[2]!]).map((b) => b.label)).toEqual(['> 99', '>= 99 and <= 99', '< 99'])
    expect(percentAt(t, '98.99')).toBe('50')
    expect(percentAt(t, '99')).toBe('25')
    expect(percentAt(t, '99.0001')).toBe('0')
  })

  it('keeps bounds written with spaces or as numbers as the contract has them', () => {
    const bands = bandsOf([
      { atLeast: ' 99.0 ', credit: '10' },
      { below: 99, credit: '20' },
    ])
    expect(bands.map((b) => b.label)).toEqual(['>= 99.0', '< 99'])
  })

  it('calls a single band with no bound "any availability"', () => {
    expect(bandsOf([{ credit: '5' }]).map((b) => b.label)).toEqual(['any availability'])
    // 100 % is still in it: 5 % of the fee whatever happened.
    expect(percentAt([{ credit: '5' }], '100')).toBe('5')
  })

  it('accepts the end points 0 % and 100 % as bounds, and a credit of 0 %', () => {
    expect(issuesOf([{ atLeast: '0', atMost: '100', credit: '0' }])).toEqual([])
  })
})

describe('credits landing inside a band', () => {
  it('leaves the lower bound of an `above:` band out and takes everything just over it', () => {
    // (99.5, 99.9] → 10 %: 99.5 exactly is in [98, 99.5] → 25 %; 99.5001 is in the 10 % band.
    expect(percentAt(LOWEST_FIRST, '99.5')).toBe('25')
    expect(percentAt(LOWEST_FIRST, '99.5001')).toBe('10')
    expect(percentAt(LOWEST_FIRST, '99.7')).toBe('10')
  })

  it('keeps the upper bound of an `atMost:` band in, and gives nothing just above the highest band', () => {
    expect(percentAt(LOWEST_FIRST, '99.9')).toBe('10')
    expect(percentAt(LOWEST_FIRST, '99.9001')).toBe('0')
    expect(percentAt(LOWEST_FIRST, '100')).toBe('0')
  })

  it('puts each figure of a three-band table in its band', () => {
    expect(percentAt(LOWEST_FIRST, '0')).toBe('50')
    expect(percentAt(LOWEST_FIRST, '97.9999')).toBe('50')
    expect(percentAt(LOWEST_FIRST, '98')).toBe('25')
    expect(percentAt(LOWEST_FIRST, '99')).toBe('25')
  })

  it('explains an availability above every band as no credit, with the availability it read', () => {
    const credit = creditFor({ commitment: { credit: { type: 'tiers', tiers: LOWEST_FIRST } }, availability: '99.95', fee: { amount: '100', currency: 'EUR' } })
    expect(credit.tier).toBeNull()
    // No band: 0 % of 100 EUR = 0 EUR.
    expect(credit.steps).toEqual<CreditStep[]>([
      { kind: 'above-bands', availability: new Decimal('99.95') },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal(0), exactAmount: new Decimal(0), rounding: 'half-up', amount: new Decimal(0) },
    ])
    expect(credit.explanation[0]).toBe('Availability 99.95 % is above every band → no credit.')
  })
})

describe('band tables refused, with the reason and the band', () => {
  it('refuses a band with no room between its bounds, and accepts one holding a single figure', () => {
    expect(issuesOf([{ atLeast: '99', below: '99', credit: '10' }, { below: '99', credit: '20' }])).toEqual([
      'credit.tiers[0]: is empty: >= 99 and < 99 holds no availability',
    ])
    expect(issuesOf([{ above: '99', atMost: '99', credit: '10' }, { atMost: '99', credit: '20' }])).toEqual([
      'credit.tiers[0]: is empty: > 99 and <= 99 holds no availability',
    ])
    expect(issuesOf([{ atLeast: '99', atMost: '99', credit: '10' }, { below: '99', credit: '20' }])).toEqual([])
  })

  it('refuses a band with both upper bounds, and names which key of which band was wrong', () => {
    expect(issuesOf([{ below: '99', atMost: '99', credit: '10' }])).toEqual(['credit.tiers[0]: has both below and atMost: a band has one upper bound'])
    expect(issuesOf([{ above: 'high', credit: '1' }, { atMost: '-1', credit: '1' }])).toEqual([
      'credit.tiers[0].above: must be a decimal number such as "99.5" (got "high")',
      'credit.tiers[1].atMost: must be a percentage from 0 to 100 (got -1)',
    ])
    expect(issuesOf([{ atLeast: '100.5', credit: '1' }])).toEqual(['credit.tiers[0].atLeast: must be a percentage from 0 to 100 (got 100.5)'])
  })

  it('says which band has an unreadable credit', () => {
    expect(issuesOf([{ credit: 'ten' }])).toEqual(['credit.tiers[0].credit: must be a decimal number such as "99.5" (got "ten")'])
  })

  it('names the gap between two bands that both hold their bound', () => {
    expect(issuesOf([{ atMost: '98', credit: '50' }, { atLeast: '99', credit: '10' }])).toEqual([
      'credit.tiers[1]: leaves a gap after band 0 (<= 98): availability 98 to 99 has no band',
    ])
  })

  it('names, of two bands with the same lower bound, the one written second as the overlap', () => {
    expect(issuesOf([{ below: '99', credit: '50' }, { atLeast: '99', below: '99.5', credit: '10' }, { atLeast: '99', credit: '5' }])).toEqual([
      'credit.tiers[2]: overlaps band 1 (>= 99 and < 99.5)',
    ])
  })

  it('refuses a band overlapping one that has no upper bound', () => {
    expect(issuesOf([{ credit: '10' }, { atLeast: '99', credit: '5' }])).toEqual([
      'credit.tiers[1]: overlaps band 0 (any availability), which has no upper bound',
    ])
  })

  it('refuses two bands that both reach down to 0 %', () => {
    expect(issuesOf([{ below: '99', credit: '50' }, { below: '98', credit: '60' }])).toEqual(['credit.tiers[1]: overlaps band 0 (< 99)'])
  })

  it('refuses a band starting inside the one below it', () => {
    // [0, 99.5) and [99, 100]: 99 to 99.5 is in both.
    expect(issuesOf([{ below: '99.5', credit: '50' }, { atLeast: '99', credit: '10' }])).toEqual(['credit.tiers[1]: overlaps band 0 (< 99.5)'])
  })

  it('names the point left without a band between `below` and `above` of the same figure', () => {
    expect(issuesOf([{ above: '99.0', below: '99.5', credit: '10' }, { below: '99.0', credit: '50' }])).toEqual([
      'credit.tiers[0]: leaves a gap after band 1 (< 99.0): availability 99.0 to 99.0 has no band',
    ])
  })

  it('refuses a lowest band that leaves 0 % itself out, and says which band to add', () => {
    expect(issuesOf([{ above: '0', credit: '10' }])).toEqual([
      'credit.tiers[0]: leaves availability below 0 % without a band: the credit would fall as availability falls; add a band { below: "0" }',
    ])
  })

  it('accepts neighbouring bands with the same credit', () => {
    expect(issuesOf([{ atLeast: '99', credit: '10' }, { below: '99', credit: '10' }])).toEqual([])
  })
})
