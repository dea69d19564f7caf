import { present } from '../errors.js'
import { CAUSES, IMPACTS } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { formatInstant } from '../time/instant.js'

/** The optional instants of an incident, as columns. */
export const INSTANT_COLUMNS = ['detectedAt', 'reportedAt', 'interventionAt', 'restoredAt'] as const

/** One of {@link INSTANT_COLUMNS}. */
export type InstantColumn = (typeof INSTANT_COLUMNS)[number]

/**
 * Incidents already read and checked, held as columns of numbers rather than one object each: what a
 * reader of a large log hands to `monthlyStatement` (as `incidents`), so that a million rows cost a
 * few typed arrays instead of a million objects, and each date is read once. Build one with a reader
 * (`parseCsvIncidentColumns`, `readCsvIncidentColumns` of `matou/io`); read it back as objects with
 * {@link IncidentColumns.toIncidents}. Titles are not kept: nothing measured depends on them.
 *
 * Times are epoch milliseconds; an open incident's `end` is NaN. Impacts and causes are indices in
 * `IMPACTS` and `CAUSES`.
 */
export interface IncidentColumns {
  /** Tells columns from a list of incidents (a tag rather than `instanceof`, which fails across two copies of the library). */
  readonly kind: 'incident-columns'
  readonly count: number
  readonly start: Float64Array
  /** NaN for an incident still open. */
  readonly end: Float64Array
  readonly impact: Uint8Array
  readonly cause: Uint8Array
  /** Index in {@link names}; -1 for every element; `-2 - k` for the list {@link lists}`[k]`. */
  readonly element: Int32Array
  readonly names: readonly string[]
  readonly nameIndex: Readonly<Record<string, number>>
  readonly everywhere: readonly number[]
  readonly lists: readonly { readonly elements: readonly string[]; readonly names: readonly number[] }[]
  /** Empty when no incident has an id. */
  readonly ids: readonly (string | undefined)[]
  /** Each empty when no incident fills it; NaN where absent. */
  readonly detectedAt: Float64Array
  readonly reportedAt: Float64Array
  readonly interventionAt: Float64Array
  readonly restoredAt: Float64Array
  /** The incidents as objects in the library's format, instants written in UTC. */
  toIncidents(): IncidentInput[]
}

/**
 * Whether `value` is an {@link IncidentColumns}.
 *
 * @example
 * isIncidentColumns([{ start: '2026-03-02T10:00:00Z' }]) // false
 */
export function isIncidentColumns(value: unknown): value is IncidentColumns {
  return value !== null && typeof value === 'object' && (value as { kind?: unknown }).kind === 'incident-columns' && (value as { start?: unknown }).start instanceof Float64Array
}

/** Whether some incident of `incidents` (objects or columns) has no end. */
export function hasOpenIncident(incidents: unknown): boolean {
  if (isIncidentColumns(incidents)) {
    for (let i = 0; i < incidents.count; i++) if (Number.isNaN(incidents.end[i])) return true
    return false
  }
  return Array.isArray(incidents) && incidents.some((x) => x !== null && typeof x === 'object' && (x as { end?: unknown }).end == null)
}

const EMPTY = /* @__PURE__ */ new Float64Array(0)

/**
 * Gathers incidents into columns, one row at a time; the arrays grow by doubling, then are cut to size
 * by {@link build}. The caller has checked every value: this only stores.
 */
