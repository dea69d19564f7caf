import { describe, expect, it } from 'vitest'
import { Decimal, evaluateGuarantees, InputError, monthlyStatement, monthPeriod } from '../../src/index.js'
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

describe('evaluateGuarantees', () => {
  it('finds the deadline across a public holiday: Wed 13 May 2026 16:00 + 4 business hours is Fri 15 May 11:00', () => {
    // 2 h on Wednesday (16:00–18:00), Thursday 14 May is Ascension, 2 h on Friday (09:00–11:00)
    const r = evaluateGuarantees({
      commitment: gti4h,
      incidents: [{ id: 'a', start: '2026-05-13T15:50:00+02:00', end: '2026-05-15T12:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-15T10:30:00+02:00' }],
    })
    const gti = r.incidents[0]!.gti!
    expect(gti.deadline?.toISOString()).toBe('2026-05-15T09:00:00.000Z')
    expect(gti.status).toBe('met')
    // elapsed covered time: 2 h Wednesday + 1 h 30 Friday
    expect(gti.elapsedBusinessMs).toBe(3.5 * H)
    expect(gti.penaltyPercent.toString()).toBe('0')
  })

  it('measures lateness in business and wall-clock time, and prices it', () => {
    // Deadline Fri 15 May 11:00 Paris; intervention Mon 18 May 10:15 Paris:
    // business lateness = Fri 11:00–18:00 (7 h) + Mon 09:00–10:15 (1 h 15) = 8 h 15;
    // wall-clock lateness = 3 days − 45 min = 71 h 15.
    const r = evaluateGuarantees({
      commitment: gti4h,
      incidents: [{ start: '2026-05-13T16:00:00+02:00', end: '2026-05-18T12:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-18T10:15:00+02:00' }],
    })
    const gti = r.incidents[0]!.gti!
    expect(gti.status).toBe('breached')
    expect(gti.lateBusinessMs).toBe(8.25 * H)
    expect(gti.lateWallMs).toBe(71.25 * H)
    // 5 % for the breach + 9 started hours × 1 % = 14 %
    expect(gti.penaltyPercent.toString()).toBe('14')
    // Reported Wed 13 May 16:00 Paris (14:00Z); 4 business hours: 2 h Wednesday, 0 h Thursday 14 May (Ascension), 2 h Friday → 11:00 Paris.
    expect(gti.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'breached',
        guarantee: 'gti',
        clock: { start: Date.parse('2026-05-13T14:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR', deadline: Date.parse('2026-05-15T09:00:00Z') },
        doneAt: Date.parse('2026-05-18T08:15:00Z'),
        doneSource: 'interventionAt',
        lateBusinessMs: 8.25 * H,
        lateWallMs: 71.25 * H,
      },
      { kind: 'penalty', perBreach: new Decimal(5), perLate: { units: 9, count: 'started', per: 'PT1H', clock: 'business', unitPercent: new Decimal(1), percent: new Decimal(9) }, percent: new Decimal(14) },
    ])
    // 71 h 15 min of wall-clock time = 2 d 23 h 15 min.
    expect(gti.explanation).toBe(
      'GTI breached: clock started at 2026-05-13T14:00:00Z (reportedAt), PT4H on Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR → deadline 2026-05-15T09:00:00Z; intervention at 2026-05-18T08:15:00Z (interventionAt), 8 h 15 min of covered time late (2 d 23 h 15 min elapsed). Penalty: 5 % for the breach + 9 started PT1H of business lateness × 1 % = 9 % = 14 % of the fee.',
    )
  })

  it('runs a 24/7 clock in real time across the spring-forward night', () => {
    // 01:30+01:00 on 29 March 2026 is 00:30Z; one hour of real time later is 01:30Z = 03:30+02:00.
    const r = evaluateGuarantees({
      commitment: { gti: { within: 'PT1H', calendar: '24/7' } },
      incidents: [{ start: '2026-03-29T01:30:00+01:00', end: '2026-03-29T05:00:00+02:00', reportedAt: '2026-03-29T01:30:00+01:00', interventionAt: '2026-03-29T03:31:00+02:00' }],
    })
    expect(r.incidents[0]!.gti!.deadline?.toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(r.incidents[0]!.gti!.status).toBe('breached')
    expect(r.incidents[0]!.gti!.lateWallMs).toBe(60_000)
  })

  it('starts the clock where the contract says, falling back to the other instant', () => {
    const incidents = [{ start: '2026-05-11T08:00:00+02:00', end: '2026-05-11T12:00:00+02:00', detectedAt: '2026-05-11T08:05:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00' }]
    const reported = evaluateGuarantees({ commitment: { gtr: { within: 'PT2H', calendar: office } }, incidents })
    const detected = evaluateGuarantees({ commitment: { gtr: { within: 'PT2H', calendar: office, clockStartsAt: 'detected' } }, incidents })
    // reported 10:00 + 2 h = 12:00 → restored at 12:00: met; detected 08:05, clock waits until 09:00, + 2 h = 11:00: breached by 1 h
    expect(reported.incidents[0]!.gtr!.status).toBe('met')
    expect(detected.incidents[0]!.gtr!.clockStartSource).toBe('detectedAt')
    expect(detected.incidents[0]!.gtr!.deadline?.toISOString()).toBe('2026-05-11T09:00:00.000Z')
    expect(detected.incidents[0]!.gtr!.lateBusinessMs).toBe(H)
    const onlyDetected = evaluateGuarantees({ commitment: { gtr: { within: 'PT2H', calendar: office } }, incidents: [{ ...incidents[0]!, reportedAt: undefined }] })
    expect(onlyDetected.incidents[0]!.gtr!.clockStartSource).toBe('detectedAt')
  })

  it('is pending before the deadline, breached after it, for an incident still open', () => {
    const incidents = [{ start: '2026-05-11T10:00:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00' }]
    const commitment: CommitmentInput = { gtr: { within: 'PT8H', calendar: office } }
    // 10:00 Monday + 8 business hours = 18:00 Monday (8 of the 9 hours left that day)
    const early = evaluateGuarantees({ commitment, incidents, asOf: '2026-05-11T17:00:00+02:00' })
    expect(early.incidents[0]!.gtr!.status).toBe('pending')
    const late = evaluateGuarantees({ commitment, incidents, asOf: '2026-05-12T10:00:00+02:00' })
    expect(late.incidents[0]!.gtr!.status).toBe('breached')
    expect(late.incidents[0]!.gtr!.lateBusinessMs).toBe(H) // Tuesday 09:00–10:00
  })

  it('does not apply to excluded causes, and counts the restoration as the intervention when none is recorded', () => {
    const r = evaluateGuarantees({
      commitment: gti4h,
      incidents: [
        { start: '2026-05-11T21:00:00+02:00', end: '2026-05-11T23:00:00+02:00', cause: 'maintenance' },
        { start: '2026-05-11T10:00:00+02:00', end: '2026-05-11T11:00:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00' },
      ],
    })
    expect(r.incidents[0]!.gti!.status).toBe('not-applicable')
    expect(r.incidents[1]!.gti!.status).toBe('met')
    expect(r.incidents[1]!.gti!.doneAtSource).toBe('end')
    // Reported Mon 11 May 10:00 Paris (08:00Z), no intervention, ended 11:00 Paris: the end stands for the intervention, 1 h in.
    expect(r.incidents[1]!.gti!.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gti',
        clock: { start: Date.parse('2026-05-11T08:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR', deadline: Date.parse('2026-05-11T12:00:00Z') },
        doneAt: Date.parse('2026-05-11T09:00:00Z'),
        doneSource: 'end',
        elapsedBusinessMs: H,
      },
      { kind: 'restoration-as-intervention' },
    ])
    expect(r.incidents[1]!.gti!.explanation).toBe(
      'GTI met: clock started at 2026-05-11T08:00:00Z (reportedAt), PT4H on Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR → deadline 2026-05-11T12:00:00Z; intervention at 2026-05-11T09:00:00Z (end), after 1 h of covered time. (No intervention recorded: the restoration counts as the intervention.)',
    )
  })

  it('refuses an incident whose clock cannot start', () => {
    expect(() => evaluateGuarantees({ commitment: gti4h, incidents: [{ start: '2026-05-11T10:00:00Z', end: '2026-05-11T11:00:00Z' }] })).toThrow(
      /incidents\[0\]: has neither reportedAt nor detectedAt: the GTI clock cannot start/,
    )
    expect(() => evaluateGuarantees({ commitment: { credit: { type: 'pro-rata' } }, incidents: [] })).toThrow(InputError)
  })

  it('gives period statistics: counts, share within, mean and 90th percentile', () => {
    // Ten incidents reported Monday 11 May 2026 at 09:00 Paris, intervention after 1, 2, …, 10 h of wall-clock
    // time; the GTI is 4 business hours (deadline 13:00), so 4 are met and 6 breached.
    const incidents = Array.from({ length: 10 }, (_, k) => ({
      start: '2026-05-11T09:00:00+02:00',
      end: '2026-05-11T23:00:00+02:00',
      reportedAt: '2026-05-11T09:00:00+02:00',
      interventionAt: new Date(Date.parse('2026-05-11T09:00:00+02:00') + (k + 1) * H),
    }))
    const s = evaluateGuarantees({ commitment: gti4h, incidents }).stats.gti!
    expect([s.incidents, s.met, s.breached, s.pending]).toEqual([10, 4, 6, 0])
    expect(s.withinPercent?.toString()).toBe('40')
    // wall: mean of 1..10 h = 5.5 h; p90 (nearest rank 9) = 9 h; business time caps at 9 h per day (18:00)
    expect(s.meanWallMs).toBe(5.5 * H)
    expect(s.p90WallMs).toBe(9 * H)
    expect(s.p90BusinessMs).toBe(9 * H)
    // business: 1..9 h then 9 h again for the 19:00 intervention: (45 + 9) / 10 = 5.4 h
    expect(s.meanBusinessMs).toBe(5.4 * H)
  })
})

