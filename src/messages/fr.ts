import type { IssueParams } from '../errors.js'
import { SKIP_REASONS_FR } from './fr-io.js'
import { gotFr as got, s, strictWarning, types, type Wording } from './wording.js'

// The values a message quotes are written by describe(): quoted text, numbers and instants read the same
// in both languages; its few words are not.
const gotFr = (p: IssueParams): string => `(valeur reçue\u00a0: ${got(p)})`

const TYPES_FR: Record<string, string> = {
  string: 'du texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  object: 'un objet',
  array: 'une liste',
  date: 'une date',
  null: 'null',
}

// A band's label is written with symbols and one or two words.
const bandFr = (p: IssueParams): string => s(p, 'band').replace(' and ', ' et ').replace('any availability', 'toute disponibilité')

// How a criterion of the offer catalogue is written, as parseCriteria says it.
const TAKES_FR: Record<string, string> = {
  '=true or =false': '=true ou =false',
  '>= a whole number': '>= un nombre entier',
  '<= a duration such as PT4H, or =true / =false': '<= une durée comme PT4H, ou =true / =false',
  '>= a percentage': '>= un pourcentage',
  '<= an amount': '<= un montant',
}

// A count as a French reader writes it, thousands apart by a narrow no-break space.
const n = (p: IssueParams, key: string): string => Number(p[key]).toLocaleString('fr-FR')

const RANGE_FR = 'années 1 à 9999\u00a0: de 0000-12-31T00:00:00Z à 10000-01-02T00:00:00Z'
// What the simulation's options are, in French, as its checker names them in English.
const SIM_FR: Record<string, string> = {
  'an object { pending, gap, maxGap? }': 'un objet { pending, gap, maxGap? }',
  'an object { resultType, result }': 'un objet { resultType, result }',
  'a fixed duration model': 'un modèle de durée fixe',
  'an exponential duration model': 'un modèle de durée exponentiel',
  'a log-normal duration model': 'un modèle de durée log-normal',
  'an empirical duration model': 'un modèle de durée empirique',
  'an option of a fixed duration model': "une option d’un modèle de durée fixe",
  'an option of a exponential duration model': "une option d’un modèle de durée exponentiel",
  'an option of a log-normal duration model': "une option d’un modèle de durée log-normal",
  'an option of a empirical duration model': "une option d’un modèle de durée empirique",
  'an option of correlated events': "une option des événements corrélés",
  'an option of the incident model': "une option du modèle d’incidents",
  'an incident model { rate, duration, outsideBusinessHours?, correlated? }': "un modèle d’incidents { rate, duration, outsideBusinessHours?, correlated? }",
  'an option of the intervention model': "une option du modèle d’intervention",
  'a simulation option': 'une option de simulation',
  'simulation options { offer, clients, incidents, … }': 'des options de simulation { offer, clients, incidents, … }',
}
// What a renderer takes, by what it is in English, with the French agreement of "renvoyé par".
const BUILT_FR: Record<string, string> = {
  'a list': 'une liste renvoyée par',
  'the list': 'la liste renvoyée par',
  'a budget': 'un budget renvoyé par',
  'a comparison': 'une comparaison renvoyée par',
  figures: 'les chiffres renvoyés par',
  'a statement': 'un relevé renvoyé par',
  'a result': 'un résultat renvoyé par',
}
const foundFr = (p: IssueParams): string => `${s(p, 'found') || 'aucune'}${Number(p.more) > 0 ? `, et ${s(p, 'more')} autres` : ''}`

const SIZE_FR: Record<string, string> = { string: 'caractères', file: 'octets', array: 'éléments', set: 'éléments', map: 'entrées' }

/** A check the schemas do not word themselves (zod's own, code `zod`), from its figures. */
function zodFr(p: IssueParams): string {
  switch (p.zod) {
    case 'too_big':
    case 'too_small': {
      const big = p.zod === 'too_big'
      const bound = s(p, big ? 'maximum' : 'minimum')
      const unit = SIZE_FR[s(p, 'origin')]
      const inclusive = p.inclusive === 'true'
      if (unit) return `doit avoir ${p.exact === 'true' ? 'exactement' : big ? (inclusive ? 'au plus' : 'moins de') : inclusive ? 'au moins' : 'plus de'} ${bound} ${unit}`
      return p.exact === 'true' ? `doit valoir exactement ${bound}` : `doit valoir ${big ? (inclusive ? 'au plus' : 'moins de') : inclusive ? 'au moins' : 'plus de'} ${bound}`
    }
    case 'invalid_format':
      if (p.format === 'starts_with') return `doit commencer par "${s(p, 'prefix')}"`
      if (p.format === 'ends_with') return `doit finir par "${s(p, 'suffix')}"`
      if (p.format === 'includes') return `doit contenir "${s(p, 'includes')}"`
      if (p.format === 'regex') return `doit suivre le motif ${s(p, 'pattern')}`
      return `n’a pas le format attendu (${s(p, 'format')})`
    case 'not_multiple_of':
      return `doit être un multiple de ${s(p, 'divisor')}`
    case 'invalid_key':
      return 'a une clé invalide'
    case 'invalid_element':
      return 'a une valeur invalide'
    default:
      return 'n’est pas valide'
  }
}

