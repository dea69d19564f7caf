import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { creditOfMonth, measureMonth, MIN, percentAt, sourceOf } from './helpers.js'

const single = presets.google.computeSingle
const multiZone = presets.google.computeMultiZone

describe('presets: Google Compute Engine, single instance (the collected terms, bands from a secondary copy)', () => {
  it('bands: [95.0, 99.9) → 10 %, [90.0, 95.0) → 25 %, < 90.0 → 100 %', () => {
    expect(percentAt(single, '99.9')).toBe('0')
    expect(percentAt(single, '99.89')).toBe('10')
    expect(percentAt(single, '95.0')).toBe('10')
    expect(percentAt(single, '94.99')).toBe('25')
    expect(percentAt(single, '90.0')).toBe('25')
    expect(percentAt(single, '89.99')).toBe('100')
  })

  it('count whole clock minutes only: partial minutes do not count', () => {
    const r = measureMonth(single, 2026, 3, 'UTC', [
      // 10:00:30–10:03:10 holds the whole minutes 10:01 and 10:02: 2 minutes.
      { id: 'a', start: '2026-03-10T10:00:30Z', end: '2026-03-10T10:03:10Z', elements: ['e'] },
      // 55 s: shorter than a minute, never counts.
      { id: 'b', start: '2026-03-10T11:00:10Z', end: '2026-03-10T11:01:05Z', elements: ['e'] },
      // 70 s across two clock minutes, neither of them whole: nothing counts.
      { id: 'c', start: '2026-03-10T12:00:30Z', end: '2026-03-10T12:01:40Z', elements: ['e'] },
    ])
    expect(r.downtimeMs).toBe(2 * MIN)
    expect(r.contributions.map((c) => c.status)).toEqual(['counted', 'below-minimum', 'below-minimum'])
  })

  it('place the 99.9 % edge of March 2026 between 44 and 45 whole minutes', () => {
    // March 2026 in UTC: 44,640 minutes; 0.1 % is 44.64 minutes.
    // 00:00:30–00:45:20 holds 44 whole minutes (00:01–00:45): 99.90143 % → 0 %.
    // 00:00:00–00:45:00 is 45 whole minutes: 99.89919 % → 10 %.
    const partial = creditOfMonth(single, 2026, 3, 'UTC', [{ start: '2026-03-05T00:00:30Z', end: '2026-03-05T00:45:20Z', elements: ['e'] }])
    expect(partial.availability.downtimeMs).toBe(44 * MIN)
    expect(partial.credit.percent.toString()).toBe('0')
    const whole = creditOfMonth(single, 2026, 3, 'UTC', [{ start: '2026-03-05T00:00:00Z', end: '2026-03-05T00:45:00Z', elements: ['e'] }])
    expect(whole.credit.percent.toString()).toBe('10')
  })

  it('is unverified and records the 60-day claim window in its notes', () => {
    expect(single.source.verified).toBe(false)
    expect(single.source.url).toBe('https://cloud.google.com/compute/sla')
    expect(sourceOf(single).notes.join(' ')).toMatch(/within 60 days/)
  })

  it('count maintenance as downtime: the current terms do not exclude it', () => {
    // 45 whole minutes of maintenance in March 2026 (44,640 minutes): 99.89919 % < 99.9 % → 10 %.
    const r = creditOfMonth(single, 2026, 3, 'UTC', [{ start: '2026-03-05T00:00:00Z', end: '2026-03-05T00:45:00Z', elements: ['e'], cause: 'maintenance' }])
    expect(r.credit.percent.toString()).toBe('10')
  })

  it('say what the terms cover, the earlier targets, the minute reading, and the sole remedy', () => {
    const notes = sourceOf(single).notes.join(' ')
    expect(notes).toMatch(/persistent disk access/)
    expect(notes).toMatch(/Premium network tier/)
    expect(notes).toMatch(/Spot and preemptible/)
    expect(notes).toMatch(/memory-optimised single instance has a 99\.95 % target/)
    expect(notes).toMatch(/99\.5 %/)
    expect(notes).toMatch(/an interpretation, not a clause/)
    expect(single.soleRemedy).toBe(true)
    expect(single.claim.days).toBe(60)
  })
})

describe('presets: Google Compute Engine, instances in multiple zones', () => {
  it('record the 99.99 % target but no invented bands: availability is measured, the credit is 0', () => {
    // 2 h down in April 2026 (720 h): 99.7222… %, below 99.99 %, yet no band table is known → 0.
    const r = creditOfMonth(multiZone, 2026, 4, 'UTC', [{ start: '2026-04-05T00:00:00Z', end: '2026-04-05T02:00:00Z', elements: ['e'] }])
    expect(r.availability.availability.toFixed(4)).toBe('99.7222')
    expect(r.credit.percent.toString()).toBe('0')
    expect(multiZone.source.verified).toBe(false)
    expect(multiZone.source.confidence).toBe('partly')
    expect(sourceOf(multiZone).notes.join(' ')).toMatch(/Instances in Multiple Zones >= 99\.99%.*NOT ENCODED/)
  })
})
