import { present } from '../errors.js'
import { GUARANTEES_HELP } from './guarantees.js'
import { type CliLang, cliMessages } from './messages.js'

/** The help texts: each command says what it does, its options, and examples that run as written. */

/** Help of one command, in a language (default English); the overview for a name that is not a command. */
export function commandHelp(name: string, lang: CliLang = 'en'): string {
  if (name === 'guarantees') return GUARANTEES_HELP[lang]
  const help = cliMessages(lang).help as Record<string, string>
  // Every language has a main help.
  return present(name !== 'main' && Object.hasOwn(help, name) ? help[name] : help.main)
}

/** The overview. */
export function mainHelp(lang: CliLang = 'en'): string {
  return cliMessages(lang).help.main
}
