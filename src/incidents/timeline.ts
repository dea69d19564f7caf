import { type MeasurementRules } from '../credits/commitment.js'
import { CAUSES } from '../schema/commitment.js'
import { type IncidentTable } from './normalise.js'

/** What happened to an incident once the measurement rules were applied to it. */
export const enum Fate {
  /** Does not touch the period. */
  Outside = 0,
  /** Takes part in the sweep. */
  Swept = 1,
  /** Shorter than the commitment's minimum outage. */
  BelowMinimum = 2,
  /** Aligned to whole minutes, nothing was left (granularity `minute-down`). */
  RoundedAway = 3,
  /** Touches the period but lasts no time in it. */
  Empty = 4,
}

/** The class an incident is swept in: its impact, or the exclusion class that outranks every impact. */
export const EXCLUDED_CLASS = 3

/** Incidents prepared for one commitment and one period: rules applied, clipped, classified. */
export interface PreparedIncidents {
  readonly table: IncidentTable
  readonly periodStart: number
  readonly periodEnd: number
  readonly fate: Uint8Array
  readonly sweepStart: Float64Array
  readonly sweepEnd: Float64Array
  /** Time inside the period before any rule, for explanations. */
  readonly inPeriodMs: Float64Array
  readonly cls: Uint8Array
}

const MINUTE = 60_000

/**
 * Applies the measurement rules to every incident once: exclusion by cause, minimum duration (on the whole
 * incident, so that a long incident is not dropped in a month where only its tail falls), clock-minute
 * alignment (before clipping, so that the parts in two months add up to the whole), then clipping.
 */
export function prepareIncidents(table: IncidentTable, rules: MeasurementRules, periodStart: number, periodEnd: number): PreparedIncidents {
  const n = table.count
  const fate = new Uint8Array(n)
  const sweepStart = new Float64Array(n)
  const sweepEnd = new Float64Array(n)
  const inPeriodMs = new Float64Array(n)
  const cls = new Uint8Array(n)
  const excluded = new Uint8Array(CAUSES.length)
  for (const cause of rules.excludedCauses) excluded[CAUSES.indexOf(cause)] = 1
  const minimum = rules.minimumOutageMs
  const granularity = rules.granularity === 'minute-up' ? 1 : rules.granularity === 'minute-down' ? 2 : 0
  const { start, end, impact, cause } = table
  for (let i = 0; i < n; i++) {
    let s = start[i]!
    let e = end[i]!
    const touches = s < periodEnd && (e > periodStart || (e === s && s >= periodStart))
    if (!touches) continue
    inPeriodMs[i] = Math.max(0, Math.min(e, periodEnd) - Math.max(s, periodStart))
    const isExcluded = excluded[cause[i]!] === 1
    cls[i] = isExcluded ? EXCLUDED_CLASS : impact[i]!
    if (!isExcluded && e > s) {
      if (e - s < minimum) {
        fate[i] = Fate.BelowMinimum
        continue
      }
      if (granularity === 1) {
        s = Math.floor(s / MINUTE) * MINUTE
        e = Math.ceil(e / MINUTE) * MINUTE
      } else if (granularity === 2) {
        s = Math.ceil(s / MINUTE) * MINUTE
        e = Math.floor(e / MINUTE) * MINUTE
        if (e <= s) {
          fate[i] = Fate.RoundedAway
          continue
        }
      }
    }
    const cs = s > periodStart ? s : periodStart
    const ce = e < periodEnd ? e : periodEnd
    if (ce > cs) {
      fate[i] = Fate.Swept
      sweepStart[i] = cs
      sweepEnd[i] = ce
    } else fate[i] = Fate.Empty
  }
  return { table, periodStart, periodEnd, fate, sweepStart, sweepEnd, inPeriodMs, cls }
}

/** Incidents grouped by element, as offsets into one array (compressed rows). */
export interface ElementGroups {
  /** `members[offsets[e] .. offsets[e+1])` are the incidents naming element `e`. */
  readonly offsets: Int32Array
  readonly members: Int32Array
  /** Incidents that name no element, and so affect every element. */
  readonly everyElement: Int32Array
  /** Element names that incidents mention but that were not asked for, with how many incidents. */
  readonly unknown: ReadonlyMap<string, number>
}

