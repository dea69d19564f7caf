import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import {
  addBusinessTime,
  ALWAYS,
  type BusinessCalendar,
  businessCalendar,
  businessTimeBetween,
  closedDates,
  isCovered,
  nextCoveredInstant,
  type WeeklyHours,
} from '../../src/time/calendar.js'
import { frenchHolidays } from '../../src/time/holidays.js'

const H = 3_600_000
const MIN = 60_000
const DAY = 86_400_000

const weekdays = (range: string | string[]): WeeklyHours => ({ mon: range, tue: range, wed: range, thu: range, fri: range })

/** Mon–Fri 09:00–18:00 in Paris, French public holidays off: the "heures ouvrées" of the thread. */
const office = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00'), holidays: 'FR' })

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('the hand-computed cases', () => {
  it('Wednesday 13 May 2026 16:00 Paris + 4 business hours is Friday 15 May 11:00 (Ascension on Thursday)', () => {
    // Easter 2026 is 5 April, so Ascension (+39) is Thursday 14 May.
    // Wednesday 16:00–18:00 = 2 h; Thursday is closed; Friday 09:00 + the 2 h left = 11:00 CEST = 09:00Z.
    const deadline = addBusinessTime(office, '2026-05-13T16:00+02:00', 'PT4H')
    expect(deadline.toISOString()).toBe('2026-05-15T09:00:00.000Z')
    expect(businessTimeBetween(office, '2026-05-13T16:00+02:00', deadline)).toBe(4 * H)
  })

  it('24/7 + 1 h from 01:30+01:00 on the night Paris springs forward is 03:30+02:00', () => {
    // 01:30+01:00 = 00:30Z; one elapsed hour later is 01:30Z, which Paris (now +02:00) reads as 03:30.
    const deadline = addBusinessTime(ALWAYS, '2026-03-29T01:30+01:00', 'PT1H')
    expect(deadline.toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(deadline.getTime()).toBe(Date.parse('2026-03-29T03:30:00+02:00'))
  })

  it('Friday 17:00 to Monday 10:00 of an ordinary week is 2 h', () => {
    // Friday 13 March 2026 17:00–18:00 = 1 h, Saturday and Sunday closed, Monday 16 March 09:00–10:00 = 1 h.
    expect(businessTimeBetween(office, '2026-03-13T17:00+01:00', '2026-03-16T10:00+01:00')).toBe(2 * H)
  })

  it('knows the movable holidays of 2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May', () => {
    for (const day of ['2026-04-06', '2026-05-14', '2026-05-25']) {
      expect(isCovered(office, `${day}T10:00+02:00`)).toBe(false)
      expect(businessTimeBetween(office, `${day}T00:00+02:00`, `${day}T23:59+02:00`)).toBe(0)
    }
    // The Tuesday after Easter Monday is an ordinary 9 h day.
    expect(businessTimeBetween(office, '2026-04-07T00:00+02:00', '2026-04-08T00:00+02:00')).toBe(9 * H)
  })
})

describe('businessCalendar', () => {
  it('normalises and freezes what it was given', () => {
    const calendar = businessCalendar({
      timeZone: 'Europe/Paris',
      hours: { mon: ['13:30-17:30', '08:30-12:30'], sat: '09:00-12:00' },
      holidays: ['FR', '2026-12-24'],
      closed: ['2026-12-31', '2026-12-30', '2026-12-31'],
    })
    expect(calendar.kind).toBe('hours')
    expect(calendar.hours.mon).toEqual(['08:30-12:30', '13:30-17:30'])
    expect(calendar.hours.sat).toEqual(['09:00-12:00'])
    expect(calendar.hours.sun).toEqual([])
    expect(calendar.closed).toEqual(['2026-12-30', '2026-12-31'])
    expect(calendar.weeklyMs).toBe(11 * H)
    expect(calendar.label).toBe('Mon 08:30-12:30, 13:30-17:30, Sat 09:00-12:00, Europe/Paris, holidays: FR, 2026-12-24, closed: 2 dates')
    expect(Object.isFrozen(calendar)).toBe(true)
    expect(Object.isFrozen(calendar.hours)).toBe(true)
    expect(Object.isFrozen(calendar.hours.mon)).toBe(true)
    expect(office.label).toBe('Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR')
  })

  it("makes '24/7' the ALWAYS calendar", () => {
    expect(businessCalendar('24/7')).toBe(ALWAYS)
    expect(ALWAYS.kind).toBe('24/7')
    expect(ALWAYS.weeklyMs).toBe(7 * DAY)
  })

  it('reads back a copy of a built calendar', () => {
    const copy = { ...office }
    expect(businessCalendar(copy)).not.toBe(office)
    expect(businessCalendar(copy)).toEqual(office)
    expect(businessCalendar(JSON.parse(JSON.stringify(ALWAYS)))).toBe(ALWAYS)
  })

  it('accepts a whole day and adjacent ranges', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: { sun: '00:00-24:00', mon: ['08:00-12:00', '12:00-14:00'] } })
    expect(calendar.weeklyMs).toBe(30 * H)
    // Adjacent ranges are one stretch: noon is covered.
    expect(isCovered(calendar, '2026-03-02T12:00:00Z')).toBe(true)
  })

  it('lists every problem with its path', () => {
    const error = errorOf(() =>
      businessCalendar({
        timeZone: 'Europe/Pari',
        hours: { mon: ['08:30-12:30', '12:00-14:00', '18:00-09:00', '9:00-10:00', '23:00-24:30'], tues: ['09:00-18:00'] } as WeeklyHours,
        holidays: ['FR', 'FR-corse'],
        closed: ['2026-02-30'],
        holiday: 'FR',
      } as never),
    )
    expect(error.issues).toEqual([
      { path: 'holiday', message: 'is not a calendar option (timeZone, hours, holidays, closed)' },
      { path: 'timeZone', message: expect.stringContaining('must be an IANA time zone') },
      { path: 'hours.tues', message: 'is not a day; use mon, tue, wed, thu, fri, sat, sun' },
      { path: 'hours.mon[1]', message: 'overlaps 08:30-12:30' },
      { path: 'hours.mon[2]', message: expect.stringContaining('must start before it ends (got 18:00-09:00)') },
      { path: 'hours.mon[3]', message: expect.stringContaining('must be a range of local times HH:MM-HH:MM') },
      { path: 'hours.mon[4]', message: expect.stringContaining('ends at 24:30') },
      { path: 'holidays[1]', message: expect.stringContaining('must be "FR", "FR-alsace-moselle"') },
      { path: 'closed[0]', message: expect.stringContaining('must be a date YYYY-MM-DD') },
    ])
    expect(error.message).toContain('hours.mon[1]: overlaps 08:30-12:30')
  })

  it('refuses a calendar without a zone or without any hours', () => {
    expect(errorOf(() => businessCalendar({ hours: weekdays('09:00-18:00') } as never)).issues).toEqual([
      { path: 'timeZone', message: expect.stringContaining('is required') },
    ])
    expect(errorOf(() => businessCalendar({ timeZone: 'Europe/Paris', hours: { mon: [] } })).issues).toEqual([
      { path: 'hours', message: expect.stringContaining('covers no time at all') },
    ])
    expect(() => businessCalendar('24/5' as never)).toThrow(InputError)
  })

  it('prefixes the paths of a calendar given inline', () => {
    const error = errorOf(() => businessTimeBetween({ timeZone: 'Europe/Paris', hours: { mon: '18:00-09:00' } }, 'soon', 0))
    expect(error.issues.map((i) => i.path)).toEqual(['calendar.hours.mon', 'from'])
  })
})

