import { assumptionSentence, type SimulationAssumption } from './assumptions.js'
import { type Decimal } from '../decimal.js'
import { type SimulationFigures, summarise } from './figures.js'
import { checkOptions, type SimulateOptions } from './options.js'
import { compilePlan } from './plan.js'
import { run } from './run.js'

export { type ConfidenceInterval, type CostBin, type CostDistribution, type MonthlyQuantile, type SimulationFigures } from './figures.js'
export { type DurationModel, type IncidentModel, type InterventionModel, MAX_CLIENT_MONTHS, type SimulateOptions } from './options.js'

/** What {@link simulate} returns: the figures of the full model, then of each variant. */
export interface SimulationResult extends SimulationFigures {
  readonly offer: { readonly id: string; readonly name: string }
  readonly service: string
  readonly currency: string
  /** Monthly fee of one client. */
  readonly fee: Decimal
  readonly clients: number
  readonly months: number
  readonly trials: number
  readonly seed: number
  /** Length of a simulated month, ms. */
  readonly monthMs: number
  /** `clients × fee`. */
  readonly revenuePerMonth: Decimal
  /** Share of incidents reported outside the team's hours that was used; null without GTI. */
  readonly outsideBusinessHours: number | null
  /** Independent incidents only (correlated events left out), on the same random numbers. */
  readonly independentOnly: SimulationFigures
  /** Independent incidents and correlated events: the full model; null when no correlated events are configured. */
  readonly withCorrelated: SimulationFigures | null
  /** Uniform random numbers drawn, for comparing the run with the bare cost of drawing them. */
  readonly draws: number
  /** What the simulation assumed or left out for this offer, as data: what `matou/report` words in each language. */
  readonly assumptions: readonly SimulationAssumption[]
  /** The same in English, sentence by sentence. */
  readonly notes: readonly string[]
}

