/**
 * The options of `monthPeriod`, `quarterPeriod` and `yearPeriod` as schemas: the one source of their types
 * and of the checks the functions run, each field read by the same reader, worded alike.
 */
import * as z from 'zod/mini'
import { describe, type IssueList } from '../errors.js'
import { readField } from './option-schema.js'
import { readTimeZone } from './zone.js'

/** Reads a calendar year from 1 to 9999, or adds an issue. */
export function readYear(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999) return value
  issues.add(path, `must be a whole year from 1 to 9999 (got ${describe(value)})`, 'year', { got: describe(value) })
  return undefined
}

/** Reads a calendar month from 1 to 12, or adds an issue. */
export function readMonth(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12) return value
  issues.add(path, `must be a whole month from 1 to 12 (got ${describe(value)})`, 'month', { got: describe(value) })
  return undefined
}

/** Reads a quarter from 1 to 4, or adds an issue. */
export function readQuarter(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 4) return value
  issues.add(path, `must be 1, 2, 3 or 4 (got ${describe(value)})`, 'quarter', { got: describe(value) })
  return undefined
}

/** Reads the time zone of a period's calendar, `UTC` when absent, or adds an issue. */
export function readPeriodZone(value: unknown, path: string, issues: IssueList): string | undefined {
  return readTimeZone(value ?? 'UTC', path, issues)
}

// Built in pure-marked functions, so that a bundle that only calls the functions keeps none of zod.
const year = () => readField<number>(readYear)
const timeZone = () => readField<string>(readPeriodZone)

/**
 * The options of `monthPeriod`.
 *
 * @example
 * monthOptionsSchema.safeParse({ year: 2026, month: 3, timeZone: 'Europe/Paris' }).success // true
 * monthOptionsSchema.safeParse({ year: 2026, month: 13 }).error?.issues[0]?.message // 'must be a whole month from 1 to 12 (got 13)'
 */
export const monthOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Calendar year, e.g. `2026`. */
    year: year(),
    /** Calendar month, 1 (January) to 12 (December). */
    month: readField<number>(readMonth),
    /** IANA time zone whose calendar defines the month; default `UTC`. */
    timeZone: z.optional(timeZone()),
  }))()

/**
 * The options of `quarterPeriod`.
 *
 * @example
 * quarterOptionsSchema.safeParse({ year: 2026, quarter: 5 }).success // false
 */
export const quarterOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Calendar year, e.g. `2026`. */
    year: year(),
    /** Quarter, 1 (January to March) to 4 (October to December). */
    quarter: readField<number>(readQuarter),
    /** IANA time zone whose calendar defines the quarter; default `UTC`. */
    timeZone: z.optional(timeZone()),
  }))()

/**
 * The options of `yearPeriod`.
 *
 * @example
 * yearOptionsSchema.safeParse({ year: 2028, timeZone: 'Asia/Tokyo' }).success // true
 */
export const yearOptionsSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Calendar year, e.g. `2026`. */
    year: year(),
    /** IANA time zone whose calendar defines the year; default `UTC`. */
    timeZone: z.optional(timeZone()),
  }))()

/** Options of `monthPeriod`. */
export type MonthOptions = z.input<typeof monthOptionsSchema>
/** Options of `quarterPeriod`. */
export type QuarterOptions = z.input<typeof quarterOptionsSchema>
/** Options of `yearPeriod`. */
export type YearOptions = z.input<typeof yearOptionsSchema>
