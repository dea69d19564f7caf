import { useEffect, useRef, useState } from 'preact/hooks'
import { Decimal } from '../../src/index.ts'
import { decimalText, download, shareText } from './format.ts'
import { type T, messages } from './i18n.ts'
import { issueText } from './issues.ts'
import { type FiguresMessage, simulationOptions, type WorkerReply } from './simulation-messages.ts'
import { type Lang, type SimulationSettings } from './state.ts'
import { type ViewProps } from './view.ts'

type Done = Extract<WorkerReply, { type: 'done' }>

const FIELDS: readonly (keyof SimulationSettings)[] = ['clients', 'months', 'trials', 'seed', 'rate', 'median', 'sigma', 'correlatedRate', 'correlatedMean']

function money(v: string, currency: string, lang: Lang): string {
  return `${decimalText(v, 2, lang)}\u00a0${currency}`
}

function Figures({ f, t, lang, currency, id, title }: { f: FiguresMessage; t: T; lang: Lang; currency: string; id: string; title: string }) {
  const rows: [string, string, string][] = [
    ['expected', t['sim.expected'], `${money(f.expected, currency, lang)} (${decimalText(f.expectedPercent, 2, lang)} %)`],
    ['p50', t['sim.p50'], money(f.p50.amount, currency, lang)],
    ['p95', t['sim.p95'], money(f.p95.amount, currency, lang)],
    ['p99', t['sim.p99'], `${money(f.p99.amount, currency, lang)} (${decimalText(f.p99.percent, 2, lang)} %)`],
    ['worst', t['sim.worst'], money(f.worst.amount, currency, lang)],
    ['any', t['sim.any'], shareText(f.probabilityAnyCredit, 2, lang)],
  ]
  return (
    <section id={id} class="card">
      <h3>{title}</h3>
      <dl class="figures">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-figure={key}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function Distribution({ done, t, lang }: { done: Done; t: T; lang: Lang }) {
  const series = [done.independent, ...(done.correlated ? [done.correlated] : [])]
  const names = [t['sim.independent'], t['sim.correlated']]
  const keys = ['p50', 'p95', 'p99', 'worst'] as const
  const labels = [t['sim.p50'], 'p95', 'p99', t['sim.worst']]
  const max = Math.max(...series.flatMap((s) => keys.map((k) => Number(s[k].amount))), 0.01)
  const width = 640
  const left = 110
  const barW = width - left - 110
  const rowH = 18
  let y = 4
  const colours = ['#1f5fbf', '#d1495b']
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${keys.length * (series.length * rowH + 10) + 30}`} role="img" aria-label={t['sim.chart']}>
      {keys.map((k, ki) => {
        const top = y
        y += series.length * rowH + 10
        return (
          <g key={k} transform={`translate(0 ${top})`}>
            <text x={0} y={rowH - 4}>
              {labels[ki]}
            </text>
            {series.map((s, si) => {
              const w = Math.max(1, (Number(s[k].amount) / max) * barW)
              return (
                <g key={si}>
                  <rect class="quantile" x={left} y={si * rowH} width={w} height={rowH - 4} fill={colours[si]} />
                  <text x={left + w + 4} y={si * rowH + rowH - 6}>
                    {money(s[k].amount, done.currency, lang)}
                  </text>
                </g>
              )
            })}
          </g>
        )
      })}
      {series.map((_, si) => (
        <g key={si} transform={`translate(${left + si * 220} ${y + 6})`}>
          <rect x={0} y={0} width={10} height={10} fill={colours[si]} />
          <text x={14} y={10}>
            {names[si]}
          </text>
        </g>
      ))}
    </svg>
  )
}

/** The library's distribution of the full model's monthly totals, a bar per bin, the months without credit first. */
function Histogram({ done, t, lang }: { done: Done; t: T; lang: Lang }) {
  const f = done.correlated ?? done.independent
  const variant = done.correlated ? t['sim.correlated'] : t['sim.independent']
  const rows = [
    { key: 'zero', label: t['sim.noCredit'], months: f.distribution.zeroMonths, zero: true },
    ...f.distribution.bins.map((b, k) => ({
      key: String(k),
      label: b.low === b.high ? money(b.low, done.currency, lang) : `${money(b.low, done.currency, lang)} – ${money(b.high, done.currency, lang)}`,
      months: b.months,
      zero: false,
    })),
  ]
  const width = 640
  const left = 210
  const barW = width - left - 100
  const rowH = 18
  const max = Math.max(1, ...rows.map((r) => r.months))
  return (
    <svg id="sim-histogram" class="chart" viewBox={`0 0 ${width} ${rows.length * rowH + 26}`} role="img" aria-label={t['sim.histogram'](variant)}>
      <text x={0} y={14}>
        {t['sim.histogram'](variant)}
      </text>
      {rows.map((r, i) => {
        const y = 22 + i * rowH
        const w = r.months > 0 ? Math.max(1, (r.months / max) * barW) : 0
        return (
          <g key={r.key} data-months={r.months}>
            <text x={left - 6} y={y + rowH - 6} text-anchor="end">
              {r.label}
            </text>
            <rect x={left} y={y} width={w} height={rowH - 4} fill={r.zero ? '#9aa3b5' : '#d1495b'} />
            <text x={left + w + 4} y={y + rowH - 6}>
              {t['sim.monthCount'](decimalText(String(r.months), 0, lang))}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export function SimulateView({ state, update, offer }: ViewProps) {
  const t = messages(state.lang)
  const lang = state.lang
  const settings = state.simulation
  const worker = useRef<Worker | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [done, setDone] = useState<Done | null>(null)
  const [problems, setProblems] = useState<{ path: string; message: string }[]>([])
  const [note, setNote] = useState('')
  useEffect(() => () => worker.current?.terminate(), [])

  const num = (v: string) => Number(v.replace(',', '.'))
  const clientMonths = num(settings.clients) * num(settings.months) * num(settings.trials)
  const run = () => {
    if (!offer.success) return
    worker.current?.terminate()
    const w = new Worker(new URL('./simulation-worker.js', import.meta.url), { type: 'module' })
    worker.current = w
    setDone(null)
    setProblems([])
    setNote('')
    setProgress({ done: 0, total: num(settings.trials) || 1 })
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data
      if (reply.type === 'progress') setProgress({ done: reply.done, total: reply.total })
      else {
        if (reply.type === 'done') setDone(reply)
        else setProblems(reply.issues)
        setProgress(null)
        w.terminate()
        worker.current = null
      }
    }
    w.postMessage({ type: 'run', options: simulationOptions(settings, offer.data.input), lang })
  }
  const cancel = () => {
    worker.current?.terminate()
    worker.current = null
    setProgress(null)
    setNote(t['sim.cancelled'])
  }
  return (
    <>
      <h2>{t['sim.title']}</h2>
      <p>{t['sim.intro']}</p>
      {!offer.success && <p class="status-bad">{t['sim.invalid']}</p>}
      <form
        class="card"
        onSubmit={(e) => {
          e.preventDefault()
          run()
        }}
      >
        <div class="grid">
          {FIELDS.map((k) => (
            <div class="field" key={k}>
              <label for={`sim-${k}`}>{t[`sim.${k}`]}</label>
              <input id={`sim-${k}`} type="text" value={settings[k]} onInput={(e) => update((s) => ({ ...s, simulation: { ...s.simulation, [k]: (e.currentTarget as HTMLInputElement).value } }))} />
            </div>
          ))}
        </div>
        <p class="hint">{t['sim.clientMonths'](Number.isFinite(clientMonths) ? decimalText(String(clientMonths), 0, lang) : '—')}</p>
        <div class="row">
          <button type="submit" class="primary" disabled={!offer.success || progress !== null}>
            {t['sim.run']}
          </button>
          <button type="button" onClick={cancel} disabled={progress === null}>
            {t['sim.cancel']}
          </button>
        </div>
        {progress && (
          <div class="field">
            <label for="sim-progress">{t['sim.progress']}</label>
            <progress id="sim-progress" max={progress.total} value={progress.done} />
          </div>
        )}
        <p role="status" id="sim-status">
          {note}
          {done && <span id="sim-took" data-ms={done.ms.toFixed(0)}>{t['sim.took'](decimalText((done.ms / 1000).toFixed(2), 2, lang))}</span>}
        </p>
      </form>
      {problems.length > 0 && (
        <ul class="status-bad" role="alert">
          {problems.map((i, n) => (
            <li key={n}>
              {i.path}: {issueText(i, lang)}
            </li>
          ))}
        </ul>
      )}
      {done && (
        <>
          <p id="sim-revenue">{t['sim.revenue'](money(new Decimal(done.revenue).toFixed(2), done.currency, lang))}</p>
          <Figures f={done.independent} t={t} lang={lang} currency={done.currency} id="sim-independent" title={t['sim.independent']} />
          {done.correlated && <Figures f={done.correlated} t={t} lang={lang} currency={done.currency} id="sim-correlated" title={t['sim.correlated']} />}
          <Distribution done={done} t={t} lang={lang} />
          <Histogram done={done} t={t} lang={lang} />
          <p class="row no-print">
            <span>{t['sim.downloads']} :</span>
            <button type="button" onClick={() => download('simulation.html', 'text/html', done.reports.html)}>
              HTML
            </button>
            <button type="button" onClick={() => download('simulation.md', 'text/markdown', done.reports.markdown)}>
              MARKDOWN
            </button>
            <button type="button" onClick={() => download('simulation.json', 'application/json', done.reports.json)}>
              JSON
            </button>
          </p>
        </>
      )}
    </>
  )
}
