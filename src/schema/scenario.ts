import * as z from 'zod/mini'
import { type DeepReadonly } from './commitment.js'
import { described } from './common.js'
import { incidentSchema } from './incident.js'

// Built in pure-marked functions, so that a bundle drops the schemas it never uses (see common.ts).

/**
 * A scenario as written: a named set of incidents in one month.
 *
 * A zod/mini schema (`import * as z from 'zod/mini'`): call it as `scenarioSchema.safeParse(value)` or
 * `z.safeParse(scenarioSchema, value)`, with zod's messages (zod/mini loads no locale:
 * `z.config(z.locales.en())` gives English ones); {@link parseScenarios} words every problem for people.
 *
 * @example
 * scenarioSchema.safeParse({ id: 'cut', name: 'A cut', incidents: [] }).success // true
 * z.safeParse(scenarioSchema, { name: 'A cut', incidents: [] }).error?.issues[0]?.path // ['id']
 */
export const scenarioSchema = /* @__PURE__ */ (() =>
  described(
    z.strictObject({
      id: described(z.string().check(z.minLength(1)), 'scenarioSchema.id'),
      name: described(z.string(), 'scenarioSchema.name'),
      description: z.optional(z.string()),
      month: described(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))), 'scenarioSchema.month'),
      timeZone: described(z.optional(z.string()), 'scenarioSchema.timeZone'),
      incidents: described(z.array(incidentSchema), 'scenarioSchema.incidents'),
    }),
    'scenarioSchema',
  ))()

/**
 * A list of scenarios, as in a scenarios file; called like {@link scenarioSchema}.
 *
 * @example
 * z.safeParse(scenarioListSchema, [{ id: 'cut', name: 'A cut', incidents: [] }]).success // true
 */
export const scenarioListSchema = /* @__PURE__ */ z.array(scenarioSchema)

/** A scenario as a user writes it. */
export type ScenarioInput = DeepReadonly<z.input<typeof scenarioSchema>>