/** Every code an `InputIssue` can carry (but `invalid`), worded in French. */
export const FRENCH: Readonly<Record<string, Wording>> = {
  required: () => 'est obligatoire',
  type: (p) => `doit être ${types(p, TYPES_FR, ' ou ')} ${gotFr(p)}`,
  'one-of': (p) => `doit être l’une des valeurs ${s(p, 'options')} ${gotFr(p)}`,
  exactly: (p) => `doit valoir ${s(p, 'value')} ${gotFr(p)}`,
  'not-valid': (p) => `n’est pas valide ${gotFr(p)}`,
  'unknown-keys': (p) => (p.count === 1 ? `a une clé inconnue ${s(p, 'keys')}` : `a des clés inconnues ${s(p, 'keys')}`),
  'decimal-comma': (p) =>
      `${p.count === 1 ? 'a une clé inconnue' : 'a des clés inconnues'} ${s(p, 'keys')}\u00a0: en YAML, un nombre écrit avec une virgule décimale, comme ${s(p, 'written')}, est coupé en deux\u00a0; écrivez ${s(p, 'dotted')} ou "${s(p, 'written')}"`,
  'too-few': (p) => `doit avoir au moins ${s(p, 'minimum')} élément${p.minimum === 1 ? '' : 's'}`,
  'plain-object': (p) => `doit être un objet simple ${gotFr(p)}`,
  'month-text': (p) => `doit être un mois AAAA-MM ${gotFr(p)}`,
  instant: (p) => `doit être un instant ISO 8601 avec son décalage horaire, comme "2026-03-02T10:00:00Z" ${gotFr(p)}`,
  'instant-type': (p) => `doit être une Date ou un instant ISO 8601 avec son décalage horaire ${gotFr(p)}`,
  'instant-range': (p) => `est hors limites\u00a0: les instants sont acceptés des ${RANGE_FR} ${gotFr(p)}`,
  'invalid-date': () => 'est une Date invalide',
  'epoch-ms': (p) => `doit être un nombre entier de millisecondes depuis 1970 ${gotFr(p)}`,
  'time-zone': (p) => `doit être un fuseau horaire IANA comme "Europe/Paris" ou "UTC" ${gotFr(p)}`,
  duration: (p) => `doit être une durée ISO 8601 comme "PT4H" ou "PT43M12S" ${gotFr(p)}`,
  'duration-calendar': (p) => `doit être une durée ISO 8601 comme "PT4H" ou "PT43M12S" (les années et les mois n’ont pas de durée fixe\u00a0: comptez en jours ou en heures) ${gotFr(p)}`,
  'duration-type': (p) => `doit être une durée ISO 8601 comme "PT4H" ${gotFr(p)}`,
  'duration-ms': (p) => `doit être un nombre entier de millisecondes, positif ou nul ${gotFr(p)}`,
  'duration-length': (p) => `doit être une durée ISO 8601 d’au plus ${s(p, 'max')} caractères, comme "PT4H" (${s(p, 'length')} caractères reçus)`,
  'duration-fraction': (p) => `doit faire un nombre entier de millisecondes ${gotFr(p)}`,
  'duration-too-long': (p) => `est trop longue ${gotFr(p)}`,
  year: (p) => `doit être une année entière de 1 à 9999 ${gotFr(p)}`,
  month: (p) => `doit être un mois entier de 1 à 12 ${gotFr(p)}`,
  quarter: (p) => `doit valoir 1, 2, 3 ou 4 ${gotFr(p)}`,
  'period-text': (p) => `doit s’écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) ${gotFr(p)}`,
  'period-object': (p) => `doit être une période { start, end } comme celle que renvoie monthPeriod() ${gotFr(p)}`,
  'period-order': (p) => `doit finir après son début (${s(p, 'start')} à ${s(p, 'end')})`,
  'period-empty': (p) => `doit finir après son début (${s(p, 'start')} à ${s(p, 'end')})\u00a0: une période de durée nulle n’a pas de disponibilité`,
  decimal: (p) => `doit être un nombre décimal\u00a0: écrivez 99.5 ou "99,5" ${gotFr(p)}`,
  'decimal-finite': () => 'doit être un nombre décimal fini',
  'number-finite': (p) => `doit être un nombre fini ${gotFr(p)}`,
  percentage: (p) => `doit être un pourcentage de 0 à 100 ${gotFr(p)}`,
  'not-negative': (p) => `ne doit pas être négatif ${gotFr(p)}`,
  'zero-duration': () => 'doit durer plus que zéro',
  weight: (p) => `doit être compris entre 0 et 1 ${gotFr(p)}`,
  'weight-decimals': (p) => `peut avoir au plus ${s(p, 'max')} décimales ${gotFr(p)}`,
  scale: (p) => `doit être un nombre entier de décimales, de 0 à 20 ${gotFr(p)}`,
  'band-two-lower': () => "a à la fois atLeast et above\u00a0: une tranche n’a qu’une borne basse",
  'band-two-upper': () => "a à la fois below et atMost\u00a0: une tranche n’a qu’une borne haute",
  'band-empty': (p) => `est vide\u00a0: aucune disponibilité ne vérifie ${bandFr(p)}`,
  'band-none-below': (p) =>
      `laisse la disponibilité sous ${s(p, 'below')} % sans tranche\u00a0: le crédit baisserait quand la disponibilité baisse\u00a0; ajoutez une tranche { below: "${s(p, 'below')}" }`,
  'band-overlap': (p) => `chevauche la tranche ${s(p, 'index')} (${bandFr(p)})`,
  'band-overlap-open': (p) => `chevauche la tranche ${s(p, 'index')} (${bandFr(p)}), qui n’a pas de borne haute`,
  'band-gap': (p) => `laisse un trou après la tranche ${s(p, 'index')} (${bandFr(p)})\u00a0: aucune tranche ne couvre la disponibilité de ${s(p, 'from')} à ${s(p, 'to')}`,
  'band-credit-falls': (p) => `dépasse le crédit de la tranche ${s(p, 'index')} (${bandFr(p)})\u00a0: le crédit ne doit pas baisser quand la disponibilité baisse`,
  'allowance-with-beyond': () => "ne peut pas être donné avec beyond\u00a0: la franchise est soit une durée, soit ce qu’autorise un objectif de disponibilité",
  'once-exceeded-alone': () => "demande beyond ou allowance\u00a0: sans eux, il n’y a pas de franchise à dépasser",
  'availability-object': () =>
      "doit être un rapport de measureAvailability ou de monthlyStatement, ou un pourcentage comme \"99.5\" (valeur reçue\u00a0: un objet que la bibliothèque n’a pas construit)",
  'availability-report': () => "doit être un rapport de measureAvailability\u00a0: un crédit par durée a besoin de la durée d’indisponibilité, pas seulement d’un pourcentage",
  'availability-hours': () => "doit être un rapport de measureAvailability\u00a0: une remise horaire a besoin de savoir dans quelles heures d’horloge l’indisponibilité est tombée, pas seulement d’un pourcentage",
  'hour-or-more': (p) => `doit durer moins d’une heure ${gotFr(p)}`,
  money: (p) => `doit être { amount, currency }, comme { amount: "9.99", currency: "EUR" } ${gotFr(p)}`,
  currency: (p) => `doit être un code de devise ISO 4217 comme "EUR" ${gotFr(p)}`,
  'currency-code': (p) => `doit être un code ISO 4217 comme "USD" ${gotFr(p)}`,
  'currency-scale': (p) => `n’est pas une devise ISO 4217 avec une sous-unité ${gotFr(p)}\u00a0; donnez l’option scale pour y arrondir les montants`,
  'incident-list': (p) => `doit être une liste d’incidents ${gotFr(p)}`,
  'incident-object': (p) => `doit être un incident { start, end, … } ${gotFr(p)}`,
  'before-start': (p) => `est avant le début (${s(p, 'start')})`,
  'open-needs-asof': () => "manque\u00a0: un incident encore ouvert ne se mesure qu’avec un instant asOf",
  'after-asof': (p) => `est après asOf (${s(p, 'asOf')})\u00a0: un incident encore ouvert ne peut pas commencer dans le futur`,
  'no-clock-start': (p) =>
    `n’a ni heure de signalement ni heure de détection (colonnes « signalé » ou reportedAt, « détecté » ou detectedAt)\u00a0: le délai de sa ${s(p, 'guarantee')} ne peut pas démarrer`,
  'element-list': (p) => `doit être une liste non vide de noms d’éléments, ou être absent pour viser tous les éléments ${gotFr(p)}`,
  'elements-empty': () => 'doit nommer au moins un élément, ou être absent pour viser tous les éléments (liste vide reçue)',
  'incident-id': (p) => `doit être un texte ou un nombre ${gotFr(p)}`,
  'hours-range': (p) => `doit être une plage d’heures locales HH:MM-HH:MM comme "09:00-18:00" ${gotFr(p)}`,
  'hours-start': (p) => `commence à ${s(p, 'time')}, qui n’est pas une heure de la journée (00:00 à 23:59)`,
  'hours-end': (p) => `finit à ${s(p, 'time')}, qui n’est pas une heure de la journée (00:01 à 24:00)`,
  'hours-order': (p) =>
    `doit commencer avant de finir ${gotFr(p)}\u00a0; coupez une plage qui passe minuit sur deux jours, la première finissant à 24:00`,
  'hours-week': (p) => `doit donner les heures de chaque jour, comme { mon: ['09:00-18:00'] } ${gotFr(p)}`,
  'hours-day': (p) => `n’est pas un jour\u00a0; utilisez ${s(p, 'days')}`,
  'hours-ranges': (p) => `doit être une plage "09:00-18:00" ou une liste de plages ${gotFr(p)}`,
  'hours-overlap': (p) => `chevauche ${s(p, 'range')}`,
  'hours-none': () => "ne couvre aucun moment\u00a0: l’horloge ne tournerait jamais (utilisez '24/7' pour une couverture permanente)",
  'running-required': () =>
    "est requis\u00a0: la fenêtre de l’engagement ne compte le temps que tant qu’assez d’éléments fonctionnent, indiquez donc quand chacun a fonctionné",
  'running-shape': () => 'doit associer à chaque élément ses périodes de fonctionnement, comme { "vm-1": [{ start, end }] }',
  'running-list': () => 'doit être une liste de périodes de fonctionnement { start, end }',
  'running-order': () => 'est avant son début',
  'gaps-list': (p) => `doit être une liste de trous de données { element?, start, end, countedAs } ${gotFr(p)}`,
  'gap-shape': (p) => `doit être un trou de données { element?, start, end, countedAs } ${gotFr(p)}`,
  calendar: (p) => `doit être '24/7' ou des options de calendrier { timeZone, hours, holidays?, closed? } ${gotFr(p)}`,
  'calendar-key': () => "n’est pas une option de calendrier (timeZone, hours, holidays, closed)",
  'calendar-zone': () => 'est obligatoire\u00a0: le fuseau horaire IANA dans lequel on lit les heures, comme "Europe/Paris"',
  dates: (p) => `doit être une liste de dates AAAA-MM-JJ ${gotFr(p)}`,
  date: (p) => `doit être une date AAAA-MM-JJ comme "2026-12-24" ${gotFr(p)}`,
  holidays: (p) => `doit être "FR", "FR-alsace-moselle", une date AAAA-MM-JJ ou une fonction (année) => dates ${gotFr(p)}`,
  'month-or-period': () => 'donnez soit month, soit period, pas les deux',
  'statement-month': (p) => `doit être un mois écrit AAAA-MM, par exemple '2026-03' ${gotFr(p)}`,
  'period-required': () => "est obligatoire\u00a0: donnez une période, ou un mois comme '2026-03'",
  'billed-list': () => 'doit être une liste de { id, fee }',
  'billed-element': () => 'doit être { id, fee }',
  'element-name': () => "doit être un nom d’élément non vide",
  'element-repeated': (p) => `répète l’élément "${s(p, 'element')}" (elements[${s(p, 'index')}])`,
  text: (p) => `doit être un texte non vide ${gotFr(p)}`,
  'in-service-order': (p) => `doit venir après from (from ${s(p, 'from')}, until ${s(p, 'until')})`,
  'in-service-outside': (p) => `n’était pas en service pendant la période (from ${s(p, 'from')}, until ${s(p, 'until')})\u00a0: retirez-le de la liste`,
  unbilled: (p) => `doit valoir warn ou ignore ${gotFr(p)}`,
  'offers-empty': () => "doit être une liste d’offres non vide",
  'offers-list': () => "doit être une liste d’offres",
  negative: () => 'ne doit pas être négatif',
  'no-service': (p) => `n’a pas de service "${s(p, 'service')}"`,
  'loss-currency': (p) => `est en ${s(p, 'currency')} alors que l’offre "${s(p, 'offer')}" est tarifée en ${s(p, 'priced')}`,
  'criterion-form': (p) => `doit s’écrire champ=valeur, champ<=valeur ou champ>=valeur ${gotFr(p)}`,
  'criterion-value': (p) => `${s(p, 'field')} s’écrit ${TAKES_FR[s(p, 'takes')] ?? s(p, 'takes')} ${gotFr(p)}`,
  'criterion-field': (p) =>
    `a un champ inconnu "${s(p, 'field')}"\u00a0: utilisez structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target ou fee`,
  'composite-depth': (p) => `imbrique series et parallel sur plus de ${s(p, 'max')} niveaux`,
  'components-empty': () => 'doit être une liste non vide de composants',
  'component-hole': () => 'manque\u00a0: une liste de composants ne peut pas avoir de trou',
  composite: (p) => `doit être un nom d’élément, { series: [...] } ou { parallel: [...] } ${gotFr(p)}`,
  'report-options': (p) => `doit être { format, lang?, timeZone?, color? } ${gotFr(p)}`,
  'report-zone': (p) => `doit être un fuseau horaire IANA comme "Europe/Paris" ${gotFr(p)}`,
  'report-width': (p) => `doit être un nombre entier de colonnes ${gotFr(p)}`,
  preset: () => 'doit être un modèle avec id, name et source',
  'preset-list': () => 'doit être une liste de modèles',
  'desk-priority': (p) => `doit être un nom de priorité comme "P1" ${gotFr(p)}`,
  'desk-client': (p) => `doit être le nom ou l’identifiant d’un client ${gotFr(p)}`,
  'desk-history': (p) => `doit être une liste de { at, status } ${gotFr(p)}`,
  'desk-event': (p) => `doit être { at, status } ${gotFr(p)}`,
  'desk-status': (p) => `doit être un nom de statut comme "waiting-customer" ${gotFr(p)}`,
  'desk-event-key': () => "n’est pas un champ d’un changement de statut (at, status)",
  'desk-waiting': (p) => `doit être une liste de { start, end, reason } ${gotFr(p)}`,
  'desk-wait': (p) => `doit être { start, end, reason } ${gotFr(p)}`,
  'desk-reason': (p) => `doit être un motif comme "waiting-customer" ${gotFr(p)}`,
  'desk-wait-key': () => "n’est pas un champ d’une attente (start, end, reason)",
  'wait-order': () => 'est avant le début',
  'offer-service': (p) => `n’est pas un service de l’offre ${gotFr(p)}\u00a0; services connus\u00a0: ${s(p, 'known')}`,
  'client-months': (p) =>
    `× mois × clients doit faire au plus ${n(p, 'max')} mois-clients, environ une minute de calcul (valeur reçue\u00a0: ${n(p, 'trials')} × ${s(p, 'months')} × ${n(p, 'clients')})\u00a0: moins d’essais donnent les mêmes chiffres avec des intervalles plus larges`,
  'none-counted': (p) =>
    `ne contient aucun incident que l’engagement compte (causes exclues\u00a0: ${causesFr(s(p, 'excluded')) || 'aucune'}\u00a0; impacts de poids 0 laissés de côté)`,
  'header-long': (p) => `fait plus de ${n(p, 'max')} caractères\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin"`,
  'header-wide': (p) => `a plus de ${s(p, 'max')} colonnes (lues avec le séparateur ${s(p, 'delimiter')})\u00a0; un fichier d’incidents en a une douzaine`,
  'csv-quote-not-closed': () =>
    'un champ entre guillemets n’est jamais fermé\u00a0: la suite du fichier ne peut pas être lue (fermez le guillemet, ou doublez un guillemet à l’intérieur d’un champ entre guillemets\u00a0: "")',
  'built-by': (p) => `doit être ${BUILT_FR[s(p, 'what')] ?? s(p, 'what')} ${s(p, 'by')}`,
  'fr-or-en': (p) => `doit être fr ou en ${gotFr(p)}`,
  'whole-from': (p) => `doit être un nombre entier à partir de ${s(p, 'min')} ${gotFr(p)}`,
  'date-format': (p) => `doit être un format date-fns comme "dd/MM/yyyy HH:mm" ${gotFr(p)}`,
  'date-format-year': (p) => `utilise ${s(p, 'slip')} (l’année de la numérotation des semaines)\u00a0: écrivez ${s(p, 'fix')} pour l’année civile ${gotFr(p)}`,
  'date-format-day': (p) => `utilise ${s(p, 'slip')} (le jour de l’année)\u00a0: écrivez ${s(p, 'fix')} pour le jour du mois ${gotFr(p)}`,
  'date-format-invalid': () => "n’est pas un format date-fns valide (voir https://date-fns.org/docs/parse)",
  'zone-with-format': () => 'est obligatoire avec dateFormat\u00a0: une heure locale ne dit rien sans son fuseau (par exemple "Europe/Paris")',
  'incident-document': (p) => `doit être une liste d’incidents, ou un objet { incidents: [...] } ${gotFr(p)}`,
  'incident-document-keys': (p) => `doit être une liste d’incidents, ou un objet { incidents: [...] } (valeur reçue\u00a0: un objet de clés ${s(p, 'keys') || 'aucune'})`,
  'desk-zone': (p) =>
    `est obligatoire\u00a0: ${s(p, 'desk') === 'GLPI' ? 'GLPI écrit ses dates' : "l’export écrit des dates locales"} sans leur fuseau (par exemple "Europe/Paris"\u00a0; en ligne de commande\u00a0: --dates-time-zone Europe/Paris)`,
  'number-min': (p) => `doit valoir au moins ${s(p, 'bound')} ${gotFr(p)}`,
  'number-above': (p) => `doit valoir plus de ${s(p, 'bound')} ${gotFr(p)}`,
  'number-max': (p) => `doit valoir au plus ${s(p, 'bound')} ${gotFr(p)}`,
  'skipped-list': (p) => `doit être la liste des lignes qu’un lecteur a écartées ${gotFr(p)}`,
  'skipped-row': (p) => `doit être une ligne écartée par un lecteur, avec sa raison ${gotFr(p)}`,
  zod: zodFr,
  'clock-time': (p) => `doit être une heure locale HH:MM comme "09:00" ${gotFr(p)}`,
  'text-long': (p) => `doit faire au plus ${s(p, 'max')} caractères (valeur reçue\u00a0: ${s(p, 'length')} caractères)`,
  'sim-object': (p) => `doit être ${SIM_FR[s(p, 'expected')] ?? s(p, 'expected')} ${gotFr(p)}`,
  'sim-key': (p) => `n’est pas ${SIM_FR[s(p, 'what')] ?? s(p, 'what')} (options connues\u00a0: ${s(p, 'known')})`,
  // A year is written without a space (1971), larger figures grouped by three (1 000 000).
  'whole-range': (p) => `doit être un nombre entier de ${Number(p.min) < 10_000 ? s(p, 'min') : n(p, 'min')} à ${Number(p.max) < 10_000 ? s(p, 'max') : n(p, 'max')} ${gotFr(p)}`,
  'sigma-range': (p) => `doit être un nombre de 0 à 10, l’écart type du logarithme des durées ${gotFr(p)}`,
  'one-of-two': (p) => `demande soit ${s(p, 'first')} soit ${s(p, 'second')} (l’un des deux)`,
  'durations-list': (p) => `doit être une liste de durées non vide ${gotFr(p)}`,
  'duration-model': (p) => `doit être un modèle de durées { type: '${s(p, 'types')}', … } ${gotFr(p)}`,
  'rate-range': (p) => `doit être un nombre d’incidents par mois de 0 à ${s(p, 'max')} ${gotFr(p)}`,
  'share-range': (p) => `doit être une part de 0 à 1 ${gotFr(p)}`,
  function: (p) => `doit être une fonction ${gotFr(p)}`,
  'simulated-months': (p) =>
    `× mois doit faire au plus ${n(p, 'max')} mois simulés (valeur reçue\u00a0: ${s(p, 'trials')} × ${s(p, 'months')})\u00a0: le total de chaque mois est gardé pour les quantiles`,
  'header-columns': (p) => `a ${s(p, 'count')} colonnes (lues avec le séparateur ${s(p, 'delimiter')})\u00a0; un fichier d’incidents en a au plus ${s(p, 'max')}`,
  'header-mapped': (p) =>
    `n’a pas de colonne ${s(p, 'name')}, que nomme l’option columns.${s(p, 'column')} (en ligne de commande\u00a0: --columns ${s(p, 'column')}=…)\u00a0; colonnes trouvées\u00a0: ${foundFr(p)}`,
  'header-repeat': (p) => `répète la colonne "${s(p, 'column')}" (déjà en colonne ${s(p, 'first')})`,
  'header-near': (p) =>
    `${s(p, 'name')} n’est pas une colonne\u00a0; vouliez-vous dire "${s(p, 'near')}"\u00a0? (colonnes connues\u00a0: ${s(p, 'known')}, ou leurs noms français\u00a0; l’option columns, en ligne de commande --columns, en associe d’autres)`,
  'header-no-start': (p) =>
    `n’a pas de colonne "start" (colonnes trouvées\u00a0: ${foundFr(p)})\u00a0: nommez «\u00a0début\u00a0» ou «\u00a0start\u00a0» la colonne où commencent les incidents, ou associez-la avec l’option columns, par exemple { start: 'Ouverture' } (en ligne de commande\u00a0: --columns start=Ouverture)`,
  'header-one-column': (p) =>
    `n’a pas de colonne "start" (lue avec le séparateur ${s(p, 'delimiter')}, une seule colonne\u00a0: ${foundFr(p)})\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin;éléments;impact"\u00a0; les séparateurs reconnus sont la virgule, le point-virgule, la tabulation et la barre verticale, et l’option delimiter en donne un autre`,
  'header-missing': (p) =>
    `manque\u00a0: le fichier n’a pas de ligne d’en-tête${Number(p.quote) > 0 ? " (un champ entre guillemets n’y est jamais fermé)" : ''}\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin"`,
  'clients-no-element': (p) =>
    `n’a pas de colonne "element" (colonnes\u00a0: ${s(p, 'found') || 'aucune'})\u00a0; la première ligne nomme les colonnes, par exemple "element;fee;currency;service;name"`,
  'header-no-column': (p) => `n’a pas de colonne ${s(p, 'names').split('|').join(' ni ')} (colonnes\u00a0: ${s(p, 'found') || 'aucune'})`,
  'asof-required': () => 'est obligatoire\u00a0: l’instant auquel les incidents ouverts sont vus',
  'escalation-list': (p) => `doit être une liste de { level, before?, after? } ${gotFr(p)}`,
  escalation: (p) => `doit être { level, before?, after? } avec un nom de niveau ${gotFr(p)}`,
  'after-with-before': () => 'ne peut pas être donné avec before',
  'service-repeat': (p) => `répète le service "${s(p, 'service')}"`,
  'scenario-list': () => 'doit être une liste de scénarios',
  'never-covered': (p) => `n’a aucun temps couvert dans l’année qui suit ${s(p, 'after')}\u00a0: vérifiez ses horaires et ses jours fermés`,
  'deadline-range': (p) => `mène au-delà du dernier instant accepté (${s(p, 'max')}, la fin de l’année 9999)`,
  'rule-array': (p) => `doit renvoyer une liste de dates pour l’année ${s(p, 'year')} ${gotFr(p)}`,
  'rule-date': (p) => `a renvoyé ${got(p)} pour l’année ${s(p, 'year')} à l’indice ${s(p, 'index')}\u00a0: ce n’est pas une date AAAA-MM-JJ`,
  'rule-date-or-date': (p) => `a renvoyé ${got(p)} pour l’année ${s(p, 'year')} à l’indice ${s(p, 'index')}\u00a0: ce n’est ni une date AAAA-MM-JJ ni une Date valide`,
  'rule-year': (p) => `a renvoyé ${s(p, 'day')} pour l’année ${s(p, 'year')}\u00a0: une règle doit renvoyer des dates de l’année demandée`,
  'client-target': (p) => `doit être { within?, due?, calendar?, byPriority? } ${gotFr(p)}`,
  'client-target-none': (p) => `fixe un objectif de ${s(p, 'kind')}, que l’engagement ne prévoit pas`,
  'client-target-key': () => 'n’est pas un champ d’objectif client (within, due, calendar, byPriority)',
  'client-list': (p) => `doit être une liste de { id, name?, gti?, gtr? } ${gotFr(p)}`,
  'client-terms': (p) => `doit être { id, name?, gti?, gtr? } avec un id ${gotFr(p)}`,
  'no-business-day': (p) => `n’a aucun jour ouvré dans les trois années qui suivent ${s(p, 'after')}\u00a0: vérifiez ses horaires et ses jours fermés`,
  'no-guarantee': () => 'n’a ni GTI ni GTR à évaluer',
  'due-with-within': () => 'ne peut pas être donné avec within\u00a0: l’échéance est soit un temps couvert, soit des jours ouvrés',
  'within-required': () => 'est obligatoire\u00a0: le temps garanti, par exemple "PT4H", ou une règle d’échéance comme { businessDays: 2 }',
  'period-too-long': (p) => `est trop longue pour être mesurée exactement avec des poids à ${s(p, 'decimals')} décimales\u00a0: prenez des poids avec moins de décimales ou une période plus courte`,
  'ms-finite': (p) => `doit être un nombre fini de millisecondes ${gotFr(p)}`,
  'holiday-region': (p) => `doit être "metropolitan" ou "alsace-moselle" ${gotFr(p)}`,
  'date-ms': (p) => `doit être un nombre de millisecondes depuis 1970 qu’une Date peut contenir ${gotFr(p)}`,
  'credit-sums': (p) => `× mois × le plus grand crédit (${s(p, 'minor')} unités mineures) dépasse 2^53\u00a0: les sommes des crédits ne seraient pas exactes`,
  'preset-unknown': (p) => `n’est pas un modèle connu ${gotFr(p)}\u00a0; modèles connus\u00a0: ${s(p, 'known')}`,
  'hb-pending': (p) => `est obligatoire\u00a0: "down" ou "up" ${gotFr(p)}`,
  'element-text': (p) => `doit être un nom d’élément non vide ${gotFr(p)}`,
  'years-range': () => 'est hors des dates possibles (années 0000 à 9999)',
  'hb-list': (p) => `doit être une liste de battements ${gotFr(p)}`,
  'hb-source': (p) => `doit être une liste de battements, { heartbeats: [...] } ou { heartbeatList: { "<monitor>": [...] } } ${gotFr(p)}`,
  'hb-earliest': (p) =>
    `vaut ${s(p, 'time')}, avant l’option earliest (${s(p, 'earliest')})\u00a0: des secondes données pour des millisecondes, ou un autre champ\u00a0? Changez earliest pour lire des battements plus anciens`,
  'hb-after-asof': (p) => `est après l’option asOf (${s(p, 'asOf')}), la fin des données`,
  'number-or-string': (p) => `doit être un nombre ou un texte ${gotFr(p)}`,
  'positive-duration': (p) => `doit être une durée positive ${gotFr(p)}`,
  'prom-label-name': (p) => `doit être un nom d’étiquette comme "instance" ${gotFr(p)}`,
  'prom-response': (p) => `doit être une réponse de l’API Prometheus { status, data } ${gotFr(p)}`,
  'prom-status': (p) => `vaut ${got(p)} au lieu de "success"${s(p, 'error') ? `\u00a0: ${s(p, 'error')}` : ''}`,
  'prom-matrix': (p) => `doit valoir "matrix", le résultat d’une requête d’intervalle (query_range), et non ${got(p)}`,
  'prom-result': (p) => `doit être une liste de séries ${gotFr(p)}`,
  'either-value': (p) => `doit valoir ${s(p, 'first')} ou ${s(p, 'second')} ${gotFr(p)}`,
  'sp-mapping': (p) => `doit être un objet qui associe à chaque statut { impact, cause } ou null ${gotFr(p)}`,
  'sp-mapping-entry': (p) => `doit être null ou { impact: ${s(p, 'impacts')}, cause?: ${s(p, 'causes')} } ${gotFr(p)}`,
  'sp-document': (p) =>
    `doit être un incidents.json de Statuspage\u00a0: { incidents: [...] }, { scheduled_maintenances: [...] } ou une liste d’incidents ${p.keys === undefined ? gotFr(p) : `(valeur reçue\u00a0: un objet de clés ${s(p, 'keys') || 'aucune'})`}`,
  'csv-delimiter': (p) => `doit être un texte non vide, sans guillemet ni saut de ligne, par exemple ";" ${gotFr(p)}`,
  'csv-columns': (p) => `doit être un objet comme { start: 'début', end: 'fin' } ${gotFr(p)}`,
  'csv-column-key': (p) => `n’est pas une colonne\u00a0; les colonnes sont ${s(p, 'columns')}`,
  'csv-column-name': (p) => `doit être le nom d’une colonne de l’en-tête, par exemple "début" ${gotFr(p)}`,
  'csv-column-same': (p) => `nomme la même colonne de l’en-tête que columns.${s(p, 'other')} (${s(p, 'name')})`,
  'csv-input': (p) => `doit être un texte CSV ou des octets ${gotFr(p)}`,
  'csv-encoding': (p) => `doit valoir "auto", "utf-8" ou "windows-1252" (qui lit aussi le Latin-1) ${gotFr(p)}`,
  'csv-not-utf8': (p) =>
    p.since === undefined
      ? `contient un octet qui n’est pas de l’UTF-8 (${s(p, 'byte')}), alors que l’option encoding: 'utf-8' n’en admet pas d’autre\u00a0: donnez encoding: 'windows-1252' si le fichier est en Windows-1252, ou 'auto' pour laisser le lecteur choisir`
      : `contient un octet qui n’est pas de l’UTF-8 (${s(p, 'byte')}), dans un fichier lu en UTF-8 depuis son premier caractère hors ASCII (ligne ${s(p, 'since')})\u00a0: donnez encoding: 'windows-1252' si le fichier est en Windows-1252, ou enregistrez-le entièrement en UTF-8`,
  'client-document': (p) => `doit être une liste de clients, ou un objet { clients: [...] } ${gotFr(p)}`,
  'client-list-text': (p) => `doit être le texte d’une liste de clients ${gotFr(p)}`,
  'client-format': (p) => `doit valoir csv, json ou yaml ${gotFr(p)}`,
  'currency-eur': (p) => `doit être un code ISO 4217 comme EUR ${gotFr(p)}`,
  'gap-required': (p) => `est obligatoire\u00a0: dites comment compter le temps sans données (${s(p, 'options')})`,
  'csv-text': (p) => `doit être le texte CSV ${gotFr(p)}`,
  'glpi-list': (p) => `doit être une liste de tickets ou une réponse de recherche { data: [...] } ${gotFr(p)}`,
  'hb-status': (p) => `doit valoir 0 (en panne), 1 (en service), 2 (en attente) ou 3 (en maintenance), ou leur nom ${gotFr(p)}`,
  'json-text': (p) => `doit être un texte JSON ${gotFr(p)}`,
  'json-syntax': (p) =>
    `n’est pas du JSON valide${p.line !== undefined ? ` à la ligne ${s(p, 'line')}, colonne ${s(p, 'column')}` : ''}\u00a0: ${(JSON_SLIPS_FR[s(p, 'slip')] ?? jsonSlipOther)(p)}`,
  'yaml-text': (p) => `doit être un texte YAML ${gotFr(p)}`,
  'yaml-syntax': (p) => `ligne ${s(p, 'line')}, colonne ${s(p, 'column')}\u00a0: ${YAML_SLIPS_FR[s(p, 'slip')] ?? YAML_SLIPS_FR.other}`,
  'yaml-alias': (p) =>
    p.alias !== undefined
      ? `l’alias *${s(p, 'alias')} renvoie à une ancre &${s(p, 'alias')} qui n’est pas définie avant lui\u00a0: définissez l’ancre plus haut, ou mettez entre guillemets une valeur qui commence par *`
      : p.slip === 'count'
        ? `le document développe plus de ${s(p, 'max')} alias (*nom)\u00a0: écrivez les valeurs répétées en entier plutôt que par alias`
        : `un alias (*nom) ne peut pas être développé (au plus ${s(p, 'max')} alias le sont)\u00a0: écrivez la valeur en entier`,
  'yaml-split-number': (p) =>
    `ligne ${s(p, 'line')}, colonne ${s(p, 'column')}\u00a0: en YAML, un nombre écrit avec une virgule décimale entre { }, ici ${s(p, 'written')}, est coupé en deux (le nombre ${s(p, 'before')} et une clé ${s(p, 'after')})\u00a0; écrivez ${s(p, 'before')}.${s(p, 'after')} ou "${s(p, 'written')}"`,
  'spreadsheet-input': (p) => `doit être le contenu (les octets) d’un fichier de tableur ${gotFr(p)}`,
  'spreadsheet-sheet-name': (p) => `doit être le nom d’une feuille ${gotFr(p)}`,
  'spreadsheet-binary': () =>
    'est un fichier Excel à l’ancien format binaire (.xls), ou protégé par un mot de passe, qui ne peut pas être lu\u00a0: enregistrez-le au format .xlsx, .ods ou CSV, sans mot de passe',
  'spreadsheet-kind': (p) =>
    p.zip === 'yes'
      ? `est une archive ZIP mais pas un tableur (.ods ou .xlsx)${s(p, 'kind') ? ` (${s(p, 'kind')})` : ''}`
      : 'n’est pas un fichier de tableur (.ods ou .xlsx)',
  'spreadsheet-password': () => 'est protégé par un mot de passe, que le lecteur ne peut pas ouvrir\u00a0: enregistrez-en une copie sans mot de passe, ou au format CSV',
  'spreadsheet-damaged': (p) =>
    p.why === 'missing'
      ? `est endommagé\u00a0: sa partie ${s(p, 'part')} manque`
      : p.why === 'xml'
        ? `est endommagé\u00a0: sa partie ${s(p, 'part')} n’est pas du XML bien formé (${s(p, 'detail')})`
        : `est une archive endommagée (${s(p, 'detail')})`,
  'spreadsheet-no-sheet': () => 'ne contient aucune feuille',
  'spreadsheet-sheet': (p) => `${s(p, 'sheet')} n’est pas une feuille du fichier (ses feuilles\u00a0: ${s(p, 'sheets')})`,
  'spreadsheet-size': (p) =>
    p.cells !== undefined
      ? `contient plus de ${n(p, 'cells')} cellules\u00a0: enregistrez la feuille au format CSV`
      : `est trop grand pour être lu (sa partie ${s(p, 'part')} dépasse ${n(p, 'max')} octets)\u00a0: enregistrez la feuille au format CSV`,
  'csv-source': (p) => `doit être un texte CSV, des octets ou un itérable de morceaux ${gotFr(p)}`,
  'csv-chunk': (p) => `doit être du texte ou des octets ${gotFr(p)}`,
  'csv-record-long': (p) =>
    `fait plus de ${n(p, 'max')} octets, le plus qu’une ligne CSV puisse contenir\u00a0: une liste de clients a une ligne courte par client (est-ce le bon fichier\u00a0?)`,
  'strict-skipped-row': (p) => {
    const w = strictWarning(p)
    const wording = w.code === undefined ? undefined : SKIP_REASONS_FR[w.code]
    return `ligne écartée\u00a0: ${wording ? wording(w.params ?? {}) : (w.reason ?? '')}`
  },
  'strict-not-evaluable': (p) => {
    const w = strictWarning(p)
    return `${w.id !== undefined ? `l’incident «\u00a0${w.id}\u00a0» ` : ''}n’a ni heure de signalement (reportedAt) ni heure de détection (detectedAt)\u00a0: sa ${(w.guarantee ?? '').toUpperCase()} ne peut pas être évaluée`
  },
  'strict-unknown-element': (p) => {
    const w = strictWarning(p)
    const incidents = w.incidents ?? []
    const one = incidents[0]
    const named =
      incidents.length === 1 && one
        ? one.id !== undefined
          ? `l’incident «\u00a0${one.id}\u00a0»`
          : `incidents[${one.index}]`
        : `${incidents.length} incidents (${fewFr(incidents.map((x) => (x.id !== undefined ? `«\u00a0${x.id}\u00a0»` : `incidents[${x.index}]`)))})`
    return `«\u00a0${w.element ?? ''}\u00a0» est nommé par ${named} mais n’est pas facturé\u00a0: aucun crédit ne lui est compté`
  },
  'strict-assumed-fee': (p) => {
    const elements = strictWarning(p).elements ?? []
    return `${elements.length > 1 ? 'sans montant propre, facturés' : 'sans montant propre, facturé'} au prix de l’offre\u00a0: ${fewFr(elements)}`
  },
  'strict-unknown-fee': (p) => `montant inconnu, donc montant du crédit inconnu\u00a0: ${fewFr(strictWarning(p).elements ?? [])}`,
}

