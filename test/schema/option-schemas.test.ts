/**
 * The options of the period functions, `roundMoney`, `creditFor`, `compareOffers` and `monthlyStatement`
 * have schemas (src/time/period-schema.ts, src/credits/money.ts, src/credits/credit.ts,
 * src/offers/compare.ts, src/statement/options.ts): their types are the schemas' input types, and each field is checked by one reader
 * that the schema and the function share, so both refuse the same options with the same path, message,
 * code and figures, which `formatIssue` words in French.
 */
import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { InputError, type InputIssue } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/index.js'
import * as z from 'zod/mini'
import {
  type CompareOptions,
  compareOffers,
  type CreditOptions,
  creditFor,
  monthlyStatement,
  type MonthOptions,
  monthPeriod,
  offerFromPreset,
  presets,
  quarterPeriod,
  type RoundMoneyOptions,
  roundMoney,
  type StatementOptions,
  yearPeriod,
} from '../../src/index.js'
import { compareOptionsSchema } from '../../src/offers/compare.js'
import { creditOptionsSchema } from '../../src/credits/credit.js'
import { checkBySchema } from '../../src/schema/common.js'
import { roundMoneyOptionsSchema } from '../../src/credits/money.js'
import { statementOptionsSchema } from '../../src/statement/monthly.js'
import { monthOptionsSchema, quarterOptionsSchema, yearOptionsSchema, type QuarterOptions, type YearOptions } from '../../src/time/period-schema.js'

type Schema = Parameters<typeof checkBySchema>[0]
const plain = (i: InputIssue) => ({ path: i.path, message: i.message, code: i.code, params: i.params })

/** The issues of the schema, written as the library writes them. */
function schemaIssues(schema: Schema, input: unknown): ReturnType<typeof plain>[] {
  const checked = checkBySchema(schema, input, '')
  return checked.ok ? [] : checked.issues.map(plain)
}

/** The issues of the function's InputError, none when it returns. */
function functionIssues(run: () => unknown): ReturnType<typeof plain>[] {
  try {
    run()
    return []
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return error.issues.map(plain)
  }
}

const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)

describe('the period options schemas', () => {
  it('accept every shape the types allow', () => {
    const months: MonthOptions[] = [{ year: 2026, month: 3 }, { year: 1, month: 12, timeZone: 'Europe/Paris' }]
    const quarters: QuarterOptions[] = [{ year: 2026, quarter: 4, timeZone: 'Asia/Kolkata' }]
    const years: YearOptions[] = [{ year: 9999 }, { year: 2028, timeZone: 'UTC' }]
    for (const o of months) expect(schemaIssues(monthOptionsSchema, o)).toEqual([])
    for (const o of quarters) expect(schemaIssues(quarterOptionsSchema, o)).toEqual([])
    for (const o of years) expect(schemaIssues(yearOptionsSchema, o)).toEqual([])
  })

  it('refuse a bad option with the path, message and code the function gives', () => {
    expect(schemaIssues(monthOptionsSchema, { year: 2026, month: 13, timeZone: 'Paris' })).toEqual([
      { path: 'month', message: 'must be a whole month from 1 to 12 (got 13)', code: 'month', params: { got: '13' } },
      { path: 'timeZone', message: 'must be an IANA time zone such as "Europe/Paris" or "UTC" (got "Paris")', code: 'time-zone', params: { got: '"Paris"' } },
    ])
    expect(schemaIssues(monthOptionsSchema, { month: 2 })).toEqual(functionIssues(() => monthPeriod({ month: 2 } as MonthOptions)))
    expect(schemaIssues(quarterOptionsSchema, { year: 2026, quarter: 0 })).toEqual([{ path: 'quarter', message: 'must be 1, 2, 3 or 4 (got 0)', code: 'quarter', params: { got: '0' } }])
    expect(schemaIssues(yearOptionsSchema, { year: 10_000 })).toEqual([{ path: 'year', message: 'must be a whole year from 1 to 9999 (got 10000)', code: 'year', params: { got: '10000' } }])
  })

  it('word their issues in French as the functions do', () => {
    const [issue] = schemaIssues(monthOptionsSchema, { year: 2026, month: 0 })
    const [thrown] = functionIssues(() => monthPeriod({ year: 2026, month: 0 }))
    expect(issue && thrown && formatIssue(issue, 'fr')).toBe(thrown && formatIssue(thrown, 'fr'))
    expect(issue && formatIssue(issue, 'fr')).not.toBe(issue?.message)
  })

  it('agree with the functions on every option object', () => {
    const value = fc.oneof(fc.integer({ min: -2, max: 10_001 }), fc.double(), fc.constantFrom('2026', 'UTC', 'Europe/Paris', 'Mars/Olympus', null, undefined, 3.5))
    const options = fc.record({ year: value, month: value, quarter: value, timeZone: value, other: value }, { requiredKeys: [] })
    fc.assert(
      fc.property(options, (o) => {
        expect(schemaIssues(monthOptionsSchema, o).sort(byPath)).toEqual(functionIssues(() => monthPeriod(o as MonthOptions)).sort(byPath))
        expect(schemaIssues(quarterOptionsSchema, o).sort(byPath)).toEqual(functionIssues(() => quarterPeriod(o as QuarterOptions)).sort(byPath))
        expect(schemaIssues(yearOptionsSchema, o).sort(byPath)).toEqual(functionIssues(() => yearPeriod(o as YearOptions)).sort(byPath))
      }),
      { numRuns: 300 },
    )
  })
})

