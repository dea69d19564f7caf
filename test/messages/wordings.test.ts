/**
 * Problems worded in French for the people the library serves: every code has both languages, the
 * English wording is the issue's message exactly, and the French one reads as French.
 */
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import {
  creditFor,
  customPeriod,
  Decimal,
  durationMs,
  InputError,
  type InputIssue,
  measureAvailability,
  monthPeriod,
  parseCommitment,
  parseIncidents,
  parsePeriod,
  parseScenarios,
  presets,
  roundMoney,
  ALWAYS,
  businessCalendar,
  closedDates,
  expectedAvailability,
  monthlyStatement,
  quarterPeriod,
  safeParseIncidents,
  safeParsePeriod,
} from '../../src/index.js'
import { formatIssue, localiseInputError } from '../../src/messages/index.js'
import * as z from 'zod/mini'
import { ENGLISH } from '../../src/messages/en.js'
import { FRENCH } from '../../src/messages/fr.js'
import { checkBySchema } from '../../src/schema/common.js'
import { renderBudget } from '../../src/report/index.js'
import { ASYNC_FRENCH_CASES, MORE_CORPUS } from './more-corpus.js'

const commitment = presets.ovhVps2016.starter
const period = monthPeriod({ year: 2026, month: 3 })
const START = '2026-03-02T10:00:00Z'

/** The issues a call throws, or none. */
function issuesOf(call: () => unknown): readonly InputIssue[] {
  try {
    call()
  } catch (error) {
    if (error instanceof InputError) return error.issues
    throw error
  }
  return []
}

/** An issue with its code and params, which are not enumerable. */
const whole = (i: InputIssue) => ({ path: i.path, message: i.message, code: i.code, params: i.params })

const measure = (incidents: unknown, asOf?: unknown) => () =>
  measureAvailability({ commitment, period, incidents: incidents as never, ...(asOf !== undefined && { asOf: asOf as never }) })

