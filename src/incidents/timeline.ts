import { type MeasurementRules } from '../commitment/commitment.js'
import { CAUSES } from '../schema/commitment.js'
import { EVERY_ELEMENT, type IncidentTable, isOpen } from './normalise.js'

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

const MINUTE = 60_000

/**
 * The measurement rules of one commitment applied to the incidents of one period: exclusion by cause,
 * minimum duration (on the whole incident, so that a long incident is not dropped in a month where only its
 * tail falls), clock-minute alignment (before clipping, so that the parts in two months add up to the
 * whole), then clipping.
 *
 * Each incident's fate is worked out when asked rather than stored: it takes a few comparisons, and
 * columns of a million fates and clipped bounds would cost more to write and read back than to recompute.
 */
export class PreparedIncidents {
  /**
   * Where the incident last given to {@link fate} is swept, when its fate was {@link Fate.Swept}: start
   * then end. A typed array rather than two number fields, which V8 may box in a new heap number at every
   * write.
   */
  readonly bounds = new Float64Array(2)
  private readonly start: Float64Array
  private readonly end: Float64Array
  private readonly impact: Uint8Array
  private readonly cause: Uint8Array
  private readonly excluded: Uint8Array
  /**
   * Period start, period end and minimum outage, read in the hot path from a typed array: read from number
   * fields, V8 boxed them in a new heap number at each call (30 MB of garbage per million incidents).
   */
  private readonly limits: Float64Array
  /** 0 none, 1 minute-up, 2 minute-down. */
  private readonly granularity: number

  constructor(
    readonly table: IncidentTable,
    rules: MeasurementRules,
    readonly periodStart: number,
    readonly periodEnd: number,
  ) {
    this.start = table.start
    this.end = table.end
    this.impact = table.impact
    this.cause = table.cause
    this.excluded = new Uint8Array(CAUSES.length)
    for (const cause of rules.excludedCauses) this.excluded[CAUSES.indexOf(cause)] = 1
    this.limits = Float64Array.of(periodStart, periodEnd, rules.minimumOutageMs)
    this.granularity = rules.granularity === 'minute-up' ? 1 : rules.granularity === 'minute-down' ? 2 : 0
  }

  /** The fate of incident `i`; when it is swept, its clipped bounds are left in {@link bounds}. */
  fate(i: number): Fate {
    let s = this.start[i]!
    let e = this.end[i]!
    const limits = this.limits
    const periodStart = limits[0]!
    const periodEnd = limits[1]!
    if (!(s < periodEnd && (e > periodStart || (e === s && s >= periodStart)))) return Fate.Outside
    if (e > s && this.excluded[this.cause[i]!] !== 1) {
      // An open incident counts as it stands: it may yet outlast the minimum.
      if (e - s < limits[2]! && !isOpen(this.table, i)) return Fate.BelowMinimum
      if (this.granularity === 1) {
        s = Math.floor(s / MINUTE) * MINUTE
        e = Math.ceil(e / MINUTE) * MINUTE
      } else if (this.granularity === 2) {
        s = Math.ceil(s / MINUTE) * MINUTE
        e = Math.floor(e / MINUTE) * MINUTE
        if (e <= s) return Fate.RoundedAway
      }
    }
    const cs = s > periodStart ? s : periodStart
    const ce = e < periodEnd ? e : periodEnd
    if (!(ce > cs)) return Fate.Empty
    this.bounds[0] = cs
    this.bounds[1] = ce
    return Fate.Swept
  }

  /** The class incident `i` is swept in. */
  cls(i: number): number {
    return this.excluded[this.cause[i]!] === 1 ? EXCLUDED_CLASS : this.impact[i]!
  }

  /** Time of incident `i` inside the period before any rule, for explanations. */
  inPeriodMs(i: number): number {
    const limits = this.limits
    return Math.max(0, Math.min(this.end[i]!, limits[1]!) - Math.max(this.start[i]!, limits[0]!))
  }
}

/**
 * The incidents that touch the period, laid out element after element in shared columns ("slots"), so that
 * each element's sweep reads and writes one contiguous stretch of memory instead of reaching into
 * million-long columns at a thousand scattered places.
 */
