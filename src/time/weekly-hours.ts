/**
 * The opening hours of an ordinary week: how a user writes them (`'09:00-18:00'` per day), how they are
 * checked, and how they are written back for labels.
 */
import { describe, type IssueList, joinPath, present } from '../errors.js'
import { DAY, MINUTE } from './civil.js'

/** A day of the week as the `hours` option names it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

/** The days of the week, Monday first (ISO 8601). */
export const WEEKDAYS: readonly Weekday[] = /* @__PURE__ */ Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)

/**
 * Opening hours of an ordinary week, as local wall-clock times: for each day, one range `'09:00-18:00'` or
 * several (`['08:30-12:30', '13:30-17:30']`). `'00:00-24:00'` is a whole day. A day left out, or given `[]`,
 * is not covered.
 *
 * @example
 * const hours: WeeklyHours = { mon: '09:00-18:00', tue: '09:00-18:00', sat: ['09:00-12:00'] }
 */
export type WeeklyHours = Partial<Record<Weekday, string | readonly string[]>>

/** Ranges of one day in ms since local midnight, sorted, as `[start, end]` pairs. */
export type DayRanges = [number, number][]

// Fixed-width fields around one separator: no part of the pattern can match the same text two ways, so
// it runs in linear time on any text.
const RANGE_TEXT = /^(\d{2}):(\d{2})\s*[-–]\s*(\d{2}):(\d{2})$/
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const

/** `HH:MM` of ms since local midnight; `24:00` for the end of the day. */
export function hhmm(ms: number): string {
  const minutes = ms / MINUTE
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

/** Reads one range `HH:MM-HH:MM` of a day, in ms since local midnight, or adds issues. */
export function readRange(value: unknown, path: string, issues: IssueList): [number, number] | undefined {
  const m = typeof value === 'string' ? RANGE_TEXT.exec(value.trim()) : null
  if (!m) {
    issues.add(path, `must be a range of local times HH:MM-HH:MM such as "09:00-18:00" (got ${describe(value)})`, 'hours-range', { got: describe(value) })
    return undefined
  }
  const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number]
  let ok = true
  if (sh > 23 || sm > 59) {
    issues.add(path, `starts at ${m[1]}:${m[2]}, not a time of day (00:00 to 23:59)`, 'hours-start', { time: `${m[1]}:${m[2]}` })
    ok = false
  }
  if (eh > 24 || em > 59 || (eh === 24 && em !== 0)) {
    issues.add(path, `ends at ${m[3]}:${m[4]}, not a time of day (00:01 to 24:00)`, 'hours-end', { time: `${m[3]}:${m[4]}` })
    ok = false
  }
  if (!ok) return undefined
  const start = (sh * 60 + sm) * MINUTE
  const end = (eh * 60 + em) * MINUTE
  if (start >= end) {
    issues.add(path, `must start before it ends (got ${hhmm(start)}-${hhmm(end)}); split a range past midnight over two days, ending the first at 24:00`, 'hours-order', { got: `${hhmm(start)}-${hhmm(end)}` })
    return undefined
  }
  return [start, end]
}

/** Reads the `hours` option: the ranges of each weekday, Monday first, or adds issues and returns undefined. */
export function readHours(value: unknown, path: string, issues: IssueList): DayRanges[] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add(path, `must give the hours of each day, such as { mon: ['09:00-18:00'] } (got ${describe(value)})`, 'hours-week', { got: describe(value) })
    return undefined
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) issues.add(joinPath(path, key), `is not a day; use ${WEEKDAYS.join(', ')}`, 'hours-day', { days: WEEKDAYS.join(', ') })
  }
  const week: DayRanges[] = []
  const before = issues.issues.length
  let any = false
  WEEKDAYS.forEach((name) => {
    const dayPath = joinPath(path, name)
    const raw = record[name]
    const day: DayRanges = []
    week.push(day)
    if (raw === undefined) return
    const list = typeof raw === 'string' ? [raw] : raw
    if (!Array.isArray(list)) {
      issues.add(dayPath, `must be a range "09:00-18:00" or an array of them (got ${describe(raw)})`, 'hours-ranges', { got: describe(raw) })
      return
    }
    list.forEach((item: unknown, i) => {
      const rangePath = typeof raw === 'string' ? dayPath : joinPath(dayPath, i)
      const range = readRange(item, rangePath, issues)
      if (!range) return
      const other = day.find(([s, e]) => range[0] < e && s < range[1])
      if (other) {
        issues.add(rangePath, `overlaps ${hhmm(other[0])}-${hhmm(other[1])}`, 'hours-overlap', { range: `${hhmm(other[0])}-${hhmm(other[1])}` })
        return
      }
      day.push(range)
      any = true
    })
    day.sort((a, b) => a[0] - b[0])
  })
  if (!any && issues.issues.length === before) issues.add(path, "covers no time at all: the clock would never run (use '24/7' for round-the-clock coverage)", 'hours-none')
  return week
}

/** The ranges of each day written `HH:MM-HH:MM`. */
export function hoursText(week: readonly DayRanges[]): string[][] {
  return week.map((day) => day.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`))
}

/** `Mon-Fri 09:00-18:00, Sat 09:00-12:00`: runs of days with the same hours, for labels. */
export function describeHours(ranges: readonly (readonly string[])[]): string {
  // Stryker disable next-line ArrayDeclaration: a stray first entry has no text, and runs without text are left out of the label
  const runs: { first: number; last: number; text: string }[] = []
  ranges.forEach((day, i) => {
    const text = day.join(', ')
    const run = runs[runs.length - 1]
    if (run !== undefined && run.text === text) run.last = i
    else runs.push({ first: i, last: i, text })
  })
  return runs
    .filter((run) => run.text)
    .map(({ first, last, text }) => `${DAY_NAMES[first]}${last > first ? `-${DAY_NAMES[last]}` : ''} ${text}`)
    .join(', ')
}

/** The hours as a frozen record by weekday name. */
export function freezeHours(week: readonly (readonly string[])[]): Readonly<Record<Weekday, readonly string[]>> {
  const hours = {} as Record<Weekday, readonly string[]>
  WEEKDAYS.forEach((name, i) => {
    // A week read by readHours, or built from one, has a day for each of the seven names.
    hours[name] = Object.freeze([...present(week[i])])
  })
  return Object.freeze(hours)
}

/** A whole day, every day: the hours of round-the-clock coverage. */
export const FULL_WEEK: readonly DayRanges[] = WEEKDAYS.map(() => [[0, DAY]])
