import { describe, IssueList } from '../errors.js'

/**
 * Which French list: `metropolitan` (the eleven public holidays of the Labour Code, art. L3133-1) or
 * `alsace-moselle` (Bas-Rhin, Haut-Rhin, Moselle: the same plus Good Friday and 26 December, art. L3134-13).
 */
export type FrenchHolidayRegion = 'metropolitan' | 'alsace-moselle'

/** Options of {@link frenchHolidays}. */
export interface FrenchHolidayOptions {
  /** Which list; default `metropolitan`. @example { region: 'alsace-moselle' } */
  region?: FrenchHolidayRegion
}

/** A public holiday: a local calendar date, not an instant. */
export interface Holiday {
  /** The local calendar date, `YYYY-MM-DD`, e.g. `2026-05-14`. */
  readonly date: string
  /** English name, e.g. `Ascension Day`. */
  readonly name: string
  /** French name, e.g. `Ascension`. */
  readonly nameFr: string
}

/** A holiday as month and day of a given year; the form the calendar engine works on. */
export interface HolidayDay {
  readonly month: number
  readonly day: number
  readonly name: string
  readonly nameFr: string
}

// The Gregorian computus repeats every 5,700,000 years; shifting by that cycle keeps every
// intermediate value positive, so the algorithm holds for any integer year.
const EASTER_CYCLE = 5_700_000

/**
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), for any integer year
 * (proleptic Gregorian before 1583). No input check: the calendar engine calls it for any year.
 *
 * @example
 * easterMonthDay(2026) // { month: 4, day: 5 }
 */
export function easterMonthDay(year: number): { month: number; day: number } {
  const y = (((year % EASTER_CYCLE) + EASTER_CYCLE) % EASTER_CYCLE) + EASTER_CYCLE
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const n = h + l - 7 * m + 114
  return { month: Math.floor(n / 31), day: (n % 31) + 1 }
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Days in month `m` (1 to 12) of `year`. */
function monthLength(year: number, m: number): number {
  return m === 2 ? (isLeap(year) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** Month and day `offset` days after the given month/day of `year` (offset small enough to stay in the year). */
function shift(year: number, month: number, day: number, offset: number): { month: number; day: number } {
  let m = month
  let d = day + offset
  for (;;) {
    const length = monthLength(year, m)
    if (d > length) {
      d -= length
      m += 1
    } else if (d < 1) {
      m -= 1
      d += monthLength(year, m)
    } else return { month: m, day: d }
  }
}

/**
 * The French public holidays of `year` as month/day, sorted, for any integer year, without input checks
 * (see {@link frenchHolidays} for the checked, dated form). The current list is applied to every year:
 * the library computes commitments, not history (8 May, for one, was not a holiday from 1959 to 1981).
 *
 * @example
 * frenchHolidayDays(2026)[1] // { month: 4, day: 6, name: 'Easter Monday', nameFr: 'Lundi de Pâques' }
 */
export function frenchHolidayDays(year: number, region: FrenchHolidayRegion = 'metropolitan'): HolidayDay[] {
  const easter = easterMonthDay(year)
  const fromEaster = (offset: number, name: string, nameFr: string): HolidayDay => ({
    ...shift(year, easter.month, easter.day, offset),
    name,
    nameFr,
  })
  const list: HolidayDay[] = [
    { month: 1, day: 1, name: "New Year's Day", nameFr: "Jour de l'an" },
    fromEaster(1, 'Easter Monday', 'Lundi de Pâques'),
    { month: 5, day: 1, name: 'Labour Day', nameFr: 'Fête du Travail' },
    { month: 5, day: 8, name: 'Victory in Europe Day', nameFr: 'Victoire 1945' },
    // Easter + 39 days is always a Thursday, + 50 a Monday; both can fall on 1 or 8 May (2008: Ascension
    // on 1 May), and the date is then listed twice, once per holiday, as the published calendars do.
    fromEaster(39, 'Ascension Day', 'Ascension'),
    fromEaster(50, 'Whit Monday', 'Lundi de Pentecôte'),
    { month: 7, day: 14, name: 'Bastille Day', nameFr: 'Fête nationale' },
    { month: 8, day: 15, name: 'Assumption of Mary', nameFr: 'Assomption' },
    { month: 11, day: 1, name: "All Saints' Day", nameFr: 'Toussaint' },
    { month: 11, day: 11, name: 'Armistice Day', nameFr: 'Armistice 1918' },
    { month: 12, day: 25, name: 'Christmas Day', nameFr: 'Noël' },
  ]
  if (region === 'alsace-moselle') {
    list.push(fromEaster(-2, 'Good Friday', 'Vendredi saint'))
    list.push({ month: 12, day: 26, name: "St Stephen's Day", nameFr: 'Saint-Étienne' })
  }
  return list.sort((x, y) => x.month - y.month || x.day - y.day)
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

function readYear(value: unknown, issues: IssueList): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999) return value
  issues.add('year', `must be a whole year from 1 to 9999 (got ${describe(value)})`, 'year', { got: describe(value) })
  return undefined
}

/**
 * Easter Sunday of `year` as a local calendar date `YYYY-MM-DD` (Gregorian computus; years before 1583
 * are computed in the proleptic Gregorian calendar).
 *
 * @example
 * easterSunday(2026) // '2026-04-05'
 * @throws InputError for a year that is not a whole number from 1 to 9999.
 */
export function easterSunday(year: number): string {
  const issues = new IssueList()
  readYear(year, issues)
  issues.throwIfAny('Invalid year')
  const { month, day } = easterMonthDay(year)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/**
 * The French public holidays of `year`, sorted by date: the metropolitan list by default, or the
 * Alsace-Moselle one (adds Good Friday and St Stephen's Day, 26 December). Good Friday is, in law, a
 * holiday only in communes with a Protestant church or a mixed one; in practice employers of the three
 * départements apply it everywhere, and so does this list.
 *
 * @example
 * frenchHolidays(2026).find((h) => h.nameFr === 'Ascension')?.date // '2026-05-14'
 * frenchHolidays(2026, { region: 'alsace-moselle' }).length       // 13
 * @throws InputError for a year outside 1–9999 or an unknown region.
 */
export function frenchHolidays(year: number, options: FrenchHolidayOptions = {}): Holiday[] {
  const issues = new IssueList()
  readYear(year, issues)
  const region = options?.region ?? 'metropolitan'
  if (region !== 'metropolitan' && region !== 'alsace-moselle') {
    issues.add('region', `must be "metropolitan" or "alsace-moselle" (got ${describe(region)})`, 'holiday-region', { got: describe(region) })
  }
  issues.throwIfAny('Invalid holiday query')
  return frenchHolidayDays(year, region).map((h) =>
    Object.freeze({ date: `${pad(year, 4)}-${pad(h.month, 2)}-${pad(h.day, 2)}`, name: h.name, nameFr: h.nameFr }),
  )
}
