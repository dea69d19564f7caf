import { type SourceTexts } from './texts.js'

// What Microsoft's terms say for every VM preset, and how the library reads what they leave open.
const COMMON_NOTES = [
  'Paraphrase, not a quotation: the Service Credit is a share of the Applicable Monthly Service Fees of the affected virtual machines; Downtime is counted in accumulated minutes over the month.',
  'Sole remedy (paraphrase): the Service Credits are the customer\'s sole and exclusive remedy for any performance or availability issue (soleRemedy).',
  'Claims (paraphrase): by the end of the calendar month after the month of the incident, with the details Microsoft asks for (claim).',
  'Reading: availability is (maximum available minutes − downtime) / maximum available minutes, measured exactly, to the millisecond (granularity none); the terms count minutes but do not say how a partly unavailable minute counts.',
  'Reading: the month is the billing month, read as the calendar month in UTC; the terms name no time zone.',
  'Silent: no minimum outage is stated, so every unavailability counts.',
  'Outages caused by the customer and force majeure are excluded and count as available time: a reading of the general exclusions of the Online Services SLA, not a clause of the VM section.',
  'A partial outage counts in full and degraded performance does not count (library defaults); the terms speak of connectivity only.',
] as const

/**
 * For zones and sets the maximum available minutes run only while two or more VMs of the deployment are
 * running; the library's month runs throughout, so a month where fewer ran reads higher than Microsoft's.
 */
const DEPLOYMENT_NOTES = [
  'Paraphrase: the maximum available minutes are the minutes of the month during which two or more VMs of the deployment were running; NOT ENCODED in this preset, which measures the whole calendar month: a month where fewer than two VMs ran for a while reads higher than Microsoft\'s. The in-service variants (azure-vm-zones-in-service, azure-vm-availability-set-in-service) encode it, given each VM\'s running stretches.',
  'Scheduled maintenance is excluded and counts as available time (the library default); the VM section of the terms read here does not list it among the exclusions: a reading.',
] as const

/** The same, for the variants measured only while two or more VMs run. */
const IN_SERVICE_NOTES = [
  'In-service variant. Paraphrase: the maximum available minutes are the minutes of the month during which two or more VMs of the deployment were running; ENCODED (measurement.window.inService, atLeast 2): only that time is measured and only the downtime inside it counts. Give each VM\'s running stretches (running) to measureAvailability or monthlyStatement: a VM left out of them counts as not running, and without them the measurement is refused (an InputError naming running) rather than read over the whole month.',
  DEPLOYMENT_NOTES[1],
] as const

const COMMON_NOTES_FR = [
  'Paraphrase, pas une citation\u00a0: le « Service Credit » est une part des « Applicable Monthly Service Fees » des machines virtuelles affectées\u00a0; l’indisponibilité se compte en minutes cumulées sur le mois.',
  'Recours exclusif (paraphrase)\u00a0: les « Service Credits » sont le recours seul et exclusif du client pour tout problème de performance ou de disponibilité (soleRemedy).',
  'Réclamations (paraphrase)\u00a0: avant la fin du mois civil qui suit le mois de l’incident, avec les détails que Microsoft demande (claim).',
  'Lecture\u00a0: la disponibilité vaut (minutes disponibles maximales − indisponibilité) / minutes disponibles maximales, mesurée exactement, à la milliseconde (granularity none)\u00a0; les conditions comptent des minutes mais ne disent pas comment compte une minute en partie indisponible.',
  'Lecture\u00a0: le mois est le mois de facturation, lu comme le mois civil en UTC\u00a0; les conditions ne nomment aucun fuseau horaire.',
  'Silence\u00a0: aucune durée minimale de panne n’est donnée, toute indisponibilité compte donc.',
  'Les pannes causées par le client et la force majeure sont exclues et comptent comme temps disponible\u00a0: une lecture des exclusions générales du SLA for Online Services, pas une clause de la section VM.',
  'Une panne partielle compte en entier et une performance dégradée ne compte pas (défauts de la bibliothèque)\u00a0; les conditions ne parlent que de connectivité.',
] as const

