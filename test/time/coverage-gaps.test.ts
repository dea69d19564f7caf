/**
 * Long closures, the hours next to a clock change and the end of the range, worked out by hand: when a calendar closed for a
 * long time is refused as never open, before 1800 (where a zone's offset does not change for centuries)
 * as after; a closure of exactly a leap year, which is not more than a year; the first covered instant in
 * the last hours before clocks spring forward.
 */
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/format.js'
import { addBusinessTime, businessCalendar, businessTimeBetween, nextCoveredInstant, type WeeklyHours } from '../../src/time/calendar.js'
import { MAX_INSTANT } from '../../src/time/instant.js'

const H = 3_600_000
const DAY = 86_400_000
const everyDay = (range: string): WeeklyHours => ({ mon: range, tue: range, wed: range, thu: range, fri: range, sat: range, sun: range })
const iso = (d: Date): string => d.toISOString()

/** Every date of `year`, as a holiday rule returns them. */
function allDates(year: number): string[] {
  const days: string[] = []
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}

/** Every day 09:00–17:00 UTC, closed on each date of the years listed. */
function closedYears(...years: number[]) {
  return businessCalendar({ timeZone: 'UTC', hours: everyDay('09:00-17:00'), holidays: (year) => (years.includes(year) ? allDates(year) : []) })
}

const beyond = new InputError([{ path: 'duration', message: 'leads past the last instant accepted (+010000-01-02T00:00:00Z, the end of year 9999)' }], 'Deadline out of range')

function never(after: string): InputError {
  return new InputError([{ path: 'calendar', message: `has no covered time in the year after ${after}: check its hours and closed dates` }], 'Calendar never open')
}

describe('a calendar closed for years', () => {
  it('is refused as never open from 1700 as from 1900, though no offset changes before 1800', () => {
    // Closed 1700–1702, open again on 1 January 1703. In UTC the offset does not change from year 1 to 1800,
    // so the search looks a year at a time: 1 January 1700 + 366 days (1700 is not a leap year: 365 + 1) is
    // 2 January 1701, all closed; that is not more than a year yet. The next 366 days, to 3 January 1702,
    // are closed too: 732 days without a covered time, and the calendar is refused, rather than searched to
    // its opening on 1 January 1703.
    const closed1700s = closedYears(1700, 1701, 1702)
    expect(() => nextCoveredInstant(closed1700s, '1700-01-01T00:00:00Z')).toThrow(never('1700-01-01T00:00:00Z'))
    expect(() => addBusinessTime(closed1700s, '1700-01-01T00:00:00Z', 'PT1H')).toThrow(never('1700-01-01T00:00:00Z'))
    // After 1800 the offset's stretches end with each year in UTC: 1900 (365 days) is closed, then 1901
    // too, 730 days without a covered time: refused the same way.
    const closed1900s = closedYears(1900, 1901, 1902)
    expect(() => nextCoveredInstant(closed1900s, '1900-01-01T00:00:00Z')).toThrow(never('1900-01-01T00:00:00Z'))
    expect(() => addBusinessTime(closed1900s, '1900-01-01T00:00:00Z', 'PT1H')).toThrow(never('1900-01-01T00:00:00Z'))
  })

  it('finds the opening after a closure of one year before 1800', () => {
    // Closed in 1750 only: from 1 January 1750 the first covered instant is 1 January 1751 09:00, inside the
    // first 366 days searched. 2 h from then end at 11:00.
    const closed1750 = closedYears(1750)
    expect(iso(nextCoveredInstant(closed1750, '1750-01-01T00:00:00Z'))).toBe('1751-01-01T09:00:00.000Z')
    expect(iso(addBusinessTime(closed1750, '1750-01-01T00:00:00Z', 'PT2H'))).toBe('1751-01-01T11:00:00.000Z')
    // From 1 July 1749, 8 h a day: July–December 1749 is 31 + 31 + 30 + 31 + 30 + 31 = 184 days, 1472 h.
    // 1480 h end 8 h into 1751: 1 January 1751 at 17:00.
    expect(iso(addBusinessTime(closed1750, '1749-07-01T00:00:00Z', 1480 * H))).toBe('1751-01-01T17:00:00.000Z')
  })

  it('is not refused when closed for exactly the 366 days of a leap year', () => {
    // Closed on every date of 2028, a leap year: 366 days, not more than a year. From 1 January 2028 the
    // first covered instant is 1 January 2029 at 09:00.
    const leap = closedYears(2028)
    expect(iso(nextCoveredInstant(leap, '2028-01-01T00:00:00Z'))).toBe('2029-01-01T09:00:00.000Z')
    // 3000 h from 1 January 2028: 2029 has 365 × 8 h = 2920 h, the 80 h left are 10 days of January 2030,
    // ending on the 10th at 17:00.
    expect(iso(addBusinessTime(leap, '2028-01-01T00:00:00Z', 3000 * H))).toBe('2030-01-10T17:00:00.000Z')
    expect(businessTimeBetween(leap, '2028-01-01T00:00:00Z', '2030-01-10T17:00:00Z')).toBe(3000 * H)
  })
})

