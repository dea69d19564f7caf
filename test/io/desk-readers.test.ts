import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, InputError } from '../../src/index.js'
import {
  formatSkipReason,
  parseGlpiTickets,
  parseGlpiTicketsCsv,
  parseServiceNowEventLog,
  safeParseGlpiTickets,
  safeParseGlpiTicketsCsv,
  safeParseServiceNowEventLog,
} from '../../src/io/index.js'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/desks/${name}`, import.meta.url), 'utf8')

describe('parseServiceNowEventLog', () => {
  // Paris is UTC+1 in February and March 2016.
  const { incidents, skipped } = parseServiceNowEventLog(fixture('servicenow-event-log.csv'), { timeZone: 'Europe/Paris' })

  it('turns the updates of one number into one incident with its history, last priority and resolution', () => {
    expect(incidents[0]).toEqual({
      id: 'INC0000045',
      start: '2016-02-29T00:16:00Z', // opened 29/2/2016 01:16 Paris
      reportedAt: '2016-02-29T00:16:00Z',
      interventionAt: '2016-02-29T07:53:00Z', // first update in another state than New: Active at 08:53
      end: '2016-02-29T10:29:00Z', // resolved_at 11:29
      restoredAt: '2016-02-29T10:29:00Z',
      priority: 'P2', // '3 - Moderate' at first, '2 - High' from the third update
      statusHistory: [
        { at: '2016-02-29T00:23:00Z', status: 'New' },
        { at: '2016-02-29T07:53:00Z', status: 'Active' },
        { at: '2016-02-29T08:10:00Z', status: 'Awaiting User Info' },
        { at: '2016-02-29T10:00:00Z', status: 'Active' },
        { at: '2016-02-29T10:29:00Z', status: 'Resolved' },
        { at: '2016-03-05T11:00:00Z', status: 'Closed' },
      ],
    })
  })

  it('leaves an incident without resolution open, and renames states through statusMap', () => {
    const mapped = parseServiceNowEventLog(fixture('servicenow-event-log.csv'), {
      timeZone: 'Europe/Paris',
      statusMap: { 'Awaiting Vendor': 'waiting-vendor' },
    }).incidents
    expect(mapped[1]).toEqual({
      id: 'INC0000047',
      start: '2016-03-01T13:00:00Z',
      reportedAt: '2016-03-01T13:00:00Z',
      interventionAt: '2016-03-01T15:00:00Z',
      priority: 'P4',
      statusHistory: [
        { at: '2016-03-01T13:05:00Z', status: 'New' },
        { at: '2016-03-01T15:00:00Z', status: 'waiting-vendor' },
      ],
    })
    expect(mapped).toHaveLength(2)
  })

  it('reports every row it cannot use, with a code worded in French too', () => {
    expect(skipped.map((s) => [s.line ?? null, s.path ?? null, s.code, s.params])).toEqual([
      [10, null, 'missing-field', { field: 'number' }],
      [11, null, 'unknown-status', { field: 'incident_state', value: '-100', desk: 'ServiceNow' }],
      [12, null, 'bad-date', { field: 'sys_updated_at', value: '31/2/2016 14:05', expected: 'd/M/yyyy HH:mm in Europe/Paris' }],
      [13, 'INC0000052', 'no-opening', { ticket: 'INC0000052', field: 'opened_at' }],
    ])
    expect(skipped[0]!.reason).toBe('number: empty or "?"')
    expect(formatSkipReason(skipped[0]!, 'fr')).toBe('number\u00a0: vide ou «\u00a0?\u00a0»')
    expect(formatSkipReason(skipped[1]!, 'fr')).toBe('incident_state\u00a0: "-100" n’est pas un statut de ServiceNow')
    expect(formatSkipReason(skipped[3]!, 'fr')).toBe('ticket INC0000052\u00a0: aucune ligne ne dit quand il a été ouvert (opened_at)')
    expect(formatSkipReason({ line: 1, reason: 'as written' }, 'fr')).toBe('as written')
  })

  it('feeds a paused clock: the wait on the user moves the GTR deadline', () => {
    const report = evaluateGuarantees({
      commitment: { timeZone: 'Europe/Paris', gtr: { within: 'PT9H', pauseOn: ['Awaiting User Info'] } },
      incidents: incidents.slice(0, 1),
    })
    // Opened 00:16Z + 9 h = 09:16Z; paused 08:10Z–10:00Z (1 h 50 min, 24/7) → 11:06Z; resolved 10:29Z: met.
    expect(report.incidents[0]!.gtr!.deadline!.toISOString()).toBe('2016-02-29T11:06:00.000Z')
    expect(report.incidents[0]!.gtr!.status).toBe('met')
  })

  it('refuses a text without the columns it needs, and a missing zone', () => {
    expect(() => parseServiceNowEventLog('number,incident_state\nINC1,New\n', { timeZone: 'UTC' })).toThrow(/no "sys_updated_at" column/)
    expect(() => parseServiceNowEventLog(fixture('servicenow-event-log.csv'))).toThrow(InputError)
    expect(safeParseServiceNowEventLog('number\n', { timeZone: 'UTC' }).success).toBe(false)
    expect(safeParseServiceNowEventLog(fixture('servicenow-event-log.csv'), { timeZone: 'UTC' }).success).toBe(true)
  })
})

describe('parseGlpiTickets', () => {
  it('reads the REST API tickets: opening, take into account, solve date, priority, entity, pending wait', () => {
    const { incidents, skipped } = parseGlpiTickets(fixture('glpi-tickets.json'), { timeZone: 'Europe/Paris' })
    // Paris is UTC+2 in May 2026.
    expect(incidents).toEqual([
      {
        id: '101',
        title: 'Messagerie en panne',
        start: '2026-05-13T08:00:00Z',
        reportedAt: '2026-05-13T08:00:00Z',
        interventionAt: '2026-05-13T08:45:00Z', // 2700 s after opening
        end: '2026-05-13T14:30:00Z', // the solve date, not the close date
        restoredAt: '2026-05-13T14:30:00Z',
        priority: 'high', // GLPI priority 4
        client: '3',
        statusHistory: [{ at: '2026-05-13T08:00:00Z', status: 'new' }],
      },
      {
        id: '102',
        title: 'Accès VPN',
        start: '2026-05-14T07:00:00Z',
        reportedAt: '2026-05-14T07:00:00Z',
        interventionAt: '2026-05-14T07:10:00Z',
        priority: 'medium',
        client: '4',
        statusHistory: [
          { at: '2026-05-14T07:00:00Z', status: 'new' },
          { at: '2026-05-14T09:00:00Z', status: 'pending' }, // status 4 since begin_waiting_date
        ],
      },
    ])
    expect(skipped.map((s) => [s.path, s.code])).toEqual([
      ['[2]', 'solved-without-date'],
      ['[3]', 'bad-date'],
      ['[4]', 'unknown-status'],
      ['[5]', 'not-an-object'],
    ])
    expect(formatSkipReason(skipped[0]!, 'fr')).toBe('status\u00a0: le ticket est solved mais n’a ni date de résolution ni date de clôture')
    expect(skipped[3]!.raw).toBe('"not a ticket"')
  })

  it('reads a search answer keyed by search-option ids', () => {
    const { incidents, skipped } = parseGlpiTickets(JSON.parse(fixture('glpi-search.json')), { timeZone: 'Europe/Paris' })
    expect(incidents).toEqual([
      {
        id: '201',
        title: 'Imprimante',
        start: '2026-05-13T08:00:00Z',
        reportedAt: '2026-05-13T08:00:00Z',
        interventionAt: '2026-05-13T08:15:00Z', // 900 s
        priority: 'very-high',
        client: 'Entité racine > Clinique du Port',
        statusHistory: [{ at: '2026-05-13T08:00:00Z', status: 'new' }],
      },
    ])
    // Solved at 09:00, an hour before it was opened at 10:00.
    expect(skipped.map((s) => [s.path, s.code, s.params])).toEqual([
      ['data[1]', 'ends-before-start', { field: 'solvedate', value: '2026-05-13T07:00:00Z', start: '2026-05-13T08:00:00Z' }],
    ])
  })

  it('refuses what is not tickets, and a missing zone', () => {
    expect(() => parseGlpiTickets({ tickets: [] }, { timeZone: 'UTC' })).toThrow(/list of tickets/)
    expect(() => parseGlpiTickets('[', { timeZone: 'UTC' })).toThrow(/json: is not valid JSON at line 1, column 2: /)
    expect(safeParseGlpiTickets([]).success).toBe(false)
    expect(safeParseGlpiTickets([], { timeZone: 'UTC' }).success).toBe(true)
  })
})

describe('parseGlpiTicketsCsv', () => {
  it('reads the French export: labels, durations as GLPI writes them, every unusable row listed', () => {
    const { incidents, skipped } = parseGlpiTicketsCsv(fixture('glpi-export-fr.csv'), { timeZone: 'Europe/Paris' })
    expect(incidents.map((i) => [i.id, i.start, i.interventionAt, i.end, i.priority, i.client])).toEqual([
      // Clos: restored at the resolution date 16:30 Paris; 45 minutes to take into account.
      ['301', '2026-05-13T08:00:00Z', '2026-05-13T08:45:00Z', '2026-05-13T14:30:00Z', 'high', 'Entité racine > Clinique du Port'],
      // 1 h 5 min 0 s after 09:00 Paris.
      ['302', '2026-05-14T07:00:00Z', '2026-05-14T08:05:00Z', undefined, 'medium', 'Entité racine > Mairie'],
    ])
    expect(skipped.map((s) => [s.line, s.code])).toEqual([
      [4, 'solved-without-date'],
      [5, 'unknown-priority'],
      [6, 'bad-duration'],
    ])
    expect(formatSkipReason(skipped[1]!, 'fr')).toBe('priority\u00a0: "Urgentissime" n’est pas une priorité de GLPI')
    expect(formatSkipReason(skipped[2]!, 'fr')).toBe('takeintoaccount_delay_stat\u00a0: "une heure" n’est pas une durée en secondes')
  })

  it('reads the English export across the night the clocks go back', () => {
    const { incidents, skipped } = parseGlpiTicketsCsv(fixture('glpi-export-en.csv'), { timeZone: 'Europe/Paris' })
    // 24 Oct 22:00 CEST = 20:00Z; 25 Oct 03:30 CET = 02:30Z: 6 h 30 elapsed though the clocks say 5 h 30.
    expect(incidents[0]).toMatchObject({ start: '2026-10-24T20:00:00Z', interventionAt: '2026-10-24T22:00:00Z', end: '2026-10-25T02:30:00Z', priority: 'very-high' })
    expect(skipped).toEqual([])
  })

  it('takes other headers through columns, and refuses an export without the columns it needs', () => {
    const text = 'Ticket;Etat;Ouvert le\n9;Nouveau;2026-05-13 10:00\n'
    const { incidents } = parseGlpiTicketsCsv(text, { timeZone: 'Europe/Paris', columns: { id: 'Ticket', status: 'Etat', date: 'Ouvert le' } })
    expect(incidents.map((i) => [i.id, i.start])).toEqual([['9', '2026-05-13T08:00:00Z']])
    expect(() => parseGlpiTicketsCsv('Titre\nPanne\n', { timeZone: 'Europe/Paris' })).toThrow(/"id" column/)
    expect(safeParseGlpiTicketsCsv('Titre\nPanne\n', { timeZone: 'Europe/Paris' }).success).toBe(false)
  })
})
