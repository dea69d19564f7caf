/**
 * What a statement could not judge, or took on trust, as data: `report/` words it in each language, and
 * `strict` turns it into an error. Each names where to look: the file, the CSV line or the path of the
 * row, and the incident's id when it has one.
 */
import { type IssueParams, present } from '../errors.js'

/** Where an element's fee came from: given to the library, the client list, the command line's `--fee`, the offer's list price; or unknown. */
export type FeeSource = 'given' | 'client-list' | 'option' | 'offer' | 'unknown'

/**
 * One warning of a statement.
 *
 * @example
 * statement.warnings[0] // { kind: 'not-evaluable', guarantee: 'gti', incident: 2, path: 'incidents[2]', id: 'INC-7' }
 */
export type StatementWarning =
  /** A row a reader left out, with where it was and why. */
  | { readonly kind: 'skipped-row'; readonly file?: string; readonly line?: number; readonly path?: string; readonly reason: string; readonly code?: string; readonly params?: IssueParams }
  /** A guarantee whose clock cannot start: the incident has neither `reportedAt` nor `detectedAt`. It counts as neither met nor breached. */
  | { readonly kind: 'not-evaluable'; readonly guarantee: 'gti' | 'gtr'; readonly incident: number; readonly path: string; readonly id?: string; readonly file?: string; /** The incident's line in its file, when a report is given them (`incidentLines`). */ readonly line?: number }
  /** Incidents name an element the statement does not bill: a typo, or a client missing from the list. Nothing is credited for it. */
  | { readonly kind: 'unknown-element'; readonly element: string; readonly incidents: readonly { readonly index: number; readonly id?: string }[]; readonly file?: string; /** The first incident's line in its file, when a report is given them (`incidentLines`). */ readonly line?: number }
  /** Elements billed at the offer's list price, not at a fee of their own. */
  | { readonly kind: 'assumed-fee'; readonly source: 'offer'; readonly elements: readonly string[] }
  /** Elements whose fee is unknown: their credit has a percent and no amount. */
  | { readonly kind: 'unknown-fee'; readonly elements: readonly string[] }

function incidentRef(x: { index: number; id?: string }): string {
  return x.id !== undefined ? `incident "${x.id}"` : `incidents[${x.index}]`
}

function few(list: readonly string[]): string {
  return list.length > 5 ? `${list.slice(0, 5).join(', ')} and ${list.length - 5} more` : list.join(', ')
}

/** @internal Where a warning points, as an issue path: `clients.csv:4`, `incidents.csv incidents[2]`. */
export function warningPath(w: StatementWarning): string {
  const at = (file: string | undefined, rest: string) => (file ? (rest ? `${file} ${rest}` : file) : rest)
  switch (w.kind) {
    case 'skipped-row':
      return w.line !== undefined && w.file ? `${w.file}:${w.line}` : at(w.file, w.path ?? (w.line !== undefined ? `line ${w.line}` : ''))
    case 'not-evaluable':
      return w.line !== undefined && w.file ? `${w.file}:${w.line}` : at(w.file, w.path)
    case 'unknown-element': {
      if (w.line !== undefined && w.file) return `${w.file}:${w.line} elements`
      const first = w.incidents[0]
      return at(w.file, first ? `incidents[${first.index}].elements` : 'elements')
    }
    case 'assumed-fee':
    case 'unknown-fee':
      return 'elements'
  }
}

/** @internal The library's English for a warning, as the `strict` error lists it. */
export function warningText(w: StatementWarning): string {
  switch (w.kind) {
    case 'skipped-row':
      return `row skipped: ${w.reason}`
    case 'not-evaluable':
      return `${w.id !== undefined ? `incident "${w.id}" ` : ''}has neither reportedAt nor detectedAt: its ${w.guarantee.toUpperCase()} cannot be evaluated`
    case 'unknown-element': {
      const n = w.incidents.length
      return `"${w.element}" is named by ${n === 1 ? incidentRef(present(w.incidents[0])) : `${n} incidents (${few(w.incidents.map(incidentRef))})`} but is not billed`
    }
    // The two fee warnings share one sentence: the statement's bundle, which carries this text, stays within its guard.
    default:
      return `${w.kind === 'assumed-fee' ? "no fee of their own: billed at the offer's price" : 'fee unknown, so credit amounts are unknown'}: ${few(w.elements)}`
  }
}

/**
 * @internal A warning as the problem the `strict` error lists: the English of {@link warningText}, with the
 * code `strict-<kind>` and, as its one figure `warning`, the warning itself as JSON, from which another
 * language words it (the statement's bundle pays for nothing more).
 */
export function warningIssue(w: StatementWarning): { path: string; message: string; code: string; params: IssueParams } {
  return { path: warningPath(w), message: warningText(w), code: 'strict-' + w.kind, params: { warning: JSON.stringify(w) } }
}
