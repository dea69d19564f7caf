/**
 * The options of `monthlyStatement` as a schema, the one source of their type, and the readers the schema
 * and the function share: each option is read by one reader, so both refuse the same options with the
 * same path, message, code and figures. The function runs the readers, not the schema, which a bundle that
 * draws up statements would then keep (0.35 kB gzip more).
 */
import * as z from 'zod/mini'
import { type MeasureInput, readMeasureInput, type RunningIntervals } from '../availability/measure.js'
import { type ObservationGap } from '../availability/observation.js'
import { type CommitmentLike, readCommitment } from '../commitment/commitment.js'
import { readRounding, readScale, type RoundingMode } from '../commitment/rounding.js'
import { type Money, type MoneyLike, readMoney } from '../credits/money.js'
import { describe, type IssueParams, IssueList, joinPath } from '../errors.js'
import { type IncidentColumns } from '../incidents/columns.js'
import { type IncidentInput } from '../schema/incident.js'
import { formatInstant, type InstantLike, readInstant } from '../time/instant.js'
import { firstInstantAtWallClock } from '../time/offset.js'
import { checkedWithOthers, readerCheck, readField } from '../time/option-schema.js'
import { parsePeriod, type Period, type PeriodLike } from '../time/period.js'
import { type FeeSource } from './warnings.js'

/** An element billed under a commitment: a VPS, a mailbox, a service. */
export interface BilledElement {
  /** Its name, as incidents name it in `elements`. */
  id: string
  /**
   * What the client pays for it over the period. Leave it out when it is not known: the element still
   * gets its availability and credit percent, and its credit amount is `undefined`, never a guess.
   */
  fee?: MoneyLike
  /** Who is billed for it (the client's name), for the report and the credit notes. */
  name?: string
  /** The offer's service it is billed under, e.g. `vps-s`. */
  service?: string
  /** Where the fee came from, shown in the report: default `given`. `offer` (the offer's list price) is warned about. */
  feeSource?: FeeSource
  /**
   * When its service started within the period: an instant, or a date `YYYY-MM-DD` taken at its first
   * instant in the period's time zone. It is measured from then on.
   */
  from?: InstantLike
  /**
   * When its service ended within the period, excluded (half-open, as every interval here): `2026-03-20`
   * means out of service from 20 March at midnight, the 19th being its last day in service.
   */
  until?: InstantLike
}

/** An element whose fee is known: how every element of a statement was written before fees could be missing. */
export interface PricedElement extends BilledElement {
  fee: MoneyLike
}

/** @internal An element as read: its fee, what the report shows of it, and its `from` / `until` still to be read in the period's zone. */
export interface BilledRead {
  id: string
  fee: Money | undefined
  extra: { name?: string; service?: string; feeSource: FeeSource }
  /** Its position in `elements`, for the paths of its problems. */
  index: number
  from?: unknown
  until?: unknown
}

const FEE_SOURCES: readonly FeeSource[] = ['given', 'client-list', 'option', 'offer']

/**
 * @internal Reads what a statement is measured from: the period (`period`, or `month`, one of them required), the
 * commitment, the incidents, `asOf`, `running` and `gaps`. A month that could not be read is reported as
 * such, not again as a missing period.
 */
export function readStatementMeasure(o: { commitment?: unknown; period?: unknown; month?: unknown; incidents?: unknown; asOf?: unknown; running?: unknown; gaps?: unknown }, issues: IssueList): MeasureInput | undefined {
  const before = issues.issues.length
  let period: unknown = o.period
  if (o.month !== undefined) {
    if (o.period !== undefined) issues.add('month', 'give either month or period, not both', 'month-or-period')
    // Year 0000 has no calendar: it is refused as a month, not by the period's reader of years, which would name a path `year` the options do not have.
    else if (typeof o.month !== 'string' || !/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/.test(o.month)) issues.add('month', `must be a month written YYYY-MM, e.g. '2026-03' (got ${describe(o.month)})`, 'statement-month', { got: describe(o.month) })
    // The month is the commitment's: its problems, if any, are listed once, by readMeasureInput.
    else period = parsePeriod(o.month, readCommitment(o.commitment, 'commitment', new IssueList())?.timeZone ?? 'UTC')
  } else if (o.period === undefined) issues.add('period', "is required: give a period, or a month such as '2026-03'", 'period-required')
  const periodProblem = issues.issues.length > before
  // Only a log with an open incident needs an instant to measure it at (by default the period's end): a
  // closed log reads as before.
  const input = readMeasureInput({ commitment: o.commitment, period, incidents: o.incidents, asOf: o.asOf, running: o.running, gaps: o.gaps, openAtPeriodEnd: true }, issues)
  if (periodProblem) issues.issues.splice(before, issues.issues.length, ...issues.issues.slice(before).filter((x, k) => k === 0 || x.path !== 'period'))
  return input
}