const DEPLOYMENT_NOTES_FR = [
  'Paraphrase\u00a0: les minutes disponibles maximales sont les minutes du mois pendant lesquelles deux VM ou plus du déploiement tournaient\u00a0; NON CODÉ dans ce modèle, qui mesure le mois civil entier\u00a0: un mois où moins de deux VM ont tourné un moment se lit plus haut que chez Microsoft. Les variantes « en service » (azure-vm-zones-in-service, azure-vm-availability-set-in-service) le codent, à partir des périodes de marche de chaque VM.',
  'La maintenance programmée est exclue et compte comme temps disponible (le défaut de la bibliothèque)\u00a0; la section VM des conditions lues ne la range pas parmi les exclusions\u00a0: une lecture.',
] as const

const IN_SERVICE_NOTES_FR = [
  'Variante « en service ». Paraphrase\u00a0: les minutes disponibles maximales sont les minutes du mois pendant lesquelles deux VM ou plus du déploiement tournaient\u00a0; CODÉ (measurement.window.inService, atLeast 2)\u00a0: seul ce temps est mesuré et seule l’indisponibilité à l’intérieur compte. Donnez les périodes de marche de chaque VM (running) à measureAvailability ou au relevé mensuel (monthlyStatement)\u00a0: une VM absente compte comme arrêtée, et sans elles la mesure est refusée (une InputError qui nomme running) plutôt que lue sur le mois entier.',
  DEPLOYMENT_NOTES_FR[1],
] as const

/** The notes of a single instance whose disks are all of one type, with the bands of that type. */
function singleInstance(disk: string, tiers: readonly [ten: string, twentyFive: string, hundred: string], also = '') {
  const [ten, twentyFive, hundred] = tiers
  return {
    notes: [
      `The bands were checked against Microsoft's 2026 SLA for Online Services by the audit of the presets. Paraphrase, not a quotation: a single instance with ${disk}${also}, less than ${ten} % → 10 %; less than ${twentyFive} % → 25 %; less than ${hundred} % → 100 %. Earlier versions of this preset assumed other bands; these replace them.`,
      'Mixed disks (paraphrase): an instance whose disks are of several types takes the terms of the lowest of them; pick the preset of that type.',
      'Maintenance of single instances is not excluded since version 1.7 of the VM SLA (March 2018, "Removed exclusion for downtime related to Single-Instance Virtual Machines maintenance", in Microsoft\'s version history): maintenance counts as downtime here.',
      ...COMMON_NOTES,
      `Scope: one element per instance, every disk of it ${disk}${also}.`,
    ],
    notesFr: [
      `Les tranches ont été vérifiées sur le SLA for Online Services 2026 de Microsoft lors de l’audit des modèles. Paraphrase, pas une citation\u00a0: une instance unique avec ${disk}${also === '' ? '' : ' (ou Premium SSD v2, ou Ultra Disk)'}\u00a0: moins de ${ten}\u00a0% → 10\u00a0%\u00a0; moins de ${twentyFive}\u00a0% → 25\u00a0%\u00a0; moins de ${hundred}\u00a0% → 100\u00a0%. Des versions antérieures de ce modèle supposaient d’autres tranches\u00a0; celles-ci les remplacent.`,
      'Disques mixtes (paraphrase)\u00a0: une instance dont les disques sont de plusieurs types prend les conditions du plus bas d’entre eux\u00a0; choisissez le modèle de ce type.',
      'La maintenance des instances uniques n’est plus exclue depuis la version 1.7 du SLA des VM (mars 2018, « Removed exclusion for downtime related to Single-Instance Virtual Machines maintenance », dans l’historique des versions de Microsoft)\u00a0: la maintenance compte ici comme indisponibilité.',
      ...COMMON_NOTES_FR,
      `Portée\u00a0: un élément par instance, chacun de ses disques en ${disk}${also === '' ? '' : ' (ou Premium SSD v2, ou Ultra Disk)'}.`,
    ],
  } as const
}

