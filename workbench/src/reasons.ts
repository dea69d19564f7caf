import { type Lang } from './state.ts'

// The library gives its reasons in English, from a closed set of phrases around the offer's own figures.
const REASONS_FR: readonly [RegExp, string][] = [
  [/^not said$/, 'non précisé'],
  [/^organisation not described$/, 'organisation non décrite'],
  [/^no salaried staff$/, 'pas de personnel salarié'],
  [/^salaried staff$/, 'personnel salarié'],
  [/^staff count not said$/, 'effectif non précisé'],
  [/^(\d+) salaried$/, '$1 salarié(s)'],
  [/^on call outside business hours$/, 'astreinte hors heures ouvrées'],
  [/^no on-call duty$/, 'pas d’astreinte'],
  [/^CHATONS member$/, 'membre des CHATONS'],
  [/^not a CHATONS member$/, 'pas membre des CHATONS'],
  [/^no (GTI|GTR)$/, 'pas de $1'],
  [/^promises an availability credit$/, 'promet un crédit de disponibilité'],
  [/^no availability credit$/, 'pas de crédit de disponibilité'],
  [/^credit starts below (.+) %$/, 'crédit sous $1 %'],
  [/^no availability target$/, 'pas d’objectif de disponibilité'],
  [/^(.+) a month$/, '$1 par mois'],
  [/^no loss to cover$/, 'pas de perte à couvrir'],
  [/^compensation covers (.+) % of the loss$/, 'le dédommagement couvre $1 % de la perte'],
]

/** A criterion's reason in the page's language. */
export function reasonText(reason: string, lang: Lang): string {
  if (lang === 'en') return reason
  for (const [pattern, fr] of REASONS_FR) if (pattern.test(reason)) return reason.replace(pattern, fr)
  return reason.replace(/, within /, ', dans les ').replace(/, longer than /, ', plus long que ')
}
