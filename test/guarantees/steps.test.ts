import { describe, expect, it } from 'vitest'
import { Decimal, evaluateGuarantees } from '../../src/index.js'
import type { CommitmentInput, GuaranteeStep } from '../../src/index.js'

const H = 3_600_000
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const gti4h: CommitmentInput = {
  gti: { within: 'PT4H', calendar: office, penalty: { perBreach: '5', perLate: { percent: '1', per: 'PT1H' }, cap: '20' } },
}
const at = (iso: string) => Date.parse(iso)

describe('the steps of a GTI/GTR outcome', () => {
  it('records a guarantee met: the clock, the deadline across a holiday, the covered time taken', () => {
    // Wed 13 May 16:00 + 4 business hours: 2 h on Wednesday, Thursday is Ascension, 2 h on Friday → Fri 11:00 Paris.
    // Intervention Fri 10:30: 2 h + 1 h 30 of covered time.
    const r = evaluateGuarantees({
      commitment: gti4h,
      incidents: [{ id: 'a', start: '2026-05-13T15:50:00+02:00', end: '2026-05-15T12:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-15T10:30:00+02:00' }],
    })
    const gti = r.incidents[0]!.gti!
    const calendar = 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR'
    expect(gti.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gti',
        clock: { start: at('2026-05-13T14:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar, deadline: at('2026-05-15T09:00:00Z') },
        doneAt: at('2026-05-15T08:30:00Z'),
        doneSource: 'interventionAt',
        elapsedBusinessMs: 3.5 * H,
      },
    ])
    expect(gti.explanation).toBe(
      `GTI met: clock started at 2026-05-13T14:00:00Z (reportedAt), PT4H on ${calendar} → deadline 2026-05-15T09:00:00Z; intervention at 2026-05-15T08:30:00Z (interventionAt), after 3 h 30 min of covered time.`,
    )
  })

  it('records a breach with its penalty arithmetic', () => {
    // Deadline Fri 15 May 11:00 Paris; intervention Mon 18 May 10:15 Paris: 7 h Friday + 1 h 15 Monday = 8 h 15
    // of covered time late, 3 days − 45 min = 71 h 15 elapsed; 5 % + 9 started hours × 1 % = 14 %.
    const r = evaluateGuarantees({
      commitment: gti4h,
      incidents: [{ start: '2026-05-13T16:00:00+02:00', end: '2026-05-18T12:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-18T10:15:00+02:00' }],
    })
    const gti = r.incidents[0]!.gti!
    // Reported Wed 16:00 Paris (14:00Z): 2 h Wednesday, none on Ascension Thursday, 2 h Friday → due Fri 11:00 Paris (09:00Z).
    expect(gti.steps[0]).toEqual<GuaranteeStep>({
      kind: 'breached',
      guarantee: 'gti',
      clock: { start: at('2026-05-13T14:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR', deadline: at('2026-05-15T09:00:00Z') },
      doneAt: at('2026-05-18T08:15:00Z'),
      doneSource: 'interventionAt',
      lateBusinessMs: 8.25 * H,
      lateWallMs: 71.25 * H,
    })
    expect(gti.steps.slice(1)).toEqual<GuaranteeStep[]>([
      {
        kind: 'penalty',
        perBreach: new Decimal(5),
        perLate: { units: 9, count: 'started', per: 'PT1H', clock: 'business', unitPercent: new Decimal(1), percent: new Decimal(9) },
        percent: new Decimal(14),
      },
    ])
  })

  it('records a pending guarantee, an overdue one, and one that does not apply', () => {
    // 10:00 Monday + 8 business hours = 18:00 Monday; at 17:00 it is pending, on Tuesday 10:00 1 h late.
    const incidents = [{ start: '2026-05-11T10:00:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00' }]
    const commitment: CommitmentInput = { gtr: { within: 'PT8H', calendar: office } }
    const early = evaluateGuarantees({ commitment, incidents, asOf: '2026-05-11T17:00:00+02:00' }).incidents[0]!.gtr!
    const clock = { start: at('2026-05-11T08:00:00Z'), source: 'reportedAt', within: 'PT8H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR', deadline: at('2026-05-11T16:00:00Z') }
    expect(early.steps).toEqual([{ kind: 'pending', guarantee: 'gtr', clock, asOf: at('2026-05-11T15:00:00Z') }])
    const late = evaluateGuarantees({ commitment, incidents, asOf: '2026-05-12T10:00:00+02:00' }).incidents[0]!.gtr!
    expect(late.steps).toEqual([
      { kind: 'overdue', guarantee: 'gtr', clock, asOf: at('2026-05-12T08:00:00Z'), lateBusinessMs: H },
      { kind: 'no-penalty' },
    ])
    const maintenance = evaluateGuarantees({ commitment, incidents: [{ ...incidents[0]!, cause: 'maintenance' }], asOf: '2026-05-11T17:00:00+02:00' }).incidents[0]!.gtr!
    expect(maintenance.steps).toEqual([{ kind: 'excluded-cause', guarantee: 'gtr', cause: 'maintenance' }])
  })
})
