/**
 * The guarantees of a desk's year of tickets as columns: one typed array per figure, one row per incident
 * evaluated, and the outcome objects of {@link evaluateGuarantees} built only for the rows a caller opens.
 * The figures are those of the objects, computed by the same code.
 */
import { type Guarantee } from '../commitment/commitment.js'
import { Decimal } from '../decimal.js'
import { causeOf, impactOf } from '../incidents/normalise.js'
import { coverageOf } from '../time/calendar.js'
import {
  clientTargetOf,
  clockStartAt as startOfClock,
  type GuaranteeOptions,
  guaranteeOutcome,
  type GuaranteeOutcome,
  type GuaranteeStats,
  type GuaranteeStatus,
  incidentEntry,
  type IncidentGuarantees,
  judge,
  type Judged,
  penaltyPercentOf,
  penaltyUnits,
  readGuaranteeOptions,
  statsOf,
  tableContext,
  type TableContext,
} from './evaluate.js'
import { longestWithoutUpdate } from './update-clock.js'

/** The statuses, in the order of their codes in {@link GuaranteeColumns.status}. */
export const GUARANTEE_STATUSES: readonly ['met', 'breached', 'pending', 'not-applicable', 'not-evaluable'] = /* @__PURE__ */ Object.freeze([
  'met',
  'breached',
  'pending',
  'not-applicable',
  'not-evaluable',
] as const)

const MET = 0
const BREACHED = 1
const PENDING = 2
const NOT_APPLICABLE = 3
const ZERO = /* @__PURE__ */ new Decimal(0)

/** The update clock of each row, when the guarantee sets an update target. */
export interface UpdateColumns {
  /** 0 met, 1 breached, 2 pending (as {@link GUARANTEE_STATUSES}); 3 where the guarantee does not apply. */
  readonly status: Uint8Array
  /** The longest stretch without an update, covered time outside pauses, and where it lay (epoch ms); 0 where it does not apply. */
  readonly longestBusinessMs: Float64Array
  readonly longestFrom: Float64Array
  readonly longestTo: Float64Array
}

/**
 * One guarantee over the incidents evaluated: row `r` is the incident at position `index[r]` of the list
 * given. Instants are epoch milliseconds, durations milliseconds of covered (`Business`) or elapsed
 * (`Wall`) time. Where the outcome object has `null`, the column holds 0, and the status says which:
 * `clockStart` and `deadline` are 0 when the guarantee does not apply (status 3 or 4); `doneAt` is 0 when
 * `done` is 0; the margins are 0 unless met or breached; `leftBusinessMs` is 0 when done or without `asOf`.
 */
export interface GuaranteeColumns {
  readonly kind: 'gti' | 'gtr'
  /** Rows. */
  readonly count: number
  /** Code of each row's status: an index in {@link GUARANTEE_STATUSES}. */
  readonly status: Uint8Array
  readonly clockStart: Float64Array
  readonly deadline: Float64Array
  /** 1 when done (intervention for a GTI, restoration for a GTR), else 0. */
  readonly done: Uint8Array
  readonly doneAt: Float64Array
  readonly elapsedBusinessMs: Float64Array
  readonly elapsedWallMs: Float64Array
  readonly lateBusinessMs: Float64Array
  readonly lateWallMs: Float64Array
  readonly pausedBusinessMs: Float64Array
  readonly pausedWallMs: Float64Array
  readonly marginBusinessMs: Float64Array
  readonly marginWallMs: Float64Array
  readonly leftBusinessMs: Float64Array
  /** Units of lateness a breach is charged for under the guarantee's `perLate` penalty; 0 otherwise. */
  readonly penaltyUnits: Float64Array
  /** The update clock, when the guarantee sets an update target. */
  readonly update?: UpdateColumns
  /** Figures over the rows, as `guaranteeStats` gives them. */
  readonly stats: GuaranteeStats
  /** The status of row `r`, by name. */
  statusOf(r: number): GuaranteeStatus
  /** The penalty of row `r` in percent of the fee (0 unless breached), before the guarantee's cap. */
  penaltyPercent(r: number): Decimal
  /** The outcome object of row `r`, the very figures and steps {@link evaluateGuarantees} gives, built now. */
  outcome(r: number): GuaranteeOutcome
}

/** What {@link guaranteeColumns} returns. */
export interface GuaranteeColumnsReport {
  readonly asOf?: Date
  /** Incidents evaluated: the rows of every column. */
  readonly count: number
  /** Position in the list given of the incident of each row. */
  readonly index: Int32Array
  readonly gti?: GuaranteeColumns
  readonly gtr?: GuaranteeColumns
  readonly stats: { readonly gti?: GuaranteeStats; readonly gtr?: GuaranteeStats; readonly incidents: number }
  /** Row `r` as {@link evaluateGuarantees} lists it, built now. */
  incident(r: number): IncidentGuarantees
}

