import { Decimal, type DecimalLike, readDecimal } from '../decimal.js'
import { describe, InputError, IssueList, joinPath, safely, type SafeResult } from '../errors.js'
import { type OfferInput, type Structure, STRUCTURES } from '../schema/offer.js'
import { type DurationLike, humanDuration, readDuration } from '../time/duration.js'
import { compareOffers } from './compare.js'
import { type Offer, compileOffer } from './offer.js'
import { standardScenarios } from './scenarios.js'

/**
 * What to look for in offers, each criterion optional; an offer passes when it meets all of them.
 * Organisational criteria come first: the CHATONS asked for a filter rather than a label.
 */
export interface OfferCriteria {
  /** One kind of organisation, or any of several. */
  structure?: Structure | readonly Structure[]
  /** The organisation has salaried staff. */
  salariedStaff?: boolean
  /** At least this many salaried people. */
  minStaff?: number
  /** Someone is on call outside business hours (astreinte). */
  onCall?: boolean
  /** A member of the CHATONS. */
  chatons?: boolean
  /** Data hosted there (e.g. `FR`, `EU`); any of several. */
  dataLocation?: string | readonly string[]
  /** Offers a GTI (true), none (false), or a GTI of at most this duration (`'PT4H'`). */
  gti?: boolean | DurationLike
  /** Offers a GTR (true), none (false), or a GTR of at most this duration. */
  gtr?: boolean | DurationLike
  /** Promises an availability credit. */
  credit?: boolean
  /** The availability below which a credit starts is at least this, in percent (e.g. `'99.5'`). */
  minTarget?: DecimalLike
  /** Its monthly fee is at most this, in its own currency. */
  maxFee?: DecimalLike
  /**
   * Its compensation in a scenario covers at least `atLeast` percent of the client's loss at
   * `lossPerHour` (e.g. "a 4-hour outage's loss": `{ scenario: 'outage-4h', lossPerHour: '200', atLeast: '10' }`).
   */
  cover?: { scenario?: string; lossPerHour: DecimalLike; atLeast: DecimalLike }
}

/** One criterion applied to one offer. */
export interface CriterionResult {
  readonly criterion: string
  readonly passed: boolean
  /** Why, with the offer's own figure. */
  readonly reason: string
}

/** An offer with the verdict of each criterion. */
export interface FilteredOffer {
  readonly offer: Offer
  readonly passed: boolean
  readonly results: readonly CriterionResult[]
}

/** Options of {@link filterOffers}. */
export interface FilterOptions {
  /** Order of the offers that pass (those that fail follow in the same order): default by name. */
  sortBy?: 'name' | 'fee' | 'gti' | 'target'
}

function targetOf(offer: Offer): Decimal | undefined {
  // The availability at which a credit starts: the upper bound of the highest band.
  let best: Decimal | undefined
  for (const m of offer.commitment.credit) {
    if (m.type === 'tiers') {
      const top = m.tiers[0]?.upper?.value
      if (top && (!best || top.gt(best))) best = top
    } else if (m.type === 'per-duration' && m.beyond && (!best || m.beyond.gt(best))) best = m.beyond
  }
  return best
}

/**
 * Filters and sorts offers by organisational and contractual criteria, saying for each offer why it passed
 * or failed each criterion.
 *
 * @example
 * const found = filterOffers(offers, { structure: 'cooperative', salariedStaff: true, gti: 'PT4H' })
 * found.filter((x) => x.passed).map((x) => x.offer.name)
 * found[0].results // [{ criterion: 'structure', passed: true, reason: 'cooperative' }, …]
 * @throws InputError for a bad offer or criterion, with its path.
 */
