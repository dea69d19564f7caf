import type { InputError, InputIssue } from '../errors.js'
import { CONTEXTS_FR, FRENCH } from './fr.js'

/** The languages problems can be worded in. */
export type MessageLanguage = 'en' | 'fr'

/**
 * What is wrong, in `language`: the issue's `message` in English, the same problem worded from its code
 * and figures in French. A problem without a French wording yet (code `invalid`) keeps its English message.
 *
 * @example
 * const r = safeParseIncidents([{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' }])
 * formatIssue(r.error!.issues[0]!, 'fr') // 'est avant le début (2026-03-02T10:00:00Z)'
 */
export function formatIssue(issue: InputIssue, language: MessageLanguage = 'en'): string {
  if (language === 'en') return issue.message
  const wording = FRENCH[issue.code]
  return wording ? wording(issue.params) : issue.message
}

/**
 * The whole text of an `InputError` in `language`, laid out as its `message`: what could not be done,
 * then one line per problem with its path.
 *
 * @example
 * const r = safeParsePeriod('mars 2026')
 * localiseInputError(r.error!, 'fr').split('\n')[0] // 'Période invalide\u00a0:'
 * // then: period\u00a0: doit s'écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) (valeur reçue\u00a0: "mars 2026")
 */
export function localiseInputError(error: InputError, language: MessageLanguage = 'en'): string {
  if (language === 'en') return error.message
  const count = error.issues.length
  const head =
    error.context === undefined
      ? count === 1
        ? 'Entrée invalide'
        : `Entrée invalide (${count} problèmes)`
      : (CONTEXTS_FR[error.context] ?? error.context)
  const lines = error.issues.map((i) => (i.path ? `${formatPath(i.path, language)}\u00a0: ${formatIssue(i, language)}` : formatIssue(i, language)))
  return `${head}\u00a0:\n  ${lines.join('\n  ')}`
}

/**
 * @internal Where a problem is, in `language`: a path is the input's own names (`incidents[3].end`) in
 * every language, but the words the readers put in it are English: `header (line 1), column 3` and
 * `line 4` read `en-tête (ligne 1), colonne 3` and `ligne 4` in French.
 */
export function formatPath(path: string, language: MessageLanguage = 'en'): string {
  if (language === 'en') return path
  // Not a key of the input: `options.header` stays as written.
  return path
    .replace(/(^|[^.\w])header \(line (\d+)\)/g, '$1en-tête (ligne $2)')
    .replace(/(^|[^.\w])header\b/g, '$1en-tête')
    .replace(/(^|[^.\w])line (\d+)\b/g, '$1ligne $2')
    .replace(/, column (\d+)/g, ', colonne $1')
}
