/**
 * Deadlines and covered time a user reads off a report, worked out by hand: durations of months of
 * covered time (where whole weeks are skipped and closed dates walked), ranges across a new year with
 * holidays, the nights clocks change, a calendar covering every hour but closed on some dates.
 */
import { describe, expect, it } from 'vitest'
import { addBusinessTime, businessCalendar, businessTimeBetween, isCovered, nextCoveredInstant, type WeeklyHours } from '../../src/time/calendar.js'

const H = 3_600_000
const weekdays = (range: string | string[]): WeeklyHours => ({ mon: range, tue: range, wed: range, thu: range, fri: range })
const everyDay = (range: string | string[]): WeeklyHours => ({ ...weekdays(range), sat: range, sun: range })
const iso = (d: Date): string => d.toISOString()

describe('deadlines of months of covered time', () => {
  // Mon–Fri 09:00–18:00 UTC: 45 h a week. 900 h is 20 weeks; 2 March 2026 is a Monday, so the 20th week
  // ends on Friday 17 July at 18:00.
  it('ends twenty whole weeks on the last Friday at closing time, with or without closed dates elsewhere', () => {
    const plain = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00') })
    const closedLater = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: ['2026-12-25'] })
    for (const calendar of [plain, closedLater]) {
      expect(iso(addBusinessTime(calendar, '2026-03-02T00:00Z', 900 * H))).toBe('2026-07-17T18:00:00.000Z')
      // One ms more is the first ms of the Monday after: 20 July 09:00:00.001.
      expect(iso(addBusinessTime(calendar, '2026-03-02T00:00Z', 900 * H + 1))).toBe('2026-07-20T09:00:00.001Z')
      // One ms less ends one ms before Friday's closing time.
      expect(iso(addBusinessTime(calendar, '2026-03-02T00:00Z', 900 * H - 1))).toBe('2026-07-17T17:59:59.999Z')
    }
  })

  it('is a day later when a closed Friday falls inside the weeks, or on the Monday the clock starts', () => {
    // 1 May 2026 is a Friday: 9 h fewer in the 20 weeks, made up on Monday 20 July 09:00–18:00.
    const mayDay = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: ['2026-05-01'] })
    expect(iso(addBusinessTime(mayDay, '2026-03-02T00:00Z', 900 * H))).toBe('2026-07-20T18:00:00.000Z')
    expect(businessTimeBetween(mayDay, '2026-03-02T00:00Z', '2026-07-17T18:00Z')).toBe(891 * H)
    // From noon on the closed 1 May to 1 July: May has 21 weekdays (Friday 1 … Friday 29), June 22
    // (Monday 1 … Tuesday 30); less 1 May, 42 days of 9 h: 378 h. The afternoon of the 1st counts nothing.
    expect(businessTimeBetween(mayDay, '2026-05-01T12:00Z', '2026-07-01T00:00Z')).toBe(378 * H)
    // The same when the closed day is the Monday the clock starts on.
    const firstMonday = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: ['2026-03-02'] })
    expect(iso(addBusinessTime(firstMonday, '2026-03-02T00:00Z', 900 * H))).toBe('2026-07-20T18:00:00.000Z')
    // Started Tuesday 3 March 09:00 instead, the 900 h end after 20 weeks on Monday 20 July 18:00 too.
    expect(iso(addBusinessTime(mayDay, '2026-03-03T09:00Z', 891 * H))).toBe('2026-07-20T18:00:00.000Z')
  })

  it('counts a closed Monday met on the way from a Monday noon', () => {
    // Mon–Fri 09:00–18:00 UTC, closed on Monday 13 July 2026. From Monday 2 March at noon, 900 h: 6 h that
    // day and 36 h to Friday 6 March (42 h); from Monday 9 March, 18 weeks of 45 h (810 h) reach Friday
    // 10 July (852 h); 13 July is closed, 14–17 July add 36 h (888 h), Monday 20 July 9 h (897 h), and the
    // last 3 h end on Tuesday 21 July at 12:00.
    const closedMonday = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: ['2026-07-13'] })
    expect(iso(addBusinessTime(closedMonday, '2026-03-02T12:00Z', 900 * H))).toBe('2026-07-21T12:00:00.000Z')
    expect(businessTimeBetween(closedMonday, '2026-03-02T12:00Z', '2026-07-13T12:00Z')).toBe(852 * H)
  })

  it('crosses a new year and two closed Fridays, in Paris, 12 h a day', () => {
    // Every day 08:00–20:00 Paris (84 h a week), closed on 25 December and 1 January. From Monday 2 November
    // 2026 00:00 (CET, no DST change until March), 800 h = 66 days of 12 h and 8 h of a 67th. Open days:
    // 2–30 November 29, December 30 (less the 25th): 59; 1 January closed; 2–8 January 7 more: 66 days,
    // the last ending 8 January 20:00. The 67th is 9 January, 08:00 + 8 h = 16:00 CET = 15:00Z.
    const daily = businessCalendar({ timeZone: 'Europe/Paris', hours: everyDay('08:00-20:00'), closed: ['2026-12-25', '2027-01-01'] })
    expect(iso(addBusinessTime(daily, '2026-11-02T00:00+01:00', 800 * H))).toBe('2027-01-09T15:00:00.000Z')
    expect(businessTimeBetween(daily, '2026-11-02T00:00+01:00', '2027-01-09T15:00Z')).toBe(800 * H)
    // 792 h exactly: the end of 8 January, 20:00 CET, not the opening of the 9th.
    expect(iso(addBusinessTime(daily, '2026-11-02T00:00+01:00', 792 * H))).toBe('2027-01-08T19:00:00.000Z')
  })

  it('ends 125 days of 8 h in May, across the Sunday clocks spring forward', () => {
    // Every day 09:00–17:00 in Paris: 1000 h is 125 days of 8 h. From Monday 5 January 2026, the 125th day
    // is 9 May (27 days of January, 28, 31, 30, then 9); 29 March still has its 8 h after the change at
    // 02:00. 9 May 17:00 CEST = 15:00Z.
    const daily = businessCalendar({ timeZone: 'Europe/Paris', hours: everyDay('09:00-17:00') })
    expect(iso(addBusinessTime(daily, '2026-01-05T00:00+01:00', 1000 * H))).toBe('2026-05-09T15:00:00.000Z')
  })

  it('runs a year of a sparse calendar: one hour on Wednesdays, across the DST changes', () => {
    // Wednesdays 10:00–11:00 in New York, closed 1 July 2026 (a Wednesday). From Monday 5 January 2026,
    // 52 h: the Wednesdays of 2026 are 7 January … 30 December, 52 of them, less 1 July: 51 h; the 52nd
    // hour is Wednesday 6 January 2027, 10:00–11:00 EST = 16:00Z.
    const weekly = businessCalendar({ timeZone: 'America/New_York', hours: { wed: '10:00-11:00' }, closed: ['2026-07-01'] })
    expect(iso(addBusinessTime(weekly, '2026-01-05T00:00-05:00', 52 * H))).toBe('2027-01-06T16:00:00.000Z')
    expect(businessTimeBetween(weekly, '2026-01-01T00:00-05:00', '2027-01-01T00:00-05:00')).toBe(51 * H)
    // 10:00 EDT on Wednesday 15 July is 14:00Z: 27 Wednesdays from 7 January, less 1 July, are behind it.
    expect(businessTimeBetween(weekly, '2026-01-05T00:00-05:00', '2026-07-15T14:00Z')).toBe(26 * H)
    expect(iso(addBusinessTime(weekly, '2026-01-05T00:00-05:00', 26.5 * H))).toBe('2026-07-15T14:30:00.000Z')
  })
})

