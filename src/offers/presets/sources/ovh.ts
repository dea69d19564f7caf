import { type SourceTexts } from './texts.js'

// Readings shared by OVH's legacy terms, as the OVH VPS 2016 preset reads its own.
const OVH_READINGS = [
  'The month is the calendar month in Europe/Paris (OVH is a French company); the recorded terms name no time zone.',
  'No minimum outage and no exclusion for scheduled maintenance are recorded: every unavailability counts, maintenance included.',
  'Outages caused by the client or by force majeure are excluded (a general reading of any contract, as in the OVH VPS 2016 preset).',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
] as const

const OVH_READINGS_FR = [
  'Le mois est le mois civil en Europe/Paris (OVH est une société française)\u00a0; les conditions consignées ne nomment aucun fuseau horaire.',
  'Aucune durée minimale de panne et aucune exclusion pour la maintenance programmée ne sont consignées\u00a0: toute indisponibilité compte, maintenance comprise.',
  'Les pannes causées par le client ou par la force majeure sont exclues (une lecture générale de tout contrat, comme dans le modèle OVH VPS 2016).',
  'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque).',
] as const

/** The clauses and notes of the presets of ovh.ts, by preset id. */
export const ovhTexts = /* @__PURE__ */ (() =>
  ({
    'ovh-dedicated-legacy': {
      clause:
        'OVH guarantees the quality of connection and the accessibility of 99.9%, that means that total downtime should not exceed 43 minutes and 12 seconds a month. In case of a breach of this conditon , OVH will pay compensation of 2.5% of monthly cost of a service for every 60 minutes of server inaccessibility (a total sum of compensation cannot exceed the monthly cost of a service).',
      notes: [
        'The clause is quoted as the page writes it (its typo "conditon" kept).',
        '"In case of a breach of this condition": nothing is due while the month\'s downtime is at most 43 min 12 s (allowance PT43M12S); once it is exceeded, every hour of the month\'s inaccessibility counts, from the first one (onceExceeded all), not only the hours beyond the 43 min 12 s. Earlier versions of this preset paid from the first minute: a month with 20 minutes down now gets nothing.',
        'The allowance is the duration the page states, 43 min 12 s (0.1 % of a 30-day month), in every month: not 0.1 % of each month (44 min 38.4 s in a 31-day month).',
        'Reading: "for every 60 minutes" is read as every started hour (count started): 2 h 10 min down gives 3 × 2.5 % = 7.5 %. Read as complete hours (count full in a copy of the preset) it gives 2 × 2.5 % = 5 %. The page does not settle it.',
        'Reading: the hours are those of the month\'s total inaccessibility (summed over the month, then rounded up to started hours), not rounded up incident by incident.',
        'Exclusion (paraphrase): "the moment you switch on the rescue mode, the defect won\'t be registered": time the client spends in rescue mode is not inaccessibility. Log it with cause customer, or leave it out of the log.',
        'Outages are detected by ping: log the incidents OVH\'s monitoring would have seen; nothing here checks how they were detected.',
        'Silent: the page names no claim procedure or window, no sole-remedy clause, and no other exclusion than rescue mode.',
        ...OVH_READINGS,
      ],
      notesFr: [
        'La clause est citée telle que la page l’écrit (sa coquille « conditon » conservée).',
        '« In case of a breach of this condition »\u00a0: rien n’est dû tant que l’indisponibilité du mois ne dépasse pas 43 min 12 s (franchise PT43M12S)\u00a0; une fois dépassée, chaque heure d’inaccessibilité du mois compte, dès la première (onceExceeded all), pas seulement les heures au-delà des 43 min 12 s. Des versions antérieures de ce modèle payaient dès la première minute\u00a0: un mois à 20 minutes d’arrêt n’obtient désormais rien.',
        'La franchise est la durée que donne la page, 43 min 12 s (0,1 % d’un mois de 30 jours), chaque mois\u00a0: pas 0,1 % de chaque mois (44 min 38,4 s dans un mois de 31 jours).',
        'Lecture\u00a0: « for every 60 minutes » se lit comme chaque heure entamée (count started)\u00a0: 2 h 10 min d’arrêt donnent 3 × 2,5 % = 7,5 %. Lu comme des heures complètes (count full dans une copie du modèle), cela donne 2 × 2,5 % = 5 %. La page ne tranche pas.',
        'Lecture\u00a0: les heures sont celles de l’inaccessibilité totale du mois (additionnée sur le mois, puis arrondie aux heures entamées), pas arrondies incident par incident.',
        'Exclusion (paraphrase)\u00a0: « the moment you switch on the rescue mode, the defect won\'t be registered »\u00a0: le temps que le client passe en mode secours n’est pas de l’inaccessibilité. Consignez-le avec la cause customer, ou laissez-le hors du journal.',
        'Les pannes sont détectées par ping\u00a0: consignez les incidents que la supervision d’OVH aurait vus\u00a0; rien ici ne vérifie comment ils ont été détectés.',
        'Silence\u00a0: la page ne donne ni procédure ou délai de réclamation, ni clause de recours exclusif, ni autre exclusion que le mode secours.',
        ...OVH_READINGS_FR,
      ],
    },
    'ovh-private-cloud-network': {
      clause:
        'OVH garantiert, dass das interne Netz des Private Cloud Datacenters jederzeit verfügbar ist; hiervon ausgenommen sind geplante Wartungsarbeiten, die nach Vorabinformation des Kunden durchgeführt werden. […] Netzwerk: 5 % des Gesamtbetrages der nächsten Rechnung je 10 Minuten Nichtverfügbarkeit; maximal 100 % des Gesamtrechnungsbetrags.',
      notes: [
        'The clause is quoted from the German page, shortened where marked […]. The URL is that page; earlier versions of this preset recorded only the ovh.cz dedicated-cloud section, not the page (the Czech one is https://www.ovh.cz/dedicated-cloud/seznameni/sla.xml, same terms).',
        'Planned maintenance announced to the client beforehand is excluded ("ausgenommen sind geplante Wartungsarbeiten, die nach Vorabinformation des Kunden durchgeführt werden") and counts as available time: log it with cause maintenance. Earlier versions of this preset counted it as downtime. Maintenance that was not announced is not excluded: log it as unplanned.',
        'Reading: "je 10 Minuten" (per 10 minutes) is read as every started 10 minutes (count started), on the month\'s total unavailability, from the first minute (the target is 100 %); the storage clause of the same page says "pro angefangene 10 Minuten" (per started 10 minutes), the network clause does not. Count full in a copy for complete periods only.',
        'The credit base is the next invoice, not the month\'s fee: pass the amount of the next invoice as the fee.',
        'Conditions not encoded (paraphrase): the credit requires at least 2 hosts, high availability (HA) enabled and an open incident ticket; check them before applying the preset.',
        'NOT ENCODED: the internet connectivity part (target 99.95 %, 5 % of the next invoice per hour) and the host (99.99 %) and storage (100 %) parts are separate commitments on other elements.',
        'Silent: no claim window and no sole-remedy clause on the page.',
        'The month is the calendar month in Europe/Paris (OVH is a French company); the page names no time zone.',
        'Outages caused by the client or by force majeure are excluded (a general reading of any contract, as in the OVH VPS 2016 preset).',
        'A partial outage counts in full and degraded performance does not count (library defaults).',
      ],
      notesFr: [
        'La clause est citée de la page allemande, abrégée là où c’est marqué […]. L’URL est cette page\u00a0; des versions antérieures de ce modèle ne consignaient que la section « dedicated cloud » d’ovh.cz, pas la page (la page tchèque est https://www.ovh.cz/dedicated-cloud/seznameni/sla.xml, mêmes conditions).',
        'La maintenance planifiée annoncée au client à l’avance est exclue (« ausgenommen sind geplante Wartungsarbeiten, die nach Vorabinformation des Kunden durchgeführt werden ») et compte comme temps disponible\u00a0: consignez-la avec la cause maintenance. Des versions antérieures de ce modèle la comptaient comme indisponibilité. Une maintenance non annoncée n’est pas exclue\u00a0: consignez-la comme imprévue.',
        'Lecture\u00a0: « je 10 Minuten » (par 10 minutes) se lit comme chaque tranche de 10 minutes entamée (count started), sur l’indisponibilité totale du mois, dès la première minute (l’objectif est 100 %)\u00a0; la clause stockage de la même page dit « pro angefangene 10 Minuten » (par tranche de 10 minutes entamée), la clause réseau ne le dit pas. Mettez count full dans une copie pour des tranches complètes seulement.',
        'La base du crédit est la facture suivante, pas le prix du mois\u00a0: passez le montant de la facture suivante comme prix.',
        'Conditions non codées (paraphrase)\u00a0: le crédit exige au moins 2 hôtes, la haute disponibilité (HA) activée et un ticket d’incident ouvert\u00a0; vérifiez-les avant d’appliquer le modèle.',
        'NON CODÉ\u00a0: la partie connectivité internet (objectif 99.95 %, 5 % de la facture suivante par heure) et les parties hôte (99.99 %) et stockage (100 %) sont des engagements distincts sur d’autres éléments.',
        'Silence\u00a0: ni délai de réclamation ni clause de recours exclusif sur la page.',
        'Le mois est le mois civil en Europe/Paris (OVH est une société française)\u00a0; la page ne nomme aucun fuseau horaire.',
        'Les pannes causées par le client ou par la force majeure sont exclues (une lecture générale de tout contrat, comme dans le modèle OVH VPS 2016).',
        'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque).',
      ],
    },
    'ovh-us-kms-2024': {
      notes: [
        'Paraphrase, not a quotation: target 99.50 %; 5 % of the monthly cost of the service per hour of unavailability beyond the SLA, at most 30 %; unavailable means no access for more than 3 consecutive minutes, counted from the ticket.',
        'Reading: only the downtime beyond what 99.50 % of the month allows counts (beyond 99.50, "per each one (1) hour period of Unavailability beyond the SLA"), and every started hour of it counts (count started); the terms do not say whether a started or only a complete hour counts (count full in a copy for complete hours).',
        'Outages of less than 3 consecutive minutes do not count (minimum outage PT3M). Edge: the terms say "more than 3 consecutive minutes", while the minimum outage counts an outage of exactly 3 minutes; the difference is a single instant.',
        'The clock starts at the ticket: log each incident from the moment the client opened the ticket, not from the start of the failure. The library measures an incident from its start, so the start given must be the ticket time.',
        'The month is the calendar month, read in UTC: the recorded terms name no time zone.',
        'No exclusion for scheduled maintenance is recorded: maintenance counts; outages caused by the client or by force majeure are excluded (a general reading).',
        'A partial outage counts in full and degraded performance does not count (library defaults).',
        'Claims (paraphrase): a support request within sixty (60) calendar days of the suspected incident, via the OVHcloud Control Panel (claim).',
        'Silent: no sole-remedy clause was read in the excerpt of the page consulted.',
      ],
      notesFr: [
        'Paraphrase, pas une citation\u00a0: objectif 99.50 %\u00a0; 5 % du coût mensuel du service par heure d’indisponibilité au-delà du SLA, au plus 30 %\u00a0; indisponible signifie aucun accès pendant plus de 3 minutes consécutives, compté depuis le ticket.',
        'Lecture\u00a0: seule l’indisponibilité au-delà de ce que 99.50 % du mois permet compte (beyond 99.50, « per each one (1) hour period of Unavailability beyond the SLA »), et chaque heure entamée compte (count started)\u00a0; les conditions ne disent pas si une heure entamée ou seulement une heure complète compte (count full dans une copie pour des heures complètes).',
        'Les pannes de moins de 3 minutes consécutives ne comptent pas (durée minimale de panne PT3M). Cas limite\u00a0: les conditions disent « more than 3 consecutive minutes », alors que la durée minimale compte une panne de 3 minutes tout juste\u00a0; la différence est un seul instant.',
        'Le délai part du ticket\u00a0: consignez chaque incident à partir du moment où le client a ouvert le ticket, pas du début de la défaillance. La bibliothèque mesure un incident depuis son début, le début donné doit donc être l’heure du ticket.',
        'Le mois est le mois civil, lu en UTC\u00a0: les conditions consignées ne nomment aucun fuseau horaire.',
        'Aucune exclusion pour la maintenance programmée n’est consignée\u00a0: la maintenance compte\u00a0; les pannes causées par le client ou par la force majeure sont exclues (une lecture générale).',
        'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque).',
        'Réclamations (paraphrase)\u00a0: une demande au support dans les soixante (60) jours calendaires suivant l’incident présumé, par l’OVHcloud Control Panel (claim).',
        'Silence\u00a0: aucune clause de recours exclusif n’a été lue dans l’extrait de la page consulté.',
      ],
    },
    'ovh-us-vmware-2024': {
      clause:
        'The SLA Monthly Availability Rate is set at 99.95% for the Service, and the associated service credits ("Service Credits") are: Between 99% and 99.95% 10% of the monthly price of the affected Service; Less than 99% 30% of the monthly price of the affected Service',
      notes: [
        'The clause is the table of the page, its cells joined; the bands and the formula were read on OVHcloud US\'s page.',
        'Bounds (a reading): "set at 99.95%" gives nothing at exactly 99.95 %; "Between 99% and 99.95%" includes 99 % in the 10 % band; "Less than 99%" gives 30 %.',
        'The credit is a share of the monthly price of the affected Service (creditBase affected).',
        'Conditions not encoded (paraphrase): at least two Host Servers with identical specifications (three for vSAN and SDDC), the High Availability option, capacity on the cluster to start a VM, and 20 % free storage for vSAN datacenters.',
        'Maximum Available Minutes (paraphrase): the minutes of the calendar month during which the customer had the service deployed. NOT ENCODED: the library measures the whole month; log the time before deployment as out of the period (exclusions out-of-period in a copy) if the service started mid-month.',
        'Silent in the text read: the definition of Unavailability (cut off), the exclusions (customer causes and force majeure excluded here, a general reading; maintenance is counted as downtime for want of a clause), the claim window and procedure, and any sole-remedy clause. The month is read in UTC.',
      ],
      notesFr: [
        'La clause est la table de la page, ses cellules mises bout à bout\u00a0; les tranches et la formule ont été lues sur la page d’OVHcloud US.',
        'Bornes (une lecture)\u00a0: « set at 99.95% » ne donne rien à 99,95 % exactement\u00a0; « Between 99% and 99.95% » met 99 % dans la tranche à 10 %\u00a0; « Less than 99% » donne 30 %.',
        'Le crédit est une part du prix mensuel du service affecté (creditBase affected).',
        'Conditions non codées (paraphrase)\u00a0: au moins deux « Host Servers » aux caractéristiques identiques (trois pour vSAN et SDDC), l’option « High Availability », de la capacité sur le cluster pour démarrer une VM, et 20 % de stockage libre pour les datacenters vSAN.',
        '« Maximum Available Minutes » (paraphrase)\u00a0: les minutes du mois civil pendant lesquelles le client avait le service déployé. NON CODÉ\u00a0: la bibliothèque mesure le mois entier\u00a0; consignez le temps avant le déploiement comme hors période (exclusions out-of-period dans une copie) si le service a démarré en cours de mois.',
        'Silence dans le texte lu\u00a0: la définition de l’indisponibilité (coupée), les exclusions (causes client et force majeure exclues ici, une lecture générale\u00a0; la maintenance compte comme indisponibilité faute de clause), le délai et la procédure de réclamation, et toute clause de recours exclusif. Le mois se lit en UTC.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
