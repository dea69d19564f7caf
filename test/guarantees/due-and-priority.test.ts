import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, InputError, parseCommitment } from '../../src/index.js'
import type { CommitmentInput, IncidentInput } from '../../src/index.js'

const H = 3_600_000
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const t = (iso: string) => Date.parse(iso)

function deadline(commitment: CommitmentInput, incident: IncidentInput): string | undefined {
  const r = evaluateGuarantees({ commitment, incidents: [incident] })
  return r.incidents[0]!.gtr!.deadline?.toISOString()
}
const at = (reported: string): IncidentInput => ({ start: reported, end: '2027-01-01T00:00:00Z', reportedAt: reported })

describe('deadlines in business days', () => {
  it('N business days: due at the close of the Nth business day after the day of the report, holidays skipped', () => {
    // Wed 13 May 2026: Thursday 14 is Ascension, Friday 15 is day 1, Monday 18 is day 2 → Mon 18:00 Paris (+02:00).
    expect(deadline({ gtr: { due: { businessDays: 2 }, calendar: office } }, at('2026-05-13T16:00:00+02:00'))).toBe('2026-05-18T16:00:00.000Z')
  })

  it('a report after closing counts from its own day; the close keeps its wall-clock time across the autumn change', () => {
    // Fri 23 Oct 2026 20:00 (+02:00); clocks go back on Sunday 25; day 1 is Mon 26 → 18:00 (+01:00) = 17:00Z.
    expect(deadline({ gtr: { due: { businessDays: 1 }, calendar: office } }, at('2026-10-23T20:00:00+02:00'))).toBe('2026-10-26T17:00:00.000Z')
  })

  it('next business day at a time, across the spring change and over Easter Monday', () => {
    // Fri 27 Mar 2026 15:00 (+01:00) → Mon 30 Mar 12:00 (+02:00) = 10:00Z.
    expect(deadline({ gtr: { due: { nextBusinessDay: '12:00' }, calendar: office } }, at('2026-03-27T15:00:00+01:00'))).toBe('2026-03-30T10:00:00.000Z')
    // Fri 3 Apr 2026 (Good Friday is no holiday in FR) → Mon 6 Apr is Easter Monday → Tue 7 Apr 12:00 (+02:00).
    expect(deadline({ gtr: { due: { nextBusinessDay: '12:00' }, calendar: office } }, at('2026-04-03T09:30:00+02:00'))).toBe('2026-04-07T10:00:00.000Z')
    // Good Friday is closed in Alsace-Moselle: Thu 2 Apr → Tue 7 Apr there, Fri 3 Apr elsewhere.
    expect(deadline({ gtr: { due: { nextBusinessDay: '12:00' }, calendar: { ...office, holidays: 'FR-alsace-moselle' } } }, at('2026-04-02T10:00:00+02:00'))).toBe('2026-04-07T10:00:00.000Z')
    expect(deadline({ gtr: { due: { nextBusinessDay: '12:00' }, calendar: office } }, at('2026-04-02T10:00:00+02:00'))).toBe('2026-04-03T10:00:00.000Z')
  })

  it('on 24/7 every day is a business day, closing at midnight UTC', () => {
    expect(deadline({ gtr: { due: { businessDays: 1 } } }, at('2026-06-01T10:00:00Z'))).toBe('2026-06-03T00:00:00.000Z')
  })

  it('a pause moves a business-day deadline by its covered time', () => {
    // 1 business day from Mon 1 Jun 2026 10:00 → Tue 2 Jun 18:00 (17 h covered). Waiting Tue 15:00–17:00 (2 h):
    // Mon 10–18 (8 h) + Tue 09–15 (6 h) + Tue 17–18 (1 h) + Wed 09–11 (2 h) = 17 h → Wed 3 Jun 11:00 (+02:00).
    const incident: IncidentInput = {
      ...at('2026-06-01T10:00:00+02:00'),
      waiting: [{ start: '2026-06-02T15:00:00+02:00', end: '2026-06-02T17:00:00+02:00', reason: 'waiting-customer' }],
    }
    expect(deadline({ gtr: { due: { businessDays: 1 }, calendar: office, pauseOn: ['waiting-customer'] } }, incident)).toBe('2026-06-03T09:00:00.000Z')
    // the same wait outside the hours (Tue 19:00–21:00) moves nothing
    const evening: IncidentInput = { ...incident, waiting: [{ start: '2026-06-02T19:00:00+02:00', end: '2026-06-02T21:00:00+02:00', reason: 'waiting-customer' }] }
    expect(deadline({ gtr: { due: { businessDays: 1 }, calendar: office, pauseOn: ['waiting-customer'] } }, evening)).toBe('2026-06-02T16:00:00.000Z')
  })

  it('compiles a due rule with a nominal time for sorting: the days times a mean business day', () => {
    // 45 h a week over 5 business days = 9 h a day; 2 days = 18 h
    const c = parseCommitment({ gtr: { due: { businessDays: 2 }, calendar: office } })
    expect([c.gtr!.within, c.gtr!.withinMs, c.gtr!.due]).toEqual(['2 business days', 18 * H, { kind: 'business-days', days: 2 }])
    const n = parseCommitment({ gti: { due: { nextBusinessDay: '08:30' }, calendar: office } })
    expect([n.gti!.within, n.gti!.due]).toEqual(['next business day 08:30', { kind: 'next-business-day', at: '08:30', atMs: 8.5 * H }])
  })

  it('refuses both within and due, neither, and a time that is not HH:MM', () => {
    const issues = (input: unknown) => {
      try {
        parseCommitment(input as CommitmentInput)
      } catch (e) {
        return (e as InputError).issues.map((i) => i.path)
      }
      return []
    }
    expect(issues({ gtr: { within: 'PT4H', due: { businessDays: 1 } } })).toEqual(['gtr.due'])
    expect(issues({ gtr: { calendar: office } })).toEqual(['gtr.within'])
    expect(issues({ gtr: { due: { nextBusinessDay: '25:00' } } })).toEqual(['gtr.due.nextBusinessDay'])
    expect(issues({ gtr: { due: { businessDays: 0 } } })).toEqual(['gtr.due.businessDays'])
  })
})

