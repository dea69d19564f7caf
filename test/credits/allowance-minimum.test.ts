import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { CreditStep } from '../../src/index.js'
import { creditFor, Decimal, InputError, measureAvailability, monthlyStatement, monthPeriod, offerFromPreset, parseCommitment, presets } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { renderStatement } from '../../src/report/index.js'

const MIN = 60_000
const H = 3_600_000

// April 2026 in UTC: 720 h.
function credit(commitment: Parameters<typeof parseCommitment>[0], downMs: number, fee = { amount: '100.00', currency: 'EUR' }) {
  const availability = measureAvailability({
    commitment,
    period: monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }),
    incidents: downMs ? [{ start: '2026-04-10T08:00:00Z', end: new Date(Date.parse('2026-04-10T08:00:00Z') + downMs).toISOString() }] : [],
  })
  return creditFor({ commitment, availability, fee })
}

describe('a per-duration credit due only beyond an allowance stated as a duration', () => {
  const excess = { credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', allowance: 'PT43M12S' } } as const
  const all = { credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', allowance: 'PT43M12S', onceExceeded: 'all' } } as const

  it('gives nothing up to the allowance, exactly the allowance included', () => {
    expect(credit(all, 40 * MIN).percent.toString()).toBe('0')
    expect(credit(all, 43 * MIN + 12_000).percent.toString()).toBe('0')
    expect(credit(excess, 43 * MIN + 12_000).percent.toString()).toBe('0')
    const step = credit(all, 40 * MIN).parts[0]!.step
    // 40 min of downtime against 43 min 12 s allowed: not exceeded, so no unit counts and nothing is due.
    expect(step).toEqual({
      kind: 'per-duration',
      excessMs: 0,
      beyond: null,
      downtimeMs: 40 * MIN,
      allowanceMs: 43 * MIN + 12_000,
      onceExceeded: 'all',
      exceeded: false,
      units: 0,
      count: 'started',
      per: 'PT1H',
      unitPercent: new Decimal('2.5'),
      percent: new Decimal(0),
      cappedAt: null,
    })
    expect(credit(all, 40 * MIN).parts[0]!.explanation).toBe('40 min of downtime does not exceed the 43 min 12 s allowed → no credit.')
  })

  it('counts all the downtime once exceeded (onceExceeded all), or only the excess (default)', () => {
    // 2 h 10 min down: all of it = 3 started hours × 2.5 % = 7.5 %;
    // only the excess, 2 h 10 min − 43 min 12 s = 1 h 26 min 48 s = 2 started hours × 2.5 % = 5 %.
    expect(credit(all, 2 * H + 10 * MIN).percent.toString()).toBe('7.5')
    expect(credit(excess, 2 * H + 10 * MIN).percent.toString()).toBe('5')
    // 43 min 13 s: 1 s beyond the allowance; all of it = 1 started hour → 2.5 %.
    expect(credit(all, 43 * MIN + 13_000).percent.toString()).toBe('2.5')
    const whole = credit(all, 2 * H + 10 * MIN).parts[0]!
    // Exceeded: all 2 h 10 min (7,800,000 ms) count, 3 started hours × 2.5 % = 7.5 %.
    expect(whole.step).toEqual({
      kind: 'per-duration',
      excessMs: 2 * H + 10 * MIN,
      beyond: null,
      downtimeMs: 2 * H + 10 * MIN,
      allowanceMs: 43 * MIN + 12_000,
      onceExceeded: 'all',
      units: 3,
      count: 'started',
      per: 'PT1H',
      unitPercent: new Decimal('2.5'),
      percent: new Decimal('7.5'),
      cappedAt: null,
    })
    expect(whole.explanation).toBe('2 h 10 min of downtime, more than the 43 min 12 s allowed: all of it counts = 3 started units of PT1H × 2.5 % = 7.5 % of the fee.')
  })

  it('is rejected with beyond, and onceExceeded without an allowance', () => {
    let error: unknown
    try {
      parseCommitment({ credit: [
        { type: 'per-duration', percent: '1', per: 'PT1H', beyond: '99.9', allowance: 'PT1H' },
        { type: 'per-duration', percent: '1', per: 'PT1H', onceExceeded: 'all' },
      ] })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).issues.map((i) => i.path)).toEqual(['credit[0].allowance', 'credit[1].onceExceeded'])
  })
})

describe('a minimum credit, a credit base and a claim procedure on the commitment', () => {
  const aws = {
    credit: { type: 'tiers', tiers: [{ atLeast: '99.0', below: '99.5', credit: '10' }, { below: '99.0', credit: '30' }] },
    minimumCredit: { amount: '1', currency: 'USD' },
    creditBase: 'affected',
    soleRemedy: true,
    claim: { window: 'by the end of the second billing cycle after the incident', procedure: 'a support case with the request logs' },
  } as const
  // 4 h down in April (720 h): 99.444… % → 10 %.
  it('pays nothing below the minimum, in the same currency', () => {
    // 10 % of 9.99 USD = 0.999, rounded half-up to 1.00: paid. 10 % of 9.94 USD = 0.994 → 0.99: not paid.
    expect(credit(aws, 4 * H, { amount: '9.99', currency: 'USD' }).amount.toFixed(2)).toBe('1.00')
    const c = credit(aws, 4 * H, { amount: '9.94', currency: 'USD' })
    expect(c.percent.toString()).toBe('10')
    expect(c.amount.toFixed(2)).toBe('0.00')
    expect(c.belowMinimum).toBe(true)
    expect(c.explanation).toEqual([
      'Availability 99.4444444444 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'Credit = 9.94 USD × 10 % = 0.994 USD, rounded half-up to 0.99 USD.',
      '0.99 USD is less than the smallest credit paid (1.00 USD): nothing is paid.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
      'To be claimed by the end of the second billing cycle after the incident: a support case with the request logs; the library does not check that it was.',
    ])
  })

  it('says when a credit needs no claim', () => {
    const automatic = { credit: { type: 'pro-rata' }, claim: { automatic: true } } as const
    expect(credit(automatic, H).explanation.at(-1)).toBe('The credit is given without a claim.')
  })

  it('cannot compare a minimum in another currency, and says so', () => {
    const c = credit(aws, 4 * H, { amount: '5.00', currency: 'EUR' })
    expect(c.amount.toFixed(2)).toBe('0.50')
    // 4 h of 720 h: 100 × 716 / 720 = 99.444… → 10 % of 5.00 EUR = 0.50 EUR, paid: the 1 USD minimum cannot be compared.
    const bands = parseCommitment(aws).credit[0]
    if (bands?.type !== 'tiers' || !bands.tiers[0]) throw new Error('the commitment credits by bands')
    expect(c.steps).toEqual<CreditStep[]>([
      { kind: 'band', availability: new Decimal(100).times(716).div(720), tier: bands.tiers[0], percent: new Decimal(10) },
      { kind: 'amount', fee: new Decimal(5), currency: 'EUR', percent: new Decimal(10), exactAmount: new Decimal('0.5'), rounding: 'half-up', amount: new Decimal('0.5') },
      { kind: 'minimum-other-currency', minimum: new Decimal(1), minimumCurrency: 'USD', currency: 'EUR' },
      { kind: 'credit-base', base: 'affected' },
      { kind: 'sole-remedy' },
      { kind: 'claim', window: 'by the end of the second billing cycle after the incident', procedure: 'a support case with the request logs' },
    ])
    expect(c.explanation).toEqual([
      'Availability 99.4444444444 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'Credit = 5.00 EUR × 10 % = 0.5 EUR, rounded half-up to 0.50 EUR.',
      'The smallest credit paid (1 USD) is in another currency than the fee (EUR): it was not applied.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
      'To be claimed by the end of the second billing cycle after the incident: a support case with the request logs; the library does not check that it was.',
    ])
  })

  it('shows the base, the sole remedy and the claim in the steps and both languages', () => {
    const c = credit(aws, 4 * H, { amount: '100', currency: 'USD' })
    expect(c.steps.at(-1)).toEqual({ kind: 'claim', window: 'by the end of the second billing cycle after the incident', procedure: 'a support case with the request logs' })
    // 10 % of 100 USD = 10 USD, above the 1 USD minimum: no line about the minimum.
    expect(c.explanation).toEqual([
      'Availability 99.4444444444 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'Credit = 100.00 USD × 10 % = 10 USD, rounded half-up to 10.00 USD.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
      'To be claimed by the end of the second billing cycle after the incident: a support case with the request logs; the library does not check that it was.',
    ])
    const statement = (lang: 'fr' | 'en') =>
      renderStatement(
        monthlyStatement({ commitment: aws, period: monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }), incidents: [{ start: '2026-04-10T08:00:00Z', end: '2026-04-10T12:00:00Z', elements: ['a'] }], elements: [{ id: 'a', fee: { amount: '100', currency: 'USD' } }] }),
        { format: 'text', lang },
      )
    expect(statement('en')).toContain('To be claimed by the end of the second billing cycle after the incident: a support case with the request logs')
    expect(statement('fr')).toContain('Le crédit porte sur le montant de la seule ressource affectée.')
    // The window is the AWS preset's own words, which French reports write in French; the procedure is this commitment's.
    expect(statement('fr')).toContain('À réclamer (avant la fin du deuxième cycle de facturation après l’incident)\u00a0: a support case with the request logs')
  })
})

