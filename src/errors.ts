/** The figures a message is made of, by name: `{ start: '2026-03-02T10:00:00Z' }`. */
export type IssueParams = Readonly<Record<string, string | number>>

/** One problem found in the input: where it is and what is wrong. */
export interface InputIssue {
  /** Where the problem is, e.g. `incidents[3].end` or `credit.tiers[1].below`. Empty for the input as a whole. */
  path: string
  /** What is wrong, in English, readable on its own, e.g. `is before start (2026-03-02T10:00:00Z)`. */
  message: string
  /**
   * What kind of problem it is, stable across versions, e.g. `before-start`: with `params`, what
   * `formatIssue` words in another language. `invalid` for a problem that has no wording of its own yet.
   * Not enumerable, like `params`: an issue still compares and serialises as `{ path, message }`.
   */
  code: string
  /** The figures of the message, by name, e.g. `{ start: '2026-03-02T10:00:00Z' }`. */
  params: IssueParams
}

/** An issue as the checks write it; a missing code is `invalid`. */
export type IssueDraft = Omit<InputIssue, 'code' | 'params'> & Partial<Pick<InputIssue, 'code' | 'params'>>

const NO_PARAMS: IssueParams = /* @__PURE__ */ Object.freeze({})

/**
 * The issue an `InputError` lists. `code` and `params` are there to read but not enumerable, so that an
 * issue compares, spreads and serialises as `{ path, message }`, as it always has: code that matched
 * issues whole, or stored them as JSON, sees no change.
 */
function complete(issue: IssueDraft): InputIssue {
  const out = { path: issue.path, message: issue.message }
  Object.defineProperties(out, { code: { value: issue.code ?? 'invalid' }, params: { value: issue.params ?? NO_PARAMS } })
  return out as InputIssue
}

/** Base class of every error this library throws on purpose. */
export class MatouError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MatouError'
  }
}

/**
 * Bad input: lists every problem found, each with its path, rather than stopping at the first.
 *
 * @example
 * try { monthPeriod({ year: 2026, month: 13 }) }
 * catch (e) { if (e instanceof InputError) console.log(e.issues) } // [{ path: 'month', message: '…' }]
 */
export class InputError extends MatouError {
  readonly issues: readonly InputIssue[]
  /** What could not be done, as the first line of the message says it, e.g. `Invalid commitment`; absent for the generic `Invalid input`. */
  readonly context: string | undefined

  constructor(issues: readonly IssueDraft[], context?: string) {
    const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    const head = context ?? (issues.length === 1 ? 'Invalid input' : `Invalid input (${issues.length} problems)`)
    super(`${head}:\n  ${lines.join('\n  ')}`)
    this.name = 'InputError'
    this.issues = issues.map(complete)
    this.context = context
  }
}

/**
 * What the `safeParse…` functions return: zod's shape, so that code handling a zod result handles this one.
 * `data` is what the matching `parse…` function would have returned; `error` is the `InputError` it
 * would have thrown.
 *
 * @example
 * const r = safeParsePeriod('March 2026')
 * if (r.success) r.data.label
 * else r.error.issues // [{ path: 'period', message: 'must be YYYY-MM, YYYY-Qn or YYYY (got "March 2026")' }]
 */
export type SafeResult<T> = { success: true; data: T; error?: never } | { success: false; data?: never; error: InputError }

/** Gathers issues while a whole input is checked, so that all of them are reported at once. */
export class IssueList {
  readonly issues: InputIssue[] = []
  /** Adds a problem: its English message, and the code and figures `formatIssue` words it from in other languages. */
  add(path: string, message: string, code = 'invalid', params: IssueParams = NO_PARAMS): void {
    this.issues.push({ path, message, code, params })
  }
  get ok(): boolean {
    return this.issues.length === 0
  }
  /** Throws an `InputError` if any issue was added. */
  throwIfAny(context?: string): void {
    if (this.issues.length > 0) throw new InputError(this.issues, context)
  }
  /**
   * Throws an `InputError` if any issue was added; otherwise returns `values`, each now known to be
   * present. A reader returns nothing only after adding an issue, so once the list is empty the values
   * read are all there; this is where the compiler learns it, and where a reader that broke the rule
   * would be caught rather than pass `undefined` on.
   */
  checked<T extends Record<string, unknown>>(values: T, context?: string): { [K in keyof T]: Exclude<T[K], undefined> } {
    this.throwIfAny(context)
    for (const key in values) if (values[key] === undefined) throw new MatouError(`${key} was read as nothing without an issue`)
    return values as { [K in keyof T]: Exclude<T[K], undefined> }
  }
  /** Throws the `InputError` of the issues added, for a path that cannot go on. */
  fail(context?: string): never {
    throw new InputError(this.issues, context)
  }
}

/**
 * The list as the type says it is, once a check made sure it holds one element at least (a schema's
 * `minLength(1)`, an issue for an empty list, one report asked for). Throws if that check let an empty
 * list through, rather than pass `undefined` on.
 */
export function nonEmpty<T>(list: readonly T[]): readonly [T, ...T[]] {
  const [first, ...rest] = list
  // No list given here holds `undefined`: an empty one is the only way to get it first.
  if (first === undefined) throw new MatouError('a list is empty after a check that it is not')
  return [first, ...rest]
}

/**
 * `value`, once the code around it has made sure it is there (a check that added an issue otherwise, a
 * field that another one implies). Throws if that reasoning is ever broken, rather than pass `undefined`
 * on; the stack says where. The callers say in a comment why the value is there.
 */
export function present<T>(value: T | null | undefined): T {
  if (value === undefined || value === null) throw new MatouError('a value is missing where a check said it is there')
  return value
}

/** Joins a path and a key the way the issue paths are written: `a.b`, `a[3]`. */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`
  return base ? `${base}.${key}` : key
}

/** Runs `fn` and turns an `InputError` into a failed `SafeResult`; other errors propagate. */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() }
  } catch (error) {
    if (error instanceof InputError) return { success: false, error }
    throw error
  }
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'a list'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString()
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  if (typeof value === 'object') return 'an object'
  return String(value)
}

/** Input types accept read-only data too, such as objects written `as const`. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends Date
    ? T
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T
