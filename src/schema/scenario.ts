import { z } from 'zod'
import { type DeepReadonly } from './commitment.js'
import { incidentSchema } from './incident.js'
/** A scenario as written: a named set of incidents in one month. */
export const scenarioSchema = z
  .strictObject({
    id: z.string().min(1).describe('Stable name, e.g. "outage-4h".'),
    name: z.string().describe('For people, e.g. "A 4-hour outage".'),
    description: z.string().optional(),
    month: z.string().regex(/^\d{4}-\d{2}$/).optional().describe('The month the incidents fall in, YYYY-MM; default the first incident\'s month.'),
    timeZone: z.string().optional().describe('Time zone of the month; default each offer\'s commitment zone.'),
    incidents: z.array(incidentSchema).describe('Incidents; those without elements hit the client\'s service.'),
  })
  .describe('A named set of incidents in one month, to compare offers on.')

/** A list of scenarios, as in a scenarios file. */
export const scenarioListSchema = z.array(scenarioSchema)

/** A scenario as a user writes it. */
export type ScenarioInput = DeepReadonly<z.input<typeof scenarioSchema>>
