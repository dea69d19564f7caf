import { type SourceTexts } from './texts.js'

const COMMON_NOTES = [
  'Scope (paraphrase): the Premium network tier; Spot and preemptible VMs are not covered. Under the Standard tier only Instances in Multiple Zones are covered, at 99.9 %.',
  'Downtime (paraphrase): loss of external connectivity or of persistent disk access, for the single instance or, for instances in multiple zones, for all applicable running instances.',
  'Scheduled maintenance is NOT excluded by the current terms and counts as downtime; earlier versions of this preset excluded it. Outages caused by the customer and force majeure are excluded (a reading of the general exclusions of the SLA).',
  'Downtime Period (paraphrase): a period of consecutive minutes of Downtime, at least one minute; intermittent Downtime of less than one minute is not counted (minimum outage PT1M). "Partial minutes are not counted": reading (an interpretation, not a clause), the minutes are clock minutes, only whole clock minutes inside an incident count (granularity minute-down: 10:00:30–10:03:10 counts 10:01–10:03, 2 minutes), not minutes measured from the start of the incident.',
  'Determined on a calendar month basis per project per region or, for a single instance, per instance (paraphrase); the month is read in UTC, the page names no time zone.',
  'Sole remedy (quoted): "This SLA states Customer\'s sole and exclusive remedy for any failure by Google to meet the SLO" (soleRemedy).',
  'Claims: within 60 days, through Google Cloud support (claim); the exact starting point of the 60 days was not in the text read.',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
  'Silent in the text read: the time zone of the calendar month (UTC, a reading), what a clock minute is ("partial minutes are not counted" read as whole clock minutes, minute-down), the exact starting point of the 60-day claim window, whether a partial outage or degraded performance is Downtime (the library defaults: a partial outage counts in full, degraded performance not at all), and any minimum credit (none is applied).',
  'Earlier versions (13 January 2020: 99.99 % for instances across two or more zones only; 7 April 2020 and 12 April 2021: a single instance at 99.5 %) had other targets: compare a contract signed under them with those figures.',
] as const

const COMMON_NOTES_FR = [
  'Portée (paraphrase)\u00a0: le niveau réseau Premium\u00a0; les VM Spot et préemptives ne sont pas couvertes. Au niveau Standard, seules les « Instances in Multiple Zones » sont couvertes, à 99.9 %.',
  'Indisponibilité (paraphrase)\u00a0: perte de la connectivité externe ou de l’accès au disque persistant, pour l’instance unique ou, pour des instances dans plusieurs zones, pour toutes les instances en marche concernées.',
  'La maintenance programmée n’est PAS exclue par les conditions actuelles et compte comme indisponibilité\u00a0; des versions antérieures de ce modèle l’excluaient. Les pannes causées par le client et la force majeure sont exclues (une lecture des exclusions générales du SLA).',
  '« Downtime Period » (paraphrase)\u00a0: une période de minutes consécutives d’indisponibilité, d’au moins une minute\u00a0; une indisponibilité intermittente de moins d’une minute ne compte pas (durée minimale de panne PT1M). « Partial minutes are not counted »\u00a0: lecture (une interprétation, pas une clause), les minutes sont des minutes d’horloge, seules les minutes d’horloge entières dans un incident comptent (granularity minute-down\u00a0: 10:00:30–10:03:10 compte 10:01–10:03, 2 minutes), pas des minutes mesurées depuis le début de l’incident.',
  'Établi sur une base mensuelle civile par projet et par région ou, pour une instance unique, par instance (paraphrase)\u00a0; le mois se lit en UTC, la page ne nomme aucun fuseau horaire.',
  'Recours exclusif (cité)\u00a0: « This SLA states Customer\'s sole and exclusive remedy for any failure by Google to meet the SLO » (soleRemedy).',
  'Réclamations\u00a0: sous 60 jours, par le support Google Cloud (claim)\u00a0; le point de départ exact des 60 jours n’était pas dans le texte lu.',
  'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque).',
  'Silence dans le texte lu\u00a0: le fuseau horaire du mois civil (UTC, une lecture), ce qu’est une minute d’horloge (« partial minutes are not counted » lu comme des minutes d’horloge entières, minute-down), le point de départ exact du délai de réclamation de 60 jours, si une panne partielle ou une performance dégradée est une indisponibilité (défauts de la bibliothèque\u00a0: une panne partielle compte en entier, une performance dégradée pas du tout), et tout crédit minimal (aucun n’est appliqué).',
  'Des versions antérieures (13 janvier 2020\u00a0: 99.99 % pour les seules instances sur deux zones ou plus\u00a0; 7 avril 2020 et 12 avril 2021\u00a0: une instance unique à 99.5 %) avaient d’autres objectifs\u00a0: comparez un contrat signé sous ces versions avec ces chiffres-là.',
] as const

/** The clauses and notes of the presets of google-compute.ts, by preset id. */
export const googleComputeTexts = /* @__PURE__ */ (() =>
  ({
    'gcp-compute-single': {
      notes: [
        'The 99.9 % target ("A Single Instance of all other families", Premium Tier) is from Google\'s page; the bands come from a secondary copy of it: partly verified. A memory-optimised single instance has a 99.95 % target: not this preset.',
        'Paraphrase, not a quotation: less than 99.9 % but at least 95.0 % → 10 %; less than 95.0 % but at least 90.0 % → 25 %; less than 90.0 % → 100 % of the fees of the instance for the month.',
        ...COMMON_NOTES,
      ],
      notesFr: [
        'L’objectif de 99.9 % (« A Single Instance of all other families », Premium Tier) vient de la page de Google\u00a0; les tranches viennent d’une copie de seconde main\u00a0: vérifié en partie. Une instance unique à mémoire optimisée a un objectif de 99.95 %\u00a0: ce n’est pas ce modèle.',
        'Paraphrase, pas une citation\u00a0: moins de 99.9 % mais au moins 95.0 % → 10 %\u00a0; moins de 95.0 % mais au moins 90.0 % → 25 %\u00a0; moins de 90.0 % → 100 % du prix de l’instance pour le mois.',
        ...COMMON_NOTES_FR,
      ],
    },
    'gcp-compute-multi-zone': {
      notes: [
        'The 99.99 % target ("Instances in Multiple Zones >= 99.99%", Premium Tier, regions other than Mexico and Stockholm, where it is 99.95 %) is from Google\'s page; its Financial Credit table was not in the text read: NOT ENCODED, the preset has no credit model and every credit is 0. measureAvailability still gives the availability to compare with 99.99 %.',
        'Downtime for instances in multiple zones: all applicable running instances lose external connectivity or persistent disk access. Log incidents at project-and-region level (one element per project and region).',
        ...COMMON_NOTES,
      ],
      notesFr: [
        'L’objectif de 99.99 % (« Instances in Multiple Zones >= 99.99% », Premium Tier, régions autres que Mexico et Stockholm, où il est de 99.95 %) vient de la page de Google\u00a0; sa table de « Financial Credit » n’était pas dans le texte lu\u00a0: NON CODÉE, le modèle n’a aucun modèle de crédit et tout crédit vaut 0. measureAvailability donne quand même la disponibilité à comparer à 99.99 %.',
        'Indisponibilité pour des instances dans plusieurs zones\u00a0: toutes les instances en marche concernées perdent la connectivité externe ou l’accès au disque persistant. Consignez les incidents au niveau projet et région (un élément par projet et région).',
        ...COMMON_NOTES_FR,
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