describe('the options schema of roundMoney', () => {
  it('accepts every shape the type allows', () => {
    const allowed: RoundMoneyOptions[] = [{ currency: 'EUR' }, { currency: 'jpy', mode: 'half-even' }, { currency: 'XAU', scale: 4, mode: 'floor' }]
    for (const o of allowed) expect(schemaIssues(roundMoneyOptionsSchema, o)).toEqual([])
  })

  it('refuses bad options with the path, message and code roundMoney gives', () => {
    expect(schemaIssues(roundMoneyOptionsSchema, { currency: 'XAU', mode: 'nearest' }).sort(byPath)).toEqual([
      { path: 'currency', message: 'must be an ISO 4217 currency code such as "EUR" (got "XAU")', code: 'currency', params: { got: '"XAU"' } },
      { path: 'mode', message: 'must be one of half-up, half-even, half-down, up, down, ceil, floor (got "nearest")', code: 'one-of', params: { options: 'half-up, half-even, half-down, up, down, ceil, floor', got: '"nearest"' } },
    ])
    expect(schemaIssues(roundMoneyOptionsSchema, { currency: 'EUR', scale: 21 })).toEqual([
      { path: 'scale', message: 'must be a whole number of decimals from 0 to 20 (got 21)', code: 'scale', params: { got: '21' } },
    ])
  })

  it('agrees with roundMoney on every options object', () => {
    const value = fc.oneof(fc.constantFrom('EUR', 'eur', 'XAU', 'euro', 'half-even', 'nearest', 'toString', null, undefined), fc.integer({ min: -1, max: 21 }), fc.double())
    const options = fc.record({ currency: value, mode: value, scale: value, other: value }, { requiredKeys: [] })
    fc.assert(
      fc.property(options, (o) => {
        expect(schemaIssues(roundMoneyOptionsSchema, o).sort(byPath)).toEqual(functionIssues(() => roundMoney('1.005', o as RoundMoneyOptions)).sort(byPath))
      }),
      { numRuns: 300 },
    )
  })
})

