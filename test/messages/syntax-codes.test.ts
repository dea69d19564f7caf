/**
 * The problems of texts that are not JSON, YAML or CSV, and of a statement refused in strict mode, carry
 * the code that words them in French, where they are (path, line and column), and the figures of the slip.
 */
import { describe, expect, it } from 'vitest'
import { InputError, type InputIssue, monthlyStatement, presets } from '../../src/index.js'
import { parseClientList, parseGlpiTickets, parseIncidentsJson, parseIncidentsYaml, readCsvIncidents } from '../../src/io/index.js'
import { localiseInputError } from '../../src/messages/index.js'

/** The issues a call throws, whole: path, code and figures. */
async function thrown(call: () => unknown): Promise<{ path: string; code: string; params: InputIssue['params'] }[]> {
  try {
    await call()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return error.issues.map((i) => ({ path: i.path, code: i.code, params: i.params }))
  }
  throw new Error('no InputError')
}

describe('syntax errors with a code', () => {
  it('say where JSON stops and what is there, keeping the parser’s words as a detail', async () => {
    const [issue] = await thrown(() => parseIncidentsJson('[\n  {"start": 1,}\n]'))
    // Line 2 is `  {"start": 1,}`: its "}" is the 15th character, after a comma.
    expect(issue).toMatchObject({ path: '', code: 'json-syntax', params: { line: 2, column: 15, slip: 'trailing-comma', found: '}' } })
    expect(issue!.params.detail).toMatch(/JSON/)
    expect(await thrown(() => parseGlpiTickets('[', { timeZone: 'UTC' }))).toMatchObject([{ path: 'json', code: 'json-syntax', params: { line: 1, column: 2, slip: 'end' } }])
  })

  it('say where YAML stops and which slip it is', async () => {
    expect(await thrown(() => parseIncidentsYaml('x: 1\nx: 2'))).toMatchObject([{ path: '', code: 'yaml-syntax', params: { line: 2, column: 1, slip: 'duplicate-key', detail: 'Map keys must be unique' } }])
    expect(await thrown(() => parseIncidentsYaml('a: *x\n'))).toMatchObject([{ path: '', code: 'yaml-alias', params: { alias: 'x', max: 100 } }])
  })

  it('head a JSON incident list’s error in French', () => {
    try {
      parseIncidentsJson('[1, 2')
    } catch (error) {
      expect(localiseInputError(error as InputError, 'fr')).toBe(
        'Impossible de lire la liste JSON des incidents\u00a0:\n  n’est pas du JSON valide à la ligne 1, colonne 6\u00a0: le texte s’arrête trop tôt\u00a0: une accolade }, un crochet ] ou un guillemet " n’est pas fermé',
      )
      return
    }
    throw new Error('no InputError')
  })

  it('name the chunk of a stream that is not text', async () => {
    expect(await thrown(() => readCsvIncidents({} as never))).toEqual([{ path: '', code: 'csv-source', params: { got: 'an object' } }])
    expect(await thrown(() => readCsvIncidents(['id;start\n', 'a;b\n', null] as never))).toEqual([{ path: 'chunk 2', code: 'csv-chunk', params: { got: 'null' } }])
  })

  it('name the line of a client list’s record too long', async () => {
    // Line 1 is the header, line 2 a client on two lines (a quoted line break), line 4 the long record.
    const text = `element;name\nvps-1;"Anna\nB."\n${'x'.repeat(1_000_001)};y\n`
    expect(await thrown(() => parseClientList(text))).toEqual([{ path: 'line 4', code: 'csv-record-long', params: { max: 1_000_000 } }])
  })
})

describe('the strict refusal', () => {
  it('gives each warning its code, and the warning itself as its figure', async () => {
    const incidents = [{ id: 'typo', start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z', elements: ['b'] }]
    const options = {
      commitment: presets.ovhVps2016.starter,
      month: '2026-03',
      incidents,
      elements: [{ id: 'a' }],
      skipped: [{ line: 2, reason: 'has 3 fields but the header has 2', code: 'row-fields', params: { fields: 3, width: 2, delimiter: '";"' } }],
    }
    const call = () => monthlyStatement({ ...options, strict: true })
    const monthlyStatementWarnings = () => monthlyStatement(options).warnings
    const warnings = monthlyStatementWarnings()
    expect(await thrown(call)).toEqual([
      { path: 'line 2', code: 'strict-skipped-row', params: { warning: JSON.stringify(warnings[0]) } },
      { path: 'incidents[0].elements', code: 'strict-unknown-element', params: { warning: JSON.stringify(warnings[1]) } },
      { path: 'elements', code: 'strict-unknown-fee', params: { warning: JSON.stringify(warnings[2]) } },
    ])
    // The figure is the warning the statement drawn up leniently lists.
    expect(JSON.parse(String((await thrown(call))[1]!.params.warning))).toEqual({ kind: 'unknown-element', element: 'b', incidents: [{ index: 0, id: 'typo' }] })
    try {
      call()
    } catch (error) {
      expect(localiseInputError(error as InputError, 'fr')).toBe(
        [
          'Relevé refusé en mode strict\u00a0:',
          '  ligne 2\u00a0: ligne écartée\u00a0: compte 3 champs alors que l’en-tête en compte 2 (un ";" dans un champ sans guillemets\u00a0? mettez-le entre guillemets)',
          '  incidents[0].elements\u00a0: «\u00a0b\u00a0» est nommé par l’incident «\u00a0typo\u00a0» mais n’est pas facturé\u00a0: aucun crédit ne lui est compté',
          '  elements\u00a0: montant inconnu, donc montant du crédit inconnu\u00a0: a',
        ].join('\n'),
      )
    }
  })
})
