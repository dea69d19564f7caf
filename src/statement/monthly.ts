import { type AvailabilityReport, measureElements } from '../availability/measure.js'
import { type Observation, observationOf, totalObservation } from '../availability/observation.js'
import { type Credit, CreditPlan } from '../credits/credit.js'
import { currencyScale, type Money, type MoneyLike, readMoney } from '../credits/money.js'
import { readRounding, readScale, type RoundingMode } from '../commitment/rounding.js'
import { Decimal, exactPlus, exactTimes, toScaled } from '../decimal.js'
import { clockStartOf, evaluateTable, type GuaranteeStats, guaranteeStats, type IncidentGuarantees } from '../guarantees/evaluate.js'
import { InputError, IssueList, present } from '../errors.js'
import { type ComplianceRow, complianceRows } from '../guarantees/compliance.js'
import { elementsOf, idOf, instantAt, isOpen } from '../incidents/normalise.js'
import { formatInstant } from '../time/instant.js'
import { type Period } from '../time/period.js'
import { type BilledElement, type PricedElement, readBilledElements, readPartMonth, readSkipped, readStatementMeasure, readUnbilled, serviceWindows, type StatementOptions } from './options.js'
import { type FeeSource, type StatementWarning, warningIssue } from './warnings.js'

export { type StatementWarning, type FeeSource } from './warnings.js'
export { type BilledElement, type PricedElement, type StatementOptions, statementOptionsSchema } from './options.js'

/** The entries of a statement of elements `E`: each has a fee when every element was given one. */
export type EntryOf<E extends BilledElement> = [E] extends [PricedElement] ? StatementEntry : StatementEntry | UnpricedEntry

/** The time an element was in service, when its `from` / `until` cut the period short. */
export interface InService {
  /** First instant measured: the later of `from` and the period's start. */
  readonly start: Date
  /** First instant not measured: the earlier of `until` and the period's end. */
  readonly end: Date
  /** `end − start`. */
  readonly durationMs: number
}

/** One element in a statement, with its fee. */
export interface StatementEntry {
  readonly element: string
  /** The client's name, when given. */
  readonly name?: string
  /** The offer's service, when given. */
  readonly service?: string
  readonly fee: Money
  readonly feeSource: FeeSource
  /** Its time in service, when `from` / `until` cut the period short: its availability is measured over it alone. */
  readonly inService?: InService
  /** The fee as given, when `partMonth: 'pro-rata'` billed `fee` for the time in service only. */
  readonly monthlyFee?: Money
  readonly availability: AvailabilityReport
  /** GTI/GTR outcomes of the incidents affecting this element whose clock started in the period. */
  readonly guarantees: readonly IncidentGuarantees[]
  readonly credit: Credit
  /** With `gaps`: how much of its time (in service) the monitoring observed. */
  readonly coverage?: Observation
}

/** A credit whose fee is unknown: its percent and arithmetic, no amount. */
export type UnpricedCredit = Omit<Credit, 'amount' | 'exactAmount' | 'currency' | 'fee' | 'scale'> & {
  readonly amount: undefined
  readonly exactAmount: undefined
  readonly currency: undefined
  readonly fee: undefined
  readonly scale: undefined
}

/** An element whose fee is unknown: availability and credit percent, no amount. */
export interface UnpricedEntry extends Omit<StatementEntry, 'fee' | 'feeSource' | 'credit'> {
  readonly fee: undefined
  readonly feeSource: 'unknown'
  readonly credit: UnpricedCredit
}

/** Sums per currency. */
export interface StatementTotal {
  readonly currency: string
  readonly elements: number
  /** Sum of the fees. */
  readonly fees: Decimal
  /** Sum of the rounded credits. */
  readonly credits: Decimal
  /** Elements that get a credit. */
  readonly credited: number
}