/**
 * The GTI and GTR of a commitment over many incidents, as columns of figures rather than an object per
 * incident: for compliance figures over a desk's year of tickets, where building a hundred thousand frozen
 * outcomes with their dates costs more than judging them. Takes the options of {@link evaluateGuarantees}
 * and gives the same figures and statistics; `outcome(r)` and `incident(r)` build the objects of the rows
 * a caller opens.
 *
 * @example
 * const cols = guaranteeColumns({
 *   commitment: { gti: { within: 'PT4H', calendar: '24/7', penalty: { perBreach: '5' } } },
 *   incidents: [
 *     { start: '2026-05-13T10:00:00Z', end: '2026-05-13T18:00:00Z', reportedAt: '2026-05-13T10:00:00Z', interventionAt: '2026-05-13T11:00:00Z' },
 *     { start: '2026-05-20T10:00:00Z', end: '2026-05-20T18:00:00Z', reportedAt: '2026-05-20T10:00:00Z', interventionAt: '2026-05-20T15:00:00Z' },
 *   ],
 * })
 * const gti = cols.gti
 * gti?.statusOf(1) // 'breached'
 * gti?.lateWallMs[1] // 3_600_000: due 14:00, done 15:00
 * gti?.penaltyPercent(1).toString() // '5'
 * cols.stats.gti?.withinPercent?.toString() // '50'
 * gti?.outcome(1).explanation // the sentence evaluateGuarantees gives
 * @throws InputError listing every problem, as evaluateGuarantees does.
 */
export function guaranteeColumns(options: GuaranteeOptions): GuaranteeColumnsReport {
  return columnsWithContext(options).columns
}

/**
 * @internal The columns of {@link guaranteeColumns} and the context they were judged in, whose table gives
 * each row's incident fields (priority, client, start) without building its objects.
 */
export function columnsWithContext(options: GuaranteeOptions): { columns: GuaranteeColumnsReport; context: TableContext } {
  const { commitment, table, asOf, include, book, issues } = readGuaranteeOptions(options, 'Cannot evaluate the guarantees')
  const x = tableContext(commitment, table, asOf, issues, 'incidents', 'issue', book)
  const rows = new Int32Array(table.count)
  let count = 0
  for (let i = 0; i < table.count; i++) if (include(i)) rows[count++] = i
  const index = rows.slice(0, count)
  const out: { gti?: GuaranteeColumns; gtr?: GuaranteeColumns } = {}
  x.guarantees.forEach((g, gi) => (out[g.kind] = columnsOf(x, g, gi, index)))
  issues.throwIfAny('Cannot evaluate the guarantees')
  const columns = Object.freeze({
    ...(asOf !== undefined && { asOf: new Date(asOf) }),
    count,
    index,
    ...out,
    stats: Object.freeze({ incidents: count, ...(out.gti && { gti: out.gti.stats }), ...(out.gtr && { gtr: out.gtr.stats }) }),
    incident: (r: number) => incidentEntry(x, rowIndex(index, r)),
  })
  return { columns, context: x }
}

function rowIndex(index: Int32Array, r: number): number {
  const i = index[r]
  if (i === undefined || !Number.isInteger(r)) throw new RangeError(`no row ${r}: the columns have ${index.length}`)
  return i
}

