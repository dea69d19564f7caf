import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from '../../src/decimal.js'
import { offerFromPreset, parseOffer } from '../../src/offers/offer.js'
import { presets } from '../../src/offers/presets/index.js'
import { streamState, Xoshiro128 } from '../../src/simulation/random.js'
import { type IncidentModel, type SimulateOptions, simulate } from '../../src/simulation/simulate.js'
import { monthPeriod } from '../../src/time/period.js'

const H = 3_600_000
const eur = (amount: string) => ({ amount, currency: 'EUR' })
const starter = offerFromPreset(presets.ovhVps2016.starter, eur('10'))
/** A typical small-hosting month: an incident per VPS every ten months, mostly short, a long tail. */
const typical: IncidentModel = { rate: 0.1, duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 } }

function offerWith(commitment: unknown, fee = '10') {
  return parseOffer({ id: 'draft', provider: 'Coop', name: 'VPS', services: [{ id: 'vps', fee: eur(fee) }], commitment: commitment as never })
}


// ---------------------------------------------------------------------------------------------------

describe('simulate: reproducible', () => {
  const options: SimulateOptions = {
    offer: starter,
    clients: 40,
    months: 12,
    trials: 500,
    seed: 2026,
    incidents: { ...typical, correlated: { rate: 0.05, duration: { type: 'exponential', mean: 'PT4H' } } },
  }

  it('gives identical results for the same seed, and different ones for another seed', () => {
    const a = simulate(options)
    const b = simulate({ ...options })
    expect(b).toEqual(a)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
    const c = simulate({ ...options, seed: 2027 })
    expect(c.expectedMonthlyCost.eq(a.expectedMonthlyCost)).toBe(false)
    expect(c.independentOnly.expectedMonthlyCost.eq(a.independentOnly.expectedMonthlyCost)).toBe(false)
  })

  it('fixes its figures for a seed: the same numbers on every machine', () => {
    // Pinned from a run. The generator is integer arithmetic, and V8 computes Math.log and Math.exp in
    // software, identically on every platform. A change here means the random numbers or the model changed.
    const r = simulate({ ...options, trials: 200, seed: 1 })
    expect(r.draws).toBe(108_260)
    expect(r.independentOnly.expectedMonthlyCost.toString()).toBe('0.4020833333333333333333333333333333333333')
    expect(r.independentOnly.probabilityAnyCredit).toBe(0.19041666666666668)
    expect(r.independentOnly.worstMonth).toEqual({ amount: new Decimal(10), percentOfRevenue: new Decimal('2.5'), trial: 52, month: 0 })
    expect(r.expectedMonthlyCost.toString()).toBe('2.902916666666666666666666666666666666667')
    expect(r.worstMonth).toEqual({ amount: new Decimal(200), percentOfRevenue: new Decimal(50), trial: 0, month: 10 })
    expect(r.probabilityAnyCredit).toBe(0.21291666666666667)
  })

  it('begins a run of 2n trials with the n trials of a run of n: doubling trials moves the estimates within their 95 % intervals', () => {
    const once = simulate({ ...options, trials: 2000 })
    const twice = simulate({ ...options, trials: 4000 })
    for (const [name, a, b] of [
      ['independent only', once.independentOnly, twice.independentOnly],
      ['with correlated', once.withCorrelated!, twice.withCorrelated!],
    ] as const) {
      const ci = a.expectedMonthlyCostInterval
      console.info(
        `${name}: expected monthly cost ${a.expectedMonthlyCost.toFixed(4)} EUR, 95 % CI [${ci.low.toFixed(4)}, ${ci.high.toFixed(4)}] with 2000 trials; ` +
          `${b.expectedMonthlyCost.toFixed(4)} EUR with 4000; P(any credit) ${a.probabilityAnyCredit.toFixed(4)} ` +
          `[${a.probabilityAnyCreditInterval.low.toFixed(4)}, ${a.probabilityAnyCreditInterval.high.toFixed(4)}] → ${b.probabilityAnyCredit.toFixed(4)}`,
      )
      expect(b.expectedMonthlyCost.gte(ci.low) && b.expectedMonthlyCost.lte(ci.high)).toBe(true)
      expect(b.probabilityAnyCredit).toBeGreaterThanOrEqual(a.probabilityAnyCreditInterval.low)
      expect(b.probabilityAnyCredit).toBeLessThanOrEqual(a.probabilityAnyCreditInterval.high)
      expect(b.p95.amount.gte(a.p95.interval.low) && b.p95.amount.lte(a.p95.interval.high)).toBe(true)
      expect(b.p99.amount.gte(a.p99.interval.low) && b.p99.amount.lte(a.p99.interval.high)).toBe(true)
    }
  })

  it('draws stream A inline exactly as Xoshiro128 does: credited months are those whose uniform exceeds e^-rate', () => {
    // One client, incidents lasting the whole month: a month pays iff it has at least one incident, i.e.
    // iff the month's stream-A uniform exceeds e^-0.3. Replaying stream A with the class must agree.
    const trials = 300
    const months = 12
    const r = simulate({ offer: starter, clients: 1, months, trials, seed: 77, incidents: { rate: 0.3, duration: { type: 'fixed', duration: 'P30D' } } })
    let paying = 0
    for (let t = 0; t < trials; t++) {
      const a = new Xoshiro128(streamState(77, 0, t))
      for (let m = 0; m < months; m++) if (a.next() > Math.exp(-0.3)) paying++
    }
    expect(r.probabilityAnyCredit).toBe(paying / (trials * months))
    expect(r.expectedMonthlyCost.toString()).toBe(new Decimal(paying * 5).div(trials * months).toString())
  })
})

