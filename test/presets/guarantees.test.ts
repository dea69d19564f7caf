import { describe, expect, it } from 'vitest'
import { addBusinessTime, creditFor, evaluateGuarantees, parseCommitment, presets } from '../../src/index.js'
import type { GuaranteeStep } from '../../src/index.js'
import { creditOfMonth, MIN, outage, sourceOf } from './helpers.js'

const { managedDedicated } = presets.alwaysdata
const { franceTelecomGtr2001, arcepFtthGtr } = presets.historical

describe('presets: alwaysdata managed dedicated (the collected terms, GTI 15 min, GTR 1 h, 99.9 %)', () => {
  it('run a 15-minute GTI and a 1-hour GTR round the clock', () => {
    // Saturday 14 March 2026, 03:00 Paris, at night: 24/7 (assumed) so the clocks run at once.
    // GTI deadline 03:15, intervention 03:20 → breached by 5 min; GTR deadline 04:00, restored 03:50 → met.
    const r = evaluateGuarantees({
      commitment: managedDedicated,
      incidents: [
        {
          start: '2026-03-14T02:58:00+01:00',
          end: '2026-03-14T03:50:00+01:00',
          reportedAt: '2026-03-14T03:00:00+01:00',
          interventionAt: '2026-03-14T03:20:00+01:00',
          restoredAt: '2026-03-14T03:50:00+01:00',
        },
      ],
    })
    const { gti, gtr } = r.incidents[0]!
    expect(gti!.deadline!.toISOString()).toBe('2026-03-14T02:15:00.000Z')
    expect(gti!.status).toBe('breached')
    expect(gti!.lateWallMs).toBe(5 * MIN)
    expect(gtr!.deadline!.toISOString()).toBe('2026-03-14T03:00:00.000Z')
    expect(gtr!.status).toBe('met')
  })

  it('report a breach but give no credit: no penalty and no availability credit are published', () => {
    // Reported 03:00; intervention 03:30 (GTI deadline 03:15: 15 min late); restored 04:30 (GTR deadline 04:00: 30 min late).
    const incidents = [
      {
        start: '2026-03-14T03:00:00+01:00',
        end: '2026-03-14T04:30:00+01:00',
        reportedAt: '2026-03-14T03:00:00+01:00',
        interventionAt: '2026-03-14T03:30:00+01:00',
        restoredAt: '2026-03-14T04:30:00+01:00',
        elements: ['e'],
      },
    ]
    const guarantees = evaluateGuarantees({ commitment: managedDedicated, incidents }).incidents
    for (const outcome of [guarantees[0]!.gti!, guarantees[0]!.gtr!]) {
      expect(outcome.status).toBe('breached')
      expect(outcome.penaltyPercent.toString()).toBe('0')
    }
    // 03:00 Paris is 02:00Z: GTI due 02:15Z, intervention 02:30Z; GTR due 03:00Z, restored 03:30Z. Each breach says no penalty follows.
    const reported = Date.parse('2026-03-14T02:00:00Z')
    expect(guarantees[0]!.gti!.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'breached',
        guarantee: 'gti',
        clock: { start: reported, source: 'reportedAt', within: 'PT15M', calendar: '24/7', deadline: reported + 15 * MIN },
        doneAt: reported + 30 * MIN,
        doneSource: 'interventionAt',
        lateBusinessMs: 15 * MIN,
        lateWallMs: 15 * MIN,
      },
      { kind: 'no-penalty' },
    ])
    expect(guarantees[0]!.gtr!.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'breached',
        guarantee: 'gtr',
        clock: { start: reported, source: 'reportedAt', within: 'PT1H', calendar: '24/7', deadline: reported + 60 * MIN },
        doneAt: reported + 90 * MIN,
        doneSource: 'restoredAt',
        lateBusinessMs: 30 * MIN,
        lateWallMs: 30 * MIN,
      },
      { kind: 'no-penalty' },
    ])
    expect(guarantees[0]!.gti!.explanation).toBe(
      'GTI breached: clock started at 2026-03-14T02:00:00Z (reportedAt), PT15M on 24/7 → deadline 2026-03-14T02:15:00Z; intervention at 2026-03-14T02:30:00Z (interventionAt), 15 min of covered time late (15 min elapsed). The commitment sets no penalty for it.',
    )
    expect(guarantees[0]!.gtr!.explanation).toBe(
      'GTR breached: clock started at 2026-03-14T02:00:00Z (reportedAt), PT1H on 24/7 → deadline 2026-03-14T03:00:00Z; restoration at 2026-03-14T03:30:00Z (restoredAt), 30 min of covered time late (30 min elapsed). The commitment sets no penalty for it.',
    )
    expect(guarantees[0]!.gti!.lateWallMs).toBe(15 * MIN)
    expect(guarantees[0]!.gtr!.lateWallMs).toBe(30 * MIN)
    // March 2026 in Paris: 743 h = 44,580 min; 60 min down → 99.86541 %, below the 99.9 % announced, yet 0 %.
    const { availability, credit } = creditOfMonth(managedDedicated, 2026, 3, 'Europe/Paris', [outage('2026-03-14T03:00:00+01:00', 60 * MIN)])
    expect(availability.availability.lt('99.9')).toBe(true)
    expect(credit.percent.toString()).toBe('0')
    expect(creditFor({ commitment: managedDedicated, availability, fee: { amount: '409', currency: 'EUR' }, guarantees }).percent.toString()).toBe('0')
    expect(parseCommitment(managedDedicated).credit).toEqual([])
  })

  it('say that 24/7 and the missing credits are readings', () => {
    const notes = sourceOf(managedDedicated).notes.join(' ')
    expect(notes).toMatch(/24\/7 is an ASSUMPTION/)
    expect(notes).toMatch(/no credit/)
    expect(notes).toMatch(/no penalty/)
  })
})

