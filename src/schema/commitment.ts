import { z } from 'zod'
import { decimalText, durationText, sourceSchema } from './common.js'

/** Impacts an incident can have on an element. */
export const IMPACTS = ['outage', 'partial', 'degraded'] as const
/** Causes an incident can have; some are usually excluded from downtime. */
export const CAUSES = ['unplanned', 'maintenance', 'customer', 'force-majeure', 'third-party'] as const

const tierSchema = z
  .strictObject({
    atLeast: decimalText.optional().describe('Lower bound, included: availability >= atLeast.'),
    above: decimalText.optional().describe('Lower bound, excluded: availability > above.'),
    below: decimalText.optional().describe('Upper bound, excluded: availability < below.'),
    atMost: decimalText.optional().describe('Upper bound, included: availability <= atMost.'),
    credit: decimalText.describe('Credit in percent of the fee of the affected elements, e.g. "10".'),
  })
  .describe('A band of availability and the credit it gives, its bounds written as the contract writes them.')

const tiersModel = z
  .strictObject({
    type: z.literal('tiers'),
    tiers: z.array(tierSchema).min(1).describe('The bands; together they must cover availability from 0 up to the target without gap or overlap.'),
  })
  .describe('Credit by band of availability (OVH, AWS, Azure, Google style).')

const perDurationModel = z
  .strictObject({
    type: z.literal('per-duration'),
    percent: decimalText.describe('Credit in percent of the fee for each unit of downtime, e.g. "2.5".'),
    per: durationText.describe('The unit of downtime, e.g. "PT1H" or "PT10M".'),
    count: z.enum(['started', 'full']).optional().describe('Count every started unit (default) or only full ones.'),
    beyond: decimalText.optional().describe('Availability target: only downtime beyond what it allows counts, e.g. "99.5".'),
    cap: decimalText.optional().describe('Most this model can give, in percent of the fee.'),
  })
  .describe('Credit per unit of downtime (e.g. 2.5 % per started hour).')

const proRataModel = z
  .strictObject({
    type: z.literal('pro-rata'),
    multiplier: decimalText.optional().describe('Times the fee share of the downtime; default 1.'),
    cap: decimalText.optional().describe('Most this model can give, in percent of the fee.'),
  })
  .describe('Credit in proportion to downtime: fee × downtime / period × multiplier.')

/** One way to turn availability into a credit. */
export const creditModelSchema = z.discriminatedUnion('type', [tiersModel, perDurationModel, proRataModel])

/** How downtime is measured; every rule has a default, documented with it. */
export const measurementSchema = z
  .strictObject({
    weights: z
      .strictObject({
        outage: decimalText.optional().describe('Share of an outage that counts as downtime; default 1.'),
        partial: decimalText.optional().describe('Share of a partial outage that counts; default 1 (the element is not fully usable).'),
        degraded: decimalText.optional().describe('Share of degraded performance that counts; default 0.'),
      })
      .optional(),
    excludedCauses: z
      .array(z.enum(CAUSES))
      .optional()
      .describe('Causes whose time is not downtime; default maintenance, customer and force-majeure.'),
    exclusions: z
      .enum(['as-available', 'out-of-period'])
      .optional()
      .describe('Excluded time counts as available (default, AWS style) or is removed from the period (Uptime Kuma 2 style).'),
    minimumOutage: durationText.optional().describe('An incident shorter than this does not count, e.g. "PT4M"; default none.'),
    granularity: z
      .enum(['none', 'minute-up', 'minute-down'])
      .optional()
      .describe('Count exact milliseconds (default), every clock minute touched (minute-up), or only whole clock minutes (minute-down).'),
    rounding: z
      .strictObject({
        decimals: z.number().int().min(0).max(10).describe('Decimals of the percentage that is reported and compared with the bands.'),
        mode: z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor']).optional().describe('Default half-up.'),
      })
      .optional()
      .describe('Round the availability percentage before it is reported and compared with the bands, as some status pages and contracts do; default: exact.'),
  })
  .describe('Measurement rules.')

const weekdayHours = z.union([z.string(), z.array(z.string())])

