import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, parseCommitment } from '../../src/index.js'
import { IssueList } from '../../src/errors.js'
import { MAX_INSTANT, MIN_INSTANT } from '../../src/time/instant.js'
import { type IncidentTable, readIncidents } from '../../src/incidents/normalise.js'
import { EXCLUDED_CLASS, groupByElement, PreparedIncidents, Sweeper } from '../../src/incidents/timeline.js'
import { commitmentArb, durationMsOf } from '../properties/arbitraries.js'

const MIN = 60_000
const plain: CommitmentInput = { measurement: { weights: { outage: '1', partial: '1', degraded: '0' }, excludedCauses: ['maintenance'], minimumOutage: 'PT5M' }, credit: { type: 'pro-rata' } }

function tableOf(incidents: unknown[]): IncidentTable {
  const issues = new IssueList()
  const table = readIncidents(incidents, undefined, 'incidents', issues)
  expect(issues.issues).toEqual([])
  return table!
}

/** The incidents (table indices) in an element's slots: swept ones in slot order, then the others as a set. */
function slotsOf(layout: ReturnType<typeof groupByElement>, e: number): { swept: number[]; others: number[] } {
  const from = layout.offsets[e]!
  const swept = [...layout.incident.subarray(from, from + layout.swept[e]!)]
  const others = [...layout.incident.subarray(layout.others[e]!, layout.offsets[e + 1]!)].sort((x, y) => x - y)
  return { swept, others }
}

describe('groupByElement', () => {
  const P0 = 100 * MIN
  const P1 = 1000 * MIN
  const incidents = [
    /* 0 */ { start: 200 * MIN, end: 300 * MIN, elements: ['a'] },
    /* 1 */ { start: 0, end: 50 * MIN, elements: ['b'] }, // outside the period
    /* 2 */ { start: 150 * MIN, end: 160 * MIN }, // every element
    /* 3 */ { start: 400 * MIN, end: 402 * MIN, elements: ['a'] }, // below the 5-minute minimum
    /* 4 */ { start: 500 * MIN, end: 600 * MIN, elements: ['x'] },
    /* 5 */ { start: 500 * MIN, end: 600 * MIN, elements: ['a', 'b', 'x', 'a'] },
    /* 6 */ { start: 120 * MIN, end: 130 * MIN, elements: 'x' },
    /* 7 */ { start: 90 * MIN, end: 110 * MIN, elements: ['b'], cause: 'maintenance' },
    /* 8 */ { start: 2000 * MIN, end: 2100 * MIN }, // every element, outside
  ]

  it('lays each element out: its swept incidents in log order, then those of every element, then the others', () => {
    const table = tableOf(incidents)
    const prepared = new PreparedIncidents(table, parseCommitment(plain).measurement, P0, P1)
    const layout = groupByElement(prepared, ['a', 'b', 'c'])
    expect(slotsOf(layout, 0)).toEqual({ swept: [0, 5, 2], others: [3] })
    expect(slotsOf(layout, 1)).toEqual({ swept: [5, 7, 2], others: [] })
    expect(slotsOf(layout, 2)).toEqual({ swept: [2], others: [] })
    // Names not asked for, with the incidents touching the period that name them, in order of first mention.
    expect([...layout.unknown]).toEqual([['x', 3]])
    // Swept slots hold the clipped bounds, relative to the period start, until the sweep.
    expect(layout.countedMs[layout.offsets[1]! + 1]).toBe(0)
    expect(layout.excludedMs[layout.offsets[1]! + 1]).toBe(10 * MIN)
    expect(layout.cls[layout.offsets[1]! + 1]).toBe(EXCLUDED_CLASS)
  })

  it('counts the names not asked for even when no incident names an element asked for', () => {
    const table = tableOf(incidents.filter((x) => x.elements !== undefined))
    const prepared = new PreparedIncidents(table, parseCommitment(plain).measurement, P0, P1)
    const layout = groupByElement(prepared, ['nobody'])
    expect(layout.offsets[1]).toBe(0)
    expect([...layout.unknown]).toEqual([
      ['a', 3],
      ['x', 3],
      ['b', 2],
    ])
  })

  it('puts every incident touching the period in one element when the whole service is measured', () => {
    const table = tableOf(incidents)
    const prepared = new PreparedIncidents(table, parseCommitment(plain).measurement, P0, P1)
    const layout = groupByElement(prepared, null)
    expect(slotsOf(layout, 0)).toEqual({ swept: [0, 2, 4, 5, 6, 7], others: [3] })
    expect(layout.unknown.size).toBe(0)
  })
})

interface LogEntry {
  start: number
  length: number
  elements: string[] | undefined
  impact: string
  cause: string
  snap: boolean
}

