/**
 * The service-desk columns of an incident table: each incident's priority, status history and waits,
 * read once into flat arrays, so that a guarantee reads an incident's pauses without walking objects.
 */
import { describe, type IssueList } from '../errors.js'
import { isInstantInRange, parseIsoInstant, readInstant } from '../time/instant.js'

/**
 * Priorities, status histories and waits of the incidents of a table. Events of incident `i` are
 * `eventAt[eventFrom[i] … eventFrom[i + 1])`, sorted by time (equal times keep their order); its waits
 * likewise in `waitFrom`.
 */
export interface DeskColumns {
  /** Status and reason names, each once; the status columns hold indices in it. */
  readonly names: readonly string[]
  readonly eventFrom: Int32Array
  readonly eventAt: Float64Array
  readonly eventStatus: Int32Array
  readonly waitFrom: Int32Array
  readonly waitStart: Float64Array
  /** NaN for a wait that has not ended. */
  readonly waitEnd: Float64Array
  readonly waitReason: Int32Array
  /** Priority of each incident; empty when none has one. */
  readonly priority: readonly (string | undefined)[]
  /** Client of each incident; empty when none has one. */
  readonly client: readonly (string | undefined)[]
}

/** The raw fields read here. */
interface DeskFields {
  readonly priority?: unknown
  readonly statusHistory?: unknown
  readonly waiting?: unknown
  readonly client?: unknown
}

/** Collects the desk fields incident by incident (in index order), then packs them. */
export class DeskColumnsBuilder {
  readonly #names: string[] = []
  readonly #index = new Map<string, number>()
  // Typed and grown by doubling: a desk's year holds some 600,000 status changes, and arrays of numbers
  // pushed one by one cost their copies and the collector's time.
  #eventOwner = new Int32Array(64)
  #eventAt = new Float64Array(64)
  #eventStatus = new Int32Array(64)
  #events = 0
  readonly #waitOwner: number[] = []
  readonly #waitStart: number[] = []
  readonly #waitEnd: number[] = []
  readonly #waitReason: number[] = []
  #priority: (string | undefined)[] | undefined
  #client: (string | undefined)[] | undefined

  constructor(readonly count: number) {}

