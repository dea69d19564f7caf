/**
 * The update clock as a user reads it: which stretch is the longest when two are as long, what an incident
 * with no stretch or no covered time shows, which updates count (its own, before its restoration), where the
 * clock starts, the counts and the share met, and what a bad option is refused with.
 */
import { describe, expect, it } from 'vitest'
import { InputError, updateClock } from '../../src/index.js'
import type { IncidentInput } from '../../src/index.js'

const H = 3_600_000
// Monday to Friday 09:00–17:00 UTC: 13 May 2026 is a Wednesday, 16 May a Saturday.
const office = { timeZone: 'UTC', hours: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00' } }

function rows(incidents: IncidentInput[], within = 'PT4H', extra: { asOf?: string; calendar?: unknown } = { calendar: office }) {
  const r = updateClock({ within, incidents, ...extra })
  return r.incidents.map((x) => [x.status, x.longestBusinessMs / H, x.longestFrom.toISOString().slice(0, 16), x.longestTo.toISOString().slice(0, 16), x.marginBusinessMs / H])
}

describe('the longest stretch without an update', () => {
  it('of two stretches as long, the first is given', () => {
    // Wed 13 May: reported 09:00, update 11:00, restored 13:00: 2 h and 2 h → the first, 09:00–11:00, 2 h to spare.
    expect(rows([{ start: '2026-05-13T09:00:00Z', end: '2026-05-13T13:00:00Z', reportedAt: '2026-05-13T09:00:00Z', statusHistory: [{ at: '2026-05-13T11:00:00Z', status: 'in-progress' }] }])).toEqual([
      ['met', 2, '2026-05-13T09:00', '2026-05-13T11:00', 2],
    ])
  })

  it('an incident opened and restored on a Saturday went no covered time without news, over the whole of it', () => {
    // Sat 16 May 10:00 → 14:00, the office closed: 0 h covered, and the stretch is 10:00–14:00, 4 h to spare.
    // The status it was opened with, at the report itself, is no stretch.
    expect(rows([{ start: '2026-05-16T10:00:00Z', end: '2026-05-16T14:00:00Z', reportedAt: '2026-05-16T10:00:00Z', statusHistory: [{ at: '2026-05-16T10:00:00Z', status: 'new' }] }])).toEqual([
      ['met', 0, '2026-05-16T10:00', '2026-05-16T14:00', 4],
    ])
  })

  it('an incident restored when it was reported has no stretch: 0, met', () => {
    // Started 09:00, reported and restored 10:00: the clock runs from 10:00 to 10:00.
    expect(rows([{ start: '2026-05-13T09:00:00Z', end: '2026-05-13T10:00:00Z', reportedAt: '2026-05-13T10:00:00Z' }])).toEqual([['met', 0, '2026-05-13T10:00', '2026-05-13T10:00', 4]])
  })

  it('an update recorded before the report does not start the clock earlier', () => {
    // Started 08:00 with a status then; reported 10:00; update 11:00; restored 12:00: 10–11 and 11–12, 1 h each
    // → 10:00–11:00. Counting from the 08:00 status would give 08:00–11:00, 2 h.
    expect(rows([{ start: '2026-05-13T08:00:00Z', end: '2026-05-13T12:00:00Z', reportedAt: '2026-05-13T10:00:00Z', statusHistory: [{ at: '2026-05-13T08:00:00Z', status: 'new' }, { at: '2026-05-13T11:00:00Z', status: 'in-progress' }] }])).toEqual([
      ['met', 1, '2026-05-13T10:00', '2026-05-13T11:00', 3],
    ])
  })

  it("counts an incident's own updates only, and none after its restoration", () => {
    const incidents: IncidentInput[] = [
      // A: reported 09:00, restored 12:00, no update meanwhile: 3 h, 1 h to spare (B's update at 10:00 is not A's).
      { id: 'A', start: '2026-05-13T09:00:00Z', end: '2026-05-13T12:00:00Z', reportedAt: '2026-05-13T09:00:00Z', statusHistory: [{ at: '2026-05-13T09:00:00Z', status: 'new' }] },
      // B: reported 09:30, update 10:00, restored 12:00, closed 16:00 after it: 09:30–10:00 and 10:00–12:00 → 2 h.
      {
        id: 'B',
        start: '2026-05-13T09:30:00Z',
        end: '2026-05-13T12:00:00Z',
        reportedAt: '2026-05-13T09:30:00Z',
        statusHistory: [
          { at: '2026-05-13T10:00:00Z', status: 'in-progress' },
          { at: '2026-05-13T16:00:00Z', status: 'closed' },
        ],
      },
    ]
    expect(rows(incidents)).toEqual([
      ['met', 3, '2026-05-13T09:00', '2026-05-13T12:00', 1],
      ['met', 2, '2026-05-13T10:00', '2026-05-13T12:00', 2],
    ])
  })

  it('a log with no status history at all: each stretch runs from the report to the restoration', () => {
    // 24/7 by default, no asOf needed when every incident is restored: 10:00 → 15:00 is 5 h, 1 h over PT4H.
    const r = updateClock({ within: 'PT4H', incidents: [{ start: '2026-05-13T10:00:00Z', end: '2026-05-13T15:00:00Z', reportedAt: '2026-05-13T10:00:00Z' }] })
    expect(r.incidents.map((x) => [x.status, x.longestBusinessMs / H, x.marginBusinessMs / H])).toEqual([['breached', 5, -1]])
    // without an id the outcome has none
    expect(Object.keys(r.incidents[0]!)).not.toContain('id')
  })
})

describe('where the update clock starts', () => {
  it('at the report, else the detection, else the start', () => {
    // Wed 13 May, restored 15:00 with no update: from detection 11:00 → 4 h (met, 0 to spare); from the start
    // 09:00 → 6 h (breached by 2 h).
    expect(
      rows([
        { start: '2026-05-13T09:00:00Z', end: '2026-05-13T15:00:00Z', detectedAt: '2026-05-13T11:00:00Z' },
        { start: '2026-05-13T09:00:00Z', end: '2026-05-13T15:00:00Z' },
      ]),
    ).toEqual([
      ['met', 4, '2026-05-13T11:00', '2026-05-13T15:00', 0],
      ['breached', 6, '2026-05-13T09:00', '2026-05-13T15:00', -2],
    ])
  })
})

describe('counts and share', () => {
  it('two breached and one met: a third within; with none decided, no share', () => {
    // 24/7, PT1H: 09:00–11:00 (2 h, breached), 09:00–12:00 (3 h, breached), 09:00–09:30 (met) → 1 / 3 = 33.33…%.
    const r = updateClock({
      within: 'PT1H',
      incidents: [
        { start: '2026-05-13T09:00:00Z', end: '2026-05-13T11:00:00Z' },
        { start: '2026-05-13T09:00:00Z', end: '2026-05-13T12:00:00Z' },
        { start: '2026-05-13T09:00:00Z', end: '2026-05-13T09:30:00Z' },
      ],
    })
    expect([r.met, r.breached, r.pending, r.withinPercent?.toFixed(4)]).toEqual([1, 2, 0, '33.3333'])
    // Open at asOf 09:30 after 30 min: pending, and 0 decided gives no share rather than a division by zero.
    const open = updateClock({ within: 'PT1H', asOf: '2026-05-13T09:30:00Z', incidents: [{ start: '2026-05-13T09:00:00Z' }] })
    expect([open.met, open.breached, open.pending, open.withinPercent]).toEqual([0, 0, 1, null])
  })
})

describe('refusals', () => {
  it('lists every bad option with its path, under the update clock', () => {
    let error: unknown
    try {
      updateClock({ within: 'soon', calendar: 5, asOf: 'yesterday', incidents: 'none' as never })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues.map((i) => i.path)).toEqual(['asOf', 'within', 'calendar', 'incidents'])
    expect((error as InputError).message.split('\n')[0]).toBe('Cannot run the update clock:')
  })
})
