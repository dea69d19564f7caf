import { currencyScale } from '../credits/money.js'
import { Decimal } from '../decimal.js'
import { InputError } from '../errors.js'
import { type SimulationAssumption } from './assumptions.js'
import { compileCredit, type CreditPlan, type MoneyPlan } from './credit-plan.js'
import { type DurationSampler } from './durations.js'
import { compileGti, type GtiPlan } from './gti.js'
import { type CheckedOptions } from './options.js'
import { poissonTable } from './random.js'

/** Everything the loop reads, as numbers and typed arrays: no Decimal, no Date. */
export interface Plan {
  readonly clients: number
  readonly months: number
  readonly trials: number
  readonly seed: number
  readonly monthMs: number
  readonly rate: number
  /** Poisson tables of the independent incidents per client-month, and of the correlated events per month. */
  readonly cdf: Float64Array
  readonly duration: DurationSampler
  readonly corrCdf: Float64Array | null
  readonly corrDuration: DurationSampler
  /** Share of an outage that counts as downtime. */
  readonly weight: number
  readonly minimumMs: number
  /** 0 none, 1 minute-up, 2 minute-down. */
  readonly granularity: 0 | 1 | 2
  readonly credit: CreditPlan
  readonly gti: GtiPlan | null
  readonly money: MoneyPlan
}

/**
 * Compiles checked options into the plan of a run, with what the simulation assumed or left out for this
 * offer, sentence by sentence.
 *
 * @throws InputError when the sums of credits could not stay exact, or the team's hours cannot be sampled.
 */
export function compilePlan(o: CheckedOptions): { plan: Plan; notes: SimulationAssumption[] } {
  const { commitment, month, clients, months } = o
  const fee = o.service.fee
  const monthMs = month.ms
  const minorScale = currencyScale(fee.currency) ?? 2
  const credit = compileCredit(commitment, monthMs)
  const maxMinor = fee.amount
    .times(Decimal.max(commitment.cap, 0))
    .div(100)
    .times(new Decimal(10).pow(minorScale))
    .ceil()
  if (maxMinor.times(clients).times(months).gt(Number.MAX_SAFE_INTEGER))
    throw new InputError([{ path: 'clients', message: `× months × the largest credit (${maxMinor} minor units) exceeds 2^53: sums of credits would not be exact`, code: 'credit-sums', params: { minor: maxMinor.toString() } }], 'Cannot simulate')

  const notes: SimulationAssumption[] = []
  const gti = compileGti(o, notes)
  if (commitment.minimumCredit) notes.push({ kind: 'minimum-credit', amount: commitment.minimumCredit.amount, currency: commitment.minimumCredit.currency })
  // The simulation draws how long each month is down, not when: which clock hours an outage touches is unknown.
  if (commitment.credit.some((m) => m.type === 'hourly-waiver')) notes.push({ kind: 'hourly-waiver' })
  if (commitment.gtr) notes.push({ kind: 'gtr', within: commitment.gtr.within })
  if (commitment.credit.length === 0 && !gti) notes.push({ kind: 'no-credit' })
  const corr = o.correlated
  notes.push({
    kind: 'model',
    monthMs,
    month: month.label,
    rate: o.rate,
    duration: o.duration.text,
    correlated: corr ? Object.freeze({ rate: corr.rate, duration: corr.duration.text }) : null,
  })

  const m = commitment.measurement
  const plan: Plan = {
    clients,
    months,
    trials: o.trials,
    seed: o.seed,
    monthMs,
    rate: o.rate,
    cdf: poissonTable(o.rate),
    duration: o.duration,
    corrCdf: corr ? poissonTable(corr.rate) : null,
    corrDuration: corr ? corr.duration : o.duration,
    weight: m.weightUnits[0] / m.weightScale,
    minimumMs: m.minimumOutageMs,
    granularity: m.granularity === 'minute-up' ? 1 : m.granularity === 'minute-down' ? 2 : 0,
    credit,
    gti,
    money: {
      fee: fee.amount,
      currency: fee.currency,
      minorScale,
      rounding: o.rounding,
      feeMinor: fee.amount.times(new Decimal(10).pow(minorScale)).toNumber(),
      unitScale: credit.scale,
    },
  }
  return { plan, notes }
}
