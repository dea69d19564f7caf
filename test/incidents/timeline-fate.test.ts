// Which incidents a report lists, and as what, at the edges of the period: the fate the timeline gives
// each incident decides whether it is listed at all (it touches the period) and whether it is swept.
import { describe, expect, it } from 'vitest'
import { measureAvailability, monthPeriod } from '../../src/index.js'

const MIN = 60_000
const april = monthPeriod({ year: 2026, month: 4 })

function listed(report: ReturnType<typeof measureAvailability>): [number, string, number][] {
  return report.contributions.map((c) => [c.index, c.step.kind, c.countedMs])
}

describe('incidents at the edges of the period', () => {
  it('lists an incident lasting no time at the period start as empty, and none that ends at or before it', () => {
    const r = measureAvailability({
      commitment: { credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        /* 0 */ { start: '2026-03-31T10:00:00Z', end: '2026-03-31T11:00:00Z' }, // ends before the period
        /* 1 */ { start: '2026-03-31T23:00:00Z', end: '2026-04-01T00:00:00Z' }, // ends at its start
        /* 2 */ { start: '2026-03-31T12:00:00Z', end: '2026-03-31T12:00:00Z' }, // no time, before it
        /* 3 */ { start: '2026-04-01T00:00:00Z', end: '2026-04-01T00:00:00Z' }, // no time, at its start
        /* 4 */ { start: '2026-04-10T08:00:00Z', end: '2026-04-10T08:00:00Z' }, // no time, inside
        /* 5 */ { start: '2026-05-01T00:00:00Z', end: '2026-05-01T00:05:00Z' }, // starts at its end
        /* 6 */ { start: '2026-03-31T23:50:00Z', end: '2026-04-01T00:10:00Z' }, // across its start: 10 min in
      ],
    })
    expect(listed(r)).toEqual([
      [3, 'empty', 0],
      [4, 'empty', 0],
      [6, 'counted', 10 * MIN],
    ])
    expect(r.downtimeMs).toBe(10 * MIN)
  })

  it('says an incident aligned to whole minutes inside it kept no whole minute, not that it lasted no time', () => {
    const r = measureAvailability({
      commitment: { measurement: { granularity: 'minute-down' }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        // 10:00:30–10:01:30 narrows to 10:01–10:01: nothing left.
        { start: '2026-04-07T10:00:30Z', end: '2026-04-07T10:01:30Z' },
        // 11:00:30–11:03:10 narrows to 11:01–11:03: 2 min.
        { start: '2026-04-07T11:00:30Z', end: '2026-04-07T11:03:10Z' },
      ],
    })
    expect(listed(r)).toEqual([
      [0, 'no-whole-minute', 0],
      [1, 'counted', 2 * MIN],
    ])
    expect(r.contributions[0]?.status).toBe('below-minimum')
  })

  it('clips a counted incident to the period at both ends', () => {
    // 2026-03-31T22:00 to 2026-05-01T02:00 covers all of April: 30 days counted.
    const r = measureAvailability({
      commitment: { credit: { type: 'pro-rata' } },
      period: april,
      incidents: [{ start: '2026-03-31T22:00:00Z', end: '2026-05-01T02:00:00Z' }],
    })
    expect(listed(r)).toEqual([[0, 'counted', 30 * 24 * 60 * MIN]])
    expect(r.contributions[0]?.inPeriodMs).toBe(30 * 24 * 60 * MIN)
  })
})
