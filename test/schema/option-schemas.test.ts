/**
 * The options of the period functions, `roundMoney`, `creditFor` and `compareOffers` have schemas
 * (src/time/period-schema.ts, src/credits/money.ts, src/credits/credit.ts, src/offers/compare.ts): their types are the schemas' input types, and each field is checked by one reader
 * that the schema and the function share, so both refuse the same options with the same path, message,
 * code and figures, which `formatIssue` words in French.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError, type InputIssue } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/index.js'
import { type CompareOptions, compareOffers, type CreditOptions, creditFor, type MonthOptions, monthPeriod, offerFromPreset, presets, quarterPeriod, type RoundMoneyOptions, roundMoney, yearPeriod } from '../../src/index.js'
import { compareOptionsSchema } from '../../src/offers/compare.js'
import { creditOptionsSchema } from '../../src/credits/credit.js'
import { checkBySchema } from '../../src/schema/common.js'
import { roundMoneyOptionsSchema } from '../../src/credits/money.js'
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