/** Groups the incidents that touch the period by the element they affect, in linear time. */
export function groupByElement(prepared: PreparedIncidents, elementIds: readonly string[]): ElementGroups {
  const { table, fate } = prepared
  const n = table.count
  const index = new Map<string, number>()
  elementIds.forEach((id, i) => index.set(id, i))
  const counts = new Int32Array(elementIds.length + 1)
  const unknown = new Map<string, number>()
  // Most incidents name one element: its index is looked up once and kept for the second pass.
  const single = new Int32Array(n).fill(-1)
  let global = 0
  let slots = 0
  for (let i = 0; i < n; i++) {
    if (fate[i] === Fate.Outside) continue
    const els = table.elements[i]
    if (els === null || els === undefined) {
      global++
      continue
    }
    if (els.length === 1) {
      const e = index.get(els[0]!)
      if (e === undefined) unknown.set(els[0]!, (unknown.get(els[0]!) ?? 0) + 1)
      else {
        single[i] = e
        counts[e + 1]!++
        slots++
      }
      continue
    }
    for (let x = 0; x < els.length; x++) {
      const el = els[x]!
      // An incident naming one element twice must count once for it.
      if (x > 0 && els.indexOf(el) !== x) continue
      const e = index.get(el)
      if (e === undefined) unknown.set(el, (unknown.get(el) ?? 0) + 1)
      else {
        counts[e + 1]!++
        slots++
      }
    }
  }
  const offsets = new Int32Array(elementIds.length + 1)
  for (let e = 0; e < elementIds.length; e++) offsets[e + 1] = offsets[e]! + counts[e + 1]!
  const cursor = offsets.slice(0, elementIds.length)
  const members = new Int32Array(slots)
  const everyElement = new Int32Array(global)
  let g = 0
  for (let i = 0; i < n; i++) {
    if (fate[i] === Fate.Outside) continue
    const one = single[i]!
    if (one >= 0) {
      members[cursor[one]!++] = i
      continue
    }
    const els = table.elements[i]
    if (els === null || els === undefined) {
      everyElement[g++] = i
      continue
    }
    if (els.length === 1) continue
    for (let x = 0; x < els.length; x++) {
      const el = els[x]!
      if (x > 0 && els.indexOf(el) !== x) continue
      const e = index.get(el)
      if (e !== undefined) members[cursor[e]!++] = i
    }
  }
  return { offsets, members, everyElement, unknown }
}

/** The outcome of sweeping one element's incidents. */
export interface SweepResult {
  /** Incidents of this element that touch the period (indices into the table). */
  readonly incidents: Int32Array
  /** Wall-clock milliseconds attributed to each of them as counted (before weights). */
  readonly countedMs: Float64Array
  /** Milliseconds attributed to each of them as excluded. */
  readonly excludedMs: Float64Array
  /** Weighted downtime in units of 1/weightScale millisecond: an exact integer. */
  readonly downtimeUnits: number
  /** Milliseconds covered by an excluded incident. */
  readonly excludedTotalMs: number
}

const TWO_53 = 2 ** 53

/**
 * Reusable buffers for sweeping many elements one after the other without allocating for each.
 */
export class Sweeper {
  private capacity = 0
  private startKeys = new Float64Array(0)
  private endKeys = new Float64Array(0)
  private localClass = new Uint8Array(0)
  private ended = new Uint8Array(0)
  private queues = new Int32Array(0)
  private readonly order: number[]

  constructor(
    private readonly prepared: PreparedIncidents,
    private readonly weightUnits: readonly number[],
  ) {
    // Among impacts active at once the heaviest counts; ties keep the order outage, partial, degraded.
    this.order = [0, 1, 2].sort((a, b) => weightUnits[b]! - weightUnits[a]! || a - b)
  }

  private ensure(k: number): void {
    if (k <= this.capacity) return
    const c = Math.max(k, this.capacity * 2, 64)
    this.capacity = c
    this.startKeys = new Float64Array(c)
    this.endKeys = new Float64Array(c)
    this.localClass = new Uint8Array(c)
    this.ended = new Uint8Array(c)
    this.queues = new Int32Array(4 * c)
  }

