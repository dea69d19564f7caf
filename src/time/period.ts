import { describe, IssueList, joinPath, safely, type SafeResult } from '../errors.js'
import { monthStartWall } from './civil.js'
import { formatInstant, type InstantLike, parseIsoInstant, readInstant } from './instant.js'
import { firstInstantAtWallClock, zoneOffset } from './offset.js'
import { readTimeZone } from './zone.js'
import { type MonthOptions, type QuarterOptions, readMonth, readPeriodZone, readQuarter, readYear, type YearOptions } from './period-schema.js'

export { type MonthOptions, type QuarterOptions, type YearOptions } from './period-schema.js'

/**
 * A measurement period: the half-open interval `[start, end)`.
 *
 * @example
 * const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
 * march.durationMs / 3_600_000 // 743: Paris moves to summer time on 29 March
 */
export interface Period {
  /** First instant of the period, included. */
  readonly start: Date
  /** First instant after the period, excluded. */
  readonly end: Date
  /** Time zone the period's calendar was read in; `UTC` for a period given as plain instants. */
  readonly timeZone: string
  /** `end − start` in milliseconds, always positive. */
  readonly durationMs: number
  /** A short name for reports: `2026-03`, `2026`, `2026-Q1`, or `start/end` in ISO-8601. */
  readonly label: string
}

/** A period as a user may give it: one made by `monthPeriod` and friends, or plain `{ start, end }`. */
export interface PeriodLike {
  start: InstantLike
  end: InstantLike
  timeZone?: string
  label?: string
}

/**
 * The first instant of the 1st of a month in `timeZone`: the first of two midnights when the clocks go
 * back over it (the hour after it belongs to the new month), the first instant that exists that day when
 * they skip it.
 */
function zonedStart(year: number, monthIndex: number, timeZone: string): number {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path: the zone-aware road gives the same instant for UTC, only slower
  if (timeZone === 'UTC') return monthStartWall(year, monthIndex)
  // The end of a month is the start of the next: reports and comparisons walking months one after
  // another ask for each boundary twice, and each costs a few calls to Intl.
  let starts = monthStarts.get(timeZone)
  // Stryker disable next-line ConditionalExpression: a cache: starting it afresh changes only the time taken
  if (!starts) monthStarts.set(timeZone, (starts = new Map()))
  const key = year * 12 + monthIndex
  let start = starts.get(key)
  // Stryker disable next-line ConditionalExpression: a cache: working the start out again gives the same instant
  if (start === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: bounds the cache's memory; when it is cleared changes only the time taken
    if (starts.size >= 4096) starts.clear()
    start = firstInstantAtWallClock(monthStartWall(year, monthIndex), timeZone)
    starts.set(key, start)
  }
  return start
}

const monthStarts = new Map<string, Map<number, number>>()

function makePeriod(start: number, end: number, timeZone: string, label: string): Period {
  return Object.freeze({ start: new Date(start), end: new Date(end), timeZone, durationMs: end - start, label })
}

/**
 * The calendar month `month` of `year` in `timeZone` (default UTC), exact across DST changes.
 *
 * @example
 * monthPeriod({ year: 2026, month: 10, timeZone: 'Europe/Paris' }).durationMs // 745 h = 2_682_000_000
 * @throws InputError for a month outside 1–12, a year outside 1–9999 or an unknown time zone.
 */
export function monthPeriod(options: MonthOptions): Period {
  const issues = new IssueList()
  const opts = (options ?? {}) as Partial<MonthOptions>
  const v = issues.checked(
    { year: readYear(opts.year, 'year', issues), month: readMonth(opts.month, 'month', issues), timeZone: readPeriodZone(opts.timeZone, 'timeZone', issues) },
    'Invalid month',
  )
  const start = zonedStart(v.year, v.month - 1, v.timeZone)
  const end = zonedStart(v.year, v.month, v.timeZone)
  return makePeriod(start, end, v.timeZone, `${String(v.year).padStart(4, '0')}-${String(v.month).padStart(2, '0')}`)
}

/**
 * The calendar year in `timeZone` (default UTC).
 *
 * @example
 * yearPeriod({ year: 2028 }).durationMs / 86_400_000 // 366
 */
export function yearPeriod(options: YearOptions): Period {
  const issues = new IssueList()
  const { year, timeZone } = issues.checked(
    { year: readYear(options?.year, 'year', issues), timeZone: readPeriodZone(options?.timeZone, 'timeZone', issues) },
    'Invalid year',
  )
  return makePeriod(zonedStart(year, 0, timeZone), zonedStart(year, 12, timeZone), timeZone, String(year).padStart(4, '0'))
}

/**
 * The calendar quarter (1–4) of `year` in `timeZone` (default UTC).
 *
 * @example
 * quarterPeriod({ year: 2026, quarter: 1 }).label // '2026-Q1'
 */
