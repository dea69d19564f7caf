import type { InputError, InputIssue, IssueParams } from './errors.js'

/** The languages problems can be worded in. */
export type MessageLanguage = 'en' | 'fr'

type Wording = (p: IssueParams) => string

/** How each kind of problem is worded: English as in `message`, French for the people the library serves. */
export interface IssueWording {
  en: Wording
  fr: Wording
}

const s = (p: IssueParams, key: string): string => String(p[key] ?? '')

// The values a message quotes are written by describe(): quoted text, numbers and instants read the same
// in both languages; its few words are not.
const GOT_FR: Record<string, string> = { nothing: 'rien', 'a list': 'une liste', 'an object': 'un objet', 'an invalid Date': 'une Date invalide' }
const gotEn = (p: IssueParams): string => `(got ${s(p, 'got')})`
const gotFr = (p: IssueParams): string => `(valeur reçue : ${GOT_FR[s(p, 'got')] ?? s(p, 'got')})`

const TYPES_EN: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', date: 'a date', null: 'null' }
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
const types = (p: IssueParams, names: Record<string, string>, or: string): string =>
  s(p, 'expected')
    .split('|')
    .map((t) => names[t] ?? t)
    .join(or)

const RANGE_EN = 'years 1 to 9999: 0000-12-31T00:00:00Z to 10000-01-02T00:00:00Z'
const RANGE_FR = 'années 1 à 9999 : de 0000-12-31T00:00:00Z à 10000-01-02T00:00:00Z'

/**
 * Every code an `InputIssue` can carry, with its wording in each language. The English wording gives the
 * issue's `message` exactly (a test holds it so); `invalid`, for the problems that have no code of their
 * own yet, is not listed: its message is shown as it is.
 */
