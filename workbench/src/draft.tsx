import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml'
import { CAUSES, type InputIssue, offerFromPreset, presets, STRUCTURES } from '../../src/index.ts'
import { BooleanField, CheckField, type FormContext, fieldId, Section, SelectField, TextField } from './fields.tsx'
import { decimalText, download } from './format.ts'
import { type T, messages } from './i18n.ts'
import { issuesByPath, issueText } from './issues.ts'
import { getIn, type Path, pathText, setIn } from './paths.ts'
import { blankDraft, exampleDraft } from './samples.ts'
import { type Draft } from './state.ts'
import { presetName } from './preset-names.ts'
import { type ViewProps } from './view.ts'

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const BUSINESS_HOURS = { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' }
const DEFAULT_EXCLUDED = ['maintenance', 'customer', 'force-majeure']

function newModel(type: string): Record<string, unknown> {
  if (type === 'per-duration') return { type, percent: '5', per: 'PT1H', beyond: '99.5', cap: '50' }
  if (type === 'pro-rata') return { type }
  return { type: 'tiers', tiers: [{ atLeast: '99.0', below: '99.5', credit: '10' }, { below: '99.0', credit: '50' }] }
}

function creditModels(draft: Draft): { models: Record<string, unknown>[]; pathOf: (i: number) => Path } {
  const credit = getIn(draft, ['commitment', 'credit'])
  if (Array.isArray(credit)) return { models: credit as Record<string, unknown>[], pathOf: (i) => ['commitment', 'credit', i] }
  if (credit && typeof credit === 'object') return { models: [credit as Record<string, unknown>], pathOf: () => ['commitment', 'credit'] }
  return { models: [], pathOf: (i) => ['commitment', 'credit', i] }
}

function TierRow({ ctx, t, path, n, onRemove }: { ctx: FormContext; t: T; path: Path; n: number; onRemove: () => void }) {
  const tier = (getIn(ctx.draft, path) ?? {}) as Record<string, unknown>
  const lowerKind = 'atLeast' in tier ? 'atLeast' : 'above' in tier ? 'above' : ''
  const upperKind = 'below' in tier ? 'below' : 'atMost' in tier ? 'atMost' : ''
  const moveBound = (from: string, to: string) => {
    const value = from ? tier[from] : undefined
    const next = { ...tier }
    if (from) delete next[from]
    if (to) next[to] = value ?? ''
    ctx.set(path, next)
  }
  return (
    <fieldset>
      <legend>{t.bandN(n)}</legend>
      <div class="grid">
        <SelectField
          ctx={ctx}
          path={[...path, 'lower']}
          label={t['f.lowerKind']}
          value={lowerKind}
          options={[
            ['', t['bound.none']],
            ['atLeast', t['bound.atLeast']],
            ['above', t['bound.above']],
          ]}
          onChange={(v) => moveBound(lowerKind, v)}
        />
        {lowerKind && <TextField ctx={ctx} path={[...path, lowerKind]} label={t['f.lower']} inputMode="decimal" />}
        <SelectField
          ctx={ctx}
          path={[...path, 'upper']}
          label={t['f.upperKind']}
          value={upperKind}
          options={[
            ['', t['bound.none']],
            ['below', t['bound.below']],
            ['atMost', t['bound.atMost']],
          ]}
          onChange={(v) => moveBound(upperKind, v)}
        />
        {upperKind && <TextField ctx={ctx} path={[...path, upperKind]} label={t['f.upper']} inputMode="decimal" />}
        <TextField ctx={ctx} path={[...path, 'credit']} label={t['f.creditPercent']} inputMode="decimal" />
      </div>
      <button type="button" class="no-print" onClick={onRemove}>
        {t.removeBand(n)}
      </button>
    </fieldset>
  )
}

function CreditModel({ ctx, t, path, n, onRemove }: { ctx: FormContext; t: T; path: Path; n: number; onRemove: () => void }) {
  const model = (getIn(ctx.draft, path) ?? {}) as Record<string, unknown>
  const type = String(model.type ?? '')
  const tiers = Array.isArray(model.tiers) ? (model.tiers as unknown[]) : []
  return (
    <fieldset>
      <legend>{t.modelN(n)}</legend>
      <div class="grid">
        <SelectField
          ctx={ctx}
          path={[...path, 'type']}
          label={t['f.modelType']}
          options={[
            ['tiers', t['model.tiers']],
            ['per-duration', t['model.per-duration']],
            ['pro-rata', t['model.pro-rata']],
          ]}
          onChange={(v) => ctx.set(path, newModel(v))}
        />
      </div>
      {type === 'tiers' && (
        <>
          {tiers.map((_, i) => (
            <TierRow key={i} ctx={ctx} t={t} path={[...path, 'tiers', i]} n={i + 1} onRemove={() => ctx.set([...path, 'tiers'], tiers.filter((__, j) => j !== i))} />
          ))}
          <button type="button" class="no-print" onClick={() => ctx.set([...path, 'tiers'], [...tiers, { below: '', credit: '' }])}>
            {t.addBand}
          </button>
        </>
      )}
      {type === 'per-duration' && (
        <div class="grid">
          <TextField ctx={ctx} path={[...path, 'percent']} label={t['f.percent']} inputMode="decimal" />
          <TextField ctx={ctx} path={[...path, 'per']} label={t['f.per']} />
          <SelectField
            ctx={ctx}
            path={[...path, 'count']}
            label={t['f.count']}
            unset={t.unset}
            options={[
              ['started', t['count.started']],
              ['full', t['count.full']],
            ]}
          />
          <TextField ctx={ctx} path={[...path, 'beyond']} label={t['f.beyond']} inputMode="decimal" />
          <TextField ctx={ctx} path={[...path, 'allowance']} label={t['f.allowance']} />
          <SelectField
            ctx={ctx}
            path={[...path, 'onceExceeded']}
            label={t['f.onceExceeded']}
            unset={t.unset}
            options={[
              ['excess', t['exceeded.excess']],
              ['all', t['exceeded.all']],
            ]}
          />
          <TextField ctx={ctx} path={[...path, 'cap']} label={t['f.cap']} inputMode="decimal" />
        </div>
      )}
      {type === 'pro-rata' && (
        <div class="grid">
          <TextField ctx={ctx} path={[...path, 'multiplier']} label={t['f.multiplier']} inputMode="decimal" />
          <TextField ctx={ctx} path={[...path, 'cap']} label={t['f.cap']} inputMode="decimal" />
        </div>
      )}
      <button type="button" class="no-print" onClick={onRemove}>
        {t.removeModel(n)}
      </button>
    </fieldset>
  )
}

function GuaranteeFields({ ctx, t, kind }: { ctx: FormContext; t: T; kind: 'gti' | 'gtr' }) {
  const path: Path = ['commitment', kind]
  const g = getIn(ctx.draft, path) as Record<string, unknown> | undefined
  const calendar = g?.calendar
  const business = calendar !== undefined && calendar !== '24/7'
  const cal: Path = [...path, 'calendar']
  return (
    <Section legend={t[`sec.${kind}`]} ctx={ctx} path={path}>
      <CheckField
        ctx={ctx}
        path={path}
        label={t[kind === 'gti' ? 'f.gtiOn' : 'f.gtrOn']}
        checked={g !== undefined}
        onChange={(on) => ctx.set(path, on ? { within: 'PT4H', clockStartsAt: 'reported', calendar: structuredClone(BUSINESS_HOURS) } : undefined)}
      />
      {g && (
        <>
          <div class="grid">
            <TextField ctx={ctx} path={[...path, 'within']} label={t['f.within']} />
            <SelectField
              ctx={ctx}
              path={[...path, 'clockStartsAt']}
              label={t['f.clockStartsAt']}
              unset={t.unset}
              options={[
                ['reported', t['clock.reported']],
                ['detected', t['clock.detected']],
                ['first', t['clock.first']],
              ]}
            />
            <SelectField
              ctx={ctx}
              path={cal}
              label={t['f.calendar']}
              value={business ? 'business' : 'always'}
              options={[
                ['always', t['calendar.always']],
                ['business', t['calendar.business']],
              ]}
              onChange={(v) => ctx.set(cal, v === 'business' ? structuredClone(BUSINESS_HOURS) : '24/7')}
            />
          </div>
          {business && (
            <>
              <div class="grid">
                <TextField ctx={ctx} path={[...cal, 'timeZone']} label={t['f.calendarZone']} />
                <SelectField
                  ctx={ctx}
                  path={[...cal, 'holidays']}
                  label={t['f.holidays']}
                  unset={t['holidays.none']}
                  options={[
                    ['FR', t['holidays.FR']],
                    ['FR-alsace-moselle', t['holidays.FR-alsace-moselle']],
                  ]}
                />
              </div>
              <p class="hint">{t.hoursHint}</p>
              <div class="grid">
                {DAYS.map((d) => (
                  <TextField key={d} ctx={ctx} path={[...cal, 'hours', d]} label={t[`day.${d}`]} placeholder="09:00-18:00" />
                ))}
              </div>
            </>
          )}
          <div class="grid">
            <TextField ctx={ctx} path={[...path, 'penalty', 'perBreach']} label={t['f.perBreach']} inputMode="decimal" />
            <TextField ctx={ctx} path={[...path, 'penalty', 'perLate', 'percent']} label={t['f.perLate']} inputMode="decimal" />
            <TextField ctx={ctx} path={[...path, 'penalty', 'cap']} label={t['f.penaltyCap']} inputMode="decimal" />
          </div>
        </>
      )}
    </Section>
  )
}

function ClaimFields({ ctx, t }: { ctx: FormContext; t: T }) {
  const raw = getIn(ctx.draft, ['claimWindow'])
  const text = typeof raw === 'string' ? raw : ((raw as { text?: string } | undefined)?.text ?? '')
  const days = typeof raw === 'object' && raw ? (raw as { days?: unknown }).days : undefined
  const write = (nextText: string, nextDays: string) => {
    if (!nextText && !nextDays) return ctx.set(['claimWindow'], undefined)
    const d = /^\d+$/.test(nextDays.trim()) ? Number(nextDays.trim()) : nextDays || undefined
    ctx.set(['claimWindow'], { text: nextText, ...(d !== undefined && { days: d }) })
  }
  const problems = [...(ctx.issues.get('claimWindow') ?? []), ...(ctx.issues.get('claimWindow.text') ?? [])]
  const dayProblems = ctx.issues.get('claimWindow.days') ?? []
  return (
    <>
      <div class="field">
        <label for="f-claimWindow-text">{t['f.claimText']}</label>
        <input id="f-claimWindow-text" type="text" value={text} aria-invalid={problems.length > 0} onInput={(e) => write((e.currentTarget as HTMLInputElement).value, days === undefined ? '' : String(days))} />
        {problems.length > 0 && <p class="error">{problems.map((i) => issueText(i, ctx.lang)).join(' ; ')}</p>}
      </div>
      <div class="field">
        <label for="f-claimWindow-days">{t['f.claimDays']}</label>
        <input id="f-claimWindow-days" type="text" inputMode="numeric" value={days === undefined ? '' : String(days)} aria-invalid={dayProblems.length > 0} onInput={(e) => write(text, (e.currentTarget as HTMLInputElement).value)} />
        {dayProblems.length > 0 && <p class="error">{dayProblems.map((i) => issueText(i, ctx.lang)).join(' ; ')}</p>}
      </div>
    </>
  )
}

function ExcludedCauses({ ctx, t }: { ctx: FormContext; t: T }) {
  const path: Path = ['commitment', 'measurement', 'excludedCauses']
  const list = (getIn(ctx.draft, path) as string[] | undefined) ?? DEFAULT_EXCLUDED
  return (
    <fieldset>
      <legend>{t['f.excluded']}</legend>
      <div class="row">
        {CAUSES.map((c) => (
          <CheckField
            key={c}
            ctx={ctx}
            path={[...path, c]}
            label={t[`cause.${c}`]}
            checked={list.includes(c)}
            onChange={(on) => ctx.set(path, on ? [...list.filter((x) => x !== c), c] : list.filter((x) => x !== c))}
          />
        ))}
      </div>
    </fieldset>
  )
}

function IssueList({ issues, lang, t }: { issues: readonly InputIssue[]; lang: 'fr' | 'en'; t: T }) {
  if (issues.length === 0) return <p class="status-ok">{t.valid}</p>
  const focus = (path: string) => {
    const id = fieldId(path.split(/\.|\[|\]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k)))
    document.getElementById(id)?.focus()
  }
  return (
    <div role="alert">
      <p class="status-bad">{t.invalid(issues.length)}</p>
      <ul class="issues">
        {issues.map((i, n) => (
          <li key={n}>
            <button type="button" onClick={() => focus(i.path)}>
              {i.path || '—'}
            </button>{' '}
            {issueText(i, lang)}
          </li>
        ))}
      </ul>
    </div>
  )
}

