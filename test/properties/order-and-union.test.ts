/**
 * Properties 1 and 2: the incident log is a *set* of intervals, so the figures must not depend on how it
 * is written down. The sweep attributes each stretch of time to one incident (the earliest started, ties
 * broken by position), so the *attribution* may move between incidents when the list is shuffled, but
 * every total (downtime, excluded time, availability, credit) is a function of the union alone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, customPeriod, type IncidentInput, measureAvailability, monthlyStatement, type Period } from '../../src/index.js'
import {
  asOfFor,
  commitmentArb,
  customBoundsArb,
  ELEMENTS,
  expectValidReport,
  figures,
  incidentArb,
  incidentsArb,
  MARCH_2026_PARIS,
  RUNS,
  withShuffle,
} from './arbitraries.js'

const march = MARCH_2026_PARIS
const mStart = march.start.getTime()
const mEnd = march.end.getTime()
const asOf = asOfFor(mStart, mEnd)

const measure = (commitment: CommitmentInput, period: Period, incidents: IncidentInput[], element?: string) =>
  measureAvailability({ commitment, period, incidents, asOf, ...(element !== undefined && { element }) })

const fees = [
  { id: 'a', fee: { amount: '9.99', currency: 'EUR' } },
  { id: 'b', fee: { amount: '4.99', currency: 'EUR' } },
  { id: 'c', fee: { amount: '120', currency: 'USD' } },
]

const statement = (commitment: CommitmentInput, period: Period, incidents: IncidentInput[]) =>
  monthlyStatement({ commitment, period, incidents, elements: fees, asOf })

/** What a statement says, in plain values: figures and credits per element, totals, unbilled names. */
function statementFigures(s: ReturnType<typeof statement>) {
  return {
    elements: s.elements.map((e) => ({ element: e.element, ...figures(e.availability), credit: e.credit.amount.toString(), percent: e.credit.percent.toString() })),
    totals: s.totals.map((t) => ({ ...t, fees: t.fees.toString(), credits: t.credits.toString() })),
    unbilled: unbilledOf(s),
  }
}

/**
 * The unbilled element names with their incident counts, sorted by name. Read through `unknown` so that
 * it works whether the statement gives them as a Map (name → count) or a list of { element, incidents }.
 */
function unbilledOf(s: ReturnType<typeof statement>): { element: unknown; incidents: number }[] {
  const u = s.unbilledElements as unknown
  const list = u instanceof Map ? [...u].map(([element, incidents]) => ({ element, incidents: incidents as number })) : [...(u as { element: unknown; incidents: number }[])]
  return list.sort((x, y) => String(x.element).localeCompare(String(y.element)))
}