describe('covered time across a new year with holidays', () => {
  // Mon–Fri 09:00–18:00 UTC, closed 25 December 2026 and 1 January 2027 (both Fridays). December 2026 has
  // 23 weekdays (Tuesday 1 … Thursday 31), January 2027 has 21 (Friday 1 … Friday 29).
  const office = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: ['2026-12-25', '2027-01-01'] })

  it('counts two months less the two closed days', () => {
    // (23 + 21 − 2) × 9 h = 378 h.
    expect(businessTimeBetween(office, '2026-12-01T00:00Z', '2027-02-01T00:00Z')).toBe(378 * H)
    expect(businessTimeBetween(office, '2027-02-01T00:00Z', '2026-12-01T00:00Z')).toBe(-378 * H)
  })

  it('counts nothing of a closed day the range ends in, or starts in', () => {
    // To noon on the closed 1 January: December's 22 open days, 198 h; 09:00–12:00 on the 1st is closed.
    expect(businessTimeBetween(office, '2026-12-01T00:00Z', '2027-01-01T12:00Z')).toBe(198 * H)
    // From noon on the closed 25 December: 28–31 December (36 h) and 20 open days of January (180 h).
    expect(businessTimeBetween(office, '2026-12-25T12:00Z', '2027-02-01T00:00Z')).toBe(216 * H)
    // Within a few days: 31 December 17:00 to 4 January 10:00 is 1 h on Thursday and 1 h on Monday.
    expect(businessTimeBetween(office, '2026-12-31T17:00Z', '2027-01-04T10:00Z')).toBe(2 * H)
    expect(businessTimeBetween(office, '2026-12-24T17:00Z', '2026-12-28T10:00Z')).toBe(2 * H)
  })

  it('carries a deadline over the closed new year to the Monday after', () => {
    // Thursday 31 December 17:00 + 2 h: 1 h that day, the 1st is closed, then the weekend: Monday 4
    // January 09:00 + 1 h.
    expect(iso(addBusinessTime(office, '2026-12-31T17:00Z', 'PT2H'))).toBe('2027-01-04T10:00:00.000Z')
    // 1 h ends Thursday at closing time, not on Monday morning.
    expect(iso(addBusinessTime(office, '2026-12-31T17:00Z', 'PT1H'))).toBe('2026-12-31T18:00:00.000Z')
    expect(iso(nextCoveredInstant(office, '2026-12-31T18:00Z'))).toBe('2027-01-04T09:00:00.000Z')
  })

  it('finds the next opening after a closure of two weeks across the new year', () => {
    const holidays = ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-04']
    const closedForXmas = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: holidays })
    // Friday 18 December 18:00: closed until Tuesday 5 January 09:00.
    expect(iso(nextCoveredInstant(closedForXmas, '2026-12-18T18:00Z'))).toBe('2027-01-05T09:00:00.000Z')
    expect(iso(addBusinessTime(closedForXmas, '2026-12-18T17:00Z', 'PT2H'))).toBe('2027-01-05T10:00:00.000Z')
    expect(isCovered(closedForXmas, '2027-01-04T10:00Z')).toBe(false)
    expect(isCovered(closedForXmas, '2027-01-05T09:00Z')).toBe(true)
    expect(isCovered(closedForXmas, '2027-01-05T18:00Z')).toBe(false)
  })

  it('counts a night service over the new year in Paris, where 1 January is open', () => {
    // Every day 20:00–24:00 and 00:00–02:00 in Paris, closed 25 December. 31 December 20:00 CET to
    // 1 January 02:00 CET is 6 h, though the local year turns at 23:00Z and UTC's an hour later.
    const nights = businessCalendar({ timeZone: 'Europe/Paris', hours: everyDay(['00:00-02:00', '20:00-24:00']), closed: ['2026-12-25'] })
    expect(businessTimeBetween(nights, '2026-12-31T20:00+01:00', '2027-01-01T02:00+01:00')).toBe(6 * H)
    expect(businessTimeBetween(nights, '2026-12-31T23:30+01:00', '2027-01-01T00:30+01:00')).toBe(H)
    // 5 h from 20:00: 4 h to midnight, 1 h of 1 January, 01:00 CET = 00:00Z.
    expect(iso(addBusinessTime(nights, '2026-12-31T20:00+01:00', 'PT5H'))).toBe('2027-01-01T00:00:00.000Z')
  })

  it('counts from before the first opening of a year', () => {
    // 2027 opens on Monday 4 January 09:00 (the 1st is closed, then a weekend): from 05:00 that day to
    // 10:00 is 1 h.
    expect(businessTimeBetween(office, '2027-01-04T05:00Z', '2027-01-04T10:00Z')).toBe(H)
    expect(businessTimeBetween(office, '2027-01-01T05:00Z', '2027-01-04T09:00Z')).toBe(0)
  })

  it('counts the days before 1970 the same way', () => {
    // December 1969: Christmas is a Thursday, closed. Monday 22 to Saturday 27 December, 09:00–18:00 on
    // weekdays: 22, 23, 24 and 26 are open, 36 h; from Wednesday 24 at 05:00, 24 and 26: 18 h.
    const sixties = businessCalendar({ timeZone: 'UTC', hours: weekdays('09:00-18:00'), closed: ['1969-12-25'] })
    expect(businessTimeBetween(sixties, '1969-12-22T00:00Z', '1969-12-27T00:00Z')).toBe(36 * H)
    expect(businessTimeBetween(sixties, '1969-12-24T05:00Z', '1969-12-27T00:00Z')).toBe(18 * H)
    expect(iso(addBusinessTime(sixties, '1969-12-24T17:00Z', 'PT2H'))).toBe('1969-12-26T10:00:00.000Z')
    // 1 January 1969 is a Wednesday: that day and Thursday the 2nd, 18 h, counted from before the first opening.
    expect(businessTimeBetween(sixties, '1969-01-01T00:00Z', '1969-01-03T00:00Z')).toBe(18 * H)
  })

  it('starts a local year at local midnight in Paris, an hour before the UTC one', () => {
    // Paris office with the French holidays: 31 December 2026 17:00 CET (16:00Z) + 2 h is 1 h on Thursday,
    // 1 January is a holiday, then Monday 4 January 09:00–10:00 CET = 09:00Z.
    const paris = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00'), holidays: 'FR' })
    expect(iso(addBusinessTime(paris, '2026-12-31T17:00+01:00', 'PT2H'))).toBe('2027-01-04T09:00:00.000Z')
    expect(businessTimeBetween(paris, '2026-12-31T17:00+01:00', '2027-01-04T10:00+01:00')).toBe(2 * H)
  })
})

