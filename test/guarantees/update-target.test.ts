/**
 * The update clock as part of a guarantee (issue 14, item 4): a guarantee that sets an update target
 * gives each outcome the longest stretch without an update, a row in the compliance figures, and a
 * section in `matou guarantees`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { atRiskList, evaluateGuarantees, guaranteeCompliance, InputError, monthlyStatement, parseCommitment } from '../../src/index.js'
import type { GuaranteeStep } from '../../src/index.js'
import { renderAtRisk, renderCompliance, renderStatement } from '../../src/report/index.js'
import { run } from '../cli/run.js'

const H = 3_600_000
const at = (day: number, h: number) => new Date(Date.UTC(2026, 3, day, h)).toISOString()
const desk = { timeZone: 'UTC', gtr: { within: 'PT8H', update: { within: 'PT4H' } } }
const tickets = [
  // Updates at 09:00, 12:00, 14:00, restored 15:00: stretches 1 h, 3 h, 2 h, 1 h; longest 3 h ≤ 4 h, met by 1 h.
  { id: 'u1', start: at(2, 8), end: at(2, 15), reportedAt: at(2, 8), statusHistory: [{ at: at(2, 9), status: 'in-progress' }, { at: at(2, 12), status: 'diagnosed' }, { at: at(2, 14), status: 'fixing' }] },
  // Updates at 11:00 and 16:00, end 17:00: stretches 3 h, 5 h, 1 h; 11:00 to 16:00 is 5 h, 1 h over.
  { id: 'u2', start: at(3, 8), end: at(3, 17), reportedAt: at(3, 8), statusHistory: [{ at: at(3, 11), status: 'in-progress' }, { at: at(3, 16), status: 'waiting-customer' }] },
  // Open at 12:00 on the 4th: 08:00 to 09:00, then 09:00 to 12:00 so far, 3 h: pending, 1 h to spare.
  { id: 'u3', start: at(4, 8), reportedAt: at(4, 8), statusHistory: [{ at: at(4, 9), status: 'in-progress' }] },
]
const asOf = at(4, 12)

describe('a guarantee with an update target', () => {
  it('gives each outcome its update clock, worked by hand', () => {
    const report = evaluateGuarantees({ commitment: desk, incidents: tickets, asOf })
    const updates = report.incidents.map((x) => x.gtr!.update!)
    expect(updates.map((u) => [u.status, u.longestBusinessMs, u.marginBusinessMs])).toEqual([
      ['met', 3 * H, 1 * H],
      ['breached', 5 * H, -1 * H],
      ['pending', 3 * H, 1 * H],
    ])
    expect([updates[1]!.longestFrom.toISOString(), updates[1]!.longestTo.toISOString()]).toEqual(['2026-04-03T11:00:00.000Z', '2026-04-03T16:00:00.000Z'])
    // The step says it in the outcome's explanation.
    // u2: reported 08:00, restored 17:00 against PT8H (due 16:00): 1 h late, and the 11:00–16:00 stretch without an update.
    const reported = Date.parse('2026-04-03T08:00:00Z')
    expect(report.incidents[1]!.gtr!.steps).toEqual<GuaranteeStep[]>([
      {
        kind: 'breached',
        guarantee: 'gtr',
        clock: { start: reported, source: 'reportedAt', within: 'PT8H', calendar: '24/7', deadline: reported + 8 * H },
        doneAt: reported + 9 * H,
        doneSource: 'end',
        lateBusinessMs: H,
        lateWallMs: H,
      },
      { kind: 'no-penalty' },
      { kind: 'update', guarantee: 'gtr', status: 'breached', within: 'PT4H', calendar: '24/7', longestBusinessMs: 5 * H, from: reported + 3 * H, to: reported + 8 * H },
    ])
    expect(report.incidents[1]!.gtr!.explanation).toBe(
      'GTR breached: clock started at 2026-04-03T08:00:00Z (reportedAt), PT8H on 24/7 → deadline 2026-04-03T16:00:00Z; restoration at 2026-04-03T17:00:00Z (end), 1 h of covered time late (1 h elapsed). The commitment sets no penalty for it. Update clock breached: the longest stretch without an update was 5 h of covered time, from 2026-04-03T11:00:00Z to 2026-04-03T16:00:00Z (target PT4H on 24/7).',
    )
    // A guarantee without an update target gives none.
    const plain = evaluateGuarantees({ commitment: { timeZone: 'UTC', gtr: { within: 'PT8H' } }, incidents: tickets, asOf })
    expect(plain.incidents.every((x) => x.gtr!.update === undefined)).toBe(true)
  })

  it("counts on the guarantee's calendar unless the update target has its own", () => {
    const office = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' as const }
    // Friday 10 April 2026 16:00 Paris, next update Monday 13 April 11:00, restored 12:00.
    const friday = [{ id: 'f', start: '2026-04-10T16:00:00+02:00', end: '2026-04-13T12:00:00+02:00', reportedAt: '2026-04-10T16:00:00+02:00', statusHistory: [{ at: '2026-04-13T11:00:00+02:00', status: 'in-progress' }] }]
    const onOffice = evaluateGuarantees({ commitment: { timeZone: 'Europe/Paris', gtr: { within: 'PT16H', calendar: office, update: { within: 'PT4H' } } }, incidents: friday })
    // 2 h on Friday (16:00–18:00) + 2 h on Monday (09:00–11:00) = 4 h: not more than 4 h, met with nothing to spare.
    expect([onOffice.incidents[0]!.gtr!.update!.longestBusinessMs, onOffice.incidents[0]!.gtr!.update!.status]).toEqual([4 * H, 'met'])
    const roundTheClock = evaluateGuarantees({ commitment: { timeZone: 'Europe/Paris', gtr: { within: 'PT16H', calendar: office, update: { within: 'PT4H', calendar: '24/7' } } }, incidents: friday })
    // Friday 16:00 to Monday 11:00 is 67 h elapsed.
    expect([roundTheClock.incidents[0]!.gtr!.update!.longestBusinessMs, roundTheClock.incidents[0]!.gtr!.update!.status]).toEqual([67 * H, 'breached'])
  })

  it('refuses an update target without its time', () => {
    expect(() => parseCommitment({ gtr: { within: 'PT8H', update: {} as never } })).toThrow(InputError)
    expect(() => parseCommitment({ gtr: { within: 'PT8H', update: { within: 'PT0S' } } })).toThrow(/update\.within/)
  })

  it('is a row of the compliance figures, whose counts add up', () => {
    const c = guaranteeCompliance({ commitment: desk, incidents: tickets, asOf })
    const update = c.totals.find((r) => r.clock === 'update')!
    // 1 met, 1 breached, 1 pending: 1 of 2 decided; margins +1 h and −1 h: mean 0, worst −1 h.
    expect([update.kind, update.incidents, update.met, update.breached, update.pending, update.withinPercent!.toString()]).toEqual(['gtr', 3, 1, 1, 1, '50'])
    expect(update.marginBusiness).toEqual({ mean: 0, p90: -H, worst: -H })
    expect(update.marginWall).toBeNull()
    expect(update.met + update.breached + update.pending + update.notEvaluable + update.notApplicable).toBe(update.incidents)
    // The deadline's row comes first and keeps its own figures: u1 7 h, u2 9 h (late), u3 open.
    expect(c.totals.map((r) => [r.clock ?? 'deadline', r.met, r.breached, r.pending])).toEqual([
      ['deadline', 1, 1, 1],
      ['update', 1, 1, 1],
    ])
    expect(c.rows.filter((r) => r.clock === 'update')).toHaveLength(1)
    expect(renderCompliance(c, { format: 'text', lang: 'en', color: false })).toMatch(/GTR updates\s+2026-04/)
    expect(renderCompliance(c, { format: 'markdown', lang: 'fr' })).toContain('| GTR, mises à jour | 2026-04 |')
    expect(JSON.parse(renderCompliance(c, { format: 'json' })).totals[1]).toMatchObject({ kind: 'gtr', clock: 'update', met: 1, breached: 1, pending: 1 })
  })

  it('is in the compliance section of the monthly statement', () => {
    const s = monthlyStatement({ commitment: desk, month: '2026-04', incidents: tickets.map((t) => ({ ...t, elements: ['desk'] })), asOf, elements: [{ id: 'desk' }] })
    expect(s.compliance!.totals.map((r) => r.clock ?? 'deadline')).toEqual(['deadline', 'update'])
    expect(renderStatement(s, { format: 'text', lang: 'fr', color: false })).toContain('GTR, mises à jour')
    const trail = renderStatement(s, { format: 'text', lang: 'fr', color: false })
    expect(trail).toContain('Délai de mise à jour (GTR) non respecté')
  })

  it('is a section of the at-risk list, in every format and both languages', () => {
    const list = atRiskList({ commitment: desk, incidents: tickets, asOf })
    expect(list.entries.map((e) => [e.id, e.update?.longestBusinessMs])).toEqual([['u3', 3 * H]])
    expect(renderAtRisk(list, { format: 'text', lang: 'en', color: false })).toContain('Update clock')
    expect(renderAtRisk(list, { format: 'markdown', lang: 'fr' })).toContain('## Délai de mise à jour')
    expect(renderAtRisk(list, { format: 'html', lang: 'fr' })).toContain('dans l’objectif à ce jour')
    expect(JSON.parse(renderAtRisk(list, { format: 'json' })).entries[0].update).toMatchObject({ status: 'pending', longestBusinessMs: 3 * H, marginBusinessMs: H })
  })
})

describe('the update clock: properties', () => {
  const arbTicket = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    updates: fc.array(fc.integer({ min: 1, max: 20 * 60 }), { maxLength: 5 }),
    restoredAfter: fc.option(fc.integer({ min: 1, max: 20 * 60 }), { nil: undefined }),
    priority: fc.constantFrom('P1', 'P2', undefined),
  })
  const ticketsOf = (list: { day: number; updates: number[]; restoredAfter: number | undefined; priority: string | undefined }[]) =>
    list.map((t, k) => {
      const start = Date.UTC(2026, 3, t.day, 8)
      return {
        id: `t${k}`,
        start: new Date(start).toISOString(),
        reportedAt: new Date(start).toISOString(),
        ...(t.restoredAfter !== undefined && { end: new Date(start + t.restoredAfter * 60_000).toISOString() }),
        ...(t.priority !== undefined && { priority: t.priority }),
        statusHistory: t.updates.map((m) => ({ at: new Date(start + m * 60_000).toISOString(), status: `s${m}` })),
      }
    })

  it('counts add up to the incidents in the update rows, which count every outcome the deadline rows count', () => {
    fc.assert(
      fc.property(fc.array(arbTicket, { maxLength: 12 }), (list) => {
        const c = guaranteeCompliance({ commitment: desk, incidents: ticketsOf(list), asOf: '2026-04-30T00:00:00Z' })
        for (const r of [...c.rows, ...c.totals]) expect(r.met + r.breached + r.pending + r.notEvaluable + r.notApplicable).toBe(r.incidents)
        const deadline = c.totals.find((r) => r.clock === undefined)
        const update = c.totals.find((r) => r.clock === 'update')
        expect(update?.incidents ?? 0).toBe(deadline?.incidents ?? 0)
        expect(c.rows.filter((r) => r.clock === 'update').reduce((n, r) => n + r.incidents, 0)).toBe(update?.incidents ?? 0)
      }),
      { numRuns: 60 },
    )
  })

  it('is never longer than the time from the clock start to the restoration, and one more update never makes it longer', () => {
    fc.assert(
      fc.property(arbTicket, fc.integer({ min: 1, max: 20 * 60 }), (t, extra) => {
        const asOf = '2026-04-30T00:00:00Z'
        const [ticket] = ticketsOf([t])
        const before = evaluateGuarantees({ commitment: desk, incidents: [ticket!], asOf }).incidents[0]!.gtr!.update!
        const span = (ticket!.end === undefined ? Date.parse(asOf) : Date.parse(ticket!.end)) - Date.parse(ticket!.start)
        expect(before.longestBusinessMs).toBeLessThanOrEqual(span)
        const [more] = ticketsOf([{ ...t, updates: [...t.updates, extra] }])
        const after = evaluateGuarantees({ commitment: desk, incidents: [more!], asOf }).incidents[0]!.gtr!.update!
        expect(after.longestBusinessMs).toBeLessThanOrEqual(before.longestBusinessMs)
      }),
      { numRuns: 60 },
    )
  })
})

describe('matou guarantees with an update target', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matou-update-'))
  writeFileSync(join(dir, 'desk.json'), JSON.stringify(desk))
  writeFileSync(join(dir, 'tickets.json'), JSON.stringify(tickets))

  it('shows the update clock of the open incidents, and its compliance row', async () => {
    const open = await run(['guarantees', '--commitment', 'desk.json', '--incidents', 'tickets.json', '--as-of', asOf, '--lang', 'fr'], { cwd: dir })
    expect(open.code).toBe(0)
    expect(open.stdout).toContain('Délai de mise à jour')
    const figures = await run(['guarantees', '--commitment', 'desk.json', '--incidents', 'tickets.json', '--as-of', asOf, '--compliance'], { cwd: dir })
    expect(figures.stdout).toContain('GTR updates')
  })
})
