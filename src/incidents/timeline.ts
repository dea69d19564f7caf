import { type MeasurementRules } from '../commitment/commitment.js'
import { CAUSES } from '../schema/commitment.js'
import { present } from '../errors.js'
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

// `column[i]` for an index the code keeps inside the column (an incident of the table, a slot of the layout,
// a class): the compiler cannot follow that, so each read checks it and throws rather than let `undefined`
// become NaN in a figure. One function per kind of column, so that each read V8 inlines stays monomorphic;
// V8 already checks the bounds of a typed array read, and drops the second check.
function f64(column: Float64Array, i: number): number {
  const value = column[i]
  return value === undefined ? outside(i, column.length) : value
}

/** `column[i]` of a column of slot times (see {@link SlotTimes}). */
function slotTime(column: SlotTimes, i: number): number {
  const value = column[i]
  return value === undefined ? outside(i, column.length) : value
}

function i32(column: Int32Array, i: number): number {
  const value = column[i]
  return value === undefined ? outside(i, column.length) : value
}

function u8(column: Uint8Array, i: number): number {
  const value = column[i]
  return value === undefined ? outside(i, column.length) : value
}

function outside(i: number, length: number): never {
  throw new RangeError(`index ${i} is outside a column of ${length}`)
}

/** The distinct names, as indices, of an incident whose element code `k` (below -1) says it names several. */
function listAt(lists: IncidentTable['lists'], k: number): readonly number[] {
  // The reader writes a list for every code below -1, the one it gives an incident naming several.
  return present(lists[-2 - k]).names
}

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
    let s = f64(this.start, i)
    let e = f64(this.end, i)
    const limits = this.limits
    const periodStart = f64(limits, 0)
    const periodEnd = f64(limits, 1)
    const length = e - s
    const counted = e > s && this.excluded[u8(this.cause, i)] !== 1
    if (counted && this.granularity === 1) {
      // Aligned out before it is compared with the period, as before it is clipped: in a period that does
      // not end on a whole minute, an incident starting in its last, partial minute touches it once aligned,
      // and the parts of an incident in two such periods add up to the whole it is aligned to.
      s = Math.floor(s / MINUTE) * MINUTE
      e = Math.ceil(e / MINUTE) * MINUTE
    }
    if (!(s < periodEnd && (e > periodStart || (e === s && s >= periodStart)))) return Fate.Outside
    if (counted) {
      // On the whole incident as logged. An open incident counts as it stands: it may yet outlast the minimum.
      if (length < f64(limits, 2) && !isOpen(this.table, i)) return Fate.BelowMinimum
      if (this.granularity === 2) {
        s = Math.ceil(s / MINUTE) * MINUTE
        e = Math.floor(e / MINUTE) * MINUTE
        if (e <= s) return Fate.RoundedAway
      }
    }
    const cs = Math.max(s, periodStart)
    const ce = Math.min(e, periodEnd)
    if (!(ce > cs)) return Fate.Empty
    this.bounds[0] = cs
    this.bounds[1] = ce
    return Fate.Swept
  }

  /** The class incident `i` is swept in. */
  cls(i: number): number {
    return this.excluded[u8(this.cause, i)] === 1 ? EXCLUDED_CLASS : u8(this.impact, i)
  }

  /** Time of incident `i` inside the period before any rule, for explanations. */
  inPeriodMs(i: number): number {
    const limits = this.limits
    return Math.max(0, Math.min(f64(this.end, i), f64(limits, 1)) - Math.max(f64(this.start, i), f64(limits, 0)))
  }
}

/**
 * Milliseconds from the period's start, one per slot of a layout: whole numbers no larger than the period.
 * For a period shorter than 2³² ms (49.7 days: any month, not a quarter) they fit 32 bits,
 * and a layout's two such columns take 8 bytes a slot, not 16. That is memory outside the JavaScript heap,
 * which V8 watches on its own: past 64 MB more of it, a full collection starts, marking every object the
 * caller holds. For a log of 4,000,000 incidents given as objects, the 32 MB saved keep the statement to one
 * such collection instead of two, each a third of a second spent on the caller's 700 MB of incidents.
 */
export type SlotTimes = Uint32Array | Float64Array

/** Slot times for a period of `periodMs`: 32-bit when they fit (see {@link SlotTimes}). */
function slotTimes(periodMs: number, slots: number): SlotTimes {
  return periodMs <= MAX_U32 ? new Uint32Array(slots) : new Float64Array(slots)
}

