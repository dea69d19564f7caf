/**
 * Gaps in the monitoring data counted as `exclude`, given straight to a measurement: the time without
 * data leaves the measured time of the elements it concerns, and so do the incidents' parts inside it.
 */
import { describe, expect, it } from 'vitest'
import { Decimal, measureAvailability, monthlyStatement, monthPeriod } from '../../src/index.js'
import type { AvailabilityStep, CommitmentInput, IncidentInput } from '../../src/index.js'
import type { ObservationGap } from '../../src/availability/observation.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4 }) // UTC, 30 days = 720 h
const APRIL = Date.parse('2026-04-01T00:00:00Z')
const MAY = Date.parse('2026-05-01T00:00:00Z')
const base: CommitmentInput = { credit: { type: 'pro-rata' } }
const WEIGHTS = { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) }

describe('gaps counted as exclude, for the whole service', () => {
  const gaps: ObservationGap[] = [
    // 6 h without data on the 10th.
    { start: '2026-04-10T00:00:00Z', end: '2026-04-10T06:00:00Z', countedAs: 'exclude' },
    // From 22:00 on 31 March: only its last hour is in April.
    { element: 'web', start: '2026-03-31T22:00:00Z', end: '2026-04-01T01:00:00Z', countedAs: 'exclude' },
    // Counted as up: listed, measured as it is.
    { element: 'web', start: '2026-04-20T00:00:00Z', end: '2026-04-20T05:00:00Z', countedAs: 'up' },
  ]
  const incidents: IncidentInput[] = [
    // 04:00–08:00: its 04:00–06:00 is inside the gap, 06:00–08:00 counts.
    { id: 'half', start: '2026-04-10T04:00:00Z', end: '2026-04-10T08:00:00Z', elements: ['web'] },
    // Wholly inside the gap: nothing of it is measured.
    { id: 'unseen', start: '2026-04-10T01:00:00Z', end: '2026-04-10T02:00:00Z', elements: ['db'] },
    // Inside the gap counted as up: counts whole, 1 h.
    { id: 'up', start: '2026-04-20T01:00:00Z', end: '2026-04-20T02:00:00Z', elements: ['web'] },
  ]

  it('measures 720 h less the 7 h without data, and says so in a step of its own', () => {
    const r = measureAvailability({ commitment: base, period: april, incidents, gaps })
    // Every gap concerns the whole service: 6 h + 1 h (the part in April) = 7 h; 720 h − 7 h = 713 h.
    expect([r.periodMs, r.unobservedMs, r.measuredMs, r.excludedMs]).toEqual([720 * H, 7 * H, 713 * H, 0])
    // 2 h of "half" + 1 h of "up" = 3 h down.
    expect(r.downtimeMs).toBe(3 * H)
    // Without a measurement window, no window figures: the gaps do not make one.
    expect(r.window).toBeUndefined()
    expect(r.contributions.map((c) => [c.id, c.status, c.countedMs])).toEqual([
      ['half', 'counted', 2 * H],
      ['unseen', 'empty', 0],
      ['up', 'counted', H],
    ])
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(3 * H), counted: [{ index: 0, id: 'half' }, { index: 2, id: 'up' }], notCounted: [{ index: 1, id: 'unseen' }], weights: WEIGHTS },
      { kind: 'unobserved', unobservedMs: 7 * H },
      // 100 × (713 − 3) / 713
      { kind: 'formula', measuredMs: 713 * H, downtime: new Decimal(3 * H), exactAvailability: new Decimal(100).times(710).div(713) },
    ])
    // 713 h = 2,566,800,000 ms; 100 × 710 / 713 = 99.57924263674…
    expect(r.explanation).toEqual([
      'Period 2026-04 (UTC): 2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of the service: 3 h (10,800,000 ms) from 2 incidents, 1 other not counted (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Without monitoring data: 7 h (25,200,000 ms), removed from the period.',
      'Availability = (2,566,800,000 − 10,800,000) / 2,566,800,000 × 100 = 99.5792426367 %.',
    ])
  })

  it('reads as without gaps when none is counted as exclude', () => {
    const up = gaps.map((g) => ({ ...g, countedAs: 'up' as const }))
    const r = measureAvailability({ commitment: base, period: april, incidents, gaps: up })
    expect('unobservedMs' in r).toBe(false)
    // 4 h of "half" + 1 h of "unseen" + 1 h of "up" = 6 h over 720 h: 100 × 714 / 720.
    expect([r.measuredMs, r.downtimeMs]).toEqual([720 * H, 6 * H])
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(6 * H), counted: [{ index: 0, id: 'half' }, { index: 1, id: 'unseen' }, { index: 2, id: 'up' }], notCounted: [], weights: WEIGHTS },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(6 * H), exactAvailability: new Decimal(100).times(714).div(720) },
    ])
  })
})

