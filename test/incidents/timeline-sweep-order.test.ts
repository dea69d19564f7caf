// The sweep takes each element's incidents in order of time, whatever the order of the log: an operator who
// exports the log newest first, or merges two exports, must read the same statement. These tests pin what a
// statement credits each incident with in the cases the sweep takes a shortcut for (an incident alone, a log
// already in order, many elements of one incident each) and where incidents tie (equal starts).
import { describe, expect, it } from 'vitest'
import { type IncidentInput, measureAvailability, monthlyStatement, monthPeriod } from '../../src/index.js'

const MIN = 60_000
const april = monthPeriod({ year: 2026, month: 4 })
const at = (hhmm: string): string => `2026-04-07T${hhmm}:00Z`
const commitment = { measurement: { weights: { outage: '1', partial: '0.5', degraded: '0.2' } }, credit: { type: 'pro-rata' } } as const

/** Each incident's [counted, excluded] minutes in a report, by id. */
function byId(report: ReturnType<typeof measureAvailability>): Record<string, [number, number]> {
  return Object.fromEntries(report.contributions.map((c) => [c.id ?? '', [c.countedMs / MIN, c.excludedMs / MIN]]))
}

describe('a statement and the order of the log', () => {
  const log: IncidentInput[] = [
    { id: 'web-outage', start: at('10:00'), end: at('10:30'), elements: ['web'] },
    { id: 'web-partial', start: at('10:00'), end: at('11:00'), impact: 'partial', elements: ['web'] },
    { id: 'web-maintenance', start: at('10:20'), end: at('10:40'), cause: 'maintenance', elements: ['web'] },
    { id: 'db-outage', start: at('12:00'), end: at('12:10'), elements: ['db'] },
    { id: 'db-degraded', start: at('12:10'), end: at('12:20'), impact: 'degraded', elements: ['db'] },
    { id: 'everyone', start: at('14:00'), end: at('14:05') },
    { id: 'cache-outage', start: at('13:58'), end: at('14:02'), elements: ['cache'] },
    { id: 'web-early', start: at('09:00'), end: at('09:30'), impact: 'partial', elements: ['web'] },
  ]
  const elements = ['web', 'db', 'cache'].map((id) => ({ id, fee: { amount: '100', currency: 'EUR' } }))

  // web: early partial alone 30; 10:00–10:20 the outage (heavier than the partial starting with it) 20;
  //   10:20–10:40 maintenance 20 excluded; 10:40–11:00 the partial 20 (the outage ended at 10:30); everyone 5.
  //   Downtime 30 × 0.5 + 20 + 20 × 0.5 + 5 = 50 min.
  // db: the outage alone 10, then the degraded incident it abuts, alone too, 10 × 0.2 = 2; everyone 5. 17 min.
  // cache: its outage started first, 13:58–14:02 (4); everyone's from 14:02 to 14:05 (3). 7 min.
  const want = {
    web: [{ 'web-outage': [20, 0], 'web-partial': [20, 0], 'web-maintenance': [0, 20], everyone: [5, 0], 'web-early': [30, 0] }, 50, 20],
    db: [{ 'db-outage': [10, 0], 'db-degraded': [10, 0], everyone: [5, 0] }, 17, 0],
    cache: [{ everyone: [3, 0], 'cache-outage': [4, 0] }, 7, 0],
  }

  const orders: [string, IncidentInput[]][] = [
    ['as written', log],
    ['newest first', [...log].reverse()],
    ['in order of start', [...log].sort((a, b) => Date.parse(a.start as string) - Date.parse(b.start as string))],
  ]
  for (const [name, incidents] of orders) {
    it(`credits each incident the same with the log ${name}`, () => {
      const s = monthlyStatement({ commitment, period: april, incidents, elements })
      const got = Object.fromEntries(s.elements.map((e) => [e.element, [byId(e.availability), e.availability.downtimeMs / MIN, e.availability.excludedMs / MIN]]))
      expect(got).toEqual(want)
    })
  }
})

describe('a log written newest first', () => {
  it('credits overlapping incidents by when they started, not by where the log lists them', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'third', start: at('10:40'), end: at('11:10') },
        { id: 'second', start: at('10:20'), end: at('10:50') },
        { id: 'first', start: at('10:00'), end: at('10:30') },
      ],
    })
    // 10:00–10:30 the first (30); 10:30–10:50 the second, started before the third (20); 10:50–11:10 the
    // third (20). 70 min of downtime, the union of the three.
    expect(byId(r)).toEqual({ third: [20, 0], second: [20, 0], first: [30, 0] })
    expect(r.downtimeMs).toBe(70 * MIN)
  })
})

