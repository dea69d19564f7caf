import { InputError } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'

/** Each problem of the refusal as a French reader sees it, with its path. */
export function frenchIssues(f: () => unknown): string[] {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
    throw e
  }
  throw new Error('no InputError thrown')
}
