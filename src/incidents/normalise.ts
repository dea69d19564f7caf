import { describe, IssueList, present } from '../errors.js'
import { type Cause, CAUSES, type Impact, IMPACTS } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { formatInstant, isInstantInRange, readInstant, readIsoInstantInto } from '../time/instant.js'
import { type IncidentColumns, isIncidentColumns } from './columns.js'
import { type DeskColumns, DeskColumnsBuilder } from './service-desk.js'

/** The value of {@link IncidentTable.element} for an incident that names no element, and so affects every one. */
export const EVERY_ELEMENT = -1

/**
 * Incidents read into columns of numbers, the form every measurement works on. Times are epoch
 * milliseconds; an open incident's end is `asOf`.
 *
 * Columns that most logs leave empty (`open`, `ids`, the guarantee instants) have length 0 when no incident
 * fills them: read them with {@link isOpen}, {@link idOf} and {@link instantAt}.
 */
export interface IncidentTable {
  readonly count: number
  readonly start: Float64Array
  readonly end: Float64Array
  /** 1 when the incident had no end and was closed at `asOf` for measuring; empty when none was open. */
  readonly open: Uint8Array
  /** Index in {@link IMPACTS}. */
  readonly impact: Uint8Array
  /** Index in {@link CAUSES}. */
  readonly cause: Uint8Array
  /**
   * The element each incident affects, as an index in {@link names}; {@link EVERY_ELEMENT} when it names
   * none; `-2 - k` when it names several, listed in {@link lists}`[k]`.
   */
  readonly element: Int32Array
  /** Every element name the incidents mention, each once, in order of first mention. */
  readonly names: readonly string[]
  /** The incidents that name no element, in order. */
  readonly everywhere: readonly number[]
  /** The index of each name in {@link names}; an object without prototype, so that any name is an own key. */
  readonly nameIndex: Readonly<Record<string, number>>
  /** Incidents naming several elements: the list as given, and its distinct names as indices in {@link names}. */
  readonly lists: readonly { readonly elements: readonly string[]; readonly names: readonly number[] }[]
  /**
   * Elements affected; null for every element. Built on first read (read one incident's with
   * {@link elementsOf} instead).
   */
  readonly elements: readonly (readonly string[] | null)[]
  /** Empty when no incident has an id: read with {@link idOf}. */
  readonly ids: readonly (string | undefined)[]
  /**
   * Optional instants for guarantees, NaN where absent. A column none of the incidents fills is empty
   * (length 0): read it with {@link instantAt}.
   */
  readonly detectedAt: Float64Array
  readonly reportedAt: Float64Array
  readonly interventionAt: Float64Array
  readonly restoredAt: Float64Array
  readonly asOf: number | undefined
  /** Priorities, status histories and waits; undefined when no incident has any (see service-desk.ts). */
  readonly desk: DeskColumns | undefined
}

/** Where `value` is in a short list of names, or -1: a few comparisons cost less than a Map lookup. */
function indexIn(list: readonly string[], value: unknown): number {
  for (let k = 0; k < list.length; k++) if (list[k] === value) return k
  return -1
}

/**
 * Reads incidents into an {@link IncidentTable}, listing every problem with its path
 * (`incidents[3].end: is before start (…)`). Open incidents are closed at `openAt`, which is `asOf`
 * unless a caller gives a default for logs that turn out to hold an open incident: the table's `asOf` is
 * then `openAt` only if one was met, so that a closed log reads as if no instant had been given.
 */
export function readIncidents(input: unknown, asOf: number | undefined, path: string, issues: IssueList, openAt: number | undefined = asOf): IncidentTable | undefined {
  if (isIncidentColumns(input)) return tableOfColumns(input, asOf, path, issues, openAt)
  if (!Array.isArray(input)) {
    issues.add(path, `must be a list of incidents (got ${describe(input)})`, 'incident-list', { got: describe(input) })
    return undefined
  }
  const before = issues.issues.length
  // Undefined only when a problem was added.
  const table = readList(input, asOf, path, issues, openAt)
  if (table) return table
  // Read in chunks, the problems of a chunk's element lists come after those of its instants: read again
  // one incident at a time, for the problems in the order of the log. Only a log that fails pays this.
  issues.issues.length = before
  return readList(input, asOf, path, issues, openAt, 1)
}

/**
 * {@link readIncidents} of a list, `chunk` incidents at a time: for each chunk, the instants, impacts and
 * causes, then the elements and the fields most logs leave out. With `chunk` 1, the problems come in the
 * order of the incidents and, for each, of its fields.
 *
 * Read one incident after the other, each element name waited on its own cache misses (the list, then its
 * string, then the dictionary); a tight second pass over a chunk lets the processor overlap the misses of
 * several incidents. A thousand incidents stay in cache between the two passes.
 */