  /**
   * Sweeps the union of `a` and `b` (two lists of incident indices) over the period: at each instant an
   * exclusion wins, else the heaviest active impact counts once. Each stretch of time is attributed to the
   * earliest-started incident of the class that counts, so that contributions add up to the total.
   */
  sweep(a: Int32Array, b: Int32Array): SweepResult {
    const k = a.length + b.length
    let incidents: Int32Array
    if (b.length === 0) incidents = a
    else {
      incidents = new Int32Array(k)
      incidents.set(a, 0)
      incidents.set(b, a.length)
    }
    const countedMs = new Float64Array(k)
    const excludedMs = new Float64Array(k)
    this.ensure(k)
    const { fate, sweepStart, sweepEnd, cls, periodStart, periodEnd } = this.prepared
    const startKeys = this.startKeys
    const endKeys = this.endKeys
    const localClass = this.localClass
    let bits = 1
    while (2 ** bits < k) bits++
    const mult = 2 ** bits
    let m = 0
    for (let j = 0; j < k; j++) {
      const i = incidents[j]!
      localClass[j] = cls[i]!
      if (fate[i] !== Fate.Swept) continue
      // Time and local index packed in one double, so that a plain numeric sort orders both.
      startKeys[m] = (sweepStart[i]! - periodStart) * mult + j
      endKeys[m] = (sweepEnd[i]! - periodStart) * mult + j
      m++
    }
    if (m === 0) return { incidents, countedMs, excludedMs, downtimeUnits: 0, excludedTotalMs: 0 }
    let starts: Float64Array
    let ends: Float64Array
    if ((periodEnd - periodStart) * mult < TWO_53) {
      starts = startKeys.subarray(0, m).sort()
      ends = endKeys.subarray(0, m).sort()
    } else {
      // A period too long to pack time and index in 53 bits: sort the indices, then pack them as
      // rank order (time is recovered from the incident, not from the key).
      const js: number[] = []
      for (let j = 0; j < k; j++) if (fate[incidents[j]!] === Fate.Swept) js.push(j)
      const byStart = [...js].sort((x, y) => sweepStart[incidents[x]!]! - sweepStart[incidents[y]!]! || x - y)
      const byEnd = [...js].sort((x, y) => sweepEnd[incidents[x]!]! - sweepEnd[incidents[y]!]! || x - y)
      return this.run(incidents, countedMs, excludedMs, m, Float64Array.from(byStart), Float64Array.from(byEnd), 0, (x) => sweepStart[incidents[x]!]! - periodStart, (x) => sweepEnd[incidents[x]!]! - periodStart)
    }
    return this.run(incidents, countedMs, excludedMs, m, starts, ends, mult)
  }

  /**
   * The sweep itself over sorted start and end keys. With `mult` > 0 a key is `time × mult + local index`;
   * with 0 it is the local index, and times come from the two functions.
   */
  private run(
    incidents: Int32Array,
    countedMs: Float64Array,
    excludedMs: Float64Array,
    m: number,
    starts: Float64Array,
    ends: Float64Array,
    mult: number,
    startAt?: (j: number) => number,
    endAt?: (j: number) => number,
  ): SweepResult {
    const k = incidents.length
    const ended = this.ended
    ended.fill(0, 0, k)
    const queues = this.queues
    const cap = this.capacity
    const localClass = this.localClass
    const head = [0, 0, 0, 0]
    const tail = [0, 0, 0, 0]
    const active = [0, 0, 0, 0]
    const order = this.order
    const units = this.weightUnits
    let downtimeUnits = 0
    let excludedTotalMs = 0
    let si = 0
    let ei = 0
    let prev = -1
    while (ei < m) {
      let ts = Number.POSITIVE_INFINITY
      let sj = 0
      if (si < m) {
        const key = starts[si]!
        if (mult) {
          ts = Math.floor(key / mult)
          sj = key - ts * mult
        } else {
          sj = key
          ts = startAt!(key)
        }
      }
      const ekey = ends[ei]!
      let te: number
      let ej: number
      if (mult) {
        te = Math.floor(ekey / mult)
        ej = ekey - te * mult
      } else {
        ej = ekey
        te = endAt!(ekey)
      }
      const t = ts < te ? ts : te
      if (prev >= 0 && t > prev) {
        const length = t - prev
        if (active[EXCLUDED_CLASS]! > 0) {
          const base = EXCLUDED_CLASS * cap
          let h = head[EXCLUDED_CLASS]!
          while (ended[queues[base + h]!]) h++
          head[EXCLUDED_CLASS] = h
          excludedMs[queues[base + h]!]! += length
          excludedTotalMs += length
        } else {
          for (let o = 0; o < order.length; o++) {
            const c = order[o]!
            if (active[c]! === 0) continue
            const base = c * cap
            let h = head[c]!
            while (ended[queues[base + h]!]) h++
            head[c] = h
            countedMs[queues[base + h]!]! += length
            downtimeUnits += length * units[c]!
            break
          }
        }
      }
      if (te === t) {
        ended[ej] = 1
        active[localClass[ej]!]!--
        ei++
      } else {
        const c = localClass[sj]!
        queues[c * cap + tail[c]!++] = sj
        active[c]!++
        si++
      }
      prev = t
    }
    return { incidents, countedMs, excludedMs, downtimeUnits, excludedTotalMs }
  }
}
