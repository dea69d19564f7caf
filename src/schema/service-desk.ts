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
      at: described(instantText, 'When the incident took this status.'),
      status: described(statusName, 'The status it took, e.g. "in-progress", "waiting-customer", "waiting-vendor", "resolved".'),
    }),
    'A status the incident took, and when; it holds until the next one.',
  ))()

/** A span during which the incident waited, and on whom. */
export const waitingSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      start: described(instantText, 'When the wait began.'),
      end: described(z.optional(z.union([instantText, z.null()])), 'When it ended; absent or null while it lasts.'),
      reason: described(statusName, 'On whom it waited, as a status name a guarantee can pause on, e.g. "waiting-customer".'),
    }),
    'A wait on the client or a third party.',
  ))()

/** The fields a desk adds to an incident, composed into the incident schema. */
export const incidentDeskFields = /* @__PURE__ */ (() => ({
  priority: described(z.optional(statusName), 'Priority as the desk names it, e.g. "P1"; a guarantee can set its target per priority.'),
  statusHistory: described(
    z.optional(z.array(statusEventSchema)),
    'The statuses the incident went through; a guarantee pauses its clock while a status it names holds.',
  ),
  waiting: described(z.optional(z.array(waitingSchema)), 'Spans during which the incident waited on someone else.'),
  client: described(
    z.optional(statusName),
    "The client the incident is for, e.g. a GLPI entity; the commitment's client list may give it its own targets.",
  ),
}))()

const clockTime = /* @__PURE__ */ (() => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)))()

/** A due rule by business day, the forms contracts (and GLPI) use besides a number of covered hours. */
export const dueSchema = /* @__PURE__ */ (() =>
  described(
    z.union([
      z.strictObject({
        businessDays: described(
          z.int().check(z.minimum(1), z.maximum(366)),
          'Due at the close of the Nth business day after the day the clock starts.',
        ),
      }),
      z.strictObject({
        nextBusinessDay: described(clockTime, 'Due on the first business day after the day the clock starts, at this local time, e.g. "12:00".'),
      }),
    ]),
    'A deadline in business days rather than in covered hours; the calendar says which days are business days.',
  ))()

/** What a target per priority may set; the calendar schema is passed in to avoid an import cycle. */
function priorityTarget<C extends z.ZodMiniType>(calendar: C) {
  return described(
    z.strictObject({
      within: described(z.optional(durationText), 'The guaranteed time for this priority, on its calendar, e.g. "PT1H".'),
      due: z.optional(dueSchema),
      calendar: described(z.optional(calendar), "When this priority's clock runs; default the guarantee's calendar."),
    }),
    'The target of one priority: within or due, and its calendar.',
  )
}

/** The fields a desk adds to a guarantee, composed into the guarantee schema. */
export function guaranteeDeskFields<C extends z.ZodMiniType>(calendar: C) {
  return {
    due: z.optional(dueSchema),
    pauseOn: described(
      z.optional(z.array(statusName)),
      'Statuses (of the status history) and waiting reasons during which the clock stops, e.g. ["waiting-customer", "waiting-vendor"].',
    ),
    byPriority: described(
      z.optional(z.record(statusName, priorityTarget(calendar))),
      'Targets per priority, e.g. { P1: { within: "PT1H", calendar: "24/7" }, P3: { due: { nextBusinessDay: "12:00" } } }; an incident of another priority, or of none, takes the guarantee\'s own target.',
    ),
    update: described(
      z.optional(
        z.strictObject({
          within: described(durationText, 'The longest an open incident may go without an update (a status change), e.g. "PT4H".'),
          calendar: described(z.optional(calendar), "When the update clock runs; default the guarantee's calendar."),
        }),
      ),
      'The update clock (Znuny\'s "update time"): the longest stretch without an update while the incident is open, held against this target.',
    ),
  }
}