describe('simulate: cases computed by hand', () => {
  it('costs nothing when no incident happens', () => {
    const r = simulate({ offer: starter, clients: 40, trials: 100, incidents: { rate: 0, duration: { type: 'fixed', duration: 'PT1H' } } })
    expect(r.expectedMonthlyCost.toString()).toBe('0')
    expect(r.probabilityAnyCredit).toBe(0)
    expect(r.p99.amount.toString()).toBe('0')
    expect(r.worstMonth.amount.toString()).toBe('0')
    expect(r.incidentsPerClientMonth).toBe(0)
    expect(r.expectedMonthlyCostInterval).toEqual({ low: new Decimal(0), high: new Decimal(0) })
    expect(r.withCorrelated).toBeNull()
    expect(r.gtiBreachRate).toBeNull()
    expect(r.draws).toBe(0)
  })

  it('pays the top band every month when every client-month has an incident lasting the whole month: 40 × 10 EUR × 50 %', () => {
    // Rate 25: P(no incident) = e^-25 ≈ 1.4e-11, below the smallest uniform 2^-33 ≈ 1.2e-10, so every
    // client-month has one. Downtime = the whole 30-day month → availability 0 % < 99.0 % → 50 % of 10 EUR.
    const r = simulate({ offer: starter, clients: 40, months: 12, trials: 50, incidents: { rate: 25, duration: { type: 'fixed', duration: 'P30D' } } })
    expect(r.revenuePerMonth.toString()).toBe('400')
    for (const q of [r.p50, r.p95, r.p99]) expect(q.amount.toString()).toBe('200')
    expect(r.expectedMonthlyCost.toString()).toBe('200')
    expect(r.expectedPercentOfRevenue.toString()).toBe('50')
    expect(r.expectedMonthlyCostInterval.low.toString()).toBe('200')
    expect(r.expectedMonthlyCostInterval.high.toString()).toBe('200')
    expect(r.worstMonth).toEqual({ amount: new Decimal(200), percentOfRevenue: new Decimal(50), trial: 0, month: 0 })
    expect(r.probabilityAnyCredit).toBe(1)
    expect(r.creditedClientMonths).toBe(1)
    // Stream A only: fixed durations draw nothing else.
    expect(r.draws).toBe(40 * 12 * 50)
  })

  it('matches the Poisson arithmetic for one client and 4-hour incidents: 10 % for one, 50 % for two or more', () => {
    // 4 h of 720 h → 99.44 % (10 %); 8 h → 98.89 % (50 %). E = 10 EUR · (10 % · λe^-λ + 50 % · (1 − e^-λ − λe^-λ)).
    const lambda = 0.1
    const p0 = Math.exp(-lambda)
    const p1 = lambda * p0
    const exact = 10 * (0.1 * p1 + 0.5 * (1 - p0 - p1))
    const r = simulate({ offer: starter, clients: 1, months: 12, trials: 20_000, seed: 5, incidents: { rate: lambda, duration: { type: 'fixed', duration: 'PT4H' } } })
    const ci = r.expectedMonthlyCostInterval
    expect(ci.low.toNumber()).toBeLessThanOrEqual(exact)
    expect(ci.high.toNumber()).toBeGreaterThanOrEqual(exact)
    expect(r.probabilityAnyCreditInterval.low).toBeLessThanOrEqual(1 - p0)
    expect(r.probabilityAnyCreditInterval.high).toBeGreaterThanOrEqual(1 - p0)
    expect(r.incidentsPerClientMonth).toBeCloseTo(lambda, 2)
    // Every monthly total is 0, 1 or 5 EUR; so are the quantiles and the worst month.
    expect(['0', '1', '5']).toContain(r.p99.amount.toString())
    expect(r.worstMonth.amount.toString()).toBe('5')
  })

  it('rounds each credit once to the cent, like creditFor: 10 % of 4.99 EUR is 0.50 EUR', () => {
    const offer = offerFromPreset(presets.ovhVps2016.starter, eur('4.99'))
    const r = simulate({ offer, clients: 3, months: 1, trials: 10, incidents: { rate: 25, duration: { type: 'fixed', duration: 'PT4H' } } })
    // 25 incidents of 4 h each = 100 h → 50 %: 2.495 → 2.50 EUR each, 7.50 EUR a month.
    expect(r.p50.amount.toFixed(2)).toBe('7.50')
    const down = simulate({ offer, clients: 3, months: 1, trials: 10, rounding: 'down', incidents: { rate: 25, duration: { type: 'fixed', duration: 'PT4H' } } })
    expect(down.p50.amount.toFixed(2)).toBe('7.47')
  })
})

