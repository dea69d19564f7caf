/**
 * Property 5: monotonicity. More outage never makes a month look better, and never makes a credit smaller.
 *
 * Adding an outage incident whose cause is not excluded can only add time to the set of instants where some
 * impact is active, and only raise the heaviest weight active at an instant; it changes no excluded time
 * (it is not an exclusion), so the measured time stays and downtime can only grow: availability never rises.
 * Each rule (minimum outage, minute alignment) is applied to an incident on its own, so the new one
 * cannot change how the others count.
 *
 * A credit is a non-decreasing function of downtime: tier tables are validated so that the credit never
 * falls as availability falls; per-duration credits count more units for more downtime; caps are minimums
 * with a constant. And the amount is a share of at most 100 % of the fee, rounded once.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type AvailabilityReport,
  CAUSES,
  type CommitmentInput,
  type CreditModelInput,
  creditFor,
  type IncidentInput,
  measureAvailability,
  type MoneyLike,
  presets,
} from '../../src/index.js'
import { asOfFor, commitmentArb, HOUR, incidentArb, incidentsArb, MARCH_2026_PARIS, measurementArb, RUNS } from './arbitraries.js'

const march = MARCH_2026_PARIS
const mStart = march.start.getTime()
const mEnd = march.end.getTime()
const asOf = asOfFor(mStart, mEnd)

/** The excluded causes a commitment ends with (the default is maintenance, customer, force-majeure). */
function excludedCausesOf(commitment: CommitmentInput): readonly string[] {
  return commitment.measurement?.excludedCauses ?? ['maintenance', 'customer', 'force-majeure']
}

/** An outage incident, with the first cause the commitment does not exclude (undefined if all are). */
function extraOutage(commitment: CommitmentInput, base: IncidentInput): IncidentInput | undefined {
  const cause = CAUSES.find((c) => !excludedCausesOf(commitment).includes(c))
  return cause === undefined ? undefined : { start: base.start, end: base.end, impact: 'outage', cause }
}

const measure = (commitment: CommitmentInput, incidents: IncidentInput[]) => measureAvailability({ commitment, period: march, incidents, asOf })

/** A fee with at most 2 decimals, from 0 to 1000 EUR. */
const feeArb: fc.Arbitrary<MoneyLike> = fc.integer({ min: 0, max: 100_000 }).map((cents) => ({ amount: (cents / 100).toFixed(2), currency: 'EUR' }))

/** The per-duration model of the brief: 2.5 % per started hour of downtime, capped. */
const PER_HOUR: CommitmentInput = {
  timeZone: 'Europe/Paris',
  credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', cap: '30' },
}

/** Random credit models: tiers, per-duration (started/full units, with or without a target), pro-rata, with caps. */
const creditModelArb: fc.Arbitrary<CreditModelInput> = fc.oneof(
  fc.constant<CreditModelInput>({
    type: 'tiers',
    tiers: [
      { atLeast: '99.5', below: '99.9', credit: '10' },
      { atLeast: '99', below: '99.5', credit: '25' },
      { below: '99', credit: '50' },
    ],
  }),
  fc
    .record({
      percent: fc.constantFrom('0.5', '2.5', '5', '10'),
      per: fc.constantFrom('PT1M', 'PT10M', 'PT1H', 'P1D'),
      count: fc.constantFrom('started' as const, 'full' as const, undefined),
      beyond: fc.constantFrom('99', '99.5', '99.9', '99.95', undefined),
      cap: fc.constantFrom('20', '50', undefined),
    })
    .map((m) => Object.fromEntries(Object.entries({ type: 'per-duration', ...m }).filter(([, v]) => v !== undefined)) as CreditModelInput),
  fc
    .record({ multiplier: fc.constantFrom('1', '2.5', '10', undefined), cap: fc.constantFrom('30', undefined) })
    .map((m) => Object.fromEntries(Object.entries({ type: 'pro-rata', ...m }).filter(([, v]) => v !== undefined)) as CreditModelInput),
)

