import { describe, IssueList, joinPath, nonEmpty, present } from '../errors.js'
import { readDuration } from '../time/duration.js'
import { parseJsonText } from './json.js'
import { type GapRule, type ProbeReadResult, readGapRules, type Sample, samplesToIncidents } from './probes.js'
import { isObject, isWritableInstant, rawJson } from './result.js'
import { worded } from './skipped.js'

/** Options of {@link parsePrometheusRange}. */
export interface PrometheusOptions {
  /** The label whose value names each series' element; default `instance`. */
  label?: string
  /**
   * The query's step: `'60s'`, `'1m'`, `'PT1M'` or milliseconds. Default: inferred, the smallest interval
   * between two samples of any series.
   */
  step?: string | number
  /** Longest time a sample vouches for; default one step. Missing samples beyond it are a gap. */
  maxGap?: string | number
  /** What missing samples count as; default `unknown` (listed in `gaps`, no incident). See {@link GapRule}. */
  gap?: GapRule
}

const CONTEXT = 'Cannot read the Prometheus range query'
const PROM_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 }

/** Reads a Prometheus duration (`90s`, `1m30s`) or an ISO-8601 one, or whole milliseconds. */
function readStep(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'string' && /^(\d+(ms|s|m|h|d|w|y))+$/.test(value.trim())) {
    let ms = 0
    for (const [, digits, unit] of value.trim().matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) {
      // The pattern above let through only the units of the table.
      ms += Number(digits) * present(PROM_UNITS[present(unit)])
    }
    if (ms > 0 && Number.isSafeInteger(ms)) return ms
    issues.add(path, `must be a positive duration (got ${describe(value)})`, 'positive-duration', { got: describe(value) })
    return undefined
  }
  const ms = readDuration(value, path, issues)
  if (ms === 0) issues.add(path, 'must be longer than zero', 'zero-duration')
  return ms === 0 ? undefined : ms
}

/**
 * Reads the JSON of a Prometheus range query (`/api/v1/query_range`) over an up/down series such as `up` or
 * `probe_success`: `{ status: 'success', data: { resultType: 'matrix', result: [{ metric, values: [[ts, "0" | "1"], …] }] } }`.
 * Each series is one element, named by its `label` (default `instance`); its samples become intervals by the
 * rules of the probe series (see `parseHeartbeats`): value `1` is up, `0` is down, an outage runs from the first
 * `0` sample to the next `1`, and the last sample holds for one step. A sample with another value (`"0.5"`,
 * `"NaN"`) is skipped with its path; so is a series without the label.
 *
 * @example
 * // The answer to /api/v1/query_range?query=probe_success&start=…&end=…&step=60, as text or parsed.
 * const { incidents, gaps } = parsePrometheusRange({
 *   status: 'success',
 *   data: {
 *     resultType: 'matrix',
 *     result: [{ metric: { instance: 'https://a.example' }, values: [[1772445600, '1'], [1772445660, '0'], [1772445720, '1']] }],
 *   },
 * })
 * incidents.map((i) => [i.elements, i.start, i.end]) // [[['https://a.example'], '2026-03-02T10:01:00Z', '2026-03-02T10:02:00Z']]
 * @throws InputError when the text is not JSON, not a successful range query, or an option is wrong.
 */