describe('incidents piling up', () => {
  it('gives each stretch to the earliest-started incident still under way, as others start and end', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'first', start: at('10:00'), end: at('10:30') },
        { id: 'second', start: at('10:10'), end: at('11:00') },
        { id: 'third', start: at('10:40'), end: at('10:50') },
      ],
    })
    // The first until it ends (30); then the second, which started before the third, to 11:00 (30); the
    // third, wholly inside the second, nothing. 60 min.
    expect(byId(r)).toEqual({ first: [30, 0], second: [30, 0], third: [0, 0] })
    expect(r.downtimeMs).toBe(60 * MIN)
  })

  it('keeps crediting a long outage while shorter ones start and end inside it', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'long', start: at('10:00'), end: at('11:00') },
        { id: 'short', start: at('10:10'), end: at('10:20') },
        { id: 'later', start: at('10:30'), end: at('10:40') },
      ],
    })
    // The long outage started first and lasts throughout: all 60 min are its own.
    expect(byId(r)).toEqual({ long: [60, 0], short: [0, 0], later: [0, 0] })
    expect(r.downtimeMs).toBe(60 * MIN)
  })

  it('credits a degraded service around an outage inside it, and the outage in between', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'degraded', start: at('10:00'), end: at('10:40'), impact: 'degraded' },
        { id: 'outage', start: at('10:10'), end: at('10:20') },
      ],
    })
    // Degraded 10:00–10:10 and 10:20–10:40 (30 × 0.2 = 6), the outage 10:10–10:20 (10). 16 min.
    expect(byId(r)).toEqual({ degraded: [30, 0], outage: [10, 0] })
    expect(r.downtimeMs).toBe(16 * MIN)
  })

  it('counts five incidents under way at once by impact, then by start, as they end in another order', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'P', start: at('10:00'), end: at('11:00'), impact: 'partial' },
        { id: 'D', start: at('10:02'), end: at('10:40'), impact: 'degraded' },
        { id: 'O1', start: at('10:05'), end: at('10:20') },
        { id: 'O2', start: at('10:10'), end: at('10:50') },
        { id: 'O3', start: at('10:15'), end: at('10:30') },
      ],
    })
    // 10:00–10:05 P (5); 10:05–10:20 O1, the first outage (15); 10:20–10:50 O2, started before O3 (30);
    // 10:50–11:00 P (10). D is always under a heavier partial or outage. 15 × 0.5 + 15 + 30 = 52.5 min.
    expect(byId(r)).toEqual({ P: [15, 0], D: [0, 0], O1: [15, 0], O2: [30, 0], O3: [0, 0] })
    expect(r.downtimeMs).toBe(52.5 * MIN)
  })

  it('excludes the time of two overlapping maintenance windows for the one under way, and one alone', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'outage', start: at('10:00'), end: at('11:00') },
        { id: 'm1', start: at('10:00'), end: at('10:30'), cause: 'maintenance' },
        { id: 'm2', start: at('10:20'), end: at('11:00'), cause: 'maintenance' },
        { id: 'm3', start: at('13:00'), end: at('13:45'), cause: 'maintenance' },
      ],
    })
    // m1 10:00–10:30 (30), then m2, which m1 covered until it ended, 10:30–11:00 (30); m3 alone (45). The
    // outage is always under maintenance: no downtime, 105 min excluded.
    expect(byId(r)).toEqual({ outage: [0, 0], m1: [0, 30], m2: [0, 30], m3: [0, 45] })
    expect(r.downtimeMs).toBe(0)
    expect(r.excludedMs).toBe(105 * MIN)
  })

  it('counts an outage from the first instant of the period under a partial outage starting later', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'outage', start: '2026-04-01T00:00:00Z', end: '2026-04-01T01:00:00Z' },
        { id: 'partial', start: '2026-04-01T00:30:00Z', end: '2026-04-01T01:30:00Z', impact: 'partial' },
      ],
    })
    // Outage 00:00–01:00 (60), then the partial 01:00–01:30 (30 × 0.5 = 15). 75 min.
    expect(byId(r)).toEqual({ outage: [60, 0], partial: [30, 0] })
    expect(r.downtimeMs).toBe(75 * MIN)
  })
})

describe('weights in another order than outage, partial, degraded', () => {
  it('counts a degraded service weighing more than a partial outage over it', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { outage: '1', partial: '0.4', degraded: '0.8' } }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        { id: 'partial', start: at('10:00'), end: at('11:00'), impact: 'partial' },
        { id: 'degraded', start: at('10:15'), end: at('10:45'), impact: 'degraded' },
      ],
    })
    // Partial 10:00–10:15 and 10:45–11:00 (30 × 0.4 = 12); degraded 10:15–10:45 (30 × 0.8 = 24). 36 min.
    expect(byId(r)).toEqual({ partial: [30, 0], degraded: [30, 0] })
    expect(r.downtimeMs).toBe(36 * MIN)
  })
})

