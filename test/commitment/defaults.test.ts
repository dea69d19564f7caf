import { describe, expect, it } from 'vitest'
// Imported from their own modules, not the index: a broken commitment module then fails these tests one by
// one, rather than failing the import of the whole index, whose offers parse commitments as they load.
import { isCommitment, parseCommitment } from '../../src/commitment/commitment.js'
import { Decimal } from '../../src/decimal.js'
import type { CommitmentInput } from '../../src/schema/commitment.js'
import { businessCalendar } from '../../src/time/calendar.js'

// The mark `isCommitment` looks for.
const COMPILED = Symbol.for('matou.commitment')

// What a user reads back from a parsed commitment: every default filled in, every field written kept, and
// no field that was not (compared strictly: a key holding undefined would show in a JSON export).
// (`weightUnits` and `weightScale` are the weights as integers, `weightUnits[i] / weightScale`.)
describe('a commitment read back', () => {
  it('fills in every default when nothing is written', () => {
    const input = {}
    expect({ ...parseCommitment(input) }).toStrictEqual({
      [COMPILED]: true,
      timeZone: 'UTC',
      measurement: {
        weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) },
        excludedCauses: ['maintenance', 'customer', 'force-majeure'],
        exclusions: 'as-available',
        minimumOutageMs: 0,
        granularity: 'none',
        weightUnits: [1, 1, 0],
        weightScale: 1,
      },
      credit: [],
      combine: 'add',
      cap: new Decimal(100),
      soleRemedy: false,
      input,
    })
  })

  it('keeps every field written, with the rules in the order of the schema', () => {
    const input: CommitmentInput = {
      id: 'coop-vps',
      name: 'VPS coop',
      description: 'Best effort, with a GTI in office hours',
      timeZone: 'Europe/Paris',
      measurement: {
        weights: { outage: '1', partial: '0.5', degraded: '0.125' },
        excludedCauses: ['third-party', 'maintenance'],
        exclusions: 'out-of-period',
        minimumOutage: 'PT5M',
        granularity: 'minute-up',
        rounding: { decimals: 2 },
      },
      combine: 'larger',
      cap: '30',
      soleRemedy: true,
      minimumCredit: { amount: '1', currency: ' usd ' },
      creditBase: 'affected',
      claim: { window: 'two billing cycles', days: 60 },
      source: { title: 'Coop VPS terms', url: 'https://example.org/sla', date: '2026-05-01' },
    }
    const c = parseCommitment(input)
    expect({ ...c, measurement: { ...c.measurement } }).toStrictEqual({
      [COMPILED]: true,
      id: 'coop-vps',
      name: 'VPS coop',
      description: 'Best effort, with a GTI in office hours',
      timeZone: 'Europe/Paris',
      measurement: {
        weights: { outage: new Decimal(1), partial: new Decimal(0.5), degraded: new Decimal(0.125) },
        // Listed in the order causes are defined, whatever the order written.
        excludedCauses: ['maintenance', 'third-party'],
        exclusions: 'out-of-period',
        minimumOutageMs: 5 * 60_000,
        granularity: 'minute-up',
        rounding: { decimals: 2, mode: 'half-up' },
        // 3 decimals at most (0.125) → scale 1000: 1000, 500, 125.
        weightUnits: [1000, 500, 125],
        weightScale: 1000,
      },
      credit: [],
      combine: 'larger',
      cap: new Decimal(30),
      soleRemedy: true,
      minimumCredit: { amount: new Decimal(1), currency: 'USD' },
      creditBase: 'affected',
      claim: { window: 'two billing cycles', days: 60 },
      source: { title: 'Coop VPS terms', url: 'https://example.org/sla', date: '2026-05-01' },
      input,
    })
  })

  it('reads each credit model with its defaults', () => {
    const c = parseCommitment({
      credit: [
        { type: 'per-duration', percent: '2.5', per: 'PT1H' },
        { type: 'per-duration', percent: '1', per: 'PT10M', count: 'full', beyond: '99.5', onceExceeded: 'all', cap: '25' },
        { type: 'per-duration', percent: '1', per: 'PT1H', allowance: 'PT43M12S' },
        { type: 'pro-rata' },
        { type: 'pro-rata', multiplier: '10', cap: '50' },
      ],
    })
    expect(c.credit).toStrictEqual([
      { type: 'per-duration', percent: new Decimal(2.5), perMs: 3_600_000, per: 'PT1H', count: 'started', onceExceeded: 'excess' },
      {
        type: 'per-duration',
        percent: new Decimal(1),
        perMs: 600_000,
        per: 'PT10M',
        count: 'full',
        beyond: new Decimal(99.5),
        // 99.5 as an exact fraction: 995 / 10^1.
        beyondScaled: { n: 995n, k: 1 },
        onceExceeded: 'all',
        cap: new Decimal(25),
      },
      // 43 min 12 s = 2,592,000 ms.
      { type: 'per-duration', percent: new Decimal(1), perMs: 3_600_000, per: 'PT1H', count: 'started', allowanceMs: 2_592_000, onceExceeded: 'excess' },
      { type: 'pro-rata', multiplier: new Decimal(1) },
      { type: 'pro-rata', multiplier: new Decimal(10), cap: new Decimal(50) },
    ])
  })

  it('reads a guarantee with its defaults: round the clock, from the report, every impact, no penalty', () => {
    const c = parseCommitment({ gtr: { within: 'PT8H' } })
    expect(c.gti).toBeUndefined()
    expect(c.gtr).toStrictEqual({
      kind: 'gtr',
      withinMs: 8 * 3_600_000,
      within: 'PT8H',
      calendar: businessCalendar('24/7'),
      clockStartsAt: 'reported',
      impacts: ['outage', 'partial', 'degraded'],
      penalty: {},
    })
  })

  it('reads a guarantee with everything written', () => {
    const office = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' } }
    const c = parseCommitment({
      gti: {
        within: 'PT4H',
        calendar: office,
        clockStartsAt: 'first',
        // Kept in the order impacts are defined.
        impacts: ['partial', 'outage'],
        penalty: { perBreach: '5', perLate: { percent: '1' }, cap: '20' },
      },
      gtr: { within: 'P1D', penalty: { perLate: { percent: '0.5', per: 'PT30M', clock: 'wall-clock', count: 'full' } } },
    })
    expect(c.gti).toStrictEqual({
      kind: 'gti',
      withinMs: 4 * 3_600_000,
      within: 'PT4H',
      calendar: businessCalendar(office),
      clockStartsAt: 'first',
      impacts: ['outage', 'partial'],
      penalty: {
        perBreach: new Decimal(5),
        // The unit of lateness defaults to an hour of covered time, every started one counted.
        perLate: { percent: new Decimal(1), perMs: 3_600_000, per: 'PT1H', clock: 'business', count: 'started' },
        cap: new Decimal(20),
      },
    })
    expect(c.gtr!.penalty).toStrictEqual({ perLate: { percent: new Decimal(0.5), perMs: 1_800_000, per: 'PT30M', clock: 'wall-clock', count: 'full' } })
    expect(c.gtr!.withinMs).toBe(86_400_000)
  })

  it('keeps a duration written as text as the contract writes it', () => {
    const c = parseCommitment({
      credit: { type: 'per-duration', percent: '1', per: 'PT60M' },
      gti: { within: 'PT240M', penalty: { perLate: { percent: '1', per: 'PT30M' } } },
    })
    expect([c.credit[0]!.type === 'per-duration' && c.credit[0]!.per, c.gti!.within, c.gti!.penalty.perLate!.per]).toStrictEqual(['PT60M', 'PT240M', 'PT30M'])
  })

  it('writes a duration given in milliseconds back as ISO 8601, for reports', () => {
    const c = parseCommitment({
      credit: { type: 'per-duration', percent: '1', per: 3_600_000 },
      gti: { within: 14_400_000, penalty: { perLate: { percent: '1', per: 1_800_000 } } },
    })
    // 3,600,000 ms = 1 h; 14,400,000 ms = 4 h; 1,800,000 ms = 30 min.
    expect(c.credit[0]).toMatchObject({ perMs: 3_600_000, per: 'PT1H' })
    expect([c.gti!.withinMs, c.gti!.within]).toStrictEqual([14_400_000, 'PT4H'])
    expect(c.gti!.penalty.perLate).toMatchObject({ perMs: 1_800_000, per: 'PT30M' })
  })
})

describe('a commitment parsed twice', () => {
  it('is the same object when frozen all the way down, as the presets are', () => {
    const frozen = Object.freeze({ credit: Object.freeze({ type: 'pro-rata' as const, multiplier: '2' }) })
    expect(parseCommitment(frozen)).toBe(parseCommitment(frozen))
  })

  it('is read anew when only its top is frozen, so that an edit inside it is seen', () => {
    const model: { type: 'pro-rata'; multiplier: string } = { type: 'pro-rata', multiplier: '2' }
    const commitment = Object.freeze({ credit: model })
    expect(parseCommitment(commitment).credit[0]).toStrictEqual({ type: 'pro-rata', multiplier: new Decimal(2) })
    model.multiplier = '3'
    expect(parseCommitment(commitment).credit[0]).toStrictEqual({ type: 'pro-rata', multiplier: new Decimal(3) })
  })

  it('is recognised once parsed, and nothing else is', () => {
    expect(isCommitment(parseCommitment({}))).toBe(true)
    expect([null, undefined, 'commitment', 42, {}].map(isCommitment)).toStrictEqual([false, false, false, false, false])
  })
})
