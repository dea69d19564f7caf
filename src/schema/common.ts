import * as z from 'zod/mini'
import { $ZodCheck } from 'zod/v4/core'
import { describe, type InputIssue, type IssueParams } from '../errors.js'

// Every schema is built in a function run once at import and marked pure: zod marks its own functions
// free of side effects, but bundlers do not carry that mark from one file to another, so without it a
// bundle that never validates would still build every schema, and carry zod with them.

/**
 * The key of each field's description, for `matou/json-schema`, which words it from descriptions.ts: the
 * texts stay out of a bundle that only validates. Not zod's global registry, which would show the keys as
 * descriptions to an application that builds a JSON Schema of its own from these schemas.
 */
export const descriptionKeys = /* @__PURE__ */ z.registry<{ description: string }>()

/**
 * Attaches the key of the description the JSON Schema shows for a field (a key of descriptions.ts; a text
 * that is no key is shown as written). Like zod's `describe`, a no-op check, so the schema is a copy that
 * the JSON Schema describes on its own even where one schema is used in many places.
 */
export function described<T extends z.ZodMiniType>(schema: T, key: string): T {
  const check: $ZodCheck<z.output<T>> = new $ZodCheck({ check: 'describe' })
  check._zod.onattach = [(inst) => descriptionKeys.add(inst as z.ZodMiniType, { description: key })]
  check._zod.check = () => {}
  return schema.check(check)
}

/** A decimal as written in a file: a string such as "99.5" (preferred, exact) or a number. */
export const decimalText = /* @__PURE__ */ (() =>
  described(z.union([z.string(), z.number()]), 'decimalText'))()

/** A fixed-length ISO-8601 duration such as "PT4H", or whole milliseconds. */
export const durationText = /* @__PURE__ */ (() =>
  described(
    // Capped in the schema too, so that a huge field is refused before any reader looks at it.
    z.union([
      z.string().check(z.maxLength(200, { error: (issue) => `must be an ISO-8601 duration of at most 200 characters such as "PT4H" (got ${String((issue.input as string).length)} characters)` })),
      z.int().check(z.nonnegative()),
    ]),
    'durationText',
  ))()

const INSTANT_PATTERN = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?(Z|z|[+-]\d{2}(:?\d{2})?)\s*$/

/** An instant: an ISO-8601 string with an offset, or a Date, or epoch milliseconds. */
export const instantText = /* @__PURE__ */ (() =>
  described(z.union([z.string().check(z.regex(INSTANT_PATTERN)), z.date(), z.int()]), 'instantText'))()

/** Where a preset or a term comes from. */
export const sourceSchema = /* @__PURE__ */ (() =>
  described(
    z.object({
      title: described(z.string(), 'sourceSchema.title'),
      url: described(z.optional(z.string()), 'sourceSchema.url'),
      date: described(z.optional(z.string()), 'sourceSchema.date'),
      clause: described(z.optional(z.string()), 'sourceSchema.clause'),
      language: described(z.optional(z.string()), 'sourceSchema.language'),
      verified: described(z.optional(z.boolean()), 'sourceSchema.verified'),
      confidence: described(z.optional(z.enum(['verified', 'partly', 'assumed'])), 'sourceSchema.confidence'),
      historical: described(z.optional(z.boolean()), 'sourceSchema.historical'),
      notes: described(z.optional(z.array(z.string())), 'sourceSchema.notes'),
    }),
    'sourceSchema',
  ))()

/** Writes a zod issue path the way this library writes paths: `credit.tiers[1].below`. */
export function formatZodPath(base: string, path: readonly PropertyKey[]): string {
  let out = base
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    // An empty key (a priority named "") would read as a path that stops at a dot.
    else if (key === '') out += '[""]'
    else out = out ? `${out}.${String(key)}` : String(key)
  }
  return out
}

/** Turns zod's issues into this library's issues, with readable messages. */
export function fromZodIssues(base: string, issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = []
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && 'errors' in issue && Array.isArray(issue.errors) && issue.errors.length > 0) {
      // A union reports one list per branch; the branch that got furthest says the most.
      const best = [...(issue.errors as z.core.$ZodIssue[][])].sort((a, b) => depth(b) - depth(a))[0]
      if (best && depth(best) > 0) {
        out.push(...fromZodIssues(formatZodPath(base, issue.path), best))
        continue
      }
    }
    const worded: Worded =
      issue.code === 'too_small' && issue.path.at(-1) === 'elements'
        ? { message: 'must name at least one element, or be absent for every element (got an empty list)', code: 'elements-empty', params: {} }
        : wordedZodIssue(issue)
    out.push({ path: formatZodPath(base, issue.path), ...worded })
  }
  return out
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length))
}

/** A message with the code and figures it is worded from (see issue-messages.ts). */
export interface Worded {
  message: string
  code: string
  params: IssueParams
}

/**
 * The code and figures of a zod issue, when its message is one of ours: zod drops the input from the issues
 * it returns unless asked (`reportInput`), so the wording is checked against the message it gave. A
 * message written by a schema itself, or zod's own, is `invalid`.
 */