const MAX_U32 = 2 ** 32 - 1

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
  /** The incident (index in the table) in each slot. */
  readonly incident: Int32Array
  /** The class each slot's incident is swept in. */
  readonly cls: Uint8Array
  /**
   * Wall-clock milliseconds counted for each slot's incident once its element is swept (before weights).
   * Until then, a swept slot holds the incident's clipped start, relative to the period start: the sweep
   * reads it and overwrites it, which spares two more columns of a million numbers.
   */
  readonly countedMs: SlotTimes
  /** Milliseconds excluded for each slot's incident once its element is swept; until then, the clipped end. */
  readonly excludedMs: SlotTimes
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
    // Plain loops here: `entries()` made an iterator result and a pair for each element.
    let at = 0
    for (const id of elementIds) {
      const k = table.nameIndex[id]
      if (k !== undefined) target[k] = at
      at++
    }
    // Counted here, in a pass over integers, rather than while reading: there, the counts' writes
    // slowed the loop over the incident objects by a tenth.
    const nameCounts = new Int32Array(names.length)
    for (let i = 0; i < n; i++) {
      const k = i32(element, i)
      if (k >= 0) nameCounts[k] = i32(nameCounts, k) + 1
      else if (k < -1) for (const name of listAt(lists, k)) nameCounts[name] = i32(nameCounts, name) + 1
    }
    for (let k = 0; k < target.length; k++) {
      const e = i32(target, k)
      if (e >= 0) sizes[e] = f64(sizes, e) + i32(nameCounts, k)
    }
  }
  // Incidents naming no element go to every element.
  const everywhere: number[] = []
  if (!whole) for (const i of table.everywhere) if (prepared.fate(i) !== Fate.Outside) everywhere.push(i)
  const offsets = new Int32Array(elementCount + 1)
  let slots = 0
  for (let e = 0; e < elementCount; e++) {
    offsets[e] = slots
    slots += f64(sizes, e) + everywhere.length
    if (slots > MAX_SLOTS) throw new RangeError(`too many incidents to lay out by element (${everywhere.length} affect each of ${elementCount} elements)`)
  }
  offsets[elementCount] = slots
  const unknownCounts = new Int32Array(names.length)
  const unknownOrder: number[] = []
  const placement: Placement = {
    prepared,
    whole,
    target,
    offsets,
    everywhere,
    cls: new Uint8Array(slots),
    countedMs: slotTimes(prepared.periodEnd - prepared.periodStart, slots),
    excludedMs: slotTimes(prepared.periodEnd - prepared.periodStart, slots),
    // Written while the slot's other columns are: placed again when the contributions were first read, as
    // it once was, it cost as much as the rest of reading them.
    incident: new Int32Array(slots),
    unknownCounts,
    unknownOrder,
  }
  const { front, back } = place(placement)
  const swept = new Int32Array(elementCount)
  for (let e = 0; e < elementCount; e++) swept[e] = i32(front, e) - i32(offsets, e)
  const unknown = new Map<string, number>()
  for (const k of unknownOrder) unknown.set(present(names[k]), i32(unknownCounts, k))
  return new Layout(offsets, swept, back, placement.incident, placement.cls, placement.countedMs, placement.excludedMs, unknown)
}

/**
 * A class rather than an object literal with a getter, for the reason given at `Table` in normalise.ts:
 * such a literal's hidden class lasts only until the next full GC, and the sweep's optimised code with it.
 */
class Layout implements ElementLayout {
  constructor(
    readonly offsets: Int32Array,
    readonly swept: Int32Array,
    readonly others: Int32Array,
    readonly incident: Int32Array,
    readonly cls: Uint8Array,
    readonly countedMs: SlotTimes,
    readonly excludedMs: SlotTimes,
    readonly unknown: ReadonlyMap<string, number>,
  ) {}
}

/** What {@link place} needs, and the columns it fills. */
interface Placement {
  readonly prepared: PreparedIncidents
  readonly whole: boolean
  readonly target: Int32Array
  readonly offsets: Int32Array
  /** Incidents naming no element that touch the period, in order. */
  readonly everywhere: readonly number[]
  readonly cls: Uint8Array
  readonly countedMs: SlotTimes
  readonly excludedMs: SlotTimes
  readonly incident: Int32Array
  readonly unknownCounts: Int32Array
  readonly unknownOrder: number[]
}