describe('a whole year and the nights clocks change', () => {
  it('counts the covered hours of 2026 in Paris for office hours and French holidays', () => {
    // 2026 starts on a Thursday and has 365 days: 52 weeks and a Thursday, 261 weekdays. French holidays on
    // a weekday: 1 January, 6 April, 1 May, 8 May, 14 May, 25 May, 14 July, 11 November, 25 December (15
    // August is a Saturday, 1 November a Sunday): 9. (261 − 9) × 9 h = 2,268 h.
    const paris = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00'), holidays: 'FR' })
    expect(businessTimeBetween(paris, '2026-01-01T00:00+01:00', '2027-01-01T00:00+01:00')).toBe(2268 * H)
    // Cut on 1 July (CEST), the two halves add up to the year.
    const cut = '2026-07-01T00:00+02:00'
    expect(businessTimeBetween(paris, '2026-01-01T00:00+01:00', cut) + businessTimeBetween(paris, cut, '2027-01-01T00:00+01:00')).toBe(2268 * H)
  })

  it('counts a day of 25 h in October for round-the-clock hours closed on some dates', () => {
    // Every day 00:00–24:00 in Paris, closed on 1 October 2026: October has 31 days, clocks fall back on
    // the 25th (a 25-h day), the 1st is closed: 30 × 24 h + 1 h = 721 h.
    const allDay = businessCalendar({ timeZone: 'Europe/Paris', hours: everyDay('00:00-24:00'), closed: ['2026-10-01'] })
    expect(businessTimeBetween(allDay, '2026-10-01T00:00+02:00', '2026-11-01T00:00+01:00')).toBe(721 * H)
    expect(businessTimeBetween(allDay, '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00')).toBe(25 * H)
    // The year: 365 days less the closed one, the hour lost in March and the hour won in October cancel.
    expect(businessTimeBetween(allDay, '2026-01-01T00:00+01:00', '2027-01-01T00:00+01:00')).toBe(364 * 24 * H)
    // 24 h from 30 September noon: 12 h that day, 1 October closed, 12 h on the 2nd.
    expect(iso(addBusinessTime(allDay, '2026-09-30T12:00+02:00', 'PT24H'))).toBe('2026-10-02T10:00:00.000Z')
  })

  it('ends a deadline at the instant clocks spring forward when the hours end then', () => {
    // Sundays 00:00–02:00 in Paris. On 29 March 2026 the wall clock jumps from 02:00 to 03:00 at 01:00Z:
    // from 00:00 CET (23:00Z the day before), 2 h run out at 01:00Z, the last instant the hours reach.
    const earlySunday = businessCalendar({ timeZone: 'Europe/Paris', hours: { sun: '00:00-02:00' } })
    expect(iso(addBusinessTime(earlySunday, '2026-03-29T00:00+01:00', 'PT2H'))).toBe('2026-03-29T01:00:00.000Z')
    expect(iso(addBusinessTime(earlySunday, '2026-03-29T00:00+01:00', 2 * H - 1))).toBe('2026-03-29T00:59:59.999Z')
    // A third hour is the first hour of the next Sunday, 5 April 00:00–01:00 CEST = 22:00Z–23:00Z on the 4th.
    expect(iso(addBusinessTime(earlySunday, '2026-03-29T00:00+01:00', 'PT3H'))).toBe('2026-04-04T23:00:00.000Z')
  })

  it('runs through the hour skipped in March and twice through the hour repeated in October', () => {
    // Sundays 00:00–04:00 in Paris. 29 March: 00:00–02:00 CET (23:00Z–01:00Z) and 03:00–04:00 CEST
    // (01:00Z–02:00Z): 3 h. 25 October: 00:00–03:00 CEST (22:00Z–01:00Z), then 02:00–04:00 CET
    // (01:00Z–03:00Z): 5 h.
    const sundayNight = businessCalendar({ timeZone: 'Europe/Paris', hours: { sun: '00:00-04:00' }, closed: ['2026-12-25'] })
    expect(businessTimeBetween(sundayNight, '2026-03-28T12:00Z', '2026-03-29T12:00Z')).toBe(3 * H)
    expect(iso(addBusinessTime(sundayNight, '2026-03-28T12:00Z', 'PT3H'))).toBe('2026-03-29T02:00:00.000Z')
    expect(businessTimeBetween(sundayNight, '2026-10-24T12:00Z', '2026-10-25T12:00Z')).toBe(5 * H)
    expect(iso(addBusinessTime(sundayNight, '2026-10-24T12:00Z', 'PT4H'))).toBe('2026-10-25T02:00:00.000Z')
    expect(iso(nextCoveredInstant(sundayNight, '2026-03-29T01:00Z'))).toBe('2026-03-29T01:00:00.000Z')
  })
})

