import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import { formatSkipReason, parseStatuspageIncidents, STATUSPAGE_MAPPING } from '../../src/io/index.js'
import { peer } from '../profiles/fixtures.js'

const github = peer('statuspage/githubstatus_incidents_2024-09-16.json').incidentsJson

function seconds(incident: { start?: unknown; end?: unknown }): number {
  return (Date.parse(String(incident.end)) - Date.parse(String(incident.start))) / 1000
}

function totals(incidents: ReturnType<typeof parseStatuspageIncidents>['incidents'], element: string) {
  const out: Record<string, number> = {}
  for (const i of incidents) if ((i.elements as string[])[0] === element) out[i.impact!] = Math.round(((out[i.impact!] ?? 0) + seconds(i)) * 1000) / 1000
  return out
}

describe('parseStatuspageIncidents', () => {
  it('turns the GitHub incident into per-component status stretches, to the millisecond', () => {
    const r = parseStatuspageIncidents(github)
    expect(totals(r.incidents, 'Actions')).toEqual({ outage: 1081.477, partial: 1175.058 })
    expect(totals(r.incidents, 'Pages')).toEqual({ partial: 1301.294 })
    // Actions: partial → major → partial → operational, three stretches from the first update (21:31:02.798,
    // not created_at 21:31:02.719) to the resolving update.
    expect(r.incidents.filter((i) => (i.elements as string[])[0] === 'Actions')).toEqual([
      { id: '69sb0f8lydp4:Actions:1', title: 'Incident with Pages and Actions', start: '2024-09-16T21:31:02.798Z', end: '2024-09-16T21:37:26.995Z', elements: ['Actions'], impact: 'partial' },
      { id: '69sb0f8lydp4:Actions:2', title: 'Incident with Pages and Actions', start: '2024-09-16T21:37:26.995Z', end: '2024-09-16T21:55:28.472Z', elements: ['Actions'], impact: 'outage' },
      { id: '69sb0f8lydp4:Actions:3', title: 'Incident with Pages and Actions', start: '2024-09-16T21:55:28.472Z', end: '2024-09-16T22:08:39.333Z', elements: ['Actions'], impact: 'partial' },
    ])
  })

  it('reports the Git SSH incident as skipped: no component changed', () => {
    const r = parseStatuspageIncidents(JSON.stringify(github))
    expect(r.skipped).toEqual([
      {
        path: 'incidents[1]',
        reason: 'incident r3x7x31k7nn1 "Disruption with Git SSH" changes no component\'s status and lists no component: under Statuspage\'s rules it costs no component uptime',
        code: 'sp-no-component',
        params: { label: 'incident r3x7x31k7nn1 "Disruption with Git SSH"' },
        raw: expect.stringContaining('"id":"r3x7x31k7nn1"'),
      },
    ])
    expect(formatSkipReason(r.skipped[0]!, 'fr')).toBe(
      'incident r3x7x31k7nn1 "Disruption with Git SSH" ne change le statut d’aucun composant et n’en cite aucun\u00a0: selon les règles de Statuspage, il ne coûte de disponibilité à aucun composant',
    )
  })

  it('names elements by component id on request', () => {
    const r = parseStatuspageIncidents(github, { element: 'id' })
    expect(new Set(r.incidents.map((i) => (i.elements as string[])[0]))).toEqual(new Set(['br0l2tvcx85d', 'vg70hn9s2tyj']))
  })

  it('orders updates by display_at by default, created_at on request', () => {
    // An update posted late: typed in at 12:00, shown (and meant) at 10:00.
    const incident = {
      id: 'late',
      name: 'Back-filled',
      impact: 'major',
      created_at: '2026-03-02T12:00:00Z',
      resolved_at: '2026-03-02T12:05:00Z',
      components: [{ id: 'c1', name: 'API' }],
      incident_updates: [
        { created_at: '2026-03-02T12:05:00Z', display_at: '2026-03-02T11:00:00Z', affected_components: [{ code: 'c1', name: 'API', old_status: 'major_outage', new_status: 'operational' }] },
        { created_at: '2026-03-02T12:00:00Z', display_at: '2026-03-02T10:00:00Z', affected_components: [{ code: 'c1', name: 'API', old_status: 'operational', new_status: 'major_outage' }] },
      ],
    }
    expect(parseStatuspageIncidents({ incidents: [incident] }).incidents).toMatchObject([{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', impact: 'outage', elements: ['API'] }])
    expect(parseStatuspageIncidents({ incidents: [incident] }, { updateTime: 'created_at' }).incidents).toMatchObject([{ start: '2026-03-02T12:00:00Z', end: '2026-03-02T12:05:00Z' }])
  })

  it('maps degraded and maintenance, and lets the mapping be overridden', () => {
    const incident = {
      id: 'm',
      name: 'Upgrade',
      created_at: '2026-03-02T10:00:00Z',
      resolved_at: '2026-03-02T13:00:00Z',
      incident_updates: [
        { display_at: '2026-03-02T10:00:00Z', affected_components: [{ code: 'db', name: 'DB', old_status: 'operational', new_status: 'under_maintenance' }] },
        { display_at: '2026-03-02T11:00:00Z', affected_components: [{ code: 'db', name: 'DB', old_status: 'under_maintenance', new_status: 'degraded_performance' }] },
        // Left degraded by the last update: the stretch ends when the incident is resolved.
      ],
    }
    expect(parseStatuspageIncidents([incident]).incidents).toMatchObject([
      { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', impact: 'outage', cause: 'maintenance' },
      { start: '2026-03-02T11:00:00Z', end: '2026-03-02T13:00:00Z', impact: 'degraded' },
    ])
    const r = parseStatuspageIncidents([incident], { componentStatus: { degraded_performance: null, under_maintenance: { impact: 'outage' } } })
    expect(r.incidents).toMatchObject([{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', impact: 'outage' }])
    expect(r.incidents[0]).not.toHaveProperty('cause')
    expect(STATUSPAGE_MAPPING.componentStatus.partial_outage).toEqual({ impact: 'partial' })
    expect(() => parseStatuspageIncidents([incident], { componentStatus: { major_outage: { impact: 'down' as never } } })).toThrow(InputError)
  })

  it('falls back on created_at, resolved_at and the impact only when components are listed without any status change', () => {
    const base = { created_at: '2026-03-02T10:00:00Z', resolved_at: '2026-03-02T11:00:00Z', components: [{ id: 'c1', name: 'API' }, { id: 'c2', name: 'Web' }], incident_updates: [{ affected_components: null }] }
    const r = parseStatuspageIncidents([
      { ...base, id: 'a', impact: 'critical' },
      { ...base, id: 'b', impact: 'minor', resolved_at: null },
      { ...base, id: 'c', impact: 'none' },
      { ...base, id: 'd', impact: 'weird' },
    ])
    expect(r.incidents.map((i) => [i.id, i.impact, i.start, i.end])).toEqual([
      ['a:API', 'outage', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'],
      ['a:Web', 'outage', '2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z'],
      ['b:API', 'partial', '2026-03-02T10:00:00Z', undefined],
      ['b:Web', 'partial', '2026-03-02T10:00:00Z', undefined],
    ])
    expect(r.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['[2]', 'incident c changes no component\'s status, and its impact "none" counts as no outage'],
      ['[3]', expect.stringContaining('its impact "weird" is not in the mapping')],
    ])
  })

  it('says what it cannot use inside an incident', () => {
    const r = parseStatuspageIncidents({
      incidents: [
        'x',
        {
          id: 'p',
          resolved_at: '2026-03-02T12:00:00Z',
          incident_updates: [
            { display_at: 'yesterday', affected_components: [{ code: 'a', name: 'A', old_status: 'operational', new_status: 'major_outage' }] },
            { display_at: '2026-03-02T10:00:00Z', affected_components: [{ code: 'b', name: 'B', old_status: 'partial_outage', new_status: 'on_fire' }, 7] },
          ],
        },
        { id: 'q', incident_updates: [{ display_at: '2026-03-02T10:00:00Z', affected_components: [{ code: 'a', name: 'A', old_status: 'operational', new_status: 'operational' }] }] },
      ],
    })
    expect(r.incidents).toEqual([])
    expect(r.skipped.map((s) => s.path)).toEqual([
      'incidents[0]',
      'incidents[1].incident_updates[0]',
      'incidents[1].incident_updates[1].affected_components[1]',
      'incidents[1].incident_updates[1].affected_components[0]',
      'incidents[1].incident_updates[1].affected_components[0]',
      'incidents[1]',
      'incidents[2]',
    ])
    expect(r.skipped[3]!.reason).toContain('was already partial_outage before 2026-03-02T10:00:00Z')
    expect(r.skipped[4]!.reason).toContain('has status "on_fire", which the mapping does not know')
  })

  it('throws an InputError for a document that is not a Statuspage export', () => {
    expect(() => parseStatuspageIncidents('{')).toThrow(InputError)
    expect(() => parseStatuspageIncidents({ page: {} })).toThrow(/must be a Statuspage incidents.json/)
    expect(() => parseStatuspageIncidents(github, { updateTime: 'updated_at' as never })).toThrow(InputError)
  })
})
