import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of nuage.ts, by preset id. */
export const nuageTexts = /* @__PURE__ */ (() =>
  ({
    'nuage': {
      clause:
        'Nua.ge propose un SLA de 99,99% sur les instances, le réseau entre les instances, la connectivité à Internet ainsi que le stockage. Ce taux est calculé pour chaque mois à partir des sondes et de nos équipements. En cas de défaut au respect du SLA, vous serez crédité d’un avoir équivalent au temps d’indisponibilité constaté par nos équipements.',
      notes: [
        'The clause is from a documentation page of Nua.ge, not its Conditions Générales de Service, which hold "les conditions d\'octroi" and were not read: partly verified.',
        'Reading: "un avoir équivalent au temps d\'indisponibilité" is the fee\'s share of the month that was unavailable (pro-rata, multiplier 1): 1 h down in a 720 h month gives 1/720 of the fee.',
        'The avoir is due only "en cas de défaut au respect du SLA", below 99.99 % (pro-rata below 99.99): a month at 99.99 % or above (at most 4 min 19.2 s down in a 30-day month) gets nothing; below, the whole downtime is credited, not only what exceeds the allowance (a reading: the page says "équivalent au temps d\'indisponibilité constaté").',
        'Measured by Nua.ge\'s probes and equipment: log the incidents they would see.',
        'Silent in the text read: the exclusions (maintenance, client causes and force majeure are excluded here as library defaults, a reading), the credit base, any cap, the claim window and any sole-remedy clause. The month is read in Europe/Paris.',
      ],
      notesFr: [
        'La clause vient d’une page de documentation de Nua.ge, pas de ses Conditions Générales de Service, qui contiennent « les conditions d\'octroi » et n’ont pas été lues\u00a0: vérifié en partie.',
        'Lecture\u00a0: « un avoir équivalent au temps d\'indisponibilité » est la part du prix correspondant au temps indisponible du mois (pro-rata, multiplier 1)\u00a0: 1 h d’arrêt dans un mois de 720 h donne 1/720 du prix.',
        'L’avoir n’est dû qu’« en cas de défaut au respect du SLA », sous 99.99 % (pro-rata below 99.99)\u00a0: un mois à 99.99 % ou plus (au plus 4 min 19,2 s d’arrêt dans un mois de 30 jours) n’obtient rien\u00a0; en dessous, toute l’indisponibilité est créditée, pas seulement ce qui dépasse la franchise (une lecture\u00a0: la page dit « équivalent au temps d\'indisponibilité constaté »).',
        'Mesuré par les sondes et équipements de Nua.ge\u00a0: consignez les incidents qu’ils verraient.',
        'Silence dans le texte lu\u00a0: les exclusions (maintenance, causes client et force majeure sont exclues ici comme défauts de la bibliothèque, une lecture), la base du crédit, tout plafond, le délai de réclamation et toute clause de recours exclusif. Le mois se lit en Europe/Paris.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
