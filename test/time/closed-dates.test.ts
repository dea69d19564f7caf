import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { businessCalendar, businessTimeBetween, type CalendarOptions, closedDates, isCovered } from '../../src/time/calendar.js'

const weekdays = { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }

function issuesOf(fn: () => unknown): string[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => `${i.path}: ${i.message}`)
    throw error
  }
  return []
}
const problems = (options: Partial<CalendarOptions>) => issuesOf(() => businessCalendar({ timeZone: 'UTC', hours: weekdays, ...options } as CalendarOptions))

describe('closed dates as a user writes them', () => {
  it('takes real dates only: no 30 February, no month 13, no day 0, 29 February in a leap year', () => {
    expect(problems({ closed: ['2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-5', 20260105 as never, ' 2024-02-29 ', '2026-12-31'] })).toEqual([
      'closed[0]: must be a date YYYY-MM-DD such as "2026-12-24" (got "2026-02-30")',
      'closed[1]: must be a date YYYY-MM-DD such as "2026-12-24" (got "2026-13-01")',
      'closed[2]: must be a date YYYY-MM-DD such as "2026-12-24" (got "2026-00-10")',
      'closed[3]: must be a date YYYY-MM-DD such as "2026-12-24" (got "2026-01-00")',
      'closed[4]: must be a date YYYY-MM-DD such as "2026-12-24" (got "2026-1-5")',
      'closed[5]: must be a date YYYY-MM-DD such as "2026-12-24" (got 20260105)',
    ])
    expect(problems({ closed: '2026-12-24' as never })).toEqual(['closed: must be an array of dates YYYY-MM-DD (got "2026-12-24")'])
    expect(problems({ closed: ['2026-12-24 noon', 'on 2026-12-24'] })).toEqual([
      'closed[0]: must be a date YYYY-MM-DD such as "2026-12-24" (got "2026-12-24 noon")',
      'closed[1]: must be a date YYYY-MM-DD such as "2026-12-24" (got "on 2026-12-24")',
    ])
    expect(problems({ holidays: [42 as never] })).toEqual(['holidays[0]: must be "FR", "FR-alsace-moselle", a date YYYY-MM-DD or a function (year) => dates (got 42)'])
  })

  it('reads one holiday date alone, trimmed, and says so in the label', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: weekdays, holidays: ' 2026-12-24 ', closed: ['2026-12-31'] })
    expect(calendar.holidays).toEqual(['2026-12-24'])
    expect(calendar.label).toBe('Mon-Fri 09:00-18:00, UTC, holidays: 2026-12-24, closed: 1 date')
    expect(closedDates(calendar, 2026)).toEqual([
      { date: '2026-12-24', name: 'Holiday', nameFr: 'Jour férié', source: 'holidays' },
      { date: '2026-12-31', name: 'Closed', nameFr: 'Fermé', source: 'closed' },
    ])
    expect(problems({ holidays: 'Noël' })).toEqual(['holidays: must be "FR", "FR-alsace-moselle", a date YYYY-MM-DD or a function (year) => dates (got "Noël")'])
  })

  it('lists a date closed for two reasons twice, in the order the options give them, and counts it once', () => {
    const calendar = businessCalendar({ timeZone: 'Europe/Paris', hours: weekdays, holidays: ['2026-12-25', 'FR-alsace-moselle'], closed: ['2026-12-25', '2026-12-24'] })
    expect(closedDates(calendar, 2026).filter((d) => d.date >= '2026-12-24')).toEqual([
      { date: '2026-12-24', name: 'Closed', nameFr: 'Fermé', source: 'closed' },
      { date: '2026-12-25', name: 'Christmas Day', nameFr: 'Noël', source: 'FR-alsace-moselle' },
      { date: '2026-12-25', name: 'Holiday', nameFr: 'Jour férié', source: 'holidays' },
      { date: '2026-12-25', name: 'Closed', nameFr: 'Fermé', source: 'closed' },
      { date: '2026-12-26', name: "St Stephen's Day", nameFr: 'Saint-Étienne', source: 'FR-alsace-moselle' },
    ])
    expect(calendar.closed).toEqual(['2026-12-24', '2026-12-25'])
    expect(calendar.label).toBe('Mon-Fri 09:00-18:00, Europe/Paris, holidays: 2026-12-25, FR-alsace-moselle, closed: 2 dates')
  })

  it('skips closed dates written in any order', () => {
    // Mon–Fri 09:00–18:00 UTC, Friday 15 May 2026 closed: Monday 11 to Monday 18 May has 4 open days = 36 h.
    const calendar = businessCalendar({ timeZone: 'UTC', hours: weekdays, holidays: ['2026-12-24', '2026-05-15', (year) => [` ${year}-05-13 `]] })
    // The rule's Wednesday 13 May, padded with spaces, is closed too: 3 open days = 27 h.
    expect(businessTimeBetween(calendar, '2026-05-11T00:00:00Z', '2026-05-18T00:00:00Z')).toBe(27 * 3_600_000)
    expect(closedDates(calendar, 2026).map((d) => d.date)).toEqual(['2026-05-13', '2026-05-15', '2026-12-24'])
  })

  it('asks a rule once per year, and names it "rule" in the label', () => {
    const asked: number[] = []
    const calendar = businessCalendar({
      timeZone: 'UTC',
      hours: weekdays,
      holidays: (year) => {
        asked.push(year)
        return [`${year}-07-14`]
      },
    })
    expect(calendar.label).toBe('Mon-Fri 09:00-18:00, UTC, holidays: rule')
    // Tuesday 14 July 2026 and Wednesday 14 July 2027.
    expect(isCovered(calendar, '2026-07-14T10:00:00Z')).toBe(false)
    expect(isCovered(calendar, '2026-07-15T10:00:00Z')).toBe(true)
    expect(isCovered(calendar, '2027-07-14T10:00:00Z')).toBe(false)
    expect(closedDates(calendar, 2026)).toEqual([{ date: '2026-07-14', name: 'Holiday', nameFr: 'Jour férié', source: 'holidays' }])
    expect(asked).toEqual([2026, 2027])
  })

  it('names what is wrong with what a rule returns', () => {
    const ruled = (rule: (year: number) => unknown) => businessCalendar({ timeZone: 'UTC', hours: weekdays, holidays: ['FR', rule as never] })
    expect(() => closedDates(ruled(() => '2026-12-24'), 2026)).toThrow(
      new InputError([{ path: 'holidays[1]', message: 'must return an array of dates for year 2026 (got "2026-12-24")' }], 'Invalid holiday rule'),
    )
    expect(issuesOf(() => closedDates(ruled(() => [new Date(Number.NaN), 7]), 2026))).toEqual([
      'holidays[1]: returned an invalid Date for year 2026 at index 0: not a date YYYY-MM-DD or a valid Date',
      'holidays[1]: returned 7 for year 2026 at index 1: not a date YYYY-MM-DD or a valid Date',
    ])
  })

  it('answers for the years 1 to 9999 only', () => {
    const calendar = businessCalendar({ timeZone: 'UTC', hours: weekdays, holidays: 'FR' })
    expect(closedDates(calendar, 1)[0]).toEqual({ date: '0001-01-01', name: "New Year's Day", nameFr: "Jour de l'an", source: 'FR' })
    expect(closedDates(calendar, 9999).at(-1)).toEqual({ date: '9999-12-25', name: 'Christmas Day', nameFr: 'Noël', source: 'FR' })
    for (const year of [0, 10_000, 2026.5, '2026' as never]) {
      expect(issuesOf(() => closedDates(calendar, year))).toEqual([expect.stringMatching(/^year: must be a whole year from 1 to 9999 \(got .+\)$/)])
    }
    expect(closedDates(businessCalendar({ timeZone: 'UTC', hours: weekdays }), 2026)).toEqual([])
  })
})
