import type { IssueParams } from '../errors.js'
import { s, types, type Wording } from './wording.js'

// The values a message quotes are written by describe(): quoted text, numbers and instants read the same
// in both languages; its few words are not.
const GOT_FR: Record<string, string> = { nothing: 'rien', 'a list': 'une liste', 'an object': 'un objet', 'an invalid Date': 'une Date invalide' }
const gotFr = (p: IssueParams): string => `(valeur reçue : ${GOT_FR[s(p, 'got')] ?? s(p, 'got')})`

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

const RANGE_FR = 'années 1 à 9999 : de 0000-12-31T00:00:00Z à 10000-01-02T00:00:00Z'

/** Every code an `InputIssue` can carry (but `invalid`), worded in French. */
export const FRENCH: Readonly<Record<string, Wording>> = {
  required: () => 'est obligatoire',
  type: (p) => `doit être ${types(p, TYPES_FR, ' ou ')} ${gotFr(p)}`,
  'one-of': (p) => `doit être l'une des valeurs ${s(p, 'options')} ${gotFr(p)}`,
  exactly: (p) => `doit valoir ${s(p, 'value')} ${gotFr(p)}`,
  'not-valid': (p) => `n'est pas valide ${gotFr(p)}`,
  'unknown-keys': (p) => (p.count === 1 ? `a une clé inconnue ${s(p, 'keys')}` : `a des clés inconnues ${s(p, 'keys')}`),
  'decimal-comma': (p) =>
      `${p.count === 1 ? 'a une clé inconnue' : 'a des clés inconnues'} ${s(p, 'keys')} : en YAML, un nombre écrit avec une virgule décimale, comme ${s(p, 'written')}, est coupé en deux ; écrivez ${s(p, 'dotted')} ou "${s(p, 'written')}"`,
  'too-few': (p) => `doit avoir au moins ${s(p, 'minimum')} élément${p.minimum === 1 ? '' : 's'}`,
  'plain-object': (p) => `doit être un objet simple ${gotFr(p)}`,
  'month-text': (p) => `doit être un mois AAAA-MM ${gotFr(p)}`,
  instant: (p) => `doit être un instant ISO 8601 avec son décalage horaire, comme "2026-03-02T10:00:00Z" ${gotFr(p)}`,
  'instant-type': (p) => `doit être une Date ou un instant ISO 8601 avec son décalage horaire ${gotFr(p)}`,
  'instant-range': (p) => `est hors limites : les instants sont acceptés des ${RANGE_FR} ${gotFr(p)}`,
  'invalid-date': () => 'est une Date invalide',
  'epoch-ms': (p) => `doit être un nombre entier de millisecondes depuis 1970 ${gotFr(p)}`,
  'time-zone': (p) => `doit être un fuseau horaire IANA comme "Europe/Paris" ou "UTC" ${gotFr(p)}`,
  duration: (p) => `doit être une durée ISO 8601 comme "PT4H" ou "PT43M12S" ${gotFr(p)}`,
  'duration-calendar': (p) => `doit être une durée ISO 8601 comme "PT4H" ou "PT43M12S" (les années et les mois n'ont pas de durée fixe : comptez en jours ou en heures) ${gotFr(p)}`,
  'duration-type': (p) => `doit être une durée ISO 8601 comme "PT4H" ${gotFr(p)}`,
  'duration-ms': (p) => `doit être un nombre entier de millisecondes, positif ou nul ${gotFr(p)}`,
  'duration-length': (p) => `doit être une durée ISO 8601 d'au plus ${s(p, 'max')} caractères, comme "PT4H" (${s(p, 'length')} caractères reçus)`,
  'duration-fraction': (p) => `doit faire un nombre entier de millisecondes ${gotFr(p)}`,
  'duration-too-long': (p) => `est trop longue ${gotFr(p)}`,
  year: (p) => `doit être une année entière de 1 à 9999 ${gotFr(p)}`,
  month: (p) => `doit être un mois entier de 1 à 12 ${gotFr(p)}`,
  quarter: (p) => `doit valoir 1, 2, 3 ou 4 ${gotFr(p)}`,
  'period-text': (p) => `doit s'écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) ${gotFr(p)}`,
  'period-object': (p) => `doit être une période { start, end } comme celle que renvoie monthPeriod() ${gotFr(p)}`,
  'period-order': (p) => `doit finir après son début (${s(p, 'start')} à ${s(p, 'end')})`,
  'period-empty': (p) => `doit finir après son début (${s(p, 'start')} à ${s(p, 'end')}) : une période de durée nulle n'a pas de disponibilité`,
  decimal: (p) => `doit être un nombre décimal : écrivez 99.5 ou "99,5" ${gotFr(p)}`,
  'decimal-finite': () => 'doit être un nombre décimal fini',
  'number-finite': (p) => `doit être un nombre fini ${gotFr(p)}`,
  percentage: (p) => `doit être un pourcentage de 0 à 100 ${gotFr(p)}`,
  'not-negative': (p) => `ne doit pas être négatif ${gotFr(p)}`,
  'zero-duration': () => 'doit durer plus que zéro',
  weight: (p) => `doit être compris entre 0 et 1 ${gotFr(p)}`,
  'weight-decimals': (p) => `peut avoir au plus ${s(p, 'max')} décimales ${gotFr(p)}`,
  scale: (p) => `doit être un nombre entier de décimales, de 0 à 20 ${gotFr(p)}`,
  'band-two-lower': () => "a à la fois atLeast et above : une tranche n'a qu'une borne basse",
  'band-two-upper': () => "a à la fois below et atMost : une tranche n'a qu'une borne haute",
  'band-empty': (p) => `est vide : aucune disponibilité ne vérifie ${bandFr(p)}`,
  'band-none-below': (p) =>
      `laisse la disponibilité sous ${s(p, 'below')} % sans tranche : le crédit baisserait quand la disponibilité baisse ; ajoutez une tranche { below: "${s(p, 'below')}" }`,
  'band-overlap': (p) => `chevauche la tranche ${s(p, 'index')} (${bandFr(p)})`,
  'band-overlap-open': (p) => `chevauche la tranche ${s(p, 'index')} (${bandFr(p)}), qui n'a pas de borne haute`,
  'band-gap': (p) => `laisse un trou après la tranche ${s(p, 'index')} (${bandFr(p)}) : aucune tranche ne couvre la disponibilité de ${s(p, 'from')} à ${s(p, 'to')}`,
  'band-credit-falls': (p) => `dépasse le crédit de la tranche ${s(p, 'index')} (${bandFr(p)}) : le crédit ne doit pas baisser quand la disponibilité baisse`,
  'allowance-with-beyond': () => "ne peut pas être donné avec beyond : la franchise est soit une durée, soit ce qu'autorise un objectif de disponibilité",
  'once-exceeded-alone': () => "demande beyond ou allowance : sans eux, il n'y a pas de franchise à dépasser",
  'availability-object': () =>
      "doit être un rapport de measureAvailability ou de monthlyStatement, ou un pourcentage comme \"99.5\" (valeur reçue : un objet que la bibliothèque n'a pas construit)",
  'availability-report': () => "doit être un rapport de measureAvailability : un crédit par durée a besoin de la durée d'indisponibilité, pas seulement d'un pourcentage",
  money: (p) => `doit être { amount, currency }, comme { amount: "9.99", currency: "EUR" } ${gotFr(p)}`,
  currency: (p) => `doit être un code de devise ISO 4217 comme "EUR" ${gotFr(p)}`,
  'currency-code': (p) => `doit être un code ISO 4217 comme "USD" ${gotFr(p)}`,
  'currency-scale': (p) => `n'est pas une devise ISO 4217 avec une sous-unité ${gotFr(p)} ; donnez l'option scale pour y arrondir les montants`,
  'incident-list': (p) => `doit être une liste d'incidents ${gotFr(p)}`,
  'incident-object': (p) => `doit être un incident { start, end, … } ${gotFr(p)}`,
  'before-start': (p) => `est avant le début (${s(p, 'start')})`,
  'open-needs-asof': () => "manque : un incident encore ouvert ne se mesure qu'avec un instant asOf",
  'after-asof': (p) => `est après asOf (${s(p, 'asOf')}) : un incident encore ouvert ne peut pas commencer dans le futur`,
  'element-list': (p) => `doit être une liste non vide de noms d'éléments, ou être absent pour viser tous les éléments ${gotFr(p)}`,
  'elements-empty': () => 'doit nommer au moins un élément, ou être absent pour viser tous les éléments (liste vide reçue)',
  'incident-id': (p) => `doit être un texte ou un nombre ${gotFr(p)}`,
}