const between = (min: number, max: number): fc.Arbitrary<number> => fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(max)) }).map(Number)

/** A random log of incidents over a few elements, some naming none or several. */
const logArb = (span: number): fc.Arbitrary<LogEntry[]> =>
  fc.array(
    fc.record({
      start: between(-span / 10, span),
      length: fc.oneof(between(0, span / 4), fc.constantFrom(0, 1, MIN)),
      elements: fc.constantFrom(undefined, ['a'], ['b'], ['a', 'b'], ['b', 'a', 'b'], ['c']),
      impact: fc.constantFrom('outage', 'partial', 'degraded'),
      cause: fc.constantFrom('unplanned', 'maintenance', 'customer'),
      // Equal starts, to exercise ties.
      snap: fc.boolean(),
    }),
    { maxLength: 60 },
  )

interface RawIncident {
  start: number
  end: number
  impact: string
  cause: string
  elements?: string[]
}

/**
 * The sweep's rule, by brute force: between two consecutive boundaries, an excluded incident under way wins,
 * else the heaviest impact under way; the time goes to the earliest-started incident of that class, ties to
 * the first in the element's order (its own incidents in log order, then those of every element).
 *
 * Which incidents take part, and where, is read here from the commitment's words, not from the library: an
 * incident of an excluded cause (by default maintenance, customer and force majeure) is swept as it stands;
 * one of a counted cause is dropped when shorter than the minimum outage, then widened (minute-up) or
 * narrowed (minute-down) to clock minutes; what is left inside the period is swept if it lasts any time.
 */
function reference(measurement: CommitmentInput['measurement'], incidents: readonly RawIncident[], name: string, P0: number, P1: number) {
  // The weights as the commitment writes them (outage 1, partial 1, degraded 0 unless stated), in hundredths.
  const weights = [hundredths(measurement?.weights?.outage, 100), hundredths(measurement?.weights?.partial, 100), hundredths(measurement?.weights?.degraded, 0)]
  const excludedCauses: readonly string[] = measurement?.excludedCauses ?? ['maintenance', 'customer', 'force-majeure']
  const minimum = durationMsOf(measurement?.minimumOutage as string | number | undefined)
  const granularity = measurement?.granularity ?? 'none'
  const classOf = { outage: 0, partial: 1, degraded: 2 } as Record<string, number>
  const own: number[] = []
  const everywhere: number[] = []
  incidents.forEach((x, i) => {
    if (x.elements === undefined) everywhere.push(i)
    else if (x.elements.includes(name)) own.push(i)
  })
  const swept: { i: number; rank: number; s: number; e: number; c: number }[] = []
  ;[...own, ...everywhere].forEach((i, rank) => {
    const x = incidents[i]!
    let s = x.start
    let e = x.end
    const excluded = excludedCauses.includes(x.cause)
    if (!excluded && e > s) {
      if (e - s < minimum) return
      if (granularity === 'minute-up') {
        s = Math.floor(s / MIN) * MIN
        e = Math.ceil(e / MIN) * MIN
      } else if (granularity === 'minute-down') {
        s = Math.ceil(s / MIN) * MIN
        e = Math.floor(e / MIN) * MIN
      }
    }
    s = Math.max(s, P0)
    e = Math.min(e, P1)
    if (e > s) swept.push({ i, rank, s, e, c: excluded ? EXCLUDED_CLASS : classOf[x.impact]! })
  })
  const counted = new Map<number, number>()
  const excluded = new Map<number, number>()
  // In hundredths of a millisecond, as a BigInt: the long period's time × 100 passes 2^53.
  let downtimeHundredths = 0n
  let excludedTotalMs = 0
  const order = [0, 1, 2].sort((a, b) => Number(weights[b]! - weights[a]!) || a - b)
  const times = [...new Set(swept.flatMap((x) => [x.s, x.e]))].sort((a, b) => a - b)
  for (let t = 0; t + 1 < times.length; t++) {
    const [a, b] = [times[t]!, times[t + 1]!]
    const active = swept.filter((x) => x.s <= a && a < x.e)
    const earliest = (c: number) => active.filter((x) => x.c === c).sort((x, y) => x.s - y.s || x.rank - y.rank)[0]
    const ex = earliest(EXCLUDED_CLASS)
    if (ex) {
      excluded.set(ex.i, (excluded.get(ex.i) ?? 0) + b - a)
      excludedTotalMs += b - a
      continue
    }
    for (const c of order) {
      const w = earliest(c)
      if (!w) continue
      counted.set(w.i, (counted.get(w.i) ?? 0) + b - a)
      downtimeHundredths += BigInt(b - a) * weights[c]!
      break
    }
  }
  return { counted, excluded, downtimeHundredths, excludedTotalMs }
}

