import { type Document, isMap, isScalar, isSeq, LineCounter, type Node as YamlNode, parseDocument, visit } from 'yaml'
import { describe, InputError } from '../errors.js'
import { type LocalTimeOptions } from './dates.js'
import { listDateReader, readIncidentDocument } from './incident-list.js'
import { type ReadResult } from './result.js'

const CONTEXT = 'Cannot read the YAML incident list'

/** The sequence node that holds the incidents: the document itself, or its `incidents` key. */
function incidentSequence(contents: unknown): YamlNode | undefined {
  if (isSeq(contents)) return contents
  if (isMap(contents)) {
    for (const pair of contents.items) if (isScalar(pair.key) && pair.key.value === 'incidents' && isSeq(pair.value)) return pair.value
  }
  return undefined
}

/**
 * Reads incidents in the library's own format written as YAML (YAML 1.2: dates stay text, so
 * `start: 2026-03-02T10:00:00Z` is read exactly): a list of incidents, or a map with an `incidents` list.
 * Impacts and causes may be written as in a French spreadsheet (`impact: panne`), and with `timeZone` (and
 * `dateFormat`) instants in local time, as parseIncidentsJson reads them.
 * Syntax errors are an InputError with their line; an incident that fails the schema is skipped with its
 * line, its path and the readable message.
 *
 * @example
 * const { incidents, skipped } = parseIncidentsYaml(`
 * incidents:
 *   - { id: a, start: 2026-03-02T10:00:00Z, end: 2026-03-02T12:00:00Z, elements: [vps-1] }
 *   - { id: b, start: 02/03/2026 }
 * `)
 * skipped[0] // { line: 4, path: 'incidents[1]', reason: 'incidents[1].start: must be an ISO-8601 instant with an offset, …' }
 * @throws InputError on a YAML syntax error, or when the document is neither form.
 */
export function parseIncidentsYaml(text: string, options?: LocalTimeOptions): ReadResult {
  if (typeof text !== 'string') throw new InputError([{ path: '', message: `must be YAML text (got ${describe(text)})`, code: 'yaml-text', params: { got: describe(text) } }], CONTEXT)
  const readDate = listDateReader(options, CONTEXT)
  const { document, doc, lineCounter } = readYaml(text, CONTEXT)
  const seq = incidentSequence(doc.contents)
  const lineOf = (i: number): number | undefined => {
    if (!isSeq(seq)) return undefined
    const item = seq.items[i] as YamlNode | undefined
    const offset = item?.range?.[0]
    return offset === undefined ? undefined : lineCounter.linePos(offset).line
  }
  return readIncidentDocument(document, 'YAML', lineOf, readDate)
}

/**
 * Most aliases a document may expand. Enough for any hand-written file that reuses a block; a "billion
 * laughs" document, whose aliases multiply, fails instead of exhausting memory.
 */
export const MAX_YAML_ALIASES = 100

/**
 * @internal The one YAML (and so JSON) reader of every data file: offers, commitments, scenarios,
 * catalogues, client lists and incident lists all pass through it, with the same limits. Syntax errors
 * and alias bombs are an InputError with their line and column; duplicate keys are errors; warnings stay
 * quiet (a library does not write to the process).
 */
export function readYaml(text: string, context: string): { document: unknown; doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => {
        const at = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0])
        const detail = e.message.split('\n')[0] ?? ''
        return { path: '', message: `line ${at.line}, column ${at.col}: ${detail}`, code: 'yaml-syntax', params: { line: at.line, column: at.col, slip: yamlSlip(e.code, detail), detail } }
      }),
      context,
    )
  }
  const split = splitNumbers(doc, text.replace(/^\uFEFF/, ''), lineCounter)
  if (split.length > 0) throw new InputError(split, context)
  try {
    return { document: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }), doc, lineCounter }
  } catch (error) {
    // yaml throws a ReferenceError for too many aliases, and for an alias to nothing.
    const detail = (error as Error).message
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(detail)
    throw new InputError(
      [
        {
          path: '',
          message: `${detail} (at most ${MAX_YAML_ALIASES} aliases are expanded)`,
          code: 'yaml-alias',
          params: { detail, max: MAX_YAML_ALIASES, ...(unresolved ? { alias: unresolved[1] ?? '' } : /alias count/i.test(detail) && { slip: 'count' }) },
        },
      ],
      context,
    )
  }
}

/**
 * Numbers written with a decimal comma inside a `{ … }` map, where the comma ends the entry: `{ amount: 6,50 }`
 * is, to YAML, an amount of 6 and a key `50` without a value, which a schema ignoring extra keys would read
 * as a fee of 6.00 without a word. Told by what no one writes on purpose: a whole number, a comma with no
 * space after it, then a key made of digits only that has no value. The schemas of a commitment or an offer
 * tell it too, from the unknown key, but a client's fee is read from a map that lets other keys through.
 */
function splitNumbers(doc: Document, text: string, lineCounter: LineCounter): { path: string; message: string; code: string; params: Record<string, string | number> }[] {
  const found: { path: string; message: string; code: string; params: Record<string, string | number> }[] = []
  visit(doc, {
    Map(_, map) {
      if (!map.flow) return
      for (let k = 0; k + 1 < map.items.length; k++) {
        const value = map.items[k]?.value
        const next = map.items[k + 1]
        if (!isScalar(value) || typeof value.value !== 'number' || !next || next.value !== null || !isScalar(next.key)) continue
        const before = value.source ?? ''
        const after = next.key.source ?? ''
        const end = value.range?.[1]
        const from = next.key.range?.[0]
        if (end === undefined || from === undefined || text.slice(end, from) !== ',' || !/^[+-]?\d+$/.test(before) || !/^\d+$/.test(after)) continue
        const at = lineCounter.linePos(end)
        const written = `${before},${after}`
        found.push({
          path: '',
          message: `line ${at.line}, column ${at.col}: a number written with a decimal comma, ${written}, is split in two in a YAML { … } map (the number ${before} and a key ${after}); write ${before}.${after} or "${written}"`,
          code: 'yaml-split-number',
          params: { line: at.line, column: at.col, written, before, after },
        })
      }
    },
  })
  return found
}

/**
 * What a YAML syntax error is about, among the slips a person makes by hand, so that the problem can say
 * what to do in any language: the parser's words are English. `yaml`'s own code, made finer where one code
 * covers two slips.
 */
function yamlSlip(code: string, detail: string): string {
  if (code === 'BAD_INDENT') return detail.startsWith('Flow sequence') ? 'open-list' : detail.startsWith('Flow map') ? 'open-map' : 'indent'
  if (code === 'MISSING_CHAR') return /quote/i.test(detail) ? 'open-quote' : 'missing-char'
  const slips: Record<string, string> = {
    DUPLICATE_KEY: 'duplicate-key',
    TAB_AS_INDENT: 'tab',
    BLOCK_AS_IMPLICIT_KEY: 'second-colon',
    MULTILINE_IMPLICIT_KEY: 'no-colon',
    BAD_SCALAR_START: 'reserved-start',
    BAD_DQ_ESCAPE: 'backslash',
    MULTIPLE_DOCS: 'documents',
    UNEXPECTED_TOKEN: 'unexpected',
  }
  return slips[code] ?? 'other'
}
