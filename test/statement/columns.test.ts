/**
 * A statement drawn up from the columns of a CSV reader is the statement drawn up from the same rows as
 * objects: every figure, explanation, guarantee and warning the same.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, isIncidentColumns, measureAvailability, monthlyStatement, presets } from '../../src/index.js'
import { parseCsvIncidentColumns, parseCsvIncidents } from '../../src/io/index.js'

const commitment = {
  ...presets.ovhVps2016.starter,
  timeZone: 'Europe/Paris',
  gti: { within: 'PT4H', clockStartsAt: 'reported', penalty: { perBreach: '10' } },
} as const

const CSV = [
  'id;début;fin;éléments;impact;cause;signalé;intervention',
  'a;2026-03-02T10:00:00Z;2026-03-02T12:00:00Z;vps-1;panne;imprévu;2026-03-02T10:05:00Z;2026-03-02T11:00:00Z',
  'b;2026-03-03T10:00:00Z;2026-03-03T10:30:00Z;vps-1 vps-2 vps-1;partielle;;;',
  'c;2026-03-04T10:00:00Z;2026-03-04T18:00:00Z;;dégradé;maintenance programmée;;',
  'd;2026-03-30T22:00:00Z;;vps-3;outage;;2026-03-30T22:10:00Z;',
  ';2026-03-05T10:00:00Z;2026-03-05T10:10:00Z;vps-9;;client;;',
  'e;soon;;vps-1;;;;',
].join('\n')

const elements = ['vps-1', 'vps-2', 'vps-3'].map((id) => ({ id, fee: { amount: '9.99', currency: 'EUR' } }))

describe('a statement from columns', () => {
  it('is the statement from the same rows as objects', () => {
    const objects = parseCsvIncidents(CSV)
    const columns = parseCsvIncidentColumns(CSV)
    expect(isIncidentColumns(columns.incidents)).toBe(true)
    expect([...columns.lines]).toEqual(objects.lines)
    expect(columns.skipped).toEqual(objects.skipped)
    expect(columns.incidents.count).toBe(5)
    const asOf = '2026-03-31T10:00:00Z'
    const fromObjects = monthlyStatement({ commitment, month: '2026-03', incidents: objects.incidents, elements, asOf, skipped: objects.skipped })
    const fromColumns = monthlyStatement({ commitment, month: '2026-03', incidents: columns.incidents, elements, asOf, skipped: columns.skipped })
    expect(fromColumns).toEqual(fromObjects)
    // Open incidents without asOf: measured to the end of the month, as with objects.
    expect(monthlyStatement({ commitment, month: '2026-03', incidents: columns.incidents, elements })).toEqual(
      monthlyStatement({ commitment, month: '2026-03', incidents: objects.incidents, elements }),
    )
  })

  it('reads back as the objects, instants in UTC, titles left out', () => {
    const objects = parseCsvIncidents('id,start,end,elements,title\nx,2026-03-02T11:00:00+01:00,,a|b,t\ny,2026-03-02T10:00:00Z,2026-03-02T10:00:00.250Z,,\n')
    expect(parseCsvIncidentColumns('id,start,end,elements,title\nx,2026-03-02T11:00:00+01:00,,a|b,t\ny,2026-03-02T10:00:00Z,2026-03-02T10:00:00.250Z,,\n').incidents.toIncidents()).toEqual([
      { id: 'x', start: '2026-03-02T10:00:00Z', elements: ['a', 'b'] },
      { id: 'y', start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:00:00.250Z' },
    ])
    expect(objects.incidents[0]!.start).toBe('2026-03-02T11:00:00+01:00')
  })

  it('refuses an open incident after asOf, as with objects', () => {
    const columns = parseCsvIncidentColumns('start\n2026-03-20T10:00:00Z\n')
    const error = (() => {
      try {
        measureAvailability({ commitment, period: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' }, incidents: columns.incidents, asOf: '2026-03-10T00:00:00Z' })
      } catch (e) {
        return e as InputError
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect(error!.issues).toEqual([{ path: 'incidents[0].start', message: 'is after asOf (2026-03-10T00:00:00Z): an open incident cannot start in the future' }])
  })

  it('agrees with objects on any log', () => {
    const row = fc.record({
      start: fc.integer({ min: 0, max: 40 * 24 }),
      length: fc.option(fc.integer({ min: 0, max: 72 }), { nil: undefined }),
      elements: fc.constantFrom('', 'vps-1', 'vps-2', 'vps-1|vps-2', 'vps-7'),
      impact: fc.constantFrom('', 'outage', 'partiel', 'Dégradée'),
      cause: fc.constantFrom('', 'maintenance', 'client', 'force majeure'),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const t0 = Date.UTC(2026, 1, 20)
        const at = (h: number) => new Date(t0 + h * 3_600_000).toISOString()
        const csv = ['start,end,elements,impact,cause', ...rows.map((r) => [at(r.start), r.length === undefined ? '' : at(r.start + r.length), r.elements, r.impact, r.cause].join(','))].join('\n')
        const asOf = '2026-04-02T00:00:00Z'
        const a = monthlyStatement({ commitment, month: '2026-03', incidents: parseCsvIncidents(csv).incidents, elements, asOf })
        const b = monthlyStatement({ commitment, month: '2026-03', incidents: parseCsvIncidentColumns(csv).incidents, elements, asOf })
        expect(b).toEqual(a)
      }),
      { numRuns: 100 },
    )
  })
})
