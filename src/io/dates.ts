import { utc } from '@date-fns/utc'
import { patternReader } from './date-pattern.js'
import { format as formatDate, parse as parseDate } from 'date-fns'
import { describe, type IssueList, joinPath } from '../errors.js'
import { isInstantInRange, parseIsoInstant } from '../time/instant.js'
import { instantsOfWallClock, type OffsetOf } from '../time/offset.js'
import { offsetSpan } from '../time/zone-transitions.js'
import { isTimeZone } from '../time/zone.js'
import { isWritableInstant, writeInstant } from './result.js'

// A log's local times fall in a few months: the offsets are read from the zone's changes, found once per
// year (zone-transitions.ts), not asked of Intl three times a date — 6 µs a date, most of the time of
// reading a log of local times.
const knownOffset: OffsetOf = (timeZone, t) => offsetSpan(timeZone, t).offset

/** How a reader reads dates that are not ISO-8601 instants with an offset. */
export interface LocalTimeOptions {
  /**
   * A date-fns format for dates written in local time, e.g. `'dd/MM/yyyy HH:mm'` for `02/03/2026 10:00`
   * (see https://date-fns.org/docs/parse). Needs `timeZone`. ISO-8601 instants with an offset are still
   * read as they are.
   */
  dateFormat?: string
  /**
   * IANA time zone in which local dates are read, e.g. `'Europe/Paris'`; exact across DST changes. Also
   * applies to ISO-8601 dates written without offset (`2026-03-02 10:00`).
   */
  timeZone?: string
  /**
   * A local time that happens twice (the hour the clocks go back, e.g. 02:30 on 25 October 2026 in Paris):
   * refuse the row (default, the only choice that cannot be wrong), or take the `earlier` or `later` instant.
   */
  ambiguousTime?: 'reject' | 'earlier' | 'later'
}

/**
 * The outcome of reading one date: the instant as an ISO-8601 string, or why it could not be read, in
 * English (`reason`) and as a code with its figures, which `formatSkipReason` words in French.
 */
export type DateReading =
  | { readonly ok: true; readonly value: string; readonly ms: number }
  | { readonly ok: false; readonly reason: string; readonly code: DateProblem; readonly params: Readonly<Record<string, string>> }

/** Why a date cell cannot be read. */
export type DateProblem = keyof typeof DATE_EN

type DateParams = Readonly<Record<string, string>>

// The English of each reason a date cannot be read; the French is in messages/fr-io.ts.
const DATE_EN = {
  'date-range': (p: DateParams) => `${p.text} is out of range`,
  'date-skipped': (p: DateParams) => `${p.text} does not exist in ${p.zone} (the clocks skip that time)`,
  'date-twice': (p: DateParams) => `${p.text} happens twice in ${p.zone} (the clocks go back): write it with its offset, or set option ambiguousTime to 'earlier' or 'later'`,
  'date-years': (p: DateParams) => `${p.text} is out of range (years 0000 to 9999)`,
  'date-instant-range': (p: DateParams) => `${p.text} is out of range: instants are accepted from the years 1 to 9999`,
  'date-no-offset': (p: DateParams) => `${p.text} has no UTC offset: write it with one ("…Z", "…+01:00") or give option timeZone, e.g. 'Europe/Paris'`,
  'date-format-error': (p: DateParams) => `${p.text} cannot be read with the format '${p.format}': ${p.error}`,
  'date-not-in-format': (p: DateParams) => `${p.text} is neither an ISO-8601 instant nor a date in the format '${p.format}'`,
  'date-day-only': (p: DateParams) =>
    `${p.text} is a day without a time: an incident starts and ends at instants; write the time too ("${p.day}T00:00:00+01:00", or "${p.day}T00:00:00" with option timeZone)`,
  'date-day-only-format': (p: DateParams) =>
    `${p.text} is a day without a time: an incident starts and ends at instants; write the time too, in the format '${p.format}' (e.g. "${p.example}")`,
  'date-not-iso': (p: DateParams) =>
    `${p.text} is not an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00+01:00"; for another format give options dateFormat (e.g. 'dd/MM/yyyy HH:mm') and timeZone (e.g. 'Europe/Paris')`,
} as const

