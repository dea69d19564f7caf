import { type SourceTexts } from './texts.js'

const SCALEWAY_NOTES = [
  'Reading: the calendar month is read in Europe/Paris (Scaleway is a French company); the page names no time zone.',
  'Maintenance Windows are excluded (paraphrase: "any unavailability that occurs during a Maintenance Window" is not unavailability) and count as available time: log them with cause maintenance. Outages caused by the client and force majeure are excluded too (a general reading).',
  'NOT ENCODED: the Service Credit table of the page was not in the text read, so the preset has no credit model and every credit is 0; measureAvailability gives the availability to compare with the target. Do not read the 0 as "nothing is owed".',
  'Silent in the text read: the credit base, the claim window and procedure, and any sole-remedy clause.',
] as const

const SCALEWAY_NOTES_FR = [
  'Lecture\u00a0: le mois civil se lit en Europe/Paris (Scaleway est une société française)\u00a0; la page ne nomme aucun fuseau horaire.',
  'Les « Maintenance Windows » sont exclues (paraphrase\u00a0: « any unavailability that occurs during a Maintenance Window » n’est pas une indisponibilité) et comptent comme temps disponible\u00a0: consignez-les avec la cause maintenance. Les pannes causées par le client et la force majeure sont exclues aussi (une lecture générale).',
  'NON CODÉ\u00a0: la table des « Service Credits » de la page n’était pas dans le texte lu, le modèle n’a donc aucun modèle de crédit et tout crédit vaut 0\u00a0; measureAvailability donne la disponibilité à comparer à l’objectif. Ne lisez pas ce 0 comme « rien n’est dû ».',
  'Silence dans le texte lu\u00a0: la base du crédit, le délai et la procédure de réclamation, et toute clause de recours exclusif.',
] as const

/** The clause and notes of a Managed Databases configuration, with its target. */
function database(configuration: string, target: string) {
  return {
    clause:
      `“Unavailability”: means the loss of external connectivity to the running Resource during a continuous period of at least one (1) minute. […] ${configuration} […] ${target}%`,
    notes: [
      `The ${target} % target of the ${configuration} configuration and the definitions are from Scaleway's page; the credit table was not in the text read: partly verified.`,
      'Covered: Managed Database for PostgreSQL and MySQL on Production-optimized nodes only (paraphrase).',
      'An unavailability shorter than one continuous minute does not count (minimum outage PT1M).',
      'A partial month counts as available (paraphrase: a Resource run for part of the month is assumed 100 % available for the rest): the library measures the whole calendar month, which is what this says.',
      ...SCALEWAY_NOTES,
    ],
    notesFr: [
      `L’objectif de ${target}\u00a0% de la configuration ${configuration} et les définitions viennent de la page de Scaleway\u00a0; la table des crédits n’était pas dans le texte lu\u00a0: vérifié en partie.`,
      'Couverts\u00a0: Managed Database for PostgreSQL et MySQL sur des nœuds « Production-optimized » seulement (paraphrase).',
      'Une indisponibilité de moins d’une minute continue ne compte pas (durée minimale de panne PT1M).',
      'Un mois partiel compte comme disponible (paraphrase\u00a0: une ressource utilisée une partie du mois est supposée disponible à 100 % pour le reste)\u00a0: la bibliothèque mesure le mois civil entier, ce qui revient à cela.',
      ...SCALEWAY_NOTES_FR,
    ],
  } as const
}

/** The clauses and notes of the presets of scaleway.ts, by preset id. */
export const scalewayTexts = /* @__PURE__ */ (() =>
  ({
    'scaleway-instances': {
      clause:
        '“Unavailability Period”: means the loss of external connectivity to any covered Scaleway Instance for a duration of at least four (4) continuous minutes.',
      notes: [
        'The definitions (Unavailability Period, Maintenance Window, exclusions) are from Scaleway\'s page; the target and the credit table were not in the text read: partly verified.',
        'An incident shorter than 4 minutes does not count (minimum outage PT4M); "any intermittent unavailability lasting less than four (4) consecutive minutes" is excluded.',
        'Performance degradation and Transient Errors are excluded (paraphrase): degraded performance weighs 0; a transient error is not logged as an incident.',
        'Reading: the Monthly Availability Rate is measured to the millisecond (granularity none); the formula of the page was an image, not in the text read.',
        ...SCALEWAY_NOTES,
      ],
      notesFr: [
        'Les définitions (« Unavailability Period », « Maintenance Window », exclusions) viennent de la page de Scaleway\u00a0; l’objectif et la table des crédits n’étaient pas dans le texte lu\u00a0: vérifié en partie.',
        'Un incident de moins de 4 minutes ne compte pas (durée minimale de panne PT4M)\u00a0; « any intermittent unavailability lasting less than four (4) consecutive minutes » est exclue.',
        'La dégradation des performances et les « Transient Errors » sont exclues (paraphrase)\u00a0: une performance dégradée pèse 0\u00a0; une erreur passagère ne se consigne pas comme incident.',
        'Lecture\u00a0: le « Monthly Availability Rate » se mesure à la milliseconde (granularity none)\u00a0; la formule de la page était une image, absente du texte lu.',
        ...SCALEWAY_NOTES_FR,
      ],
    },
    'scaleway-database-ha': database('High Availability', '99.95'),
    'scaleway-database-standalone': database('Standalone', '99.5'),
  }) as const satisfies Record<string, SourceTexts>)()
