/**
 * guaranteeCompliance groups the columns of guaranteeColumns, not an outcome object per incident: its rows
 * and totals equal those the objects of evaluateGuarantees give, figure for figure and in the same order,
 * over random status histories, waits, priorities, clients, causes, months and zones.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ComplianceRow, complianceRows } from '../../src/guarantees/compliance.js'
import { evaluateGuarantees, guaranteeCompliance } from '../../src/index.js'
import type { CommitmentInput, IncidentInput } from '../../src/index.js'

const H = 3_600_000
const M = 60_000
const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const
const commitment: CommitmentInput = {
  timeZone: 'Europe/Paris',
  measurement: { excludedCauses: ['maintenance'] },
  gti: { within: 'PT4H', calendar: office, pauseOn: ['waiting-customer', 'waiting-vendor'], penalty: { perBreach: '5' }, update: { within: 'PT6H' } },
  gtr: {
    within: 'PT16H',
    calendar: office,
    pauseOn: ['waiting-customer'],
    byPriority: { P1: { within: 'PT4H', calendar: '24/7' }, P4: { due: { businessDays: 2 } } },
    penalty: { perLate: { percent: '1.5', per: 'PT1H' } },
  },
}
const clients = [
  { id: 'mairie', name: 'Mairie', gtr: { within: 'PT8H', calendar: '24/7' } },
  { id: 'web', name: 'Bob' },
  // Two ids billed under one name: one group.
  { id: 'mail', name: 'Bob' },
]

// Friday 27 March 2026, 08:00 Paris: two days before the change to summer time, four before April.
const T0 = Date.UTC(2026, 2, 27, 7)
const STATUSES = ['in-progress', 'waiting-customer', 'waiting-vendor', 'resolved'] as const

const ticket = fc.record({
  offset: fc.integer({ min: 0, max: 60 * 24 * 70 }),
  steps: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 * 30 }), fc.constantFrom(...STATUSES)), { maxLength: 5 }),
  takenAfter: fc.option(fc.integer({ min: 0, max: 60 * 48 })),
  restoredAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 6 })),
  wait: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 * 48 }), fc.option(fc.integer({ min: 1, max: 60 * 72 })))),
  priority: fc.option(fc.constantFrom('P1', 'P2', 'P3', 'P4')),
  client: fc.option(fc.constantFrom('mairie', 'web', 'other')),
  elements: fc.option(fc.subarray(['mail', 'web', 'dns'], { minLength: 1 })),
  cause: fc.constantFrom('unplanned', 'maintenance', undefined),
  detectedOnly: fc.boolean(),
})

function toIncident(x: typeof ticket extends fc.Arbitrary<infer T> ? T : never, k: number): IncidentInput {
  const start = T0 + x.offset * M
  let at = start
  const history = x.steps.map(([gap, status]) => ({ at: (at += gap * M), status }))
  const end = x.restoredAfter === null ? undefined : start + x.restoredAfter * M
  return {
    id: `t${k}`,
    start,
    ...(end !== undefined && { end }),
    ...(x.detectedOnly ? { detectedAt: start } : { reportedAt: start }),
    ...(x.takenAfter !== null && { interventionAt: start + x.takenAfter * M }),
    ...(x.priority !== null && { priority: x.priority }),
    ...(x.client !== null && { client: x.client }),
    ...(x.elements !== null && { elements: x.elements }),
    ...(x.cause !== undefined && { cause: x.cause }),
    statusHistory: history,
    ...(x.wait && { waiting: [{ start: start + x.wait[0] * M, ...(x.wait[1] !== null && { end: start + (x.wait[0] + x.wait[1]) * M }), reason: 'waiting-customer' }] }),
  }
}

/** A row with its decimals as text, so that a difference shows as one. */
const plain = (r: ComplianceRow) => ({ ...r, withinPercent: r.withinPercent?.toString() ?? null, penaltyPercent: r.penaltyPercent.toString() })

