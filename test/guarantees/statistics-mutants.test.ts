/**
 * The mean and the 90th percentile of the times to intervention over many incidents, in whatever order the
 * log lists them, with ties, and over times so long that their sum passes 2^53 ms.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, guaranteeColumns } from '../../src/index.js'
import type { IncidentInput } from '../../src/index.js'

const H = 3_600_000
const T0 = Date.UTC(2026, 4, 13, 0)

/** One incident per time to intervention, in hours, all reported at T0, on 24/7 with a GTI of PT100H. */
function stats(hours: readonly number[]) {
  const incidents: IncidentInput[] = hours.map((h) => ({ start: T0, end: T0 + 200 * H, reportedAt: T0, interventionAt: T0 + h * H }))
  const options = { commitment: { gti: { within: 'PT100H' } }, incidents }
  const objects = evaluateGuarantees(options).stats.gti!
  // The columns give the same figures.
  expect(guaranteeColumns(options).stats.gti).toEqual(objects)
  return objects
}

describe('mean and 90th percentile of the times to intervention', () => {
  it('over twenty incidents listed out of order', () => {
    // 1 to 20 h in a shuffled order: mean 210 / 20 = 10.5 h; nearest rank ceil(0.9 × 20) = 18th → 18 h.
    const s = stats([7, 19, 3, 12, 20, 1, 15, 9, 18, 5, 11, 2, 16, 8, 14, 4, 17, 10, 13, 6])
    expect([s.meanWallMs, s.p90WallMs, s.meanBusinessMs, s.p90BusinessMs]).toEqual([10.5 * H, 18 * H, 10.5 * H, 18 * H])
  })

  it('with ties, and the largest first or last', () => {
    // Sorted 0 1 2 3 4 4 4 4 4 4: mean 30 / 10 = 3 h; the 9th is 4 h.
    expect([stats([4, 1, 4, 2, 4, 3, 4, 4, 0, 4]).p90WallMs, stats([4, 1, 4, 2, 4, 3, 4, 4, 0, 4]).meanWallMs]).toEqual([4 * H, 3 * H])
    // Sorted 1 … 9, 50: the 9th of 10 is 9 h, whichever end 50 is listed at.
    expect(stats([50, 9, 8, 7, 6, 5, 4, 3, 2, 1]).p90WallMs).toBe(9 * H)
    expect(stats([1, 2, 3, 4, 5, 6, 7, 8, 9, 50]).p90WallMs).toBe(9 * H)
    // Eleven: ceil(9.9) = 10th of 1 … 11 → 10 h.
    expect(stats([11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]).p90WallMs).toBe(10 * H)
  })

  it('is the nearest-rank percentile of the times, for any list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 40 }), (hours) => {
        const sorted = [...hours].sort((a, b) => a - b)
        const s = stats(hours)
        expect(s.p90WallMs).toBe(sorted[Math.ceil(0.9 * sorted.length) - 1]! * H)
        expect(s.meanWallMs).toBe((hours.reduce((a, b) => a + b, 0) * H) / hours.length)
      }),
      { numRuns: 60 },
    )
  })

  it('over times whose sum passes 2^53 ms: sorted and summed in order', () => {
    // 40 incidents reported on 2 January of year 2 and restored on 1 January of year 9000 + k: each about
    // 9,000 years, 2.8e14 ms; their sum, 1.1e16 ms, passes Number.MAX_SAFE_INTEGER (9.0e15).
    // Date.UTC reads years below 100 as 19xx: the instant is parsed from its text.
    const from = Date.parse('0002-01-02T00:00:00Z')
    const ends = Array.from({ length: 40 }, (_, k) => Date.UTC(9000 + ((k * 7) % 40), 0, 1))
    const incidents: IncidentInput[] = ends.map((end) => ({ start: from, end, reportedAt: from }))
    const s = evaluateGuarantees({ commitment: { gtr: { within: 'PT1H' } }, incidents }).stats.gtr!
    const times = ends.map((end) => end - from).sort((a, b) => a - b)
    // The nearest rank ceil(0.9 × 40) = 36th, and the mean summed from the smallest up.
    expect(s.p90WallMs).toBe(times[35])
    expect(s.meanWallMs).toBe(times.reduce((a, b) => a + b, 0) / 40)
    expect(s.breached).toBe(40)
    expect(times.reduce((a, b) => a + b, 0)).toBeGreaterThan(Number.MAX_SAFE_INTEGER)
  })
})
