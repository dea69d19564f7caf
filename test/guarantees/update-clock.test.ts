import { describe, expect, it } from 'vitest'
import { InputError, updateClock } from '../../src/index.js'

const office = { timeZone: 'UTC', hours: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00' } }

describe('updateClock', () => {
  it('finds the longest stretch without an update, in covered time', () => {
    const r = updateClock({
      within: 'PT4H',
      calendar: office,
      asOf: '2026-05-18T12:00:00Z',
      incidents: [
        // Fri 15 May 2026 reported 16:00; update Mon 18 10:00: 1 h Friday + 1 h Monday = 2 h covered; restored 13:00: 3 h → met, 1 h to spare
        { id: 'weekend', start: '2026-05-15T16:00:00Z', end: '2026-05-18T13:00:00Z', reportedAt: '2026-05-15T16:00:00Z', statusHistory: [{ at: '2026-05-18T10:00:00Z', status: 'in-progress' }] },
        // Wed 13 May 09:00 → 11:00 (2 h) → 16:00 (5 h) → restored 17:00 (1 h): breached by 1 h
        {
          id: 'silent',
          start: '2026-05-13T09:00:00Z',
          end: '2026-05-13T17:00:00Z',
          statusHistory: [
            { at: '2026-05-13T11:00:00Z', status: 'in-progress' },
            { at: '2026-05-13T16:00:00Z', status: 'waiting-customer' },
          ],
        },
        // Open since Mon 18 09:00, no update by asOf 12:00: 3 h so far → pending
        { id: 'open', start: '2026-05-18T09:00:00Z', reportedAt: '2026-05-18T09:00:00Z' },
      ],
    })
    expect(r.incidents.map((x) => [x.id, x.status, x.longestBusinessMs / 3_600_000, x.longestFrom.toISOString(), x.longestTo.toISOString(), x.marginBusinessMs / 3_600_000])).toEqual([
      ['weekend', 'met', 3, '2026-05-18T10:00:00.000Z', '2026-05-18T13:00:00.000Z', 1],
      ['silent', 'breached', 5, '2026-05-13T11:00:00.000Z', '2026-05-13T16:00:00.000Z', -1],
      ['open', 'pending', 3, '2026-05-18T09:00:00.000Z', '2026-05-18T12:00:00.000Z', 1],
    ])
    // 1 met, 1 breached, 1 pending: 50 % met among the decided.
    expect([r.met, r.breached, r.pending, r.withinPercent?.toString()]).toEqual([1, 1, 1, '50'])
  })

  it('refuses a missing target', () => {
    expect(() => updateClock({ incidents: [], within: undefined as never })).toThrow(InputError)
  })
})
