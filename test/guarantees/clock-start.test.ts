import { describe, expect, it } from 'vitest'
import { evaluateGuarantees } from '../../src/index.js'
import type { CommitmentInput, GuaranteeStep } from '../../src/index.js'

const H = 3_600_000
const at = (iso: string) => Date.parse(iso)
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const calendar = 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR'

// Monday 11 May 2026 in Paris (UTC+2): an incident seen at 10:00 and reported at 10:30, or the other way
// round, restored at 11:45; the outage itself ends at 12:00 once the checks are done.
function incident(detectedAt: string, reportedAt: string | undefined) {
  return {
    start: '2026-05-11T09:55:00+02:00',
    end: '2026-05-11T12:00:00+02:00',
    detectedAt,
    ...(reportedAt !== undefined && { reportedAt }),
    restoredAt: '2026-05-11T11:45:00+02:00',
  }
}

function gtrSteps(commitment: CommitmentInput, incidents: ReturnType<typeof incident>[]): readonly GuaranteeStep[][] {
  return evaluateGuarantees({ commitment, incidents }).incidents.map((x) => [...x.gtr!.steps])
}

describe('when the GTR clock starts', () => {
  const first: CommitmentInput = { gtr: { within: 'PT2H', calendar: office, clockStartsAt: 'first' } }

  it('starts at whichever came first, detection or report; at a tie the report is named', () => {
    const steps = gtrSteps(first, [
      incident('2026-05-11T10:00:00+02:00', '2026-05-11T10:30:00+02:00'),
      incident('2026-05-11T10:30:00+02:00', '2026-05-11T10:00:00+02:00'),
      incident('2026-05-11T10:00:00+02:00', '2026-05-11T10:00:00+02:00'),
    ])
    // Every clock starts at 10:00 Paris (08:00Z): + 2 covered hours = 12:00 Paris (10:00Z). Restored at 11:45
    // Paris (09:45Z): met after 1 h 45 of covered time; the restoration, not the 12:00 end, is what counts.
    const met = (source: 'reportedAt' | 'detectedAt'): GuaranteeStep[] => [
      {
        kind: 'met',
        guarantee: 'gtr',
        clock: { start: at('2026-05-11T08:00:00Z'), source, within: 'PT2H', calendar, deadline: at('2026-05-11T10:00:00Z') },
        doneAt: at('2026-05-11T09:45:00Z'),
        doneSource: 'restoredAt',
        elapsedBusinessMs: 1.75 * H,
      },
    ]
    expect(steps).toEqual([met('detectedAt'), met('reportedAt'), met('reportedAt')])
  })

  it('starts at the report when the contract says detection but the incident was only reported', () => {
    const [report] = evaluateGuarantees({
      commitment: { gtr: { within: 'PT2H', calendar: office, clockStartsAt: 'detected' } },
      incidents: [{ start: '2026-05-11T09:55:00+02:00', end: '2026-05-11T12:00:00+02:00', reportedAt: '2026-05-11T10:30:00+02:00' }],
    }).incidents
    // Reported 10:30 Paris (08:30Z) + 2 covered hours = 12:30 Paris (10:30Z); no restoredAt, so the end at
    // 12:00 Paris (10:00Z) is the restoration: met after 1 h 30.
    expect(report!.gtr!.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gtr',
        clock: { start: at('2026-05-11T08:30:00Z'), source: 'reportedAt', within: 'PT2H', calendar, deadline: at('2026-05-11T10:30:00Z') },
        doneAt: at('2026-05-11T10:00:00Z'),
        doneSource: 'end',
        elapsedBusinessMs: 1.5 * H,
      },
    ])
  })
})

describe('what stands for the intervention', () => {
  it('takes the restoration as the GTI intervention when none is recorded, and says so', () => {
    const gti = evaluateGuarantees({
      commitment: { gti: { within: 'PT4H', calendar: office } },
      incidents: [{ start: '2026-05-11T10:00:00+02:00', end: '2026-05-11T11:30:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00', restoredAt: '2026-05-11T11:00:00+02:00' }],
    }).incidents[0]!.gti!
    // Reported 10:00 Paris + 4 h = 14:00 Paris (12:00Z); restored at 11:00 Paris (09:00Z), 1 h of covered time.
    expect(gti.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gti',
        clock: { start: at('2026-05-11T08:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar, deadline: at('2026-05-11T12:00:00Z') },
        doneAt: at('2026-05-11T09:00:00Z'),
        doneSource: 'restoredAt',
        elapsedBusinessMs: H,
      },
      { kind: 'restoration-as-intervention' },
    ])
  })

  it('does not call a GTR restoration an intervention', () => {
    const gtr = evaluateGuarantees({
      commitment: { gtr: { within: 'PT4H', calendar: office } },
      incidents: [{ start: '2026-05-11T10:00:00+02:00', end: '2026-05-11T11:30:00+02:00', reportedAt: '2026-05-11T10:00:00+02:00' }],
    }).incidents[0]!.gtr!
    // Restored at the end, 11:30 Paris (09:30Z): 1 h 30 of covered time, one step and nothing about an intervention.
    expect(gtr.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gtr',
        clock: { start: at('2026-05-11T08:00:00Z'), source: 'reportedAt', within: 'PT4H', calendar, deadline: at('2026-05-11T12:00:00Z') },
        doneAt: at('2026-05-11T09:30:00Z'),
        doneSource: 'end',
        elapsedBusinessMs: 1.5 * H,
      },
    ])
    expect(gtr.explanation).toBe(
      `GTR met: clock started at 2026-05-11T08:00:00Z (reportedAt), PT4H on ${calendar} → deadline 2026-05-11T12:00:00Z; restoration at 2026-05-11T09:30:00Z (end), after 1 h 30 min of covered time.`,
    )
  })
})
