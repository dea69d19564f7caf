import { z } from 'zod'
import { CAUSES, type DeepReadonly, IMPACTS } from './commitment.js'
import { instantText } from './common.js'

/**
 * An incident as written in a file or passed in code. The JSON Schema of incident files is built from it;
 * in code, incidents are checked by a faster reader with the same rules (a test keeps the two in step).
 */
export const incidentSchema = z
  .looseObject({
    id: z.union([z.string(), z.number()]).optional().describe('Identifier, quoted in explanations.'),
    title: z.string().optional().describe('Short description for people.'),
    start: instantText.describe('When the incident began.'),
    end: z.union([instantText, z.null()]).optional().describe('When it ended; absent or null while it is open.'),
    elements: z
      .union([z.array(z.string().min(1)).min(1), z.string().min(1)])
      .optional()
      .describe('The elements (services, machines) it affects; absent means every element.'),
    impact: z.enum(IMPACTS).optional().describe('outage (default), partial or degraded.'),
    cause: z.enum(CAUSES).optional().describe('unplanned (default), maintenance, customer, force-majeure or third-party.'),
    detectedAt: instantText.optional().describe('When monitoring detected it.'),
    reportedAt: instantText.optional().describe('When the client reported it (opened a ticket).'),
    interventionAt: instantText.optional().describe('First human action on it.'),
    restoredAt: instantText.optional().describe('When service was restored; default the end.'),
  })
  .describe('An incident: an interval of time during which elements were unavailable or impaired.')

/** A list of incidents, the library's own file format. */
export const incidentListSchema = z.array(incidentSchema)

/** An incident as a user gives it. */
export type IncidentInput = DeepReadonly<z.input<typeof incidentSchema>>
