import { Decimal as DecimalBase } from 'decimal.js'
import { readRounding, readScale, type RoundingMode, roundingConstant } from '../commitment/rounding.js'
import { Decimal, type DecimalLike, readDecimal } from '../decimal.js'
import { minorUnits } from './currencies.js'
import { describe, IssueList, joinPath } from '../errors.js'
import { type MoneyLike } from '../schema/money.js'
import { readerCheck, readField } from '../time/option-schema.js'
import * as z from 'zod/mini'

/** An amount of money in one currency. */
export interface Money {
  /** The amount, exact. */
  readonly amount: Decimal
  /** ISO 4217 code, e.g. `EUR`. */
  readonly currency: string
}

export { type MoneyLike } from '../schema/money.js'

/**
 * Number of decimals of a currency's minor unit under ISO 4217 (EUR 2, JPY 0, IQD 3), or undefined for
 * a code the standard does not list with one. Lower-case codes are read as upper-case.
 *
 * @example
 * currencyScale('EUR') // 2
 * currencyScale('IQD') // 3
 * currencyScale('euro') // undefined
 */
export function currencyScale(currency: string): number | undefined {
  return minorUnits(currency)
}

/**
 * Reads money, or adds issues and returns undefined. The currency must be an ISO 4217 code with a minor
 * unit (any case, written back in upper case), unless `anyCode` is set because the caller rounds to an
 * explicit scale: then any three letters do.
 */
export function readMoney(value: unknown, path: string, issues: IssueList, options: { anyCode?: boolean } = {}): Money | undefined {
  if (value === null || typeof value !== 'object') {
    issues.add(path, `must be { amount, currency } such as { amount: "9.99", currency: "EUR" } (got ${describe(value)})`, 'money', { got: describe(value) })
    return undefined
  }
  const v = value as Partial<MoneyLike>
  const amount = readDecimal(v.amount, joinPath(path, 'amount'), issues)
  if (amount && amount.lt(0)) issues.add(joinPath(path, 'amount'), `must not be negative (got ${amount.toString()})`, 'not-negative', { got: amount.toString() })
  let currency: string | undefined
  if (typeof v.currency === 'string' && (currencyScale(v.currency) !== undefined || (options.anyCode && /^[A-Za-z]{3}$/.test(v.currency))))
    currency = v.currency.toUpperCase()
  else if (typeof v.currency === 'string' && /^[A-Za-z]{3}$/.test(v.currency))
    issues.add(joinPath(path, 'currency'), `is not an ISO 4217 currency with a minor unit (got ${describe(v.currency)}); give option scale to round amounts in it`, 'currency-scale', { got: describe(v.currency) })
  else issues.add(joinPath(path, 'currency'), `must be an ISO 4217 currency code such as "EUR" (got ${describe(v.currency)})`, 'currency', { got: describe(v.currency) })
  if (!amount || !currency || amount.lt(0)) return undefined
  return Object.freeze({ amount, currency })
}

/**
 * Reads the currency of {@link roundMoney}'s options, `scale` beside it: its minor unit, or undefined,
 * with an issue unless `scale` gives the places and the code is three letters.
 */
function readRoundingCurrency(currency: unknown, scale: unknown, path: string, issues: IssueList): number | undefined {
  // Stryker disable next-line ConditionalExpression: currencyScale gives undefined for a code that is not text, as this branch does
  const known = typeof currency === 'string' ? currencyScale(currency) : undefined
  // With an explicit scale the currency's own minor unit is not needed: any three letters do, as for fees.
  if (known === undefined && !(scale !== undefined && typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency)))
    issues.add(path, `must be an ISO 4217 currency code such as "EUR" (got ${describe(currency)})`, 'currency', { got: describe(currency) })
  return known
}

/**
 * The options of {@link roundMoney}: the one source of {@link RoundMoneyOptions}, each field checked by the
 * reader `roundMoney` runs. The function keeps its readers rather than the schema, which would put zod in a
 * bundle that only rounds.
 *
 * @example
 * roundMoneyOptionsSchema.safeParse({ currency: 'EUR', mode: 'half-even' }).success // true
 * roundMoneyOptionsSchema.safeParse({ currency: 'XAU' }).success // false: no minor unit, and no scale given
 */
export const roundMoneyOptionsSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** ISO 4217 code of the amount, e.g. `EUR`; its minor unit is the default number of decimals. */
      currency: readField<string>((value, path, issues) => typeof value === 'string' || readRoundingCurrency(value, undefined, path, issues)),
      /** Rounding mode; default `half-up`. */
      mode: z.optional(readField<RoundingMode>(readRounding)),
      /** Decimals to round to instead of the currency's minor unit, from 0 to 20. */
      scale: z.optional(readField<number>(readScale)),
    })
    // A code that is text is judged with the scale beside it; any other was refused above.
    .check(readerCheck((value, _path, issues) => {
      const { currency, scale } = value as { currency: unknown; scale?: unknown }
      if (typeof currency === 'string') readRoundingCurrency(currency, scale, 'currency', issues)
    }))
)()

/** Options of {@link roundMoney}. */
export type RoundMoneyOptions = z.input<typeof roundMoneyOptionsSchema>

/**
 * Rounds an amount once, to `scale` decimals (default: the currency's minor unit) with a named mode.
 *
 * @example
 * roundMoney('2.495', { currency: 'EUR' }).toFixed(2) // '2.50'
 * roundMoney('2.495', { currency: 'EUR', mode: 'down' }).toFixed(2) // '2.49'
 * roundMoney('1234.5', { currency: 'JPY' }).toString() // '1235'
 * @throws InputError for an amount that is not a finite decimal, an unknown currency (unless a scale is
 *   given), mode or scale.
 */
export function roundMoney(amount: DecimalLike, options: RoundMoneyOptions): Decimal {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<RoundMoneyOptions>
  const exact = readDecimal(amount, 'amount', issues)
  const known = readRoundingCurrency(o.currency, o.scale, 'currency', issues)
  const mode = readRounding(o.mode, 'mode', issues)
  const scale = readScale(o.scale, 'scale', issues)
  // Without a scale, an unknown currency added an issue: the places are known once there is none.
  const checked = issues.checked({ exact, mode, places: scale ?? known }, 'Cannot round the amount')
  return checked.exact.toDecimalPlaces(checked.places, roundingConstant(checked.mode))
}

/** Formats money for an explanation: `9.99 EUR`. */
export function formatMoney(amount: DecimalBase, currency: string): string {
  const places = currencyScale(currency) ?? 2
  return `${new Decimal(amount).toFixed(Math.max(places, new Decimal(amount).decimalPlaces()))} ${currency}`
}