describe('businessTimeBetween', () => {
  it('is negative when the instants are reversed', () => {
    expect(businessTimeBetween(office, '2026-03-16T10:00+01:00', '2026-03-13T17:00+01:00')).toBe(-2 * H)
    expect(businessTimeBetween(ALWAYS, 10_000, 4_000)).toBe(-6_000)
  })

  it('accepts Dates, ISO strings with an offset and epoch milliseconds alike', () => {
    // Monday 16 March 2026, 08:00 to 11:00 in Paris (+01:00): open from 09:00, so 2 h.
    const from = Date.parse('2026-03-16T07:00:00Z')
    expect(businessTimeBetween(office, new Date(from), from + 3 * H)).toBe(2 * H)
    expect(businessTimeBetween(office, '2026-03-16T07:00:00Z', '2026-03-16T10:00:00Z')).toBe(2 * H)
    expect(businessTimeBetween(office, '2026-03-16T08:00+01:00', '2026-03-16T11:00+01:00')).toBe(2 * H)
  })

  it('accepts calendar options and 24/7 directly', () => {
    expect(businessTimeBetween({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00') }, '2026-03-13T17:00+01:00', '2026-03-16T10:00+01:00')).toBe(2 * H)
    expect(businessTimeBetween('24/7', '2026-03-13T17:00+01:00', '2026-03-16T10:00+01:00')).toBe(65 * H)
  })

  it('refuses local times without an offset', () => {
    expect(errorOf(() => businessTimeBetween(office, '2026-03-13T17:00', 0)).issues[0]!.path).toBe('from')
  })

  it('counts Alsace-Moselle Good Friday and St Stephen, and extra closed dates', () => {
    const alsace = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00'), holidays: 'FR-alsace-moselle', closed: ['2026-12-24'] })
    // Week of 30 March–3 April 2026: Good Friday 3 April is off there, not in the rest of France.
    expect(businessTimeBetween(alsace, '2026-03-30T00:00+02:00', '2026-04-04T00:00+02:00')).toBe(4 * 9 * H)
    expect(businessTimeBetween(office, '2026-03-30T00:00+02:00', '2026-04-04T00:00+02:00')).toBe(5 * 9 * H)
    // 21–25 December 2026: Thursday 24 closed by the company, Friday 25 Christmas; Alsace adds nothing on Saturday 26.
    expect(businessTimeBetween(alsace, '2026-12-21T00:00+01:00', '2026-12-28T00:00+01:00')).toBe(3 * 9 * H)
  })

  it('crosses a whole decade exactly', () => {
    // 24/7: business time is elapsed time, leap days included (2028, 2032).
    expect(businessTimeBetween(ALWAYS, '2026-01-01T00:00:00Z', '2036-01-01T00:00:00Z')).toBe((3652) * DAY)
    // Mon–Fri 09:00–18:00 with French holidays, counted another way: every open weekday gives 9 h, since no
    // DST change in Paris happens between 09:00 and 18:00.
    const holidays = new Set<string>()
    for (let year = 2026; year <= 2035; year++) for (const h of frenchHolidays(year)) holidays.add(h.date)
    let openDays = 0
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2036, 0, 1); t += DAY) {
      const day = new Date(t)
      const weekday = day.getUTCDay()
      if (weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10))) openDays++
    }
    const total = businessTimeBetween(office, '2026-01-01T00:00+01:00', '2036-01-01T00:00+01:00')
    expect(total).toBe(openDays * 9 * H)
    // Spending it all ends at the close of the last open day, Monday 31 December 2035, 18:00+01:00.
    expect(addBusinessTime(office, '2026-01-01T00:00+01:00', total).toISOString()).toBe('2035-12-31T17:00:00.000Z')
  })
})