/** A weight written with at most 2 decimals (as the generated commitments write them), in hundredths, read digit by digit. */
function hundredths(value: string | number | undefined, fallback: number): bigint {
  if (value === undefined) return BigInt(fallback)
  const [whole = '', frac = ''] = String(value).split('.')
  if (frac.length > 2) throw new Error(`the reference reads weights to the hundredth only (got ${value})`)
  return BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2))
}

function checkSweeps(commitment: CommitmentInput, log: LogEntry[], P0: number, P1: number): void {
  const incidents: RawIncident[] = log.map((x) => ({
    start: P0 + (x.snap ? Math.floor(x.start / MIN) * MIN : x.start),
    end: P0 + (x.snap ? Math.floor(x.start / MIN) * MIN : x.start) + x.length,
    impact: x.impact,
    cause: x.cause,
    ...(x.elements && { elements: x.elements }),
  }))
  const table = tableOf(incidents)
  const rules = parseCommitment(commitment).measurement
  const prepared = new PreparedIncidents(table, rules, P0, P1)
  const names = ['a', 'b', 'c', 'd']
  const layout = groupByElement(prepared, names)
  const sweeper = new Sweeper(layout, rules.weightUnits, P1 - P0)
  names.forEach((name, e) => {
    const got = sweeper.sweep(e)
    const want = reference(commitment.measurement, incidents, name, P0, P1)
    // The sweep counts in units of 1/weightScale; the reference in hundredths: cross-multiplied, in integers.
    expect(BigInt(got.downtimeUnits) * 100n).toBe(want.downtimeHundredths * BigInt(rules.weightScale))
    expect(got.excludedTotalMs).toBe(want.excludedTotalMs)
    for (const [from, to] of [
      [layout.offsets[e]!, layout.offsets[e]! + layout.swept[e]!],
      [layout.others[e]!, layout.offsets[e + 1]!],
    ] as const) {
      for (let p = from; p < to; p++) {
        const i = layout.incident[p]!
        expect(layout.countedMs[p], `${name} incident ${i} counted`).toBe(want.counted.get(i) ?? 0)
        expect(layout.excludedMs[p], `${name} incident ${i} excluded`).toBe(want.excluded.get(i) ?? 0)
      }
    }
  })
}

describe('Sweeper', () => {
  it('attributes every stretch of time as the brute-force rule does', () => {
    const span = 1000 * MIN
    fc.assert(
      fc.property(commitmentArb(), logArb(span), (commitment, log) => checkSweeps(commitment, log, 1_772_319_600_000, 1_772_319_600_000 + span)),
      { numRuns: 300 },
    )
  })

  it('does the same over periods at the edge of 32-bit slot times, which hold them up to 2^32 − 1 ms', () => {
    // Slot times are whole milliseconds from the period's start, at most its length: 32 bits hold them for a
    // period of up to 2^32 − 1 ms (49.7 days); over a period of 2^32 ms, an incident reaching its end would
    // be written as 0 there. Most logs here have one that does (starts up to the end, lengths up to a quarter).
    const p0 = 1_772_319_600_000
    for (const span of [2 ** 32 - 1, 2 ** 32]) {
      const bytes = groupByElement(new PreparedIncidents(tableOf([]), parseCommitment({ credit: { type: 'pro-rata' } }).measurement, p0, p0 + span), ['a']).countedMs.BYTES_PER_ELEMENT
      // 4 bytes a slot where they fit: a month's layout of 4,000,000 incidents is 32 MB lighter.
      expect(bytes).toBe(span === 2 ** 32 ? 8 : 4)
      fc.assert(
        fc.property(commitmentArb(), logArb(span), (commitment, log) => checkSweeps(commitment, log, p0, p0 + span)),
        { numRuns: 100 },
      )
    }
  })

  it('does the same over a period too long to pack a time and a slot in one double', () => {
    // Nearly the whole range of instants (~2.3e14 ms, incidents reaching a tenth before and a quarter after
    // it): past 38 slots of an element, time × slots passes 2^53 and the sweep sorts slots by time instead
    // of packed keys.
    const span = Math.floor((MAX_INSTANT - MIN_INSTANT) / 1.36)
    const p0 = MIN_INSTANT + Math.ceil(span / 10) + MIN // a minute more for the starts snapped down to one
    fc.assert(
      fc.property(logArb(span), (log) => checkSweeps({ measurement: { excludedCauses: ['maintenance'] }, credit: { type: 'pro-rata' } }, log, p0, p0 + span)),
      { numRuns: 100 },
    )
  })
})
