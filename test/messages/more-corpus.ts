/**
 * Bad inputs for the codes of the offers, composites, simulation, reports and service desks, each with
 * the French its issue reads: the catalogue test takes the calls, the French test the whole lines.
 */
import { compareOffers, compositeIncidents, evaluateGuarantees, expectedAvailability, filterOffers, monthPeriod, offerFromPreset, measureAvailability, parseCommitment, parseCriteria, parseIncidents, presets, standardScenarios } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { addBusinessTime, atRiskList, businessCalendar, closedDates, formatDuration, formatInstant, frenchHolidays, parseOffer, withProfile } from '../../src/index.js'
import { jsonSchema } from '../../src/schema/json-schema.js'
import { creditNotesCsv, renderAtRisk, renderBudget, renderCatalogue, renderComparison, renderCompliance, renderPreset, renderPresetList, renderSimulation, renderStatement } from '../../src/report/index.js'
import { parseClientList, parseCsvIncidents, parseGlpiTicketsCsv, parseIncidentsJson, parseIncidentsYaml, parseServiceNowEventLog, parseTicketEventLog } from '../../src/io/index.js'

const fee = { amount: '6.00', currency: 'EUR' }
export const starter = offerFromPreset(presets.ovhVps2016.starter, fee)
// One scenario, so that a problem met in each scenario is listed once.
const scenarios = standardScenarios().filter((s) => s.id === 'outage-4h')

const START = '2026-03-02T10:00:00Z'
const END = '2026-03-02T12:00:00Z'
const hourly = { rate: 1, duration: { type: 'fixed', duration: 'PT1H' } } as const
const measureIncidents = (incidents: unknown) =>
  measureAvailability({ commitment: presets.ovhVps2016.starter, period: monthPeriod({ year: 2026, month: 3 }), incidents: incidents as never })

// Components nested one level deeper than the limit.
let deep: unknown = '99.9'
for (let i = 0; i <= 101; i++) deep = { series: [deep] }

// A calendar open on Mondays only, every Monday a holiday: it is never open.
const mondays = (year: number): string[] => {
  const days: string[] = []
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) if (new Date(t).getUTCDay() === 1) days.push(new Date(t).toISOString().slice(0, 10))
  return days
}
const closedForever = () => businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-10:00' }, holidays: mondays })
const ruled = (rule: (year: number) => unknown) => businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00' }, holidays: [rule as never] })

