import { useMemo, useState } from 'preact/hooks'
import { parse as parseYaml } from 'yaml'
import { type FilteredOffer, filterOffers, InputError, type Offer, type OfferInput, offerFromPreset, parseCriteria, presets, STRUCTURES } from '../../src/index.ts'
import { type T, messages } from './i18n.ts'
import { issueText } from './issues.ts'
import { fileText } from './format.ts'
import { reasonText } from './reasons.ts'
import { exampleOffers, sampleCatalogue } from './samples.ts'
import { type Lang, type State } from './state.ts'
import { presetName } from './preset-names.ts'
import { type ViewProps } from './view.ts'

const TOGGLES = [
  ['salariedStaff=true', 'cat.salaried'],
  ['onCall=true', 'cat.onCall'],
  ['chatons=true', 'cat.chatons'],
  ['gti=true', 'cat.gti'],
  ['credit=true', 'cat.credit'],
] as const

/** The bundled catalogue: the example offers, the sample catalogue, and every preset at 10 EUR a month. */
export function bundledCatalogue(): (OfferInput | Offer)[] {
  return [...(exampleOffers() as OfferInput[]), ...(sampleCatalogue() as OfferInput[]), ...presets.list().map((p) => offerFromPreset(p, { amount: '10.00', currency: 'EUR' }))]
}

function readCatalogue(text: string): unknown[] {
  const value = parseYaml(text) as unknown
  if (Array.isArray(value)) return value
  if (value && typeof value === 'object' && Array.isArray((value as { offers?: unknown }).offers)) return (value as { offers: unknown[] }).offers
  throw new InputError([{ path: '', message: 'must be a list of offers' }])
}

function filtered(state: State['catalogue']): { results?: FilteredOffer[]; count: number; issues?: readonly { path: string; message: string }[]; unreadable?: string } {
  let offers: unknown[]
  try {
    offers = state.text ? readCatalogue(state.text) : bundledCatalogue()
  } catch (error) {
    if (error instanceof InputError) return { count: 0, issues: error.issues }
    return { count: 0, unreadable: (error as Error).message.split('\n')[0] }
  }
  if (state.criteria.length === 0) return { count: offers.length }
  try {
    return { results: filterOffers(offers as OfferInput[], parseCriteria(state.criteria)), count: offers.length }
  } catch (error) {
    if (error instanceof InputError) return { count: offers.length, issues: error.issues }
    throw error
  }
}

