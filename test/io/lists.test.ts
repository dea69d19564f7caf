import { describe, expect, it } from 'vitest'
import { InputError, measureAvailability, monthPeriod } from '../../src/index.js'
import { parseIncidentsJson, parseIncidentsYaml } from '../../src/io/index.js'

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

const good = { id: 'inc-1', start: '2026-03-02T10:00:00+01:00', end: '2026-03-02T12:00:00+01:00', elements: ['vps-1'], impact: 'partial' }

describe('parseIncidentsJson', () => {
  it('reads a list, or { incidents: [...] }, keeping each incident as written', () => {
    expect(parseIncidentsJson(JSON.stringify([good]))).toEqual({ incidents: [good], skipped: [] })
    const r = parseIncidentsJson(JSON.stringify({ incidents: [good, { start: '2026-03-03T00:00:00Z', end: null, note: 'kept' }] }))
    expect(r.incidents).toEqual([good, { start: '2026-03-03T00:00:00Z', end: null, note: 'kept' }])
    expect(r.skipped).toEqual([])
    const report = measureAvailability({ commitment: { credit: { type: 'pro-rata' } }, period: monthPeriod({ year: 2026, month: 3 }), incidents: r.incidents, asOf: '2026-03-03T01:00:00Z' })
    expect(report.downtimeMs).toBe(3 * 3_600_000)
  })

  it('skips a row that fails the schema, with its path and the readable message', () => {
    const r = parseIncidentsJson(
      JSON.stringify({
        incidents: [
          good,
          { start: '2026-03-02T10:00:00Z', impact: 'total' },
          { end: '2026-03-02T10:00:00Z' },
          { start: '02/03/2026 10:00' },
          { start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' },
          { start: '2026-03-02T10:00:00Z', elements: [] },
          { start: '2026-03-02T10:00:00Z', cause: 'aliens', detectedAt: 'soon' },
          'not an incident',
        ],
      }),
    )
    expect(r.incidents).toEqual([good])
    expect(r.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['incidents[1]', 'incidents[1].impact: must be one of outage, partial, degraded (got "total")'],
      ['incidents[2]', 'incidents[2].start: is required'],
      ['incidents[3]', 'incidents[3].start: must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got "02/03/2026 10:00")'],
      ['incidents[4]', 'incidents[4].end: is before start (2026-03-02T10:00:00Z)'],
      ['incidents[5]', 'incidents[5].elements: must name at least one element, or be absent for every element (got an empty list)'],
      [
        'incidents[6]',
        // Both problems of the row, the schema now checking instants too.
        'incidents[6].cause: must be one of unplanned, maintenance, customer, force-majeure, third-party (got "aliens"); incidents[6].detectedAt: must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got "soon")',
      ],
      ['incidents[7]', expect.stringMatching(/^incidents\[7\]: must be/)],
    ])
    expect(r.skipped[0]!.raw).toBe('{"start":"2026-03-02T10:00:00Z","impact":"total"}')
    // In a bare list the path is the index.
    expect(parseIncidentsJson('[{"start": 5.5}]').skipped[0]!.path).toBe('[0]')
  })

  it('throws an InputError, with the line, for text that is not JSON or not an incident list', () => {
    expect(inputError(() => parseIncidentsJson('[\n  {"start": "2026-03-02T10:00:00Z"},\n  {"start": 1,}\n]')).issues[0]!.message).toMatch(/^is not valid JSON at line 3, column 15/)
    expect(inputError(() => parseIncidentsJson('')).issues[0]!.message).toMatch(/^is not valid JSON at line 1, column 1/)
    expect(inputError(() => parseIncidentsJson('{"incident": []}')).issues[0]!.message).toContain('must be a list of incidents')
    expect(inputError(() => parseIncidentsJson('{"incidents": {}}')).issues[0]!.path).toBe('incidents')
    expect(inputError(() => parseIncidentsJson('42')).issues[0]!.message).toContain('(got 42)')
  })
})

describe('parseIncidentsYaml', () => {
  it('reads YAML 1.2: dates stay text, read exactly', () => {
    const r = parseIncidentsYaml(`
# March
incidents:
  - id: inc-1
    start: 2026-03-02T10:00:00+01:00
    end: 2026-03-02T12:00:00+01:00
    elements: [vps-1]
    impact: partial
  - { start: 2026-03-05T10:00:00Z, elements: vps-2 }
`)
    expect(r.skipped).toEqual([])
    expect(r.incidents).toEqual([good, { start: '2026-03-05T10:00:00Z', elements: 'vps-2' }])
  })

  it('skips a row that fails the schema with its line, path and message', () => {
    const r = parseIncidentsYaml(`- start: 2026-03-02T10:00:00Z
- start: 02/03/2026
  id: b
-
  start: 2026-03-02T10:00:00Z
  impact: total
`)
    expect(r.incidents).toHaveLength(1)
    expect(r.skipped.map((s) => [s.line, s.path, s.reason])).toEqual([
      [2, '[1]', '[1].start: must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got "02/03/2026")'],
      [5, '[2]', '[2].impact: must be one of outage, partial, degraded (got "total")'],
    ])
  })

  it('reports syntax errors as an InputError with their line', () => {
    const e = inputError(() => parseIncidentsYaml('incidents:\n  - start: 2026-03-02T10:00:00Z\n   end: x\n'))
    expect(e.issues[0]!.message).toMatch(/^line 3, column \d+: /)
    expect(inputError(() => parseIncidentsYaml('a: [1, 2')).issues[0]!.message).toMatch(/^line 1/)
    expect(inputError(() => parseIncidentsYaml('x: 1\nx: 2')).issues[0]!.message).toMatch(/^line 2, column 1: Map keys must be unique/)
    expect(inputError(() => parseIncidentsYaml('just text')).issues[0]!.message).toContain('must be a list of incidents')
  })

  it('refuses a document that expands aliases without end', () => {
    const bomb = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`)
    bomb.push('incidents: []')
    expect(() => parseIncidentsYaml(bomb.join('\n'))).toThrow(InputError)
  })
})
