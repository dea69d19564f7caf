/**
 * How the pauses of a guarantee's clock are gathered and counted, seen from the outcome a user reads: which
 * waits of which incident stop which clock, how pauses that overlap, touch or nest become the spans listed,
 * which are still open at `asOf`, and where the deadline lands when a pause starts as the clock runs out.
 */
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, InputError } from '../../src/index.js'
import type { CommitmentInput, IncidentInput } from '../../src/index.js'

const M = 60_000
const H = 60 * M
const t = (iso: string) => Date.parse(iso)
const at = (hhmm: string) => `2026-06-01T${hhmm}:00Z`

function gtrOf(commitment: CommitmentInput, incidents: IncidentInput[], asOf?: string) {
  return evaluateGuarantees({ commitment, incidents, ...(asOf && { asOf }) }).incidents.map((x) => x.gtr!)
}

/** The paused step of an outcome: its spans as ISO times, reasons and whether still open. */
function pausesOf(o: { steps: readonly { kind: string }[] }) {
  const step = o.steps.find((s) => s.kind === 'paused') as { pauses: readonly { start: number; end: number; reasons: readonly string[]; open: boolean }[] } | undefined
  return step?.pauses.map((p) => [new Date(p.start).toISOString().slice(11, 16), new Date(p.end).toISOString().slice(11, 16), p.reasons.join('+'), p.open])
}

