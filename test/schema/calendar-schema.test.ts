/**
 * The calendar options have one schema (src/time/calendar-schema.ts): `CalendarOptions` is its input type,
 * a commitment's `calendar` is built from it, and `readBusinessCalendar` adds what a shape cannot say.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IssueList } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/index.js'
import { parseCommitment, type CalendarOptions } from '../../src/index.js'
import { checkBySchema } from '../../src/schema/common.js'
import { calendarSchema } from '../../src/schema/commitment.js'
import { calendarOptionsSchema } from '../../src/time/calendar-schema.js'
import { businessCalendar, readBusinessCalendar } from '../../src/time/calendar.js'

const issuesOf = (input: unknown) => {
  const checked = checkBySchema(calendarOptionsSchema, input, 'calendar')
  return checked.ok ? [] : checked.issues.map((i) => ({ path: i.path, code: i.code }))
}

describe('the calendar options schema', () => {
  it('accepts every shape the type allows', () => {
    const allowed: CalendarOptions[] = [
      { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' } },
      { timeZone: 'Europe/Paris', hours: { mon: ['08:30-12:30', '13:30-17:30'], sat: [] }, holidays: 'FR' },
      { timeZone: 'Europe/Paris', hours: { fri: '09:00-17:00' }, holidays: ['FR-alsace-moselle', '2026-12-24', (year) => [`${year}-12-31`]] },
      { timeZone: 'America/New_York', hours: { sun: '00:00-24:00' }, holidays: (year) => [new Date(Date.UTC(year, 6, 4))], closed: ['2026-05-15'] },
    ]
    for (const options of allowed) expect(issuesOf(options), JSON.stringify(options)).toEqual([])
  })

  it('refuses a shape the type does not allow, with the path and code of each problem', () => {
    expect(issuesOf({ timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' }, opening: 'x' })).toEqual([{ path: 'calendar.opening', code: 'calendar-key' }])
    expect(issuesOf({ hours: { mon: '09:00-18:00' } })).toEqual([{ path: 'calendar.timeZone', code: 'required' }])
    expect(issuesOf({ timeZone: 'Europe/Paris', hours: { monday: '09:00-18:00' } })).toEqual([{ path: 'calendar.hours', code: 'unknown-keys' }])
    expect(issuesOf({ timeZone: 'Europe/Paris', hours: { mon: ['09:00-12:00', 14] } })).toEqual([{ path: 'calendar.hours.mon[1]', code: 'type' }])
    expect(issuesOf({ timeZone: 'Europe/Paris', hours: ['09:00-18:00'] })).toEqual([{ path: 'calendar.hours', code: 'type' }])
    expect(issuesOf({ timeZone: 'Europe/Paris', hours: {}, holidays: 5 })).toEqual([{ path: 'calendar.holidays', code: 'type' }])
    expect(issuesOf({ timeZone: 'Europe/Paris', hours: {}, closed: '2026-05-15' })).toEqual([{ path: 'calendar.closed', code: 'type' }])
    expect(issuesOf({ timeZone: 3, hours: {} })).toEqual([{ path: 'calendar.timeZone', code: 'type' }])
    expect(issuesOf('24/7')).toEqual([{ path: 'calendar', code: 'type' }])
  })

  it('words an unknown key as the calendar reader does, in English and in French', () => {
    const checked = checkBySchema(calendarOptionsSchema, { timeZone: 'UTC', hours: { mon: '09:00-18:00' }, opening: 'x' }, 'calendar')
    const issue = checked.ok ? undefined : checked.issues[0]
    const issues = new IssueList()
    readBusinessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00' }, opening: 'x' }, 'calendar', issues)
    expect(issue).toEqual(issues.issues[0])
    expect(issue && formatIssue(issue, 'fr')).toBe("n’est pas une option de calendrier (timeZone, hours, holidays, closed)")
  })

  it('lets a commitment name a built calendar or a copy of one, as the calendar functions do', () => {
    const office = businessCalendar({ timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' }, holidays: 'FR' })
    expect(calendarSchema.safeParse(office).success).toBe(true)
    expect(parseCommitment({ gti: { within: 'PT4H', calendar: { ...office } } }).gti?.calendar.label).toBe(office.label)
    expect(checkBySchema(calendarSchema, { ...office, weeklyMs: 'x' }, 'calendar')).toMatchObject({ ok: false, issues: [{ path: 'calendar.weeklyMs', code: 'type' }] })
  })

  // The reader checks more than the shape (ranges, overlaps, zones, dates): whatever it accepts, the schema
  // accepts, and a shape the schema refuses the reader refuses too.
  it('agrees with readBusinessCalendar on shapes', () => {
    const range = fc.constantFrom('09:00-18:00', '08:30-12:30', '13:30-17:30', '25:00-26:00', '09:00', '')
    const day = fc.oneof(range, fc.array(range, { maxLength: 3 }), fc.integer(), fc.constant(null))
    const hours = fc.oneof(
      fc.record({ mon: day, tue: day, sat: day }, { requiredKeys: [] }),
      fc.record({ mon: day, monday: day }, { requiredKeys: [] }),
      fc.array(range, { maxLength: 2 }),
    )
    const holiday = fc.oneof(fc.constantFrom('FR', 'FR-alsace-moselle', '2026-12-24', 'XX', '2026-02-30'), fc.constant((y: number) => [`${y}-12-31`]), fc.integer())
    const options = fc.record(
      {
        timeZone: fc.oneof(fc.constantFrom('Europe/Paris', 'UTC', 'Mars/Olympus'), fc.integer()),
        hours,
        holidays: fc.oneof(holiday, fc.array(holiday, { maxLength: 3 })),
        closed: fc.oneof(fc.array(fc.constantFrom('2026-05-15', 'x'), { maxLength: 2 }), fc.constant('2026-05-15')),
        opening: fc.string(),
      },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(options, (input) => {
        const issues = new IssueList()
        const read = readBusinessCalendar(input, 'calendar', issues)
        const schema = calendarOptionsSchema.safeParse(input).success
        if (read !== undefined) expect(schema).toBe(true)
        if (!schema) expect(read).toBeUndefined()
      }),
      { numRuns: 300 },
    )
  })
})