function refused(code: DateProblem, params: DateParams): DateReading {
  return { ok: false, reason: DATE_EN[code](params), code, params }
}

/**
 * The part of a date-fns format before its first field of the time of day, without the spaces, commas and
 * quoted words that led to it: `dd/MM/yyyy` of `dd/MM/yyyy HH:mm`, `yyyy-MM-dd` of `yyyy-MM-dd'T'HH:mm`.
 * Null for a format with no time, or none before it.
 */
function dayPartOf(format: string): string | null {
  let i = 0
  while (i < format.length) {
    const c = format[i] ?? ''
    if (c === "'") {
      // A quoted word, `''` within it a quote: its letters are no fields.
      i++
      while (i < format.length && !(format[i] === "'" && format[i + 1] !== "'")) i += format[i] === "'" ? 2 : 1
      i++
      continue
    }
    if ('HhKkmsSaBbpXxOz'.includes(c)) break
    i++
  }
  if (i >= format.length) return null
  const day = format.slice(0, i).replace(/(?:\s|,|'(?:[^']|'')*')+$/, '')
  return day === '' ? null : day
}

/** A function that reads one date cell. */
export type DateReader = (text: string) => DateReading

const MAX_MS = 8.64e15
const DAY = 86_400_000
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/
// Wall-clock times are read as if in UTC, then placed in their zone by the library's own rules. A UTC date,
// not a time-zone date for "UTC": the latter asks Intl for the offset at every field date-fns sets, 235 µs
// a date against 15 µs (a million-row log with --date-format: four minutes against fifteen seconds).
const UTC = utc
const REFERENCE = new Date(0)
// Texts whose wall-clock time is kept: some 5 MB at most, and a log of a million different dates does not grow it.
const WALLS_KEPT = 65_536
const AMBIGUOUS = ['reject', 'earlier', 'later'] as const

/**
 * Checks the local-time options, adding issues under `path`, and returns the reader of date cells.
 * ISO-8601 instants with an offset are always read as they are (and kept as written).
 */