export interface ElementLayout {
  /**
   * Element `e` owns slots `[offsets[e], offsets[e+1])`: from the first, its swept incidents (those naming
   * it in the order of the log, then those naming no element in the order of the log); from
   * `others[e]` to the last, its other incidents touching the period; in between, unused slots. With no
   * element asked for, there is one element, the whole service, holding every incident in log order.
   */
  readonly offsets: Int32Array
  /** How many of each element's slots, from the first, hold swept incidents. */
  readonly swept: Int32Array
  /** The first slot of each element's incidents that touch the period but are not swept. */
  readonly others: Int32Array
  /** The incident (index in the table) in each slot; built on first read. */
  readonly incident: Int32Array
  /** The class each slot's incident is swept in. */
  readonly cls: Uint8Array
  /**
   * Wall-clock milliseconds counted for each slot's incident once its element is swept (before weights).
   * Until then, a swept slot holds the incident's clipped start, relative to the period start: the sweep
   * sorts it in place and overwrites it, which spares two more columns of a million numbers.
   */
  readonly countedMs: Float64Array
  /** Milliseconds excluded for each slot's incident once its element is swept; until then, the clipped end. */
  readonly excludedMs: Float64Array
  /** Element names that incidents touching the period mention but that were not asked for, with how many incidents. */
  readonly unknown: ReadonlyMap<string, number>
}

/**
 * Lays out the incidents that touch the period by the element they affect (see {@link ElementLayout}), in
 * one pass over the incidents after counting names: each element gets as many slots as incidents name it
 * in the whole log, so that the rules need not be applied twice; slots of incidents outside the period
 * stay unused. `elementIds` null measures the whole service.
 */
export function groupByElement(prepared: PreparedIncidents, elementIds: readonly string[] | null): ElementLayout {
  const table = prepared.table
  const n = table.count
  const whole = elementIds === null
  const elementCount = whole ? 1 : elementIds.length
  const { element, lists, names } = table
  // Element index of each name the incidents use, -1 for names not asked for.
  const target = new Int32Array(names.length).fill(-1)
  const sizes = new Float64Array(elementCount)
  if (whole) sizes[0] = n
  else {
    for (let e = 0; e < elementCount; e++) {
      const k = table.nameIndex[elementIds[e]!]
      if (k !== undefined) target[k] = e
    }
    // Counted here, in a pass over integers, rather than while reading: there, the counts' writes
    // slowed the loop over the incident objects by a tenth.
    const nameCounts = new Int32Array(names.length)
    for (let i = 0; i < n; i++) {
      const k = element[i]!
      if (k >= 0) nameCounts[k]!++
      else if (k < -1) for (const name of lists[-2 - k]!.names) nameCounts[name]!++
    }
    for (let k = 0; k < names.length; k++) if (target[k]! >= 0) sizes[target[k]!]! += nameCounts[k]!
  }
  // Incidents naming no element go to every element.
  const everywhere: number[] = []
  if (!whole) for (const i of table.everywhere) if (prepared.fate(i) !== Fate.Outside) everywhere.push(i)
  const offsets = new Int32Array(elementCount + 1)
  let slots = 0
  for (let e = 0; e < elementCount; e++) {
    offsets[e] = slots
    slots += sizes[e]! + everywhere.length
    if (slots > MAX_SLOTS) throw new RangeError(`too many incidents to lay out by element (${everywhere.length} affect each of ${elementCount} elements)`)
  }
  offsets[elementCount] = slots
  const unknownCounts = new Int32Array(names.length)
  const unknownOrder: number[] = []
  const placement: Placement = {
    times: true,
    prepared,
    whole,
    target,
    offsets,
    everywhere,
    cls: new Uint8Array(slots),
    countedMs: new Float64Array(slots),
    excludedMs: new Float64Array(slots),
    incident: new Int32Array(0),
    unknownCounts,
    unknownOrder,
  }
  const { front, back } = place(placement)
  const swept = new Int32Array(elementCount)
  for (let e = 0; e < elementCount; e++) swept[e] = front[e]! - offsets[e]!
  const unknown = new Map<string, number>()
  for (const k of unknownOrder) unknown.set(names[k]!, unknownCounts[k]!)
  return new Layout(offsets, swept, back, placement, unknown)
}

/**
 * A class rather than an object literal with a getter, for the reason given at `Table` in normalise.ts:
 * such a literal's hidden class lasts only until the next full GC, and the sweep's optimised code with it.
 */
class Layout implements ElementLayout {
  readonly cls: Uint8Array
  readonly countedMs: Float64Array
  readonly excludedMs: Float64Array
  #incident: Int32Array | undefined
  constructor(
    readonly offsets: Int32Array,
    readonly swept: Int32Array,
    readonly others: Int32Array,
    private readonly placement: Placement,
    readonly unknown: ReadonlyMap<string, number>,
  ) {
    this.cls = placement.cls
    this.countedMs = placement.countedMs
    this.excludedMs = placement.excludedMs
  }