function readList(input: readonly unknown[], asOf: number | undefined, path: string, issues: IssueList, openAt: number | undefined, chunk = 1000): IncidentTable | undefined {
  const n = input.length
  const start = new Float64Array(n)
  const end = new Float64Array(n)
  const impact = new Uint8Array(n)
  const cause = new Uint8Array(n)
  const element = new Int32Array(n)
  // Element names are interned here, while each incident is in hand: grouping a million incidents by
  // element later is then a pass over integers, not a second walk through a million objects.
  const names: string[] = []
  // A dictionary object rather than a Map: V8 looks a string key up in it about a quarter faster.
  const nameIndex: Record<string, number> = Object.create(null)
  const intern = (name: string): number => {
    let k = nameIndex[name]
    if (k === undefined) {
      k = names.length
      names.push(name)
      nameIndex[name] = k
    }
    return k
  }
  const everywhere: number[] = []
  const lists: { elements: readonly string[]; names: number[] }[] = []
  // Columns most logs leave empty exist only once an incident fills them.
  let open: Uint8Array | undefined
  let extras: Extras | undefined
  const before = issues.issues.length
  // Paths are written only when something is wrong: building a string per field per incident would
  // cost more than reading a million incidents.
  for (let from = 0; from < n; from += chunk) {
    const to = Math.min(n, from + chunk)
    for (let i = from; i < to; i++) {
      const raw = input[i] as IncidentInput | undefined
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        issues.add(`${path}[${i}]`, `must be an incident object { start, end, … } (got ${describe(raw)})`, 'incident-object', { got: describe(raw) })
        continue
      }
      // Each instant is read straight into its column (see readInto). NaN, never undefined, for an
      // instant that could not be read: its issue is added, and the table dropped.
      const rawStart = raw.start
      if (isWholeMs(rawStart)) start[i] = rawStart
      else readInto(rawStart, start, i, path, 'start', issues)
      const s = present(start[i])
      const rawEnd = raw.end
      if (rawEnd === undefined || rawEnd === null) {
        if (openAt === undefined) issues.add(`${path}[${i}].end`, 'is missing: an open incident needs an asOf instant to be measured', 'open-needs-asof')
        // A comparison with NaN is false: an unreadable start has its own issue.
        else if (openAt < s) issues.add(`${path}[${i}].start`, `is after asOf (${formatInstant(openAt)}): an open incident cannot start in the future`, 'after-asof', { asOf: formatInstant(openAt) })
        else {
          end[i] = openAt
          ;(open ??= new Uint8Array(n))[i] = 1
        }
      } else {
        if (isWholeMs(rawEnd)) end[i] = rawEnd
        else readInto(rawEnd, end, i, path, 'end', issues)
        if (present(end[i]) < s) issues.add(`${path}[${i}].end`, `is before start (${formatInstant(s)})`, 'before-start', { start: formatInstant(s) })
      }
      const rawImpact = raw.impact
      if (rawImpact !== undefined && rawImpact !== 'outage') {
        const im = indexIn(IMPACTS, rawImpact)
        if (im < 0) issues.add(`${path}[${i}].impact`, `must be one of ${IMPACTS.join(', ')} (got ${describe(rawImpact)})`, 'one-of', { options: IMPACTS.join(', '), got: describe(rawImpact) })
        else impact[i] = im
      }
      const rawCause = raw.cause
      if (rawCause !== undefined && rawCause !== 'unplanned') {
        const ca = indexIn(CAUSES, rawCause)
        if (ca < 0) issues.add(`${path}[${i}].cause`, `must be one of ${CAUSES.join(', ')} (got ${describe(rawCause)})`, 'one-of', { options: CAUSES.join(', '), got: describe(rawCause) })
        else cause[i] = ca
      }
    }
    for (let i = from; i < to; i++) {
      const raw = input[i] as IncidentInput | undefined
      // Its problem was added in the first pass.
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) continue
      const els = raw.elements
      // The common case first: one element, in a list, or a name alone.
      const one: unknown = Array.isArray(els) && els.length === 1 ? els[0] : els
      if (typeof one === 'string' && one.length > 0) element[i] = intern(one)
      else if (els === undefined || els === null) {
        element[i] = EVERY_ELEMENT
        everywhere.push(i)
      } else if (isElementList(els)) {
        // An incident naming one element twice must count once for it.
        const distinct: number[] = []
        for (const name of els) {
          const k = intern(name)
          if (!distinct.includes(k)) distinct.push(k)
        }
        element[i] = -2 - lists.length
        lists.push({ elements: els, names: distinct })
      } else {
        issues.add(`${path}[${i}].elements`, `must be a non-empty list of element names, or absent for every element (got ${describe(els)})`, 'element-list', { got: describe(els) })
        element[i] = EVERY_ELEMENT
      }
      // Fields most logs leave out, read apart so that the loop over a million incidents stays small.
      if (
        raw.id !== undefined ||
        raw.title !== undefined ||
        raw.detectedAt != null ||
        raw.reportedAt != null ||
        raw.interventionAt != null ||
        raw.restoredAt != null ||
        raw.priority != null ||
        raw.statusHistory != null ||
        raw.waiting != null ||
        raw.client != null
      )
        (extras ??= new Extras(n)).read(raw, i, path, issues)
    }
  }
  if (issues.issues.length > before) return undefined
  const ids = extras?.ids
  if (ids) while (ids.length < n) ids.push(undefined)
  return new Table(
    n,
    start,
    end,
    open ?? new Uint8Array(0),
    impact,
    cause,
    element,
    names,
    everywhere,
    nameIndex,
    lists,
    ids ?? [],
    extras?.detectedAt ?? nanColumn(0),
    extras?.reportedAt ?? nanColumn(0),
    extras?.interventionAt ?? nanColumn(0),
    extras?.restoredAt ?? nanColumn(0),
    open ? openAt : asOf,
    extras?.desk?.build(),
  )
}

