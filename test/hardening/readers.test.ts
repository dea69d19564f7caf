import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import { formatSkipReason, parseCsvIncidents, readCsvIncidents, parseHeartbeats, parsePrometheusRange, parseStatuspageIncidents } from '../../src/io/index.js'

// Regressions from an adversarial trial: readers that turned odd input into a wrong result without a word.

describe('Statuspage: a resolution dated before its stretch never leaves an outage open', () => {
  const update = (at: string, to: string) => ({ created_at: at, affected_components: [{ code: 'c1', name: 'API', old_status: 'operational', new_status: to }] })

  it('an incident resolved before it was created is skipped with its reason', () => {
    // created 11:00, resolved 10:00: before, `{ start: 11:00 }` with no end, which any later asOf extended.
    const r = parseStatuspageIncidents({
      incidents: [{ id: 'x1', name: 'Odd', created_at: '2026-03-02T11:00:00Z', resolved_at: '2026-03-02T10:00:00Z', impact: 'major', components: [{ id: 'c1', name: 'API' }], incident_updates: [] }],
    })
    expect(r.incidents).toEqual([])
    expect(r.skipped).toEqual([
      {
        path: 'incidents[0]',
        reason: 'incident x1 "Odd" was resolved at 2026-03-02T10:00:00Z, before it was created at 2026-03-02T11:00:00Z: its outage cannot be dated',
        code: 'sp-resolved-before',
        params: { label: 'incident x1 "Odd"', resolved: '2026-03-02T10:00:00Z', created: '2026-03-02T11:00:00Z' },
        raw: expect.stringContaining('"id":"x1"'),
      },
    ])
  })

  it('a component left down by an update after resolved_at is noted, not opened', () => {
    // Updates are listed newest first: major at 10:00, resolved_at 10:30, then partial at 12:00.
    const r = parseStatuspageIncidents({
      incidents: [{ id: 'x2', created_at: '2026-03-02T10:00:00Z', resolved_at: '2026-03-02T10:30:00Z', incident_updates: [update('2026-03-02T12:00:00Z', 'partial_outage'), update('2026-03-02T10:00:00Z', 'major_outage')] }],
    })
    // The major stretch runs 10:00 → 12:00 (the next change), the partial one has no end: it is left out.
    expect(r.incidents.map((i) => [i.start, i.end ?? null, i.impact])).toEqual([['2026-03-02T10:00:00Z', '2026-03-02T12:00:00Z', 'outage']])
    expect(r.incidents.every((i) => i.end !== undefined)).toBe(true)
    expect(r.skipped).toEqual([
      {
        path: 'incidents[0].incident_updates[0].affected_components[0]',
        reason:
          'component "API" was left partial_outage at 2026-03-02T12:00:00Z, after the incident x2 was resolved at 2026-03-02T10:30:00Z: that stretch has no end and is not counted',
        code: 'sp-left-down',
        params: { element: 'API', status: 'partial_outage', since: '2026-03-02T12:00:00Z', label: 'incident x2', resolved: '2026-03-02T10:30:00Z' },
      },
    ])
  })
})