export function wordedZodIssue(issue: z.core.$ZodIssue): Worded {
  // A schema's own check names its code and figures in the issue's params (see time/calendar-schema.ts).
  if (issue.code === 'custom' && typeof issue.params?.code === 'string')
    return { message: issue.message, code: issue.params.code, params: (issue.params.params as IssueParams | undefined) ?? {} }
  const own = ownWording(issue as z.core.$ZodRawIssue)
  if (own && own.message === issue.message) return own
  // zod's English for a check the schemas do not word: its figures travel as params, so that the problem
  // is worded in the reader's language too (messages/fr.ts). A message a schema wrote itself stays `invalid`.
  return issue.message === zodEnglish(issue as z.core.$ZodRawIssue) ? { message: issue.message, code: 'zod', params: zodParams(issue) } : { message: issue.message, code: 'invalid', params: {} }
}

/** The figures of a zod issue that its English message is written from (see {@link zodEnglish}). */
function zodParams(issue: z.core.$ZodIssue): IssueParams {
  const params: Record<string, string> = { zod: issue.code }
  // Bounds, origin, format, pattern, divisor, inclusive, exact: the issue's scalar fields (a pattern is a RegExp).
  for (const [key, v] of Object.entries(issue)) if (v !== undefined && key !== 'code' && key !== 'message' && (typeof v !== 'object' || v instanceof RegExp)) params[key] = String(v)
  return params
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
  null: 'null',
}

function typeName(t: unknown): string {
  return TYPE_NAMES[String(t)] ?? String(t)
}

/**
 * Messages for people rather than for developers: what is expected and what was found
 * (`must be one of tiers, per-duration, pro-rata, hourly-waiver (got "flat")`). Pass as `{ error: readableErrors }`.
 * The issues it has no wording for get zod's English messages: zod/mini loads no locale of its own, and
 * setting one globally would change the messages of an application's own schemas.
 */
export function readableErrors(issue: z.core.$ZodRawIssue): string {
  return ownWording(issue)?.message ?? zodEnglish(issue)
}

/** How zod's English words the size of a string, a list, a set, a map or a file. */
const SIZE_UNITS: Record<string, string> = { string: 'characters', file: 'bytes', array: 'items', set: 'items', map: 'entries' }

/**
 * zod's English message (its `en` locale, word for word) for the issues {@link ownWording} leaves out; the
 * locale itself, with the wordings of every string format zod knows, weighs 1 kB gzipped in every bundle
 * that validates. Of the string formats, the schemas here use patterns alone: another one is named by its
 * code (`Invalid email`). A test holds it to the locale.
 */
