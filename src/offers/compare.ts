import { type AvailabilityReport, measureElements, readMeasureInput } from '../availability/measure.js'
import { parseCommitment } from '../commitment/commitment.js'
import { type Credit, creditFor } from '../credits/credit.js'
import { type MoneyLike, readMoney, roundMoney } from '../credits/money.js'
import { Decimal, type DecimalLike, readDecimal } from '../decimal.js'
import { InputError, IssueList, joinPath, nonEmpty } from '../errors.js'
import { clockStartOf, evaluateTable, type GuaranteeOutcome } from '../guarantees/evaluate.js'
import { type Period, parsePeriod } from '../time/period.js'
import { type OfferInput } from '../schema/offer.js'
import { type Offer, compileOffer } from './offer.js'
import { type ScenarioInput } from '../schema/scenario.js'
import { readScenarios, standardScenarios } from './scenarios.js'
import { type ComparisonStep } from './steps.js'
import { readField } from '../time/option-schema.js'
import * as z from 'zod/mini'

/** One offer in one scenario: what the client gets back, against what the outage costs the client. */
export interface ComparisonCell {
  readonly scenario: string
  readonly offer: string
  readonly period: Period
  /** The availability measured under the offer's own rules. */
  readonly availability: AvailabilityReport
  /** The band that applied, as written (`>= 99.0 and < 99.5`), or null. */
  readonly band: string | null
  readonly credit: Credit
  readonly gti?: GuaranteeOutcome
  readonly gtr?: GuaranteeOutcome
  /** Total compensation: the credit, GTI/GTR penalties included. */
  readonly compensation: Decimal
  /** Hours the client's service was down or impaired, whatever the offer excludes. */
  readonly clientDowntimeHours: Decimal
  /** The client's loss, when a loss per hour is given: downtime hours × loss per hour. */
  readonly clientLoss?: Decimal
  /** Compensation as a percentage of the client's loss: whether the SLA protects the client or the provider. */
  readonly coverPercent?: Decimal
  /** How the client's downtime, loss and cover were found, as data (the offer's side is in `availability` and `credit`). */
  readonly steps: readonly ComparisonStep[]
}

/** What {@link compareOffers} returns. */
export interface Comparison {
  readonly offers: readonly Offer[]
  readonly scenarios: readonly { readonly id: string; readonly name: string; readonly description?: string }[]
  /** One cell per scenario and offer, scenarios first. */
  readonly cells: readonly ComparisonCell[]
  readonly clientLossPerHour?: { readonly amount: Decimal; readonly currency: string }
  /** The cell of one scenario and offer. */
  cell(scenario: string, offer: string): ComparisonCell | undefined
}

/** Reads the offers to compare: a non-empty list, each offer compiled. */
function readOffers(value: unknown, path: string, issues: IssueList): Offer[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    issues.add(path, 'must be a non-empty list of offers', 'offers-empty')
    return undefined
  }
  const offers: Offer[] = []
  value.forEach((x: unknown, i) => {
    try {
      offers.push(compileOffer(x as OfferInput | Offer, joinPath(path, i)))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      issues.issues.push(...error.issues)
    }
  })
  return offers
}

/** Reads what an hour of downtime costs the client: money, or an amount in the offers' currency. */
function readLoss(value: unknown, path: string, issues: IssueList): { amount: Decimal; currency?: string } | undefined {
  if (typeof value === 'object' && value !== null && 'currency' in value) return readMoney(value, path, issues)
  const d = readDecimal(value, path, issues)
  if (d && d.lt(0)) issues.add(path, 'must not be negative', 'negative')
  else if (d) return { amount: d }
  return undefined
}

