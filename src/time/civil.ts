/**
 * Dates of the proleptic Gregorian calendar as plain integers: day numbers since 1970-01-01 and wall-clock
 * times written as if in UTC. No `Date`: `Date.UTC` and `setFullYear` read the years 0–99 as 1900–1999,
 * and a local time near the edges of the range can step outside what a `Date` holds.
 */

export const SECOND = 1000
export const MINUTE = 60_000
export const HOUR = 3_600_000
export const DAY = 86_400_000

/** Days since 1970-01-01 of a date (H. Hinnant's days_from_civil, exact for any integer year). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = month > 2 ? month - 3 : month + 9
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

/** The year a day number falls in. */
export function yearOfDay(days: number): number {
  return civilFromDays(days).year
}

/** Monday 0 … Sunday 6. */
export function weekdayOfDay(days: number): number {
  return (((days + 3) % 7) + 7) % 7
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The local midnight starting the 1st of a month, as a wall-clock time; the month may run past 1–12. */
export function monthStartWall(year: number, monthIndex: number): number {
  const y = year + Math.floor(monthIndex / 12)
  const m = monthIndex - Math.floor(monthIndex / 12) * 12
  return daysFromCivil(y, m + 1, 1) * DAY
}
