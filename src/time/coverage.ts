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
import { IssueList, present } from '../errors.js'
import { DAY, daysFromCivil, weekdayOfDay, yearOfDay } from './civil.js'
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
  /** Per weekday (Monday 0), the same ranges as pairs, and the covered ms of the week before that day. */
  readonly week: readonly WeekDay[]
  readonly weekTotal: number
  readonly closed: ClosedDays
  /** The local years compiled so far (see {@link YearTable}), filled as they are asked for. */
  readonly tables: YearTables
}

/** One weekday of a calendar's hours. */
interface WeekDay {
  readonly spans: readonly (readonly [number, number])[]
  readonly before: number
}

/**
 * One local year of a calendar, compiled: its covered ranges, closed dates left out, in local ms (the
 * idealised timeline without DST), ascending, with the covered ms of the year before each. Covered time
 * between two local times is then two binary searches, and the local time where a clock runs out one.
 */
interface YearTable {
  /** Local midnight starting 1 January, and the next one. */
  readonly from: number
  readonly to: number
  readonly starts: Float64Array
  readonly ends: Float64Array
  /** Covered ms of the year before each range. */
  readonly before: Float64Array
  /** For each day of the year, how many ranges start before its end: where a search in that day starts. */
  readonly dayEnd: Int32Array
  readonly total: number
}

/**
 * The compiled years of one calendar, and the one last read: clocks ask about the same year in a row.
 * Local years (`byYear`) hold the calendar's hours on the wall clock; UTC years (`byInstantYear`) hold the
 * same coverage as instants, each offset change applied once when the year is compiled, so that a clock's
 * question about a few days is two lookups with no offset to find.
 */
interface YearTables {
  readonly byYear: Map<number, YearTable>
  last: YearTable | undefined
  readonly byInstantYear: Map<number, YearTable>
  lastInstant: YearTable | undefined
}

// Compiling a year costs a walk over its days: worth it for the short stretches a clock asks about again
// and again, not for a one-off sum over centuries, which walks the closed dates instead.
// Stryker disable next-line ArithmeticOperator: the compiled years and the walk give the same figures; the span only picks the faster
const TABLE_SPAN = 31 * DAY
// Years kept per calendar; a walk over centuries starts afresh rather than holding them all.
const TABLES_KEPT = 64
// The instants whose questions the UTC years answer: far from both ends of the accepted range, so that a
// year and the next are always inside it. Outside, the stretch-by-stretch walk answers, as exact.
// Stryker disable next-line ArithmeticOperator: a bound in days rather than ms moves the years the tables answer, and the walk answers the others as exact
const INSTANT_TABLES_FROM = /* @__PURE__ */ daysFromCivil(1800, 1, 1) * DAY
// Stryker disable next-line ArithmeticOperator: a bound in days rather than ms moves the years the tables answer, and the walk answers the others as exact
const INSTANT_TABLES_UNTIL = /* @__PURE__ */ daysFromCivil(9990, 1, 1) * DAY

function coveredInDay(spans: WeekDay['spans'], from: number, to: number): number {
  let total = 0
  for (const [s, e] of spans) {
    total += Math.max(Math.min(e, to) - Math.max(s, from), 0)
  }
  return total
}

/** The hours of a weekday (Monday 0); a calendar's week has all seven, as `weekdayOfDay` gives 0 to 6. */
function weekDay(c: Coverage, weekday: number): WeekDay {
  return present(c.week[weekday])
}

/** Prepares the arithmetic of a calendar from its hours (Monday first), zone and closed days. */
export function makeCoverage(week: readonly DayRanges[], timeZone: string, closed: ClosedDays): Coverage {
  let weekTotal = 0
  const days = week.map((day): WeekDay => {
    const spans: [number, number][] = []
    for (const [s, e] of day) {
      // Adjacent ranges ('08:00-12:00', '12:00-14:00') are one stretch of coverage.
      const last = spans[spans.length - 1]
      if (last !== undefined && last[1] === s) last[1] = e
      else spans.push([s, e])
    }
    const before = weekTotal
    weekTotal += coveredInDay(spans, 0, DAY)
    return { spans, before }
  })
  const ranges = days.map((day) => day.spans.flat())
  return { always: weekTotal === WEEK && closed.none, timeZone, ranges, week: days, weekTotal, closed, tables: { byYear: new Map(), last: undefined, byInstantYear: new Map(), lastInstant: undefined } }
}

