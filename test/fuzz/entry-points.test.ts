/**
 * Every public entry point of the core, fed hostile values: junk of every type, control characters,
 * very long strings, huge and odd numbers, `__proto__` keys, deep nesting, and near-valid inputs with one
 * field replaced. Each call returns a clean result or throws an InputError — nothing else — within a
 * bound that only a hang or a blow-up could break; no result holds NaN, Infinity or an Invalid Date; and
 * what the reports render of hostile names carries no raw control character and no unescaped markup.
 *
 * FUZZ_RUNS=2000 (or more) searches longer.
 */
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import * as matou from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import { jsonSchema } from '../../src/schema/json-schema.js'
import { simulate } from '../../src/simulation/index.js'
import { Decimal, InputError } from '../../src/index.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 60)
// A longer search takes longer: the time allowed grows with the number of runs.
vi.setConfig({ testTimeout: Math.max(5_000, RUNS * 50) })

/** Long enough for any call on the inputs below; only a hang or an explosion of work gets near it. */
const TIME_BOUND_MS = 3_000

const CONTROL = ['\u0000', '\u0007', '\b', '\u001b', '\u001b[2J', '\u001b]0;x\u0007', '\r', '\u0085', '\u202e', '\u2066']
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...CONTROL, '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', '<script>alert(1)</script>', '| a | b |', '# h', '=cmd()', 'P' + '1'.repeat(5000) + 'X', 'x'.repeat(100_000)),
  fc.tuple(fc.constantFrom('vps', '2026-03-02T10:00:00Z', 'PT4H', '99.5'), fc.constantFrom(...CONTROL)).map(([a, b]) => a + b),
)
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 8.64e15, 8.64e15 + 1, -8.64e15, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e-300),
)
const junk = fc.anything({ maxDepth: 3, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true })
const protoKeyed = fc.constantFrom(JSON.parse('{"__proto__": {"polluted": true}}'), JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'))

function deep(depth: number): unknown {
  let x: unknown = 'leaf'
  for (let i = 0; i < depth; i++) x = i % 2 ? { a: x } : [x]
  return x
}
const hostile: fc.Arbitrary<unknown> = fc.oneof(hostileString, hostileNumber, junk, protoKeyed, fc.constantFrom(deep(5_000), new Date(Number.NaN), null, undefined, [], {}))

/** Replaces one field, somewhere in a valid input, by a hostile value. */
function withOneField(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = []
  const walk = (v: unknown, path: string[]) => {
    if (path.length > 0) paths.push(path)
    if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k])
  }
  walk(valid, [])
  return fc.tuple(fc.constantFrom(...paths), hostile).map(([path, value]) => {
    const copy = structuredClone(valid) as Record<string, unknown>
    let at: Record<string, unknown> = copy
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>
    at[path.at(-1)!] = value
    return copy
  })
}

