import { type SimulateOptions } from '../../src/simulation/index.ts'
import { type Lang, type SimulationSettings } from './state.ts'

// What the page and the simulation worker say to each other: plain data only, since Decimal objects do not
// survive the trip; every amount is the library's Decimal written with toFixed.

export interface Quantile {
  amount: string
  percent: string
}

export interface FiguresMessage {
  expected: string
  expectedPercent: string
  p50: Quantile
  p95: Quantile
  p99: Quantile
  worst: Quantile
  probabilityAnyCredit: number
  /** The library's distribution: months without credit, then the bins of the others (bounds with toFixed). */
  distribution: { zeroMonths: number; bins: { low: string; high: string; months: number }[] }
}

export type WorkerRequest = { type: 'run'; options: Omit<SimulateOptions, 'onProgress'>; lang: Lang }

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | {
      type: 'done'
      ms: number
      currency: string
      revenue: string
      clientMonths: number
      independent: FiguresMessage
      correlated: FiguresMessage | null
      reports: { html: string; markdown: string; json: string }
    }
  | { type: 'error'; issues: { path: string; message: string }[] }

/** The library's options for the form's settings, or the first setting that is not a number. */
export function simulationOptions(settings: SimulationSettings, offer: SimulateOptions['offer']): Omit<SimulateOptions, 'onProgress'> {
  const num = (v: string) => Number(v.trim().replace(',', '.'))
  const correlated = num(settings.correlatedRate)
  return {
    offer,
    clients: num(settings.clients),
    months: num(settings.months),
    trials: num(settings.trials),
    seed: num(settings.seed),
    incidents: {
      rate: num(settings.rate),
      duration: { type: 'log-normal', median: settings.median.trim(), sigma: num(settings.sigma) },
      ...(correlated > 0 && { correlated: { rate: correlated, duration: { type: 'exponential', mean: settings.correlatedMean.trim() } } }),
    },
  }
}
