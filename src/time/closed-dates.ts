/**
 * The dates a calendar is closed on: public holidays of a known region, dates given one by one, and rules
 * giving the dates of a year. Read once per year and calendar, then kept.
 */
import { describe, IssueList, joinPath } from '../errors.js'
import { civilFromDays, DAY, daysFromCivil, formatDay, yearOfDay } from './civil.js'
import { frenchHolidayDays, type FrenchHolidayRegion } from './holidays.js'
import { zoneOffset } from './offset.js'

/** Public holiday lists the library knows: `FR` (metropolitan France) and `FR-alsace-moselle`. */
export type HolidayRegion = 'FR' | 'FR-alsace-moselle'

/**
 * A rule giving the closed dates of one year, for holidays the library does not know: each entry is a local
 * date `YYYY-MM-DD`, or a `Date` read as the date it falls on in the calendar's time zone. Every entry must
 * fall in the year asked for. The rule is called at most once per year and calendar, and only for years 1 to
 * 9999; it should be pure.
 *
 * @example
 * const companyDays: HolidayRule = (year) => [`${year}-12-24`, `${year}-12-31`]
 */
export type HolidayRule = (year: number) => readonly (string | Date)[]

/** One source of closed dates: a known region, a local date `YYYY-MM-DD`, or a rule. */
export type HolidaySource = HolidayRegion | string | HolidayRule

/** A date on which a calendar is closed, and why; a date closed for two reasons is listed twice. */
export interface ClosedDate {
  /** The local date, `YYYY-MM-DD`. */
  readonly date: string
  /** English name: the holiday's (`Ascension Day`), else `Holiday` or `Closed`. */
  readonly name: string
  /** French name: `Ascension`, else `Jour férié` or `Fermé`. */
  readonly nameFr: string
  /** Which option closed it: `FR`, `FR-alsace-moselle`, `holidays`, `holidays[2]`, `closed`. */
  readonly source: string
}

/** A fixed closed date; `closed` tells which option listed it, `closed` (true) or `holidays` (false). */
interface DateEntry {
  day: number
  closed: boolean
}

/** Fixed closed dates by the year they fall in. */
export type DatesByYear = Map<number, DateEntry[]>

/** Where closed dates come from, read from the options. */
export type ClosedSource =
  | { kind: 'region'; region: FrenchHolidayRegion; source: string }
  | { kind: 'dates'; byYear: DatesByYear }
  | { kind: 'rule'; rule: HolidayRule; path: string }

/** A closed day of one year and why, before its date is written out. */
interface Reason {
  day: number
  name: string
  nameFr: string
  source: string
}

interface ClosedYear {
  /** The closed day numbers, ascending, without repeats. */
  days: number[]
  set: Set<number>
  reasons: Reason[]
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number of a `YYYY-MM-DD` date, or undefined if it is not a real date. */
export function parseDay(text: string): number | undefined {
  const m = DATE_TEXT.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the round trip below refuses these dates too (month 13 comes back as January); this says why first
  if (month < 1 || month > 12 || day < 1) return undefined
  const days = daysFromCivil(year, month, day)
  const back = civilFromDays(days)
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a date past its month's end comes back with both its month and its day changed, so either test alone refuses it
  return back.month === month && back.day === day ? days : undefined
}

function addDate(byYear: DatesByYear, day: number, closed: boolean): void {
  const year = yearOfDay(day)
  const list = byYear.get(year)
  if (list) list.push({ day, closed })
  else byYear.set(year, [{ day, closed }])
}

/** Reads the `closed` option: a list of dates `YYYY-MM-DD`. */
export function readDateList(value: unknown, path: string, issues: IssueList, byYear: DatesByYear): void {
  if (!Array.isArray(value)) {
    issues.add(path, `must be an array of dates YYYY-MM-DD (got ${describe(value)})`, 'dates', { got: describe(value) })
    return
  }
  value.forEach((item: unknown, i) => {
    const day = typeof item === 'string' ? parseDay(item.trim()) : undefined
    if (day === undefined) {
      issues.add(joinPath(path, i), `must be a date YYYY-MM-DD such as "2026-12-24" (got ${describe(item)})`, 'date', { got: describe(item) })
      return
    }
    addDate(byYear, day, true)
  })
}

/** Reads the `holidays` option: regions, dates and rules, alone or in an array. */
export function readHolidays(value: unknown, path: string, issues: IssueList): { sources: ClosedSource[]; given: HolidaySource[] } {
  const sources: ClosedSource[] = []
  const given: HolidaySource[] = []
  const byYear: DatesByYear = new Map()
  const items: unknown[] = Array.isArray(value) ? value : [value]
  items.forEach((item, i) => {
    const itemPath = Array.isArray(value) ? joinPath(path, i) : path
    // A rule's errors show up later, when a year is first asked for: name it from the options, not the caller.
    const rulePath = Array.isArray(value) ? joinPath('holidays', i) : 'holidays'
    const day = typeof item === 'string' ? parseDay(item.trim()) : undefined
    if (item === 'FR' || item === 'FR-alsace-moselle') {
      sources.push({ kind: 'region', region: item === 'FR' ? 'metropolitan' : 'alsace-moselle', source: item })
      given.push(item)
    } else if (typeof item === 'function') {
      // Stryker disable next-line StringLiteral: a source that is neither a region nor dates is read as a rule, whatever its tag
      sources.push({ kind: 'rule', rule: item as HolidayRule, path: rulePath })
      given.push(item as HolidayRule)
    } else if (typeof item === 'string' && day !== undefined) {
      addDate(byYear, day, false)
      given.push(item.trim())
    } else {
      issues.add(itemPath, `must be "FR", "FR-alsace-moselle", a date YYYY-MM-DD or a function (year) => dates (got ${describe(item)})`, 'holidays', { got: describe(item) })
    }
  })
  if (byYear.size > 0) sources.push({ kind: 'dates', byYear })
  return { sources, given }
}

/** The closed days of a calendar, year by year, each year read once from the sources. */
export class ClosedDays {
  private readonly years = new Map<number, ClosedYear>()

