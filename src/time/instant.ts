import { describe, IssueList, present } from '../errors.js'
import { daysFromCivil } from './civil.js'

/**
 * An instant as a user gives it: a `Date`, an ISO-8601 string with an offset
 * (`2026-03-02T10:00:00Z`, `2026-03-29T01:30+01:00`), or integer epoch milliseconds.
 * A string without an offset is refused: its meaning would depend on the machine's time zone.
 */
export type InstantLike = Date | string | number

const DAY_MS = 86_400_000

/**
 * The first instant the library accepts: 0000-12-31T00:00:00Z, a day before year 1 begins in UTC, so that
 * the first midnight of year 1 on any wall clock (offsets have reached ±15:57) is inside. With
 * {@link MAX_INSTANT}, the range is the years 1 to 9999 as the clocks of every time zone show them. Any
 * instant outside is refused as an `InputError`; every calendar walk stops at these bounds, so that no
 * query runs on to the end of what a `Date` can hold (year 275760).
 *
 * @example
 * new Date(MIN_INSTANT).toISOString() // '0000-12-31T00:00:00.000Z'
 */
export const MIN_INSTANT = -62_135_683_200_000

/**
 * The last instant the library accepts: 10000-01-02T00:00:00Z, a day after year 9999 ends in UTC, so that
 * a period ending at the last midnight of year 9999 in any time zone is inside. See {@link MIN_INSTANT}.
 *
 * @example
 * new Date(MAX_INSTANT).toISOString() // '+010000-01-02T00:00:00.000Z'
 */
export const MAX_INSTANT = 253_402_387_200_000

/** True for whole epoch milliseconds in the accepted range, {@link MIN_INSTANT} to {@link MAX_INSTANT}. */
export function isInstantInRange(ms: number): boolean {
  // NaN fails both comparisons; a fraction is not an instant of this library.
  return ms >= MIN_INSTANT && ms <= MAX_INSTANT && Number.isInteger(ms)
}

const RANGE_TEXT = 'years 1 to 9999: 0000-12-31T00:00:00Z to 10000-01-02T00:00:00Z'

/** Days in a month of the proleptic Gregorian calendar, for checking that a date exists. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  // Year 0000 is refused a 29 February, as the earlier Date-based check did (Date.UTC read it as 1900),
  // so that no instant accepted or refused before changes.
  return year % 4 === 0 && (year % 100 !== 0 || (year % 400 === 0 && year !== 0)) ? 29 : 28
}

/** The two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48
  const b = text.charCodeAt(at + 1) - 48
  // charCodeAt past the end is NaN, which fails both comparisons.
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * Reads an ISO-8601 instant string strictly; returns NaN when it is not one. This is the grammar alone,
 * for every four-digit year: callers refuse what falls outside {@link MIN_INSTANT}–{@link MAX_INSTANT}
 * (`readInstant` does). The grammar is
 * `YYYY-MM-DD(T| )hh:mm[:ss[(.|,)f{1,9}]](Z|z|±hh[[:]mm])`; calendar fields are checked (no 30 February),
 * which `Date.parse` alone does not do, and a fraction is cut, not rounded, to the millisecond.
 *
 * Written out by hand rather than with a regular expression and `Date`: a log of a million incidents
 * holds two million of these, and this reader allocates nothing. The shape nearly every log and
 * `toISOString` write is read by {@link commonIsoInstant} first, about twice as fast.
 */
export function parseIsoInstant(text: string): number {
  const t = commonIsoInstant(text)
  // NaN is the only value not equal to itself: anything the fast path does not take, the full grammar reads.
  return t === t ? t : fullIsoInstant(text)
}

/**
 * Days before the 1st of `month` (1 to 12): `(367 m − 362) / 12` counts them with a February of 30 days,
 * which is 2 too many after February in a common year and 1 in a leap year.
 */
function daysBefore(month: number, leap: boolean): number {
  return (((367 * month - 362) / 12) | 0) - (month > 2 ? (leap ? 1 : 2) : 0)
}


/** Where {@link commonIsoInstant} has {@link commonIsoInto} leave its result. */
const RESULT = new Float64Array(1)

