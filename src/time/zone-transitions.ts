/**
 * Where a zone's offset changes: what a calendar walk needs to split the timeline into stretches of one
 * offset. Built on `zoneOffset`, found once per zone and UTC year, and kept.
 */
import { DAY, daysFromCivil, SECOND, yearOfDay } from './civil.js'
import { zoneOffset } from './offset.js'

interface OffsetYear {
  /** First instant of the UTC year. */
  start: number
  /** First instant of the next UTC year. */
  end: number
  startOffset: number
  /** Instants where the offset changes, ascending, inside the year. */
  at: number[]
  /** The offset from each change on. */
  offsets: number[]
}

/** A stretch of one offset: `offset` holds from `from` until `until`. */
interface Span {
  readonly from: number
  readonly offset: number
  readonly until: number
}

interface ZoneHistory {
  years: Map<number, OffsetYear>
  /** The offset before FIRST_CHANGING_YEAR, read once. */
  early?: number
  /** The stretch last asked for: a calendar asks about the same months again and again. */
  last?: Span
}

const zones = new Map<string, ZoneHistory>()

// Samples every 6 days: in the tz database two changes are never closer than 7 days (Brazil, October
// 2000), so no pair of changes hides between two samples. Where samples differ, bisection finds each
// change to the second (some were at 00:01 local time, not on the hour; none inside a second).
const SAMPLE_STEP = 6 * DAY

// No zone changes its offset before 1800: the earliest changes of the tz database leave local mean time
// in the 1840s. Before, the offset is the one of year 1, and a walk across those centuries takes one step.
const FIRST_CHANGING_YEAR = 1800
const FIRST_CHANGING_INSTANT = /* @__PURE__ */ daysFromCivil(FIRST_CHANGING_YEAR, 1, 1) * DAY

// From 2100 on, every zone follows its last rule (the latest explicit change is Morocco's, in 2087), and
// rules name months, weekdays and times of day, which repeat every 400 Gregorian years (146,097 days, a
// whole number of weeks). Years from 2500 are read from the same year of the cycle 2100–2499, so a walk to
// year 9999 reads at most 400 years from Intl.
const RULE_YEARS_FROM = 2100
const CYCLE_YEARS = 400
const CYCLE_MS = 146_097 * DAY

function historyOf(timeZone: string): ZoneHistory {
  let zone = zones.get(timeZone)
  if (!zone) {
    zone = { years: new Map() }
    zones.set(timeZone, zone)
  }
  return zone
}

function offsetYear(timeZone: string, zone: ZoneHistory, year: number): OffsetYear {
  let data = zone.years.get(year)
  if (data) return data
  const start = daysFromCivil(year, 1, 1) * DAY
  const end = daysFromCivil(year + 1, 1, 1) * DAY
  const at: number[] = []
  const offsets: number[] = []
  const startOffset = zoneOffset(timeZone, start)
  let lo = start
  let loOffset = startOffset
  for (let sample = start + SAMPLE_STEP; lo < end; sample = Math.min(sample + SAMPLE_STEP, end)) {
    const sampleOffset = zoneOffset(timeZone, sample)
    while (loOffset !== sampleOffset) {
      let a = lo
      let b = sample
      // a and b stay whole seconds: year starts and samples are.
      while (b - a > SECOND) {
        const mid = a + Math.floor((b - a) / (2 * SECOND)) * SECOND
        if (zoneOffset(timeZone, mid) === loOffset) a = mid
        else b = mid
      }
      lo = b
      loOffset = zoneOffset(timeZone, b)
      if (b < end) {
        at.push(b)
        offsets.push(loOffset)
      }
    }
    lo = sample
  }
  data = { start, end, startOffset, at, offsets }
  zone.years.set(year, data)
  return data
}

/**
 * The offset of `timeZone` at `t` and the next instant after `t` where it may change (a change, or the
 * start of the next UTC year). `t` must be an instant of the accepted range.
 */
export function offsetSpan(timeZone: string, t: number): { readonly offset: number; readonly until: number } {
  const zone = historyOf(timeZone)
  const last = zone.last
  if (last !== undefined && t >= last.from && t < last.until) return last
  if (t < FIRST_CHANGING_INSTANT) {
    zone.early ??= zoneOffset(timeZone, FIRST_CHANGING_INSTANT - 1)
    return { offset: zone.early, until: FIRST_CHANGING_INSTANT }
  }
  const year = yearOfDay(Math.floor(t / DAY))
  const cycles = year >= RULE_YEARS_FROM + CYCLE_YEARS ? Math.floor((year - RULE_YEARS_FROM) / CYCLE_YEARS) : 0
  const shift = cycles * CYCLE_MS
  const data = offsetYear(timeZone, zone, year - cycles * CYCLE_YEARS)
  const local = t - shift
  let offset = data.startOffset
  let from = data.start
  for (let i = 0; i < data.at.length; i++) {
    const change = data.at[i]
    const next = data.offsets[i]
    // The two lists have one entry per change; the checks let the compiler see it.
    if (change === undefined || next === undefined) break
    if (change > local) return remember(zone, from + shift, offset, change + shift)
    offset = next
    from = change
  }
  return remember(zone, from + shift, offset, data.end + shift)
}

function remember(zone: ZoneHistory, from: number, offset: number, until: number): Span {
  const span: Span = { from, offset, until }
  zone.last = span
  return span
}