describe('gaps of one element', () => {
  const gaps: ObservationGap[] = [
    { element: 'b', start: '2026-04-05T00:00:00Z', end: '2026-04-05T10:00:00Z', countedAs: 'exclude' },
    // Naming no element: every element's.
    { start: '2026-04-06T00:00:00Z', end: '2026-04-06T01:00:00Z', countedAs: 'exclude' },
  ]
  const only: ObservationGap[] = [gaps[0]!]
  const incidents: IncidentInput[] = [
    // On both, 08:00–12:00: 4 h; for b, its 08:00–10:00 is inside b's gap.
    { id: 'both', start: '2026-04-05T08:00:00Z', end: '2026-04-05T12:00:00Z', elements: ['a', 'b'] },
    // On a alone: 3 h, nothing of b's.
    { id: 'a-only', start: '2026-04-07T00:00:00Z', end: '2026-04-07T03:00:00Z', elements: ['a'] },
  ]

  it('takes out of an element its own gaps and those naming none, not another element’s', () => {
    const a = measureAvailability({ commitment: base, period: april, element: 'a', incidents, gaps })
    // a: only the 1 h gap naming no element; 720 h − 1 h = 719 h; "both" counts its 4 h, "a-only" 3 h.
    expect([a.unobservedMs, a.measuredMs, a.downtimeMs]).toEqual([H, 719 * H, 7 * H])
    const b = measureAvailability({ commitment: base, period: april, element: 'b', incidents, gaps })
    // b: 10 h + 1 h = 11 h; 709 h measured; "both" counts 10:00–12:00 only, 2 h; "a-only" is not b's.
    expect([b.unobservedMs, b.measuredMs, b.downtimeMs]).toEqual([11 * H, 709 * H, 2 * H])
  })

  it('leaves an element no gap concerns as it was, with no unobserved step', () => {
    const a = measureAvailability({ commitment: base, period: april, element: 'a', incidents, gaps: only })
    expect('unobservedMs' in a).toBe(false)
    // 4 h + 3 h = 7 h over 720 h: 100 × 713 / 720.
    expect(a.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: 'a', downtime: new Decimal(7 * H), counted: [{ index: 0, id: 'both' }, { index: 1, id: 'a-only' }], notCounted: [], weights: WEIGHTS },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(7 * H), exactAvailability: new Decimal(100).times(713).div(720) },
    ])
  })

  it('gives each element of a statement its own measured time', () => {
    const s = monthlyStatement({ commitment: base, month: '2026-04', incidents, gaps: only, elements: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] })
    const [a, b, c] = s.elements.map((e) => e.availability)
    // a and c: no gap, 720 h; a has "both" and "a-only" (4 h + 3 h), c nothing. b: 720 h − 10 h = 710 h, "both" 2 h.
    expect([a!.unobservedMs, a!.measuredMs, a!.downtimeMs]).toEqual([undefined, 720 * H, 7 * H])
    expect([b!.unobservedMs, b!.measuredMs, b!.downtimeMs]).toEqual([10 * H, 710 * H, 2 * H])
    expect([c!.unobservedMs, c!.measuredMs, c!.downtimeMs]).toEqual([undefined, 720 * H, 0])
    expect(b!.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: 'b', downtime: new Decimal(2 * H), counted: [{ index: 0, id: 'both' }], notCounted: [], weights: WEIGHTS },
      { kind: 'unobserved', unobservedMs: 10 * H },
      // 100 × (710 − 2) / 710
      { kind: 'formula', measuredMs: 710 * H, downtime: new Decimal(2 * H), exactAvailability: new Decimal(100).times(708).div(710) },
    ])
  })
})

describe('gaps inside a measurement window', () => {
  const commitment: CommitmentInput = {
    timeZone: 'UTC',
    measurement: { window: { hours: { timeZone: 'UTC', hours: { mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00' } } } },
    credit: { type: 'pro-rata' },
  }

  it('counts as unobserved only the gap’s part in service hours, and shows the window as the commitment has it', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      // Tuesday 14 April 18:00–22:00: 18:00–20:00 is in service hours, 2 h.
      gaps: [{ start: '2026-04-14T18:00:00Z', end: '2026-04-14T22:00:00Z', countedAs: 'exclude' }],
      incidents: [
        // Inside the gap's service hours: nothing measured.
        { id: 'dark', start: '2026-04-14T18:30:00Z', end: '2026-04-14T19:30:00Z' },
        // Wednesday 15 April 10:00–11:00: 1 h.
        { id: 'seen', start: '2026-04-15T10:00:00Z', end: '2026-04-15T11:00:00Z' },
      ],
    })
    // April 2026: 22 weekdays × 12 h = 264 h of service hours; less the gap's 2 h: 262 h measured.
    expect(r.window).toEqual({ serviceMs: 264 * H, scheduledMaintenanceMs: 0, windowMs: 264 * H })
    expect([r.unobservedMs, r.measuredMs, r.downtimeMs]).toEqual([2 * H, 262 * H, H])
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'window', hours: 'Mon-Fri 08:00-20:00, UTC', maintenance: [], serviceMs: 264 * H, scheduledMaintenanceMs: 0, windowMs: 264 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(H), counted: [{ index: 1, id: 'seen' }], notCounted: [{ index: 0, id: 'dark' }], weights: WEIGHTS },
      { kind: 'unobserved', unobservedMs: 2 * H },
      { kind: 'split', scheduledMs: 0, maintenanceIncidentsMs: 0, plannedMs: 0, unplannedMs: H, totalMs: H },
      // 100 × (262 − 1) / 262
      { kind: 'formula', measuredMs: 262 * H, downtime: new Decimal(H), exactAvailability: new Decimal(100).times(261).div(262) },
    ])
  })
})