describe('presets: France Télécom contrat professionnel présence 2001 (ART décision 2001-355)', () => {
  const calendar = franceTelecomGtr2001.gtr.calendar

  it('give a 4-hour GTR on Monday–Saturday 08:00–18:00 Paris', () => {
    // Reported Saturday 14 March 2026 17:00: 1 h on Saturday (17:00–18:00), Sunday closed,
    // 3 h on Monday from 08:00 → Monday 16 March 11:00 Paris = 10:00Z.
    expect(addBusinessTime(calendar, '2026-03-14T17:00:00+01:00', 'PT4H').toISOString()).toBe('2026-03-16T10:00:00.000Z')
    // Reported Friday 13 March 16:00: 2 h on Friday, 2 h on Saturday from 08:00 → Saturday 10:00 Paris = 09:00Z.
    expect(addBusinessTime(calendar, '2026-03-13T16:00:00+01:00', 'PT4H').toISOString()).toBe('2026-03-14T09:00:00.000Z')
  })

  it('close on French public holidays (a reading): Whit Monday 2001', () => {
    // Easter 2001 was 15 April, so Whit Monday was 4 June. Reported Saturday 2 June 2001 17:00 (+02:00):
    // 1 h on Saturday, Sunday closed, Monday 4 June a holiday, 3 h on Tuesday from 08:00 → Tuesday 11:00 = 09:00Z.
    expect(addBusinessTime(calendar, '2001-06-02T17:00:00+02:00', 'PT4H').toISOString()).toBe('2001-06-05T09:00:00.000Z')
  })

  it('report a late restoration with no penalty', () => {
    // Reported Saturday 14 March 2026 17:00 → deadline Monday 11:00; restored Monday 11:30 → 30 min late.
    const r = evaluateGuarantees({
      commitment: franceTelecomGtr2001,
      incidents: [
        { id: 'late', start: '2026-03-14T16:45:00+01:00', end: '2026-03-16T11:30:00+01:00', reportedAt: '2026-03-14T17:00:00+01:00', restoredAt: '2026-03-16T11:30:00+01:00' },
        { id: 'on-time', start: '2026-03-14T16:45:00+01:00', end: '2026-03-16T10:59:00+01:00', reportedAt: '2026-03-14T17:00:00+01:00', restoredAt: '2026-03-16T10:59:00+01:00' },
      ],
    })
    const late = r.incidents[0]!.gtr!
    expect(late.status).toBe('breached')
    expect(late.lateBusinessMs).toBe(30 * MIN)
    expect(late.penaltyPercent.toString()).toBe('0')
    expect(r.incidents[1]!.gtr!.status).toBe('met')
  })

  it('is historical, quotes the décision and notes the readings', () => {
    expect(franceTelecomGtr2001.source.historical).toBe(true)
    expect(sourceOf(franceTelecomGtr2001).clause).toContain('quatre heures ouvrables du lundi au samedi de 8 heures à 18 heures')
    const notes = sourceOf(franceTelecomGtr2001).notes.join(' ')
    expect(notes).toMatch(/public holidays are closed.*READING/)
    expect(notes).toMatch(/No penalty is known/)
  })
})

describe('presets: ARCEP FttH wholesale, 10 heures ouvrées (business hours assumed)', () => {
  const calendar = arcepFtthGtr.gtr.calendar

  it('give a 10-hour GTR on the assumed Monday–Friday 08:00–18:00 Paris', () => {
    // Friday 13 March 2026 16:00: 2 h on Friday, weekend closed, 8 h on Monday from 08:00
    // → Monday 16 March 16:00 Paris = 15:00Z.
    expect(addBusinessTime(calendar, '2026-03-13T16:00:00+01:00', 'PT10H').toISOString()).toBe('2026-03-16T15:00:00.000Z')
    // Reported Saturday: the clock waits for Monday 08:00; 10 h is the whole of Monday (08:00–18:00)
    // → Monday 18:00 Paris = 17:00Z (a deadline that uses up a day is its closing time).
    expect(addBusinessTime(calendar, '2026-03-14T10:00:00+01:00', 'PT10H').toISOString()).toBe('2026-03-16T17:00:00.000Z')
    // Wednesday 13 May 2026 14:00: 4 h on Wednesday, Thursday 14 May is Ascension, 6 h on Friday → 14:00 = 12:00Z.
    expect(addBusinessTime(calendar, '2026-05-13T14:00:00+02:00', 'PT10H').toISOString()).toBe('2026-05-15T12:00:00.000Z')
  })

  it('is unverified for its calendar, and says the hours are an assumption', () => {
    expect(arcepFtthGtr.source.verified).toBe(false)
    expect(arcepFtthGtr.source.historical).toBe(true)
    expect(sourceOf(arcepFtthGtr).clause).toBe('rétablissement des pannes en 10 heures ouvrées')
    expect(sourceOf(arcepFtthGtr).notes.join(' ')).toMatch(/Calendar: an ASSUMPTION/)
  })
})
