import { describe, expect, it } from 'vitest'
import { measureAvailability, monthPeriod } from '../../src/index.js'
import type { CommitmentInput, Contribution } from '../../src/index.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4 }) // UTC, 720 h
const halfPartial: CommitmentInput = { measurement: { weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } }

/** Every figure a reader of a contribution sees, read one by one. */
const figures = (c: Contribution) => [
  c.index,
  c.id,
  c.impact,
  c.cause,
  c.start.toISOString(),
  c.end.toISOString(),
  c.open,
  c.inPeriodMs,
  c.countedMs,
  c.excludedMs,
  c.weight.toString(),
  c.downtimeMs,
  c.status,
]

describe('the figures of each contribution', () => {
  it('reads every figure of the incidents of one element, in the order of the log', () => {
    const r = measureAvailability({
      commitment: halfPartial,
      period: april,
      element: 'vm-1',
      incidents: [
        // Partial for 4 h, weighted 0.5: 2 h of downtime.
        { id: 'p', start: '2026-04-03T10:00:00Z', end: '2026-04-03T14:00:00Z', impact: 'partial', elements: ['vm-1'] },
        // Another element's: not in vm-1's contributions.
        { id: 'other', start: '2026-04-05T10:00:00Z', end: '2026-04-05T11:00:00Z', elements: ['vm-2'] },
        // Begun on 31 March at 22:00: 1 h of it is in April, counted whole.
        { start: '2026-03-31T22:00:00Z', end: '2026-04-01T01:00:00Z', elements: ['vm-1', 'vm-2'] },
        // Maintenance, excluded by default: 3 h set aside, none counted.
        { id: 'm', start: '2026-04-04T00:00:00Z', end: '2026-04-04T03:00:00Z', cause: 'maintenance', elements: ['vm-1'] },
        // Degraded, weighted 0: counted time, no downtime.
        { id: 'd', start: '2026-04-06T00:00:00Z', end: '2026-04-06T00:30:00Z', impact: 'degraded', elements: ['vm-1'] },
      ],
    })
    expect(r.contributions.map(figures)).toEqual([
      [0, 'p', 'partial', 'unplanned', '2026-04-03T10:00:00.000Z', '2026-04-03T14:00:00.000Z', false, 4 * H, 4 * H, 0, '0.5', 2 * H, 'counted'],
      [2, undefined, 'outage', 'unplanned', '2026-03-31T22:00:00.000Z', '2026-04-01T01:00:00.000Z', false, H, H, 0, '1', H, 'counted'],
      [3, 'm', 'outage', 'maintenance', '2026-04-04T00:00:00.000Z', '2026-04-04T03:00:00.000Z', false, 3 * H, 0, 3 * H, '1', 0, 'excluded'],
      [4, 'd', 'degraded', 'unplanned', '2026-04-06T00:00:00.000Z', '2026-04-06T00:30:00.000Z', false, H / 2, H / 2, 0, '0', 0, 'not-counted'],
    ])
    // 2 h + 1 h of downtime.
    expect(r.downtimeMs).toBe(3 * H)
  })
})

describe('the order of the contributions', () => {
  const minimum: CommitmentInput = { measurement: { minimumOutage: 'PT5M' }, credit: { type: 'pro-rata' } }
  const incidents = [
    // 0: names no element, so it affects both; swept.
    { start: '2026-04-01T10:00:00Z', end: '2026-04-01T11:00:00Z' },
    // 1: vm-1's, 2 minutes, under the 5-minute minimum: touches the period, not swept.
    { start: '2026-04-02T10:00:00Z', end: '2026-04-02T10:02:00Z', elements: ['vm-1'] },
    // 2: vm-1's, swept.
    { start: '2026-04-03T10:00:00Z', end: '2026-04-03T11:00:00Z', elements: ['vm-1'] },
    // 3: names no element, 1 minute: not swept, for either.
    { start: '2026-04-04T10:00:00Z', end: '2026-04-04T10:01:00Z' },
    // 4: vm-1's, in March: not listed.
    { start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z', elements: ['vm-1'] },
    // 5: vm-2's, swept.
    { start: '2026-04-05T10:00:00Z', end: '2026-04-05T11:00:00Z', elements: ['vm-2'] },
    // 6: vm-1's, swept.
    { start: '2026-04-06T10:00:00Z', end: '2026-04-06T11:00:00Z', elements: ['vm-1'] },
    // 7: names no element, swept.
    { start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z' },
  ]

  it('follows the log, with incidents naming no element among an element’s own, swept or not', () => {
    // The layout holds vm-1's swept incidents as 2, 6 and then those of every element 0, 7; its others as 1, 3.
    const r = measureAvailability({ commitment: minimum, period: april, element: 'vm-1', incidents })
    expect(r.contributions.map((c) => [c.index, c.status])).toEqual([
      [0, 'counted'],
      [1, 'below-minimum'],
      [2, 'counted'],
      [3, 'below-minimum'],
      [6, 'counted'],
      [7, 'counted'],
    ])
    // 0, 2, 6 and 7: 4 h.
    expect(r.downtimeMs).toBe(4 * H)
  })

  it('follows the log for an element whose incidents all name it', () => {
    const own = incidents.filter((x) => x.elements !== undefined)
    const r = measureAvailability({ commitment: minimum, period: april, element: 'vm-1', incidents: own })
    // Indices in the shorter log: 1 (under the minimum), 2 and 4; March's (3) is not listed.
    expect(r.contributions.map((c) => [c.index, c.status])).toEqual([
      [0, 'below-minimum'],
      [1, 'counted'],
      [4, 'counted'],
    ])
  })

  it('keeps the Dates, step and sentence a contribution made, whatever is read first', () => {
    const r = measureAvailability({ commitment: minimum, period: april, element: 'vm-1', incidents })
    const c = r.contributions[1]!
    const step = c.step
    const start = c.start
    expect(c.reason).toBe(c.reason)
    expect(c.step).toBe(step)
    expect(c.start).toBe(start)
    expect(c.end).toBe(c.end)
    // Its figures are still read from its slot once they are made.
    expect([c.index, c.status, c.inPeriodMs]).toEqual([1, 'below-minimum', 2 * 60_000])
  })
})
