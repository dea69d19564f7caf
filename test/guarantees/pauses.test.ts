import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, evaluateGuarantees, InputError } from '../../src/index.js'
import type { CommitmentInput, GuaranteeStep, IncidentInput } from '../../src/index.js'

const H = 3_600_000
const M = 60_000
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const t = (iso: string) => Date.parse(iso)

function one(commitment: CommitmentInput, incident: IncidentInput, asOf?: string) {
  const r = evaluateGuarantees({ commitment, incidents: [incident], ...(asOf && { asOf }) })
  return r.incidents[0]!
}

describe('clocks that pause', () => {
  it('a wait on the client across a weekend moves the deadline by its covered time only', () => {
    // PT8H from Fri 13 Mar 2026 14:00 Paris: 4 h Friday + 4 h Monday → Mon 16 Mar 13:00 without pause.
    // Waiting on the client Fri 16:00 → Mon 10:00: covered 2 h Friday + 1 h Monday = 3 h, so the deadline
    // is Mon 13:00 + 3 h = Mon 16:00 (walk: 2 h Fri 14–16, then 6 h from Mon 10:00).
    const g = one(
      { gtr: { within: 'PT8H', calendar: office, pauseOn: ['waiting-customer'] } },
      {
        start: '2026-03-13T14:00:00+01:00',
        end: '2026-03-16T15:30:00+01:00',
        reportedAt: '2026-03-13T14:00:00+01:00',
        statusHistory: [
          { at: '2026-03-13T14:00:00+01:00', status: 'new' },
          { at: '2026-03-13T16:00:00+01:00', status: 'waiting-customer' },
          { at: '2026-03-16T10:00:00+01:00', status: 'in-progress' },
          { at: '2026-03-16T15:30:00+01:00', status: 'resolved' },
        ],
      },
    ).gtr!
    expect(g.deadline?.toISOString()).toBe('2026-03-16T15:00:00.000Z')
    expect(g.status).toBe('met')
    // covered Fri 14:00 → Mon 15:30 = 4 h + 6 h 30 = 10 h 30, less 3 h paused = 7 h 30
    expect(g.elapsedBusinessMs).toBe(7.5 * H)
    // wall: 73 h 30 less the 66 h paused (Fri 16:00 → Mon 10:00) = 7 h 30
    expect(g.elapsedWallMs).toBe(7.5 * H)
    expect([g.pausedBusinessMs, g.pausedWallMs]).toEqual([3 * H, 66 * H])
    expect(g.steps).toEqual([
      {
        kind: 'met',
        guarantee: 'gtr',
        clock: { start: t('2026-03-13T13:00:00Z'), source: 'reportedAt', within: 'PT8H', calendar: 'Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR', deadline: t('2026-03-16T15:00:00Z') },
        doneAt: t('2026-03-16T14:30:00Z'),
        doneSource: 'end',
        elapsedBusinessMs: 7.5 * H,
      },
      {
        kind: 'paused',
        guarantee: 'gtr',
        pausedBusinessMs: 3 * H,
        pausedWallMs: 66 * H,
        deadlineWithoutPause: t('2026-03-16T12:00:00Z'),
        pauses: [{ start: t('2026-03-13T15:00:00Z'), end: t('2026-03-16T09:00:00Z'), reasons: ['waiting-customer'], businessMs: 3 * H, open: false }],
      },
    ])
    expect(g.explanation).toBe(
      'GTR met: clock started at 2026-03-13T13:00:00Z (reportedAt), PT8H on Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR → deadline 2026-03-16T15:00:00Z; restoration at 2026-03-16T14:30:00Z (end), after 7 h 30 min of covered time. ' +
        'Clock paused 3 h of covered time (2 d 18 h elapsed): waiting-customer from 2026-03-13T15:00:00Z to 2026-03-16T09:00:00Z, 3 h covered; deadline moved from 2026-03-16T12:00:00Z.',
    )
  })

  it('a wait on a vendor across a public holiday counts only its business hours', () => {
    // PT4H from Wed 13 May 2026 16:00 Paris → Fri 15 May 11:00 without pause (Thursday is Ascension).
    // Waiting on a vendor Wed 17:00 → Fri 10:00: covered Wed 17–18 + Fri 09–10 = 2 h → deadline Fri 13:00.
    // Intervention Fri 13:30: 30 min late, covered and elapsed.
    const g = one(
      { gti: { within: 'PT4H', calendar: office, pauseOn: ['waiting-vendor'], penalty: { perBreach: '5', perLate: { percent: '1', per: 'PT1H' } } } },
      {
        start: '2026-05-13T16:00:00+02:00',
        end: '2026-05-15T16:00:00+02:00',
        reportedAt: '2026-05-13T16:00:00+02:00',
        interventionAt: '2026-05-15T13:30:00+02:00',
        waiting: [{ start: '2026-05-13T17:00:00+02:00', end: '2026-05-15T10:00:00+02:00', reason: 'waiting-vendor' }],
      },
    ).gti!
    expect(g.deadline?.toISOString()).toBe('2026-05-15T11:00:00.000Z')
    expect(g.status).toBe('breached')
    expect([g.lateBusinessMs, g.lateWallMs]).toEqual([30 * M, 30 * M])
    // 5 % for the breach + 1 started hour × 1 %
    expect(g.penaltyPercent.toString()).toBe('6')
    expect(g.steps[1]).toEqual({
      kind: 'paused',
      guarantee: 'gti',
      pausedBusinessMs: 2 * H,
      pausedWallMs: 41 * H,
      deadlineWithoutPause: t('2026-05-15T09:00:00Z'),
      pauses: [{ start: t('2026-05-13T15:00:00Z'), end: t('2026-05-15T08:00:00Z'), reasons: ['waiting-vendor'], businessMs: 2 * H, open: false }],
    })
  })

  it('a wait across the spring DST change is counted on the wall clock of the calendar', () => {
    // Every day 08:00-20:00 Paris. PT6H from Sat 28 Mar 2026 17:00 (+01:00): Sat 17–20 (3 h), Sun 08–11 (3 h).
    // Waiting Sat 19:00 (+01:00) → Sun 09:00 (+02:00): covered Sat 19–20 + Sun 08–09 = 2 h; elapsed 13 h
    // (14 h of wall clock, one of which the clocks skip). Deadline Sun 13:00 (+02:00) = 11:00Z.
    const daily = { timeZone: 'Europe/Paris', hours: { mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00', sat: '08:00-20:00', sun: '08:00-20:00' } }
    const g = one(
      { gtr: { within: 'PT6H', calendar: daily, pauseOn: ['waiting-customer'] } },
      {
        start: '2026-03-28T17:00:00+01:00',
        reportedAt: '2026-03-28T17:00:00+01:00',
        statusHistory: [
          { at: '2026-03-28T19:00:00+01:00', status: 'waiting-customer' },
          { at: '2026-03-29T09:00:00+02:00', status: 'in-progress' },
        ],
      },
      '2026-03-29T14:00:00+02:00',
    ).gtr!
    expect(g.deadline?.toISOString()).toBe('2026-03-29T11:00:00.000Z')
    expect(g.status).toBe('breached')
    // overdue at Sun 14:00 (+02:00): 1 h late
    expect(g.lateBusinessMs).toBe(1 * H)
    expect([g.pausedBusinessMs, g.pausedWallMs]).toEqual([2 * H, 13 * H])
  })

  it('overlapping waits count once, with both reasons', () => {
    // 24/7, PT4H from 10:00Z. Waiting on the client 11:00–12:00 (history), on a vendor 11:30–13:00 (wait):
    // union 11:00–13:00 = 2 h → deadline 16:00Z; restored 15:00 → met after 3 h of running clock.
    const g = one(
      { gtr: { within: 'PT4H', pauseOn: ['waiting-customer', 'waiting-vendor'] } },
      {
        start: '2026-06-01T10:00:00Z',
        end: '2026-06-01T15:00:00Z',
        reportedAt: '2026-06-01T10:00:00Z',
        statusHistory: [
          { at: '2026-06-01T10:00:00Z', status: 'new' },
          { at: '2026-06-01T11:00:00Z', status: 'waiting-customer' },
          { at: '2026-06-01T12:00:00Z', status: 'in-progress' },
        ],
        waiting: [{ start: '2026-06-01T11:30:00Z', end: '2026-06-01T13:00:00Z', reason: 'waiting-vendor' }],
      },
    ).gtr!
    expect(g.deadline?.toISOString()).toBe('2026-06-01T16:00:00.000Z')
    expect(g.status).toBe('met')
    expect(g.elapsedBusinessMs).toBe(3 * H)
    expect(g.steps[1]).toEqual({
      kind: 'paused',
      guarantee: 'gtr',
      pausedBusinessMs: 2 * H,
      pausedWallMs: 2 * H,
      deadlineWithoutPause: t('2026-06-01T14:00:00Z'),
      pauses: [{ start: t('2026-06-01T11:00:00Z'), end: t('2026-06-01T13:00:00Z'), reasons: ['waiting-customer', 'waiting-vendor'], businessMs: 2 * H, open: false }],
    })
  })

  it('a wait after the deadline moves nothing, and is not lateness', () => {
    // 24/7, PT2H from 10:00Z → 12:00Z. Waiting 13:00–15:00, restored 16:00: 4 h after the deadline, 2 h of
    // them waiting → 2 h late; 1 % per started hour → 2 %.
    const g = one(
      { gtr: { within: 'PT2H', pauseOn: ['waiting-customer'], penalty: { perLate: { percent: '1', per: 'PT1H', clock: 'wall-clock' } } } },
      {
        start: '2026-06-01T10:00:00Z',
        end: '2026-06-01T16:00:00Z',
        reportedAt: '2026-06-01T10:00:00Z',
        waiting: [{ start: '2026-06-01T13:00:00Z', end: '2026-06-01T15:00:00Z', reason: 'waiting-customer' }],
      },
    ).gtr!
    expect(g.deadline?.toISOString()).toBe('2026-06-01T12:00:00.000Z')
    expect([g.status, g.lateBusinessMs, g.lateWallMs]).toEqual(['breached', 2 * H, 2 * H])
    expect(g.penaltyPercent.toString()).toBe('2')
    // The wait paused 2 h, but after the deadline: the deadline it would have had without a pause is the same 12:00.
    expect(g.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'breached',
        guarantee: 'gtr',
        clock: { start: t('2026-06-01T10:00:00Z'), source: 'reportedAt', within: 'PT2H', calendar: '24/7', deadline: t('2026-06-01T12:00:00Z') },
        doneAt: t('2026-06-01T16:00:00Z'),
        doneSource: 'end',
        lateBusinessMs: 2 * H,
        lateWallMs: 2 * H,
      },
      {
        kind: 'paused',
        guarantee: 'gtr',
        pausedBusinessMs: 2 * H,
        pausedWallMs: 2 * H,
        deadlineWithoutPause: t('2026-06-01T12:00:00Z'),
        pauses: [{ start: t('2026-06-01T13:00:00Z'), end: t('2026-06-01T15:00:00Z'), reasons: ['waiting-customer'], businessMs: 2 * H, open: false }],
      },
      { kind: 'penalty', perBreach: null, perLate: { units: 2, count: 'started', per: 'PT1H', clock: 'wall-clock', unitPercent: new Decimal(1), percent: new Decimal(2) }, percent: new Decimal(2) },
    ])
    expect(g.explanation).toBe(
      'GTR breached: clock started at 2026-06-01T10:00:00Z (reportedAt), PT2H on 24/7 → deadline 2026-06-01T12:00:00Z; restoration at 2026-06-01T16:00:00Z (end), 2 h of covered time late (2 h elapsed). Clock paused 2 h of covered time (2 h elapsed): waiting-customer from 2026-06-01T13:00:00Z to 2026-06-01T15:00:00Z, 2 h covered; deadline moved from 2026-06-01T12:00:00Z. Penalty: 2 started PT1H of wall-clock lateness × 1 % = 2 % = 2 % of the fee.',
    )
  })

  it('a wait that begins exactly at the deadline moves nothing: the time was already used up', () => {
    // 24/7, PT1H from 10:00Z → 11:00Z; waiting 11:00–12:00, restored 12:30: 1 h 30 after the deadline,
    // 1 h of it waiting → 30 min late
    const g = one(
      { gtr: { within: 'PT1H', pauseOn: ['waiting-customer'] } },
      { start: '2026-06-01T10:00:00Z', end: '2026-06-01T12:30:00Z', reportedAt: '2026-06-01T10:00:00Z', waiting: [{ start: '2026-06-01T11:00:00Z', end: '2026-06-01T12:00:00Z', reason: 'waiting-customer' }] },
    ).gtr!
    expect([g.deadline?.toISOString(), g.status, g.lateWallMs]).toEqual(['2026-06-01T11:00:00.000Z', 'breached', 30 * M])
  })

  it('a wait not yet over stops the clock until asOf', () => {
    // 24/7, PT1H from 10:00Z; waiting on the client since 10:30, still at asOf 12:00:
    // 30 min ran, 1 h 30 paused → deadline 11:00 + 1 h 30 = 12:30, pending.
    const g = one(
      { gti: { within: 'PT1H', pauseOn: ['waiting-customer'] } },
      { start: '2026-06-01T10:00:00Z', reportedAt: '2026-06-01T10:00:00Z', statusHistory: [{ at: '2026-06-01T10:30:00Z', status: 'waiting-customer' }] },
      '2026-06-01T12:00:00Z',
    ).gti!
    expect([g.status, g.deadline?.toISOString(), g.elapsedBusinessMs]).toEqual(['pending', '2026-06-01T12:30:00.000Z', 30 * M])
    // Without the pause it was due 11:00; the open wait (10:30 to asOf 12:00, 1 h 30) moves it to 12:30.
    expect(g.steps).toEqual<GuaranteeStep[]>([
      { kind: 'pending', guarantee: 'gti', clock: { start: t('2026-06-01T10:00:00Z'), source: 'reportedAt', within: 'PT1H', calendar: '24/7', deadline: t('2026-06-01T12:30:00Z') }, asOf: t('2026-06-01T12:00:00Z') },
      {
        kind: 'paused',
        guarantee: 'gti',
        pausedBusinessMs: 90 * M,
        pausedWallMs: 90 * M,
        deadlineWithoutPause: t('2026-06-01T11:00:00Z'),
        pauses: [{ start: t('2026-06-01T10:30:00Z'), end: t('2026-06-01T12:00:00Z'), reasons: ['waiting-customer'], businessMs: 90 * M, open: true }],
      },
    ])
    expect(g.explanation).toBe(
      'GTI pending: clock started at 2026-06-01T10:00:00Z (reportedAt), PT1H on 24/7 → deadline 2026-06-01T12:30:00Z; no intervention yet at 2026-06-01T12:00:00Z. Clock paused 1 h 30 min of covered time (1 h 30 min elapsed): waiting-customer from 2026-06-01T10:30:00Z to 2026-06-01T12:00:00Z (still waiting), 1 h 30 min covered; deadline moved from 2026-06-01T11:00:00Z.',
    )
  })

  it('a wait after the intervention does not move the GTI', () => {
    // 24/7, GTI PT1H from 10:00Z, intervention 10:45; waiting on the client 11:00–15:00 after it.
    const g = one(
      { gti: { within: 'PT1H', pauseOn: ['waiting-customer'] } },
      {
        start: '2026-06-01T10:00:00Z',
        end: '2026-06-01T16:00:00Z',
        reportedAt: '2026-06-01T10:00:00Z',
        interventionAt: '2026-06-01T10:45:00Z',
        waiting: [{ start: '2026-06-01T11:00:00Z', end: '2026-06-01T15:00:00Z', reason: 'waiting-customer' }],
      },
    ).gti!
    expect([g.status, g.deadline?.toISOString(), g.pausedWallMs]).toEqual(['met', '2026-06-01T11:00:00.000Z', 0])
    // Met at 10:45, 45 min in: no paused step, the wait came after the intervention.
    expect(g.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'met',
        guarantee: 'gti',
        clock: { start: t('2026-06-01T10:00:00Z'), source: 'reportedAt', within: 'PT1H', calendar: '24/7', deadline: t('2026-06-01T11:00:00Z') },
        doneAt: t('2026-06-01T10:45:00Z'),
        doneSource: 'interventionAt',
        elapsedBusinessMs: 45 * M,
      },
    ])
  })

  it('only the statuses the guarantee names pause it; without pauseOn the history changes nothing', () => {
    const incident: IncidentInput = {
      start: '2026-06-01T10:00:00Z',
      end: '2026-06-01T16:00:00Z',
      reportedAt: '2026-06-01T10:00:00Z',
      statusHistory: [
        { at: '2026-06-01T11:00:00Z', status: 'waiting-vendor' },
        { at: '2026-06-01T12:00:00Z', status: 'in-progress' },
      ],
    }
    const { statusHistory: _, ...bare } = incident
    expect(one({ gtr: { within: 'PT2H' } }, incident)).toEqual(one({ gtr: { within: 'PT2H' } }, bare))
    expect(one({ gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } }, incident).gtr!.deadline?.toISOString()).toBe('2026-06-01T12:00:00.000Z')
    // naming the vendor wait: 1 h paused → 13:00
    expect(one({ gtr: { within: 'PT2H', pauseOn: ['waiting-vendor'] } }, incident).gtr!.deadline?.toISOString()).toBe('2026-06-01T13:00:00.000Z')
  })

  it('recomputes paused time from the history under any commitment: a new target keeps the pause', () => {
    // Waiting 11:00–12:00 on 24/7: PT2H → 13:00, PT4H → 15:00; both count the same hour.
    const incident: IncidentInput = {
      start: '2026-06-01T10:00:00Z',
      reportedAt: '2026-06-01T10:00:00Z',
      end: '2026-06-01T18:00:00Z',
      waiting: [{ start: '2026-06-01T11:00:00Z', end: '2026-06-01T12:00:00Z', reason: 'waiting-customer' }],
    }
    const a = one({ gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } }, incident).gtr!
    const b = one({ gtr: { within: 'PT4H', pauseOn: ['waiting-customer'] } }, incident).gtr!
    expect([a.deadline?.toISOString(), b.deadline?.toISOString()]).toEqual(['2026-06-01T13:00:00.000Z', '2026-06-01T15:00:00.000Z'])
    expect([a.pausedWallMs, b.pausedWallMs]).toEqual([H, H])
  })

  it('refuses a bad history, with every problem and its path', () => {
    let error: unknown
    try {
      evaluateGuarantees({
        commitment: { gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } },
        incidents: [
          {
            start: '2026-06-01T10:00:00Z',
            end: '2026-06-01T12:00:00Z',
            reportedAt: '2026-06-01T10:00:00Z',
            statusHistory: [{ at: 'yesterday', status: '' }] as never,
            waiting: [{ start: '2026-06-01T11:00:00Z', end: '2026-06-01T10:00:00Z', reason: 'waiting-customer' }],
            priority: 3 as never,
          },
        ],
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues.map((i) => i.path)).toEqual([
      'incidents[0].priority',
      'incidents[0].statusHistory[0].at',
      'incidents[0].statusHistory[0].status',
      'incidents[0].waiting[0].end',
    ])
  })
})