describe('DST: local wall-clock hours, exact', () => {
  const sundays = (timeZone: string, range: string | string[]) => businessCalendar({ timeZone, hours: { sun: range } })

  it('a whole Sunday in Paris lasts 23 h when clocks spring forward and 25 h when they fall back', () => {
    const calendar = sundays('Europe/Paris', '00:00-24:00')
    // 29 March 2026: 02:00 CET becomes 03:00 CEST (01:00Z).
    expect(businessTimeBetween(calendar, '2026-03-28T00:00+01:00', '2026-03-31T00:00+02:00')).toBe(23 * H)
    // 25 October 2026: 03:00 CEST becomes 02:00 CET (01:00Z).
    expect(businessTimeBetween(calendar, '2026-10-24T00:00+02:00', '2026-10-27T00:00+01:00')).toBe(25 * H)
    // An ordinary Sunday: 24 h.
    expect(businessTimeBetween(calendar, '2026-03-21T00:00+01:00', '2026-03-24T00:00+01:00')).toBe(24 * H)
  })

  it('a day range is always its length; a range over the skipped hour is shorter, over the repeated one longer', () => {
    expect(businessTimeBetween(sundays('Europe/Paris', '09:00-18:00'), '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).toBe(9 * H)
    const night = sundays('Europe/Paris', '01:00-04:00')
    expect(businessTimeBetween(night, '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).toBe(2 * H)
    expect(businessTimeBetween(night, '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00')).toBe(4 * H)
  })

  it('reads the wall clock: a range in the skipped hour never happens, one in the repeated hour happens twice', () => {
    const skipped = sundays('Europe/Paris', ['02:00-02:30', '10:00-11:00'])
    expect(businessTimeBetween(skipped, '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).toBe(1 * H)
    const repeated = sundays('Europe/Paris', '02:15-02:45')
    expect(businessTimeBetween(repeated, '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00')).toBe(60 * MIN)
    expect(isCovered(repeated, '2026-10-25T02:30+02:00')).toBe(true)
    expect(isCovered(repeated, '2026-10-25T02:30+01:00')).toBe(true)
    expect(isCovered(repeated, '2026-10-25T01:00:00Z')).toBe(false) // 02:00 CET, the second pass, before 02:15
    // A range starting in the skipped hour starts when the wall clock jumps past its start: 03:00 CEST.
    const late = sundays('Europe/Paris', '02:30-05:00')
    expect(nextCoveredInstant(late, '2026-03-29T00:00+01:00').toISOString()).toBe('2026-03-29T01:00:00.000Z')
    expect(businessTimeBetween(late, '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).toBe(2 * H)
  })

  it('follows New York on its own dates: 8 March and 1 November 2026', () => {
    const calendar = sundays('America/New_York', '00:00-24:00')
    // 8 March 2026: 02:00 EST becomes 03:00 EDT at 07:00Z.
    expect(businessTimeBetween(calendar, '2026-03-07T00:00-05:00', '2026-03-10T00:00-04:00')).toBe(23 * H)
    // 1 November 2026: 02:00 EDT becomes 01:00 EST at 06:00Z.
    expect(businessTimeBetween(calendar, '2026-10-31T00:00-04:00', '2026-11-03T00:00-05:00')).toBe(25 * H)
    // The 01:00–02:00 hour happens twice: 05:00Z–06:00Z (EDT) and 06:00Z–07:00Z (EST).
    const oneAm = sundays('America/New_York', '01:00-02:00')
    expect(businessTimeBetween(oneAm, '2026-11-01T00:00-04:00', '2026-11-02T00:00-05:00')).toBe(2 * H)
    expect(isCovered(oneAm, '2026-11-01T05:30:00Z')).toBe(true)
    expect(isCovered(oneAm, '2026-11-01T06:30:00Z')).toBe(true)
    expect(isCovered(oneAm, '2026-11-01T07:00:00Z')).toBe(false)
    // Adding across the spring-forward: Sunday 01:30 EST + 1 h of a 00:00-24:00 Sunday is 03:30 EDT.
    expect(addBusinessTime(calendar, '2026-03-08T01:30-05:00', 'PT1H').toISOString()).toBe('2026-03-08T07:30:00.000Z')
  })

  it('a business calendar in 00:00-24:00 every day, with no holiday, is elapsed time', () => {
    const everyDay = businessCalendar({ timeZone: 'Europe/Paris', hours: { mon: '00:00-24:00', tue: '00:00-24:00', wed: '00:00-24:00', thu: '00:00-24:00', fri: '00:00-24:00', sat: '00:00-24:00', sun: '00:00-24:00' } })
    expect(businessTimeBetween(everyDay, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toBe(365 * DAY)
  })
})

describe('addBusinessTime', () => {
  it('returns from itself for a zero duration, covered or not', () => {
    expect(addBusinessTime(office, '2026-05-14T10:00+02:00', 0).toISOString()).toBe('2026-05-14T08:00:00.000Z')
    expect(addBusinessTime(office, '2026-05-13T10:00+02:00', 'PT0S').toISOString()).toBe('2026-05-13T08:00:00.000Z')
  })

  it('ends at closing time when the duration uses up the day, not at the next opening', () => {
    expect(addBusinessTime(office, '2026-05-13T16:00+02:00', 'PT2H').toISOString()).toBe('2026-05-13T16:00:00.000Z')
    // 2 h + 1 ms goes on to Friday.
    expect(addBusinessTime(office, '2026-05-13T16:00+02:00', 2 * H + 1).toISOString()).toBe('2026-05-15T07:00:00.001Z')
  })

  it('waits for the next opening when started outside the hours', () => {
    // Saturday 16 May 2026 10:00: Monday 18 May 09:00 + 1 h.
    expect(addBusinessTime(office, '2026-05-16T10:00+02:00', 'PT1H').toISOString()).toBe('2026-05-18T08:00:00.000Z')
  })

  it('skips whole weeks and still lands exactly', () => {
    // 4 weeks of 45 h from Monday 2 March 2026 09:00 CET: no holiday in March, the clocks change on Sunday
    // 29 March, so the 180th hour ends Friday 27 March 18:00 CET = 17:00Z.
    expect(addBusinessTime(office, '2026-03-02T09:00+01:00', 'PT180H').toISOString()).toBe('2026-03-27T17:00:00.000Z')
  })

  it('refuses a bad duration and reports a calendar that never opens again', () => {
    expect(errorOf(() => addBusinessTime(office, 0, 'P1M')).issues[0]!.path).toBe('duration')
    expect(errorOf(() => addBusinessTime(office, 0, -1)).issues[0]!.path).toBe('duration')
    const closedForever = businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-10:00' }, holidays: (year) => mondays(year) })
    expect(errorOf(() => addBusinessTime(closedForever, '2026-01-01T00:00:00Z', 'PT1H')).issues[0]!.path).toBe('calendar')
    expect(errorOf(() => nextCoveredInstant(closedForever, '2026-01-01T00:00:00Z')).issues[0]!.path).toBe('calendar')
  })
})

function mondays(year: number): string[] {
  const days: string[] = []
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) if (new Date(t).getUTCDay() === 1) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

describe('nextCoveredInstant and isCovered', () => {
  it('is from itself inside the hours, else the next opening', () => {
    expect(nextCoveredInstant(office, '2026-05-13T10:00+02:00').toISOString()).toBe('2026-05-13T08:00:00.000Z')
    // Wednesday evening before Ascension: the clock starts on Friday 09:00.
    expect(nextCoveredInstant(office, '2026-05-13T19:30+02:00').toISOString()).toBe('2026-05-15T07:00:00.000Z')
    expect(nextCoveredInstant(ALWAYS, 42).getTime()).toBe(42)
  })

  it('treats ranges as half-open', () => {
    expect(isCovered(office, '2026-05-13T09:00+02:00')).toBe(true)
    expect(isCovered(office, '2026-05-13T18:00+02:00')).toBe(false)
    expect(nextCoveredInstant(office, '2026-05-13T18:00+02:00').toISOString()).toBe('2026-05-15T07:00:00.000Z')
  })
})

describe('holiday sources', () => {
  it('takes dates, rules and regions together, and says why each date is closed', () => {
    const calendar = businessCalendar({
      timeZone: 'Europe/Paris',
      hours: weekdays('09:00-18:00'),
      holidays: ['FR', '2026-12-24', (year) => [`${year}-12-31`]],
      closed: ['2026-12-28'],
    })
    const december = closedDates(calendar, 2026).filter((d) => d.date >= '2026-12-01')
    expect(december).toEqual([
      { date: '2026-12-24', name: 'Holiday', nameFr: 'Jour férié', source: 'holidays' },
      { date: '2026-12-25', name: 'Christmas Day', nameFr: 'Noël', source: 'FR' },
      { date: '2026-12-28', name: 'Closed', nameFr: 'Fermé', source: 'closed' },
      { date: '2026-12-31', name: 'Holiday', nameFr: 'Jour férié', source: 'holidays[2]' },
    ])
    // 21–31 December 2026 has 9 weekdays; 24, 25, 28 and 31 are closed: 5 open days.
    expect(businessTimeBetween(calendar, '2026-12-21T00:00+01:00', '2027-01-01T00:00+01:00')).toBe(5 * 9 * H)
  })

  it('reads a Date from a rule as its date in the calendar zone, whatever the process zone', () => {
    // 23:30Z on 13 May is already 14 May in Paris.
    const calendar = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00'), holidays: (year) => (year === 2026 ? [new Date('2026-05-13T23:30:00Z')] : []) })
    expect(isCovered(calendar, '2026-05-14T10:00+02:00')).toBe(false)
    expect(isCovered(calendar, '2026-05-13T10:00+02:00')).toBe(true)
  })

  it('reports a rule returning dates of another year, or no dates at all', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), holidays: ['FR', (year) => [`${year + 1}-01-01`, 'soon']] })
    const error = errorOf(() => businessTimeBetween(calendar, '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'))
    expect(error.issues).toEqual([
      { path: 'holidays[1]', message: 'returned 2027-01-01 for year 2026: a rule must return dates of the year it is asked for' },
      { path: 'holidays[1]', message: expect.stringContaining('returned "soon" for year 2026 at index 1') },
    ])
  })
})

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

const calendars: Record<string, BusinessCalendar> = {
  office,
  split: businessCalendar({
    timeZone: 'America/New_York',
    hours: { ...weekdays(['08:30-12:30', '13:30-17:30']), sat: '09:00-12:00', sun: '01:00-03:00' },
    holidays: ['2026-07-03', (year) => [`${year}-12-24`]],
    closed: ['2027-01-04'],
  }),
  nights: businessCalendar({ timeZone: 'Europe/Paris', hours: { sun: '00:00-24:00', mon: '00:00-02:30', sat: '22:00-24:00' }, holidays: 'FR-alsace-moselle' }),
  always: ALWAYS,
}

const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) })
const duration = fc.oneof(fc.integer({ min: 0, max: 400 * H }), fc.integer({ min: 0, max: 40 * 60 }).map((m) => m * MIN))
const calendarName = fc.constantFrom(...Object.keys(calendars))

describe('properties', () => {
  it('the deadline of d is exactly d of business time away, and the earliest such instant', () => {
    fc.assert(
      fc.property(calendarName, instant, duration, (name, from, d) => {
        const calendar = calendars[name]!
        const deadline = addBusinessTime(calendar, from, d).getTime()
        expect(businessTimeBetween(calendar, from, deadline)).toBe(d)
        if (d > 0) expect(businessTimeBetween(calendar, from, deadline - 1)).toBe(d - 1)
      }),
      { numRuns: 300 },
    )
  })

  it('is additive over any split point, in any order', () => {
    fc.assert(
      fc.property(calendarName, instant, instant, instant, (name, a, b, c) => {
        const calendar = calendars[name]!
        expect(businessTimeBetween(calendar, a, c)).toBe(businessTimeBetween(calendar, a, b) + businessTimeBetween(calendar, b, c))
      }),
      { numRuns: 300 },
    )
  })

  it('is monotonic and bounded by elapsed time', () => {
    fc.assert(
      fc.property(calendarName, fc.array(instant, { minLength: 3, maxLength: 3 }), duration, duration, (name, points, d1, d2) => {
        const calendar = calendars[name]!
        const [a, b, c] = [...points].sort((x, y) => x - y) as [number, number, number]
        const ab = businessTimeBetween(calendar, a, b)
        expect(ab).toBeGreaterThanOrEqual(0)
        expect(ab).toBeLessThanOrEqual(b - a)
        expect(businessTimeBetween(calendar, a, c)).toBeGreaterThanOrEqual(ab)
        const [small, large] = d1 <= d2 ? [d1, d2] : [d2, d1]
        expect(addBusinessTime(calendar, a, small).getTime()).toBeLessThanOrEqual(addBusinessTime(calendar, a, large).getTime())
      }),
      { numRuns: 200 },
    )
  })

  it('the clock starts at a covered instant with no business time before it', () => {
    fc.assert(
      fc.property(calendarName, instant, (name, from) => {
        const calendar = calendars[name]!
        const start = nextCoveredInstant(calendar, from).getTime()
        expect(start).toBeGreaterThanOrEqual(from)
        expect(isCovered(calendar, start)).toBe(true)
        expect(businessTimeBetween(calendar, from, start)).toBe(0)
      }),
      { numRuns: 300 },
    )
  })

  // An independent reference: step minute by minute and read the wall clock with Intl, in the calendar's
  // zone. It never uses the process zone, so the suite must agree under TZ=America/Los_Angeles too.
  const wallClocks = new Map<string, Intl.DateTimeFormat>()
  function wallClock(timeZone: string, t: number): { date: string; weekday: string; minutes: number } {
    let format = wallClocks.get(timeZone)
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      wallClocks.set(timeZone, format)
    }
    const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]))
    return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday: parts.weekday!.toLowerCase(), minutes: Number(parts.hour) * 60 + Number(parts.minute) }
  }
  function referenceCovered(calendar: BusinessCalendar, closed: Set<string>, t: number): boolean {
    const wall = wallClock(calendar.timeZone, t)
    if (closed.has(wall.date)) return false
    return calendar.hours[wall.weekday as keyof BusinessCalendar['hours']].some((range) => {
      const [s, e] = range.split('-').map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)))
      return s! <= wall.minutes && wall.minutes < e!
    })
  }

  // Hundreds of runs minute by minute: near the 5 s default on a loaded machine.
  it('agrees minute by minute with the wall clock around DST changes', () => {
    const transitions = ['2026-03-08T07:00:00Z', '2026-11-01T06:00:00Z', '2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2027-03-28T01:00:00Z'].map(Date.parse)
    fc.assert(
      fc.property(
        fc.constantFrom('split', 'nights'),
        fc.constantFrom(...transitions),
        fc.integer({ min: -2 * 24 * 60, max: 24 * 60 }),
        fc.integer({ min: 0, max: 3 * 24 * 60 }),
        (name, around, startMinute, lengthMinutes) => {
          const calendar = calendars[name]!
          const from = around + startMinute * MIN
          const to = from + lengthMinutes * MIN
          const closed = new Set<string>()
          for (const year of [2026, 2027]) for (const d of closedDates(calendar, year)) closed.add(d.date)
          let expected = 0
          for (let t = from; t < to; t += MIN) if (referenceCovered(calendar, closed, t)) expected += MIN
          expect(businessTimeBetween(calendar, from, to)).toBe(expected)
        },
      ),
      { numRuns: 40 },
    )
  }, 60_000)
})
