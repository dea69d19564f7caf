import * as z from 'zod/mini'
import { described } from './common.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

const WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const hoursText = /* @__PURE__ */ (() => described(z.string(), 'hoursText'))()

/** A recurring maintenance window, in the commitment's time zone. */
export const maintenanceWindowSchema = /* @__PURE__ */ (() =>
  described(
    z.discriminatedUnion('every', [
      z.strictObject({ every: z.literal('day'), hours: hoursText }),
      z.strictObject({
        every: z.literal('week'),
        on: described(z.union([z.enum(WEEKDAY), z.array(z.enum(WEEKDAY))]), 'maintenanceWindowSchema.week.on'),
        hours: hoursText,
      }),
      z.strictObject({
        every: z.literal('month'),
        on: described(z.enum(WEEKDAY), 'maintenanceWindowSchema.month.on'),
        nth: described(z.union([z.int().check(z.minimum(1), z.maximum(5)), z.literal('last')]), 'maintenanceWindowSchema.month.nth'),
        hours: hoursText,
      }),
    ]),
    'maintenanceWindowSchema',
  ))()

/** Who must be running for time to count, for sets of instances. */
export const inServiceSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      atLeast: described(z.int().check(z.minimum(1)), 'inServiceSchema.atLeast'),
    }),
    'inServiceSchema',
  ))()

/** Maintenance windows of a measurement window. */
export const maintenanceListSchema = /* @__PURE__ */ (() =>
  described(z.array(maintenanceWindowSchema), 'maintenanceListSchema'))()
