/**
 * Measuring reads incidents with a hand-written reader (incidents/normalise.ts), because the incident
 * schema costs more on a large log than the whole measurement (bench/incident-check.mjs). The reader is
 * kept only on that condition: it accepts exactly what the schema, with the checks a shape cannot say
 * (instants that parse, an end not before its start), accepts, and it flags the same fields.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IssueList } from '../../src/errors.js'
import { readIncidents } from '../../src/incidents/normalise.js'
import { incidentIssues } from '../../src/incidents/parse.js'
import { CAUSES, IMPACTS } from '../../src/index.js'
import { RUNS } from './arbitraries.js'

const ASOF = Date.parse('2026-04-01T00:00:00Z')

/** Instants as people write them, right and wrong. */
const instant = fc.oneof(
  fc.integer({ min: Date.parse('2026-03-01T00:00:00Z'), max: Date.parse('2026-03-31T00:00:00Z') }).map((t) => new Date(t).toISOString()),
  fc.constantFrom(
    '2026-03-02T10:00:00Z',
    '2026-03-02T10:00:00+01:00',
    '2026-03-02 10:00Z',
    '2026-03-02T10:00:00,5Z',
    '2026-03-02T10:00',
    '2026-13-02T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-03-02T25:00:00Z',
    'yesterday',
    '',
  ),
  fc.constantFrom(new Date('2026-03-03T00:00:00Z'), new Date(Number.NaN)),
  fc.constantFrom(Date.parse('2026-03-04T00:00:00Z'), 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1),
  fc.constantFrom(null, true, {}, []),
)

const field = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 })

const row = fc.oneof(
  { weight: 20, arbitrary: fc.record(
    {
      id: field(fc.constantFrom<unknown>('inc-1', 7, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, {}, null)),
      title: field(fc.constantFrom<unknown>('Disk full', 3, null)),
      start: fc.option(instant, { nil: undefined, freq: 8 }),
      end: field(fc.oneof(instant, fc.constant(null))),
      elements: field(fc.constantFrom<unknown>(['a'], ['a', 'b'], [], [''], 'a', '', [1], 5, null, ['a', null])),
      impact: field(fc.constantFrom<unknown>(...IMPACTS, 'down', 'Outage', 3, null)),
      cause: field(fc.constantFrom<unknown>(...CAUSES, 'planned', 0, null)),
      detectedAt: field(instant),
      reportedAt: field(instant),
      interventionAt: field(instant),
      restoredAt: field(instant),
      note: field(fc.constantFrom<unknown>('anything', 1)),
    },
    { requiredKeys: [] },
  ) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 5, 'incident', [], new Date(0)) },
)

/** The fields flagged: the schema may name an item of a list (`elements[0]`) where the reader names the list. */
const fields = (issues: IssueList): string[] => [...new Set(issues.issues.map((i) => i.path.replace(/^(incidents\[0\](\.\w+)?).*$/, '$1')))].sort()

describe('the hand-written incident reader and the incident schema', () => {
  // The schema stops at a wrong shape, before the instants are read; the reader goes on, so it may flag
  // more fields, never fewer.
  it('accept and refuse the same incidents, the reader flagging every field the schema flags', () => {
    fc.assert(
      fc.property(row, (incident) => {
        const byReader = new IssueList()
        readIncidents([incident], ASOF, 'incidents', byReader)
        const bySchema = incidentIssues(incident, 'incidents[0]')
        expect(byReader.ok).toBe(bySchema.ok)
        expect(fields(byReader)).toEqual(expect.arrayContaining(fields(bySchema)))
      }),
      { numRuns: RUNS * 10 },
    )
  })
})
