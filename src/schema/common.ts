import * as z from 'zod/mini'
import { en } from 'zod/locales'
import { describe, type InputIssue } from '../errors.js'

// Every schema is built in a function run once at import and marked pure: zod marks its own functions
// free of side effects, but bundlers do not carry that mark from one file to another, so without it a
// bundle that never validates would still build every schema, and carry zod with them.

/** Attaches the description the JSON Schema shows for a field. */
export function described<T extends z.ZodMiniType>(schema: T, text: string): T {
  return schema.check(z.describe<z.output<T>>(text))
}

/** A decimal as written in a file: a string such as "99.5" (preferred, exact) or a number. */
export const decimalText = /* @__PURE__ */ (() =>
  described(
    z.union([z.string(), z.number()]),
    'A decimal number; write it as a string such as "99.5" to keep it exact.',
  ))()

/** A fixed-length ISO-8601 duration such as "PT4H", or whole milliseconds. */
export const durationText = /* @__PURE__ */ (() =>
  described(
    // Capped in the schema too, so that a huge field is refused before any reader looks at it.
    z.union([
      z.string().check(z.maxLength(200, { error: (issue) => `must be an ISO-8601 duration of at most 200 characters such as "PT4H" (got ${String((issue.input as string).length)} characters)` })),
      z.int().check(z.nonnegative()),
    ]),
    'An ISO-8601 duration of fixed length such as "PT4H" or "PT43M12S", or whole milliseconds.',
  ))()

const INSTANT_PATTERN = /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d{1,9})?)?(Z|z|[+-]\d{2}(:?\d{2})?)\s*$/

/** An instant: an ISO-8601 string with an offset, or a Date, or epoch milliseconds. */
export const instantText = /* @__PURE__ */ (() =>
  described(
    z.union([z.string().check(z.regex(INSTANT_PATTERN)), z.date(), z.int()]),
    'An ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z".',
  ))()

/** Where a preset or a term comes from. */
export const sourceSchema = /* @__PURE__ */ (() =>
  described(
    z.object({
      title: described(z.string(), 'Name of the document the terms come from.'),
      url: described(z.optional(z.string()), 'Where the document can be read.'),
      date: described(z.optional(z.string()), 'Date or version of the terms.'),
      clause: described(z.optional(z.string()), 'The clause quoted as written, in its own language.'),
      language: described(z.optional(z.string()), 'Language of the quoted clause, e.g. "fr".'),
      verified: described(
        z.optional(z.boolean()),
        "True only when every figure and clause encoded was checked against the provider's own text, at the recorded url (or document title) and version date; false when any comes from a secondary copy, a quotation by a third party, or an assumption (the notes say which).",
      ),
      confidence: described(
        z.optional(z.enum(['verified', 'partly', 'assumed'])),
        "How sure the preset is: verified (as verified true), partly (some figures checked against the provider's text, others not: the notes say which), assumed (the figures are not from the provider's text). Default: verified when verified is true, else assumed.",
      ),
      historical: described(z.optional(z.boolean()), 'True for terms no longer offered.'),
      notes: described(
        z.optional(z.array(z.string())),
        'The clauses encoded (quoted or paraphrased, marked as such), every reading made, and what the source leaves silent.',
      ),
    }),
    'Where the terms come from.',
  ))()

/** Writes a zod issue path the way this library writes paths: `credit.tiers[1].below`. */
export function formatZodPath(base: string, path: readonly PropertyKey[]): string {
  let out = base
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
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
      const best = [...(issue.errors as z.core.$ZodIssue[][])].sort((a, b) => depth(b) - depth(a))[0]!
      if (depth(best) > 0) {
        out.push(...fromZodIssues(formatZodPath(base, issue.path), best))
        continue
      }
    }
    const message =
      issue.code === 'too_small' && issue.path.at(-1) === 'elements'
        ? 'must name at least one element, or be absent for every element (got an empty list)'
        : issue.message
    out.push({ path: formatZodPath(base, issue.path), message })
  }
  return out
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length))
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

let english: z.core.$ZodErrorMap | undefined

/**
 * Messages for people rather than for developers: what is expected and what was found
 * (`must be one of tiers, per-duration, pro-rata (got "flat")`). Pass as `{ error: readableErrors }`.
 * The issues it has no wording for get zod's English messages: zod/mini loads no locale of its own, and
 * setting one globally would change the messages of an application's own schemas.
 */
export function readableErrors(issue: z.core.$ZodRawIssue): string {
  const own = ownMessage(issue)
  if (own !== undefined) return own
  english ??= en().localeError
  const message = english(issue)
  return (typeof message === 'string' ? message : message?.message) ?? 'Invalid input'
}

function ownMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const got = `(got ${describe(issue.input)})`
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${typeName(issue.expected)} ${got}`
    case 'invalid_union': {
      if ('note' in issue && issue.note === 'No matching discriminator') {
        const options = (issue as { options?: unknown[] }).options
        const key = (issue as { discriminator?: string }).discriminator ?? 'type'
        const value = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[key] : issue.input
        return `must be one of ${options?.map(String).join(', ') ?? 'the known kinds'} (got ${describe(value)})`
      }
      const branches = (issue as { errors?: z.core.$ZodIssue[][] }).errors ?? []
      const expected = [...new Set(branches.flat().filter((i) => i.code === 'invalid_type' && i.path.length === 0).map((i) => typeName((i as { expected?: unknown }).expected)))]
      if (issue.input === undefined) return 'is required'
      return expected.length ? `must be ${expected.join(' or ')} ${got}` : `is not valid ${got}`
    }
    case 'invalid_value':
      return `must be ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => String(v)).join(', ')}`} ${got}`
    case 'unrecognized_keys':
      return `has unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(INSTANT_PATTERN))
        return `must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" ${got}`
      if (issue.format === 'regex' && 'pattern' in issue && String(issue.pattern) === String(/^\d{4}-\d{2}$/)) return `must be a month YYYY-MM ${got}`
      return undefined
    case 'too_small':
      return issue.origin === 'array' ? `must have at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}` : undefined
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
      out.push({ path: at, message: `must be a plain object (got ${describe(raw)})` })
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
  const parsed = schema.safeParse(input, { error: readableErrors })
  if (!parsed.success) return { ok: false, issues: fromZodIssues(path, parsed.error.issues) }
  const lookalikes = lookalikeObjects(input, parsed.data, path)
  return lookalikes.length > 0 ? { ok: false, issues: lookalikes } : { ok: true, data: parsed.data }
}