// The causes as the French reports name them, from the library's names a message lists ("maintenance, customer").
const CAUSES_FR: Record<string, string> = { unplanned: 'imprévu', maintenance: 'maintenance', customer: 'du fait du client', 'force-majeure': 'force majeure', 'third-party': 'tiers' }
const causesFr = (list: string): string => (list ? list.split(', ').map((c) => CAUSES_FR[c] ?? c).join(', ') : '')

/** The first five of a list a strict warning names, and how many others. */
const fewFr = (list: readonly string[]): string => {
  const others = list.length - 5
  return `${list.slice(0, 5).join(', ')}${others > 1 ? ` et ${others} autres` : others === 1 ? ' et 1 autre' : ''}`
}

// What to do about a slip in JSON, by what the reader found where the text stops being JSON (`found`).
const quoted = (p: IssueParams): string => `«\u00a0${s(p, 'found')}\u00a0»`
const JSON_SLIPS_FR: Readonly<Record<string, Wording>> = {
  empty: () => 'le texte est vide\u00a0; une liste vide s’écrit []',
  end: () => 'le texte s’arrête trop tôt\u00a0: une accolade }, un crochet ] ou un guillemet " n’est pas fermé',
  'trailing-comma': (p) => `une virgule est en trop avant ${quoted(p)}\u00a0: JSON n’en veut pas après le dernier élément, retirez-la`,
  'single-quote': () => 'les textes et les clés s’écrivent entre guillemets doubles ("…"), pas entre apostrophes',
  'decimal-comma': () => 'un nombre s’écrit avec un point en JSON\u00a0: écrivez 99.5, ou "99,5" entre guillemets',
  unquoted: (p) => `${quoted(p)} commence un texte sans guillemets\u00a0: écrivez les textes et les clés entre guillemets doubles, par exemple "start"`,
  'missing-comma': (p) => `il manque une virgule avant ${quoted(p)}`,
}
const jsonSlipOther: Wording = (p) =>
  `${p.found !== undefined ? `${quoted(p)} n’est pas à sa place ici` : 'le texte s’arrête d’être du JSON ici'}\u00a0; vérifiez les virgules, les deux-points, les guillemets et les accolades qui précèdent`