/** The statement of a period: one entry per element, and totals per currency. */
export interface Statement<Entry extends StatementEntry | UnpricedEntry = StatementEntry> {
  readonly period: Period
  readonly commitmentId?: string
  /** One entry per element, in the order given. */
  readonly elements: readonly Entry[]
  /** Sums over the priced elements. */
  readonly totals: readonly StatementTotal[]
  /** Elements whose fee is unknown, and how many of them are owed a credit of unknown amount. */
  readonly unpriced: { readonly elements: number; readonly credited: number }
  /** What the statement could not judge, or took on trust; empty when nothing. */
  readonly warnings: readonly StatementWarning[]
  /** The instant open incidents were measured up to, when the log has any. */
  readonly asOf?: Date
  /** With `gaps`: the coverage of every element together, each weighed by its time in service. */
  readonly coverage?: Observation
  /** GTI/GTR figures over every incident evaluated in the period, when the commitment has guarantees. */
  readonly guaranteeStats?: { readonly gti?: GuaranteeStats; readonly gtr?: GuaranteeStats; readonly incidents: number }
  /**
   * The compliance figures of the GTI and GTR over the same incidents as `guaranteeStats`, by priority and
   * client (the month is the period's), with their totals: as `guaranteeCompliance` gives them.
   */
  readonly compliance?: { readonly rows: readonly ComplianceRow[]; readonly totals: readonly ComplianceRow[] }
  /** Elements named by incidents touching the period but absent from `elements`, with how many incidents name each: a sign of a typo or a missing fee. */
  readonly unbilledElements: readonly { readonly element: string; readonly incidents: number }[]
}

/** Shared by the entries of a statement whose commitment has no guarantees: frozen, so nothing tells them apart. */
const NO_GUARANTEES: readonly IncidentGuarantees[] = /* @__PURE__ */ Object.freeze([])

/**
 * The statement of a billing period: for each element, its availability and the credit it is owed, and
 * the totals per currency. The incident log is read and checked once for all elements. It always comes
 * out when the inputs are well formed, and lists in `warnings` what it could not judge: an incident
 * without a clock start under a GTI, an element the log names but the list does not bill, a fee taken
 * from the offer or unknown, a row a reader skipped. Open incidents are measured up to `asOf`.
 *
 * @example
 * const statement = monthlyStatement({
 *   commitment: presets.ovhVps2016.value,
 *   month: '2026-03',
 *   incidents,
 *   elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }],
 * })
 * statement.totals[0].credits.toFixed(2)
 * @throws InputError listing every problem of every input with its path; with `strict`, every warning.
 */
