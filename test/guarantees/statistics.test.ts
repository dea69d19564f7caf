import { describe, expect, it } from 'vitest'
import { Decimal, evaluateGuarantees, guaranteeStats } from '../../src/index.js'
import type { GuaranteeStats } from '../../src/index.js'

const H = 3_600_000
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const monday = (hhmm: string) => `2026-05-11T${hhmm}:00+02:00`
const tuesday = (hhmm: string) => `2026-05-12T${hhmm}:00+02:00`

// A GTI of 4 covered hours; each incident reported on Monday 11 May 2026 at 09:00 Paris (deadline 13:00)
// unless said otherwise, looked at on Tuesday 12 May at 10:00 Paris.
const asOf = tuesday('10:00')
const reportedMonday = (interventionAt: string) => ({ start: monday('09:00'), end: monday('20:00'), reportedAt: monday('09:00'), interventionAt })
const incidents = [
  reportedMonday(monday('14:00')), // breached, 5 h after the report
  reportedMonday(monday('12:00')), // met after 3 h
  reportedMonday(monday('10:00')), // met after 1 h
  { start: monday('09:00'), reportedAt: monday('09:00') }, // still open, no intervention: overdue since 13:00
  { start: tuesday('09:30'), reportedAt: tuesday('09:30') }, // still open, due at 13:30 Tuesday: pending
  { start: monday('09:00'), end: monday('10:00'), reportedAt: monday('09:00'), cause: 'maintenance' as const }, // excluded
]

describe('the figures of a guarantee over many incidents', () => {
  it('counts what it covers and times only the incidents whose intervention is known', () => {
    const r = evaluateGuarantees({ commitment: { gti: { within: 'PT4H', calendar: office } }, incidents, asOf })
    // Covered: 5 of 6 (maintenance is excluded). Met 2, breached 2 (one late, one overdue), pending 1;
    // within = 2 / (2 + 2) = 50 %. Timed: the three with an intervention, 5 h, 3 h and 1 h, all inside
    // Monday's hours, so covered and elapsed agree: mean 9 h / 3 = 3 h; 90th percentile, nearest rank
    // ceil(0.9 × 3) = 3rd of 1, 3, 5 h = 5 h. The overdue one (25 h elapsed by Tuesday 10:00) and the pending
    // one are not timed: their intervention is still to come.
    expect(r.stats).toEqual({
      incidents: 6,
      gti: { kind: 'gti', incidents: 5, met: 2, breached: 2, pending: 1, withinPercent: new Decimal(50), meanBusinessMs: 3 * H, p90BusinessMs: 5 * H, meanWallMs: 3 * H, p90WallMs: 5 * H },
    })
  })

  it('gives no share and no times, rather than zeros, while nothing is decided', () => {
    const r = evaluateGuarantees({ commitment: { gti: { within: 'PT4H', calendar: office } }, incidents: incidents.slice(4), asOf })
    expect(r.stats.gti).toEqual<GuaranteeStats>({
      kind: 'gti',
      incidents: 1,
      met: 0,
      breached: 0,
      pending: 1,
      withinPercent: null,
      meanBusinessMs: null,
      p90BusinessMs: null,
      meanWallMs: null,
      p90WallMs: null,
    })
  })

  it('gives the figures of each guarantee the commitment has, and none for one it lacks', () => {
    const both = { gti: { within: 'PT4H', calendar: office }, gtr: { within: 'PT8H', calendar: office } }
    const r = evaluateGuarantees({ commitment: both, incidents: incidents.slice(1, 2), asOf })
    // Restored at 20:00 Monday: 9 covered hours (09:00–18:00) and 11 elapsed, past the GTR's 17:00 deadline.
    expect(r.stats.gtr).toEqual<GuaranteeStats>({
      kind: 'gtr',
      incidents: 1,
      met: 0,
      breached: 1,
      pending: 0,
      withinPercent: new Decimal(0),
      meanBusinessMs: 9 * H,
      p90BusinessMs: 9 * H,
      meanWallMs: 11 * H,
      p90WallMs: 11 * H,
    })
    const gtiOnly = evaluateGuarantees({ commitment: { gti: both.gti }, incidents: incidents.slice(1, 2), asOf })
    expect(Object.keys(gtiOnly.stats)).toEqual(['incidents', 'gti'])
    expect(guaranteeStats('gtr', gtiOnly.incidents)).toEqual<GuaranteeStats>({
      kind: 'gtr',
      incidents: 0,
      met: 0,
      breached: 0,
      pending: 0,
      withinPercent: null,
      meanBusinessMs: null,
      p90BusinessMs: null,
      meanWallMs: null,
      p90WallMs: null,
    })
  })
})
