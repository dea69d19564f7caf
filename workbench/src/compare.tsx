import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks'
import { type Comparison, compareOffers, type InputError, type Offer, offerFromPreset, presets, type ScenarioInput, standardScenarios } from '../../src/index.ts'
import { messagesFor } from '../../src/report/i18n.ts'
import { comparisonCsv } from './comparison-csv.ts'
import { decimalText, download, downloadCsv, moneyText } from './format.ts'
import { type T, messages } from './i18n.ts'
import { issueText } from './issues.ts'
import { type Lang, type State } from './state.ts'
import { type ViewProps } from './view.ts'
import { presetName } from './preset-names.ts'
import { addHours, zonedIso } from './zoned.ts'

const OFFER_COLOURS = ['#1f5fbf', '#d1495b', '#f0a202', '#2e7d32', '#7b2cbf', '#00798c', '#6c757d', '#8d6a9f']

/** The user's own scenario, when its start and duration are filled in: one outage in the offer's zone. */
export function ownScenario(s: State['compare']['scenario'], timeZone: string): ScenarioInput | null {
  const start = zonedIso(s.start, timeZone)
  const hours = Number(s.hours.replace(',', '.'))
  if (!start || !Number.isFinite(hours) || hours <= 0) return null
  return {
    id: 'own',
    name: s.name || 'Scénario',
    incidents: [{ id: 'own', start, end: addHours(start, hours), detectedAt: start, reportedAt: start }],
  }
}

/** The comparison the page shows: the draft, then each chosen preset at the draft's first price. */
/** The standard scenarios named in the page's language, with the library's own French names. */
function scenariosIn(lang: Lang): ScenarioInput[] {
  const names = messagesFor(lang).comparison.standardScenarios
  return standardScenarios().map((s) => {
    const own = names[s.id]
    return own ? { ...s, name: own.name, description: own.description } : s
  })
}

export function comparisonOf(draft: Offer, state: State['compare'], lang: Lang = 'fr'): Comparison | InputError {
  const fee = draft.services[0]!.fee
  const offers = [draft, ...state.presets.filter((id) => presets.ids().includes(id)).map((id) => offerFromPreset(presets.byId(id), { amount: fee.amount.toString(), currency: fee.currency }))]
  const own = ownScenario(state.scenario, draft.commitment.timeZone)
  try {
    return compareOffers({
      offers,
      scenarios: [...scenariosIn(lang), ...(own ? [own] : [])],
      ...(state.lossPerHour.trim() && { clientLossPerHour: state.lossPerHour.trim().replace(',', '.') }),
    })
  } catch (error) {
    return error as InputError
  }
}

/**
 * The width the chart has on screen, in CSS pixels: the chart is laid out for it, one unit a pixel, so that
 * its text keeps its size on a phone instead of shrinking with a drawing made for a wide screen.
 */
function useWidth(max: number): [{ current: HTMLDivElement | null }, number] {
  const ref = useRef<HTMLDivElement | null>(null)
  const [width, setWidth] = useState(max)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const measure = () => setWidth(Math.max(260, Math.min(max, Math.floor(el.clientWidth))))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [max])
  return [ref, width]
}

