/**
 * What is wrong with the cells of one CSV row, each cell's problem as a code with its figures: the row's
 * English reason is written here from them, and `formatSkipReason` words the same codes in French
 * (messages/fr-io.ts). A row with several bad cells is one skipped row, with every problem in it.
 */
import { type InputIssue, type IssueParams } from '../errors.js'
import { type SkippedRow } from './result.js'

/** One bad cell: the column as the reader knows it, its name in the file's header, the problem and its figures. */
export interface CellProblem {
  column: string
  name: string
  code: string
  params: Readonly<Record<string, string>>
}

type Params = Readonly<Record<string, string>>

// The English of the problems of a cell that are not a date's (a date's reason comes with its reading).
const CELL_EN: Readonly<Record<string, (p: Params) => string>> = {
  'cell-empty': () => 'is empty',
  'cell-before-start': (p) => `is before start (${p.start})`,
  'elements-none': (p) => `${p.got} names no element; leave the cell empty for every element`,
  'impact-unknown': (p) => `must be one of ${p.options}, or a synonym such as "panne" (see IMPACT_WORDS) (got ${p.got})`,
  'cause-unknown': (p) => `must be one of ${p.options}, or a synonym such as "maintenance programmée" (see CAUSE_WORDS) (got ${p.got})`,
}

// The date problems whose reason carries a long hint, as said again for a second cell of one row.
const REPEATED_EN: Readonly<Record<string, string>> = { 'date-not-iso': 'is not one either', 'date-no-offset': 'has none either' }

/** @internal A problem of a cell other than a date's, with its English words. */
export function cellProblem(column: string, name: string, code: keyof typeof CELL_EN & string, params: Params = {}): CellProblem & { reason: string } {
  return { column, name, code, params, reason: CELL_EN[code]?.(params) ?? code }
}

/**
 * @internal The skipped row's reason, code and figures for the bad cells of a row: code `cells`, and for
 * each problem `n` the figures `n.column`, `n.name`, `n.code` and its own as `n.<key>`, flat, so that the
 * row's JSON stays readable.
 */
export function cellsReason(problems: readonly (CellProblem & { reason: string })[]): Pick<SkippedRow, 'reason' | 'code' | 'params'> {
  const params: Record<string, string | number> = { count: problems.length }
  problems.forEach((p, n) => {
    params[`${n}.column`] = p.column
    params[`${n}.name`] = p.name
    params[`${n}.code`] = p.code
    for (const [k, v] of Object.entries(p.params)) params[`${n}.${k}`] = v
  })
  // A date met before in the row in the same form is said briefly: its hint is the first one's.
  const said = new Set<string>()
  const reason = problems
    .map((p) => {
      const again = REPEATED_EN[p.code] !== undefined && said.has(p.code)
      said.add(p.code)
      return `${p.column}: ${again ? `${p.params.text ?? ''} ${REPEATED_EN[p.code]}` : p.reason}`
    })
    .join('; ')
  return { reason, code: 'cells', params: params as IssueParams }
}

/**
 * @internal The skipped row's reason, code and figures for the problems a row of a structured input (YAML,
 * JSON, heartbeats) has: code `issues`, and for each problem `n` its `n.path`, `n.code` and figures as
 * `n.<key>` (and `n.message` when it has no code), so that `formatSkipReason` words each in French.
 */
export function issuesReason(issues: readonly InputIssue[]): Pick<SkippedRow, 'reason' | 'code' | 'params'> {
  const params: Record<string, string | number> = { count: issues.length }
  issues.forEach((x, n) => {
    params[`${n}.path`] = x.path
    params[`${n}.code`] = x.code
    if (x.code === 'invalid') params[`${n}.message`] = x.message
    for (const [k, v] of Object.entries(x.params)) params[`${n}.${k}`] = v
  })
  return { reason: issues.map((x) => (x.path ? `${x.path}: ${x.message}` : x.message)).join('; '), code: 'issues', params }
}
