import { InputError, type InputIssue } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'

/** The refusal `f` throws; fails the test when it returns, or throws anything but an `InputError`. */
export function refusalOf(f: () => unknown): InputError {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('no InputError thrown')
}

/** The problems of the refusal `f` throws. */
export function issuesOf(f: () => unknown): readonly InputIssue[] {
  return refusalOf(f).issues
}

/** Each problem of the refusal as a French reader sees it, with its path. */
export function frenchIssues(f: () => unknown): string[] {
  return issuesOf(f).map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
}

/** The refusal `promise` rejects with; fails the test when it resolves, or rejects with anything but an `InputError`. */
export async function rejectionOf(promise: Promise<unknown>): Promise<InputError> {
  try {
    await promise
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('no InputError thrown')
}
