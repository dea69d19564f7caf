import { describe, expect, it } from 'vitest'
import { creditFor, customPeriod, Decimal, evaluateGuarantees, InputError, measureAvailability, monthPeriod, parseCommitment } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'
import type { CommitmentInput, CreditPartStep, CreditStep, IncidentInput, Tier } from '../../src/index.js'

const H = 3_600_000
const MIN = 60_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 30 days = 720 h, no DST change
const eur = (amount: string) => ({ amount, currency: 'EUR' })
/** The first band of a commitment's first credit model, as it compiles: the band a step names. */
function firstBand(commitment: CommitmentInput): Tier {
  const model = parseCommitment(commitment).credit[0]
  if (model?.type !== 'tiers' || !model.tiers[0]) throw new Error('the commitment credits by bands')
  return model.tiers[0]
}

/** One incident starting a day into April, `ms` long. */
function down(ms: number, commitment: CommitmentInput, impact: IncidentInput['impact'] = 'outage') {
  const start = april.start.getTime() + 86_400_000
  return measureAvailability({ commitment, period: april, incidents: [{ start, end: start + ms, impact }] })
}

function inputErrorOf(f: () => unknown): InputError {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('no InputError thrown')
}

describe('per-duration credits on weighted downtime', () => {
  // A partial outage counts for half: 9 h partial is 4.5 h of downtime.
  const halfPartial = (credit: { percent: string; per: string; beyond?: string; count?: 'started' | 'full' }): CommitmentInput => ({ measurement: { weights: { partial: '0.5' } }, credit: { type: 'per-duration', ...credit } })

  it('counts the started hours of a half-weighted outage: 3 h partial is 1.5 h, 2 started hours', () => {
    const c = halfPartial({ percent: '1', per: 'PT1H' })
    const credit = creditFor({ commitment: c, availability: down(3 * H, c, 'partial'), fee: eur('100') })
    // 3 h × 0.5 = 1.5 h → 2 started hours × 1 % = 2 % of 100 EUR = 2.00 EUR
    expect(credit.parts[0]!.step).toEqual<CreditPartStep>({
      kind: 'per-duration',
      excessMs: 1.5 * H,
      beyond: null,
      units: 2,
      count: 'started',
      per: 'PT1H',
      unitPercent: new Decimal(1),
      percent: new Decimal(2),
      cappedAt: null,
    })
    expect(credit.amount.toFixed(2)).toBe('2.00')
  })

  it('counts only the weighted downtime beyond the allowance, in started and in full units', () => {
    // 99.5 % of 720 h allows 3.6 h; 9 h partial × 0.5 = 4.5 h, 0.9 h = 54 min beyond:
    // 2 started half-hours = 2 %, or 1 full half-hour = 1 %.
    const started = halfPartial({ percent: '1', per: 'PT30M', beyond: '99.5' })
    const credit = creditFor({ commitment: started, availability: down(9 * H, started, 'partial'), fee: eur('100') })
    expect(credit.steps).toEqual<CreditStep[]>([
      {
        kind: 'per-duration',
        // The month's downtime is shown beside the part beyond the allowance: 4.5 h, 54 min of it beyond.
        downtimeMs: 4.5 * H,
        excessMs: 54 * MIN,
        beyond: new Decimal('99.5'),
        units: 2,
        count: 'started',
        per: 'PT30M',
        unitPercent: new Decimal(1),
        percent: new Decimal(2),
        cappedAt: null,
      },
      { kind: 'amount', fee: new Decimal(100), currency: 'EUR', percent: new Decimal(2), exactAmount: new Decimal(2), rounding: 'half-up', amount: new Decimal(2) },
    ])
    expect(credit.explanation[0]).toBe('54 min of downtime beyond what 99.5 % allows = 2 started units of PT30M × 1 % = 2 % of the fee.')
    const full = halfPartial({ percent: '1', per: 'PT30M', beyond: '99.5', count: 'full' })
    expect(creditFor({ commitment: full, availability: down(9 * H, full, 'partial'), fee: eur('100') }).parts[0]!.units).toBe(1)
  })

  it('gives nothing, and counts no downtime, when the outage stays well inside the allowance', () => {
    // 1 h of the 3.6 h that 99.5 % allows: 2.6 h short of any credit, counted started or full.
    for (const count of ['started', 'full'] as const) {
      const c: CommitmentInput = { credit: { type: 'per-duration', percent: '1', per: 'PT30M', beyond: '99.5', count } }
      const credit = creditFor({ commitment: c, availability: down(H, c), fee: eur('100') })
      expect(credit.parts[0]!.step).toEqual<CreditPartStep>({
        kind: 'per-duration',
        downtimeMs: H,
        exceeded: false,
        excessMs: 0,
        beyond: new Decimal('99.5'),
        units: 0,
        count,
        per: 'PT30M',
        unitPercent: new Decimal(1),
        percent: new Decimal(0),
        cappedAt: null,
      })
      expect(credit.amount.toString()).toBe('0')
    }
  })

  it('names each model in its part', () => {
    const c: CommitmentInput = { credit: [{ type: 'per-duration', percent: '1', per: 'PT1H' }, { type: 'pro-rata' }] }
    const credit = creditFor({ commitment: c, availability: down(H, c), fee: eur('100') })
    expect(credit.parts.map((p) => p.model)).toEqual(['per-duration', 'pro-rata'])
    // A part holds only what its model has: units for per-duration, neither units nor band for pro-rata.
    expect(Object.keys(credit.parts[0]!).sort()).toEqual(['capped', 'model', 'percent', 'units'])
    expect(Object.keys(credit.parts[1]!).sort()).toEqual(['capped', 'model', 'percent'])
  })
})

