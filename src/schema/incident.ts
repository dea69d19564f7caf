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
      id: described(z.optional(z.union([z.string(), z.number()])), 'incidentSchema.id'),
      title: described(z.optional(z.string()), 'incidentSchema.title'),
      start: described(instantText, 'incidentSchema.start'),
      end: described(z.optional(z.union([instantText, z.null()])), 'incidentSchema.end'),
      elements: described(
        z.optional(z.union([z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), z.string().check(z.minLength(1)), z.null()])),
        'incidentSchema.elements',
      ),
      impact: described(z.optional(z.enum(IMPACTS)), 'incidentSchema.impact'),
      cause: described(z.optional(z.enum(CAUSES)), 'incidentSchema.cause'),
      detectedAt: described(z.optional(z.union([instantText, z.null()])), 'incidentSchema.detectedAt'),
      reportedAt: described(z.optional(z.union([instantText, z.null()])), 'incidentSchema.reportedAt'),
      interventionAt: described(z.optional(z.union([instantText, z.null()])), 'incidentSchema.interventionAt'),
      restoredAt: described(z.optional(z.union([instantText, z.null()])), 'incidentSchema.restoredAt'),
      // Service-desk fields (priority, status history, waits): see service-desk.ts.
      ...incidentDeskFields,
    }),
    'incidentSchema',
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