export function filterOffers(offers: readonly (OfferInput | Offer)[], criteria: OfferCriteria, options: FilterOptions = {}): FilteredOffer[] {
  const issues = new IssueList()
  const parsed: Offer[] = []
  if (!Array.isArray(offers)) issues.add('offers', 'must be a list of offers', 'offers-list')
  else
    offers.forEach((x, i) => {
      try {
        parsed.push(compileOffer(x, joinPath('offers', i)))
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        issues.issues.push(...error.issues)
      }
    })
  const c = (criteria ?? {}) as OfferCriteria
  const structures = c.structure === undefined ? undefined : ([] as Structure[]).concat(c.structure as Structure)
  structures?.forEach((s, i) => {
    if (!STRUCTURES.includes(s)) issues.add(`criteria.structure${Array.isArray(c.structure) ? `[${i}]` : ''}`, `must be one of ${STRUCTURES.join(', ')} (got ${describe(s)})`, 'one-of', {
        options: STRUCTURES.join(', '),
        got: describe(s),
      })
  })
  // A guarantee wanted (true/false) or wanted within a limit, read in ms.
  const guaranteeLimit = (value: boolean | DurationLike | undefined, name: string) =>
    typeof value === 'boolean' || value === undefined ? value : readDuration(value, `criteria.${name}`, issues)
  const gtiWant = guaranteeLimit(c.gti, 'gti')
  const gtrWant = guaranteeLimit(c.gtr, 'gtr')
  const minTarget = c.minTarget === undefined ? undefined : readDecimal(c.minTarget, 'criteria.minTarget', issues)
  const maxFee = c.maxFee === undefined ? undefined : readDecimal(c.maxFee, 'criteria.maxFee', issues)
  if (c.cover !== undefined) {
    readDecimal(c.cover.lossPerHour, 'criteria.cover.lossPerHour', issues)
    readDecimal(c.cover.atLeast, 'criteria.cover.atLeast', issues)
    const id = c.cover.scenario ?? 'outage-4h'
    if (!standardScenarios().some((s) => s.id === id)) {
      const options = standardScenarios().map((s) => s.id).join(', ')
      issues.add('criteria.cover.scenario', `must be one of ${options} (got ${describe(id)})`, 'one-of', { options, got: describe(id) })
    }
  }
  issues.throwIfAny('Cannot filter the offers')

  let covers: Map<string, Decimal | undefined> | undefined
  if (c.cover !== undefined && parsed.length) {
    const id = c.cover.scenario ?? 'outage-4h'
    const cmp = compareOffers({ offers: parsed, scenarios: standardScenarios().filter((s) => s.id === id), clientLossPerHour: c.cover.lossPerHour })
    covers = new Map(parsed.map((o) => [o.id, cmp.cell(id, o.id)?.coverPercent]))
  }

  const results = parsed.map((offer): FilteredOffer => {
    const org = offer.organisation
    const r: CriterionResult[] = []
    const add = (criterion: string, passed: boolean, reason: string) => r.push(Object.freeze({ criterion, passed, reason }))
    if (structures) add('structure', !!org && structures.includes(org.structure), org ? org.structure : 'organisation not described')
    if (c.salariedStaff !== undefined)
      add('salariedStaff', org?.salariedStaff === c.salariedStaff, org?.salariedStaff === undefined ? 'not said' : org.salariedStaff ? 'salaried staff' : 'no salaried staff')
    if (c.minStaff !== undefined) add('minStaff', (org?.staffCount ?? -1) >= c.minStaff, org?.staffCount === undefined ? 'staff count not said' : `${org.staffCount} salaried`)
    if (c.onCall !== undefined) add('onCall', org?.onCall === c.onCall, org?.onCall === undefined ? 'not said' : org.onCall ? 'on call outside business hours' : 'no on-call duty')
    if (c.chatons !== undefined) add('chatons', (org?.chatons ?? false) === c.chatons, org?.chatons ? 'CHATONS member' : 'not a CHATONS member')
    if (c.dataLocation !== undefined) {
      const wanted = ([] as string[]).concat(c.dataLocation as string)
      add('dataLocation', !!org?.dataLocation && wanted.includes(org.dataLocation), org?.dataLocation ?? 'not said')
    }
    for (const [name, want] of [
      ['gti', gtiWant],
      ['gtr', gtrWant],
    ] as const) {
      // undefined: not asked (a limit that could not be read threw above).
      if (want === undefined) continue
      const g = offer.commitment[name]
      const text = g ? `${name.toUpperCase()} ${humanDuration(g.withinMs)} (${g.calendar.label})` : `no ${name.toUpperCase()}`
      if (typeof want === 'boolean') add(name, !!g === want, text)
      else add(name, !!g && g.withinMs <= want, g ? `${text}, ${g.withinMs <= want ? 'within' : 'longer than'} ${humanDuration(want)}` : text)
    }
    if (c.credit !== undefined) add('credit', offer.promises.credit === c.credit, offer.promises.credit ? 'promises an availability credit' : 'no availability credit')
    if (minTarget) {
      const t = targetOf(offer)
      add('minTarget', !!t && t.gte(minTarget), t ? `credit starts below ${t} %` : 'no availability target')
    }
    if (maxFee) {
      const fee = offer.services[0].fee
      add('maxFee', fee.amount.lte(maxFee), `${fee.amount.toFixed()} ${fee.currency} a month`)
    }
    if (covers && c.cover) {
      const cover = covers.get(offer.id)
      const atLeast = new Decimal(String(c.cover.atLeast))
      add('cover', !!cover && cover.gte(atLeast), cover ? `compensation covers ${cover.toDecimalPlaces(2)} % of the loss` : 'no loss to cover')
    }
    return Object.freeze({ offer, passed: r.every((x) => x.passed), results: Object.freeze(r) })
  })
  const key = options.sortBy ?? 'name'
  const cmp = (a: FilteredOffer, b: FilteredOffer): number => {
    if (key === 'fee') return a.offer.services[0].fee.amount.comparedTo(b.offer.services[0].fee.amount)
    if (key === 'gti') return (a.offer.commitment.gti?.withinMs ?? Infinity) - (b.offer.commitment.gti?.withinMs ?? Infinity) || 0
    if (key === 'target') return (targetOf(b.offer) ?? new Decimal(0)).comparedTo(targetOf(a.offer) ?? new Decimal(0))
    return a.offer.name.localeCompare(b.offer.name)
  }
  return [...results.filter((x) => x.passed).sort(cmp), ...results.filter((x) => !x.passed).sort(cmp)]
}

