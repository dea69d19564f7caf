import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { guaranteeCompliance } from '../../src/index.js'
import type { IncidentInput } from '../../src/index.js'

const H = 3_600_000
const commitment = { timeZone: 'Europe/Paris', gti: { within: 'PT2H', penalty: { perBreach: '5' } } } as const
const clients = [
  { id: 'mail', name: 'Alice' },
  { id: 'web', name: 'Bob' },
]

describe('guaranteeCompliance', () => {
  it('groups by month in the zone, priority and client, with margins and penalties', () => {
    const c = guaranteeCompliance({
      commitment,
      clients,
      asOf: '2026-05-12T11:00:00Z',
      incidents: [
        // 23:30Z on 30 April is 1 May 01:30 in Paris; done after 1 h: met, 1 h ahead
        { start: '2026-04-30T23:30:00Z', end: '2026-05-01T02:00:00Z', reportedAt: '2026-04-30T23:30:00Z', interventionAt: '2026-05-01T00:30:00Z', priority: 'P1', elements: ['mail'] },
        // done after 3 h: 1 h late, 5 %
        { start: '2026-05-10T10:00:00Z', end: '2026-05-10T14:00:00Z', reportedAt: '2026-05-10T10:00:00Z', interventionAt: '2026-05-10T13:00:00Z', priority: 'P1', elements: ['mail'] },
        // done after 30 min: 1 h 30 ahead
        { start: '2026-05-11T10:00:00Z', end: '2026-05-11T14:00:00Z', reportedAt: '2026-05-11T10:00:00Z', interventionAt: '2026-05-11T10:30:00Z', priority: 'P1', elements: ['mail'] },
        // open at asOf, 1 h in: pending
        { start: '2026-05-12T10:00:00Z', reportedAt: '2026-05-12T10:00:00Z', priority: 'P2', elements: ['web'] },
        // maintenance is excluded: not applicable, counted in April by its start
        { start: '2026-04-15T10:00:00Z', end: '2026-04-15T11:00:00Z', reportedAt: '2026-04-15T10:00:00Z', cause: 'maintenance' },
      ],
    })
    const none = { met: 0, breached: 0, pending: 0, notEvaluable: 0, notApplicable: 0, withinPercent: null, marginBusiness: null, marginWall: null }
    expect(c.rows.map((r) => ({ ...r, withinPercent: r.withinPercent?.toFixed(4) ?? null, penaltyPercent: r.penaltyPercent.toString() }))).toEqual([
      { ...none, kind: 'gti', month: '2026-04', priority: null, client: null, incidents: 1, notApplicable: 1, penaltyPercent: '0' },
      {
        ...none,
        kind: 'gti',
        month: '2026-05',
        priority: 'P1',
        client: 'Alice',
        incidents: 3,
        met: 2,
        breached: 1,
        // 2 of 3
        withinPercent: '66.6667',
        // margins −1 h, +1 h, +1 h 30: mean (−1 + 1 + 1.5) / 3 = 0.5 h; 90 % reached at least the lowest of 3
        marginBusiness: { mean: 0.5 * H, p90: -H, worst: -H },
        marginWall: { mean: 0.5 * H, p90: -H, worst: -H },
        penaltyPercent: '5',
      },
      { ...none, kind: 'gti', month: '2026-05', priority: 'P2', client: 'Bob', incidents: 1, pending: 1, penaltyPercent: '0' },
    ])
    expect(c.totals.map((r) => [r.incidents, r.met, r.breached, r.pending, r.notApplicable, r.withinPercent?.toFixed(4)])).toEqual([[5, 2, 1, 1, 1, '66.6667']])
    expect([c.timeZone, c.incidents]).toEqual(['Europe/Paris', 5])
  })

  it('the 90th percentile is the margin nine in ten reached', () => {
    // ten incidents done after 0, 10, …, 90 min on PT2H: margins 120, 110, …, 30 min; sorted, the second lowest is 40 min
    const incidents: IncidentInput[] = Array.from({ length: 10 }, (_, k) => ({
      start: Date.UTC(2026, 5, 1 + k, 10),
      end: Date.UTC(2026, 5, 1 + k, 12),
      reportedAt: Date.UTC(2026, 5, 1 + k, 10),
      interventionAt: Date.UTC(2026, 5, 1 + k, 10) + k * 10 * 60_000,
    }))
    const [total] = guaranteeCompliance({ commitment, incidents }).totals
    expect(total!.marginWall).toEqual({ mean: 75 * 60_000, p90: 40 * 60_000, worst: 30 * 60_000 })
  })

  it('refuses a bad client list', () => {
    expect(() => guaranteeCompliance({ commitment, incidents: [], clients: [{ name: 'x' }] as never })).toThrow(/clients\[0\]: must be \{ id, name\?/)
  })

  it('counts add up to the incidents, in every row and overall', () => {
    const arbIncident = fc.record({
      day: fc.integer({ min: 0, max: 120 }),
      doneAfter: fc.option(fc.integer({ min: 0, max: 6 * 60 }), { nil: undefined }),
      priority: fc.constantFrom('P1', 'P2', undefined),
      element: fc.constantFrom('mail', 'web', 'other', undefined),
      cause: fc.constantFrom('unplanned', 'maintenance'),
    })
    fc.assert(
      fc.property(fc.array(arbIncident, { maxLength: 30 }), (list) => {
        const asOf = Date.UTC(2026, 9, 1)
        const incidents: IncidentInput[] = list.map((x) => {
          const start = Date.UTC(2026, 4, 1) + x.day * 86_400_000
          return {
            start,
            ...(x.doneAfter !== undefined && { end: start + 7 * H, interventionAt: start + x.doneAfter * 60_000 }),
            reportedAt: start,
            cause: x.cause,
            ...(x.priority && { priority: x.priority }),
            ...(x.element && { elements: [x.element] }),
          }
        })
        const c = guaranteeCompliance({ commitment, incidents, clients, asOf })
        for (const r of [...c.rows, ...c.totals]) expect(r.met + r.breached + r.pending + r.notEvaluable + r.notApplicable).toBe(r.incidents)
        expect(c.rows.reduce((n, r) => n + r.incidents, 0)).toBe(incidents.length)
        expect(c.totals[0]?.incidents ?? 0).toBe(incidents.length)
      }),
      { numRuns: 60 },
    )
  })
})
