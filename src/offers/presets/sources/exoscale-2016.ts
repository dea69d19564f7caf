import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of exoscale-2016.ts, by preset id. */
export const exoscale2016Texts = /* @__PURE__ */ (() =>
  ({
    'exoscale-2016': {
      clause:
        'Except under the conditions mentioned in the section 4.1 above, if the Services Availability is less than 99.95%, the Supplier will issue a credit to Client according to the following table: - From 99.95% to 98.3% : fifty percent (50%) of the monthly Service Fees for the affected Services - Below 98.3% : one hundred percent (100%) of the monthly Service Fees for the affected Services',
      notes: [
        'The clause is section 4.4 of the archived file (read at commit 8a15329fe678c08931422835294bfb2c426c5b50); its figures match the collected terms.',
        'Bounds: "less than 99.95%" gives nothing at exactly 99.95 %; "From 99.95% to 98.3%" includes 98.3 % in the 50 % band and "Below 98.3%" excludes it from the 100 % band.',
        'Period: the collected terms record the scope as the month and the credit is a share of the monthly fee, so availability is measured per calendar month. Section 4.1 of the same terms states the target as "an overall 99.95% annual availability"; to read the credit against the year instead, measure over a yearPeriod.',
        'The month is read in Europe/Zurich (the supplier is in Lausanne); the terms name no time zone.',
        'Exclusions (section 4.1): planned downtime and maintenance, force majeure, failures of the client\'s own software or equipment, unavailability of the website and a client in breach. Encoded as the causes maintenance, customer and force-majeure, counted as available time; a client in breach is not a cause of an incident and is not encoded.',
        'No minimum outage is recorded; downtime is measured exactly, to the millisecond.',
        'A partial outage counts in full and degraded performance does not count (library defaults); the terms call a service Unavailable when the client cannot access its subscribed resources.',
        'Silent: the clause quoted and section 4.1 as summarised here name no time zone (Europe/Zurich, a reading), no minimum outage (every unavailability counts), no rule for a partly unavailable minute (measured to the millisecond), no rule for a partial outage or degraded performance (the library defaults: a partial outage counts in full, degraded performance not at all), no sole-remedy clause (soleRemedy not set) and no minimum credit (none is applied).',
        'Claims within 10 business days, by email with the times and dates of the unavailability; credits only against future bills. Not encoded: the library computes what is owed, not whether it was claimed in time.',
      ],
      notesFr: [
        'La clause est la section 4.4 du fichier archivé (lu au commit 8a15329fe678c08931422835294bfb2c426c5b50)\u00a0; ses chiffres concordent avec les conditions recueillies.',
        'Bornes\u00a0: « less than 99.95% » ne donne rien à 99,95 % exactement\u00a0; « From 99.95% to 98.3% » met 98,3 % dans la tranche à 50 % et « Below 98.3% » l’exclut de la tranche à 100 %.',
        'Période\u00a0: les conditions recueillies donnent le mois pour portée et le crédit est une part du prix mensuel, la disponibilité se mesure donc par mois civil. La section 4.1 des mêmes conditions énonce l’objectif comme « an overall 99.95% annual availability »\u00a0; pour lire le crédit sur l’année, mesurez sur une yearPeriod.',
        'Le mois se lit en Europe/Zurich (le fournisseur est à Lausanne)\u00a0; les conditions ne nomment aucun fuseau horaire.',
        'Exclusions (section 4.1)\u00a0: arrêts planifiés et maintenance, force majeure, défaillances des logiciels ou équipements du client lui-même, indisponibilité du site web et client en défaut. Codées comme les causes maintenance, customer et force-majeure, comptées comme temps disponible\u00a0; un client en défaut n’est pas une cause d’incident et n’est pas codé.',
        'Aucune durée minimale de panne n’est fixée\u00a0; l’indisponibilité se mesure exactement, à la milliseconde.',
        'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque)\u00a0; les conditions disent un service « Unavailable » quand le client ne peut accéder aux ressources souscrites.',
        'Silence\u00a0: la clause citée et la section 4.1 telle que résumée ici ne nomment ni fuseau horaire (Europe/Zurich, une lecture), ni durée minimale de panne (toute indisponibilité compte), ni règle pour une minute en partie indisponible (mesure à la milliseconde), ni règle pour une panne partielle ou une performance dégradée (défauts de la bibliothèque\u00a0: une panne partielle compte en entier, une performance dégradée pas du tout), ni clause de recours exclusif (soleRemedy absent), ni crédit minimal (aucun n’est appliqué).',
        'Réclamations sous 10 jours ouvrés, par courriel avec les heures et dates de l’indisponibilité\u00a0; crédits seulement sur les factures à venir. Non codé\u00a0: la bibliothèque calcule ce qui est dû, pas si la réclamation a été faite à temps.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