/**
 * Places every incident touching the period in the slots of the elements it affects: swept ones from the
 * front of each element's slots, in log order, then those naming no element; others from the back.
 */
function place(placement: Placement): { front: Int32Array; back: Int32Array } {
  const { prepared, whole, target, offsets, everywhere, cls, countedMs, excludedMs, incident } = placement
  const table = prepared.table
  const n = table.count
  const { element, lists } = table
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
      const k = i32(element, i)
      if (k === EVERY_ELEMENT) continue
      if (k >= 0) {
        e = i32(target, k)
        if (e < 0) {
          if (countUnknown(placement, k) === 1) placement.unknownOrder.push(k)
          continue
        }
      } else {
        // Below -1: it names several elements.
        const c = prepared.cls(i)
        for (const name of listAt(lists, k)) {
          const to = i32(target, name)
          if (to < 0) {
            if (countUnknown(placement, name) === 1) placement.unknownOrder.push(name)
            continue
          }
          const p = fate === Fate.Swept ? fromFront(front, to) : fromBack(back, to)
          if (fate === Fate.Swept) {
            countedMs[p] = f64(bounds, 0) - periodStart
            excludedMs[p] = f64(bounds, 1) - periodStart
          }
          cls[p] = c
          incident[p] = i
        }
        continue
      }
    }
    const p = fate === Fate.Swept ? fromFront(front, e) : fromBack(back, e)
    if (fate === Fate.Swept) {
      countedMs[p] = f64(bounds, 0) - periodStart
      excludedMs[p] = f64(bounds, 1) - periodStart
    }
    cls[p] = prepared.cls(i)
    incident[p] = i
  }
  // Worked out once each, then copied to every element.
  const g = everywhere.length
  const fates = new Uint8Array(g)
  const starts = new Float64Array(g)
  const ends = new Float64Array(g)
  const classes = new Uint8Array(g)
  let x = 0
  for (const i of everywhere) {
    fates[x] = prepared.fate(i)
    starts[x] = f64(bounds, 0) - periodStart
    ends[x] = f64(bounds, 1) - periodStart
    classes[x] = prepared.cls(i)
    x++
  }
  for (let e = 0; e < elementCount; e++) {
    let x = 0
    for (const i of everywhere) {
      const swept = fates[x] === Fate.Swept
      const p = swept ? fromFront(front, e) : fromBack(back, e)
      if (swept) {
        countedMs[p] = f64(starts, x)
        excludedMs[p] = f64(ends, x)
      }
      cls[p] = u8(classes, x)
      incident[p] = i
      x++
    }
  }
  return { front, back }
}

// Stryker disable next-line ArithmeticOperator: telling 2^31 - 1 slots from 2^31 + 1 would take columns of 34 GB
const MAX_SLOTS = 2 ** 31 - 1

/** The first free slot from the front of element `e`'s slots; moves the element's cursor past it. */
function fromFront(cursors: Int32Array, e: number): number {
  const p = i32(cursors, e)
  cursors[e] = p + 1
  return p
}

/** The last free slot from the back of element `e`'s slots; moves the element's cursor onto it. */
function fromBack(cursors: Int32Array, e: number): number {
  const p = i32(cursors, e) - 1
  cursors[e] = p
  return p
}

/** Counts one more incident naming `name`, which was not asked for; returns the count. */
function countUnknown(placement: Placement, name: number): number {
  const count = i32(placement.unknownCounts, name) + 1
  placement.unknownCounts[name] = count
  return count
}

/** The outcome of sweeping one element's incidents: its totals (each incident's share is in the layout). */
export interface SweepResult {
  /** Weighted downtime in units of 1/weightScale millisecond: an exact integer. */
  readonly downtimeUnits: number
  /** Milliseconds covered by an excluded incident. */
  readonly excludedTotalMs: number
}

const TWO_53 = 2 ** 53

/** The order of the starts when they are packed with their slots, and sorted already. */
const NO_ORDER = new Int32Array(0)

/**
 * Sweeps the elements of a layout one after the other, with buffers sized for the largest and reused.
 */