export function monthlyStatement<E extends BilledElement>(options: StatementOptions<E>): Statement<EntryOf<E>> {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<StatementOptions>
  // The schema's readers, in the order the problems have always been listed.
  const input = readStatementMeasure(o, issues)
  const rounding = readRounding(o.rounding, 'rounding', issues)
  const scale = readScale(o.scale, 'scale', issues)
  const { billed, ids } = readBilledElements(o.elements, 'elements', issues, scale !== undefined)
  readPartMonth(o.partMonth, 'partMonth', issues)
  // Dates without a time are days of the period's calendar: its zone is needed, so they wait for a readable period.
  const windows = input ? serviceWindows(billed, input, issues) : new Map<number, { start: number; end: number }>()
  readUnbilled(o.unbilled, 'unbilled', issues)
  const skipped = readSkipped(o.skipped, 'skipped', issues)
  const checked = issues.checked({ input, rounding }, 'Cannot draw up the statement')
  const measured = checked.input
  const { commitment, table } = measured
  const warnings: StatementWarning[] = []
  const file = typeof o.incidentsFile === 'string' ? { file: o.incidentsFile } : {}
  for (const row of skipped)
    warnings.push(
      Object.freeze({
        kind: 'skipped-row' as const,
        ...(row.file !== undefined && { file: row.file }),
        ...(row.line !== undefined && { line: row.line }),
        ...(row.path !== undefined && { path: row.path }),
        reason: String(row.reason),
        ...(row.code !== undefined && { code: row.code, params: row.params ?? {} }),
      }),
    )
  const hasGuarantees = commitment.gti !== undefined || commitment.gtr !== undefined
  let outcomes: IncidentGuarantees[] = []
  if (hasGuarantees) {
    // An incident's guarantees belong to the period in which its clock starts.
    outcomes = evaluateTable(
      commitment,
      table,
      measured.asOf,
      (i) => {
        const t = clockStartOf(commitment, table, i)
        return t >= measured.start && t < measured.end
      },
      issues,
      'incidents',
      'not-evaluable',
    )
    for (const g of outcomes)
      for (const x of [g.gti, g.gtr])
        if (x?.status === 'not-evaluable')
          warnings.push(Object.freeze({ kind: 'not-evaluable' as const, guarantee: x.kind, incident: g.index, path: `incidents[${g.index}]`, ...(g.id !== undefined && { id: g.id }), ...file }))
  }
  let byElement: Map<string, IncidentGuarantees[]> | undefined
  if (hasGuarantees) {
    byElement = new Map(ids.map((id) => [id, []]))
    for (const g of outcomes) {
      if (g.elements === null) for (const list of byElement.values()) list.push(g)
      else for (const el of new Set(g.elements)) byElement.get(el)?.push(g)
    }
    // An element in service part of the period answers for the incidents whose clock started while it was.
    for (const [e, w] of windows) {
      const id = ids[e]
      const list = id === undefined ? undefined : byElement.get(id)
      if (id !== undefined && list) byElement.set(id, list.filter((g) => ((t) => t >= w.start && t < w.end)(clockStartOf(commitment, table, g.index))))
    }
  }
  const { reports, unknown } = measureElements(measured, ids)
  // Each time in service is a period of its own; elements sharing one are measured together.
  const sameWindow = new Map<string, number[]>()
  for (const [e, w] of windows) {
    const key = `${w.start}/${w.end}`
    const list = sameWindow.get(key)
    if (list) list.push(e)
    else sameWindow.set(key, [e])
  }
  for (const members of sameWindow.values()) {
    const [first] = members
    const window = first === undefined ? undefined : windows.get(first)
    // Each group was made from a window; the check lets the compiler see it.
    if (!window) continue
    const { start, end } = window
    const period = Object.freeze({ start: new Date(start), end: new Date(end), timeZone: measured.period.timeZone, durationMs: end - start, label: `${formatInstant(start)}/${formatInstant(end)}` })
    const clipped = measureElements({ ...measured, period, start, end }, members.map((e) => ids[e]).filter((id) => id !== undefined))
    clipped.reports.forEach((report, k) => {
      const e = members[k]
      if (e !== undefined) reports[e] = report
    })
  }
  // Incidents are listed by the warnings that name them; only those touching the period count.
  const touches = (i: number) => instantAt(table.start, i) < measured.end && instantAt(table.end, i) > measured.start
  if (unknown.size > 0 && o.unbilled !== 'ignore') {
    const named = new Map<string, { index: number; id?: string }[]>([...unknown.keys()].map((k) => [k, []]))
    for (let i = 0; i < table.count; i++) {
      if (!touches(i)) continue
      for (const el of new Set(elementsOf(table, i) ?? [])) {
        const id = idOf(table, i)
        named.get(el)?.push(Object.freeze({ index: i, ...(id !== undefined && { id }) }))
      }
    }
    for (const [element, incidents] of named) warnings.push(Object.freeze({ kind: 'unknown-element' as const, element, incidents: Object.freeze(incidents), ...file }))
  }
  // Measuring an open incident up to asOf is what was asked for, not a doubt: the report says so, without a warning.
  let anyOpen = false
  // The open column is empty when no incident is open: no walk through a closed log.
  if (table.open.length > 0) for (let i = 0; i < table.count && !anyOpen; i++) anyOpen = isOpen(table, i) && touches(i)
  const entries: (StatementEntry | UnpricedEntry)[] = []
  const totals = new Map<string, { elements: number; fees: Decimal; credits: Decimal; credited: number; sums: Sums }>()
  const unpriced = { elements: 0, credited: 0 }
  const fromOffer: string[] = []
  const noFee: string[] = []
  const coverages: Observation[] = []
  // Elements alike share the figures of their credit: decided once per band and fee.
  const credits = new CreditPlan(commitment, checked.rounding, scale)
  const zeroFee = present(readMoney(NO_FEE, 'fee', new IssueList()))
  for (const [e, availability] of reports.entries()) {
    // One report per id measured, in the order billed.
    const { id: element, extra, fee: given } = present(billed[e])
    let fee = given
    const window = windows.get(e)
    let part: { inService: InService; monthlyFee?: Money } | undefined
    if (window) {
      part = { inService: Object.freeze({ start: new Date(window.start), end: new Date(window.end), durationMs: window.end - window.start }) }
      if (fee && o.partMonth === 'pro-rata') {
        part.monthlyFee = fee
        const places = scale ?? present(currencyScale(fee.currency))
        fee = Object.freeze({ amount: proRata(fee.amount, window.end - window.start, measured.end - measured.start, places, checked.rounding), currency: fee.currency })
      }
    }
    const guarantees = byElement ? Object.freeze(byElement.get(element) ?? []) : NO_GUARANTEES
    const coverage = measured.gaps ? observationOf(measured.gaps, element, window?.start ?? measured.start, window?.end ?? measured.end) : undefined
    if (coverage) coverages.push(coverage)
    const credit = credits.credit(availability, fee ?? zeroFee, hasGuarantees ? guarantees : undefined)
    if (!fee) {
      noFee.push(element)
      unpriced.elements++
      if (!credit.percent.isZero()) unpriced.credited++
      entries.push(Object.freeze({ element, ...extra, fee: undefined, feeSource: 'unknown' as const, ...part, availability, guarantees, credit: unpricedCredit(credit), ...(coverage && { coverage }) }))
      continue
    }
    if (extra.feeSource === 'offer') fromOffer.push(element)
    entries.push(pricedEntry(element, extra, fee, part, availability, guarantees, credit, coverage))
    let t = totals.get(fee.currency)
    if (!t) totals.set(fee.currency, (t = { elements: 0, fees: new Decimal(0), credits: new Decimal(0), credited: 0, sums: new Sums() }))
    t.elements++
    t.sums.fees.set(fee.amount, (t.sums.fees.get(fee.amount) ?? 0) + 1)
    // Adding zero changes nothing, and most elements of a statement get no credit.
    if (!credit.amount.isZero()) {
      t.sums.credits.set(credit.amount, (t.sums.credits.get(credit.amount) ?? 0) + 1)
      t.credited++
    }
  }
  for (const t of totals.values()) {
    t.fees = t.sums.total(t.fees, t.sums.fees)
    t.credits = t.sums.total(t.credits, t.sums.credits)
  }
  if (fromOffer.length) warnings.push(Object.freeze({ kind: 'assumed-fee' as const, source: 'offer' as const, elements: Object.freeze(fromOffer) }))
  if (noFee.length) warnings.push(Object.freeze({ kind: 'unknown-fee' as const, elements: Object.freeze(noFee) }))
  if (o.strict === true && warnings.length)
    throw new InputError(
      warnings.map(warningIssue),
      'Cannot draw up the statement in strict mode',
    )
  // The summary speaks of this statement's elements: an incident of an element left out (`-e vps-david`,
  // or one not in the client list) is not theirs to count.
  const billedIds = new Set(ids)
  const billedOutcomes = outcomes.filter((g) => g.elements === null || g.elements.some((el) => billedIds.has(el)))
  const statement: Statement<StatementEntry | UnpricedEntry> = Object.freeze({
    period: measured.period,
    ...(commitment.id !== undefined && { commitmentId: commitment.id }),
    elements: Object.freeze(entries),
    ...(measured.gaps && { coverage: totalObservation(coverages) }),
    ...(hasGuarantees && {
      guaranteeStats: Object.freeze({
        incidents: billedOutcomes.length,
        ...(commitment.gti && { gti: guaranteeStats('gti', billedOutcomes) }),
        ...(commitment.gtr && { gtr: guaranteeStats('gtr', billedOutcomes) }),
      }),
      compliance: Object.freeze(complianceRows(billedOutcomes, measured.period.timeZone, (g) => instantAt(table.start, g.index))),
    }),
    totals: Object.freeze([...totals].map(([currency, t]) => Object.freeze({ currency, elements: t.elements, fees: t.fees, credits: t.credits, credited: t.credited }))),
    unpriced: Object.freeze(unpriced),
    unbilledElements: Object.freeze([...unknown].map(([element, incidents]) => Object.freeze({ element, incidents }))),
    warnings: Object.freeze(warnings),
    ...(anyOpen && measured.asOf !== undefined && { asOf: new Date(measured.asOf) }),
  })
  return statement as Statement<EntryOf<E>>
}

