/**
 * Compliance figures of a guarantee over many incidents, grouped by month, priority and client: what a
 * desk reports each month, without a spreadsheet.
 */
import { readCommitment } from '../commitment/commitment.js'
import { Decimal, exactPlus, exactTimes } from '../decimal.js'
import { describe, IssueList, present } from '../errors.js'
import { instantAt } from '../incidents/normalise.js'
import { priorityOf } from '../incidents/service-desk.js'
import { civilFromDays, DAY } from '../time/civil.js'
import { offsetSpan } from '../time/zone-transitions.js'
import { readTimeZone } from '../time/zone.js'
import { clientKeyOf } from './clients.js'
import { columnsWithContext, type GuaranteeColumns, type GuaranteeColumnsReport } from './columns.js'
import { type GuaranteeOptions, type GuaranteeOutcome, type GuaranteeReport, type IncidentGuarantees, select, type TableContext } from './evaluate.js'

/** Mean, 90th percentile and worst of the margins of decided outcomes, in milliseconds. */
export interface MarginFigures {
  readonly mean: number
  /** The margin at least 90 % of them reached (nearest rank from the bottom). */
  readonly p90: number
  /** The smallest margin: the latest one, negative when it was late. */
  readonly worst: number
}

/** The figures of one guarantee over one group of incidents. */
export interface ComplianceRow {
  readonly kind: 'gti' | 'gtr'
  /**
   * `update` for the figures of the guarantee's update clock (when it sets an update target): met, breached
   * and pending as the longest stretch without an update stands, margins the target less that stretch,
   * no elapsed margins and no penalties. Absent on the rows of the deadline.
   */
  readonly clock?: 'update'
  /** `YYYY-MM` of the clock start (of the incident's start when the clock has none), in the zone given; null in totals. */
  readonly month: string | null
  readonly priority: string | null
  readonly client: string | null
  /** Incidents of the group: the sum of the five counts that follow. */
  readonly incidents: number
  readonly met: number
  readonly breached: number
  readonly pending: number
  readonly notEvaluable: number
  readonly notApplicable: number
  /** `met / (met + breached)` in percent; null when none is decided. */
  readonly withinPercent: Decimal | null
  /** Margins of the met and breached ones: covered time and elapsed time; null when none is decided. */
  readonly marginBusiness: MarginFigures | null
  readonly marginWall: MarginFigures | null
  /** Sum of the penalties of the breaches, in percent of the fee, before any cap. */
  readonly penaltyPercent: Decimal
}

/** What {@link guaranteeCompliance} returns. */
export interface Compliance {
  readonly timeZone: string
  readonly asOf?: Date
  /** Incidents evaluated. */
  readonly incidents: number
  /** One row per guarantee, month, priority and client present, sorted in that order (nulls last). */
  readonly rows: readonly ComplianceRow[]
  /** All incidents, per guarantee. */
  readonly totals: readonly ComplianceRow[]
  /**
   * The evaluation the figures come from, as `evaluateGuarantees` gives it: built when first read, since
   * the figures come from the columns of `guaranteeColumns`.
   */
  readonly report: GuaranteeReport
}

/**
 * Options of {@link guaranteeCompliance}: those of `evaluateGuarantees` (whose `clients` also say who is
 * billed for which element: an incident belongs to its own `client`, else to the client of the first of
 * its elements listed), and the zone of the months.
 */
export interface ComplianceOptions extends GuaranteeOptions {
  /** IANA zone of the months; default the commitment's. */
  timeZone?: string
}

interface Group {
  kind: 'gti' | 'gtr'
  clock?: 'update'
  month: string | null
  priority: string | null
  client: string | null
  outcomes: GuaranteeOutcome[]
}

function margins(values: number[]): MarginFigures | null {
  values.sort((a, b) => a - b)
  const worst = values[0]
  if (worst === undefined) return null
  let sum = 0
  for (const v of values) sum += v
  return Object.freeze({ mean: sum / values.length, p90: present(values[Math.floor(0.1 * values.length)]), worst })
}

function row(g: Group): ComplianceRow {
  const count = (status: GuaranteeOutcome['status']) => g.outcomes.filter((o) => o.status === status).length
  const met = count('met')
  const breached = count('breached')
  const decided = g.outcomes.filter((o) => o.marginBusinessMs !== null)
  return Object.freeze({
    kind: g.kind,
    month: g.month,
    priority: g.priority,
    client: g.client,
    incidents: g.outcomes.length,
    met,
    breached,
    pending: count('pending'),
    notEvaluable: count('not-evaluable'),
    notApplicable: count('not-applicable'),
    withinPercent: met + breached === 0 ? null : new Decimal(met).times(100).div(met + breached),
    marginBusiness: margins(decided.map((o) => present(o.marginBusinessMs))),
    marginWall: margins(decided.map((o) => present(o.marginWallMs))),
    penaltyPercent: g.outcomes.reduce((sum, o) => sum.plus(o.penaltyPercent), new Decimal(0)),
  })
}

