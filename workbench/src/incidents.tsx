import { useEffect, useRef, useState } from 'preact/hooks'
import { Decimal, InputError, type InputIssue, type Statement } from '../../src/index.ts'
import sampleLog from '../samples/incidents-2026-03.csv'
import { columnOf } from '../../src/io/vocabulary.ts'
import { bandLabel, decimalText, download, downloadCsv, fileText, moneyText } from './format.ts'
import { type T, messages } from './i18n.ts'
import { issueText } from './issues.ts'
import { billedService, type ClientsReading, guessFormat, type LogReading, monthOfLog, readLog, skippedLines, statementOf } from './log.ts'
import { type IncidentFormat, type Lang, type State } from './state.ts'
import { type ViewProps } from './view.ts'

type Readers = typeof import('./io-browser.ts')

interface Outcome {
  reading?: LogReading
  clients?: ClientsReading
  /** The skipped rows as listed, in the page's language. */
  skipped?: string[]
  statement?: Statement
  html?: string
  problems?: { path: string; message: string }[]
  unreadable?: string
}

const FORMATS: readonly IncidentFormat[] = ['auto', 'csv', 'json', 'yaml', 'uptime-kuma', 'statuspage']

function StatementTable({ statement, t, lang }: { statement: Statement; t: T; lang: Lang }) {
  return (
    <div class="table-wrap card">
      <table id="statement">
        <thead>
          <tr>
            <th scope="col">{t['inc.element']}</th>
            <th scope="col" class="num">
              {t['inc.availability']}
            </th>
            <th scope="col">{t['inc.band']}</th>
            <th scope="col" class="num">
              {t['inc.credit']}
            </th>
          </tr>
        </thead>
        <tbody>
          {/* The availability cut to 4 decimals, as the reports write it: rounded, 98.99996 % would read 99.0000 % beside a band below 99. */}
          {statement.elements.map((e) => (
            <tr key={e.element} data-element={e.element} data-availability={e.availability.availability.toString()} data-credit={e.credit.amount.toFixed(2)}>
              <th scope="row">{e.element}</th>
              <td class="num">{decimalText(e.availability.availability.toFixed(4, Decimal.ROUND_DOWN), 4, lang)} %</td>
              <td>{e.credit.tier ? bandLabel(e.credit.tier.label, lang) : '—'}</td>
              <td class="num">
                {moneyText(e.credit.amount, e.credit.currency, lang)} ({decimalText(e.credit.percent.toString(), e.credit.percent.decimalPlaces(), lang)} %)
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {statement.totals.map((total) => (
            <tr key={total.currency} id={`total-${total.currency}`} data-credits={total.credits.toFixed(2)}>
              <th scope="row" colSpan={3}>
                {t['inc.total']}
              </th>
              <td class="num">{moneyText(total.credits, total.currency, lang)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  )
}

export function IncidentsView({ state, update, offer }: ViewProps) {
  const t = messages(state.lang)
  const lang = state.lang
  const inc = state.incidents
  const set = (change: Partial<State['incidents']>) => update((s) => ({ ...s, incidents: { ...s.incidents, ...change } }))
  const [outcome, setOutcome] = useState<Outcome>({})
  const [over, setOver] = useState(false)
  const readers = useRef<Readers | null>(null)
  const frame = useRef<HTMLIFrameElement>(null)

  useEffect(() => {
    let stale = false
    if (!inc.text || !offer.success) {
      setOutcome({})
      return
    }
    void (async () => {
      readers.current ??= await import('./io-browser.ts')
      const r = readers.current
      const next: Outcome = {}
      try {
        const format = inc.format === 'auto' ? guessFormat(inc.fileName, inc.text) : inc.format
        next.reading = readLog(r, inc.text, format, { dateFormat: inc.dateFormat, timeZone: offer.data.commitment.timeZone })
        next.skipped = skippedLines(r, next.reading.skipped, lang, t)
        if (inc.clients) {
          const list = r.parseClientList(inc.clients, { ...(/\.ya?ml$/i.test(inc.clientsFileName) && { format: 'yaml' as const }), ...(/\.json$/i.test(inc.clientsFileName) && { format: 'json' as const }) })
          next.clients = { file: inc.clientsFileName, ...list }
        }
        next.statement = statementOf(offer.data, next.reading.incidents, inc.month, {
          log: { file: inc.fileName, skipped: next.reading.skipped },
          service: inc.service,
          ...(next.clients && { clients: next.clients }),
          t,
        })
        next.html = r.renderStatement(next.statement, { format: 'html', lang, ...(next.reading.lines && { incidentLines: next.reading.lines }) })
      } catch (error) {
        if (error instanceof InputError) next.problems = [...error.issues]
        else next.unreadable = (error as Error).message.split('\n')[0]
      }
      if (!stale) setOutcome(next)
    })()
    return () => {
      stale = true
    }
  }, [inc, offer, lang])

  // A file that cannot be read as text at all (a damaged spreadsheet, an old .xls) says why here: the
  // log's own problems come from reading its text, below.
  const [fileProblems, setFileProblems] = useState<readonly InputIssue[]>()
  const take = async (file: File | undefined) => {
    if (!file) return
    readers.current ??= await import('./io-browser.ts')
    try {
      // A workbook whose first sheet is a summary: the log is the sheet headed with a start column.
      const text = await fileText(file, { headed: (row) => row.some((cell) => columnOf(cell) === 'start') })
      set({ text, fileName: file.name, ...logMonth(text, file.name) })
      setFileProblems(undefined)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      // Field by field: an issue's code and figures, which word it in French, are not enumerable.
      setFileProblems(error.issues.map((i) => ({ path: i.path ? `${file.name}, ${i.path}` : file.name, message: i.message, code: i.code, params: i.params })))
    }
  }
  // A client list, as the command line's --clients: a workbook's sheet headed with an element column.
  const takeClients = async (file: File | undefined) => {
    if (!file) return
    const r = (readers.current ??= await import('./io-browser.ts'))
    try {
      set({ clients: await fileText(file, { headed: (row) => row.some((cell) => r.clientColumnOf(cell) === 'element') }), clientsFileName: file.name })
      setFileProblems(undefined)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      setFileProblems(error.issues.map((i) => ({ path: i.path ? `${file.name}, ${i.path}` : file.name, message: i.message, code: i.code, params: i.params })))
    }
  }
  // A log dropped is read for the month of its first incident, as the command line takes it: left at the
  // month shown before (the sample's), a November log gave a March statement of no incident at all. A log
  // that cannot be read keeps the month; the effect above says what is wrong with it.
  const logMonth = (text: string, fileName: string): { month?: string } => {
    const r = readers.current
    if (!r || !offer.success) return {}
    try {
      const format = inc.format === 'auto' ? guessFormat(fileName, text) : inc.format
      const month = monthOfLog(readLog(r, text, format, { dateFormat: inc.dateFormat, timeZone: offer.data.commitment.timeZone }).incidents, offer.data.commitment.timeZone)
      return month === undefined ? {} : { month }
    } catch {
      return {}
    }
  }
  const save = (format: 'html' | 'markdown' | 'json' | 'csv') => {
    const r = readers.current
    if (!r || !outcome.statement) return
    // In the page's language: French headers, `;` and decimal commas for a French spreadsheet; the draft's
    // claim window gives each credit's claim deadline.
    if (format === 'csv') downloadCsv(lang === 'fr' ? 'avoirs.csv' : 'credit-notes.csv', r.creditNotesCsv(outcome.statement, { lang, ...(offer.success && { offer: offer.data }) }), lang)
    else download(`${lang === 'fr' ? 'releve' : 'statement'}.${format === 'markdown' ? 'md' : format}`, format === 'html' ? 'text/html' : format === 'json' ? 'application/json' : 'text/markdown', r.renderStatement(outcome.statement, { format, lang, ...(outcome.reading?.lines && { incidentLines: outcome.reading.lines }) }))
  }
  return (
    <>
      <h2>{t['inc.title']}</h2>
      <p>{t['inc.intro']}</p>
      {!offer.success && <p class="status-bad">{t['inc.invalid']}</p>}
      <div
        class={`drop no-print${over ? ' over' : ''}`}
        id="drop"
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          void take(e.dataTransfer?.files[0])
        }}
      >
        <p>{t['inc.drop']}</p>
        <div class="row" style="justify-content: center">
          <div class="field">
            <label for="log-file">{t['inc.choose']}</label>
            <input id="log-file" type="file" accept=".csv,.json,.yaml,.yml,.ods,.xlsx,text/csv,application/json" onChange={(e) => void take((e.currentTarget as HTMLInputElement).files?.[0])} />
          </div>
          <button type="button" onClick={() => set({ text: sampleLog, fileName: 'incidents-2026-03.csv', format: 'auto', month: '2026-03' })}>
            {t['inc.sample']}
          </button>
        </div>
      </div>
      <div class="grid card">
        <div class="field">
          <label for="log-format">{t['inc.format']}</label>
          <select id="log-format" onChange={(e) => set({ format: (e.currentTarget as HTMLSelectElement).value as IncidentFormat })}>
            {FORMATS.map((f) => (
              <option key={f} value={f} selected={inc.format === f}>
                {t[`format.${f}`]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-date-format">{t['inc.dateFormat']}</label>
          <input id="log-date-format" type="text" value={inc.dateFormat} onChange={(e) => set({ dateFormat: (e.currentTarget as HTMLInputElement).value })} />
        </div>
        {offer.success && offer.data.services.length > 1 && (
          <div class="field">
            <label for="log-service">{t['inc.service']}</label>
            <select id="log-service" onChange={(e) => set({ service: (e.currentTarget as HTMLSelectElement).value })}>
              {offer.data.services.map((x) => (
                <option key={x.id} value={x.id} selected={billedService(offer.data, inc.service).id === x.id}>
                  {`${x.name ?? x.id} — ${moneyText(x.fee.amount, x.fee.currency, lang)}`}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="clients-file">{t['inc.clients']}</label>
          <input id="clients-file" type="file" accept=".csv,.ods,.xlsx,.json,.yaml,.yml,text/csv,application/json" onChange={(e) => void takeClients((e.currentTarget as HTMLInputElement).files?.[0])} />
          {inc.clients && (
            <button type="button" id="clients-remove" onClick={() => set({ clients: '', clientsFileName: '' })}>
              {t['inc.clientsRemove']}
            </button>
          )}
        </div>
        <div class="field">
          <label for="log-month">{t['inc.month']}</label>
          <input id="log-month" type="month" value={inc.month} onInput={(e) => set({ month: (e.currentTarget as HTMLInputElement).value })} />
        </div>
      </div>
      {fileProblems && (
        <ul class="status-bad" role="alert" id="file-problems">
          {fileProblems.map((i, n) => (
            <li key={n}>
              {i.path}: {issueText(i, lang)}
            </li>
          ))}
        </ul>
      )}
      {!inc.text && <p>{t['inc.none']}</p>}
      {outcome.unreadable && <p class="status-bad">{t['inc.error'] + outcome.unreadable}</p>}
      {outcome.problems && (
        <ul class="status-bad" role="alert">
          {outcome.problems.map((i, n) => (
            <li key={n}>
              {i.path}: {issueText(i, lang)}
            </li>
          ))}
        </ul>
      )}
      {outcome.reading && (
        <p id="log-read" role="status">
          {inc.fileName} — {t['inc.read'](outcome.reading.incidents.length, outcome.reading.skipped.length)}
        </p>
      )}
      {outcome.clients && (
        <p id="clients-read" role="status">
          {t['inc.clientsRead'](outcome.clients.file, outcome.clients.clients.length, outcome.clients.skipped.length)}
        </p>
      )}
      {outcome.reading && outcome.reading.skipped.length > 0 && (
        <details id="skipped">
          <summary>{t['inc.skipped']}</summary>
          <ul>
            {(outcome.skipped ?? []).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {outcome.statement && (
        <>
          <StatementTable statement={outcome.statement} t={t} lang={lang} />
          <p class="row no-print">
            <span>{t['inc.downloads']} :</span>
            {(['html', 'markdown', 'json', 'csv'] as const).map((f) => (
              <button key={f} type="button" onClick={() => save(f)}>
                {f.toUpperCase()}
              </button>
            ))}
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
              {t['inc.print']}
            </button>
          </p>
          <h3>{t['inc.report']}</h3>
          <iframe ref={frame} class="report" title={t['inc.frame']} srcdoc={outcome.html} />
        </>
      )}
    </>
  )
}