/**
 * The options of {@link compareOffers}: the one source of {@link CompareOptions}, each field checked by the
 * reader the function runs. Whether each offer has the `service` named is for the function to say, which
 * knows the offers' services.
 *
 * @example
 * compareOptionsSchema.safeParse({ offers: [offerFromPreset(presets.ovhVps2016.value, { amount: '9.99', currency: 'EUR' })] }).success // true
 * compareOptionsSchema.safeParse({ offers: [] }).error?.issues[0]?.message // 'must be a non-empty list of offers'
 */
export const compareOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Offers (plain data or parsed); presets go through `offerFromPreset`. */
    offers: readField<readonly (OfferInput | Offer)[]>(readOffers),
    /** Named incident sets; default {@link standardScenarios}. */
    scenarios: z.optional(readField<readonly ScenarioInput[]>((value, path, issues) => readScenarios(value ?? standardScenarios(), path, issues))),
    /** What an hour of downtime costs the client, in the offers' currency, e.g. `'200'`. */
    clientLossPerHour: z.optional(readField<DecimalLike | MoneyLike>(readLoss)),
    /** Which service of each offer the client buys; default each offer's first. */
    service: z.optional(z.custom<string>()),
  }))()

/** Options of {@link compareOffers}. */
export type CompareOptions = z.input<typeof compareOptionsSchema>

const HOUR = /* @__PURE__ */ new Decimal(3_600_000)

// The client's view of an outage: every minute down or impaired counts, whatever the contract excludes.
const CLIENT_VIEW = /* @__PURE__ */ parseCommitment({ measurement: { weights: { outage: '1', partial: '1', degraded: '0' }, excludedCauses: [] } })

/**
 * Compares offers on the same scenarios, from both sides: availability, band, credit, GTI/GTR outcome and
 * total compensation under each offer's own rules, beside what the outage cost the client. Each scenario's
 * incidents hit the client's service, which pays the offer's fee.
 *
 * @example
 * const draft = parseOffer(myDraft)
 * const ovh = offerFromPreset(presets.ovhVps2016.starter, draft.services[0].fee)
 * const cmp = compareOffers({ offers: [draft, ovh], clientLossPerHour: '200' })
 * cmp.cell('outage-4h', 'ovh-vps-2016-starter').coverPercent // compensation as a share of the loss
 * @throws InputError listing every problem of the offers and scenarios, with paths.
 */
