/**
 * The open incidents of a desk at an instant, most urgent first: how much of the allowed time each has
 * used, the covered time left, the deadline, and when each escalation level fires.
 */
import { Decimal } from '../decimal.js'
import { describe, IssueList, joinPath, present } from '../errors.js'
import { type DurationLike, readDuration } from '../time/duration.js'
import { evaluateGuarantees, type GuaranteeOptions } from './evaluate.js'
import { type UpdateFigures } from './update-clock.js'

/** An escalation level: it fires so long before (or after) the deadline, in elapsed time. */
export interface EscalationLevel {
  /** Its name, e.g. `"team lead"` or `"1"`. */
  level: string
  /** Fires this long before the deadline, e.g. `"PT1H"`. */
  before?: DurationLike
  /** Fires this long after the deadline. Give one of before and after; neither: at the deadline. */
  after?: DurationLike
}

/** One open incident's guarantee at `asOf`. */
export interface AtRiskEntry {
  /** Position of the incident in the list given. */
  readonly index: number
  readonly id?: string
  readonly kind: 'gti' | 'gtr'
  readonly priority: string | null
  /** `pending`: not yet due; `breached`: past its deadline, still not done. */
  readonly status: 'pending' | 'breached'
  readonly clockStart: Date
  readonly deadline: Date
  /** Covered time used out of the time allowed, in percent (over 100 when late); paused time left out. */
  readonly elapsedPercent: Decimal | null
  readonly elapsedBusinessMs: number
  /** Covered time left before the deadline; negative when late. */
  readonly leftBusinessMs: number
  /** Each configured level, with the instant it fires and whether it has at `asOf`. */
  readonly escalations: readonly { readonly level: string; readonly at: Date; readonly fired: boolean }[]
  /**
   * When the guarantee sets an update target: the longest stretch without an update so far (the silence
   * since the last update counts up to `asOf`), and how it stands against the target.
   */
  readonly update?: UpdateFigures
}

/** What {@link atRiskList} returns. */
export interface AtRiskList {
  readonly asOf: Date
  /** Most urgent first: least covered time left, then earliest deadline. */
  readonly entries: readonly AtRiskEntry[]
}

/** Options of {@link atRiskList}: those of `evaluateGuarantees`, `asOf` required, and the escalation levels. */
export interface AtRiskOptions extends GuaranteeOptions {
  asOf: NonNullable<GuaranteeOptions['asOf']>
  escalations?: readonly EscalationLevel[]
}

/**
 * The open incidents at `asOf` for each guarantee, most urgent first, with the share of the allowed time
 * used ("% reached"), the covered time left, the deadline (paused time counted), and the instants at
 * which each escalation level fires.
 *
 * @example
 * const list = atRiskList({
 *   commitment: { gti: { within: 'PT4H' } },
 *   incidents: [{ id: 'T-1', start: '2026-05-13T10:00:00Z', reportedAt: '2026-05-13T10:00:00Z' }],
 *   asOf: '2026-05-13T13:00:00Z',
 *   escalations: [{ level: 'lead', before: 'PT30M' }],
 * })
 * list.entries[0].elapsedPercent?.toString() // '75'
 * list.entries[0].escalations[0].at.toISOString() // '2026-05-13T13:30:00.000Z'
 * @throws InputError listing every problem of the options.
 */
export function atRiskList(options: AtRiskOptions): AtRiskList {
  const o = (options ?? {}) as Partial<AtRiskOptions>
  const issues = new IssueList()
  if (o.asOf === undefined) issues.add('asOf', 'is required: the instant the open incidents are seen at', 'asof-required')
  const levels: { level: string; offset: number }[] = []
  if (o.escalations !== undefined) {
    if (!Array.isArray(o.escalations)) issues.add('escalations', `must be a list of { level, before? , after? } (got ${describe(o.escalations)})`, 'escalation-list', { got: describe(o.escalations) })
    else
      o.escalations.forEach((e, k) => {
        const path = `escalations[${k}]`
        if (e === null || typeof e !== 'object' || typeof e.level !== 'string' || e.level.trim() === '') {
          issues.add(path, `must be { level, before?, after? } with a level name (got ${describe(e)})`, 'escalation', { got: describe(e) })
          return
        }
        if (e.before !== undefined && e.after !== undefined) issues.add(joinPath(path, 'after'), 'cannot be given with before', 'after-with-before')
        const before = e.before === undefined ? 0 : readDuration(e.before, joinPath(path, 'before'), issues)
        const after = e.after === undefined ? 0 : readDuration(e.after, joinPath(path, 'after'), issues)
        if (before !== undefined && after !== undefined) levels.push({ level: e.level.trim(), offset: after - before })
      })
  }
  issues.throwIfAny('Cannot list the incidents at risk')
  const report = evaluateGuarantees(o as GuaranteeOptions)
  const asOf = present(report.asOf).getTime()
  const entries: AtRiskEntry[] = []
  for (const incident of report.incidents) {
    for (const kind of ['gti', 'gtr'] as const) {
      const g = incident[kind]
      if (!g || g.doneAt !== null || g.leftBusinessMs === null || (g.status !== 'pending' && g.status !== 'breached')) continue
      // A clock with time left has started, and has a deadline.
      const clockStart = present(g.clockStart)
      const due = present(g.deadline)
      const deadline = due.getTime()
      const elapsed = present(g.elapsedBusinessMs)
      const allowed = elapsed + g.leftBusinessMs
      entries.push(
        Object.freeze({
          index: incident.index,
          ...(incident.id !== undefined && { id: incident.id }),
          kind,
          priority: incident.priority ?? null,
          status: g.status,
          clockStart,
          deadline: due,
          elapsedPercent: allowed > 0 ? new Decimal(elapsed).times(100).div(allowed) : null,
          elapsedBusinessMs: elapsed,
          leftBusinessMs: g.leftBusinessMs,
          escalations: Object.freeze(levels.map((l) => Object.freeze({ level: l.level, at: new Date(deadline + l.offset), fired: deadline + l.offset <= asOf }))),
          ...(g.update && { update: g.update }),
        }),
      )
    }
  }
  entries.sort((a, b) => a.leftBusinessMs - b.leftBusinessMs || a.deadline.getTime() - b.deadline.getTime() || a.index - b.index)
  return Object.freeze({ asOf: new Date(asOf), entries: Object.freeze(entries) })
}