describe('guaranteeCompliance from the columns', () => {
  it('gives the rows and totals the outcome objects give, in the same order', () => {
    fc.assert(
      fc.property(
        fc.array(ticket, { minLength: 0, maxLength: 12 }),
        fc.integer({ min: 0, max: 60 * 24 * 80 }),
        fc.constantFrom(undefined, 'Europe/Paris', 'America/New_York', 'Pacific/Kiritimati'),
        fc.boolean(),
        // Penalties whose running sum over a group never rounds, and some whose sum does (40 significant digits).
        fc.constantFrom('5', '0.3333333333333333333333333333333333333333', '123456789.1234567890123456789012345678901'),
        (tickets, asOfAfter, timeZone, withClients, perBreach) => {
          const incidents = tickets.map(toIncident)
          // Open incidents need an instant of evaluation; an instant before an incident starts is refused.
          const asOf = Math.max(T0 + asOfAfter * M, ...incidents.map((i) => Number(i.start))) + H
          const gtr = { ...(commitment.gtr as object), penalty: { perBreach, perLate: { percent: '1.5', per: 'PT1H' } } }
          const options = { commitment: { ...commitment, gtr } as CommitmentInput, incidents, asOf, ...(withClients && { clients }) }
          const c = guaranteeCompliance({ ...options, ...(timeZone !== undefined && { timeZone }) })
          const objects = evaluateGuarantees(options)
          const names = new Map(withClients ? clients.map((k) => [k.id, k.name]) : [])
          const expected = complianceRows(objects.incidents, timeZone ?? 'Europe/Paris', (entry) => Number(incidents[entry.index]!.start), names)
          expect(c.rows.map(plain)).toEqual(expected.rows.map(plain))
          expect(c.totals.map(plain)).toEqual(expected.totals.map(plain))
          expect(c.incidents).toBe(objects.incidents.length)
          // Every count adds up to the incidents of its row.
          for (const r of [...c.rows, ...c.totals]) expect(r.met + r.breached + r.pending + r.notApplicable + r.notEvaluable).toBe(r.incidents)
          // The evaluation behind the figures, built when read, is evaluateGuarantees'.
          expect(c.report).toEqual(objects)
        },
      ),
      { numRuns: 60 },
    )
  }, 120_000)

  it('hand-computed: a month of two tickets of one client under two ids, and a breach charged per started hour', () => {
    const c = guaranteeCompliance({
      commitment: { timeZone: 'UTC', gtr: { within: 'PT4H', calendar: '24/7', penalty: { perLate: { percent: '1.5', per: 'PT1H' } } } },
      clients: [
        { id: 'web', name: 'Bob' },
        { id: 'mail', name: 'Bob' },
      ],
      incidents: [
        // Due 14:00, restored 16:30: 2 h 30 late, 3 started hours × 1.5 = 4.5 %; margin −2 h 30.
        { start: '2026-05-13T10:00:00Z', end: '2026-05-13T16:30:00Z', reportedAt: '2026-05-13T10:00:00Z', client: 'web', priority: 'P2' },
        // Due 14:00, restored 11:00: met, 3 h ahead.
        { start: '2026-05-20T10:00:00Z', end: '2026-05-20T11:00:00Z', reportedAt: '2026-05-20T10:00:00Z', elements: ['mail'], priority: 'P2' },
      ],
    })
    expect(c.rows.map(plain)).toEqual([
      {
        kind: 'gtr',
        month: '2026-05',
        priority: 'P2',
        client: 'Bob',
        incidents: 2,
        met: 1,
        breached: 1,
        pending: 0,
        notEvaluable: 0,
        notApplicable: 0,
        withinPercent: '50',
        // Margins −2.5 h and +3 h: mean 0.25 h; the lowest of two is both the 90 % reached and the worst.
        marginBusiness: { mean: 0.25 * H, p90: -2.5 * H, worst: -2.5 * H },
        marginWall: { mean: 0.25 * H, p90: -2.5 * H, worst: -2.5 * H },
        penaltyPercent: '4.5',
      },
    ])
  })
})
