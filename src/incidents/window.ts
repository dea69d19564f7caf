/**
 * Availability measured inside a window: service hours, less recurring maintenance windows, and, for sets
 * of instances, only while enough of them run.
 *
 * The window is laid on the period as sorted, disjoint stretches, and time is read on a clock that runs
 * only inside them: an instant `t` maps to the window time elapsed from the period start to `t`. The map
 * never decreases and keeps the length of what lies inside the window, so an incident's mapped stretch
 * lasts exactly its time inside the window, and the union of mapped stretches is the mapped union: the
 * sweep runs unchanged on the mapped bounds, and the period it measures against is the window's time.
 */
import { type MeasurementRules } from '../commitment/commitment.js'
import { maintenanceIntervals, serviceHoursIntervals, type ServiceWindowRules } from '../commitment/window.js'
import { type IncidentTable } from './normalise.js'
import { Fate, PreparedIncidents } from './timeline.js'

// Reads here write `x[i] ?? NaN`: where a read past the end would give `undefined`, NaN acts the same in
// every comparison and sum below, and the compiler sees a number.

/** Total length of flat stretches `[start, end, …]`. */
export function lengthOf(stretches: readonly number[]): number {
  let total = 0
  for (let i = 0; i < stretches.length; i += 2) total += (stretches[i + 1] ?? NaN) - (stretches[i] ?? NaN)
  return total
}

/** The common part of two lists of sorted, disjoint flat stretches. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i] ?? NaN, b[j] ?? NaN)
    const e = Math.min(a[i + 1] ?? NaN, b[j + 1] ?? NaN)
    if (e > s) out.push(s, e)
    if ((a[i + 1] ?? NaN) < (b[j + 1] ?? NaN)) i += 2
    else j += 2
  }
  return out
}

/** The part of `a` outside `b`, both sorted, disjoint flat stretches. */
export function subtract(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let j = 0
  for (let i = 0; i < a.length; i += 2) {
    let s = a[i] ?? NaN
    const e = a[i + 1] ?? NaN
    while (j < b.length && (b[j + 1] ?? NaN) <= s) j += 2
    let k = j
    while (k < b.length && (b[k] ?? NaN) < e) {
      if ((b[k] ?? NaN) > s) out.push(s, b[k] ?? NaN)
      s = Math.max(s, b[k + 1] ?? NaN)
      k += 2
    }
    if (e > s) out.push(s, e)
  }
  return out
}

/**
 * The stretches of `[from, to)` during which at least `atLeast` of the elements run, each element's running
 * stretches given flat (`[start, end, …]`, in any order, overlaps allowed within an element).
 */
export function inServiceIntervals(running: readonly (readonly number[])[], atLeast: number, from: number, to: number): number[] {
  const events: [number, number][] = []
  for (const stretches of running) {
    // An element's own overlapping stretches count it once.
    const pairs: [number, number][] = []
    for (let i = 0; i < stretches.length; i += 2) {
      const s = Math.max(stretches[i] ?? NaN, from)
      const e = Math.min(stretches[i + 1] ?? NaN, to)
      if (e > s) pairs.push([s, e])
    }
    pairs.sort((x, y) => x[0] - y[0])
    let cs = -Infinity
    let ce = -Infinity
    for (const [s, e] of pairs) {
      if (s <= ce) ce = Math.max(ce, e)
      else {
        if (ce > cs) events.push([cs, 1], [ce, -1])
        cs = s
        ce = e
      }
    }
    if (ce > cs) events.push([cs, 1], [ce, -1])
  }
  // At one instant, ends before starts: half-open stretches that meet do not overlap.
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: number[] = []
  let count = 0
  for (const [t, d] of events) {
    const before = count >= atLeast
    count += d
    const after = count >= atLeast
    if (!before && after) {
      if (out.length > 0 && out[out.length - 1] === t) out.pop()
      else out.push(t)
    } else if (before && !after) out.push(t)
  }
  return out
}