/**
 * The office calendar read from its words, for the properties' reference, without the library's calendar:
 * Monday to Friday 09:00–18:00 in Paris (UTC+1, UTC+2 from the last Sunday of March to the last Sunday of
 * October), closed on the French public holidays of the years the generated incidents reach.
 */
const DAY = 86_400_000
const FRENCH_HOLIDAYS = new Set([
  // 2026: Easter Sunday 5 April → Easter Monday 6 April, Ascension 14 May (+39), Whit Monday 25 May (+50).
  ...['01-01', '04-06', '05-01', '05-08', '05-14', '05-25', '07-14', '08-15', '11-01', '11-11', '12-25'].map((d) => `2026-${d}`),
  // 2027: Easter Sunday 28 March → Easter Monday 29 March, Ascension 6 May, Whit Monday 17 May.
  ...['01-01', '03-29', '05-01', '05-06', '05-08', '05-17', '07-14', '08-15', '11-01', '11-11', '12-25'].map((d) => `2027-${d}`),
])
const PARIS_SUMMER: readonly (readonly [number, number])[] = [
  [Date.UTC(2026, 2, 29), Date.UTC(2026, 9, 25)],
  [Date.UTC(2027, 2, 28), Date.UTC(2027, 9, 31)],
]

/** The office hours of the Paris date that starts at UTC midnight `day`, in UTC, or null when the office is closed. */
function officeHours(day: number): readonly [number, number] | null {
  const date = new Date(day)
  const weekday = date.getUTCDay()
  if (weekday === 0 || weekday === 6 || FRENCH_HOLIDAYS.has(date.toISOString().slice(0, 10))) return null
  // Clocks change on Sundays, when the office is closed: the offset holds all day.
  const offset = PARIS_SUMMER.some(([from, to]) => day >= from && day < to) ? 2 * H : H
  return [day + 9 * H - offset, day + 18 * H - offset]
}

