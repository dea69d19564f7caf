/**
 * The update clock pauses on the guarantee's `pauseOn` statuses and waits, as the response clock does: time
 * spent waiting on the customer or a vendor is not time without news.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, type IncidentInput } from '../../src/index.js'

const H = 3_600_000
const MIN = 60_000
const office = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' as const }

function updateOf(commitment: object, incident: IncidentInput) {
  const gtr = evaluateGuarantees({ commitment, incidents: [incident] }).incidents[0]?.gtr
  const u = gtr?.update
  return u && { status: u.status, longest: u.longestBusinessMs, from: u.longestFrom.toISOString(), to: u.longestTo.toISOString() }
}

describe('the update clock pauses on pauseOn', () => {
  // Friday 13 March 2026 (Paris, UTC+1): reported 10:00, in progress 12:00, waiting on the customer from
  // 13:00 until Monday 16 March 12:00, restored Monday 13:00.
  const weekend: IncidentInput = {
    id: 'w',
    start: '2026-03-13T10:00:00+01:00',
    end: '2026-03-16T13:00:00+01:00',
    reportedAt: '2026-03-13T10:00:00+01:00',
    statusHistory: [
      { at: '2026-03-13T12:00:00+01:00', status: 'in-progress' },
      { at: '2026-03-13T13:00:00+01:00', status: 'waiting-customer' },
      { at: '2026-03-16T12:00:00+01:00', status: 'in-progress' },
    ],
  }

  it('a wait across a weekend on office hours is no stretch without an update', () => {
    const paused = { timeZone: 'Europe/Paris', gtr: { within: 'PT16H', calendar: office, pauseOn: ['waiting-customer'], update: { within: 'PT4H' } } }
    // Stretches: Fri 10–12 = 2 h; Fri 12–13 = 1 h; Fri 13:00 → Mon 12:00 paused throughout = 0; Mon 12–13 = 1 h.
    // Longest 2 h (Fri 10:00–12:00 Paris = 09:00–11:00Z), within 4 h.
    expect(updateOf(paused, weekend)).toEqual({ status: 'met', longest: 2 * H, from: '2026-03-13T09:00:00.000Z', to: '2026-03-13T11:00:00.000Z' })
    // Not paused, the wait counts: Fri 13–18 = 5 h + Mon 09–12 = 3 h = 8 h of office time, over 4 h.
    const notPaused = { timeZone: 'Europe/Paris', gtr: { within: 'PT16H', calendar: office, update: { within: 'PT4H' } } }
    expect(updateOf(notPaused, weekend)).toEqual({ status: 'breached', longest: 8 * H, from: '2026-03-13T12:00:00.000Z', to: '2026-03-16T11:00:00.000Z' })
  })

  it('a wait overlapping the longest stretch takes its time off that stretch only', () => {
    // 24/7, UTC, 2 April 2026: reported 08:00, in progress 09:00, restored 15:00. Waits on a vendor
    // 08:30–10:00 and 12:00–12:30 (given as waits, not status changes, so they do not end a stretch).
    const incident: IncidentInput = {
      id: 'v',
      start: '2026-04-02T08:00:00Z',
      end: '2026-04-02T15:00:00Z',
      reportedAt: '2026-04-02T08:00:00Z',
      statusHistory: [{ at: '2026-04-02T09:00:00Z', status: 'in-progress' }],
      waiting: [
        { start: '2026-04-02T08:30:00Z', end: '2026-04-02T10:00:00Z', reason: 'waiting-vendor' },
        { start: '2026-04-02T12:00:00Z', end: '2026-04-02T12:30:00Z', reason: 'waiting-vendor' },
      ],
    }
    const paused = { timeZone: 'UTC', gtr: { within: 'PT8H', pauseOn: ['waiting-vendor'], update: { within: 'PT4H' } } }
    // 08:00–09:00: 60 − 30 paused = 30 min. 09:00–15:00: 6 h − 1 h (09:00–10:00) − 30 min (12:00–12:30) = 4 h 30.
    // Longest 4 h 30 over 4 h: breached by 30 min, and it lies 09:00–15:00.
    expect(updateOf(paused, incident)).toEqual({ status: 'breached', longest: 4 * H + 30 * MIN, from: '2026-04-02T09:00:00.000Z', to: '2026-04-02T15:00:00.000Z' })
    const report = evaluateGuarantees({ commitment: paused, incidents: [incident] })
    expect(report.incidents[0]?.gtr?.update?.marginBusinessMs).toBe(-30 * MIN)
    // Paused on another reason only, nothing comes off: 6 h.
    const other = { timeZone: 'UTC', gtr: { within: 'PT8H', pauseOn: ['waiting-customer'], update: { within: 'PT4H' } } }
    expect(updateOf(other, incident)?.longest).toBe(6 * H)
  })

  it('a pause never lengthens the longest stretch, and without one the figure is unchanged', () => {
    const T0 = Date.UTC(2026, 3, 6, 8)
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 600 }), fc.boolean()), { maxLength: 4 }),
        (gaps, waits) => {
          let t = T0
          const history = gaps.map((g, k) => ({ at: (t += g * MIN), status: k % 2 ? 'waiting-customer' : 'in-progress' }))
          const incident: IncidentInput = {
            start: T0,
            end: t + 30 * MIN,
            reportedAt: T0,
            statusHistory: history,
            waiting: waits.map(([s, d, c]) => ({ start: T0 + s * MIN, end: T0 + (s + d) * MIN, reason: c ? 'waiting-customer' : 'waiting-vendor' })),
          }
          const plain = updateOf({ timeZone: 'UTC', gtr: { within: 'PT8H', calendar: office, update: { within: 'PT2H' } } }, incident)
          const paused = updateOf({ timeZone: 'UTC', gtr: { within: 'PT8H', calendar: office, pauseOn: ['waiting-customer'], update: { within: 'PT2H' } } }, incident)
          const unrelated = updateOf({ timeZone: 'UTC', gtr: { within: 'PT8H', calendar: office, pauseOn: ['on-hold'], update: { within: 'PT2H' } } }, incident)
          expect(paused?.longest).toBeLessThanOrEqual(plain?.longest ?? 0)
          expect(unrelated).toEqual(plain)
        },
      ),
      { numRuns: 150 },
    )
  })
})
