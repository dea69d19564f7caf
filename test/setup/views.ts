import { expect } from 'vitest'

/**
 * Contributions are views: their figures are getters on the prototype, with no own fields, so a deep
 * equality would find any two of them equal. Views compare by what they show, their JSON, so a whole-report
 * `toEqual` still fails when a figure differs.
 */
function isView(value: unknown): value is { toJSON(): unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 0 &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function' &&
    Object.getPrototypeOf(value) !== Object.prototype
  )
}

expect.addEqualityTesters([
  function viewsByWhatTheyShow(this: { equals(a: unknown, b: unknown, testers?: unknown[]): boolean }, a: unknown, b: unknown, testers: unknown[]) {
    if (!isView(a) && !isView(b)) return undefined
    return this.equals(isView(a) ? a.toJSON() : a, isView(b) ? b.toJSON() : b, testers)
  },
])
