import { type ComponentChildren } from 'preact'
import { type InputIssue } from '../../src/index.ts'
import { issueText } from './issues.ts'
import { getIn, type Path, pathText } from './paths.ts'
import { type Draft, type Lang } from './state.ts'

/** What a field needs: the draft, how to change one of its paths, and the issues by path. */
export interface FormContext {
  draft: Draft
  set: (path: Path, value: unknown) => void
  issues: Map<string, InputIssue[]>
  lang: Lang
}

/** The id of a field's control: also where the issue list sends the focus. */
export function fieldId(path: Path): string {
  return 'f-' + pathText(path).replace(/[^A-Za-z0-9_-]+/g, '-')
}

function Problems({ ctx, path }: { ctx: FormContext; path: Path }) {
  const list = ctx.issues.get(pathText(path))
  if (!list?.length) return null
  return (
    <p class="error" id={`${fieldId(path)}-error`}>
      {list.map((i) => issueText(i, ctx.lang)).join(' ; ')}
    </p>
  )
}

function invalid(ctx: FormContext, path: Path): boolean {
  return (ctx.issues.get(pathText(path))?.length ?? 0) > 0
}

function described(ctx: FormContext, path: Path, hint?: string): string | undefined {
  const ids = [hint ? `${fieldId(path)}-hint` : '', invalid(ctx, path) ? `${fieldId(path)}-error` : ''].filter(Boolean)
  return ids.length ? ids.join(' ') : undefined
}

/**
 * A text field; an emptied field removes its key, so that "not said" stays distinct from "said empty".
 * `numeric` keeps a whole number a number, and anything else as typed, for the library to judge.
 */
export function TextField(props: { ctx: FormContext; path: Path; label: string; hint?: string; numeric?: boolean; wide?: boolean; placeholder?: string; inputMode?: 'decimal' | 'numeric' | 'text' }) {
  const { ctx, path } = props
  const value = getIn(ctx.draft, path)
  const id = fieldId(path)
  return (
    <div class="field" style={props.wide ? 'grid-column: 1 / -1' : undefined}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)}
        placeholder={props.placeholder}
        inputMode={props.inputMode}
        aria-invalid={invalid(ctx, path)}
        aria-describedby={described(ctx, path, props.hint)}
        onInput={(e) => {
          const text = (e.currentTarget as HTMLInputElement).value
          if (text === '') ctx.set(path, undefined)
          else if (props.numeric && /^\d+$/.test(text.trim())) ctx.set(path, Number(text.trim()))
          else ctx.set(path, text)
        }}
      />
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <Problems ctx={ctx} path={path} />
    </div>
  )
}

/** A choice among values; `unset` offers "not said", which removes the key. */
export function SelectField(props: { ctx: FormContext; path: Path; label: string; options: readonly (readonly [string, string])[]; unset?: string; onChange?: (v: string) => void; value?: string }) {
  const { ctx, path } = props
  const raw = props.value ?? getIn(ctx.draft, path)
  const id = fieldId(path)
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        aria-invalid={invalid(ctx, path)}
        aria-describedby={described(ctx, path)}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value
          if (props.onChange) props.onChange(v)
          else ctx.set(path, v === '' ? undefined : v)
        }}
      >
        {props.unset !== undefined && <option value="">{props.unset}</option>}
        {props.options.map(([v, label]) => (
          <option key={v} value={v} selected={String(raw ?? '') === v}>
            {label}
          </option>
        ))}
      </select>
      <Problems ctx={ctx} path={path} />
    </div>
  )
}

/** A yes / no / not said answer, kept as true, false or absent. */
export function BooleanField(props: { ctx: FormContext; path: Path; label: string; yes: string; no: string; unset: string }) {
  const raw = getIn(props.ctx.draft, props.path)
  return (
    <SelectField
      ctx={props.ctx}
      path={props.path}
      label={props.label}
      unset={props.unset}
      value={raw === true ? 'true' : raw === false ? 'false' : ''}
      options={[
        ['true', props.yes],
        ['false', props.no],
      ]}
      onChange={(v) => props.ctx.set(props.path, v === '' ? undefined : v === 'true')}
    />
  )
}

/** A checkbox for a flag that is either said true or absent. */
export function CheckField(props: { ctx: FormContext; path: Path; label: string; checked?: boolean; onChange?: (on: boolean) => void }) {
  const { ctx, path } = props
  const id = fieldId(path) + (props.onChange ? '-on' : '')
  const checked = props.checked ?? getIn(ctx.draft, path) === true
  return (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          const on = (e.currentTarget as HTMLInputElement).checked
          if (props.onChange) props.onChange(on)
          else ctx.set(path, on ? true : undefined)
        }}
      />
      <label for={id}>{props.label}</label>
      {!props.onChange && <Problems ctx={ctx} path={path} />}
    </div>
  )
}

export function Section(props: { legend: string; children: ComponentChildren; ctx?: FormContext; path?: Path }) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.ctx && props.path && <Problems ctx={props.ctx} path={props.path} />}
      {props.children}
    </fieldset>
  )
}