  // Which incident is in which slot matters only for explanations, read later if at all: the slots are
  // placed again, the same way, when first asked, which spares the measurement a column of a million.
  get incident(): Int32Array {
    if (!this.#incident) {
      const column = new Int32Array(this.placement.cls.length)
      place({ ...this.placement, times: false, incident: column })
      this.#incident = column
    }
    return this.#incident
  }
}

/** What {@link place} needs, and the columns it fills. */
interface Placement {
  /** Fill the times, classes and unknown names; else the incidents. */
  readonly times: boolean
  readonly prepared: PreparedIncidents
  readonly whole: boolean
  readonly target: Int32Array
  readonly offsets: Int32Array
  /** Incidents naming no element that touch the period, in order. */
  readonly everywhere: readonly number[]
  readonly cls: Uint8Array
  readonly countedMs: Float64Array
  readonly excludedMs: Float64Array
  readonly incident: Int32Array
  readonly unknownCounts: Int32Array
  readonly unknownOrder: number[]
}

/**
 * Places every incident touching the period in the slots of the elements it affects: swept ones from the
 * front of each element's slots, in log order, then those naming no element; others from the back. The
 * same every time it runs, so that a second run can fill a column the first left empty.
 */
function place(placement: Placement): { front: Int32Array; back: Int32Array } {
  const { prepared, whole, target, offsets, everywhere, cls, countedMs, excludedMs, incident } = placement
  const table = prepared.table
  const n = table.count
  const { element, lists } = table
  const withTimes = placement.times
  const withIncidents = !withTimes
  const elementCount = offsets.length - 1
  const front = offsets.slice(0, elementCount)
  const back = offsets.slice(1)
  const periodStart = prepared.periodStart
  const bounds = prepared.bounds
  for (let i = 0; i < n; i++) {
    const fate = prepared.fate(i)
    if (fate === Fate.Outside) continue
    let e = 0
    if (!whole) {
      const k = element[i]!
      if (k === EVERY_ELEMENT) continue
      if (k < -1) {
        const list = lists[-2 - k]!.names
        const c = prepared.cls(i)
        for (let x = 0; x < list.length; x++) {
          const name = list[x]!
          const to = target[name]!
          if (to < 0) {
            if (withTimes && placement.unknownCounts[name]!++ === 0) placement.unknownOrder.push(name)
            continue
          }
          const p = fate === Fate.Swept ? front[to]!++ : --back[to]!
          if (withTimes) {
            if (fate === Fate.Swept) {
              countedMs[p] = bounds[0]! - periodStart
              excludedMs[p] = bounds[1]! - periodStart
            }
            cls[p] = c
          }
          if (withIncidents) incident[p] = i
        }
        continue
      }
      e = target[k]!
      if (e < 0) {
        if (withTimes && placement.unknownCounts[k]!++ === 0) placement.unknownOrder.push(k)
        continue
      }
    }
    const p = fate === Fate.Swept ? front[e]!++ : --back[e]!
    if (withTimes) {
      if (fate === Fate.Swept) {
        countedMs[p] = bounds[0]! - periodStart
        excludedMs[p] = bounds[1]! - periodStart
      }
      cls[p] = prepared.cls(i)
    }
    if (withIncidents) incident[p] = i
  }
  const g = everywhere.length
  if (g > 0) {
    // Worked out once each, then copied to every element.
    const fates = new Uint8Array(g)
    const starts = new Float64Array(g)
    const ends = new Float64Array(g)
    const classes = new Uint8Array(g)
    for (let x = 0; x < g; x++) {
      const i = everywhere[x]!
      fates[x] = prepared.fate(i)
      starts[x] = bounds[0]! - periodStart
      ends[x] = bounds[1]! - periodStart
      classes[x] = prepared.cls(i)
    }
    for (let e = 0; e < elementCount; e++) {
      for (let x = 0; x < g; x++) {
        const swept = fates[x] === Fate.Swept
        const p = swept ? front[e]!++ : --back[e]!
        if (withTimes) {
          if (swept) {
            countedMs[p] = starts[x]!
            excludedMs[p] = ends[x]!
          }
          cls[p] = classes[x]!
        }
        if (withIncidents) incident[p] = everywhere[x]!
      }
    }
  }
  return { front, back }
}

const MAX_SLOTS = 2 ** 31 - 1