/**
 * The amounts a total adds up, each counted: elements alike share one fee and one credit amount (the same
 * Decimal), so a total of 10,000 elements is a few exact products and sums, not 10,000 additions.
 */
class Sums {
  readonly fees = new Map<Decimal, number>()
  readonly credits = new Map<Decimal, number>()
  /** `start` plus each amount times its count, with every digit kept: the sum the additions one by one gave. */
  total(start: Decimal, counts: ReadonlyMap<Decimal, number>): Decimal {
    let sum = start
    for (const [amount, count] of counts) sum = exactPlus(sum, count === 1 ? amount : exactTimes(amount, count))
    return sum
  }
}

/**
 * A priced entry, its keys in the order they have always had (element, name, service, feeSource, fee,
 * inService, monthlyFee, availability, guarantees, credit), set one by one: spreading two objects into a
 * literal took a fifth of the statement's own time over 10,000 elements.
 */
function pricedEntry(
  element: string,
  extra: { name?: string; service?: string; feeSource: FeeSource },
  fee: Money,
  part: { inService: InService; monthlyFee?: Money } | undefined,
  availability: AvailabilityReport,
  guarantees: readonly IncidentGuarantees[],
  credit: Credit,
  coverage: Observation | undefined,
): StatementEntry {
  const entry: Record<string, unknown> = { element }
  if (extra.name !== undefined) entry.name = extra.name
  if (extra.service !== undefined) entry.service = extra.service
  entry.feeSource = extra.feeSource
  entry.fee = fee
  if (part) {
    entry.inService = part.inService
    if (part.monthlyFee !== undefined) entry.monthlyFee = part.monthlyFee
  }
  entry.availability = availability
  entry.guarantees = guarantees
  entry.credit = credit
  if (coverage) entry.coverage = coverage
  return Object.freeze(entry) as unknown as StatementEntry
}

