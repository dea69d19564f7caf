/**
 * An incident list written by hand in JSON or YAML, its instants in local time, read as the CSV reader reads
 * a spreadsheet's: in the zone given, in the format given, an hour the clocks show twice refused with its
 * reason (in French too), an instant with its offset left as written.
 */
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { formatReaderIssue, parseIncidentsJson, parseIncidentsYaml } from '../../src/io/index.js'

describe('local times in a JSON or YAML incident list', () => {
  it('are read in the zone given, as ISO local times or in the format given', () => {
    // Paris is at +01:00 on 4 March 2026: 10:00 there is 09:00Z. The second instant keeps its offset.
    const json = parseIncidentsJson(
      JSON.stringify([
        { id: 'a', start: '2026-03-04 10:00', end: '2026-03-04T11:30:00+01:00', detectedAt: '04/03/2026 10:05' },
        { id: 'b', start: '2026-03-05T08:00', end: '05/03/2026 09:00' },
      ]),
      { timeZone: 'Europe/Paris', dateFormat: 'dd/MM/yyyy HH:mm' },
    )
    expect(json.skipped).toEqual([])
    expect(json.incidents.map((x) => [x.id, x.start, x.end, x.detectedAt])).toEqual([
      ['a', '2026-03-04T09:00:00Z', '2026-03-04T11:30:00+01:00', '2026-03-04T09:05:00Z'],
      ['b', '2026-03-05T07:00:00Z', '2026-03-05T08:00:00Z', undefined],
    ])
    // Summer time in Paris (+02:00) on 1 July.
    const yaml = parseIncidentsYaml('- { start: "2026-07-01 10:00", end: "2026-07-01 10:30" }\n', { timeZone: 'Europe/Paris' })
    expect(yaml.incidents.map((x) => [x.start, x.end])).toEqual([['2026-07-01T08:00:00Z', '2026-07-01T08:30:00Z']])
  })

  it('refuse an hour the clocks show twice, or one they skip, at its path, worded in French too', () => {
    // 25 October 2026, Paris: 02:30 happens twice; 29 March 2026: 02:30 does not happen.
    const { incidents, skipped } = parseIncidentsYaml(
      'incidents:\n  - { id: x, start: "25/10/2026 02:30", end: "25/10/2026 04:00", impact: panne }\n  - { id: y, start: "29/03/2026 02:30", end: "29/03/2026 04:00", cause: bogus }\n',
      { timeZone: 'Europe/Paris', dateFormat: 'dd/MM/yyyy HH:mm' },
    )
    expect(incidents).toEqual([])
    expect(skipped.map((r) => [r.line, formatReaderIssue(r)])).toEqual([
      [2, 'line 2: incidents[0].start: "25/10/2026 02:30" happens twice in Europe/Paris (the clocks go back): write it with its offset, or set option ambiguousTime to \'earlier\' or \'later\''],
      [
        3,
        'line 3: incidents[1].start: "29/03/2026 02:30" does not exist in Europe/Paris (the clocks skip that time); incidents[1].cause: must be one of unplanned, maintenance, customer, force-majeure, third-party (got "bogus")',
      ],
    ])
    expect(formatReaderIssue(skipped[0]!, 'fr')).toBe(
      'ligne 2\u00a0: incidents[0].start\u00a0: "25/10/2026 02:30" se produit deux fois dans le fuseau Europe/Paris (les horloges reculent)\u00a0: écrivez-la avec son décalage (+01:00, +02:00), ou choisissez la première ou la seconde avec l’option ambiguousTime \'earlier\' ou \'later\' (en ligne de commande\u00a0: --ambiguous-time earlier ou later)',
    )
  })

  it('are refused as before without a zone, and bad options are an InputError', () => {
    const { skipped } = parseIncidentsJson('[{ "start": "2026-03-04 10:00", "end": "2026-03-04 11:00" }]')
    expect(skipped[0]!.reason).toMatch(/^\[0\]\.start: must be an ISO-8601 instant with an offset/)
    expect(() => parseIncidentsJson('[]', { timeZone: 'Mars/Olympus' })).toThrow(InputError)
    expect(() => parseIncidentsYaml('[]', { dateFormat: 'dd/MM/yyyy' })).toThrow(/timeZone: is required with dateFormat/)
    expect(() => parseIncidentsJson('[]', { ambiguousTime: 'both' as never })).toThrow(/ambiguousTime: must be one of reject, earlier, later/)
  })
})