describe('the first covered instant before clocks spring forward', () => {
  it('is in the last hour before the change in Paris, not on the Sunday after', () => {
    // Paris, Sunday 29 March 2026: at 01:00Z, 02:00 CET becomes 03:00 CEST. Sundays 01:00–02:00 are on the
    // wall clock that night, in CET: 01:00 CET = 00:00Z, the last hour before the change.
    const sundayNight = businessCalendar({ timeZone: 'Europe/Paris', hours: { sun: '01:00-02:00' } })
    expect(iso(nextCoveredInstant(sundayNight, '2026-03-29T00:00+01:00'))).toBe('2026-03-29T00:00:00.000Z')
    expect(iso(nextCoveredInstant(sundayNight, '2026-03-29T01:30+01:00'))).toBe('2026-03-29T00:30:00.000Z')
  })

  it('is at the change in New York when the range starts in the skipped hour', () => {
    // New York, Sunday 8 March 2026: at 07:00Z, 02:00 EST becomes 03:00 EDT. Sundays 02:30–04:00: 02:30 is
    // never on the wall clock that night, so the range starts when it shows 03:00 EDT = 07:00Z, not at
    // 02:30 EST (07:30Z), which does not exist.
    const sundayNight = businessCalendar({ timeZone: 'America/New_York', hours: { sun: '02:30-04:00' } })
    expect(iso(nextCoveredInstant(sundayNight, '2026-03-08T00:00-05:00'))).toBe('2026-03-08T07:00:00.000Z')
  })
})

describe('deadlines years away, and at the last instant accepted', () => {
  it('counts a week from a Monday noon only up to where the offset stretch ends, in Moscow', () => {
    // Every day 09:00–18:00 in Moscow (+03:00 all year), from Monday 2 October 2028 at noon: 6 h that day,
    // then 3 October to 31 December, 29 + 30 + 31 = 90 days of 9 h: 816 h to the end of 2028. 2029 adds
    // 365 × 9 h = 3285 h: 4101 h. 4200 h leave 99 h = 11 days of January 2030: 11 January 18:00 MSK =
    // 15:00Z. The offset's stretch ends with the UTC year, at 03:00 on Monday 1 January 2029: weeks counted
    // from the Monday noon would reach past it, to that Monday noon.
    const moscow = businessCalendar({ timeZone: 'Europe/Moscow', hours: everyDay('09:00-18:00') })
    expect(iso(addBusinessTime(moscow, '2028-10-02T12:00+03:00', 4200 * H))).toBe('2030-01-11T15:00:00.000Z')
  })

  it('carries a deadline from the one open day of a year into the next', () => {
    // Closed every day of 2028 but 31 December, 09:00–17:00 UTC: from noon that day, 6 h are 5 h to 17:00
    // and 1 h of 1 January 2029, ending at 10:00. The year 2028 has 8 h in all, 2029 has 365 × 8.
    const lastDay = businessCalendar({ timeZone: 'UTC', hours: everyDay('09:00-17:00'), holidays: (year) => (year === 2028 ? allDates(2028).filter((d) => d !== '2028-12-31') : []) })
    expect(iso(addBusinessTime(lastDay, '2028-12-31T12:00:00Z', 'PT6H'))).toBe('2029-01-01T10:00:00.000Z')
  })

  it('gives a deadline at the last instant accepted, and refuses one an hour later', () => {
    // MAX_INSTANT is 2 January 10000 00:00Z. Round the clock, an hour before it + 1 h is that instant.
    const last = MAX_INSTANT
    expect(addBusinessTime('24/7', last - H, 'PT1H').getTime()).toBe(last)
    expect(() => addBusinessTime('24/7', last - H, 'PT2H')).toThrow(beyond)
    // Every hour covered but a closed date (not round the clock for the library): the same, found by walking.
    const closedOnce = businessCalendar({ timeZone: 'UTC', hours: everyDay('00:00-24:00'), closed: ['2026-12-25'] })
    expect(addBusinessTime(closedOnce, last - H, 'PT1H').getTime()).toBe(last)
    expect(() => addBusinessTime(closedOnce, last - H, 'PT2H')).toThrow(beyond)
  })
})

