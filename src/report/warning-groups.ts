/**
 * A statement's warnings as a person reads them: rows of one file skipped for the same reason are told
 * once, with the lines of the others. A log whose dates are all in another form is one warning and the
 * lines it holds, not a page a row: on standard error and in the text, Markdown and HTML reports alike.
 * The JSON report keeps every warning as it is, one per row.
 */
import { present } from '../errors.js'
import { type StatementWarning } from '../statement/warnings.js'

/** A warning to write, and the lines of the later rows skipped for the same reason in the same file. */
export interface WarningGroup {
  /** Index of the warning in the statement's list. */
  readonly index: number
  /** Lines of the later rows skipped for the same reason, in the order met; empty for any other warning. */
  readonly more: readonly number[]
}

/**
 * What makes two skipped rows of one file skipped for the same reason: the reader's code and, for a row's
 * cells, which column had which problem (`02/03/2026 10:00` and `03/03/2026 10:00` in the start column are
 * one reason, met twice). Undefined for a row without a line, named by its path alone, and for any other
 * warning.
 */
function sameReasonKey(w: StatementWarning): string | undefined {
  if (w.kind !== 'skipped-row' || w.line === undefined) return undefined
  const p = w.params ?? {}
  const count = typeof p.count === 'number' ? p.count : 0
  const cells: string[] = []
  for (let n = 0; n < count; n++) cells.push(`${String(p[`${n}.column`] ?? p[`${n}.path`] ?? '')}:${String(p[`${n}.code`] ?? '')}`)
  return `${w.file ?? ''}\u0000${w.code ?? w.reason}\u0000${cells.join(',')}`
}

/**
 * The warnings in their order, each row skipped for a reason already met in its file counted under the
 * first such row rather than kept on its own.
 *
 * @example
 * groupWarnings(statement.warnings) // [{ index: 0, more: [4, 5, 6, 13] }, { index: 5, more: [] }]
 */
export function groupWarnings(warnings: readonly StatementWarning[]): WarningGroup[] {
  const groups: WarningGroup[] = []
  const firsts = new Map<string, number[]>()
  for (let k = 0; k < warnings.length; k++) {
    const w = present(warnings[k])
    const key = sameReasonKey(w)
    const more = key === undefined ? undefined : firsts.get(key)
    // A key is only made for a skipped row with a line.
    if (more && w.kind === 'skipped-row' && w.line !== undefined) {
      more.push(w.line)
      continue
    }
    const list: number[] = []
    if (key !== undefined) firsts.set(key, list)
    groups.push({ index: k, more: list })
  }
  return groups
}

/**
 * Line numbers as ranges, three or more in a row as one span: `4–10, 13` (`span` words a span in the
 * reader's language).
 *
 * @example
 * lineRanges([4, 5, 6, 7, 9, 10, 13], (a, b) => `${a}–${b}`) // '4–7, 9, 10, 13'
 */
export function lineRanges(lines: readonly number[], span: (from: number, to: number) => string): string {
  const parts: string[] = []
  for (let k = 0; k < lines.length; ) {
    let j = k
    while (j + 1 < lines.length && lines[j + 1] === present(lines[j]) + 1) j++
    parts.push(j > k + 1 ? span(present(lines[k]), present(lines[j])) : j === k + 1 ? `${lines[k]}, ${lines[j]}` : String(lines[k]))
    k = j + 1
  }
  return parts.join(', ')
}
