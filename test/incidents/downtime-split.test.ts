import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, measureAvailability, monthlyStatement, monthPeriod } from '../../src/index.js'
import type { AvailabilityStep, CommitmentInput } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import { commitmentArb, incidentsArb, MARCH_2026_PARIS, RUNS } from '../properties/arbitraries.js'

const H = 3_600_000
const M = 60_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 720 h

// Maintenance on the first Sunday of the month, 02:00–04:00 Paris: 5 April 2026, 00:00Z–02:00Z.
const firstSunday: CommitmentInput = {
  timeZone: 'Europe/Paris',
  measurement: { window: { maintenance: [{ every: 'month', on: 'sun', nth: 1, hours: '02:00-04:00' }] } },
  credit: { type: 'pro-rata' },
}
const incidents = [
  // Planned maintenance announced as an incident, excluded by cause: 1 h.
  { id: 'upgrade', start: '2026-04-15T20:00:00Z', end: '2026-04-15T21:00:00Z', cause: 'maintenance' as const },
  // An outage: 30 min counted.
  { id: 'outage', start: '2026-04-20T10:00:00Z', end: '2026-04-20T10:30:00Z' },
]

describe('planned and unplanned downtime', () => {
  it('adds the scheduled window to the maintenance incidents, apart from the outage', () => {
    const r = measureAvailability({ commitment: firstSunday, period: april, incidents })
    // planned = 2 h scheduled + 1 h maintenance incident = 3 h; unplanned = 30 min; total = 3 h 30.
    expect(r.split).toEqual({ scheduledMs: 2 * H, maintenanceIncidentsMs: 1 * H, plannedMs: 3 * H, unplannedMs: 30 * M, totalMs: 3 * H + 30 * M })
    expect(r.steps.find((s) => s.kind === 'split')).toEqual({ kind: 'split', ...r.split })
    // Not enumerable: the report's JSON keeps the keys it had.
    expect(Object.keys(r)).not.toContain('split')
  })

  it('counts a maintenance incident inside the scheduled window once, as scheduled', () => {
    const r = measureAvailability({
      commitment: firstSunday,
      period: april,
      // 5 April 00:30Z–01:30Z lies inside the 00:00Z–02:00Z window: the schedule already took it.
      incidents: [{ start: '2026-04-05T00:30:00Z', end: '2026-04-05T01:30:00Z', cause: 'maintenance' as const }],
    })
    expect(r.split).toEqual({ scheduledMs: 2 * H, maintenanceIncidentsMs: 0, plannedMs: 2 * H, unplannedMs: 0, totalMs: 2 * H })
  })

  it('keeps a counted maintenance incident planned, and a degraded hour an hour of unplanned disruption', () => {
    const r = measureAvailability({
      commitment: { timeZone: 'Europe/Paris', measurement: { excludedCauses: [], weights: { degraded: '0.5' } }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        { start: '2026-04-15T20:00:00Z', end: '2026-04-15T21:00:00Z', cause: 'maintenance' as const },
        { start: '2026-04-20T10:00:00Z', end: '2026-04-20T12:00:00Z', impact: 'degraded' as const },
      ],
    })
    // planned 1 h (counted, not excluded); unplanned 2 h wall-clock although it weighs 1 h of downtime.
    expect(r.split).toEqual({ scheduledMs: 0, maintenanceIncidentsMs: 1 * H, plannedMs: 1 * H, unplannedMs: 2 * H, totalMs: 3 * H })
    expect(r.downtimeMs).toBe(3 * H - 1 * H) // 1 h maintenance + 2 h × 0.5
  })

  it('leaves a report without window nor maintenance as it was: no split step', () => {
    const r = measureAvailability({ commitment: { timeZone: 'Europe/Paris', credit: { type: 'pro-rata' } }, period: april, incidents: [incidents[1]!] })
    expect(r.split).toEqual({ scheduledMs: 0, maintenanceIncidentsMs: 0, plannedMs: 0, unplannedMs: 30 * M, totalMs: 30 * M })
    // Period, downtime, formula: no split step between them. 100 × (720 h − 30 min) / 720 h = 100 × 1,439 / 1,440.
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'Europe/Paris', start: Date.parse('2026-03-31T22:00:00Z'), end: Date.parse('2026-04-30T22:00:00Z'), durationMs: 720 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(30 * M), counted: [{ index: 0, id: 'outage' }], notCounted: [], weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) } },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(30 * M), exactAvailability: new Decimal(100).times(1439).div(1440) },
    ])
    const statement = monthlyStatement({ commitment: { timeZone: 'Europe/Paris', credit: { type: 'pro-rata' } }, period: april, incidents: [incidents[1]!], elements: [{ id: 'vm', fee: { amount: '10', currency: 'EUR' } }] })
    expect(JSON.parse(renderStatement(statement, { format: 'json', lang: 'en' })).elements[0].availability).not.toHaveProperty('split')
  })

  it('is printed in the statement, in English and in French, in every format', () => {
    const statement = monthlyStatement({ commitment: firstSunday, period: april, incidents, elements: [{ id: 'vm', fee: { amount: '10', currency: 'EUR' } }] })
    // Durations are written with no-break spaces: read them as plain spaces.
    const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')
    const en = spaced(renderStatement(statement, { format: 'text', lang: 'en' }))
    expect(en).toContain('Planned downtime: 3 h (scheduled maintenance 2 h, maintenance incidents 1 h); unplanned: 30 min; total: 3 h 30 min.')
    const fr = spaced(renderStatement(statement, { format: 'text', lang: 'fr' }))
    expect(fr).toContain('Indisponibilité planifiée : 3 h (maintenance programmée 2 h, incidents de maintenance 1 h) ; imprévue : 30 min ; total : 3 h 30 min.')
    for (const format of ['markdown', 'html'] as const) expect(renderStatement(statement, { format, lang: 'en' })).toContain('Planned downtime')
    const json = JSON.parse(renderStatement(statement, { format: 'json', lang: 'en' })) as { elements: { availability: { split?: unknown } }[] }
    expect(json.elements[0]!.availability.split).toEqual({
      scheduledMs: 2 * H,
      maintenanceIncidentsMs: 1 * H,
      plannedMs: 3 * H,
      unplannedMs: 30 * M,
      totalMs: 3 * H + 30 * M,
    })
  })
})

describe('properties of the split', () => {
  it('adds up, counts overlaps once, and holds at least the weighted downtime', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(MARCH_2026_PARIS.start.getTime(), MARCH_2026_PARIS.end.getTime()), fc.boolean(), (commitment, list, windowed) => {
        const window = { maintenance: [{ every: 'week' as const, on: 'sun' as const, hours: '02:00-04:00' }] }
        const c = windowed ? { ...commitment, measurement: { ...commitment.measurement, window } } : commitment
        const r = measureAvailability({ commitment: c, period: MARCH_2026_PARIS, incidents: list })
        const s = r.split
        expect(s.totalMs).toBe(s.plannedMs + s.unplannedMs)
        expect(s.plannedMs).toBe(s.scheduledMs + s.maintenanceIncidentsMs)
        // Incident time, planned or not, lies in the measured time at most once.
        expect(s.maintenanceIncidentsMs + s.unplannedMs).toBeLessThanOrEqual(r.window?.windowMs ?? r.periodMs)
        // Weights are at most 1: the weighted downtime never exceeds the wall-clock time counted.
        expect(r.downtimeMs).toBeLessThanOrEqual(s.unplannedMs + s.maintenanceIncidentsMs + 1e-6)
      }),
      { numRuns: RUNS },
    )
  })
})
