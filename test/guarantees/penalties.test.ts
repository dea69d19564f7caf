import { describe, expect, it } from 'vitest'
import { Decimal, evaluateGuarantees } from '../../src/index.js'
import type { GuaranteeInput, GuaranteeStep } from '../../src/index.js'

const H = 3_600_000
const at = (iso: string) => Date.parse(iso)
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const calendar = 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR'

// Reported Wednesday 13 May 2026 16:00 Paris; 4 covered hours: 2 h on Wednesday, Thursday is Ascension,
// 2 h on Friday → deadline Friday 11:00 Paris (09:00Z). Intervention Monday 18 May 10:15 Paris (08:15Z):
// 7 h on Friday + 1 h 15 on Monday = 8 h 15 of covered time late; 3 days − 45 min = 71 h 15 elapsed.
const lateIntervention = {
  start: '2026-05-13T16:00:00+02:00',
  end: '2026-05-18T12:00:00+02:00',
  reportedAt: '2026-05-13T16:00:00+02:00',
  interventionAt: '2026-05-18T10:15:00+02:00',
}
const breach: GuaranteeStep = {
  kind: 'breached',
  guarantee: 'gti',
  clock: { start: at('2026-05-13T14:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar, deadline: at('2026-05-15T09:00:00Z') },
  doneAt: at('2026-05-18T08:15:00Z'),
  doneSource: 'interventionAt',
  lateBusinessMs: 8.25 * H,
  lateWallMs: 71.25 * H,
}

function gtiOf(penalty: GuaranteeInput['penalty'], incident = lateIntervention) {
  return evaluateGuarantees({ commitment: { gti: { within: 'PT4H', calendar: office, penalty } }, incidents: [incident] }).incidents[0]!.gti!
}

describe('the penalty of a late intervention', () => {
  it('counts only full hours of lateness when the contract says full', () => {
    const gti = gtiOf({ perLate: { percent: '1', per: 'PT1H', count: 'full' } })
    // 8 h 15 late → 8 full hours × 1 % = 8 %; no amount for the breach itself.
    expect(gti.penaltyPercent).toEqual(new Decimal(8))
    expect(gti.steps).toEqual<GuaranteeStep[]>([
      breach,
      {
        kind: 'penalty',
        perBreach: null,
        perLate: { units: 8, count: 'full', per: 'PT1H', clock: 'business', unitPercent: new Decimal(1), percent: new Decimal(8) },
        percent: new Decimal(8),
      },
    ])
    expect(gti.explanation).toBe(
      `GTI breached: clock started at 2026-05-13T14:00:00Z (reportedAt), PT4H on ${calendar} → deadline 2026-05-15T09:00:00Z; ` +
        'intervention at 2026-05-18T08:15:00Z (interventionAt), 8 h 15 min of covered time late (2 d 23 h 15 min elapsed). ' +
        'Penalty: 8 full PT1H of business lateness × 1 % = 8 % = 8 % of the fee.',
    )
  })

  it('counts elapsed days of lateness when the contract prices wall-clock time', () => {
    const gti = gtiOf({ perLate: { percent: '2', per: 'P1D', clock: 'wall-clock', count: 'full' } })
    // 71 h 15 elapsed → 2 full days × 2 % = 4 % (counted on covered time it would be 0 full days).
    expect(gti.steps[1]).toEqual<GuaranteeStep>({
      kind: 'penalty',
      perBreach: null,
      perLate: { units: 2, count: 'full', per: 'P1D', clock: 'wall-clock', unitPercent: new Decimal(2), percent: new Decimal(4) },
      percent: new Decimal(4),
    })
  })

  it('charges the amount for the breach alone when the contract prices no lateness', () => {
    const gti = gtiOf({ perBreach: '5' })
    expect(gti.steps).toEqual<GuaranteeStep[]>([breach, { kind: 'penalty', perBreach: new Decimal(5), perLate: null, percent: new Decimal(5) }])
  })

  it('says there is no penalty when the contract sets none', () => {
    const gti = gtiOf(undefined)
    expect(gti.penaltyPercent).toEqual(new Decimal(0))
    expect(gti.steps).toEqual<GuaranteeStep[]>([breach, { kind: 'no-penalty' }])
  })

  it('is breached but no covered hour late when the intervention comes after closing time', () => {
    // Reported Monday 11 May 16:00 Paris + 2 covered hours = 18:00 Paris, closing time (16:00Z). Intervention
    // at 19:00 Paris (17:00Z): 1 h late on the wall clock, none of it covered, so only the breach is charged.
    const gti = evaluateGuarantees({
      commitment: { gti: { within: 'PT2H', calendar: office, penalty: { perBreach: '5', perLate: { percent: '1', per: 'PT1H' } } } },
      incidents: [{ start: '2026-05-11T16:00:00+02:00', end: '2026-05-11T20:00:00+02:00', reportedAt: '2026-05-11T16:00:00+02:00', interventionAt: '2026-05-11T19:00:00+02:00' }],
    }).incidents[0]!.gti!
    expect(gti.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'breached',
        guarantee: 'gti',
        clock: { start: at('2026-05-11T14:00:00Z'), source: 'reportedAt', within: 'PT2H', calendar, deadline: at('2026-05-11T16:00:00Z') },
        doneAt: at('2026-05-11T17:00:00Z'),
        doneSource: 'interventionAt',
        lateBusinessMs: 0,
        lateWallMs: H,
      },
      {
        kind: 'penalty',
        perBreach: new Decimal(5),
        perLate: { units: 0, count: 'started', per: 'PT1H', clock: 'business', unitPercent: new Decimal(1), percent: new Decimal(0) },
        percent: new Decimal(5),
      },
    ])
  })
})

describe('a guarantee still open', () => {
  it('is still pending at the very instant of its deadline, and overdue one millisecond later', () => {
    // Reported Monday 11 May 10:00 Paris + 4 covered hours = 14:00 Paris (12:00Z); nothing done yet.
    const incidents = [{ start: '2026-05-11T10:00:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00' }]
    const commitment = { gti: { within: 'PT4H', calendar: office } }
    const clock = { start: at('2026-05-11T08:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar, deadline: at('2026-05-11T12:00:00Z') } as const
    const onTime = evaluateGuarantees({ commitment, incidents, asOf: '2026-05-11T12:00:00Z' }).incidents[0]!.gti!
    expect(onTime.steps).toEqual<GuaranteeStep[]>([{ kind: 'pending', guarantee: 'gti', clock, asOf: at('2026-05-11T12:00:00Z') }])
    const late = evaluateGuarantees({ commitment, incidents, asOf: '2026-05-11T12:00:00.001Z' }).incidents[0]!.gti!
    expect(late.steps).toEqual<GuaranteeStep[]>([
      { kind: 'overdue', guarantee: 'gti', clock, asOf: at('2026-05-11T12:00:00.001Z'), lateBusinessMs: 1 },
      { kind: 'no-penalty' },
    ])
  })

  it('does not apply to an impact the guarantee does not cover', () => {
    const gti = evaluateGuarantees({
      commitment: { gti: { within: 'PT4H', calendar: office, impacts: ['outage'] } },
      incidents: [{ start: '2026-05-11T10:00:00+02:00', end: '2026-05-11T11:00:00+02:00', impact: 'degraded', reportedAt: '2026-05-11T10:00:00+02:00' }],
    }).incidents[0]!.gti!
    expect(gti.status).toBe('not-applicable')
    expect(gti.steps).toEqual<GuaranteeStep[]>([{ kind: 'impact-not-covered', guarantee: 'gti', impact: 'degraded', covers: ['outage'] }])
  })
})