describe('the options schema of compareOffers', () => {
  const offer = offerFromPreset(presets.ovhVps2016.value, { amount: '9.99', currency: 'EUR' })

  it('accepts every shape the type allows', () => {
    const allowed: CompareOptions[] = [
      { offers: [offer] },
      { offers: [offer, offer], scenarios: [{ id: 'a', name: 'A', incidents: [] }], clientLossPerHour: '200', service: 'vps' },
      { offers: [offer], clientLossPerHour: { amount: '200', currency: 'EUR' } },
    ]
    for (const o of allowed) expect(schemaIssues(compareOptionsSchema, o)).toEqual([])
  })

  it('refuses bad options with the path, message and code compareOffers gives', () => {
    expect(schemaIssues(compareOptionsSchema, { offers: [] })).toEqual([{ path: 'offers', message: 'must be a non-empty list of offers', code: 'offers-empty', params: {} }])
    expect(schemaIssues(compareOptionsSchema, { offers: [offer], clientLossPerHour: '-1' })).toEqual([{ path: 'clientLossPerHour', message: 'must not be negative', code: 'negative', params: {} }])
    // An offer's own problems keep their path inside the list.
    const bad = { offers: [offer, { id: 'x', provider: 'P', name: 'N', services: [], commitment: { credit: { type: 'flat' } } }], scenarios: 'none' }
    const issues = schemaIssues(compareOptionsSchema, bad)
    expect(issues.map((i) => i.path)).toContain('offers[1].commitment.credit.type')
    expect(issues.sort(byPath)).toEqual(functionIssues(() => compareOffers(bad as unknown as CompareOptions)).sort(byPath))
  })

  it('agrees with compareOffers on every options object', () => {
    const value = fc.oneof(
      fc.constantFrom<unknown>([], [offer], [offer, { id: 'x' }], 'EUR', '200', '-3', { amount: '5', currency: 'XAU' }, { amount: '5', currency: 'EUR' }, null, undefined, [{ id: 's', name: 'S', incidents: 'none' }]),
      fc.integer({ min: -1, max: 2 }),
    )
    const options = fc.record({ offers: value, scenarios: value, clientLossPerHour: value, other: value }, { requiredKeys: [] })
    fc.assert(
      fc.property(options, (o) => {
        const schema = schemaIssues(compareOptionsSchema, o)
        const thrown = functionIssues(() => compareOffers(o as CompareOptions))
        // Accepted options leave only what the schema cannot know: which services the offers have.
        if (schema.length === 0) expect(thrown.filter((i) => i.code !== 'no-service')).toEqual([])
        else expect(schema.sort(byPath)).toEqual(thrown.sort(byPath))
      }),
      { numRuns: 60 },
    )
  })
})

describe('the options schema of creditFor', () => {
  const commitment = presets.ovhVps2016.starter
  const fee = { amount: '9.99', currency: 'EUR' }

  it('accepts every shape the type allows, and the type requires what creditFor needs', () => {
    const allowed: CreditOptions[] = [
      { commitment, availability: '99.2', fee },
      { commitment, availability: 99.2, fee: { amount: 5, currency: 'XAU' }, scale: 3, rounding: 'down', guarantees: [] },
    ]
    for (const o of allowed) expect(schemaIssues(creditOptionsSchema, o)).toEqual([])
    // @ts-expect-error the fee is required
    const noFee: CreditOptions = { commitment, availability: '99.2' }
    expect(schemaIssues(creditOptionsSchema, noFee).map((i) => i.path)).toEqual(['fee'])
  })

  it('refuses bad options with the path, message and code creditFor gives', () => {
    expect(schemaIssues(creditOptionsSchema, { commitment, availability: '101', fee })).toEqual([
      { path: 'availability', message: 'must be a percentage from 0 to 100 (got 101)', code: 'percentage', params: { got: '101' } },
    ])
    const perDuration = { credit: { type: 'per-duration', per: 'PT1H', percent: '5' } }
    const bad = { commitment: perDuration, availability: '99', fee: { amount: '1', currency: 'XAU' }, rounding: 'nearest' }
    expect(schemaIssues(creditOptionsSchema, bad).sort(byPath)).toEqual(functionIssues(() => creditFor(bad as unknown as CreditOptions)).sort(byPath))
    expect(schemaIssues(creditOptionsSchema, bad).map((i) => i.code).sort()).toEqual(['availability-report', 'currency-scale', 'one-of'])
  })

  it('agrees with creditFor on every options object', () => {
    const value = fc.oneof(
      fc.constantFrom<unknown>(commitment, { credit: { type: 'hourly-waiver' } }, { credit: { type: 'per-duration', per: 'PT1H', percent: '5' } }, '99.2', '101', 'abc', fee, { amount: '1', currency: 'XAU' }, 'down', 'nearest', null, undefined, {}, []),
      fc.integer({ min: -1, max: 21 }),
    )
    const options = fc.record({ commitment: value, availability: value, fee: value, rounding: value, scale: value, other: value }, { requiredKeys: [] })
    fc.assert(
      fc.property(options, (o) => {
        expect(schemaIssues(creditOptionsSchema, o).sort(byPath)).toEqual(functionIssues(() => creditFor(o as CreditOptions)).sort(byPath))
      }),
      { numRuns: 200 },
    )
  })
})

