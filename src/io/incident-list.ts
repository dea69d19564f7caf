import { describe, InputError, type InputIssue, IssueList, joinPath } from '../errors.js'
import { parseIsoInstant } from '../time/instant.js'
import { type DateReader, type LocalTimeOptions, makeDateReader } from './dates.js'
import { incidentIssues } from '../incidents/parse.js'
import { type IncidentInput } from '../schema/incident.js'
import { issuesReason } from './cell-problems.js'
import { rawJson, type ReadResult, type SkippedRow } from './result.js'
import { CAUSES, IMPACTS } from '../schema/commitment.js'
import { causeIndex, impactIndex } from './vocabulary.js'

/**
 * The row with its impact and cause in the library's words when written with a word the CSV reader takes
 * too (`panne`, `maintenance programmée`, see IMPACT_WORDS and CAUSE_WORDS): a list written by hand in
 * French reads as the same list from a spreadsheet. The row itself when nothing is to change, or not an
 * object; a word that names nothing is left for the schema to refuse, with its path.
 */
function inLibraryWords(row: unknown): unknown {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return row
  const { impact, cause } = row as { impact?: unknown; cause?: unknown }
  // The index of a synonym's word; -1 for the library's own word (nothing to change) or for no word.
  const im = typeof impact === 'string' ? impactIndex(impact) : -1
  const ca = typeof cause === 'string' ? causeIndex(cause) : -1
  const newImpact = im >= 0 && IMPACTS[im] !== impact
  const newCause = ca >= 0 && CAUSES[ca] !== cause
  if (!newImpact && !newCause) return row
  return { ...row, ...(newImpact && { impact: IMPACTS[im] }), ...(newCause && { cause: CAUSES[ca] }) }
}

// The instants of an incident that a list may write in local time.
const INSTANT_KEYS = ['start', 'end', 'detectedAt', 'reportedAt', 'interventionAt', 'restoredAt'] as const

/**
 * @internal The reader of a list's local dates, or undefined when the options give neither a format nor a
 * zone (every instant then carries its offset, as the schema asks).
 * @throws InputError when the options are not valid.
 */
export function listDateReader(options: LocalTimeOptions | undefined, context: string): DateReader | undefined {
  if (options === undefined) return undefined
  // Checked whatever they give: a bad ambiguousTime without a zone is refused too, not ignored.
  const issues = new IssueList()
  const read = makeDateReader(options, 'options', issues)
  issues.throwIfAny(context)
  return options.dateFormat === undefined && options.timeZone === undefined ? undefined : read
}

/**
 * The row with its instants written in local time read with `readDate` (`2026-03-04 10:00` in the zone
 * given), and the problems of those it could not read, at their paths; an instant with its offset is left
 * as written.
 */
function withLocalTimes(row: unknown, path: string, readDate: DateReader | undefined): { row: unknown; problems: InputIssue[] } {
  if (readDate === undefined || row === null || typeof row !== 'object' || Array.isArray(row)) return { row, problems: [] }
  let copy: Record<string, unknown> | undefined
  const problems = new IssueList()
  for (const key of INSTANT_KEYS) {
    const value = (row as Record<string, unknown>)[key]
    if (typeof value !== 'string' || !Number.isNaN(parseIsoInstant(value.trim()))) continue
    const read = readDate(value)
    if (read.ok) (copy ??= { ...(row as Record<string, unknown>) })[key] = read.value
    else problems.add(joinPath(path, key), read.reason, read.code, read.params)
  }
  return { row: copy ?? row, problems: [...problems.issues] }
}

/**
 * Splits a parsed document in the library's format (a list of incidents, or `{ incidents: [...] }`) into
 * usable incidents and skipped rows. `lineOf(i)` gives the line of row `i` where the format knows it.
 *
 * @throws InputError when the document is neither form.
 */
export function readIncidentDocument(document: unknown, format: string, lineOf?: (index: number) => number | undefined, readDate?: DateReader): ReadResult {
  let list: unknown
  let base: string
  if (Array.isArray(document)) {
    list = document
    base = ''
  } else if (document !== null && typeof document === 'object' && Array.isArray((document as { incidents?: unknown }).incidents)) {
    list = (document as { incidents: unknown[] }).incidents
    base = 'incidents'
  } else {
    const keys = document !== null && typeof document === 'object' ? Object.keys(document).slice(0, 5).map((k) => JSON.stringify(k)).join(', ') : undefined
    const got = keys !== undefined ? `an object with keys ${keys || 'none'}` : describe(document)
    throw new InputError(
      [
        {
          path: document !== null && typeof document === 'object' && 'incidents' in document ? 'incidents' : '',
          message: `must be a list of incidents, or an object { incidents: [...] } (got ${got})`,
          code: keys !== undefined ? 'incident-document-keys' : 'incident-document',
          params: keys !== undefined ? { keys } : { got },
        },
      ],
      `Cannot read the ${format} incident list`,
    )
  }
  const incidents: IncidentInput[] = []
  const skipped: SkippedRow[] = []
  ;(list as unknown[]).forEach((given, i) => {
    const path = joinPath(base, i)
    const { row, problems } = withLocalTimes(inLibraryWords(given), path, readDate)
    const issues = incidentIssues(row, path)
    if (issues.ok && problems.length === 0) {
      incidents.push(row as IncidentInput)
      return
    }
    // An instant that could not be read has its own problem; the schema's (no offset) would say it again.
    const unread = new Set(problems.map((x) => x.path))
    const line = lineOf?.(i)
    const raw = rawJson(given)
    skipped.push({
      ...(line !== undefined && { line }),
      path,
      ...issuesReason([...problems, ...(issues.ok ? [] : issues.issues.filter((x) => !unread.has(x.path)))]),
      ...(raw !== undefined && { raw }),
    })
  })
  return { incidents, skipped }
}