/** A coverage calendar as written: `'24/7'`, or weekly hours in a time zone with holidays. */
export const calendarSchema = z
  .union([
    z.literal('24/7'),
    z.looseObject({
      timeZone: z.string().describe('IANA time zone the hours are read in, e.g. "Europe/Paris".'),
      hours: z
        .strictObject({
          mon: weekdayHours.optional(),
          tue: weekdayHours.optional(),
          wed: weekdayHours.optional(),
          thu: weekdayHours.optional(),
          fri: weekdayHours.optional(),
          sat: weekdayHours.optional(),
          sun: weekdayHours.optional(),
        })
        .describe('Opening hours per weekday, e.g. { mon: "09:00-18:00", sat: ["09:00-12:00"] }.'),
      holidays: z
        .union([z.string(), z.custom<(year: number) => readonly (string | Date)[]>((v) => typeof v === 'function'), z.array(z.unknown())])
        .optional()
        .describe('"FR", "FR-alsace-moselle", closed dates YYYY-MM-DD, or (in code) a function of the year; or a list of these.'),
      closed: z.array(z.string()).optional().describe('Further closed dates, YYYY-MM-DD.'),
    }),
  ])
  .describe('When a guarantee clock runs: "24/7", or business hours.')

const latePenaltySchema = z
  .strictObject({
    percent: decimalText.describe('Percent of the fee per unit of lateness.'),
    per: durationText.optional().describe('The unit of lateness; default PT1H.'),
    clock: z.enum(['business', 'wall-clock']).optional().describe('Lateness counted in covered (business) time (default) or in elapsed time.'),
    count: z.enum(['started', 'full']).optional().describe('Count every started unit (default) or only full ones.'),
  })
  .describe('A penalty per unit of lateness.')

/** A response (GTI) or restoration (GTR) guarantee as written. */
export const guaranteeSchema = z
  .strictObject({
    within: durationText.describe('The guaranteed time, on the calendar, e.g. "PT4H".'),
    calendar: calendarSchema.optional().describe('When the clock runs; default "24/7".'),
    clockStartsAt: z
      .enum(['reported', 'detected', 'first'])
      .optional()
      .describe('The clock starts when the client reports (default), when monitoring detects, or at the first of the two.'),
    impacts: z.array(z.enum(IMPACTS)).optional().describe('Impacts the guarantee covers; default all.'),
    penalty: z
      .strictObject({
        perBreach: decimalText.optional().describe('Percent of the fee for each breached incident.'),
        perLate: latePenaltySchema.optional(),
        cap: decimalText.optional().describe('Most this guarantee can give in a period, in percent of the fee.'),
      })
      .optional()
      .describe('What a breach costs; without it a breach is reported but gives no credit.'),
  })
  .describe('A guarantee of time to intervention (GTI) or to restoration (GTR).')

/** A commitment as a user writes it in TypeScript, JSON or YAML. */
export const commitmentSchema = z
  .strictObject({
    id: z.string().optional().describe('Stable identifier, e.g. "ovh-vps-2016-starter".'),
    name: z.string().optional().describe('Name for people.'),
    description: z.string().optional(),
    timeZone: z.string().optional().describe('IANA time zone whose calendar months are measured; default UTC.'),
    measurement: measurementSchema.optional(),
    credit: z
      .union([creditModelSchema, z.array(creditModelSchema)])
      .optional()
      .describe('How a credit follows from availability; several models add up. Absent: availability is best effort, no credit.'),
    gti: guaranteeSchema.optional().describe("Garantie de temps d'intervention: someone works on the incident within this time."),
    gtr: guaranteeSchema.optional().describe('Garantie de temps de rétablissement: service restored within this time.'),
    combine: z
      .enum(['add', 'larger'])
      .optional()
      .describe('How guarantee penalties combine with the availability credit: added (default) or the larger of the two; the cap applies after.'),
    cap: decimalText.optional().describe('Most the credit can reach, in percent of the fee; default 100.'),
    soleRemedy: z.boolean().optional().describe('True when the contract says the credit is the only compensation.'),
    source: sourceSchema.optional(),
  })
  .describe('An availability commitment: measurement rules and credit models.')

/** Input types accept read-only data too, such as objects written `as const`. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends Date
    ? T
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T

/** A commitment as written by a user (TypeScript, JSON or YAML). */
export type CommitmentInput = DeepReadonly<z.input<typeof commitmentSchema>>
/** One credit model as written. */
export type CreditModelInput = DeepReadonly<z.input<typeof creditModelSchema>>
/** A GTI or GTR as written. */
export type GuaranteeInput = DeepReadonly<z.input<typeof guaranteeSchema>>
/** A coverage calendar as written. */
export type CalendarInput = DeepReadonly<z.input<typeof calendarSchema>>
/** One band of a tiered credit as written. */
export type TierInput = DeepReadonly<z.input<typeof tierSchema>>
/** Where terms come from. */
export type Source = z.infer<typeof sourceSchema>
/** An incident's impact. */
export type Impact = (typeof IMPACTS)[number]
/** An incident's cause. */
export type Cause = (typeof CAUSES)[number]