function YamlView({ draft, onDraft, t }: { draft: Draft; onDraft: (d: Draft) => void; t: T }) {
  const [text, setText] = useState(() => stringifyYaml(draft))
  const [problem, setProblem] = useState('')
  const own = useRef<Draft | null>(null)
  // The form's changes rewrite the text; the text's own changes must not, or typing would jump.
  useEffect(() => {
    if (own.current === draft) return
    setText(stringifyYaml(draft))
    setProblem('')
  }, [draft])
  return (
    <div class="field">
      <label for="yaml">{t.yamlLabel}</label>
      <textarea
        id="yaml"
        class="code"
        spellcheck={false}
        value={text}
        aria-invalid={problem !== ''}
        aria-describedby={problem ? 'yaml-error' : undefined}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value
          setText(next)
          try {
            const value = parseYaml(next) as unknown
            if (value === null || typeof value !== 'object' || Array.isArray(value)) {
              setProblem(t.yamlNotObject)
              return
            }
            setProblem('')
            own.current = value as Draft
            onDraft(value as Draft)
          } catch (error) {
            setProblem(t.yamlError + (error as Error).message.split('\n')[0])
          }
        }}
      />
      {problem && (
        <p class="error" id="yaml-error">
          {problem}
        </p>
      )}
    </div>
  )
}

