import { type Commitment, readCommitment } from '../commitment/commitment.js'
import { type Money, readMoney } from '../credits/money.js'
import { InputError, IssueList, nonEmpty, joinPath, safely, type SafeResult } from '../errors.js'
import { checkBySchema } from '../schema/common.js'
import { type OfferInput, offerSchema, type Structure } from '../schema/offer.js'
import { type Preset } from './presets/index.js'

/** A service sold under an offer, with its monthly fee. */
export interface OfferService {
  readonly id: string
  readonly name?: string
  readonly fee: Money
}

/** A validated offer. */
export interface Offer {
  readonly id: string
  readonly provider: string
  readonly name: string
  readonly description?: string
  readonly url?: string
  /** At least one: the schema refuses an offer without services. */
  readonly services: readonly [OfferService, ...OfferService[]]
  /** The commitment, validated; a best-effort one (no credit, no guarantee) when the offer gives none. */
  readonly commitment: Commitment
  /** Whether the offer promises an availability credit, a GTI, a GTR. */
  readonly promises: { readonly credit: boolean; readonly gti: boolean; readonly gtr: boolean }
  readonly support?: { readonly hours?: string; readonly channels?: readonly string[] }
  readonly claimWindow?: { readonly text: string; readonly days?: number }
  /** How a client in service for part of a month is billed: `full` (default) or `pro-rata` (the statement's `partMonth`). */
  readonly partMonth?: 'full' | 'pro-rata'
  readonly organisation?: {
    readonly name?: string
    readonly structure: Structure
    readonly salariedStaff?: boolean
    readonly staffCount?: number
    readonly onCall?: boolean
    readonly dataLocation?: string
    readonly chatons?: boolean
    readonly governance?: string
  }
  readonly source?: OfferInput['source']
  /** The offer as written. */
  readonly input: OfferInput
}

const OFFER = Symbol.for('matou.offer')

/**
 * Validates an offer written as plain data (TypeScript, JSON or YAML).
 *
 * @example
 * const offer = parseOffer({
 *   id: 'coop-vps', provider: 'Coop', name: 'VPS', services: [{ id: 'vps', fee: { amount: '12', currency: 'EUR' } }],
 *   commitment: { gti: { within: 'PT4H', calendar: '24/7' } },
 *   organisation: { structure: 'cooperative', salariedStaff: true },
 * })
 * offer.promises // { credit: false, gti: true, gtr: false }
 * @throws InputError listing every problem with its path.
 */
export function parseOffer(input: OfferInput | Offer): Offer {
  return compileOffer(input, '')
}

/**
 * {@link parseOffer} for an offer inside a larger input, whose issue paths start with `path`
 * (`offers[2].services[0].fee`). Kept off the public surface: a user's offer is the whole input.
 */
export function compileOffer(input: OfferInput | Offer, path: string): Offer {
  if (typeof input === 'object' && input !== null && (input as unknown as Record<symbol, unknown>)[OFFER]) return input as Offer
  const checked = checkBySchema(offerSchema, input, path)
  if (!checked.ok) throw new InputError(checked.issues, 'Invalid offer')
  const o = checked.data
  const issues = new IssueList()
  const fees = o.services.map((s, i) => readMoney(s.fee, joinPath(joinPath(joinPath(path, 'services'), i), 'fee'), issues))
  const seen = new Set<string>()
  o.services.forEach((s, i) => {
    if (seen.has(s.id)) issues.add(joinPath(joinPath(joinPath(path, 'services'), i), 'id'), `repeats service "${s.id}"`, 'service-repeat', { service: s.id })
    seen.add(s.id)
  })
  const commitment = readCommitment(o.commitment ?? {}, joinPath(path, 'commitment'), issues)
  const { c } = issues.checked({ c: commitment }, 'Invalid offer')
  // The schema asks for one service at least.
  const services = nonEmpty(
    o.services.map((s, i): OfferService => {
      const { fee } = issues.checked({ fee: fees[i] })
      return Object.freeze({ id: s.id, ...(s.name !== undefined && { name: s.name }), fee })
    }),
  )
  // An offer that says nothing of claims takes its commitment's window, so that a preset's reaches the catalogue.
  const fromCommitment = c.claim?.window === undefined ? undefined : { text: c.claim.window, ...(c.claim.days !== undefined && { days: c.claim.days }) }
  const claimWindow = o.claimWindow === undefined ? fromCommitment : typeof o.claimWindow === 'string' ? { text: o.claimWindow } : o.claimWindow
  return Object.freeze({
    [OFFER]: true,
    id: o.id,
    provider: o.provider,
    name: o.name,
    ...(o.description !== undefined && { description: o.description }),
    ...(o.url !== undefined && { url: o.url }),
    services: Object.freeze(services),
    commitment: c,
    promises: Object.freeze({ credit: c.credit.length > 0, gti: c.gti !== undefined, gtr: c.gtr !== undefined }),
    ...(o.support !== undefined && { support: o.support }),
    ...(claimWindow !== undefined && { claimWindow }),
    ...(o.partMonth !== undefined && { partMonth: o.partMonth }),
    ...(o.organisation !== undefined && { organisation: o.organisation }),
    ...(o.source !== undefined && { source: o.source }),
    input: input as OfferInput,
  }) as Offer
}

/**
 * Like {@link parseOffer}, but returns the problems instead of throwing.
 *
 * @example
 * const r = safeParseOffer({ id: 'x' })
 * if (!r.success) r.error.issues.map((i) => i.path) // ['provider', 'name', 'services']
 */
export function safeParseOffer(input: unknown): SafeResult<Offer> {
  return safely(() => parseOffer(input as OfferInput))
}

/**
 * Makes an offer from a preset commitment, at a given monthly fee: commercial terms are compared at the
 * price the user names (usually the draft's own), since presets carry terms, not prices.
 *
 * @example
 * const ovh = offerFromPreset(presets.ovhVps2016.starter, { amount: '10', currency: 'EUR' })
 */
export function offerFromPreset(preset: Preset, fee: { amount: string | number; currency: string }): Offer {
  return parseOffer({
    id: preset.id,
    // The name's first word, without the comma that ends it in "alwaysdata, managed dedicated servers".
    provider: (preset.name.split(' ')[0] ?? preset.name).replace(/[,:;]+$/, ''),
    name: preset.name,
    services: [{ id: 'service', fee: { amount: String(fee.amount), currency: fee.currency } }],
    commitment: preset,
    organisation: { structure: 'company', salariedStaff: true },
    source: preset.source,
  })
}
