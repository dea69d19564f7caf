import { describe, expect, it } from 'vitest'
import { InputError, parseCommitment, safeParseCommitment } from '../../src/index.js'

function issuesOf(credit: unknown): string[] {
  const r = safeParseCommitment({ credit })
  if (r.success) return []
  return r.error.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('band tables', () => {
  it('accepts the OVH STARTER table written as the contract writes it, in any order', () => {
    const c = parseCommitment({
      credit: {
        type: 'tiers',
        tiers: [
          { below: '99.0', credit: '50' },
          { atLeast: '99.0', below: '99.5', credit: '10' },
        ],
      },
    })
    const model = c.credit[0]!
    expect(model.type).toBe('tiers')
    if (model.type !== 'tiers') return
    // Sorted from the highest availability down, labels as written.
    expect(model.tiers.map((t) => t.label)).toEqual(['>= 99.0 and < 99.5', '< 99.0'])
    expect(model.tiers[0]!.lower!.written).toBe('99.0')
  })

  it('names the band that overlaps another', () => {
    const issues = issuesOf({
      type: 'tiers',
      tiers: [
        { atLeast: '99.0', below: '99.5', credit: '10' },
        { atMost: '99.0', credit: '50' },
      ],
    })
    expect(issues).toEqual(['credit.tiers[0]: overlaps band 1 (<= 99.0)'])
  })

  it('names the band after a gap', () => {
    const issues = issuesOf({
      type: 'tiers',
      tiers: [
        { atLeast: '99.0', below: '99.5', credit: '10' },
        { below: '98.0', credit: '50' },
      ],
    })
    expect(issues).toEqual(['credit.tiers[0]: leaves a gap after band 1 (< 98.0): availability 98.0 to 99.0 has no band'])
  })

  it('refuses a point gap: < 99.0 then > 99.0 leaves exactly 99.0 without a band', () => {
    const issues = issuesOf({
      type: 'tiers',
      tiers: [
        { above: '99.0', below: '99.5', credit: '10' },
        { below: '99.0', credit: '50' },
      ],
    })
    expect(issues[0]).toMatch(/^credit\.tiers\[0\]: leaves a gap/)
  })

  it('refuses a credit that falls as availability falls', () => {
    const issues = issuesOf({
      type: 'tiers',
      tiers: [
        { atLeast: '99.0', below: '99.5', credit: '50' },
        { below: '99.0', credit: '10' },
      ],
    })
    expect(issues).toEqual(['credit.tiers[0].credit: is larger than the credit of band 1 (< 99.0): a credit must not fall as availability falls'])
  })

  it('refuses a table whose lowest band does not reach 0 %', () => {
    const issues = issuesOf({ type: 'tiers', tiers: [{ atLeast: '95', below: '99.9', credit: '10' }] })
    expect(issues[0]).toMatch(/^credit\.tiers\[0\]: leaves availability below 95 % without a band/)
  })

  it('lists every problem of a bad table at once, with paths', () => {
    const issues = issuesOf({
      type: 'tiers',
      tiers: [
        { atLeast: '99.5', below: '99.0', credit: '10' },
        { atLeast: 'x', credit: '-5' },
        { atLeast: '99', above: '98', credit: '1' },
        { below: '101', credit: '1' },
      ],
    })
    expect(issues).toEqual([
      'credit.tiers[0]: is empty: >= 99.5 and < 99.0 holds no availability',
      'credit.tiers[1].atLeast: must be a decimal number such as "99.5" (got "x")',
      'credit.tiers[1].credit: must not be negative (got -5)',
      'credit.tiers[2]: has both atLeast and above: a band has one lower bound',
      'credit.tiers[3].below: must be a percentage from 0 to 100 (got 101)',
    ])
  })

  it('accepts a decimal comma as French contracts write it', () => {
    const c = parseCommitment({ credit: { type: 'tiers', tiers: [{ atLeast: '99,5', below: '99,9', credit: '10' }, { below: '99,5', credit: '50' }] } })
    expect(c.credit[0]!.type).toBe('tiers')
  })

  it('throws InputError with the structural problems found by the schema', () => {
    expect(() => parseCommitment({ credit: { type: 'tiers', tiers: [] } } as never)).toThrow(InputError)
    const r = safeParseCommitment({ credit: { type: 'flat' } })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.message).toContain('credit.type: must be one of tiers, per-duration, pro-rata, hourly-waiver (got "flat")')
    const r2 = safeParseCommitment({ credit: { type: 'tiers', tiers: [{ credit: '1', bellow: '2' }] } })
    expect(r2.success).toBe(false)
    if (!r2.success) expect(r2.error.message).toContain('credit.tiers[0]: has unknown key "bellow"')
    // No credit at all is a best-effort commitment; a misspelt key is still an error.
    expect(safeParseCommitment({}).success).toBe(true)
    const r3 = safeParseCommitment({ credits: { type: 'pro-rata' } })
    expect(r3.success).toBe(false)
    if (!r3.success) expect(r3.error.issues).toEqual([{ path: '', message: 'has unknown key "credits"' }])
  })
})

describe('measurement rules', () => {
  it('fills in documented defaults', () => {
    const c = parseCommitment({ credit: { type: 'pro-rata' } })
    expect(c.timeZone).toBe('UTC')
    expect(c.measurement.weights.outage.toString()).toBe('1')
    expect(c.measurement.weights.partial.toString()).toBe('1')
    expect(c.measurement.weights.degraded.toString()).toBe('0')
    expect(c.measurement.excludedCauses).toEqual(['maintenance', 'customer', 'force-majeure'])
    expect(c.measurement.exclusions).toBe('as-available')
    expect(c.measurement.minimumOutageMs).toBe(0)
    expect(c.measurement.granularity).toBe('none')
    expect(c.cap.toString()).toBe('100')
  })

  it('refuses weights outside 0–1 or finer than 4 decimals, and unknown zones', () => {
    const r = safeParseCommitment({
      timeZone: 'Paris',
      measurement: { weights: { partial: '1.5', degraded: '0.00001' }, minimumOutage: 'P1M' },
      credit: { type: 'pro-rata' },
    })
    expect(r.success).toBe(false)
    if (!r.success)
      expect(r.error.issues.map((i) => i.path)).toEqual([
        'timeZone',
        'measurement.weights.partial',
        'measurement.weights.degraded',
        'measurement.minimumOutage',
      ])
  })
})