/** The row of a group of update clocks: every outcome of the group has one. */
function updateRow(g: Group): ComplianceRow {
  const clocks = g.outcomes.map((o) => present(o.update))
  const count = (status: 'met' | 'breached' | 'pending') => clocks.filter((u) => u.status === status).length
  const met = count('met')
  const breached = count('breached')
  return Object.freeze({
    kind: g.kind,
    clock: 'update' as const,
    month: g.month,
    priority: g.priority,
    client: g.client,
    incidents: clocks.length,
    met,
    breached,
    pending: count('pending'),
    notEvaluable: 0,
    notApplicable: 0,
    withinPercent: met + breached === 0 ? null : new Decimal(met).times(100).div(met + breached),
    marginBusiness: margins(clocks.filter((u) => u.status !== 'pending').map((u) => u.marginBusinessMs)),
    marginWall: null,
    penaltyPercent: new Decimal(0),
  })
}

/** The local month of `t` in `zone`, as months since year 0: the offset read from the zone's changes, found once. */
function monthCode(t: number, zone: string): number {
  const { year, month } = civilFromDays(Math.floor((t + offsetSpan(zone, t).offset) / DAY))
  return year * 12 + month - 1
}

function monthName(code: number): string {
  const year = Math.floor(code / 12)
  return `${String(year).padStart(4, '0')}-${String(code - year * 12 + 1).padStart(2, '0')}`
}

function monthOf(t: number, zone: string): string {
  return monthName(monthCode(t, zone))
}

const nullsLast = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)

/**
 * Compliance figures of the GTI and GTR by month × priority × client: how many incidents met, breached,
 * are pending or could not be judged; the share met; the margins to the deadline (mean, 90th percentile,
 * worst) in covered and in elapsed time; the penalties. Every count adds up to the incidents of its group.
 *
 * @example
 * const c = guaranteeCompliance({
 *   commitment: { timeZone: 'Europe/Paris', gti: { within: 'PT4H' } },
 *   incidents: [
 *     { start: '2026-05-13T10:00:00Z', end: '2026-05-13T18:00:00Z', reportedAt: '2026-05-13T10:00:00Z', interventionAt: '2026-05-13T11:00:00Z', priority: 'P2' },
 *     { start: '2026-05-20T10:00:00Z', end: '2026-05-20T18:00:00Z', reportedAt: '2026-05-20T10:00:00Z', interventionAt: '2026-05-20T15:00:00Z', priority: 'P2' },
 *   ],
 * })
 * c.rows[0].month // '2026-05'
 * c.rows[0].withinPercent?.toString() // '50'
 * c.rows[0].marginWall?.worst // -3_600_000: one hour late
 * @throws InputError listing every problem of the options, as evaluateGuarantees does.
 */
export function guaranteeCompliance(options: ComplianceOptions): Compliance {
  const o = (options ?? {}) as Partial<ComplianceOptions>
  const issues = new IssueList()
  const commitment = readCommitment(o.commitment, 'commitment', issues)
  const zone = o.timeZone === undefined ? commitment?.timeZone : readTimeZone(o.timeZone, 'timeZone', issues)
  const nameOf = new Map<string, string>()
  if (Array.isArray(o.clients))
    for (const c of o.clients)
      if (c !== null && typeof c === 'object' && typeof c.id === 'string' && c.name !== undefined && !nameOf.has(c.id.trim())) nameOf.set(c.id.trim(), String(c.name))
  // Without a zone option the commitment's, which is there once no issue was added.
  const checked = issues.checked({ commitment, zone }, 'Cannot compute the compliance figures')
  // From the columns: a year of tickets is grouped as fast as it is judged, and the outcome objects are
  // built only if `report` is read.
  const { columns, context } = columnsWithContext({ ...o, commitment: checked.commitment } as GuaranteeOptions)
  const { rows, totals } = complianceOfColumns(columns, context, checked.zone, nameOf)
  const out = {
    timeZone: checked.zone,
    ...(columns.asOf && { asOf: columns.asOf }),
    incidents: columns.count,
    rows,
    totals,
  }
  let report: GuaranteeReport | undefined
  Object.defineProperty(out, 'report', { enumerable: true, get: () => (report ??= reportOf(columns)) })
  return Object.freeze(out) as Compliance
}

