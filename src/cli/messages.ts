import { en } from './messages-en.js'
import { fr } from './messages-fr.js'

/** The languages the command line speaks. */
export type CliLang = 'en' | 'fr'

/** The command line's words in one language: `messages-en.ts` sets the shape, `messages-fr.ts` follows it. */
export type CliMessages = Omit<typeof en, 'lang'> & { lang: CliLang }

/** The catalogue of a language. */
export function cliMessages(lang: CliLang): CliMessages {
  return lang === 'fr' ? fr : en
}

/**
 * The language of the environment, as POSIX programs read it: `LC_ALL`, else `LC_MESSAGES`, else `LANG`
 * (the first one set and not empty); French when it starts with `fr`, English otherwise.
 */
export function langFromEnv(env: Record<string, string | undefined>): CliLang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

/** The language asked for on a command line (`--lang fr`, `-l fr`, `--lang=fr`), if any. */
export function langFromArgs(argv: readonly string[]): string | undefined {
  let lang: string | undefined
  argv.forEach((a, i) => {
    if ((a === '--lang' || a === '-l') && i + 1 < argv.length) lang = argv[i + 1]
    else if (a.startsWith('--lang=')) lang = a.slice(7)
    else if (/^-l[a-z]{2}$/.test(a)) lang = a.slice(2)
  })
  return lang
}
