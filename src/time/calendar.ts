import { describe, IssueList, joinPath } from '../errors.js'
import { type DurationLike, readDuration } from './duration.js'
import { frenchHolidayDays, type FrenchHolidayRegion } from './holidays.js'
import { formatInstant, type InstantLike, readInstant } from './instant.js'
import { readTimeZone } from './zone.js'

// ---------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------

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

/** Options of {@link businessCalendar}. */
export interface CalendarOptions {
  /** IANA time zone the hours are read in. @example 'Europe/Paris' */
  timeZone: string
  /** Opening hours of an ordinary week. @example { mon: '09:00-18:00', fri: ['09:00-12:00', '14:00-17:00'] } */
  hours: WeeklyHours
  /**
   * Public holidays, closed all day: `'FR'`, `'FR-alsace-moselle'`, dates `'YYYY-MM-DD'`, a
   * {@link HolidayRule}, or an array mixing these.
   * @example ['FR', '2026-12-24', (year) => [`${year}-12-31`]]
   */
  holidays?: HolidaySource | readonly HolidaySource[]
  /** Further closed dates `YYYY-MM-DD` (a company closure, a bridge day). @example ['2026-05-15'] */
  closed?: readonly string[]
}

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

// ---------------------------------------------------------------------------------------------------
// Day numbers and civil dates, pure integers (no Date, whose range a local time can step out of)
// ---------------------------------------------------------------------------------------------------

const MINUTE = 60_000
const DAY = 86_400_000
const WEEK = 7 * DAY
// The latest instant a Date can hold; readInstant accepts nothing beyond.
const MAX_MS = 8.64e15
// Local time is counted in weeks from Monday 1969-12-29 00:00, so that day 0 of a week is a Monday.
const WEEK_ORIGIN = -3 * DAY
// A calendar closed for longer than this is taken as broken rather than searched to the end of time.
const MAX_GAP = 366 * DAY

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm, exact for any year). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

function yearOfDay(days: number): number {
  return civilFromDays(days).year
}

/** Monday 0 … Sunday 6. */
function weekdayOfDay(days: number): number {
  return (((days + 3) % 7) + 7) % 7
}

function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number of a `YYYY-MM-DD` date, or undefined if it is not a real date. */
function parseDay(text: string): number | undefined {
  const m = DATE_TEXT.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1) return undefined
  const days = daysFromCivil(year, month, day)
  const back = civilFromDays(days)
  return back.month === month && back.day === day ? days : undefined
}

// ---------------------------------------------------------------------------------------------------
// UTC offsets of a zone, found once per zone and UTC year
// ---------------------------------------------------------------------------------------------------

interface OffsetYear {
  /** First instant of the UTC year. */
  start: number
  /** First instant of the next UTC year. */
  end: number
  startOffset: number
  /** Instants where the offset changes, ascending, inside (start, end). */
  at: number[]
  /** The offset from each change on. */
  offsets: number[]
}

interface ZoneOffsets {
  format: (t: number) => string
  years: Map<number, OffsetYear>
}

const zones = new Map<string, ZoneOffsets>()

function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone)
  if (!zone) {
    // longOffset keeps seconds (Paris was +00:09:21 until 1911), and reading it needs no date arithmetic.
    const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format
    zone = { format, years: new Map() }
    zones.set(timeZone, zone)
  }
  return zone
}

const SAMPLE_STEP = 3 * DAY