/** The columns of the fields most logs leave out (id, title, guarantee instants, service desk), made when first filled. */
class Extras {
  ids: (string | undefined)[] | undefined
  detectedAt: Float64Array | undefined
  reportedAt: Float64Array | undefined
  interventionAt: Float64Array | undefined
  restoredAt: Float64Array | undefined
  desk: DeskColumnsBuilder | undefined
  constructor(readonly n: number) {}

  read(raw: IncidentInput, i: number, path: string, issues: IssueList): void {
    const n = this.n
    const id = raw.id
    if (id !== undefined) {
      if (typeof id === 'string') this.ids = withId(this.ids, i, id)
      else if (typeof id === 'number' && Number.isFinite(id)) this.ids = withId(this.ids, i, String(id))
      else issues.add(`${path}[${i}].id`, `must be a string or a number (got ${describe(id)})`, 'incident-id', { got: describe(id) })
    }
    if (raw.title !== undefined && typeof raw.title !== 'string') issues.add(`${path}[${i}].title`, `must be text (got ${describe(raw.title)})`, 'type', { expected: 'string', got: describe(raw.title) })
    if (raw.detectedAt != null) readInto(raw.detectedAt, (this.detectedAt ??= nanColumn(n)), i, path, 'detectedAt', issues)
    if (raw.reportedAt != null) readInto(raw.reportedAt, (this.reportedAt ??= nanColumn(n)), i, path, 'reportedAt', issues)
    if (raw.interventionAt != null) readInto(raw.interventionAt, (this.interventionAt ??= nanColumn(n)), i, path, 'interventionAt', issues)
    if (raw.restoredAt != null) readInto(raw.restoredAt, (this.restoredAt ??= nanColumn(n)), i, path, 'restoredAt', issues)
    // Service-desk fields: read in service-desk.ts.
    if (raw.priority != null || raw.statusHistory != null || raw.waiting != null || raw.client != null) (this.desk ??= new DeskColumnsBuilder(n)).read(raw, i, path, issues)
  }
}

/** Columns a reader checked already: only open incidents are left to close at `asOf`. */
function tableOfColumns(c: IncidentColumns, asOf: number | undefined, path: string, issues: IssueList, openAt: number | undefined): IncidentTable | undefined {
  const before = issues.issues.length
  let end = c.end
  let open: Uint8Array | undefined
  for (let i = 0; i < c.count; i++) {
    if (!Number.isNaN(c.end[i])) continue
    if (openAt === undefined) issues.add(`${path}[${i}].end`, 'is missing: an open incident needs an asOf instant to be measured', 'open-needs-asof')
    else if (openAt < present(c.start[i])) issues.add(`${path}[${i}].start`, `is after asOf (${formatInstant(openAt)}): an open incident cannot start in the future`, 'after-asof', { asOf: formatInstant(openAt) })
    else {
      if (!open) {
        open = new Uint8Array(c.count)
        end = c.end.slice()
      }
      open[i] = 1
      end[i] = openAt
    }
  }
  if (issues.issues.length > before) return undefined
  const n = c.count
  return new Table(n, c.start, end, open ?? new Uint8Array(0), c.impact, c.cause, c.element, c.names, c.everywhere, c.nameIndex, c.lists, c.ids, c.detectedAt, c.reportedAt, c.interventionAt, c.restoredAt, open ? openAt : asOf)
}

