/** One problem found in the input: where it is and what is wrong. */
export interface InputIssue {
  /** Where the problem is, e.g. `incidents[3].end` or `credit.tiers[1].below`. Empty for the input as a whole. */
  path: string
  /** What is wrong, readable on its own, e.g. `is before start (2026-03-02T10:00:00Z)`. */
  message: string
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

  constructor(issues: readonly InputIssue[], context?: string) {
    const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    const head = context ?? (issues.length === 1 ? 'Invalid input' : `Invalid input (${issues.length} problems)`)
    super(`${head}:\n  ${lines.join('\n  ')}`)
    this.name = 'InputError'
    this.issues = issues
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
  add(path: string, message: string): void {
    this.issues.push({ path, message })
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