describe('incidents starting at the same instant', () => {
  it('counts the heavier of two impacts starting together, whichever the log lists first', () => {
    const outage = { id: 'outage', start: at('10:00'), end: at('10:30') }
    const partial = { id: 'partial', start: at('10:00'), end: at('11:00'), impact: 'partial' as const }
    // The outage's 30 min count whole; the partial only once the outage has ended: 30 × 0.5 = 15 min.
    for (const incidents of [
      [outage, partial],
      [partial, outage],
    ]) {
      const r = measureAvailability({ commitment, period: april, incidents })
      expect(byId(r)).toEqual({ outage: [30, 0], partial: [30, 0] })
      expect(r.downtimeMs).toBe(45 * MIN)
    }
  })

  it('counts the shared time of two outages starting together for the one the log lists first', () => {
    const short = { id: 'short', start: at('10:00'), end: at('10:10') }
    const long = { id: 'long', start: at('10:00'), end: at('10:30') }
    // 30 min of downtime either way; listed first, the short one takes 10:00–10:10 and the long one the rest,
    // or the long one takes all 30 and the short one nothing.
    const first = measureAvailability({ commitment, period: april, incidents: [short, long] })
    expect(byId(first)).toEqual({ short: [10, 0], long: [20, 0] })
    const second = measureAvailability({ commitment, period: april, incidents: [long, short] })
    expect(byId(second)).toEqual({ short: [0, 0], long: [30, 0] })
    expect([first.downtimeMs, second.downtimeMs]).toEqual([30 * MIN, 30 * MIN])
  })

  it('excludes maintenance over an outage that starts and ends with it', () => {
    const r = measureAvailability({
      commitment,
      period: april,
      incidents: [
        { id: 'outage', start: at('10:00'), end: at('10:30') },
        { id: 'maintenance', start: at('10:00'), end: at('10:30'), cause: 'maintenance' },
        { id: 'after', start: at('10:30'), end: at('10:45'), impact: 'partial' },
      ],
    })
    // Maintenance wins the whole 30 min; the partial that follows counts 15 × 0.5 = 7.5 min.
    expect(byId(r)).toEqual({ outage: [0, 0], maintenance: [0, 30], after: [15, 0] })
    expect(r.downtimeMs).toBe(7.5 * MIN)
    expect(r.excludedMs).toBe(30 * MIN)
  })
})

describe('many elements', () => {
  it('credits two elements swept one after the other, each with two overlapping outages, by start', () => {
    const s = monthlyStatement({
      commitment,
      period: april,
      incidents: [
        { id: 'x-early', start: at('10:00'), end: at('10:30'), elements: ['x'] },
        { id: 'x-late', start: at('10:10'), end: at('10:40'), elements: ['x'] },
        { id: 'y-early', start: at('12:00'), end: at('12:30'), elements: ['y'] },
        { id: 'y-late', start: at('12:10'), end: at('12:40'), elements: ['y'] },
      ],
      elements: ['x', 'y'].map((id) => ({ id, fee: { amount: '10', currency: 'EUR' } })),
    })
    // For each: the earlier outage 30 min, the later one its last 10 min; 40 min of downtime.
    expect(s.elements.map((e) => [byId(e.availability), e.availability.downtimeMs / MIN])).toEqual([
      [{ 'x-early': [30, 0], 'x-late': [10, 0] }, 40],
      [{ 'y-early': [30, 0], 'y-late': [10, 0] }, 40],
    ])
  })

  it('credits each of 40 elements its own incident, and an element swept after them its overlap once', () => {
    // vm-k is down k + 1 minutes on day k + 1 of April; the last element has two nested outages.
    const incidents: IncidentInput[] = Array.from({ length: 40 }, (_, k) => ({
      id: `vm-${k}`,
      start: Date.UTC(2026, 3, 1 + (k % 30), 10, 0) + k * 1000,
      end: Date.UTC(2026, 3, 1 + (k % 30), 10, k + 1) + k * 1000,
      elements: [`vm-${k}`],
    }))
    incidents.push(
      { id: 'outer', start: at('10:00'), end: at('10:30'), elements: ['last'] },
      { id: 'inner', start: at('10:10'), end: at('10:20'), elements: ['last'] },
    )
    const elements = [...Array.from({ length: 40 }, (_, k) => `vm-${k}`), 'last'].map((id) => ({ id, fee: { amount: '10', currency: 'EUR' } }))
    const s = monthlyStatement({ commitment, period: april, incidents, elements })
    expect(s.elements.map((e) => e.availability.downtimeMs / MIN)).toEqual([...Array.from({ length: 40 }, (_, k) => k + 1), 30])
    expect(s.elements.map((e) => byId(e.availability))).toEqual([
      ...Array.from({ length: 40 }, (_, k) => ({ [`vm-${k}`]: [k + 1, 0] })),
      // The inner outage started later: the outer one, under way, keeps the whole 30 min.
      { outer: [30, 0], inner: [0, 0] },
    ])
  })
})