export function makeDateReader(options: LocalTimeOptions, path: string, issues: IssueList): DateReader {
  const { dateFormat, timeZone } = options
  const ambiguous = options.ambiguousTime ?? 'reject'
  if (!AMBIGUOUS.includes(ambiguous)) issues.add(joinPath(path, 'ambiguousTime'), `must be one of ${AMBIGUOUS.join(', ')} (got ${describe(ambiguous)})`, 'one-of', { options: AMBIGUOUS.join(', '), got: describe(ambiguous) })
  if (timeZone !== undefined && (typeof timeZone !== 'string' || !isTimeZone(timeZone)))
    issues.add(joinPath(path, 'timeZone'), `must be an IANA time zone such as "Europe/Paris" (got ${describe(timeZone)})`, 'report-zone', { got: describe(timeZone) })
  if (dateFormat !== undefined) {
    if (typeof dateFormat !== 'string' || dateFormat.trim() === '') issues.add(joinPath(path, 'dateFormat'), `must be a date-fns format such as "dd/MM/yyyy HH:mm" (got ${describe(dateFormat)})`, 'date-format', { got: describe(dateFormat) })
    else {
      // Week-numbering years (Y) and days of the year (D) are the classic slip for yyyy and dd; date-fns would
      // also print a warning on the console for them, which a library must not do.
      const slip = /Y+|D+/.exec(dateFormat.replace(/'(?:[^']|'')*'?/g, ''))
      if (slip)
        issues.add(
          joinPath(path, 'dateFormat'),
          `uses ${JSON.stringify(slip[0])} (${slip[0][0] === 'Y' ? 'week-numbering year' : 'day of the year'}): write ${JSON.stringify(slip[0].toLowerCase())} for the ${slip[0][0] === 'Y' ? 'calendar year' : 'day of the month'} (got ${describe(dateFormat)})`,
          slip[0][0] === 'Y' ? 'date-format-year' : 'date-format-day',
          { slip: JSON.stringify(slip[0]), fix: JSON.stringify(slip[0].toLowerCase()), got: describe(dateFormat) },
        )
      else
        try {
          formatDate(REFERENCE, dateFormat, { in: UTC })
        } catch (error) {
          issues.add(joinPath(path, 'dateFormat'), `is not a valid date-fns format: ${(error as Error).message}`, 'date-format-invalid', { error: (error as Error).message })
        }
      if (timeZone === undefined) issues.add(joinPath(path, 'timeZone'), `is required with dateFormat: a local time means nothing without its zone (e.g. "Europe/Paris")`, 'zone-with-format')
    }
  }
  const zone = typeof timeZone === 'string' && isTimeZone(timeZone) ? timeZone : undefined
  const fmt = typeof dateFormat === 'string' && dateFormat.trim() !== '' ? dateFormat : undefined

  const resolve = (wall: number, text: string, zone: string): DateReading => {
    if (!Number.isFinite(wall) || Math.abs(wall) > MAX_MS - 2 * DAY) return refused('date-range', { text: describe(text) })
    const candidates = instantsOfWallClock(wall, zone, knownOffset)
    const first = candidates[0]
    if (first === undefined) return refused('date-skipped', { text: describe(text), zone })
    let ms = first
    const last = candidates[candidates.length - 1]
    if (candidates.length > 1 && last !== undefined) {
      if (ambiguous === 'reject') return refused('date-twice', { text: describe(text), zone })
      ms = ambiguous === 'earlier' ? first : last
    }
    if (!isWritableInstant(ms)) return refused('date-years', { text: describe(text) })
    return { ok: true, value: writeInstant(ms), ms }
  }

  // The format's day without its time (`dd/MM/yyyy` of `dd/MM/yyyy HH:mm`), made when first needed.
  let dayFormat: string | null | undefined
  const notInFormat = (t: string, fmt: string): DateReading => {
    // A day alone, in the format's own writing or in ISO's: said so, with the time to add.
    if (ISO_DAY.test(t)) return refused('date-day-only', { text: describe(t), day: t })
    dayFormat ??= dayPartOf(fmt)
    if (dayFormat !== null) {
      let example: string | undefined
      try {
        const day = parseDate(t, dayFormat, REFERENCE, { in: UTC })
        if (!Number.isNaN(day.getTime())) example = formatDate(day, fmt, { in: UTC })
      } catch {
        // Not a day in the format's writing either: the cell is simply not in the format.
      }
      if (example !== undefined) return refused('date-day-only-format', { text: describe(t), format: fmt, example })
    }
    return refused('date-not-in-format', { text: describe(t), format: fmt })
  }

  // The wall-clock times read, by their text. An event log repeats its ticket's dates on every event
  // (ServiceNow's: 70,205 date cells, 7,481 different texts), and date-fns' parse costs some 15 µs.
  const walls = new Map<string, number>()
  // The common patterns read without date-fns, by its rules (see patternReader).
  const fast = fmt && zone ? patternReader(fmt) : undefined
  return (text: string): DateReading => {
    const t = text.trim()
    const iso = parseIsoInstant(t)
    if (!Number.isNaN(iso)) {
      if (isInstantInRange(iso)) return { ok: true, value: t, ms: iso }
      return refused('date-instant-range', { text: describe(t) })
    }
    if (ISO_LOCAL.test(t)) {
      if (zone) return resolve(parseIsoInstant(`${t}Z`), t, zone)
      if (!fmt) return refused('date-no-offset', { text: describe(t) })
    }
    if (fmt && zone) {
      let wall = fast?.(t) ?? walls.get(t)
      if (wall === undefined) {
        try {
          wall = parseDate(t, fmt, REFERENCE, { in: UTC }).getTime()
        } catch (error) {
          return refused('date-format-error', { text: describe(t), format: fmt, error: (error as Error).message })
        }
        if (Number.isNaN(wall)) return notInFormat(t, fmt)
        if (walls.size >= WALLS_KEPT) walls.clear()
        walls.set(t, wall)
      }
      return resolve(wall, t, zone)
    }
    // A day alone (a spreadsheet's date cell, a date typed without its hour) is no instant: said so, rather
    // than as a format to give, which would not help.
    if (ISO_DAY.test(t)) return refused('date-day-only', { text: describe(t), day: t })
    return refused('date-not-iso', { text: describe(t) })
  }
}
