import { formatSkipReason, type SkippedRow } from '../io/result.js'
import { Formatter } from '../report/format.js'
import { messagesFor } from '../report/i18n.js'
import { present } from '../errors.js'
import { groupWarnings, lineRanges } from '../report/warning-groups.js'
import { type StatementWarning } from '../statement/warnings.js'
import { type Context } from './commands.js'
import { type IncidentColumns, isIncidentColumns } from '../incidents/columns.js'
import { type IncidentFile } from './files.js'
import { type CliMessages } from './messages.js'

/** What is known of where the statement's inputs came from. */
export interface Sources {
  m: CliMessages
  log: { path: string; incidents: readonly { id?: string | number | null | undefined }[] | IncidentColumns; read: Pick<IncidentFile, 'format' | 'columnNames'> & { lines?: ArrayLike<number> | undefined } }
  clientsFile?: string | undefined
  clientLines?: readonly (number | undefined)[] | undefined
}

/**
 * Turns an issue path of the statement (`incidents[13].end`, `elements[2].fee`) into the place a person
 * looks: the file and its line as a spreadsheet numbers it (`log.csv:15 end`), else the file and the
 * JSON path, with the incident's id when it has one.
 */
export function locator(s: Sources): (path: string, withId?: boolean) => string {
  return (path, withId = true) => {
    const incident = /^incidents\[(\d+)\]\.?(.*)$/.exec(path)
    if (incident) {
      const i = Number(incident[1])
      const line = s.log.read.lines?.[i]
      const id = isIncidentColumns(s.log.incidents) ? s.log.incidents.ids[i] : s.log.incidents[i]?.id
      // The field as the file's header names it (`éléments` for `elements`), as the skipped rows do.
      const field = incident[2] ? incident[2].replace(/^[^.[]+/, (key) => s.log.read.columnNames?.[key] ?? key) : ''
      const where = line !== undefined ? `${s.log.path}:${line}${field ? ` ${field}` : ''}` : `${s.log.path} ${path}`
      return withId && id !== undefined && id !== null && id !== '' ? `${where} (${s.m.incident(String(id))})` : where
    }
    const element = /^elements\[(\d+)\]\.?(.*)$/.exec(path)
    if (element && s.clientsFile !== undefined) {
      const line = s.clientLines?.[Number(element[1])]
      if (line !== undefined) return `${s.clientsFile}:${line}${element[2] ? ` ${element[2]}` : ''}`
      return `${s.clientsFile} ${path}`
    }
    return path
  }
}

/**
 * The command-line flags that read a skipped row's dates, when a date of it is in another form ('format') or
 * without its offset ('zone'); undefined for any other problem.
 */
function dateFlags(w: Extract<StatementWarning, { kind: 'skipped-row' }>): 'format' | 'zone' | undefined {
  const p = w.params ?? {}
  const count = typeof p.count === 'number' ? p.count : 0
  let flags: 'format' | 'zone' | undefined
  for (let n = 0; n < count; n++) {
    const code = p[`${n}.code`]
    if (code === 'date-not-iso') return 'format'
    if (code === 'date-no-offset') flags = 'zone'
  }
  return flags
}

/** The statement's warnings in the user's language, each where it points: a CSV line, a file and path. */
export function warningLines(ctx: Pick<Context, 'lang' | 'm'>, warnings: readonly StatementWarning[], locate: (path: string, withId?: boolean) => string): string[] {
  const lines: string[] = []
  const f = new Formatter(messagesFor(ctx.lang), 'UTC')
  const t = f.m.statement
  const name = (x: { index: number; id?: string | undefined }) => x.id ?? f.m.incidentNumber(x.index + 1)
  for (const w of warnings) {
    let text: string
    switch (w.kind) {
      case 'skipped-row': {
        // The library's English names its options; the French wording also names the command line's flags.
        const flags = ctx.lang === 'en' ? dateFlags(w) : undefined
        const reason = formatSkipReason(w, ctx.lang) + (flags === undefined ? '' : ctx.m.dateFlagsHint(flags))
        text = ctx.m.skipped(w.file !== undefined && w.line !== undefined ? `${w.file}:${w.line}` : [w.file, w.path ?? (w.line !== undefined ? ctx.m.line(w.line) : '')].filter(Boolean).join(' '), reason)
        break
      }
      case 'not-evaluable':
        text = t.notEvaluable({ kind: f.m.label[w.guarantee], incident: name({ index: w.incident, id: w.id }), where: locate(w.path, false) })
        break
      case 'unknown-element': {
        const first = w.incidents[0]
        const incidents = f.list(w.incidents.slice(0, 5).map(name)) + (w.incidents.length > 5 ? '…' : '')
        text = t.unknownElement({ element: w.element, count: w.incidents.length, incidents, where: first ? locate(`incidents[${first.index}].elements`, false) : 'elements' })
        break
      }
      case 'assumed-fee':
        text = t.assumedFee({ count: w.elements.length, elements: few(f, w.elements) })
        break
      case 'unknown-fee':
        text = t.unknownFee({ count: w.elements.length, elements: few(f, w.elements) })
        break
    }
    lines.push(text)
  }
  return lines
}

/**
 * Writes the statement's warnings on standard error: each row skipped for a reason met before in the same
 * file is counted under the first rather than written again (a log whose dates are all in another form is
 * one warning and the lines it holds, not a page), then the first 20 lines; the report has them all.
 */
export function warnStatement(ctx: Context, warnings: readonly StatementWarning[], locate: (path: string, withId?: boolean) => string): void {
  // Each warning written, by its index, or the rows counted under one; only the first 20 are worded: a log
  // of a million bad rows costs a map of reasons, not a million sentences.
  const shown: (number | { file: string | undefined; more: readonly number[] })[] = []
  for (const g of groupWarnings(warnings)) {
    shown.push(g.index)
    const w = present(warnings[g.index])
    if (g.more.length > 0) shown.push({ file: w.kind === 'skipped-row' ? w.file : undefined, more: g.more })
  }
  for (const x of shown.slice(0, 20)) {
    if (typeof x !== 'number') ctx.warn(ctx.m.sameReason(x.file, x.more.length, lineRanges(x.more, ctx.m.lineSpan)))
    else for (const line of warningLines(ctx, warnings.slice(x, x + 1), locate)) ctx.warn(line)
  }
  if (shown.length > 20) ctx.warn(ctx.m.moreWarnings(shown.length - 20))
}

/** Writes the rows a reader of `file` skipped, as {@link warnStatement} writes a statement's. */
export function warnSkippedRows(ctx: Context, file: string, skipped: readonly SkippedRow[]): void {
  warnStatement(
    ctx,
    skipped.map((s) => ({ ...s, file, kind: 'skipped-row' as const })),
    (path) => path,
  )
}

function few(f: Formatter, list: readonly string[]): string {
  return list.length > 10 ? `${list.slice(0, 10).join(', ')}…` : f.list(list)
}
