// The sweep's columns are read by index; an index outside them is a broken invariant, and it must stop
// the measurement with an error that says so rather than let `undefined` become NaN in a downtime.
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, parseCommitment } from '../../src/index.js'
import { IssueList } from '../../src/errors.js'
import { type IncidentTable, readIncidents } from '../../src/incidents/normalise.js'
import { Fate, groupByElement, PreparedIncidents, Sweeper } from '../../src/incidents/timeline.js'

const MIN = 60_000
const commitment: CommitmentInput = { measurement: { excludedCauses: ['maintenance'] }, credit: { type: 'pro-rata' } }

function tableOf(incidents: unknown[]): IncidentTable {
  const issues = new IssueList()
  const table = readIncidents(incidents, undefined, 'incidents', issues)
  expect(issues.issues).toEqual([])
  if (!table) throw new Error('no table')
  return table
}

describe('reading outside the columns', () => {
  const table = tableOf([{ start: 10 * MIN, end: 20 * MIN, cause: 'maintenance' }])
  const rules = parseCommitment(commitment).measurement
  const prepared = new PreparedIncidents(table, rules, 0, 60 * MIN)

  it('answers for the incidents the table holds', () => {
    // The one incident, a maintenance from minute 10 to 20, lies inside the hour: swept whole, excluded.
    expect(prepared.fate(0)).toBe(Fate.Swept)
    expect([...prepared.bounds]).toEqual([10 * MIN, 20 * MIN])
    expect(prepared.cls(0)).toBe(3)
    expect(prepared.inPeriodMs(0)).toBe(10 * MIN)
  })

  it('throws a RangeError naming the index for an incident the table does not hold', () => {
    expect(() => prepared.fate(1)).toThrow(new RangeError('index 1 is outside a column of 1'))
    expect(() => prepared.cls(1)).toThrow(new RangeError('index 1 is outside a column of 1'))
    expect(() => prepared.inPeriodMs(-1)).toThrow(new RangeError('index -1 is outside a column of 1'))
  })

  it('throws a RangeError for an element the layout does not have', () => {
    const layout = groupByElement(prepared, ['a', 'b'])
    const sweeper = new Sweeper(layout, rules.weightUnits, 60 * MIN)
    // Offsets has one entry more than elements (3), so the element past them is the first not found.
    expect(() => sweeper.sweep(3)).toThrow(new RangeError('index 3 is outside a column of 3'))
    // Element 1 ('b') gets the incident naming no element: 10 minutes excluded.
    expect(sweeper.sweep(1)).toEqual({ downtimeUnits: 0, excludedTotalMs: 10 * MIN })
  })
})