/** The clauses and notes of the presets of azure-vm.ts, by preset id. */
export const azureVmTexts = /* @__PURE__ */ (() =>
  ({
    'azure-vm-zones': {
      notes: [
        'The zone bands come from a secondary copy of the SLA for Online Services; the audit of the presets against Microsoft\'s 2026 text confirmed the availability-set and single-instance bands, not these: verified false.',
        'Paraphrase, not a quotation: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 25 %; less than 95.0 % → 100 % of the applicable monthly service fees.',
        ...DEPLOYMENT_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the deployment reachable; one element per deployment.',
      ],
      notesFr: [
        'Les tranches de zone viennent d’une copie de seconde main du SLA for Online Services\u00a0; l’audit des modèles sur le texte 2026 de Microsoft a confirmé les tranches « availability set » et instance unique, pas celles-ci\u00a0: verified false.',
        'Paraphrase, pas une citation\u00a0: moins de 99.99 % mais au moins 99.0 % → 10 %\u00a0; moins de 99.0 % mais au moins 95.0 % → 25 %\u00a0; moins de 95.0 % → 100 % des « applicable monthly service fees ».',
        ...DEPLOYMENT_NOTES_FR,
        ...COMMON_NOTES_FR,
        'Portée\u00a0: consignez les incidents qui ne laissent aucune instance du déploiement joignable\u00a0; un élément par déploiement.',
      ],
    },
    'azure-vm-availability-set': {
      notes: [
        'The bands were checked against Microsoft\'s 2026 SLA for Online Services by the audit of the presets. Paraphrase, not a quotation: less than 99.95 % → 10 %; less than 99 % → 25 %; less than 95 % → 100 %.',
        ...DEPLOYMENT_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the availability set reachable; one element per availability set.',
      ],
      notesFr: [
        'Les tranches ont été vérifiées sur le SLA for Online Services 2026 de Microsoft lors de l’audit des modèles. Paraphrase, pas une citation\u00a0: moins de 99.95 % → 10 %\u00a0; moins de 99 % → 25 %\u00a0; moins de 95 % → 100 %.',
        ...DEPLOYMENT_NOTES_FR,
        ...COMMON_NOTES_FR,
        'Portée\u00a0: consignez les incidents qui ne laissent aucune instance de l’« availability set » joignable\u00a0; un élément par « availability set ».',
      ],
    },
    'azure-vm-zones-in-service': {
      notes: [
        'The zone bands come from a secondary copy of the SLA for Online Services; the audit of the presets against Microsoft\'s 2026 text confirmed the availability-set and single-instance bands, not these: verified false.',
        'Paraphrase, not a quotation: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 25 %; less than 95.0 % → 100 % of the applicable monthly service fees.',
        ...IN_SERVICE_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the deployment reachable; one element per deployment, and one entry of running per VM.',
      ],
      notesFr: [
        'Les tranches de zone viennent d’une copie de seconde main du SLA for Online Services\u00a0; l’audit des modèles sur le texte 2026 de Microsoft a confirmé les tranches « availability set » et instance unique, pas celles-ci\u00a0: verified false.',
        'Paraphrase, pas une citation\u00a0: moins de 99.99 % mais au moins 99.0 % → 10 %\u00a0; moins de 99.0 % mais au moins 95.0 % → 25 %\u00a0; moins de 95.0 % → 100 % des « applicable monthly service fees ».',
        ...IN_SERVICE_NOTES_FR,
        ...COMMON_NOTES_FR,
        'Portée\u00a0: consignez les incidents qui ne laissent aucune instance du déploiement joignable\u00a0; un élément par déploiement, et une entrée de running par VM.',
      ],
    },
    'azure-vm-availability-set-in-service': {
      notes: [
        'The bands were checked against Microsoft\'s 2026 SLA for Online Services by the audit of the presets. Paraphrase, not a quotation: less than 99.95 % → 10 %; less than 99 % → 25 %; less than 95 % → 100 %.',
        ...IN_SERVICE_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the availability set reachable; one element per availability set, and one entry of running per VM.',
      ],
      notesFr: [
        'Les tranches ont été vérifiées sur le SLA for Online Services 2026 de Microsoft lors de l’audit des modèles. Paraphrase, pas une citation\u00a0: moins de 99.95 % → 10 %\u00a0; moins de 99 % → 25 %\u00a0; moins de 95 % → 100 %.',
        ...IN_SERVICE_NOTES_FR,
        ...COMMON_NOTES_FR,
        'Portée\u00a0: consignez les incidents qui ne laissent aucune instance de l’« availability set » joignable\u00a0; un élément par « availability set », et une entrée de running par VM.',
      ],
    },
    'azure-vm-single-premium-ssd': singleInstance('Premium SSD', ['99.9', '99', '95'], ' (or Premium SSD v2, or Ultra Disk)'),
    'azure-vm-single-standard-ssd': singleInstance('Standard SSD', ['99.5', '95', '90']),
    'azure-vm-single-standard-hdd': singleInstance('Standard HDD', ['95', '92', '90']),
  }) as const satisfies Record<string, SourceTexts>)()
