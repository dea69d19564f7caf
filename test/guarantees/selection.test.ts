import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, InputError, monthlyStatement, monthPeriod } from '../../src/index.js'
import type { GuaranteeStep } from '../../src/index.js'

const gti = { gti: { within: 'PT4H', calendar: '24/7' } } as const

describe('which incidents a guarantee report covers', () => {
  it('keeps the incidents of one element and those affecting every element, with their positions', () => {
    const r = evaluateGuarantees({
      commitment: gti,
      element: 'vps-2',
      incidents: [
        { id: 'one', start: '2026-05-11T10:00:00Z', end: '2026-05-11T11:00:00Z', reportedAt: '2026-05-11T10:00:00Z', elements: ['vps-1'] },
        { id: 'two', start: '2026-05-12T10:00:00Z', end: '2026-05-12T11:00:00Z', reportedAt: '2026-05-12T10:00:00Z', elements: ['vps-1', 'vps-2'] },
        { start: '2026-05-13T10:00:00Z', end: '2026-05-13T11:00:00Z', reportedAt: '2026-05-13T10:00:00Z' },
      ],
    })
    expect(r.incidents.map((x) => [x.index, x.id, x.elements, x.gti!.status])).toEqual([
      [1, 'two', ['vps-1', 'vps-2'], 'met'],
      [2, undefined, null, 'met'],
    ])
    // An incident without an id has no id field at all, so that a JSON export shows none.
    expect('id' in r.incidents[1]!).toBe(false)
    expect(r.stats.incidents).toBe(2)
  })

  it('keeps the incidents whose clock starts in the period, even if the outage began before it', () => {
    // May 2026 in Paris: [30 April 22:00Z, 31 May 22:00Z).
    const period = monthPeriod({ year: 2026, month: 5, timeZone: 'Europe/Paris' })
    const reported = (reportedAt: string) => ({ start: '2026-04-30T21:00:00Z', end: '2026-06-01T00:00:00Z', reportedAt })
    const r = evaluateGuarantees({
      commitment: gti,
      period,
      incidents: [
        reported('2026-04-30T21:59:59.999Z'), // reported in April, Paris time: out
        reported('2026-04-30T22:00:00Z'), // midnight, 1 May in Paris: in
        reported('2026-05-31T21:59:59.999Z'), // last millisecond of May in Paris: in
        reported('2026-05-31T22:00:00Z'), // 1 June in Paris: out
      ],
    })
    expect(r.incidents.map((x) => x.index)).toEqual([1, 2])
  })

  it('gives back the instant it was evaluated at, and none when none was given', () => {
    const incidents = [{ start: '2026-05-11T10:00:00Z', end: '2026-05-11T11:00:00Z', reportedAt: '2026-05-11T10:00:00Z' }]
    expect(evaluateGuarantees({ commitment: gti, incidents, asOf: '2026-05-12T00:00:00+02:00' }).asOf).toEqual(new Date('2026-05-11T22:00:00Z'))
    expect('asOf' in evaluateGuarantees({ commitment: gti, incidents })).toBe(false)
  })

  it('lists every problem of its options at once, each with its path', () => {
    let error: unknown
    try {
      evaluateGuarantees({ commitment: { credit: { type: 'pro-rata' } }, incidents: [{ start: '2026-05-11T10:00:00Z', end: '2026-05-11T11:00:00Z' }], element: '' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues).toEqual([
      { path: 'element', message: 'must be a non-empty element name' },
      { path: 'commitment', message: 'has neither a gti nor a gtr to evaluate' },
    ])
    expect((error as InputError).message).toBe(
      'Cannot evaluate the guarantees:\n  element: must be a non-empty element name\n  commitment: has neither a gti nor a gtr to evaluate',
    )
    // Each input is named by its own path, whatever the wording of its problem.
    const paths = (options: Parameters<typeof evaluateGuarantees>[0]) => {
      try {
        evaluateGuarantees(options)
      } catch (e) {
        return (e as InputError).issues.map((i) => i.path)
      }
      return []
    }
    expect(paths({ commitment: { gti: { within: 'soon' } } as never, incidents: [], asOf: 'yesterday', period: 'May' as never, element: 7 as never })).toEqual([
      'commitment.gti.within',
      'asOf',
      'period',
      'element',
    ])
    expect(paths({ commitment: gti, incidents: [{ start: 'noon' }] as never })).toEqual(['incidents[0].start', 'incidents[0].end'])
  })
})

describe('an incident whose clock cannot start', () => {
  it('is refused by the guarantee report, which names the incident and the clock, whatever starts the clock', () => {
    const incidents = [{ start: '2026-05-11T10:00:00Z', end: '2026-05-11T11:00:00Z' }]
    for (const clockStartsAt of ['reported', 'detected', 'first'] as const) {
      expect(() => evaluateGuarantees({ commitment: { gtr: { within: 'PT4H', clockStartsAt } }, incidents })).toThrow(
        new InputError([{ path: 'incidents[0]', message: 'has neither reportedAt nor detectedAt: the GTR clock cannot start' }], 'Cannot evaluate the guarantees'),
      )
    }
  })

  it('is judged not evaluable in a monthly statement, and the statement says why', () => {
    const s = monthlyStatement({
      commitment: gti,
      month: '2026-05',
      incidents: [{ start: '2026-05-11T10:00:00Z', end: '2026-05-11T11:00:00Z' }],
      elements: [{ id: 'vps-1', fee: { amount: '10', currency: 'EUR' } }],
    })
    const outcome = s.elements[0]!.guarantees[0]!.gti!
    expect(outcome.steps).toEqual<GuaranteeStep[]>([{ kind: 'no-clock-start', guarantee: 'gti' }])
    expect(outcome.explanation).toBe('GTI not evaluable: the incident has neither reportedAt nor detectedAt, so the clock cannot start.')
  })
})