/** The compiled local year holding the local time `local`. */
function tableAt(c: Coverage, local: number): YearTable {
  const last = c.tables.last
  if (last !== undefined && local >= last.from && local < last.to) return last
  const year = yearOfDay(Math.floor(local / DAY))
  let table = c.tables.byYear.get(year)
  if (table === undefined) {
    table = compileYear(c, year)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a year dropped is compiled again when asked for; only memory and time change
    if (c.tables.byYear.size >= TABLES_KEPT) c.tables.byYear.clear()
    c.tables.byYear.set(year, table)
  }
  c.tables.last = table
  return table
}

/** The covered ranges of a local year, from its hours and closed dates (read for that year only). */
function compileYear(c: Coverage, year: number): YearTable {
  const first = daysFromCivil(year, 1, 1)
  const next = daysFromCivil(year + 1, 1, 1)
  const starts: number[] = []
  const ends: number[] = []
  for (let day = first; day < next; day++) {
    if (c.closed.has(day)) continue
    const base = day * DAY
    // A range ending at midnight and the next day's starting then stay two: adjacent ranges give the same
    // sums and the same earliest deadline as one.
    for (const [s, e] of weekDay(c, weekdayOfDay(day)).spans) {
      starts.push(base + s)
      ends.push(base + e)
    }
  }
  return yearTable(first * DAY, next * DAY, starts, ends)
}

/** A year's table from its sorted, disjoint ranges: the covered ms before each, and the index by day. */
function yearTable(from: number, to: number, starts: readonly number[], ends: readonly number[]): YearTable {
  const before = new Float64Array(starts.length)
  let total = 0
  for (let k = 0; k < starts.length; k++) {
    before[k] = total
    total += (ends[k] ?? 0) - (starts[k] ?? 0)
  }
  const dayEnd = new Int32Array((to - from) / DAY + 1)
  for (let d = 0, k = 0; d < dayEnd.length; d++) {
    const end = from + (d + 1) * DAY
    while (k < starts.length && (starts[k] ?? 0) < end) k++
    dayEnd[d] = k
  }
  return { from, to, starts: Float64Array.from(starts), ends: Float64Array.from(ends), before, dayEnd, total }
}

/** The compiled UTC year holding the instant `t`: the calendar's coverage as instants. */
function instantTableAt(c: Coverage, t: number): YearTable {
  const last = c.tables.lastInstant
  if (last !== undefined && t >= last.from && t < last.to) return last
  const year = yearOfDay(Math.floor(t / DAY))
  let table = c.tables.byInstantYear.get(year)
  if (table === undefined) {
    table = compileInstantYear(c, year)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a year dropped is compiled again when asked for; only memory and time change
    if (c.tables.byInstantYear.size >= TABLES_KEPT) c.tables.byInstantYear.clear()
    c.tables.byInstantYear.set(year, table)
  }
  c.tables.lastInstant = table
  return table
}

/**
 * The covered instants of a UTC year: for each stretch of one offset, the local years' ranges over the
 * matching local stretch, moved back by the offset. The hour a spring-forward skips is in no stretch; the
 * hour a fall-back repeats is in two, once each.
 */
