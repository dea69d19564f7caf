import { InputError, type InputIssue } from '../errors.js'
import { type CliLang } from './messages.js'

/**
 * The words of one problem of an input file in the user's language: the library's French for it when it
 * has some, else its own message. The one place the command line asks for the wording of an issue, so
 * that the schema's catalogue of messages can take over here when it words issues in French.
 */
export function issueText(issue: InputIssue, lang: CliLang): string {
  const localised = (issue as InputIssue & { messages?: Partial<Record<CliLang, string>> }).messages?.[lang]
  return localised ?? issue.message
}

/** An input error the command line wrote itself, already in the user's language. */
export class LocalisedInputError extends InputError {}

/** The heading of an input error in the user's language: the library's own in English. */
export function errorHeading(error: InputError, lang: CliLang, fallback: string): string {
  const head = error.message.split('\n')[0]!.replace(/:$/, '')
  return lang === 'en' || error instanceof LocalisedInputError ? head : fallback
}