/** The outcome of sweeping one element's incidents: its totals (each incident's share is in the layout). */
export interface SweepResult {
  /** Weighted downtime in units of 1/weightScale millisecond: an exact integer. */
  readonly downtimeUnits: number
  /** Milliseconds covered by an excluded incident. */
  readonly excludedTotalMs: number
}

const TWO_53 = 2 ** 53

/**
 * Sweeps the elements of a layout one after the other, with buffers sized for the largest and reused.
 */
export class Sweeper {
  private capacity = 0
  private counted = new Float64Array(0)
  private excluded = new Float64Array(0)
  private ended = new Uint8Array(0)
  private queues = new Int32Array(0)
  /** Slots of the incidents under way, as a binary min-heap on their ends. */
  private heap = new Int32Array(0)
  private readonly head = new Int32Array(4)
  private readonly tail = new Int32Array(4)
  private readonly active = new Int32Array(4)
  private readonly order: number[]
  /**
   * The start keys are non-negative doubles, whose bit patterns order as unsigned 64-bit integers do:
   * sorting through an integer view of the same memory gives the same order and skips the NaN and -0
   * handling of a Float64Array sort (about 40 % faster on a hundred keys).
   */
  private readonly startBits: BigUint64Array
  private downtimeUnits = 0
  private excludedTotalMs = 0

  constructor(
    private readonly layout: ElementLayout,
    private readonly weightUnits: readonly number[],
    private readonly periodMs: number,
  ) {
    // Among impacts active at once the heaviest counts; ties keep the order outage, partial, degraded.
    this.order = [0, 1, 2].sort((a, b) => weightUnits[b]! - weightUnits[a]! || a - b)
    const { countedMs } = layout
    this.startBits = new BigUint64Array(countedMs.buffer, countedMs.byteOffset, countedMs.length)
  }

  private ensure(k: number): void {
    if (k <= this.capacity) return
    const c = Math.max(k, this.capacity * 2, 64)
    this.capacity = c
    this.counted = new Float64Array(c)
    this.excluded = new Float64Array(c)
    this.ended = new Uint8Array(c)
    this.queues = new Int32Array(4 * c)
    this.heap = new Int32Array(c)
  }

  /**
   * Sweeps the incidents of element `e` over the period: at each instant an exclusion wins, else the
   * heaviest active impact counts once. Each stretch of time is attributed to the earliest-started incident
   * of the class that counts (on a tie, the first in the element's slots), so that contributions add up to
   * the total. Leaves each incident's counted and excluded time in the layout's columns.
   */
  sweep(e: number): SweepResult {
    const layout = this.layout
    const offset = layout.offsets[e]!
    const m = layout.swept[e]!
    if (m === 0) return { downtimeUnits: 0, excludedTotalMs: 0 }
    this.ensure(m)
    const starts = layout.countedMs
    let mult = 2
    while (mult < m) mult *= 2
    if (this.periodMs * mult < TWO_53) {
      // Time and slot packed in one double, so that a plain numeric sort orders both. Only starts are
      // sorted: ends come out of a heap of the incidents under way, a handful at a time.
      let sorted = true
      for (let p = offset, x = 0; x < m; p++, x++) {
        const key = starts[p]! * mult + x
        starts[p] = key
        if (x > 0 && key < starts[p - 1]!) sorted = false
      }
      // Logs are usually written in order of time, and then so are each element's slots.
      if (!sorted) this.startBits.subarray(offset, offset + m).sort()
      this.run(offset, m, mult, null)
    } else {
      // A period too long to pack time and slot in 53 bits: sort the slots by start.
      const byStart: number[] = []
      for (let x = 0; x < m; x++) byStart.push(x)
      byStart.sort((x, y) => starts[offset + x]! - starts[offset + y]! || x - y)
      this.run(offset, m, 0, byStart)
    }
    // The buffers are left zeroed for the next element as they are read.
    const counted = this.counted
    const excluded = this.excluded
    const ended = this.ended
    const ends = layout.excludedMs
    for (let p = offset, x = 0; x < m; p++, x++) {
      starts[p] = counted[x]!
      ends[p] = excluded[x]!
      counted[x] = 0
      excluded[x] = 0
      ended[x] = 0
    }
    return { downtimeUnits: this.downtimeUnits, excludedTotalMs: this.excludedTotalMs }
  }

