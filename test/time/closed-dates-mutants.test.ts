/**
 * Closed dates given out of order still close their days: a rule may return its dates in any order, and a
 * sum over more than a month walks the closed days of each year in date order, stopping at the first past
 * its end; a deadline of more than a month skips whole weeks only up to the first closed day among them.
 */
import { describe, expect, it } from 'vitest'
import { addBusinessTime, businessCalendar, businessTimeBetween, closedDates } from '../../src/time/calendar.js'

const weekdays = { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }
const HOUR = 3_600_000

describe('a rule that returns its dates out of order', () => {
  // Christmas Eve first, then Wednesday 13 May.
  const calendar = businessCalendar({ timeZone: 'UTC', hours: weekdays, holidays: (year) => [`${year}-12-24`, `${year}-05-13`] })

  it('closes the earlier date in a sum over two months', () => {
    // 1 May to 30 June 2026 (61 days, past the month a sum compiles): May has 21 weekdays (Fri 1, then
    // four whole weeks from Mon 4 to Fri 29), June 22 (four whole weeks from Mon 1, then Mon 29 and Tue 30):
    // 43 weekdays × 9 h = 387 h, less Wednesday 13 May = 378 h.
    expect(businessTimeBetween(calendar, '2026-05-01T00:00:00Z', '2026-07-01T00:00:00Z') / HOUR).toBe(378)
  })

  it('lists both dates in date order', () => {
    expect(closedDates(calendar, 2026).map((d) => d.date)).toEqual(['2026-05-13', '2026-12-24'])
  })
})

// Before 1800 (and from 9990) no table of UTC years answers: the deadline is walked in local time, whole
// weeks at a time up to the first closed day among them, and day by day from there.
describe('a deadline of 60 days on a clock that runs day and night, in 1750', () => {
  const allDay = { mon: '00:00-24:00', tue: '00:00-24:00', wed: '00:00-24:00', thu: '00:00-24:00', fri: '00:00-24:00', sat: '00:00-24:00', sun: '00:00-24:00' }
  const deadline = (closed: string[], from = '1750-05-01T00:00:00Z') => addBusinessTime(businessCalendar({ timeZone: 'UTC', hours: allDay, closed }), from, 'PT1440H').toISOString()

  it('is 60 days after its start when no day is closed', () => {
    // 1440 h = 60 days: 1 to 31 May is 31 days, 1 to 29 June 29 more, ending 29 June 24:00 = 30 June 00:00.
    expect(deadline([])).toBe('1750-06-30T00:00:00.000Z')
  })

  it('waits one more day for a closed day in its first weeks', () => {
    // 1 to 12 May: 12 days; 13 May closed; 14 to 31 May: 18 days; June: 30 days. 12 + 18 + 30 = 60 days,
    // ending 30 June 24:00 = 1 July 00:00.
    expect(deadline(['1750-05-13'])).toBe('1750-07-01T00:00:00.000Z')
  })

  it('waits one more day for a closed day on the last day of the weeks it could skip', () => {
    // Eight whole weeks (56 days, 1 May to 25 June) fit in 60 days less a millisecond; 25 June is their last
    // day, and closed: 1 May to 24 June is 55 days, 26 to 30 June 5 more, 60 days ending 1 July 00:00.
    expect(deadline(['1750-06-25'])).toBe('1750-07-01T00:00:00.000Z')
  })

  it('looks for the closed day into the next year when the weeks it could skip run into it', () => {
    // From 1 December 1750: 1 to 31 December is 31 days, 1 to 9 January 9 more; 10 January closed; 11 to
    // 30 January 20 more: 60 days, ending 30 January 24:00 = 31 January 00:00 (30 January 00:00 without it).
    expect(deadline(['1751-01-10'], '1750-12-01T00:00:00Z')).toBe('1751-01-31T00:00:00.000Z')
    expect(deadline([], '1750-12-01T00:00:00Z')).toBe('1751-01-30T00:00:00.000Z')
  })
})

// A date YYYY-MM-DD has years 1 to 9999 only: a rule is not asked for the local year 0 that the first
// hours of 0001-01-01 UTC fall in west of Greenwich, nor for the local year 10000 of the last ones east of it.
describe('a rule asked for the years at the ends of the range', () => {
  const allDay = { mon: '00:00-24:00', tue: '00:00-24:00', wed: '00:00-24:00', thu: '00:00-24:00', fri: '00:00-24:00', sat: '00:00-24:00', sun: '00:00-24:00' }
  const askedOver = (timeZone: string, from: string, to: string) => {
    const asked: number[] = []
    const calendar = businessCalendar({
      timeZone,
      hours: allDay,
      holidays: (year) => {
        asked.push(year)
        return []
      },
    })
    return { hours: businessTimeBetween(calendar, from, to) / HOUR, asked }
  }

  it('is asked for year 1 only over the first six hours in New York', () => {
    // New York is on local mean time, 4 h 56 min 2 s behind UTC: 0001-01-01T00:00Z is 0000-12-31 19:03:58 there.
    expect(askedOver('America/New_York', '0001-01-01T00:00:00Z', '0001-01-01T06:00:00Z')).toEqual({ hours: 6, asked: [1] })
  })

  it('is asked for year 9999 only over six hours that end in 10000 in Tokyo', () => {
    // Tokyo is 9 h ahead: 9999-12-31T18:00Z is 10000-01-01 03:00 there.
    expect(askedOver('Asia/Tokyo', '9999-12-31T12:00:00Z', '9999-12-31T18:00:00Z')).toEqual({ hours: 6, asked: [9999] })
  })
})
