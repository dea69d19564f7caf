import { describe, InputError, type IssueDraft } from '../errors.js'
import { type LocalTimeOptions } from './dates.js'
import { listDateReader, readIncidentDocument } from './incident-list.js'
import { type ReadResult } from './result.js'

/** Line and column of a character offset in a text, both 1-based. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/**
 * The offset at which a text stops being JSON, for error messages (Node's own messages give no position).
 * A plain scanner with an explicit stack, so that deep nesting cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const n = text.length
  const stack: string[] = []
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
  }
  const string = (): boolean => {
    if (text[i] !== '"') return false
    i++
    while (i < n) {
      const c = text.charCodeAt(i)
      if (c === 34) {
        i++
        return true
      }
      if (c < 32) return false
      if (c === 92) {
        const e = text[i + 1]
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false
          i += 6
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2
        else return false
      } else i++
    }
    return false
  }
  const scalar = (): boolean => {
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400))
    if (!m) return false
    i += m[0].length
    return true
  }
  // States: 'v' a value is expected, 'a' after a value inside an array, 'o' after a value inside an object.
  ws()
  for (;;) {
    ws()
    if (text[i] === '{') {
      i++
      ws()
      if (text[i] === '}') i++
      else {
        if (!string()) return i
        ws()
        if (text[i] !== ':') return i
        i++
        stack.push('o')
        continue
      }
    } else if (text[i] === '[') {
      i++
      ws()
      if (text[i] === ']') i++
      else {
        stack.push('a')
        continue
      }
    } else if (!(text[i] === '"' ? string() : scalar())) return i
    // A value was read: close what it completes.
    for (;;) {
      ws()
      const top = stack[stack.length - 1]
      if (top === undefined) return i < n ? i : -1
      if (text[i] === ',') {
        i++
        ws()
        if (top === 'o') {
          if (!string()) return i
          ws()
          if (text[i] !== ':') return i
          i++
        }
        break
      }
      if ((top === 'a' && text[i] === ']') || (top === 'o' && text[i] === '}')) {
        i++
        stack.pop()
        continue
      }
      return i
    }
  }
}

/**
 * What is wrong where a text stops being JSON, from the characters around `offset`, so that the problem can
 * say what to do in any language: the parser's own words are English, and rarely say it.
 */
function jsonSlip(body: string, offset: number): string {
  if (body.trim() === '') return 'empty'
  if (offset >= body.length) return 'end'
  const c = body.charAt(offset)
  let p = offset - 1
  while (p >= 0 && /\s/.test(body.charAt(p))) p--
  const before = body.charAt(p)
  if (c === "'") return 'single-quote'
  if ((c === '}' || c === ']') && before === ',') return 'trailing-comma'
  // {"a": 99,5}: a decimal comma, read as a comma and a key without quotes.
  if (/\d/.test(c) && before === ',' && /\d/.test(body.charAt(p - 1))) return 'decimal-comma'
  if (/[A-Za-z_\u00C0-\uFFFF]/.test(c)) return 'unquoted'
  if (/["{[\d-]/.test(c) && /["}\]\del]/.test(before)) return 'missing-comma'
  return 'other'
}

/** @internal The problem of a text that is not JSON: where it stops being JSON, what is there, and the parser's words. */
export function jsonSyntaxIssue(path: string, text: string, error: unknown): Required<IssueDraft> {
  const detail = (error as Error).message
  const body = text.replace(/^\uFEFF/, '')
  const offset = jsonErrorOffset(body)
  const where = offset >= 0 ? lineAndColumn(body, offset) : undefined
  const found = offset >= 0 && offset < body.length ? (body.codePointAt(offset) ?? 0) : undefined
  return {
    path,
    message: `is not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${detail}`,
    code: 'json-syntax',
    params: {
      ...(where && { line: where.line, column: where.column, slip: jsonSlip(body, offset) }),
      ...(found !== undefined && { found: String.fromCodePoint(found) }),
      detail,
    },
  }
}

/**
 * Parses JSON, or throws an InputError saying where it stops being JSON (line and column when the
 * runtime's message gives a position).
 */
export function parseJsonText(text: string, what: string): unknown {
  if (typeof text !== 'string') throw new InputError([{ path: '', message: `must be JSON text (got ${describe(text)})`, code: 'json-text', params: { got: describe(text) } }], `Cannot read ${what}`)
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new InputError([jsonSyntaxIssue('', text, error)], `Cannot read ${what}`)
  }
}

/**
 * Reads incidents in the library's own JSON format: a list of incidents, or `{ "incidents": [...] }`.
 * Impacts and causes may be written with the words a French spreadsheet uses (`"panne"`, `"maintenance
 * programmée"`: see IMPACT_WORDS and CAUSE_WORDS), read as the library's; with `timeZone` (and `dateFormat`),
 * instants written in local time too, as the CSV reader reads them (`"2026-03-04 10:00"`). Each incident is
 * checked against `incidentSchema` and the rules of measurement (instants with an offset, end not before
 * start); one that fails is skipped with its path and the readable message.
 *
 * @example
 * const { incidents, skipped } = parseIncidentsJson('[{ "start": "2026-03-02T10:00:00Z", "impact": "total" }]')
 * skipped[0] // { path: '[0]', reason: '[0].impact: must be one of outage, partial, degraded (got "total")', raw: '…' }
 * const local = parseIncidentsJson('[{ "start": "2026-03-04 10:00", "end": "04/03/2026 11:30" }]', { timeZone: 'Europe/Paris', dateFormat: 'dd/MM/yyyy HH:mm' })
 * local.incidents[0] // { start: '2026-03-04T09:00:00Z', end: '2026-03-04T10:30:00Z' }
 * @throws InputError when the text is not JSON, or neither form, or the options are not valid.
 */
export function parseIncidentsJson(text: string, options?: LocalTimeOptions): ReadResult {
  const readDate = listDateReader(options, CONTEXT_LIST)
  return readIncidentDocument(parseJsonText(text, 'the JSON incident list'), 'JSON', undefined, readDate)
}

const CONTEXT_LIST = 'Cannot read the JSON incident list'
