import { useMemo } from 'preact/hooks'
import { type DowntimeBudget, downtimeBudget, type InputError, monthPeriod, safeParsePeriod } from '../../src/index.ts'
import { bandLabel, decimalText, durationText } from './format.ts'
import { type T, messages } from './i18n.ts'
import { issueText } from './issues.ts'
import { type Lang } from './state.ts'
import { type ViewProps } from './view.ts'

const COLOURS = ['var(--band-0)', 'var(--band-1)', 'var(--band-2)', 'var(--band-3)', '#3d5a80', '#6c757d']

/** The text of a band's downtime range, from the library's exact bounds. */
export function bandRange(band: DowntimeBudget['bands'][number], budget: DowntimeBudget, t: T, lang: Lang): string {
  if (!band.reachable) return t['budget.never']
  if (band.minDowntimeMs === 0) return t['budget.upTo'](durationText(band.maxDowntimeMs, lang))
  if (band.maxDowntimeMs === budget.periodMs) return t['budget.beyond'](durationText(band.minDowntimeMs - 1, lang))
  return t['budget.range'](durationText(band.minDowntimeMs, lang), durationText(band.maxDowntimeMs, lang))
}

/** The budget of a draft's commitment in a month `YYYY-MM`, in the commitment's zone; or why there is none. */
export function budgetOf(commitment: Parameters<typeof downtimeBudget>[0]['commitment'], month: string, timeZone: string): DowntimeBudget | InputError {
  const p = safeParsePeriod(month)
  if (!p.success) return p.error
  const [year, m] = month.split('-').map(Number) as [number, number]
  try {
    return downtimeBudget({ commitment, period: monthPeriod({ year, month: m, timeZone }) })
  } catch (error) {
    return error as InputError
  }
}

function BandBar({ budget, t, lang }: { budget: DowntimeBudget; t: T; lang: Lang }) {
  // The bar spans up to one and a half times the last band's start: the rest of the month is all the last band.
  const bands = budget.bands.filter((b) => b.reachable)
  const lastStart = bands.at(-1)?.minDowntimeMs ?? budget.periodMs
  const span = Math.min(budget.periodMs, Math.max(lastStart * 1.5, 60_000))
  const width = 640
  const x = (ms: number) => (Math.min(ms, span) / span) * width
  return (
    <svg class="chart" viewBox={`0 0 ${width} 86`} role="img" aria-label={t['budget.chart']}>
      {bands.map((b, i) => {
        const x0 = x(b.minDowntimeMs)
        const x1 = x(b.maxDowntimeMs + 1)
        return <rect key={i} class="band" x={x0} y={10} width={Math.max(1, x1 - x0)} height={34} fill={COLOURS[i % COLOURS.length]} />
      })}
      {bands.slice(1).map((b, i) => (
        <g key={i}>
          <line x1={x(b.minDowntimeMs)} x2={x(b.minDowntimeMs)} y1={6} y2={50} stroke="#1d2330" />
          <text x={x(b.minDowntimeMs)} y={66} text-anchor={i === bands.length - 2 ? 'end' : 'middle'}>
            {durationText(b.minDowntimeMs, lang)}
          </text>
        </g>
      ))}
      <text x={0} y={82}>
        0
      </text>
      <text x={width} y={82} text-anchor="end">
        {span < budget.periodMs ? `${durationText(Math.round(span), lang)} →` : durationText(budget.periodMs, lang)}
      </text>
    </svg>
  )
}

export function BudgetView({ state, update, offer }: ViewProps) {
  const t = messages(state.lang)
  const lang = state.lang
  const result = useMemo(
    () => (offer.success ? budgetOf(offer.data.commitment, state.month, offer.data.commitment.timeZone) : null),
    [offer, state.month],
  )
  const budget = result && !('issues' in result) ? result : null
  const hasTiers = budget ? budget.bands.length > 1 : false
  return (
    <>
      <h2>{t['budget.title']}</h2>
      <div class="row">
        <div class="field">
          <label for="budget-month">{t['budget.month']}</label>
          <input id="budget-month" type="month" value={state.month} onInput={(e) => update((s) => ({ ...s, month: (e.currentTarget as HTMLInputElement).value }))} />
        </div>
      </div>
      {!offer.success && <p class="status-bad">{t['budget.invalid']}</p>}
      {result && 'issues' in result && (
        <p class="status-bad" id="budget-problem">
          {offer.success && offer.data.commitment.credit.length === 0 ? t['budget.none'] : result.issues.map((i) => issueText(i, lang)).join(lang === 'fr' ? ' ; ' : '; ')}
        </p>
      )}
      {budget && (
        <div class="card" id="budget">
          <p id="budget-period" data-period-ms={budget.periodMs}>
            {t['budget.period'](budget.period.label, decimalText(String(budget.periodMs / 3_600_000), 0, lang))}
          </p>
          <dl class="figures">
            <div>
              <dt>{t['budget.allowed']}</dt>
              <dd id="budget-allowed" data-ms={budget.allowedDowntimeMs}>
                {durationText(budget.allowedDowntimeMs, lang)}
              </dd>
            </div>
          </dl>
          {hasTiers && (
            <>
              <BandBar budget={budget} t={t} lang={lang} />
              <div class="table-wrap">
                <table id="budget-bands">
                  <thead>
                    <tr>
                      <th scope="col">{t['budget.band']}</th>
                      <th scope="col" class="num">
                        {t['budget.credit']}
                      </th>
                      <th scope="col">{t['budget.downtime']}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {budget.bands.map((b, i) => (
                      <tr key={i} data-min-ms={b.minDowntimeMs} data-max-ms={b.maxDowntimeMs}>
                        <td>
                          <span class="swatch" style={`background:${b.reachable ? COLOURS[budget.bands.filter((x, j) => x.reachable && j < i).length % COLOURS.length] : 'transparent'}`} aria-hidden="true" />
                          {b.tier ? bandLabel(b.label, lang) : t['budget.noCredit']}
                        </td>
                        <td class="num">{decimalText(b.credit.toString(), b.credit.decimalPlaces(), lang)} %</td>
                        <td>{bandRange(b, budget, t, lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {budget.perDuration.map((p, i) => (
            <p key={i} class="per-duration">
              {t['budget.perDuration'](durationText(p.unitMs, lang), decimalText(p.percent.toString(), p.percent.decimalPlaces(), lang), durationText(p.freeMs, lang))}
            </p>
          ))}
        </div>
      )}
    </>
  )
}
