/**
 * Every reader, fed arbitrary text, bytes and values, and near-valid inputs (a valid input with characters
 * deleted, duplicated or inserted): it returns { incidents, skipped } or throws an InputError, never anything
 * else, never hangs (inputs are bounded); and whatever it returns can be measured as it is.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { InputError, measureAvailability } from '../../src/index.js'
import {
  type CsvOptions,
  csvIncidentRows,
  parseCsvIncidents,
  parseIncidentsJson,
  parseIncidentsYaml,
  type ReadResult,
  readCsvIncidents,
  parseHeartbeats,
  parsePrometheusRange,
  parseStatuspageIncidents,
} from '../../src/io/index.js'
import { incidentIssues } from '../../src/incidents/parse.js'
import { peer } from '../profiles/fixtures.js'

// FUZZ_RUNS=5000 for a longer search.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
// A longer search takes longer: the time allowed grows with the number of runs.
vi.setConfig({ testTimeout: Math.max(5_000, RUNS * 50) })
// The whole range of instants the library accepts, as far as a four-digit year can write it.
const EVERYTHING = { start: '0000-12-31T00:00:00Z', end: '9999-12-31T23:59:59.999Z' }
const commitment = { credit: { type: 'pro-rata' } } as const

/** The result has the promised shape, every incident passes the schema, and the list can be measured. */
function checkResult(r: ReadResult): void {
  expect(Array.isArray(r.incidents)).toBe(true)
  expect(Array.isArray(r.skipped)).toBe(true)
  for (const s of r.skipped) {
    expect(typeof s.reason).toBe('string')
    expect(s.reason.length).toBeGreaterThan(0)
    if (s.line !== undefined) expect(Number.isInteger(s.line) && s.line >= 1).toBe(true)
    if (s.raw !== undefined) expect(s.raw.length).toBeLessThanOrEqual(200)
  }
  for (const incident of r.incidents) expect(incidentIssues(incident, '').issues).toEqual([])
  measureAvailability({ commitment, period: EVERYTHING, incidents: r.incidents, asOf: '9999-12-31T23:59:59.999Z' })
}

/** Runs a reader: an InputError is an accepted outcome, any other error fails the property. */
function outcome<T extends ReadResult>(read: () => T): T | InputError {
  try {
    const r = read()
    checkResult(r)
    return r
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

async function outcomeAsync<T extends ReadResult>(read: () => Promise<T>): Promise<T | InputError> {
  try {
    const r = await read()
    checkResult(r)
    return r
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
}

const same = (a: unknown, b: unknown) => {
  if (a instanceof InputError || b instanceof InputError) {
    expect(b).toBeInstanceOf(InputError)
    expect(a).toBeInstanceOf(InputError)
    expect((b as InputError).issues).toEqual((a as InputError).issues)
  } else expect(b).toEqual(a)
}

type Edit = { at: number; op: 'delete' | 'duplicate' | 'insert'; char: string }
const SPECIAL = ['"', "'", ',', ';', '|', '\t', '\n', '\r', '\r\n', '\uFEFF', ' ', 'Z', '+', ':', '-', '.', '0', '9', '{', '}', '[', ']', '&', '*', '#', '\\', 'é', '\u0000']

/** A valid input with up to 8 characters deleted, duplicated or inserted. */
function nearValid(base: string): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat({ max: base.length }), op: fc.constantFrom('delete', 'duplicate', 'insert'), char: fc.constantFrom(...SPECIAL) }) as fc.Arbitrary<Edit>
  return fc.array(edit, { minLength: 1, maxLength: 8 }).map((edits) => {
    let s = base
    for (const e of edits) {
      const at = Math.min(e.at, s.length)
      if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + 1)
      else if (e.op === 'duplicate') s = s.slice(0, at) + s.slice(at, at + 1) + s.slice(at)
      else s = s.slice(0, at) + e.char + s.slice(at)
    }
    return s
  })
}

const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...SPECIAL, 'a', 'start', 'end'), maxLength: 60 }))

