/**
 * A guarantee's clock as a service desk runs it: the deadline of a target (covered time, or a due rule in
 * business days) and the spans during which the clock stops because the incident waits on someone else.
 * Everything is recomputed from the incident's history, so a change of commitment or of priority never
 * loses paused time.
 */
import { type Guarantee } from '../commitment/commitment.js'
import { type GuaranteeTarget } from '../commitment/service-desk.js'
import { IssueList } from '../errors.js'
import { type DeskColumns } from '../incidents/service-desk.js'
import { closeOfBusinessDays, nextBusinessDayAt } from '../time/business-days.js'
import { advance, type Coverage, coveredBetween } from '../time/coverage.js'
import { formatInstant } from '../time/instant.js'

/** A span during which a guarantee's clock stood still. Instants are epoch milliseconds. */
export interface PauseSpan {
  readonly start: number
  readonly end: number
  /** The statuses and waiting reasons that stopped it, each once, in order of appearance. */
  readonly reasons: readonly string[]
  /** True when the wait had not ended: the span stops where the clock was read (done, or `asOf`). */
  readonly open: boolean
}

/** Which names of a table's desk columns stop a guarantee's clock: 1 at their index. */
export function pauseMask(g: Guarantee, desk: DeskColumns | undefined): Uint8Array | undefined {
  const pauseOn = g.pauseOn
  // An empty pauseOn marks no name, and comes out undefined below.
  if (!desk || !pauseOn) return undefined
  const mask = new Uint8Array(desk.names.length)
  // Stryker disable next-line BooleanLiteral: a mask marking no name finds no span, as no mask does; only the search is saved
  let any = false
  desk.names.forEach((name, k) => {
    if (pauseOn.includes(name)) {
      mask[k] = 1
      any = true
    }
  })
  return any ? mask : undefined
}

// Reused between incidents, grown when needed: most have few spans, and allocating per incident is what a
// log of a hundred thousand tickets would pay for most.
let rawStart = /* @__PURE__ */ new Float64Array(16)
let rawEnd = /* @__PURE__ */ new Float64Array(16)
let rawReason = /* @__PURE__ */ new Int32Array(16)
let rawOpen = /* @__PURE__ */ new Uint8Array(16)
let rawCount = 0

// The reasons of a span with one reason, frozen once per name: most spans have one.
// Stryker disable next-line ObjectLiteral,ArrayDeclaration: the first table's names are never this array, so the first call replaces it
let singles: { names: readonly string[]; lists: (readonly string[] | undefined)[] } = { names: [], lists: [] }

function single(names: readonly string[], k: number): readonly string[] {
  if (singles.names !== names) singles = { names, lists: [] }
  let list = singles.lists[k]
  // Stryker disable next-line StringLiteral: k is the index of a name of `names`
  if (list === undefined) list = singles.lists[k] = Object.freeze([names[k] ?? ''])
  return list
}

const NONE: readonly PauseSpan[] = /* @__PURE__ */ Object.freeze([])

/**
 * The spans of incident `i` during which the clock stops, cut to [from, until) and merged where they
 * overlap or touch, in time order.
 */
export function pauseSpans(desk: DeskColumns, mask: Uint8Array, i: number, from: number, until: number): readonly PauseSpan[] {
  rawCount = 0
  const { eventAt, eventStatus, waitStart, waitEnd, waitReason } = desk
  // Past the table's end the bounds are missing and the loops do not run.
  const lastEvent = desk.eventFrom[i + 1] ?? 0
  for (let k = desk.eventFrom[i] ?? lastEvent; k < lastEvent; k++) {
    // Stryker disable next-line UnaryOperator: k is within the column
    const status = eventStatus[k] ?? -1
    if (mask[status] !== 1) continue
    const open = k + 1 === lastEvent
    addRaw(eventAt[k] ?? Number.NaN, open ? Number.POSITIVE_INFINITY : (eventAt[k + 1] ?? Number.NaN), status, open, from, until)
  }
  const lastWait = desk.waitFrom[i + 1] ?? 0
  for (let k = desk.waitFrom[i] ?? lastWait; k < lastWait; k++) {
    // Stryker disable next-line UnaryOperator: k is within the column
    const reason = waitReason[k] ?? -1
    if (mask[reason] !== 1) continue
    const end = waitEnd[k] ?? Number.NaN
    const open = Number.isNaN(end)
    addRaw(waitStart[k] ?? Number.NaN, open ? Number.POSITIVE_INFINITY : end, reason, open, from, until)
  }
  const n = rawCount
  if (n === 0) return NONE
  // Spans stay inside the library (a step copies what it shows): not frozen, which costs per object.
  if (n === 1) return [{ start: rawStart[0] ?? 0, end: rawEnd[0] ?? 0, reasons: single(desk.names, rawReason[0] ?? 0), open: rawOpen[0] === 1 }]
  const order: number[] = []
  for (let k = 0; k < n; k++) order.push(k)
  const starts = rawStart
  // The sort is stable: spans starting together stay in the order found, statuses before waits.
  order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0))
  const out: { start: number; end: number; reasons: string[]; open: boolean }[] = []
  for (const k of order) {
    // Stryker disable next-line StringLiteral: a span's reason is the index of a name of `desk.names`
    const reason = desk.names[rawReason[k] ?? 0] ?? ''
    const start = rawStart[k] ?? 0
    const end = rawEnd[k] ?? 0
    const open = rawOpen[k] === 1
    const prev = out[out.length - 1]
    if (prev && start <= prev.end) {
      if (end > prev.end) {
        prev.end = end
        prev.open = open
      } else if (end === prev.end) prev.open ||= open
      if (!prev.reasons.includes(reason)) prev.reasons.push(reason)
    } else out.push({ start, end, reasons: [reason], open })
  }
  // The reasons reach the steps: frozen in place.
  for (const s of out) Object.freeze(s.reasons)
  return out
}

