import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of historical.ts, by preset id. */
export const historicalTexts = /* @__PURE__ */ (() =>
  ({
    'france-telecom-gtr-2001': {
      clause:
        'dans le cadre du contrat professionnel présence, un niveau de garantie de temps de rétablissement (GTR) de quatre heures ouvrables du lundi au samedi de 8 heures à 18 heures',
      notes: [
        'The terms are known from the ART décision, which describes the service France Télécom gave its own professional clients; it is not the contract itself.',
        'The collected terms give no address for the décision: no URL is recorded. The clause was checked against a secondary copy of the décision (n° 2001-355 du 4 avril 2001): https://juriblio.fr/decisions/decision-no-2001-355-du-4-avril-2001/134609217/270027606.',
        'Calendar: "ouvrables du lundi au samedi de 8 heures à 18 heures" read as 08:00-18:00 Monday to Saturday, Europe/Paris wall-clock time.',
        'French public holidays are closed (holidays FR): a READING, the clause does not mention them; "heures ouvrables" ordinarily exclude public holidays.',
        'No penalty is known: the décision gives none (it says the service is included in the subscription), so a breach is reported but gives no credit.',
        'The clock starts when the client reports the fault (la signalisation; clockStartsAt reported).',
        'No availability commitment: the preset has no credit model; its measurement rules are the library defaults.',
        'Silent: the décision, as quoted, does not say whether public holidays are heures ouvrables (read as closed), names no penalty or credit for a missed GTR (none: a breach is reported only), no exclusion (the library default stands in: incidents caused by maintenance, the client or force majeure are outside the GTR), and does not say whether a fault reported outside the hours waits for the next opening (the calendar counts open hours only, so it does).',
      ],
      notesFr: [
        'Les conditions sont connues par la décision de l’ART, qui décrit le service que France Télécom rendait à ses propres clients professionnels\u00a0; ce n’est pas le contrat lui-même.',
        'Les conditions recueillies ne donnent aucune adresse de la décision\u00a0: aucune URL n’est consignée. La clause a été vérifiée sur une copie de seconde main de la décision (n° 2001-355 du 4 avril 2001)\u00a0: https://juriblio.fr/decisions/decision-no-2001-355-du-4-avril-2001/134609217/270027606.',
        'Calendrier\u00a0: « ouvrables du lundi au samedi de 8 heures à 18 heures » lu comme 08:00-18:00 du lundi au samedi, heure locale Europe/Paris.',
        'Les jours fériés français sont fermés (fériés\u00a0: FR)\u00a0: une LECTURE, la clause n’en parle pas\u00a0; les « heures ouvrables » excluent d’ordinaire les jours fériés.',
        'Aucune pénalité n’est connue\u00a0: la décision n’en donne pas (elle dit le service compris dans l’abonnement), un dépassement est donc signalé mais ne donne aucun crédit.',
        'Le délai part du signalement du défaut par le client (la signalisation\u00a0; clockStartsAt reported).',
        'Aucun engagement de disponibilité\u00a0: le modèle n’a aucun modèle de crédit\u00a0; ses règles de mesure sont les défauts de la bibliothèque.',
        'Silence\u00a0: la décision, telle que citée, ne dit pas si les jours fériés sont des heures ouvrables (lus comme fermés), ne nomme ni pénalité ni crédit pour une GTR manquée (aucun\u00a0: un dépassement est seulement signalé), ni exclusion (le défaut de la bibliothèque en tient lieu\u00a0: les incidents causés par la maintenance, le client ou la force majeure sont hors GTR), et ne dit pas si un défaut signalé hors des heures attend la prochaine ouverture (le calendrier ne compte que les heures ouvertes, il l’attend donc).',
      ],
    },
    'arcep-ftth-gtr-10h': {
      clause:
        'rétablissement des pannes en 10 heures ouvrées',
      notes: [
        'The 10 business hours are recorded from the ARCEP notification (verified); the business hours themselves are NOT given: verified false for the calendar.',
        'Calendar: an ASSUMPTION, Monday to Friday 08:00-18:00 Europe/Paris, French public holidays closed (holidays FR). Change the calendar in a copy of the preset when the contract defines its heures ouvrées.',
        'The notification is ARCEP\'s décision n° 2020-1432 of 8 December 2020; no address of the décision was found: no URL is recorded.',
        'No penalty is recorded: a breach is reported but gives no credit.',
        'The clock starts when the fault is reported (clockStartsAt reported); the recorded terms do not say.',
        'No availability commitment: the preset has no credit model; its measurement rules are the library defaults.',
        'Silent in the recorded terms: which hours are heures ouvrées and whether public holidays count (ASSUMED Monday to Friday 08:00-18:00 Europe/Paris, holidays FR closed), when the clock starts (the report, clockStartsAt reported), any exclusion (the library default: incidents caused by maintenance, the client or force majeure are outside the GTR), and any penalty (none: a breach is reported only).',
      ],
      notesFr: [
        'Les 10 heures ouvrées sont reprises de la notification de l’ARCEP (vérifié)\u00a0; les heures ouvrées elles-mêmes ne sont PAS données\u00a0: verified false pour le calendrier.',
        'Calendrier\u00a0: une HYPOTHÈSE, du lundi au vendredi 08:00-18:00 Europe/Paris, jours fériés français fermés (fériés\u00a0: FR). Changez le calendrier dans une copie du modèle quand le contrat définit ses heures ouvrées.',
        'La notification est la décision n° 2020-1432 de l’ARCEP du 8 décembre 2020\u00a0; aucune adresse de la décision n’a été trouvée\u00a0: aucune URL n’est consignée.',
        'Aucune pénalité n’est consignée\u00a0: un dépassement est signalé mais ne donne aucun crédit.',
        'Le délai part du signalement du défaut (clockStartsAt reported)\u00a0; les conditions consignées ne le disent pas.',
        'Aucun engagement de disponibilité\u00a0: le modèle n’a aucun modèle de crédit\u00a0; ses règles de mesure sont les défauts de la bibliothèque.',
        'Silence dans les conditions consignées\u00a0: quelles heures sont des heures ouvrées et si les jours fériés comptent (SUPPOSÉ du lundi au vendredi 08:00-18:00 Europe/Paris, fériés FR fermés), quand le délai part (le signalement, clockStartsAt reported), toute exclusion (le défaut de la bibliothèque\u00a0: les incidents causés par la maintenance, le client ou la force majeure sont hors GTR), et toute pénalité (aucune\u00a0: un dépassement est seulement signalé).',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
