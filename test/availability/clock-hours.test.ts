import { describe, expect, it } from 'vitest'
import { measureAvailability, monthPeriod } from '../../src/index.js'
import { downtimeByClockHour } from '../../src/availability/hours.js'

const MIN = 60_000

describe('downtime by clock hour', () => {
  it('splits weighted downtime over the hours it fell in, an exclusion winning and overlaps counted once', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } },
      period: monthPeriod({ year: 2026, month: 4 }),
      incidents: [
        { start: '2026-04-07T10:50:00Z', end: '2026-04-07T11:07:00Z' },
        { start: '2026-04-07T11:00:00Z', end: '2026-04-07T11:30:00Z', impact: 'partial' },
        { start: '2026-04-07T12:00:00Z', end: '2026-04-07T12:20:00Z', cause: 'maintenance' },
        { start: '2026-04-07T12:10:00Z', end: '2026-04-07T12:40:00Z' },
        // Degraded weighs 0: its hour holds no downtime and is not listed.
        { start: '2026-04-07T14:00:00Z', end: '2026-04-07T14:30:00Z', impact: 'degraded' },
        // Two outages apart in one hour: 10 + 10 min, not the 40 min from the first start to the last end.
        { start: '2026-04-07T15:00:00Z', end: '2026-04-07T15:10:00Z' },
        { start: '2026-04-07T15:30:00Z', end: '2026-04-07T15:40:00Z' },
      ],
    })
    const scale = r.exact.scale
    const hours = downtimeByClockHour(r, 'UTC').map((h) => [new Date(h.start).toISOString(), new Date(h.end).toISOString(), h.downtimeUnits / scale])
    expect(hours).toEqual([
      // 10:50–11:00 outage: 10 min.
      ['2026-04-07T10:00:00.000Z', '2026-04-07T11:00:00.000Z', 10 * MIN],
      // 11:00–11:07 outage (the partial under it counted once), 11:07–11:30 partial × 0.5: 7 + 11.5 = 18.5 min.
      ['2026-04-07T11:00:00.000Z', '2026-04-07T12:00:00.000Z', 18.5 * MIN],
      // Maintenance wins until 12:20; the outage counts 12:20–12:40: 20 min.
      ['2026-04-07T12:00:00.000Z', '2026-04-07T13:00:00.000Z', 20 * MIN],
      ['2026-04-07T15:00:00.000Z', '2026-04-07T16:00:00.000Z', 20 * MIN],
    ])
    // The hours add up to the report's downtime: 10 + 18.5 + 20 + 20 = 68.5 min.
    expect(r.downtimeMs).toBe(68.5 * MIN)
  })
})