export function parsePrometheusRange(json: string | object, options: PrometheusOptions = {}): ProbeReadResult {
  const issues = new IssueList()
  const o = (isObject(options) ? options : {}) as PrometheusOptions
  if (!isObject(options)) issues.add('options', `must be an object (got ${describe(options)})`, 'type', { expected: 'object', got: describe(options) })
  const label = o.label ?? 'instance'
  if (typeof label !== 'string' || label === '') issues.add('options.label', `must be a label name such as "instance" (got ${describe(label)})`, 'prom-label-name', { got: describe(label) })
  const givenStep = o.step === undefined ? undefined : readStep(o.step, 'options.step', issues)
  const maxGapGiven = o.maxGap === undefined ? undefined : readStep(o.maxGap, 'options.maxGap', issues)
  const rules = readGapRules({ gap: o.gap }, 'options', issues, { gap: 'unknown' })
  issues.throwIfAny('Invalid Prometheus options')

  const document = typeof json === 'string' ? parseJsonText(json, 'the Prometheus range query') : json
  const shape = new IssueList()
  if (!isObject(document)) shape.add('', `must be a Prometheus API response { status, data } (got ${describe(document)})`, 'prom-response', { got: describe(document) })
  else if (document.status !== 'success')
    shape.add('status', `is ${describe(document.status)}, not "success"${typeof document.error === 'string' ? `: ${document.errorType ?? 'error'}: ${document.error}` : ''}`, 'prom-status', {
      got: describe(document.status),
      // Prometheus's own words, which stay as it wrote them.
      error: typeof document.error === 'string' ? `${document.errorType ?? 'error'}: ${document.error}` : '',
    })
  else if (!isObject(document.data)) shape.add('data', `must be an object { resultType, result } (got ${describe(document.data)})`, 'sim-object', { expected: 'an object { resultType, result }', got: describe(document.data) })
  else if (document.data.resultType !== 'matrix')
    shape.add('data.resultType', `must be "matrix", the result of a range query (query_range), not ${describe(document.data.resultType)}`, 'prom-matrix', { got: describe(document.data.resultType) })
  else if (!Array.isArray(document.data.result)) shape.add('data.result', `must be a list of series (got ${describe(document.data.result)})`, 'prom-result', { got: describe(document.data.result) })
  shape.throwIfAny(CONTEXT)
  const series = ((document as { data: { result: unknown[] } }).data.result)

  const result: ProbeReadResult = { incidents: [], skipped: [], gaps: [] }
  const read: { element: string; samples: Sample[]; path: string }[] = []
  series.forEach((s, i) => {
    const path = joinPath('data.result', i)
    const skip = (why: ReturnType<typeof worded>, where = path, raw: unknown = s) => {
      const r = rawJson(raw)
      result.skipped.push({ path: where, ...why, ...(r !== undefined && { raw: r }) })
    }
    if (!isObject(s) || !isObject(s.metric) || !Array.isArray(s.values)) return skip(worded('prom-series'))
    const name = s.metric[label]
    if (typeof name !== 'string' || name === '') return skip(worded('prom-label', { label, labels: Object.keys(s.metric).join(', ') }), path, s.metric)
    const samples: Sample[] = []
    s.values.forEach((v, j) => {
      const vpath = joinPath(joinPath(path, 'values'), j)
      if (!Array.isArray(v) || v.length !== 2) return skip(worded('prom-pair'), vpath, v)
      const [ts, value] = v as [unknown, unknown]
      const time = typeof ts === 'number' ? Math.round(ts * 1000) : typeof ts === 'string' && /^\d+(\.\d+)?$/.test(ts.trim()) ? Math.round(Number(ts) * 1000) : Number.NaN
      if (!isWritableInstant(time)) return skip(worded('prom-time', { got: describe(ts) }), vpath, v)
      const n = typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN
      if (n !== 0 && n !== 1) return skip(worded('prom-value', { got: describe(value) }), vpath, v)
      samples.push({ time, state: n === 1 ? 'up' : 'down', path: vpath })
    })
    if (samples.length > 0) read.push({ element: name, samples, path })
  })

  let step = givenStep
  if (step === undefined) {
    for (const s of read) {
      const times = s.samples.map((x) => x.time).sort((a, b) => a - b)
      let previous: number | undefined
      for (const time of times) {
        const d = previous === undefined ? 0 : time - previous
        if (d > 0 && (step === undefined || d < step)) step = d
        previous = time
      }
    }
  }
  for (const s of read) {
    if (step === undefined) {
      result.skipped.push({ path: s.path, ...worded('prom-step') })
      continue
    }
    let last = nonEmpty(s.samples)[0].time
    for (const x of s.samples) if (x.time > last) last = x.time
    const tail = last + step
    if (!isWritableInstant(tail)) {
      result.skipped.push({ path: s.path, ...worded('prom-tail') })
      continue
    }
    samplesToIncidents(s.samples, { maxGapMs: maxGapGiven ?? step, gap: rules.gap }, tail, s.element, result)
  }
  return result
}