function compileInstantYear(c: Coverage, year: number): YearTable {
  const from = daysFromCivil(year, 1, 1) * DAY
  const to = daysFromCivil(year + 1, 1, 1) * DAY
  const starts: number[] = []
  const ends: number[] = []
  for (let t = from; t < to; ) {
    const { offset, until } = offsetSpan(c.timeZone, t)
    const end = Math.min(until, to)
    const hi = end + offset
    for (let x = t + offset; x < hi; ) {
      const local = tableAt(c, x)
      // The first range ending after x: ranges are sorted and disjoint, so their ends are sorted too.
      let lo = 0
      let top = local.ends.length
      while (lo < top) {
        const mid = (lo + top) >>> 1
        if ((local.ends[mid] ?? 0) > x) top = mid
        else lo = mid + 1
      }
      for (let k = lo; k < local.starts.length; k++) {
        const s = local.starts[k] ?? 0
        if (s >= hi) break
        // A range across an offset change, or across the local new year, is two adjacent ranges of instants.
        starts.push(Math.max(s, x) - offset)
        ends.push(Math.min(local.ends[k] ?? 0, hi) - offset)
      }
      x = local.to
    }
    t = end
  }
  return yearTable(from, to, starts, ends)
}

/** The first range of table `t` from index `k` on whose covered end reaches `target` (one exists). */
function rangeReaching(t: YearTable, target: number, k: number): number {
  // Galloping from k: a clock's deadline is most often a range or two after its start.
  const last = t.starts.length - 1
  const reaches = (m: number): boolean => (t.before[m] ?? 0) + (t.ends[m] ?? 0) - (t.starts[m] ?? 0) >= target
  // Stryker disable next-line ConditionalExpression,EqualityOperator: from -1 the first step reads no range and moves to 0, as starting there does
  let lo = k < 0 ? 0 : k
  let step = 1
  let hi = lo
  while (hi < last && !reaches(hi)) {
    // Stryker disable next-line ArithmeticOperator: a lower bound one range lower holds the same first range reaching the target
    lo = hi + 1
    // Stryker disable next-line MethodExpression: hi + step never passes last on the first step, so the search spans to last at once and ends on the same range
    hi = Math.min(hi + step, last)
    step *= 2
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (reaches(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/**
 * The earliest instant with `duration` covered ms since `from`, from the UTC years of `from` and the
 * next; NaN when it lies further, for the stretch walk to find.
 */
function instantAdvance(c: Coverage, from: number, duration: number): number {
  // The next year's table would reach past the accepted range.
  if (from >= INSTANT_TABLES_UNTIL) return Number.NaN
  let t = instantTableAt(c, from)
  const base = tablePrefix(t, from)
  let target = base + duration
  let k = prefixRange
  if (target > t.total) {
    target -= t.total
    t = instantTableAt(c, t.to)
    if (target > t.total) return Number.NaN
    k = 0
  }
  const r = rangeReaching(t, target, k)
  return (t.starts[r] ?? 0) + target - (t.before[r] ?? 0)
}

// The range tablePrefix last stopped at (-1 for none): where a search for a clock's end may start.
// Stryker disable next-line UnaryOperator: tablePrefix sets it before instantAdvance reads it
let prefixRange = -1

/** Covered ms of a compiled year from its start to the time `x`, within the year. */
function tablePrefix(t: YearTable, x: number): number {
  // The last range starting at or before x: among those starting by the end of x's day, a day holds few.
  const starts = t.starts
  // Stryker disable next-line LogicalOperator: `&&` starts the search at the last range (a day count is never undefined) or at none when no range starts by that day's end, as `??` does
  let k = (t.dayEnd[Math.floor((x - t.from) / DAY)] ?? starts.length) - 1
  while (k >= 0 && (starts[k] ?? 0) > x) k--
  prefixRange = k
  if (k < 0) return 0
  const start = starts[k] ?? 0
  const end = t.ends[k] ?? 0
  return (t.before[k] ?? 0) + Math.min(x, end) - start
}

/**
 * Covered ms of the stretch [from, to), from <= to, from the compiled years: local years for local times,
 * UTC years for instants.
 */
function tableCovered(c: Coverage, from: number, to: number, instants: boolean): number {
  let t = instants ? instantTableAt(c, from) : tableAt(c, from)
  if (to <= t.to) return tablePrefix(t, to) - tablePrefix(t, from)
  let total = t.total - tablePrefix(t, from)
  for (;;) {
    t = instants ? instantTableAt(c, t.to) : tableAt(c, t.to)
    if (to <= t.to) return total + tablePrefix(t, to)
    // Stryker disable next-line AssignmentOperator: a stretch of at most 31 days never spans a whole year, so this line never runs
    total += t.total
  }
}

/**
 * The compiled-year form of {@link localAdvance}: the local time where `remaining` covered ms since
 * `from` are used up, if at or before `limit`, else what is left at `limit`. Exact as the day walk: the
 * first range whose covered end reaches the target holds the earliest such time.
 */
function tableAdvance(c: Coverage, from: number, remaining: number, limit: number): Advance {
  let t = tableAt(c, from)
  let base = tablePrefix(t, from)
  let left = remaining
  for (;;) {
    const target = base + left
    if (target <= t.total) {
      let lo = 0
      // Stryker disable next-line ArithmeticOperator: the midpoint stays below `hi`, so a search over one more index never reads it and ends on the same range
      let hi = t.starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((t.before[mid] ?? 0) + (t.ends[mid] ?? 0) - (t.starts[mid] ?? 0) >= target) hi = mid
        else lo = mid + 1
      }
      const at = (t.starts[lo] ?? 0) + target - (t.before[lo] ?? 0)
      if (at <= limit) return done(at)
      return notDone(left - (tablePrefix(t, limit) - base))
    }
    if (limit <= t.to) return notDone(left - (tablePrefix(t, limit) - base))
    left -= t.total - base
    t = tableAt(c, t.to)
    base = 0
  }
}

/** Coverage of the open calendar (no closed dates) from the week origin to local time `local`. */
function openPrefix(c: Coverage, local: number): number {
  const fromOrigin = local - WEEK_ORIGIN
  const weeks = Math.floor(fromOrigin / WEEK)
  const inWeek = fromOrigin - weeks * WEEK
  const weekday = Math.floor(inWeek / DAY)
  // weeks × weekTotal never exceeds the elapsed time, so it stays an exact integer.
  const hours = weekDay(c, weekday)
  return weeks * c.weekTotal + hours.before + coveredInDay(hours.spans, 0, inWeek - weekday * DAY)
}

/** Covered ms of the local stretch [from, to), from < to: whole weeks by arithmetic, less each closed day. */
function localCovered(c: Coverage, from: number, to: number): number {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,BooleanLiteral,EqualityOperator,ArithmeticOperator: the compiled years and the count by weeks give the same figure; the test only picks the faster
  if (!c.closed.none && to - from <= TABLE_SPAN) return tableCovered(c, from, to, false)
  let total = openPrefix(c, to) - openPrefix(c, from)
  if (c.closed.none) return total
  const firstDay = Math.floor(from / DAY)
  const lastDay = Math.floor((to - 1) / DAY)
  for (let year = yearOfDay(firstDay), last = yearOfDay(lastDay); year <= last; year++) {
    for (const day of c.closed.daysOf(year)) {
      if (day < firstDay) continue
      if (day > lastDay) break
      const base = day * DAY
      total -= coveredInDay(weekDay(c, weekdayOfDay(day)).spans, Math.max(from - base, 0), Math.min(to - base, DAY))
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
      for (const [s, e] of weekDay(c, weekdayOfDay(day)).spans) {
        if (e > inDay) {
          const at = base + Math.max(s, inDay)
          return at < limit ? at : undefined
        }
      }
    }
    day += 1
    inDay = 0
  }
}

/** Where an advance on one stretch ended; one object reused, so that a clock allocates nothing per step. */
interface Advance {
  done: boolean
  /** The local time reached, when done. */
  at: number
  /** The covered ms still to run, when not done. */
  remaining: number
}

// Stryker disable next-line ObjectLiteral,BooleanLiteral: `done` and `notDone` set every field read before it is read
const STEP: Advance = { done: false, at: 0, remaining: 0 }

function done(at: number): Advance {
  STEP.done = true
  STEP.at = at
  return STEP
}

function notDone(remaining: number): Advance {
  STEP.done = false
  STEP.remaining = remaining
  return STEP
}

/**
 * Walks the local timeline from `from` until `remaining` covered ms have passed (the earliest such local
 * time) or `limit` is reached. Whole weeks without a closed date are skipped in one step.
 */
function localAdvance(c: Coverage, from: number, remaining: number, limit: number): Advance {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the compiled years and the day walk give the same deadline; the test only picks the faster
  if (remaining <= TABLE_SPAN) return tableAdvance(c, from, remaining, limit)
  let day = Math.floor(from / DAY)
  let inDay = from - day * DAY
  for (;;) {
    const base = day * DAY
    if (base >= limit) return notDone(remaining)
    const weekday = weekdayOfDay(day)
    // Seven days from any midnight hold a week's covered time, less the closed days the check finds.
    // Stryker disable next-line BlockStatement: without the skip, the day walk reaches the same deadline day by day
    if (inDay === 0) {
      // Keep at least one covered ms for the day walk, so the deadline is the end of covered time,
      // not the midnight after it.
      let weeks = Math.min(Math.floor((remaining - 1) / c.weekTotal), Math.floor((limit - base) / WEEK))
      if (weeks > 0) {
        const closed = c.closed.next(day, day + 7 * weeks - 1)
        if (closed !== undefined) weeks = Math.floor((closed - day) / 7)
      }
      // Stryker disable next-line BlockStatement: without the skip, the day walk reaches the same deadline day by day
      if (weeks > 0) {
        day += 7 * weeks
        remaining -= weeks * c.weekTotal
        continue
      }
    }
    if (!c.closed.has(day)) {
      for (const [s, end] of weekDay(c, weekday).spans) {
        const start = Math.max(s, inDay)
        if (end <= start) continue
        const a = base + start
        if (a >= limit) return notDone(remaining)
        const b = Math.min(base + end, limit)
        if (remaining <= b - a) return done(a + remaining)
        remaining -= b - a
      }
    }
    day += 1
    inDay = 0
  }
}

function noCoverage(after: number): never {
  const issues = new IssueList()
  issues.add('calendar', `has no covered time in the year after ${formatInstant(after)}: check its hours and closed dates`, 'never-covered', { after: formatInstant(after) })
  issues.throwIfAny('Calendar never open')
  // Stryker disable next-line StringLiteral: throwIfAny has thrown, this line is never reached
  throw new Error('unreachable')
}

function beyondRange(path = 'duration'): never {
  const issues = new IssueList()
  issues.add(path, `leads past the last instant accepted (${formatInstant(MAX_INSTANT)}, the end of year 9999)`, 'deadline-range', { max: formatInstant(MAX_INSTANT) })
  issues.throwIfAny('Deadline out of range')
  // Stryker disable next-line StringLiteral: throwIfAny has thrown, this line is never reached
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
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: the UTC years and the stretch walk give the same figure; the test only picks the faster
  if (to - from <= TABLE_SPAN && from >= INSTANT_TABLES_FROM && to < INSTANT_TABLES_UNTIL) return tableCovered(c, from, to, true)
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
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: the UTC years and the stretch walk give the same deadline for any year they hold, and no negative duration reaches here; the test only picks the faster
  if (duration > 0 && from >= INSTANT_TABLES_FROM) {
    const at = instantAdvance(c, from, duration)
    if (!Number.isNaN(at)) return at
  }
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
  // Stryker disable next-line ConditionalExpression: a round-the-clock calendar covers `from` itself, which the walk finds first
  if (c.always) return from
  // `from` is at most the last instant accepted; a stretch that covers nothing moves on, and a search that
  // finds nothing stops at MAX_GAP: the instant found is the one to check against the range.
  for (let t = from; ; ) {
    const { offset, until } = stretch(c, t)
    const local = localNextCovered(c, t + offset, until + offset)
    // The last instant accepted may itself be covered: only past it is out of range.
    if (local !== undefined) return local - offset > MAX_INSTANT ? beyondRange('from') : local - offset
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
  for (const [s, e] of weekDay(c, weekdayOfDay(day)).spans) if (s <= inDay && inDay < e) return true
  return false
}
