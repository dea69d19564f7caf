import { offsetSpan } from '../time/zone-transitions.js'
import { type AvailabilityReport, downtimeStretches } from './measure.js'

const HOUR = 3_600_000

/** The downtime of one clock hour of a report's period. */
export interface ClockHourDowntime {
  /** The hour's first instant inside the period, epoch ms. */
  readonly start: number
  /** The first instant after the hour, or the period's end if sooner. */
  readonly end: number
  /** Weighted downtime in the hour, in units of 1/`scale` millisecond (the report's `exact.scale`). */
  readonly downtimeUnits: number
}

/**
 * The clock hours of a report's period that hold some downtime, in order, each with its weighted downtime.
 * An hour is a stretch of one hour of the wall clock of `timeZone` (a UTC hour in UTC); an hour cut by the
 * period's bounds keeps the part inside the period.
 *
 * @example
 * const report = measureAvailability({ commitment, period: monthPeriod({ year: 2026, month: 4 }), incidents: [{ start: '2026-04-07T10:50:00Z', end: '2026-04-07T11:07:00Z' }] })
 * downtimeByClockHour(report, 'UTC').map((h) => h.downtimeUnits) // [600000, 420000]: 10 min in the 10:00 hour, 7 in the 11:00 hour
 */
export function downtimeByClockHour(report: AvailabilityReport, timeZone: string): ClockHourDowntime[] {
  const periodStart = report.period.start.getTime()
  const periodEnd = report.period.end.getTime()
  const hours: { start: number; end: number; downtimeUnits: number }[] = []
  for (const stretch of downtimeStretches(report)) {
    let t = stretch.start
    while (t < stretch.end) {
      const span = timeZone === 'UTC' ? { offset: 0, until: Number.POSITIVE_INFINITY } : offsetSpan(timeZone, t)
      const local = t + span.offset
      // The hour's first instant on this offset; a change of offset ends the hour there.
      const hourStart = local - (((local % HOUR) + HOUR) % HOUR) - span.offset
      const hourEnd = Math.min(hourStart + HOUR, span.until, periodEnd)
      const pieceEnd = Math.min(hourEnd, stretch.end)
      const units = (pieceEnd - t) * stretch.units
      const start = Math.max(hourStart, periodStart)
      const last = hours[hours.length - 1]
      if (last && last.start === start) last.downtimeUnits += units
      else hours.push({ start, end: hourEnd, downtimeUnits: units })
      t = pieceEnd
    }
  }
  return hours
}