export function quarterPeriod(options: QuarterOptions): Period {
  const issues = new IssueList()
  const v = issues.checked(
    { year: readYear(options?.year, 'year', issues), quarter: readQuarter(options?.quarter, 'quarter', issues), timeZone: readPeriodZone(options?.timeZone, 'timeZone', issues) },
    'Invalid quarter',
  )
  const first = (v.quarter - 1) * 3
  return makePeriod(zonedStart(v.year, first, v.timeZone), zonedStart(v.year, first + 3, v.timeZone), v.timeZone, `${v.year}-Q${v.quarter}`)
}

/**
 * Parses `YYYY-MM` (a month), `YYYY-Qn` (a quarter) or `YYYY` (a year) in `timeZone`.
 *
 * @example
 * parsePeriod('2026-03', 'Europe/Paris').durationMs // 2_674_800_000
 */
export function parsePeriod(text: string, timeZone = 'UTC'): Period {
  const t = String(text).trim()
  let m = /^(\d{4})-(\d{1,2})$/.exec(t)
  if (m) return monthPeriod({ year: Number(m[1]), month: Number(m[2]), timeZone })
  m = /^(\d{4})-Q(\d)$/i.exec(t)
  if (m) return quarterPeriod({ year: Number(m[1]), quarter: Number(m[2]), timeZone })
  m = /^(\d{4})$/.exec(t)
  if (m) return yearPeriod({ year: Number(m[1]), timeZone })
  const issues = new IssueList()
  issues.add('period', `must be YYYY-MM, YYYY-Qn or YYYY (got ${describe(text)})`, 'period-text', { got: describe(text) })
  return issues.fail('Invalid period')
}

/**
 * Like {@link parsePeriod}, but returns the problem instead of throwing.
 *
 * @example
 * const r = safeParsePeriod('March 2026')
 * if (!r.success) r.error.issues // [{ path: 'period', message: 'must be YYYY-MM, YYYY-Qn or YYYY (got "March 2026")' }]
 * safeParsePeriod('2026-Q2', 'Europe/Paris').data?.label // '2026-Q2'
 */
export function safeParsePeriod(text: string, timeZone = 'UTC'): SafeResult<Period> {
  return safely(() => parsePeriod(text, timeZone))
}

/** The exact bounds of a period in epoch milliseconds. */
export interface PeriodBounds {
  start: number
  end: number
  period: Period
}

/** Reads a period given either way, or adds issues under `path` and returns undefined. */
export function readPeriod(value: unknown, path: string, issues: IssueList): PeriodBounds | undefined {
  if (value === null || typeof value !== 'object') {
    issues.add(path, `must be a period { start, end } such as monthPeriod() returns (got ${describe(value)})`, 'period-object', { got: describe(value) })
    return undefined
  }
  const v = value as Partial<PeriodLike>
  const before = issues.issues.length
  const start = readInstant(v.start, joinPath(path, 'start'), issues)
  const end = readInstant(v.end, joinPath(path, 'end'), issues)
  let timeZone = 'UTC'
  if (v.timeZone !== undefined) timeZone = readTimeZone(v.timeZone, joinPath(path, 'timeZone'), issues) ?? 'UTC'
  if (issues.issues.length > before || start === undefined || end === undefined) return undefined
  if (end <= start) {
    const bounds = { start: formatInstant(start), end: formatInstant(end) }
    if (end === start) issues.add(path, `must end after it starts (${bounds.start} to ${bounds.end}): a period of zero length has no availability`, 'period-empty', bounds)
    else issues.add(path, `must end after it starts (${bounds.start} to ${bounds.end})`, 'period-order', bounds)
    return undefined
  }
  const label = typeof v.label === 'string' ? v.label : `${formatInstant(start)}/${formatInstant(end)}`
  const isPeriod = v.start instanceof Date && v.end instanceof Date && typeof v.label === 'string' && Object.isFrozen(value)
  return { start, end, period: isPeriod ? (value as Period) : makePeriod(start, end, timeZone, label) }
}

/**
 * Makes a period from plain instants, checking that it ends after it starts.
 *
 * @example
 * customPeriod({ start: '2026-03-01T00:00:00+01:00', end: '2026-03-08T00:00:00+01:00' }).durationMs // 7 days
 */
export function customPeriod(value: PeriodLike): Period {
  const issues = new IssueList()
  return issues.checked({ bounds: readPeriod(value, '', issues) }, 'Invalid period').bounds.period
}

/**
 * @internal The month `YYYY-MM` of an instant (a `Date`, epoch milliseconds or an ISO-8601 string) as a clock
 * in `timeZone` shows it: `2026-04-01T01:30+02:00` is April in Paris, March in UTC. The default month of a
 * statement, from its log's first incident, on the command line and in the workbench; undefined when the
 * value is not an instant.
 */
export function monthOfInstant(value: unknown, timeZone: string): string | undefined {
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : typeof value === 'string' ? parseIsoInstant(value) : Number.NaN
  if (!Number.isFinite(t)) return undefined
  return new Date(t + zoneOffset(timeZone, t)).toISOString().slice(0, 7)
}
