import { durationMs } from '../time/duration.js'

/**
 * Durations as people write them on a command line, in French or English: `4h`, `4 h`, `30 min`,
 * `1 h 30` (an hour and a half: a bare number after hours is minutes, as on a clock), `1h30`, `2j`,
 * `2 jours`, `2d`, `45 s`, `90 minutes`, and every ISO-8601 duration the library takes (`PT4H`).
 */
const UNITS: readonly [RegExp, number][] = [
  [/^(?:w|wk|weeks?|sem|semaines?)$/, 604_800_000],
  [/^(?:d|j|days?|jours?)$/, 86_400_000],
  [/^(?:h|hr|hrs|hours?|heures?)$/, 3_600_000],
  [/^(?:m|min|mins|minutes?|mn)$/, 60_000],
  [/^(?:s|sec|secs|seconds?|secondes?)$/, 1000],
  [/^(?:ms|millisecondes?|milliseconds?)$/, 1],
]

/** Milliseconds of a duration written by a person, or undefined when it is not one. */
export function readHumanDuration(text: string): number | undefined {
  const t = text.trim()
  if (t === '' || t.length > 100) return undefined
  if (/^p/i.test(t)) {
    try {
      return durationMs(t)
    } catch {
      return undefined
    }
  }
  const parts = [...t.toLowerCase().matchAll(/(\d+(?:[.,]\d+)?)\s*([a-zé]*)/g)]
  // Everything must be read: "4h ou 5h" is not a duration.
  if (parts.map((p) => p[0]).join('').replace(/\s/g, '') !== t.toLowerCase().replace(/\s/g, '')) return undefined
  let total = 0
  let previous: number | undefined
  let bare = false
  for (const [, number, unit] of parts) {
    // Both groups of the pattern always take part in a match.
    if (number === undefined || unit === undefined) return undefined
    let size: number | undefined
    if (unit === '') {
      // "1 h 30": minutes after hours, seconds after minutes, once; a bare number elsewhere says nothing.
      if (bare) return undefined
      bare = true
      if (previous === 3_600_000) size = 60_000
      else if (previous === 60_000) size = 1000
      else return undefined
    } else size = UNITS.find(([re]) => re.test(unit))?.[1]
    if (size === undefined || (previous !== undefined && size >= previous)) return undefined
    const value = Number(number.replace(',', '.'))
    const ms = Math.round(value * size)
    if (Math.abs(ms - value * size) > 1e-6) return undefined
    total += ms
    previous = size
  }
  return Number.isSafeInteger(total) ? total : undefined
}
