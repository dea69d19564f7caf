import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of cloud-temple.ts, by preset id. */
export const cloudTempleTexts = /* @__PURE__ */ (() =>
  ({
    'cloud-temple-vm-instances': {
      clause:
        'Cloud Temple commits to ensuring a Monthly Availability Rate of 99.95% for each active VM Instance billed to the Customer. This rate equates to a maximum of 21.9 minutes of Permitted Downtime per calendar month.',
      notes: [
        'The 99.95 % target, the 4-minute minimum and the definitions are from Cloud Temple\'s page (articles 1 to 3); the Service Credits of article 5 were not in the text read: NOT ENCODED, no credit model, every credit is 0. Partly verified.',
        'Downtime Period (paraphrase): total loss of access and external connectivity to the VM instance, measured only at Cloud Temple\'s infrastructure (instance reported inactive, stopped or in error by the hypervisor). A Downtime Duration counts only from 4 consecutive minutes (minimum outage PT4M).',
        'Measured by Cloud Temple\'s own monitoring only: log the incidents its hypervisor would report. The SLA covers compute (CPU, RAM) only.',
        'The 21.9 minutes are the page\'s figure (0.05 % of an average month); the library computes 0.05 % of each calendar month (22 min 19.2 s in a 31-day month).',
        'Silent in the text read: the exclusions (maintenance, client causes and force majeure are excluded here as library defaults, a reading), the credit, its base, the claim window and any sole-remedy clause. The month is read in Europe/Paris.',
      ],
      notesFr: [
        'L’objectif de 99.95 %, le minimum de 4 minutes et les définitions viennent de la page de Cloud Temple (articles 1 à 3)\u00a0; les « Service Credits » de l’article 5 n’étaient pas dans le texte lu\u00a0: NON CODÉS, aucun modèle de crédit, tout crédit vaut 0. Vérifié en partie.',
        '« Downtime Period » (paraphrase)\u00a0: perte totale de l’accès et de la connectivité externe à l’instance VM, mesurée seulement sur l’infrastructure de Cloud Temple (instance signalée inactive, arrêtée ou en erreur par l’hyperviseur). Une « Downtime Duration » ne compte qu’à partir de 4 minutes consécutives (durée minimale de panne PT4M).',
        'Mesuré par la seule supervision de Cloud Temple\u00a0: consignez les incidents que son hyperviseur signalerait. Le SLA ne couvre que le calcul (CPU, RAM).',
        'Les 21,9 minutes sont le chiffre de la page (0,05 % d’un mois moyen)\u00a0; la bibliothèque calcule 0,05 % de chaque mois civil (22 min 19,2 s dans un mois de 31 jours).',
        'Silence dans le texte lu\u00a0: les exclusions (maintenance, causes client et force majeure sont exclues ici comme défauts de la bibliothèque, une lecture), le crédit, sa base, le délai de réclamation et toute clause de recours exclusif. Le mois se lit en Europe/Paris.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
