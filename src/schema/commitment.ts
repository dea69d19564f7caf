import * as z from 'zod/mini'
import { decimalText, described, durationText, sourceSchema } from './common.js'
import { guaranteeDeskFields } from './service-desk.js'
import { inServiceSchema, maintenanceListSchema } from './window.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

/** Impacts an incident can have on an element. */
export const IMPACTS = ['outage', 'partial', 'degraded'] as const
/** Causes an incident can have; some are usually excluded from downtime. */
export const CAUSES = ['unplanned', 'maintenance', 'customer', 'force-majeure', 'third-party'] as const

const tierSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      atLeast: described(z.optional(decimalText), 'Lower bound, included: availability >= atLeast.'),
      above: described(z.optional(decimalText), 'Lower bound, excluded: availability > above.'),
      below: described(z.optional(decimalText), 'Upper bound, excluded: availability < below.'),
      atMost: described(z.optional(decimalText), 'Upper bound, included: availability <= atMost.'),
      credit: described(decimalText, 'Credit in percent of the fee of the affected elements, e.g. "10".'),
    }),
    'A band of availability and the credit it gives, its bounds written as the contract writes them.',
  ))()

const tiersModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('tiers'),
      tiers: described(
        z.array(tierSchema).check(z.minLength(1)),
        'The bands; together they must cover availability from 0 up to the target without gap or overlap.',
      ),
    }),
    'Credit by band of availability (OVH, AWS, Azure, Google style).',
  ))()

const perDurationModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('per-duration'),
      percent: described(decimalText, 'Credit in percent of the fee for each unit of downtime, e.g. "2.5".'),
      per: described(durationText, 'The unit of downtime, e.g. "PT1H" or "PT10M".'),
      count: described(z.optional(z.enum(['started', 'full'])), 'Count every started unit (default) or only full ones.'),
      beyond: described(z.optional(decimalText), 'Availability target: only downtime beyond what it allows counts, e.g. "99.5".'),
      allowance: described(
        z.optional(durationText),
        'Downtime allowed in each period before any credit, as the contract states it, e.g. "PT43M12S"; not with beyond.',
      ),
      onceExceeded: described(
        z.optional(z.enum(['excess', 'all'])),
        'With beyond or allowance: count only the downtime beyond the allowance (excess, default), or all the period\'s downtime once the allowance is exceeded (all).',
      ),
      cap: described(z.optional(decimalText), 'Most this model can give, in percent of the fee.'),
    }),
    'Credit per unit of downtime (e.g. 2.5 % per started hour).',
  ))()

const proRataModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('pro-rata'),
      multiplier: described(z.optional(decimalText), 'Times the fee share of the downtime; default 1.'),
      below: described(
        z.optional(decimalText),
        'Availability target: the credit is due only when availability is below it, e.g. "99.99"; default: always.',
      ),
      cap: described(z.optional(decimalText), 'Most this model can give, in percent of the fee.'),
    }),
    'Credit in proportion to downtime: fee × downtime / period × multiplier.',
  ))()

const hourlyWaiverModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('hourly-waiver'),
      moreThan: described(durationText, 'A clock hour with more than this much downtime is credited, e.g. "PT6M" (AWS EC2: "more than six minutes of a clock hour").'),
      share: described(
        z.optional(decimalText),
        'Share of the hour\'s part of the fee credited for each such hour, from 0 to 1; default 1: the hour is not charged.',
      ),
      timeZone: described(z.optional(z.string()), 'IANA time zone whose clock hours count; default UTC.'),
      others: described(
        z.optional(z.enum(['add', 'on-remainder'])),
        'How the other credit models combine with it: their percentages added (add, default), or applied to the fee left once the hours are credited (on-remainder).',
      ),
      automatic: described(
        z.optional(z.boolean()),
        'True when the contract gives it without a claim; then the minimum credit applies to the rest of the credit only.',
      ),
    }),
    'A share of the fee for each clock hour with more than so much downtime (AWS EC2 instance style).',
  ))()

/** One way to turn availability into a credit. */
export const creditModelSchema = /* @__PURE__ */ z.discriminatedUnion('type', [tiersModel, perDurationModel, proRataModel, hourlyWaiverModel])

