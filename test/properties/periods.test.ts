/**
 * Property 7: calendar months are exact and independent of the process time zone.
 *
 * Independence from the machine's zone is covered by running the whole suite again under
 * TZ=America/Los_Angeles (`npm run test:tz`); these properties pin the arithmetic that must come out the
 * same there:
 * - in UTC a month lasts exactly its number of days × 24 h, and starts at 00:00 UTC on the 1st of *that*
 *   year and month;
 * - in Europe/Paris, under the EU rules (from 1996: summer time from the last Sunday of March to the last
 *   Sunday of October), March is 1 h short, October 1 h long, every other month days × 24 h, and each month
 *   starts at local midnight on the 1st;
 * - consecutive months tile time: a month ends where the next one starts.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { monthPeriod } from '../../src/index.js'
import { DAY, daysInMonth, HOUR, RUNS } from './arbitraries.js'

/** The calendar fields of an instant in a zone, read with Intl (independent of the library). */
function localFields(date: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
    era: 'short',
  }).formatToParts(date)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') }
}

const next = (year: number, month: number) => (month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 })

describe('calendar months (property 7)', () => {
  it('Europe/Paris from 1996: days × 24 h, minus 1 h in March, plus 1 h in October; starts at local midnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1996, max: 2400 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const p = monthPeriod({ year, month, timeZone: 'Europe/Paris' })
        const shift = month === 3 ? -HOUR : month === 10 ? HOUR : 0
        expect(p.durationMs).toBe(daysInMonth(year, month) * DAY + shift)
        expect(p.end.getTime() - p.start.getTime()).toBe(p.durationMs)
        expect(localFields(p.start, 'Europe/Paris')).toEqual({ year, month, day: 1, hour: 0, minute: 0, second: 0 })
        expect(p.end.getTime()).toBe(monthPeriod({ ...next(year, month), timeZone: 'Europe/Paris' }).start.getTime())
        expect(p.timeZone).toBe('Europe/Paris')
        expect(p.label).toBe(`${year}-${String(month).padStart(2, '0')}`)
      }),
      { numRuns: RUNS },
    )
  })

  it('UTC, every year from 1 to 9999: exactly days × 24 h, starting at 00:00 UTC on the 1st of that year and month', () => {
    // Years below 100 are the classic trap: `new Date(50, 0, 1)` is 1950. A month labelled 0050-01 must
    // start in the year 50, and December 0099 must end where January 0100 starts.
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 120 })), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const p = monthPeriod({ year, month, timeZone: 'UTC' })
        expect(p.durationMs).toBe(daysInMonth(year, month) * DAY)
        const start = p.start
        expect([start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()]).toEqual([year, month, 1, 0, 0])
        if (year < 9999 || month < 12) expect(p.end.getTime()).toBe(monthPeriod({ ...next(year, month), timeZone: 'UTC' }).start.getTime())
      }),
      { numRuns: RUNS },
    )
  })

  it('the default zone is UTC, whatever the process time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const p = monthPeriod({ year, month })
        expect(p.start.getTime()).toBe(Date.UTC(year, month - 1, 1))
        expect(p.end.getTime()).toBe(Date.UTC(year, month, 1))
      }),
      { numRuns: RUNS },
    )
  })
})