/** A call that throws an InputError, and the lines `path : French` of its issues, in order. */
export const FRENCH_CASES: { call: () => unknown; french: string[] }[] = [
  {
    call: () => compareOffers({ offers: [], clientLossPerHour: '-1' }),
    french: ["offers : doit être une liste d’offres non vide", 'clientLossPerHour : ne doit pas être négatif'],
  },
  { call: () => compareOffers({ offers: [starter], scenarios, service: 'vps-xl' }), french: ['offers[0].services : n’a pas de service "vps-xl"'] },
  {
    call: () => compareOffers({ offers: [starter], scenarios, clientLossPerHour: { amount: '10', currency: 'USD' } }),
    french: [`clientLossPerHour.currency : est en USD alors que l’offre "${starter.id}" est tarifée en EUR`],
  },
  {
    call: () => filterOffers(5 as never, { structure: ['club' as never], cover: { lossPerHour: '1', atLeast: '1', scenario: 'flood' } }),
    french: [
      "offers : doit être une liste d’offres",
      'criteria.structure[0] : doit être l’une des valeurs association, cooperative, company, volunteer-collective, individual, public-body (valeur reçue : "club")',
      'criteria.cover.scenario : doit être l’une des valeurs ordinary-month, outage-4h, outage-2d, datacentre-fire, friday-evening (valeur reçue : "flood")',
    ],
  },
  {
    call: () => parseCriteria(['fee', 'staff=2', 'gti>=PT4H', 'colour=red']),
    french: [
      'where[0] : doit s’écrire champ=valeur, champ<=valeur ou champ>=valeur (valeur reçue : "fee")',
      'where[1] : staff s’écrit >= un nombre entier (valeur reçue : "staff=2")',
      'where[2] : gti s’écrit <= une durée comme PT4H, ou =true / =false (valeur reçue : "gti>=PT4H")',
      'where[3] : a un champ inconnu "colour" : utilisez structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target ou fee',
    ],
  },
  {
    call: () => expectedAvailability({ series: ['99.5', { parallel: [] }, '101', { parallel: ['99', , '98'] as never }] }),
    french: [
      'series[1].parallel : doit être une liste non vide de composants',
      'series[2] : doit être un pourcentage de 0 à 100 (valeur reçue : 101)',
      'series[3].parallel[1] : manque : une liste de composants ne peut pas avoir de trou',
    ],
  },
  { call: () => expectedAvailability(deep as never), french: [`${Array(101).fill('series[0]').join('.')} : imbrique series et parallel sur plus de 100 niveaux`] },
  {
    call: () => compositeIncidents({ structure: 5 as never, incidents: [], period: monthPeriod({ year: 2026, month: 3 }), causes: ['weather' as never] }),
    french: [
      "structure : doit être un nom d’élément, { series: [...] } ou { parallel: [...] } (valeur reçue : 5)",
      'causes[0] : doit être l’une des valeurs unplanned, maintenance, customer, force-majeure, third-party (valeur reçue : "weather")',
    ],
  },
  {
    call: () => renderPreset(presets.ovhVps2016.starter, { format: 'pdf', lang: 'de', timeZone: 'Mars/Olympus', color: 'yes', width: 0 } as never),
    french: [
      'format : doit être l’une des valeurs text, markdown, json, html (valeur reçue : "pdf")',
      'lang : doit être l’une des valeurs en, fr (valeur reçue : "de")',
      'timeZone : doit être un fuseau horaire IANA comme "Europe/Paris" (valeur reçue : "Mars/Olympus")',
      'color : doit être true ou false (valeur reçue : "yes")',
      'width : doit être un nombre entier de colonnes (valeur reçue : 0)',
    ],
  },
  {
    call: () => renderPreset({} as never, 5 as never),
    french: [
      'options : doit être { format, lang?, timeZone?, color? } (valeur reçue : 5)',
      "format : doit être l’une des valeurs text, markdown, json, html (valeur reçue : rien)",
      'preset : doit être un modèle avec id, name et source',
    ],
  },
  { call: () => renderPresetList(5 as never, { format: 'text' }), french: ['presets : doit être une liste de modèles'] },
  { call: () => renderPresetList([{}] as never, { format: 'text' }), french: ['presets[0] : doit être un modèle avec id, name et source'] },
  {
    call: () => measureIncidents([{ start: START, end: END, priority: 1, client: '', statusHistory: 5, waiting: {} }]),
    french: [
      'incidents[0].priority : doit être un nom de priorité comme "P1" (valeur reçue : 1)',
      'incidents[0].client : doit être le nom ou l’identifiant d’un client (valeur reçue : "")',
      'incidents[0].statusHistory : doit être une liste de { at, status } (valeur reçue : 5)',
      'incidents[0].waiting : doit être une liste de { start, end, reason } (valeur reçue : un objet)',
    ],
  },
  {
    call: () =>
      measureIncidents([
        {
          start: START,
          end: END,
          statusHistory: [5, { at: START, status: '', by: 'me' }],
          waiting: [null, { start: END, end: START, reason: 7, why: 'x' }],
        },
      ]),
    french: [
      'incidents[0].statusHistory[0] : doit être { at, status } (valeur reçue : 5)',
      'incidents[0].statusHistory[1].status : doit être un nom de statut comme "waiting-customer" (valeur reçue : "")',
      "incidents[0].statusHistory[1].by : n’est pas un champ d’un changement de statut (at, status)",
      'incidents[0].waiting[0] : doit être { start, end, reason } (valeur reçue : null)',
      'incidents[0].waiting[1].reason : doit être un motif comme "waiting-customer" (valeur reçue : 7)',
      "incidents[0].waiting[1].why : n’est pas un champ d’une attente (start, end, reason)",
      'incidents[0].waiting[1].end : est avant le début',
    ],
  },
  {
    call: () => simulate({ offer: starter, clients: 10_000, months: 10, trials: 1_000_000, incidents: hourly }),
    // 1 000 000 trials × 10 months × 10 000 clients = 10^11 client-months, ten times the most.
    french: [
      "trials : × mois × clients doit faire au plus 10\u202f000\u202f000\u202f000 mois-clients, environ une minute de calcul (valeur reçue : 1\u202f000\u202f000 × 10 × 10\u202f000) : moins d’essais donnent les mêmes chiffres avec des intervalles plus larges",
    ],
  },
  {
    call: () =>
      simulate({ offer: starter, clients: 1, service: 'vps-xl', month: 'PT0S', incidents: { rate: 1, duration: { type: 'log-normal', median: 'PT0S', sigma: 1 } } }),
    french: [
      'incidents.duration.median : doit durer plus que zéro',
      'month : doit durer plus que zéro',
      'service : n’est pas un service de l’offre (valeur reçue : "vps-xl") ; services connus : service',
    ],
  },
  {
    call: () =>
      simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical', incidents: [{ start: START, end: END, cause: 'customer' }] } } }),
    french: [
      "incidents.duration.incidents : ne contient aucun incident que l’engagement compte (causes exclues : customer, force-majeure ; impacts de poids 0 laissés de côté)",
    ],
  },
  {
    call: () => parseCsvIncidents(`${'x'.repeat(65_537)}\n`),
    french: ['header (line 1) : fait plus de 65\u202f536 caractères ; la première ligne doit nommer les colonnes, par exemple "id;début;fin"'],
  },
  {
    call: () => parseCsvIncidents(`${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(';')}\n`),
    french: ['header (line 1) : a plus de 1000 colonnes (lues avec le séparateur ";") ; un fichier d’incidents en a une douzaine'],
  },
  {
    call: () => parseClientList('element;fee;currency\n"vps-1;6;EUR\n'),
    french: [
      ' : un champ entre guillemets n’est jamais fermé : la suite du fichier ne peut pas être lue (fermez le guillemet, ou doublez un guillemet à l’intérieur d’un champ entre guillemets : "")',
    ],
  },
  {
    call: () =>
      simulate({
        offer: starter,
        clients: 0,
        months: 1.5,
        trials: 'x',
        seed: -1,
        foo: 1,
        onProgress: 5,
        incidents: { rate: 2000, outsideBusinessHours: 2, duration: { type: 'log-normal', sigma: 11, bar: 2 }, correlated: 5 },
        intervention: { year: 1, baz: 1 },
      } as never),
    french: [
      'clients : doit être un nombre entier de 1 à 1\u202f000\u202f000 (valeur reçue : 0)',
      'months : doit être un nombre entier de 1 à 1200 (valeur reçue : 1.5)',
      'trials : doit être un nombre entier de 1 à 10\u202f000\u202f000 (valeur reçue : "x")',
      'seed : doit être un nombre entier de 0 à 9\u202f007\u202f199\u202f254\u202f740\u202f991 (valeur reçue : -1)',
      "incidents.rate : doit être un nombre d’incidents par mois de 0 à 1000 (valeur reçue : 2000)",
      "incidents.duration.sigma : doit être un nombre de 0 à 10, l’écart type du logarithme des durées (valeur reçue : 11)",
      "incidents.duration.bar : n’est pas une option d’un modèle de durée log-normal (options connues : type, median, mean, sigma)",
      "incidents.duration : demande soit median soit mean (l’un des deux)",
      'incidents.outsideBusinessHours : doit être une part de 0 à 1 (valeur reçue : 2)',
      'incidents.correlated : doit être { rate, duration? } (valeur reçue : 5)',
      'intervention.year : doit être un nombre entier de 1971 à 9998 (valeur reçue : 1)',
      "intervention.baz : n’est pas une option du modèle d’intervention (options connues : response, hours, year)",
      'onProgress : doit être une fonction (valeur reçue : 5)',
      "foo : n’est pas une option de simulation (options connues : offer, clients, months, trials, seed, incidents, service, month, intervention, rounding, onProgress)",
    ],
  },
  {
    call: () => simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical', durations: [] }, correlated: { rate: 1, duration: 5 } } } as never),
    french: [
      'incidents.duration.durations : doit être une liste de durées non vide (valeur reçue : une liste)',
      "incidents.correlated.duration : doit être un modèle de durées { type: 'fixed' | 'exponential' | 'log-normal' | 'empirical', … } (valeur reçue : 5)",
    ],
  },
  {
    call: () => simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical' }, correlated: { rate: 1, duration: { type: 'bogus' } } } } as never),
    french: [
      "incidents.duration : demande soit durations soit incidents (l’un des deux)",
      'incidents.correlated.duration.type : doit être l’une des valeurs fixed, exponential, log-normal, empirical (valeur reçue : "bogus")',
    ],
  },
  {
    // 10 000 trials × 1200 months = 12 000 000 simulated months, over the 10 000 000 kept.
    call: () => simulate({ offer: starter, clients: 1, months: 1200, trials: 10_000, incidents: hourly }),
    french: ['trials : × mois doit faire au plus 10\u202f000\u202f000 mois simulés (valeur reçue : 10000 × 1200) : le total de chaque mois est gardé pour les quantiles'],
  },
  { call: () => simulate(5 as never), french: [' : doit être des options de simulation { offer, clients, incidents, … } (valeur reçue : 5)'] },
  // How the dates of a file are read: the options of every reader.
  {
    call: () => parseCsvIncidents('start\n', { ambiguousTime: 'first' as never, timeZone: 'Mars/Olympus', dateFormat: 'YYYY' }),
    french: [
      'options.ambiguousTime : doit être l’une des valeurs reject, earlier, later (valeur reçue : "first")',
      'options.timeZone : doit être un fuseau horaire IANA comme "Europe/Paris" (valeur reçue : "Mars/Olympus")',
      'options.dateFormat : utilise "YYYY" (l’année de la numérotation des semaines) : écrivez "yyyy" pour l’année civile (valeur reçue : "YYYY")',
    ],
  },
  {
    call: () => parseCsvIncidents('start\n', { dateFormat: 'DD/MM' }),
    french: [
      'options.dateFormat : utilise "DD" (le jour de l’année) : écrivez "dd" pour le jour du mois (valeur reçue : "DD/MM")',
      'options.timeZone : est obligatoire avec dateFormat : une heure locale ne dit rien sans son fuseau (par exemple "Europe/Paris")',
    ],
  },
  { call: () => parseCsvIncidents('start\n', { dateFormat: 'dd/MM/yyyy j', timeZone: 'UTC' }), french: ["options.dateFormat : n’est pas un format date-fns valide (voir https://date-fns.org/docs/parse)"] },
  { call: () => parseCsvIncidents('start\n', { dateFormat: '', timeZone: 'UTC' }), french: ['options.dateFormat : doit être un format date-fns comme "dd/MM/yyyy HH:mm" (valeur reçue : "")'] },
  // A desk's export without the zone of its dates.
  {
    call: () => parseGlpiTicketsCsv('id;status\n'),
    french: ['options.timeZone : est obligatoire : GLPI écrit ses dates sans leur fuseau (par exemple "Europe/Paris" ; en ligne de commande : --dates-time-zone Europe/Paris)'],
  },
  {
    call: () => parseServiceNowEventLog('number\n'),
    // The export's own date format is read in a zone too, hence the second line.
    french: [
      'options.timeZone : est obligatoire : l’export écrit des dates locales sans leur fuseau (par exemple "Europe/Paris" ; en ligne de commande : --dates-time-zone Europe/Paris)',
      'options.timeZone : est obligatoire avec dateFormat : une heure locale ne dit rien sans son fuseau (par exemple "Europe/Paris")',
    ],
  },
  // An incident file that is not a list of incidents.
  { call: () => parseIncidentsYaml('start;end\n'), french: ['doit être une liste d’incidents, ou un objet { incidents: [...] } (valeur reçue : "start;end")'].map((l) => ` : ${l}`) },
  {
    call: () => parseIncidentsJson('{"id":"x","services":[]}'),
    french: [' : doit être une liste d’incidents, ou un objet { incidents: [...] } (valeur reçue : un objet de clés "id", "services")'],
  },
  // An incident whose guarantee clock has nothing to start from: the spreadsheet's French column names are the fix.
  {
    call: () => evaluateGuarantees({ commitment: { gti: { within: 'PT4H' } }, incidents: [{ id: 'A', start: '2026-03-02T10:00:00Z', end: '2026-03-02T12:00:00Z' }], asOf: '2026-03-03T00:00:00Z' }),
    french: ['incidents[0] : n’a ni heure de signalement ni heure de détection (colonnes « signalé » ou reportedAt, « détecté » ou detectedAt) : le délai de sa GTI ne peut pas démarrer'],
  },
  // The renderers, given something their library function did not build.
  { call: () => renderBudget(null as never, { format: 'text' }), french: ['budget : doit être un budget renvoyé par downtimeBudget'] },
  { call: () => renderCatalogue(5 as never, { format: 'text' }), french: ['results : doit être la liste renvoyée par filterOffers'] },
  { call: () => renderComparison(null as never, { format: 'text' }), french: ['comparison : doit être une comparaison renvoyée par compareOffers'] },
  { call: () => renderSimulation(null as never, { format: 'text' }), french: ['result : doit être un résultat renvoyé par simulate'] },
  { call: () => renderAtRisk(null as never, { format: 'text' }), french: ['list : doit être une liste renvoyée par atRiskList'] },
  { call: () => renderCompliance(null as never, { format: 'text' }), french: ['compliance : doit être les chiffres renvoyés par guaranteeCompliance'] },
  {
    call: () => creditNotesCsv(null as never, { lang: 'de' as never, commitment: { cap: 'lots' } }),
    french: ['lang : doit être fr ou en (valeur reçue : "de")', 'statement : doit être un relevé renvoyé par monthlyStatement', 'commitment.cap : doit être un nombre décimal : écrivez 99.5 ou "99,5" (valeur reçue : "lots")'],
  },
  {
    call: () => renderStatement(null as never, { format: 'text', maxCharts: -1 }),
    french: ['maxCharts : doit être un nombre entier à partir de 0 (valeur reçue : -1)', 'statement : doit être un relevé renvoyé par monthlyStatement'],
  },
  // Names a desk gives, empty or too long: zod's own words were English only.
  {
    call: () => parseIncidents([{ start: START, client: '', priority: '', statusHistory: [{ at: START, status: '' }], waiting: [{ start: START, reason: '' }] }, { start: START, client: 'x'.repeat(201) }] as never),
    french: [
      'incidents[0].priority : doit être un texte non vide (valeur reçue : "")',
      'incidents[0].statusHistory[0].status : doit être un texte non vide (valeur reçue : "")',
      'incidents[0].waiting[0].reason : doit être un texte non vide (valeur reçue : "")',
      'incidents[0].client : doit être un texte non vide (valeur reçue : "")',
      'incidents[1].client : doit faire au plus 200 caractères (valeur reçue : 201 caractères)',
    ],
  },
  { call: () => parseCommitment({ gti: { within: 'PT4H', pauseOn: [''] } } as never), french: ['gti.pauseOn[0] : doit être un texte non vide (valeur reçue : "")'] },
  // A quote inside the first name hides the delimiters from the header check, not from the reader.
  {
    call: () => parseCsvIncidents(`a"b;${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(';')}\n`, { delimiter: ';' }),
    french: ['header (line 1) : a 1001 colonnes (lues avec le séparateur ";") ; un fichier d’incidents en a au plus 1000'],
  },
  {
    call: () => parseCsvIncidents('a;b\n', { columns: { start: 'Ouverture' } }),
    french: ['header (line 1) : n’a pas de colonne "Ouverture", que nomme l’option columns.start (en ligne de commande : --columns start=…) ; colonnes trouvées : "a", "b"'],
  },
  {
    call: () => parseCsvIncidents('start;début;enf\n'),
    french: [
      'header (line 1), column 2 : répète la colonne "start" (déjà en colonne 1)',
      'header (line 1), column 3 : "enf" n’est pas une colonne ; vouliez-vous dire "end" ? (colonnes connues : id, start, end, elements, impact, cause, detectedAt, reportedAt, interventionAt, restoredAt, title, ou leurs noms français ; l’option columns, en ligne de commande --columns, en associe d’autres)',
    ],
  },
  {
    call: () => parseCsvIncidents(`${Array.from({ length: 22 }, (_, i) => `c${i}`).join(';')}\n`),
    french: [
      'header (line 1) : n’a pas de colonne "start" (colonnes trouvées : "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", et 2 autres) : nommez «\u00a0début\u00a0» ou «\u00a0start\u00a0» la colonne où commencent les incidents, ou associez-la avec l’option columns, par exemple { start: \'Ouverture\' } (en ligne de commande : --columns start=Ouverture)',
    ],
  },
  {
    call: () => parseCsvIncidents('a b c\n'),
    french: [
      'header (line 1) : n’a pas de colonne "start" (lue avec le séparateur ",", une seule colonne : "a b c") ; la première ligne doit nommer les colonnes, par exemple "id;début;fin;éléments;impact" ; les séparateurs reconnus sont la virgule, le point-virgule, la tabulation et la barre verticale, et l’option delimiter en donne un autre',
    ],
  },
  { call: () => parseCsvIncidents(''), french: ['header : manque : le fichier n’a pas de ligne d’en-tête ; la première ligne doit nommer les colonnes, par exemple "id;début;fin"'] },
  {
    call: () => parseCsvIncidents('"abc\n'),
    french: ['header : manque : le fichier n’a pas de ligne d’en-tête (un champ entre guillemets n’y est jamais fermé) ; la première ligne doit nommer les colonnes, par exemple "id;début;fin"'],
  },
  {
    call: () => parseClientList('a;b\n1;2\n'),
    french: ['header (line 1) : n’a pas de colonne "element" (colonnes : "a;b") ; la première ligne nomme les colonnes, par exemple "element;fee;currency;service;name"'],
  },
  {
    call: () => parseGlpiTicketsCsv('a;b\n', { timeZone: 'Europe/Paris' }),
    french: [
      'header (line 1) : n’a pas de colonne "id" (colonnes : "a", "b")',
      'header (line 1) : n’a pas de colonne "status" ni "statut" (colonnes : "a", "b")',
      'header (line 1) : n’a pas de colonne "opening date" ni "date d\'ouverture" ni "date d’ouverture" (colonnes : "a", "b")',
    ],
  },
  { call: () => parseServiceNowEventLog('number,b\n', { timeZone: 'Europe/Paris' }), french: ['incident_state', 'sys_updated_at', 'opened_at'].map((c) => `header (line 1) : n’a pas de colonne "${c}" (colonnes : "number", "b")`) },
  { call: () => parseTicketEventLog(''), french: ['ticket', 'at', 'status'].map((c) => `header (line 1) : n’a pas de colonne "${c}" (colonnes : aucune)`) },
  // Problems that reached a French reader in English before they had a code.
  { call: () => atRiskList({} as never), french: ['asOf : est obligatoire : l’instant auquel les incidents ouverts sont vus'] },
  { call: () => atRiskList({ asOf: START, escalations: 5 } as never), french: ['escalations : doit être une liste de { level, before?, after? } (valeur reçue : 5)'] },
  {
    call: () => atRiskList({ asOf: START, escalations: [{}, { level: 'a', before: 'PT1H', after: 'PT1H' }] } as never),
    french: ['escalations[0] : doit être { level, before?, after? } avec un nom de niveau (valeur reçue : un objet)', 'escalations[1].after : ne peut pas être donné avec before'],
  },
  { call: () => compareOffers({ offers: [starter], scenarios: 5 as never }), french: ['scenarios : doit être une liste de scénarios'] },
  {
    call: () => parseOffer({ id: 'o', name: 'O', provider: 'P', services: [{ id: 's', fee }, { id: 's', fee }], commitment: presets.ovhVps2016.starter } as never),
    french: ['services[1].id : répète le service "s"'],
  },
  { call: () => closedDates(ruled(() => '2026-12-24'), 2026), french: ['holidays[0] : doit renvoyer une liste de dates pour l’année 2026 (valeur reçue : "2026-12-24")'] },
  {
    call: () => closedDates(ruled(() => ['2026-13-01', 7, '2027-01-01']), 2026),
    french: [
      'holidays[0] : a renvoyé "2026-13-01" pour l’année 2026 à l’indice 0 : ce n’est pas une date AAAA-MM-JJ',
      'holidays[0] : a renvoyé 7 pour l’année 2026 à l’indice 1 : ce n’est ni une date AAAA-MM-JJ ni une Date valide',
      'holidays[0] : a renvoyé 2027-01-01 pour l’année 2026 : une règle doit renvoyer des dates de l’année demandée',
    ],
  },
  {
    call: () => addBusinessTime(closedForever(), '2026-01-01T00:00:00Z', 'PT1H'),
    french: ['calendar : n’a aucun temps couvert dans l’année qui suit 2026-01-01T00:00:00Z : vérifiez ses horaires et ses jours fermés'],
  },
  {
    // The last instant accepted is a day past the end of year 9999, so that it ends in every zone.
    call: () => addBusinessTime(businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00' } }), '9999-12-27T00:00:00Z', 'P7D'),
    french: ['duration : mène au-delà du dernier instant accepté (+010000-01-02T00:00:00Z, la fin de l’année 9999)'],
  },
  {
    call: () => evaluateGuarantees({ commitment: presets.ovhVps2016.starter, element: '', clients: 5, incidents: [] } as never),
    french: ['element : doit être un nom d’élément non vide', 'clients : doit être une liste de { id, name?, gti?, gtr? } (valeur reçue : 5)', 'commitment : n’a ni GTI ni GTR à évaluer'],
  },
  {
    call: () => evaluateGuarantees({ commitment: { gti: { within: 'PT4H' } }, clients: [{}, { id: 'a', gti: 5 }, { id: 'b', gtr: { within: 'PT1H' } }, { id: 'c', gti: { within: 'PT1H', zz: 1 } }], incidents: [] } as never),
    french: [
      'clients[0] : doit être { id, name?, gti?, gtr? } avec un id (valeur reçue : un objet)',
      'clients[1].gti : doit être { within?, due?, calendar?, byPriority? } (valeur reçue : 5)',
      'clients[2].gtr : fixe un objectif de GTR, que l’engagement ne prévoit pas',
      'clients[3].gti.zz : n’est pas un champ d’objectif client (within, due, calendar, byPriority)',
    ],
  },
  {
    call: () =>
      evaluateGuarantees({
        commitment: { gti: { due: { businessDays: 1 }, calendar: { timeZone: 'UTC', hours: { mon: '09:00-10:00' }, holidays: mondays } } },
        incidents: [{ start: START, end: END, reportedAt: START }],
      } as never),
    french: ['calendar : n’a aucun jour ouvré dans les trois années qui suivent 2026-03-02T10:00:00Z : vérifiez ses horaires et ses jours fermés'],
  },
  {
    call: () => parseCommitment({ gti: { within: 'PT4H', due: { businessDays: 2 } } } as never),
    french: ['gti.due : ne peut pas être donné avec within : l’échéance est soit un temps couvert, soit des jours ouvrés'],
  },
  { call: () => parseCommitment({ gti: { calendar: '24/7' } } as never), french: ['gti.within : est obligatoire : le temps garanti, par exemple "PT4H", ou une règle d’échéance comme { businessDays: 2 }'] },
  {
    // 40 years × 10^4 weight units per ms is past 2^53.
    call: () => measureAvailability({ commitment: { measurement: { weights: { partial: '0.0001' } }, credit: { type: 'pro-rata' } }, period: { start: '1990-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' }, incidents: [] }),
    french: ['period : est trop longue pour être mesurée exactement avec des poids à 4 décimales : prenez des poids avec moins de décimales ou une période plus courte'],
  },
  { call: () => formatDuration(Number.NaN), french: ['ms : doit être un nombre fini de millisecondes (valeur reçue : NaN)'] },
  { call: () => formatInstant(Number.NaN), french: ['ms : doit être un nombre de millisecondes depuis 1970 qu’une Date peut contenir (valeur reçue : NaN)'] },
  { call: () => frenchHolidays(2026, { region: 'x' as never }), french: ['region : doit être "metropolitan" ou "alsace-moselle" (valeur reçue : "x")'] },
  { call: () => withProfile('x' as never), french: ['profileName : doit être l’une des valeurs statuspage, upptime, uptime-kuma (valeur reçue : "x")'] },
  { call: () => jsonSchema('x' as never), french: ['name : doit être l’une des valeurs offer, commitment, incidents, scenarios (valeur reçue : "x")'] },
  {
    // A fee of 10^15 EUR with a cap of 100 %: 10^17 cents for one client and one month, past 2^53 ≈ 9.007 × 10^15.
    call: () => simulate({ offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '1000000000000000', currency: 'EUR' }), clients: 100, months: 1, trials: 1, incidents: hourly }),
    french: ['clients : × mois × le plus grand crédit (100000000000000000 unités mineures) dépasse 2^53 : les sommes des crédits ne seraient pas exactes'],
  },
]

/** A preset id that is not one: its French line names every known id, checked by its start in the French test. */
export const UNKNOWN_PRESET = () => presets.byId('x')

export const MORE_CORPUS = [...FRENCH_CASES.map((c) => c.call), UNKNOWN_PRESET]
