/**
 * A statement decides each element's band on integer downtime thresholds worked out once per measured
 * time, and shares the figures that follow from a band and a fee between elements alike. Every credit it
 * gives must be the one `creditFor` gives for the same report and fee: the same JSON (figures, parts,
 * steps, sentences), for random band tables whose bounds have up to three decimals, inclusive or not,
 * downtimes drawn a few milliseconds around each bound, with and without a rounding rule, a cap, a
 * minimum credit, several models, and fees shared or not; and the totals, which add each distinct amount
 * once times its count, are the sums of the entries.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CommitmentInput, creditFor, Decimal, monthlyStatement } from '../../src/index.js'
import { HOUR, MARCH_2026_PARIS, RUNS } from './arbitraries.js'

const P = MARCH_2026_PARIS.durationMs // 743 h: the measured time of every element here
const START = MARCH_2026_PARIS.start.getTime()

type TiersModel = Extract<CommitmentInput['credit'], { type: 'tiers' }>

/** Distinct bounds from 90 % to 99.999 %, highest first, each inclusive on one side, and credits rising as availability falls. */
const bandsArb: fc.Arbitrary<{ model: TiersModel; bounds: number[] }> = fc
  .uniqueArray(fc.integer({ min: 90_000, max: 99_999 }), { minLength: 1, maxLength: 4 })
  .chain((raw) => {
    const thousandths = [...raw].sort((a, b) => b - a)
    return fc.tuple(fc.constant(thousandths), fc.array(fc.boolean(), { minLength: thousandths.length, maxLength: thousandths.length }))
  })
  .map(([thousandths, atLeast]) => {
    const text = (t: number): string => (t / 1000).toFixed(3).replace(/\.?0+$/, '')
    const tiers: { credit: string; atLeast?: string; above?: string; below?: string; atMost?: string }[] = []
    thousandths.forEach((t, k) => {
      const band: (typeof tiers)[number] = { credit: String(10 * (k + 1)) }
      if (atLeast[k]) band.atLeast = text(t)
      else band.above = text(t)
      const previous = k > 0 ? thousandths[k - 1] : undefined
      if (previous !== undefined) {
        if (atLeast[k - 1]) band.below = text(previous)
        else band.atMost = text(previous)
      }
      tiers.push(band)
    })
    const last = thousandths[thousandths.length - 1] ?? 0
    tiers.push({ credit: '100', ...(atLeast[thousandths.length - 1] ? { below: text(last) } : { atMost: text(last) }) })
    const model: TiersModel = { type: 'tiers', tiers }
    return { model, bounds: thousandths }
  })

const setupArb = fc.record({
  bands: bandsArb,
  second: fc.boolean(),
  rounding: fc.option(fc.record({ decimals: fc.integer({ min: 0, max: 4 }), mode: fc.constantFrom('half-up' as const, 'half-even' as const, 'down' as const, 'up' as const) }), { nil: undefined }),
  cap: fc.option(fc.constantFrom('30', '100', '50'), { nil: undefined }),
  minimum: fc.option(fc.constantFrom('0.50', '2', '5.00'), { nil: undefined }),
  // Each element: which bound its downtime is near (or anywhere), how far from it in ms, and its fee.
  elements: fc.array(fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 }), fc.constantFrom('9.99', '9.99', '20', '0', '3.333')), { minLength: 1, maxLength: 12 }),
})

describe('the credits of a statement are the ones creditFor gives', () => {
  it('for random band tables, downtimes at the bounds, fees shared or not', () => {
    fc.assert(
      fc.property(setupArb, ({ bands, second, rounding, cap, minimum, elements }) => {
        const credit: CommitmentInput['credit'] = second ? [bands.model, { type: 'tiers', tiers: [{ atLeast: '99.95', credit: '0' }, { below: '99.95', credit: '5' }] }] : bands.model
        const commitment: CommitmentInput = {
          timeZone: 'Europe/Paris',
          measurement: { weights: { outage: '1', partial: '1', degraded: '1' }, excludedCauses: [], ...(rounding && { rounding }) },
          credit,
          ...(cap !== undefined && { cap }),
          ...(minimum !== undefined && { minimumCredit: { amount: minimum, currency: 'EUR' } }),
        }
        // Downtime D at a bound b (thousandths of a percent): D = P × (100,000 − b) / 100,000, then moved by a few ms.
        const incidents = elements.map(([pick, delta], e) => {
          const b = bands.bounds[pick % (bands.bounds.length + 1)]
          const down = b === undefined ? (pick * 7_919) % (2 * HOUR) : Math.max(0, Math.round((P * (100_000 - b)) / 100_000) + delta)
          return { start: START, end: START + down, elements: [`e${e}`] }
        })
        const statement = monthlyStatement({
          commitment,
          period: MARCH_2026_PARIS,
          incidents,
          elements: elements.map(([, , amount], e) => ({ id: `e${e}`, fee: { amount, currency: 'EUR' } })),
        })
        for (const entry of statement.elements) {
          const expected = creditFor({ commitment, availability: entry.availability, fee: entry.fee })
          expect(JSON.stringify(entry.credit)).toBe(JSON.stringify(expected))
          expect(entry.credit.explanation).toEqual(expected.explanation)
        }
        // The totals add up every fee and every credit, each amount counted as many times as it appears.
        const [total] = statement.totals
        let fees = new Decimal(0)
        let credits = new Decimal(0)
        for (const entry of statement.elements) {
          fees = fees.plus(entry.fee.amount)
          credits = credits.plus(entry.credit.amount)
        }
        expect(total?.fees.toString()).toBe(fees.toString())
        expect(total?.credits.toString()).toBe(credits.toString())
        expect(total?.credited).toBe(statement.elements.filter((e) => !e.credit.amount.isZero()).length)
      }),
      { numRuns: RUNS },
    )
  }, 60_000)
})