/** The evaluation the columns hold, as `evaluateGuarantees` gives it. */
function reportOf(columns: GuaranteeColumnsReport): GuaranteeReport {
  return Object.freeze({
    ...(columns.asOf && { asOf: columns.asOf }),
    incidents: Object.freeze(Array.from({ length: columns.count }, (_, r) => columns.incident(r))),
    stats: columns.stats,
  })
}

// Codes of GUARANTEE_STATUSES.
const MET = 0
const BREACHED = 1
const PENDING = 2
const NOT_APPLICABLE = 3

/** A group of rows of the columns: the rows in input order. */
interface RowGroup {
  readonly kind: 'gti' | 'gtr'
  readonly clock?: 'update'
  readonly month: string | null
  readonly priority: string | null
  readonly client: string | null
  readonly rows: number[]
  readonly columns: GuaranteeColumns
  /** The guarantee's update target, for the margins of its update clock. */
  readonly updateWithinMs: number
}

/**
 * The rows of {@link complianceRows} from the columns: the same groups, counts, margins and sums, in the
 * same order, read from typed arrays rather than from an object per incident.
 */
function complianceOfColumns(
  cols: GuaranteeColumnsReport,
  x: TableContext,
  zone: string,
  nameOf: ReadonlyMap<string, string>,
): { rows: readonly ComplianceRow[]; totals: readonly ComplianceRow[] } {
  const { table, book } = x
  const n = cols.count
  // Each row's priority and client as a code in a list of the names met, the same for both guarantees.
  // Stryker disable next-line ArrayDeclaration: a name no code points to changes no group
  const names: (string | null)[] = []
  const codes = new Map<string | null, number>()
  const codeOf = (name: string | null): number => {
    let k = codes.get(name)
    if (k === undefined) {
      k = names.length
      names.push(name)
      codes.set(name, k)
    }
    return k
  }
  const priority = new Int32Array(n)
  const client = new Int32Array(n)
  for (let r = 0; r < n; r++) {
    const i = cols.index[r] ?? 0
    priority[r] = codeOf(priorityOf(table.desk, i) ?? null)
    const key = clientKeyOf(book, table, i)
    client[r] = codeOf(key === undefined ? null : (nameOf.get(key) ?? key))
  }
  const groups: RowGroup[] = []
  const totals: RowGroup[] = []
  const monthNames = new Map<number, string>()
  for (const kind of ['gti', 'gtr'] as const) {
    const c = cols[kind]
    if (!c) continue
    const updateWithinMs = x.commitment[kind]?.update?.withinMs ?? 0
    const common = { kind, columns: c, updateWithinMs }
    const total: RowGroup = { ...common, month: null, priority: null, client: null, rows: [] }
    const updates: RowGroup | undefined = c.update && { ...common, clock: 'update', month: null, priority: null, client: null, rows: [] }
    const byKey = new Map<number, RowGroup>()
    const updatesByKey = new Map<number, RowGroup>()
    for (let r = 0; r < n; r++) {
      const status = c.status[r] ?? NOT_APPLICABLE
      // Month of the clock start, or of the incident's start where the clock has none.
      const applies = status < NOT_APPLICABLE
      const month = monthCode(applies ? (c.clockStart[r] ?? 0) : instantAt(table.start, cols.index[r] ?? 0), zone)
      const p = priority[r] ?? 0
      const cl = client[r] ?? 0
      const key = (month * names.length + p) * names.length + cl
      let g = byKey.get(key)
      if (!g) byKey.set(key, (g = { ...common, ...groupFields(monthNames, month, names, p, cl), rows: [] }))
      g.rows.push(r)
      total.rows.push(r)
      // The update clock applies where the deadline does: the columns mark both not applicable together.
      if (updates && applies) {
        let u = updatesByKey.get(key)
        if (!u) updatesByKey.set(key, (u = { ...common, clock: 'update', ...groupFields(monthNames, month, names, p, cl), rows: [] }))
        u.rows.push(r)
        updates.rows.push(r)
      }
    }
    groups.push(...byKey.values(), ...updatesByKey.values())
    // A guarantee without a row has no total, as none of its outcomes would make one.
    if (total.rows.length > 0) totals.push(total)
    if (updates && updates.rows.length > 0) totals.push(updates)
  }
  const order = (g: RowGroup) => (g.clock === 'update' ? 1 : 0)
  const build = (g: RowGroup) => (g.clock === 'update' ? updateColumnsRow(g) : columnsRow(g))
  const rows = groups
    .sort((a, b) => a.kind.localeCompare(b.kind) || order(a) - order(b) || nullsLast(a.month, b.month) || nullsLast(a.priority, b.priority) || nullsLast(a.client, b.client))
    .map(build)
  return { rows: Object.freeze(rows), totals: Object.freeze(totals.map(build)) }
}