/**
 * `amount × part / whole`, rounded once to `places` decimals with `mode`, in integers: a fee's share of
 * the period is seldom a finite decimal, and a 40-digit quotient rounded again could land on the wrong cent.
 */
function proRata(amount: Decimal, part: number, whole: number, places: number, mode: RoundingMode): Decimal {
  const { n, k } = toScaled(amount)
  const num = n * BigInt(part) * 10n ** BigInt(places)
  const den = 10n ** BigInt(k) * BigInt(whole)
  let q = num / den
  const twice = (num % den) * 2n
  const up =
    mode === 'up' || mode === 'ceil'
      ? twice > 0n
      : mode === 'half-up'
        ? twice >= den
        : mode === 'half-down'
          ? twice > den
          : mode === 'half-even'
            ? twice > den || (twice === den && q % 2n === 1n)
            : false
  if (up) q++
  return new Decimal(`${q}e-${places}`)
}

/** The credit of an element whose fee is unknown is computed on a zero fee, then stripped of every amount: the percent does not depend on the fee. */
const NO_FEE: MoneyLike = { amount: '0', currency: 'EUR' }

function unpricedCredit(credit: Credit): UnpricedCredit {
  const keep = credit.steps.map((s) => s.kind !== 'amount')
  return Object.freeze({
    percent: credit.percent,
    uncappedPercent: credit.uncappedPercent,
    amount: undefined,
    exactAmount: undefined,
    currency: undefined,
    fee: undefined,
    scale: undefined,
    tier: credit.tier,
    capped: credit.capped,
    cap: credit.cap,
    parts: credit.parts,
    rounding: credit.rounding,
    steps: Object.freeze(credit.steps.filter((_, i) => keep[i])),
    explanation: Object.freeze(credit.explanation.filter((_, i) => keep[i])),
  })
}
