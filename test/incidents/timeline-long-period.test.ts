// A period can run over the whole range of instants (years 1 to 9999). There, a time and a slot no longer fit
// together in the 53 bits of a double once an element has more than 16 incidents (3.2e14 ms × 32 > 2^53),
// and the sweep sorts the slots by time instead. A user measuring such a period must read the same figures,
// incident by incident, as over a month: these tests give one element 72 incidents (128 slots' worth of
// packing, 4.0e16 > 2^53) with odd milliseconds, overlaps, equal starts, maintenance and incidents alone, and
// check each contribution by hand.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type IncidentInput, measureAvailability, monthPeriod } from '../../src/index.js'
import { MAX_INSTANT, MIN_INSTANT } from '../../src/time/instant.js'

const MIN = 60_000
const BLOCKS = 12
// Weights of one decimal at most: a scale of 10 keeps 3.2e14 ms × 10 below 2^53, which a whole-range period needs.
const commitment = { measurement: { weights: { outage: '1', partial: '0.5', degraded: '0.2' } }, credit: { type: 'pro-rata' } } as const

/**
 * One block of six incidents from `b` (minutes after it):
 *   a partial      0–60   under b, then under c, alone 40–60            → 20 counted (× 0.5 = 10)
 *   b outage       0–30   starts with a, heavier: counts 0–20           → 20 counted
 *   c maintenance 20–40   excluded over b and a                         → 20 excluded
 *   d degraded   120–125  alone                                         → 5 counted (× 0.2 = 1)
 *   e outage     200–210  starts with f, first in the log: counts 200–210 → 10 counted
 *   f outage     200–230  counts once e has ended, 210–230              → 20 counted
 * Downtime 10 + 20 + 1 + 10 + 20 = 61 min, excluded 20 min.
 */
function block(b: number, tag: string): IncidentInput[] {
  return [
    { id: `${tag}a`, start: b, end: b + 60 * MIN, impact: 'partial' },
    { id: `${tag}b`, start: b, end: b + 30 * MIN, impact: 'outage' },
    { id: `${tag}c`, start: b + 20 * MIN, end: b + 40 * MIN, cause: 'maintenance' },
    { id: `${tag}d`, start: b + 120 * MIN, end: b + 125 * MIN, impact: 'degraded' },
    { id: `${tag}e`, start: b + 200 * MIN, end: b + 210 * MIN },
    { id: `${tag}f`, start: b + 200 * MIN, end: b + 230 * MIN },
  ]
}

/** What each incident of a block is credited with, by its letter: [counted, excluded] in minutes. */
const perBlock: Record<string, [number, number]> = { a: [20, 0], b: [20, 0], c: [0, 20], d: [5, 0], e: [10, 0], f: [20, 0] }

/** The blocks spread over [from, to), each starting on an odd millisecond, last block first when `reversed`. */
function log(from: number, to: number, reversed: boolean): IncidentInput[] {
  const step = Math.floor((to - from) / BLOCKS)
  const blocks = Array.from({ length: BLOCKS }, (_, j) => block(from + j * step + 2 * j + 1, `${j}`))
  return (reversed ? blocks.reverse() : blocks).flat()
}

function figures(report: ReturnType<typeof measureAvailability>): Map<string, [number, number]> {
  return new Map(report.contributions.map((c) => [c.id ?? '', [c.countedMs / MIN, c.excludedMs / MIN]]))
}

const expected = new Map(Array.from({ length: BLOCKS }, (_, j) => Object.entries(perBlock).map(([k, v]) => [`${j}${k}`, v] as const)).flat())