/**
 * A class, not an object literal with a getter: a literal with an accessor is a dictionary-mode object
 * whose hidden class V8 caches only until the next full GC. Every later call then met a new hidden class,
 * the optimised code of the readers was thrown away ("weak objects") and rebuilt: a small statement right
 * after a full GC took ten times as long as a warm one. A class gives every table one hidden class for good.
 */
class Table implements IncidentTable {
  #elements: (readonly string[] | null)[] | undefined
  constructor(
    readonly count: number,
    readonly start: Float64Array,
    readonly end: Float64Array,
    readonly open: Uint8Array,
    readonly impact: Uint8Array,
    readonly cause: Uint8Array,
    readonly element: Int32Array,
    readonly names: readonly string[],
    readonly everywhere: readonly number[],
    readonly nameIndex: Readonly<Record<string, number>>,
    readonly lists: readonly { readonly elements: readonly string[]; readonly names: readonly number[] }[],
    readonly ids: readonly (string | undefined)[],
    readonly detectedAt: Float64Array,
    readonly reportedAt: Float64Array,
    readonly interventionAt: Float64Array,
    readonly restoredAt: Float64Array,
    readonly asOf: number | undefined,
    readonly desk: DeskColumns | undefined = undefined,
  ) {}

  get elements(): readonly (readonly string[] | null)[] {
    if (!this.#elements) {
      const elements: (readonly string[] | null)[] = []
      for (let i = 0; i < this.count; i++) elements.push(elementsOf(this, i))
      this.#elements = elements
    }
    return this.#elements
  }
}

function nanColumn(n: number): Float64Array {
  return new Float64Array(n).fill(Number.NaN)
}

/** Sets the id of incident `i`, creating the column at the first id. */
function withId(ids: (string | undefined)[] | undefined, i: number, id: string): (string | undefined)[] {
  // Filled by push, never with holes: `new Array(n)` of a million slots, or a write past the end, puts a
  // V8 array in slow dictionary mode.
  const column = ids ?? []
  while (column.length < i) column.push(undefined)
  column.push(id)
  return column
}

function isElementList(value: unknown): value is readonly string[] {
  if (!Array.isArray(value) || value.length === 0) return false
  for (let k = 0; k < value.length; k++) {
    const x = value[k]
    if (typeof x !== 'string' || x.length === 0) return false
  }
  return true
}

/** Epoch milliseconds in the accepted range, the library's own unit: taken as they are. */
function isWholeMs(value: unknown): value is number {
  return typeof value === 'number' && isInstantInRange(value)
}

/**
 * Reads an instant into `column[i]`; NaN there, and an issue at the field's path, when it is not one.
 * Dates, epoch milliseconds and well-formed strings, the forms code and files pass, are read without the
 * general reader, which would build the path for each of them. Written into the column rather than
 * returned: a number returned from a function V8 does not inline is boxed in a new heap number, 32 MB of
 * garbage for a million incidents given as ISO strings.
 */
function readInto(value: unknown, column: Float64Array, i: number, path: string, field: string, issues: IssueList): void {
  if (typeof value === 'string') {
    if (readIsoInstantInto(value, column, i)) return
  } else if (value instanceof Date) {
    const t = value.getTime()
    if (isInstantInRange(t)) {
      column[i] = t
      return
    }
  } else if (isWholeMs(value)) {
    column[i] = value
    return
  }
  column[i] = readInstant(value, `${path}[${i}].${field}`, issues) ?? Number.NaN
}

/** The impact name of incident `i`. */
export function impactOf(table: IncidentTable, i: number): Impact {
  // An index past the list (a missing row) gives undefined, which present() refuses.
  return present(IMPACTS[table.impact[i] ?? IMPACTS.length])
}

/** The cause name of incident `i`. */
export function causeOf(table: IncidentTable, i: number): Cause {
  return present(CAUSES[table.cause[i] ?? CAUSES.length])
}

/** Whether incident `i` had no end and was closed at `asOf`. */
export function isOpen(table: IncidentTable, i: number): boolean {
  return i < table.open.length && table.open[i] === 1
}

/** The id of incident `i`, if it has one. */
export function idOf(table: IncidentTable, i: number): string | undefined {
  return i < table.ids.length ? table.ids[i] : undefined
}

/**
 * The elements incident `i` affects, null for every element: the list given when it named several, a
 * new one-name list when it named one.
 */
export function elementsOf(table: IncidentTable, i: number): readonly string[] | null {
  const k = present(table.element[i])
  if (k >= 0) return [present(table.names[k])]
  if (k === EVERY_ELEMENT) return null
  return present(table.lists[-2 - k]).elements
}

/** The value of an optional instant column for incident `i`: NaN where absent. */
export function instantAt(column: Float64Array, i: number): number {
  return column[i] ?? Number.NaN
}