// What to do about a slip in YAML, by the kind of error the reader met.
const YAML_SLIPS_FR: Readonly<Record<string, string>> = {
  'duplicate-key': 'cette clé est déjà écrite plus haut dans le même objet\u00a0: gardez-en une seule',
  tab: 'une tabulation sert d’indentation\u00a0: YAML n’accepte que des espaces',
  indent: 'les clés d’un même objet doivent commencer à la même colonne\u00a0: alignez leur indentation (avec des espaces)',
  'open-list': 'une liste ouverte par [ n’est pas fermée par ] (ou sa suite n’est pas indentée)',
  'open-map': 'un objet ouvert par { n’est pas fermé par } (ou sa suite n’est pas indentée)',
  'open-quote': 'un guillemet ouvert plus haut n’est jamais fermé\u00a0: fermez-le',
  'missing-char': 'un caractère fermant manque\u00a0: un ], un } ou un guillemet',
  'second-colon': 'un second «\u00a0:\u00a0» sur la même ligne\u00a0: une valeur qui contient «\u00a0:\u00a0» s’écrit entre guillemets, et un objet imbriqué va à la ligne, indenté',
  'no-colon': 'une ligne sans «\u00a0:\u00a0» là où une clé est attendue\u00a0: écrivez «\u00a0clé: valeur\u00a0», avec une espace après les deux-points',
  'reserved-start': 'une valeur qui commence par @, `, % ou un autre caractère réservé s’écrit entre guillemets',
  backslash: 'entre guillemets doubles, une barre oblique inverse \\ commence un échappement\u00a0: doublez-la (\\\\) ou mettez le texte entre apostrophes',
  documents: 'le fichier contient plusieurs documents séparés par ---\u00a0: un seul est lu, retirez la ligne ---',
  unexpected: 'cette ligne n’est pas attendue ici\u00a0: vérifiez l’indentation, les «\u00a0-\u00a0» des listes et les «\u00a0:\u00a0» des clés',
  other: 'le texte n’est plus du YAML valide ici\u00a0: vérifiez l’indentation (des espaces), l’espace après chaque «\u00a0:\u00a0» et les guillemets',
}

