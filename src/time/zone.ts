import { describe, type IssueList } from '../errors.js'

const known = new Map<string, boolean>()

/**
 * True when the runtime knows this IANA time zone (`Europe/Paris`, `UTC`, …).
 *
 * @example
 * isTimeZone('Europe/Paris') // true
 * isTimeZone('Paris') // false
 */
export function isTimeZone(zone: string): boolean {
  let ok = known.get(zone)
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
      ok = zone.length > 0
    } catch {
      ok = false
    }
    known.set(zone, ok)
  }
  return ok
}

/** Reads an IANA time zone name, or adds an issue and returns undefined. */
export function readTimeZone(value: unknown, path: string, issues: IssueList): string | undefined {
  if (typeof value === 'string' && isTimeZone(value)) return value
  issues.add(path, `must be an IANA time zone such as "Europe/Paris" or "UTC" (got ${describe(value)})`, 'time-zone', { got: describe(value) })
  return undefined
}