function columnsOf(x: TableContext, g: Guarantee, gi: number, index: Int32Array): GuaranteeColumns {
  const n = index.length
  const { table, asOf } = x
  const status = new Uint8Array(n)
  const clockStartAt = new Float64Array(n)
  const deadline = new Float64Array(n)
  const done = new Uint8Array(n)
  const doneAt = new Float64Array(n)
  const elapsedBusinessMs = new Float64Array(n)
  const elapsedWallMs = new Float64Array(n)
  const lateBusinessMs = new Float64Array(n)
  const lateWallMs = new Float64Array(n)
  const pausedBusinessMs = new Float64Array(n)
  const pausedWallMs = new Float64Array(n)
  const marginBusinessMs = new Float64Array(n)
  const marginWallMs = new Float64Array(n)
  const leftBusinessMs = new Float64Array(n)
  const units = new Float64Array(n)
  // The update target with its columns and coverage: all of them or none.
  const target = g.update
  const upd = target && {
    withinMs: target.withinMs,
    coverage: coverageOf(target.calendar),
    columns: { status: new Uint8Array(n), longestBusinessMs: new Float64Array(n), longestFrom: new Float64Array(n), longestTo: new Float64Array(n) },
  }
  const mask = x.masks[gi]
  const excluded = x.commitment.measurement.excludedCauses
  // For the statistics, as guaranteeStats reads them from the objects: the times of the rows done, in row
  // order. Overdue rows (breached, not done) hold no time.
  const business = new Float64Array(n)
  const wall = new Float64Array(n)
  let nb = 0
  let decided = 0
  let met = 0
  let breached = 0
  let pending = 0
  let scratch: Judged | undefined
  for (let r = 0; r < n; r++) {
    const i = index[r] ?? 0
    if (excluded.includes(causeOf(table, i)) || !g.impacts.includes(impactOf(table, i))) {
      status[r] = NOT_APPLICABLE
      if (upd) upd.columns.status[r] = NOT_APPLICABLE
      continue
    }
    const start = startOfClock(table, i, g)
    if (Number.isNaN(start)) {
      x.issues.add(`${x.path}[${i}]`, `has neither reportedAt nor detectedAt: the ${g.kind.toUpperCase()} clock cannot start`, 'no-clock-start', { guarantee: g.kind.toUpperCase() })
      continue
    }
    // Stryker disable next-line BooleanLiteral: with the steps the same figures are judged; only the target's step is built
    const j = judge(g, table, i, asOf, start, mask, clientTargetOf(x, g, i), false, scratch)
    scratch = j
    const code = j.status === 'met' ? MET : j.status === 'breached' ? BREACHED : PENDING
    status[r] = code
    clockStartAt[r] = start
    deadline[r] = j.deadline
    if (j.doneSource !== null) {
      done[r] = 1
      doneAt[r] = j.doneAt
      business[nb] = j.elapsedBusinessMs ?? 0
      wall[nb++] = j.elapsedWallMs ?? 0
    }
    // Null only for an open incident without asOf, which is refused.
    elapsedBusinessMs[r] = j.elapsedBusinessMs ?? 0
    elapsedWallMs[r] = j.elapsedWallMs ?? 0
    lateBusinessMs[r] = j.lateBusinessMs
    lateWallMs[r] = j.lateWallMs
    pausedBusinessMs[r] = j.pausedBusinessMs
    pausedWallMs[r] = j.pausedWallMs
    marginBusinessMs[r] = j.marginBusinessMs ?? 0
    marginWallMs[r] = j.marginWallMs ?? 0
    leftBusinessMs[r] = j.leftBusinessMs ?? 0
    if (code === BREACHED) units[r] = penaltyUnits(g, j)
    if (upd) {
      const u = longestWithoutUpdate(table, i, upd.coverage, start, upd.withinMs, mask)
      upd.columns.status[r] = u.status === 'met' ? MET : u.status === 'breached' ? BREACHED : PENDING
      upd.columns.longestBusinessMs[r] = u.longest
      upd.columns.longestFrom[r] = u.a
      upd.columns.longestTo[r] = u.b
    }
    decided++
    if (code === MET) met++
    else if (code === BREACHED) breached++
    else pending++
  }
  const stats = statsOf(g.kind, decided, met, breached, pending, business.subarray(0, nb), wall.subarray(0, nb))
  return Object.freeze({
    kind: g.kind,
    count: n,
    status,
    clockStart: clockStartAt,
    deadline,
    done,
    doneAt,
    elapsedBusinessMs,
    elapsedWallMs,
    lateBusinessMs,
    lateWallMs,
    pausedBusinessMs,
    pausedWallMs,
    marginBusinessMs,
    marginWallMs,
    leftBusinessMs,
    penaltyUnits: units,
    ...(upd && { update: Object.freeze(upd.columns) }),
    stats,
    // Stryker disable next-line StringLiteral: every code is an index of GUARANTEE_STATUSES
    statusOf: (r: number): GuaranteeStatus => GUARANTEE_STATUSES[status[r] ?? NOT_APPLICABLE] ?? 'not-applicable',
    penaltyPercent: (r: number): Decimal => (status[r] === BREACHED ? penaltyPercentOf(g, units[r] ?? 0) : ZERO),
    outcome: (r: number): GuaranteeOutcome => {
      const o = guaranteeOutcome(x, gi, rowIndex(index, r))
      // Stryker disable next-line StringLiteral: every row has an outcome; an incident without a clock start was refused
      if (!o) throw new RangeError(`row ${r} has no ${g.kind} outcome`)
      return o
    },
  })
}