export function compareOffers(options: CompareOptions): Comparison {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<CompareOptions>
  const offers = readOffers(o.offers, 'offers', issues) ?? []
  const scenarios = readScenarios(o.scenarios ?? standardScenarios(), 'scenarios', issues)
  const loss = o.clientLossPerHour === undefined ? undefined : readLoss(o.clientLossPerHour, 'clientLossPerHour', issues)
  issues.throwIfAny('Cannot compare the offers')
  // The currency a loss per hour given as a bare amount is read in: the first offer's (there is one, or an issue said so).
  const lossCurrency = loss && (loss.currency ?? nonEmpty(offers)[0].services[0].fee.currency)

  const cells: ComparisonCell[] = []
  scenarios.forEach((scenario, si) => {
    offers.forEach((offer, oi) => {
      const service = o.service === undefined ? offer.services[0] : offer.services.find((s) => s.id === o.service)
      if (!service) {
        issues.add(joinPath(joinPath('offers', oi), 'services'), `has no service "${o.service}"`, 'no-service', { service: String(o.service) })
        return
      }
      const c = offer.commitment
      const zone = scenario.timeZone ?? c.timeZone
      const month = scenario.month ?? firstMonth(scenario)
      let period: Period
      try {
        period = parsePeriod(month, zone)
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        for (const x of error.issues) issues.add(joinPath(joinPath('scenarios', si), 'month'), x.message, x.code, x.params)
        return
      }
      const local = new IssueList()
      const input = readMeasureInput({ commitment: c, period, incidents: scenario.incidents }, local)
      // Say which scenario a bad incident is in.
      for (const x of local.issues) issues.add(x.path.startsWith('incidents') ? joinPath(joinPath('scenarios', si), x.path) : x.path, x.message, x.code, x.params)
      if (!input) return
      // The scenario's incidents hit the client's service: elements are not read.
      const [availability] = nonEmpty(measureElements(input, null).reports)
      let outcomes: ReturnType<typeof evaluateTable> = []
      if (c.gti || c.gtr) {
        outcomes = evaluateTable(c, input.table, undefined, (i) => {
          const t = clockStartOf(c, input.table, i)
          return t >= input.start && t < input.end
        }, issues, joinPath(joinPath('scenarios', si), 'incidents'), 'not-evaluable')
      }
      const credit = creditFor({ commitment: c, availability, fee: { amount: service.fee.amount, currency: service.fee.currency }, guarantees: outcomes })
      const clientMs = nonEmpty(measureElements({ ...input, commitment: CLIENT_VIEW }, null).reports)[0].downtimeMs
      const clientDowntimeHours = new Decimal(clientMs).div(HOUR)
      const steps: ComparisonStep[] = [{ kind: 'client-downtime', downtimeMs: clientMs, hours: clientDowntimeHours }]
      const gti = outcomes.find((x) => x.gti && x.gti.status !== 'not-applicable')?.gti
      const gtr = outcomes.find((x) => x.gtr && x.gtr.status !== 'not-applicable')?.gtr
      let clientLoss: Decimal | undefined
      let coverPercent: Decimal | undefined
      if (loss && lossCurrency !== undefined) {
        if (loss.currency && loss.currency !== service.fee.currency)
          issues.add('clientLossPerHour.currency', `is ${loss.currency} but offer "${offer.id}" is priced in ${service.fee.currency}`, 'loss-currency', {
            currency: loss.currency,
            offer: offer.id,
            priced: service.fee.currency,
          })
        clientLoss = roundMoney(clientDowntimeHours.times(loss.amount), { currency: service.fee.currency })
        coverPercent = clientLoss.isZero() ? undefined : credit.amount.div(clientLoss).times(100)
        steps.push({ kind: 'client-loss', hours: clientDowntimeHours, perHour: loss.amount, currency: lossCurrency, loss: clientLoss })
        if (coverPercent !== undefined) steps.push({ kind: 'cover', compensation: credit.amount, loss: clientLoss, percent: coverPercent })
      }
      cells.push(
        Object.freeze({
          scenario: scenario.id,
          offer: offer.id,
          period,
          availability,
          band: credit.tier ? credit.tier.label : null,
          credit,
          ...(gti && { gti }),
          ...(gtr && { gtr }),
          compensation: credit.amount,
          clientDowntimeHours,
          ...(clientLoss !== undefined && { clientLoss }),
          ...(coverPercent !== undefined && { coverPercent }),
          steps: Object.freeze(steps.map((x) => Object.freeze(x))),
        }),
      )
    })
  })
  issues.throwIfAny('Cannot compare the offers')
  const index = new Map(cells.map((x) => [`${x.scenario}\u0000${x.offer}`, x]))
  return Object.freeze({
    offers: Object.freeze(offers),
    scenarios: Object.freeze(scenarios.map((s) => Object.freeze({ id: s.id, name: s.name, ...(s.description !== undefined && { description: s.description }) }))),
    cells: Object.freeze(cells),
    ...(loss && lossCurrency !== undefined && { clientLossPerHour: Object.freeze({ amount: loss.amount, currency: lossCurrency }) }),
    cell: (scenario: string, offer: string) => index.get(`${scenario}\u0000${offer}`),
  })
}

function firstMonth(scenario: ScenarioInput): string {
  const first = scenario.incidents[0]?.start
  const t = first instanceof Date ? first : typeof first === 'number' ? new Date(first) : typeof first === 'string' ? new Date(Date.parse(first)) : undefined
  if (!t || Number.isNaN(t.getTime())) return '2026-04'
  return t.toISOString().slice(0, 7)
}
