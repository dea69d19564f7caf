import { describe, IssueList } from '../errors.js'

/**
 * A duration as a user gives it: an ISO-8601 duration of fixed length (`PT4H`, `PT43M12S`, `P2D`,
 * `P1W`, `PT0.5S`) or whole milliseconds. A day here is 24 hours of elapsed time; years and months are
 * refused since their length depends on the calendar.
 */
export type DurationLike = string | number

const ISO_DURATION = /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/

const UNIT_MS = [604_800_000, 86_400_000, 3_600_000, 60_000, 1_000] as const

// No duration a contract writes comes near this; the cap bounds the work done on any text a user sends.
const MAX_TEXT = 200

// A digit right before Y or M, read in one pass: a pattern like /^P.*\d+[YM]/ tries every split of the
// text and took seconds on 100,000 digits.
const CALENDAR_UNIT = /\d[YM]/

/** Reads a duration into whole milliseconds, or adds an issue and returns undefined. */
export function readDuration(value: unknown, path: string, issues: IssueList): number | undefined {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER) return value
    issues.add(path, `must be whole non-negative milliseconds (got ${String(value)})`, 'duration-ms', { got: String(value) })
    return undefined
  }
  if (typeof value !== 'string') {
    issues.add(path, `must be an ISO-8601 duration such as "PT4H" (got ${describe(value)})`, 'duration-type', { got: describe(value) })
    return undefined
  }
  if (value.length > MAX_TEXT) {
    issues.add(path, `must be an ISO-8601 duration of at most ${MAX_TEXT} characters such as "PT4H" (got ${value.length} characters)`, 'duration-length', { max: MAX_TEXT, length: value.length })
    return undefined
  }
  const text = value.trim().toUpperCase()
  const m = ISO_DURATION.exec(text)
  if (!m || text === 'P' || text.endsWith('T')) {
    const calendar = text.startsWith('P') && !text.includes('T') && CALENDAR_UNIT.test(text)
    const hint = calendar ? ' (years and months have no fixed length; use days or hours)' : ''
    issues.add(path, `must be an ISO-8601 duration such as "PT4H" or "PT43M12S"${hint} (got ${describe(value)})`, calendar ? 'duration-calendar' : 'duration', { got: describe(value) })
    return undefined
  }
  let total = 0
  for (const [i, unit] of UNIT_MS.entries()) {
    const part = m[i + 1]
    if (part === undefined) continue
    // Fractions are allowed by ISO 8601; computing them in integer thousandths keeps them exact.
    const [whole, frac = ''] = part.replace(',', '.').split('.')
    const scale = 10 ** frac.length
    const numerator = Number(whole) * scale + (frac ? Number(frac) : 0)
    const ms = (numerator * unit) / scale
    if (!Number.isInteger(ms)) {
      issues.add(path, `must be a whole number of milliseconds (got ${describe(value)})`, 'duration-fraction', { got: describe(value) })
      return undefined
    }
    total += ms
  }
  if (!Number.isSafeInteger(total)) {
    issues.add(path, `is too long (got ${describe(value)})`, 'duration-too-long', { got: describe(value) })
    return undefined
  }
  return total
}

/**
 * Parses an ISO-8601 duration into milliseconds.
 *
 * @example
 * durationMs('PT43M12S') // 2_592_000
 * durationMs('P1D')      // 86_400_000
 */
export function durationMs(value: DurationLike): number {
  const issues = new IssueList()
  return issues.checked({ ms: readDuration(value, '', issues) }, 'Invalid duration').ms
}

/** Refuses NaN and infinities, which have no written form: 'PT' or 'PTInfinityH' would pass for figures. */
function checkFinite(ms: number): void {
  if (typeof ms === 'number' && Number.isFinite(ms)) return
  const issues = new IssueList()
  issues.add('ms', `must be a finite number of milliseconds (got ${describe(ms)})`, 'ms-finite', { got: describe(ms) })
  issues.throwIfAny('Invalid duration')
}

/**
 * Writes milliseconds as an ISO-8601 duration with hours at most (`PT3H36M`, `PT43M12S`, `PT0S`), the form
 * contracts and reports use.
 *
 * @example
 * formatDuration(12_960_000) // 'PT3H36M'
 * formatDuration(2_592_000)  // 'PT43M12S'
 * @throws InputError for NaN or an infinite duration.
 */
export function formatDuration(ms: number): string {
  checkFinite(ms)
  if (ms === 0) return 'PT0S'
  const sign = ms < 0 ? '-' : ''
  let rest = Math.abs(ms)
  const h = Math.floor(rest / 3_600_000)
  rest -= h * 3_600_000
  const m = Math.floor(rest / 60_000)
  rest -= m * 60_000
  const s = rest / 1000
  return `${sign}PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`
}

/**
 * Writes milliseconds for people: `4 h`, `43 min 12 s`, `2 d 3 h`, `250 ms`.
 *
 * @example
 * humanDuration(2_592_000) // '43 min 12 s'
 * @throws InputError for NaN or an infinite duration.
 */
export function humanDuration(ms: number): string {
  checkFinite(ms)
  if (ms === 0) return '0 s'
  // Called for every incident of a statement's trail: the text is added to as each unit is found, with no
  // list made per call. The subtractions are those of one unit after the other, in the same order, so
  // that a duration with a fraction of a millisecond keeps the same remainder.
  let rest = Math.abs(ms)
  let text = ''
  for (let k = 0; k < 4; k++) {
    const size = UNIT_SIZES[k] ?? 1
    const n = Math.floor(rest / size)
    if (n > 0) text += (text === '' ? '' : ' ') + n + (UNIT_NAMES[k] ?? '')
    rest -= n * size
  }
  if (rest > 0) text += `${text === '' ? '' : ' '}${Math.round(rest * 1000) / 1000} ms`
  return ms < 0 ? `-${text}` : text
}

const UNIT_SIZES = [86_400_000, 3_600_000, 60_000, 1000]
const UNIT_NAMES = [' d', ' h', ' min', ' s']
