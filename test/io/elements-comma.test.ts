import { describe, expect, it } from 'vitest'
import { parseCsvIncidents } from '../../src/io/index.js'

describe('the elements cell of a CSV incident log', () => {
  it('takes commas between names, trimmed, as spreadsheet users write them', () => {
    const { incidents } = parseCsvIncidents('start;end;elements\n2026-03-10T10:00:00Z;2026-03-10T11:00:00Z;vps-05, vps-06\n2026-03-11T10:00:00Z;2026-03-11T11:00:00Z;"a,b;c|d e"\n')
    expect(incidents.map((x) => x.elements)).toEqual([
      ['vps-05', 'vps-06'],
      ['a', 'b', 'c', 'd', 'e'],
    ])
  })
})
