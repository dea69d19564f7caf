/**
 * Compliance figures of a guarantee over many incidents, grouped by month, priority and client: what a
 * desk reports each month, without a spreadsheet.
 */
import { readCommitment } from '../commitment/commitment.js'
import { Decimal } from '../decimal.js'
import { describe, IssueList, present } from '../errors.js'
import { civilFromDays, DAY } from '../time/civil.js'
import { readInstant } from '../time/instant.js'
import { zoneOffset } from '../time/offset.js'
import { readTimeZone } from '../time/zone.js'
import { evaluateGuarantees, type GuaranteeOptions, type GuaranteeOutcome, type GuaranteeReport, type IncidentGuarantees } from './evaluate.js'

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
  /** The evaluation the figures come from. */
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
  const clocks = g.outcomes.map((o) => o.update).filter((u) => u !== undefined)
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

function monthOf(t: number, zone: string): string {
  const { year, month } = civilFromDays(Math.floor((t + zoneOffset(zone, t)) / DAY))
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
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
  const report = evaluateGuarantees({ ...o, commitment: checked.commitment } as GuaranteeOptions)
  const { rows, totals } = complianceRows(report.incidents, checked.zone, (entry) => present(readInstant(o.incidents?.[entry.index]?.start, 'start', new IssueList())), nameOf)
  return Object.freeze({
    timeZone: checked.zone,
    ...(report.asOf && { asOf: report.asOf }),
    incidents: report.incidents.length,
    rows,
    totals,
    report,
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
    totals: Object.freeze([...totals.values()].sort((a, b) => a.kind.localeCompare(b.kind) || order(a) - order(b)).map(build)),
  }
}
