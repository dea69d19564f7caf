import { describe, expect, it } from 'vitest'
import { Decimal, InputError } from '../../src/index.js'
import { parseHeartbeats, probeCoverage } from '../../src/io/index.js'

const MIN = 60_000
const at = (hh: number, mm: number) => new Date(Date.UTC(2026, 2, 2, hh, mm)).toISOString()
const hour = { start: at(10, 0), end: at(11, 0) }

describe('probeCoverage', () => {
  it('gives the share of the period observed, whatever the gap was counted as', () => {
    // Beats at 10:00, 10:01 then 10:11 and every minute to 10:59; maxGap 2 min: the 10:01 beat vouches up to
    // 10:03, so 10:03–10:11 (8 min) is a gap. Observed 60 − 8 = 52 min of 60: 52/60 = 13/15.
    const times = [at(10, 0), at(10, 1), ...Array.from({ length: 49 }, (_, i) => at(10, 11 + i))]
    for (const gap of ['down', 'up', 'unknown'] as const) {
      const read = parseHeartbeats(
        times.map((time) => ({ time, status: 1 })),
        { pending: 'down', gap, maxGap: 'PT2M' },
      )
      expect(read.gaps.map((g) => [g.start, g.end])).toEqual([['2026-03-02T10:03:00Z', '2026-03-02T10:11:00Z']])
      const c = probeCoverage(read, hour)
      expect([c.periodMs, c.unobservedMs, c.observedMs]).toEqual([60 * MIN, 8 * MIN, 52 * MIN])
      expect(c.share.equals(new Decimal(13).div(15))).toBe(true)
    }
  })

  it('clips gaps to the period, counts overlaps once, and keeps to one element when asked', () => {
    const gap = (element: string, start: string, end: string) => ({ element, start, end, durationMs: Date.parse(end) - Date.parse(start), countedAs: 'down' as const })
    const read = {
      gaps: [
        gap('a', at(9, 50), at(10, 10)), // 10 min inside the hour
        gap('b', at(10, 5), at(10, 20)), // overlaps a's 10:05–10:10: adds 10:10–10:20, 10 min
        gap('a', at(10, 50), at(11, 30)), // 10 min inside the hour
      ],
    }
    // All elements: 10 + 10 + 10 = 30 min unobserved, share 1/2.
    const all = probeCoverage(read, hour)
    expect(all.unobservedMs).toBe(30 * MIN)
    expect(all.share.toString()).toBe('0.5')
    // Element a: 10 + 10 = 20 min, share 40/60 = 2/3.
    const a = probeCoverage(read, hour, 'a')
    expect(a.observedMs).toBe(40 * MIN)
    expect(a.share.equals(new Decimal(2).div(3))).toBe(true)
    // No gap: the whole period observed; an empty period counts as covered.
    expect(probeCoverage({ gaps: [] }, hour).share.toString()).toBe('1')
    expect(probeCoverage(read, { start: hour.start, end: hour.start }).share.toString()).toBe('1')
  })

  it('refuses a period that ends before it starts, with the path and a code worded in French', () => {
    try {
      probeCoverage({ gaps: [] }, { start: hour.end, end: hour.start })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => [i.path, i.code])).toEqual([['period.end', 'before-start']])
    }
  })
})
