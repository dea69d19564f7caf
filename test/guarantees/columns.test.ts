/**
 * guaranteeColumns gives the figures of evaluateGuarantees as columns: every figure of every row equals the
 * outcome object's, over random status histories, waits, priorities, causes and evaluation instants.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, GUARANTEE_STATUSES, guaranteeColumns, type GuaranteeColumns, type GuaranteeOutcome, InputError } from '../../src/index.js'
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
    penalty: { perLate: { percent: '1', per: 'PT1H' } },
  },
}

/** The row's figures as the outcome object holds them, `null` where the columns say there is none. */
function rowAsOutcome(c: GuaranteeColumns, r: number, asOf: boolean) {
  const status = c.statusOf(r)
  const applies = status !== 'not-applicable' && status !== 'not-evaluable'
  const done = c.done[r] === 1
  const decided = status === 'met' || status === 'breached'
  const value = (column: Float64Array, present: boolean) => (present ? column[r] : null)
  return {
    status,
    clockStart: applies ? c.clockStart[r] : null,
    deadline: applies ? c.deadline[r] : null,
    doneAt: value(c.doneAt, applies && done),
    elapsedBusinessMs: value(c.elapsedBusinessMs, applies),
    elapsedWallMs: value(c.elapsedWallMs, applies),
    lateBusinessMs: c.lateBusinessMs[r],
    lateWallMs: c.lateWallMs[r],
    pausedBusinessMs: c.pausedBusinessMs[r],
    pausedWallMs: c.pausedWallMs[r],
    marginBusinessMs: value(c.marginBusinessMs, decided),
    marginWallMs: value(c.marginWallMs, decided),
    leftBusinessMs: value(c.leftBusinessMs, applies && !done && asOf),
    penaltyPercent: c.penaltyPercent(r).toString(),
    update: c.update && applies ? { status: GUARANTEE_STATUSES[c.update.status[r] ?? 3], longest: c.update.longestBusinessMs[r], from: c.update.longestFrom[r], to: c.update.longestTo[r] } : undefined,
  }
}

function objectFigures(o: GuaranteeOutcome) {
  return {
    status: o.status,
    clockStart: o.clockStart?.getTime() ?? null,
    deadline: o.deadline?.getTime() ?? null,
    doneAt: o.doneAt?.getTime() ?? null,
    elapsedBusinessMs: o.elapsedBusinessMs,
    elapsedWallMs: o.elapsedWallMs,
    lateBusinessMs: o.lateBusinessMs,
    lateWallMs: o.lateWallMs,
    pausedBusinessMs: o.pausedBusinessMs,
    pausedWallMs: o.pausedWallMs,
    marginBusinessMs: o.marginBusinessMs,
    marginWallMs: o.marginWallMs,
    leftBusinessMs: o.leftBusinessMs,
    penaltyPercent: o.penaltyPercent.toString(),
    update: o.update && { status: o.update.status, longest: o.update.longestBusinessMs, from: o.update.longestFrom.getTime(), to: o.update.longestTo.getTime() },
  }
}

const T0 = Date.UTC(2026, 2, 20, 7) // Friday 20 March 2026, 08:00 Paris
const STATUSES = ['in-progress', 'waiting-customer', 'waiting-vendor', 'resolved'] as const

const ticket = fc.record({
  offset: fc.integer({ min: 0, max: 60 * 24 * 20 }),
  steps: fc.array(fc.tuple(fc.integer({ min: 1, max: 60 * 30 }), fc.constantFrom(...STATUSES)), { maxLength: 6 }),
  takenAfter: fc.option(fc.integer({ min: 0, max: 60 * 48 })),
  restoredAfter: fc.option(fc.integer({ min: 0, max: 60 * 24 * 6 })),
  wait: fc.option(fc.tuple(fc.integer({ min: 0, max: 60 * 48 }), fc.option(fc.integer({ min: 1, max: 60 * 72 })))),
  priority: fc.option(fc.constantFrom('P1', 'P2', 'P3', 'P4')),
  cause: fc.constantFrom('unplanned', 'maintenance', undefined),
  detectedOnly: fc.boolean(),
})