export class Sweeper {
  /** The most incidents an element sweeps: the size of the buffers below, shared by every element. */
  private readonly capacity: number
  private readonly counted: Float64Array
  private readonly excluded: Float64Array
  private readonly ended: Uint8Array
  private readonly queues: Int32Array
  /** Slots of the incidents under way, as a binary min-heap on their ends. */
  private readonly heap: Int32Array
  private readonly head = new Int32Array(4)
  private readonly tail = new Int32Array(4)
  private readonly active = new Int32Array(4)
  /** The three impacts, heaviest first. */
  private readonly order: readonly [number, number, number]
  /** Each class's weight in units of 1/weightScale; the excluded class counts nothing. */
  private readonly units: Float64Array
  /** The start keys of the element being swept, `time × mult + slot`, in order once sorted. */
  private readonly keys: Float64Array
  /**
   * The start keys are non-negative doubles, whose bit patterns order as unsigned 64-bit integers do:
   * sorting through an integer view of the same memory gives the same order and skips the NaN and -0
   * handling of a Float64Array sort (about 40 % faster on a hundred keys).
   */
  private readonly keyBits: BigUint64Array
  private downtimeUnits = 0
  private excludedTotalMs = 0

  constructor(
    private readonly layout: ElementLayout,
    weightUnits: readonly number[],
    private readonly periodMs: number,
  ) {
    // Among impacts active at once the heaviest counts; ties keep the order outage, partial, degraded.
    this.units = Float64Array.of(...weightUnits)
    const units = this.units
    const order: [number, number, number] = [0, 1, 2]
    this.order = order.sort((a, b) => f64(units, b) - f64(units, a) || a - b)
    const c = layout.swept.reduce((most, m) => Math.max(most, m), 0)
    this.capacity = c
    this.keys = new Float64Array(c)
    this.keyBits = new BigUint64Array(this.keys.buffer)
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
    const offset = i32(layout.offsets, e)
    const m = i32(layout.swept, e)
    const starts = layout.countedMs
    let mult = 2
    while (mult < m) mult *= 2
    if (this.periodMs * mult < TWO_53) {
      // Time and slot packed in one double, so that a plain numeric sort orders both. Only starts are
      // sorted: ends come out of a heap of the incidents under way, a handful at a time.
      const keys = this.keys
      // Stryker disable next-line BooleanLiteral: starting from "out of order" only sorts keys that are in order already: the same figures, slower
      let sorted = true
      for (let p = offset, x = 0; x < m; p++, x++) {
        const key = slotTime(starts, p) * mult + x
        keys[x] = key
        if (x > 0 && key < f64(keys, x - 1)) sorted = false
      }
      // Logs are usually written in order of time, and then so are each element's slots.
      if (!sorted) this.keyBits.subarray(0, m).sort()
      this.run(offset, m, mult, NO_ORDER)
    } else {
      // A period too long to pack time and slot in 53 bits: sort the slots by start.
      const byStart = new Int32Array(m)
      for (let x = 0; x < m; x++) byStart[x] = x
      byStart.sort((x, y) => slotTime(starts, offset + x) - slotTime(starts, offset + y) || x - y)
      this.run(offset, m, 0, byStart)
    }
    // The buffers are left zeroed for the next element as they are read.
    const counted = this.counted
    const excluded = this.excluded
    const ended = this.ended
    const ends = layout.excludedMs
    for (let p = offset, x = 0; x < m; p++, x++) {
      starts[p] = f64(counted, x)
      ends[p] = f64(excluded, x)
      counted[x] = 0
      excluded[x] = 0
      ended[x] = 0
    }
    return { downtimeUnits: this.downtimeUnits, excludedTotalMs: this.excludedTotalMs }
  }