/** A measurement window laid on one period. */
export class ServiceWindow {
  /** Window stretches, flat `[start, end, …]`, sorted and disjoint. */
  readonly stretches: Float64Array
  /** Window time before each stretch. */
  private readonly before: Float64Array
  /** Time of the window in the period: what availability is measured against. */
  readonly windowMs: number
  /** Time of the service hours (while enough instances run) taken by scheduled maintenance. */
  readonly scheduledMaintenanceMs: number
  /** Time of the service hours in the period, maintenance included, while enough instances run. */
  readonly serviceMs: number

  constructor(
    /** The commitment's window; undefined: the whole period, less `without`. */
    readonly rules: ServiceWindowRules | undefined,
    readonly periodStart: number,
    readonly periodEnd: number,
    running: readonly (readonly number[])[] | undefined,
    /** Time left out of the window besides maintenance (sorted, disjoint, flat): monitoring gaps taken out of the period. */
    without: readonly number[] = [],
  ) {
    let hours = rules ? serviceHoursIntervals(rules, periodStart, periodEnd) : [periodStart, periodEnd]
    if (rules?.inService) hours = intersect(hours, inServiceIntervals(running ?? [], rules.inService.atLeast, periodStart, periodEnd))
    const maintenance = rules ? maintenanceIntervals(rules, periodStart, periodEnd) : []
    const inWindow = without.length === 0 ? subtract(hours, maintenance) : subtract(subtract(hours, maintenance), without)
    this.serviceMs = lengthOf(hours)
    this.scheduledMaintenanceMs = lengthOf(intersect(hours, maintenance))
    this.stretches = Float64Array.from(inWindow)
    this.before = new Float64Array(inWindow.length / 2 + 1)
    for (let k = 0; k < inWindow.length / 2; k++) this.before[k + 1] = (this.before[k] ?? NaN) + (inWindow[2 * k + 1] ?? NaN) - (inWindow[2 * k] ?? NaN)
    this.windowMs = this.before[inWindow.length / 2] ?? NaN
  }

  /** Window time from the period start to `t`. */
  elapsed(t: number): number {
    const w = this.stretches
    // The last stretch starting at or before t.
    let lo = 0
    let hi = w.length / 2
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((w[2 * mid] ?? NaN) <= t) lo = mid + 1
      else hi = mid
    }
    if (lo === 0) return 0
    const k = lo - 1
    return (this.before[k] ?? NaN) + Math.min(t, w[2 * k + 1] ?? NaN) - (w[2 * k] ?? NaN)
  }
}

/**
 * The incidents of a period measured inside a window: each swept incident keeps only its time inside the
 * window, on the window's clock (see the file's comment), so that the sweep and the reports built on it
 * run as they are, against a period as long as the window's time.
 */
export class WindowedIncidents extends PreparedIncidents {
  constructor(
    table: IncidentTable,
    rules: MeasurementRules,
    periodStart: number,
    periodEnd: number,
    readonly window: ServiceWindow,
  ) {
    super(table, rules, periodStart, periodEnd)
  }

  override fate(i: number): Fate {
    const fate = super.fate(i)
    if (fate !== Fate.Swept) return fate
    const bounds = this.bounds
    const s = this.window.elapsed(bounds[0] ?? NaN)
    const e = this.window.elapsed(bounds[1] ?? NaN)
    if (!(e > s)) return Fate.Empty
    bounds[0] = this.periodStart + s
    bounds[1] = this.periodStart + e
    return Fate.Swept
  }

  /** Time of incident `i` inside the window, before any rule. */
  override inPeriodMs(i: number): number {
    const w = this.window
    return Math.max(0, w.elapsed(Math.min(this.table.end[i] ?? NaN, this.periodEnd)) - w.elapsed(Math.max(this.table.start[i] ?? NaN, this.periodStart)))
  }
}
