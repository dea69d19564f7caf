import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import { parseHeartbeats, parsePrometheusRange } from '../../src/io/index.js'
import { peer } from '../profiles/fixtures.js'

const kuma = peer('uptime-kuma/swiss-station-timetable_heartbeats_2022-03-30.json')
const MIN = 60_000

/** Beats one minute apart from 10:00 UTC, with the given statuses. */
function beats(statuses: (number | string)[]) {
  return statuses.map((status, i) => ({ time: new Date(Date.UTC(2026, 2, 2, 10, i)).toISOString(), status }))
}

describe('parseHeartbeats', () => {
  it('reads the Uptime Kuma sample: one outage of 121 s from the first DOWN beat to the next UP beat', () => {
    const r = parseHeartbeats(kuma, { pending: 'down', gap: 'unknown' })
    expect(r.skipped).toEqual([])
    expect(r.incidents).toEqual([
      {
        id: 'Swiss Transport API:2022-03-30T08:26:19Z',
        title: 'Request failed with status code 502',
        start: '2022-03-30T08:26:19Z',
        end: '2022-03-30T08:28:20Z',
        elements: ['Swiss Transport API'],
        impact: 'outage',
      },
    ])
  })

  it('finds the gaps of the sample beyond maxGap, and lists them', () => {
    const r = parseHeartbeats(kuma, { pending: 'down', maxGap: 'PT10M', gap: 'unknown' })
    expect(r.incidents).toHaveLength(1)
    // Both monitors went 11 minutes without a beat around 08:35–08:45 (the server was off).
    expect(r.gaps).toEqual([
      { element: 'Swiss Transport API', start: '2022-03-30T08:44:20Z', end: '2022-03-30T08:45:37Z', durationMs: 77_000, countedAs: 'unknown' },
      { element: 'Swiss Transport Website', start: '2022-03-30T08:44:48Z', end: '2022-03-30T08:45:38Z', durationMs: 50_000, countedAs: 'unknown' },
    ])
  })

  it('counts PENDING as the option says, and MAINTENANCE as cause maintenance', () => {
    const series = beats([1, 0, 2, 2, 1, 3, 3, 0, 1])
    expect(parseHeartbeats(series, { pending: 'down', gap: 'unknown' }).incidents).toEqual([
      { id: 'probe:2026-03-02T10:01:00Z', title: 'down', start: '2026-03-02T10:01:00Z', end: '2026-03-02T10:04:00Z', impact: 'outage' },
      { id: 'probe:2026-03-02T10:05:00Z', title: 'maintenance', start: '2026-03-02T10:05:00Z', end: '2026-03-02T10:07:00Z', impact: 'outage', cause: 'maintenance' },
      { id: 'probe:2026-03-02T10:07:00Z', title: 'down', start: '2026-03-02T10:07:00Z', end: '2026-03-02T10:08:00Z', impact: 'outage' },
    ])
    expect(parseHeartbeats(series, { pending: 'up', gap: 'unknown' }).incidents[0]).toMatchObject({ start: '2026-03-02T10:01:00Z', end: '2026-03-02T10:02:00Z' })
  })

  it('applies the gap rule to time without beats beyond maxGap', () => {
    const series = [
      { time: '2026-03-02T10:00:00Z', status: 1 },
      { time: '2026-03-02T10:01:00Z', status: 0 },
      { time: '2026-03-02T11:00:00Z', status: 1 },
    ]
    const rule = (gap: 'unknown' | 'down' | 'up' | 'previous') => parseHeartbeats(series, { pending: 'down', maxGap: 'PT5M', gap })
    // The DOWN beat vouches for 5 minutes; the next 54 minutes have no data.
    expect(rule('unknown').incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:01:00Z', '2026-03-02T10:06:00Z']])
    expect(rule('unknown').gaps).toEqual([{ start: '2026-03-02T10:06:00Z', end: '2026-03-02T11:00:00Z', durationMs: 54 * MIN, countedAs: 'unknown' }])
    expect(rule('up').incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:01:00Z', '2026-03-02T10:06:00Z']])
    expect(rule('down').incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:01:00Z', '2026-03-02T11:00:00Z']])
    expect(rule('previous').incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:01:00Z', '2026-03-02T11:00:00Z']])
    expect(rule('previous').gaps).toEqual([])
  })

  it('leaves a monitor down at its last beat open, or closes it at asOf', () => {
    const series = beats([1, 0, 0])
    expect(parseHeartbeats(series, { pending: 'down', gap: 'unknown' }).incidents).toEqual([
      { id: 'probe:2026-03-02T10:01:00Z', title: 'down', start: '2026-03-02T10:01:00Z', impact: 'outage' },
    ])
    const closed = parseHeartbeats(series, { pending: 'down', gap: 'unknown', asOf: '2026-03-02T10:05:00Z', element: 'web' })
    expect(closed.incidents).toEqual([{ id: 'web:2026-03-02T10:01:00Z', title: 'down', start: '2026-03-02T10:01:00Z', end: '2026-03-02T10:05:00Z', elements: ['web'], impact: 'outage' }])
  })

  it('reads any probe series: pairs, booleans, names, epoch milliseconds, unsorted', () => {
    const r = parseHeartbeats(
      [
        [Date.UTC(2026, 2, 2, 10, 2), 'UP'],
        [Date.UTC(2026, 2, 2, 10, 0), true],
        [new Date(Date.UTC(2026, 2, 2, 10, 1)), false],
      ],
      { pending: 'down', gap: 'unknown' },
    )
    expect(r.incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:01:00Z', '2026-03-02T10:02:00Z']])
  })

  it('reads the status-page API form, one element per monitor', () => {
    const r = parseHeartbeats(
      { heartbeatList: { '1': beats([1, 0, 1]), '7': beats([0, 1]) } },
      { pending: 'down', gap: 'unknown' },
    )
    expect(r.incidents.map((i) => [i.elements, i.start])).toEqual([
      [['1'], '2026-03-02T10:01:00Z'],
      [['7'], '2026-03-02T10:00:00Z'],
    ])
  })

  it('skips beats it cannot read, with their path', () => {
    const r = parseHeartbeats({ heartbeats: [...beats([1]), { time: 'soon', status: 1 }, { time: '2026-03-02T10:05:00Z', status: 9 }, 'x', { status: 0 }] } as never, { pending: 'down', gap: 'unknown' })
    expect(r.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['heartbeats[1]', expect.stringContaining('heartbeats[1].time: must be an ISO-8601 instant')],
      ['heartbeats[2]', 'heartbeats[2].status: must be 0 (down), 1 (up), 2 (pending) or 3 (maintenance), or their names (got 9)'],
      ['heartbeats[3]', 'must be a heartbeat { time, status } or [time, status] (got "x")'],
      ['heartbeats[4]', 'heartbeats[4].time: is required'],
    ])
  })

  it('requires its rules, and refuses input that holds no beats', () => {
    expect(() => parseHeartbeats([], {} as never)).toThrow(InputError)
    expect(() => parseHeartbeats([], { pending: 'down', gap: 'sometimes' as never })).toThrow(/options.gap/)
    expect(() => parseHeartbeats([], { pending: 'down', gap: 'unknown', maxGap: 'PT0S' })).toThrow(/options.maxGap/)
    expect(() => parseHeartbeats({ beats: [] } as never, { pending: 'down', gap: 'unknown' })).toThrow(/must be a list of heartbeats/)
  })
})

describe('parsePrometheusRange', () => {
  const response = (result: unknown[]) => ({ status: 'success', data: { resultType: 'matrix', result } })
  const t0 = 1_772_445_600 // 2026-03-02T10:00:00Z in seconds

  it('turns each series into one element, from the first 0 to the next 1, with the step inferred', () => {
    const r = parsePrometheusRange(
      response([
        { metric: { __name__: 'probe_success', instance: 'https://a.example', job: 'blackbox' }, values: [[t0, '1'], [t0 + 60, '0'], [t0 + 120, '0'], [t0 + 180, '1'], [t0 + 240, '0']] },
        { metric: { __name__: 'probe_success', instance: 'https://b.example', job: 'blackbox' }, values: [[t0, '1'], [t0 + 60, '1']] },
      ]),
    )
    expect(r.skipped).toEqual([])
    expect(r.gaps).toEqual([])
    expect(r.incidents.map((i) => [i.elements, i.start, i.end])).toEqual([
      [['https://a.example'], '2026-03-02T10:01:00Z', '2026-03-02T10:03:00Z'],
      // The last sample holds for one step.
      [['https://a.example'], '2026-03-02T10:04:00Z', '2026-03-02T10:05:00Z'],
    ])
  })

  it('names elements from another label, takes a given step, and lists missing samples as gaps', () => {
    const r = parsePrometheusRange(JSON.stringify(response([{ metric: { job: 'node' }, values: [[t0, '0'], [t0 + 300, '0'], [t0 + 1200, '1']] }])), { label: 'job', step: '5m' })
    expect(r.incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:00:00Z', '2026-03-02T10:10:00Z']])
    expect(r.gaps).toEqual([{ element: 'node', start: '2026-03-02T10:10:00Z', end: '2026-03-02T10:20:00Z', durationMs: 10 * MIN, countedAs: 'unknown' }])
    const down = parsePrometheusRange(response([{ metric: { job: 'node' }, values: [[t0, '0'], [t0 + 300, '0'], [t0 + 1200, '1']] }]), { label: 'job', step: 'PT5M', gap: 'down' })
    expect(down.incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:00:00Z', '2026-03-02T10:20:00Z']])
  })

  it('skips series without the label and samples that are not 0 or 1', () => {
    const r = parsePrometheusRange(
      response([
        { metric: { job: 'x' }, values: [[t0, '1']] },
        { metric: { instance: 'b' }, values: [[t0, '0.5'], [t0 + 60, 'NaN'], [t0 + 120, '0'], ['soon', '1'], [t0 + 180, '1']] },
        'nonsense',
      ]),
    )
    expect(r.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['data.result[0]', 'has no label "instance" to name its element (labels: job)'],
      ['data.result[1].values[0]', 'value must be "1" (up) or "0" (down) (got "0.5")'],
      ['data.result[1].values[1]', 'value must be "1" (up) or "0" (down) (got "NaN")'],
      ['data.result[1].values[3]', 'time must be a Unix time in seconds (got "soon")'],
      ['data.result[2]', 'must be a series { metric: { … }, values: [[time, value], …] }'],
    ])
    expect(r.incidents.map((i) => [i.start, i.end])).toEqual([['2026-03-02T10:02:00Z', '2026-03-02T10:03:00Z']])
  })

  it('throws an InputError for anything but a successful range query', () => {
    expect(() => parsePrometheusRange('{"status":"error","errorType":"bad_data","error":"parse error"}')).toThrow(/status: is "error", not "success": bad_data: parse error/)
    expect(() => parsePrometheusRange({ status: 'success', data: { resultType: 'vector', result: [] } })).toThrow(/must be "matrix"/)
    expect(() => parsePrometheusRange('not json')).toThrow(InputError)
    expect(() => parsePrometheusRange(response([]), { step: 'often' })).toThrow(/options.step/)
  })
})