/** Walks a result: no NaN or infinite number, no invalid Date, no non-finite Decimal, anywhere. */
function expectClean(value: unknown, seen = new Set<unknown>(), path = 'result'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} is ${value}`).toBe(true)
    return
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  if (value instanceof Date) {
    expect(Number.isNaN(value.getTime()), `${path} is an Invalid Date`).toBe(false)
    return
  }
  if (Decimal.isDecimal(value)) {
    expect((value as Decimal).isFinite(), `${path} is ${String(value)}`).toBe(true)
    return
  }
  if (ArrayBuffer.isView(value)) return
  for (const [k, v] of Object.entries(value)) expectClean(v, seen, `${path}.${k}`)
}

/** Calls `f`: a clean result or an InputError, within the bound. */
function judge(f: () => unknown): unknown {
  const t0 = performance.now()
  let result: unknown
  try {
    result = f()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    expect(error.issues.length).toBeGreaterThan(0)
    for (const issue of error.issues) expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true)
    result = error
  }
  expect(performance.now() - t0).toBeLessThan(TIME_BOUND_MS)
  if (!(result instanceof InputError)) expectClean(result)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  return result
}

const COMMITMENT: matou.CommitmentInput = { timeZone: 'Europe/Paris', measurement: { minimumOutage: 'PT1M' }, credit: { type: 'tiers', tiers: [{ atLeast: '99.5', below: '99.9', credit: '10' }, { below: '99.5', credit: '50' }] } }
const PERIOD = { start: '2026-03-01T00:00:00+01:00', end: '2026-04-01T00:00:00+02:00' }
const INCIDENTS = [
  { id: 'a', start: '2026-03-02T10:00:00Z', end: '2026-03-02T12:00:00Z', elements: ['vps-1'], reportedAt: '2026-03-02T10:05:00Z' },
  { id: 'b', start: '2026-03-05T10:00:00Z', end: null, elements: ['vps-2'], impact: 'partial', detectedAt: '2026-03-05T10:00:00Z' },
]
const OFFER = {
  id: 'draft',
  provider: 'Exemple',
  name: 'Draft',
  services: [{ id: 'vps', name: 'VPS', fee: { amount: '6', currency: 'EUR' } }],
  commitment: { ...COMMITMENT, gti: { within: 'PT4H', calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00' }, holidays: 'FR' } } },
}

/** A field of a hostile input that may be anything, null included. */
const field = (x: unknown, key: string): never => (x !== null && typeof x === 'object' ? (x as Record<string, unknown>)[key] : undefined) as never

const ENTRY_POINTS: Record<string, { valid: Record<string, unknown>; call: (input: never) => unknown }> = {
  parseCommitment: { valid: COMMITMENT, call: (x) => matou.parseCommitment(x) },
  parseOffer: { valid: OFFER, call: (x) => matou.parseOffer(x) },
  monthPeriod: { valid: { year: 2026, month: 3, timeZone: 'Europe/Paris' }, call: (x) => matou.monthPeriod(x) },
  quarterPeriod: { valid: { year: 2026, quarter: 2, timeZone: 'Europe/Paris' }, call: (x) => matou.quarterPeriod(x) },
  customPeriod: { valid: PERIOD, call: (x) => matou.customPeriod(x) },
  measureAvailability: { valid: { commitment: COMMITMENT, period: PERIOD, incidents: INCIDENTS, asOf: '2026-04-01T00:00:00Z', element: 'vps-2' }, call: (x) => matou.measureAvailability(x) },
  creditFor: { valid: { commitment: COMMITMENT, availability: '99.4', fee: { amount: '9.99', currency: 'EUR' } }, call: (x) => matou.creditFor(x) },
  monthlyStatement: {
    valid: { commitment: OFFER.commitment, period: PERIOD, incidents: INCIDENTS, asOf: '2026-04-01T00:00:00Z', elements: [{ id: 'vps-1', fee: { amount: '6', currency: 'EUR' } }] },
    call: (x) => matou.monthlyStatement(x),
  },
  evaluateGuarantees: { valid: { commitment: OFFER.commitment, period: PERIOD, incidents: INCIDENTS, asOf: '2026-04-01T00:00:00Z' }, call: (x) => matou.evaluateGuarantees(x) },
  downtimeBudget: { valid: { commitment: COMMITMENT, period: PERIOD }, call: (x) => matou.downtimeBudget(x) },
  compareOffers: { valid: { offers: [OFFER], scenarios: matou.standardScenarios().slice(0, 1) as never }, call: (x) => matou.compareOffers(x) },
  businessCalendar: { valid: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00' }, holidays: 'FR' }, call: (x) => matou.businessCalendar(x) },
  addBusinessTime: {
    valid: { calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00' }, holidays: 'FR' }, at: '2026-03-02T10:00:00Z', duration: 'P100D' },
    call: (x) => matou.addBusinessTime(field(x, 'calendar'), field(x, 'at'), field(x, 'duration')),
  },
  businessTimeBetween: {
    valid: { calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00' }, holidays: 'FR' }, from: '2026-03-02T10:00:00Z', to: '2030-03-02T10:00:00Z' },
    call: (x) => matou.businessTimeBetween(field(x, 'calendar'), field(x, 'from'), field(x, 'to')),
  },
  simulate: { valid: { offer: OFFER, clients: 3, months: 2, trials: 20, seed: 1, incidents: { rate: 0.5, duration: { type: 'exponential', mean: 'PT2H' } } }, call: (x) => simulate(x) },
  expectedAvailability: { valid: { series: ['99.9', { parallel: ['99', '99'] }] }, call: (x) => matou.expectedAvailability(x) },
  compositeIncidents: { valid: { structure: { parallel: ['vps-1', 'vps-2'] }, incidents: INCIDENTS, period: PERIOD, asOf: '2026-04-01T00:00:00Z' }, call: (x) => matou.compositeIncidents(x) },
  durationMs: { valid: { d: 'PT4H' }, call: (x) => matou.durationMs(field(x, 'd')) },
  formatDuration: { valid: { ms: 3_600_000 }, call: (x) => matou.formatDuration(field(x, 'ms')) },
  humanDuration: { valid: { ms: 3_600_000 }, call: (x) => matou.humanDuration(field(x, 'ms')) },
  formatInstant: { valid: { t: 0 }, call: (x) => matou.formatInstant(field(x, 't')) },
  jsonSchema: { valid: { name: 'offer' }, call: (x) => jsonSchema(field(x, 'name')) },
}

describe('every entry point gives a clean result or an InputError, in bounded time', () => {
  for (const [name, { valid, call }] of Object.entries(ENTRY_POINTS)) {
    it(`${name}: the valid input works`, () => {
      expect(judge(() => call(structuredClone(valid) as never))).not.toBeInstanceOf(InputError)
    })
    it(`${name}: hostile values in place of the input and of each field`, () => {
      fc.assert(
        fc.property(fc.oneof(hostile, withOneField(valid)), (input) => {
          judge(() => call(input as never))
        }),
        { numRuns: RUNS },
      )
    })
  }
})

// Any C0 control but tab and line feed, DEL, C1 controls, bidirectional overrides.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('reports of hostile names', () => {
  const name = fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.constantFrom(...CONTROL.map((c) => `vps${c}`), 'vps\r| evil | row |', '<img src=x onerror=alert(1)>', '**bold** [link](javascript:x)', '`code`'),
  )
  it('statements in text, Markdown and HTML carry no raw control and no unescaped markup', () => {
    fc.assert(
      fc.property(name, name, (element, id) => {
        const statement = matou.monthlyStatement({
          commitment: COMMITMENT,
          period: PERIOD,
          incidents: [{ id, title: id, start: '2026-03-02T10:00:00Z', end: '2026-03-02T12:00:00Z', elements: [element] }],
          elements: [{ id: element, fee: { amount: '6', currency: 'EUR' } }],
        })
        for (const format of ['text', 'markdown'] as const) {
          for (const lang of ['fr', 'en'] as const) expect(renderStatement(statement, { format, lang })).not.toMatch(RAW_CONTROL)
        }
        const html = renderStatement(statement, { format: 'html', lang: 'fr' })
        expect(html).not.toContain('<img src=x')
        expect(html).not.toMatch(/<script(?![^>]*type="application\/json")/i)
        expect(html).not.toMatch(/NaN|Infinity|Invalid Date/)
        const json = renderStatement(statement, { format: 'json', lang: 'en' })
        expect(JSON.parse(json)).toBeTypeOf('object')
      }),
      { numRuns: RUNS },
    )
  })
})
