/**
 * Every month from 1850 to 2100, and the months of the years 1 to 99 (those a Date reads as 19xx), in
 * every IANA time zone the runtime knows: the start monthPeriod gives is the one found here from Intl
 * alone, by another road. A month starts at the first instant whose wall clock shows the 1st at 00:00 or
 * later, when the instant just before still shows the month before.
 */
import { describe, expect, it } from 'vitest'
import { monthPeriod } from '../../src/index.js'

const SECOND = 1000
const HOUR = 3_600_000

const TEXT = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/

/** The wall clock of a zone at an instant, as milliseconds written as if in UTC, from Intl's text. */
function wallClockReader(timeZone: string): (t: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  })
  const date = new Date(0)
  return (t) => {
    const m = TEXT.exec(format.format(t))
    if (!m) throw new Error(`unexpected text ${format.format(t)}`)
    date.setUTCFullYear(m[4] === 'BC' ? 1 - Number(m[3]) : Number(m[3]), Number(m[1]) - 1, Number(m[2]))
    date.setUTCHours(Number(m[5]), Number(m[6]), Number(m[7]), 0)
    return date.getTime()
  }
}

function midnight(year: number, month: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, 1)
  return date.getTime()
}

const EVERY_MONTH = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]

/** Checks the given months of the years [from, to] in one zone; returns the months whose start differs. */
function checkZone(timeZone: string, from: number, to: number, months = EVERY_MONTH): string[] {
  const wallAt = wallClockReader(timeZone)
  const wrong: string[] = []
  let guess = 0 // the offset found for the month before; it rarely changes from one month to the next
  for (let year = from; year <= to; year++) {
    for (const month of months) {
      const wall = midnight(year, month)
      let want: number | undefined
      for (let k = 0; k < 2 && want === undefined; k++) {
        const t = wall - (k === 0 ? guess : wallAt(wall) - wall)
        if (wallAt(t) === wall && wallAt(t - 1) < wall) want = t
      }
      if (want !== undefined) guess = wall - want
      else {
        // A midnight skipped, or an offset that changed twice nearby: walk the day around it in quarter
        // hours from the earliest instant that could show it, then halve to the millisecond.
        let lo = wall - 16 * HOUR
        while (wallAt(lo + 15 * 60_000) < wall) lo += 15 * 60_000
        let hi = lo + 15 * 60_000
        while (hi - lo > 1) {
          const mid = lo + Math.floor((hi - lo) / 2)
          if (wallAt(mid) >= wall) hi = mid
          else lo = mid
        }
        want = hi
        guess = wallAt(want) - Math.floor(want / SECOND) * SECOND
      }
      const got = monthPeriod({ year, month, timeZone }).start.getTime()
      if (got !== want) wrong.push(`${timeZone} ${year}-${month}: ${new Date(got).toISOString()}, want ${new Date(want).toISOString()}`)
    }
  }
  return wrong
}

const zones = Intl.supportedValuesOf('timeZone')

describe('monthPeriod in every time zone', () => {
  it('starts every month of 1850–2100 where Intl says it does', () => {
    const wrong = zones.flatMap((zone) => checkZone(zone, 1850, 2100))
    expect(wrong.slice(0, 20)).toEqual([])
    expect(wrong.length).toBe(0)
  }, 240_000)

  it('starts the months of the years 1 to 99 where Intl says it does', () => {
    // Local mean time holds all through these years, so the months either side of a year's end and of
    // February stand for the rest; every month of the first and last years is checked.
    const wrong = zones.flatMap((zone) => [...checkZone(zone, 1, 1), ...checkZone(zone, 2, 98, [1, 2, 3, 12]), ...checkZone(zone, 99, 99)])
    expect(wrong.slice(0, 20)).toEqual([])
  }, 240_000)
})