/** How downtime is measured; every rule has a default, documented with it. */
export const measurementSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      weights: z.optional(
        z.strictObject({
          outage: described(z.optional(decimalText), 'Share of an outage that counts as downtime; default 1.'),
          partial: described(z.optional(decimalText), 'Share of a partial outage that counts; default 1 (the element is not fully usable).'),
          degraded: described(z.optional(decimalText), 'Share of degraded performance that counts; default 0.'),
        }),
      ),
      excludedCauses: described(
        z.optional(z.array(z.enum(CAUSES))),
        'Causes whose time is not downtime; default maintenance, customer and force-majeure.',
      ),
      exclusions: described(
        z.optional(z.enum(['as-available', 'out-of-period'])),
        'Excluded time counts as available (default, AWS style) or is removed from the period (Uptime Kuma 2 style).',
      ),
      minimumOutage: described(z.optional(durationText), 'An incident shorter than this does not count, e.g. "PT4M"; default none.'),
      granularity: described(
        z.optional(z.enum(['none', 'minute-up', 'minute-down'])),
        'Count exact milliseconds (default), every clock minute touched (minute-up), or only whole clock minutes (minute-down).',
      ),
      rounding: described(
        z.optional(
          z.strictObject({
            decimals: described(
              z.int().check(z.minimum(0), z.maximum(10)),
              'Decimals of the percentage that is reported and compared with the bands.',
            ),
            mode: described(z.optional(z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'])), 'Default half-up.'),
          }),
        ),
        'Round the availability percentage before it is reported and compared with the bands, as some status pages and contracts do; default: exact.',
      ),
      window: described(
        z.optional(
          z.strictObject({
            // Lazy: the calendar schema is built further down this file.
            hours: described(z.optional(z.lazy(() => calendarSchema)), 'Contracted service hours; only their time is measured. Default "24/7".'),
            maintenance: z.optional(maintenanceListSchema),
            inService: z.optional(inServiceSchema),
          }),
        ),
        'Measure availability only inside service hours, outside maintenance windows, and (for sets) while enough instances run: the rest of the period is neither up nor down.',
      ),
    }),
    'Measurement rules.',
  ))()

const weekdayHours = /* @__PURE__ */ (() => z.union([z.string(), z.array(z.string())]))()

/** A coverage calendar as written: `'24/7'`, or weekly hours in a time zone with holidays. */
export const calendarSchema = /* @__PURE__ */ (() =>
  described(
    z.union([
      z.literal('24/7'),
      z.looseObject({
        timeZone: described(z.string(), 'IANA time zone the hours are read in, e.g. "Europe/Paris".'),
        hours: described(
          z.strictObject({
            mon: z.optional(weekdayHours),
            tue: z.optional(weekdayHours),
            wed: z.optional(weekdayHours),
            thu: z.optional(weekdayHours),
            fri: z.optional(weekdayHours),
            sat: z.optional(weekdayHours),
            sun: z.optional(weekdayHours),
          }),
          'Opening hours per weekday, e.g. { mon: "09:00-18:00", sat: ["09:00-12:00"] }.',
        ),
        holidays: described(
          z.optional(
            z.union([z.string(), z.custom<(year: number) => readonly (string | Date)[]>((v) => typeof v === 'function'), z.array(z.unknown())]),
          ),
          '"FR", "FR-alsace-moselle", closed dates YYYY-MM-DD, or (in code) a function of the year; or a list of these.',
        ),
        closed: described(z.optional(z.array(z.string())), 'Further closed dates, YYYY-MM-DD.'),
      }),
    ]),
    'When a guarantee clock runs: "24/7", or business hours.',
  ))()

const latePenaltySchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      percent: described(decimalText, 'Percent of the fee per unit of lateness.'),
      per: described(z.optional(durationText), 'The unit of lateness; default PT1H.'),
      clock: described(
        z.optional(z.enum(['business', 'wall-clock'])),
        'Lateness counted in covered (business) time (default) or in elapsed time.',
      ),
      count: described(z.optional(z.enum(['started', 'full'])), 'Count every started unit (default) or only full ones.'),
    }),
    'A penalty per unit of lateness.',
  ))()

