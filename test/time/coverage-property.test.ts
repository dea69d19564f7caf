/**
 * The covered-time arithmetic against a plain walk of the wall clock, on random calendars in zones with
 * every kind of offset change, over several years: covered time between two instants, deadlines from
 * minutes to years of covered time, the next covered instant, and whether an instant is covered.
 *
 * The reference reads only what a calendar's author wrote: the ranges of each weekday, the closed dates,
 * the day of the month a rule closes, and the wall clock of the zone from Intl. Hours sit on a 15-minute
 * grid, and every offset of these zones, and every instant where one changes, is a whole number of
 * quarter hours from midnight UTC: so a quarter hour of UTC time is covered or not as a whole, and the
 * reference decides it once, from the wall clock at its start.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addBusinessTime, businessCalendar, type BusinessCalendar, businessTimeBetween, isCovered, nextCoveredInstant, type Weekday, type WeeklyHours } from '../../src/time/calendar.js'

const MINUTE = 60_000
const SLOT = 15 * MINUTE
const DAY = 86_400_000
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
// Date#getUTCDay's order, Sunday 0.
const BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

// UTC (no change), Paris and New York (an hour at 01:00 UTC and 02:00 local), Lord Howe (half an hour),
// Santiago (clocks skip local midnight, so a day starts at 01:00), Kathmandu (+05:45, no change).
const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu'] as const

// The reference knows every quarter hour of 2026, 2027 and 2028; queries start in 2026-02-01 … 2028-07-01,
// so that a deadline or a next covered instant they ask for is most often inside too.
const WINDOW_FROM = Date.UTC(2026, 0, 1)
const WINDOW_TO = Date.UTC(2029, 0, 1)
const SLOTS = (WINDOW_TO - WINDOW_FROM) / SLOT
const QUERY_FROM = Date.UTC(2026, 1, 1)
const QUERY_TO = Date.UTC(2028, 6, 1)

const formats = new Map<string, Intl.DateTimeFormat>()

/** The wall clock of `zone` at `t`, as ms of a UTC timeline (so `Math.floor(x / DAY)` is the local date). */
function wallClock(zone: string, t: number): number {
  let format = formats.get(zone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
    formats.set(zone, format)
  }
  const p = Object.fromEntries(format.formatToParts(t).map((x) => [x.type, Number(x.value)]))
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!)
}

const offsetsByZone = new Map<string, Int32Array>()

/**
 * The offset (wall clock less UTC, in minutes) at the start of every quarter hour of the window. Read from
 * Intl at each UTC midnight; a day whose two midnights differ is read quarter by quarter.
 */
function offsets(zone: string): Int32Array {
  const known = offsetsByZone.get(zone)
  if (known !== undefined) return known
  const out = new Int32Array(SLOTS)
  const perDay = DAY / SLOT
  let atMidnight = (wallClock(zone, WINDOW_FROM) - WINDOW_FROM) / MINUTE
  for (let d = 0; d * perDay < SLOTS; d++) {
    const midnight = WINDOW_FROM + d * DAY
    const next = (wallClock(zone, midnight + DAY) - midnight - DAY) / MINUTE
    for (let q = 0; q < perDay; q++) {
      const t = midnight + q * SLOT
      out[d * perDay + q] = next === atMidnight ? atMidnight : (wallClock(zone, t) - t) / MINUTE
    }
    atMidnight = next
  }
  offsetsByZone.set(zone, out)
  return out
}

interface Options {
  zone: string
  /** Per weekday, Monday first, ranges in minutes since local midnight. */
  week: [number, number][][]
  closed: string[]
  /** A holiday rule closing this day of every month, if any. */
  monthly: number | undefined
}

const minutesText = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

/**
 * A day's hours: quarter-hour cuts, each stretch between two cuts covered or not. Two covered stretches in
 * a row are two ranges that touch (`08:00-12:00`, `12:00-14:00`), and a day may run to 24:00.
 */
const dayHours = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 7 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.boolean())
  .map(([cuts, covered, wholeDay]): [number, number][] => {
    if (wholeDay) return [[0, 24 * 60]]
    const sorted = [...cuts].sort((a, b) => a - b)
    const ranges: [number, number][] = []
    for (let i = 0; i + 1 < sorted.length; i++) if (covered[i]) ranges.push([sorted[i]! * 15, sorted[i + 1]! * 15])
    return ranges
  })

const closedDate = fc.integer({ min: 0, max: (WINDOW_TO - WINDOW_FROM) / DAY - 1 }).map((n) => new Date(WINDOW_FROM + n * DAY).toISOString().slice(0, 10))

const options: fc.Arbitrary<Options> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    week: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
    closed: fc.uniqueArray(closedDate, { maxLength: 120 }),
    monthly: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  })
  .map((o) => (o.week.some((d) => d.length > 0) ? o : { ...o, week: [[[9 * 60, 18 * 60]], ...o.week.slice(1)] }))

function build(o: Options): BusinessCalendar {
  const hours: WeeklyHours = {}
  o.week.forEach((ranges, i) => {
    if (ranges.length > 0) hours[DAYS[i]!] = ranges.map(([s, e]) => `${minutesText(s)}-${minutesText(e)}`)
  })
  const month = (m: number) => String(m).padStart(2, '0')
  const rule = o.monthly === undefined ? [] : [(year: number) => Array.from({ length: 12 }, (_, m) => `${year}-${month(m + 1)}-${month(o.monthly!)}`)]
  return businessCalendar({ timeZone: o.zone, hours, holidays: rule, closed: o.closed })
}