/**
 * Reads an element's fee. Most statements bill many elements the same fee, written the same way: one
 * Money (frozen, so sharing is invisible) serves them all instead of one Decimal per element.
 */
function readFee(value: unknown, path: string, issues: IssueList, cache: Map<string, Map<string, Money>>, anyCode: boolean): Money | undefined {
  const fee = value as Partial<MoneyLike> | null | undefined
  const plain = fee !== null && typeof fee === 'object' && typeof fee.amount === 'string' && typeof fee.currency === 'string'
  const hit = plain ? cache.get(fee.currency as string)?.get(fee.amount as string) : undefined
  if (hit) return hit
  const money = readMoney(value, path, issues, { anyCode })
  if (money && plain) {
    let byAmount = cache.get(fee.currency as string)
    if (!byAmount) cache.set(fee.currency as string, (byAmount = new Map()))
    byAmount.set(fee.amount as string, money)
  }
  return money
}

/**
 * @internal Reads `elements`: a list of `{ id, fee }`, each id once, fees in a currency with a minor unit unless
 * `anyCode` (a `scale` is given). Their `from` / `until` are read by {@link serviceWindows}, in the period's
 * zone. Returns the elements and their ids, or adds issues under `path`.
 */
export function readBilledElements(value: unknown, path: string, issues: IssueList, anyCode: boolean): { billed: BilledRead[]; ids: string[] } {
  const ids: string[] = []
  const billed: BilledRead[] = []
  const seen = new Map<string, number>()
  const feeCache = new Map<string, Map<string, Money>>()
  if (!Array.isArray(value)) issues.add(path, 'must be a list of { id, fee }', 'billed-list')
  // Paths are written only when something is wrong, as for incidents.
  else value.forEach((el: Partial<Record<keyof BilledElement, unknown>> | null, i) => {
    if (el === null || typeof el !== 'object') {
      issues.add(joinPath(path, i), 'must be { id, fee }', 'billed-element')
      return
    }
    if (typeof el.id !== 'string' || el.id.length === 0) issues.add(joinPath(joinPath(path, i), 'id'), 'must be a non-empty element name', 'element-name')
    else if (seen.has(el.id)) issues.add(joinPath(joinPath(path, i), 'id'), `repeats element "${el.id}" (elements[${seen.get(el.id)}])`, 'element-repeated', { element: el.id, index: seen.get(el.id) ?? 0 })
    else seen.set(el.id, i)
    for (const key of ['name', 'service'] as const)
      if (el[key] !== undefined && (typeof el[key] !== 'string' || el[key] === '')) issues.add(joinPath(joinPath(path, i), key), `must be a non-empty text (got ${describe(el[key])})`, 'text', { got: describe(el[key]) })
    if (el.feeSource !== undefined && !FEE_SOURCES.includes(el.feeSource as FeeSource))
      issues.add(joinPath(joinPath(path, i), 'feeSource'), `must be one of ${FEE_SOURCES.join(', ')} (got ${describe(el.feeSource)})`, 'one-of', { options: FEE_SOURCES.join(', '), got: describe(el.feeSource) })
    const fee = el.fee === undefined ? undefined : readFee(el.fee, joinPath(joinPath(path, i), 'fee'), issues, feeCache, anyCode)
    // A wrong id has its issue: the statement is refused before the id is used.
    ids.push(el.id as string)
    // Keys set one by one, in their order: spreads in a literal cost a microsecond an element.
    const name = typeof el.name === 'string' ? el.name : undefined
    const service = typeof el.service === 'string' ? el.service : undefined
    const feeSource: FeeSource = el.fee === undefined ? 'unknown' : ((el.feeSource as FeeSource | undefined) ?? 'given')
    const extra: BilledRead['extra'] = name === undefined ? (service === undefined ? { feeSource } : { service, feeSource }) : service === undefined ? { name, feeSource } : { name, service, feeSource }
    const entry: BilledRead = { id: el.id as string, fee, extra, index: i }
    if (el.from !== undefined) entry.from = el.from
    if (el.until !== undefined) entry.until = el.until
    billed.push(entry)
  })
  return { billed, ids }
}

