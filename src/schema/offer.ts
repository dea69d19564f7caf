import { z } from 'zod'
import { commitmentSchema, type DeepReadonly } from './commitment.js'
import { decimalText, sourceSchema } from './common.js'

/** Money as written: `{ amount: "9.99", currency: "EUR" }`. */
export const moneySchema = z
  .strictObject({
    amount: decimalText.describe('The amount; write it as a string such as "9.99" to keep it exact.'),
    currency: z.string().describe('ISO 4217 code, e.g. "EUR".'),
  })
  .describe('An amount of money.')

/** Kinds of organisation, as the CHATONS name them. */
export const STRUCTURES = ['association', 'cooperative', 'company', 'volunteer-collective', 'individual', 'public-body'] as const

/** What an offer says about the organisation behind it: the criteria a filter can use instead of a label. */
export const organisationSchema = z
  .strictObject({
    name: z.string().optional(),
    structure: z.enum(STRUCTURES).describe('association, cooperative, company, volunteer-collective, individual or public-body.'),
    salariedStaff: z.boolean().optional().describe('Whether people are paid to run the service.'),
    staffCount: z.number().int().nonnegative().optional().describe('How many salaried people.'),
    onCall: z.boolean().optional().describe('Astreinte: someone can act outside business hours.'),
    dataLocation: z.string().optional().describe('Where the data is hosted, e.g. "FR" or "EU".'),
    chatons: z.boolean().optional().describe('Member of the CHATONS collective.'),
    governance: z.string().optional().describe('Governance notes, in the organisation\'s own words.'),
  })
  .describe('The organisation behind an offer.')

/** A service sold under an offer, with its monthly fee. */
export const serviceSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable name, e.g. "vps-s".'),
    name: z.string().optional(),
    fee: moneySchema.describe('Monthly fee of one element of this service.'),
  })
  .describe('A service and its monthly fee.')

/** An offer as written in TypeScript, JSON or YAML. */
export const offerSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable identifier, e.g. "chatons-coop-vps".'),
    provider: z.string().describe('Who sells it.'),
    name: z.string().describe('Name of the offer.'),
    description: z.string().optional(),
    url: z.string().optional(),
    services: z.array(serviceSchema).min(1).describe('What is sold, each with its monthly fee.'),
    commitment: commitmentSchema.optional().describe('Availability commitment, GTI and GTR; absent: best effort.'),
    support: z
      .strictObject({
        hours: z.string().optional().describe('Support hours for people, e.g. "Mon–Fri 9:00–18:00".'),
        channels: z.array(z.string()).optional().describe('e.g. ["email", "phone", "forum"].'),
      })
      .optional(),
    claimWindow: z
      .union([
        z.string(),
        z.strictObject({
          text: z.string().describe('As the contract says it, e.g. "by the end of the second billing cycle".'),
          days: z.number().int().positive().optional().describe('The same in days, when it is a number of days.'),
        }),
      ])
      .optional()
      .describe('How long the client has to claim a credit.'),
    organisation: organisationSchema.optional(),
    source: sourceSchema.optional(),
  })
  .describe('An offer: services with their fees, the commitment behind them, and the organisation.')

/** An offer as a user writes it. */
export type OfferInput = DeepReadonly<z.input<typeof offerSchema>>
/** A kind of organisation. */
export type Structure = (typeof STRUCTURES)[number]
