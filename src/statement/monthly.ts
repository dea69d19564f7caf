import { type AvailabilityReport, measureElements, readMeasureInput } from '../availability/measure.js'
import { type CommitmentLike } from '../commitment/commitment.js'
import { type Credit, creditFor, type CreditOptions } from '../credits/credit.js'
import { type Money, type MoneyLike, readMoney } from '../credits/money.js'
import { readRounding, readScale, type RoundingMode } from '../commitment/rounding.js'
import { Decimal } from '../decimal.js'
import { clockStartOf, evaluateTable, type GuaranteeStats, guaranteeStats, type IncidentGuarantees } from '../guarantees/evaluate.js'
import { IssueList, joinPath } from '../errors.js'
import { type IncidentInput } from '../schema/incident.js'
import { type InstantLike } from '../time/instant.js'
import { type Period, type PeriodLike } from '../time/period.js'

/** An element billed under a commitment: a VPS, a mailbox, a service. */
export interface BilledElement {
  /** Its name, as incidents name it in `elements`. */
  id: string
  /** What the client pays for it over the period. */
  fee: MoneyLike
}

/** Options of {@link monthlyStatement}. */
export interface StatementOptions {
  commitment: CommitmentLike
  /** The billing period, usually `monthPeriod({ year, month, timeZone })`. */
  period: Period | PeriodLike
  incidents: readonly IncidentInput[]
  /** The elements to account for, each with its fee. */
  elements: readonly BilledElement[]
  /** Instant at which open incidents are measured. */
  asOf?: InstantLike
  /** Rounding of each credit to the minor unit; default `half-up`. */
  rounding?: RoundingMode
  /** Decimals to round to instead of the currency's minor unit. */
  scale?: number
}

