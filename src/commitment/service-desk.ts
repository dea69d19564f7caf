/**
 * The service-desk side of a guarantee, compiled: a due rule in business days, the statuses that pause
 * its clock, and targets per priority. Read from the fields of `schema/service-desk.ts`.
 */
import { type IssueList, joinPath, present } from '../errors.js'
import { type BusinessCalendar, readBusinessCalendar } from '../time/calendar.js'
import { formatDuration, readDuration } from '../time/duration.js'

/** How a deadline follows from the clock start, besides covered hours. */
export type DueRule =
  /** The close of the Nth business day after the day the clock starts. */
  | { readonly kind: 'business-days'; readonly days: number }
  /** The first business day after the day the clock starts, at a local time. */
  | { readonly kind: 'next-business-day'; readonly at: string; readonly atMs: number }

/** One target: the time allowed (covered time, or a due rule) and the calendar it runs on. */
export interface GuaranteeTarget {
  /**
   * Covered milliseconds allowed. With a due rule, a nominal figure for sorting and display: the due
   * rule's days times the mean covered time of a business day of the calendar.
   */
  readonly withinMs: number
  /** As written: `PT4H`, `2 business days`, `next business day 12:00`. */
  readonly within: string
  readonly calendar: BusinessCalendar
  /** Set when the deadline is counted in business days rather than covered time. */
  readonly due?: DueRule
}

/** The update target of a guarantee: the longest an open incident may go without an update. */
export interface UpdateTarget {
  readonly withinMs: number
  /** As written, e.g. `PT4H`. */
  readonly within: string
  readonly calendar: BusinessCalendar
}

/** What a guarantee's desk fields compile to. */
export interface GuaranteeDesk {
  /** Statuses and waiting reasons that stop the clock; empty: it never stops. */
  readonly pauseOn: readonly string[]
  readonly byPriority?: Readonly<Record<string, GuaranteeTarget>>
  readonly update?: UpdateTarget
}

interface TargetInput {
  readonly within?: unknown
  readonly due?: { readonly businessDays?: number; readonly nextBusinessDay?: string }
  readonly calendar?: unknown
}

function readDue(due: NonNullable<TargetInput['due']>): DueRule {
  if (due.businessDays !== undefined) return Object.freeze({ kind: 'business-days', days: due.businessDays })
  // The schema's union gives one of the two.
  const at = present(due.nextBusinessDay)
  return Object.freeze({ kind: 'next-business-day', at, atMs: (Number(at.slice(0, 2)) * 60 + Number(at.slice(3, 5))) * 60_000 })
}

function businessDaysOf(calendar: BusinessCalendar): number {
  return Object.values(calendar.hours).filter((ranges) => ranges.length > 0).length
}

/**
 * Reads one target (the guarantee's own, or a priority's) under `path`; `calendar` is the one it falls
 * back on. Exactly one of `within` and `due` must be given.
 */
export function readTarget(input: TargetInput, fallback: BusinessCalendar | undefined, path: string, issues: IssueList): GuaranteeTarget | undefined {
  const calendar = input.calendar === undefined ? fallback : readBusinessCalendar(input.calendar, joinPath(path, 'calendar'), issues)
  if (input.within !== undefined && input.due !== undefined) {
    issues.add(joinPath(path, 'due'), 'cannot be given with within: the deadline is either covered time or business days', 'due-with-within')
    return undefined
  }
  if (input.due !== undefined) {
    const due = readDue(input.due)
    if (!calendar) return undefined
    const days = due.kind === 'business-days' ? due.days : 1
    const perDay = calendar.weeklyMs / Math.max(1, businessDaysOf(calendar))
    const within = due.kind === 'business-days' ? `${due.days} business day${due.days > 1 ? 's' : ''}` : `next business day ${due.at}`
    return Object.freeze({ withinMs: Math.round(days * perDay), within, calendar, due })
  }
  if (input.within === undefined) {
    issues.add(joinPath(path, 'within'), 'is required: the guaranteed time, e.g. "PT4H", or a due rule such as { businessDays: 2 }', 'within-required')
    return undefined
  }
  const withinMs = readDuration(input.within, joinPath(path, 'within'), issues)
  if (withinMs === 0) issues.add(joinPath(path, 'within'), 'must be longer than zero', 'zero-duration')
  if (!withinMs || !calendar) return undefined
  return Object.freeze({ withinMs, within: typeof input.within === 'string' ? input.within : formatDuration(withinMs), calendar })
}

/** Reads the pause statuses and the targets per priority of a guarantee. */
export function readGuaranteeDesk(
  input: {
    readonly pauseOn?: readonly string[]
    readonly byPriority?: Readonly<Record<string, TargetInput>>
    readonly update?: { readonly within?: unknown; readonly calendar?: unknown }
  },
  calendar: BusinessCalendar | undefined,
  path: string,
  issues: IssueList,
): GuaranteeDesk {
  const pauseOn = Object.freeze([...new Set((input.pauseOn ?? []).map((s) => s.trim()))])
  const update = input.update === undefined ? undefined : readTarget({ within: input.update.within, calendar: input.update.calendar }, calendar, joinPath(path, 'update'), issues)
  if (input.byPriority === undefined) return Object.freeze({ pauseOn, ...(update && { update }) })
  const byPriority: Record<string, GuaranteeTarget> = Object.create(null)
  for (const [priority, target] of Object.entries(input.byPriority)) {
    const t = readTarget(target, calendar, joinPath(joinPath(path, 'byPriority'), priority), issues)
    if (t) byPriority[priority.trim()] = t
  }
  return Object.freeze({ pauseOn, byPriority: Object.freeze(byPriority), ...(update && { update }) })
}
