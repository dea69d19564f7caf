// The named export, not the default one: decimal.js describes its ES module with a CommonJS declaration
// file, so under node16/nodenext resolution its default import is the module namespace, and the emitted
// declarations would make every Decimal of a consumer a namespace (TS2709) or, with skipLibCheck, any.
// The named export is the class in every resolution mode and at run time in both module formats.
import { Decimal as DecimalBase } from 'decimal.js'
import { describe, type IssueList } from './errors.js'

/**
 * The Decimal class used for every percentage and amount this library returns: decimal.js with 40
 * significant digits, so that percentages such as 99.46164…  keep far more digits than any contract needs,
 * and rounding to money happens only once, explicitly.
 */
// Built in a function marked pure: a bundle that never reaches Decimal then leaves decimal.js out; the
// property read of a bare call's argument would keep it.
export const Decimal = /* @__PURE__ */ (() => DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 }))()
export type Decimal = DecimalBase

// A commitment's weights are a few Decimals shared by every incident of an impact: the last one found equal
// to 1 is known by identity (a Decimal never changes), not compared again for each incident.
let one: DecimalBase | undefined

/** @internal Whether `d` is 1: a reason and a line ask it of every counted incident's weight. */
export function isOne(d: DecimalBase): boolean {
  if (d === one) return true
  if (!d.eq(1)) return false
  one = d
  return true
}

// Products and sums of written amounts end: with room for all their digits they are exact. Never divide with it.
const Wide = /* @__PURE__ */ (() => DecimalBase.clone({ precision: 1e9, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 }))()

/**
 * `a × b` with every digit kept: a fee of 38 digits times 12.5 % is not rounded to 40 digits before it is
 * rounded to the cent, which would round it twice.
 */
export function exactTimes(a: DecimalLike, b: DecimalLike): Decimal {
  return new Decimal(new Wide(a).times(b))
}

/** `a + b` with every digit kept, for totals of fees written with many digits. */
export function exactPlus(a: DecimalLike, b: DecimalLike): Decimal {
  return new Decimal(new Wide(a).plus(b))
}

/**
 * A decimal number as a user writes it: a string (`'99.5'`, also `'99,5'` with a decimal comma), a finite
 * number, or a Decimal. Strings are preferred: `0.1` as a number is already not one tenth.
 */
export type DecimalLike = string | number | DecimalBase

const DECIMAL_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/

/** Reads a decimal, or adds an issue and returns undefined. */
export function readDecimal(value: unknown, path: string, issues: IssueList): Decimal | undefined {
  if (DecimalBase.isDecimal(value)) {
    const d = new Decimal(value as DecimalBase)
    if (d.isFinite()) return d
    issues.add(path, 'must be a finite decimal number', 'decimal-finite')
    return undefined
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return new Decimal(value)
    issues.add(path, `must be a finite number (got ${String(value)})`, 'number-finite', { got: String(value) })
    return undefined
  }
  if (typeof value === 'string') {
    const text = value.trim()
    if (DECIMAL_TEXT.test(text)) return new Decimal(text.replace(',', '.'))
    issues.add(path, `must be a decimal number such as "99.5" (got ${JSON.stringify(value)})`, 'decimal', { got: JSON.stringify(value) })
    return undefined
  }
  issues.add(path, `must be a decimal number such as "99.5" (got ${describe(value)})`, 'decimal', { got: describe(value) })
  return undefined
}

/** An exact fraction `n / 10^k` of a decimal, for comparisons done with integers. */
export interface ScaledDecimal {
  n: bigint
  k: number
}

/** Writes a finite decimal as an integer over a power of ten (0.3 → 3 / 10^1). */
export function toScaled(d: DecimalBase): ScaledDecimal {
  const k = Math.max(0, d.decimalPlaces())
  // From its digits, not by multiplying: a product is rounded to the precision (40 digits), so an
  // availability written with 45 nines would have been decided as 100 %.
  return { n: BigInt(d.toFixed(k).replace('.', '')), k }
}

/** Compares the fraction a/b with the decimal d exactly: negative, zero or positive. */
export function compareFraction(a: bigint, b: bigint, d: ScaledDecimal): number {
  // a/b ? n/10^k  <=>  a·10^k ? n·b   (b > 0)
  const left = a * 10n ** BigInt(d.k)
  const right = d.n * b
  return left < right ? -1 : left > right ? 1 : 0
}
