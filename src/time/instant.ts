import { describe } from '../decimal.js'
import { type IssueList } from '../errors.js'

/**
 * An instant as a user gives it: a `Date`, an ISO-8601 string with an offset
 * (`2026-03-02T10:00:00Z`, `2026-03-29T01:30+01:00`), or integer epoch milliseconds.
 * A string without an offset is refused: its meaning would depend on the machine's time zone.
 */
export type InstantLike = Date | string | number

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/

// The latest instant a Date can hold, ±8.64e15 ms; anything beyond is an Invalid Date.
const MAX_MS = 8.64e15

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Reads an ISO-8601 instant string strictly; returns NaN when it is not one. Calendar fields are
 * checked (no 30 February), which `Date.parse` alone does not do.
 */
export function parseIsoInstant(text: string): number {
  const m = ISO_INSTANT.exec(text)
  if (!m) return Number.NaN
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const hour = Number(m[4])
  const minute = Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000 + 1e-9)
  let offsetMin = 0
  const zone = m[8]!
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const oh = Number(digits.slice(0, 2))
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0
    if (oh > 23 || om > 59) return Number.NaN
    offsetMin = sign * (oh * 60 + om)
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const base = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, fraction))
  base.setUTCFullYear(year)
  return base.getTime() - offsetMin * 60_000
}

/** Reads an instant into epoch milliseconds, or adds an issue at `path` and returns undefined. */
export function readInstant(value: unknown, path: string, issues: IssueList): number | undefined {
  if (value instanceof Date) {
    const t = value.getTime()
    if (Number.isNaN(t)) {
      issues.add(path, 'is an invalid Date')
      return undefined
    }
    return t
  }
  if (typeof value === 'string') {
    const t = parseIsoInstant(value.trim())
    if (Number.isNaN(t) || Math.abs(t) > MAX_MS) {
      issues.add(path, `must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got ${describe(value)})`)
      return undefined
    }
    return t
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) <= MAX_MS) return value
    issues.add(path, `must be whole epoch milliseconds (got ${String(value)})`)
    return undefined
  }
  issues.add(path, `must be a Date or an ISO-8601 instant with an offset (got ${describe(value)})`)
  return undefined
}

/** Formats epoch milliseconds as an ISO-8601 UTC string, dropping a zero millisecond part. */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString()
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso
}