/** The instant `ms` of office time after `from`, walking the office's days: the reference for a deadline. */
function addOfficeTime(from: number, ms: number): number {
  if (ms === 0) return from
  let left = ms
  // A Paris day opens before its UTC midnight's day ends; starting a day early misses none.
  for (let day = Math.floor(from / DAY) * DAY - DAY; day < Date.UTC(2028, 0, 1); day += DAY) {
    const hours = officeHours(day)
    if (!hours) continue
    const open = Math.max(hours[0], from)
    if (hours[1] <= open) continue
    if (hours[1] - open >= left) return open + left
    left -= hours[1] - open
  }
  throw new Error('the reference knows the office calendar of 2026 and 2027 only')
}

describe('paused clocks: properties', () => {
  const base = t('2026-01-05T00:00:00Z')
  const arbIncident = fc.record({
    start: fc.integer({ min: 0, max: 300 * 24 * 60 }).map((m) => base + m * M),
    within: fc.integer({ min: 1, max: 40 * 60 }),
    waits: fc.array(fc.record({ from: fc.integer({ min: -600, max: 10 * 24 * 60 }), length: fc.integer({ min: 0, max: 5 * 24 * 60 }) }), { maxLength: 4 }),
  })

  it('a pause never brings a deadline earlier', () => {
    fc.assert(
      fc.property(arbIncident, ({ start, within, waits }) => {
        const incident: IncidentInput = {
          start,
          end: start + 400 * 24 * H,
          reportedAt: start,
          waiting: waits.map((w) => ({ start: start + w.from * M, end: start + (w.from + w.length) * M, reason: 'waiting-customer' })),
        }
        const plain = one({ gtr: { within: within * M, calendar: office } }, incident).gtr!
        const paused = one({ gtr: { within: within * M, calendar: office, pauseOn: ['waiting-customer'] } }, incident).gtr!
        expect(paused.deadline!.getTime()).toBeGreaterThanOrEqual(plain.deadline!.getTime())
        // and it moves it by no more than the covered time paused
        expect(paused.deadline!.getTime()).toBeLessThanOrEqual(addOfficeTime(plain.deadline!.getTime(), paused.pausedBusinessMs))
      }),
      { numRuns: 150 },
    )
  })

  it('with no pause the clock is exactly the one without pauseOn', () => {
    fc.assert(
      fc.property(arbIncident, fc.integer({ min: 0, max: 20 * 24 * 60 }), ({ start, within }, doneAfter) => {
        const incident: IncidentInput = { start, end: start + doneAfter * M, reportedAt: start }
        const plain = one({ gtr: { within: within * M, calendar: office, penalty: { perLate: { percent: '1' } } } }, incident)
        const named = one({ gtr: { within: within * M, calendar: office, pauseOn: ['waiting-customer'], penalty: { perLate: { percent: '1' } } } }, incident)
        expect(named).toEqual(plain)
        expect(plain.gtr!.deadline!.getTime()).toBe(addOfficeTime(start, within * M))
      }),
      { numRuns: 150 },
    )
  })

  it('the running clock and the paused time add up to the covered time elapsed', () => {
    fc.assert(
      fc.property(arbIncident, fc.integer({ min: 1, max: 20 * 24 * 60 }), ({ start, within, waits }, doneAfter) => {
        const end = start + doneAfter * M
        const incident: IncidentInput = {
          start,
          end,
          reportedAt: start,
          waiting: waits.map((w) => ({ start: start + w.from * M, end: start + (w.from + w.length) * M, reason: 'waiting-customer' })),
        }
        const g = one({ gtr: { within: within * M, calendar: office, pauseOn: ['waiting-customer'] } }, incident).gtr!
        const plain = one({ gtr: { within: within * M, calendar: office } }, incident).gtr!
        expect(g.elapsedBusinessMs! + g.pausedBusinessMs).toBe(plain.elapsedBusinessMs)
        expect(g.elapsedWallMs! + g.pausedWallMs).toBe(end - start)
      }),
      { numRuns: 100 },
    )
  })
})
