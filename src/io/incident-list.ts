import { describe, InputError, joinPath } from '../errors.js'
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
  const im = typeof impact === 'string' && !(IMPACTS as readonly string[]).includes(impact) ? impactIndex(impact) : -1
  const ca = typeof cause === 'string' && !(CAUSES as readonly string[]).includes(cause) ? causeIndex(cause) : -1
  if (im < 0 && ca < 0) return row
  return { ...row, ...(im >= 0 && { impact: IMPACTS[im] }), ...(ca >= 0 && { cause: CAUSES[ca] }) }
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
    const row = inLibraryWords(given)
    const path = joinPath(base, i)
    const issues = incidentIssues(row, path)
    if (issues.ok) {
      incidents.push(row as IncidentInput)
      return
    }
    const line = lineOf?.(i)
    const raw = rawJson(given)
    skipped.push({
      ...(line !== undefined && { line }),
      path,
      ...issuesReason(issues.issues),
      ...(raw !== undefined && { raw }),
    })
  })
  return { incidents, skipped }
}
