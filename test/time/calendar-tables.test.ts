/**
 * Covered time and deadlines come from each local year compiled into sorted ranges with prefix sums.
 * Here they are checked against a plain walk in steps of 15 minutes that reads the wall clock with Intl,
 * on random calendars: random hours on a 15-minute grid, French holidays, random closed dates, across the
 * DST changes and the new year in Paris (where the local year starts an hour before the UTC one).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addBusinessTime, type BusinessCalendar, businessCalendar, businessTimeBetween, closedDates, type Weekday, type WeeklyHours } from '../../src/time/calendar.js'

const SLOT = 15 * 60_000
const DAY = 86_400_000
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

const hhmm = (slot: number): string => `${String(Math.floor(slot / 4)).padStart(2, '0')}:${String((slot % 4) * 15).padStart(2, '0')}`

/** The ranges of one day: up to three, on the 15-minute grid, sorted and disjoint (slots 0 … 96). */
const dayHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .map((cuts) => {
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
  if (Object.keys(hours).length === 0) hours.mon = ['09:00-18:00']
  return hours
})

const closedDay = fc.integer({ min: 0, max: 2 * 366 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * DAY).toISOString().slice(0, 10))

const calendarOptions = fc.record({
  hours: weekHours,
  french: fc.boolean(),
  closed: fc.uniqueArray(closedDay, { maxLength: 8 }),
})

// Around the changes of 2026 and 2027 in Paris, the new years (local midnight is 23:00 UTC), Ascension and
// Christmas, so that holidays, DST and the year boundary fall inside the spans.
const anchors = ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z', '2026-12-31T23:00:00Z', '2027-03-28T01:00:00Z', '2026-05-14T00:00:00Z', '2026-12-24T12:00:00Z', '2027-12-31T23:00:00Z'].map(Date.parse)

const wallFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })

/** Whether the 15 minutes from `t` are covered, read from the wall clock in Paris. */
function slotCovered(calendar: BusinessCalendar, closed: ReadonlySet<string>, t: number): boolean {
  const parts = Object.fromEntries(wallFormat.formatToParts(t).map((p) => [p.type, p.value]))
  if (closed.has(`${parts.year}-${parts.month}-${parts.day}`)) return false
  const minutes = Number(parts.hour) * 60 + Number(parts.minute)
  return calendar.hours[parts.weekday!.toLowerCase() as Weekday].some((range) => {
    const [s, e] = range.split('-').map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)))
    return s! <= minutes && minutes < e!
  })
}

function build(options: { hours: WeeklyHours; french: boolean; closed: string[] }): { calendar: BusinessCalendar; closed: Set<string> } {
  const calendar = businessCalendar({ timeZone: 'Europe/Paris', hours: options.hours, holidays: options.french ? 'FR' : [], closed: options.closed })
  const closed = new Set<string>()
  for (const year of [2025, 2026, 2027, 2028]) for (const d of closedDates(calendar, year)) closed.add(d.date)
  return { calendar, closed }
}

describe('compiled calendar years against a 15-minute walk of the wall clock', () => {
  it('give the covered time between any two instants of the grid', () => {
    fc.assert(
      fc.property(calendarOptions, fc.constantFrom(...anchors), fc.integer({ min: -4 * 96, max: 96 }), fc.integer({ min: 0, max: 5 * 96 }), (options, around, startSlot, slots) => {
        const { calendar, closed } = build(options)
        const from = around + startSlot * SLOT
        const to = from + slots * SLOT
        let expected = 0
        for (let t = from; t < to; t += SLOT) if (slotCovered(calendar, closed, t)) expected += SLOT
        expect(businessTimeBetween(calendar, from, to)).toBe(expected)
        expect(businessTimeBetween(calendar, to, from)).toBe(expected === 0 ? 0 : -expected)
      }),
      { numRuns: 60 },
    )
  }, 120_000)

  it('give the earliest deadline, to the millisecond, for any covered time', () => {
    fc.assert(
      fc.property(
        calendarOptions,
        fc.constantFrom(...anchors),
        fc.integer({ min: -4 * 96, max: 96 }),
        fc.integer({ min: 1, max: 3 * 96 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 0, max: SLOT - 1 })),
        (options, around, startSlot, slots, short) => {
          const { calendar, closed } = build(options)
          const from = around + startSlot * SLOT
          // `slots` covered slots less `short` ms: the deadline is `short` ms before the end of the last one.
          const duration = slots * SLOT - short
          let seen = 0
          let t = from
          // A sparse calendar may need months: the walk gives up after 40 days, and the case is skipped.
          for (const last = from + 40 * DAY; seen < slots && t < last; t += SLOT) if (slotCovered(calendar, closed, t)) seen++
          fc.pre(seen === slots)
          expect(addBusinessTime(calendar, from, duration).getTime()).toBe(t - short)
        },
      ),
      { numRuns: 60 },
    )
  }, 120_000)
})
