/**
 * A statement given no `asOf` measures an incident still open up to the end of its period, and says it is
 * not final; a log with no open incident reads as if no instant had been given.
 */
import { describe, expect, it } from 'vitest'
import { Decimal, monthlyStatement } from '../../src/index.js'
import type { AvailabilityStep, IncidentInput } from '../../src/index.js'

const H = 3_600_000
const APRIL = Date.parse('2026-04-01T00:00:00Z')
const MAY = Date.parse('2026-05-01T00:00:00Z')
const commitment = { timeZone: 'UTC', credit: { type: 'pro-rata' as const } }
const WEIGHTS = { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) }

describe('a statement without asOf', () => {
  it('measures an open incident, listed after a closed one, up to the period’s end', () => {
    const incidents: IncidentInput[] = [
      { id: 'closed', start: '2026-04-02T10:00:00Z', end: '2026-04-02T11:00:00Z', elements: ['web'] },
      // Open since 20:00 on the 30th: 4 h to the end of April.
      { id: 'still', start: '2026-04-30T20:00:00Z', elements: ['web'] },
    ]
    const r = monthlyStatement({ commitment, month: '2026-04', incidents, elements: [{ id: 'web' }] }).elements[0]!.availability
    // 1 h + 4 h = 5 h over 720 h: 100 × 715 / 720.
    expect([r.open, r.asOf, r.downtimeMs]).toEqual([true, new Date(MAY), 5 * H])
    expect(r.contributions.map((c) => [c.id, c.open, c.end.toISOString()])).toEqual([
      ['closed', false, '2026-04-02T11:00:00.000Z'],
      ['still', true, '2026-05-01T00:00:00.000Z'],
    ])
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: 'web', downtime: new Decimal(5 * H), counted: [{ index: 0, id: 'closed' }, { index: 1, id: 'still' }], notCounted: [], weights: WEIGHTS },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(5 * H), exactAvailability: new Decimal(100).times(715).div(720) },
      { kind: 'open', asOf: MAY },
    ])
  })

  it('gives no asOf to a report whose log holds no open incident', () => {
    const r = monthlyStatement({
      commitment,
      month: '2026-04',
      incidents: [{ id: 'closed', start: '2026-04-02T10:00:00Z', end: '2026-04-02T11:00:00Z', elements: ['web'] }],
      elements: [{ id: 'web' }],
    }).elements[0]!.availability
    expect([r.open, 'asOf' in r, r.downtimeMs]).toEqual([false, false, H])
  })
})
