import type { InputIssue } from '../../src/index.ts'
import { formatIssue } from '../../src/messages/index.ts'
import { type Lang } from './state.ts'

// The library words most of its problems in French itself (formatIssue, from each problem's code). For
// the few it has no French wording for yet (code `invalid`, or problems the page builds), the page
// translates the fixed phrases around the values, which stay as the library wrote them; a message with
// no known phrase is shown as it is.
const PHRASES: readonly [RegExp, string][] = [
  [/^is required$/, 'est obligatoire'],
  [/^is required /, 'est obligatoire '],
  [/^must be one of /, 'doit être l’une des valeurs '],
  // The catalogue's own problem: a file that is not a list of offers.
  [/^must be a list of offers$/, 'doit être une liste d’offres'],
  [/^must be a list of /, 'doit être une liste de '],
  [/^must be a list/, 'doit être une liste'],
  [/^must be text/, 'doit être un texte'],
  [/^must be a number/, 'doit être un nombre'],
  [/^must be a whole number/, 'doit être un nombre entier'],
  [/^must be true or false/, 'doit valoir vrai ou faux'],
  [/^must be an object/, 'doit être un objet'],
  [/^must be a plain object/, 'doit être un objet simple'],
  [/^must be a decimal number/, 'doit être un nombre décimal'],
  [/^must be an ISO-8601 duration/, 'doit être une durée ISO 8601'],
  [/^must be at least /, 'doit valoir au moins '],
  [/^must be at most /, 'doit valoir au plus '],
  [/^must have at least /, 'doit contenir au moins '],
  [/^must be /, 'doit être '],
  [/^must /, 'doit '],
  [/^is not a known /, 'n’est pas un(e) '],
  [/^is not /, 'n’est pas '],
  [/^is unknown/, 'est inconnu'],
  [/^repeats /, 'répète '],
  [/^overlaps /, 'chevauche '],
  [/^leaves a gap /, 'laisse un trou '],
  [/^is an unknown key/, 'est une clé inconnue'],
]

const WORDS: readonly [RegExp, string][] = [
  [/\(got /g, '(reçu '],
  [/ or /g, ' ou '],
  [/ and /g, ' et '],
  [/ e\.g\. /g, ' p. ex. '],
  [/\bitems?\b/g, 'élément(s)'],
  // French elides "de" before a vowel: "une liste d’élément(s)", not "de élément(s)".
  [/une liste de ([aeiouyàâéèêëîïôù])/gi, 'une liste d’$1'],
]

/** An issue's message in the page's language. */
export function issueText(issue: Pick<InputIssue, 'path' | 'message'> & Partial<InputIssue>, lang: Lang): string {
  if (lang === 'en') return issue.message
  if (issue.code !== undefined && issue.code !== 'invalid') return formatIssue(issue as InputIssue, 'fr')
  for (const [pattern, french] of PHRASES) {
    if (pattern.test(issue.message)) {
      let text = issue.message.replace(pattern, french)
      for (const [w, f] of WORDS) text = text.replace(w, f)
      return text
    }
  }
  return issue.message
}

/** Issues by path, for the fields to find theirs. */
export function issuesByPath(issues: readonly InputIssue[]): Map<string, InputIssue[]> {
  const map = new Map<string, InputIssue[]>()
  for (const i of issues) map.set(i.path, [...(map.get(i.path) ?? []), i])
  return map
}
