import { describe, expect, it } from 'vitest'
import { atRiskList } from '../../src/index.js'
import { renderAtRisk } from '../../src/report/index.js'
import type { IncidentInput } from '../../src/index.js'
import type { AtRiskJson } from '../../src/report/index.js'

const H = 3_600_000
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const commitment = { timeZone: 'Europe/Paris', gti: { within: 'PT4H', calendar: office, pauseOn: ['waiting-customer'] } } as const
const incidents: IncidentInput[] = [
  // due Wed 14:00, nothing by 17:00: 3 h late, 7 h used of 4 → 175 %
  { id: 'A', start: '2026-05-13T10:00:00+02:00', reportedAt: '2026-05-13T10:00:00+02:00', priority: 'P2' },
  // due Fri 11:00 (Thursday is Ascension): 1 h used, 1 h Wednesday + 2 h Friday left → 25 %
  { id: 'B', start: '2026-05-13T16:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00' },
  // waiting on the client since 15:30, still: 30 min used, deadline Fri 10:00 + 1 h 30 paused = Fri 11:30,
  // 1 h Wednesday + 2 h 30 Friday left → 0.5 / 4 = 12.5 %
  { id: 'C', start: '2026-05-13T15:00:00+02:00', reportedAt: '2026-05-13T15:00:00+02:00', statusHistory: [{ at: '2026-05-13T15:30:00+02:00', status: 'waiting-customer' }] },
  // done: not at risk
  { id: 'D', start: '2026-05-13T09:00:00+02:00', reportedAt: '2026-05-13T09:00:00+02:00', interventionAt: '2026-05-13T09:30:00+02:00' },
]
const escalations = [
  { level: 'lead', before: 'PT1H' },
  { level: 'manager', after: 'PT2H' },
]

describe('atRiskList', () => {
  it('lists the open ones most urgent first, with the share used, the time left and the escalations', () => {
    const list = atRiskList({ commitment, incidents, asOf: '2026-05-13T17:00:00+02:00', escalations })
    expect(
      list.entries.map((e) => [e.id, e.status, e.elapsedPercent?.toString(), e.leftBusinessMs, e.deadline.toISOString(), e.escalations.map((x) => [x.level, x.at.toISOString(), x.fired])]),
    ).toEqual([
      ['A', 'breached', '175', -3 * H, '2026-05-13T12:00:00.000Z', [['lead', '2026-05-13T11:00:00.000Z', true], ['manager', '2026-05-13T14:00:00.000Z', true]]],
      ['B', 'pending', '25', 3 * H, '2026-05-15T09:00:00.000Z', [['lead', '2026-05-15T08:00:00.000Z', false], ['manager', '2026-05-15T11:00:00.000Z', false]]],
      ['C', 'pending', '12.5', 3.5 * H, '2026-05-15T09:30:00.000Z', [['lead', '2026-05-15T08:30:00.000Z', false], ['manager', '2026-05-15T11:30:00.000Z', false]]],
    ])
    expect(list.entries[0]!.priority).toBe('P2')
  })

  it('needs asOf, and refuses a level with both offsets', () => {
    expect(() => atRiskList({ commitment, incidents } as never)).toThrow(/asOf: is required/)
    expect(() => atRiskList({ commitment, incidents, asOf: '2026-05-13T17:00:00Z', escalations: [{ level: 'x', before: 'PT1H', after: 'PT1H' }] })).toThrow(/escalations\[0\]\.after: cannot be given with before/)
  })

  it('renders the list in French and as JSON', () => {
    const list = atRiskList({ commitment, incidents, asOf: '2026-05-13T17:00:00+02:00', escalations })
    const text = renderAtRisk(list, { format: 'markdown', lang: 'fr', timeZone: 'Europe/Paris' })
    expect(text).toContain('| A | GTI | P2 | 175\u00a0% | 3\u00a0h de retard | 13/05/2026 14:00 | lead 13/05/2026 13:00 (déclenchée), manager 13/05/2026 16:00 (déclenchée) |')
    const doc = JSON.parse(renderAtRisk(list, { format: 'json' })) as AtRiskJson
    expect(doc.entries.map((e) => [e.id, e.elapsedPercent, e.leftBusinessMs])).toEqual([
      ['A', '175', -3 * H],
      ['B', '25', 3 * H],
      ['C', '12.5', 3.5 * H],
    ])
  })
})