describe('CSV readers', () => {
  const VALID = [
    'id;start;end;elements;impact;cause;title',
    'a;2026-03-02T10:00:00+01:00;2026-03-02T12:00:00+01:00;vps-1|vps-2;partial;unplanned;"Disk; then ""net"""',
    'b;02/03/2026 10:00;02/03/2026 11:00;vps-3;outage;maintenance;x',
    'c;2026-03-29T01:30:00Z;;;;;"two',
    'lines"',
  ].join('\r\n')
  const FRENCH: CsvOptions = { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' }

  /** The three readers agree: the synchronous one, the streaming one, and the generator fed one byte at a time. */
  async function checkCsv(input: string | Uint8Array, options: CsvOptions): Promise<void> {
    const sync = outcome(() => parseCsvIncidents(input, options))
    const streamed = await outcomeAsync(() => readCsvIncidents(input, options))
    same(sync, streamed)
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input
    const rows = await outcomeAsync(async () => {
      const out: ReadResult = { incidents: [], skipped: [] }
      const chunks = (async function* () {
        for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7)
      })()
      for await (const row of csvIncidentRows(chunks, options)) {
        if (row.kind === 'incident') out.incidents.push(row.incident)
        else out.skipped.push(row.skipped)
      }
      return out
    })
    if (sync instanceof InputError) same(sync, rows)
    else same({ incidents: sync.incidents, skipped: sync.skipped }, rows)
    if (!(sync instanceof InputError)) for (let i = 1; i < sync.lines.length; i++) expect(sync.lines[i]!).toBeGreaterThan(sync.lines[i - 1]!)
  }

  it('arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(text, fc.constantFrom<CsvOptions>({}, FRENCH, { delimiter: ';' }), checkCsv), { numRuns: RUNS })
  })

  it('arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => checkCsv(bytes, {})), { numRuns: RUNS })
  })

  it('near-valid files', async () => {
    await fc.assert(fc.asyncProperty(nearValid(VALID), fc.constantFrom<CsvOptions>({}, FRENCH), checkCsv), { numRuns: RUNS * 2 })
  })

  it('arbitrary rows under a valid header', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('2026-03-02T10:00:00Z', '02/03/2026 10:00', '29/03/2026 02:30', '25/10/2026 02:30', 'outage', 'maintenance', 'a;b', '', '"'))
    const row = fc.array(cell, { minLength: 0, maxLength: 8 }).map((cells) => cells.join(','))
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom<CsvOptions>({}, FRENCH), (rows, eol, options) =>
        checkCsv(['id,start,end,elements,impact,cause,detectedAt', ...rows].join(eol), options),
      ),
      { numRuns: RUNS },
    )
  })
})

describe('JSON and YAML incident lists', () => {
  const VALID_JSON = JSON.stringify({
    incidents: [
      { id: 'a', start: '2026-03-02T10:00:00+01:00', end: '2026-03-02T12:00:00+01:00', elements: ['vps-1'], impact: 'partial' },
      { id: 2, start: '2026-03-03T10:00:00Z', end: null, cause: 'maintenance', detectedAt: '2026-03-03T10:01:00Z' },
    ],
  })
  const VALID_YAML = 'incidents:\n  - id: a\n    start: 2026-03-02T10:00:00+01:00\n    end: 2026-03-02T12:00:00+01:00\n    elements: [vps-1]\n  - { id: 2, start: 2026-03-03T10:00:00Z, impact: degraded }\n'
  const incidentLike = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.double()),
      start: fc.oneof(fc.constantFrom('2026-03-02T10:00:00Z', '2026-03-02T10:00:00+01:00', '9999-12-31T23:00:00-05:00', 'x'), fc.integer(), fc.string({ maxLength: 10 })),
      end: fc.oneof(fc.constant(null), fc.constantFrom('2026-03-02T11:00:00Z', '2026-03-01T10:00:00Z'), fc.integer()),
      elements: fc.oneof(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), fc.string({ maxLength: 4 })),
      impact: fc.constantFrom('outage', 'partial', 'degraded', 'total', ''),
      cause: fc.constantFrom('unplanned', 'maintenance', 'customer', 'force-majeure', 'third-party', 'x'),
      detectedAt: fc.oneof(fc.constantFrom('2026-03-02T10:00:00Z', 'soon'), fc.integer()),
    },
    { requiredKeys: [] },
  )

  it('JSON: arbitrary text, arbitrary values, near-valid documents', () => {
    fc.assert(fc.property(fc.oneof(text, nearValid(VALID_JSON), fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))), (t) => void outcome(() => parseIncidentsJson(t))), { numRuns: RUNS * 2 })
  })

  it('JSON and YAML: incident-like rows', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(incidentLike, fc.jsonValue({ maxDepth: 2 })), { maxLength: 8 }), (rows) => {
        const fromJson = outcome(() => parseIncidentsJson(JSON.stringify({ incidents: rows })))
        const fromYaml = outcome(() => parseIncidentsYaml(JSON.stringify(rows)))
        if (!(fromJson instanceof InputError) && !(fromYaml instanceof InputError)) expect(fromYaml.incidents.length).toBe(fromJson.incidents.length)
      }),
      { numRuns: RUNS },
    )
  })

  it('YAML: arbitrary text and near-valid documents', () => {
    fc.assert(fc.property(fc.oneof(text, nearValid(VALID_YAML)), (t) => void outcome(() => parseIncidentsYaml(t))), { numRuns: RUNS * 2 })
  })
})