/**
 * A seeded, reproducible Monte Carlo of what an offer's service credits cost its provider: `trials` runs of
 * `months` months for `clients` clients, each with one element, under an incident model. It answers "how
 * much will the credits cost, in a normal month and in a bad one?" and shows whether the thread's claim
 * holds — that risk is smoothed when every client has its own VPS (independent incidents) and is not when
 * one incident hits everyone at once (correlated events).
 *
 * **Modelling choices** (each an approximation, stated so that the figures can be read rightly):
 *
 * - *Months.* Every month has the same length (`month` option, default 30 days), so each band of the
 *   commitment becomes one exact integer downtime threshold, computed once by `downtimeBudget` (with the
 *   commitment's rounding of availability, if any). Months are independent of each other and of the trial.
 * - *Incidents.* Each client has one element. Per client-month, the number of independent incidents is
 *   Poisson of mean `rate`, drawn by inversion from a single uniform (a month without incident costs one
 *   uniform and one comparison). Correlated events are Poisson of mean `correlated.rate` per month and
 *   hit every client. Every simulated incident is an unplanned outage: it counts with the commitment's
 *   outage weight, subject to its minimum outage; `minute-up` / `minute-down` granularity rounds each
 *   duration up / down to whole minutes (clock alignment is not modelled).
 * - *Downtime.* A client's downtime in a month is the plain sum of its incidents' durations (independent
 *   and correlated), capped at the month: overlapping incidents are not merged, and an incident counts
 *   whole in the month it starts in. Both make the downtime of a bad month slightly larger than a
 *   statement would measure: a conservative approximation.
 * - *Credits.* Per client-month: the band of each tiered model (by comparison with the thresholds),
 *   per-duration and pro-rata models from the downtime, each model's cap, GTI penalties combined as the
 *   commitment says (`add` or `larger`, the penalty cap per month), then the overall cap — as `creditFor`
 *   does. Percentages are whole numbers of units of 10^-k % (k the most decimals any percentage of the
 *   commitment has), so each credit, rounded once to the minor unit as `creditFor` rounds it, and every
 *   monthly total, is an exact whole number of minor units; only pro-rata percentages, which follow a
 *   continuous draw, are rounded to the minor unit in floating point. Decimal appears only at the end.
 * - *GTI.* Each incident (a correlated event is one incident, one intervention) is reported when it starts:
 *   outside the team's hours with probability `outsideBusinessHours`, at an instant uniform over the
 *   outside-hours time of a reference year; it then waits for the team's next opening, and that wait counts
 *   against the GTI as far as the GTI's own calendar runs during it (all of it for a 24/7 GTI, none of it
 *   when the GTI runs on the team's hours). The team then intervenes after a `response` draw, which counts
 *   in full (the response is taken to fit in the working day). The GTI is breached when wait + response
 *   exceeds the guaranteed time; lateness for per-late penalties is the excess, whatever the penalty's
 *   clock. The waiting times come from the calendar once, before the loop. A GTR is not simulated.
 * - *Random numbers.* xoshiro128** on 32-bit integers, three streams per trial seeded from (seed, stream,
 *   trial): A for whether a client-month has incidents, B for their durations and GTI outcomes, C for the
 *   correlated events. Exponential and log-normal durations are drawn by inversion of one 32-bit output
 *   through a table of the quantile function (4096 steps, cubic Hermite interpolation with the exact
 *   derivatives: relative error below 10^-5 for σ ≤ 5), and exactly in the outer 1/256 at each end
 *   (closed form for the exponential, Marsaglia's normal-tail method for the log-normal); empirical
 *   durations by a uniform pick in the sorted list. The generator and the interpolation are integer and
 *   IEEE arithmetic, the same on every machine; the tables are computed once with `Math.exp` and
 *   `Math.log`, which V8 computes in software, identically on every platform (another engine could differ
 *   in a last bit, which would move a result only if a drawn downtime landed within that bit of a band
 *   threshold).
 * - *Speed.* The loop works on numbers and typed arrays only: no Decimal, no Date. A client-month without
 *   incident costs one generator step and one integer comparison, in a loop over the client-months written
 *   out four at a time and free of branches. For a client-month with one incident and a single band table,
 *   the band comes from comparing the duration's 32-bit output with bounds found once by bisection (the
 *   duration, non-decreasing in that output, is computed only when a correlated event must be added to
 *   it), and a met GTI from one more comparison. These shortcuts give the results of the plain
 *   computation (tests check it).
 * - *Estimates.* Figures are over the `trials × months` simulated months. `expectedMonthlyCost` comes with
 *   a 95 % normal interval, the quantiles with a distribution-free one, the probabilities with Wilson
 *   intervals. A run of 2n trials begins with the n trials of a run of n with the same seed, so doubling
 *   `trials` moves an estimate within its interval (most of the time: 95 % is not 100 %).
 *
 * @example
 * const result = simulate({
 *   offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '10', currency: 'EUR' }),
 *   clients: 40, months: 12, trials: 2000, seed: 42,
 *   incidents: {
 *     rate: 0.1,                                                     // per VPS per month
 *     duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 },
 *     correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT6H' } },
 *   },
 * })
 * result.expectedMonthlyCost.toFixed(2)             // mean monthly credits, EUR, of 400 EUR revenue
 * result.p99.percentOfRevenue.toFixed(1)            // one month in a hundred, in % of revenue
 * result.independentOnly.p99.percentOfRevenue.toFixed(1) // the same without correlated events: smoothed
 * @throws InputError listing every problem with its path, e.g. `incidents.duration.sigma: must be a number from 0 to 10 (got -1)`.
 */
export function simulate(options: SimulateOptions): SimulationResult {
  const o = checkOptions(options)
  const { plan, notes } = compilePlan(o)
  const out = run(plan, o.onProgress)
  const fee = o.service.fee
  const revenue = fee.amount.times(o.clients)
  const independentOnly = summarise(out.independent, plan, revenue)
  const withCorrelated = out.withCorrelated ? summarise(out.withCorrelated, plan, revenue) : null
  const headline = withCorrelated ?? independentOnly
  return Object.freeze({
    ...headline,
    offer: Object.freeze({ id: o.offer.id, name: o.offer.name }),
    service: o.service.id,
    currency: fee.currency,
    fee: fee.amount,
    clients: o.clients,
    months: o.months,
    trials: o.trials,
    seed: o.seed,
    monthMs: plan.monthMs,
    revenuePerMonth: revenue,
    outsideBusinessHours: plan.gti ? plan.gti.outsideShare : null,
    independentOnly,
    withCorrelated,
    draws: out.draws,
    assumptions: Object.freeze(notes.map((n) => Object.freeze(n))),
    notes: Object.freeze(notes.map(assumptionSentence)),
  })
}
