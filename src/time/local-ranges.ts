/**
 * Stretches of wall-clock time turned into stretches of instants: the covered hours of a calendar, or a
 * schedule of maintenance windows, over a period.
 *
 * Between two offset changes local time is the instant plus a constant offset, so each day's local ranges
 * are read on that stretch and shifted back, as `coverage.ts` does for sums: a range in the hour a
 * spring-forward skips is partly off the wall clock and lasts less; one in the hour a fall-back repeats
 * lasts more.
 */
import { DAY, weekdayOfDay } from './civil.js'
import { type Coverage } from './coverage.js'
import { offsetSpan } from './zone-transitions.js'

/**
 * The instants in `[from, to)` whose wall clock in `timeZone` falls in a range of its day, as sorted,
 * disjoint, merged pairs `[start, end, start, end …]`. `rangesOfDay(day)` gives the ranges of a local day
 * (a day number since 1970-01-01) in ms since its midnight, sorted and disjoint, flat.
 */
export function localIntervals(timeZone: string, from: number, to: number, rangesOfDay: (day: number) => readonly number[]): number[] {
  const out: number[] = []
  for (let t = from; t < to; ) {
    const { offset, until } = offsetSpan(timeZone, t)
    const end = Math.min(until, to)
    const localFrom = t + offset
    const localTo = end + offset
    for (let day = Math.floor(localFrom / DAY), last = Math.floor((localTo - 1) / DAY); day <= last; day++) {
      const base = day * DAY
      const ranges = rangesOfDay(day)
      for (let i = 0; i < ranges.length; i += 2) {
        const lo = ranges[i]
        const hi = ranges[i + 1]
        // Ranges come in pairs; the check lets the compiler see both bounds.
        if (lo === undefined || hi === undefined) break
        const a = Math.max(base + lo, localFrom) - offset
        const b = Math.min(base + hi, localTo) - offset
        if (b <= a) continue
        // Ranges meeting at midnight or at an offset change are one stretch.
        if (out.length > 0 && out[out.length - 1] === a) out[out.length - 1] = b
        else out.push(a, b)
      }
    }
    t = end
  }
  return out
}

/** The covered stretches of a calendar in `[from, to)`, as {@link localIntervals} gives them. */
export function coveredIntervals(c: Coverage, from: number, to: number): number[] {
  if (c.always) return to > from ? [from, to] : []
  const none: readonly number[] = []
  return localIntervals(c.timeZone, from, to, (day) => (c.closed.has(day) ? none : c.ranges[weekdayOfDay(day)] ?? none))
}
