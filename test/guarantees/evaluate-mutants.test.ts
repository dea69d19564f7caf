/**
 * evaluateGuarantees as a user reads it: the target a client's incident gets when the guarantee has no
 * targets per priority, the margins and the time left of met, late, overdue and pending outcomes when waits
 * follow the deadline, and a zero that is a plain 0 (Intl.NumberFormat prints −0 as "-0").
 */
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees } from '../../src/index.js'
import type { GuaranteeStep, IncidentInput } from '../../src/index.js'

const M = 60_000
const H = 60 * M
const at = (hhmm: string, day = 13) => `2026-05-${day}T${hhmm}:00Z`

describe('targets of a client under a guarantee without targets per priority', () => {
  it('take the client’s target for the priority, else its own, else the guarantee’s', () => {
    // GTR PT4H on 24/7, no target per priority. Each incident reported 10:00, restored 13:00 (3 h).
    const r = evaluateGuarantees({
      commitment: { timeZone: 'UTC', gtr: { within: 'PT4H' } },
      clients: [
        { id: 'mairie', name: 'Mairie', gtr: { byPriority: { P1: { within: 'PT1H' } } } },
        { id: 'clinique', name: 'Clinique', gtr: { within: 'PT2H' } },
      ],
      incidents: [
        // Mairie, P1: its P1 target, 1 h → due 11:00, 2 h late.
        { id: 'X', client: 'mairie', priority: 'P1', start: at('10:00'), end: at('13:00'), reportedAt: at('10:00') },
        // Mairie, P2: no P2 target of the Mairie, none of its own → the guarantee's 4 h, due 14:00, met.
        { id: 'Y', client: 'mairie', priority: 'P2', start: at('10:00'), end: at('13:00'), reportedAt: at('10:00') },
        // Clinique, no priority: its own 2 h → due 12:00, 1 h late.
        { id: 'Z', client: 'clinique', start: at('10:00'), end: at('13:00'), reportedAt: at('10:00') },
      ],
    })
    expect(r.incidents.map((x) => [x.id, x.gtr!.deadline!.toISOString().slice(11, 16), x.gtr!.status, x.gtr!.lateWallMs / H])).toEqual([
      ['X', '11:00', 'breached', 2],
      ['Y', '14:00', 'met', 0],
      ['Z', '12:00', 'breached', 1],
    ])
    // The step says which target was taken; Y's is the guarantee's, so it names no client.
    expect(r.incidents.map((x) => x.gtr!.steps[0])).toEqual<GuaranteeStep[]>([
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P1', own: true, within: 'PT1H', calendar: '24/7', client: 'Mairie' },
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P2', own: false, within: 'PT4H', calendar: '24/7' },
      { kind: 'priority-target', guarantee: 'gtr', priority: null, own: false, within: 'PT2H', calendar: '24/7', client: 'Clinique' },
    ])
  })
})

describe('margins and time left', () => {
  // 24/7, GTR PT2H paused on the customer, read at 14:00.
  const commitment = { gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } }
  const wait = (from: string, to: string) => ({ start: at(from), end: at(to), reason: 'waiting-customer' })
  const figures = (incident: IncidentInput) => {
    const g = evaluateGuarantees({ commitment, incidents: [incident], asOf: at('14:00') }).incidents[0]!.gtr!
    return [g.status, g.marginBusinessMs, g.marginWallMs, g.leftBusinessMs].map((x) => (typeof x === 'number' ? x / M : x))
  }

  it('met: the margin is the time to spare; nothing is left to run', () => {
    // Reported 10:00, due 12:00, restored 11:30: 30 min ahead.
    expect(figures({ start: at('10:00'), end: at('11:30'), reportedAt: at('10:00') })).toEqual(['met', 30, 30, null])
  })

  it('restored late after a wait: the margin leaves the wait out; nothing is left to run', () => {
    // Reported 10:00, due 12:00; waiting 12:30–13:00; restored 13:30: 90 min after, 30 of them waiting → 60 min late.
    expect(figures({ start: at('10:00'), end: at('13:30'), reportedAt: at('10:00'), waiting: [wait('12:30', '13:00')] })).toEqual(['breached', -60, -60, null])
  })

  it('overdue after a wait: the time left is as negative as the lateness', () => {
    // Open, reported 10:00, due 12:00; waiting 12:15–12:45; at 14:00: 120 min after, 30 waiting → 90 min late.
    expect(figures({ start: at('10:00'), reportedAt: at('10:00'), waiting: [wait('12:15', '12:45')] })).toEqual(['breached', -90, -90, -90])
  })

  it('pending: no margin yet, and the time left to the deadline', () => {
    // Open, reported 13:00, due 15:00; at 14:00, 60 min left.
    expect(figures({ start: at('13:00'), reportedAt: at('13:00') })).toEqual(['pending', null, null, 60])
  })
})