  /**
   * The sweep itself. Starts come in order from {@link keys}, packed as `time × mult + slot`, or, with
   * `mult` 0, from the layout's first column in the order of `byStart`; ends, from its second column,
   * through a heap.
   * At equal times ends come before starts. Slots are counted from `offset`.
   */
  private run(offset: number, m: number, mult: number, byStart: Int32Array): void {
    // Zeroed by the previous element's sweep, or new.
    const counted = this.counted
    const excluded = this.excluded
    const ended = this.ended
    const queues = this.queues
    const heap = this.heap
    const cap = this.capacity
    const classes = this.layout.cls
    const keys = this.keys
    const starts = this.layout.countedMs
    const ends = this.layout.excludedMs
    // The queues start from their first place for each element, and only then: an element queues each of
    // its incidents once, so that they never fill; at the head of each, those that ended are skipped as
    // they are met. Emptied each time the heap was, they cost two calls per stretch of overlapping incidents.
    const head = this.head.fill(0)
    const tail = this.tail.fill(0)
    // All zero: every incident started has ended by the end of a sweep.
    const active = this.active
    const order = this.order
    const [first, second, third] = order
    const units = this.units
    // A power of two: multiplying by its inverse is exact, and faster than dividing.
    const inverse = mult ? 1 / mult : 0
    let downtimeUnits = 0
    let excludedTotalMs = 0
    let size = 0
    let si = 0
    // Stryker disable next-line UnaryOperator: nothing is under way before the first event, so a stretch counted from 1 rather than -1 goes to no incident
    let prev = -1
    while (si < m || size > 0) {
      let ts = Number.POSITIVE_INFINITY
      let sj = 0
      if (si < m) {
        if (mult) {
          const key = f64(keys, si)
          ts = Math.floor(key * inverse)
          sj = key - ts * mult
        } else {
          sj = i32(byStart, si)
          ts = slotTime(starts, offset + sj)
        }
      }
      // Stryker disable next-line BlockStatement: without this shortcut an incident alone goes through the queues and the heap, and gets the same figures
      if (size === 0 && si < m) {
        // Nothing under way: an incident that ends before the next one starts is alone, and counts whole
        // for itself (most incidents, in most logs), without going through the queues and the heap.
        const end = slotTime(ends, offset + sj)
        let next = Number.POSITIVE_INFINITY
        if (si + 1 < m) next = mult ? Math.floor(f64(keys, si + 1) * inverse) : slotTime(starts, offset + i32(byStart, si + 1))
        // Stryker disable next-line BlockStatement: an incident left to the queues and the heap gets the same figures as through this shortcut
        if (end <= next) {
          const length = end - ts
          const c = u8(classes, offset + sj)
          if (c === EXCLUDED_CLASS) {
            excluded[sj] = length
            excludedTotalMs += length
          } else {
            counted[sj] = length
            downtimeUnits += length * f64(units, c)
          }
          prev = end
          si++
          continue
        }
      }
      let te = Number.POSITIVE_INFINITY
      let ej = 0
      if (size > 0) {
        ej = i32(heap, 0)
        te = slotTime(ends, offset + ej)
      }
      const t = ts < te ? ts : te
      // Stryker disable next-line LogicalOperator: `||` also counts stretches of no length, or one before the first event, when nothing is under way: both add nothing
      if (prev >= 0 && t > prev) {
        const length = t - prev
        if (i32(active, EXCLUDED_CLASS) > 0) {
          const qb = EXCLUDED_CLASS * cap
          let h = i32(head, EXCLUDED_CLASS)
          while (u8(ended, i32(queues, qb + h))) h++
          head[EXCLUDED_CLASS] = h
          const q = i32(queues, qb + h)
          excluded[q] = f64(excluded, q) + length
          excludedTotalMs += length
        } else {
          const c = i32(active, first) > 0 ? first : i32(active, second) > 0 ? second : i32(active, third) > 0 ? third : -1
          if (c >= 0) {
            const qb = c * cap
            let h = i32(head, c)
            while (u8(ended, i32(queues, qb + h))) h++
            head[c] = h
            const q = i32(queues, qb + h)
            counted[q] = f64(counted, q) + length
            downtimeUnits += length * f64(units, c)
          }
        }
      }
      if (te === t) {
        ended[ej] = 1
        const ce = u8(classes, offset + ej)
        active[ce] = i32(active, ce) - 1
        // Pop the heap's first slot.
        const last = i32(heap, --size)
        const v = slotTime(ends, offset + last)
        let k = 0
        for (;;) {
          let child = 2 * k + 1
          if (child >= size) break
          if (child + 1 < size && slotTime(ends, offset + i32(heap, child + 1)) < slotTime(ends, offset + i32(heap, child))) child++
          const cj = i32(heap, child)
          if (slotTime(ends, offset + cj) >= v) break
          heap[k] = cj
          k = child
        }
        heap[k] = last
      } else {
        const c = u8(classes, offset + sj)
        const t = i32(tail, c)
        queues[c * cap + t] = sj
        tail[c] = t + 1
        active[c] = i32(active, c) + 1
        // Push its slot on the heap of ends.
        const v = slotTime(ends, offset + sj)
        let k = size++
        while (k > 0) {
          const parent = (k - 1) >> 1
          const pj = i32(heap, parent)
          if (slotTime(ends, offset + pj) <= v) break
          heap[k] = pj
          k = parent
        }
        heap[k] = sj
        si++
      }
      prev = t
    }
    this.downtimeUnits = downtimeUnits
    this.excludedTotalMs = excludedTotalMs
  }
}