/**
 * Reads criteria written as `field op value` strings, as the command line takes them:
 * `structure=cooperative`, `salariedStaff=true`, `gti<=PT4H`, `gtr=false`, `minTarget>=99.5`, `fee<=20`,
 * `dataLocation=FR`, `chatons=true`, `onCall=true`, `staff>=2`, `credit=true`.
 *
 * @example
 * parseCriteria(['structure=cooperative', 'gti<=PT4H']) // { structure: ['cooperative'], gti: 'PT4H' }
 * @throws InputError naming each bad expression.
 */
export function parseCriteria(expressions: readonly string[]): OfferCriteria {
  const issues = new IssueList()
  const out: Record<string, unknown> = {}
  expressions.forEach((text, i) => {
    const m = /^\s*([A-Za-z]+)\s*(<=|>=|=)\s*(.+?)\s*$/.exec(text)
    const path = `where[${i}]`
    if (!m) {
      issues.add(path, `must be field=value, field<=value or field>=value (got ${describe(text)})`, 'criterion-form', { got: describe(text) })
      return
    }
    const [, field, op, value] = m as unknown as [string, string, string, string]
    const bool = (v: string) => (v === 'true' || v === 'yes' ? true : v === 'false' || v === 'no' ? false : undefined)
    const need = (ok: boolean, what: string) => {
      if (!ok) issues.add(path, `${field} takes ${what} (got ${describe(text)})`, 'criterion-value', { field, takes: what, got: describe(text) })
      return ok
    }
    switch (field) {
      case 'structure':
        if (need(op === '=', '=')) out.structure = value.split(',').map((v) => v.trim())
        break
      case 'salariedStaff':
      case 'onCall':
      case 'chatons':
      case 'credit':
        if (need(op === '=' && bool(value) !== undefined, '=true or =false')) out[field] = bool(value)
        break
      case 'staff':
        if (need(op === '>=' && /^\d+$/.test(value), '>= a whole number')) out.minStaff = Number(value)
        break
      case 'dataLocation':
        if (need(op === '=', '=')) out.dataLocation = value.split(',').map((v) => v.trim())
        break
      case 'gti':
      case 'gtr':
        if (op === '=' && bool(value) !== undefined) out[field] = bool(value)
        else if (need(op === '<=', '<= a duration such as PT4H, or =true / =false')) out[field] = value
        break
      case 'minTarget':
      case 'target':
        if (need(op === '>=', '>= a percentage')) out.minTarget = value
        break
      case 'fee':
        if (need(op === '<=', '<= an amount')) out.maxFee = value
        break
      default:
        issues.add(path, `has an unknown field "${field}": use structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target or fee`, 'criterion-field', { field })
    }
  })
  issues.throwIfAny('Invalid criteria')
  return out as OfferCriteria
}

/**
 * Like {@link parseCriteria}, but returns the problems instead of throwing.
 *
 * @example
 * const r = safeParseCriteria(['structure=cooperative', 'colour=blue'])
 * if (!r.success) r.error.issues.map((i) => i.path) // ['where[1]']
 */
export function safeParseCriteria(expressions: readonly string[]): SafeResult<OfferCriteria> {
  return safely(() => parseCriteria(expressions))
}
