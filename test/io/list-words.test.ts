/**
 * An incident list written by hand in JSON or YAML takes the impacts and causes a French spreadsheet
 * writes, as the CSV reader does; a word that names nothing is still skipped with its path.
 */
import { describe, expect, it } from 'vitest'
import { parseIncidentsJson, parseIncidentsYaml } from '../../src/io/index.js'

describe('the impacts and causes of a JSON or YAML incident list', () => {
  it('read a French word as the library’s, and leave the library’s own as they are', () => {
    const json = parseIncidentsJson(
      JSON.stringify([
        { id: 'a', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', impact: 'Panne', cause: 'maintenance programmée' },
        { id: 'b', start: '2026-03-03T10:00:00Z', end: '2026-03-03T11:00:00Z', impact: 'dégradé' },
        { id: 'c', start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z', impact: 'partial', cause: 'force majeure' },
        { id: 'd', start: '2026-03-05T10:00:00Z', end: '2026-03-05T11:00:00Z', impact: 'outage', cause: 'customer' },
      ]),
    )
    expect(json.skipped).toEqual([])
    expect(json.incidents.map((x) => [x.id, x.impact, x.cause])).toEqual([
      ['a', 'outage', 'maintenance'],
      ['b', 'degraded', undefined],
      ['c', 'partial', 'force-majeure'],
      ['d', 'outage', 'customer'],
    ])
    const yaml = parseIncidentsYaml('incidents:\n  - { id: a, start: 2026-03-02T10:00:00Z, end: 2026-03-02T11:00:00Z, impact: coupure, cause: fournisseur }\n')
    expect(yaml.incidents.map((x) => [x.impact, x.cause])).toEqual([['outage', 'third-party']])
  })

  it('skip a word that names nothing, with its path, the row as it was written kept', () => {
    const { incidents, skipped } = parseIncidentsJson('[{ "start": "2026-03-02T10:00:00Z", "end": "2026-03-02T11:00:00Z", "impact": "en veille", "cause": "panne" }]')
    expect(incidents).toEqual([])
    // "panne" is an impact, not a cause: both refused, each at its path.
    expect(skipped.map((r) => [r.path, r.reason])).toEqual([
      ['[0]', '[0].impact: must be one of outage, partial, degraded (got "en veille"); [0].cause: must be one of unplanned, maintenance, customer, force-majeure, third-party (got "panne")'],
    ])
    expect(skipped[0]!.raw).toContain('"en veille"')
  })
})
