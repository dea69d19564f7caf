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
    },
  }) as const satisfies Record<string, SourceTexts>)()
