import { IssueList, joinPath, safely, type SafeResult } from '../errors.js'
import { checkBySchema } from '../schema/common.js'
import { type ScenarioInput, scenarioSchema } from '../schema/scenario.js'

/** Reads a list of scenarios among other inputs: its problems join `issues` (paths under `path`). */
export function readScenarios(value: unknown, path: string, issues: IssueList): ScenarioInput[] {
  const scenarios: ScenarioInput[] = []
  if (!Array.isArray(value)) {
    issues.add(path, 'must be a list of scenarios', 'scenario-list')
    return scenarios
  }
  value.forEach((s, i) => {
    const checked = checkBySchema(scenarioSchema, s, joinPath(path, i))
    // The scenario as given, not zod's copy: its incidents keep their Date objects and extra fields.
    if (checked.ok) scenarios.push(s as ScenarioInput)
    else issues.issues.push(...checked.issues)
  })
  return scenarios
}

/**
 * Checks a list of scenarios (as in a scenarios file) and returns it as given, typed; every problem is
 * listed with its path, as {@link compareOffers} lists them.
 *
 * @example
 * const scenarios = parseScenarios([{ id: 'cut', name: 'A cut', incidents: [{ start: '2026-04-07T09:00:00+02:00', end: '2026-04-07T13:00:00+02:00' }] }])
 * scenarios[0]?.incidents.length // 1
 * @throws InputError listing every problem, e.g. `scenarios[0].id: is required`.
 */
export function parseScenarios(input: unknown): ScenarioInput[] {
  const issues = new IssueList()
  const scenarios = readScenarios(input, 'scenarios', issues)
  issues.throwIfAny('Invalid scenarios')
  return scenarios
}

/**
 * Like {@link parseScenarios}, but returns the problems instead of throwing.
 *
 * @example
 * const r = safeParseScenarios([{ name: 'No id', incidents: [] }])
 * if (!r.success) r.error.issues // [{ path: 'scenarios[0].id', message: 'is required' }]
 */
export function safeParseScenarios(input: unknown): SafeResult<ScenarioInput[]> {
  return safely(() => parseScenarios(input))
}

/**
 * Five scenarios that tell offers apart, in April 2026 (30 days) in Paris: an ordinary month with a short
 * blip, a 4-hour outage on a weekday morning, a 2-day outage, a data-centre fire of 10 days, and an outage
 * reported on Friday evening and handled on Monday afternoon. Each incident says when it was detected,
 * reported, handled and restored, so that GTI and GTR can be judged.
 *
 * @example
 * standardScenarios().map((s) => s.id) // ['ordinary-month', 'outage-4h', 'outage-2d', 'datacentre-fire', 'friday-evening']
 */
export function standardScenarios(): ScenarioInput[] {
  return [
    {
      id: 'ordinary-month',
      name: 'An ordinary month',
      description: 'A 20-minute outage on a Tuesday afternoon, seen by monitoring, fixed by the on-duty admin.',
      month: '2026-04',
      incidents: [
        {
          id: 'blip',
          start: '2026-04-14T15:10:00+02:00',
          end: '2026-04-14T15:30:00+02:00',
          detectedAt: '2026-04-14T15:12:00+02:00',
          reportedAt: '2026-04-14T15:15:00+02:00',
          interventionAt: '2026-04-14T15:20:00+02:00',
        },
      ],
    },
    {
      id: 'outage-4h',
      name: 'A 4-hour outage',
      description: 'Down from 10:00 to 14:00 on a Tuesday; reported at 10:10, someone on it at 11:00.',
      month: '2026-04',
      incidents: [
        {
          id: 'outage-4h',
          start: '2026-04-21T10:00:00+02:00',
          end: '2026-04-21T14:00:00+02:00',
          detectedAt: '2026-04-21T10:02:00+02:00',
          reportedAt: '2026-04-21T10:10:00+02:00',
          interventionAt: '2026-04-21T11:00:00+02:00',
        },
      ],
    },
    {
      id: 'outage-2d',
      name: 'A 2-day outage',
      description: 'A storage failure at 02:00 on a Wednesday, reported at 07:45, handled at 09:30, restored on Friday at 02:00.',
      month: '2026-04',
      incidents: [
        {
          id: 'storage',
          start: '2026-04-15T02:00:00+02:00',
          end: '2026-04-17T02:00:00+02:00',
          detectedAt: '2026-04-15T02:03:00+02:00',
          reportedAt: '2026-04-15T07:45:00+02:00',
          interventionAt: '2026-04-15T09:30:00+02:00',
        },
      ],
    },
    {
      id: 'datacentre-fire',
      name: 'A data-centre fire',
      description: 'The building burns at 00:45 on a Wednesday; everyone is on it within the hour; service back after 10 days.',
      month: '2026-04',
      incidents: [
        {
          id: 'fire',
          start: '2026-04-08T00:45:00+02:00',
          end: '2026-04-18T00:45:00+02:00',
          detectedAt: '2026-04-08T00:47:00+02:00',
          reportedAt: '2026-04-08T01:00:00+02:00',
          interventionAt: '2026-04-08T01:40:00+02:00',
        },
      ],
    },
    {
      id: 'friday-evening',
      name: 'Reported on Friday evening',
      description: 'Down from Friday 19:20, reported at 19:30; after a busy Monday morning the team starts at 14:30 and restores at 16:00.',
      month: '2026-04',
      incidents: [
        {
          id: 'friday',
          start: '2026-04-24T19:20:00+02:00',
          end: '2026-04-27T16:00:00+02:00',
          detectedAt: '2026-04-24T19:22:00+02:00',
          reportedAt: '2026-04-24T19:30:00+02:00',
          interventionAt: '2026-04-27T14:30:00+02:00',
        },
      ],
    },
  ]
}
