// Each element gets a slot for every incident it may be swept with; incidents naming no element are
// copied into every element's slots, so a large log and many elements can ask for more slots than a
// column can hold. The measurement must then refuse with an error that says why, not wrap around.
import { describe, expect, it } from 'vitest'
import { parseCommitment } from '../../src/index.js'
import { IssueList } from '../../src/errors.js'
import { readIncidents } from '../../src/incidents/normalise.js'
import { groupByElement, PreparedIncidents } from '../../src/incidents/timeline.js'

const MIN = 60_000

describe('slots of a layout by element', () => {
  it('refuses more than 2^31 - 1 slots, naming the incidents and elements that asked for them', () => {
    // 50,000 incidents naming no element × 50,000 elements = 2.5e9 slots > 2,147,483,647.
    const n = 50_000
    const incidents = Array.from({ length: n }, (_, i) => ({ start: i * MIN, end: i * MIN + 30_000 }))
    const issues = new IssueList()
    const table = readIncidents(incidents, undefined, 'incidents', issues)
    expect(issues.issues).toEqual([])
    if (!table) throw new Error('no table')
    const prepared = new PreparedIncidents(table, parseCommitment({ credit: { type: 'pro-rata' } }).measurement, 0, n * MIN)
    const elements = Array.from({ length: n }, (_, e) => `vm-${e}`)
    expect(() => groupByElement(prepared, elements)).toThrow(new RangeError('too many incidents to lay out by element (50000 affect each of 50000 elements)'))
  }, 60_000)
})
