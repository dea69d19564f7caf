import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFor, measureAvailability, monthlyStatement, monthPeriod, presets } from '../../src/index.js'

// A statement decides each element's band from integer downtime thresholds worked out once for all its
// elements; creditFor decides it from the availability as an exact decimal. A wrong threshold, a wrong
// comparison at a bound or a plan shared between elements that are not alike would bill a client the
// band next door, on the very incidents a dispute is about: those at a band's edge.

// April 2026 in UTC: 30 × 86,400,000 = 2,592,000,000 ms.
const period = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
const MONTH_MS = 2_592_000_000
// The downtime at which an availability of b % is reached: MONTH_MS × (100 − b) / 100, for the bounds the
// presets' band tables use (99.99 % → 259,200 ms, 99.9 % → 2,592,000 ms, 95 % → 129,600,000 ms, …).
const BOUNDS = ['99.99', '99.95', '99.9', '99.5', '99', '98', '97', '95', '90']
const edges = BOUNDS.map((b) => Math.round((MONTH_MS * (10_000 - Math.round(Number(b) * 100))) / 10_000))
// Every preset a month can be billed under (the in-service ones need the running periods of a deployment).
const commitments = presets.list().filter((p) => !p.id.endsWith('-in-service'))

const start = Date.UTC(2026, 3, 10, 8)
const fee = { amount: '100.00', currency: 'EUR' }

describe('a statement bills each element the band creditFor gives it', () => {
  it('at and around every band edge, for every preset, with elements of different downtimes in one statement', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...commitments),
        // Downtimes a few ms around an edge, or anywhere in the month.
        fc.array(fc.oneof(fc.tuple(fc.constantFrom(...edges), fc.integer({ min: -3, max: 3 })).map(([e, d]) => e + d), fc.integer({ min: 0, max: MONTH_MS / 4 })), { minLength: 1, maxLength: 6 }),
        (commitment, downtimes) => {
          const elements = downtimes.map((_, i) => ({ id: `vps-${i}`, fee }))
          const incidents = downtimes.flatMap((ms, i) => (ms > 0 ? [{ start, end: start + ms, elements: [`vps-${i}`] }] : []))
          const statement = monthlyStatement({ commitment, period, incidents, elements })
          for (const [i, entry] of statement.elements.entries()) {
            const availability = measureAvailability({ commitment, period, incidents, element: `vps-${i}` })
            const expected = creditFor({ commitment, availability, fee })
            expect([entry.element, entry.credit.percent.toString(), entry.credit.amount.toFixed(2)]).toEqual([`vps-${i}`, expected.percent.toString(), expected.amount.toFixed(2)])
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
