import { describe, IssueList, joinPath, safely, type SafeResult } from '../errors.js'
import { fromZodIssues, readableErrors } from '../schema/common.js'
import { type IncidentInput, incidentSchema } from '../schema/incident.js'
import { formatInstant, readInstant } from '../time/instant.js'

const TIME_FIELDS = ['detectedAt', 'reportedAt', 'interventionAt', 'restoredAt'] as const

/**
 * Checks one incident in the library's own format: the schema (with readable messages), then what the
 * schema cannot say: instants that parse, an end not before its start. Returns the issues, each with its
 * path; none means the incident is measurable as it is.
 */
export function incidentIssues(row: unknown, path: string): IssueList {
  const issues = new IssueList()
  const parsed = incidentSchema.safeParse(row, { error: readableErrors, reportInput: true })
  if (!parsed.success) {
    issues.issues.push(...fromZodIssues(path, parsed.error.issues))
    return issues
  }
  const incident = parsed.data
  const start = readInstant(incident.start, joinPath(path, 'start'), issues)
  if (incident.end !== undefined && incident.end !== null) {
    const end = readInstant(incident.end, joinPath(path, 'end'), issues)
    if (start !== undefined && end !== undefined && end < start) issues.add(joinPath(path, 'end'), `is before start (${formatInstant(start)})`, 'before-start', { start: formatInstant(start) })
  }
  // The schema lets an empty list through; measuring refuses it, so it is refused here, where the row can be skipped.
  if (Array.isArray(incident.elements) && incident.elements.length === 0)
    issues.add(joinPath(path, 'elements'), 'must name at least one element, or be absent for every element (got an empty list)', 'elements-empty')
  for (const field of TIME_FIELDS) if (incident[field] != null) readInstant(incident[field], joinPath(path, field), issues)
  return issues
}

/** Reads a list of incidents among other inputs: its problems join `issues` (paths under `path`). */
export function readIncidentList(value: unknown, path: string, issues: IssueList): IncidentInput[] {
  if (!Array.isArray(value)) {
    issues.add(path, `must be a list of incidents (got ${describe(value)})`, 'incident-list', { got: describe(value) })
    return []
  }
  value.forEach((row, i) => issues.issues.push(...incidentIssues(row, joinPath(path, i)).issues))
  return value as IncidentInput[]
}

/**
 * Checks a list of incidents in the library's own format, with the rules measuring applies (instants
 * with an offset, an end not before its start, at least one element when elements are named), and
 * returns it as given, typed. Measuring checks its incidents anyway: this is for a list received from
 * elsewhere, to refuse it whole, every problem listed under `incidents[i]`, before anything is done with it.
 *
 * @example
 * parseIncidents([{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' }]).length // 1
 * @throws InputError listing every problem, e.g. `incidents[3].end: is before start (2026-03-02T10:00:00Z)`.
 */
export function parseIncidents(input: unknown): IncidentInput[] {
  const issues = new IssueList()
  const incidents = readIncidentList(input, 'incidents', issues)
  issues.throwIfAny('Invalid incidents')
  return incidents
}

/**
 * Like {@link parseIncidents}, but returns the problems instead of throwing.
 *
 * @example
 * const r = safeParseIncidents([{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' }])
 * if (!r.success) r.error.issues // [{ path: 'incidents[0].end', message: 'is before start (2026-03-02T10:00:00Z)' }]
 */
export function safeParseIncidents(input: unknown): SafeResult<IncidentInput[]> {
  return safely(() => parseIncidents(input))
}
