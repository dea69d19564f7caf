// When incidents overlap, each stretch of time is counted once, for the incident the commitment's rules
// pick: an exclusion first, else the heaviest impact, equal weights going to the order outage, partial,
// degraded; within a class, the earliest started. What each incident is credited with is what a
// statement's contributions show.
import { describe, expect, it } from 'vitest'
import { measureAvailability, monthPeriod } from '../../src/index.js'

const MIN = 60_000
const april = monthPeriod({ year: 2026, month: 4 })

function counted(report: ReturnType<typeof measureAvailability>): [number, number, number][] {
  return report.contributions.map((c) => [c.index, c.countedMs / MIN, c.excludedMs / MIN])
}

describe('overlapping incidents', () => {
  it('gives the overlap of an outage and a partial outage weighing the same to the outage', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { outage: '1', partial: '1' } }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        { start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z', impact: 'partial' },
        { start: '2026-04-07T10:30:00Z', end: '2026-04-07T11:30:00Z', impact: 'outage' },
      ],
    })
    // Partial alone 10:00–10:30 (30 min); from 10:30 the outage counts to 11:30 (60 min).
    expect(counted(r)).toEqual([
      [0, 30, 0],
      [1, 60, 0],
    ])
    expect(r.downtimeMs).toBe(90 * MIN)
  })

  it('gives the overlap of a partial and a degraded outage weighing the same to the partial', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { partial: '0.5', degraded: '0.5' } }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        { start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z', impact: 'degraded' },
        { start: '2026-04-07T10:20:00Z', end: '2026-04-07T10:40:00Z', impact: 'partial' },
      ],
    })
    // Degraded 10:00–10:20 and 10:40–11:00 (40 min), partial 10:20–10:40 (20 min); 60 min × 0.5 = 30 min.
    expect(counted(r)).toEqual([
      [0, 40, 0],
      [1, 20, 0],
    ])
    expect(r.downtimeMs).toBe(30 * MIN)
  })

  it('counts a heavier impact over a lighter one, and excludes maintenance over both', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        /* 0 */ { start: '2026-04-07T10:00:00Z', end: '2026-04-07T12:00:00Z', impact: 'partial' },
        /* 1 */ { start: '2026-04-07T10:30:00Z', end: '2026-04-07T11:00:00Z' },
        /* 2 */ { start: '2026-04-07T10:45:00Z', end: '2026-04-07T11:15:00Z' },
        /* 3 */ { start: '2026-04-07T11:10:00Z', end: '2026-04-07T11:40:00Z', cause: 'maintenance' },
      ],
    })
    // 10:00–10:30 partial (30); 10:30–11:00 outage 1, the earlier started (30); 11:00–11:10 outage 2 (10);
    // 11:10–11:40 maintenance (30 excluded); 11:40–12:00 partial (20). Partial 50 × 0.5 + outage 40 = 65 min.
    expect(counted(r)).toEqual([
      [0, 50, 0],
      [1, 30, 0],
      [2, 10, 0],
      [3, 0, 30],
    ])
    expect(r.downtimeMs).toBe(65 * MIN)
  })
})
