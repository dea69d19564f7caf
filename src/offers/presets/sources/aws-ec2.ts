import { type SourceTexts } from './texts.js'

// The one sentence of the agreement recorded word for word; the bands are paraphrased (see the notes).
const MONTHLY_UPTIME_CLAUSE =
  'Monthly Uptime Percentage is calculated by subtracting from 100% the percentage of minutes during the month in which Amazon EC2 was in the state of Unavailability.'

// What both EC2 presets encode, and how the library reads what the agreement leaves open.
const COMMON_NOTES = [
  'Measured per minute, as the agreement says ("the percentage of minutes during the month … in the state of Unavailability"): reading, a clock minute touched by any unavailability counts as a whole minute (granularity minute-up); the agreement does not say how a partly unavailable minute counts.',
  'Reading: the month is the monthly billing cycle, read as the calendar month in UTC; the agreement names no time zone.',
  'No minimum outage: the per-minute count sets the smallest unit (older AWS terms, not this version, had 5-minute periods).',
  'Scheduled maintenance is NOT an exclusion of the agreement and counts as downtime; earlier versions of this preset excluded it. The exclusions (paraphrase) are factors outside AWS\'s reasonable control including force majeure, actions or inactions of the customer or a third party, the customer\'s equipment or software, suspension under the agreement: encoded as the causes customer and force-majeure; third-party causes count (a reading: the agreement\'s third party is one acting for the customer).',
  'A partial outage counts in full and degraded performance does not count (library defaults): the agreement speaks only of a state of Unavailability.',
  'Sole remedy (paraphrase): the Service Credit is the customer\'s sole and exclusive remedy for any unavailability, non-performance or other failure by AWS to provide the service (soleRemedy).',
  'Credits under 1 USD are not paid (minimumCredit 1 USD: applied when the fee is in USD; with another currency the credit says it could not apply it).',
  'Claims (paraphrase): by the end of the second billing cycle after the incident, through a support case with "SLA Credit Request" in the subject, the dates and times of each incident, the affected region and, for the instance level, the instance IDs, with request logs that document the errors (claim).',
  'Region-level and instance-level credits cannot be stacked for the same unavailability (paraphrase): compare them, do not add the two presets.',
  'The bands are a paraphrase of the agreement, not a quotation; only the Monthly Uptime Percentage sentence is quoted.',
  'Silent: the agreement names no time zone for the billing cycle (UTC, a reading), no minimum outage (every minute counts), nothing on a partly unavailable minute (counted whole, minute-up), and nothing on a partial outage or degraded performance (the library defaults: a partial outage counts in full, degraded performance not at all).',
  'Version: AWS lists the version last updated May 5, 2022 among its prior versions "not currently in effect" (aws.amazon.com/compute/sla/historical/); the clauses here were checked against the current page at the URL, whose bands are the same. Re-read it before relying on a clause not quoted here.',
] as const

const COMMON_NOTES_FR = [
  'Mesuré à la minute, comme le dit le contrat (« the percentage of minutes during the month … in the state of Unavailability »)\u00a0: lecture, une minute d’horloge touchée par une indisponibilité quelconque compte comme une minute entière (granularity minute-up)\u00a0; le contrat ne dit pas comment compte une minute en partie indisponible.',
  'Lecture\u00a0: le mois est le cycle de facturation mensuel, lu comme le mois civil en UTC\u00a0; le contrat ne nomme aucun fuseau horaire.',
  'Aucune durée minimale de panne\u00a0: le décompte à la minute fixe la plus petite unité (d’anciennes conditions AWS, pas cette version, avaient des périodes de 5 minutes).',
  'La maintenance programmée n’est PAS une exclusion du contrat et compte comme indisponibilité\u00a0; des versions antérieures de ce modèle l’excluaient. Les exclusions (paraphrase) sont les facteurs hors du contrôle raisonnable d’AWS, dont la force majeure, les actions ou inactions du client ou d’un tiers, l’équipement ou les logiciels du client, la suspension prévue au contrat\u00a0: codées comme les causes customer et force-majeure\u00a0; les causes tierces comptent (une lecture\u00a0: le tiers du contrat est celui qui agit pour le client).',
  'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque)\u00a0: le contrat ne parle que d’un état d’indisponibilité.',
  'Recours exclusif (paraphrase)\u00a0: le « Service Credit » est le recours seul et exclusif du client pour toute indisponibilité, inexécution ou autre manquement d’AWS à fournir le service (soleRemedy).',
  'Les crédits de moins de 1 USD ne sont pas versés (minimumCredit 1 USD\u00a0: appliqué quand le prix est en USD\u00a0; dans une autre devise, le crédit dit qu’il n’a pas pu l’appliquer).',
  'Réclamations (paraphrase)\u00a0: avant la fin du deuxième cycle de facturation après l’incident, par un dossier au support avec « SLA Credit Request » en objet, les dates et heures de chaque incident, la région affectée et, au niveau instance, les identifiants des instances, avec des journaux de requêtes qui documentent les erreurs (claim).',
  'Les crédits au niveau région et au niveau instance ne se cumulent pas pour la même indisponibilité (paraphrase)\u00a0: comparez-les, n’additionnez pas les deux modèles.',
  'Les tranches sont une paraphrase du contrat, pas une citation\u00a0; seule la phrase sur le « Monthly Uptime Percentage » est citée.',
  'Silence\u00a0: le contrat ne nomme aucun fuseau horaire pour le cycle de facturation (UTC, une lecture), aucune durée minimale de panne (chaque minute compte), rien sur une minute en partie indisponible (comptée entière, minute-up), et rien sur une panne partielle ou une performance dégradée (défauts de la bibliothèque\u00a0: une panne partielle compte en entier, une performance dégradée pas du tout).',
  'Version\u00a0: AWS range la version mise à jour le 5 mai 2022 parmi ses versions antérieures « not currently in effect » (aws.amazon.com/compute/sla/historical/)\u00a0; les clauses ici ont été vérifiées sur la page actuelle à l’URL, dont les tranches sont les mêmes. Relisez-la avant de vous fier à une clause qui n’est pas citée ici.',
] as const

