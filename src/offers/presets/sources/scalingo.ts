import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of scalingo.ts, by preset id. */
export const scalingoTexts = /* @__PURE__ */ (() =>
  ({
    'scalingo': {
      clause:
        'En cas de non-respect des Taux de Disponibilité du Service considéré, dû à un fait exclusivement imputable à SCALINGO, le Client pourra demander l’application, sur ses prochaines factures sous forme d’avoir, d’une remise à titre de compensation financière […] La remise accordée au titre des présentes constituent la seule conséquence du non-respect du Taux de Disponibilité et exclut tout autre droit […]',
      notes: [
        'The credit-note form, the 3-month claim window, the exclusions and the sole remedy are quoted from Scalingo\'s page (shortened where marked […]); the availability rates of each service and the table of the discount ("calculée comme suit") were not in the text read: NOT ENCODED, no credit model, every credit is 0. Partly verified.',
        'Exclusions (paraphrase): a cause attributable to the client, its software or hardware (cause customer), unavailability of the internet service (cause third-party), scheduled maintenance (cause maintenance), force majeure. Only a failure "exclusivement imputable à SCALINGO" gives a discount.',
        'The discount is a credit note (avoir) on the next invoices, not a refund.',
        'Claims: within 3 months of the day the client notices the unavailability, or the right is lost (forclusion); the window is in months, not a fixed number of days (claim).',
        'Reading: the month is the calendar month in Europe/Paris (Scalingo is a French company); the page names no time zone. Measured to the millisecond.',
        'Silent in the text read: the credit base and the rates per service.',
      ],
      notesFr: [
        'La forme d’avoir, le délai de réclamation de 3 mois, les exclusions et le recours exclusif sont cités de la page de Scalingo (abrégée là où c’est marqué […])\u00a0; les taux de disponibilité de chaque service et la table de la remise (« calculée comme suit ») n’étaient pas dans le texte lu\u00a0: NON CODÉS, aucun modèle de crédit, tout crédit vaut 0. Vérifié en partie.',
        'Exclusions (paraphrase)\u00a0: une cause imputable au client, à ses logiciels ou à son matériel (cause customer), l’indisponibilité du réseau internet (cause third-party), la maintenance programmée (cause maintenance), la force majeure. Seule une défaillance « exclusivement imputable à SCALINGO » donne une remise.',
        'La remise est un avoir sur les factures suivantes, pas un remboursement.',
        'Réclamations\u00a0: dans les 3 mois du jour où le client constate l’indisponibilité, sinon le droit est perdu (forclusion)\u00a0; le délai est en mois, pas un nombre fixe de jours (claim).',
        'Lecture\u00a0: le mois est le mois civil en Europe/Paris (Scalingo est une société française)\u00a0; la page ne nomme aucun fuseau horaire. Mesure à la milliseconde.',
        'Silence dans le texte lu\u00a0: la base du crédit et les taux par service.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
