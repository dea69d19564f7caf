import { describe, expect, it } from 'vitest'
import {
  compositeIncidents,
  creditFor,
  expectedAvailability,
  InputError,
  MAX_COMPOSITE_DEPTH,
  measureAvailability,
  monthPeriod,
  parseCommitment,
  parseOffer,
} from '../../src/index.js'
import { MAX_CLIENT_MONTHS, simulate } from '../../src/simulation/index.js'
import { jsonSchema } from '../../src/schema/json-schema.js'

// Regressions from an adversarial trial: each of these once crashed with an error other than InputError,
// or accepted a value it should not have.

const COMMITMENT = { credit: { type: 'tiers', tiers: [{ atLeast: '99.5', credit: '0' }, { below: '99.5', credit: '10' }] } } as const
const FEE = { amount: '10', currency: 'EUR' }

function issuesOf(f: () => unknown): { path: string; message: string }[] {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return [...e.issues]
    throw e
  }
  throw new Error('expected an InputError')
}

describe('a user string never indexes a table by inherited property', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('rounding %j is an InputError', (mode) => {
    const issues = issuesOf(() => creditFor({ commitment: COMMITMENT, availability: '99', fee: FEE, rounding: mode as never }))
    expect(issues).toEqual([{ path: 'rounding', message: `must be one of half-up, half-even, half-down, up, down, ceil, floor (got ${JSON.stringify(mode)})` }])
  })

  it.each(['__proto__', 'constructor', 'toString'])('jsonSchema(%j) is an InputError', (name) => {
    const issues = issuesOf(() => jsonSchema(name as never))
    expect(issues).toEqual([{ path: 'name', message: `must be one of offer, commitment, incidents, scenarios (got ${JSON.stringify(name)})` }])
  })
})

describe('creditFor takes only reports the library built', () => {
  it('refuses a look-alike object instead of reading its figures', () => {
    // Before: taken for a report, then `BigInt(1.5)` threw a RangeError.
    const fake = { exact: { downtimeUnits: 0, measuredUnits: 1.5, scale: 1 }, availability: '99' }
    const issues = issuesOf(() => creditFor({ commitment: COMMITMENT, availability: fake as never, fee: FEE }))
    expect(issues.map((i) => i.path)).toEqual(['availability'])
    expect(issues[0]!.message).toMatch(/^must be a report from measureAvailability/)
  })

  it('still takes a real report, and a spread copy of one is refused', () => {
    const period = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
    // 30 days = 2,592,000 s; 4 h = 14,400 s down → 99.4444…% < 99.5 → 10 % of 10 EUR = 1.00 EUR.
    const report = measureAvailability({ commitment: COMMITMENT, period, incidents: [{ start: '2026-04-02T00:00Z', end: '2026-04-02T04:00Z' }] })
    expect(creditFor({ commitment: COMMITMENT, availability: report, fee: FEE }).amount.toFixed(2)).toBe('1.00')
    expect(() => creditFor({ commitment: COMMITMENT, availability: { ...report } as never, fee: FEE })).toThrow(InputError)
  })
})

describe('composite structures have a bounded depth', () => {
  function nest(depth: number, kind: 'series' | 'parallel', leaf: string): unknown {
    let x: unknown = leaf
    for (let i = 0; i < depth; i++) x = { [kind]: [x] }
    return x
  }

  it('20,000 nested parallel levels are an InputError, not a stack overflow', () => {
    const issues = issuesOf(() => expectedAvailability(nest(20_000, 'parallel', '99') as never))
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message).toBe(`nests series and parallel more than ${MAX_COMPOSITE_DEPTH} levels deep`)
    expect(() => compositeIncidents({ structure: nest(20_000, 'series', 'web') as never, incidents: [], period: monthPeriod({ year: 2026, month: 4 }) })).toThrow(InputError)
  })

  it('a cyclic structure is an InputError too', () => {
    const node: { parallel: unknown[] } = { parallel: [] }
    node.parallel.push(node)
    expect(() => expectedAvailability(node as never)).toThrow(InputError)
  })

  it('the limit itself is accepted', () => {
    // One parallel level per step around a single 99 % leaf: each level keeps 99 %.
    expect(expectedAvailability(nest(MAX_COMPOSITE_DEPTH, 'parallel', '99') as never).toString()).toBe('99')
  })
})