  #intern(name: string): number {
    let k = this.#index.get(name)
    if (k === undefined) {
      k = this.#names.length
      this.#names.push(name)
      this.#index.set(name, k)
    }
    return k
  }

  /** Reads incident `i`'s desk fields, adding an issue per problem under `path[i]`. */
  read(raw: DeskFields, i: number, path: string, issues: IssueList): void {
    // Paths are written only for an issue: a desk's year holds some 600,000 status changes, all sound.
    const at = () => incidentPath(path, i)
    if (raw.priority !== undefined && raw.priority !== null) {
      const p = raw.priority
      const trimmed = typeof p === 'string' && p.length <= 200 ? p.trim() : ''
      if (trimmed.length > 0) {
        const column = (this.#priority ??= [])
        while (column.length < i) column.push(undefined)
        column.push(trimmed)
      } else issues.add(`${at()}.priority`, `must be a priority name such as "P1" (got ${describe(p)})`, 'desk-priority', { got: describe(p) })
    }
    if (raw.client !== undefined && raw.client !== null) {
      const c = raw.client
      const trimmed = typeof c === 'string' && c.length <= 200 ? c.trim() : ''
      if (trimmed.length > 0) {
        const column = (this.#client ??= [])
        while (column.length < i) column.push(undefined)
        column.push(trimmed)
      } else issues.add(`${at()}.client`, `must be a client name or id (got ${describe(c)})`, 'desk-client', { got: describe(c) })
    }
    const history = raw.statusHistory
    if (history !== undefined && history !== null) {
      if (!Array.isArray(history)) issues.add(`${at()}.statusHistory`, `must be a list of { at, status } (got ${describe(history)})`, 'desk-history', { got: describe(history) })
      else for (let k = 0; k < history.length; k++) this.#event(history[k], i, k, path, issues)
    }
    const waiting = raw.waiting
    if (waiting !== undefined && waiting !== null) {
      if (!Array.isArray(waiting)) issues.add(`${at()}.waiting`, `must be a list of { start, end, reason } (got ${describe(waiting)})`, 'desk-waiting', { got: describe(waiting) })
      else
        waiting.forEach((wait: unknown, k) => {
          const wp = `${at()}.waiting[${k}]`
          if (wait === null || typeof wait !== 'object' || Array.isArray(wait)) {
            issues.add(wp, `must be { start, end, reason } (got ${describe(wait)})`, 'desk-wait', { got: describe(wait) })
            return
          }
          const w = wait as Record<string, unknown>
          const start = instant(w.start, `${wp}.start`, issues)
          const end = w.end === undefined || w.end === null ? Number.NaN : instant(w.end, `${wp}.end`, issues)
          const reason = name(w.reason, `${wp}.reason`, 'a reason such as "waiting-customer"', 'desk-reason', issues)
          for (const key of Object.keys(w)) if (key !== 'start' && key !== 'end' && key !== 'reason') issues.add(`${wp}.${key}`, 'is not a field of a wait (start, end, reason)', 'desk-wait-key')
          if (start !== undefined && end !== undefined && end < start) issues.add(`${wp}.end`, 'is before start', 'wait-order')
          if (start === undefined || end === undefined || reason === undefined || end < start) return
          this.#waitOwner.push(i)
          this.#waitStart.push(start)
          this.#waitEnd.push(end)
          this.#waitReason.push(this.#intern(reason))
        })
    }
  }

  /** Reads status change `k` of incident `i`. */
  #event(event: unknown, i: number, k: number, path: string, issues: IssueList): void {
    if (event === null || typeof event !== 'object' || Array.isArray(event)) {
      issues.add(eventPath(path, i, k), `must be { at, status } (got ${describe(event)})`, 'desk-event', { got: describe(event) })
      return
    }
    const e = event as Record<string, unknown>
    const when = e.at
    // The usual shapes first, the reader that words every problem otherwise.
    const t = typeof when === 'number' && isInstantInRange(when) ? when : instant(when, `${eventPath(path, i, k)}.at`, issues)
    const s = e.status
    const trimmed = typeof s === 'string' && s.length <= 200 ? s.trim() : ''
    const status = trimmed.length > 0 ? trimmed : name(s, `${eventPath(path, i, k)}.status`, 'a status name such as "waiting-customer"', 'desk-status', issues)
    // for…in with an own-key test, not Object.keys: the same keys in the same order, without an array per event.
    for (const key in e) if (key !== 'at' && key !== 'status' && Object.hasOwn(e, key)) issues.add(`${eventPath(path, i, k)}.${key}`, 'is not a field of a status change (at, status)', 'desk-event-key')
    if (t === undefined || status === undefined) return
    const slot = this.#events++
    if (slot === this.#eventAt.length) {
      this.#eventOwner = grown(this.#eventOwner, new Int32Array(2 * slot))
      this.#eventAt = grown(this.#eventAt, new Float64Array(2 * slot))
      this.#eventStatus = grown(this.#eventStatus, new Int32Array(2 * slot))
    }
    this.#eventOwner[slot] = i
    this.#eventAt[slot] = t
    this.#eventStatus[slot] = this.#intern(status)
  }

  build(): DeskColumns {
    const n = this.count
    const count = this.#events
    const events = packed(n, this.#eventOwner.subarray(0, count))
    // Events are sorted per incident, equal times in the order given: a desk export lists them by time,
    // but a hand-written history may not.
    const at = this.#eventAt.slice(0, count)
    const status = this.#eventStatus.slice(0, count)
    let from = 0
    for (let i = 0; i < n; i++) {
      const to = events[i + 1] ?? from
      let sorted = true
      for (let k = from + 1; k < to && sorted; k++) sorted = (at[k - 1] ?? 0) <= (at[k] ?? 0)
      if (!sorted) {
        const order: number[] = []
        for (let k = from; k < to; k++) order.push(k)
        const raw = this.#eventAt
        const rawStatus = this.#eventStatus
        order.sort((a, b) => (raw[a] ?? 0) - (raw[b] ?? 0) || a - b)
        order.forEach((o, d) => {
          at[from + d] = raw[o] ?? 0
          status[from + d] = rawStatus[o] ?? 0
        })
      }
      from = to
    }
    const priority = this.#priority ?? []
    if (priority.length > 0) while (priority.length < n) priority.push(undefined)
    const client = this.#client ?? []
    if (client.length > 0) while (client.length < n) client.push(undefined)
    return Object.freeze({
      names: Object.freeze([...this.#names]),
      eventFrom: events,
      eventAt: at,
      eventStatus: status,
      waitFrom: packed(n, this.#waitOwner),
      waitStart: Float64Array.from(this.#waitStart),
      waitEnd: Float64Array.from(this.#waitEnd),
      waitReason: Int32Array.from(this.#waitReason),
      priority: Object.freeze(priority),
      client: Object.freeze(client),
    })
  }
}

function incidentPath(path: string, i: number): string {
  return `${path}[${i}]`
}

function eventPath(path: string, i: number, k: number): string {
  return `${path}[${i}].statusHistory[${k}]`
}

/** Offsets of each owner's run in a list of owners given in increasing order; n + 1 entries. */
function packed(n: number, owners: ArrayLike<number>): Int32Array {
  const from = new Int32Array(n + 1)
  // Owners are incident indices below n: each count lands inside the array.
  for (let k = 0; k < owners.length; k++) {
    const o = (owners[k] ?? 0) + 1
    from[o] = (from[o] ?? 0) + 1
  }
  let total = 0
  for (let i = 0; i <= n; i++) from[i] = total += from[i] ?? 0
  return from
}

/** `made` holding `old` at its start. */
function grown<T extends Int32Array | Float64Array>(old: T, made: T): T {
  made.set(old)
  return made
}

function instant(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number' && isInstantInRange(value)) return value
  if (typeof value === 'string') {
    const t = parseIsoInstant(value)
    if (isInstantInRange(t)) return t
  }
  return readInstant(value, path, issues)
}

function name(value: unknown, path: string, expected: string, code: string, issues: IssueList): string | undefined {
  if (typeof value === 'string' && value.trim().length > 0 && value.length <= 200) return value.trim()
  issues.add(path, `must be ${expected} (got ${describe(value)})`, code, { got: describe(value) })
  return undefined
}

/** The priority of incident `i`, if it has one. */
export function priorityOf(desk: DeskColumns | undefined, i: number): string | undefined {
  return desk && i < desk.priority.length ? desk.priority[i] : undefined
}

/** The client of incident `i`, if it names one. */
export function clientOf(desk: DeskColumns | undefined, i: number): string | undefined {
  return desk && i < desk.client.length ? desk.client[i] : undefined
}