  /**
   * The sweep itself. Starts come in order from the layout's first column, packed as `time × mult + slot`,
   * or, with `mult` 0, as times taken in the order of `byStart`; ends, from its second column, through a heap.
   * At equal times ends come before starts. Slots are counted from `offset`.
   */
  private run(offset: number, m: number, mult: number, byStart: readonly number[] | null): void {
    // Zeroed by the previous element's sweep, or new.
    const counted = this.counted
    const excluded = this.excluded
    const ended = this.ended
    const queues = this.queues
    const heap = this.heap
    const cap = this.capacity
    const classes = this.layout.cls
    const starts = this.layout.countedMs
    const ends = this.layout.excludedMs
    const head = this.head
    const tail = this.tail
    // All zero: every incident started has ended by the end of a sweep, and queues are emptied below.
    const active = this.active
    const order = this.order
    const first = order[0]!
    const second = order[1]!
    const third = order[2]!
    const units = this.weightUnits
    // A power of two: multiplying by its inverse is exact, and faster than dividing.
    const inverse = mult ? 1 / mult : 0
    let downtimeUnits = 0
    let excludedTotalMs = 0
    let size = 0
    let queued = false
    let si = 0
    let prev = -1
    while (si < m || size > 0) {
      let ts = Number.POSITIVE_INFINITY
      let sj = 0
      if (si < m) {
        if (mult) {
          const key = starts[offset + si]!
          ts = Math.floor(key * inverse)
          sj = key - ts * mult
        } else {
          sj = byStart![si]!
          ts = starts[offset + sj]!
        }
      }
      if (size === 0 && si < m) {
        // Nothing under way: an incident that ends before the next one starts is alone, and counts whole
        // for itself (most incidents, in most logs), without going through the queues and the heap.
        if (queued) {
          for (let c = 0; c < 4; c++) head[c] = tail[c] = 0
          queued = false
        }
        const end = ends[offset + sj]!
        let next = Number.POSITIVE_INFINITY
        if (si + 1 < m) next = mult ? Math.floor(starts[offset + si + 1]! * inverse) : starts[offset + byStart![si + 1]!]!
        if (end <= next) {
          const length = end - ts
          const c = classes[offset + sj]!
          if (c === EXCLUDED_CLASS) {
            excluded[sj] = length
            excludedTotalMs += length
          } else {
            counted[sj] = length
            downtimeUnits += length * units[c]!
          }
          prev = end
          si++
          continue
        }
      }
      let te = Number.POSITIVE_INFINITY
      let ej = 0
      if (size > 0) {
        ej = heap[0]!
        te = ends[offset + ej]!
      }
      const t = ts < te ? ts : te
      if (prev >= 0 && t > prev) {
        const length = t - prev
        if (active[EXCLUDED_CLASS]! > 0) {
          const qb = EXCLUDED_CLASS * cap
          let h = head[EXCLUDED_CLASS]!
          while (ended[queues[qb + h]!]) h++
          head[EXCLUDED_CLASS] = h
          excluded[queues[qb + h]!]! += length
          excludedTotalMs += length
        } else {
          const c = active[first]! > 0 ? first : active[second]! > 0 ? second : active[third]! > 0 ? third : -1
          if (c >= 0) {
            const qb = c * cap
            let h = head[c]!
            while (ended[queues[qb + h]!]) h++
            head[c] = h
            counted[queues[qb + h]!]! += length
            downtimeUnits += length * units[c]!
          }
        }
      }
      if (te === t) {
        ended[ej] = 1
        active[classes[offset + ej]!]!--
        // Pop the heap's first slot.
        const last = heap[--size]!
        const v = ends[offset + last]!
        let k = 0
        for (;;) {
          let child = 2 * k + 1
          if (child >= size) break
          if (child + 1 < size && ends[offset + heap[child + 1]!]! < ends[offset + heap[child]!]!) child++
          if (ends[offset + heap[child]!]! >= v) break
          heap[k] = heap[child]!
          k = child
        }
        heap[k] = last
      } else {
        const c = classes[offset + sj]!
        queues[c * cap + tail[c]!++] = sj
        queued = true
        active[c]!++
        // Push its slot on the heap of ends.
        const v = ends[offset + sj]!
        let k = size++
        while (k > 0) {
          const parent = (k - 1) >> 1
          const pj = heap[parent]!
          if (ends[offset + pj]! <= v) break
          heap[k] = pj
          k = parent
        }
        heap[k] = sj
        si++
      }
      prev = t
    }
    if (queued) for (let c = 0; c < 4; c++) head[c] = tail[c] = 0
    this.downtimeUnits = downtimeUnits
    this.excludedTotalMs = excludedTotalMs
  }
}