describe('simulate: the thread\'s claim, risk is smoothed when every client has its own VPS', () => {
  it('gives a far lower p99 month, as a share of revenue, with independent incidents than with correlated ones of the same expected count', () => {
    const clients = 200
    const duration = { type: 'log-normal', median: 'PT3H', sigma: 1 } as const
    const base = { offer: starter, clients, months: 12, trials: 1000, seed: 11 }
    const independent = simulate({ ...base, incidents: { rate: 0.05, duration } })
    const correlated = simulate({ ...base, incidents: { rate: 0, duration, correlated: { rate: 0.05 } } })
    const shared = correlated.withCorrelated!
    // Each client sees incidents of the same law (Poisson count of mean 0.05, same durations): the expected
    // cost is the same, up to sampling noise, which is far larger with correlated events (all clients move
    // together: about 590 months with an event in 12,000)…
    expect(independent.incidentsPerClientMonth).toBeCloseTo(shared.incidentsPerClientMonth, 2)
    const ratio = shared.expectedMonthlyCost.div(independent.expectedMonthlyCost).toNumber()
    expect(ratio).toBeGreaterThan(0.75)
    expect(ratio).toBeLessThan(1.25)
    const width = (x: typeof shared) => x.expectedMonthlyCostInterval.high.minus(x.expectedMonthlyCostInterval.low)
    expect(width(shared).gt(width(independent).times(5))).toBe(true)
    // …but not the bad months. With 200 independent clients the monthly total is a sum of 200 independent
    // credits: by the law of large numbers it stays near its mean (its spread grows as √200, the revenue as
    // 200), so the p99 month is a few % of revenue. A correlated event credits every client at once: a
    // month has one with probability 1 − e^-0.05 ≈ 4.9 % > 1 %, so the p99 month pays every client a band
    // (10 % or 50 % of revenue).
    console.info(
      `p99 month: ${independent.p99.percentOfRevenue.toFixed(2)} % of revenue (independent) vs ${shared.p99.percentOfRevenue.toFixed(2)} % (correlated); ` +
        `expected ${independent.expectedPercentOfRevenue.toFixed(3)} % vs ${shared.expectedPercentOfRevenue.toFixed(3)} %`,
    )
    expect(shared.p99.percentOfRevenue.gte(10)).toBe(true)
    expect(independent.p99.percentOfRevenue.times(3).lt(shared.p99.percentOfRevenue)).toBe(true)
    expect(independent.worstMonth.percentOfRevenue.lt(shared.worstMonth.percentOfRevenue)).toBe(true)
    // The same comparison inside one run: the independent-only variant of a model with correlated events.
    expect(correlated.independentOnly.expectedMonthlyCost.toString()).toBe('0')
  })

  it('computes both variants on the same random numbers: the independent part does not change when correlated events are added', () => {
    const base = { offer: starter, clients: 40, months: 12, trials: 300, seed: 8 }
    const alone = simulate({ ...base, incidents: typical })
    const mixed = simulate({ ...base, incidents: { ...typical, correlated: { rate: 0.1 } } })
    expect(mixed.independentOnly).toEqual(alone.independentOnly)
    expect(mixed.withCorrelated!.expectedMonthlyCost.gte(alone.expectedMonthlyCost)).toBe(true)
    expect(mixed.expectedMonthlyCost).toEqual(mixed.withCorrelated!.expectedMonthlyCost)
  })
})

