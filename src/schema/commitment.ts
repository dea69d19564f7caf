import * as z from 'zod/mini'
import { decimalText, described, durationText, sourceSchema } from './common.js'
import { guaranteeDeskFields } from './service-desk.js'
import { inServiceSchema, maintenanceListSchema } from './window.js'
import { calendarSchemas } from '../time/calendar-schema.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

/** Impacts an incident can have on an element. */
export const IMPACTS = ['outage', 'partial', 'degraded'] as const
/** Causes an incident can have; some are usually excluded from downtime. */
export const CAUSES = ['unplanned', 'maintenance', 'customer', 'force-majeure', 'third-party'] as const

const tierSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      atLeast: described(z.optional(decimalText), 'tierSchema.atLeast'),
      above: described(z.optional(decimalText), 'tierSchema.above'),
      below: described(z.optional(decimalText), 'tierSchema.below'),
      atMost: described(z.optional(decimalText), 'tierSchema.atMost'),
      credit: described(decimalText, 'tierSchema.credit'),
    }),
    'tierSchema',
  ))()

const tiersModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('tiers'),
      tiers: described(z.array(tierSchema).check(z.minLength(1)), 'tiersModel.tiers'),
    }),
    'tiersModel',
  ))()

const perDurationModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('per-duration'),
      percent: described(decimalText, 'perDurationModel.percent'),
      per: described(durationText, 'perDurationModel.per'),
      count: described(z.optional(z.enum(['started', 'full'])), 'perDurationModel.count'),
      beyond: described(z.optional(decimalText), 'perDurationModel.beyond'),
      allowance: described(z.optional(durationText), 'perDurationModel.allowance'),
      onceExceeded: described(z.optional(z.enum(['excess', 'all'])), 'perDurationModel.onceExceeded'),
      cap: described(z.optional(decimalText), 'perDurationModel.cap'),
    }),
    'perDurationModel',
  ))()

const proRataModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('pro-rata'),
      multiplier: described(z.optional(decimalText), 'proRataModel.multiplier'),
      below: described(z.optional(decimalText), 'proRataModel.below'),
      cap: described(z.optional(decimalText), 'proRataModel.cap'),
    }),
    'proRataModel',
  ))()

const hourlyWaiverModel = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      type: z.literal('hourly-waiver'),
      moreThan: described(durationText, 'hourlyWaiverModel.moreThan'),
      share: described(z.optional(decimalText), 'hourlyWaiverModel.share'),
      timeZone: described(z.optional(z.string()), 'hourlyWaiverModel.timeZone'),
      others: described(z.optional(z.enum(['add', 'on-remainder'])), 'hourlyWaiverModel.others'),
      automatic: described(z.optional(z.boolean()), 'hourlyWaiverModel.automatic'),
    }),
    'hourlyWaiverModel',
  ))()

/** One way to turn availability into a credit. */
export const creditModelSchema = /* @__PURE__ */ z.discriminatedUnion('type', [tiersModel, perDurationModel, proRataModel, hourlyWaiverModel])

/** A coverage calendar as written: `'24/7'`, or weekly hours in a time zone with holidays (see time/calendar-schema.ts). */
export const calendarSchema = /* @__PURE__ */ (() => calendarSchemas(described).calendar)()

/** How downtime is measured; every rule has a default, documented with it. */
export const measurementSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      weights: z.optional(
        z.strictObject({
          outage: described(z.optional(decimalText), 'measurementSchema.weights.outage'),
          partial: described(z.optional(decimalText), 'measurementSchema.weights.partial'),
          degraded: described(z.optional(decimalText), 'measurementSchema.weights.degraded'),
        }),
      ),
      excludedCauses: described(z.optional(z.array(z.enum(CAUSES))), 'measurementSchema.excludedCauses'),
      exclusions: described(z.optional(z.enum(['as-available', 'out-of-period'])), 'measurementSchema.exclusions'),
      minimumOutage: described(z.optional(durationText), 'measurementSchema.minimumOutage'),
      granularity: described(z.optional(z.enum(['none', 'minute-up', 'minute-down'])), 'measurementSchema.granularity'),
      rounding: described(
        z.optional(
          z.strictObject({
            decimals: described(z.int().check(z.minimum(0), z.maximum(10)), 'measurementSchema.rounding.decimals'),
            mode: described(z.optional(z.enum(['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'])), 'measurementSchema.rounding.mode'),
          }),
        ),
        'measurementSchema.rounding',
      ),
      window: described(
        z.optional(
          z.strictObject({
            hours: described(z.optional(calendarSchema), 'measurementSchema.window.hours'),
            maintenance: z.optional(maintenanceListSchema),
            inService: z.optional(inServiceSchema),
          }),
        ),
        'measurementSchema.window',
      ),
    }),
    'measurementSchema',
  ))()

const latePenaltySchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      percent: described(decimalText, 'latePenaltySchema.percent'),
      per: described(z.optional(durationText), 'latePenaltySchema.per'),
      clock: described(z.optional(z.enum(['business', 'wall-clock'])), 'latePenaltySchema.clock'),
      count: described(z.optional(z.enum(['started', 'full'])), 'latePenaltySchema.count'),
    }),
    'latePenaltySchema',
  ))()

/** A response (GTI) or restoration (GTR) guarantee as written. */
export const guaranteeSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      within: described(z.optional(durationText), 'guaranteeSchema.within'),
      calendar: described(z.optional(calendarSchema), 'guaranteeSchema.calendar'),
      clockStartsAt: described(z.optional(z.enum(['reported', 'detected', 'first'])), 'guaranteeSchema.clockStartsAt'),
      impacts: described(z.optional(z.array(z.enum(IMPACTS))), 'guaranteeSchema.impacts'),
      penalty: described(
        z.optional(
          z.strictObject({
            perBreach: described(z.optional(decimalText), 'guaranteeSchema.penalty.perBreach'),
            perLate: z.optional(latePenaltySchema),
            cap: described(z.optional(decimalText), 'guaranteeSchema.penalty.cap'),
          }),
        ),
        'guaranteeSchema.penalty',
      ),
      // Service-desk fields (due rules, paused clocks, targets per priority): see service-desk.ts.
      ...guaranteeDeskFields(calendarSchema),
    }),
    'guaranteeSchema',
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
      id: described(z.optional(z.string()), 'commitmentSchema.id'),
      name: described(z.optional(z.string()), 'commitmentSchema.name'),
      description: z.optional(z.string()),
      timeZone: described(z.optional(z.string()), 'commitmentSchema.timeZone'),
      measurement: z.optional(measurementSchema),
      credit: described(z.optional(z.union([creditModelSchema, z.array(creditModelSchema)])), 'commitmentSchema.credit'),
      gti: described(z.optional(guaranteeSchema), 'commitmentSchema.gti'),
      gtr: described(z.optional(guaranteeSchema), 'commitmentSchema.gtr'),
      combine: described(z.optional(z.enum(['add', 'larger'])), 'commitmentSchema.combine'),
      cap: described(z.optional(decimalText), 'commitmentSchema.cap'),
      soleRemedy: described(z.optional(z.boolean()), 'commitmentSchema.soleRemedy'),
      minimumCredit: described(
        z.optional(
          z.strictObject({
            amount: described(decimalText, 'commitmentSchema.minimumCredit.amount'),
            currency: described(z.string(), 'commitmentSchema.minimumCredit.currency'),
          }),
        ),
        'commitmentSchema.minimumCredit',
      ),
      creditBase: described(z.optional(z.enum(['affected', 'service'])), 'commitmentSchema.creditBase'),
      claim: described(
        z.optional(
          z.strictObject({
            window: described(z.optional(z.string()), 'commitmentSchema.claim.window'),
            days: described(z.optional(z.int().check(z.positive())), 'commitmentSchema.claim.days'),
            procedure: described(z.optional(z.string()), 'commitmentSchema.claim.procedure'),
            automatic: described(z.optional(z.boolean()), 'commitmentSchema.claim.automatic'),
          }),
        ),
        'commitmentSchema.claim',
      ),
      source: z.optional(sourceSchema),
    }),
    'commitmentSchema',
  ))()

export { type DeepReadonly } from '../errors.js'
import { type DeepReadonly } from '../errors.js'

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
