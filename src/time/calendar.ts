/**
 * Coverage calendars, the public side: building one from its options, and the questions a GTI/GTR clock
 * asks of it. The hours are read in `weekly-hours.ts`, the closed dates in `closed-dates.ts`, and the
 * arithmetic is `coverage.ts`.
 */
import { describe, IssueList, joinPath, present } from '../errors.js'
import { type CalendarOptions } from './calendar-schema.js'
import { formatDay } from './civil.js'
import { type ClosedDate, ClosedDays, type ClosedSource, type DatesByYear, type HolidaySource, readDateList, readHolidays } from './closed-dates.js'
import { advance, type Coverage, coveredAt, coveredBetween, makeCoverage, nextCovered } from './coverage.js'
import { type DurationLike, readDuration } from './duration.js'
import { type InstantLike, readInstant } from './instant.js'
import { describeHours, freezeHours, FULL_WEEK, hoursText, readHours, type Weekday, type WeeklyHours } from './weekly-hours.js'
import { readTimeZone } from './zone.js'

export { type ClosedDate, type HolidayRegion, type HolidayRule, type HolidaySource } from './closed-dates.js'
export { type Weekday, WEEKDAYS, type WeeklyHours } from './weekly-hours.js'

export { type CalendarOptions } from './calendar-schema.js'

/**
 * A coverage calendar, validated and frozen: the times a GTI/GTR clock runs. Made by {@link businessCalendar};
 * {@link ALWAYS} is the round-the-clock one.
 */
export interface BusinessCalendar {
  /** `'24/7'` for round-the-clock coverage, `'hours'` for business hours. */
  readonly kind: '24/7' | 'hours'
  /** IANA time zone of the hours; `UTC` for 24/7, where the zone makes no difference. */
  readonly timeZone: string
  /** The ranges of each day, normalised to `HH:MM-HH:MM` and sorted; `[]` for a day not covered. */
  readonly hours: Readonly<Record<Weekday, readonly string[]>>
  /** The holiday sources as given, as an array. */
  readonly holidays: readonly HolidaySource[]
  /** The extra closed dates, sorted, without repeats. */
  readonly closed: readonly string[]
  /** Covered milliseconds of an ordinary week: no closed date, no DST change. 45 h for Mon–Fri 9:00–18:00. */
  readonly weeklyMs: number
  /** A short description for reports, e.g. `Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR`. */
  readonly label: string
}

/** Anything the calendar functions accept as a calendar: a built one, its options, or `'24/7'`. */
export type CalendarLike = BusinessCalendar | CalendarOptions | '24/7'

const coverages = new WeakMap<BusinessCalendar, Coverage>()

const OPTION_KEYS = new Set(['timeZone', 'hours', 'holidays', 'closed'])
// What a built calendar carries besides its options; tolerated so that a copy (`{ ...calendar }`) reads back.
const DERIVED_KEYS = new Set(['kind', 'weeklyMs', 'label'])

function makeAlways(): BusinessCalendar {
  const calendar: BusinessCalendar = Object.freeze({
    kind: '24/7',
    timeZone: 'UTC',
    hours: freezeHours(FULL_WEEK.map(() => ['00:00-24:00'])),
    holidays: Object.freeze([]),
    closed: Object.freeze([]),
    weeklyMs: 7 * 86_400_000,
    label: '24/7',
  })
  coverages.set(calendar, makeCoverage(FULL_WEEK, 'UTC', new ClosedDays([], 'UTC')))
  return calendar
}

/**
 * Round-the-clock coverage: every instant counts, business time is elapsed time.
 *
 * @example
 * addBusinessTime(ALWAYS, '2026-03-29T01:30+01:00', 'PT1H') // 2026-03-29T01:30:00Z, 03:30 in Paris
 */
export const ALWAYS: BusinessCalendar = /* @__PURE__ */ makeAlways()

/**
 * Reads a calendar (a built one, its options, or `'24/7'`), or adds issues under `path` and returns
 * undefined. For the other modules, which read a calendar among their own inputs.
 *
 * @example
 * const issues = new IssueList()
 * const calendar = readBusinessCalendar(input.coverage, 'coverage', issues) // issues like `coverage.hours.mon[1]: …`
 */