/** An element's `from` / `until`: an instant, or a date `YYYY-MM-DD` at its first instant in `timeZone`. */
function readServiceBound(value: unknown, path: string, issues: IssueList, timeZone: string): number | undefined {
  const day = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null
  if (!day) return readInstant(value, path, issues)
  const wall = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
  // 2026-02-30 would roll over into March: a date that does not exist is refused.
  if (new Date(wall).toISOString().slice(0, 10) !== day[0]) {
    issues.add(path, `must be a date YYYY-MM-DD such as "2026-12-24" (got ${describe(value)})`, 'date', { got: describe(value) })
    return undefined
  }
  return firstInstantAtWallClock(wall, timeZone)
}

/** @internal The time in service of each element whose `from` / `until` cut the period short, by its position. */
export function serviceWindows(billed: readonly { index: number; from?: unknown; until?: unknown }[], input: { start: number; end: number; period: Period }, issues: IssueList): Map<number, { start: number; end: number }> {
  const windows = new Map<number, { start: number; end: number }>()
  billed.forEach((b, e) => {
    if (b.from === undefined && b.until === undefined) return
    const at = joinPath('elements', b.index)
    const before = issues.issues.length
    const from = b.from === undefined ? undefined : readServiceBound(b.from, joinPath(at, 'from'), issues, input.period.timeZone)
    const until = b.until === undefined ? undefined : readServiceBound(b.until, joinPath(at, 'until'), issues, input.period.timeZone)
    if (issues.issues.length > before) return
    if (from !== undefined && until !== undefined && until <= from) {
      const bounds = { from: formatInstant(from), until: formatInstant(until) }
      issues.add(joinPath(at, 'until'), `must come after from (from ${bounds.from}, until ${bounds.until})`, 'in-service-order', bounds)
      return
    }
    const start = Math.max(input.start, from ?? input.start)
    const end = Math.min(input.end, until ?? input.end)
    if (end <= start) {
      const bounds = { from: from === undefined ? '—' : formatInstant(from), until: until === undefined ? '—' : formatInstant(until) }
      issues.add(at, `was not in service in the period (from ${bounds.from}, until ${bounds.until}): leave it out of the list`, 'in-service-outside', bounds)
      return
    }
    if (start !== input.start || end !== input.end) windows.set(e, { start, end })
  })
  return windows
}

/** Reads `partMonth`: `full` (the default) or `pro-rata`, or adds an issue. */
export function readPartMonth(value: unknown, path: string, issues: IssueList): 'full' | 'pro-rata' | undefined {
  if (value === undefined || value === 'full' || value === 'pro-rata') return value ?? 'full'
  issues.add(path, `must be one of full, pro-rata (got ${describe(value)})`, 'one-of', { options: 'full, pro-rata', got: describe(value) })
  return undefined
}

/** Reads `unbilled`: `warn` (the default) or `ignore`, or adds an issue. */
export function readUnbilled(value: unknown, path: string, issues: IssueList): 'warn' | 'ignore' | undefined {
  if (value === undefined || value === 'warn' || value === 'ignore') return value ?? 'warn'
  issues.add(path, `must be warn or ignore (got ${describe(value)})`, 'unbilled', { got: describe(value) })
  return undefined
}

/**
 * Reads `skipped`: the rows a reader left out, each with at least its English `reason`, or adds an issue
 * for the list or for each row that is not one (a statement lists them with its warnings).
 */
export function readSkipped(value: unknown, path: string, issues: IssueList): readonly SkippedRow[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) {
    issues.add(path, `must be the list of rows a reader skipped (got ${describe(value)})`, 'skipped-list', { got: describe(value) })
    return []
  }
  const rows: SkippedRow[] = []
  for (const [i, row] of value.entries()) {
    if (row !== null && typeof row === 'object' && typeof (row as SkippedRow).reason === 'string') rows.push(row as SkippedRow)
    else issues.add(`${path}[${i}]`, `must be a row a reader skipped, with its reason (got ${describe(row)})`, 'skipped-row', { got: describe(row) })
  }
  return rows
}

// Named, so that the declaration of the options keeps the names of their types rather than spelling them out.
type StatementIncidents = readonly IncidentInput[] | IncidentColumns
type SkippedRow = { file?: string; line?: number; path?: string; reason: string; code?: string; params?: IssueParams }

/**
 * The fields of {@link statementOptionsSchema}, written in a function of their own so that the declaration
 * of the schema's type, and so {@link StatementOptions}, keeps the documentation of each.
 */
