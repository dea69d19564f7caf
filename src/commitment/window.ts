/**
 * The measurement window of a commitment, compiled: service hours, recurring maintenance windows and the
 * in-service rule, read once so that every measurement under the commitment only has to lay them on a period.
 */
import { type IssueList, joinPath } from '../errors.js'
import { civilFromDays, weekdayOfDay } from '../time/civil.js'
import { ALWAYS, type BusinessCalendar, coverageOf, readBusinessCalendar } from '../time/calendar.js'
import { coveredIntervals, localIntervals } from '../time/local-ranges.js'
import { readRange, WEEKDAYS } from '../time/weekly-hours.js'

/** A recurring maintenance window, compiled: when it recurs and its local hours. */
export interface MaintenanceWindow {
  readonly every: 'day' | 'week' | 'month'
  /** Weekdays it falls on, Monday 0 (every weekday for `day`). */
  readonly weekdays: readonly number[]
  /** For `month`: which of the month's weekdays, 1 to 5, or -1 for the last. */
  readonly nth?: number
  /** Local start and end, in ms since midnight. */
  readonly fromMs: number
  readonly toMs: number
  /** As written, e.g. `month sun #1 02:00-04:00`. */
  readonly label: string
}

/** The measurement window of a commitment, compiled. */
export interface ServiceWindowRules {
  /** Service hours: only their time is measured. */
  readonly hours: BusinessCalendar
  /** Recurring maintenance windows, read in {@link timeZone}. */
  readonly maintenance: readonly MaintenanceWindow[]
  /** The commitment's time zone, in which the maintenance windows are read. */
  readonly timeZone: string
  /** Time counts only while at least this many elements given as running run. */
  readonly inService?: { readonly atLeast: number }
}

interface WindowInput {
  readonly hours?: unknown
  readonly maintenance?: readonly ({ readonly every: string; readonly hours: string; readonly on?: string | readonly string[]; readonly nth?: number | 'last' })[]
  readonly inService?: { readonly atLeast: number }
}

/** Reads a commitment's `measurement.window` (already shaped by its schema), or adds issues. */
export function readServiceWindow(input: WindowInput, timeZone: string, path: string, issues: IssueList): ServiceWindowRules | undefined {
  const hours = input.hours === undefined ? ALWAYS : readBusinessCalendar(input.hours, joinPath(path, 'hours'), issues)
  const maintenance: MaintenanceWindow[] = []
  input.maintenance?.forEach((m, i) => {
    const range = readRange(m.hours, joinPath(joinPath(joinPath(path, 'maintenance'), i), 'hours'), issues)
    if (!range) return
    const on = m.on === undefined ? [] : typeof m.on === 'string' ? [m.on] : m.on
    const weekdays = m.every === 'day' ? [0, 1, 2, 3, 4, 5, 6] : [...new Set(on.map((d) => (WEEKDAYS as readonly string[]).indexOf(d)))].sort()
    const nth = m.every === 'month' ? (m.nth === 'last' ? -1 : m.nth) : undefined
    maintenance.push(
      Object.freeze({
        every: m.every as MaintenanceWindow['every'],
        weekdays: Object.freeze(weekdays),
        ...(nth !== undefined && { nth }),
        fromMs: range[0],
        toMs: range[1],
        label: `${m.every}${on.length ? ` ${on.join(',')}` : ''}${m.nth !== undefined ? ` #${m.nth}` : ''} ${m.hours.trim()}`,
      }),
    )
  })
  if (!hours) return undefined
  return Object.freeze({
    hours,
    maintenance: Object.freeze(maintenance),
    timeZone,
    ...(input.inService && { inService: Object.freeze({ atLeast: input.inService.atLeast }) }),
  })
}

/** Whether a maintenance window falls on a local day. */
function fallsOn(m: MaintenanceWindow, day: number): boolean {
  const weekday = weekdayOfDay(day)
  if (!m.weekdays.includes(weekday)) return false
  if (m.nth === undefined) return true
  const { month, day: date } = civilFromDays(day)
  if (m.nth > 0) return Math.ceil(date / 7) === m.nth
  // The last of its weekday when a week later is in the next month.
  return civilFromDays(day + 7).month !== month
}

/** The instants of `[from, to)` inside a maintenance window, sorted, disjoint, merged, flat. */
export function maintenanceIntervals(rules: ServiceWindowRules, from: number, to: number): number[] {
  if (rules.maintenance.length === 0) return []
  return localIntervals(rules.timeZone, from, to, (day) => {
    const ranges: [number, number][] = []
    for (const m of rules.maintenance) if (fallsOn(m, day)) ranges.push([m.fromMs, m.toMs])
    ranges.sort((a, b) => a[0] - b[0])
    const flat: number[] = []
    for (const [s, e] of ranges) {
      const last = flat.at(-1)
      if (last !== undefined && last >= s) flat[flat.length - 1] = Math.max(last, e)
      else flat.push(s, e)
    }
    return flat
  })
}

/** The service hours of `[from, to)`, sorted, disjoint, merged, flat. */
export function serviceHoursIntervals(rules: ServiceWindowRules, from: number, to: number): number[] {
  return coveredIntervals(coverageOf(rules.hours), from, to)
}