export function readBusinessCalendar(value: unknown, path: string, issues: IssueList): BusinessCalendar | undefined {
  if (value === '24/7') return ALWAYS
  if (value !== null && typeof value === 'object' && coverages.has(value as BusinessCalendar)) return value as BusinessCalendar
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add(path, `must be '24/7' or calendar options { timeZone, hours, holidays?, closed? } (got ${describe(value)})`, 'calendar', { got: describe(value) })
    return undefined
  }
  const options = value as Record<string, unknown>
  if (options.kind === '24/7') return ALWAYS
  const before = issues.issues.length
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key) && !DERIVED_KEYS.has(key)) issues.add(joinPath(path, key), 'is not a calendar option (timeZone, hours, holidays, closed)', 'calendar-key')
  }
  let timeZone: string | undefined
  if (options.timeZone === undefined) issues.add(joinPath(path, 'timeZone'), 'is required: the IANA time zone the hours are read in, such as "Europe/Paris"', 'calendar-zone')
  else timeZone = readTimeZone(options.timeZone, joinPath(path, 'timeZone'), issues)
  const week = readHours(options.hours, joinPath(path, 'hours'), issues)
  const holidays = options.holidays === undefined ? { sources: [], given: [] } : readHolidays(options.holidays, joinPath(path, 'holidays'), issues)
  const closedByYear: DatesByYear = new Map()
  if (options.closed !== undefined) readDateList(options.closed, joinPath(path, 'closed'), issues, closedByYear)
  if (issues.issues.length > before || timeZone === undefined || week === undefined) return undefined

  const sources: ClosedSource[] = [...holidays.sources]
  if (closedByYear.size > 0) sources.push({ kind: 'dates', byYear: closedByYear })
  const closed = [...new Set([...closedByYear.values()].flat().map((d) => d.day))].sort((a, b) => a - b).map(formatDay)
  const text = hoursText(week)
  const holidayText = holidays.given.map((h) => (typeof h === 'function' ? 'rule' : h)).join(', ')
  const coverage = makeCoverage(week, timeZone, new ClosedDays(sources, timeZone))
  const calendar: BusinessCalendar = Object.freeze({
    kind: 'hours',
    timeZone,
    hours: freezeHours(text),
    holidays: Object.freeze(holidays.given),
    closed: Object.freeze(closed),
    weeklyMs: coverage.weekTotal,
    label: `${describeHours(text)}, ${timeZone}${holidayText ? `, holidays: ${holidayText}` : ''}${closed.length ? `, closed: ${closed.length} date${closed.length > 1 ? 's' : ''}` : ''}`,
  })
  coverages.set(calendar, coverage)
  return calendar
}

/** @internal The arithmetic of a built calendar, for the stages that call it in a loop. */
export function coverageOf(calendar: BusinessCalendar): Coverage {
  // A calendar reaches the stages only through readBusinessCalendar or ALWAYS, which both store its arithmetic.
  return present(coverages.get(calendar))
}

/**
 * Builds a coverage calendar: business hours in an IANA time zone, closed on public holidays and on extra
 * dates, or `'24/7'`. The hours are local wall-clock times, exact across DST: an instant is covered when
 * the wall clock shows a covered time on an open day, so 09:00-18:00 is 9 h on any day in Paris, while
 * `00:00-24:00` is 23 h on the day clocks spring forward and 25 h on the day they fall back.
 *
 * @example
 * const office = businessCalendar({
 *   timeZone: 'Europe/Paris',
 *   hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
 *   holidays: 'FR',
 * })
 * office.weeklyMs / 3_600_000 // 45
 * businessCalendar('24/7') === ALWAYS // true
 * @throws InputError listing every problem with its path, e.g. `hours.mon[1]: overlaps 08:30-12:30`.
 */
export function businessCalendar(options: CalendarOptions | '24/7'): BusinessCalendar {
  const issues = new IssueList()
  return issues.checked({ calendar: readBusinessCalendar(options, '', issues) }, 'Invalid calendar').calendar
}

/** Reads a calendar and instants named by their paths, in that order, or throws every problem found. */
function readArgs<K extends string>(calendar: unknown, instants: Record<K, unknown>, context: string): { coverage: Coverage; at: Record<K, number> } {
  const issues = new IssueList()
  const cal = readBusinessCalendar(calendar, 'calendar', issues)
  const at = {} as Record<K, number | undefined>
  for (const path in instants) at[path] = readInstant(instants[path], path, issues)
  const checked = issues.checked({ cal, at }, context)
  return { coverage: coverageOf(checked.cal), at: issues.checked(at) }
}

