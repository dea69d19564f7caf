import * as z from 'zod/mini'
import { described } from './common.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

const WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const hoursText = /* @__PURE__ */ (() => described(z.string(), 'Local times HH:MM-HH:MM in the commitment\'s time zone, e.g. "02:00-04:00".'))()

/** A recurring maintenance window, in the commitment's time zone. */
export const maintenanceWindowSchema = /* @__PURE__ */ (() =>
  described(
    z.discriminatedUnion('every', [
      z.strictObject({ every: z.literal('day'), hours: hoursText }),
      z.strictObject({
        every: z.literal('week'),
        on: described(z.union([z.enum(WEEKDAY), z.array(z.enum(WEEKDAY))]), 'The weekdays, e.g. "sun" or ["sat", "sun"].'),
        hours: hoursText,
      }),
      z.strictObject({
        every: z.literal('month'),
        on: described(z.enum(WEEKDAY), 'The weekday, e.g. "sun".'),
        nth: described(z.union([z.int().check(z.minimum(1), z.maximum(5)), z.literal('last')]), 'Which one of the month: 1 to 5, or "last".'),
        hours: hoursText,
      }),
    ]),
    'A recurring maintenance window: every day, every week on given days, or every month on the nth (or last) weekday; "first Sunday 02:00-04:00" is { every: "month", on: "sun", nth: 1, hours: "02:00-04:00" }.',
  ))()

/** Who must be running for time to count, for sets of instances. */
export const inServiceSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      atLeast: described(z.int().check(z.minimum(1)), 'Time counts only while at least this many of the elements given as running are running, e.g. 2.'),
    }),
    'Time counts only while enough instances run (Azure availability sets and zones: two or more VMs); the running intervals are given with the incidents.',
  ))()

/** Maintenance windows of a measurement window. */
export const maintenanceListSchema = /* @__PURE__ */ (() =>
  described(z.array(maintenanceWindowSchema), 'Recurring maintenance windows, excluded from the measured time by schedule.'))()