describe('a Date or a class instance is not taken for an object', () => {
  it('measurement given as a Date is refused, not read as an empty measurement', () => {
    const issues = issuesOf(() => parseCommitment({ ...COMMITMENT, measurement: new Date(0) } as never))
    expect(issues).toEqual([{ path: 'measurement', message: 'must be a plain object (got 1970-01-01T00:00:00.000Z)' }])
    expect(issuesOf(() => parseCommitment(new Map() as never))).toEqual([{ path: '', message: 'must be a plain object (got an object)' }])
  })

  it('an offer whose commitment is a Date is refused', () => {
    const offer = { id: 'x', provider: 'P', name: 'N', services: [{ id: 's', fee: FEE }], commitment: new Date(Number.NaN) }
    expect(issuesOf(() => parseOffer(offer as never))).toEqual([{ path: 'commitment', message: 'must be a plain object (got an invalid Date)' }])
  })

  it('a holiday rule, a function, is still taken where the schema expects one', () => {
    const c = parseCommitment({ gti: { within: 'PT4H', calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' }, holidays: ['FR', (year: number) => [`${year}-12-24`]] } } })
    expect(c.gti?.withinMs).toBe(4 * 3_600_000)
  })
})

describe('a sparse list of components is refused, not shortened', () => {
  it('{ parallel: [ , ] }', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = { parallel: ['99', , '99'] }
    expect(issuesOf(() => expectedAvailability(sparse as never))).toEqual([{ path: 'parallel[1]', message: 'is missing: a list of components has no holes' }])
  })
})

describe('band decisions are exact for any number of digits', () => {
  it('an availability written with 45 nines after 99.8 is below 99.9', () => {
    // 99.8999…9 (45 nines) < 99.9: the lower band, 10 % of 10 EUR = 1.00 EUR. Rounded to 40 digits it
    // would have read 99.9 and given nothing.
    const availability = `99.8${'9'.repeat(45)}`
    const commitment = { credit: { type: 'tiers', tiers: [{ atLeast: '99.9', credit: '0' }, { below: '99.9', credit: '10' }] } } as const
    expect(creditFor({ commitment, availability, fee: FEE }).amount.toFixed(2)).toBe('1.00')
    expect(creditFor({ commitment, availability: '99.9', fee: FEE }).amount.toFixed(2)).toBe('0.00')
  })
})

describe('the simulator refuses a run of hours, at once', () => {
  it('10^13 client-months is an InputError that says what to do', () => {
    const offer = { id: 'x', provider: 'P', name: 'N', services: [{ id: 's', fee: FEE }], commitment: COMMITMENT }
    const started = Date.now()
    // 1,000,000 clients × 100 months × 100,000 trials = 10^13 client-months, about 14 hours here.
    const issues = issuesOf(() => simulate({ offer, clients: 1_000_000, months: 100, trials: 100_000, incidents: { rate: 0.1, duration: { type: 'fixed', duration: 'PT1H' } } }))
    expect(issues).toEqual([
      {
        path: 'trials',
        message: `× months × clients must be at most ${MAX_CLIENT_MONTHS.toLocaleString('en-US')} client-months, about a minute of work (got 100,000 × 100 × 1,000,000): fewer trials give the same figures with wider intervals`,
      },
    ])
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})

describe('a 300 kB duration is refused by the schema, at once', () => {
  it('gti.within of 300,001 characters', () => {
    // Before: the offer's duration kept `matou budget` busy 80 s in a backtracking pattern.
    const issues = issuesOf(() => parseCommitment({ gti: { within: `P${'1'.repeat(300_000)}` } }))
    expect(issues).toEqual([{ path: 'gti.within', message: 'must be an ISO-8601 duration of at most 200 characters such as "PT4H" (got 300001 characters)' }])
  })
})
