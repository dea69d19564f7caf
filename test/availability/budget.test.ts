import { describe, expect, it } from 'vitest'
import { creditFor, downtimeBudget, measureAvailability, monthPeriod, presets, yearPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'

describe('downtimeBudget', () => {
  it('gives VALUE in a 30-day month: up to 43 min 12 s no credit, up to 3 h 36 min 10 %, beyond 50 %', () => {
    // 30 × 86,400,000 ms × 0.1 % = 2,592,000 ms; × 0.5 % = 12,960,000 ms
    const b = downtimeBudget({ commitment: presets.ovhVps2016.value, period: monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) })
    expect(b.bands.map((x) => [x.label, x.credit.toString(), x.minDowntimeMs, x.maxDowntimeMs])).toEqual([
      ['no credit', '0', 0, 2_592_000],
      ['>= 99.5 and < 99.9', '10', 2_592_001, 12_960_000],
      ['< 99.5', '50', 12_960_001, 2_592_000_000],
    ])
    expect(b.bands.map((x) => x.text)).toEqual(['up to 43 min 12 s', '43 min 12 s 1 ms to 3 h 36 min', 'beyond 3 h 36 min'])
    expect(b.allowedDowntimeMs).toBe(2_592_000)
  })

  it('follows the real month: 28 days, 743 h in Paris, a whole year', () => {
    const feb = downtimeBudget({ commitment: presets.ovhVps2016.value, period: monthPeriod({ year: 2026, month: 2 }) })
    expect(feb.allowedDowntimeMs).toBe(2_419_200) // 672 h × 0.1 % = 40 min 19.2 s
    const march = downtimeBudget({ commitment: presets.ovhVps2016.starter, period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) })
    // 743 h × 0.5 % = 3 h 42 min 54 s; × 1 % = 7 h 25 min 48 s
    expect(march.bands.map((x) => x.maxDowntimeMs)).toEqual([13_374_000, 26_748_000, 2_674_800_000])
    const year = downtimeBudget({ commitment: presets.ovhVps2016.value, period: yearPeriod({ year: 2026 }) })
    expect(year.allowedDowntimeMs).toBe(31_536_000) // 8,760 h × 0.1 % = 8 h 45 min 36 s
  })

  it('agrees with creditFor at every edge, for inclusive and exclusive bounds', () => {
    const commitment: CommitmentInput = {
      credit: { type: 'tiers', tiers: [{ above: '99', atMost: '99.7', credit: '5' }, { atMost: '99', credit: '20' }] },
    }
    const period = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
    const b = downtimeBudget({ commitment, period })
    for (const band of b.bands) {
      for (const d of [band.minDowntimeMs, band.maxDowntimeMs]) {
        const start = period.start.getTime()
        const r = measureAvailability({ commitment, period, incidents: d ? [{ start, end: start + d }] : [] })
        expect(creditFor({ commitment, availability: r, fee: { amount: '100', currency: 'EUR' } }).percent.toString()).toBe(band.credit.toString())
      }
    }
  })

  it('gives no credit through the bands of 0 % at the top of a table, as creditFor does', () => {
    // A table written from 100 % down, its first band crediting nothing: April 2026, 30 d = 2,592,000,000 ms;
    // × 0.5 % = 12,960,000 ms (3 h 36 min) is the most downtime that stays at 99.5 % or more, with no credit.
    const commitment: CommitmentInput = {
      credit: { type: 'tiers', tiers: [{ atLeast: '99.5', credit: '0' }, { atLeast: '99', below: '99.5', credit: '10' }, { below: '99', credit: '25' }] },
    }
    const period = monthPeriod({ year: 2026, month: 4 })
    const b = downtimeBudget({ commitment, period })
    expect(b.bands.map((x) => [x.credit.toString(), x.reachable, x.maxDowntimeMs])).toEqual([
      ['0', false, -1],
      ['0', true, 12_960_000],
      ['10', true, 25_920_000],
      ['25', true, 2_592_000_000],
    ])
    expect(b.allowedDowntimeMs).toBe(12_960_000)
    const start = period.start.getTime()
    for (const [d, percent] of [[12_960_000, '0'], [12_960_001, '10']] as const) {
      const r = measureAvailability({ commitment, period, incidents: [{ start, end: start + d }] })
      expect(creditFor({ commitment, availability: r, fee: { amount: '100', currency: 'EUR' } }).percent.toString()).toBe(percent)
    }
    // Two bands of 0 %, the second below the first: no credit through both.
    const two = downtimeBudget({
      commitment: { credit: { type: 'tiers', tiers: [{ atLeast: '99.9', credit: '0' }, { atLeast: '99.5', below: '99.9', credit: '0' }, { below: '99.5', credit: '10' }] } },
      period,
    })
    expect(two.allowedDowntimeMs).toBe(12_960_000)
    // A credit from the first millisecond of downtime: nothing is free.
    const none = downtimeBudget({ commitment: { credit: { type: 'tiers', tiers: [{ atLeast: '100', credit: '0' }, { below: '100', credit: '5' }] } }, period })
    expect(none.allowedDowntimeMs).toBe(0)
  })

  it('describes per-duration models by their free downtime and unit', () => {
    const b = downtimeBudget({
      commitment: { credit: { type: 'per-duration', percent: '5', per: 'PT1H', beyond: '99.5' } },
      period: monthPeriod({ year: 2026, month: 4 }),
    })
    expect(b.perDuration).toEqual([{ freeMs: 12_960_000, unitMs: 3_600_000, percent: expect.anything(), count: 'started' }])
    expect(b.explanation.at(-1)).toBe('5 % per started 1 h of downtime beyond the first 3 h 36 min.')
  })
})
