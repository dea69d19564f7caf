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
      amount: described(decimalText, 'moneySchema.amount'),
      currency: described(z.string(), 'moneySchema.currency'),
    }),
    'moneySchema',
  ))()

/** Kinds of organisation, as the CHATONS name them. */
export const STRUCTURES = ['association', 'cooperative', 'company', 'volunteer-collective', 'individual', 'public-body'] as const

/** What an offer says about the organisation behind it: the criteria a filter can use instead of a label. */
export const organisationSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      name: z.optional(z.string()),
      structure: described(z.enum(STRUCTURES), 'organisationSchema.structure'),
      salariedStaff: described(z.optional(z.boolean()), 'organisationSchema.salariedStaff'),
      staffCount: described(z.optional(z.int().check(z.nonnegative())), 'organisationSchema.staffCount'),
      onCall: described(z.optional(z.boolean()), 'organisationSchema.onCall'),
      dataLocation: described(z.optional(z.string()), 'organisationSchema.dataLocation'),
      chatons: described(z.optional(z.boolean()), 'organisationSchema.chatons'),
      governance: described(z.optional(z.string()), 'organisationSchema.governance'),
    }),
    'organisationSchema',
  ))()

/** A service sold under an offer, with its monthly fee. */
export const serviceSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      id: described(z.string().check(z.minLength(1)), 'serviceSchema.id'),
      name: z.optional(z.string()),
      fee: described(moneySchema, 'serviceSchema.fee'),
    }),
    'serviceSchema',
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
      id: described(z.string().check(z.minLength(1)), 'offerSchema.id'),
      provider: described(z.string(), 'offerSchema.provider'),
      name: described(z.string(), 'offerSchema.name'),
      description: z.optional(z.string()),
      url: z.optional(z.string()),
      services: described(z.array(serviceSchema).check(z.minLength(1)), 'offerSchema.services'),
      commitment: described(z.optional(commitmentSchema), 'offerSchema.commitment'),
      support: z.optional(
        z.strictObject({
          hours: described(z.optional(z.string()), 'offerSchema.support.hours'),
          channels: described(z.optional(z.array(z.string())), 'offerSchema.support.channels'),
        }),
      ),
      claimWindow: described(
        z.optional(
          z.union([
            z.string(),
            z.strictObject({
              text: described(z.string(), 'offerSchema.claimWindow.text'),
              days: described(z.optional(z.int().check(z.positive())), 'offerSchema.claimWindow.days'),
            }),
          ]),
        ),
        'offerSchema.claimWindow',
      ),
      partMonth: described(z.optional(z.enum(['full', 'pro-rata'])), 'offerSchema.partMonth'),
      organisation: z.optional(organisationSchema),
      source: z.optional(sourceSchema),
    }),
    'offerSchema',
  ))()

/** An offer as a user writes it. */
export type OfferInput = DeepReadonly<z.input<typeof offerSchema>>
/** A kind of organisation. */
export type Structure = (typeof STRUCTURES)[number]