  constructor(
    private readonly sources: readonly ClosedSource[],
    /** The calendar's zone, in which a `Date` returned by a rule is read. */
    private readonly timeZone: string,
  ) {}

  /** True when no source can close any day. */
  get none(): boolean {
    return this.sources.length === 0
  }

  has(day: number): boolean {
    return !this.none && this.year(yearOfDay(day)).set.has(day)
  }

  /** The closed days of `year`, ascending. */
  daysOf(year: number): readonly number[] {
    return this.none ? [] : this.year(year).days
  }

  /** The first closed day in [from, to], if any. */
  next(from: number, to: number): number | undefined {
    if (this.none) return undefined
    for (let year = yearOfDay(from), last = yearOfDay(to); year <= last; year++) {
      for (const day of this.year(year).days) {
        if (day > to) return undefined
        if (day >= from) return day
      }
    }
    return undefined
  }

  /** The closed dates of `year` with their reasons, sorted by date. */
  reasons(year: number): ClosedDate[] {
    if (this.none) return []
    return this.year(year).reasons.map((r) => Object.freeze({ date: formatDay(r.day), name: r.name, nameFr: r.nameFr, source: r.source }))
  }

  private year(year: number): ClosedYear {
    let data = this.years.get(year)
    if (data) return data
    const reasons: Reason[] = []
    const days = new Set<number>()
    const add = (day: number, name: string, nameFr: string, source: string) => {
      days.add(day)
      reasons.push({ day, name, nameFr, source })
    }
    for (const source of this.sources) {
      if (source.kind === 'region') {
        for (const h of frenchHolidayDays(year, source.region)) add(daysFromCivil(year, h.month, h.day), h.name, h.nameFr, source.source)
      } else if (source.kind === 'dates') {
        for (const d of source.byYear.get(year) ?? []) add(d.day, d.closed ? 'Closed' : 'Holiday', d.closed ? 'Fermé' : 'Jour férié', d.closed ? 'closed' : 'holidays')
      } else if (year >= 1 && year <= 9999) {
        // Outside these years a date has no YYYY-MM-DD form for a rule to return; rules are not asked.
        for (const day of this.applyRule(source.rule, source.path, year)) add(day, 'Holiday', 'Jour férié', source.path)
      }
    }
    // Sorted by date, and by source order within a date (the sort is stable).
    reasons.sort((a, b) => a.day - b.day)
    data = { days: [...days].sort((a, b) => a - b), set: days, reasons }
    this.years.set(year, data)
    return data
  }

  private applyRule(rule: HolidayRule, path: string, year: number): number[] {
    const result = rule(year)
    const issues = new IssueList()
    const days: number[] = []
    if (!Array.isArray(result)) {
      issues.add(path, `must return an array of dates for year ${year} (got ${describe(result)})`, 'rule-array', { year, got: describe(result) })
    } else {
      result.forEach((entry: unknown, i) => {
        let day: number | undefined
        if (typeof entry === 'string') {
          day = parseDay(entry.trim())
          if (day === undefined) {
            issues.add(path, `returned ${describe(entry)} for year ${year} at index ${i}: not a date YYYY-MM-DD`, 'rule-date', { got: describe(entry), year, index: i })
            return
          }
        } else if (entry instanceof Date && !Number.isNaN(entry.getTime())) {
          const t = entry.getTime()
          day = Math.floor((t + zoneOffset(this.timeZone, t)) / DAY)
        } else {
          issues.add(path, `returned ${describe(entry)} for year ${year} at index ${i}: not a date YYYY-MM-DD or a valid Date`, 'rule-date-or-date', { got: describe(entry), year, index: i })
          return
        }
        if (yearOfDay(day) !== year) {
          issues.add(path, `returned ${formatDay(day)} for year ${year}: a rule must return dates of the year it is asked for`, 'rule-year', { day: formatDay(day), year })
          return
        }
        days.push(day)
      })
    }
    issues.throwIfAny('Invalid holiday rule')
    return days
  }
}