describe('a period over the whole range of instants', () => {
  const period = { start: MIN_INSTANT, end: MAX_INSTANT }

  it('credits each of 72 incidents of one element as over a month, whether the log comes in order or not', () => {
    for (const reversed of [false, true]) {
      const r = measureAvailability({ commitment, period, incidents: log(MIN_INSTANT, MAX_INSTANT, reversed) })
      expect(figures(r)).toEqual(expected)
      // 12 blocks × 61 min = 732 min of downtime; 12 × 20 min = 240 min excluded.
      expect(r.downtimeMs).toBe(732 * MIN)
      expect(r.excludedMs).toBe(240 * MIN)
    }
  })

  it('gives the same figures as the same log over a month, where time and slot are packed', () => {
    const april = monthPeriod({ year: 2026, month: 4 })
    const start = Date.parse('2026-04-01T00:00:00Z')
    const month = measureAvailability({ commitment, period: april, incidents: log(start, Date.parse('2026-05-01T00:00:00Z'), true) })
    expect(figures(month)).toEqual(expected)
    expect(month.downtimeMs).toBe(732 * MIN)
  })
})

/**
 * The rule a user reads in the documentation, by brute force over every stretch between two boundaries:
 * maintenance under way wins (its earliest started), else the heaviest impact under way, equal weights going
 * to outage, partial, degraded, and within it the earliest started, then the first in the log. Returns each
 * incident's [counted, excluded] milliseconds and the weighted downtime in tenths of a millisecond.
 */
function bruteForce(incidents: readonly { start: number; end: number; impact: string; cause: string }[], tenths: Record<string, number>) {
  const rank = (x: { impact: string; cause: string }) => (x.cause === 'maintenance' ? 1000 : tenths[x.impact]! * 3 + ['degraded', 'partial', 'outage'].indexOf(x.impact))
  const figures = incidents.map(() => [0, 0])
  let downtimeTenths = 0
  const times = [...new Set(incidents.flatMap((x) => [x.start, x.end]))].sort((a, b) => a - b)
  for (let t = 0; t + 1 < times.length; t++) {
    const [a, b] = [times[t]!, times[t + 1]!]
    let best = -1
    incidents.forEach((x, i) => {
      if (!(x.start <= a && a < x.end)) return
      if (best < 0) best = i
      else {
        const y = incidents[best]!
        if (rank(x) > rank(y) || (rank(x) === rank(y) && x.start < y.start)) best = i
      }
    })
    if (best < 0) continue
    const x = incidents[best]!
    if (x.cause === 'maintenance') figures[best]![1]! += b - a
    else {
      figures[best]![0]! += b - a
      downtimeTenths += (b - a) * tenths[x.impact]!
    }
  }
  return { figures, downtimeTenths }
}

describe('a period over the whole range of instants, against the rule by brute force', () => {
  it('credits each of 64 to 90 incidents of one element as the rule says', () => {
    const G = Math.floor((MAX_INSTANT - MIN_INSTANT) / 40)
    // Starts on a coarse grid, so that many start together, some in the first half of the log and some in
    // the second; lengths from an instant to several grid steps, with odd milliseconds.
    const incidentArb = fc.record({
      slot: fc.integer({ min: 0, max: 36 }),
      length: fc.constantFrom(1, 7, G / 2 + 3, G, 2 * G + 1),
      impact: fc.constantFrom('outage', 'partial', 'degraded'),
      cause: fc.constantFrom('unplanned', 'unplanned', 'maintenance'),
    })
    const tenths = { outage: 10, partial: 5, degraded: 2 }
    fc.assert(
      fc.property(fc.array(incidentArb, { minLength: 64, maxLength: 90 }), (drawn) => {
        const incidents = drawn.map((x, i) => ({ id: `${i}`, start: MIN_INSTANT + x.slot * G, end: MIN_INSTANT + x.slot * G + x.length, impact: x.impact, cause: x.cause }))
        const r = measureAvailability({ commitment: { ...commitment, measurement: { weights: { outage: '1', partial: '0.5', degraded: '0.2' } } }, period: { start: MIN_INSTANT, end: MAX_INSTANT }, incidents })
        const want = bruteForce(incidents, tenths)
        expect(r.contributions.map((c) => [c.countedMs, c.excludedMs])).toEqual(want.figures)
        expect(r.downtimeMs * 10).toBe(want.downtimeTenths)
      }),
      { numRuns: 40 },
    )
  })
})