function Chart({ c, t, lang }: { c: Comparison; t: T; lang: Lang }) {
  // Each scenario's bars share one scale, the larger of its loss and its best compensation: a small
  // credit beside a large loss stays small, which is the point.
  const [box, width] = useWidth(640)
  const rowH = 16
  const groupH = (c.offers.length + 1) * rowH + 26
  const labelW = 0
  // Room on the right of the longest bar for its amount and share, about 22 characters of 12 px text.
  const barW = width - 150
  let y = 0
  const groups = c.scenarios.map((s) => {
    const cells = c.offers.map((o) => c.cell(s.id, o.id)!)
    const loss = cells[0]?.clientLoss
    const scale = Math.max(loss?.toNumber() ?? 0, ...cells.map((x) => x.compensation.toNumber()), 1e-9)
    const top = y
    y += groupH
    return { s, cells, loss, scale, top }
  })
  const currency = c.offers[0]!.services[0]!.fee.currency
  // The legend wraps onto as many lines as the width needs.
  const legend = [{ key: 'loss', name: t['compare.legendLoss'], colour: '#9aa3b5' }, ...c.offers.map((o, i) => ({ key: o.id, name: o.id.length > 18 ? o.id.slice(0, 17) + '…' : o.id, colour: OFFER_COLOURS[i % OFFER_COLOURS.length]! }))]
  let lx = 0
  let ly = 0
  const placed = legend.map((e) => {
    const w = 20 + e.name.length * 7
    if (lx > 0 && lx + w > width) {
      lx = 0
      ly += 18
    }
    const at = { ...e, x: lx, y: ly }
    lx += w + 12
    return at
  })
  return (
    <div ref={box} class="chart-box">
      <svg id="cmp-chart" class="chart" viewBox={`0 0 ${width} ${y + 24 + ly}`} role="img" aria-label={t['compare.chart']}>
        {groups.map(({ s, cells, loss, scale, top }) => (
          <g key={s.id} transform={`translate(0 ${top})`}>
            <text x={0} y={14} font-weight="600">
              {s.name}
            </text>
            {loss && (
              <g>
                <rect class="loss" x={labelW} y={20} width={Math.max(1, (loss.toNumber() / scale) * barW)} height={rowH - 3} fill="#9aa3b5" />
                <text x={labelW + Math.max(1, (loss.toNumber() / scale) * barW) + 4} y={20 + rowH - 5}>
                  {moneyText(loss, currency, lang)}
                </text>
              </g>
            )}
            {cells.map((cell, i) => {
              const w = Math.max(1, (cell.compensation.toNumber() / scale) * barW)
              const yy = 20 + (i + 1) * rowH
              return (
                <g key={cell.offer}>
                  <rect class="compensation" x={labelW} y={yy} width={w} height={rowH - 3} fill={OFFER_COLOURS[i % OFFER_COLOURS.length]} />
                  <text x={labelW + w + 4} y={yy + rowH - 5}>
                    {moneyText(cell.compensation, currency, lang)}
                    {cell.coverPercent ? ` (${decimalText(cell.coverPercent, 2, lang)} %)` : ''}
                  </text>
                </g>
              )
            })}
          </g>
        ))}
        <g transform={`translate(0 ${y + 8})`}>
          {placed.map((e) => (
            <g key={e.key} transform={`translate(${e.x} ${e.y})`}>
              <rect x={0} y={0} width={10} height={10} fill={e.colour} />
              <text x={14} y={10}>
                {e.name}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  )
}

export function CompareView({ state, update, offer }: ViewProps) {
  const t = messages(state.lang)
  const lang = state.lang
  const cmp = state.compare
  const set = (change: Partial<State['compare']>) => update((s) => ({ ...s, compare: { ...s.compare, ...change } }))
  const result = useMemo(() => (offer.success ? comparisonOf(offer.data, cmp, lang) : null), [offer, cmp, lang])
  const comparison = result && 'cells' in result ? result : null
  const currency = offer.success ? offer.data.services[0]!.fee.currency : ''
  const save = async (format: 'html' | 'markdown' | 'json' | 'csv') => {
    if (!comparison) return
    // The renderers load on demand: they weigh as much as the rest of the page.
    const { renderComparison } = await import('../../src/report/comparison.ts')
    const name = `${lang === 'fr' ? 'comparaison' : 'comparison'}.${format === 'markdown' ? 'md' : format}`
    if (format === 'csv') downloadCsv(name, comparisonCsv(comparison, lang), lang)
    else download(name, format === 'html' ? 'text/html' : format === 'json' ? 'application/json' : 'text/markdown', renderComparison(comparison, { format, lang }))
  }
  return (
    <>
      <h2>{t['compare.title']}</h2>
      {!offer.success && <p class="status-bad">{t['compare.invalid']}</p>}
      <div class="split">
        <fieldset>
          <legend>{t['compare.presets']}</legend>
          <div style="max-height: 16rem; overflow-y: auto">
            {presets.list().map((p) => (
              <div class="field check" key={p.id}>
                <input
                  type="checkbox"
                  id={`cmp-${p.id}`}
                  checked={cmp.presets.includes(p.id)}
                  onChange={(e) => set({ presets: (e.currentTarget as HTMLInputElement).checked ? [...cmp.presets, p.id] : cmp.presets.filter((x) => x !== p.id) })}
                />
                <label for={`cmp-${p.id}`}>{presetName(p, lang)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <div class="field">
            <label for="cmp-loss">
              {t['compare.loss']} ({currency})
            </label>
            <input id="cmp-loss" type="text" inputMode="decimal" value={cmp.lossPerHour} onInput={(e) => set({ lossPerHour: (e.currentTarget as HTMLInputElement).value })} />
          </div>
          <fieldset>
            <legend>{t['compare.own']}</legend>
            <div class="grid">
              <div class="field">
                <label for="own-name">{t['compare.ownName']}</label>
                <input id="own-name" type="text" value={cmp.scenario.name} onInput={(e) => set({ scenario: { ...cmp.scenario, name: (e.currentTarget as HTMLInputElement).value } })} />
              </div>
              <div class="field">
                <label for="own-start">{t['compare.ownStart']}</label>
                <input id="own-start" type="datetime-local" value={cmp.scenario.start} onInput={(e) => set({ scenario: { ...cmp.scenario, start: (e.currentTarget as HTMLInputElement).value } })} />
              </div>
              <div class="field">
                <label for="own-hours">{t['compare.ownHours']}</label>
                <input id="own-hours" type="text" inputMode="decimal" value={cmp.scenario.hours} onInput={(e) => set({ scenario: { ...cmp.scenario, hours: (e.currentTarget as HTMLInputElement).value } })} />
              </div>
            </div>
          </fieldset>
        </div>
      </div>
      {result && 'issues' in result && (
        <ul class="status-bad" role="alert">
          {result.issues.map((i, n) => (
            <li key={n}>
              {i.path}: {issueText(i, lang)}
            </li>
          ))}
        </ul>
      )}
      {comparison && (
        <>
          <div class="table-wrap card">
            <table id="comparison">
              <thead>
                <tr>
                  <th scope="col">{t['compare.scenario']}</th>
                  {comparison.clientLossPerHour && (
                    <th scope="col" class="num">
                      {t['compare.loss.col']}
                    </th>
                  )}
                  {comparison.offers.map((o) => (
                    <th scope="col" class="num" key={o.id}>
                      {presetName(o, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.scenarios.map((s) => {
                  const first = comparison.cell(s.id, comparison.offers[0]!.id)!
                  return (
                    <tr key={s.id} data-scenario={s.id}>
                      <th scope="row">{s.name}</th>
                      {comparison.clientLossPerHour && <td class="num loss">{first.clientLoss ? moneyText(first.clientLoss, currency, lang) : ''}</td>}
                      {comparison.offers.map((o) => {
                        const cell = comparison.cell(s.id, o.id)!
                        return (
                          <td key={o.id} class="num" data-offer={o.id} data-compensation={cell.compensation.toFixed(2)}>
                            <span class="compensation">{moneyText(cell.compensation, currency, lang)}</span>
                            {cell.coverPercent && (
                              <>
                                <br />
                                <span class="hint cover">
                                  {decimalText(cell.coverPercent, 2, lang)} % {t['compare.cover']}
                                </span>
                              </>
                            )}
                          </td>
                        )
                      })}
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
          <Chart c={comparison} t={t} lang={lang} />
          <p class="row no-print">
            <span>{t['compare.downloads']} :</span>
            {(['html', 'markdown', 'json', 'csv'] as const).map((f) => (
              <button key={f} type="button" onClick={() => void save(f)}>
                {f.toUpperCase()}
              </button>
            ))}
          </p>
        </>
      )}
    </>
  )
}
