// An incident naming several elements is laid out in each of their slots: swept ones at the front, the
// others (below the minimum, lasting no time) at the back, so that each is reported once, as what it is.
import { describe, expect, it } from 'vitest'
import { measureAvailability, monthPeriod } from '../../src/index.js'

const MIN = 60_000

describe('incidents naming several elements', () => {
  it('reports one below the minimum outage as such for the element measured, beside counted ones', () => {
    const r = measureAvailability({
      commitment: { measurement: { minimumOutage: 'PT5M' }, credit: { type: 'pro-rata' } },
      period: monthPeriod({ year: 2026, month: 4 }),
      element: 'a',
      incidents: [
        { start: '2026-04-07T10:00:00Z', end: '2026-04-07T10:02:00Z', elements: ['a', 'b'] }, // 2 min < 5
        { start: '2026-04-07T11:00:00Z', end: '2026-04-07T11:20:00Z', elements: ['b', 'a'] },
        { start: '2026-04-07T12:00:00Z', end: '2026-04-07T12:30:00Z', elements: ['a'] },
        { start: '2026-04-07T13:00:00Z', end: '2026-04-07T13:45:00Z', elements: ['b', 'c'] }, // not a's
      ],
    })
    expect(r.contributions.map((c) => [c.index, c.step.kind, c.countedMs])).toEqual([
      [0, 'below-minimum', 0],
      [1, 'counted', 20 * MIN],
      [2, 'counted', 30 * MIN],
    ])
    // 20 + 30 = 50 min of downtime.
    expect(r.downtimeMs).toBe(50 * MIN)
  })
})