describe('the options schema of monthlyStatement', () => {
  const commitment = presets.ovhVps2016.starter
  const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
  const incidents = [{ id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z' }]
  const fee = { amount: '9.99', currency: 'EUR' }

  it('accepts every shape the type allows, and is the type', () => {
    const allowed: StatementOptions[] = [
      { commitment, month: '2026-03', incidents, elements: [{ id: 'vps-1', fee }] },
      { commitment: presets.ovhVps2016.value, period: march, incidents: [], elements: [{ id: 'vps-1' }, { id: 'vps-2', fee, name: 'Alice', service: 'vps-s', feeSource: 'offer' }] },
      {
        commitment,
        period: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
        incidents,
        elements: [{ id: 'vps-1', fee: { amount: '3', currency: 'XAU' }, from: '2026-03-10', until: '2026-03-20T12:00:00Z' }],
        asOf: '2026-03-31T00:00:00Z',
        gaps: [],
        skipped: [{ line: 3, reason: 'no start' }],
        incidentsFile: 'incidents.csv',
        strict: false,
        unbilled: 'ignore',
        rounding: 'down',
        scale: 3,
        partMonth: 'pro-rata',
      },
    ]
    for (const o of allowed) expect(schemaIssues(statementOptionsSchema, o)).toEqual([])
    // @ts-expect-error the elements are required
    const noElements: StatementOptions = { commitment, month: '2026-03', incidents }
    expect(schemaIssues(statementOptionsSchema, noElements)).toEqual(functionIssues(() => monthlyStatement(noElements)))
    expect(schemaIssues(statementOptionsSchema, noElements).map((i) => i.path)).toEqual(['elements'])
    expectTypeOf<StatementOptions>().toEqualTypeOf<z.input<typeof statementOptionsSchema>>()
  })

  it('refuses bad options with the path, message and code monthlyStatement gives', () => {
    expect(schemaIssues(statementOptionsSchema, { commitment, month: '2026-13', incidents, elements: [] })).toEqual([
      { path: 'month', message: 'must be a month written YYYY-MM, e.g. \'2026-03\' (got "2026-13")', code: 'statement-month', params: { got: '"2026-13"' } },
    ])
    // A year without a calendar is the month's problem, not a year option the statement does not have.
    expect(schemaIssues(statementOptionsSchema, { commitment, month: '0000-01', incidents, elements: [] }).map((i) => [i.path, i.code])).toEqual([['month', 'statement-month']])
    const bad = {
      commitment,
      period: march,
      month: '2026-03',
      incidents,
      elements: [{ id: 'a', fee: { amount: '1', currency: 'XAU' }, feeSource: 'guess' }, { id: 'a' }, { id: 'b', from: '2026-03-20', until: '2026-03-10' }],
      partMonth: 'half',
      unbilled: 'no',
    }
    const expected = [
      { path: 'elements[0].fee.currency', code: 'currency-scale' },
      { path: 'elements[0].feeSource', code: 'one-of' },
      { path: 'elements[1].id', code: 'element-repeated' },
      { path: 'elements[2].until', code: 'in-service-order' },
      { path: 'month', code: 'month-or-period' },
      { path: 'partMonth', code: 'one-of' },
      { path: 'unbilled', code: 'unbilled' },
    ]
    expect(schemaIssues(statementOptionsSchema, bad).sort(byPath).map((i) => ({ path: i.path, code: i.code }))).toEqual(expected)
    expect(schemaIssues(statementOptionsSchema, bad).sort(byPath)).toEqual(functionIssues(() => monthlyStatement(bad as unknown as StatementOptions)).sort(byPath))
  })

  it('words its issues in French as monthlyStatement does', () => {
    const bad = { commitment, month: '2026-03', incidents, elements: [{ id: 'a', fee }], partMonth: 'half' }
    const [issue] = schemaIssues(statementOptionsSchema, bad)
    const [thrown] = functionIssues(() => monthlyStatement(bad as unknown as StatementOptions))
    expect(issue && thrown && formatIssue(issue, 'fr')).toBe(thrown && formatIssue(thrown, 'fr'))
    expect(issue && formatIssue(issue, 'fr')).not.toBe(issue?.message)
  })

  it('agrees with monthlyStatement on every options object', () => {
    // Each option is mostly one the function takes, so that many objects are accepted whole, and the
    // problems found only once the period is read (the elements' days in service) are reached.
    const field = (good: unknown[], bad: unknown[]) => fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) })
    const element = field(
      [{ id: 'vps-1', fee }, { id: 'vps-2' }, { id: 'vps-3', fee: { amount: '1', currency: 'XAU' } }, { id: 'vps-4', fee, from: '2026-03-10' }, { id: 'vps-5', until: '2026-03-20T12:00:00Z', name: 'Alice', service: 'vps-s', feeSource: 'offer' }],
      [
        { id: '' },
        null,
        'vps-6',
        { id: 'vps-7', fee: { amount: 'x', currency: 'EUR' } },
        { id: 'vps-8', until: '2026-02-30' },
        { id: 'vps-9', from: '2026-03-20', until: '2026-03-10' },
        { id: 'vps-10', from: '2026-05-01' },
        { id: 'vps-11', name: '', service: 3 },
        { id: 'vps-12', fee, feeSource: 'guess' },
      ],
    )
    const span = field(
      [{ month: '2026-03' }, { period: march }, { period: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' } }],
      [{ month: '2026-13' }, { month: '0000-01' }, { month: 202603 }, { month: '2026-03', period: march }, { period: 'March' }, { period: { start: '2026-03-01T00:00:00Z', end: '2026-02-01T00:00:00Z' } }, {}],
    )
    const options = fc.tuple(
      span,
      fc.record(
        {
          commitment: field([commitment, presets.ovhVps2016.value], [{ credit: { type: 'flat' } }, { timeZone: 'Mars/Olympus' }, undefined]),
          incidents: field([incidents, []], [[{ start: 'soon' }], 'none', undefined]),
          elements: fc.oneof({ weight: 12, arbitrary: fc.uniqueArray(element, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>('vps-1', undefined, [{ id: 'vps-1' }, { id: 'vps-1' }]) }),
          asOf: field(['2026-03-15T00:00:00Z', undefined], ['yesterday']),
          running: field([undefined, {}], ['always', { 'vps-1': [{ start: 'then' }] }]),
          gaps: field([undefined, []], ['none']),
          rounding: field(['down', undefined], ['nearest']),
          scale: field([2, undefined], [21]),
          partMonth: field(['full', 'pro-rata', undefined], ['half', null]),
          unbilled: field(['warn', 'ignore', undefined], ['no']),
          strict: field([false, undefined], ['yes']),
          incidentsFile: field(['incidents.csv', undefined], [3]),
          other: field([undefined], [1]),
        },
        { requiredKeys: [] },
      ),
    ).map(([period, rest]) => ({ ...(period as object), ...rest }))
    fc.assert(
      fc.property(options, (o) => {
        expect(schemaIssues(statementOptionsSchema, o).sort(byPath)).toEqual(functionIssues(() => monthlyStatement(o as StatementOptions)).sort(byPath))
      }),
      { numRuns: 300 },
    )
  })
})