describe('simulate: credit models', () => {
  it('gives the same results on the single-band-table shortcut as on the general path', () => {
    // A second, empty band table sends the simulation down the general path; the credits are the same.
    const credit = presets.ovhVps2016.starter.credit
    const one = offerWith({ credit })
    const two = offerWith({ credit: [credit, { type: 'tiers', tiers: [{ credit: '0' }] }] })
    for (const incidents of [
      { ...typical, correlated: { rate: 0.05, duration: { type: 'exponential', mean: 'PT6H' } } },
      { rate: 0.4, duration: { type: 'exponential', mean: 'PT3H' } },
      { rate: 0.3, duration: { type: 'empirical', durations: ['PT1H', 'PT4H', 'PT8H', 'PT2M'] }, correlated: { rate: 0.1 } },
    ] as IncidentModel[]) {
      const options = { clients: 30, months: 12, trials: 300, seed: 4, incidents }
      const a = simulate({ ...options, offer: one })
      const b = simulate({ ...options, offer: two })
      expect(b.independentOnly).toEqual(a.independentOnly)
      expect(b.withCorrelated).toEqual(a.withCorrelated)
    }
    // The same with GTI penalties to combine, both ways: a 24/7 GTI that waits for the team's opening, and a
    // business-hours one whose clock stops while the team is away (its met cases decided by one comparison).
    const office = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' }
    for (const [combine, calendar] of [['add', '24/7'], ['larger', '24/7'], ['add', office], ['larger', office]] as const) {
      const gti = { within: 'PT2H', calendar, penalty: { perBreach: '5', perLate: { percent: '1', per: 'PT1H' }, cap: '30' } }
      const one = offerWith({ timeZone: 'Europe/Paris', credit, gti, combine, cap: '60' })
      const two = offerWith({ timeZone: 'Europe/Paris', credit: [credit, { type: 'tiers', tiers: [{ credit: '0' }] }], gti, combine, cap: '60' })
      const options = { clients: 30, months: 12, trials: 300, seed: 4, incidents: { ...typical, correlated: { rate: 0.2 } } }
      const a = simulate({ ...options, offer: one })
      const b = simulate({ ...options, offer: two })
      expect(a.gtiBreachRate).toBeGreaterThan(0)
      expect(b.independentOnly).toEqual(a.independentOnly)
      expect(b.withCorrelated).toEqual(a.withCorrelated)
    }
  })

  it('applies per-duration and pro-rata models with their caps, and never pays more than the overall cap', () => {
    const perDuration = offerWith({ credit: { type: 'per-duration', percent: '5', per: 'PT1H', count: 'started', cap: '30' } })
    const proRata = offerWith({ credit: { type: 'pro-rata', multiplier: '10' }, cap: '40' })
    const incidents: IncidentModel = { rate: 0.5, duration: { type: 'exponential', mean: 'PT5H' } }
    const a = simulate({ offer: perDuration, clients: 20, trials: 300, incidents })
    const b = simulate({ offer: proRata, clients: 20, trials: 300, incidents })
    expect(a.expectedMonthlyCost.gt(0)).toBe(true)
    expect(b.expectedMonthlyCost.gt(0)).toBe(true)
    expect(a.worstMonth.percentOfRevenue.lte(30)).toBe(true)
    expect(b.worstMonth.percentOfRevenue.lte(40)).toBe(true)
    // One started hour of a 5 % per hour credit: a 1-hour incident every month gives 5 % exactly.
    const exact = simulate({ offer: perDuration, clients: 4, months: 2, trials: 3, incidents: { rate: 25, duration: { type: 'fixed', duration: 'PT2M' } } })
    // 25 × 2 min = 50 min → 1 started hour → 5 % of 10 EUR = 0.50 EUR × 4 clients.
    expect(exact.p50.amount.toString()).toBe('2')
  })

  it('measures the month given as a period: March 2026 in Paris lasts 743 h', () => {
    const r = simulate({ offer: starter, clients: 2, trials: 10, month: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }), incidents: typical })
    expect(r.monthMs).toBe(743 * H)
    expect(simulate({ offer: starter, clients: 2, trials: 10, month: 'PT745H', incidents: typical }).monthMs).toBe(745 * H)
  })

  it('reads empirical durations from an incident log, leaving out what the commitment excludes', () => {
    const log = [
      { start: '2026-03-04T02:13:00+01:00', end: '2026-03-04T03:41:00+01:00' },
      { start: '2026-03-17T14:20:00+01:00', end: '2026-03-17T19:05:00+01:00', cause: 'customer' },
      { start: '2026-03-25T08:00:00+01:00', end: '2026-03-25T12:00:00+01:00', impact: 'degraded' },
    ]
    const r = simulate({ offer: starter, clients: 5, trials: 50, incidents: { rate: 0.2, duration: { type: 'empirical', incidents: log as never } } })
    expect(r.notes.some((n) => n.includes('empirical, 1 duration, mean 1 h 28 min'))).toBe(true)
  })
})

