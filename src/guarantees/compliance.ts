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
import { evaluateGuarantees, type GuaranteeOptions, type GuaranteeOutcome, type GuaranteeReport } from './evaluate.js'

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
  const groups = new Map<string, Group>()
  const totals = new Map<'gti' | 'gtr', Group>()
  for (const entry of report.incidents) {
    const client = entry.client === undefined ? null : (nameOf.get(entry.client) ?? entry.client)
    const priority = entry.priority ?? null
    for (const kind of ['gti', 'gtr'] as const) {
      const outcome = entry[kind]
      if (!outcome) continue
      const at = outcome.clockStart?.getTime() ?? present(readInstant(o.incidents?.[entry.index]?.start, 'start', new IssueList()))
      const month = monthOf(at, checked.zone)
      const key = JSON.stringify([kind, month, priority, client])
      let g = groups.get(key)
      if (!g) groups.set(key, (g = { kind, month, priority, client, outcomes: [] }))
      g.outcomes.push(outcome)
      let t = totals.get(kind)
      if (!t) totals.set(kind, (t = { kind, month: null, priority: null, client: null, outcomes: [] }))
      t.outcomes.push(outcome)
    }
  }
  const rows = [...groups.values()]
    .sort((a, b) => a.kind.localeCompare(b.kind) || nullsLast(a.month, b.month) || nullsLast(a.priority, b.priority) || nullsLast(a.client, b.client))
    .map(row)
  return Object.freeze({
    timeZone: checked.zone,
    ...(report.asOf && { asOf: report.asOf }),
    incidents: report.incidents.length,
    rows: Object.freeze(rows),
    totals: Object.freeze((['gti', 'gtr'] as const).filter((k) => totals.has(k)).map((k) => row(present(totals.get(k))))),
    report,
  })
}
