/**
 * A clock's questions about a few weeks (covered time between two instants, the earliest deadline) are
 * answered from the calendar's UTC years compiled as covered instants, with a running covered-time sum:
 * two lookups, the zone's offset changes applied once per year. Here both answers are checked against a
 * plain walk minute by minute that reads the wall clock with Intl, on random calendars (hours to the
 * minute, French holidays, closed dates) in zones whose changes are of an hour, of half an hour (Lord
 * Howe), at odd local times (Chatham, 02:45), at local midnight (Santiago), or that have none (Kathmandu,
 * +05:45), over spans across the changes and the new year, some longer than the span the tables answer.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addBusinessTime, type BusinessCalendar, businessCalendar, businessTimeBetween, closedDates, type Weekday, type WeeklyHours } from '../../src/time/calendar.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const ZONES = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'Asia/Kathmandu', 'UTC'] as const

const hhmm = (minute: number): string => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`

/** The ranges of one day: up to three, to the minute, sorted and disjoint (minutes 0 … 1440). */
const dayHours = fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 0, maxLength: 6 }).map((cuts) => {
  const sorted = [...cuts].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push(`${hhmm(sorted[i]!)}-${hhmm(sorted[i + 1]!)}`)
  return ranges
})

/** Every day gets hours or none; at least one range somewhere, so the clock runs. */
const weekHours = fc.tuple(...DAYS.map(() => dayHours)).map((days) => {
  const hours: WeeklyHours = {}
  days.forEach((ranges, i) => {
    if (ranges.length > 0) hours[DAYS[i]!] = ranges
  })
  if (Object.keys(hours).length === 0) hours.wed = ['09:00-18:00']
  return hours
})

const closedDay = fc.integer({ min: 0, max: 3 * 366 }).map((n) => new Date(Date.UTC(2025, 11, 1) + n * DAY).toISOString().slice(0, 10))

const calendarOptions = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  hours: weekHours,
  french: fc.boolean(),
  closed: fc.uniqueArray(closedDay, { maxLength: 8 }),
})

// The new years and the offset changes of 2026 and 2027 in these zones (March and October or November in
// the north; April and September or October in the south): a span starts up to three weeks before one.
const anchors = [2026, 2027].flatMap((y) => [[0, 1], [2, 8], [2, 29], [3, 5], [8, 6], [8, 27], [9, 4], [9, 25], [10, 1], [11, 31]].map(([m, d]) => Date.UTC(y, m!, d!)))

const formats = new Map<string, Intl.DateTimeFormat>()

/** The wall clock of `zone` at `t` (a whole minute), as ms of an idealised local timeline. */
function wallClock(zone: string, t: number): number {
  let format = formats.get(zone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
    formats.set(zone, format)
  }
  const p = Object.fromEntries(format.formatToParts(t).map((x) => [x.type, Number(x.value)]))
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!)
}

/**
 * Whether each minute from `from` (a whole minute) is covered, read from the wall clock: the offset is read
 * with Intl at each hour and, in an hour where it changes, at each minute.
 */
function minuteWalk(calendar: BusinessCalendar, closed: ReadonlySet<string>): (t: number) => boolean {
  const zone = calendar.timeZone
  const ranges = DAYS.map((d) => calendar.hours[d].map((r) => r.split('-').map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)))))
  const hourOffsets = new Map<number, number | undefined>()
  const offsetAt = (t: number): number => {
    const hour = Math.floor(t / HOUR) * HOUR
    if (!hourOffsets.has(hour)) {
      const a = wallClock(zone, hour) - hour
      const b = wallClock(zone, hour + HOUR - MINUTE) - (hour + HOUR - MINUTE)
      hourOffsets.set(hour, a === b ? a : undefined)
    }
    return hourOffsets.get(hour) ?? wallClock(zone, t) - t
  }
  return (t: number): boolean => {
    const local = t + offsetAt(t)
    const date = new Date(local)
    if (closed.has(date.toISOString().slice(0, 10))) return false
    const minutes = date.getUTCHours() * 60 + date.getUTCMinutes()
    const weekday = (date.getUTCDay() + 6) % 7
    return ranges[weekday]!.some(([s, e]) => s! <= minutes && minutes < e!)
  }
}

function build(options: { timeZone: string; hours: WeeklyHours; french: boolean; closed: string[] }): { calendar: BusinessCalendar; closed: Set<string> } {
  const calendar = businessCalendar({ timeZone: options.timeZone, hours: options.hours, holidays: options.french ? 'FR' : [], closed: options.closed })
  const closed = new Set<string>()
  for (let year = 2025; year <= 2029; year++) for (const d of closedDates(calendar, year)) closed.add(d.date)
  return { calendar, closed }
}

/** A start up to three weeks before an anchor, to the minute. */
const start = fc.tuple(fc.constantFrom(...anchors), fc.integer({ min: -21 * 24 * 60, max: 2 * 24 * 60 })).map(([anchor, minutes]) => anchor + minutes * MINUTE)

describe('the UTC years of a calendar against a walk of the wall clock, minute by minute', () => {
  it('give the covered time between two instants, both ways, over spans of up to 40 days', () => {
    fc.assert(
      fc.property(calendarOptions, start, fc.integer({ min: 0, max: 40 * 24 * 60 }), (options, from, minutes) => {
        const { calendar, closed } = build(options)
        const to = from + minutes * MINUTE
        const covered = minuteWalk(calendar, closed)
        let expected = 0
        for (let t = from; t < to; t += MINUTE) if (covered(t)) expected += MINUTE
        expect(businessTimeBetween(calendar, from, to)).toBe(expected)
        expect(businessTimeBetween(calendar, to, from)).toBe(expected === 0 ? 0 : -expected)
      }),
      { numRuns: 120 },
    )
  }, 240_000)

  it('give the earliest deadline, to the millisecond, for any covered time', () => {
    fc.assert(
      fc.property(calendarOptions, start, fc.integer({ min: 1, max: 15 * 24 * 60 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MINUTE - 1 })), (options, from, minutes, short) => {
        const { calendar, closed } = build(options)
        const covered = minuteWalk(calendar, closed)
        // `minutes` covered minutes less `short` ms: the deadline is `short` ms before the end of the last one.
        let seen = 0
        let t = from
        // A sparse calendar may need months: the walk gives up after 45 days, and the case is skipped.
        for (const last = from + 45 * DAY; seen < minutes && t < last; t += MINUTE) if (covered(t)) seen++
        fc.pre(seen === minutes)
        const deadline = addBusinessTime(calendar, from, minutes * MINUTE - short).getTime()
        expect(deadline).toBe(t - short)
        // And the covered time to it is what was asked.
        expect(businessTimeBetween(calendar, from, deadline)).toBe(minutes * MINUTE - short)
      }),
      { numRuns: 120 },
    )
  }, 240_000)
})
