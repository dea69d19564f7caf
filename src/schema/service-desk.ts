/**
 * The fields a service desk adds to incidents and guarantees: status histories and waiting spans that
 * pause a clock, priorities, due rules by business day, targets per priority. Kept apart from the core
 * schemas, which compose them in.
 */
import * as z from 'zod/mini'
import { described, durationText, instantText } from './common.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

const statusName = /* @__PURE__ */ (() => z.string().check(z.minLength(1), z.maxLength(200)))()

/** One change of an incident's status, as a desk records it. */
export const statusEventSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      at: described(instantText, 'statusEventSchema.at'),
      status: described(statusName, 'statusEventSchema.status'),
    }),
    'statusEventSchema',
  ))()

/** A span during which the incident waited, and on whom. */
export const waitingSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      start: described(instantText, 'waitingSchema.start'),
      end: described(z.optional(z.union([instantText, z.null()])), 'waitingSchema.end'),
      reason: described(statusName, 'waitingSchema.reason'),
    }),
    'waitingSchema',
  ))()

/** The fields a desk adds to an incident, composed into the incident schema. */
export const incidentDeskFields = /* @__PURE__ */ (() => ({
  priority: described(z.optional(statusName), 'incidentDeskFields.priority'),
  statusHistory: described(z.optional(z.array(statusEventSchema)), 'incidentDeskFields.statusHistory'),
  waiting: described(z.optional(z.array(waitingSchema)), 'incidentDeskFields.waiting'),
  client: described(z.optional(statusName), 'incidentDeskFields.client'),
}))()

const clockTime = /* @__PURE__ */ (() => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)))()

/** A due rule by business day, the forms contracts (and GLPI) use besides a number of covered hours. */
export const dueSchema = /* @__PURE__ */ (() =>
  described(
    z.union([
      z.strictObject({
        businessDays: described(z.int().check(z.minimum(1), z.maximum(366)), 'dueSchema.businessDays'),
      }),
      z.strictObject({
        nextBusinessDay: described(clockTime, 'dueSchema.nextBusinessDay'),
      }),
    ]),
    'dueSchema',
  ))()

/** What a target per priority may set; the calendar schema is passed in to avoid an import cycle. */
function priorityTarget<C extends z.ZodMiniType>(calendar: C) {
  return described(
    z.strictObject({
      within: described(z.optional(durationText), 'priorityTarget.within'),
      due: z.optional(dueSchema),
      calendar: described(z.optional(calendar), 'priorityTarget.calendar'),
    }),
    'priorityTarget',
  )
}

/** The fields a desk adds to a guarantee, composed into the guarantee schema. */
export function guaranteeDeskFields<C extends z.ZodMiniType>(calendar: C) {
  return {
    due: z.optional(dueSchema),
    pauseOn: described(z.optional(z.array(statusName)), 'guaranteeDeskFields.pauseOn'),
    byPriority: described(z.optional(z.record(statusName, priorityTarget(calendar))), 'guaranteeDeskFields.byPriority'),
    update: described(
      z.optional(
        z.strictObject({
          within: described(durationText, 'guaranteeDeskFields.update.within'),
          calendar: described(z.optional(calendar), 'guaranteeDeskFields.update.calendar'),
        }),
      ),
      'guaranteeDeskFields.update',
    ),
  }
}
