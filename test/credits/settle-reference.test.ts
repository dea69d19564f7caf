/**
 * What a credit comes to once its models' percents are known: the model's own cap, the overall cap, the
 * amount rounded once to the currency's minor unit (or to the scale asked for) in the mode asked for, and
 * the minimum credit below which nothing is paid. A property puts creditFor against a reference written
 * here from the contract's words, on a pro-rata credit of a bare percentage, whose percent is exact.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { creditFor, Decimal } from '../../src/index.js'
import type { CommitmentInput, CreditStep, RoundingMode } from '../../src/index.js'

// Wide enough that nothing below is ever rounded by the arithmetic itself.
const Exact = Decimal.clone({ precision: 200 })
const MODES: Record<RoundingMode, Parameters<Decimal['toDecimalPlaces']>[1]> = {
  'half-up': Exact.ROUND_HALF_UP,
  'half-even': Exact.ROUND_HALF_EVEN,
  'half-down': Exact.ROUND_HALF_DOWN,
  up: Exact.ROUND_UP,
  down: Exact.ROUND_DOWN,
  ceil: Exact.ROUND_CEIL,
  floor: Exact.ROUND_FLOOR,
}
// ISO 4217 minor units.
const MINOR: Record<string, number> = { EUR: 2, JPY: 0, KWD: 3 }

/** A decimal string with up to `places` decimals, from 0 to `max`. */
const decimal = (max: number, places: number) => fc.integer({ min: 0, max: max * 10 ** places }).map((n) => new Exact(n).div(10 ** places).toString())

const cases = fc.record({
  // Near 100 % as often as not: small credits are where the minimum and the rounding show.
  availability: fc.oneof(decimal(100, 3), decimal(1, 3).map((d) => new Exact(100).minus(d).toString())),
  multiplier: fc.option(decimal(5, 2), { nil: undefined }),
  modelCap: fc.option(decimal(100, 1), { nil: undefined }),
  cap: fc.option(decimal(100, 1), { nil: undefined }),
  fee: fc.oneof(decimal(5000, 3), decimal(50, 2)),
  currency: fc.constantFrom('EUR', 'JPY', 'KWD'),
  rounding: fc.option(fc.constantFrom<RoundingMode>('half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'), { nil: undefined }),
  scale: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  minimum: fc.option(fc.record({ amount: decimal(20, 2), currency: fc.constantFrom('EUR', 'JPY', 'USD') }), { nil: undefined }),
})

describe('settling a credit, against a reference', () => {
  it('caps, rounds once to the minor unit and drops a credit below the minimum, as the contract says', () => {
    fc.assert(
      fc.property(cases, (k) => {
        const commitment: CommitmentInput = {
          credit: { type: 'pro-rata', ...(k.multiplier !== undefined && { multiplier: k.multiplier }), ...(k.modelCap !== undefined && { cap: k.modelCap }) },
          ...(k.cap !== undefined && { cap: k.cap }),
          ...(k.minimum !== undefined && { minimumCredit: k.minimum }),
        }
        const credit = creditFor({
          commitment,
          availability: k.availability,
          fee: { amount: k.fee, currency: k.currency },
          ...(k.rounding !== undefined && { rounding: k.rounding }),
          ...(k.scale !== undefined && { scale: k.scale }),
        })

        // The reference: (100 − availability) × multiplier, cut by the model's cap, then by the overall
        // cap (100 % unless said); fee × percent / 100, rounded once.
        const share = new Exact(100).minus(k.availability)
        const raw = share.times(k.multiplier ?? 1)
        const modelCapped = k.modelCap !== undefined && raw.gt(k.modelCap)
        const partPercent = modelCapped ? new Exact(k.modelCap!) : raw
        const cap = new Exact(k.cap ?? 100)
        const overallCapped = partPercent.gt(cap)
        const percent = overallCapped ? cap : partPercent
        const exactAmount = new Exact(k.fee).times(percent).div(100)
        const mode = k.rounding ?? 'half-up'
        const scale = k.scale ?? MINOR[k.currency]!
        const rounded = exactAmount.toDecimalPlaces(scale, MODES[mode])
        // The minimum is compared only with a credit in its own currency, and only a credit due (above 0).
        const below = k.minimum !== undefined && k.minimum.currency === k.currency && rounded.gt(0) && rounded.lt(k.minimum.amount)
        const amount = below ? new Exact(0) : rounded

        expect(credit.parts[0]!.percent.toString()).toBe(partPercent.toString())
        expect(credit.parts[0]!.capped).toBe(modelCapped)
        expect(credit.uncappedPercent.toString()).toBe(partPercent.toString())
        expect(credit.percent.toString()).toBe(percent.toString())
        expect(credit.cap.toString()).toBe(cap.toString())
        expect(credit.capped).toBe(modelCapped || overallCapped)
        expect(credit.exactAmount.toString()).toBe(exactAmount.toString())
        expect(credit.amount.toString()).toBe(amount.toString())
        expect(credit.belowMinimum).toBe(below ? true : undefined)
        expect([credit.currency, credit.rounding, credit.scale]).toEqual([k.currency, mode, scale])

        // What the customer reads after the part's own step, whole.
        const tail: CreditStep[] = []
        if (overallCapped) tail.push({ kind: 'capped', cap: new Decimal(cap.toString()) })
        tail.push({
          kind: 'amount',
          fee: new Decimal(k.fee),
          currency: k.currency,
          percent: new Decimal(percent.toString()),
          exactAmount: new Decimal(exactAmount.toString()),
          rounding: mode,
          amount: new Decimal(rounded.toString()),
        })
        if (k.minimum !== undefined && rounded.gt(0)) {
          if (below) tail.push({ kind: 'below-minimum', minimum: new Decimal(k.minimum.amount), currency: k.minimum.currency, amount: new Decimal(rounded.toString()) })
          else if (k.minimum.currency !== k.currency)
            tail.push({ kind: 'minimum-other-currency', minimum: new Decimal(k.minimum.amount), minimumCurrency: k.minimum.currency, currency: k.currency })
        }
        expect(credit.steps.slice(1)).toEqual(tail)
      }),
      { numRuns: 300 },
    )
  })
})
