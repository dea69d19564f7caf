import { describe, expect, it } from 'vitest'
import { atRiskList, evaluateGuarantees, guaranteeCompliance, InputError } from '../../src/index.js'
import { type CommitmentInput } from '../../src/schema/commitment.js'
import type { GuaranteeStep } from '../../src/index.js'

const H = 3_600_000

const commitment: CommitmentInput = {
  timeZone: 'UTC',
  gtr: { within: 'PT4H', calendar: '24/7', byPriority: { P1: { within: 'PT1H' } } },
}
// All reported Wednesday 13 May 2026 at 10:00Z, restored at 13:00Z: 3 h elapsed.
const at = (id: string, extra: Record<string, unknown>) => ({ id, start: '2026-05-13T10:00:00Z', end: '2026-05-13T13:00:00Z', reportedAt: '2026-05-13T10:00:00Z', ...extra })
const incidents = [
  at('A', { client: 'mairie' }), // the client's own target, 2 h: due 12:00, restored 13:00 → breached
  at('B', { client: 'mairie', priority: 'P1' }), // the client's target for P1, 8 h: due 18:00 → met
  at('C', { client: 'clinique', priority: 'P1' }), // a client without terms of its own: P1 of the guarantee, 1 h → breached
  at('D', { elements: ['web-clinique'] }), // billed through its element; calendar only: 4 h on 24/7 kept → met
]
const clients = [
  { id: 'mairie', name: 'Mairie', gtr: { within: 'PT2H', byPriority: { P1: { within: 'PT8H' } } } },
  { id: 'web-clinique', name: 'Clinique', gtr: { calendar: '24/7' } },
]

describe('targets by client', () => {
  it('take the client’s priority target, then its own, then the guarantee’s', () => {
    const r = evaluateGuarantees({ commitment, incidents, clients })
    expect(r.incidents.map((x) => [x.id, x.client ?? null, x.gtr!.deadline!.toISOString(), x.gtr!.status])).toEqual([
      ['A', 'mairie', '2026-05-13T12:00:00.000Z', 'breached'],
      ['B', 'mairie', '2026-05-13T18:00:00.000Z', 'met'],
      ['C', 'clinique', '2026-05-13T11:00:00.000Z', 'breached'],
      ['D', 'web-clinique', '2026-05-13T14:00:00.000Z', 'met'],
    ])
    // A: the client's own 2 h (no priority), due 12:00, restored at the end 13:00: 1 h late. B: the client's P1, 8 h, due 18:00: 3 h used.
    const reported = Date.parse('2026-05-13T10:00:00Z')
    expect(r.incidents[0]!.gtr!.steps).toEqual<GuaranteeStep[]>([
      { kind: 'priority-target', guarantee: 'gtr', priority: null, own: false, within: 'PT2H', calendar: '24/7', client: 'Mairie' },
      {
        kind: 'breached',
        guarantee: 'gtr',
        clock: { start: reported, source: 'reportedAt', within: 'PT2H', calendar: '24/7', deadline: reported + 2 * H },
        doneAt: reported + 3 * H,
        doneSource: 'end',
        lateBusinessMs: H,
        lateWallMs: H,
      },
      { kind: 'no-penalty' },
    ])
    expect(r.incidents[1]!.gtr!.steps).toEqual<GuaranteeStep[]>([
      { kind: 'priority-target', guarantee: 'gtr', priority: 'P1', own: true, within: 'PT8H', calendar: '24/7', client: 'Mairie' },
      {
        kind: 'met',
        guarantee: 'gtr',
        clock: { start: reported, source: 'reportedAt', within: 'PT8H', calendar: '24/7', deadline: reported + 8 * H },
        doneAt: reported + 3 * H,
        doneSource: 'end',
        elapsedBusinessMs: 3 * H,
      },
    ])
    expect(r.incidents[0]!.gtr!.explanation).toBe(
      "Client Mairie: the client's target applies, PT2H on 24/7. GTR breached: clock started at 2026-05-13T10:00:00Z (reportedAt), PT2H on 24/7 → deadline 2026-05-13T12:00:00Z; restoration at 2026-05-13T13:00:00Z (end), 1 h of covered time late (1 h elapsed). The commitment sets no penalty for it.",
    )
    expect(r.incidents[1]!.gtr!.explanation).toBe(
      "Client Mairie, priority P1: the client's target applies, PT8H on 24/7. GTR met: clock started at 2026-05-13T10:00:00Z (reportedAt), PT8H on 24/7 → deadline 2026-05-13T18:00:00Z; restoration at 2026-05-13T13:00:00Z (end), after 3 h of covered time.",
    )
  })

  it('group the compliance figures under the client’s name', () => {
    const c = guaranteeCompliance({ commitment, incidents, clients })
    expect(c.rows.map((row) => [row.priority, row.client, row.met, row.breached])).toEqual([
      ['P1', 'Mairie', 1, 0],
      ['P1', 'clinique', 0, 1],
      [null, 'Clinique', 1, 0],
      [null, 'Mairie', 0, 1],
    ])
  })

  it('move the deadlines of the at-risk list', () => {
    const list = atRiskList({ commitment, incidents: [{ id: 'E', start: '2026-05-13T10:00:00Z', reportedAt: '2026-05-13T10:00:00Z', client: 'mairie' }], clients, asOf: '2026-05-13T11:00:00Z' })
    // 2 h allowed, 1 h used: 50 %.
    expect(list.entries[0]!.elapsedPercent?.toString()).toBe('50')
    expect(list.entries[0]!.deadline.toISOString()).toBe('2026-05-13T12:00:00.000Z')
  })

  it('refuse a target for a guarantee the commitment lacks, and a list that is not one', () => {
    expect(() => evaluateGuarantees({ commitment, incidents, clients: [{ id: 'x', gti: { within: 'PT1H' } }] })).toThrow(/clients\[0\]\.gti: sets a target for the GTI/)
    expect(() => evaluateGuarantees({ commitment, incidents, clients: {} as never })).toThrow(InputError)
    expect(() => evaluateGuarantees({ commitment, incidents, clients: [{ id: 'x', gtr: { within: 'soon' } }] })).toThrow(/clients\[0\]\.gtr\.within/)
  })
})

describe('the client step in words', () => {
  it('names the client in French and English', async () => {
    const { deskStepSentence } = await import('../../src/report/service-desk-text.js')
    const { Formatter } = await import('../../src/report/format.js')
    const { messagesFor } = await import('../../src/report/i18n.js')
    const step = { kind: 'priority-target', guarantee: 'gtr', priority: 'P1', own: true, within: 'PT8H', calendar: '24/7', client: 'Mairie' } as const
    expect(deskStepSentence(new Formatter(messagesFor('fr'), 'UTC'), step, 'GTR')).toBe('GTR\u00a0: client Mairie, priorité P1, son objectif s’applique\u00a0: PT8H selon 24/7.')
    expect(deskStepSentence(new Formatter(messagesFor('en'), 'UTC'), { ...step, own: false }, 'GTR')).toBe('GTR: client Mairie, whose target applies: PT8H on 24/7.')
  })
})