export const ISSUE_WORDINGS: Readonly<Record<string, IssueWording>> = {
  required: { en: () => 'is required', fr: () => 'est obligatoire' },
  type: {
    en: (p) => `must be ${types(p, TYPES_EN, ' or ')} ${gotEn(p)}`,
    fr: (p) => `doit être ${types(p, TYPES_FR, ' ou ')} ${gotFr(p)}`,
  },
  'one-of': {
    en: (p) => `must be one of ${s(p, 'options')} ${gotEn(p)}`,
    fr: (p) => `doit être l'une des valeurs ${s(p, 'options')} ${gotFr(p)}`,
  },
  exactly: { en: (p) => `must be ${s(p, 'value')} ${gotEn(p)}`, fr: (p) => `doit valoir ${s(p, 'value')} ${gotFr(p)}` },
  'not-valid': { en: (p) => `is not valid ${gotEn(p)}`, fr: (p) => `n'est pas valide ${gotFr(p)}` },
  'unknown-keys': {
    en: (p) => `has unknown key${p.count === 1 ? '' : 's'} ${s(p, 'keys')}`,
    fr: (p) => (p.count === 1 ? `a une clé inconnue ${s(p, 'keys')}` : `a des clés inconnues ${s(p, 'keys')}`),
  },
  'decimal-comma': {
    en: (p) =>
      `has unknown key${p.count === 1 ? '' : 's'} ${s(p, 'keys')}: a number written with a decimal comma, such as ${s(p, 'written')}, is split in two in YAML; write ${s(p, 'dotted')} or "${s(p, 'written')}"`,
    fr: (p) =>
      `${p.count === 1 ? 'a une clé inconnue' : 'a des clés inconnues'} ${s(p, 'keys')} : en YAML, un nombre écrit avec une virgule décimale, comme ${s(p, 'written')}, est coupé en deux ; écrivez ${s(p, 'dotted')} ou "${s(p, 'written')}"`,
  },
  'too-few': {
    en: (p) => `must have at least ${s(p, 'minimum')} item${p.minimum === 1 ? '' : 's'}`,
    fr: (p) => `doit avoir au moins ${s(p, 'minimum')} élément${p.minimum === 1 ? '' : 's'}`,
  },
  'plain-object': { en: (p) => `must be a plain object ${gotEn(p)}`, fr: (p) => `doit être un objet simple ${gotFr(p)}` },
  'month-text': { en: (p) => `must be a month YYYY-MM ${gotEn(p)}`, fr: (p) => `doit être un mois AAAA-MM ${gotFr(p)}` },

  instant: {
    en: (p) => `must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" ${gotEn(p)}`,
    fr: (p) => `doit être un instant ISO 8601 avec son décalage horaire, comme "2026-03-02T10:00:00Z" ${gotFr(p)}`,
  },
  'instant-type': {
    en: (p) => `must be a Date or an ISO-8601 instant with an offset ${gotEn(p)}`,
    fr: (p) => `doit être une Date ou un instant ISO 8601 avec son décalage horaire ${gotFr(p)}`,
  },
  'instant-range': {
    en: (p) => `is out of range: instants are accepted from the ${RANGE_EN} ${gotEn(p)}`,
    fr: (p) => `est hors limites : les instants sont acceptés des ${RANGE_FR} ${gotFr(p)}`,
  },
  'invalid-date': { en: () => 'is an invalid Date', fr: () => 'est une Date invalide' },
  'epoch-ms': {
    en: (p) => `must be whole epoch milliseconds ${gotEn(p)}`,
    fr: (p) => `doit être un nombre entier de millisecondes depuis 1970 ${gotFr(p)}`,
  },
  'time-zone': {
    en: (p) => `must be an IANA time zone such as "Europe/Paris" or "UTC" ${gotEn(p)}`,
    fr: (p) => `doit être un fuseau horaire IANA comme "Europe/Paris" ou "UTC" ${gotFr(p)}`,
  },

  duration: {
    en: (p) => `must be an ISO-8601 duration such as "PT4H" or "PT43M12S" ${gotEn(p)}`,
    fr: (p) => `doit être une durée ISO 8601 comme "PT4H" ou "PT43M12S" ${gotFr(p)}`,
  },
  'duration-calendar': {
    en: (p) => `must be an ISO-8601 duration such as "PT4H" or "PT43M12S" (years and months have no fixed length; use days or hours) ${gotEn(p)}`,
    fr: (p) => `doit être une durée ISO 8601 comme "PT4H" ou "PT43M12S" (les années et les mois n'ont pas de durée fixe : comptez en jours ou en heures) ${gotFr(p)}`,
  },
  'duration-type': {
    en: (p) => `must be an ISO-8601 duration such as "PT4H" ${gotEn(p)}`,
    fr: (p) => `doit être une durée ISO 8601 comme "PT4H" ${gotFr(p)}`,
  },
  'duration-ms': {
    en: (p) => `must be whole non-negative milliseconds ${gotEn(p)}`,
    fr: (p) => `doit être un nombre entier de millisecondes, positif ou nul ${gotFr(p)}`,
  },
  'duration-length': {
    en: (p) => `must be an ISO-8601 duration of at most ${s(p, 'max')} characters such as "PT4H" (got ${s(p, 'length')} characters)`,
    fr: (p) => `doit être une durée ISO 8601 d'au plus ${s(p, 'max')} caractères, comme "PT4H" (${s(p, 'length')} caractères reçus)`,
  },
  'duration-fraction': {
    en: (p) => `must be a whole number of milliseconds ${gotEn(p)}`,
    fr: (p) => `doit faire un nombre entier de millisecondes ${gotFr(p)}`,
  },
  'duration-too-long': { en: (p) => `is too long ${gotEn(p)}`, fr: (p) => `est trop longue ${gotFr(p)}` },

  year: { en: (p) => `must be a whole year from 1 to 9999 ${gotEn(p)}`, fr: (p) => `doit être une année entière de 1 à 9999 ${gotFr(p)}` },
  month: { en: (p) => `must be a whole month from 1 to 12 ${gotEn(p)}`, fr: (p) => `doit être un mois entier de 1 à 12 ${gotFr(p)}` },
  quarter: { en: (p) => `must be 1, 2, 3 or 4 ${gotEn(p)}`, fr: (p) => `doit valoir 1, 2, 3 ou 4 ${gotFr(p)}` },
  'period-text': {
    en: (p) => `must be YYYY-MM, YYYY-Qn or YYYY ${gotEn(p)}`,
    fr: (p) => `doit s'écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) ${gotFr(p)}`,
  },
  'period-object': {
    en: (p) => `must be a period { start, end } such as monthPeriod() returns ${gotEn(p)}`,
    fr: (p) => `doit être une période { start, end } comme celle que renvoie monthPeriod() ${gotFr(p)}`,
  },
  'period-order': {
    en: (p) => `must end after it starts (${s(p, 'start')} to ${s(p, 'end')})`,
    fr: (p) => `doit finir après son début (${s(p, 'start')} à ${s(p, 'end')})`,
  },
  'period-empty': {
    en: (p) => `must end after it starts (${s(p, 'start')} to ${s(p, 'end')}): a period of zero length has no availability`,
    fr: (p) => `doit finir après son début (${s(p, 'start')} à ${s(p, 'end')}) : une période de durée nulle n'a pas de disponibilité`,
  },

  decimal: {
    en: (p) => `must be a decimal number such as "99.5" ${gotEn(p)}`,
    fr: (p) => `doit être un nombre décimal : écrivez 99.5 ou "99,5" ${gotFr(p)}`,
  },
  'decimal-finite': { en: () => 'must be a finite decimal number', fr: () => 'doit être un nombre décimal fini' },
  'number-finite': { en: (p) => `must be a finite number ${gotEn(p)}`, fr: (p) => `doit être un nombre fini ${gotFr(p)}` },

  'incident-list': { en: (p) => `must be a list of incidents ${gotEn(p)}`, fr: (p) => `doit être une liste d'incidents ${gotFr(p)}` },
  'incident-object': {
    en: (p) => `must be an incident object { start, end, … } ${gotEn(p)}`,
    fr: (p) => `doit être un incident { start, end, … } ${gotFr(p)}`,
  },
  'before-start': { en: (p) => `is before start (${s(p, 'start')})`, fr: (p) => `est avant le début (${s(p, 'start')})` },
  'open-needs-asof': {
    en: () => 'is missing: an open incident needs an asOf instant to be measured',
    fr: () => "manque : un incident encore ouvert ne se mesure qu'avec un instant asOf",
  },
  'after-asof': {
    en: (p) => `is after asOf (${s(p, 'asOf')}): an open incident cannot start in the future`,
    fr: (p) => `est après asOf (${s(p, 'asOf')}) : un incident encore ouvert ne peut pas commencer dans le futur`,
  },
  'element-list': {
    en: (p) => `must be a non-empty list of element names, or absent for every element ${gotEn(p)}`,
    fr: (p) => `doit être une liste non vide de noms d'éléments, ou être absent pour viser tous les éléments ${gotFr(p)}`,
  },
  'elements-empty': {
    en: () => 'must name at least one element, or be absent for every element (got an empty list)',
    fr: () => 'doit nommer au moins un élément, ou être absent pour viser tous les éléments (liste vide reçue)',
  },
  'incident-id': { en: (p) => `must be a string or a number ${gotEn(p)}`, fr: (p) => `doit être un texte ou un nombre ${gotFr(p)}` },
}

// The first line of an InputError: what could not be done.
const CONTEXTS_FR: Record<string, string> = {
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
  const wording = ISSUE_WORDINGS[issue.code]
  return wording ? wording[language](issue.params) : issue.message
}

/**
 * The whole text of an `InputError` in `language`, laid out as its `message`: what could not be done,
 * then one line per problem with its path.
 *
 * @example
 * const r = safeParsePeriod('mars 2026')
 * localiseInputError(r.error!, 'fr').split('\n')[0] // 'Période invalide :'
 * // then: period : doit s'écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) (valeur reçue : "mars 2026")
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
  const lines = error.issues.map((i) => (i.path ? `${i.path} : ${formatIssue(i, language)}` : formatIssue(i, language)))
  return `${head} :\n  ${lines.join('\n  ')}`
}
