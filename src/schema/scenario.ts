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
      id: described(z.string().check(z.minLength(1)), 'Stable name, e.g. "outage-4h".'),
      name: described(z.string(), 'For people, e.g. "A 4-hour outage".'),
      description: z.optional(z.string()),
      month: described(
        z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))),
        'The month the incidents fall in, YYYY-MM; default the first incident\'s month.',
      ),
      timeZone: described(z.optional(z.string()), 'Time zone of the month; default each offer\'s commitment zone.'),
      incidents: described(z.array(incidentSchema), 'Incidents; those without elements hit the client\'s service.'),
    }),
    'A named set of incidents in one month, to compare offers on.',
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
