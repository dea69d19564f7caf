import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of alwaysdata.ts, by preset id. */
export const alwaysdataTexts = /* @__PURE__ */ (() =>
  ({
    'alwaysdata-managed-dedicated': {
      clause:
        "Garantie de Temps d'Intervention (GTI) : 15min — Garantie de Temps de Rétablissement (GTR) : 1h — Taux de disponibilité : 99.9 %",
      notes: [
        'The clause is the list of the "Serveurs dédiés infogérés" section of the page (read at commit 08419887027fe33df94409d64a6b368f3b1205ab), its three items joined by dashes; its figures match the collected terms.',
        'The 99.9 % availability is encoded as documentation only: the page gives no credit for missing it, so the preset has no credit model and every credit is 0. measureAvailability still reports the availability to compare with 99.9 %.',
        'The GTI and GTR have no penalty: the page gives none, so a breach is reported by evaluateGuarantees but no credit is known.',
        'Calendar: 24/7 is an ASSUMPTION; the page gives the times without hours of coverage.',
        'The clocks start when the client reports the incident (clockStartsAt reported, the library default); the page does not say. Use clockStartsAt first in a copy of the preset if monitoring alerts count.',
        'The month is read in Europe/Paris (alwaysdata is a French company). Measurement rules are the library defaults: no minimum outage, maintenance, customer and force-majeure excluded, partial outages counted in full.',
        'Silent: the page gives no credit or penalty, no hours of coverage (24/7 assumed), no start of the clocks (the report, the library default), no period, time zone or minimum outage for the 99.9 % (calendar month in Europe/Paris, none), no exclusions (maintenance, customer and force majeure excluded, the library defaults), no claim procedure or window and no sole-remedy clause.',
        'The page also lists the Gold range (redundant server, 99.95 %); not encoded here.',
      ],
      notesFr: [
        'La clause est la liste de la section « Serveurs dédiés infogérés » de la page (lue au commit 08419887027fe33df94409d64a6b368f3b1205ab), ses trois points joints par des tirets\u00a0; ses chiffres concordent avec les conditions recueillies.',
        'La disponibilité de 99.9 % est codée pour mémoire seulement\u00a0: la page ne donne aucun crédit si elle n’est pas tenue, le modèle n’a donc aucun modèle de crédit et tout crédit vaut 0. measureAvailability donne quand même la disponibilité à comparer à 99.9 %.',
        'La GTI et la GTR n’ont aucune pénalité\u00a0: la page n’en donne pas, un dépassement est donc signalé par evaluateGuarantees mais aucun crédit n’est connu.',
        'Calendrier\u00a0: 24/7 est une HYPOTHÈSE\u00a0; la page donne les délais sans heures de couverture.',
        'Les délais partent du signalement de l’incident par le client (clockStartsAt reported, le défaut de la bibliothèque)\u00a0; la page ne le dit pas. Mettez clockStartsAt first dans une copie du modèle si les alertes de supervision comptent.',
        'Le mois se lit en Europe/Paris (alwaysdata est une société française). Les règles de mesure sont les défauts de la bibliothèque\u00a0: aucune durée minimale de panne, maintenance, client et force majeure exclus, pannes partielles comptées en entier.',
        'Silence\u00a0: la page ne donne ni crédit ni pénalité, ni heures de couverture (24/7 supposé), ni point de départ des délais (le signalement, défaut de la bibliothèque), ni période, fuseau horaire ou durée minimale de panne pour les 99.9 % (mois civil en Europe/Paris, aucune), ni exclusions (maintenance, client et force majeure exclus, défauts de la bibliothèque), ni procédure ou délai de réclamation, ni clause de recours exclusif.',
        'La page présente aussi la gamme Gold (serveur redondé, 99.95 %)\u00a0; elle n’est pas codée ici.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
