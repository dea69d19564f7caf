import * as z from 'zod/mini'
import { commitmentSchema, type DeepReadonly } from './commitment.js'
import { decimalText, described, sourceSchema } from './common.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

/**
 * Money as written: `{ amount: "9.99", currency: "EUR" }`. A zod/mini schema, called like {@link offerSchema}.
 *
 * @example
 * moneySchema.safeParse({ amount: '9.99', currency: 'EUR' }).success // true
 * z.safeParse(moneySchema, { amount: '9.99' }).error?.issues[0]?.path // ['currency']
 */
export const moneySchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      amount: described(decimalText, 'The amount; write it as a string such as "9.99" to keep it exact.'),
      currency: described(z.string(), 'ISO 4217 code, e.g. "EUR".'),
    }),
    'An amount of money.',
  ))()

/** Kinds of organisation, as the CHATONS name them. */
export const STRUCTURES = ['association', 'cooperative', 'company', 'volunteer-collective', 'individual', 'public-body'] as const

/** What an offer says about the organisation behind it: the criteria a filter can use instead of a label. */
export const organisationSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      name: z.optional(z.string()),
      structure: described(z.enum(STRUCTURES), 'association, cooperative, company, volunteer-collective, individual or public-body.'),
      salariedStaff: described(z.optional(z.boolean()), 'Whether people are paid to run the service.'),
      staffCount: described(z.optional(z.int().check(z.nonnegative())), 'How many salaried people.'),
      onCall: described(z.optional(z.boolean()), 'Astreinte: someone can act outside business hours.'),
      dataLocation: described(z.optional(z.string()), 'Where the data is hosted, e.g. "FR" or "EU".'),
      chatons: described(z.optional(z.boolean()), 'Member of the CHATONS collective.'),
      governance: described(z.optional(z.string()), 'Governance notes, in the organisation\'s own words.'),
    }),
    'The organisation behind an offer.',
  ))()

/** A service sold under an offer, with its monthly fee. */
export const serviceSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      id: described(z.string().check(z.minLength(1)), 'Stable name, e.g. "vps-s".'),
      name: z.optional(z.string()),
      fee: described(moneySchema, 'Monthly fee of one element of this service.'),
    }),
    'A service and its monthly fee.',
  ))()

/**
 * An offer as written in TypeScript, JSON or YAML.
 *
 * A zod/mini schema (`import * as z from 'zod/mini'`): call it as `offerSchema.safeParse(value)` or
 * `z.safeParse(offerSchema, value)`. It checks the shape only, with zod's messages (zod/mini loads no
 * locale: `z.config(z.locales.en())` gives English ones); {@link parseOffer} also checks its commitment,
 * fees and currencies, and words every problem for people.
 *
 * @example
 * const offer = { id: 'coop', provider: 'Coop', name: 'VPS', services: [{ id: 'vps', fee: { amount: '9.99', currency: 'EUR' } }] }
 * offerSchema.safeParse(offer).success // true
 * z.safeParse(offerSchema, { ...offer, services: [] }).error?.issues[0]?.path // ['services']
 */
export const offerSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      id: described(z.string().check(z.minLength(1)), 'Stable identifier, e.g. "chatons-coop-vps".'),
      provider: described(z.string(), 'Who sells it.'),
      name: described(z.string(), 'Name of the offer.'),
      description: z.optional(z.string()),
      url: z.optional(z.string()),
      services: described(z.array(serviceSchema).check(z.minLength(1)), 'What is sold, each with its monthly fee.'),
      commitment: described(z.optional(commitmentSchema), 'Availability commitment, GTI and GTR; absent: best effort.'),
      support: z.optional(
        z.strictObject({
          hours: described(z.optional(z.string()), 'Support hours for people, e.g. "Mon–Fri 9:00–18:00".'),
          channels: described(z.optional(z.array(z.string())), 'e.g. ["email", "phone", "forum"].'),
        }),
      ),
      claimWindow: described(
        z.optional(
          z.union([
            z.string(),
            z.strictObject({
              text: described(z.string(), 'As the contract says it, e.g. "by the end of the second billing cycle".'),
              days: described(z.optional(z.int().check(z.positive())), 'The same in days, when it is a number of days.'),
            }),
          ]),
        ),
        'How long the client has to claim a credit.',
      ),
      partMonth: described(
        z.optional(z.enum(['full', 'pro-rata'])),
        'How a client in service for part of a month is billed: full (default), the month\'s fee; pro-rata, the fee × its time in service / the month.',
      ),
      organisation: z.optional(organisationSchema),
      source: z.optional(sourceSchema),
    }),
    'An offer: services with their fees, the commitment behind them, and the organisation.',
  ))()

/** An offer as a user writes it. */
export type OfferInput = DeepReadonly<z.input<typeof offerSchema>>
/** A kind of organisation. */
export type Structure = (typeof STRUCTURES)[number]
