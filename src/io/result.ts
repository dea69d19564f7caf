import { type IssueParams } from '../errors.js'
import { SKIP_REASONS_FR } from '../messages/fr-io.js'
import { type IncidentInput } from '../schema/incident.js'
import { civilFromDays } from '../time/civil.js'
import { formatInstant, MIN_INSTANT } from '../time/instant.js'

/**
 * A row (or record, or beat) a reader could not turn into an incident, and why. Readers never drop a row
 * silently: everything they leave out is listed here.
 *
 * @example
 * { line: 7, reason: 'start: "02/03/2026 10:00" is not an ISO-8601 instant with an offset; …', raw: '4,02/03/2026 10:00,…' }
 */
export interface SkippedRow {
  /** Line where the row starts, 1-based as an editor shows it (text formats: CSV, YAML). */
  line?: number
  /** Where the row is in a structured input, e.g. `incidents[3]` or `data.result[0].values[17]`. */
  path?: string
  /** Why it was left out, readable on its own, in English; `formatSkipReason` words it in French. */
  reason: string
  /**
   * What went wrong, as a code (`missing-field`, `bad-date`, …) with its figures in `params`, so that
   * `formatSkipReason(row, 'fr')` words it in French. Absent
   * where the reason has no French wording yet.
   */
  code?: string
  /** The figures the reason quotes. */
  params?: IssueParams
  /** The row as written, shortened to {@link RAW_LIMIT} characters. */
  raw?: string
}

/** What every reader returns: the incidents it read, in the library's own format, and what it left out. */
export interface ReadResult {
  incidents: IncidentInput[]
  skipped: SkippedRow[]
}

/** Longest `raw` text kept in a skipped row. */
export const RAW_LIMIT = 200

/** @internal A plain object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** @internal Shortens a raw row for a skipped-row report. */
export function rawText(text: string): string {
  return text.length > RAW_LIMIT ? `${text.slice(0, RAW_LIMIT - 1)}…` : text
}

/** @internal A value as JSON for a skipped-row report, never throwing (cycles, BigInt). */
export function rawJson(value: unknown): string | undefined {
  try {
    const text = JSON.stringify(value)
    return text === undefined ? undefined : rawText(text)
  } catch {
    return undefined
  }
}

// Instants a reader writes itself are ISO-8601 strings; `readInstant` reads only four-digit years back,
// and nothing before the library's first instant.
const FIRST_WRITABLE = MIN_INSTANT // 0000-12-31T00:00:00Z
const LAST_WRITABLE = 253_402_300_799_999 // 9999-12-31T23:59:59.999Z

/** @internal True when `ms` can be written as an ISO-8601 instant with a four-digit year. */
export function isWritableInstant(ms: number): boolean {
  return Number.isInteger(ms) && ms >= FIRST_WRITABLE && ms <= LAST_WRITABLE
}

/**
 * @internal Writes an instant the way readers write the instants they compute: ISO-8601 in UTC, as
 * {@link formatInstant} writes it. A reader of a log in local dates writes one for each of them:
 * `toISOString` then took a sixth of reading the log, this a fraction of that.
 */
export function writeInstant(ms: number): string {
  // From 1970 to the end of 9999, in whole milliseconds: four-digit years. Anything else as formatInstant does.
  if (!(Number.isInteger(ms) && ms >= 0 && ms < YEAR_10000)) return formatInstant(ms)
  const days = Math.floor(ms / 86_400_000)
  if (days !== lastDay) {
    const d = civilFromDays(days)
    lastDay = days
    lastDate = `${d.year}-${TWO[d.month]}-${TWO[d.day]}T`
  }
  let r = ms - days * 86_400_000
  const h = Math.floor(r / 3_600_000)
  r -= h * 3_600_000
  const m = Math.floor(r / 60_000)
  r -= m * 60_000
  const s = Math.floor(r / 1000)
  r -= s * 1000
  const time = `${lastDate}${TWO[h]}:${TWO[m]}:${TWO[s]}`
  // formatInstant leaves out a fraction of .000.
  return r === 0 ? `${time}Z` : `${time}.${String(r).padStart(3, '0')}Z`
}

const YEAR_10000 = 253_402_300_800_000
const TWO = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'))
// The day of the last instant written and its `YYYY-MM-DDT`: a log's instants often share their day.
let lastDay = Number.NaN
let lastDate = ''

/**
 * Why a reader left a row out, in `language`: the row's `reason` in English, the same reason worded from
 * its code and figures in French (a reason without a French wording yet keeps its English).
 *
 * @example
 * const { skipped } = parseClientList('element;fee;currency\nvps-01;neuf;EUR\n')
 * formatSkipReason(skipped[0]!, 'fr') // 'fee\u00a0: "neuf" n’est pas un montant comme 9.99 ou 9,99'
 */
export function formatSkipReason(row: SkippedRow, language: 'en' | 'fr' = 'en'): string {
  if (language === 'en' || row.code === undefined) return row.reason
  const wording = SKIP_REASONS_FR[row.code]
  return wording ? wording(row.params ?? {}) : row.reason
}

/**
 * A skipped row as a spreadsheet user reads it, in `language`: where (line or path), then why.
 *
 * @example
 * formatReaderIssue({ line: 4, reason: 'is empty', code: 'row-empty' }, 'fr') // 'ligne 4\u00a0: est vide'
 */
export function formatReaderIssue(row: SkippedRow, language: 'en' | 'fr' = 'en'): string {
  const where = row.line !== undefined ? (language === 'fr' ? `ligne ${row.line}` : `line ${row.line}`) : row.path
  const why = formatSkipReason(row, language)
  return where ? `${where}${language === 'fr' ? '\u00a0: ' : ': '}${why}` : why
}