const OFFSET_TEXT = /GMT([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?/

function rawOffset(zone: ZoneOffsets, t: number): number {
  const m = OFFSET_TEXT.exec(zone.format(Math.max(-MAX_MS, Math.min(MAX_MS, t))))
  if (!m) return 0 // plain "GMT": UTC itself
  const size = (Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0)) * 1000
  return m[1] === '-' ? -size : size
}

function offsetYear(zone: ZoneOffsets, year: number): OffsetYear {
  let data = zone.years.get(year)
  if (data) return data
  const start = daysFromCivil(year, 1, 1) * DAY
  const end = daysFromCivil(year + 1, 1, 1) * DAY
  const at: number[] = []
  const offsets: number[] = []
  const startOffset = rawOffset(zone, start)
  // Samples every 3 days: in the tz database two changes are never closer than 7 days (Brazil, October
  // 2000), so no pair of changes hides between two samples. Where samples differ, bisection finds each
  // change to the millisecond (some were at 00:01 local time, not on the hour).
  let lo = start
  let loOffset = startOffset
  for (let sample = start + SAMPLE_STEP; lo < end; sample = Math.min(sample + SAMPLE_STEP, end)) {
    const sampleOffset = rawOffset(zone, sample)
    while (loOffset !== sampleOffset) {
      let a = lo
      let b = sample
      while (b - a > 1) {
        const mid = a + Math.floor((b - a) / 2)
        if (rawOffset(zone, mid) === loOffset) a = mid
        else b = mid
      }
      lo = b
      loOffset = rawOffset(zone, b)
      if (b < end) {
        at.push(b)
        offsets.push(loOffset)
      }
    }
    lo = sample
  }
  data = { start, end, startOffset, at, offsets }
  zone.years.set(year, data)
  return data
}

/** The zone's offset at `t` and the next instant after `t` where it may change (a change or a new UTC year). */
function offsetSpan(zone: ZoneOffsets, t: number): { offset: number; until: number } {
  const data = offsetYear(zone, yearOfDay(Math.floor(t / DAY)))
  let offset = data.startOffset
  for (let i = 0; i < data.at.length; i++) {
    if (data.at[i]! > t) return { offset, until: data.at[i]! }
    offset = data.offsets[i]!
  }
  return { offset, until: data.end }
}

// ---------------------------------------------------------------------------------------------------
// The engine: coverage on the local timeline, where every day lasts 24 h
// ---------------------------------------------------------------------------------------------------
//
// An instant is covered when the wall clock in the calendar's zone shows a covered time on an open day.
// Between two offset changes, local time is the instant plus a constant offset, so coverage there is
// coverage of the matching stretch of an idealised local timeline without DST. Splitting at each change
// makes every DST rule exact: the hour a spring-forward skips is never on the wall clock, the hour a
// fall-back repeats is on it twice.

/** A fixed closed date; `closed` tells which option listed it, `closed` (true) or `holidays` (false). */
interface DateEntry {
  day: number
  closed: boolean
}

type ClosedSource =
  | { kind: 'region'; region: FrenchHolidayRegion; source: string }
  | { kind: 'dates'; byYear: Map<number, DateEntry[]> }
  | { kind: 'rule'; rule: HolidayRule; path: string }

interface ClosedYear {
  days: number[]
  set: Set<number>
  reasons: ClosedDate[]
}

interface Engine {
  /** Covered all the time: business time is elapsed time. */
  always: boolean
  zone: ZoneOffsets | undefined
  /** Per weekday (Monday 0), merged ranges as flat [start, end, start, end …] in ms since local midnight. */
  ranges: number[][]
  /** Covered ms of the week before each weekday; 8 entries. */
  dayPrefix: number[]
  weekTotal: number
  sources: ClosedSource[]
  closedYears: Map<number, ClosedYear>
}

const engines = new WeakMap<BusinessCalendar, Engine>()

function coveredInDay(ranges: number[], from: number, to: number): number {
  let total = 0
  for (let i = 0; i < ranges.length; i += 2) {
    const a = Math.max(ranges[i]!, from)
    const b = Math.min(ranges[i + 1]!, to)
    if (b > a) total += b - a
  }
  return total
}

function closedYear(engine: Engine, year: number): ClosedYear {
  let data = engine.closedYears.get(year)
  if (data) return data
  const reasons: ClosedDate[] = []
  const days = new Set<number>()
  const add = (day: number, name: string, nameFr: string, source: string) => {
    days.add(day)
    reasons.push({ date: formatDay(day), name, nameFr, source })
  }
  for (const source of engine.sources) {
    if (source.kind === 'region') {
      for (const h of frenchHolidayDays(year, source.region)) add(daysFromCivil(year, h.month, h.day), h.name, h.nameFr, source.source)
    } else if (source.kind === 'dates') {
      for (const d of source.byYear.get(year) ?? []) add(d.day, d.closed ? 'Closed' : 'Holiday', d.closed ? 'Fermé' : 'Jour férié', d.closed ? 'closed' : 'holidays')
    } else if (year >= 1 && year <= 9999) {
      // Outside these years a date has no YYYY-MM-DD form for a rule to return; rules are not asked.
      for (const day of applyRule(engine, source.rule, source.path, year)) add(day, 'Holiday', 'Jour férié', source.path)
    }
  }
  const sorted = [...days].sort((a, b) => a - b)
  reasons.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  data = { days: sorted, set: days, reasons }
  engine.closedYears.set(year, data)
  return data
}

function applyRule(engine: Engine, rule: HolidayRule, path: string, year: number): number[] {
  const result = rule(year)
  const issues = new IssueList()
  const days: number[] = []
  if (!Array.isArray(result)) {
    issues.add(path, `must return an array of dates for year ${year} (got ${describe(result)})`)
  } else {
    result.forEach((entry: unknown, i) => {
      let day: number | undefined
      if (typeof entry === 'string') {
        day = parseDay(entry.trim())
        if (day === undefined) {
          issues.add(path, `returned ${describe(entry)} for year ${year} at index ${i}: not a date YYYY-MM-DD`)
          return
        }
      } else if (entry instanceof Date && !Number.isNaN(entry.getTime())) {
        const t = entry.getTime()
        day = Math.floor((t + offsetSpan(engine.zone!, t).offset) / DAY)
      } else {
        issues.add(path, `returned ${describe(entry)} for year ${year} at index ${i}: not a date YYYY-MM-DD or a valid Date`)
        return
      }
      if (yearOfDay(day) !== year) {
        issues.add(path, `returned ${formatDay(day)} for year ${year}: a rule must return dates of the year it is asked for`)
        return
      }
      days.push(day)
    })
  }
  issues.throwIfAny('Invalid holiday rule')
  return days
}

function hasClosed(engine: Engine): boolean {
  return engine.sources.length > 0
}

function isClosed(engine: Engine, day: number): boolean {
  return hasClosed(engine) && closedYear(engine, yearOfDay(day)).set.has(day)
}

/** The first closed day in [from, to], if any. */
function nextClosedDay(engine: Engine, from: number, to: number): number | undefined {
  if (!hasClosed(engine)) return undefined
  for (let year = yearOfDay(from), last = yearOfDay(to); year <= last; year++) {
    for (const day of closedYear(engine, year).days) {
      if (day > to) return undefined
      if (day >= from) return day
    }
  }
  return undefined
}

/** Coverage of the open calendar (no closed dates) from the week origin to local time `local`. */
function openPrefix(engine: Engine, local: number): number {
  const fromOrigin = local - WEEK_ORIGIN
  const weeks = Math.floor(fromOrigin / WEEK)
  const inWeek = fromOrigin - weeks * WEEK
  const weekday = Math.floor(inWeek / DAY)
  // weeks × weekTotal never exceeds the elapsed time, so it stays an exact integer.
  return weeks * engine.weekTotal + engine.dayPrefix[weekday]! + coveredInDay(engine.ranges[weekday]!, 0, inWeek - weekday * DAY)
}

/** Covered ms of the local stretch [from, to), from <= to. */
function localCovered(engine: Engine, from: number, to: number): number {
  if (to <= from) return 0
  let total = openPrefix(engine, to) - openPrefix(engine, from)
  if (!hasClosed(engine)) return total
  const firstDay = Math.floor(from / DAY)
  const lastDay = Math.floor((to - 1) / DAY)
  for (let year = yearOfDay(firstDay), last = yearOfDay(lastDay); year <= last; year++) {
    for (const day of closedYear(engine, year).days) {
      if (day < firstDay) continue
      if (day > lastDay) break
      const base = day * DAY
      total -= coveredInDay(engine.ranges[weekdayOfDay(day)]!, Math.max(from - base, 0), Math.min(to - base, DAY))
    }
  }
  return total
}

/** The first covered local time in [from, limit), if any. */
function localNextCovered(engine: Engine, from: number, limit: number): number | undefined {
  let day = Math.floor(from / DAY)
  let inDay = from - day * DAY
  for (;;) {
    const base = day * DAY
    if (base >= limit) return undefined
    if (!isClosed(engine, day)) {
      const ranges = engine.ranges[weekdayOfDay(day)]!
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
function localAdvance(engine: Engine, from: number, remaining: number, limit: number): Advance {
  let day = Math.floor(from / DAY)
  let inDay = from - day * DAY
  for (;;) {
    const base = day * DAY
    if (base >= limit) return { done: false, remaining }
    const weekday = weekdayOfDay(day)
    if (inDay === 0 && weekday === 0 && remaining > engine.weekTotal) {
      // Keep at least one covered ms for the day walk, so the deadline is the end of covered time,
      // not the Monday midnight after it.
      let weeks = Math.min(Math.floor((remaining - 1) / engine.weekTotal), Math.floor((limit - base) / WEEK))
      if (weeks > 0) {
        const closed = nextClosedDay(engine, day, day + 7 * weeks - 1)
        if (closed !== undefined) weeks = Math.floor((closed - day) / 7)
      }
      if (weeks > 0) {
        day += 7 * weeks
        remaining -= weeks * engine.weekTotal
        continue
      }
    }
    if (!isClosed(engine, day)) {
      const ranges = engine.ranges[weekday]!
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

function beyondTime(): never {
  const issues = new IssueList()
  issues.add('duration', 'leads past the last instant a Date can hold (+275760-09-13)')
  issues.throwIfAny('Deadline out of range')
  throw new Error('unreachable')
}

function coveredBetween(engine: Engine, from: number, to: number): number {
  if (to < from) {
    const back = coveredBetween(engine, to, from)
    return back === 0 ? 0 : -back // never -0: a caller comparing with Object.is would see two zeros
  }
  if (engine.always) return to - from
  let total = 0
  for (let t = from; t < to; ) {
    const { offset, until } = offsetSpan(engine.zone!, t)
    const end = Math.min(until, to)
    total += localCovered(engine, t + offset, end + offset)
    t = end
  }
  return total
}

function advance(engine: Engine, from: number, duration: number): number {
  if (duration === 0) return from
  if (engine.always) {
    if (from + duration > MAX_MS) beyondTime()
    return from + duration
  }
  let remaining = duration
  let lastProgress = from
  for (let t = from; ; ) {
    if (t >= MAX_MS) beyondTime()
    const { offset, until } = offsetSpan(engine.zone!, t)
    const step = localAdvance(engine, t + offset, remaining, until + offset)
    if (step.done) {
      const at = step.at - offset
      if (at > MAX_MS) beyondTime()
      return at
    }
    if (step.remaining < remaining) lastProgress = until
    else if (until - lastProgress > MAX_GAP) noCoverage(lastProgress)
    remaining = step.remaining
    t = until
  }
}

function nextCovered(engine: Engine, from: number): number {
  if (engine.always) return from
  for (let t = from; ; ) {
    if (t >= MAX_MS) beyondTime()
    const { offset, until } = offsetSpan(engine.zone!, t)
    const local = localNextCovered(engine, t + offset, until + offset)
    if (local !== undefined) return local - offset
    if (until - from > MAX_GAP) noCoverage(from)
    t = until
  }
}

function coveredAt(engine: Engine, at: number): boolean {
  if (engine.always) return true
  const local = at + offsetSpan(engine.zone!, at).offset
  const day = Math.floor(local / DAY)
  if (isClosed(engine, day)) return false
  const inDay = local - day * DAY
  const ranges = engine.ranges[weekdayOfDay(day)]!
  for (let i = 0; i < ranges.length; i += 2) if (ranges[i]! <= inDay && inDay < ranges[i + 1]!) return true
  return false
}

// ---------------------------------------------------------------------------------------------------
// Reading options
// ---------------------------------------------------------------------------------------------------

const RANGE_TEXT = /^(\d{2}):(\d{2})\s*[-–]\s*(\d{2}):(\d{2})$/
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
const OPTION_KEYS = new Set(['timeZone', 'hours', 'holidays', 'closed'])
// What a built calendar carries besides its options; tolerated so that a copy (`{ ...calendar }`) reads back.
const DERIVED_KEYS = new Set(['kind', 'weeklyMs', 'label'])

function hhmm(ms: number): string {
  const minutes = ms / MINUTE
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function readRange(value: unknown, path: string, issues: IssueList): [number, number] | undefined {
  const m = typeof value === 'string' ? RANGE_TEXT.exec(value.trim()) : null
  if (!m) {
    issues.add(path, `must be a range of local times HH:MM-HH:MM such as "09:00-18:00" (got ${describe(value)})`)
    return undefined
  }
  const [sh, sm, eh, em] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number]
  let ok = true
  if (sh > 23 || sm > 59) {
    issues.add(path, `starts at ${m[1]}:${m[2]}, not a time of day (00:00 to 23:59)`)
    ok = false
  }
  if (eh > 24 || em > 59 || (eh === 24 && em !== 0)) {
    issues.add(path, `ends at ${m[3]}:${m[4]}, not a time of day (00:01 to 24:00)`)
    ok = false
  }
  if (!ok) return undefined
  const start = (sh * 60 + sm) * MINUTE
  const end = (eh * 60 + em) * MINUTE
  if (start >= end) {
    issues.add(path, `must start before it ends (got ${hhmm(start)}-${hhmm(end)}); split a range past midnight over two days, ending the first at 24:00`)
    return undefined
  }
  return [start, end]
}

function readHours(value: unknown, path: string, issues: IssueList): [number, number][][] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add(path, `must give the hours of each day, such as { mon: ['09:00-18:00'] } (got ${describe(value)})`)
    return undefined
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) issues.add(joinPath(path, key), `is not a day; use ${WEEKDAYS.join(', ')}`)
  }
  const week: [number, number][][] = []
  const before = issues.issues.length
  let any = false
  WEEKDAYS.forEach((name) => {
    const dayPath = joinPath(path, name)
    const raw = record[name]
    const day: [number, number][] = []
    week.push(day)
    if (raw === undefined) return
    const list = typeof raw === 'string' ? [raw] : raw
    if (!Array.isArray(list)) {
      issues.add(dayPath, `must be a range "09:00-18:00" or an array of them (got ${describe(raw)})`)
      return
    }
    list.forEach((item: unknown, i) => {
      const rangePath = typeof raw === 'string' ? dayPath : joinPath(dayPath, i)
      const range = readRange(item, rangePath, issues)
      if (!range) return
      const other = day.find(([s, e]) => range[0] < e && s < range[1])
      if (other) {
        issues.add(rangePath, `overlaps ${hhmm(other[0])}-${hhmm(other[1])}`)
        return
      }
      day.push(range)
      any = true
    })
    day.sort((a, b) => a[0] - b[0])
  })
  if (!any && issues.issues.length === before) issues.add(path, "covers no time at all: the clock would never run (use '24/7' for round-the-clock coverage)")
  return week
}

function readDateList(value: unknown, path: string, issues: IssueList, byYear: Map<number, DateEntry[]>): void {
  if (!Array.isArray(value)) {
    issues.add(path, `must be an array of dates YYYY-MM-DD (got ${describe(value)})`)
    return
  }
  value.forEach((item: unknown, i) => {
    const day = typeof item === 'string' ? parseDay(item.trim()) : undefined
    if (day === undefined) {
      issues.add(joinPath(path, i), `must be a date YYYY-MM-DD such as "2026-12-24" (got ${describe(item)})`)
      return
    }
    addDate(byYear, day, true)
  })
}

function addDate(byYear: Map<number, DateEntry[]>, day: number, closed: boolean): void {
  const year = yearOfDay(day)
  const list = byYear.get(year)
  if (list) list.push({ day, closed })
  else byYear.set(year, [{ day, closed }])
}

function readHolidays(value: unknown, path: string, issues: IssueList): { sources: ClosedSource[]; given: HolidaySource[] } {
  const sources: ClosedSource[] = []
  const given: HolidaySource[] = []
  const byYear = new Map<number, DateEntry[]>()
  const items: unknown[] = Array.isArray(value) ? value : [value]
  items.forEach((item, i) => {
    const itemPath = Array.isArray(value) ? joinPath(path, i) : path
    // A rule's errors show up later, when a year is first asked for: name it from the options, not the caller.
    const rulePath = Array.isArray(value) ? joinPath('holidays', i) : 'holidays'
    if (item === 'FR' || item === 'FR-alsace-moselle') {
      sources.push({ kind: 'region', region: item === 'FR' ? 'metropolitan' : 'alsace-moselle', source: item })
      given.push(item)
    } else if (typeof item === 'function') {
      sources.push({ kind: 'rule', rule: item as HolidayRule, path: rulePath })
      given.push(item as HolidayRule)
    } else if (typeof item === 'string' && parseDay(item.trim()) !== undefined) {
      addDate(byYear, parseDay(item.trim())!, false)
      given.push(item.trim())
    } else {
      issues.add(itemPath, `must be "FR", "FR-alsace-moselle", a date YYYY-MM-DD or a function (year) => dates (got ${describe(item)})`)
    }
  })
  if (byYear.size > 0) sources.push({ kind: 'dates', byYear })
  return { sources, given }
}

function describeHours(ranges: readonly (readonly string[])[]): string {
  const parts: string[] = []
  for (let i = 0; i < 7; ) {
    const text = ranges[i]!.join(', ')
    let j = i
    while (j + 1 < 7 && ranges[j + 1]!.join(', ') === text) j++
    if (text) parts.push(`${DAY_NAMES[i]}${j > i ? `-${DAY_NAMES[j]}` : ''} ${text}`)
    i = j + 1
  }
  return parts.join(', ')
}

function freezeHours(week: readonly (readonly string[])[]): Readonly<Record<Weekday, readonly string[]>> {
  const hours = {} as Record<Weekday, readonly string[]>
  WEEKDAYS.forEach((name, i) => {
    hours[name] = Object.freeze([...week[i]!])
  })
  return Object.freeze(hours)
}

function makeEngine(week: [number, number][][], timeZone: string | undefined, sources: ClosedSource[]): Engine {
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
  return {
    always: weekTotal === WEEK && sources.length === 0,
    zone: timeZone === undefined ? undefined : zoneOffsets(timeZone),
    ranges,
    dayPrefix,
    weekTotal,
    sources,
    closedYears: new Map(),
  }
}

function makeAlways(): BusinessCalendar {
  const full = WEEKDAYS.map(() => ['00:00-24:00'])
  const calendar: BusinessCalendar = Object.freeze({
    kind: '24/7',
    timeZone: 'UTC',
    hours: freezeHours(full),
    holidays: Object.freeze([]),
    closed: Object.freeze([]),
    weeklyMs: WEEK,
    label: '24/7',
  })
  engines.set(calendar, makeEngine(WEEKDAYS.map(() => [[0, DAY]]), undefined, []))
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
  if (value !== null && typeof value === 'object' && engines.has(value as BusinessCalendar)) return value as BusinessCalendar
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.add(path, `must be '24/7' or calendar options { timeZone, hours, holidays?, closed? } (got ${describe(value)})`)
    return undefined
  }
  const options = value as Record<string, unknown>
  if (options.kind === '24/7') return ALWAYS
  const before = issues.issues.length
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key) && !DERIVED_KEYS.has(key)) issues.add(joinPath(path, key), 'is not a calendar option (timeZone, hours, holidays, closed)')
  }
  let timeZone: string | undefined
  if (options.timeZone === undefined) issues.add(joinPath(path, 'timeZone'), 'is required: the IANA time zone the hours are read in, such as "Europe/Paris"')
  else timeZone = readTimeZone(options.timeZone, joinPath(path, 'timeZone'), issues)
  const week = readHours(options.hours, joinPath(path, 'hours'), issues)
  const holidays = options.holidays === undefined ? { sources: [], given: [] } : readHolidays(options.holidays, joinPath(path, 'holidays'), issues)
  const closedByYear = new Map<number, DateEntry[]>()
  if (options.closed !== undefined) readDateList(options.closed, joinPath(path, 'closed'), issues, closedByYear)
  if (issues.issues.length > before) return undefined

  const sources = [...holidays.sources]
  if (closedByYear.size > 0) sources.push({ kind: 'dates', byYear: closedByYear })
  const closed = [...new Set([...closedByYear.values()].flat().map((d) => d.day))].sort((a, b) => a - b).map(formatDay)
  const hoursText = week!.map((day) => day.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`))
  const holidayText = holidays.given.map((h) => (typeof h === 'function' ? 'rule' : h)).join(', ')
  const engine = makeEngine(week!, timeZone!, sources)
  const calendar: BusinessCalendar = Object.freeze({
    kind: 'hours',
    timeZone: timeZone!,
    hours: freezeHours(hoursText),
    holidays: Object.freeze(holidays.given),
    closed: Object.freeze(closed),
    weeklyMs: engine.weekTotal,
    label: `${describeHours(hoursText)}, ${timeZone}${holidayText ? `, holidays: ${holidayText}` : ''}${closed.length ? `, closed: ${closed.length} date${closed.length > 1 ? 's' : ''}` : ''}`,
  })
  engines.set(calendar, engine)
  return calendar
}

function engineOf(calendar: BusinessCalendar): Engine {
  return engines.get(calendar)!
}

// ---------------------------------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------------------------------

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
  const calendar = readBusinessCalendar(options, '', issues)
  issues.throwIfAny('Invalid calendar')
  return calendar!
}

function readArgs(calendar: unknown, instants: [string, unknown][], context: string): { engine: Engine; at: number[] } {
  const issues = new IssueList()
  const cal = readBusinessCalendar(calendar, 'calendar', issues)
  const at = instants.map(([path, value]) => readInstant(value, path, issues))
  issues.throwIfAny(context)
  return { engine: engineOf(cal!), at: at as number[] }
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
  const { engine, at } = readArgs(calendar, [['from', from], ['to', to]], 'Invalid business time query')
  return coveredBetween(engine, at[0]!, at[1]!)
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
  const cal = readBusinessCalendar(calendar, 'calendar', issues)
  const start = readInstant(from, 'from', issues)
  const ms = readDuration(duration, 'duration', issues)
  issues.throwIfAny('Invalid business time query')
  return new Date(advance(engineOf(cal!), start!, ms!))
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
  const { engine, at } = readArgs(calendar, [['from', from]], 'Invalid business time query')
  return new Date(nextCovered(engine, at[0]!))
}

/**
 * Whether the calendar covers the instant `at` (ranges are half-open: 18:00 is outside 09:00-18:00).
 *
 * @example
 * isCovered(office, '2026-05-14T10:00+02:00') // false: Ascension
 */
export function isCovered(calendar: CalendarLike, at: InstantLike): boolean {
  const { engine, at: instants } = readArgs(calendar, [['at', at]], 'Invalid business time query')
  return coveredAt(engine, instants[0]!)
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
    issues.add('year', `must be a whole year from 1 to 9999 (got ${describe(year)})`)
  }
  issues.throwIfAny('Invalid closed-dates query')
  const engine = engineOf(cal!)
  if (!hasClosed(engine)) return []
  return closedYear(engine, year).reasons.map((r) => Object.freeze({ ...r }))
}