// Bad inputs through the public functions, one or more for every code.
const CORPUS: (() => unknown)[] = [
  () => parseCommitment({ credit: { type: 'tiers' } } as never),
  () => parseCommitment({ name: 3, combine: 'max', foo: 1, credit: { type: 'flat' } } as never),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [] } }),
  () => parseCommitment({ measurement: new Date(0) } as never),
  () => parseCommitment({ cap: 'lots' }),
  () => measureAvailability({ commitment: { measurement: { window: { inService: { atLeast: 2 } } } }, period, incidents: [] }),
  () =>
    measureAvailability({
      commitment: { measurement: { window: { inService: { atLeast: 2 } } } },
      period,
      incidents: [],
      running: { 'vm-1': [{ start: START, end: '2026-03-01T00:00:00Z' }], 'vm-2': 'always' as never },
    }),
  () => measureAvailability({ commitment: { measurement: { window: { inService: { atLeast: 2 } } } }, period, incidents: [], running: [] as never }),
  () => measureAvailability({ commitment: {}, period, incidents: [], gaps: 'none' as never }),
  () => measureAvailability({ commitment: {}, period, incidents: [], gaps: [7 as never, { start: START, end: START, countedAs: 'skip' as never }] }),
  () => parseCommitment(parseYaml('credit: { type: tiers, tiers: [ { atLeast: 99,0, below: 99,5, credit: 10 }, { below: 99, credit: 50 } ] }')),
  () => parseCommitment(parseYaml('credit: { type: tiers, tiers: [ { atLeast: 99,5, credit: 10 } ] }')),
  () => parseScenarios([{ id: 'cut', name: 'A cut', month: '2026-3', incidents: [] }]),
  () => parseIncidents(5),
  () => parseIncidents([{ start: '2026-03-02T10:00' }, { start: START, end: '2026-03-02T09:00:00Z' }, { start: START, elements: [] }, { start: START, id: true }]),
  () => parseIncidents([{ start: START, elements: 'a', impact: 3 }]),
  () => customPeriod({ start: true as never, end: new Date(Number.NaN) }),
  () => customPeriod({ start: 8.64e15 + 1, end: 1.5 as never }),
  () => customPeriod({ start: START, end: START }),
  () => customPeriod({ start: START, end: '2026-03-01T10:00:00Z' }),
  () => customPeriod(5 as never),
  () => customPeriod({ start: 'yesterday', end: START }),
  () => monthPeriod({ year: 0, month: 13, timeZone: 'Mars/Olympus' }),
  () => quarterPeriod({ year: 2026, quarter: 5 }),
  () => parsePeriod('March 2026'),
  () => durationMs('4 hours'),
  () => durationMs('P1M'),
  () => durationMs(true as never),
  () => durationMs(-1),
  () => durationMs(`PT${'1'.repeat(300)}H`),
  () => durationMs('PT0.0001S'),
  () => durationMs('P99999999999999D'),
  () => creditFor({ commitment, availability: new Decimal(Number.POSITIVE_INFINITY), fee: { amount: '9.99', currency: 'EUR' } }),
  () => creditFor({ commitment, availability: Number.POSITIVE_INFINITY, fee: { amount: '9.99', currency: 'EUR' } }),
  () => creditFor({ commitment, availability: 'high', fee: { amount: '9.99', currency: 'EUR' } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ atLeast: '101', above: '98', below: '99', atMost: '99', credit: '-1' }] } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ atLeast: '99', below: '98', credit: '10' }, { below: '99', credit: '50' }] } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ atLeast: '99', credit: '10' }] } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ below: '99', credit: '10' }, { atLeast: '98', credit: '50' }, { below: '98.5', credit: '5' }] } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ below: '98', credit: '10' }, { atLeast: '99', below: '100', credit: '50' }] } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ atLeast: '99', credit: '0' }, { atLeast: '0', below: '99', credit: '10' }, { above: '0', below: '99', credit: '10' }] } }),
  () => parseCommitment({ measurement: { weights: { partial: '2', degraded: '0.123456789' } }, cap: '-5' }),
  () => parseCommitment({ minimumCredit: { amount: '1', currency: 'dollars' } }),
  () => parseCommitment({ credit: { type: 'tiers', tiers: [{ below: '98', credit: '50' }, { atLeast: '98', credit: '10' }, { atLeast: '99', credit: '0' }] } }),
  () => parseCommitment({ credit: { type: 'per-duration', percent: '101', per: 'PT0S', beyond: '99.5', allowance: 'PT1H' } }),
  () => parseCommitment({ credit: { type: 'per-duration', percent: '5', per: 'PT1H', onceExceeded: 'all' }, gti: { within: 'PT0S', penalty: { perLate: { percent: '1', per: 'PT0S' } } } }),
  () => creditFor({ commitment, availability: {} as never, fee: 5 as never, rounding: 'up-ish' as never, scale: 30 }),
  () => creditFor({ commitment, availability: '101', fee: { amount: '-1', currency: 'euro' } }),
  () => creditFor({ commitment, availability: '99', fee: { amount: '1', currency: 'ABC' } }),
  () => creditFor({ commitment: { credit: { type: 'per-duration', percent: '5', per: 'PT1H' } }, availability: '99', fee: { amount: '1', currency: 'EUR' } }),
  () => creditFor({ commitment: { credit: { type: 'hourly-waiver', moreThan: 'PT6M' } }, availability: '99', fee: { amount: '1', currency: 'EUR' } }),
  () => parseCommitment({ credit: { type: 'hourly-waiver', moreThan: 'PT1H', share: '2', timeZone: 'Mars/Olympus' } }),
  () => roundMoney('1.005', { currency: 'euro' }),
  () => businessCalendar({ timeZone: 'Europe/Paris', hours: { mon: ['09:00-18:00', '17:00-19:00', '25:00-26:00'], tue: '10:00-24:30', wed: '18:00-09:00', thu: 5 as never, sun: 'all day', lun: '09:00-12:00' } as never, holidays: ['FR', 'Noël'], closed: ['2026-13-01'], foo: 1 } as never),
  () => businessCalendar({ hours: 'weekdays' } as never),
  () => businessCalendar({ timeZone: 'UTC', hours: {}, closed: '2026-12-24' } as never),
  () => businessCalendar(5 as never),
  () => closedDates(ALWAYS, 0),
  () => monthlyStatement({ commitment, month: '2026-03', period, incidents: [], elements: 5 as never }),
  () => monthlyStatement({ commitment, incidents: [], elements: [5, { id: '' }, { id: 'a', name: 3 }, { id: 'a', feeSource: 'guess' }] as never, unbilled: 'shout' as never }),
  () => measureAvailability({ commitment, period, incidents: [], element: '' }),
  () => monthlyStatement({ commitment, month: '2026-3', incidents: [], elements: [] }),
  () => monthlyStatement({ commitment, period, incidents: [], elements: [{ id: 'a' }], unbilled: 'shout' as never }),
  () => monthlyStatement({ commitment, period, incidents: [], elements: [{ id: 'a', from: '2026-03-20', until: '2026-03-10' }, { id: 'b', until: '1999-01-01' }] }),
  measure(5),
  measure([5, { start: START, end: '2026-03-02T09:00:00Z', elements: [], id: {}, cause: 'planned' }]),
  measure([{ start: START }]),
  measure([{ start: START }], '2026-03-01T00:00:00Z'),
  ...MORE_CORPUS,
]