function toIncident(x: (typeof ticket extends fc.Arbitrary<infer T> ? T : never), k: number): IncidentInput {
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
    ...(x.cause !== undefined && { cause: x.cause }),
    statusHistory: history,
    ...(x.wait && { waiting: [{ start: start + x.wait[0] * M, ...(x.wait[1] !== null && { end: start + (x.wait[0] + x.wait[1]) * M }), reason: 'waiting-customer' }] }),
  }
}

describe('guaranteeColumns', () => {
  it('gives, row by row, the figures of the outcome objects, and the same statistics', () => {
    fc.assert(
      fc.property(fc.array(ticket, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 60 * 24 * 30 }), (tickets, asOfAfter) => {
        const incidents = tickets.map(toIncident)
        const asOf = T0 + asOfAfter * M
        // Open incidents need an instant of evaluation; an instant before an incident starts is refused.
        const options = { commitment, incidents, asOf: Math.max(asOf, ...incidents.map((i) => Number(i.start))) + H }
        const objects = evaluateGuarantees(options)
        const cols = guaranteeColumns(options)
        expect(cols.count).toBe(objects.incidents.length)
        expect([...cols.index]).toEqual(objects.incidents.map((x) => x.index))
        expect(cols.stats).toEqual(objects.stats)
        for (const kind of ['gti', 'gtr'] as const) {
          const c = cols[kind]
          if (!c) throw new Error(`no ${kind} columns`)
          objects.incidents.forEach((x, r) => {
            const o = x[kind]
            if (!o) throw new Error(`no ${kind} outcome`)
            expect(rowAsOutcome(c, r, true)).toEqual(objectFigures(o))
            // The row's object, built on demand, is the object path's, steps and sentence included.
            expect(c.outcome(r)).toEqual(o)
            expect(c.outcome(r).explanation).toBe(o.explanation)
          })
        }
        objects.incidents.forEach((x, r) => expect(cols.incident(r)).toEqual(x))
      }),
      { numRuns: 40 },
    )
  }, 60_000)

  it('hand-computed: a breach charged per started hour, and a ticket the GTR does not cover', () => {
    const cols = guaranteeColumns({
      commitment: { timeZone: 'UTC', measurement: { excludedCauses: ['maintenance'] }, gtr: { within: 'PT4H', calendar: '24/7', penalty: { perBreach: '2', perLate: { percent: '1', per: 'PT1H' } } } },
      incidents: [
        // Reported 10:00, due 14:00, restored 16:30: 2 h 30 late, 3 started hours → 2 + 3 × 1 = 5 %.
        { start: '2026-05-13T10:00:00Z', end: '2026-05-13T16:30:00Z', reportedAt: '2026-05-13T10:00:00Z' },
        { start: '2026-05-14T10:00:00Z', end: '2026-05-14T11:00:00Z', reportedAt: '2026-05-14T10:00:00Z', cause: 'maintenance' },
      ],
    })
    const gtr = cols.gtr
    expect(gtr?.statusOf(0)).toBe('breached')
    expect(gtr?.deadline[0]).toBe(Date.UTC(2026, 4, 13, 14))
    expect(gtr?.lateWallMs[0]).toBe(2.5 * H)
    expect(gtr?.penaltyUnits[0]).toBe(3)
    expect(gtr?.penaltyPercent(0).toString()).toBe('5')
    expect(gtr?.statusOf(1)).toBe('not-applicable')
    expect(gtr?.penaltyPercent(1).toString()).toBe('0')
    expect(cols.stats.gtr).toMatchObject({ incidents: 1, met: 0, breached: 1, meanWallMs: 6.5 * H })
    expect(() => gtr?.outcome(2)).toThrow(RangeError)
  })

  it('refuses what evaluateGuarantees refuses', () => {
    expect(() => guaranteeColumns({ commitment: { gti: { within: 'PT4H' } }, incidents: [{ start: '2026-05-13T10:00:00Z', end: '2026-05-13T11:00:00Z' }] })).toThrow(InputError)
  })
})
