/**
 * The covered-time arithmetic of a calendar: how much of a stretch of time is covered, where a clock that
 * needs so much covered time stops, and the first covered instant after another.
 *
 * An instant is covered when the wall clock in the calendar's zone shows a covered time on an open day.
 * Between two offset changes, local time is the instant plus a constant offset, so coverage there is
 * coverage of the matching stretch of an idealised local timeline without DST, where every day lasts
 * 24 h. Splitting at each change makes every DST rule exact: the hour a spring-forward skips is never on
 * the wall clock, the hour a fall-back repeats is on it twice.
 */
import { IssueList } from '../errors.js'
import { DAY, weekdayOfDay, yearOfDay } from './civil.js'
import { type ClosedDays } from './closed-dates.js'
import { formatInstant, MAX_INSTANT } from './instant.js'
import { type DayRanges } from './weekly-hours.js'
import { offsetSpan } from './zone-transitions.js'

const WEEK = 7 * DAY
// Local time is counted in weeks from Monday 1969-12-29 00:00, so that day 0 of a week is a Monday.
const WEEK_ORIGIN = -3 * DAY
// A calendar closed for longer than this is taken as broken rather than searched to the end of time.
const MAX_GAP = 366 * DAY

/** A calendar made ready for computing: its hours as flat arrays, its closed days, its zone. */
export interface Coverage {
  /** Covered all the time: business time is elapsed time. */
  readonly always: boolean
  readonly timeZone: string
  /** Per weekday (Monday 0), merged ranges as flat [start, end, start, end …] in ms since local midnight. */
  readonly ranges: readonly number[][]
  /** Covered ms of the week before each weekday; 8 entries. */
  readonly dayPrefix: readonly number[]
  readonly weekTotal: number
  readonly closed: ClosedDays
}

function coveredInDay(ranges: readonly number[], from: number, to: number): number {
  let total = 0
  for (let i = 0; i < ranges.length; i += 2) {
    const a = Math.max(ranges[i]!, from)
    const b = Math.min(ranges[i + 1]!, to)
    if (b > a) total += b - a
  }
  return total
}

/** Prepares the arithmetic of a calendar from its hours (Monday first), zone and closed days. */
export function makeCoverage(week: readonly DayRanges[], timeZone: string, closed: ClosedDays): Coverage {
  const ranges = week.map((day) => {
    const flat: number[] = []
    for (const [s, e] of day) {
      // Adjacent ranges ('08:00-12:00', '12:00-14:00') are one stretch of coverage.
      if (flat.length > 0 && flat[flat.length - 1] === s) flat[flat.length - 1] = e
      else flat.push(s, e)
    }
    return flat
  })
  const dayPrefix = [0]
  for (const day of ranges) dayPrefix.push(dayPrefix[dayPrefix.length - 1]! + coveredInDay(day, 0, DAY))
  const weekTotal = dayPrefix[7]!
  return { always: weekTotal === WEEK && closed.none, timeZone, ranges, dayPrefix, weekTotal, closed }
}

/** Coverage of the open calendar (no closed dates) from the week origin to local time `local`. */
function openPrefix(c: Coverage, local: number): number {
  const fromOrigin = local - WEEK_ORIGIN
  const weeks = Math.floor(fromOrigin / WEEK)
  const inWeek = fromOrigin - weeks * WEEK
  const weekday = Math.floor(inWeek / DAY)
  // weeks × weekTotal never exceeds the elapsed time, so it stays an exact integer.
  return weeks * c.weekTotal + c.dayPrefix[weekday]! + coveredInDay(c.ranges[weekday]!, 0, inWeek - weekday * DAY)
}

/** Covered ms of the local stretch [from, to), from <= to: whole weeks by arithmetic, less each closed day. */
function localCovered(c: Coverage, from: number, to: number): number {
  if (to <= from) return 0
  let total = openPrefix(c, to) - openPrefix(c, from)
  if (c.closed.none) return total
  const firstDay = Math.floor(from / DAY)
  const lastDay = Math.floor((to - 1) / DAY)
  for (let year = yearOfDay(firstDay), last = yearOfDay(lastDay); year <= last; year++) {
    for (const day of c.closed.daysOf(year)) {
      if (day < firstDay) continue
      if (day > lastDay) break
      const base = day * DAY
      total -= coveredInDay(c.ranges[weekdayOfDay(day)]!, Math.max(from - base, 0), Math.min(to - base, DAY))
    }
  }
  return total
}

/** The first covered local time in [from, limit), if any. */
function localNextCovered(c: Coverage, from: number, limit: number): number | undefined {
  let day = Math.floor(from / DAY)
  let inDay = from - day * DAY
  for (;;) {
    const base = day * DAY
    if (base >= limit) return undefined
    if (!c.closed.has(day)) {
      const ranges = c.ranges[weekdayOfDay(day)]!
      for (let i = 0; i < ranges.length; i += 2) {
        if (ranges[i + 1]! > inDay) {
          const at = base + Math.max(ranges[i]!, inDay)
          return at < limit ? at : undefined
        }
      }
    }
    day += 1
    inDay = 0
  }
}