// Wordings no input format of the library reaches today, which a schema of its own may: checked the same way.
const bySchema = (schema: z.ZodMiniType, input: unknown): readonly InputIssue[] => {
  const checked = checkBySchema(schema, input, 'x')
  return checked.ok ? [] : checked.issues
}

// The readers of streams throw when awaited.
const asyncIssues = await Promise.all(
  ASYNC_FRENCH_CASES.map((c) =>
    c.call().then(
      () => [],
      (error: unknown) => {
        if (error instanceof InputError) return error.issues
        throw error
      },
    ),
  ),
)

const issues = [
  ...CORPUS.flatMap(issuesOf),
  ...asyncIssues.flat(),
  ...bySchema(z.literal('24/7'), 'weekdays'),
  ...bySchema(z.union([z.string().check(z.minLength(2)), z.string().check(z.maxLength(0))]), 'a'),
  // A staff of -1, a claim within 0 days, 11 decimals where 10 is the most, a deadline at 25:00 (as the offer and commitment schemas check them).
  ...bySchema(z.int().check(z.nonnegative()), -1),
  ...bySchema(z.int().check(z.positive()), 0),
  ...bySchema(z.int().check(z.maximum(10)), 11),
  ...bySchema(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)), '25:00'),
]

describe('issue messages', () => {
  it('word every code in English and in French, the two different', () => {
    const sample = { got: '"x"', expected: 'string', options: 'a, b', value: '"24/7"', keys: '"0"', count: 1, written: '99,0', dotted: '99.0', minimum: 1, start: START, end: START, asOf: START, max: 200, length: 300 }
    expect(Object.keys(FRENCH).sort()).toEqual(Object.keys(ENGLISH).sort())
    for (const [code, english] of Object.entries(ENGLISH)) {
      const french = FRENCH[code]!(sample)
      expect(french, code).not.toBe(english(sample))
      expect(french, code).not.toMatch(/\bgot\b|\bmust\b/)
    }
  })

  it('give every coded issue a code of the catalogue whose English wording is its message', () => {
    const coded = issues.filter((i) => i.code !== 'invalid')
    for (const issue of coded) {
      expect(Object.keys(ENGLISH), issue.message).toContain(issue.code)
      expect(ENGLISH[issue.code]!(issue.params), issue.code).toBe(issue.message)
      expect(formatIssue(issue, 'en')).toBe(issue.message)
    }
    // Every wording is met by some input, so that none is dead and each English one is checked.
    const seen = new Set(coded.map((i) => i.code))
    expect(Object.keys(ENGLISH).filter((code) => !seen.has(code))).toEqual([])
  })
})