describe('hours inside the hour clocks skip or repeat', () => {
  // Sundays 02:00–02:30 in Paris.
  const skipped = businessCalendar({ timeZone: 'Europe/Paris', hours: { sun: '02:00-02:30' } })

  it('never covers them on the night clocks spring forward', () => {
    // 29 March 2026: the wall clock goes from 01:59:59 CET to 03:00 CEST, so 02:00–02:30 is not shown.
    expect(businessTimeBetween(skipped, '2026-03-28T12:00Z', '2026-03-30T00:00Z')).toBe(0)
    expect(isCovered(skipped, '2026-03-29T01:00Z')).toBe(false)
    // The next covered instant is the next Sunday, 5 April 02:00 CEST = 00:00Z.
    expect(iso(nextCoveredInstant(skipped, '2026-03-28T12:00Z'))).toBe('2026-04-05T00:00:00.000Z')
    expect(iso(addBusinessTime(skipped, '2026-03-28T12:00Z', 'PT30M'))).toBe('2026-04-05T00:30:00.000Z')
  })

  it('covers them twice on the night clocks fall back', () => {
    // 25 October 2026: 02:00–02:30 CEST (00:00Z–00:30Z), then 02:00–02:30 CET (01:00Z–01:30Z): 1 h.
    expect(businessTimeBetween(skipped, '2026-10-24T12:00Z', '2026-10-26T00:00Z')).toBe(H)
    expect(iso(nextCoveredInstant(skipped, '2026-10-25T00:30Z'))).toBe('2026-10-25T01:00:00.000Z')
    // 45 min: the first 30, then 15 of the second pass.
    expect(iso(addBusinessTime(skipped, '2026-10-24T12:00Z', 'PT45M'))).toBe('2026-10-25T01:15:00.000Z')
  })
})

