import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { addBusinessTime, businessCalendar, businessTimeBetween, nextCoveredInstant } from '../../src/time/calendar.js'

const H = 3_600_000
const DAY = 86_400_000

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('deadlines a GTI/GTR clock reads', () => {
  it('ends a duration of whole weeks on the last Friday at closing time, not on the Monday after', () => {
    // Mon–Fri 09:00–18:00 UTC is 45 h a week. From Monday 2 March 2026 00:00, 90 h is two whole weeks: the
    // 90th hour ends on Friday 13 March at 18:00; Monday 16 March 09:00 has the same business time behind it
    // but is not the earliest such instant.
    const weekdays = businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' } })
    expect(addBusinessTime(weekdays, '2026-03-02T00:00:00Z', 'PT90H').toISOString()).toBe('2026-03-13T18:00:00.000Z')
  })

  it('reads a range that starts at 03:00 on the night clocks fall back by the wall clock after the change', () => {
    // Paris, Sunday 25 October 2026: at 01:00Z, 03:00+02:00 becomes 02:00+01:00, so the wall clock first
    // shows 03:00 at 03:00+01:00 = 02:00Z, and 05:00 at 04:00Z.
    const sundayNight = businessCalendar({ timeZone: 'Europe/Paris', hours: { sun: '03:00-05:00' } })
    expect(nextCoveredInstant(sundayNight, '2026-10-25T00:00+02:00').toISOString()).toBe('2026-10-25T02:00:00.000Z')
    expect(addBusinessTime(sundayNight, '2026-10-25T00:00+02:00', 'PT1H').toISOString()).toBe('2026-10-25T03:00:00.000Z')
    expect(businessTimeBetween(sundayNight, '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00')).toBe(2 * H)
  })

  it('says a calendar closed for a year never opens again, from when', () => {
    // Open on Mondays only, and every Monday a holiday.
    const mondays = (year: number) => {
      const days: string[] = []
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY) if (new Date(t).getUTCDay() === 1) days.push(new Date(t).toISOString().slice(0, 10))
      return days
    }
    const closedForever = businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-10:00' }, holidays: mondays })
    const never = new InputError([{ path: 'calendar', message: 'has no covered time in the year after 2026-01-01T00:00:00Z: check its hours and closed dates' }], 'Calendar never open')
    expect(() => addBusinessTime(closedForever, '2026-01-01T00:00:00Z', 'PT1H')).toThrow(never)
    expect(() => nextCoveredInstant(closedForever, '2026-01-01T00:00:00Z')).toThrow(never)
  })

  it('says a deadline past the year 9999 is out of range', () => {
    const office = businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00' } })
    const error = errorOf(() => addBusinessTime(office, '9999-12-27T00:00:00Z', 'P7D'))
    // The last instant accepted is a day past 31 December 9999 in UTC, so that the end of year 9999 is
    // accepted in every zone.
    expect(error.message).toBe('Deadline out of range:\n  duration: leads past the last instant accepted (+010000-01-02T00:00:00Z, the end of year 9999)')
  })
})