describe('the refusals of a long closure and of a deadline past the range, in French', () => {
  const french = (fn: () => unknown): string[] => {
    try {
      fn()
    } catch (error) {
      if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
      throw error
    }
    throw new Error('expected an InputError')
  }

  it('say from when the calendar has no covered time, and which instant is the last accepted', () => {
    expect(french(() => nextCoveredInstant(closedYears(1700, 1701, 1702), '1700-01-01T00:00:00Z'))).toEqual([
      'calendar: n’a aucun temps couvert dans l’année qui suit 1700-01-01T00:00:00Z\u00a0: vérifiez ses horaires et ses jours fermés',
    ])
    expect(french(() => addBusinessTime('24/7', MAX_INSTANT - H, 'PT2H'))).toEqual(['duration: mène au-delà du dernier instant accepté (+010000-01-02T00:00:00Z, la fin de l’année 9999)'])
  })
})

describe('deadlines walked before 1800, a year of the offset at a time', () => {
  it('ends twenty whole weeks on the last Friday at closing time', () => {
    // Mon–Fri 09:00–18:00 UTC, 45 h a week. 5 January 1750 is a Monday: 900 h are 20 weeks, the 20th
    // ending on Friday 22 May 1750 at 18:00 (5 January + 137 days); one ms more is Monday 25 May 09:00.
    const office = businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' } })
    expect(iso(addBusinessTime(office, '1750-01-05T00:00:00Z', 900 * H))).toBe('1750-05-22T18:00:00.000Z')
    expect(iso(addBusinessTime(office, '1750-01-05T00:00:00Z', 900 * H + 1))).toBe('1750-05-25T09:00:00.001Z')
  })

  it('carries what a year of the search leaves into the next one', () => {
    // Every day 10:00–11:00 UTC, 1 h a day. From 1 January 1750, 400 h: 1750 has 365, then 1 January 1751
    // is the 366th, inside the first 366 days searched; 34 more days, 2 January to 4 February 1751, end at
    // 11:00 on 4 February.
    const hourly = businessCalendar({ timeZone: 'UTC', hours: everyDay('10:00-11:00') })
    expect(iso(addBusinessTime(hourly, '1750-01-01T00:00:00Z', 400 * H))).toBe('1751-02-04T11:00:00.000Z')
    // From 1 July 1799 the search stops at 1800, when the offsets start: July to December is 184 days
    // (31 + 31 + 30 + 31 + 30 + 31), 184 h; the 216 h left end on the 216th day of 1800 (not a leap year:
    // January to July 212 days, then 4 August), at 11:00.
    expect(iso(addBusinessTime(hourly, '1799-07-01T00:00:00Z', 400 * H))).toBe('1800-08-04T11:00:00.000Z')
  })

  it('counts elapsed time round the clock across 1800 in Tokyo, whose offset then is 09:18:59', () => {
    // Every hour covered, closed on a date of 2026 only: before 2026 business time is elapsed time. From
    // 31 December 1799 15:00Z (1 January 1800 00:18:59 on Tokyo's local mean time), 20 h later is
    // 1 January 1800 11:00Z; the search stops at 1800 00:00Z (09:18:59 local) after 9 h and finds the
    // other 11 h beyond, at the same offset.
    const roundTheClock = businessCalendar({ timeZone: 'Asia/Tokyo', hours: everyDay('00:00-24:00'), closed: ['2026-12-25'] })
    expect(iso(addBusinessTime(roundTheClock, '1799-12-31T15:00:00Z', 'PT20H'))).toBe('1800-01-01T11:00:00.000Z')
    expect(businessTimeBetween(roundTheClock, '1799-12-31T15:00:00Z', '1800-01-01T11:00:00Z')).toBe(20 * H)
  })
})
