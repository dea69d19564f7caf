/**
 * The one way the library reads a time zone: the wall clock it shows at an instant, hence its UTC offset,
 * and the instants at which it shows a given wall-clock time. Periods, calendars, charts and the readers
 * of local dates all go through here, so that they never disagree about a zone.
 *
 * Wall-clock times are integers written as if in UTC (see `civil.ts`): the offset at `t` is
 * `wallClockAt(t) − t`. It comes from the formatted year … second, not from a formatted offset: a
 * `longOffset` name drops the seconds of a historical offset in some runtimes (Africa/Monrovia was
 * UTC−0:44:30 until 1972), and the wall-clock fields keep them.
 */
import { DAY, daysFromCivil, SECOND } from './civil.js'

/** Reads the wall clock of one zone at an instant, to the second (the milliseconds are left out). */
type WallClock = (t: number) => number

const clocks = new Map<string, WallClock>()

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const

/** A day of year −1 (2 BC), for reading how the formatter names the era before year 1. */
const BEFORE_YEAR_ONE = /* @__PURE__ */ daysFromCivil(-1, 6, 1) * DAY

/** Year, month, day, hour, minute, second, in the order of {@link FIELDS}. */
type Fields = [number, number, number, number, number, number]

function wallOf([year, month, day, hour, minute, second]: Readonly<Fields>, beforeEra: boolean): number {
  return daysFromCivil(beforeEra ? 1 - year : year, month, day) * DAY + ((hour * 60 + minute) * 60 + second) * SECOND
}

function makeClock(timeZone: string): WallClock {
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const bySlowParts: WallClock = (t) => {
    const fields: Fields = [0, 0, 0, 0, 0, 0]
    let beforeEra = false
    for (const part of formatter.formatToParts(t)) {
      const i = (FIELDS as readonly string[]).indexOf(part.type)
      if (i >= 0) fields[i] = Number(part.value)
      else if (part.type === 'era') beforeEra = part.value === bcName
    }
    return wallOf(fields, beforeEra)
  }
  const bcName = formatter.formatToParts(BEFORE_YEAR_ONE).find((p) => p.type === 'era')?.value ?? '\u0000'
  // `format` is about four times faster than `formatToParts`, and calendars call this thousands of times:
  // the order of the numbers in its text is read once from the parts, then the text is scanned for digits.
  const order: number[] = []
  for (const part of formatter.formatToParts(0)) {
    const i = (FIELDS as readonly string[]).indexOf(part.type)
    if (i >= 0) order.push(i)
  }
  if (order.length !== 6 || new Set(order).size !== 6) return bySlowParts
  const fields: Fields = [0, 0, 0, 0, 0, 0]
  return (t) => {
    const text = formatter.format(t)
    let k = 0
    let value = -1
    for (let i = 0; i < text.length; i++) {
      const d = text.charCodeAt(i) - 48
      if (d >= 0 && d <= 9) value = value < 0 ? d : value * 10 + d
      else if (value >= 0) {
        // `order` holds six fields: past them there is no slot, and the count below sends the text to the parts.
        const slot = order[k]
        if (slot !== undefined) fields[slot] = value
        k++
        value = -1
      }
    }
    if (value >= 0) {
      const slot = order[k]
      if (slot !== undefined) fields[slot] = value
      k++
    }
    // Any other shape of text (a runtime that writes digits elsewhere) is read from the parts.
    if (k !== 6) return bySlowParts(t)
    return wallOf(fields, text.includes(bcName))
  }
}

function clockOf(timeZone: string): WallClock {
  let clock = clocks.get(timeZone)
  if (!clock) {
    clock = makeClock(timeZone)
    clocks.set(timeZone, clock)
  }
  return clock
}

/**
 * The UTC offset of `timeZone` at the instant `t`, in milliseconds, exact to the second: the wall clock
 * there shows `t + offset`. `timeZone` must be one the runtime knows (see `isTimeZone`).
 *
 * @example
 * zoneOffset('Europe/Paris', Date.UTC(2026, 6, 1)) // 7_200_000
 * zoneOffset('Africa/Monrovia', Date.UTC(1968, 0, 1)) // -2_670_000 (−0:44:30)
 */
export function zoneOffset(timeZone: string, t: number): number {
  if (timeZone === 'UTC') return 0
  // The offset is constant within each second (changes fall on whole seconds), so the second holding `t`
  // gives it, and the formatter, which leaves out milliseconds, reads that second exactly.
  const second = Math.floor(t / SECOND) * SECOND
  return clockOf(timeZone)(second) - second
}

/**
 * How the two functions below read an offset: `zoneOffset` by default; a caller in a loop passes one
 * that reads the same offsets from the zone's changes, found once (`zone-transitions.ts`).
 */
export type OffsetOf = (timeZone: string, t: number) => number

const readOffset: OffsetOf = (timeZone, t) => zoneOffset(timeZone, t)

/**
 * The instants at which the wall clock of `timeZone` shows `wall` (a wall-clock time written as if in
 * UTC), ascending: none in a gap (clocks moving forward), two in an overlap (clocks going back), else one.
 *
 * @example
 * instantsOfWallClock(Date.UTC(2026, 9, 25, 2, 30), 'Europe/Paris').length // 2: 02:30 happens twice
 */
export function instantsOfWallClock(wall: number, timeZone: string, zoneOffset: OffsetOf = readOffset): number[] {
  if (timeZone === 'UTC') return [wall]
  // Offsets stay within ±16 h, so the offsets a day either side are the only ones `wall` can be read
  // with; when they differ, the one at `wall` itself covers a second change in between.
  const before = zoneOffset(timeZone, wall - DAY)
  const after = zoneOffset(timeZone, wall + DAY)
  const offsets = before === after ? [before] : [before, zoneOffset(timeZone, wall), after]
  const out: number[] = []
  for (const offset of offsets) {
    const t = wall - offset
    if (!out.includes(t) && zoneOffset(timeZone, t) === offset) out.push(t)
  }
  return out.sort((a, b) => a - b)
}

/**
 * The first instant at which the wall clock of `timeZone` shows `wall` or later: the first occurrence of
 * a time the clocks go back over, and the end of the jump for a time they skip. What a period means by
 * "the day starts at midnight" when that midnight happens twice, or not at all.
 *
 * @example
 * // Asia/Gaza, 2004-10-01: the clocks went back from 01:00 to midnight; the month starts at the first one.
 * firstInstantAtWallClock(Date.UTC(2004, 9, 1), 'Asia/Gaza') // Date.UTC(2004, 8, 30, 21)
 */
export function firstInstantAtWallClock(wall: number, timeZone: string, zoneOffset: OffsetOf = readOffset): number {
  const at = instantsOfWallClock(wall, timeZone, zoneOffset)
  const first = at[0]
  if (first !== undefined) return first
  // Skipped: the clocks jump from before `wall` (offset `early`) to after it, at some instant in
  // [wall − late, wall − early]; the first instant after the jump is found by halving that span.
  const early = zoneOffset(timeZone, wall - DAY)
  const late = zoneOffset(timeZone, wall + DAY)
  let lo = wall - late
  let hi = wall - early
  if (!(lo < hi) || zoneOffset(timeZone, lo) !== early) return wall - late
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2)
    if (zoneOffset(timeZone, mid) === early) lo = mid
    else hi = mid
  }
  return hi
}