export function CatalogueView({ state, update }: ViewProps) {
  const t = messages(state.lang)
  const lang = state.lang
  const cat = state.catalogue
  const set = (change: Partial<State['catalogue']>) => update((s) => ({ ...s, catalogue: { ...s.catalogue, ...change } }))
  const result = useMemo(() => filtered(cat), [cat])
  const known = (e: string) => TOGGLES.some(([x]) => x === e) || e.startsWith('structure=') || e.startsWith('dataLocation=')
  const others = cat.criteria.filter((e) => !known(e))
  const [draftOthers, setDraftOthers] = useState(others.join('\n'))
  const replace = (prefix: string, value: string) => set({ criteria: [...cat.criteria.filter((e) => !e.startsWith(prefix)), ...(value ? [prefix + value] : [])] })
  const structure = cat.criteria.find((e) => e.startsWith('structure='))?.slice('structure='.length) ?? ''
  const location = cat.criteria.find((e) => e.startsWith('dataLocation='))?.slice('dataLocation='.length) ?? ''
  const load = async (file: File | undefined) => {
    if (!file) return
    set({ text: await fileText(file), fileName: file.name })
  }
  return (
    <>
      <h2>{t['cat.title']}</h2>
      <p>{t['cat.intro']}</p>
      <div class="card">
        <p id="cat-source">{t['cat.source'](result.count, cat.fileName || t['cat.bundled'])}</p>
        <div class="row">
          <div class="field">
            <label for="cat-file">{t['cat.load']}</label>
            <input id="cat-file" type="file" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={(e) => void load((e.currentTarget as HTMLInputElement).files?.[0])} />
          </div>
          {cat.text && (
            <button type="button" onClick={() => set({ text: '', fileName: '' })}>
              {t['cat.useBundled']}
            </button>
          )}
        </div>
        {result.unreadable && <p class="status-bad">{t['cat.loadError'] + result.unreadable}</p>}
      </div>
      <fieldset>
        <legend>{t['cat.criteria']}</legend>
        <div class="row">
          {TOGGLES.map(([expression, key]) => (
            <div class="field check" key={expression}>
              <input
                type="checkbox"
                id={`cat-${expression.split('=')[0]}`}
                checked={cat.criteria.includes(expression)}
                onChange={(e) => set({ criteria: (e.currentTarget as HTMLInputElement).checked ? [...cat.criteria, expression] : cat.criteria.filter((x) => x !== expression) })}
              />
              <label for={`cat-${expression.split('=')[0]}`}>{t[key]}</label>
            </div>
          ))}
        </div>
        <div class="grid">
          <div class="field">
            <label for="cat-structure">{t['cat.structure']}</label>
            <select id="cat-structure" onChange={(e) => replace('structure=', (e.currentTarget as HTMLSelectElement).value)}>
              <option value="" selected={structure === ''}>
                {t.unset}
              </option>
              {STRUCTURES.map((s) => (
                <option key={s} value={s} selected={structure === s}>
                  {t[`structure.${s}`]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="cat-location">{t['cat.dataLocation']}</label>
            <input id="cat-location" type="text" value={location} onChange={(e) => replace('dataLocation=', (e.currentTarget as HTMLInputElement).value.trim())} />
          </div>
          <div class="field" style="grid-column: 1 / -1">
            <label for="cat-more">{t['cat.more']}</label>
            <textarea
              id="cat-more"
              rows={2}
              value={draftOthers}
              onInput={(e) => setDraftOthers((e.currentTarget as HTMLTextAreaElement).value)}
              onChange={(e) => {
                const lines = (e.currentTarget as HTMLTextAreaElement).value.split('\n').map((l) => l.trim()).filter(Boolean)
                set({ criteria: [...cat.criteria.filter(known), ...lines] })
              }}
            />
          </div>
        </div>
      </fieldset>
      {result.issues && (
        <ul class="status-bad" role="alert">
          {result.issues.map((i, n) => (
            <li key={n}>
              {i.path}: {issueText(i, lang)}
            </li>
          ))}
        </ul>
      )}
      {!result.results && !result.issues && !result.unreadable && <p>{t['cat.noCriteria']}</p>}
      {result.results && <Results results={result.results} t={t} lang={lang} />}
    </>
  )
}

function Results({ results, t, lang }: { results: FilteredOffer[]; t: T; lang: Lang }) {
  const passing = results.filter((r) => r.passed).length
  return (
    <>
      <p id="cat-count" role="status">
        {t['cat.count'](passing, results.length)}
      </p>
      <div class="table-wrap">
        <table id="catalogue">
          <thead>
            <tr>
              <th scope="col">{t['cat.offer']}</th>
              <th scope="col">{t['cat.verdict']}</th>
              <th scope="col">{t['cat.reasons']}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.offer.id} data-offer={r.offer.id} data-passed={String(r.passed)}>
                <th scope="row">
                  {presetName(r.offer, lang)}
                  <br />
                  <span class="hint">{r.offer.provider}</span>
                </th>
                <td class={r.passed ? 'pass' : 'fail'}>{r.passed ? `✓ ${t['cat.passes']}` : `✗ ${t['cat.fails']}`}</td>
                <td>
                  <ul>
                    {r.results.map((c) => (
                      <li key={c.criterion} data-criterion={c.criterion} data-passed={String(c.passed)} class={c.passed ? 'pass' : 'fail'}>
                        <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span> <span class="visually-hidden">{c.passed ? t.yes : t.no}</span> {c.criterion} : <span class="reason">{reasonText(c.reason, lang)}</span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
