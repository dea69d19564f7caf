/**
 * Deadlines counted in business days, the forms contracts use besides a number of covered hours:
 * "within N business days" (due at the close of the last one) and "next business day at 12:00". A day is
 * a business day when the calendar covers some of it: an open weekday with hours, not a closed date.
 * Days are local days of the calendar's zone, so a DST change moves no deadline off its wall-clock time.
 */
import { present } from '../errors.js'
import { type Coverage } from './coverage.js'
import { DAY, weekdayOfDay } from './civil.js'
import { firstInstantAtWallClock, instantsOfWallClock, type OffsetOf } from './offset.js'
import { offsetSpan } from './zone-transitions.js'

// The zone's offsets read from its changes, found once, instead of formatting a date for each deadline.
const knownOffset: OffsetOf = (timeZone, t) => offsetSpan(timeZone, t).offset

// A calendar with no business day in this many days is taken as broken rather than searched forever.
const MAX_SEARCH = 3 * 366

function isBusinessDay(c: Coverage, day: number): boolean {
  // `ranges` holds the seven weekdays, and a weekday is 0 to 6.
  return present(c.ranges[weekdayOfDay(day)]).length > 0 && !c.closed.has(day)
}

/** The local day (days since 1970-01-01 on the zone's wall clock) of the instant `t`. */
function localDay(c: Coverage, t: number): number {
  return Math.floor((t + offsetSpan(c.timeZone, t).offset) / DAY)
}

/** The `n`th business day after the local day of `from` (n >= 1), or undefined when none is near. */
function nthBusinessDayAfter(c: Coverage, from: number, n: number): number | undefined {
  let day = localDay(c, from)
  for (let seen = 0, searched = 0; seen < n; ) {
    day += 1
    if (++searched > MAX_SEARCH * n) return undefined
    if (isBusinessDay(c, day)) seen += 1
  }
  return day
}

/**
 * The close of the `n`th business day after the day the clock starts: the end of that day's last covered
 * range. A close the clocks go back over is its second occurrence (the hour is covered twice); one they
 * skip is the first instant after the jump.
 */
export function closeOfBusinessDays(c: Coverage, from: number, n: number): number | undefined {
  const day = nthBusinessDayAfter(c, from, n)
  if (day === undefined) return undefined
  // A business day has hours: its last range ends the day's business.
  const ranges = present(c.ranges[weekdayOfDay(day)])
  const wall = day * DAY + present(ranges[ranges.length - 1])
  const last = instantsOfWallClock(wall, c.timeZone, knownOffset).at(-1)
  return last !== undefined ? last : firstInstantAtWallClock(wall, c.timeZone, knownOffset)
}

/** The first business day after the day the clock starts, at the local time `timeMs` after midnight. */
export function nextBusinessDayAt(c: Coverage, from: number, timeMs: number): number | undefined {
  const day = nthBusinessDayAfter(c, from, 1)
  return day === undefined ? undefined : firstInstantAtWallClock(day * DAY + timeMs, c.timeZone, knownOffset)
}