type Advance = { done: true; at: number } | { done: false; remaining: number }

/**
 * Walks the local timeline from `from` until `remaining` covered ms have passed (the earliest such local
 * time) or `limit` is reached. Whole weeks without a closed date are skipped in one step.
 */
function localAdvance(c: Coverage, from: number, remaining: number, limit: number): Advance {
  let day = Math.floor(from / DAY)
  let inDay = from - day * DAY
  for (;;) {
    const base = day * DAY
    if (base >= limit) return { done: false, remaining }
    const weekday = weekdayOfDay(day)
    if (inDay === 0 && weekday === 0 && remaining > c.weekTotal) {
      // Keep at least one covered ms for the day walk, so the deadline is the end of covered time,
      // not the Monday midnight after it.
      let weeks = Math.min(Math.floor((remaining - 1) / c.weekTotal), Math.floor((limit - base) / WEEK))
      if (weeks > 0) {
        const closed = c.closed.next(day, day + 7 * weeks - 1)
        if (closed !== undefined) weeks = Math.floor((closed - day) / 7)
      }
      if (weeks > 0) {
        day += 7 * weeks
        remaining -= weeks * c.weekTotal
        continue
      }
    }
    if (!c.closed.has(day)) {
      const ranges = c.ranges[weekday]!
      for (let i = 0; i < ranges.length; i += 2) {
        const start = Math.max(ranges[i]!, inDay)
        const end = ranges[i + 1]!
        if (end <= start) continue
        const a = base + start
        if (a >= limit) return { done: false, remaining }
        const b = Math.min(base + end, limit)
        if (remaining <= b - a) return { done: true, at: a + remaining }
        remaining -= b - a
      }
    }
    day += 1
    inDay = 0
  }
}

function noCoverage(after: number): never {
  const issues = new IssueList()
  issues.add('calendar', `has no covered time in the year after ${formatInstant(after)}: check its hours and closed dates`)
  issues.throwIfAny('Calendar never open')
  throw new Error('unreachable')
}

function beyondRange(): never {
  const issues = new IssueList()
  issues.add('duration', `leads past the last instant accepted (${formatInstant(MAX_INSTANT)}, the end of year 9999)`)
  issues.throwIfAny('Deadline out of range')
  throw new Error('unreachable')
}

/** The next stretch of one offset from `t`, cut to a year, so that a search never runs far past a gap. */
function stretch(c: Coverage, t: number): { offset: number; until: number } {
  const span = offsetSpan(c.timeZone, t)
  return span.until - t > MAX_GAP ? { offset: span.offset, until: t + MAX_GAP } : span
}

/** Covered ms from `from` to `to`; negative when `to` is before `from`. */
export function coveredBetween(c: Coverage, from: number, to: number): number {
  if (to < from) {
    const back = coveredBetween(c, to, from)
    return back === 0 ? 0 : -back // never -0: a caller comparing with Object.is would see two zeros
  }
  if (c.always) return to - from
  let total = 0
  for (let t = from; t < to; ) {
    const { offset, until } = offsetSpan(c.timeZone, t)
    const end = Math.min(until, to)
    total += localCovered(c, t + offset, end + offset)
    t = end
  }
  return total
}

/** The earliest instant with `duration` covered ms since `from`. */
export function advance(c: Coverage, from: number, duration: number): number {
  if (duration === 0) return from
  // Covered time never outruns elapsed time: a deadline beyond the range is known before any walk.
  if (duration > MAX_INSTANT - from) beyondRange()
  if (c.always) return from + duration
  let remaining = duration
  let lastProgress = from
  for (let t = from; ; ) {
    if (t >= MAX_INSTANT) beyondRange()
    const { offset, until } = stretch(c, t)
    const step = localAdvance(c, t + offset, remaining, until + offset)
    if (step.done) {
      const at = step.at - offset
      if (at > MAX_INSTANT) beyondRange()
      return at
    }
    if (step.remaining < remaining) lastProgress = until
    else if (until - lastProgress > MAX_GAP) noCoverage(lastProgress)
    remaining = step.remaining
    t = until
  }
}

/** The first covered instant at or after `from`. */
export function nextCovered(c: Coverage, from: number): number {
  if (c.always) return from
  for (let t = from; ; ) {
    if (t >= MAX_INSTANT) beyondRange()
    const { offset, until } = stretch(c, t)
    const local = localNextCovered(c, t + offset, until + offset)
    if (local !== undefined) return local - offset
    if (until - from > MAX_GAP) noCoverage(from)
    t = until
  }
}

/** Whether the instant `at` is covered. */
export function coveredAt(c: Coverage, at: number): boolean {
  if (c.always) return true
  const local = at + offsetSpan(c.timeZone, at).offset
  const day = Math.floor(local / DAY)
  if (c.closed.has(day)) return false
  const inDay = local - day * DAY
  const ranges = c.ranges[weekdayOfDay(day)]!
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= inDay && inDay < ranges[i + 1]!) return true
  return false
}