describe('which waits stop which clock', () => {
  it('each incident of a log is paused by its own statuses and waits, and only by the reasons the guarantee names', () => {
    // 24/7, GTR PT2H, paused on waiting-customer only; both incidents reported 10:00Z.
    const commitment: CommitmentInput = { gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } }
    const incidents: IncidentInput[] = [
      // A: never waits: due 12:00, restored 13:00 → 1 h late.
      { id: 'A', start: at('10:00'), end: at('13:00'), reportedAt: at('10:00'), statusHistory: [{ at: at('10:00'), status: 'new' }, { at: at('10:15'), status: 'in-progress' }] },
      // B: waits on the customer 10:30–11:00 (status) and 11:30–12:00 (wait), 1 h → due 13:00. Its wait on a
      // vendor 12:00–12:30 is not named: it moves nothing. Restored 13:30 → 30 min late.
      {
        id: 'B',
        start: at('10:00'),
        end: at('13:30'),
        reportedAt: at('10:00'),
        statusHistory: [
          { at: at('10:30'), status: 'waiting-customer' },
          { at: at('11:00'), status: 'in-progress' },
        ],
        waiting: [
          { start: at('11:30'), end: at('12:00'), reason: 'waiting-customer' },
          { start: at('12:00'), end: at('12:30'), reason: 'waiting-vendor' },
        ],
      },
    ]
    const [a, b] = gtrOf(commitment, incidents)
    // B's statuses and waits are B's: A's clock does not stop while B waits, from 10:30 or from 11:30.
    expect([a!.deadline?.toISOString(), a!.status, a!.lateWallMs, a!.pausedWallMs]).toEqual(['2026-06-01T12:00:00.000Z', 'breached', H, 0])
    expect([b!.deadline?.toISOString(), b!.status, b!.lateWallMs, b!.pausedWallMs]).toEqual(['2026-06-01T13:00:00.000Z', 'breached', 30 * M, H])
    expect(pausesOf(b!)).toEqual([
      ['10:30', '11:00', 'waiting-customer', false],
      ['11:30', '12:00', 'waiting-customer', false],
    ])
  })

  it('a wait given before a status pause that comes later in time is counted in time order', () => {
    // 24/7, GTR PT2H from 10:00. Waiting on a vendor 10:30–11:00 (a wait), on the customer 11:30–12:00 (the
    // history): 1 h paused → due 13:00; restored 12:45 → met, 15 min ahead.
    const [g] = gtrOf({ gtr: { within: 'PT2H', pauseOn: ['waiting-customer', 'waiting-vendor'] } }, [
      {
        start: at('10:00'),
        end: at('12:45'),
        reportedAt: at('10:00'),
        statusHistory: [
          { at: at('10:00'), status: 'new' },
          { at: at('11:30'), status: 'waiting-customer' },
          { at: at('12:00'), status: 'in-progress' },
        ],
        waiting: [{ start: at('10:30'), end: at('11:00'), reason: 'waiting-vendor' }],
      },
    ])
    expect([g!.deadline?.toISOString(), g!.status, g!.marginWallMs, g!.pausedWallMs]).toEqual(['2026-06-01T13:00:00.000Z', 'met', 15 * M, H])
    expect(pausesOf(g!)).toEqual([
      ['10:30', '11:00', 'waiting-vendor', false],
      ['11:30', '12:00', 'waiting-customer', false],
    ])
  })

  it('a wait beginning as the GTI intervention happens adds no pause', () => {
    // 24/7, GTI PT1H from 10:00 → 11:00; intervention 10:40; a wait on the customer from 10:40 to 12:00 comes
    // after the clock stopped: nothing paused, met 20 min ahead, no paused step.
    const r = evaluateGuarantees({
      commitment: { gti: { within: 'PT1H', pauseOn: ['waiting-customer'] } },
      incidents: [{ start: at('10:00'), end: at('13:00'), reportedAt: at('10:00'), interventionAt: at('10:40'), waiting: [{ start: at('10:40'), end: at('12:00'), reason: 'waiting-customer' }] }],
    })
    const g = r.incidents[0]!.gti!
    expect([g.status, g.deadline?.toISOString(), g.marginWallMs, g.pausedWallMs]).toEqual(['met', '2026-06-01T11:00:00.000Z', 20 * M, 0])
    expect(g.steps.map((s) => s.kind)).toEqual(['met'])
  })

  it('a wait that ends after the GTI intervention is cut there, and is not shown as still waiting', () => {
    // 24/7, GTI PT1H from 10:00; waiting on the customer 10:20–11:30; intervention 10:50. Paused 10:20–10:50,
    // 30 min → due 11:30; met 40 min ahead. The wait ended (at 11:30): it is no open wait.
    const r = evaluateGuarantees({
      commitment: { gti: { within: 'PT1H', pauseOn: ['waiting-customer'] } },
      incidents: [{ start: at('10:00'), end: at('13:00'), reportedAt: at('10:00'), interventionAt: at('10:50'), waiting: [{ start: at('10:20'), end: at('11:30'), reason: 'waiting-customer' }] }],
    })
    const g = r.incidents[0]!.gti!
    expect([g.status, g.deadline?.toISOString(), g.marginWallMs, g.pausedWallMs]).toEqual(['met', '2026-06-01T11:30:00.000Z', 40 * M, 30 * M])
    expect(pausesOf(g)).toEqual([['10:20', '10:50', 'waiting-customer', false]])
    expect(g.explanation).not.toContain('still waiting')
  })
})