export class IncidentColumnsBuilder {
  count = 0
  private capacity: number
  private start: Float64Array
  private end: Float64Array
  private impact: Uint8Array
  private cause: Uint8Array
  private element: Int32Array
  private readonly names: string[] = []
  // A dictionary object rather than a Map: V8 looks a string key up in it about a quarter faster.
  private readonly nameIndex: Record<string, number> = Object.create(null)
  private readonly everywhere: number[] = []
  private readonly lists: { elements: readonly string[]; names: number[] }[] = []
  private ids: (string | undefined)[] | undefined
  private readonly instants: Record<InstantColumn, Float64Array | undefined> = { detectedAt: undefined, reportedAt: undefined, interventionAt: undefined, restoredAt: undefined }

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity)
    this.start = new Float64Array(this.capacity)
    this.end = new Float64Array(this.capacity)
    this.impact = new Uint8Array(this.capacity)
    this.cause = new Uint8Array(this.capacity)
    this.element = new Int32Array(this.capacity)
  }

  /** Adds an incident and returns its index; `end` NaN when open, `impact` and `cause` indices. */
  add(start: number, end: number, impact: number, cause: number): number {
    const i = this.count
    if (i === this.capacity) this.grow()
    this.start[i] = start
    this.end[i] = end
    this.impact[i] = impact
    this.cause[i] = cause
    this.element[i] = -1
    this.count = i + 1
    return i
  }

  /** Incident `i` affects every element. */
  everyElement(i: number): void {
    this.element[i] = -1
    this.everywhere.push(i)
  }

  /** Incident `i` affects one element. */
  oneElement(i: number, name: string): void {
    this.element[i] = this.intern(name)
  }

  /** Incident `i` affects the elements listed (names may repeat: each counts once). */
  someElements(i: number, elements: readonly string[]): void {
    const distinct: number[] = []
    for (const name of elements) {
      const k = this.intern(name)
      if (!distinct.includes(k)) distinct.push(k)
    }
    this.element[i] = -2 - this.lists.length
    this.lists.push({ elements: elements.map(own), names: distinct })
  }

  id(i: number, id: string): void {
    this.ids = fill(this.ids, i, own(id))
  }

  instant(column: InstantColumn, i: number, ms: number): void {
    let c = this.instants[column]
    if (!c) this.instants[column] = c = new Float64Array(this.capacity).fill(Number.NaN)
    c[i] = ms
  }

  /** The columns, cut to the incidents added. */
  build(): IncidentColumns {
    const n = this.count
    const instant = (c: InstantColumn) => this.instants[c]?.slice(0, n) ?? EMPTY
    const pad = (list: (string | undefined)[] | undefined) => {
      if (!list) return []
      while (list.length < n) list.push(undefined)
      return list
    }
    return new Columns(
      n,
      this.start.slice(0, n),
      this.end.slice(0, n),
      this.impact.slice(0, n),
      this.cause.slice(0, n),
      this.element.slice(0, n),
      this.names,
      this.nameIndex,
      this.everywhere,
      this.lists,
      pad(this.ids),
      instant('detectedAt'),
      instant('reportedAt'),
      instant('interventionAt'),
      instant('restoredAt'),
    )
  }

  private intern(name: string): number {
    let k = this.nameIndex[name]
    if (k === undefined) {
      k = this.names.length
      this.names.push(own(name))
      this.nameIndex[name] = k
    }
    return k
  }

  private grow(): void {
    const capacity = this.capacity * 2
    const widen = <T extends Float64Array | Uint8Array | Int32Array>(a: T, fillNaN = false): T => {
      const b = new (a.constructor as new (n: number) => T)(capacity)
      if (fillNaN) (b as Float64Array).fill(Number.NaN, this.capacity)
      b.set(a as never)
      return b
    }
    this.start = widen(this.start)
    this.end = widen(this.end)
    this.impact = widen(this.impact)
    this.cause = widen(this.cause)
    this.element = widen(this.element)
    for (const c of INSTANT_COLUMNS) {
      const column = this.instants[c]
      if (column) this.instants[c] = widen(column, true)
    }
    this.capacity = capacity
  }
}

/**
 * The text as a string of its own. A reader cuts fields out of a large piece of the file; V8 keeps a long
 * field as a view into that piece, so that one id kept per piece would keep the whole file in memory.
 * Joining forces a copy; short strings are copied already.
 */
function own(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/** Sets entry `i` of a column of texts made at its first value; filled by push, never with holes (V8 dictionary mode). */
function fill(list: (string | undefined)[] | undefined, i: number, value: string): (string | undefined)[] {
  const column = list ?? []
  while (column.length < i) column.push(undefined)
  column.push(value)
  return column
}

/** A class, so that every set of columns has one hidden class (see the Table of normalise.ts). */
class Columns implements IncidentColumns {
  readonly kind = 'incident-columns' as const
  constructor(
    readonly count: number,
    readonly start: Float64Array,
    readonly end: Float64Array,
    readonly impact: Uint8Array,
    readonly cause: Uint8Array,
    readonly element: Int32Array,
    readonly names: readonly string[],
    readonly nameIndex: Readonly<Record<string, number>>,
    readonly everywhere: readonly number[],
    readonly lists: readonly { readonly elements: readonly string[]; readonly names: readonly number[] }[],
    readonly ids: readonly (string | undefined)[],
    readonly detectedAt: Float64Array,
    readonly reportedAt: Float64Array,
    readonly interventionAt: Float64Array,
    readonly restoredAt: Float64Array,
  ) {}

  toIncidents(): IncidentInput[] {
    const out: IncidentInput[] = []
    for (let i = 0; i < this.count; i++) {
      const incident: Record<string, unknown> = {}
      const id = i < this.ids.length ? this.ids[i] : undefined
      if (id !== undefined) incident.id = id
      // Every column holds `count` rows: a value missing below it would be a broken reader, and throws.
      incident.start = formatInstant(present(this.start[i]))
      const end = present(this.end[i])
      if (!Number.isNaN(end)) incident.end = formatInstant(end)
      const k = present(this.element[i])
      if (k >= 0) incident.elements = [present(this.names[k])]
      else if (k !== -1) incident.elements = [...present(this.lists[-2 - k]).elements]
      const impact = present(this.impact[i])
      if (impact !== 0) incident.impact = IMPACTS[impact]
      const cause = present(this.cause[i])
      if (cause !== 0) incident.cause = CAUSES[cause]
      for (const c of INSTANT_COLUMNS) {
        // An optional column is empty when no row fills it.
        const t = this[c][i]
        if (t !== undefined && !Number.isNaN(t)) incident[c] = formatInstant(t)
      }
      out.push(incident as IncidentInput)
    }
    return out
  }
}