/** For each quarter hour of the window, 1 when the wall clock shows a covered time on an open day. */
function slotsOf(o: Options): Uint8Array {
  const offset = offsets(o.zone)
  const closed = new Set(o.closed.map((d) => Date.parse(d) / DAY))
  // Per weekday, whether each quarter hour of the day is in one of its ranges.
  const quarters = o.week.map((ranges) => Uint8Array.from({ length: 96 }, (_, q) => (ranges.some(([s, e]) => s <= q * 15 && q * 15 < e) ? 1 : 0)))
  const none = new Uint8Array(96)
  const out = new Uint8Array(SLOTS)
  let date = Number.NaN
  let day = none
  for (let i = 0; i < SLOTS; i++) {
    const wall = WINDOW_FROM + i * SLOT + offset[i]! * MINUTE
    if (Math.floor(wall / DAY) !== date) {
      // A new local date: its weekday's quarters, or none when it is closed.
      date = Math.floor(wall / DAY)
      const d = new Date(date * DAY)
      const open = !closed.has(date) && d.getUTCDate() !== o.monthly
      day = open ? quarters[DAYS.indexOf(BY_UTC_DAY[d.getUTCDay()]!)]! : none
    }
    out[i] = day[(wall - date * DAY) / SLOT]!
  }
  return out
}

const slotAt = (t: number): number => Math.floor((t - WINDOW_FROM) / SLOT)
const slotStart = (i: number): number => WINDOW_FROM + i * SLOT

/** Covered ms of [from, to), from <= to, quarter by quarter. */
function walkBetween(covered: Uint8Array, from: number, to: number): number {
  let total = 0
  for (let i = slotAt(from); slotStart(i) < to; i++) {
    if (covered[i] === 0) continue
    total += Math.min(slotStart(i + 1), to) - Math.max(slotStart(i), from)
  }
  return total
}

/** The earliest instant with `duration` covered ms since `from`, duration > 0, if inside the window. */
function walkDeadline(covered: Uint8Array, from: number, duration: number): number | undefined {
  let left = duration
  for (let i = slotAt(from); i < SLOTS; i++) {
    if (covered[i] === 0) continue
    const start = Math.max(slotStart(i), from)
    const length = slotStart(i + 1) - start
    if (left <= length) return start + left
    left -= length
  }
  return undefined
}

function walkNext(covered: Uint8Array, from: number): number | undefined {
  for (let i = slotAt(from); i < SLOTS; i++) if (covered[i] === 1) return Math.max(slotStart(i), from)
  return undefined
}

// An instant anywhere in the queries' years, or on a quarter hour, where ranges start and end.
const instant = fc.oneof(
  fc.integer({ min: QUERY_FROM, max: QUERY_TO }),
  fc.integer({ min: 0, max: (QUERY_TO - QUERY_FROM) / SLOT }).map((i) => QUERY_FROM + i * SLOT),
)

// How far the second instant or the deadline lies: hours, weeks, or up to the end of the window (years).
type Reach = { ms: number } | { share: number }
const reach: fc.Arbitrary<Reach> = fc.oneof(
  fc.integer({ min: 0, max: 3 * DAY }).map((ms) => ({ ms })),
  fc.integer({ min: 0, max: 120 * DAY }).map((ms) => ({ ms })),
  fc.integer({ min: 0, max: 400 * DAY }).map((ms) => ({ ms })),
  fc.double({ min: 0, max: 1, noNaN: true }).map((share) => ({ share })),
)

describe('covered time against a walk of the wall clock, quarter hour by quarter hour', () => {
  it('agrees on the covered time between two instants, over hours to years', () => {
    fc.assert(
      fc.property(options, fc.array(fc.tuple(instant, reach), { minLength: 1, maxLength: 8 }), (o, queries) => {
        const calendar = build(o)
        const covered = slotsOf(o)
        for (const [from, far] of queries) {
          const to = 'ms' in far ? Math.min(from + far.ms, WINDOW_TO) : from + Math.floor((WINDOW_TO - from) * far.share)
          const expected = walkBetween(covered, from, to)
          expect(businessTimeBetween(calendar, from, to)).toBe(expected)
          expect(businessTimeBetween(calendar, to, from)).toBe(expected === 0 ? 0 : -expected)
        }
      }),
      { numRuns: 30 },
    )
  }, 60_000)

  it('agrees on deadlines from a minute to years of covered time, to the millisecond', () => {
    fc.assert(
      fc.property(options, fc.array(fc.tuple(instant, reach, fc.oneof(fc.constant(0), fc.integer({ min: 0, max: SLOT - 1 }))), { minLength: 1, maxLength: 8 }), (o, queries) => {
        const calendar = build(o)
        const covered = slotsOf(o)
        for (const [from, far, short] of queries) {
          // A duration of whole quarter hours (less `short` ms), or a share of what is left in the window.
          const left = walkBetween(covered, from, WINDOW_TO)
          const wanted = 'ms' in far ? Math.ceil(far.ms / SLOT) * SLOT - short : Math.floor(left * far.share)
          const duration = Math.max(1, Math.min(wanted, left))
          const expected = walkDeadline(covered, from, duration)
          if (expected === undefined) continue // nothing covered left in the window
          expect(addBusinessTime(calendar, from, duration).getTime()).toBe(expected)
        }
      }),
      { numRuns: 30 },
    )
  }, 60_000)

  it('agrees on the next covered instant and on whether an instant is covered', () => {
    fc.assert(
      fc.property(options, fc.array(instant, { minLength: 1, maxLength: 12 }), (o, instants) => {
        const calendar = build(o)
        const covered = slotsOf(o)
        for (const t of instants) {
          expect(isCovered(calendar, t)).toBe(covered[slotAt(t)] === 1)
          const next = walkNext(covered, t)
          if (next !== undefined) expect(nextCoveredInstant(calendar, t).getTime()).toBe(next)
        }
      }),
      { numRuns: 30 },
    )
  }, 60_000)
})