describe('how pauses that meet become the spans listed', () => {
  const both: CommitmentInput = { gtr: { within: 'PT2H', pauseOn: ['waiting-customer', 'waiting-vendor'] } }

  it('a wait and a status pause that touch are one pause, with both reasons in time order', () => {
    // Vendor 10:30–11:00 then customer 11:00–11:30: one pause 10:30–11:30, 1 h → due 13:00 (PT2H from 10:00).
    const [g] = gtrOf(both, [
      {
        start: at('10:00'),
        end: at('12:00'),
        reportedAt: at('10:00'),
        statusHistory: [
          { at: at('11:00'), status: 'waiting-customer' },
          { at: at('11:30'), status: 'in-progress' },
        ],
        waiting: [{ start: at('10:30'), end: at('11:00'), reason: 'waiting-vendor' }],
      },
    ])
    expect(g!.deadline?.toISOString()).toBe('2026-06-01T13:00:00.000Z')
    expect(pausesOf(g!)).toEqual([['10:30', '11:30', 'waiting-vendor+waiting-customer', false]])
  })

  it('a pause inside a longer one neither shortens it nor counts twice', () => {
    // Vendor 10:30–12:00 holds customer 11:00–11:30: paused 1 h 30 → due 10:00 + 2 h + 1 h 30 = 13:30;
    // restored 13:15 → met, 15 min ahead.
    const [g] = gtrOf(both, [
      {
        start: at('10:00'),
        end: at('13:15'),
        reportedAt: at('10:00'),
        statusHistory: [
          { at: at('11:00'), status: 'waiting-customer' },
          { at: at('11:30'), status: 'in-progress' },
        ],
        waiting: [{ start: at('10:30'), end: at('12:00'), reason: 'waiting-vendor' }],
      },
    ])
    expect([g!.deadline?.toISOString(), g!.status, g!.marginWallMs, g!.pausedWallMs]).toEqual(['2026-06-01T13:30:00.000Z', 'met', 15 * M, 90 * M])
    expect(pausesOf(g!)).toEqual([['10:30', '12:00', 'waiting-vendor+waiting-customer', false]])
  })

  it('the same reason twice over one stretch is named once', () => {
    // Customer 10:30–11:00 (history) and 10:45–11:30 (a wait): one pause 10:30–11:30 for one reason.
    const [g] = gtrOf(both, [
      {
        start: at('10:00'),
        end: at('12:00'),
        reportedAt: at('10:00'),
        statusHistory: [
          { at: at('10:30'), status: 'waiting-customer' },
          { at: at('11:00'), status: 'in-progress' },
        ],
        waiting: [{ start: at('10:45'), end: at('11:30'), reason: 'waiting-customer' }],
      },
    ])
    expect(pausesOf(g!)).toEqual([['10:30', '11:30', 'waiting-customer', false]])
    expect(g!.explanation).toContain('Clock paused 1 h of covered time (1 h elapsed): waiting-customer from 2026-06-01T10:30:00Z to 2026-06-01T11:30:00Z, 1 h covered')
  })

  it('a pause still running at asOf stays open when a closed wait ends with it, whichever began first', () => {
    // Open incident, asOf 12:00. Customer since 10:30 (history, not over) and vendor 11:00–12:00 (a wait that
    // ended at asOf): one pause 10:30–12:00, still waiting. PT2H from 10:00: 30 min ran, due 12:00 + 1 h 30 = 13:30.
    const customerFirst = gtrOf(both, [{ start: at('10:00'), reportedAt: at('10:00'), statusHistory: [{ at: at('10:30'), status: 'waiting-customer' }], waiting: [{ start: at('11:00'), end: at('12:00'), reason: 'waiting-vendor' }] }], at('12:00'))[0]!
    expect([customerFirst.status, customerFirst.deadline?.toISOString(), customerFirst.leftBusinessMs]).toEqual(['pending', '2026-06-01T13:30:00.000Z', 90 * M])
    expect(pausesOf(customerFirst)).toEqual([['10:30', '12:00', 'waiting-customer+waiting-vendor', true]])
    expect(customerFirst.explanation).toContain('(still waiting)')
    // Vendor 10:30–12:00 (ended at asOf), customer since 11:00 (not over): the same pause, still waiting.
    const vendorFirst = gtrOf(both, [{ start: at('10:00'), reportedAt: at('10:00'), statusHistory: [{ at: at('11:00'), status: 'waiting-customer' }], waiting: [{ start: at('10:30'), end: at('12:00'), reason: 'waiting-vendor' }] }], at('12:00'))[0]!
    expect(pausesOf(vendorFirst)).toEqual([['10:30', '12:00', 'waiting-vendor+waiting-customer', true]])
  })

  it('of two pauses, the later one can be the open one', () => {
    // Open incident, asOf 12:00. Vendor 10:15–10:30 (over), customer since 11:00 (not over). PT1H from 10:00:
    // runs 10:00–10:15 and 10:30–11:00 (45 min), paused since 11:00: due 12:00 + 15 min = 12:15, pending.
    const [g] = gtrOf({ gtr: { within: 'PT1H', pauseOn: ['waiting-customer', 'waiting-vendor'] } }, [
      { start: at('10:00'), reportedAt: at('10:00'), statusHistory: [{ at: at('11:00'), status: 'waiting-customer' }], waiting: [{ start: at('10:15'), end: at('10:30'), reason: 'waiting-vendor' }] },
    ], at('12:00'))
    expect([g!.status, g!.deadline?.toISOString(), g!.pausedWallMs]).toEqual(['pending', '2026-06-01T12:15:00.000Z', 75 * M])
    expect(pausesOf(g!)).toEqual([
      ['10:15', '10:30', 'waiting-vendor', false],
      ['11:00', '12:00', 'waiting-customer', true],
    ])
  })

  it('thirty separate waits all count', () => {
    // 24/7, GTR PT2H from 00:00. Every 15 min the clock runs 5 min then waits 10 min on the customer, 30 times
    // (00:05–00:15, 00:20–00:30, …, 07:20–07:30). 2 h of running clock = 24 runs of 5 min: the 24th ends at
    // 23 × 15 + 5 = 350 min = 05:50, the deadline. Restored 07:30 (450 min): of the 100 min after the deadline,
    // 70 are waits (05:50–06:00, then 6 × 10) → 30 min late. Paused 30 × 10 = 300 min.
    const waiting = Array.from({ length: 30 }, (_, k) => ({ start: t(at('00:00')) + (15 * k + 5) * M, end: t(at('00:00')) + (15 * k + 15) * M, reason: 'waiting-customer' }))
    const [g] = gtrOf({ gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } }, [{ start: at('00:00'), end: at('07:30'), reportedAt: at('00:00'), waiting }])
    expect([g!.deadline?.toISOString(), g!.status, g!.lateWallMs, g!.pausedWallMs]).toEqual(['2026-06-01T05:50:00.000Z', 'breached', 30 * M, 300 * M])
    expect(pausesOf(g!)?.length).toBe(30)
  })
})

