/**
 * Money and decimals as code gives them to the library's functions (a fee, a client's loss per hour):
 * besides the text and numbers a file holds, a `Decimal` of the caller's own. The one source of
 * {@link MoneyLike}; `readMoney` then checks what a shape cannot say (a finite, non-negative amount, an
 * ISO 4217 code) and words it, once per element of a statement, where a schema's cost would show.
 */
import { Decimal as DecimalBase } from 'decimal.js'
import * as z from 'zod/mini'

/** A decimal as code gives it: a string such as "99.5" (exact), a number, or a `Decimal`. */
export const decimalLikeSchema = /* @__PURE__ */ (() =>
  z.union([z.string(), z.number(), z.custom<DecimalBase>((value) => DecimalBase.isDecimal(value))]))()

/**
 * Money as a user gives it to a function. Other keys are let through, as `readMoney` lets them.
 *
 * @example
 * moneyLikeSchema.safeParse({ amount: '9.99', currency: 'EUR' }).success // true
 * moneyLikeSchema.safeParse({ amount: '9.99' }).error?.issues[0]?.path // ['currency']
 */
export const moneyLikeSchema = /* @__PURE__ */ (() =>
  z.object({
    /** The amount; a string such as `'9.99'` keeps it exact. */
    amount: decimalLikeSchema,
    /** ISO 4217 code, e.g. `EUR`. */
    currency: z.string(),
  }))()

/** Money as a user gives it: `{ amount: '9.99', currency: 'EUR' }` (a string keeps the amount exact). */
export type MoneyLike = z.input<typeof moneyLikeSchema>
