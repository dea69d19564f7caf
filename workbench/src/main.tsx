import { render } from 'preact'
import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { safeParseOffer } from '../../src/index.ts'
import { BudgetView } from './budget.tsx'
import { CatalogueView } from './catalogue.tsx'
import { CompareView } from './compare.tsx'
import { DraftView } from './draft.tsx'
import { GuideView } from './guide.tsx'
import { messages, tabLabel } from './i18n.ts'
import { IncidentsView } from './incidents.tsx'
import { SimulateView } from './simulate.tsx'
import { exampleDraft } from './samples.ts'
import { decodeState, encodeState, initialState, type State, type Tab, TABS } from './state.ts'

export type Update = (change: (s: State) => State) => void

function Tabs({ state, update }: { state: State; update: Update }) {
  const t = messages(state.lang)
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const select = (tab: Tab, focus: boolean) => {
    update((s) => ({ ...s, tab }))
    if (focus) refs.current[TABS.indexOf(tab)]?.focus()
  }
  const onKey = (e: KeyboardEvent, i: number) => {
    const n = TABS.length
    const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1
    if (to < 0) return
    e.preventDefault()
    select(TABS[to]!, true)
  }
  return (
    <nav class="tabs" role="tablist" aria-label={t.tabsLabel}>
      {TABS.map((tab, i) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[i] = el
          }}
          role="tab"
          id={`tab-${tab}`}
          aria-selected={state.tab === tab}
          aria-controls={`panel-${tab}`}
          tabIndex={state.tab === tab ? 0 : -1}
          onClick={() => select(tab, false)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {tabLabel(t, tab)}
        </button>
      ))}
    </nav>
  )
}

function App({ initial }: { initial: State }) {
  const [state, setState] = useState(initial)
  const update: Update = (change) => setState((s) => change(s))
  const t = messages(state.lang)
  const [notice, setNotice] = useState('')

  useEffect(() => {
    document.documentElement.lang = state.lang
    document.title = t.title
  }, [state.lang])
  // The URL follows the state, so that a link reproduces the page; replaceState keeps the history short.
  useEffect(() => {
    let stale = false
    void encodeState(state).then((hash) => {
      if (!stale) history.replaceState(null, '', hash)
    })
    return () => {
      stale = true
    }
  }, [state])

  const offer = useMemo(() => safeParseOffer(state.draft), [state.draft])
  const share = async () => {
    const link = location.origin + location.pathname + (await encodeState(state))
    // The state holds a dropped log and client list whole: whoever gets the link can read them.
    const carries = state.incidents.text !== '' || state.incidents.clients !== ''
    try {
      await navigator.clipboard.writeText(link)
      setNotice(carries ? t.sharedWithData : t.shared)
    } catch {
      setNotice(carries ? t.sharedManualWithData : t.sharedManual)
    }
  }
  const props = { state, update, offer }
  return (
    <>
      <header class="top">
        <div>
          <h1>{t.title}</h1>
          <p>{t.subtitle}</p>
        </div>
        <div class="top-actions">
          <button type="button" onClick={share}>
            {t.share}
          </button>
          <button
            type="button"
            lang={state.lang === 'fr' ? 'en' : 'fr'}
            aria-label={t.switchLangLabel}
            onClick={() => update((s) => ({ ...s, lang: s.lang === 'fr' ? 'en' : 'fr' }))}
          >
            {t.switchLang}
          </button>
        </div>
        <p role="status" class="hint" aria-live="polite">
          {notice}
        </p>
      </header>
      <Tabs state={state} update={update} />
      <main>
        <div id={`panel-${state.tab}`} role="tabpanel" aria-labelledby={`tab-${state.tab}`}>
        {state.tab === 'draft' && <DraftView {...props} />}
        {state.tab === 'budget' && <BudgetView {...props} />}
        {state.tab === 'compare' && <CompareView {...props} />}
        {state.tab === 'simulate' && <SimulateView {...props} />}
        {state.tab === 'catalogue' && <CatalogueView {...props} />}
        {state.tab === 'incidents' && <IncidentsView {...props} />}
        {state.tab === 'guide' && <GuideView {...props} />}
        </div>
      </main>
      <footer>{t.footer}</footer>
    </>
  )
}

async function start(): Promise<void> {
  const root = document.getElementById('app')!
  const initial = await decodeState(location.hash, initialState(exampleDraft()))
  root.textContent = ''
  render(<App initial={initial} />, root)
  document.body.dataset.ready = 'true'
}

void start()
