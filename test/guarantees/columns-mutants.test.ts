/**
 * guaranteeColumns as a user reads it beside evaluateGuarantees: the rows an element or a period selects, the
 * instant of evaluation given back only when given, the update column of a ticket the guarantee does not
 * cover, where the clock starts under each rule, and what is refused, with which words.
 */
import { describe, expect, it } from 'vitest'
import { GUARANTEE_STATUSES, guaranteeColumns, InputError } from '../../src/index.js'
import type { IncidentInput } from '../../src/index.js'

const H = 3_600_000
const at = (day: number, hhmm: string) => `2026-05-${String(day).padStart(2, '0')}T${hhmm}:00Z`

function refusal(run: () => unknown): InputError {
  try {
    run()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('not refused')
}

describe('the rows of the columns', () => {
  const incidents: IncidentInput[] = [
    { id: 'web-13', start: at(13, '10:00'), end: at(13, '11:00'), reportedAt: at(13, '10:00'), elements: ['web'] },
    { id: 'db-14', start: at(14, '10:00'), end: at(14, '16:00'), reportedAt: at(14, '10:00'), elements: ['db'] },
    { id: 'web-20', start: at(20, '10:00'), end: at(20, '15:00'), reportedAt: at(20, '10:00'), elements: ['web'] },
  ]
  const commitment = { timeZone: 'UTC', gtr: { within: 'PT4H' } }

  it('are the incidents the element and the period select, and only they', () => {
    // Element web: incidents 0 and 2. Restored after 1 h (met) and 5 h (breached, 1 h late).
    const web = guaranteeColumns({ commitment, incidents, element: 'web' })
    expect([web.count, [...web.index], [...web.gtr!.status].map((c) => GUARANTEE_STATUSES[c])]).toEqual([2, [0, 2], ['met', 'breached']])
    expect([...web.gtr!.lateWallMs]).toEqual([0, H])
    expect(web.stats.gtr).toMatchObject({ incidents: 2, met: 1, breached: 1, meanWallMs: 3 * H })
    // May 14 to 20 (half-open): incident 1 alone, restored after 6 h, 2 h late.
    const week = guaranteeColumns({ commitment, incidents, period: { start: at(14, '00:00'), end: at(20, '00:00') } })
    expect([week.count, [...week.index], week.gtr!.count, [...week.gtr!.lateWallMs]]).toEqual([1, [1], 1, [2 * H]])
    expect(week.incident(0).id).toBe('db-14')
  })

  it('give back the instant of evaluation only when one was given', () => {
    expect('asOf' in guaranteeColumns({ commitment, incidents })).toBe(false)
    expect(guaranteeColumns({ commitment, incidents, asOf: at(21, '00:00') }).asOf?.toISOString()).toBe('2026-05-21T00:00:00.000Z')
  })

  it('name the row asked for outside them', () => {
    const cols = guaranteeColumns({ commitment, incidents, element: 'web' })
    expect(() => cols.incident(5)).toThrow(new RangeError('no row 5: the columns have 2'))
  })

  it('mark the update clock of a ticket the guarantee does not cover as not applicable', () => {
    // The maintenance ticket is excluded: status 3 in both columns, however long it went without news.
    const cols = guaranteeColumns({
      commitment: { timeZone: 'UTC', measurement: { excludedCauses: ['maintenance'] }, gtr: { within: 'PT4H', update: { within: 'PT1H' } } },
      incidents: [
        { start: at(13, '10:00'), end: at(13, '11:30'), reportedAt: at(13, '10:00') },
        { start: at(14, '10:00'), end: at(14, '16:00'), reportedAt: at(14, '10:00'), cause: 'maintenance' },
      ],
    })
    // The first went 1 h 30 without news against 1 h: breached; restored within 4 h: met.
    expect([cols.gtr!.statusOf(0), GUARANTEE_STATUSES[cols.gtr!.update!.status[0]!], cols.gtr!.update!.longestBusinessMs[0]]).toEqual(['met', 'breached', 1.5 * H])
    expect([cols.gtr!.statusOf(1), cols.gtr!.update!.status[1]]).toEqual(['not-applicable', 3])
  })
})

describe('where the clock of a row starts', () => {
  // Detected by monitoring at 09:00, reported by the client at 10:00, restored at 13:30; PT4H on 24/7.
  const incident: IncidentInput = { start: at(13, '09:00'), end: at(13, '13:30'), detectedAt: at(13, '09:00'), reportedAt: at(13, '10:00') }
  const row = (clockStartsAt: 'reported' | 'detected' | 'first', x: IncidentInput = incident) => {
    const g = guaranteeColumns({ commitment: { gtr: { within: 'PT4H', clockStartsAt } }, incidents: [x] }).gtr!
    return [new Date(g.clockStart[0]!).toISOString().slice(11, 16), g.statusOf(0), g.lateWallMs[0]! / H]
  }

  it('at the report, the detection or the first of the two, as the guarantee says', () => {
    // From 10:00 → due 14:00, met; from 09:00 → due 13:00, 30 min late.
    expect(row('reported')).toEqual(['10:00', 'met', 0])
    expect(row('detected')).toEqual(['09:00', 'breached', 0.5])
    expect(row('first')).toEqual(['09:00', 'breached', 0.5])
    // Reported before it was detected (08:30, then 09:00): the first is the report → due 12:30, 1 h late.
    expect(row('first', { ...incident, reportedAt: at(13, '08:30') })).toEqual(['08:30', 'breached', 1])
  })

  it('at the one instant there is, whatever the rule', () => {
    const { reportedAt: _r, ...detectedOnly } = incident
    const { detectedAt: _d, ...reportedOnly } = incident
    expect(row('reported', detectedOnly)).toEqual(['09:00', 'breached', 0.5])
    expect(row('detected', reportedOnly)).toEqual(['10:00', 'met', 0])
    expect(row('first', reportedOnly)).toEqual(['10:00', 'met', 0])
  })
})

describe('refusals', () => {
  it('refuse bad options under the guarantees, as evaluateGuarantees does', () => {
    const e = refusal(() => guaranteeColumns({ commitment: { gtr: { within: 'soon' } }, incidents: [] }))
    expect(e.message.split('\n')[0]).toBe('Cannot evaluate the guarantees:')
  })

  it('refuse an incident whose clock cannot start, naming it and the guarantee', () => {
    const e = refusal(() =>
      guaranteeColumns({
        commitment: { gtr: { within: 'PT4H' } },
        incidents: [
          { start: at(13, '10:00'), end: at(13, '11:00'), reportedAt: at(13, '10:00') },
          { start: at(14, '10:00'), end: at(14, '11:00') },
        ],
      }),
    )
    expect(e.issues).toEqual([expect.objectContaining({ path: 'incidents[1]', code: 'no-clock-start', params: { guarantee: 'GTR' }, message: 'has neither reportedAt nor detectedAt: the GTR clock cannot start' })])
    expect(e.message.split('\n')[0]).toBe('Cannot evaluate the guarantees:')
  })
})