export function DraftView({ state, update, offer }: ViewProps) {
  const t = messages(state.lang)
  const draft = state.draft
  const issues = offer.success ? [] : offer.error.issues
  const setDraft = (d: Draft) => update((s) => ({ ...s, draft: d }))
  const ctx: FormContext = {
    draft,
    set: (path, value) => update((s) => ({ ...s, draft: setIn(s.draft, path, value) as Draft })),
    issues: useMemo(() => issuesByPath(issues), [offer]),
    lang: state.lang,
  }
  const [preset, setPreset] = useState(presets.ids()[0] ?? '')
  const services = (getIn(draft, ['services']) as unknown[] | undefined) ?? []
  const { models, pathOf } = creditModels(draft)
  const target = offer.success ? offer.data.commitment.credit.find((m) => m.type === 'tiers')?.tiers[0]?.upper?.value : undefined
  const fromPreset = () => {
    const fee = getIn(draft, ['services', 0, 'fee']) as { amount?: string; currency?: string } | undefined
    const amount = typeof fee?.amount === 'string' && fee.amount ? fee.amount : '10.00'
    setDraft(structuredClone(offerFromPreset(presets.byId(preset), { amount, currency: fee?.currency || 'EUR' }).input) as unknown as Draft)
  }
  return (
    <>
      <h2>{t['tab.draft']}</h2>
      <div class="card no-print">
        <div class="row">
          <span>{t.startFrom} :</span>
          <button type="button" onClick={() => setDraft(blankDraft())}>
            {t.blank}
          </button>
          <button type="button" onClick={() => setDraft(exampleDraft())}>
            {t.example}
          </button>
          <div class="field">
            <label for="preset">{t.presetLabel}</label>
            <select id="preset" value={preset} onChange={(e) => setPreset((e.currentTarget as HTMLSelectElement).value)}>
              {presets.list().map((p) => (
                <option key={p.id} value={p.id}>
                  {presetName(p, state.lang)}
                </option>
              ))}
            </select>
          </div>
          <button type="button" onClick={fromPreset}>
            {t.usePreset}
          </button>
        </div>
      </div>
      <div class="card" id="validation">
        <IssueList issues={issues} lang={state.lang} t={t} />
      </div>
      <div class="split">
        <form onSubmit={(e) => e.preventDefault()} aria-label={t['tab.draft']}>
          <Section legend={t['sec.offer']}>
            <div class="grid">
              <TextField ctx={ctx} path={['id']} label={t['f.id']} />
              <TextField ctx={ctx} path={['provider']} label={t['f.provider']} />
              <TextField ctx={ctx} path={['name']} label={t['f.name']} />
              <TextField ctx={ctx} path={['description']} label={t['f.description']} wide />
            </div>
          </Section>
          <Section legend={t['sec.services']} ctx={ctx} path={['services']}>
            {services.map((_, i) => (
              <fieldset key={i}>
                <legend>{t.serviceN(i + 1)}</legend>
                <div class="grid">
                  <TextField ctx={ctx} path={['services', i, 'id']} label={t['f.serviceId']} />
                  <TextField ctx={ctx} path={['services', i, 'name']} label={t['f.serviceName']} />
                  <TextField ctx={ctx} path={['services', i, 'fee', 'amount']} label={t['f.amount']} inputMode="decimal" />
                  <TextField ctx={ctx} path={['services', i, 'fee', 'currency']} label={t['f.currency']} />
                </div>
                <button type="button" class="no-print" onClick={() => ctx.set(['services'], services.filter((__, j) => j !== i))}>
                  {t.removeService(i + 1)}
                </button>
              </fieldset>
            ))}
            <button type="button" class="no-print" onClick={() => ctx.set(['services'], [...services, { id: `service-${services.length + 1}`, fee: { amount: '10.00', currency: 'EUR' } }])}>
              {t.addService}
            </button>
          </Section>
          <Section legend={t['sec.commitment']} ctx={ctx} path={['commitment']}>
            <div class="grid">
              <TextField ctx={ctx} path={['commitment', 'timeZone']} label={t['f.timeZone']} placeholder="Europe/Paris" />
              <TextField ctx={ctx} path={['commitment', 'cap']} label={t['f.commitmentCap']} inputMode="decimal" />
            </div>
            <ExcludedCauses ctx={ctx} t={t} />
            <CheckField ctx={ctx} path={['commitment', 'soleRemedy']} label={t['f.soleRemedy']} />
          </Section>
          <Section legend={t['sec.credit']} ctx={ctx} path={['commitment', 'credit']}>
            <p class="hint" id="target">
              {target ? t.target(decimalText(target.toString(), target.decimalPlaces(), state.lang)) : t.noTarget}
            </p>
            {models.map((_, i) => (
              <CreditModel
                key={i}
                ctx={ctx}
                t={t}
                path={pathOf(i)}
                n={i + 1}
                onRemove={() => ctx.set(['commitment', 'credit'], models.length > 1 ? models.filter((__, j) => j !== i) : undefined)}
              />
            ))}
            <button type="button" class="no-print" onClick={() => ctx.set(['commitment', 'credit'], models.length === 0 ? newModel('tiers') : [...models, newModel('tiers')])}>
              {t.addModel}
            </button>
          </Section>
          <GuaranteeFields ctx={ctx} t={t} kind="gti" />
          <GuaranteeFields ctx={ctx} t={t} kind="gtr" />
          <Section legend={t['sec.claim']}>
            <div class="grid">
              <ClaimFields ctx={ctx} t={t} />
            </div>
          </Section>
          <Section legend={t['sec.organisation']} ctx={ctx} path={['organisation']}>
            <div class="grid">
              <TextField ctx={ctx} path={['organisation', 'name']} label={t['f.orgName']} />
              <SelectField ctx={ctx} path={['organisation', 'structure']} label={t['f.structure']} unset={t.unset} options={STRUCTURES.map((s) => [s, t[`structure.${s}`]] as const)} />
              <BooleanField ctx={ctx} path={['organisation', 'salariedStaff']} label={t['f.salariedStaff']} yes={t.yes} no={t.no} unset={t.unset} />
              <TextField ctx={ctx} path={['organisation', 'staffCount']} label={t['f.staffCount']} numeric inputMode="numeric" />
              <BooleanField ctx={ctx} path={['organisation', 'onCall']} label={t['f.onCall']} yes={t.yes} no={t.no} unset={t.unset} />
              <TextField ctx={ctx} path={['organisation', 'dataLocation']} label={t['f.dataLocation']} placeholder="FR" />
              <BooleanField ctx={ctx} path={['organisation', 'chatons']} label={t['f.chatons']} yes={t.yes} no={t.no} unset={t.unset} />
              <TextField ctx={ctx} path={['organisation', 'governance']} label={t['f.governance']} wide />
            </div>
          </Section>
          <Section legend={t['sec.support']}>
            <div class="grid">
              <TextField ctx={ctx} path={['support', 'hours']} label={t['f.supportHours']} />
              <ChannelsField ctx={ctx} t={t} />
            </div>
          </Section>
        </form>
        <div>
          <YamlView draft={draft} onDraft={setDraft} t={t} />
          <p>
            <button type="button" onClick={() => download(`${String(draft.id || 'offre')}.yaml`, 'text/yaml', stringifyYaml(draft))}>
              {t.downloadYaml}
            </button>
          </p>
        </div>
      </div>
    </>
  )
}

function ChannelsField({ ctx, t }: { ctx: FormContext; t: T }) {
  const list = getIn(ctx.draft, ['support', 'channels'])
  const text = Array.isArray(list) ? list.join(', ') : ''
  const problems = ctx.issues.get(pathText(['support', 'channels'])) ?? []
  return (
    <div class="field">
      <label for="f-support-channels">{t['f.channels']}</label>
      <input
        id="f-support-channels"
        type="text"
        value={text}
        aria-invalid={problems.length > 0}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLInputElement).value
          const items = v.split(',').map((s) => s.trim()).filter(Boolean)
          ctx.set(['support', 'channels'], items.length ? items : undefined)
        }}
      />
    </div>
  )
}