/** A response (GTI) or restoration (GTR) guarantee as written. */
export const guaranteeSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      within: described(z.optional(durationText), 'The guaranteed time, on the calendar, e.g. "PT4H"; required unless due is given.'),
      calendar: described(z.optional(calendarSchema), 'When the clock runs; default "24/7".'),
      clockStartsAt: described(
        z.optional(z.enum(['reported', 'detected', 'first'])),
        'The clock starts when the client reports (default), when monitoring detects, or at the first of the two.',
      ),
      impacts: described(z.optional(z.array(z.enum(IMPACTS))), 'Impacts the guarantee covers; default all.'),
      penalty: described(
        z.optional(
          z.strictObject({
            perBreach: described(z.optional(decimalText), 'Percent of the fee for each breached incident.'),
            perLate: z.optional(latePenaltySchema),
            cap: described(z.optional(decimalText), 'Most this guarantee can give in a period, in percent of the fee.'),
          }),
        ),
        'What a breach costs; without it a breach is reported but gives no credit.',
      ),
      // Service-desk fields (due rules, paused clocks, targets per priority): see service-desk.ts.
      ...guaranteeDeskFields(calendarSchema),
    }),
    'A guarantee of time to intervention (GTI) or to restoration (GTR).',
  ))()

/**
 * A commitment as a user writes it in TypeScript, JSON or YAML.
 *
 * A zod/mini schema (`import * as z from 'zod/mini'`): call it as `commitmentSchema.safeParse(value)` or
 * `z.safeParse(commitmentSchema, value)`. It checks the shape only, with zod's messages (zod/mini loads no
 * locale: `z.config(z.locales.en())` gives English ones); {@link parseCommitment} also checks what a shape
 * cannot say (bands without gap or overlap, time zones, durations), and words every problem for people.
 *
 * @example
 * commitmentSchema.safeParse({ credit: { type: 'pro-rata' } }).success // true
 * z.safeParse(commitmentSchema, { credit: { type: 'flat' } }).error?.issues[0]?.path // ['credit']
 */
export const commitmentSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      id: described(z.optional(z.string()), 'Stable identifier, e.g. "ovh-vps-2016-starter".'),
      name: described(z.optional(z.string()), 'Name for people.'),
      description: z.optional(z.string()),
      timeZone: described(z.optional(z.string()), 'IANA time zone whose calendar months are measured; default UTC.'),
      measurement: z.optional(measurementSchema),
      credit: described(
        z.optional(z.union([creditModelSchema, z.array(creditModelSchema)])),
        'How a credit follows from availability; several models add up. Absent: availability is best effort, no credit.',
      ),
      gti: described(z.optional(guaranteeSchema), "Garantie de temps d'intervention: someone works on the incident within this time."),
      gtr: described(z.optional(guaranteeSchema), 'Garantie de temps de rétablissement: service restored within this time.'),
      combine: described(
        z.optional(z.enum(['add', 'larger'])),
        'How guarantee penalties combine with the availability credit: added (default) or the larger of the two; the cap applies after.',
      ),
      cap: described(z.optional(decimalText), 'Most the credit can reach, in percent of the fee; default 100.'),
      soleRemedy: described(z.optional(z.boolean()), 'True when the contract says the credit is the only compensation.'),
      minimumCredit: described(
        z.optional(
          z.strictObject({
            amount: described(decimalText, 'The smallest credit paid, e.g. "1".'),
            currency: described(z.string(), 'ISO 4217 code, e.g. "USD".'),
          }),
        ),
        'A credit smaller than this is not paid (AWS: credits under 1 USD); applied to the rounded amount, in the same currency only.',
      ),
      creditBase: described(
        z.optional(z.enum(['affected', 'service'])),
        'What the credit is a share of: the fee of the affected resource only (affected), or of the whole service (service). Pass the matching fee.',
      ),
      claim: described(
        z.optional(
          z.strictObject({
            window: described(z.optional(z.string()), 'How long the client has to claim, as the contract says it, e.g. "by the end of the second billing cycle".'),
            days: described(z.optional(z.int().check(z.positive())), 'The same in days, when it is a number of days.'),
            procedure: described(z.optional(z.string()), 'How to claim, e.g. "a support ticket with the request logs".'),
            automatic: described(z.optional(z.boolean()), 'True when the credit is given without a claim.'),
          }),
        ),
        'How a credit is claimed: the library computes what is owed, not whether it was claimed in time.',
      ),
      source: z.optional(sourceSchema),
    }),
    'An availability commitment: measurement rules and credit models.',
  ))()

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