describe('where a paused clock runs out', () => {
  it('a pause that begins exactly when the clock runs out moves nothing', () => {
    // 24/7, GTR PT2H from 10:00. Paused 10:30–11:00; then the clock runs 11:00–12:30, reaching 2 h at 12:30,
    // exactly when the second wait (12:30–13:00) begins: due 12:30. Restored 13:15: 45 min after, 30 of them
    // waiting → 15 min late.
    const [g] = gtrOf({ gtr: { within: 'PT2H', pauseOn: ['waiting-customer'] } }, [
      {
        start: at('10:00'),
        end: at('13:15'),
        reportedAt: at('10:00'),
        waiting: [
          { start: at('10:30'), end: at('11:00'), reason: 'waiting-customer' },
          { start: at('12:30'), end: at('13:00'), reason: 'waiting-customer' },
        ],
      },
    ])
    expect([g!.deadline?.toISOString(), g!.status, g!.lateWallMs]).toEqual(['2026-06-01T12:30:00.000Z', 'breached', 15 * M])
  })
})

describe('a calendar that never opens', () => {
  it('refuses a due rule on a calendar with no business day, naming the calendar', () => {
    // Open on Mondays only, and every Monday is a company holiday: no business day, ever.
    const everyMonday = (year: number) => {
      const out: string[] = []
      for (let d = Date.UTC(year, 0, 1); new Date(d).getUTCFullYear() === year; d += 86_400_000) if (new Date(d).getUTCDay() === 1) out.push(new Date(d).toISOString().slice(0, 10))
      return out
    }
    const calendar = { timeZone: 'UTC', hours: { mon: '09:00-17:00' }, holidays: [everyMonday] }
    let error: unknown
    try {
      evaluateGuarantees({ commitment: { gtr: { due: { businessDays: 1 }, calendar } }, incidents: [{ start: at('10:00'), end: at('11:00'), reportedAt: at('10:00') }] })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues).toEqual([
      expect.objectContaining({ path: 'calendar', code: 'no-business-day', params: { after: '2026-06-01T10:00:00Z' }, message: expect.stringContaining('has no business day in the three years after 2026-06-01T10:00:00Z') }),
    ])
    expect((error as InputError).message).toContain('Calendar never open')
  })
})