/** The month, priority and client of a new group, from their codes. */
function groupFields(monthNames: Map<number, string>, month: number, names: readonly (string | null)[], p: number, cl: number): Pick<RowGroup, 'month' | 'priority' | 'client'> {
  let m = monthNames.get(month)
  if (m === undefined) monthNames.set(month, (m = monthName(month)))
  return { month: m, priority: names[p] ?? null, client: names[cl] ?? null }
}

// Reused for the margins of each group: sorted in place, as `margins` sorts its list.
let scratch = /* @__PURE__ */ new Float64Array(1024)

/**
 * The margin figures of `count` values of the scratch (reordered), as {@link margins} gives them for the
 * same list. Whole milliseconds, the usual case, sum exactly in any order while the total stays a safe
 * integer: then the lowest and the rank of the 90 % are selected, not sorted for.
 */
function scratchMargins(count: number): MarginFigures | null {
  if (count === 0) return null
  const values = scratch.subarray(0, count)
  let sum = 0
  let size = 0
  // Stryker disable next-line BooleanLiteral: the sorted path below gives the same figures, only slower
  let whole = true
  let worst = Number.POSITIVE_INFINITY
  for (let k = 0; k < count; k++) {
    const v = values[k] ?? 0
    sum += v
    size += Math.abs(v)
    if (v < worst) worst = v
    // Stryker disable next-line BooleanLiteral,ConditionalExpression: margins are whole milliseconds (durations must be, instants are), and either path gives their figures
    if (!Number.isInteger(v)) whole = false
  }
  const rank = Math.floor(0.1 * count)
  if (whole && size <= Number.MAX_SAFE_INTEGER) return Object.freeze({ mean: sum / count, p90: select(values, rank), worst })
  // In the order `margins` sorts them: margins are never -0 (the outcomes write 0) nor NaN, so the typed
  // array's own numeric order is the same, summed in that order for the same rounding.
  values.sort()
  sum = 0
  for (const v of values) sum += v
  return Object.freeze({ mean: sum / count, p90: values[rank] ?? 0, worst: values[0] ?? 0 })
}

function fillScratch(size: number): Float64Array {
  // Stryker disable next-line ArithmeticOperator: growing to the size alone gives the same figures, only slower
  if (scratch.length < size) scratch = new Float64Array(Math.max(size, 2 * scratch.length))
  return scratch
}

function columnsRow(g: RowGroup): ComplianceRow {
  const c = g.columns
  let met = 0
  let breached = 0
  let pending = 0
  let notApplicable = 0
  // A breach's penalty depends on its units of lateness alone: the breaches are counted per number of units.
  const breaches = new Map<number, { row: number; count: number }>()
  for (const r of g.rows) {
    const status = c.status[r]
    if (status === MET) met++
    else if (status === BREACHED) {
      breached++
      const units = c.penaltyUnits[r] ?? 0
      const seen = breaches.get(units)
      if (seen) seen.count++
      else breaches.set(units, { row: r, count: 1 })
    } else if (status === PENDING) pending++
    else if (status === NOT_APPLICABLE) notApplicable++
  }
  const decided = (column: Float64Array): MarginFigures | null => {
    const values = fillScratch(met + breached)
    let k = 0
    for (const r of g.rows) {
      const status = c.status[r]
      if (status === MET || status === BREACHED) values[k++] = column[r] ?? 0
    }
    return scratchMargins(k)
  }
  return Object.freeze({
    kind: g.kind,
    month: g.month,
    priority: g.priority,
    client: g.client,
    incidents: g.rows.length,
    met,
    breached,
    pending,
    // The rest: guaranteeCompliance raises an issue for a clock that cannot start, so none in practice.
    notEvaluable: g.rows.length - met - breached - pending - notApplicable,
    notApplicable,
    withinPercent: met + breached === 0 ? null : new Decimal(met).times(100).div(met + breached),
    marginBusiness: decided(c.marginBusinessMs),
    marginWall: decided(c.marginWallMs),
    penaltyPercent: penaltySum(g, breaches),
  })
}

// Significant digits of the library's decimals: where a running sum of penalties would start to round.
const PRECISION = 40

/**
 * The sum of a group's penalties, equal to the objects' running sum in input order: when every partial
 * sum fits in the decimals' precision (their whole part and the most decimal places of a penalty, bounded
 * by the sum of the absolute values), no step of that running sum rounds, and the exact sum per number of
 * units is the same value. Otherwise the running sum itself.
 */