describe('simulate: GTI', () => {
  const gtiOffer = (calendar: unknown, penalty?: unknown) =>
    offerWith({ timeZone: 'Europe/Paris', gti: { within: 'PT4H', calendar, ...(penalty ? { penalty } : {}) } })
  const hours = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' }
  const base = { clients: 20, months: 12, trials: 300, seed: 3 }

  it('is met when the team always answers in 1 hour and never waits, and breached when it answers in 5', () => {
    const offer = gtiOffer('24/7', { perBreach: '5' })
    const met = simulate({ ...base, offer, incidents: { ...typical, outsideBusinessHours: 0 }, intervention: { response: { type: 'fixed', duration: 'PT1H' } } })
    expect(met.gtiBreachRate).toBe(0)
    expect(met.expectedMonthlyCost.toString()).toBe('0')
    const late = simulate({ ...base, offer, incidents: { ...typical, outsideBusinessHours: 0 }, intervention: { response: { type: 'fixed', duration: 'PT5H' } } })
    expect(late.gtiBreachRate).toBe(1)
    expect(late.gtiIncidents).toBeGreaterThan(0)
    // Each breach costs 5 % of 10 EUR; no availability credit here.
    expect(late.expectedMonthlyCost.gt(0)).toBe(true)
    expect(late.worstMonth.amount.toNumber() % 0.5).toBe(0)
  })

  it('does not run the clock of a business-hours GTI while the team is closed: waiting for the opening costs nothing', () => {
    const r = simulate({ ...base, offer: gtiOffer(hours), incidents: { ...typical, outsideBusinessHours: 1 }, intervention: { response: { type: 'fixed', duration: 'PT1H' } } })
    expect(r.gtiBreachRate).toBe(0)
  })

  it('makes a 24/7 GTI wait for the next opening: with 1-hour answers, breached unless reported in the 3 hours before an opening', () => {
    // Team Mon–Fri 09:00–18:00 Paris, French holidays, 2026: 252 open days; uncovered time 8760 − 252 · 9 =
    // 6492 h, of which 252 · 3 h = 756 h lie within 3 h of an opening. Breach rate = 1 − 756 / 6492 ≈ 0.8836.
    const r = simulate({ ...base, trials: 3000, offer: gtiOffer('24/7'), incidents: { ...typical, outsideBusinessHours: 1 }, intervention: { response: { type: 'fixed', duration: 'PT1H' } } })
    expect(r.gtiIncidents).toBeGreaterThan(50_000)
    expect(r.gtiBreachRate!).toBeCloseTo(1 - 756 / 6492, 2)
    expect(r.gtiBreachRateInterval!.low).toBeLessThan(1 - 756 / 6492)
    expect(r.gtiBreachRateInterval!.high).toBeGreaterThan(1 - 756 / 6492)
    // Default share outside business hours: the uncovered share of the year, 6492 / 8760.
    const d = simulate({ ...base, offer: gtiOffer('24/7'), incidents: typical })
    expect(d.outsideBusinessHours).toBeCloseTo(6492 / 8760, 3)
    expect(d.notes.join(' ')).toContain('team hours Mon-Fri 09:00-18:00')
  })

  it('counts a correlated event as one incident for the GTI and applies its breach to every client', () => {
    const offer = gtiOffer('24/7', { perBreach: '10' })
    const r = simulate({ ...base, offer, incidents: { rate: 0, duration: typical.duration, outsideBusinessHours: 0, correlated: { rate: 25 } }, intervention: { response: { type: 'fixed', duration: 'PT5H' } } })
    const w = r.withCorrelated!
    expect(w.gtiBreachRate).toBe(1)
    // 25 events a month on average, each breached: 10 % each, uncapped penalties, overall cap 100 %.
    expect(w.gtiIncidents / (base.trials * base.months)).toBeCloseTo(25, 0)
    expect(w.creditedClientMonths).toBe(1)
  })
})

