import { InputError, type InputIssue } from '../errors.js'
import { formatIssue } from '../messages/index.js'
import { formatPath } from '../messages/format.js'
import { type CliLang } from './messages.js'

/**
 * The words of one problem of an input file in the user's language: the library's own French wording of
 * its code when there is one, else its English message. The one place the command line words an issue.
 */
export function issueText(issue: InputIssue, lang: CliLang): string {
  return formatIssue(issue, lang)
}

/**
 * Where a problem is, in the user's language: the first line of a CSV file is named by the readers as
 * `header (line 1)` and one of its names as `header (line 1), column 3`, which a French reader sees as
 * `en-tête (ligne 1), colonne 3`; a record of a client list as `line 4`, seen as `ligne 4`.
 */
export function whereText(where: string, lang: CliLang): string {
  return formatPath(where, lang)
}

/** An input error the command line wrote itself, already in the user's language. */
export class LocalisedInputError extends InputError {}

/** The heading of an input error in the user's language: the library's own in English. */
export function errorHeading(error: InputError, lang: CliLang, fallback: string): string {
  const head = error.message.replace(/\n[\s\S]*/, '').replace(/:$/, '')
  return lang === 'en' || error instanceof LocalisedInputError ? head : fallback
}