/**
 * Covered milliseconds between two instants: the time a GTI/GTR clock runs from `from` to `to`. When `to`
 * is before `from` the result is negative, the opposite of `(to, from)`, so that
 * `between(a, c) = between(a, b) + between(b, c)` for any three instants.
 *
 * @example
 * // Friday 17:00 to Monday 10:00 on Mon–Fri 09:00-18:00: 1 h on Friday, 1 h on Monday.
 * businessTimeBetween(office, '2026-03-13T17:00+01:00', '2026-03-16T10:00+01:00') // 7_200_000
 * @throws InputError for a bad calendar or instant.
 */
export function businessTimeBetween(calendar: CalendarLike, from: InstantLike, to: InstantLike): number {
  const { coverage, at } = readArgs(calendar, { from, to }, 'Invalid business time query')
  return coveredBetween(coverage, at.from, at.to)
}

/**
 * The deadline `duration` of covered time after `from`: the earliest instant `t` with
 * `businessTimeBetween(calendar, from, t) === duration`. Outside the hours the clock waits; a deadline
 * that uses up the last covered minute of a day is that day's closing time, not the next opening. A zero
 * duration gives `from` itself, covered or not: nothing has to happen after it.
 *
 * @example
 * // Wednesday 13 May 2026 16:00 Paris + 4 h: 2 h on Wednesday, Thursday is Ascension, 2 h on Friday.
 * addBusinessTime(office, '2026-05-13T16:00+02:00', 'PT4H') // 2026-05-15T09:00:00Z (11:00 Paris)
 * @throws InputError for a bad calendar, instant or duration, a calendar closed for more than a year,
 * or a deadline past the last instant a Date can hold.
 */
export function addBusinessTime(calendar: CalendarLike, from: InstantLike, duration: DurationLike): Date {
  const issues = new IssueList()
  const v = issues.checked(
    { cal: readBusinessCalendar(calendar, 'calendar', issues), start: readInstant(from, 'from', issues), ms: readDuration(duration, 'duration', issues) },
    'Invalid business time query',
  )
  return new Date(advance(coverageOf(v.cal), v.start, v.ms))
}

/**
 * The first covered instant at or after `from`: when a clock started at `from` begins to run. `from`
 * itself when it is covered.
 *
 * @example
 * nextCoveredInstant(office, '2026-05-13T19:30+02:00') // 2026-05-15T07:00:00Z: Friday 09:00, Thursday is Ascension
 * @throws InputError for a bad calendar or instant, or a calendar closed for more than a year.
 */
export function nextCoveredInstant(calendar: CalendarLike, from: InstantLike): Date {
  const { coverage, at } = readArgs(calendar, { from }, 'Invalid business time query')
  return new Date(nextCovered(coverage, at.from))
}

/**
 * Whether the calendar covers the instant `at` (ranges are half-open: 18:00 is outside 09:00-18:00).
 *
 * @example
 * isCovered(office, '2026-05-14T10:00+02:00') // false: Ascension
 */
export function isCovered(calendar: CalendarLike, at: InstantLike): boolean {
  const read = readArgs(calendar, { at }, 'Invalid business time query')
  return coveredAt(read.coverage, read.at.at)
}

/**
 * The dates of `year` on which the calendar is closed, with the reason for each, sorted by date: what a
 * report shows next to a deadline that skipped a day.
 *
 * @example
 * closedDates(office, 2026).find((d) => d.date === '2026-05-14')?.nameFr // 'Ascension'
 * @throws InputError for a bad calendar or year, or a holiday rule returning bad dates.
 */
export function closedDates(calendar: CalendarLike, year: number): ClosedDate[] {
  const issues = new IssueList()
  const cal = readBusinessCalendar(calendar, 'calendar', issues)
  if (!(typeof year === 'number' && Number.isInteger(year) && year >= 1 && year <= 9999)) {
    issues.add('year', `must be a whole year from 1 to 9999 (got ${describe(year)})`, 'year', { got: describe(year) })
  }
  return coverageOf(issues.checked({ cal }, 'Invalid closed-dates query').cal).closed.reasons(year)
}
