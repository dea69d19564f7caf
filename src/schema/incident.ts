import * as z from 'zod/mini'
import { CAUSES, type DeepReadonly, IMPACTS } from './commitment.js'
import { described, instantText } from './common.js'
import { incidentDeskFields } from './service-desk.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

/**
 * An incident as written in a file or passed in code. The JSON Schema of incident files is built from it;
 * in code, incidents are checked by a faster reader with the same rules: on a million rows the schema
 * costs 40 times the whole measurement (bench/incident-check.mjs), and test/properties/incident-check.test.ts
 * keeps the two in agreement.
 *
 * A zod/mini schema (`import * as z from 'zod/mini'`): call it as `incidentSchema.safeParse(value)` or
 * `z.safeParse(incidentSchema, value)`. It checks the shape only, with zod's messages (zod/mini loads no
 * locale: `z.config(z.locales.en())` gives English ones); {@link parseIncidents} also checks that instants
 * parse and that an end is not before its start, and words every problem for people.
 *
 * @example
 * incidentSchema.safeParse({ start: '2026-03-02T10:00:00Z', end: null }).success // true
 * z.safeParse(incidentSchema, { start: '2026-03-02T10:00' }).error?.issues[0]?.path // ['start']
 */
export const incidentSchema = /* @__PURE__ */ (() =>
  described(
    z.looseObject({
      id: described(z.optional(z.union([z.string(), z.number()])), 'Identifier, quoted in explanations.'),
      title: described(z.optional(z.string()), 'Short description for people.'),
      start: described(instantText, 'When the incident began.'),
      end: described(z.optional(z.union([instantText, z.null()])), 'When it ended; absent or null while it is open.'),
      elements: described(
        z.optional(z.union([z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), z.string().check(z.minLength(1)), z.null()])),
        'The elements (services, machines) it affects; absent or null means every element.',
      ),
      impact: described(z.optional(z.enum(IMPACTS)), 'outage (default), partial or degraded.'),
      cause: described(z.optional(z.enum(CAUSES)), 'unplanned (default), maintenance, customer, force-majeure or third-party.'),
      detectedAt: described(z.optional(z.union([instantText, z.null()])), 'When monitoring detected it; null or absent when unknown.'),
      reportedAt: described(z.optional(z.union([instantText, z.null()])), 'When the client reported it (opened a ticket); null or absent when unknown.'),
      interventionAt: described(z.optional(z.union([instantText, z.null()])), 'First human action on it; null or absent when unknown.'),
      restoredAt: described(z.optional(z.union([instantText, z.null()])), 'When service was restored; default the end.'),
      // Service-desk fields (priority, status history, waits): see service-desk.ts.
      ...incidentDeskFields,
    }),
    'An incident: an interval of time during which elements were unavailable or impaired.',
  ))()

/**
 * A list of incidents, the library's own file format; called like {@link incidentSchema}.
 *
 * @example
 * z.safeParse(incidentListSchema, [{ start: '2026-03-02T10:00:00Z' }]).success // true
 */
export const incidentListSchema = /* @__PURE__ */ z.array(incidentSchema)

/** An incident as a user gives it. */
export type IncidentInput = DeepReadonly<z.input<typeof incidentSchema>>