describe('pro-rata credits', () => {
  it('takes the share of downtime from a bare availability percentage', () => {
    // 100 − 99.5 = 0.5 % × 10 = 5 % of 20 EUR = 1.00 EUR
    const credit = creditFor({ commitment: { credit: { type: 'pro-rata', multiplier: '10' } }, availability: '99.5', fee: eur('20') })
    expect(credit.parts[0]!.step).toEqual<CreditPartStep>({ kind: 'pro-rata', share: new Decimal('0.5'), multiplier: new Decimal(10), percent: new Decimal(5), cappedAt: null })
    expect(credit.amount.toFixed(2)).toBe('1.00')
  })

  it('takes the share from the exact downtime even when the bands compare a rounded availability', () => {
    // 1 h of 720 h = 0.13888… % × 100 = 13.888… % of 100 EUR = 13.89 EUR; the availability rounded to
    // one decimal (99.9 %) would have given 0.1 % × 100 = 10.00 EUR.
    const c: CommitmentInput = { measurement: { rounding: { decimals: 1 } }, credit: { type: 'pro-rata', multiplier: '100' } }
    const report = down(H, c)
    expect(report.availability.toString()).toBe('99.9')
    const credit = creditFor({ commitment: c, availability: report, fee: eur('100') })
    expect(credit.amount.toFixed(2)).toBe('13.89')
  })

  it('gives no pro-rata credit for a period wholly excluded', () => {
    const p = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' })
    const c: CommitmentInput = { measurement: { exclusions: 'out-of-period' }, credit: { type: 'pro-rata', multiplier: '10' } }
    const r = measureAvailability({ commitment: c, period: p, incidents: [{ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z', cause: 'maintenance' }] })
    expect(creditFor({ commitment: c, availability: r, fee: eur('10') }).parts[0]!.step).toEqual({ kind: 'pro-rata', share: new Decimal(0), multiplier: new Decimal(10), percent: new Decimal(0), cappedAt: null })
  })
})

describe('tiered credits on a rounded or excluded availability', () => {
  // [99.1, 99.9) → 10 %, below 99.1 → 25 %.
  const bands = { type: 'tiers', tiers: [{ atLeast: '99.1', below: '99.9', credit: '10' }, { below: '99.1', credit: '25' }] } as const

  it('compares the rounded figure with the bands when the commitment rounds it', () => {
    // 6.84 h of 720 h = 0.95 % down: 99.05 % exact, in the 25 % band; rounded half-up to one decimal, 99.1 %,
    // in the 10 % band.
    const exact: CommitmentInput = { credit: bands }
    expect(creditFor({ commitment: exact, availability: down(6.84 * H, exact), fee: eur('100') }).percent.toString()).toBe('25')
    const rounded: CommitmentInput = { measurement: { rounding: { decimals: 1 } }, credit: bands }
    const credit = creditFor({ commitment: rounded, availability: down(6.84 * H, rounded), fee: eur('100') })
    expect(credit.steps[0]).toEqual({ kind: 'band', availability: new Decimal('99.1'), tier: expect.objectContaining({ label: '>= 99.1 and < 99.9' }), percent: new Decimal(10) })
  })

  it('gives nothing for a wholly excluded period, even under a band reaching up to a bound it holds', () => {
    // Nothing measured is 100 % available, above the only band [0, 99.9].
    const p = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' })
    const c: CommitmentInput = { measurement: { exclusions: 'out-of-period' }, credit: { type: 'tiers', tiers: [{ atMost: '99.9', credit: '10' }] } }
    const r = measureAvailability({ commitment: c, period: p, incidents: [{ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z', cause: 'maintenance' }] })
    const credit = creditFor({ commitment: c, availability: r, fee: eur('10') })
    expect(credit.tier).toBeNull()
    expect(credit.steps[0]).toEqual({ kind: 'above-bands', availability: new Decimal(100) })
  })

  it('takes an availability given as a Decimal, and records it in the band step', () => {
    const credit = creditFor({ commitment: { credit: bands }, availability: new Decimal('99.5'), fee: eur('100') })
    expect(credit.steps[0]).toEqual({ kind: 'band', availability: new Decimal('99.5'), tier: expect.objectContaining({ label: '>= 99.1 and < 99.9' }), percent: new Decimal(10) })
  })

  it('reports the band of the tiered model even when another model is listed first', () => {
    const c: CommitmentInput = { credit: [{ type: 'pro-rata' }, bands] }
    // 99.5 % → [99.1, 99.9) → 10 %, plus 0.5 % pro-rata = 10.5 %
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('100') })
    expect(credit.tier?.label).toBe('>= 99.1 and < 99.9')
    expect(credit.percent.toString()).toBe('10.5')
  })

  it("calls the credit capped when one model's own cap cut it, though the others were not", () => {
    const c: CommitmentInput = { credit: [bands, { type: 'pro-rata', multiplier: '10', cap: '2' }] }
    // 99.5 % → 10 %; 0.5 % × 10 = 5 %, cut to 2 %; 12 % in all, under the overall 100 %.
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('100') })
    expect(credit.parts.map((p) => p.capped)).toEqual([false, true])
    expect(credit.percent.toString()).toBe('12')
    expect(credit.capped).toBe(true)
  })
})

describe('guarantee penalties in the credit', () => {
  const office = {
    timeZone: 'Europe/Paris',
    hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
    holidays: 'FR',
  } as const
  const penalty = { perBreach: '5', perLate: { percent: '1', per: 'PT1H' } }
  // Reported Wed 13 May 2026 16:00 Paris, 4 business hours to intervene: deadline Fri 15 May 11:00
  // (Thursday is Ascension). Intervention at 10:30 is met; Mon 18 May 10:15 is 8 h 15 business hours
  // late: 5 % + 9 started hours × 1 % = 14 %.
  const met = { start: '2026-05-13T16:00:00+02:00', end: '2026-05-13T17:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-15T10:30:00+02:00' }
  const late = { ...met, interventionAt: '2026-05-18T10:15:00+02:00' }
  const bands = { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '10' }, { below: '99', credit: '25' }] } as const

  it('lists only the breached incidents, by position when they have no id, and sums their penalties without a cap', () => {
    const c: CommitmentInput = { gti: { within: 'PT4H', calendar: office, penalty } }
    const guarantees = evaluateGuarantees({ commitment: c, incidents: [met, late, late] }).incidents
    const credit = creditFor({ commitment: c, availability: '100', fee: eur('10'), guarantees })
    // 14 % + 14 % = 28 % of 10 EUR = 2.80 EUR, no GTI cap
    expect(credit.parts.map((p) => p.step)).toStrictEqual([{ kind: 'penalties', guarantee: 'gti', breaches: [{ index: 1 }, { index: 2 }], percent: new Decimal(28), cappedAt: null }])
    expect(credit.amount.toFixed(2)).toBe('2.80')
  })

  it('adds no part for a guarantee that was met', () => {
    const c: CommitmentInput = { gti: { within: 'PT4H', calendar: office, penalty }, credit: bands }
    const guarantees = evaluateGuarantees({ commitment: c, incidents: [met] }).incidents
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees })
    expect(credit.parts.map((p) => p.model)).toEqual(['tiers'])
  })

  it('takes the larger of the availability credit and the penalties, and says so', () => {
    const c: CommitmentInput = { gti: { within: 'PT4H', calendar: office, penalty }, credit: bands, combine: 'larger' }
    const guarantees = evaluateGuarantees({ commitment: c, incidents: [late] }).incidents
    // 99.5 % → 10 %; GTI 14 %: the larger is 14 % of 10 EUR = 1.40 EUR
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees })
    expect(credit.steps.slice(2)).toEqual<CreditStep[]>([
      { kind: 'combined', rule: 'larger', percent: new Decimal(14) },
      { kind: 'amount', fee: new Decimal(10), currency: 'EUR', percent: new Decimal(14), exactAmount: new Decimal('1.4'), rounding: 'half-up', amount: new Decimal('1.4') },
    ])
    expect(credit.explanation[2]).toBe('The larger of the availability credit and the guarantee penalties counts: 14 %.')
    // With only the GTI met there is one part, and nothing to combine.
    const alone = creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees: evaluateGuarantees({ commitment: c, incidents: [met] }).incidents })
    expect(alone.steps).toEqual<CreditStep[]>([
      { kind: 'band', availability: new Decimal('99.5'), tier: firstBand(c), percent: new Decimal(10) },
      { kind: 'amount', fee: new Decimal(10), currency: 'EUR', percent: new Decimal(10), exactAmount: new Decimal(1), rounding: 'half-up', amount: new Decimal(1) },
    ])
  })

  it('adds the penalties to the availability credit by default, and says so', () => {
    const c: CommitmentInput = { gti: { within: 'PT4H', calendar: office, penalty }, credit: bands }
    const guarantees = evaluateGuarantees({ commitment: c, incidents: [late] }).incidents
    // 99.5 % → 10 %, + GTI 14 % = 24 % of 10 EUR = 2.40 EUR
    const credit = creditFor({ commitment: c, availability: '99.5', fee: eur('10'), guarantees })
    expect(credit.steps).toEqual<CreditStep[]>([
      { kind: 'band', availability: new Decimal('99.5'), tier: firstBand(c), percent: new Decimal(10) },
      { kind: 'penalties', guarantee: 'gti', breaches: [{ index: 0 }], percent: new Decimal(14), cappedAt: null },
      { kind: 'combined', rule: 'add', percent: new Decimal(24) },
      { kind: 'amount', fee: new Decimal(10), currency: 'EUR', percent: new Decimal(24), exactAmount: new Decimal('2.4'), rounding: 'half-up', amount: new Decimal('2.4') },
    ])
    expect(credit.explanation).toEqual([
      'Availability 99.5 % is in band >= 99 and < 99.9 → 10 % of the fee.',
      'GTI breached 1 time → 14 % of the fee.',
      'The parts add up to 24 %.',
      'Credit = 10.00 EUR × 24 % = 2.4 EUR, rounded half-up to 2.40 EUR.',
    ])
    expect(credit.amount.toFixed(2)).toBe('2.40')
  })

  it('counts outcomes evaluated under the GTI alone against a commitment that adds a GTR', () => {
    const gtiOnly: CommitmentInput = { gti: { within: 'PT4H', calendar: office, penalty } }
    const guarantees = evaluateGuarantees({ commitment: gtiOnly, incidents: [late] }).incidents
    const both: CommitmentInput = { ...gtiOnly, gtr: { within: 'PT8H', calendar: office, penalty } }
    const credit = creditFor({ commitment: both, availability: '100', fee: eur('10'), guarantees })
    expect(credit.parts.map((p) => `${p.model} ${p.percent}`)).toEqual(['gti 14'])
  })
})

