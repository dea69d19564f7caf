import { type BusinessCalendar, businessCalendar, businessTimeBetween, isCovered, nextCoveredInstant } from '../time/calendar.js'
import { at } from './random.js'

/**
 * What an incident reported outside the team's hours waits for: the team's next opening, and how much of
 * that wait the GTI's own clock counts. Sampled once per calendar pair and year from the calendars, into
 * tables the loop reads with a few comparisons.
 *
 * @module
 */

const MINUTE = 60_000

const defaultTeams = new Map<string, BusinessCalendar>()

export function defaultTeamHours(timeZone: string): BusinessCalendar {
  let cal = defaultTeams.get(timeZone)
  if (!cal) {
    const day = '09:00-18:00'
    cal = businessCalendar({ timeZone, hours: { mon: day, tue: day, wed: day, thu: day, fri: day }, holidays: 'FR' })
    defaultTeams.set(timeZone, cal)
  }
  return cal
}

/** The end of the covered stretch that starts at covered instant `c`, at most `limit`, to the millisecond. */
function endOfCoveredRun(cal: BusinessCalendar, c: number, limit: number): number {
  const covered = (x: number) => businessTimeBetween(cal, c, c + x) === x
  const room = limit - c
  let good = 0
  let step = MINUTE
  while (step < room && covered(step)) {
    good = step
    step *= 2
  }
  let bad = Math.min(step, room)
  if (bad === room && covered(room)) return limit
  while (bad - good > 1) {
    const mid = good + Math.floor((bad - good) / 2)
    if (covered(mid)) good = mid
    else bad = mid
  }
  return c + good
}

/** A stretch of time, [start, end). */
interface Run {
  readonly start: number
  readonly end: number
}

/** Covered stretches of a calendar inside [from, to). */
function coveredRuns(cal: BusinessCalendar, from: number, to: number): Run[] {
  if (cal.kind === '24/7') return [{ start: from, end: to }]
  const out: Run[] = []
  let t = from
  while (t < to) {
    if (!isCovered(cal, t)) {
      const n = nextCoveredInstant(cal, t).getTime()
      if (n >= to) break
      t = n
    }
    const e = endOfCoveredRun(cal, t, to)
    out.push({ start: t, end: e })
    t = e
  }
  return out
}

/** Equal shares of the outside-hours time, each pointing at the stretch it begins in. */
export const SEGMENT_BUCKETS = 4096

/** The outside-hours time of a reference year, and the wait that each instant of it means. */
export interface WaitingTable {
  /** Outside-hours stretches of the reference year: start, cumulative outside time before it. */
  readonly segFrom: Float64Array
  readonly segCum: Float64Array
  readonly segCount: number
  /** For b = 0 … 4096, the stretch holding the outside-hours time b/4096 of the way: where the search starts. */
  readonly segBucket: Float64Array
  readonly totalOutside: number
  /** For stretch i, GTI-clock intervals subA[j]..subB[j] for j in subStart[i] .. subStart[i + 1]. */
  readonly subStart: Float64Array
  readonly subA: Float64Array
  readonly subB: Float64Array
  /**
   * Whether a wait can count at all: false when the team works round the clock, or when the GTI's clock
   * runs only in the team's hours. Then no number is drawn for the time of report.
   */
  readonly waits: boolean
}

const waitCache = new WeakMap<BusinessCalendar, Map<string, WaitingTable>>()

/**
 * The stretches of the reference year outside the team's hours, each with the GTI-clock time between each
 * of its instants and the team's next opening: the wait of an incident reported then. Computed once per
 * calendar pair and year, outside the hot loop.
 */
export function waitingTable(team: BusinessCalendar, gti: BusinessCalendar, year: number): WaitingTable {
  const key = `${year}`
  let byCal = waitCache.get(team)
  if (!byCal) waitCache.set(team, (byCal = new Map()))
  const gtiKey = gti === team ? 'same' : gti.kind === '24/7' ? '24/7' : undefined
  const hit = gtiKey && byCal.get(`${key}:${gtiKey}`)
  if (hit) return hit
  const y0 = Date.UTC(year, 0, 1)
  const y1 = Date.UTC(year + 1, 0, 1)
  const runs = coveredRuns(team, y0, y1)
  const segFrom: number[] = []
  const segCum: number[] = []
  const subStart: number[] = []
  const subA: number[] = []
  const subB: number[] = []
  let total = 0
  const addSegment = (from: number, to: number, opening: number) => {
    if (to <= from) return
    segFrom.push(from)
    segCum.push(total)
    total += to - from
    subStart.push(subA.length)
    if (gti === team) return
    for (const clock of coveredRuns(gti, from, opening)) {
      subA.push(clock.start)
      subB.push(clock.end)
    }
  }
  let t = y0
  for (const run of runs) {
    addSegment(t, run.start, run.start)
    t = run.end
  }
  if (t < y1) addSegment(t, y1, nextCoveredInstant(team, y1).getTime())
  subStart.push(subA.length)
  const cum = Float64Array.from(segCum)
  const segBucket = new Float64Array(SEGMENT_BUCKETS + 1)
  for (let b = 0, i = 0; b <= SEGMENT_BUCKETS; b++) {
    const share = (b / SEGMENT_BUCKETS) * total
    while (i + 1 < cum.length && at(cum, i + 1) <= share) i++
    segBucket[b] = i
  }
  const table = Object.freeze({
    segFrom: Float64Array.from(segFrom),
    segCum: cum,
    segCount: segFrom.length,
    segBucket,
    waits: total > 0 && subA.length > 0,
    totalOutside: total,
    subStart: Float64Array.from(subStart),
    subA: Float64Array.from(subA),
    subB: Float64Array.from(subB),
  })
  if (gtiKey) byCal.set(`${key}:${gtiKey}`, table)
  return table
}

