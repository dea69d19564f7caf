/**
 * The arithmetic of a calendar made from its parts, without the calendar module: the hours as the
 * measurement window and the business-day count read them (`ranges`), the covered time of a week, and
 * the four questions a clock asks. A fault in preparing the hours then fails these tests one by one,
 * rather than breaking `ALWAYS` as the calendar module loads.
 */
import { describe, expect, it } from 'vitest'
import { DAY, daysFromCivil, HOUR } from '../../src/time/civil.js'
import { ClosedDays } from '../../src/time/closed-dates.js'
import { advance, coveredAt, coveredBetween, makeCoverage, nextCovered } from '../../src/time/coverage.js'
import { type DayRanges } from '../../src/time/weekly-hours.js'

const none = (): ClosedDays => new ClosedDays([], 'UTC')
const closedOn = (year: number, month: number, day: number): ClosedDays => {
  const d = daysFromCivil(year, month, day)
  return new ClosedDays([{ kind: 'dates', byYear: new Map([[year, [{ day: d, closed: true }]]]) }], 'UTC')
}
/** Monday as given, nothing on the other days. */
const mondays = (monday: DayRanges): DayRanges[] => [monday, [], [], [], [], [], []]
const at = (iso: string): number => Date.parse(iso)

describe('a calendar prepared from its hours', () => {
  it('joins ranges that touch and keeps apart those that do not, as the window and the business days read them', () => {
    // Monday 08:00–12:00 and 12:00–14:00 are one stretch, 08:00–14:00; 15:00–16:00 stays apart: 7 h a week.
    const c = makeCoverage(mondays([[8 * HOUR, 12 * HOUR], [12 * HOUR, 14 * HOUR], [15 * HOUR, 16 * HOUR]]), 'UTC', none())
    expect(c.ranges[0]).toEqual([8 * HOUR, 14 * HOUR, 15 * HOUR, 16 * HOUR])
    expect(c.ranges.slice(1)).toEqual([[], [], [], [], [], []])
    expect(c.weekTotal).toBe(7 * HOUR)
    expect(c.always).toBe(false)
  })

  it('answers the four questions on Monday 2 March 2026 for 08:00–12:00 and 13:00–14:00 UTC', () => {
    const c = makeCoverage(mondays([[8 * HOUR, 12 * HOUR], [13 * HOUR, 14 * HOUR]]), 'UTC', none())
    expect(c.weekTotal).toBe(5 * HOUR)
    // The lunch hour is not covered: 5 h that Monday; from 11:00 to 13:30, 11–12 and 13–13:30: 1.5 h.
    expect(coveredBetween(c, at('2026-03-02T00:00Z'), at('2026-03-03T00:00Z'))).toBe(5 * HOUR)
    expect(coveredBetween(c, at('2026-03-02T11:00Z'), at('2026-03-02T13:30Z'))).toBe(1.5 * HOUR)
    expect(coveredAt(c, at('2026-03-02T12:30Z'))).toBe(false)
    expect(coveredAt(c, at('2026-03-02T13:00Z'))).toBe(true)
    expect(nextCovered(c, at('2026-03-02T12:30Z'))).toBe(at('2026-03-02T13:00Z'))
    // 4 h from 08:00 end at noon, the end of the first range, not at 13:00.
    expect(advance(c, at('2026-03-02T08:00Z'), 4 * HOUR)).toBe(at('2026-03-02T12:00Z'))
    expect(advance(c, at('2026-03-02T08:00Z'), 4.5 * HOUR)).toBe(at('2026-03-02T13:30Z'))
  })

  it('counts each weekday of a week in its place', () => {
    // Monday 1 h, Wednesday 2 h, Sunday 4 h: 7 h a week. From Monday 2 March 2026 00:00, Wednesday's hours
    // come after Monday's 1 h, Sunday's after 3 h.
    const week: DayRanges[] = [[[9 * HOUR, 10 * HOUR]], [], [[9 * HOUR, 11 * HOUR]], [], [], [], [[9 * HOUR, 13 * HOUR]]]
    const c = makeCoverage(week, 'UTC', none())
    expect(c.weekTotal).toBe(7 * HOUR)
    expect(coveredBetween(c, at('2026-03-02T00:00Z'), at('2026-03-05T00:00Z'))).toBe(3 * HOUR)
    expect(coveredBetween(c, at('2026-03-04T10:00Z'), at('2026-03-08T10:00Z'))).toBe(2 * HOUR)
    expect(advance(c, at('2026-03-02T00:00Z'), 3 * HOUR + 1)).toBe(at('2026-03-08T09:00Z') + 1)
  })

  it('is round-the-clock only when every hour of every day is covered and no day can close', () => {
    const allWeek: DayRanges[] = Array.from({ length: 7 }, () => [[0, DAY]])
    expect(makeCoverage(allWeek, 'UTC', none()).always).toBe(true)
    const christmas = makeCoverage(allWeek, 'UTC', closedOn(2026, 12, 25))
    expect(christmas.always).toBe(false)
    // 24 December to 27 December 2026: 72 h less the closed 25th.
    expect(coveredBetween(christmas, at('2026-12-24T00:00Z'), at('2026-12-27T00:00Z'))).toBe(48 * HOUR)
    expect(makeCoverage(mondays([[0, DAY]]), 'UTC', none()).always).toBe(false)
  })
})
