import fc from 'fast-check'
import { type Contribution } from '../../src/availability/measure.js'
import { Decimal } from '../../src/decimal.js'
import { CAUSES, IMPACTS } from '../../src/schema/commitment.js'

const weights = [new Decimal(1), new Decimal(0), new Decimal('0.5'), new Decimal('0.3333333333333333333333')]

/**
 * Contributions as a report could hold them, every field free: any status, weight, length and openness, the
 * id drawn from `id` (or none), and a `reason` drawn from `reason` when given.
 */
export function contributionArbitrary(id: fc.Arbitrary<string>, reason?: fc.Arbitrary<string>): fc.Arbitrary<Contribution> {
  return fc
    .record({
      index: fc.nat({ max: 2_000_000 }),
      id: fc.option(id, { nil: undefined }),
      impact: fc.constantFrom(...IMPACTS),
      cause: fc.constantFrom(...CAUSES),
      start: fc.integer({ min: -1_000_000_000_000, max: 1_900_000_000_000 }),
      length: fc.nat({ max: 40 * 86_400_000 }),
      open: fc.boolean(),
      inPeriodMs: fc.nat({ max: 2_700_000_000 }),
      countedMs: fc.nat({ max: 2_700_000_000 }),
      weight: fc.constantFrom(...weights),
      downtimeMs: fc.oneof(fc.nat({ max: 2_700_000_000 }), fc.double({ min: 0, max: 2.7e9, noNaN: true })),
      excludedMs: fc.nat({ max: 2_700_000_000 }),
      status: fc.constantFrom('counted', 'overlapped', 'excluded', 'below-minimum', 'not-counted', 'empty'),
      reason: reason ?? fc.constant(undefined),
      minimum: fc.boolean(),
    })
    .map((x): Contribution => {
      const { length, minimum, reason: r, ...c } = x
      return {
        ...c,
        ...(r !== undefined && { reason: r }),
        start: new Date(c.start),
        end: new Date(c.start + length),
        step: c.status === 'below-minimum' ? (minimum ? { kind: 'below-minimum', durationMs: length, minimumMs: 300_000 } : { kind: 'no-whole-minute' }) : { kind: 'empty' },
      } as unknown as Contribution
    })
}