describe('simulate: properties', () => {
  const durationArb = fc.oneof(
    fc.record({ type: fc.constant('log-normal' as const), median: fc.constantFrom('PT5M', 'PT30M', 'PT2H', 'PT8H'), sigma: fc.constantFrom(0, 0.5, 1, 1.5) }),
    fc.record({ type: fc.constant('exponential' as const), mean: fc.constantFrom('PT10M', 'PT1H', 'PT6H') }),
    fc.record({ type: fc.constant('fixed' as const), duration: fc.constantFrom('PT0S', 'PT3H', 'PT5H', 'P2D') }),
    fc.record({ type: fc.constant('empirical' as const), durations: fc.array(fc.integer({ min: 0, max: 40 * H }), { minLength: 1, maxLength: 6 }) }),
  )
  const caseArb = fc.record({
    seed: fc.nat(),
    clients: fc.integer({ min: 1, max: 25 }),
    rate: fc.constantFrom(0, 0.01, 0.1, 0.5, 2),
    corrRate: fc.constantFrom(0, 0.05, 0.3),
    duration: durationArb,
    corrDuration: durationArb,
    gti: fc.constantFrom('none', 'office', '24/7'),
  })
  const office = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' }
  const gtiOf = (kind: string) => (kind === 'none' ? {} : { gti: { within: 'PT4H', calendar: kind === 'office' ? office : '24/7', penalty: { perBreach: '5', cap: '20' } } })

  it('never pays more than the cap, orders its quantiles, and costs at least as much with correlated events as without, month by month', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const offer = offerWith({ timeZone: 'Europe/Paris', credit: presets.ovhVps2016.value.credit, ...gtiOf(k.gti) })
        const r = simulate({
          offer,
          clients: k.clients,
          months: 6,
          trials: 40,
          seed: k.seed,
          incidents: { rate: k.rate, duration: k.duration, correlated: { rate: k.corrRate, duration: k.corrDuration } },
          intervention: { response: { type: 'exponential', mean: 'PT2H' } },
        })
        const cap = r.revenuePerMonth // overall cap 100 %
        for (const f of [r.independentOnly, r.withCorrelated!]) {
          expect(f.worstMonth.amount.lte(cap)).toBe(true)
          expect(f.p50.amount.lte(f.p95.amount) && f.p95.amount.lte(f.p99.amount) && f.p99.amount.lte(f.worstMonth.amount)).toBe(true)
          expect(f.expectedMonthlyCost.gte(0) && f.expectedMonthlyCost.lte(f.worstMonth.amount)).toBe(true)
          expect(f.expectedMonthlyCostInterval.low.lte(f.expectedMonthlyCost) && f.expectedMonthlyCost.lte(f.expectedMonthlyCostInterval.high)).toBe(true)
          expect(f.probabilityAnyCredit).toBeGreaterThanOrEqual(0)
          expect(f.probabilityAnyCredit).toBeLessThanOrEqual(1)
        }
        // A correlated event only adds downtime and breaches to a client's month, and credits never fall as
        // downtime grows: on the same random numbers, every month costs at least as much.
        const a = r.independentOnly
        const b = r.withCorrelated!
        expect(b.expectedMonthlyCost.gte(a.expectedMonthlyCost)).toBe(true)
        for (const q of ['p50', 'p95', 'p99'] as const) expect(b[q].amount.gte(a[q].amount)).toBe(true)
        expect(b.worstMonth.amount.gte(a.worstMonth.amount)).toBe(true)
        expect(b.probabilityAnyCredit).toBeGreaterThanOrEqual(a.probabilityAnyCredit)
      }),
      { numRuns: 40, seed: 20260301 },
    )
  })

  it('gives the results of the general path on its shortcuts, whatever the law, rates and GTI', () => {
    fc.assert(
      fc.property(caseArb, (k) => {
        const credit = presets.ovhVps2016.value.credit
        const one = offerWith({ timeZone: 'Europe/Paris', credit, ...gtiOf(k.gti) })
        const two = offerWith({ timeZone: 'Europe/Paris', credit: [credit, { type: 'tiers', tiers: [{ credit: '0' }] }], ...gtiOf(k.gti) })
        const options = {
          clients: k.clients,
          months: 6,
          trials: 40,
          seed: k.seed,
          incidents: { rate: k.rate, duration: k.duration, correlated: { rate: k.corrRate, duration: k.corrDuration } },
        }
        const a = simulate({ ...options, offer: one })
        const b = simulate({ ...options, offer: two })
        expect(b.independentOnly).toEqual(a.independentOnly)
        expect(b.withCorrelated).toEqual(a.withCorrelated)
        expect(b.draws).toBe(a.draws)
      }),
      { numRuns: 40, seed: 20260302 },
    )
  })
})