/** The clauses and notes of the presets of aws-ec2.ts, by preset id. */
export const awsEc2Texts = /* @__PURE__ */ (() =>
  ({
    'aws-ec2-region': {
      clause:
        MONTHLY_UPTIME_CLAUSE,
      notes: [
        ...COMMON_NOTES,
        'Paraphrase of the region-level bands: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 30 %; less than 95.0 % → 100 %.',
        'Unavailable (paraphrase): all running instances deployed concurrently in two or more Availability Zones of the region have no external connectivity. Log incidents at region level (one element per region), not per instance.',
        'Credit base (paraphrase): the total charges paid for the service in the affected region for the billing cycle, one-time payments such as upfront Reserved Instance payments excluded (creditBase service): pass that total as the fee.',
      ],
      notesFr: [
        ...COMMON_NOTES_FR,
        'Paraphrase des tranches au niveau région\u00a0: moins de 99.99 % mais au moins 99.0 % → 10 %\u00a0; moins de 99.0 % mais au moins 95.0 % → 30 %\u00a0; moins de 95.0 % → 100 %.',
        'Indisponible (paraphrase)\u00a0: toutes les instances en marche déployées en même temps dans deux « Availability Zones » ou plus de la région n’ont aucune connectivité externe. Consignez les incidents au niveau région (un élément par région), pas par instance.',
        'Base du crédit (paraphrase)\u00a0: le total payé pour le service dans la région affectée pour le cycle de facturation, hors paiements ponctuels comme les paiements d’avance de « Reserved Instances » (creditBase service)\u00a0: passez ce total comme prix.',
      ],
    },
    'aws-ec2-instance': {
      clause:
        MONTHLY_UPTIME_CLAUSE,
      notes: [
        ...COMMON_NOTES,
        'Paraphrase of the instance-level bands: less than 99.5 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 30 %; less than 95.0 % → 100 %.',
        'Unavailable (paraphrase): the instance has no external connectivity. One element per instance.',
        'Credit base (paraphrase): the charges paid for the affected instance for the billing cycle (creditBase affected): pass that instance\'s charges as the fee.',
        'Hourly rule (quoted): "AWS will not charge you for any Single EC2 Instance that is Unavailable for more than six minutes of a clock hour", applied automatically (hourly-waiver: more than PT6M, automatic). Readings: a clock hour is a UTC hour, the zone of the billing cycle; with the per-minute count, an hour with 6 min 1 s down counts 7 minutes and is waived; an hour is "not charged" for its part of the month\'s charges (1/720 of a 30-day month\'s fee), whatever the instance\'s hourly price.',
        'Reading: the monthly credit is a share of the charges paid for the instance, and the waived hours were not charged, so the bands apply to the fee left once the hours are waived (others on-remainder): 10 hours waived in a 30-day month at 720 USD leave 710 USD, of which 30 % is 213 USD, 223 USD in all. The agreement does not say how the two combine.',
        'Reading: the 1 USD minimum is a rule of Service Credits; the waived hours are not a credit claimed but a charge not made, so the minimum applies to the monthly credit only (automatic).',
      ],
      notesFr: [
        ...COMMON_NOTES_FR,
        'Paraphrase des tranches au niveau instance\u00a0: moins de 99.5 % mais au moins 99.0 % → 10 %\u00a0; moins de 99.0 % mais au moins 95.0 % → 30 %\u00a0; moins de 95.0 % → 100 %.',
        'Indisponible (paraphrase)\u00a0: l’instance n’a aucune connectivité externe. Un élément par instance.',
        'Base du crédit (paraphrase)\u00a0: ce qui a été payé pour l’instance affectée pour le cycle de facturation (creditBase affected)\u00a0: passez le prix de cette instance comme prix.',
        'Règle horaire (citée)\u00a0: « AWS will not charge you for any Single EC2 Instance that is Unavailable for more than six minutes of a clock hour », appliquée d’office (hourly-waiver\u00a0: plus de PT6M, automatique). Lectures\u00a0: une heure d’horloge est une heure UTC, le fuseau du cycle de facturation\u00a0; avec le décompte à la minute, une heure à 6 min 1 s d’arrêt compte 7 minutes et n’est pas facturée\u00a0; une heure « non facturée » vaut sa part du prix du mois (1/720 du prix d’un mois de 30 jours), quel que soit le prix horaire de l’instance.',
        'Lecture\u00a0: le crédit mensuel est une part de ce qui a été payé pour l’instance, et les heures remises n’ont pas été facturées, les tranches s’appliquent donc au prix qui reste une fois les heures remises (others on-remainder)\u00a0: 10 heures remises dans un mois de 30 jours à 720 USD laissent 710 USD, dont 30 % font 213 USD, 223 USD en tout. Le contrat ne dit pas comment les deux se combinent.',
        'Lecture\u00a0: le minimum de 1 USD est une règle des « Service Credits »\u00a0; les heures remises ne sont pas un crédit réclamé mais une somme non facturée, le minimum ne s’applique donc qu’au crédit mensuel (automatic).',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
