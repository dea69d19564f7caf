/**
 * Property 8: bad input is rejected at the edge with one error class. For arbitrary junk given as the
 * incident list, as one incident, or as one field of an otherwise valid incident, measureAvailability either
 * returns a valid report (all of property 4's bounds hold, no NaN anywhere) or throws an InputError — never a
 * TypeError, RangeError or any other error, and never a report with NaN or Infinity in it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, type IncidentInput, InputError, measureAvailability, monthlyStatement, presets } from '../../src/index.js'
import { commitmentArb, expectValidReport, incidentArb, incidentsArb, MARCH_2026_PARIS, RUNS } from './arbitraries.js'

const march = MARCH_2026_PARIS
const mStart = march.start.getTime()
const mEnd = march.end.getTime()

/** Junk of every kind: nested objects and arrays (sparse too), Dates (invalid too), bigints, Maps, boxed values… */
const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
})

/** Junk biased towards what an incident field might almost be: numbers at the edges, near-ISO strings, NaN dates. */
const nearlyValid = fc.oneof(
  junk,
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1.5,
    8.64e15,
    8.64e15 + 1,
    -8.64e15,
    Number.MAX_SAFE_INTEGER,
    new Date(Number.NaN),
    new Date(8.64e15),
    '2026-03-10T10:00:00',
    '2026-02-30T10:00:00Z',
    '2026-03-10T24:00:00Z',
    '+275760-09-13T00:00:00Z',
    '2026-03-10T10:00:00+25:00',
    '',
    'outage',
    'unplanned',
    ['a', ''],
    [],
    [undefined, 'a'],
  ),
  fc.sparseArray(fc.constantFrom('a', 'b'), { minNumElements: 1, maxLength: 4 }),
)

const FIELDS = ['start', 'end', 'impact', 'cause', 'elements', 'id', 'detectedAt', 'reportedAt', 'interventionAt', 'restoredAt', 'title'] as const

/**
 * Calls `fn`; passes if it returns a valid report or throws an InputError, fails on any other outcome.
 * `given`: texts of the caller's that the sentences quote as they are (an element's name), left out of the
 * check for figures written `NaN`: a name may well hold those letters.
 */
function validOrInputError(fn: () => Parameters<typeof expectValidReport>[0], given: readonly string[] = []): void {
  let report
  try {
    report = fn()
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.issues.length).toBeGreaterThan(0)
      return
    }
    throw error
  }
  expectValidReport(report)
  // The explanation is built on first read: it must not throw either, nor print NaN.
  for (const line of report.explanation) expect(given.reduce((text, g) => (g === '' ? text : text.replaceAll(g, '')), line)).not.toMatch(/NaN|Infinity|Invalid Date/)
  for (const c of report.contributions) expect(c.reason).not.toMatch(/NaN|Infinity|Invalid Date/)
  // Nor may the steps the sentences are written from hold a number that is not finite.
  expect(nonFinite([report.steps, report.contributions.map((c) => c.step)])).toEqual([])
}

/** Paths to the numbers in a tree of steps that are not finite. */
function nonFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (value === null || typeof value !== 'object' || value instanceof Decimal) return value instanceof Decimal && !value.isFinite() ? [path] : []
  return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`))
}

describe('errors (property 8)', () => {
  it('junk as the incident list: a valid report or an InputError', () => {
    fc.assert(
      fc.property(commitmentArb(), junk, (commitment, incidents) => {
        validOrInputError(() => measureAvailability({ commitment, period: march, incidents: incidents as IncidentInput[] }))
      }),
      { numRuns: RUNS },
    )
  })

  it('junk items mixed into a valid incident list: a valid report or an InputError', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, {}, 5), fc.array(junk, { minLength: 1, maxLength: 3 }), fc.nat(), (commitment, incidents, items, at) => {
        const list: unknown[] = [...incidents]
        list.splice(at % (list.length + 1), 0, ...items)
        validOrInputError(() => measureAvailability({ commitment, period: march, incidents: list as IncidentInput[] }))
      }),
      { numRuns: RUNS },
    )
  })

  it("junk in one field of one incident: a valid report or an InputError", () => {
    fc.assert(
      fc.property(
        commitmentArb(),
        incidentsArb(mStart, mEnd, { elements: true }, 5),
        incidentArb(mStart, mEnd, { elements: true }),
        fc.constantFrom(...FIELDS),
        nearlyValid,
        fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
        (commitment, incidents, incident, field, value, element) => {
          const bad = { ...incident, [field]: value } as IncidentInput
          validOrInputError(() =>
            measureAvailability({ commitment, period: march, incidents: [...incidents, bad], asOf: mEnd, ...(element !== undefined && { element }) }),
          )
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('junk in one field of one incident of a statement: an InputError, or a statement whose unbilled names are real names', () => {
    // Element names come from incidents; whatever the library accepts as `elements` must yield non-empty
    // string names, else a hole in a sparse array (or anything else) would surface as an "unbilled element".
    fc.assert(
      fc.property(
        incidentArb(mStart, mEnd),
        // `elements` half of the time: it is the field the unbilled names come from.
        fc.oneof(fc.constant('elements' as const), fc.constantFrom(...FIELDS)),
        nearlyValid,
        (incident, field, value) => {
        const bad = { ...incident, [field]: value } as IncidentInput
        let statement
        try {
          statement = monthlyStatement({
            commitment: presets.ovhVps2016.value,
            period: march,
            incidents: [bad],
            asOf: mEnd,
            elements: [{ id: 'a', fee: { amount: '9.99', currency: 'EUR' } }],
          })
        } catch (error) {
          if (error instanceof InputError) return
          throw error
        }
        for (const e of statement.elements) expectValidReport(e.availability)
        const u = statement.unbilledElements as unknown
        const names = u instanceof Map ? [...u.keys()] : (u as { element: unknown }[]).map((x) => x.element)
        for (const name of names) {
          expect(typeof name).toBe('string')
          expect((name as string).length).toBeGreaterThan(0)
        }
      },
      ),
      { numRuns: RUNS },
    )
  })

  it('junk as the period, the commitment or asOf: a valid report or an InputError', () => {
    fc.assert(
      fc.property(fc.constantFrom('period', 'commitment', 'asOf', 'element'), nearlyValid, incidentsArb(mStart, mEnd, { open: true }, 5), (key, value, incidents) => {
        validOrInputError(
          () => measureAvailability({ commitment: presets.ovhVps2016.value, period: march, incidents, asOf: mEnd + 1, [key]: value } as Parameters<typeof measureAvailability>[0]),
          key === 'element' && typeof value === 'string' ? [value] : [],
        )
      }),
      { numRuns: RUNS },
    )
  })
})