describe('targets by priority', () => {
  const commitment: CommitmentInput = {
    gtr: {
      within: 'PT8H',
      calendar: office,
      byPriority: { P1: { within: 'PT1H', calendar: '24/7' }, P3: { due: { nextBusinessDay: '12:00' } } },
    },
  }

  it('takes the priority’s own target and calendar, else the guarantee’s', () => {
    const r = evaluateGuarantees({
      commitment,
      incidents: [
        // P1 on Saturday 16 May 2026 10:00 Paris: 1 h round the clock → 11:00 (+02:00)
        { start: '2026-05-16T10:00:00+02:00', end: '2026-05-16T10:30:00+02:00', reportedAt: '2026-05-16T10:00:00+02:00', priority: 'P1' },
        // P3 on Saturday: next business day Monday 18 May at 12:00, on the guarantee's calendar
        { start: '2026-05-16T10:00:00+02:00', end: '2026-05-18T12:30:00+02:00', reportedAt: '2026-05-16T10:00:00+02:00', priority: 'P3' },
        // P2 has no target of its own: PT8H on office hours → Mon 18 May 17:00
        { start: '2026-05-16T10:00:00+02:00', end: '2026-05-18T12:30:00+02:00', reportedAt: '2026-05-16T10:00:00+02:00', priority: 'P2' },
        // no priority: the same
        { start: '2026-05-16T10:00:00+02:00', end: '2026-05-18T12:30:00+02:00', reportedAt: '2026-05-16T10:00:00+02:00' },
      ],
    })
    const g = r.incidents.map((x) => x.gtr!)
    expect(g.map((x) => [x.deadline?.toISOString(), x.status])).toEqual([
      ['2026-05-16T09:00:00.000Z', 'met'],
      ['2026-05-18T10:00:00.000Z', 'breached'],
      ['2026-05-18T15:00:00.000Z', 'met'],
      ['2026-05-18T15:00:00.000Z', 'met'],
    ])
    expect(r.incidents.map((x) => x.priority)).toEqual(['P1', 'P3', 'P2', undefined])
    expect(g.map((x) => x.steps[0])).toEqual([
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P1', own: true, within: 'PT1H', calendar: '24/7' },
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P3', own: true, within: 'next business day 12:00', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR' },
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P2', own: false, within: 'PT8H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR' },
      { kind: 'priority-target', guarantee: 'gtr', priority: null, own: false, within: 'PT8H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR' },
    ])
    // P3 was restored 30 min after its deadline, on the office calendar
    expect([g[1]!.lateBusinessMs, g[1]!.lateWallMs]).toEqual([H / 2, H / 2])
  })

  it('a change of priority re-reads the whole history: the paused time is kept', () => {
    // Waiting Mon 18 May 09:30–10:30 (1 h covered). P2 (PT8H office) from Mon 09:00 → 17:00 + 1 h = 18:00;
    // the same ticket as P1 (PT1H 24/7) → 10:00 + 1 h = 11:00 (+02:00).
    const incident = (priority: string): IncidentInput => ({
      start: '2026-05-18T09:00:00+02:00',
      end: '2026-05-18T20:00:00+02:00',
      reportedAt: '2026-05-18T09:00:00+02:00',
      priority,
      waiting: [{ start: '2026-05-18T09:30:00+02:00', end: '2026-05-18T10:30:00+02:00', reason: 'waiting-customer' }],
    })
    const paused: CommitmentInput = { gtr: { ...commitment.gtr!, pauseOn: ['waiting-customer'] } }
    const r = evaluateGuarantees({ commitment: paused, incidents: [incident('P2'), incident('P1')] })
    expect(r.incidents.map((x) => x.gtr!.deadline?.toISOString())).toEqual(['2026-05-18T16:00:00.000Z', '2026-05-18T09:00:00.000Z'])
    expect(r.incidents.map((x) => x.gtr!.pausedBusinessMs)).toEqual([H, H])
  })

  it('refuses a bad target with its path', () => {
    expect(() => parseCommitment({ gtr: { within: 'PT4H', byPriority: { P1: { within: 'PT0S' }, P2: { calendar: { timeZone: 'Mars/Olympus', hours: {} } } } } })).toThrow(
      /gtr\.byPriority\.P1\.within: must be longer than zero[\s\S]*gtr\.byPriority\.P2\.calendar\.timeZone/,
    )
  })
})