describe('what creditFor refuses', () => {
  it('names the commitment, scale and availability problems with their paths and says what failed', () => {
    const e = inputErrorOf(() => creditFor({ commitment: { cap: '-1' }, availability: 'most', fee: eur('1'), scale: 2.5 }))
    expect(e.issues.map((i) => i.path)).toEqual(['commitment.cap', 'scale', 'availability'])
    expect(e.message.split('\n')[0]).toBe('Cannot compute the credit:')
  })

  it('refuses guarantee outcomes that are not a list of outcomes, at their paths, rather than failing inside the sum', () => {
    // A billing tool that passes the report itself (not its `incidents`) or a hand-built outcome with a
    // penalty it forgot gets the problems named, in English and in French, instead of a TypeError.
    const notAList = inputErrorOf(() => creditFor({ commitment: {}, availability: '100', fee: eur('10'), guarantees: { incidents: [] } as never }))
    expect(notAList.issues.map(({ path, message, code, params }) => ({ path, message, code, params }))).toEqual([
      { path: 'guarantees', message: 'must be a list (got an object)', code: 'type', params: { expected: 'array', got: 'an object' } },
    ])
    expect(formatIssue(notAList.issues[0]!, 'fr')).toBe('doit être une liste (valeur reçue\u00a0: un objet)')
    const outcomes = [{ index: 0, gti: { status: 'breached', penaltyPercent: 'five' } }, 7, { index: 2, gtr: 'late' }, { index: 3, gti: { status: 'met' } }, null]
    const bad = inputErrorOf(() => creditFor({ commitment: {}, availability: '100', fee: eur('10'), guarantees: outcomes as never }))
    // A met outcome carries no penalty to sum: index 3 is not a problem.
    expect(bad.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'guarantees[0].gti.penaltyPercent: must be a decimal number such as "99.5" (got "five")',
      'guarantees[1]: must be an object (got 7)',
      'guarantees[2].gtr: must be an object (got "late")',
      'guarantees[4]: must be an object (got null)',
    ])
    expect(bad.issues.slice(1).map((i) => [i.code, i.params])).toEqual([
      ['type', { expected: 'object', got: '7' }],
      ['type', { expected: 'object', got: '"late"' }],
      ['type', { expected: 'object', got: 'null' }],
    ])
  })

  it('refuses a bad commitment with a report too, as an input error', () => {
    const report = down(H, {})
    expect(inputErrorOf(() => creditFor({ commitment: { cap: '-1' }, availability: report, fee: eur('1') })).issues.map((i) => i.path)).toEqual(['commitment.cap'])
  })

  it('refuses a bad commitment with a percentage too, as an input error', () => {
    expect(inputErrorOf(() => creditFor({ commitment: { cap: '-1' }, availability: '99', fee: eur('1') })).issues.map((i) => i.path)).toEqual(['commitment.cap'])
  })

  it('refuses an availability outside 0–100 % and an object it did not build', () => {
    const c: CommitmentInput = { credit: { type: 'pro-rata' } }
    expect(inputErrorOf(() => creditFor({ commitment: c, availability: '100.5', fee: eur('1') })).issues).toEqual([
      { path: 'availability', message: 'must be a percentage from 0 to 100 (got 100.5)' },
    ])
    expect(inputErrorOf(() => creditFor({ commitment: c, availability: { availability: '99' } as never, fee: eur('1') })).issues).toEqual([
      { path: 'availability', message: 'must be a report from measureAvailability or monthlyStatement, or a percentage such as "99.5" (got an object the library did not build)' },
    ])
  })

  it('says what it got when the availability is missing', () => {
    expect(inputErrorOf(() => creditFor({ commitment: {}, availability: null as never, fee: eur('1') })).issues).toEqual([
      { path: 'availability', message: 'must be a decimal number such as "99.5" (got null)' },
    ])
  })

  it('asks for a report when any of the models counts downtime', () => {
    const c: CommitmentInput = { credit: [{ type: 'pro-rata' }, { type: 'per-duration', percent: '1', per: 'PT1H' }] }
    expect(inputErrorOf(() => creditFor({ commitment: c, availability: '99', fee: eur('1') })).issues).toEqual([
      { path: 'availability', message: 'must be a report from measureAvailability: a per-duration credit needs the downtime, not only a percentage' },
    ])
  })
})