describe('order independence (property 1)', () => {
  it('shuffling the incidents changes no figure of measureAvailability (March 2026, Europe/Paris)', () => {
    // Union, "heaviest impact wins" and "exclusion wins" are pointwise rules on time: each instant's fate
    // depends on the set of incidents active at it, not on their order in the list.
    fc.assert(
      fc.property(commitmentArb(), withShuffle(incidentsArb(mStart, mEnd, { open: true })), (commitment, [incidents, shuffled]) => {
        const a = measure(commitment, march, incidents)
        const b = measure(commitment, march, shuffled)
        expect(figures(b)).toEqual(figures(a))
        // The attribution may move, but the contributions still add up to the same totals.
        const sum = (r: typeof a) => r.contributions.reduce((s, c) => s + c.countedMs + c.excludedMs, 0)
        expect(sum(b)).toBe(sum(a))
      }),
      { numRuns: RUNS },
    )
  })

  it('shuffling the incidents changes no figure on an arbitrary custom period', () => {
    fc.assert(
      fc.property(
        commitmentArb(),
        customBoundsArb.chain((bounds) => fc.tuple(fc.constant(bounds), withShuffle(incidentsArb(bounds.start, bounds.end)))),
        (commitment, [bounds, [incidents, shuffled]]) => {
          const period = customPeriod(bounds)
          expect(figures(measure(commitment, period, shuffled))).toEqual(figures(measure(commitment, period, incidents)))
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('shuffling the incidents changes no figure, credit or total of monthlyStatement', () => {
    // Per element the statement sweeps the incidents naming it plus those naming no element; the order of
    // the log must not matter there either, nor in the per-currency totals or the unbilled names.
    fc.assert(
      fc.property(commitmentArb(), withShuffle(incidentsArb(mStart, mEnd, { elements: true, open: true })), (commitment, [incidents, shuffled]) => {
        expect(statementFigures(statement(commitment, march, shuffled))).toEqual(statementFigures(statement(commitment, march, incidents)))
      }),
      { numRuns: RUNS },
    )
  })

  it('the open flag does not depend on the order: ties between open and closed incidents', () => {
    // `open` says the figure is provisional: an incident still open at asOf was counted. When an open
    // incident and a closed one cover the same time (same start, the closed one ending at asOf), the sweep
    // attributes the time to whichever comes first in the list; the flag must not follow that arbitrary
    // choice. Starts are drawn from a few instants so that such ties are frequent.
    const at = mStart + 10 * 86_400_000
    const asOfHere = at + 6 * 3_600_000
    const tieArb = fc.record({
      start: fc.constantFrom(at, at + 3_600_000, at + 2 * 3_600_000),
      end: fc.constantFrom<number | null>(null, asOfHere, at + 4 * 3_600_000),
    })
    fc.assert(
      fc.property(withShuffle(fc.array(tieArb, { maxLength: 6 })), ([incidents, shuffled]) => {
        const m = (list: IncidentInput[]) =>
          measureAvailability({ commitment: { credit: { type: 'tiers', tiers: [{ below: '99.9', credit: '10' }] } }, period: march, incidents: list, asOf: asOfHere })
        expect(m(shuffled).open).toBe(m(incidents).open)
      }),
      { numRuns: RUNS },
    )
  })

  it('a statement entry is the availability measured for that element alone', () => {
    // monthlyStatement shares the work done on the log between elements; sharing must not change a figure.
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, { elements: true }), (commitment, incidents) => {
        const s = statement(commitment, march, incidents)
        for (const id of ELEMENTS) {
          const entry = s.elements.find((e) => e.element === id)!
          expect(figures(entry.availability)).toEqual(figures(measure(commitment, march, incidents, id)))
        }
      }),
      { numRuns: RUNS },
    )
  })
})

describe('idempotent union (property 2)', () => {
  it('duplicating every incident (the list concatenated with itself) changes nothing', () => {
    // A ∪ A = A: a copy covers exactly the time its original covers, so it adds no downtime and no
    // exclusion. Moreover the sweep attributes a stretch to the earliest-started incident, ties broken by
    // position, so every copy (later in the list) must be attributed nothing at all.
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, { open: true }), (commitment, incidents) => {
        const once = measure(commitment, march, incidents)
        const twice = measure(commitment, march, [...incidents, ...incidents])
        expect(figures(twice)).toEqual(figures(once))
        for (const c of twice.contributions) {
          if (c.index < incidents.length) continue
          expect(c.countedMs).toBe(0)
          expect(c.excludedMs).toBe(0)
        }
        expectValidReport(twice)
      }),
      { numRuns: RUNS },
    )
  })

  it('duplicating every incident changes nothing in monthlyStatement', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, { elements: true }), (commitment, incidents) => {
        const once = statementFigures(statement(commitment, march, incidents))
        const twice = statementFigures(statement(commitment, march, [...incidents, ...incidents]))
        // Unbilled names count incidents, so they double; everything else is unchanged.
        expect({ ...twice, unbilled: [] }).toEqual({ ...once, unbilled: [] })
        expect(twice.unbilled).toEqual(once.unbilled.map((u) => ({ ...u, incidents: 2 * u.incidents })))
      }),
      { numRuns: RUNS },
    )
  })

  it('an incident already covered by another (a sub-interval, same impact and cause) changes nothing', () => {
    // A ∪ B = A when B ⊆ A. Every rule keeps the inclusion: both share the cause (both excluded or
    // neither), a minimum outage that keeps B keeps the longer A, and aligning to clock minutes is monotone
    // (floor/ceil of B's ends stay within those of A), so B can only add time A already covers.
    fc.assert(
      fc.property(
        commitmentArb(),
        incidentsArb(mStart, mEnd),
        incidentArb(mStart, mEnd),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (commitment, incidents, outer, f, g) => {
          const s = outer.start as number
          const e = outer.end as number
          const inner = { ...outer, start: s + Math.floor((e - s) * Math.min(f, g)), end: s + Math.floor((e - s) * Math.max(f, g)) }
          const base = measure(commitment, march, [...incidents, outer])
          const more = measure(commitment, march, [...incidents, outer, inner])
          expect(figures(more)).toEqual(figures(base))
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('the empty interval is neutral: adding zero-length incidents changes nothing, under every rule', () => {
    // [t, t) holds no instant (intervals are half-open), so it touches no clock minute either: it must
    // count nothing whatever the granularity, weights or exclusions.
    fc.assert(
      fc.property(
        commitmentArb(),
        incidentsArb(mStart, mEnd),
        fc.array(incidentArb(mStart, mEnd).map((i) => ({ ...i, end: i.start })), { minLength: 1, maxLength: 3 }),
        (commitment, incidents, empties) => {
          const base = measure(commitment, march, incidents)
          const more = measure(commitment, march, [...incidents, ...empties])
          expect(figures(more)).toEqual(figures(base))
        },
      ),
      { numRuns: RUNS },
    )
  })
})