/** Adds a span cut to [from, until); `open` when it had not ended: its end `e` is then +∞, past any `until`. */
function addRaw(s: number, e: number, reason: number, open: boolean, from: number, until: number): void {
  const a = Math.max(s, from)
  const b = Math.min(e, until)
  if (!(b > a)) return
  if (rawCount === rawStart.length) {
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T, made: T): T => (made.set(old), made)
    rawStart = grow(rawStart, new Float64Array(2 * rawCount))
    rawEnd = grow(rawEnd, new Float64Array(2 * rawCount))
    rawReason = grow(rawReason, new Int32Array(2 * rawCount))
    rawOpen = grow(rawOpen, new Uint8Array(2 * rawCount))
  }
  rawStart[rawCount] = a
  rawEnd[rawCount] = b
  rawReason[rawCount] = reason
  rawOpen[rawCount++] = open ? 1 : 0
}

/** Covered time of the pauses within [from, to). */
export function pausedCovered(c: Coverage, spans: readonly PauseSpan[], from: number, to: number): number {
  let total = 0
  for (const s of spans) {
    const a = Math.max(s.start, from)
    const b = Math.min(s.end, to)
    if (b > a) total += coveredBetween(c, a, b)
  }
  return total
}

/** Elapsed time of the pauses within [from, to). */
export function pausedWall(spans: readonly PauseSpan[], from: number, to: number): number {
  let total = 0
  for (const s of spans) {
    const a = Math.max(s.start, from)
    const b = Math.min(s.end, to)
    if (b > a) total += b - a
  }
  return total
}

function noBusinessDay(from: number): never {
  const issues = new IssueList()
  issues.add('calendar', `has no business day in the three years after ${formatInstant(from)}: check its hours and closed dates`, 'no-business-day', { after: formatInstant(from) })
  issues.throwIfAny('Calendar never open')
  // Stryker disable next-line StringLiteral: throwIfAny has thrown; the line satisfies the type `never`
  throw new Error('unreachable')
}

/** The deadline of a target for a clock started at `start`, before any pause. */
export function targetDeadline(c: Coverage, target: GuaranteeTarget, start: number): number {
  const due = target.due
  if (!due) return advance(c, start, target.withinMs)
  const at = due.kind === 'business-days' ? closeOfBusinessDays(c, start, due.days) : nextBusinessDayAt(c, start, due.atMs)
  return at ?? noBusinessDay(start)
}

/**
 * The deadline once the pauses are counted: the earliest instant by which the clock has run, outside the
 * pauses, as much covered time as it would have run from `start` to `base` without them — and never
 * before `base`. The pauses are in time order, disjoint, none before `start`.
 */
export function pausedDeadline(c: Coverage, start: number, base: number, spans: readonly PauseSpan[]): number {
  const first = spans[0]
  if (first === undefined || first.start >= base) return base
  let remaining = coveredBetween(c, start, base)
  let at = start
  // Each pause ends after `at`: the first starts at or after `start`, each next one after the previous end.
  for (const s of spans) {
    // The clock runs out before this pause exactly when the covered time up to it is enough: one sum
    // tells, and the one search for the deadline waits until the stretch holding it is known.
    const before = coveredBetween(c, at, s.start)
    if (before >= remaining) break
    remaining -= before
    at = s.end
  }
  return Math.max(advance(c, at, remaining), base)
}
