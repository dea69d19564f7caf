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
