import { describe, expect, it } from 'vitest'
import { IssueList } from '../../src/errors.js'
import { elementsOf, EVERY_ELEMENT, idOf, type IncidentTable, isOpen, readIncidents } from '../../src/incidents/normalise.js'

const read = (incidents: unknown, asOf?: number): { table: IncidentTable | undefined; issues: string[] } => {
  const issues = new IssueList()
  const table = readIncidents(incidents, asOf, 'incidents', issues)
  return { table, issues: issues.issues.map((i) => `${i.path}: ${i.message}`) }
}

describe('readIncidents', () => {
  it('interns element names once each, in order of first mention', () => {
    const one = ['b']
    const { table } = read([
      { start: 0, end: 1, elements: one },
      { start: 0, end: 1, elements: 'a' },
      { start: 0, end: 1 },
      { start: 0, end: 1, elements: ['a', 'c', 'a'] },
      { start: 0, end: 1, elements: one },
    ])
    const t = table!
    expect(t.names).toEqual(['b', 'a', 'c'])
    expect([...t.element]).toEqual([0, 1, EVERY_ELEMENT, -2, 0])
    expect(t.everywhere).toEqual([2])
    // An incident naming an element twice counts once for it.
    expect(t.lists).toEqual([{ elements: ['a', 'c', 'a'], names: [1, 2] }])
    expect(t.nameIndex.c).toBe(2)
    expect(t.nameIndex.constructor).toBeUndefined()
  })

  it('takes any string as an element name, even one that looks like a property of objects', () => {
    const names = ['__proto__', 'constructor', 'toString', '0', '4294967295', 'hasOwnProperty']
    const { table } = read(names.map((name) => ({ start: 0, end: 1, elements: [name, name] })))
    expect(table!.names).toEqual(names)
    for (const [k, name] of names.entries()) expect(table!.nameIndex[name]).toBe(k)
  })

  it('gives each incident its elements: the list given when it named several, null when none', () => {
    const several = ['a', 'c', 'a']
    const { table } = read([
      { start: 0, end: 1, elements: ['b'] },
      { start: 0, end: 1, elements: 'a' },
      { start: 0, end: 1 },
      { start: 0, end: 1, elements: several },
    ])
    const t = table!
    expect([0, 1, 2, 3].map((i) => elementsOf(t, i))).toEqual([['b'], ['a'], null, several])
    expect(elementsOf(t, 3)).toBe(several)
    // The whole column is built on first read, for readers that index it.
    expect(t.elements).toEqual([['b'], ['a'], null, several])
    expect(t.elements).toBe(t.elements)
  })

  it('leaves the columns no incident fills empty, and reads them through accessors', () => {
    const { table } = read([
      { start: 0, end: 1 },
      { start: 0, end: 2 },
    ])
    const t = table!
    expect(t.open).toHaveLength(0)
    expect(t.ids).toHaveLength(0)
    expect(t.detectedAt).toHaveLength(0)
    expect(isOpen(t, 1)).toBe(false)
    expect(idOf(t, 1)).toBeUndefined()
  })

  it('fills the id and open columns from the first incident that needs them', () => {
    const { table } = read(
      [
        { start: 0, end: 1 },
        { start: 0, end: 1 },
        { id: 7, start: 0 },
        { start: 0, end: 1 },
        { id: 'x', start: 0, end: 1 },
      ],
      10,
    )
    const t = table!
    expect([0, 1, 2, 3, 4].map((i) => idOf(t, i))).toEqual([undefined, undefined, '7', undefined, 'x'])
    expect(t.ids).toHaveLength(5)
    expect([0, 1, 2, 3, 4].map((i) => isOpen(t, i))).toEqual([false, false, true, false, false])
    expect(t.end[2]).toBe(10)
  })

  it('reads ISO-8601 strings, Dates and epoch milliseconds alike, and names what it refuses', () => {
    const { table } = read([{ start: '2026-03-02T10:00:00+01:00', end: new Date(Date.UTC(2026, 2, 2, 10)), elements: ['a'] }])
    expect(table!.start[0]).toBe(Date.UTC(2026, 2, 2, 9))
    expect(table!.end[0]).toBe(Date.UTC(2026, 2, 2, 10))
    const bad = read([
      { start: ' 2026-03-02T10:00:00Z ', end: '2026-03-02T09:00:00Z', elements: [] },
      { start: '2026-03-02T10:00:00', end: 1.5, impact: 'total', cause: 'aliens', elements: ['a', ''], id: {} },
      'nope',
    ])
    expect(bad.table).toBeUndefined()
    expect(bad.issues).toEqual([
      'incidents[0].end: is before start (2026-03-02T10:00:00Z)',
      'incidents[0].elements: must be a non-empty list of element names, or absent for every element (got a list)',
      'incidents[1].start: must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got "2026-03-02T10:00:00")',
      'incidents[1].end: must be whole epoch milliseconds (got 1.5)',
      'incidents[1].impact: must be one of outage, partial, degraded (got "total")',
      'incidents[1].cause: must be one of unplanned, maintenance, customer, force-majeure, third-party (got "aliens")',
      'incidents[1].elements: must be a non-empty list of element names, or absent for every element (got a list)',
      'incidents[1].id: must be a string or a number (got an object)',
      'incidents[2]: must be an incident object { start, end, … } (got "nope")',
    ])
  })
})