/** One element in a statement. */
export interface StatementEntry {
  readonly element: string
  readonly fee: Money
  readonly availability: AvailabilityReport
  /** GTI/GTR outcomes of the incidents affecting this element whose clock started in the period. */
  readonly guarantees: readonly IncidentGuarantees[]
  readonly credit: Credit
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
export interface Statement {
  readonly period: Period
  readonly commitmentId?: string
  /** One entry per element, in the order given. */
  readonly elements: readonly StatementEntry[]
  readonly totals: readonly StatementTotal[]
  /** GTI/GTR figures over every incident evaluated in the period, when the commitment has guarantees. */
  readonly guaranteeStats?: { readonly gti?: GuaranteeStats; readonly gtr?: GuaranteeStats; readonly incidents: number }
  /** Elements named by incidents touching the period but absent from `elements`, with how many incidents name each: a sign of a typo or a missing fee. */
  readonly unbilledElements: readonly { readonly element: string; readonly incidents: number }[]
}

/** Shared by the entries of a statement whose commitment has no guarantees: frozen, so nothing tells them apart. */
const NO_GUARANTEES: readonly IncidentGuarantees[] = /* @__PURE__ */ Object.freeze([])

/**
 * Reads an element's fee. Most statements bill many elements the same fee, written the same way: one
 * Money (frozen, so sharing is invisible) serves them all instead of one Decimal per element.
 */
function readFee(value: unknown, index: number, issues: IssueList, cache: Map<string, Map<string, Money>>, anyCode: boolean): Money | undefined {
  const fee = value as Partial<MoneyLike> | null | undefined
  const plain = fee !== null && typeof fee === 'object' && typeof fee.amount === 'string' && typeof fee.currency === 'string'
  const hit = plain ? cache.get(fee.currency as string)?.get(fee.amount as string) : undefined
  if (hit) return hit
  const money = readMoney(value, joinPath(joinPath('elements', index), 'fee'), issues, { anyCode })
  if (money && plain) {
    let byAmount = cache.get(fee.currency as string)
    if (!byAmount) cache.set(fee.currency as string, (byAmount = new Map()))
    byAmount.set(fee.amount as string, money)
  }
  return money
}

/**
 * The statement of a billing period: for each element, its availability and the credit it is owed, and
 * the totals per currency. The incident log is read and checked once for all elements.
 *
 * @example
 * const statement = monthlyStatement({
 *   commitment: presets.ovhVps2016.value,
 *   period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
 *   incidents,
 *   elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }],
 * })
 * statement.totals[0].credits.toFixed(2)
 * @throws InputError listing every problem of every input with its path.
 */
export function monthlyStatement(options: StatementOptions): Statement {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<StatementOptions>
  const input = readMeasureInput(o, issues)
  const rounding = readRounding(o.rounding, 'rounding', issues)
  const scale = readScale(o.scale, 'scale', issues)
  const ids: string[] = []
  const fees: Money[] = []
  if (!Array.isArray(o.elements)) issues.add('elements', 'must be a list of { id, fee }')
  else {
    const seen = new Map<string, number>()
    const feeCache = new Map<string, Map<string, Money>>()
    // Paths are written only when something is wrong, as for incidents.
    o.elements.forEach((el, i) => {
      if (el === null || typeof el !== 'object') {
        issues.add(joinPath('elements', i), 'must be { id, fee }')
        return
      }
      if (typeof el.id !== 'string' || el.id.length === 0) issues.add(joinPath(joinPath('elements', i), 'id'), 'must be a non-empty element name')
      else if (seen.has(el.id)) issues.add(joinPath(joinPath('elements', i), 'id'), `repeats element "${el.id}" (elements[${seen.get(el.id)}])`)
      else seen.set(el.id, i)
      const fee = readFee(el.fee, i, issues, feeCache, scale !== undefined)
      ids.push(el.id)
      if (fee) fees.push(fee)
    })
  }
  issues.throwIfAny('Cannot draw up the statement')
  const { commitment, table } = input!
  const hasGuarantees = commitment.gti !== undefined || commitment.gtr !== undefined
  let outcomes: IncidentGuarantees[] = []
  if (hasGuarantees) {
    // An incident's guarantees belong to the period in which its clock starts.
    outcomes = evaluateTable(commitment, table, input!.asOf, (i) => {
      const t = clockStartOf(commitment, table, i)
      return t >= input!.start && t < input!.end
    }, issues)
    issues.throwIfAny('Cannot draw up the statement')
  }
  let byElement: Map<string, IncidentGuarantees[]> | undefined
  if (hasGuarantees) {
    byElement = new Map(ids.map((id) => [id, []]))
    for (const g of outcomes) {
      if (g.elements === null) for (const list of byElement.values()) list.push(g)
      else for (const el of new Set(g.elements)) byElement.get(el)?.push(g)
    }
  }
  const { reports, unknown } = measureElements(input!, ids)
  const entries: StatementEntry[] = []
  const totals = new Map<string, { elements: number; fees: Decimal; credits: Decimal; credited: number }>()
  for (let e = 0; e < ids.length; e++) {
    const fee = fees[e]!
    const availability = reports[e]!
    const guarantees = byElement ? Object.freeze(byElement.get(ids[e]!)!) : NO_GUARANTEES
    const creditOptions: CreditOptions = { commitment, availability, fee, rounding: rounding! }
    if (scale !== undefined) creditOptions.scale = scale
    if (hasGuarantees) creditOptions.guarantees = guarantees
    const credit = creditFor(creditOptions)
    entries.push(Object.freeze({ element: ids[e]!, fee, availability, guarantees, credit }))
    let t = totals.get(fee.currency)
    if (!t) totals.set(fee.currency, (t = { elements: 0, fees: new Decimal(0), credits: new Decimal(0), credited: 0 }))
    t.elements++
    t.fees = t.fees.plus(fee.amount)
    // Adding zero changes nothing, and most elements of a statement get no credit.
    if (!credit.amount.isZero()) {
      t.credits = t.credits.plus(credit.amount)
      t.credited++
    }
  }
  return Object.freeze({
    period: input!.period,
    ...(input!.commitment.id !== undefined && { commitmentId: input!.commitment.id }),
    elements: Object.freeze(entries),
    ...(hasGuarantees && {
      guaranteeStats: Object.freeze({
        incidents: outcomes.length,
        ...(commitment.gti && { gti: guaranteeStats('gti', outcomes) }),
        ...(commitment.gtr && { gtr: guaranteeStats('gtr', outcomes) }),
      }),
    }),
    totals: Object.freeze([...totals].map(([currency, t]) => Object.freeze({ currency, ...t }))),
    unbilledElements: Object.freeze([...unknown].map(([element, incidents]) => Object.freeze({ element, incidents }))),
  })
}
