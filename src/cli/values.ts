import { currencyScale } from '../credits/money.js'
import { IssueList } from '../errors.js'
import { type LocalTimeOptions, makeDateReader } from '../io/dates.js'
import { isTimeZone } from '../time/zone.js'
import { UsageError } from './args.js'
import { readHumanDuration } from './durations.js'
import { issueText } from './localise.js'
import { type CliMessages } from './messages.js'

/**
 * The values of the command line's options, checked before any file is read: a bad value is a bad
 * command line (exit 2) whatever the library would later have said about it, and the message names the
 * option and shows how to write it.
 */

/** `YYYY-MM` with a month from 01 to 12; `03/2026` or `2026-3` are refused with the way to write them. */
export function readMonth(flag: string, text: string, m: CliMessages): string {
  const iso = /^(\d{4})-(\d{2})$/.exec(text.trim())
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return `${iso[1]}-${iso[2]}`
  throw new UsageError(`${m.badMonth(flag, text)}${monthHintOf(text, m)}`)
}

// Month names as a person types them, French and English, accents optional: "mars 2026", "March 2026".
const MONTH_NAMES = [
  ['janvier', 'january', 'janv', 'jan'],
  ['fevrier', 'february', 'fevr', 'fev', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'april', 'avr', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'july', 'juil', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'september', 'sept', 'sep'],
  ['octobre', 'october', 'oct'],
  ['novembre', 'november', 'nov'],
  ['decembre', 'december', 'dec'],
] as const

/** `, did you mean 2026-03?` for a month written another way: `3/2026`, `03.2026`, `2026-3`, `2026/03`, `mars 2026`. */
function monthHintOf(text: string, m: CliMessages): string {
  const t = text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
  const monthFirst = /^(\d{1,2})[/.\s-](\d{4})$/.exec(t)
  const yearFirst = /^(\d{4})[/.\s-]?(\d{1,2})$/.exec(t)
  const named = /^([a-z]+)\.?\s+(\d{4})$/.exec(t)
  const namedMonth = named ? MONTH_NAMES.findIndex((names) => (names as readonly string[]).includes(named[1] ?? '')) + 1 : 0
  const [year, month] = monthFirst
    ? [monthFirst[2], monthFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2]]
      : named && namedMonth > 0
        ? [named[2], String(namedMonth)]
        : []
  if (year === undefined || month === undefined || Number(month) < 1 || Number(month) > 12) return ''
  return `${m.sep}${m.monthHint(`${year}-${month.padStart(2, '0')}`)}`
}

/** A month, a quarter or a year: `2026-03`, `2026-Q1`, `2026`. */
export function readPeriodLabel(flag: string, text: string, m: CliMessages): string {
  const t = text.trim()
  if (/^\d{4}$/.test(t) || /^\d{4}-Q[1-4]$/i.test(t)) return t.toUpperCase()
  if (/^\d{4}-\d{2}$/.test(t) && Number(t.slice(5)) >= 1 && Number(t.slice(5)) <= 12) return t
  throw new UsageError(`${m.badPeriod(flag, text)}${monthHintOf(text, m)}`)
}

/** A whole number of at least 1 (clients, months, trials). */
export function readCount(flag: string, text: string, m: CliMessages): number {
  const n = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(m.badCount(flag, text))
  return n
}

/** A whole number, possibly zero or negative (a seed). */
export function readInteger(flag: string, text: string, m: CliMessages): number {
  const n = /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN
  if (!Number.isSafeInteger(n)) throw new UsageError(m.badSeed(flag, text))
  return n
}

function decimal(text: string): number | undefined {
  const t = text.trim().replace(',', '.')
  return /^\d+(\.\d+)?$|^\.\d+$/.test(t) ? Number(t) : undefined
}

/** A rate, zero or more (incidents per month); a decimal comma is read as a point. */
export function readRate(flag: string, text: string, m: CliMessages): number {
  const n = decimal(text)
  if (n === undefined || !Number.isFinite(n)) throw new UsageError(m.badRate(flag, text))
  return n
}

/** A positive number (a spread). */
export function readPositive(flag: string, text: string, m: CliMessages): number {
  const n = decimal(text)
  if (n === undefined || !(n > 0) || !Number.isFinite(n)) throw new UsageError(m.badNumber(flag, text))
  return n
}

/** A share from 0 to 1. */
export function readShare(flag: string, text: string, m: CliMessages): number {
  const n = decimal(text)
  if (n === undefined || n > 1) throw new UsageError(m.badShare(flag, text))
  return n
}

/** An amount of money or a percentage, exact: `9.99` or `9,99`, returned with a point. */
export function readAmount(flag: string, text: string, m: CliMessages): string {
  const t = text.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(t)) throw new UsageError(m.badAmount(flag, text))
  return t
}

/** A percentage, exact: `50` or `12,5`, returned with a point; a bad one is said to be a percentage, not an amount. */
export function readPercent(flag: string, text: string, m: CliMessages): string {
  const t = text.trim().replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(t)) throw new UsageError(m.badPercent(flag, text))
  return t
}

/** An ISO 4217 code, in capitals. */
export function readCurrency(flag: string, text: string, m: CliMessages): string {
  const code = text.trim().toUpperCase()
  if (!/^[A-Z]{3}$/.test(code) || currencyScale(code) === undefined) throw new UsageError(m.badCurrency(flag, text))
  return code
}

/** A duration in milliseconds: `4h`, `30 min`, `1 h 30`, `2j`, `PT4H`. */
export function readDurationFlag(flag: string, text: string, m: CliMessages): number {
  const ms = readHumanDuration(text)
  if (ms === undefined || ms <= 0) throw new UsageError(m.badDuration(flag, text))
  return ms
}

/** An IANA time zone. */
export function readZone(flag: string, text: string, m: CliMessages): string {
  if (!isTimeZone(text)) throw new UsageError(m.badZone(flag, text))
  return text
}

/**
 * An instant: ISO 8601 with an offset, or a local date read as the incident log's are (`--date-format`
 * in `--dates-time-zone`), so that `--as-of "31/03/2026 23:59"` is read as the log's own dates.
 */
export function readInstant(flag: string, text: string, local: LocalTimeOptions, m: CliMessages): number {
  const issues = new IssueList()
  const read = makeDateReader(local, '', issues)
  const [problem] = issues.issues
  if (problem) throw new UsageError(m.badDateFormat('--date-format', issueText(problem, m.lang)))
  const r = read(text.trim())
  if (!r.ok) throw new UsageError(m.badInstant(flag, text, local.dateFormat))
  return r.ms
}
