/**
 * An outcome's steps are built when first read: they must read as if they had been there from the start,
 * once, frozen, in the same place among the outcome's fields, in its JSON and in its copies.
 */
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees } from '../../src/index.js'
import type { GuaranteeStep } from '../../src/index.js'

const H = 3_600_000
const CALENDAR = 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR'

const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const

function report() {
  return evaluateGuarantees({
    commitment: {
      gti: { within: 'PT4H', calendar: office, pauseOn: ['waiting-customer'], penalty: { perBreach: '5' } },
      gtr: { within: 'PT8H', calendar: office, pauseOn: ['waiting-customer'], byPriority: { P1: { within: 'PT2H', calendar: '24/7' } } },
    },
    incidents: [
      {
        id: 'T-1',
        priority: 'P2',
        // Fri 13 Mar 2026 14:00 Paris; waits on the client from 16:00 to Monday 10:00; resolved Monday 15:30.
        start: '2026-03-13T14:00:00+01:00',
        end: '2026-03-16T15:30:00+01:00',
        reportedAt: '2026-03-13T14:00:00+01:00',
        interventionAt: '2026-03-16T11:00:00+01:00',
        statusHistory: [
          { at: '2026-03-13T14:00:00+01:00', status: 'new' },
          { at: '2026-03-13T16:00:00+01:00', status: 'waiting-customer' },
          { at: '2026-03-16T10:00:00+01:00', status: 'in-progress' },
          { at: '2026-03-16T15:30:00+01:00', status: 'resolved' },
        ],
      },
    ],
  })
}

describe('steps built when first read', () => {
  it('are the same frozen list at every read, and the explanation words them', () => {
    const gti = report().incidents[0]!.gti!
    const steps = gti.steps
    expect(gti.steps).toBe(steps)
    expect(Object.isFrozen(steps)).toBe(true)
    expect(steps.every((s) => Object.isFrozen(s))).toBe(true)
    // GTI 4 h from Friday 14:00: Friday 18:00 (17:00Z) without the pause. Paused Friday 16:00 → Monday
    // 10:00, 3 h covered (2 h Friday, 1 h Monday): 2 h Friday, then 2 h from Monday 10:00, so due Monday
    // 12:00 (11:00Z); the intervention at 11:00 (10:00Z) meets it after 2 h + 1 h = 3 h of covered time.
    // Paused Friday 15:00Z to Monday 09:00Z: 66 h of wall-clock time, 3 h of it covered.
    const pause = { start: Date.parse('2026-03-13T15:00:00Z'), end: Date.parse('2026-03-16T09:00:00Z'), reasons: ['waiting-customer'], businessMs: 3 * H, open: false }
    expect(steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gti',
        clock: { start: Date.parse('2026-03-13T13:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar: CALENDAR, deadline: Date.parse('2026-03-16T11:00:00Z') },
        doneAt: Date.parse('2026-03-16T10:00:00Z'),
        doneSource: 'interventionAt',
        elapsedBusinessMs: 3 * H,
      },
      { kind: 'paused', guarantee: 'gti', pausedBusinessMs: 3 * H, pausedWallMs: 66 * H, deadlineWithoutPause: Date.parse('2026-03-13T17:00:00Z'), pauses: [pause] },
    ])
    expect(gti.explanation).toBe(
      'GTI met: clock started at 2026-03-13T13:00:00Z (reportedAt), PT4H on Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR → deadline 2026-03-16T11:00:00Z; intervention at 2026-03-16T10:00:00Z (interventionAt), after 3 h of covered time. Clock paused 3 h of covered time (2 d 18 h elapsed): waiting-customer from 2026-03-13T15:00:00Z to 2026-03-16T09:00:00Z, 3 h covered; deadline moved from 2026-03-13T17:00:00Z.',
    )
  })

  it('keep their place among the fields, in the keys, the JSON and a copy', () => {
    const gtr = report().incidents[0]!.gtr!
    const keys = Object.keys(gtr)
    expect(keys.slice(-2)).toEqual(['steps', 'explanation'])
    const json = JSON.parse(JSON.stringify(gtr)) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(keys)
    expect(json.steps).toEqual(JSON.parse(JSON.stringify(gtr.steps)))
    const copy = { ...gtr }
    expect(copy.steps).toBe(gtr.steps)
    expect(copy.explanation).toBe(gtr.explanation)
    expect(Object.isFrozen(gtr)).toBe(true)
    // P2 has no target of its own: the guarantee's PT8H applies; the priority step comes first.
    // 8 h from Friday 14:00 Paris: 2 h Friday, the pause, 6 h from Monday 10:00 → 16:00 Paris (15:00Z); without the
    // pause, Friday 14:00–18:00 and Monday 09:00–13:00 → 12:00Z. Restored 15:30 Paris: 2 h + 5 h 30 = 7 h 30 covered.
    const pause = { start: Date.parse('2026-03-13T15:00:00Z'), end: Date.parse('2026-03-16T09:00:00Z'), reasons: ['waiting-customer'], businessMs: 3 * H, open: false }
    expect(gtr.steps).toEqual<GuaranteeStep[]>([
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P2', own: false, within: 'PT8H', calendar: CALENDAR },
      {
        kind: 'met',
        guarantee: 'gtr',
        clock: { start: Date.parse('2026-03-13T13:00:00Z'), source: 'reportedAt', within: 'PT8H', calendar: CALENDAR, deadline: Date.parse('2026-03-16T15:00:00Z') },
        doneAt: Date.parse('2026-03-16T14:30:00Z'),
        doneSource: 'end',
        elapsedBusinessMs: 7.5 * H,
      },
      { kind: 'paused', guarantee: 'gtr', pausedBusinessMs: 3 * H, pausedWallMs: 66 * H, deadlineWithoutPause: Date.parse('2026-03-16T12:00:00Z'), pauses: [pause] },
    ])
  })
})