describe('problems in French', () => {
  it('say where and what, as a French reader expects', () => {
    const r = safeParseIncidents([{ start: START, end: '2026-03-02T09:00:00Z' }, { start: START, impact: 'down' }])
    expect(r.error!.issues.map((i) => `${i.path}\u00a0: ${formatIssue(i, 'fr')}`)).toEqual([
      'incidents[0].end\u00a0: est avant le début (2026-03-02T10:00:00Z)',
      'incidents[1].impact\u00a0: doit être l’une des valeurs outage, partial, degraded (valeur reçue\u00a0: "down")',
    ])
    const [first] = r.error!.issues
    expect(whole(first!)).toEqual({ path: 'incidents[0].end', message: 'is before start (2026-03-02T10:00:00Z)', code: 'before-start', params: { start: START } })
    // As before, an issue compares and serialises as its path and message.
    expect(first).toEqual({ path: 'incidents[0].end', message: 'is before start (2026-03-02T10:00:00Z)' })
    expect(JSON.stringify(first)).toBe('{"path":"incidents[0].end","message":"is before start (2026-03-02T10:00:00Z)"}')
  })

  it('tell how to write a decimal', () => {
    const [issue] = issuesOf(() => parseCommitment({ cap: 'beaucoup' }))
    expect(formatIssue(issue!, 'fr')).toBe('doit être un nombre décimal\u00a0: écrivez 99.5 ou "99,5" (valeur reçue\u00a0: "beaucoup")')
  })

  it('explain an unquoted decimal comma in YAML, in both languages', () => {
    const input = parseYaml('credit: { type: tiers, tiers: [ { atLeast: 99,0, credit: 10 }, { below: 99, credit: 50 } ] }')
    const [issue] = issuesOf(() => parseCommitment(input))
    expect(whole(issue!)).toEqual({
      path: 'credit.tiers[0]',
      message: 'has unknown key "0": a number written with a decimal comma, such as 99,0, is split in two in YAML; write 99.0 or "99,0"',
      code: 'decimal-comma',
      params: { keys: '"0"', count: 1, written: '99,0', dotted: '99.0' },
    })
    expect(formatIssue(issue!, 'fr')).toBe(
      'a une clé inconnue "0"\u00a0: en YAML, un nombre écrit avec une virgule décimale, comme 99,0, est coupé en deux\u00a0; écrivez 99.0 ou "99,0"',
    )
  })

  it('explain a table of bands with a gap', () => {
    const [issue] = issuesOf(() => parseCommitment({ credit: { type: 'tiers', tiers: [{ below: '98', credit: '50' }, { atLeast: '99', below: '100', credit: '10' }] } }))
    expect(issue!.path).toBe('credit.tiers[1]')
    expect(formatIssue(issue!, 'fr')).toBe('laisse un trou après la tranche 0 (< 98)\u00a0: aucune tranche ne couvre la disponibilité de 98 à 99')
    const [empty] = issuesOf(() => parseCommitment({ credit: { type: 'tiers', tiers: [{ atLeast: '99', below: '98', credit: '10' }, { below: '99', credit: '50' }] } }))
    expect(formatIssue(empty!, 'fr')).toBe('est vide\u00a0: aucune disponibilité ne vérifie >= 99 et < 98')
  })

  it('translate the words describe() puts in a message', () => {
    const [issue] = issuesOf(() => monthPeriod({ year: 2026, month: undefined as never }))
    expect(formatIssue(issue!, 'fr')).toBe('doit être un mois entier de 1 à 12 (valeur reçue\u00a0: rien)')
  })

  it('keep the English message for a problem without a French wording', () => {
    // An issue an application writes itself, with no code of the catalogue.
    const issue: InputIssue = { path: 'x', message: 'is not what my application wants', code: 'invalid', params: {} }
    expect(formatIssue(issue, 'fr')).toBe(issue.message)
    expect(formatIssue({ ...issue, code: 'no-such-code' }, 'fr')).toBe(issue.message)
    const [budget] = issuesOf(() => renderBudget(null as never, { format: 'text' }))
    expect(formatIssue(budget!, 'fr')).toBe('doit être un budget renvoyé par downtimeBudget')
  })

  it('print what the README shows', () => {
    const r = safeParseIncidents([{ start: '2026-03-02T12:00:00Z', end: '2026-03-02T11:00:00Z' }])
    expect(r.error!.issues[0]!.code).toBe('before-start')
    expect(localiseInputError(r.error!, 'fr')).toBe('Incidents invalides\u00a0:\n  incidents[0].end\u00a0: est avant le début (2026-03-02T12:00:00Z)')
  })

  it('lay out a whole error as its message, in French', () => {
    const r = safeParsePeriod('mars 2026')
    expect(localiseInputError(r.error!, 'en')).toBe(r.error!.message)
    expect(localiseInputError(r.error!, 'fr')).toBe(
      'Période invalide\u00a0:\n  period\u00a0: doit s’écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) (valeur reçue\u00a0: "mars 2026")',
    )
    const several = issuesOf(() => monthPeriod({ year: 0, month: 13 }))
    expect(localiseInputError(new InputError(several), 'fr')).toBe(
      'Entrée invalide (2 problèmes)\u00a0:\n  year\u00a0: doit être une année entière de 1 à 9999 (valeur reçue\u00a0: 0)\n  month\u00a0: doit être un mois entier de 1 à 12 (valeur reçue\u00a0: 13)',
    )
  })
})
