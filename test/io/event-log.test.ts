import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, InputError } from '../../src/index.js'
import { parseTicketEventLog } from '../../src/io/index.js'

describe('parseTicketEventLog', () => {
  it('groups the rows by ticket into incidents with their history, priority and restoration', () => {
    const text = [
      'ticket,at,status,priority',
      'T-2,2026-05-13T10:00:00Z,new,P3',
      'T-1,2026-05-13T09:00:00Z,new,P2',
      'T-1,2026-05-13T11:00:00Z,waiting-customer,P2',
      'T-1,2026-05-13T13:00:00Z,in-progress,P1',
      'T-1,2026-05-13T14:00:00Z,resolved,',
      ',2026-05-13T14:00:00Z,new,P1',
      'T-2,yesterday,in-progress,P3',
      'T-1,2026-05-13T15:00:00Z,closed,',
    ].join('\n')
    const { incidents, skipped } = parseTicketEventLog(text)
    expect(incidents).toEqual([
      {
        id: 'T-2',
        start: '2026-05-13T10:00:00Z',
        reportedAt: '2026-05-13T10:00:00Z',
        priority: 'P3',
        statusHistory: [{ at: '2026-05-13T10:00:00Z', status: 'new' }],
      },
      {
        id: 'T-1',
        start: '2026-05-13T09:00:00Z',
        reportedAt: '2026-05-13T09:00:00Z',
        end: '2026-05-13T14:00:00Z',
        restoredAt: '2026-05-13T14:00:00Z',
        // the last priority given: raised to P1 at 13:00
        priority: 'P1',
        statusHistory: [
          { at: '2026-05-13T09:00:00Z', status: 'new' },
          { at: '2026-05-13T11:00:00Z', status: 'waiting-customer' },
          { at: '2026-05-13T13:00:00Z', status: 'in-progress' },
          { at: '2026-05-13T14:00:00Z', status: 'resolved' },
          { at: '2026-05-13T15:00:00Z', status: 'closed' },
        ],
      },
    ])
    expect(skipped.map((s) => [s.line, s.reason.split(':')[0]])).toEqual([
      [7, 'ticket'],
      [8, 'at'],
    ])
    // the history pauses the clock: GTR PT4H from 09:00, 2 h waiting → 15:00; restored 14:00, met
    const r = evaluateGuarantees({ commitment: { gtr: { within: 'PT4H', pauseOn: ['waiting-customer'] } }, incidents: incidents.slice(1) })
    expect([r.incidents[0]!.gtr!.deadline?.toISOString(), r.incidents[0]!.gtr!.status]).toEqual(['2026-05-13T15:00:00.000Z', 'met'])
  })

  it('reads named columns, local dates and a desk vocabulary', () => {
    // A ServiceNow-style log: number; incident_state; priority; sys_updated_at in Paris local time
    const text = ['number;incident_state;priority;sys_updated_at', 'INC1;New;2 - High;29/02/2016 01:16', 'INC1;Awaiting User Info;2 - High;29/02/2016 09:00', 'INC1;Resolved;2 - High;29/02/2016 10:30'].join('\n')
    const { incidents, skipped } = parseTicketEventLog(text, {
      columns: { ticket: 'number', status: 'incident_state', at: 'sys_updated_at' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      timeZone: 'Europe/Paris',
      statusMap: { 'Awaiting User Info': 'waiting-customer' },
    })
    expect(skipped).toEqual([])
    expect(incidents[0]).toMatchObject({
      id: 'INC1',
      start: '2016-02-29T00:16:00Z',
      end: '2016-02-29T09:30:00Z',
      priority: '2 - High',
      statusHistory: [
        { at: '2016-02-29T00:16:00Z', status: 'New' },
        { at: '2016-02-29T08:00:00Z', status: 'waiting-customer' },
        { at: '2016-02-29T09:30:00Z', status: 'Resolved' },
      ],
    })
  })

  it('refuses a log without its columns', () => {
    expect(() => parseTicketEventLog('id,when\n1,2026-05-13T10:00:00Z\n')).toThrow(InputError)
  })
})