const randomCreditCommitmentArb: fc.Arbitrary<CommitmentInput> = fc
  .record({
    measurement: measurementArb(),
    credit: fc.array(creditModelArb, { minLength: 1, maxLength: 3 }),
    cap: fc.constantFrom('100', '40', undefined),
  })
  .map(({ measurement, credit, cap }) => ({ timeZone: 'Europe/Paris', measurement, credit, ...(cap !== undefined && { cap }) }))

function credit(commitment: CommitmentInput, report: AvailabilityReport, fee: MoneyLike) {
  const c = creditFor({ commitment, availability: report, fee })
  expect(c.amount.gte(0) && c.amount.lte(c.fee.amount)).toBe(true)
  expect(c.percent.gte(0) && c.percent.lte(100)).toBe(true)
  return c
}

describe('monotonicity (property 5)', () => {
  it('adding an outage incident never raises availability, nor lowers downtime', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(mStart, mEnd, { open: true }), incidentArb(mStart, mEnd), (commitment, incidents, extra) => {
        const outage = extraOutage(commitment, extra)
        fc.pre(outage !== undefined)
        const before = measure(commitment, incidents)
        const after = measure(commitment, [...incidents, outage!])
        expect(after.excludedMs).toBe(before.excludedMs)
        expect(after.measuredMs).toBe(before.measuredMs)
        expect(after.exact.downtimeUnits).toBeGreaterThanOrEqual(before.exact.downtimeUnits)
        expect(after.availability.lte(before.availability)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('credit never falls as downtime grows: OVH VPS STARTER (tiers) and 2.5 % per started hour (capped)', () => {
    fc.assert(
      fc.property(incidentsArb(mStart, mEnd), fc.array(incidentArb(mStart, mEnd), { minLength: 1, maxLength: 3 }), feeArb, (incidents, extras, fee) => {
        for (const commitment of [presets.ovhVps2016.starter as CommitmentInput, PER_HOUR]) {
          const outages = extras.map((e) => extraOutage(commitment, e)!)
          const before = measure(commitment, incidents)
          const after = measure(commitment, [...incidents, ...outages])
          expect(after.downtime.gte(before.downtime)).toBe(true)
          const a = credit(commitment, before, fee)
          const b = credit(commitment, after, fee)
          expect(b.percent.gte(a.percent)).toBe(true)
          expect(b.amount.gte(a.amount)).toBe(true)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('credit never falls as a single outage grows (starter and per-hour), and stays within [0, fee]', () => {
    // The same, along a line: outages [s, s + d1) ⊆ [s, s + d2) for d1 ≤ d2.
    fc.assert(
      fc.property(
        fc.integer({ min: mStart, max: mEnd }),
        fc.integer({ min: 0, max: 40 * HOUR }),
        fc.integer({ min: 0, max: 40 * HOUR }),
        feeArb,
        (s, x, y, fee) => {
          const [d1, d2] = x <= y ? [x, y] : [y, x]
          for (const commitment of [presets.ovhVps2016.starter as CommitmentInput, PER_HOUR]) {
            const a = credit(commitment, measure(commitment, [{ start: s, end: s + d1 }]), fee)
            const b = credit(commitment, measure(commitment, [{ start: s, end: s + d2 }]), fee)
            expect(b.percent.gte(a.percent)).toBe(true)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('under random rules and credit models (tiers, per-duration, pro-rata, caps), credit never falls when an outage is added', () => {
    fc.assert(
      fc.property(randomCreditCommitmentArb, incidentsArb(mStart, mEnd), incidentArb(mStart, mEnd), feeArb, (commitment, incidents, extra, fee) => {
        const outage = extraOutage(commitment, extra)
        fc.pre(outage !== undefined)
        const a = credit(commitment, measure(commitment, incidents), fee)
        const b = credit(commitment, measure(commitment, [...incidents, outage!]), fee)
        expect(b.uncappedPercent.gte(a.uncappedPercent)).toBe(true)
        expect(b.percent.gte(a.percent)).toBe(true)
        expect(b.amount.gte(a.amount)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})