export function zodEnglish(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big'
      const adj = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`
      const unit = SIZE_UNITS[issue.origin ?? '']
      // zod's own difference: an issue too big with no origin says "value", one too small "undefined".
      const origin = big ? (issue.origin ?? 'value') : issue.origin
      const bound = String(big ? issue.maximum : issue.minimum)
      return `Too ${big ? 'big' : 'small'}: expected ${origin} ${unit ? `to have ${adj}${bound} ${unit}` : `to be ${adj}${bound}`}`
    }
    case 'invalid_format':
      if (issue.format === 'starts_with') return `Invalid string: must start with "${issue.prefix}"`
      if (issue.format === 'ends_with') return `Invalid string: must end with "${issue.suffix}"`
      if (issue.format === 'includes') return `Invalid string: must include "${issue.includes}"`
      if (issue.format === 'regex') return `Invalid string: must match pattern ${String(issue.pattern)}`
      return `Invalid ${issue.format}`
    case 'not_multiple_of':
      return `Invalid number: must be a multiple of ${String(issue.divisor)}`
    case 'invalid_key':
      return `Invalid key in ${issue.origin}`
    case 'invalid_element':
      return `Invalid value in ${issue.origin}`
    default:
      return 'Invalid input'
  }
}

/** Keys YAML makes of a number written with a decimal comma in a flow mapping: `{ atLeast: 99,5 }` is `atLeast: 99` and a key `5`. */
const DIGITS = /^\d+$/

function ownWording(issue: z.core.$ZodRawIssue): Worded | undefined {
  const got = describe(issue.input)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { message: 'is required', code: 'required', params: {} }
      return { message: `must be ${typeName(issue.expected)} (got ${got})`, code: 'type', params: { expected: String(issue.expected), got } }
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const options = (issue as { options?: unknown[] }).options
        const key = (issue as { discriminator?: string }).discriminator ?? 'type'
        const value = describe(issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[key] : issue.input)
        // zod names the options of a discriminated union; had it not, the message stays English only.
        if (!options) return { message: `is not valid (got ${value})`, code: 'not-valid', params: { got: value } }
        const list = options.map(String).join(', ')
        return { message: `must be one of ${list} (got ${value})`, code: 'one-of', params: { options: list, got: value } }
      }
      if (issue.input === undefined) return { message: 'is required', code: 'required', params: {} }
      const branches = (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? []
      const expected = [...new Set(branches.flat().filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => String((i as { expected?: unknown }).expected)))]
      return expected.length
        ? { message: `must be ${expected.map(typeName).join(' or ')} (got ${got})`, code: 'type', params: { expected: expected.join('|'), got } }
        : { message: `is not valid (got ${got})`, code: 'not-valid', params: { got } }
    }
    case 'invalid_value': {
      if (issue.values.length === 1) {
        const value = JSON.stringify(issue.values[0])
        return { message: `must be ${value} (got ${got})`, code: 'exactly', params: { value, got } }
      }
      const list = issue.values.map((v) => String(v)).join(', ')
      return { message: `must be one of ${list} (got ${got})`, code: 'one-of', params: { options: list, got } }
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ')
      const message = `has unknown key${issue.keys.length === 1 ? '' : 's'} ${keys}`
      if (issue.keys.length > 0 && issue.keys.every((k) => DIGITS.test(k))) {
        // The whole number YAML kept and the digits it made a key of, for the advice: 99 and "5" were 99,5.
        const input = issue.input && typeof issue.input === 'object' ? Object.values(issue.input as Record<string, unknown>) : []
        const whole = input.find((v) => typeof v === 'number' && Number.isInteger(v))
        const written = whole === undefined ? '99,5' : `${String(whole)},${issue.keys[0]}`
        const dotted = written.replace(',', '.')
        return {
          message: `${message}: a number written with a decimal comma, such as ${written}, is split in two in YAML; write ${dotted} or "${written}"`,
          code: 'decimal-comma',
          params: { keys, count: issue.keys.length, written, dotted },
        }
      }
      return { message, code: 'unknown-keys', params: { keys, count: issue.keys.length } }
    }
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(INSTANT_PATTERN))
        return { message: `must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got ${got})`, code: 'instant', params: { got } }
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(/^\d{4}-\d{2}$/))
        return { message: `must be a month YYYY-MM (got ${got})`, code: 'month-text', params: { got } }
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(/^([01]\d|2[0-3]):[0-5]\d$/))
        return { message: `must be a local time HH:MM such as "09:00" (got ${got})`, code: 'clock-time', params: { got } }
      return undefined
    case 'too_small':
      // An empty name (a client, a status): zod's own words would be "Too small: expected string to have >=1 characters".
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { message: `must be a non-empty text (got ${got})`, code: 'text', params: { got } }
      // A count or a number of days below its least value (a staff of -1, a claim within 0 days).
      if (issue.origin === 'number' || issue.origin === 'int') {
        const bound = String(issue.minimum)
        return issue.inclusive
          ? { message: `must be at least ${bound} (got ${got})`, code: 'number-min', params: { bound, got } }
          : { message: `must be more than ${bound} (got ${got})`, code: 'number-above', params: { bound, got } }
      }
      if (issue.origin !== 'array') return undefined
      return { message: `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`, code: 'too-few', params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') {
        const bound = String(issue.maximum)
        return { message: `must be at most ${bound} (got ${got})`, code: 'number-max', params: { bound, got } }
      }
      if (issue.origin !== 'string') return undefined
      return {
        message: `must be at most ${String(issue.maximum)} characters long (got ${typeof issue.input === 'string' ? issue.input.length : got} characters)`,
        code: 'text-long',
        params: { max: Number(issue.maximum), length: typeof issue.input === 'string' ? issue.input.length : got },
      }
    default:
      return undefined
  }
}

function isPlainObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * The places where the input held a Date, a Map or another class instance that the schema took for an
 * object: zod accepts any object there and reads its (absent) keys, so a Date given for `measurement` would
 * pass as an empty one. Walks the parsed value beside the input; a Date parsed as a Date stays valid.
 */
export function lookalikeObjects(input: unknown, parsed: unknown, path: string): InputIssue[] {
  const out: InputIssue[] = []
  const walk = (raw: unknown, data: unknown, at: string, depth: number): void => {
    if (depth > 64 || data === null || typeof data !== 'object') return
    if (Array.isArray(data)) {
      if (Array.isArray(raw)) data.forEach((d, i) => walk(raw[i], d, `${at}[${i}]`, depth + 1))
      return
    }
    if (!isPlainObject(data)) return
    if (!isPlainObject(raw)) {
      const got = describe(raw)
      out.push({ path: at, message: `must be a plain object (got ${got})`, code: 'plain-object', params: { got } })
      return
    }
    for (const [key, d] of Object.entries(data as Record<string, unknown>)) walk((raw as Record<string, unknown>)[key], d, at ? `${at}.${key}` : key, depth + 1)
  }
  walk(input, parsed, path, 0)
  return out
}

/**
 * Checks an input against one of the schemas, the one way every parser does it: zod's issues worded for
 * people under `path`, then the look-alike objects the schema let through.
 */
export function checkBySchema<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  path: string,
): { ok: true; data: z.output<S> } | { ok: false; issues: InputIssue[] } {
  const parsed = schema.safeParse(input, { error: readableErrors, reportInput: true })
  if (!parsed.success) return { ok: false, issues: fromZodIssues(path, parsed.error.issues) }
  const lookalikes = lookalikeObjects(input, parsed.data, path)
  return lookalikes.length > 0 ? { ok: false, issues: lookalikes } : { ok: true, data: parsed.data }
}
