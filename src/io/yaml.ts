import { isMap, isScalar, isSeq, LineCounter, type Node as YamlNode, parseDocument } from 'yaml'
import { describe, InputError } from '../errors.js'
import { readIncidentDocument } from './incident-list.js'
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
export function parseIncidentsYaml(text: string): ReadResult {
  if (typeof text !== 'string') throw new InputError([{ path: '', message: `must be YAML text (got ${describe(text)})` }], CONTEXT)
  const lineCounter = new LineCounter()
  // Warnings (e.g. a map used as a key) would go to process.emitWarning: a library stays quiet.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' })
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.map((e) => {
        const at = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0])
        return { path: '', message: `line ${at.line}, column ${at.col}: ${e.message.split('\n')[0]}` }
      }),
      CONTEXT,
    )
  }
  let document: unknown
  try {
    // Aliases are expanded with yaml's own limit, so that a "billion laughs" document fails instead of exhausting memory.
    document = doc.toJS({ maxAliasCount: 100 })
  } catch (error) {
    throw new InputError([{ path: '', message: (error as Error).message }], CONTEXT)
  }
  const seq = incidentSequence(doc.contents)
  const lineOf = (i: number): number | undefined => {
    if (!isSeq(seq)) return undefined
    const item = seq.items[i] as YamlNode | undefined
    const offset = item?.range?.[0]
    return offset === undefined ? undefined : lineCounter.linePos(offset).line
  }
  return readIncidentDocument(document, 'YAML', lineOf)
}
