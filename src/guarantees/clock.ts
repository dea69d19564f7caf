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
  if (!desk || !pauseOn || pauseOn.length === 0) return undefined
  const mask = new Uint8Array(desk.names.length)
  let any = false
  desk.names.forEach((name, k) => {
    if (pauseOn.includes(name)) {
      mask[k] = 1
      any = true
    }
  })
  return any ? mask : undefined
}

// Reused between incidents: most have few spans, and allocating per incident is what a log of a
// hundred thousand tickets would pay for most.
const rawStart: number[] = []
const rawEnd: number[] = []
const rawReason: number[] = []
const rawOpen: boolean[] = []

/**
 * The spans of incident `i` during which the clock stops, cut to [from, until) and merged where they
 * overlap or touch, in time order.
 */
export function pauseSpans(desk: DeskColumns, mask: Uint8Array, i: number, from: number, until: number): PauseSpan[] {
  rawStart.length = rawEnd.length = rawReason.length = rawOpen.length = 0
  for (let k = desk.eventFrom[i]!, last = desk.eventFrom[i + 1]!; k < last; k++) {
    const status = desk.eventStatus[k]!
    if (mask[status] !== 1) continue
    const open = k + 1 === last
    addRaw(desk.eventAt[k]!, open ? Number.POSITIVE_INFINITY : desk.eventAt[k + 1]!, status, open, from, until)
  }
  for (let k = desk.waitFrom[i]!, last = desk.waitFrom[i + 1]!; k < last; k++) {
    const reason = desk.waitReason[k]!
    if (mask[reason] !== 1) continue
    const end = desk.waitEnd[k]!
    const open = Number.isNaN(end)
    addRaw(desk.waitStart[k]!, open ? Number.POSITIVE_INFINITY : end, reason, open, from, until)
  }
  const n = rawStart.length
  if (n === 0) return []
  if (n === 1) return [Object.freeze({ start: rawStart[0]!, end: rawEnd[0]!, reasons: Object.freeze([desk.names[rawReason[0]!]!]), open: rawOpen[0]! })]
  const order: number[] = []
  for (let k = 0; k < n; k++) order.push(k)
  order.sort((a, b) => rawStart[a]! - rawStart[b]! || a - b)
  const out: { start: number; end: number; reasons: string[]; open: boolean }[] = []
  for (const k of order) {
    const reason = desk.names[rawReason[k]!]!
    const prev = out[out.length - 1]
    if (prev && rawStart[k]! <= prev.end) {
      if (rawEnd[k]! > prev.end) {
        prev.end = rawEnd[k]!
        prev.open = rawOpen[k]!
      } else if (rawEnd[k]! === prev.end) prev.open ||= rawOpen[k]!
      if (!prev.reasons.includes(reason)) prev.reasons.push(reason)
    } else out.push({ start: rawStart[k]!, end: rawEnd[k]!, reasons: [reason], open: rawOpen[k]! })
  }
  // Frozen in place: they are fresh, and a frozen copy of a spread would get a shape of its own.
  for (const s of out) {
    Object.freeze(s.reasons)
    Object.freeze(s)
  }
  return out
}

/** Adds a span cut to [from, until); `open` when it had not ended and runs past `until`. */
function addRaw(s: number, e: number, reason: number, open: boolean, from: number, until: number): void {
  const a = s > from ? s : from
  const b = e < until ? e : until
  if (b > a) {
    rawStart.push(a)
    rawEnd.push(b)
    rawReason.push(reason)
    rawOpen.push(open && e > until)
  }
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
  issues.add('calendar', `has no business day in the three years after ${formatInstant(from)}: check its hours and closed dates`)
  issues.throwIfAny('Calendar never open')
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
  for (const s of spans) {
    if (s.end <= at) continue
    const reached = advance(c, at, remaining)
    if (reached <= s.start) return Math.max(reached, base)
    remaining -= coveredBetween(c, at, s.start)
    at = s.end
  }
  return Math.max(advance(c, at, remaining), base)
}