function statementShape() {
  // The commitment, period, month, incidents, asOf, running, gaps and elements depend on one another:
  // the check of the whole object reads them (see statementOptionsSchema).
  return {
    commitment: checkedWithOthers<CommitmentLike>(),
    /** The billing period, usually `monthPeriod({ year, month, timeZone })`; or give `month`. */
    period: z.optional(z.custom<Period | PeriodLike>()),
    /** The billing month as `YYYY-MM`, taken in the commitment's time zone: `'2026-03'` under a Paris commitment lasts 743 hours. */
    month: z.optional(z.custom<string>()),
    /** The incident log: objects, or the columns a reader of a large log gives (`readCsvIncidentColumns`). */
    incidents: checkedWithOthers<StatementIncidents>(),
    /** The elements to account for, each with its fee when known. */
    elements: checkedWithOthers<readonly BilledElement[]>(),
    /** Instant at which open incidents are measured; default the end of the period. */
    asOf: z.optional(z.custom<InstantLike>()),
    /** When each instance of a set ran, for a commitment whose `measurement.window` has `inService`. */
    running: z.optional(z.custom<RunningIntervals>()),
    /**
     * The gaps of the monitoring data the incidents came from (`gaps` of `parseHeartbeats` or
     * `parsePrometheusRange`): each entry then says how much of its time was observed (`coverage`), and the
     * gaps counted as `exclude` are left out of its measured time.
     */
    gaps: z.optional(z.custom<readonly ObservationGap[]>()),
    /** Rows the readers of the inputs left out (`skipped` of a `matou/io` reader), so that the statement lists them with its warnings. */
    skipped: z.optional(readField<readonly SkippedRow[]>(readSkipped)),
    /** Name of the incident log, written in the warnings about its incidents. */
    incidentsFile: z.optional(z.custom<string>()),
    /** Refuse to draw up a statement with any warning: an InputError lists them instead. Default false. */
    strict: z.optional(z.custom<boolean>()),
    /**
     * Elements that incidents name but `elements` leaves out: `warn` (default) when `elements` is the list of
     * everyone billed, so that a typo or a forgotten client is seen; `ignore` when it is a few elements
     * chosen from a larger log. Either way they are counted in `unbilledElements`.
     */
    unbilled: z.optional(readField<'warn' | 'ignore'>(readUnbilled)),
    /** Rounding of each credit to the minor unit; default `half-up`. */
    rounding: z.optional(readField<RoundingMode>(readRounding)),
    /** Decimals to round to instead of the currency's minor unit. */
    scale: z.optional(readField<number>(readScale)),
    /**
     * The fee of an element in service for part of the period (`from` / `until`): `full` (default) bills the
     * fee as given; `pro-rata` bills fee × time in service / the period's length, rounded once to the minor
     * unit as an invoice writes it, and the credit is a percent of that. Use `pro-rata` when the offer bills
     * a part month so (an offer file's `partMonth`).
     */
    partMonth: z.optional(readField<'full' | 'pro-rata'>(readPartMonth)),
  }
}

/**
 * The options of `monthlyStatement`: the one source of {@link StatementOptions}, each field checked by the
 * reader the function runs (the period, the incidents and the elements with the fields they depend on:
 * the commitment's time zone, the period's, the scale). What only drawing the statement up finds (with
 * `strict`, its warnings) is for the function to say.
 *
 * @example
 * statementOptionsSchema.safeParse({ commitment: presets.ovhVps2016.value, month: '2026-03', incidents: [], elements: [{ id: 'vps-1' }] }).success // true
 * statementOptionsSchema.safeParse({ commitment: presets.ovhVps2016.value, month: '2026-13', incidents: [], elements: [] }).error?.issues[0]?.message // `must be a month written YYYY-MM, e.g. '2026-03' (got "2026-13")`
 */
export const statementOptionsSchema: z.ZodMiniObject<ReturnType<typeof statementShape>> = /* @__PURE__ */ (() =>
  z.object(statementShape()).check(
    readerCheck((value, _path, issues) => {
      const o = value as Partial<Record<keyof StatementOptions, unknown>>
      const input = readStatementMeasure(o, issues)
      const { billed } = readBilledElements(o.elements, 'elements', issues, readScale(o.scale, 'scale', new IssueList()) !== undefined)
      if (input) serviceWindows(billed, input, issues)
    }),
  ))()

/** Options of {@link monthlyStatement}. */
export interface StatementOptions<E extends BilledElement = BilledElement> extends Omit<z.input<typeof statementOptionsSchema>, 'elements'> {
  /** The elements to account for, each with its fee when known. */
  elements: readonly E[]
}