describe('the simulator and the new terms', () => {
  it('counts all the downtime once the allowance is exceeded, as creditFor does', () => {
    // OVH legacy at 100 EUR, 40-minute incidents: one in a month stays within 43 min 12 s (nothing); two make
    // 80 min, all of which counts: 2 started hours × 2.5 % = 5.00 EUR. Counting only the excess (36 min 48 s)
    // would give 2.50 EUR, so no paying month may pay less than 5.00.
    const offer = offerFromPreset(presets.ovh.dedicatedLegacy, { amount: '100', currency: 'EUR' })
    const r = simulate({ offer, clients: 1, months: 12, trials: 2000, seed: 3, incidents: { rate: 0.3, duration: { type: 'fixed', duration: 'PT40M' } } })
    expect(r.probabilityAnyCredit).toBeGreaterThan(0)
    expect(r.p99.amount.toString()).toBe('5')
    expect(r.expectedMonthlyCost.div(r.probabilityAnyCredit).gte(5)).toBe(true)
  })

  it('says that it leaves the minimum credit out', () => {
    const offer = offerFromPreset(presets.aws.ec2Instance, { amount: '100', currency: 'USD' })
    const r = simulate({ offer, clients: 1, months: 1, trials: 10, incidents: { rate: 0, duration: { type: 'fixed', duration: 'PT1H' } } })
    expect(r.notes.join(' ')).toContain('The minimum credit (1 USD) is not applied')
  })
})

describe('an allowance never makes more downtime pay less', () => {
  it('is monotone in downtime, for both readings of an exceeded allowance', () => {
    for (const onceExceeded of ['excess', 'all'] as const) {
      const commitment = parseCommitment({ credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', allowance: 'PT43M12S', onceExceeded } })
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 30 * H }), fc.integer({ min: 0, max: 10 * H }), (a, extra) => {
          const less = credit(commitment, a).percent
          const more = credit(commitment, a + extra).percent
          return more.gte(less)
        }),
        { numRuns: 60 },
      )
    }
  })
})
