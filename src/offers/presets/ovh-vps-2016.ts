import { type CommitmentInput } from '../../schema/commitment.js'

const SOURCE_TITLE = 'OVH, conditions particulières VPS (2016), as quoted in the CHATONS forum thread "Taxonomie des CHATONS & GT MATOU"'

// What the quoted clauses do not say, read plainly; every preset says so in its notes.
const PLAIN_READING = [
  'Availability is measured over the calendar month in Europe/Paris (OVH is a French company; the clause says "au titre du mois considéré").',
  'The quoted clauses define no minimum outage and no exclusion for scheduled maintenance: every unavailability counts, maintenance included.',
  "Outages caused by the client or by force majeure are excluded, as French contract law excludes them (Code civil, art. 1218 and the client's own fault).",
  'A partial outage of an element counts in full, degraded performance does not: the clause speaks of elements "affectés par l\'Indisponibilité".',
  'The credit is a share of the monthly amount paid for the affected elements only (creditBase affected), and the client waives any other compensation (sole remedy).',
  "Source: the clause is a forum member's word-for-word quotation of OVH's 2016 contract, not OVH's own document, which was not found: verified false. The figures match across the five ranges quoted.",
  'Silent: the quoted clauses name no claim window or procedure.',
]

const measurement = {
  weights: { outage: '1', partial: '1', degraded: '0' },
  excludedCauses: ['customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

/** OVH VPS STARTER range, 2016: 10 % from 99.0 % up to 99.5 %, 50 % below 99.0 %. */
export const ovhVps2016Starter = {
  id: 'ovh-vps-2016-starter',
  name: 'OVH VPS STARTER (2016)',
  timeZone: 'Europe/Paris',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.5', credit: '10' },
      { below: '99.0', credit: '50' },
    ],
  },
  creditBase: 'affected',
  soleRemedy: true,
  source: {
    title: SOURCE_TITLE,
    date: '2016',
    language: 'fr',
    verified: false,
    historical: true,
    clause:
      'Non-respect du taux de disponibilité : (a) VPS Gamme STARTER : i. Crédit égal à 10% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est supérieur ou égal à 99,0% et inférieur à 99,5%. ii. Crédit égal à 50% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est inférieur à 99,0%.',
    notes: PLAIN_READING,
  },
} as const satisfies CommitmentInput

function valueRange(id: string, name: string) {
  return {
    id,
    name,
    timeZone: 'Europe/Paris',
    measurement,
    credit: {
      type: 'tiers',
      tiers: [
        { atLeast: '99.5', below: '99.9', credit: '10' },
        { below: '99.5', credit: '50' },
      ],
    },
    creditBase: 'affected',
    soleRemedy: true,
    source: {
      title: SOURCE_TITLE,
      date: '2016',
      language: 'fr',
      verified: false,
      historical: true,
      clause:
        'Non-respect du taux de disponibilité : (b) VPS Gammes VALUE / ESSENTIAL / COMFORT / ELITE : i. Crédit égal à 10% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est supérieur ou égal à 99,5% et inférieur à 99,9%. ii. Crédit égal à 50% du montant mensuel payé par le Client au titre du mois considéré pour les éléments affectés par l’Indisponibilité, si le taux de disponibilité constaté est inférieur à 99,5%.',
      notes: [...PLAIN_READING, `${name.replace(' (2016)', '')} shares its terms with the VALUE, ESSENTIAL, COMFORT and ELITE ranges.`],
    },
  } as const satisfies CommitmentInput
}

/** OVH VPS VALUE range, 2016: 10 % from 99.5 % up to 99.9 %, 50 % below 99.5 %. */
export const ovhVps2016Value = /* @__PURE__ */ valueRange('ovh-vps-2016-value', 'OVH VPS VALUE (2016)')
/** OVH VPS ESSENTIAL range, 2016: the VALUE terms. */
export const ovhVps2016Essential = /* @__PURE__ */ valueRange('ovh-vps-2016-essential', 'OVH VPS ESSENTIAL (2016)')
/** OVH VPS COMFORT range, 2016: the VALUE terms. */
export const ovhVps2016Comfort = /* @__PURE__ */ valueRange('ovh-vps-2016-comfort', 'OVH VPS COMFORT (2016)')
/** OVH VPS ELITE range, 2016: the VALUE terms. */
export const ovhVps2016Elite = /* @__PURE__ */ valueRange('ovh-vps-2016-elite', 'OVH VPS ELITE (2016)')