/** What could not be done, the first line of an InputError, in French. */
export const CONTEXTS_FR: Record<string, string> = {
  'Invalid input': 'Entrée invalide',
  'Calendar never open': 'Calendrier jamais ouvert',
  'Cannot build the composite': 'Impossible de composer les éléments',
  'Cannot compare the offers': 'Impossible de comparer les offres',
  'Cannot draw up the statement': "Impossible d'établir le relevé",
  'Cannot evaluate the guarantees': "Impossible d'évaluer les garanties",
  'Cannot filter the offers': 'Impossible de filtrer les offres',
  'Cannot measure availability': 'Impossible de mesurer la disponibilité',
  'Cannot compute the credit': 'Impossible de calculer le crédit',
  'Cannot compute the downtime budget': "Impossible de calculer le budget d'indisponibilité",
  'Cannot read the CSV incident file': 'Impossible de lire le fichier CSV des incidents',
  'Cannot read the Statuspage export': "Impossible de lire l'export Statuspage",
  'Cannot read the Prometheus range query': 'Impossible de lire la requête Prometheus',
  'Cannot read the YAML incident list': 'Impossible de lire la liste YAML des incidents',
  'Cannot read the client list': 'Impossible de lire la liste des clients',
  'Cannot round the amount': "Impossible d'arrondir le montant",
  'Cannot simulate': 'Impossible de simuler',
  'Cannot write the credit notes': "Impossible d'écrire les avoirs",
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