describe('guarantees in the monthly statement', () => {
  it('adds GTI penalties to the availability credit, or takes the larger, before the cap', () => {
    const period = monthPeriod({ year: 2026, month: 5, timeZone: 'Europe/Paris' })
    const incidents = [
      // 1 h outage on vps-1, GTI breached by 8 h 15 (14 %, as above)
      { id: 'late', start: '2026-05-13T16:00:00+02:00', end: '2026-05-13T17:00:00+02:00', elements: ['vps-1'], reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-18T10:15:00+02:00' },
    ]
    const credit = { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '10' }, { below: '99', credit: '25' }] } as const
    const elements = [
      { id: 'vps-1', fee: { amount: '10', currency: 'EUR' } },
      { id: 'vps-2', fee: { amount: '10', currency: 'EUR' } },
    ]
    const added = monthlyStatement({ commitment: { ...gti4h, credit }, period, incidents, elements })
    // 1 h of 744 h = 99.866 % → 10 %; + 14 % GTI = 24 % of 10 EUR = 2.40 EUR
    expect(added.elements[0]!.credit.percent.toString()).toBe('24')
    expect(added.elements[0]!.credit.parts.map((p) => `${p.model} ${p.percent}`)).toEqual(['tiers 10', 'gti 14'])
    expect(added.elements[0]!.guarantees).toHaveLength(1)
    expect(added.elements[1]!.guarantees).toHaveLength(0)
    expect(added.guaranteeStats?.gti?.breached).toBe(1)
    const larger = monthlyStatement({ commitment: { ...gti4h, credit, combine: 'larger' }, period, incidents, elements })
    expect(larger.elements[0]!.credit.percent.toString()).toBe('14')
    const capped = monthlyStatement({ commitment: { ...gti4h, credit, cap: '15' }, period, incidents, elements })
    expect(capped.elements[0]!.credit.percent.toString()).toBe('15')
    expect(capped.elements[0]!.credit.capped).toBe(true)
  })

  it('caps the penalties of one guarantee over the period', () => {
    const period = monthPeriod({ year: 2026, month: 5, timeZone: 'Europe/Paris' })
    const late = { start: '2026-05-13T16:00:00+02:00', end: '2026-05-13T17:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-18T10:15:00+02:00' }
    const s = monthlyStatement({ commitment: gti4h, period, incidents: [late, { ...late }], elements: [{ id: 'x', fee: { amount: '10', currency: 'EUR' } }] })
    // 14 % + 14 % = 28 %, capped at the GTI's 20 %; no availability credit (best effort)
    expect(s.elements[0]!.credit.percent.toString()).toBe('20')
    expect(s.elements[0]!.credit.parts[0]!.explanation).toBe('GTI breached 2 times → 28 % of the fee, capped at 20 %.')
  })
})