function penaltySum(g: RowGroup, breaches: ReadonlyMap<number, { row: number; count: number }>): Decimal {
  const c = g.columns
  let exact = new Decimal(0)
  let size = new Decimal(0)
  let places = 0
  for (const { row, count } of breaches.values()) {
    const percent = c.penaltyPercent(row)
    exact = exactPlus(exact, exactTimes(percent, count))
    size = exactPlus(size, exactTimes(percent.abs(), count))
    places = Math.max(places, percent.decimalPlaces())
  }
  if (Math.max(1, size.e + 1) + places <= PRECISION) return exact
  let sum = new Decimal(0)
  for (const r of g.rows) if (c.status[r] === BREACHED) sum = sum.plus(c.penaltyPercent(r))
  return sum
}

/** The row of a group of update clocks: every row of the group has one. */
function updateColumnsRow(g: RowGroup): ComplianceRow {
  const u = present(g.columns.update)
  const withinMs = g.updateWithinMs
  let met = 0
  let breached = 0
  let pending = 0
  const values = fillScratch(g.rows.length)
  let k = 0
  for (const r of g.rows) {
    const status = u.status[r]
    if (status === MET) met++
    else if (status === BREACHED) breached++
    else pending++
    if (status !== PENDING) values[k++] = withinMs - (u.longestBusinessMs[r] ?? 0)
  }
  return Object.freeze({
    kind: g.kind,
    clock: 'update' as const,
    month: g.month,
    priority: g.priority,
    client: g.client,
    incidents: g.rows.length,
    met,
    breached,
    pending,
    notEvaluable: 0,
    notApplicable: 0,
    withinPercent: met + breached === 0 ? null : new Decimal(met).times(100).div(met + breached),
    marginBusiness: scratchMargins(k),
    marginWall: null,
    penaltyPercent: new Decimal(0),
  })
}

/**
 * @internal The compliance rows of evaluated incidents: by guarantee, month of the clock start in `zone`
 * (of `startOf` when the clock has none), priority and client (named by `nameOf` when listed), and the totals.
 */
export function complianceRows(
  incidents: readonly IncidentGuarantees[],
  zone: string,
  startOf: (entry: IncidentGuarantees) => number,
  nameOf: ReadonlyMap<string, string> = new Map(),
): { rows: readonly ComplianceRow[]; totals: readonly ComplianceRow[] } {
  const groups = new Map<string, Group>()
  const totals = new Map<string, Group>()
  const add = (map: Map<string, Group>, key: string, fields: Omit<Group, 'outcomes'>, outcome: GuaranteeOutcome) => {
    let g = map.get(key)
    if (!g) map.set(key, (g = { ...fields, outcomes: [] }))
    g.outcomes.push(outcome)
  }
  for (const entry of incidents) {
    const client = entry.client === undefined ? null : (nameOf.get(entry.client) ?? entry.client)
    const priority = entry.priority ?? null
    for (const kind of ['gti', 'gtr'] as const) {
      const outcome = entry[kind]
      if (!outcome) continue
      const at = outcome.clockStart?.getTime() ?? startOf(entry)
      const month = monthOf(at, zone)
      // Stryker disable next-line StringLiteral: any tag but 'update' keeps the deadline's groups apart from the update clock's
      add(groups, JSON.stringify([kind, '', month, priority, client]), { kind, month, priority, client }, outcome)
      add(totals, kind, { kind, month: null, priority: null, client: null }, outcome)
      if (outcome.update) {
        add(groups, JSON.stringify([kind, 'update', month, priority, client]), { kind, clock: 'update', month, priority, client }, outcome)
        add(totals, `${kind}|update`, { kind, clock: 'update', month: null, priority: null, client: null }, outcome)
      }
    }
  }
  // The deadline's rows of a guarantee, then its update clock's.
  const order = (g: Group) => (g.clock === 'update' ? 1 : 0)
  const build = (g: Group) => (g.clock === 'update' ? updateRow(g) : row(g))
  const rows = [...groups.values()]
    .sort((a, b) => a.kind.localeCompare(b.kind) || order(a) - order(b) || nullsLast(a.month, b.month) || nullsLast(a.priority, b.priority) || nullsLast(a.client, b.client))
    .map(build)
  return {
    rows: Object.freeze(rows),
    // Stryker disable next-line ArithmeticOperator: a guarantee's update total is always added after its deadline's, so the sort keeps them in that order either way
    totals: Object.freeze([...totals.values()].sort((a, b) => a.kind.localeCompare(b.kind) || order(a) - order(b)).map(build)),
  }
}
