import { describe, InputError, IssueList, joinPath } from '../errors.js'
import { fromZodIssues, readableErrors } from '../schema/common.js'
import { type IncidentInput, incidentSchema } from '../schema/incident.js'
import { formatInstant, readInstant } from '../time/instant.js'
import { rawJson, type ReadResult, type SkippedRow } from './result.js'

const TIME_FIELDS = ['detectedAt', 'reportedAt', 'interventionAt', 'restoredAt'] as const

/**
 * Checks one incident in the library's own format: the schema (with readable messages), then what the
 * schema cannot say: instants that parse, an end not before its start. Returns the issues, each with its
 * path; none means the incident is measurable as it is.
 */
export function incidentIssues(row: unknown, path: string): IssueList {
  const issues = new IssueList()
  const parsed = incidentSchema.safeParse(row, { error: readableErrors })
  if (!parsed.success) {
    issues.issues.push(...fromZodIssues(path, parsed.error.issues))
    return issues
  }
  const incident = parsed.data
  const start = readInstant(incident.start, joinPath(path, 'start'), issues)
  if (incident.end !== undefined && incident.end !== null) {
    const end = readInstant(incident.end, joinPath(path, 'end'), issues)
    if (start !== undefined && end !== undefined && end < start) issues.add(joinPath(path, 'end'), `is before start (${formatInstant(start)})`)
  }
  // The schema lets an empty list through; measuring refuses it, so it is refused here, where the row can be skipped.
  if (Array.isArray(incident.elements) && incident.elements.length === 0)
    issues.add(joinPath(path, 'elements'), 'must name at least one element, or be absent for every element (got an empty list)')
  if (typeof incident.id === 'number' && !Number.isFinite(incident.id)) issues.add(joinPath(path, 'id'), `must be a string or a finite number (got ${describe(incident.id)})`)
  for (const field of TIME_FIELDS) if (incident[field] !== undefined) readInstant(incident[field], joinPath(path, field), issues)
  return issues
}

/**
 * Splits a parsed document in the library's format (a list of incidents, or `{ incidents: [...] }`) into
 * usable incidents and skipped rows. `lineOf(i)` gives the line of row `i` where the format knows it.
 *
 * @throws InputError when the document is neither form.
 */
export function readIncidentDocument(document: unknown, format: string, lineOf?: (index: number) => number | undefined): ReadResult {
  let list: unknown
  let base: string
  if (Array.isArray(document)) {
    list = document
    base = ''
  } else if (document !== null && typeof document === 'object' && Array.isArray((document as { incidents?: unknown }).incidents)) {
    list = (document as { incidents: unknown[] }).incidents
    base = 'incidents'
  } else {
    const got = document !== null && typeof document === 'object' ? `an object with keys ${Object.keys(document).slice(0, 5).map((k) => JSON.stringify(k)).join(', ') || 'none'}` : describe(document)
    throw new InputError(
      [{ path: document !== null && typeof document === 'object' && 'incidents' in document ? 'incidents' : '', message: `must be a list of incidents, or an object { incidents: [...] } (got ${got})` }],
      `Cannot read the ${format} incident list`,
    )
  }
  const incidents: IncidentInput[] = []
  const skipped: SkippedRow[] = []
  ;(list as unknown[]).forEach((row, i) => {
    const path = joinPath(base, i)
    const issues = incidentIssues(row, path)
    if (issues.ok) {
      incidents.push(row as IncidentInput)
      return
    }
    const line = lineOf?.(i)
    const raw = rawJson(row)
    skipped.push({
      ...(line !== undefined && { line }),
      path,
      reason: issues.issues.map((x) => (x.path ? `${x.path}: ${x.message}` : x.message)).join('; '),
      ...(raw !== undefined && { raw }),
    })
  })
  return { incidents, skipped }
}