describe('duplicate sample times: the worse state wins whatever the order, and the duplicate is reported', () => {
  const t = 1_772_445_600 // 2026-03-02T10:00:00Z in seconds
  const series = (values: [number, string][]) => ({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { instance: 'web' }, values }] } })

  it.each([
    [[[t, '0'], [t, '1'], [t + 60, '1']] as [number, string][], 'values[1]'],
    [[[t, '1'], [t, '0'], [t + 60, '1']] as [number, string][], 'values[0]'],
  ])('Prometheus %j', (values, dropped) => {
    const r = parsePrometheusRange(series(values), { step: '60s' })
    // Down from t to the next sample, one step later: a one-minute outage either way.
    expect(r.incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:00:00Z', '2026-03-02T10:01:00Z']])
    expect(r.skipped).toEqual([
      {
        path: `data.result[0].${dropped}`,
        reason: expect.stringMatching(/^has the same time \(2026-03-02T10:00:00Z\) as the sample at .*values\[[01]\] of web: the worse state, down, is kept and this up is left out$/),
        code: 'probe-same-time',
        params: { time: '2026-03-02T10:00:00Z', other: expect.stringMatching(/values\[[01]\]$/), element: 'web', kept: 'down', state: 'up' },
      },
    ])
  })

  it('Uptime Kuma beats', () => {
    const beats = [
      { time: '2026-03-02 10:00:00', status: 1 },
      { time: '2026-03-02 10:00:00', status: 0 },
      { time: '2026-03-02 10:05:00', status: 1 },
    ]
    for (const list of [beats, [...beats].reverse()]) {
      const r = parseHeartbeats(list, { pending: 'down', gap: 'unknown' })
      expect(r.incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:00:00Z', '2026-03-02T10:05:00Z']])
      expect(r.skipped).toHaveLength(1)
      expect(r.skipped[0]!.reason).toMatch(/the worse state, down, is kept and this up is left out$/)
      expect(formatSkipReason(r.skipped[0]!, 'fr')).toMatch(/\u00a0: le pire état, en panne, est gardé et celui-ci, en service, est laissé de côté$/)
    }
  })
})

describe('heartbeats: only the documented shapes, and no beat from 1970', () => {
  it('a three-element array is skipped, not read as time 1 ms', () => {
    const r = parseHeartbeats([[1, 2, 3] as never, ['2026-03-02T10:00:00Z', 1]], { pending: 'down', gap: 'unknown' })
    expect(r.incidents).toEqual([])
    expect(r.skipped).toEqual([{ path: '[0]', reason: 'must be a heartbeat { time, status } or [time, status] (got a list of 3 items)', code: 'hb-not-beat', params: { items: 3 }, raw: '[1,2,3]' }])
  })

  it('a beat before the monitoring era is skipped unless option earliest allows it', () => {
    const beats = [[1, 0], ['2026-03-02T10:00:00Z', 1]] as const
    const r = parseHeartbeats(beats, { pending: 'down', gap: 'unknown' })
    expect(r.incidents).toEqual([])
    expect(r.skipped.map((s) => s.path)).toEqual(['[0]'])
    expect(r.skipped[0]!.reason).toMatch(/^\[0\]\.time: is 1970-01-01T00:00:00\.001Z, before option earliest \(2000-01-01T00:00:00Z\)/)
    const old = parseHeartbeats(beats, { pending: 'down', gap: 'unknown', earliest: 0 })
    // Down from 1 ms to 2026-03-02T10:00Z: what the caller asked for, once it said so.
    expect(old.incidents.map((i) => [i.start, i.end])).toEqual([['1970-01-01T00:00:00.001Z', '2026-03-02T10:00:00Z']])
  })
})

describe('CSV headers: bounded work, whatever their size', () => {
  it.each([
    // 2,001 one-letter columns: under the length limit, over the column limit.
    ['start,' + Array(2000).fill('a').join(','), 'header (line 1): has more than 1000 columns (read with delimiter ","); an incident file has a dozen'],
    // 25 million columns, 50 MB: refused from its length, before any column is looked at.
    ['start,' + Array(25_000_000).fill('a').join(','), 'header (line 1): is longer than 65,536 characters; the first line must name the columns, e.g. "id,start,end"'],
  ])('a header of %#', async (header, message) => {
    const text = `${header}\n2026-03-02T10:00:00Z\n`
    for (const read of [() => parseCsvIncidents(text), () => readCsvIncidents(text)]) {
      await expect((async () => read())()).rejects.toSatisfy((e: unknown) => e instanceof InputError && e.issues.map((i) => `${i.path}: ${i.message}`).join('\n') === message)
    }
  })

  it('a header of 1,000 columns is still read', () => {
    const names = ['start', ...Array.from({ length: 999 }, (_, i) => `note${i}`)]
    const r = parseCsvIncidents(`${names.join(',')}\n2026-03-02T10:00:00Z${','.repeat(999)}\n`)
    expect(r.incidents).toEqual([{ start: '2026-03-02T10:00:00Z' }])
    expect(r.ignoredColumns).toHaveLength(999)
  })
})