describe('a zero is a plain 0', () => {
  // Monday to Friday 09:00–17:00 UTC; Friday 15 May 2026, Saturday 16 May.
  const office = { timeZone: 'UTC', hours: { mon: '09:00-17:00', tue: '09:00-17:00', wed: '09:00-17:00', thu: '09:00-17:00', fri: '09:00-17:00' } }

  it('late by no covered time, restored or still open on a Saturday', () => {
    // PT2H from Friday 15:00 → due Friday 17:00. Restored Saturday 10:00: 17 h late, none of it covered.
    const done = evaluateGuarantees({ commitment: { gtr: { within: 'PT2H', calendar: office } }, incidents: [{ start: at('15:00', 15), end: at('10:00', 16), reportedAt: at('15:00', 15) }] }).incidents[0]!.gtr!
    expect([done.status, done.lateWallMs / H]).toEqual(['breached', 17])
    expect(done.marginBusinessMs).toBe(0)
    // Still open at Saturday 10:00: overdue, 0 covered time left.
    const open = evaluateGuarantees({ commitment: { gtr: { within: 'PT2H', calendar: office } }, incidents: [{ start: at('15:00', 15), reportedAt: at('15:00', 15) }], asOf: at('10:00', 16) }).incidents[0]!.gtr!
    expect(open.status).toBe('breached')
    expect(open.leftBusinessMs).toBe(0)
  })

  it('late by no elapsed time, every minute past the deadline spent waiting', () => {
    // 24/7 PT2H from 10:00 → due 12:00; waiting 12:00–13:00; restored 13:00: breached, 0 late once the wait is left out.
    const g = evaluateGuarantees({
      commitment: { gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } },
      incidents: [{ start: at('10:00'), end: at('13:00'), reportedAt: at('10:00'), waiting: [{ start: at('12:00'), end: at('13:00'), reason: 'waiting-customer' }] }],
    }).incidents[0]!.gtr!
    expect([g.status, g.lateWallMs]).toEqual(['breached', 0])
    expect(g.marginWallMs).toBe(0)
    expect(g.marginBusinessMs).toBe(0)
  })
})

describe('outcomes read through other objects', () => {
  const outcome = () =>
    evaluateGuarantees({ commitment: { gtr: { within: 'PT2H' } }, incidents: [{ start: at('10:00'), end: at('11:00'), reportedAt: at('10:00') }] }).incidents[0]!.gtr!

  it('an object made with an outcome as its prototype reads its steps and sentence', () => {
    const o = outcome()
    const child = Object.create(o) as typeof o
    // Reported 10:00, due 12:00, restored 11:00: met after 1 h.
    expect(child.steps.map((s) => s.kind)).toEqual(['met'])
    expect(child.explanation).toBe(o.explanation)
    expect(child.explanation).toContain('GTR met')
  })

  it('the getters copied onto another object read no steps and an empty sentence', () => {
    const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(outcome())) as ReturnType<typeof outcome>
    expect([copy.steps, copy.explanation]).toEqual([[], ''])
  })
})

describe('the entries and refusals of evaluateGuarantees', () => {
  it('an entry names a priority and a client only when the incident has them', () => {
    const r = evaluateGuarantees({ commitment: { gtr: { within: 'PT2H' } }, incidents: [{ start: at('10:00'), end: at('11:00'), reportedAt: at('10:00') }] })
    expect(Object.keys(r.incidents[0]!)).toEqual(['index', 'impact', 'cause', 'elements', 'gtr'])
  })

  it('refuses with the words of each problem', () => {
    const refusal = (options: Parameters<typeof evaluateGuarantees>[0]) => {
      try {
        evaluateGuarantees(options)
      } catch (e) {
        return (e as { issues: readonly { path: string; code: string; message: string; params?: unknown }[] }).issues
      }
      throw new Error('not refused')
    }
    expect(refusal({ commitment: { timeZone: 'UTC' }, incidents: [], element: '' })).toEqual([
      expect.objectContaining({ path: 'element', code: 'element-name', message: 'must be a non-empty element name' }),
      expect.objectContaining({ path: 'commitment', code: 'no-guarantee', message: 'has neither a gti nor a gtr to evaluate' }),
    ])
    expect(refusal({ commitment: { gti: { within: 'PT1H' } }, incidents: [{ start: at('10:00'), end: at('11:00') }] })).toEqual([
      expect.objectContaining({ path: 'incidents[0]', code: 'no-clock-start', params: { guarantee: 'GTI' }, message: 'has neither reportedAt nor detectedAt: the GTI clock cannot start' }),
    ])
  })
})