describe('Statuspage reader', () => {
  const github = JSON.stringify(peer('statuspage/githubstatus_incidents_2024-09-16.json').incidentsJson)
  const status = fc.constantFrom('operational', 'major_outage', 'partial_outage', 'degraded_performance', 'under_maintenance', 'on_fire')
  const time = fc.oneof(fc.constantFrom('2024-09-16T21:31:02.798Z', '2024-09-16T21:00:00Z', '2024-09-16T22:00:00+02:00', 'x', ''), fc.constant(null), fc.integer())
  const update = fc.record(
    {
      display_at: time,
      created_at: time,
      affected_components: fc.oneof(fc.constant(null), fc.array(fc.record({ code: fc.constantFrom('a', 'b'), name: fc.constantFrom('A', 'B', ''), old_status: status, new_status: status }, { requiredKeys: [] }), { maxLength: 3 })),
    },
    { requiredKeys: [] },
  )
  const incident = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 4 }), fc.integer()),
      name: fc.string({ maxLength: 6 }),
      impact: fc.constantFrom('none', 'minor', 'major', 'critical', 'maintenance', 'x'),
      created_at: time,
      resolved_at: time,
      components: fc.array(fc.record({ id: fc.constantFrom('a', 'b'), name: fc.constantFrom('A', 'B') }, { requiredKeys: [] }), { maxLength: 2 }),
      incident_updates: fc.array(update, { maxLength: 5 }),
    },
    { requiredKeys: [] },
  )

  it('arbitrary text and values, near-valid exports, and incident-like structures', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, nearValid(github), fc.anything({ maxDepth: 3 }), fc.array(incident, { maxLength: 4 }).map((incidents) => ({ incidents }))),
        fc.constantFrom<object>({}, { element: 'id' }, { updateTime: 'created_at' }),
        (input, options) => void outcome(() => parseStatuspageIncidents(input as string | object, options)),
      ),
      { numRuns: RUNS * 2 },
    )
  })
})

describe('probe readers', () => {
  const beatTime = fc.oneof(
    fc.integer({ min: Date.UTC(2026, 2, 2), max: Date.UTC(2026, 2, 2, 2) }),
    fc.constantFrom('2022-03-30 08:26:19', '2026-03-02T10:00:00Z', '9999-12-31 23:59:59', 'x', ''),
    fc.integer(),
    fc.double(),
  )
  const beatStatus = fc.oneof(fc.constantFrom(0, 1, 2, 3, 'up', 'DOWN', 'pending', 'maintenance', true, false, 9, '', null))
  const beat = fc.oneof(
    fc.record({ time: beatTime, status: beatStatus, monitor_id: fc.constantFrom(1, 2, '3'), msg: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }),
    fc.tuple(beatTime, beatStatus),
    fc.anything({ maxDepth: 1 }),
  )
  const rules = fc.record({
    pending: fc.constantFrom('down', 'up'),
    gap: fc.constantFrom('unknown', 'down', 'up', 'previous'),
    maxGap: fc.constantFrom(undefined, 'PT1M', 'PT10M', 60_000),
    asOf: fc.constantFrom(undefined, '2026-03-02T03:00:00Z', '9999-12-31T23:59:59Z'),
  })

  it('heartbeats: arbitrary values and beat-like series', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ maxDepth: 3 }), fc.array(beat, { maxLength: 30 }), fc.array(beat, { maxLength: 30 }).map((heartbeats) => ({ heartbeats, monitors: [{ id: 1, name: 'api' }] }))),
        rules,
        (input, options) => void outcome(() => parseHeartbeats(input as never, options as never)),
      ),
      { numRuns: RUNS * 2 },
    )
  })

  const t0 = 1_772_445_600
  const series = fc.record(
    {
      metric: fc.oneof(fc.record({ instance: fc.constantFrom('a', 'b', '') }, { requiredKeys: [] }), fc.anything({ maxDepth: 1 })),
      values: fc.array(fc.oneof(fc.tuple(fc.oneof(fc.integer({ min: t0, max: t0 + 3600 }), fc.double(), fc.string({ maxLength: 4 })), fc.constantFrom('0', '1', '0.5', 'NaN', 1, null)), fc.anything({ maxDepth: 1 })), {
        maxLength: 20,
      }),
    },
    { requiredKeys: [] },
  )
  const valid = JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { instance: 'a' }, values: [[t0, '1'], [t0 + 60, '0'], [t0 + 120, '1']] }] } })

  it('Prometheus: arbitrary text and values, near-valid responses, series-like results', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, nearValid(valid), fc.anything({ maxDepth: 3 }), fc.array(series, { maxLength: 4 }).map((result) => ({ status: 'success', data: { resultType: 'matrix', result } }))),
        fc.constantFrom<object>({}, { step: '1m' }, { gap: 'down', maxGap: 'PT2M' }, { label: 'job' }),
        (input, options) => void outcome(() => parsePrometheusRange(input as string | object, options)),
      ),
      { numRuns: RUNS * 2 },
    )
  })
})