describe('hours written in pieces, and round-the-clock hours with closed dates', () => {
  it('counts ranges that touch as one stretch, and a week of them', () => {
    // 08:00–12:00 and 12:00–14:00 on weekdays: 6 h a day, 30 h a week; noon is covered.
    const split = businessCalendar({ timeZone: 'UTC', hours: weekdays(['08:00-12:00', '12:00-14:00']), closed: ['2026-12-25'] })
    expect(split.weeklyMs).toBe(30 * H)
    expect(isCovered(split, '2026-03-02T12:00Z')).toBe(true)
    expect(businessTimeBetween(split, '2026-03-02T11:00Z', '2026-03-02T13:00Z')).toBe(2 * H)
    expect(iso(addBusinessTime(split, '2026-03-02T11:00Z', 'PT2H'))).toBe('2026-03-02T13:00:00.000Z')
    // From Monday 2 March 2026, 30 weeks of 30 h (900 h) end on Friday 25 September at 14:00.
    expect(iso(addBusinessTime(split, '2026-03-02T00:00Z', 900 * H))).toBe('2026-09-25T14:00:00.000Z')
  })

  it('runs a night shift over midnight without a pause', () => {
    // Friday 22:00–24:00 and Saturday 00:00–06:00 UTC: 8 h a week, one stretch from Friday 22:00.
    const night = businessCalendar({ timeZone: 'UTC', hours: { fri: '22:00-24:00', sat: '00:00-06:00' }, closed: ['2026-12-25'] })
    expect(night.weeklyMs).toBe(8 * H)
    // Friday 6 March 2026.
    expect(businessTimeBetween(night, '2026-03-06T20:00Z', '2026-03-07T12:00Z')).toBe(8 * H)
    expect(iso(addBusinessTime(night, '2026-03-06T22:00Z', 'PT2H'))).toBe('2026-03-07T00:00:00.000Z')
    expect(iso(addBusinessTime(night, '2026-03-06T22:00Z', 'PT3H'))).toBe('2026-03-07T01:00:00.000Z')
    expect(isCovered(night, '2026-03-07T00:00Z')).toBe(true)
    // 40 weeks of 8 h (320 h) from Friday 6 March 22:00: the 40th shift ends Saturday 5 December 06:00.
    expect(iso(addBusinessTime(night, '2026-03-06T22:00Z', 320 * H))).toBe('2026-12-05T06:00:00.000Z')
  })

  it('skips a closed date of a calendar covering every hour, which is not round-the-clock', () => {
    // Every day 00:00–24:00 UTC, closed on 25 December 2026.
    const allDay = businessCalendar({ timeZone: 'UTC', hours: everyDay('00:00-24:00'), closed: ['2026-12-25'] })
    expect(allDay.weeklyMs).toBe(168 * H)
    // 24 December to 27 December: 72 h less the closed day.
    expect(businessTimeBetween(allDay, '2026-12-24T00:00Z', '2026-12-27T00:00Z')).toBe(48 * H)
    // 24 h from noon on the 24th: 12 h that day, 12 h on the 26th.
    expect(iso(addBusinessTime(allDay, '2026-12-24T12:00Z', 'PT24H'))).toBe('2026-12-26T12:00:00.000Z')
    expect(isCovered(allDay, '2026-12-25T12:00Z')).toBe(false)
    expect(iso(nextCoveredInstant(allDay, '2026-12-25T03:00Z'))).toBe('2026-12-26T00:00:00.000Z')
    // 400 days from 1 January 2026: 365 days of 2026 less the 25th, so the 400th day ends 6 February 2027
    // at 00:00 (36 days of 2027, plus one for the closed day).
    expect(iso(addBusinessTime(allDay, '2026-01-01T00:00Z', 400 * 24 * H))).toBe('2027-02-06T00:00:00.000Z')
  })

  it('counts elapsed time for every hour of every day with no closed date, across DST', () => {
    // Paris, every day 00:00–24:00, nothing closed: business time is elapsed time, 23 h on 29 March.
    const allDay = businessCalendar({ timeZone: 'Europe/Paris', hours: everyDay('00:00-24:00') })
    expect(businessTimeBetween(allDay, '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).toBe(23 * H)
    expect(iso(addBusinessTime(allDay, '2026-03-29T00:00+01:00', 'PT23H'))).toBe('2026-03-29T22:00:00.000Z')
  })
})