/**
 * The common exact shape `YYYY-MM-DDThh:mm:ss[.sss](Z|±hh:mm)` from the year 1970, read at fixed
 * positions; NaN for anything else, which {@link fullIsoInstant} then reads. Returns what the full grammar
 * returns for every string it accepts (a property test compares the two on valid and near-miss strings).
 */
export function commonIsoInstant(text: string): number {
  return commonIsoInto(text, RESULT, 0) ? present(RESULT[0]) : Number.NaN
}

/**
 * Reads an ISO-8601 instant string as {@link parseIsoInstant} does, into `column[i]`; true when it is an
 * instant in the accepted range ({@link MIN_INSTANT}–{@link MAX_INSTANT}), false (and `column[i]` left as
 * it may be) otherwise.
 *
 * For readers of large logs: a function V8 does not inline returns a double boxed in a new heap number,
 * 16 bytes of garbage for each of the two million instants of a million-incident log; a result written into
 * the column being filled is not boxed.
 *
 * @example
 * const start = new Float64Array(1)
 * readIsoInstantInto('2026-03-02T10:00:00Z', start, 0) // true, and start[0] is 1_772_445_600_000
 */
export function readIsoInstantInto(text: string, column: Float64Array, i: number): boolean {
  // The common shape from 1970, with an offset of less than a day, is always in range.
  if (commonIsoInto(text, column, i)) return true
  const t = fullIsoInstant(text)
  if (!isInstantInRange(t)) return false
  column[i] = t
  return true
}

