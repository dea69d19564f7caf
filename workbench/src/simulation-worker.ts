// Runs the library's simulation off the page's thread, so that the page stays responsive; the page
// cancels a run by ending this worker.
import { InputError } from '../../src/index.ts'
import { type SimulationFigures, simulate } from '../../src/simulation/index.ts'
import { renderSimulation } from '../../src/report/simulation.ts'
import { type FiguresMessage, type WorkerReply, type WorkerRequest } from './simulation-messages.ts'

function figures(f: SimulationFigures): FiguresMessage {
  return {
    expected: f.expectedMonthlyCost.toFixed(2),
    expectedPercent: f.expectedPercentOfRevenue.toFixed(2),
    p50: { amount: f.p50.amount.toFixed(2), percent: f.p50.percentOfRevenue.toFixed(2) },
    p95: { amount: f.p95.amount.toFixed(2), percent: f.p95.percentOfRevenue.toFixed(2) },
    p99: { amount: f.p99.amount.toFixed(2), percent: f.p99.percentOfRevenue.toFixed(2) },
    worst: { amount: f.worstMonth.amount.toFixed(2), percent: f.worstMonth.percentOfRevenue.toFixed(2) },
    probabilityAnyCredit: f.probabilityAnyCredit,
    distribution: {
      zeroMonths: f.distribution.zeroMonths,
      bins: f.distribution.bins.map((b) => ({ low: b.low.toFixed(2), high: b.high.toFixed(2), months: b.months })),
    },
  }
}

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply)

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { options, lang } = event.data
  let last = 0
  try {
    const started = performance.now()
    const result = simulate({
      ...options,
      onProgress: (done, total) => {
        const now = performance.now()
        if (now - last > 50 || done === total) {
          last = now
          post({ type: 'progress', done, total })
        }
      },
    })
    const ms = performance.now() - started
    post({
      type: 'done',
      ms,
      currency: result.currency,
      revenue: result.revenuePerMonth.toFixed(2),
      clientMonths: result.clients * result.months * result.trials,
      independent: figures(result.independentOnly),
      correlated: result.withCorrelated ? figures(result.withCorrelated) : null,
      reports: {
        html: renderSimulation(result, { format: 'html', lang }),
        markdown: renderSimulation(result, { format: 'markdown', lang }),
        json: renderSimulation(result, { format: 'json', lang }),
      },
    })
  } catch (error) {
    if (error instanceof InputError) post({ type: 'error', issues: [...error.issues] })
    else post({ type: 'error', issues: [{ path: '', message: String(error) }] })
  }
}