describe('simulate: distribution of the monthly cost', () => {
  it('counts the months without credit apart and bins the others in 20 bins of whole cents: one client, 4-hour incidents', () => {
    // Every monthly total is 0, 1 or 5 EUR. Paying months span 100 to 500 cents: width ⌈401 / 20⌉ = 21 cents,
    // ⌈401 / 21⌉ = 20 bins; the first holds 1.00 to 1.20 EUR, the last 4.99 (100 + 19 × 21 cents) to 5.19 EUR.
    const r = simulate({ offer: starter, clients: 1, months: 12, trials: 2000, seed: 5, incidents: { rate: 0.1, duration: { type: 'fixed', duration: 'PT4H' } } })
    const { zeroMonths, bins } = r.distribution
    expect(bins).toHaveLength(20)
    expect([bins[0]!.low.toString(), bins[0]!.high.toString()]).toEqual(['1', '1.2'])
    expect([bins[19]!.low.toString(), bins[19]!.high.toString()]).toEqual(['4.99', '5.19'])
    expect(bins.slice(1, 19).every((b) => b.months === 0)).toBe(true)
    expect(bins[0]!.months).toBeGreaterThan(0)
    expect(bins[19]!.months).toBeGreaterThan(0)
    expect(zeroMonths + bins[0]!.months + bins[19]!.months).toBe(2000 * 12)
    // Every paying month credits its one client: the months counted apart are exactly those without a credit.
    expect((2000 * 12 - zeroMonths) / (2000 * 12)).toBe(r.probabilityAnyCredit)
  })

  it('has no bin when nothing is ever paid, and one bin of one amount when every month pays the same', () => {
    const none = simulate({ offer: starter, clients: 40, months: 12, trials: 10, incidents: { rate: 0, duration: { type: 'fixed', duration: 'PT1H' } } })
    expect(none.distribution).toEqual({ zeroMonths: 120, bins: [] })
    // As above: every client-month is down the whole month, 40 × 50 % × 10 EUR = 200 EUR every month.
    const all = simulate({ offer: starter, clients: 40, months: 12, trials: 50, incidents: { rate: 25, duration: { type: 'fixed', duration: 'P30D' } } })
    expect(all.distribution).toEqual({ zeroMonths: 0, bins: [{ low: new Decimal(200), high: new Decimal(200), months: 600 }] })
  })

  it('holds every month once, at most 20 bins from the cheapest paying month to the worst, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 2, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (clients, rate, seed) => {
        const options: SimulateOptions = { offer: starter, clients, months: 12, trials: 20, seed, incidents: { ...typical, rate } }
        const r = simulate(options)
        const { zeroMonths, bins } = r.distribution
        expect(bins.length).toBeLessThanOrEqual(20)
        expect(zeroMonths + bins.reduce((n, b) => n + b.months, 0)).toBe(20 * 12)
        if (bins.length > 0) {
          expect(bins[0]!.months).toBeGreaterThan(0)
          expect(bins.at(-1)!.months).toBeGreaterThan(0)
          expect(r.worstMonth.amount.gte(bins.at(-1)!.low) && r.worstMonth.amount.lte(bins.at(-1)!.high)).toBe(true)
          for (let k = 1; k < bins.length; k++) expect(bins[k]!.low.minus(bins[k - 1]!.high).toString()).toBe('0.01')
        } else expect(r.worstMonth.amount.toString()).toBe('0')
        expect(simulate(options).distribution).toEqual(r.distribution)
      }),
      { numRuns: 40 },
    )
  })
})