/** {@link commonIsoInstant}, its result written into `column[i]`; false where it returns NaN. */
function commonIsoInto(text: string, column: Float64Array, i: number): boolean {
  const n = text.length
  const fraction = n === 24 || n === 29
  if ((!fraction && n !== 20 && n !== 25) || text.charCodeAt(4) !== 45 /* - */ || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 /* T */) return false
  if (text.charCodeAt(13) !== 58 /* : */ || text.charCodeAt(16) !== 58 || (fraction && text.charCodeAt(19) !== 46) /* . */) return false
  const y1 = twoDigits(text, 0)
  const y2 = twoDigits(text, 2)
  const year = y1 * 100 + y2
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  const second = twoDigits(text, 17)
  // Before 1970 the integer divisions below would need floors: the full grammar reads those years.
  if (y1 < 19 || y2 < 0 || year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false
  let ms = 0
  let p = 19
  if (fraction) {
    const f = twoDigits(text, 20)
    const g = twoDigits(text, 21)
    if (f < 0 || g < 0) return false
    ms = f * 10 + (g % 10)
    p = 23
  }
  let offsetMin = 0
  const z = text.charCodeAt(p)
  if (z !== 90 /* Z */ || p + 1 !== n) {
    const oh = twoDigits(text, p + 1)
    const om = twoDigits(text, p + 4)
    if (p + 6 !== n || (z !== 43 /* + */ && z !== 45) || text.charCodeAt(p + 3) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return false
    offsetMin = z === 45 ? -(oh * 60 + om) : oh * 60 + om
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (day > (month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31)) return false
  // Leap days in the years 1 to year − 1, less the 477 before 1970.
  const y = year - 1
  const days = 365 * (year - 1970) + ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0) - 477 + daysBefore(month, leap) + day - 1
  column[i] = days * DAY_MS + ((hour * 60 + minute - offsetMin) * 60 + second) * 1000 + ms
  return true
}

/** The full grammar of {@link parseIsoInstant}; NaN when the text is not an instant. */
export function fullIsoInstant(text: string): number {
  const n = text.length
  if (n < 17) return Number.NaN
  const y1 = twoDigits(text, 0)
  const y2 = twoDigits(text, 2)
  if (y1 < 0 || y2 < 0 || text.charCodeAt(4) !== 45 /* - */ || text.charCodeAt(7) !== 45) return Number.NaN
  const year = y1 * 100 + y2
  const month = twoDigits(text, 5)
  const day = twoDigits(text, 8)
  const sep = text.charCodeAt(10)
  if (sep !== 84 /* T */ && sep !== 32 /* space */) return Number.NaN
  const hour = twoDigits(text, 11)
  const minute = twoDigits(text, 14)
  if (text.charCodeAt(13) !== 58 /* : */ || hour < 0 || minute < 0) return Number.NaN
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN
  let second = 0
  let fraction = 0
  let p = 16
  if (text.charCodeAt(p) === 58) {
    second = twoDigits(text, p + 1)
    if (second < 0) return Number.NaN
    p += 3
    const c = text.charCodeAt(p)
    if (c === 46 /* . */ || c === 44 /* , */) {
      p++
      const first = p
      let scale = 100
      for (let d = text.charCodeAt(p) - 48; d >= 0 && d <= 9; d = text.charCodeAt(p) - 48) {
        if (p - first === 9) return Number.NaN
        fraction += d * scale
        scale = scale >= 10 ? scale / 10 : 0
        p++
      }
      if (p === first) return Number.NaN
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN
  let offsetMin = 0
  const z = text.charCodeAt(p)
  if (z === 90 /* Z */ || z === 122 /* z */) {
    if (p + 1 !== n) return Number.NaN
  } else if (z === 43 /* + */ || z === 45 /* - */) {
    const oh = twoDigits(text, p + 1)
    if (oh < 0) return Number.NaN
    p += 3
    let om = 0
    if (p !== n) {
      if (text.charCodeAt(p) === 58) p++
      om = twoDigits(text, p)
      if (om < 0 || p + 2 !== n) return Number.NaN
    }
    if (oh > 23 || om > 59) return Number.NaN
    offsetMin = (z === 45 ? -1 : 1) * (oh * 60 + om)
  } else return Number.NaN
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offsetMin) * 60 + second) * 1000 + fraction
}

function outOfRange(path: string, issues: IssueList, shown: string): undefined {
  issues.add(path, `is out of range: instants are accepted from the ${RANGE_TEXT} (got ${shown})`, 'instant-range', { got: shown })
  return undefined
}

/**
 * Reads an instant into epoch milliseconds, or adds an issue at `path` and returns undefined. Instants
 * outside {@link MIN_INSTANT}–{@link MAX_INSTANT} are refused.
 */
export function readInstant(value: unknown, path: string, issues: IssueList): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime()
    if (Number.isNaN(t)) {
      issues.add(path, 'is an invalid Date', 'invalid-date')
      return undefined
    }
    return isInstantInRange(t) ? t : outOfRange(path, issues, value.toISOString())
  }
  if (typeof value === 'string') {
    const t = parseIsoInstant(value.trim())
    if (Number.isNaN(t)) {
      issues.add(path, `must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got ${describe(value)})`, 'instant', { got: describe(value) })
      return undefined
    }
    return isInstantInRange(t) ? t : outOfRange(path, issues, describe(value))
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) {
      issues.add(path, `must be whole epoch milliseconds (got ${String(value)})`, 'epoch-ms', { got: String(value) })
      return undefined
    }
    return isInstantInRange(value) ? value : outOfRange(path, issues, String(value))
  }
  issues.add(path, `must be a Date or an ISO-8601 instant with an offset (got ${describe(value)})`, 'instant-type', { got: describe(value) })
  return undefined
}

/**
 * Formats epoch milliseconds as an ISO-8601 UTC string, dropping a zero millisecond part.
 *
 * @example
 * formatInstant(1_772_445_600_000) // '2026-03-02T10:00:00Z'
 * formatInstant(1_772_445_600_250) // '2026-03-02T10:00:00.250Z'
 * @throws InputError for NaN, an infinity or a number beyond what a Date can hold.
 */
export function formatInstant(ms: number): string {
  // Only a number: anything else would go through the Date constructor's own conversions (and may throw).
  const date = new Date(typeof ms === 'number' ? ms : Number.NaN)
  if (Number.isNaN(date.getTime())) {
    const issues = new IssueList()
    issues.add('ms', `must be epoch milliseconds a Date can hold (got ${describe(ms)})`, 'date-ms', { got: describe(ms) })
    issues.throwIfAny('Invalid instant')
  }
  const iso = date.toISOString()
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
}