/** What could not be done, the first line of an InputError, in French. */
export const CONTEXTS_FR: Record<string, string> = {
  'Invalid input': 'Entrée invalide',
  'Calendar never open': 'Calendrier jamais ouvert',
  'Cannot build the composite': 'Impossible de composer les éléments',
  'Cannot compare the offers': 'Impossible de comparer les offres',
  'Cannot draw up the statement': "Impossible d’établir le relevé",
  'Cannot evaluate the guarantees': "Impossible d’évaluer les garanties",
  'Cannot filter the offers': 'Impossible de filtrer les offres',
  'Cannot measure availability': 'Impossible de mesurer la disponibilité',
  'Cannot compute the credit': 'Impossible de calculer le crédit',
  'Cannot compute the downtime budget': "Impossible de calculer le budget d’indisponibilité",
  'Cannot render the catalogue': "Impossible d’écrire le catalogue",
  'Cannot render the comparison': "Impossible d’écrire la comparaison",
  'Cannot render the compliance figures': "Impossible d’écrire les chiffres de conformité",
  'Cannot render the downtime budget': "Impossible d’écrire le budget d’indisponibilité",
  'Cannot render the incidents at risk': "Impossible d’écrire les incidents à risque",
  'Cannot render the preset': "Impossible d’écrire le modèle",
  'Cannot render the presets': "Impossible d’écrire les modèles",
  'Cannot render the simulation': "Impossible d’écrire la simulation",
  'Cannot render the statement': "Impossible d’écrire le relevé",
  'Cannot read the CSV incident file': 'Impossible de lire le fichier CSV des incidents',
  'Cannot read the JSON incident list': 'Impossible de lire la liste JSON des incidents',
  'Cannot read the event log': 'Impossible de lire le journal des événements',
  'Cannot read the ServiceNow event log': 'Impossible de lire le journal des événements ServiceNow',
  'Cannot read the GLPI tickets': 'Impossible de lire les tickets GLPI',
  'Cannot read the GLPI export': 'Impossible de lire l’export GLPI',
  'Cannot read the heartbeats': 'Impossible de lire les battements',
  'Cannot draw up the statement in strict mode': 'Relevé refusé en mode strict',
  'Cannot list the incidents at risk': 'Impossible de lister les incidents à risque',
  'Cannot compute the compliance figures': 'Impossible de calculer les chiffres de conformité',
  'Cannot run the update clock': 'Impossible de calculer le délai de mise à jour',
  'Cannot read the Statuspage export': "Impossible de lire l’export Statuspage",
  'Cannot read the Prometheus range query': 'Impossible de lire la requête Prometheus',
  'Cannot read the YAML incident list': 'Impossible de lire la liste YAML des incidents',
  'Cannot read the client list': 'Impossible de lire la liste des clients',
  'Cannot read the spreadsheet': 'Impossible de lire le tableur',
  'Cannot round the amount': "Impossible d’arrondir le montant",
  'Cannot simulate': 'Impossible de simuler',
  'Cannot write the credit notes': "Impossible d’écrire les avoirs",
  'Deadline out of range': 'Échéance hors limites',
  'Invalid CSV options': 'Options CSV invalides',
  'Invalid Prometheus options': 'Options Prometheus invalides',
  'Invalid Statuspage options': 'Options Statuspage invalides',
  'Invalid business time query': 'Calcul en heures ouvrées invalide',
  'Invalid calendar': 'Calendrier invalide',
  'Invalid closed-dates query': 'Demande de jours fermés invalide',
  'Invalid commitment': 'Engagement invalide',
  'Invalid composite': 'Composition invalide',
  'Invalid criteria': 'Critères invalides',
  'Invalid duration': 'Durée invalide',
  'Invalid heartbeat options': 'Options de battements invalides',
  'Invalid holiday query': 'Demande de jours fériés invalide',
  'Invalid holiday rule': 'Règle de jours fériés invalide',
  'Invalid incidents': 'Incidents invalides',
  'Invalid instant': 'Instant invalide',
  'Invalid month': 'Mois invalide',
  'Invalid offer': 'Offre invalide',
  'Invalid period': 'Période invalide',
  'Invalid quarter': 'Trimestre invalide',
  'Invalid scenarios': 'Scénarios invalides',
  'Invalid year': 'Année invalide',
}

