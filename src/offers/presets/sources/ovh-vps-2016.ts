import { type SourceTexts } from './texts.js'

// What the quoted clauses do not say, read plainly; every preset says so in its notes.
const PLAIN_READING = [
  'Reading: availability is measured over the calendar month in Europe/Paris (OVH is a French company; the clause says "au titre du mois considéré").',
  'The quoted clauses define no minimum outage and no exclusion for scheduled maintenance: every unavailability counts, maintenance included.',
  "Outages caused by the client or by force majeure are excluded, as French contract law excludes them (Code civil, art. 1218 and the client's own fault).",
  'A partial outage of an element counts in full, degraded performance does not: the clause speaks of elements "affectés par l\'Indisponibilité".',
  'The credit is a share of the monthly amount paid for the affected elements only (creditBase affected), and the client waives any other compensation (sole remedy).',
  "Source: the clause is a forum member's word-for-word quotation of OVH's 2016 contract, not OVH's own document, which was not found: verified false. The figures match across the five ranges quoted.",
  'Silent: the quoted clauses name no claim window or procedure.',
]

const PLAIN_READING_FR = [
  'Lecture\u00a0: la disponibilité se mesure sur le mois civil en Europe/Paris (OVH est une société française\u00a0; la clause dit « au titre du mois considéré »).',
  'Les clauses citées ne fixent ni durée minimale de panne ni exclusion pour la maintenance programmée\u00a0: toute indisponibilité compte, maintenance comprise.',
  'Les pannes causées par le client ou par la force majeure sont exclues, comme le droit français des contrats les exclut (Code civil, art. 1218, et la faute du client lui-même).',
  'Une panne partielle d’un élément compte en entier, une performance dégradée ne compte pas\u00a0: la clause parle des éléments « affectés par l\'Indisponibilité ».',
  'Le crédit est une part du montant mensuel payé pour les seuls éléments affectés (creditBase affected), et le client renonce à toute autre indemnisation (recours exclusif).',
  'Source\u00a0: la clause est la citation mot pour mot, par un membre d’un forum, du contrat OVH de 2016, pas le document d’OVH lui-même, qui n’a pas été trouvé\u00a0: verified false. Les chiffres concordent sur les cinq gammes citées.',
  'Silence\u00a0: les clauses citées ne donnent ni délai ni procédure de réclamation.',
]

// These sources were written with the clause after the other fields; the JSON of a preset keeps that order.
const ORDER = ['title', 'date', 'language', 'verified', 'historical', 'clause', 'notes'] as const

/** The clause and notes of a VALUE, ESSENTIAL, COMFORT or ELITE range, which share their terms. */
function valueRange(name: string) {
  return {
    clause:
      'Non-respect du taux de disponibilité : (b) VPS Gammes VALUE / ESSENTIAL / COMFORT / ELITE : i. Crédit égal à 10% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est supérieur ou égal à 99,5% et inférieur à 99,9%. ii. Crédit égal à 50% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est inférieur à 99,5%.',
    notes: [...PLAIN_READING, `${name.replace(' (2016)', '')} shares its terms with the VALUE, ESSENTIAL, COMFORT and ELITE ranges.`],
    notesFr: [...PLAIN_READING_FR, `${name.replace(' (2016)', '')} partage ses conditions avec les gammes VALUE, ESSENTIAL, COMFORT et ELITE.`],
    order: ORDER,
  } as const
}

/** The clauses and notes of the presets of ovh-vps-2016.ts, by preset id. */
export const ovhVps2016Texts = /* @__PURE__ */ (() =>
  ({
    'ovh-vps-2016-starter': {
      clause:
        'Non-respect du taux de disponibilité : (a) VPS Gamme STARTER : i. Crédit égal à 10% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est supérieur ou égal à 99,0% et inférieur à 99,5%. ii. Crédit égal à 50% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est inférieur à 99,0%.',
      notes: PLAIN_READING,
      notesFr: PLAIN_READING_FR,
      order: ORDER,
    },
    'ovh-vps-2016-value': valueRange('OVH VPS VALUE (2016)'),
    'ovh-vps-2016-essential': valueRange('OVH VPS ESSENTIAL (2016)'),
    'ovh-vps-2016-comfort': valueRange('OVH VPS COMFORT (2016)'),
    'ovh-vps-2016-elite': valueRange('OVH VPS ELITE (2016)'),
  }) as const satisfies Record<string, SourceTexts>)()
