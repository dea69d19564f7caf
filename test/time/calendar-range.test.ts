/**
 * Calendar walks are bounded by the range of instants, and long spans inside it are computed, not walked
 * day by day.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addBusinessTime, businessCalendar, businessTimeBetween, InputError, isCovered, MAX_INSTANT, MIN_INSTANT, nextCoveredInstant, type WeeklyHours } from '../../src/index.js'

const H = 3_600_000
const weekdays = (range: string): WeeklyHours => ({ mon: range, tue: range, wed: range, thu: range, fri: range })
const office = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays('09:00-18:00'), holidays: 'FR' })

/** Runs `fn`, returning what it returned or threw. */
function outcome<T>(fn: () => T): { value: T | unknown } {
  try {
    return { value: fn() }
  } catch (error) {
    return { value: error }
  }
}

// A walk day by day over these spans would take minutes: the tests' own timeout catches it, where a
// bound in milliseconds would fail on a loaded machine without anything being wrong.
const WALK_TIMEOUT = 30_000

describe('calendar walks stop at the range of instants', () => {
  it('refuses before any walk a deadline 100 million days away', () => {
    const { value } = outcome(() => addBusinessTime(office, '2026-01-01T00:00Z', 'P100000000D'))
    expect(value).toBeInstanceOf(InputError)
    expect((value as InputError).issues).toEqual([{ path: 'duration', message: 'leads past the last instant accepted (+010000-01-02T00:00:00Z, the end of year 9999)' }])
  }, WALK_TIMEOUT)

  it('refuses at once the instants a Date can hold past the range', () => {
    const { value } = outcome(() => businessTimeBetween(office, -8.64e15, 8.64e15))
    expect(value).toBeInstanceOf(InputError)
    expect((value as InputError).issues.map((i) => i.path)).toEqual(['from', 'to'])
  }, WALK_TIMEOUT)

  it('counts the business time of the whole range without a walk day by day, and it adds up', () => {
    const cold = businessCalendar({ timeZone: 'America/New_York', hours: weekdays('08:00-17:00'), holidays: ['FR', '2026-07-04'] })
    // The first query in a zone reads its years from Intl (~100 ms on an idle machine); a day-by-day walk
    // would take minutes, past the timeout.
    const { value } = outcome(() => businessTimeBetween(cold, MIN_INSTANT, MAX_INSTANT))
    const whole = value as number
    // Open 45 h a week, less about 8 weekday holidays a year: between 38 and 45 h a week.
    const weeks = (MAX_INSTANT - MIN_INSTANT) / (7 * 24 * H)
    expect(whole / weeks).toBeGreaterThan(38 * H)
    expect(whole / weeks).toBeLessThan(45 * H)
    const cuts = [MIN_INSTANT, Date.UTC(1799, 5, 1), Date.UTC(2026, 2, 29, 1), Date.UTC(2099, 11, 31, 23), Date.UTC(2500, 0, 1), Date.UTC(7777, 6, 7), MAX_INSTANT]
    let sum = 0
    for (let i = 1; i < cuts.length; i++) sum += businessTimeBetween(cold, cuts[i - 1]!, cuts[i]!)
    expect(sum).toBe(whole)
  }, WALK_TIMEOUT)

  it('finds a deadline thousands of years away quickly, where the time between gives it back', () => {
    const duration = 2_000_000 * H
    const { value } = outcome(() => addBusinessTime(office, '2026-01-01T00:00Z', duration))
    const deadline = (value as Date).getTime()
    expect(businessTimeBetween(office, '2026-01-01T00:00Z', deadline)).toBe(duration)
    expect(isCovered(office, deadline - 1)).toBe(true)
  }, WALK_TIMEOUT)

  it('refuses a deadline the calendar cannot reach before the end of the range', () => {
    const { value } = outcome(() => addBusinessTime(office, Date.UTC(9999, 11, 30), 'PT48H'))
    expect((value as InputError).issues[0]!.path).toBe('duration')
    expect(nextCoveredInstant(office, Date.UTC(9999, 11, 31, 9)).toISOString()).toBe('9999-12-31T09:00:00.000Z')
  })
})

describe('the calendar far from today', () => {
  // The wall clock of a zone read from Intl, for an instant anywhere in the range.
  const formats = new Map<string, Intl.DateTimeFormat>()
  function wall(timeZone: string, t: number): { weekday: string; minutes: number } {
    let format = formats.get(timeZone)
    if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' })))
    const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]))
    return { weekday: parts.weekday!.toLowerCase(), minutes: Number(parts.hour) * 60 + Number(parts.minute) }
  }

  it('covers an instant of any year exactly when its wall clock shows a covered time', () => {
    const calendars = ['Europe/Paris', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Tehran', 'Africa/Casablanca', 'Pacific/Apia'].map((timeZone) =>
      businessCalendar({ timeZone, hours: { mon: '00:00-02:30', sun: ['01:30-03:00', '23:00-24:00'], sat: '09:00-18:00' } }),
    )
    fc.assert(
      fc.property(fc.constantFrom(...calendars), fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT }), (calendar, t) => {
        const { weekday, minutes } = wall(calendar.timeZone, t)
        const ranges = calendar.hours[weekday as 'mon']
        const expected = ranges.some((r) => {
          const [s, e] = r.split('-').map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)))
          return s! <= minutes && minutes < e!
        })
        expect(isCovered(calendar, t)).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })
})
