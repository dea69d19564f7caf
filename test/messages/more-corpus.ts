/**
 * Bad inputs for the codes of the offers, composites, simulation, reports and service desks, each with
 * the French its issue reads: the catalogue test takes the calls, the French test the whole lines.
 */
import { compareOffers, compositeIncidents, evaluateGuarantees, expectedAvailability, filterOffers, monthlyStatement, monthPeriod, offerFromPreset, measureAvailability, parseCommitment, parseCriteria, parseIncidents, presets, standardScenarios } from '../../src/index.js'
import { simulate } from '../../src/simulation/index.js'
import { addBusinessTime, atRiskList, businessCalendar, closedDates, formatDuration, formatInstant, frenchHolidays, parseOffer, withProfile } from '../../src/index.js'
import { jsonSchema } from '../../src/schema/json-schema.js'
import { InputError } from '../../src/errors.js'
import { strToU8, zipSync } from 'fflate'
import { parseSpreadsheet } from '../../src/io/spreadsheet.js'
import { odsFile } from '../io/spreadsheet-files.js'
import type { ProbeReadResult } from '../../src/io/index.js'
import { creditNotesCsv, renderAtRisk, renderBudget, renderCatalogue, renderComparison, renderCompliance, renderPreset, renderPresetList, renderSimulation, renderStatement } from '../../src/report/index.js'
import { parseClientList, parseCsvIncidents, parseHeartbeats, parsePrometheusRange, parseStatuspageIncidents, parseGlpiTickets, parseGlpiTicketsCsv, parseIncidentsJson, parseIncidentsYaml, parseServiceNowEventLog, parseTicketEventLog, readCsvIncidents } from '../../src/io/index.js'

const fee = { amount: '6.00', currency: 'EUR' }
export const starter = offerFromPreset(presets.ovhVps2016.starter, fee)
// One scenario, so that a problem met in each scenario is listed once.
const scenarios = standardScenarios().filter((s) => s.id === 'outage-4h')

const START = '2026-03-02T10:00:00Z'
const END = '2026-03-02T12:00:00Z'
const hourly = { rate: 1, duration: { type: 'fixed', duration: 'PT1H' } } as const
const measureIncidents = (incidents: unknown) =>
  measureAvailability({ commitment: presets.ovhVps2016.starter, period: monthPeriod({ year: 2026, month: 3 }), incidents: incidents as never })

// Aliases that multiply ("billion laughs"): more expansions than a document may make.
const LAUGHS = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...['b', 'c', 'd'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abc'[i]}`).join(', ')}]`)].join('\n')

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

/**
 * The problems of the rows a reader skipped, thrown as one InputError, so that the codes only a skipped row
 * carries are checked as the thrown ones are. Each row's reason joins its problems `path: message` with "; ".
 */
const skippedIssues = (result: ProbeReadResult): never => {
  const issues = result.skipped.flatMap((row) => {
    const p = row.params ?? {}
    const messages = row.reason.split('; ')
    return messages.map((text, n) => {
      const own: Record<string, string | number> = {}
      for (const [k, v] of Object.entries(p)) if (k.startsWith(`${n}.`)) own[k.slice(`${n}.`.length)] = v
      const { path, code, ...params } = own
      return { path: String(path), message: text.slice(`${String(path)}: `.length), code: String(code), params }
    })
  })
  throw new InputError(issues, 'Skipped rows')
}

/** A call that throws an InputError, and the lines `path : French` of its issues, in order. */
export const FRENCH_CASES: { call: () => unknown; french: string[] }[] = [
  {
    call: () => compareOffers({ offers: [], clientLossPerHour: '-1' }),
    french: ["offers\u00a0: doit être une liste d’offres non vide", 'clientLossPerHour\u00a0: ne doit pas être négatif'],
  },
  { call: () => compareOffers({ offers: [starter], scenarios, service: 'vps-xl' }), french: ['offers[0].services\u00a0: n’a pas de service "vps-xl"'] },
  {
    call: () => compareOffers({ offers: [starter], scenarios, clientLossPerHour: { amount: '10', currency: 'USD' } }),
    french: [`clientLossPerHour.currency\u00a0: est en USD alors que l’offre "${starter.id}" est tarifée en EUR`],
  },
  {
    call: () => filterOffers(5 as never, { structure: ['club' as never], cover: { lossPerHour: '1', atLeast: '1', scenario: 'flood' } }),
    french: [
      "offers\u00a0: doit être une liste d’offres",
      'criteria.structure[0]\u00a0: doit être l’une des valeurs association, cooperative, company, volunteer-collective, individual, public-body (valeur reçue\u00a0: "club")',
      'criteria.cover.scenario\u00a0: doit être l’une des valeurs ordinary-month, outage-4h, outage-2d, datacentre-fire, friday-evening (valeur reçue\u00a0: "flood")',
    ],
  },
  {
    call: () => parseCriteria(['fee', 'staff=2', 'gti>=PT4H', 'colour=red']),
    french: [
      'where[0]\u00a0: doit s’écrire champ=valeur, champ<=valeur ou champ>=valeur (valeur reçue\u00a0: "fee")',
      'where[1]\u00a0: staff s’écrit >= un nombre entier (valeur reçue\u00a0: "staff=2")',
      'where[2]\u00a0: gti s’écrit <= une durée comme PT4H, ou =true / =false (valeur reçue\u00a0: "gti>=PT4H")',
      'where[3]\u00a0: a un champ inconnu "colour"\u00a0: utilisez structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target ou fee',
    ],
  },
  {
    call: () => expectedAvailability({ series: ['99.5', { parallel: [] }, '101', { parallel: ['99', , '98'] as never }] }),
    french: [
      'series[1].parallel\u00a0: doit être une liste non vide de composants',
      'series[2]\u00a0: doit être un pourcentage de 0 à 100 (valeur reçue\u00a0: 101)',
      'series[3].parallel[1]\u00a0: manque\u00a0: une liste de composants ne peut pas avoir de trou',
    ],
  },
  { call: () => expectedAvailability(deep as never), french: [`${Array(101).fill('series[0]').join('.')}\u00a0: imbrique series et parallel sur plus de 100 niveaux`] },
  {
    call: () => compositeIncidents({ structure: 5 as never, incidents: [], period: monthPeriod({ year: 2026, month: 3 }), causes: ['weather' as never] }),
    french: [
      "structure\u00a0: doit être un nom d’élément, { series: [...] } ou { parallel: [...] } (valeur reçue\u00a0: 5)",
      'causes[0]\u00a0: doit être l’une des valeurs unplanned, maintenance, customer, force-majeure, third-party (valeur reçue\u00a0: "weather")',
    ],
  },
  {
    call: () => renderPreset(presets.ovhVps2016.starter, { format: 'pdf', lang: 'de', timeZone: 'Mars/Olympus', color: 'yes', width: 0 } as never),
    french: [
      'format\u00a0: doit être l’une des valeurs text, markdown, json, html (valeur reçue\u00a0: "pdf")',
      'lang\u00a0: doit être l’une des valeurs en, fr (valeur reçue\u00a0: "de")',
      'timeZone\u00a0: doit être un fuseau horaire IANA comme "Europe/Paris" (valeur reçue\u00a0: "Mars/Olympus")',
      'color\u00a0: doit être true ou false (valeur reçue\u00a0: "yes")',
      'width\u00a0: doit être un nombre entier de colonnes (valeur reçue\u00a0: 0)',
    ],
  },
  {
    call: () => renderPreset({} as never, 5 as never),
    french: [
      'options\u00a0: doit être { format, lang?, timeZone?, color? } (valeur reçue\u00a0: 5)',
      "format\u00a0: doit être l’une des valeurs text, markdown, json, html (valeur reçue\u00a0: rien)",
      'preset\u00a0: doit être un modèle avec id, name et source',
    ],
  },
  { call: () => renderPresetList(5 as never, { format: 'text' }), french: ['presets\u00a0: doit être une liste de modèles'] },
  { call: () => renderPresetList([{}] as never, { format: 'text' }), french: ['presets[0]\u00a0: doit être un modèle avec id, name et source'] },
  {
    call: () => measureIncidents([{ start: START, end: END, priority: 1, client: '', statusHistory: 5, waiting: {} }]),
    french: [
      'incidents[0].priority\u00a0: doit être un nom de priorité comme "P1" (valeur reçue\u00a0: 1)',
      'incidents[0].client\u00a0: doit être le nom ou l’identifiant d’un client (valeur reçue\u00a0: "")',
      'incidents[0].statusHistory\u00a0: doit être une liste de { at, status } (valeur reçue\u00a0: 5)',
      'incidents[0].waiting\u00a0: doit être une liste de { start, end, reason } (valeur reçue\u00a0: un objet)',
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
      'incidents[0].statusHistory[0]\u00a0: doit être { at, status } (valeur reçue\u00a0: 5)',
      'incidents[0].statusHistory[1].status\u00a0: doit être un nom de statut comme "waiting-customer" (valeur reçue\u00a0: "")',
      "incidents[0].statusHistory[1].by\u00a0: n’est pas un champ d’un changement de statut (at, status)",
      'incidents[0].waiting[0]\u00a0: doit être { start, end, reason } (valeur reçue\u00a0: null)',
      'incidents[0].waiting[1].reason\u00a0: doit être un motif comme "waiting-customer" (valeur reçue\u00a0: 7)',
      "incidents[0].waiting[1].why\u00a0: n’est pas un champ d’une attente (start, end, reason)",
      'incidents[0].waiting[1].end\u00a0: est avant le début',
    ],
  },
  {
    call: () => simulate({ offer: starter, clients: 10_000, months: 10, trials: 1_000_000, incidents: hourly }),
    // 1 000 000 trials × 10 months × 10 000 clients = 10^11 client-months, ten times the most.
    french: [
      "trials\u00a0: × mois × clients doit faire au plus 10\u202f000\u202f000\u202f000 mois-clients, environ une minute de calcul (valeur reçue\u00a0: 1\u202f000\u202f000 × 10 × 10\u202f000)\u00a0: moins d’essais donnent les mêmes chiffres avec des intervalles plus larges",
    ],
  },
  {
    call: () =>
      simulate({ offer: starter, clients: 1, service: 'vps-xl', month: 'PT0S', incidents: { rate: 1, duration: { type: 'log-normal', median: 'PT0S', sigma: 1 } } }),
    french: [
      'incidents.duration.median\u00a0: doit durer plus que zéro',
      'month\u00a0: doit durer plus que zéro',
      'service\u00a0: n’est pas un service de l’offre (valeur reçue\u00a0: "vps-xl")\u00a0; services connus\u00a0: service',
    ],
  },
  {
    call: () =>
      simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical', incidents: [{ start: START, end: END, cause: 'customer' }] } } }),
    french: [
      "incidents.duration.incidents\u00a0: ne contient aucun incident que l’engagement compte (causes exclues\u00a0: du fait du client, force majeure\u00a0; impacts de poids 0 laissés de côté)",
    ],
  },
  {
    call: () => parseCsvIncidents(`${'x'.repeat(65_537)}\n`),
    french: ['en-tête (ligne 1)\u00a0: fait plus de 65\u202f536 caractères\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin"'],
  },
  {
    call: () => parseCsvIncidents(`${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(';')}\n`),
    french: ['en-tête (ligne 1)\u00a0: a plus de 1000 colonnes (lues avec le séparateur ";")\u00a0; un fichier d’incidents en a une douzaine'],
  },
  {
    call: () => parseClientList('element;fee;currency\n"vps-1;6;EUR\n'),
    french: [
      '\u00a0: un champ entre guillemets n’est jamais fermé\u00a0: la suite du fichier ne peut pas être lue (fermez le guillemet, ou doublez un guillemet à l’intérieur d’un champ entre guillemets\u00a0: "")',
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
      'clients\u00a0: doit être un nombre entier de 1 à 1\u202f000\u202f000 (valeur reçue\u00a0: 0)',
      'months\u00a0: doit être un nombre entier de 1 à 1200 (valeur reçue\u00a0: 1.5)',
      'trials\u00a0: doit être un nombre entier de 1 à 10\u202f000\u202f000 (valeur reçue\u00a0: "x")',
      'seed\u00a0: doit être un nombre entier de 0 à 9\u202f007\u202f199\u202f254\u202f740\u202f991 (valeur reçue\u00a0: -1)',
      "incidents.rate\u00a0: doit être un nombre d’incidents par mois de 0 à 1000 (valeur reçue\u00a0: 2000)",
      "incidents.duration.sigma\u00a0: doit être un nombre de 0 à 10, l’écart type du logarithme des durées (valeur reçue\u00a0: 11)",
      "incidents.duration.bar\u00a0: n’est pas une option d’un modèle de durée log-normal (options connues\u00a0: type, median, mean, sigma)",
      "incidents.duration\u00a0: demande soit median soit mean (l’un des deux)",
      'incidents.outsideBusinessHours\u00a0: doit être une part de 0 à 1 (valeur reçue\u00a0: 2)',
      'incidents.correlated\u00a0: doit être { rate, duration? } (valeur reçue\u00a0: 5)',
      'intervention.year\u00a0: doit être un nombre entier de 1971 à 9998 (valeur reçue\u00a0: 1)',
      "intervention.baz\u00a0: n’est pas une option du modèle d’intervention (options connues\u00a0: response, hours, year)",
      'onProgress\u00a0: doit être une fonction (valeur reçue\u00a0: 5)',
      "foo\u00a0: n’est pas une option de simulation (options connues\u00a0: offer, clients, months, trials, seed, incidents, service, month, intervention, rounding, onProgress)",
    ],
  },
  {
    call: () => simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical', durations: [] }, correlated: { rate: 1, duration: 5 } } } as never),
    french: [
      'incidents.duration.durations\u00a0: doit être une liste de durées non vide (valeur reçue\u00a0: une liste)',
      "incidents.correlated.duration\u00a0: doit être un modèle de durées { type: 'fixed' | 'exponential' | 'log-normal' | 'empirical', … } (valeur reçue\u00a0: 5)",
    ],
  },
  {
    call: () => simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical' }, correlated: { rate: 1, duration: { type: 'bogus' } } } } as never),
    french: [
      "incidents.duration\u00a0: demande soit durations soit incidents (l’un des deux)",
      'incidents.correlated.duration.type\u00a0: doit être l’une des valeurs fixed, exponential, log-normal, empirical (valeur reçue\u00a0: "bogus")',
    ],
  },
  {
    // 10 000 trials × 1200 months = 12 000 000 simulated months, over the 10 000 000 kept.
    call: () => simulate({ offer: starter, clients: 1, months: 1200, trials: 10_000, incidents: hourly }),
    french: ['trials\u00a0: × mois doit faire au plus 10\u202f000\u202f000 mois simulés (valeur reçue\u00a0: 10000 × 1200)\u00a0: le total de chaque mois est gardé pour les quantiles'],
  },
  { call: () => simulate(5 as never), french: ['\u00a0: doit être des options de simulation { offer, clients, incidents, … } (valeur reçue\u00a0: 5)'] },
  // How the dates of a file are read: the options of every reader.
  {
    call: () => parseCsvIncidents('start\n', { ambiguousTime: 'first' as never, timeZone: 'Mars/Olympus', dateFormat: 'YYYY' }),
    french: [
      'options.ambiguousTime\u00a0: doit être l’une des valeurs reject, earlier, later (valeur reçue\u00a0: "first")',
      'options.timeZone\u00a0: doit être un fuseau horaire IANA comme "Europe/Paris" (valeur reçue\u00a0: "Mars/Olympus")',
      'options.dateFormat\u00a0: utilise "YYYY" (l’année de la numérotation des semaines)\u00a0: écrivez "yyyy" pour l’année civile (valeur reçue\u00a0: "YYYY")',
    ],
  },
  {
    call: () => parseCsvIncidents('start\n', { dateFormat: 'DD/MM' }),
    french: [
      'options.dateFormat\u00a0: utilise "DD" (le jour de l’année)\u00a0: écrivez "dd" pour le jour du mois (valeur reçue\u00a0: "DD/MM")',
      'options.timeZone\u00a0: est obligatoire avec dateFormat\u00a0: une heure locale ne dit rien sans son fuseau (par exemple "Europe/Paris")',
    ],
  },
  { call: () => parseCsvIncidents('start\n', { dateFormat: 'dd/MM/yyyy j', timeZone: 'UTC' }), french: ["options.dateFormat\u00a0: n’est pas un format date-fns valide (voir https://date-fns.org/docs/parse)"] },
  { call: () => parseCsvIncidents('start\n', { dateFormat: '', timeZone: 'UTC' }), french: ['options.dateFormat\u00a0: doit être un format date-fns comme "dd/MM/yyyy HH:mm" (valeur reçue\u00a0: "")'] },
  // A desk's export without the zone of its dates.
  {
    call: () => parseGlpiTicketsCsv('id;status\n'),
    french: ['options.timeZone\u00a0: est obligatoire\u00a0: GLPI écrit ses dates sans leur fuseau (par exemple "Europe/Paris"\u00a0; en ligne de commande\u00a0: --dates-time-zone Europe/Paris)'],
  },
  {
    call: () => parseServiceNowEventLog('number\n'),
    // The export's own date format is read in a zone too, hence the second line.
    french: [
      'options.timeZone\u00a0: est obligatoire\u00a0: l’export écrit des dates locales sans leur fuseau (par exemple "Europe/Paris"\u00a0; en ligne de commande\u00a0: --dates-time-zone Europe/Paris)',
      'options.timeZone\u00a0: est obligatoire avec dateFormat\u00a0: une heure locale ne dit rien sans son fuseau (par exemple "Europe/Paris")',
    ],
  },
  // An incident file that is not a list of incidents.
  { call: () => parseIncidentsYaml('start;end\n'), french: ['doit être une liste d’incidents, ou un objet { incidents: [...] } (valeur reçue\u00a0: "start;end")'].map((l) => `\u00a0: ${l}`) },
  {
    call: () => parseIncidentsJson('{"id":"x","services":[]}'),
    french: ['\u00a0: doit être une liste d’incidents, ou un objet { incidents: [...] } (valeur reçue\u00a0: un objet de clés "id", "services")'],
  },
  // An incident whose guarantee clock has nothing to start from: the spreadsheet's French column names are the fix.
  {
    call: () => evaluateGuarantees({ commitment: { gti: { within: 'PT4H' } }, incidents: [{ id: 'A', start: '2026-03-02T10:00:00Z', end: '2026-03-02T12:00:00Z' }], asOf: '2026-03-03T00:00:00Z' }),
    french: ['incidents[0]\u00a0: n’a ni heure de signalement ni heure de détection (colonnes « signalé » ou reportedAt, « détecté » ou detectedAt)\u00a0: le délai de sa GTI ne peut pas démarrer'],
  },
  // The renderers, given something their library function did not build.
  { call: () => renderBudget(null as never, { format: 'text' }), french: ['budget\u00a0: doit être un budget renvoyé par downtimeBudget'] },
  { call: () => renderCatalogue(5 as never, { format: 'text' }), french: ['results\u00a0: doit être la liste renvoyée par filterOffers'] },
  { call: () => renderComparison(null as never, { format: 'text' }), french: ['comparison\u00a0: doit être une comparaison renvoyée par compareOffers'] },
  { call: () => renderSimulation(null as never, { format: 'text' }), french: ['result\u00a0: doit être un résultat renvoyé par simulate'] },
  { call: () => renderAtRisk(null as never, { format: 'text' }), french: ['list\u00a0: doit être une liste renvoyée par atRiskList'] },
  { call: () => renderCompliance(null as never, { format: 'text' }), french: ['compliance\u00a0: doit être les chiffres renvoyés par guaranteeCompliance'] },
  {
    call: () => creditNotesCsv(null as never, { lang: 'de' as never, commitment: { cap: 'lots' } }),
    french: ['lang\u00a0: doit être fr ou en (valeur reçue\u00a0: "de")', 'statement\u00a0: doit être un relevé renvoyé par monthlyStatement', 'commitment.cap\u00a0: doit être un nombre décimal\u00a0: écrivez 99.5 ou "99,5" (valeur reçue\u00a0: "lots")'],
  },
  {
    call: () => renderStatement(null as never, { format: 'text', maxCharts: -1 }),
    french: ['maxCharts\u00a0: doit être un nombre entier à partir de 0 (valeur reçue\u00a0: -1)', 'statement\u00a0: doit être un relevé renvoyé par monthlyStatement'],
  },
  // Names a desk gives, empty or too long: zod's own words were English only.
  {
    call: () => parseIncidents([{ start: START, client: '', priority: '', statusHistory: [{ at: START, status: '' }], waiting: [{ start: START, reason: '' }] }, { start: START, client: 'x'.repeat(201) }] as never),
    french: [
      'incidents[0].priority\u00a0: doit être un texte non vide (valeur reçue\u00a0: "")',
      'incidents[0].statusHistory[0].status\u00a0: doit être un texte non vide (valeur reçue\u00a0: "")',
      'incidents[0].waiting[0].reason\u00a0: doit être un texte non vide (valeur reçue\u00a0: "")',
      'incidents[0].client\u00a0: doit être un texte non vide (valeur reçue\u00a0: "")',
      'incidents[1].client\u00a0: doit faire au plus 200 caractères (valeur reçue\u00a0: 201 caractères)',
    ],
  },
  { call: () => parseCommitment({ gti: { within: 'PT4H', pauseOn: [''] } } as never), french: ['gti.pauseOn[0]\u00a0: doit être un texte non vide (valeur reçue\u00a0: "")'] },
  // A quote inside the first name hides the delimiters from the header check, not from the reader.
  {
    call: () => parseCsvIncidents(`a"b;${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(';')}\n`, { delimiter: ';' }),
    french: ['en-tête (ligne 1)\u00a0: a 1001 colonnes (lues avec le séparateur ";")\u00a0; un fichier d’incidents en a au plus 1000'],
  },
  {
    call: () => parseCsvIncidents('a;b\n', { columns: { start: 'Ouverture' } }),
    french: ['en-tête (ligne 1)\u00a0: n’a pas de colonne "Ouverture", que nomme l’option columns.start (en ligne de commande\u00a0: --columns start=…)\u00a0; colonnes trouvées\u00a0: "a", "b"'],
  },
  {
    call: () => parseCsvIncidents('start;début;enf\n'),
    french: [
      'en-tête (ligne 1), colonne 2\u00a0: répète la colonne "start" (déjà en colonne 1)',
      'en-tête (ligne 1), colonne 3\u00a0: "enf" n’est pas une colonne\u00a0; vouliez-vous dire "end"\u00a0? (colonnes connues\u00a0: id, start, end, elements, impact, cause, detectedAt, reportedAt, interventionAt, restoredAt, title, ou leurs noms français\u00a0; l’option columns, en ligne de commande --columns, en associe d’autres)',
    ],
  },
  {
    call: () => parseCsvIncidents(`${Array.from({ length: 22 }, (_, i) => `c${i}`).join(';')}\n`),
    french: [
      'en-tête (ligne 1)\u00a0: n’a pas de colonne "start" (colonnes trouvées\u00a0: "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19", et 2 autres)\u00a0: nommez «\u00a0début\u00a0» ou «\u00a0start\u00a0» la colonne où commencent les incidents, ou associez-la avec l’option columns, par exemple { start: \'Ouverture\' } (en ligne de commande\u00a0: --columns start=Ouverture)',
    ],
  },
  {
    call: () => parseCsvIncidents('a b c\n'),
    french: [
      'en-tête (ligne 1)\u00a0: n’a pas de colonne "start" (lue avec le séparateur ",", une seule colonne\u00a0: "a b c")\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin;éléments;impact"\u00a0; les séparateurs reconnus sont la virgule, le point-virgule, la tabulation et la barre verticale, et l’option delimiter en donne un autre',
    ],
  },
  { call: () => parseCsvIncidents(''), french: ['en-tête\u00a0: manque\u00a0: le fichier n’a pas de ligne d’en-tête\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin"'] },
  {
    call: () => parseCsvIncidents('"abc\n'),
    french: ['en-tête\u00a0: manque\u00a0: le fichier n’a pas de ligne d’en-tête (un champ entre guillemets n’y est jamais fermé)\u00a0; la première ligne doit nommer les colonnes, par exemple "id;début;fin"'],
  },
  {
    call: () => parseClientList('a;b\n1;2\n'),
    french: ['en-tête (ligne 1)\u00a0: n’a pas de colonne "element" (colonnes\u00a0: "a;b")\u00a0; la première ligne nomme les colonnes, par exemple "element;fee;currency;service;name"'],
  },
  {
    call: () => parseGlpiTicketsCsv('a;b\n', { timeZone: 'Europe/Paris' }),
    french: [
      'en-tête (ligne 1)\u00a0: n’a pas de colonne "id" (colonnes\u00a0: "a", "b")',
      'en-tête (ligne 1)\u00a0: n’a pas de colonne "status" ni "statut" (colonnes\u00a0: "a", "b")',
      'en-tête (ligne 1)\u00a0: n’a pas de colonne "opening date" ni "date d\'ouverture" ni "date d’ouverture" (colonnes\u00a0: "a", "b")',
    ],
  },
  { call: () => parseServiceNowEventLog('number,b\n', { timeZone: 'Europe/Paris' }), french: ['incident_state', 'sys_updated_at', 'opened_at'].map((c) => `en-tête (ligne 1)\u00a0: n’a pas de colonne "${c}" (colonnes\u00a0: "number", "b")`) },
  { call: () => parseTicketEventLog(''), french: ['ticket', 'at', 'status'].map((c) => `en-tête (ligne 1)\u00a0: n’a pas de colonne "${c}" (colonnes\u00a0: aucune)`) },
  // Problems that reached a French reader in English before they had a code.
  { call: () => atRiskList({} as never), french: ['asOf\u00a0: est obligatoire\u00a0: l’instant auquel les incidents ouverts sont vus'] },
  { call: () => atRiskList({ asOf: START, escalations: 5 } as never), french: ['escalations\u00a0: doit être une liste de { level, before?, after? } (valeur reçue\u00a0: 5)'] },
  {
    call: () => atRiskList({ asOf: START, escalations: [{}, { level: 'a', before: 'PT1H', after: 'PT1H' }] } as never),
    french: ['escalations[0]\u00a0: doit être { level, before?, after? } avec un nom de niveau (valeur reçue\u00a0: un objet)', 'escalations[1].after\u00a0: ne peut pas être donné avec before'],
  },
  { call: () => compareOffers({ offers: [starter], scenarios: 5 as never }), french: ['scenarios\u00a0: doit être une liste de scénarios'] },
  {
    call: () => parseOffer({ id: 'o', name: 'O', provider: 'P', services: [{ id: 's', fee }, { id: 's', fee }], commitment: presets.ovhVps2016.starter } as never),
    french: ['services[1].id\u00a0: répète le service "s"'],
  },
  { call: () => closedDates(ruled(() => '2026-12-24'), 2026), french: ['holidays[0]\u00a0: doit renvoyer une liste de dates pour l’année 2026 (valeur reçue\u00a0: "2026-12-24")'] },
  {
    call: () => closedDates(ruled(() => ['2026-13-01', 7, '2027-01-01']), 2026),
    french: [
      'holidays[0]\u00a0: a renvoyé "2026-13-01" pour l’année 2026 à l’indice 0\u00a0: ce n’est pas une date AAAA-MM-JJ',
      'holidays[0]\u00a0: a renvoyé 7 pour l’année 2026 à l’indice 1\u00a0: ce n’est ni une date AAAA-MM-JJ ni une Date valide',
      'holidays[0]\u00a0: a renvoyé 2027-01-01 pour l’année 2026\u00a0: une règle doit renvoyer des dates de l’année demandée',
    ],
  },
  {
    call: () => addBusinessTime(closedForever(), '2026-01-01T00:00:00Z', 'PT1H'),
    french: ['calendar\u00a0: n’a aucun temps couvert dans l’année qui suit 2026-01-01T00:00:00Z\u00a0: vérifiez ses horaires et ses jours fermés'],
  },
  {
    // The last instant accepted is a day past the end of year 9999, so that it ends in every zone.
    call: () => addBusinessTime(businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00' } }), '9999-12-27T00:00:00Z', 'P7D'),
    french: ['duration\u00a0: mène au-delà du dernier instant accepté (+010000-01-02T00:00:00Z, la fin de l’année 9999)'],
  },
  {
    // A priority named "" fails the record's key check, which zod words itself ("Invalid key in record").
    call: () => parseCommitment({ ...presets.ovhVps2016.starter, gti: { within: 'PT4H', byPriority: { '': { within: 'PT1H' } } } } as never),
    french: ['gti.byPriority[""]\u00a0: a une clé invalide'],
  },
  {
    call: () => evaluateGuarantees({ commitment: presets.ovhVps2016.starter, element: '', clients: 5, incidents: [] } as never),
    french: ['element\u00a0: doit être un nom d’élément non vide', 'clients\u00a0: doit être une liste de { id, name?, gti?, gtr? } (valeur reçue\u00a0: 5)', 'commitment\u00a0: n’a ni GTI ni GTR à évaluer'],
  },
  {
    call: () => evaluateGuarantees({ commitment: { gti: { within: 'PT4H' } }, clients: [{}, { id: 'a', gti: 5 }, { id: 'b', gtr: { within: 'PT1H' } }, { id: 'c', gti: { within: 'PT1H', zz: 1 } }], incidents: [] } as never),
    french: [
      'clients[0]\u00a0: doit être { id, name?, gti?, gtr? } avec un id (valeur reçue\u00a0: un objet)',
      'clients[1].gti\u00a0: doit être { within?, due?, calendar?, byPriority? } (valeur reçue\u00a0: 5)',
      'clients[2].gtr\u00a0: fixe un objectif de GTR, que l’engagement ne prévoit pas',
      'clients[3].gti.zz\u00a0: n’est pas un champ d’objectif client (within, due, calendar, byPriority)',
    ],
  },
  {
    call: () =>
      evaluateGuarantees({
        commitment: { gti: { due: { businessDays: 1 }, calendar: { timeZone: 'UTC', hours: { mon: '09:00-10:00' }, holidays: mondays } } },
        incidents: [{ start: START, end: END, reportedAt: START }],
      } as never),
    french: ['calendar\u00a0: n’a aucun jour ouvré dans les trois années qui suivent 2026-03-02T10:00:00Z\u00a0: vérifiez ses horaires et ses jours fermés'],
  },
  {
    call: () => parseCommitment({ gti: { within: 'PT4H', due: { businessDays: 2 } } } as never),
    french: ['gti.due\u00a0: ne peut pas être donné avec within\u00a0: l’échéance est soit un temps couvert, soit des jours ouvrés'],
  },
  { call: () => parseCommitment({ gti: { calendar: '24/7' } } as never), french: ['gti.within\u00a0: est obligatoire\u00a0: le temps garanti, par exemple "PT4H", ou une règle d’échéance comme { businessDays: 2 }'] },
  {
    // 40 years × 10^4 weight units per ms is past 2^53.
    call: () => measureAvailability({ commitment: { measurement: { weights: { partial: '0.0001' } }, credit: { type: 'pro-rata' } }, period: { start: '1990-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' }, incidents: [] }),
    french: ['period\u00a0: est trop longue pour être mesurée exactement avec des poids à 4 décimales\u00a0: prenez des poids avec moins de décimales ou une période plus courte'],
  },
  { call: () => formatDuration(Number.NaN), french: ['ms\u00a0: doit être un nombre fini de millisecondes (valeur reçue\u00a0: NaN)'] },
  { call: () => formatInstant(Number.NaN), french: ['ms\u00a0: doit être un nombre de millisecondes depuis 1970 qu’une Date peut contenir (valeur reçue\u00a0: NaN)'] },
  { call: () => frenchHolidays(2026, { region: 'x' as never }), french: ['region\u00a0: doit être "metropolitan" ou "alsace-moselle" (valeur reçue\u00a0: "x")'] },
  { call: () => withProfile('x' as never), french: ['profileName\u00a0: doit être l’une des valeurs statuspage, upptime, uptime-kuma (valeur reçue\u00a0: "x")'] },
  { call: () => jsonSchema('x' as never), french: ['name\u00a0: doit être l’une des valeurs offer, commitment, incidents, scenarios (valeur reçue\u00a0: "x")'] },
  { call: () => jsonSchema('offer', { lang: 'de' as never }), french: ['options.lang\u00a0: doit être fr ou en (valeur reçue\u00a0: "de")'] },
  {
    // A fee of 10^15 EUR with a cap of 100 %: 10^17 cents for one client and one month, past 2^53 ≈ 9.007 × 10^15.
    call: () => simulate({ offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '1000000000000000', currency: 'EUR' }), clients: 100, months: 1, trials: 1, incidents: hourly }),
    french: ['clients\u00a0: × mois × le plus grand crédit (100000000000000000 unités mineures) dépasse 2^53\u00a0: les sommes des crédits ne seraient pas exactes'],
  },
  {
    call: () => parseHeartbeats([], { pending: 'x', gap: 'down', element: '', asOf: '9999-12-31T23:00:00-05:00' } as never),
    french: [
      'options.pending\u00a0: est obligatoire\u00a0: "down" ou "up" (valeur reçue\u00a0: "x")',
      'options.element\u00a0: doit être un nom d’élément non vide (valeur reçue\u00a0: "")',
      'options.asOf\u00a0: est hors des dates possibles (années 0000 à 9999)',
    ],
  },
  { call: () => parseHeartbeats({ heartbeatList: { a: 5 } } as never, { pending: 'down', gap: 'down' }), french: ['heartbeatList.a\u00a0: doit être une liste de battements (valeur reçue\u00a0: 5)'] },
  {
    call: () => parseHeartbeats('x' as never, { pending: 'down', gap: 'down' }),
    french: ['\u00a0: doit être une liste de battements, { heartbeats: [...] } ou { heartbeatList: { "<monitor>": [...] } } (valeur reçue\u00a0: "x")'],
  },
  {
    // Beat [2] is 5 ms after 1970: seconds read as milliseconds, before the default earliest, 2000.
    call: () =>
      skippedIssues(
        parseHeartbeats([{ status: 1 }, { time: '2026-03-02T10:00:00Z', status: 'on', monitor_id: {} }, { time: 5, status: 1 }] as never, { pending: 'down', gap: 'down', asOf: '2026-03-01T00:00:00Z' }),
      ),
    french: [
      '[0].time\u00a0: est obligatoire',
      '[1].time\u00a0: est après l’option asOf (2026-03-01T00:00:00Z), la fin des données',
      '[1].status\u00a0: doit valoir 0 (en panne), 1 (en service), 2 (en attente) ou 3 (en maintenance), ou leur nom (valeur reçue\u00a0: "on")',
      '[1].monitor_id\u00a0: doit être un nombre ou un texte (valeur reçue\u00a0: un objet)',
      '[2].time\u00a0: vaut 1970-01-01T00:00:00.005Z, avant l’option earliest (2000-01-01T00:00:00Z)\u00a0: des secondes données pour des millisecondes, ou un autre champ\u00a0? Changez earliest pour lire des battements plus anciens',
    ],
  },
  {
    call: () => parsePrometheusRange({}, { label: '', step: '0m', maxGap: 'PT0S' }),
    french: [
      'options.label\u00a0: doit être un nom d’étiquette comme "instance" (valeur reçue\u00a0: "")',
      'options.step\u00a0: doit être une durée positive (valeur reçue\u00a0: "0m")',
      'options.maxGap\u00a0: doit durer plus que zéro',
    ],
  },
  { call: () => parsePrometheusRange({}, 5 as never), french: ['options\u00a0: doit être un objet (valeur reçue\u00a0: 5)'] },
  { call: () => parsePrometheusRange([] as never), french: ['\u00a0: doit être une réponse de l’API Prometheus { status, data } (valeur reçue\u00a0: une liste)'] },
  { call: () => parsePrometheusRange({ status: 'error', errorType: 'bad_data', error: 'x' }), french: ['status\u00a0: vaut "error" au lieu de "success"\u00a0: bad_data: x'] },
  { call: () => parsePrometheusRange({ status: 'success', data: 5 }), french: ['data\u00a0: doit être un objet { resultType, result } (valeur reçue\u00a0: 5)'] },
  { call: () => parsePrometheusRange({ status: 'success', data: { resultType: 'vector' } }), french: ['data.resultType\u00a0: doit valoir "matrix", le résultat d’une requête d’intervalle (query_range), et non "vector"'] },
  { call: () => parsePrometheusRange({ status: 'success', data: { resultType: 'matrix', result: 5 } }), french: ['data.result\u00a0: doit être une liste de séries (valeur reçue\u00a0: 5)'] },
  {
    call: () => parseStatuspageIncidents({}, { element: 'x', updateTime: 'y', componentStatus: 5, incidentImpact: { major: { impact: 'down' } } } as never),
    french: [
      'options.element\u00a0: doit valoir "name" ou "id" (valeur reçue\u00a0: "x")',
      'options.updateTime\u00a0: doit valoir "display_at" ou "created_at" (valeur reçue\u00a0: "y")',
      'options.componentStatus\u00a0: doit être un objet qui associe à chaque statut { impact, cause } ou null (valeur reçue\u00a0: 5)',
      'options.incidentImpact.major\u00a0: doit être null ou { impact: outage | partial | degraded, cause?: unplanned | maintenance | customer | force-majeure | third-party } (valeur reçue\u00a0: {"impact":"down"})',
    ],
  },
  { call: () => parseStatuspageIncidents([], 5 as never), french: ['options\u00a0: doit être un objet (valeur reçue\u00a0: 5)'] },
  { call: () => parseStatuspageIncidents({ page: 1 }), french: ['\u00a0: doit être un incidents.json de Statuspage\u00a0: { incidents: [...] }, { scheduled_maintenances: [...] } ou une liste d’incidents (valeur reçue\u00a0: un objet de clés "page")'] },
  { call: () => parseStatuspageIncidents(5 as never), french: ['\u00a0: doit être un incidents.json de Statuspage\u00a0: { incidents: [...] }, { scheduled_maintenances: [...] } ou une liste d’incidents (valeur reçue\u00a0: 5)'] },
  {
    call: () => parseCsvIncidents('start\n', { delimiter: '"', columns: { colour: 'x', start: ' ', end: 'Fin', id: 'fin' } } as never),
    french: [
      'options.delimiter\u00a0: doit être un texte non vide, sans guillemet ni saut de ligne, par exemple ";" (valeur reçue\u00a0: "\\"")',
      'options.columns.colour\u00a0: n’est pas une colonne\u00a0; les colonnes sont id, start, end, elements, impact, cause, detectedAt, reportedAt, interventionAt, restoredAt, title',
      'options.columns.start\u00a0: doit être le nom d’une colonne de l’en-tête, par exemple "début" (valeur reçue\u00a0: " ")',
      'options.columns.id\u00a0: nomme la même colonne de l’en-tête que columns.end ("fin")',
    ],
  },
  { call: () => parseCsvIncidents('start\n', 5 as never), french: ['options\u00a0: doit être un objet (valeur reçue\u00a0: 5)'] },
  { call: () => parseCsvIncidents('start\n', { columns: [] } as never), french: ['options.columns\u00a0: doit être un objet comme { start: \'début\', end: \'fin\' } (valeur reçue\u00a0: une liste)'] },
  { call: () => parseCsvIncidents(5 as never), french: ['\u00a0: doit être un texte CSV ou des octets (valeur reçue\u00a0: 5)'] },
  { call: () => parseCsvIncidents('start\n', { encoding: 'latin1' } as never), french: ['options.encoding\u00a0: doit valoir "auto", "utf-8" ou "windows-1252" (qui lit aussi le Latin-1) (valeur reçue\u00a0: "latin1")'] },
  {
    // début in UTF-8 on line 1, then a Windows-1252 é (E9) on line 2.
    call: () => parseCsvIncidents(Uint8Array.from([...new TextEncoder().encode('début\ncaf'), 0xe9, 0x0a])),
    french: [
      "ligne 2\u00a0: contient un octet qui n’est pas de l’UTF-8 (0xE9), dans un fichier lu en UTF-8 depuis son premier caractère hors ASCII (ligne 1)\u00a0: donnez encoding: 'windows-1252' si le fichier est en Windows-1252, ou enregistrez-le entièrement en UTF-8",
    ],
  },
  {
    call: () => parseCsvIncidents(Uint8Array.from([0x64, 0xe9, 0x62, 0x75, 0x74, 0x0a]), { encoding: 'utf-8' }),
    french: [
      "ligne 1\u00a0: contient un octet qui n’est pas de l’UTF-8 (0xE9), alors que l’option encoding: 'utf-8' n’en admet pas d’autre\u00a0: donnez encoding: 'windows-1252' si le fichier est en Windows-1252, ou 'auto' pour laisser le lecteur choisir",
    ],
  },
  { call: () => parseClientList('[]', { format: 'xml' as never }), french: ['format\u00a0: doit valoir csv, json ou yaml (valeur reçue\u00a0: "xml")'] },
  { call: () => parseClientList('[]', { currency: 'euro' }), french: ['currency\u00a0: doit être un code ISO 4217 comme EUR (valeur reçue\u00a0: "euro")'] },
  { call: () => parseClientList(5 as never), french: ['\u00a0: doit être le texte d’une liste de clients (valeur reçue\u00a0: 5)'] },
  { call: () => parseClientList('{ a: 1 }', { format: 'yaml' }), french: ['\u00a0: doit être une liste de clients, ou un objet { clients: [...] } (valeur reçue\u00a0: un objet)'] },
  {
    call: () => parseClientList('- { element: vps-1, fee: 9,99, currency: EUR }', { format: 'yaml' }),
    french: ['\u00a0: ligne 1, colonne 27\u00a0: en YAML, un nombre écrit avec une virgule décimale entre { }, ici 9,99, est coupé en deux (le nombre 9 et une clé 99)\u00a0; écrivez 9.99 ou "9,99"'],
  },
  {
    call: () => parseHeartbeats([], 5 as never),
    french: [
      'options\u00a0: doit être un objet { pending, gap, maxGap? } (valeur reçue\u00a0: 5)',
      'options.pending\u00a0: est obligatoire\u00a0: "down" ou "up" (valeur reçue\u00a0: rien)',
      'options.gap\u00a0: est obligatoire\u00a0: dites comment compter le temps sans données (unknown, down, up, exclude, previous)',
    ],
  },
  { call: () => parseHeartbeats([], { pending: 'down', gap: 'down', maxGap: 'PT0S' }), french: ['options.maxGap\u00a0: doit durer plus que zéro'] },
  { call: () => parseGlpiTicketsCsv(5 as never, { timeZone: 'UTC' }), french: ['text\u00a0: doit être le texte CSV (valeur reçue\u00a0: 5)'] },
  { call: () => parseTicketEventLog(5 as never), french: ['text\u00a0: doit être le texte CSV (valeur reçue\u00a0: 5)'] },
  { call: () => parseServiceNowEventLog(5 as never, { timeZone: 'UTC' }), french: ['text\u00a0: doit être le texte CSV (valeur reçue\u00a0: 5)'] },
  { call: () => parseGlpiTickets({ a: 1 }, { timeZone: 'UTC' }), french: ['json\u00a0: doit être une liste de tickets ou une réponse de recherche { data: [...] } (valeur reçue\u00a0: un objet)'] },
  // JSON that is not: where it stops, and what to do about what is there, the parser's English left out.
  { call: () => parseIncidentsJson(5 as never), french: ['\u00a0: doit être un texte JSON (valeur reçue\u00a0: 5)'] },
  {
    // Line 3 is `  {"start": 1,}`: its "}" is the 15th character.
    call: () => parseIncidentsJson('[\n  {"start": "2026-03-02T10:00:00Z"},\n  {"start": 1,}\n]'),
    french: ['\u00a0: n’est pas du JSON valide à la ligne 3, colonne 15\u00a0: une virgule est en trop avant «\u00a0}\u00a0»\u00a0: JSON n’en veut pas après le dernier élément, retirez-la'],
  },
  { call: () => parseIncidentsJson(''), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 1\u00a0: le texte est vide\u00a0; une liste vide s’écrit []'] },
  { call: () => parseIncidentsJson('[1, 2'), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 6\u00a0: le texte s’arrête trop tôt\u00a0: une accolade }, un crochet ] ou un guillemet " n’est pas fermé'] },
  // `"w": 99,5`: `[{"start": ` is 11 characters, the quoted instant 22, `, "w": 99,` 10 more: the "5" is the 44th.
  { call: () => parseIncidentsJson('[{"start": "2026-03-02T10:00:00Z", "w": 99,5}]'), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 44\u00a0: un nombre s’écrit avec un point en JSON\u00a0: écrivez 99.5, ou "99,5" entre guillemets'] },
  { call: () => parseIncidentsJson("[{'start': 1}]"), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 3\u00a0: les textes et les clés s’écrivent entre guillemets doubles ("…"), pas entre apostrophes'] },
  { call: () => parseIncidentsJson('[{start: 1}]'), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 3\u00a0: «\u00a0s\u00a0» commence un texte sans guillemets\u00a0: écrivez les textes et les clés entre guillemets doubles, par exemple "start"'] },
  { call: () => parseIncidentsJson('["a" "b"]'), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 6\u00a0: il manque une virgule avant «\u00a0"\u00a0»'] },
  { call: () => parseIncidentsJson('[1 :]'), french: ['\u00a0: n’est pas du JSON valide à la ligne 1, colonne 4\u00a0: «\u00a0:\u00a0» n’est pas à sa place ici\u00a0; vérifiez les virgules, les deux-points, les guillemets et les accolades qui précèdent'] },
  { call: () => parseGlpiTickets('{"data": [}', { timeZone: 'UTC' }), french: ['json\u00a0: n’est pas du JSON valide à la ligne 1, colonne 11\u00a0: «\u00a0}\u00a0» n’est pas à sa place ici\u00a0; vérifiez les virgules, les deux-points, les guillemets et les accolades qui précèdent'] },
  // YAML that is not, slip by slip: what the reader met, with what to do.
  { call: () => parseIncidentsYaml(5 as never), french: ['\u00a0: doit être un texte YAML (valeur reçue\u00a0: 5)'] },
  { call: () => parseIncidentsYaml('x: 1\nx: 2'), french: ['\u00a0: ligne 2, colonne 1\u00a0: cette clé est déjà écrite plus haut dans le même objet\u00a0: gardez-en une seule'] },
  { call: () => parseIncidentsYaml('a:\n\t- 1\n'), french: ['\u00a0: ligne 2, colonne 1\u00a0: une tabulation sert d’indentation\u00a0: YAML n’accepte que des espaces'] },
  { call: () => parseIncidentsYaml('a:\n  b: 1\n c: 2\n'), french: ['\u00a0: ligne 3, colonne 1\u00a0: les clés d’un même objet doivent commencer à la même colonne\u00a0: alignez leur indentation (avec des espaces)'] },
  { call: () => parseIncidentsYaml('a: [1, 2\nb: 3\n'), french: ['\u00a0: ligne 2, colonne 1\u00a0: une liste ouverte par [ n’est pas fermée par ] (ou sa suite n’est pas indentée)'] },
  { call: () => parseIncidentsYaml('a: { b: 1\n'), french: ['\u00a0: ligne 2, colonne 1\u00a0: un objet ouvert par { n’est pas fermé par } (ou sa suite n’est pas indentée)'] },
  { call: () => parseIncidentsYaml('a: "abc\nb: 1\n'), french: ['\u00a0: ligne 3, colonne 1\u00a0: un guillemet ouvert plus haut n’est jamais fermé\u00a0: fermez-le'] },
  {
    call: () => parseIncidentsYaml('a: b: c\n'),
    french: ['\u00a0: ligne 1, colonne 4\u00a0: un second «\u00a0:\u00a0» sur la même ligne\u00a0: une valeur qui contient «\u00a0:\u00a0» s’écrit entre guillemets, et un objet imbriqué va à la ligne, indenté'],
  },
  { call: () => parseIncidentsYaml('url:http://x\nb: 1\n'), french: ['\u00a0: ligne 1, colonne 1\u00a0: une ligne sans «\u00a0:\u00a0» là où une clé est attendue\u00a0: écrivez «\u00a0clé: valeur\u00a0», avec une espace après les deux-points'] },
  { call: () => parseIncidentsYaml('a: @x\n'), french: ['\u00a0: ligne 1, colonne 4\u00a0: une valeur qui commence par @, `, % ou un autre caractère réservé s’écrit entre guillemets'] },
  { call: () => parseIncidentsYaml('a: "C:\\dossier"\n'), french: ['\u00a0: ligne 1, colonne 7\u00a0: entre guillemets doubles, une barre oblique inverse \\ commence un échappement\u00a0: doublez-la (\\\\) ou mettez le texte entre apostrophes'] },
  { call: () => parseIncidentsYaml('a: 1\n---\nb: 2\n'), french: ['\u00a0: ligne 2, colonne 1\u00a0: le fichier contient plusieurs documents séparés par ---\u00a0: un seul est lu, retirez la ligne ---'] },
  { call: () => parseIncidentsYaml('a: &x &y 1\n'), french: ['\u00a0: ligne 1, colonne 7\u00a0: le texte n’est plus du YAML valide ici\u00a0: vérifiez l’indentation (des espaces), l’espace après chaque «\u00a0:\u00a0» et les guillemets'] },
  {
    call: () => parseIncidentsYaml('- a\nb: 1\n'),
    french: [
      '\u00a0: ligne 2, colonne 1\u00a0: cette ligne n’est pas attendue ici\u00a0: vérifiez l’indentation, les «\u00a0-\u00a0» des listes et les «\u00a0:\u00a0» des clés',
      '\u00a0: ligne 2, colonne 2\u00a0: cette ligne n’est pas attendue ici\u00a0: vérifiez l’indentation, les «\u00a0-\u00a0» des listes et les «\u00a0:\u00a0» des clés',
      '\u00a0: ligne 2, colonne 4\u00a0: cette ligne n’est pas attendue ici\u00a0: vérifiez l’indentation, les «\u00a0-\u00a0» des listes et les «\u00a0:\u00a0» des clés',
    ],
  },
  {
    call: () => parseIncidentsYaml('a: *x\n'),
    french: ['\u00a0: l’alias *x renvoie à une ancre &x qui n’est pas définie avant lui\u00a0: définissez l’ancre plus haut, ou mettez entre guillemets une valeur qui commence par *'],
  },
  { call: () => parseIncidentsYaml(LAUGHS), french: ['\u00a0: le document développe plus de 100 alias (*nom)\u00a0: écrivez les valeurs répétées en entier plutôt que par alias'] },
  {
    // The header is line 1 and the long record line 2.
    call: () => parseClientList(`element;fee\n${'x'.repeat(1_000_001)};5\n`),
    french: ['ligne 2\u00a0: fait plus de 1\u202f000\u202f000 octets, le plus qu’une ligne CSV puisse contenir\u00a0: une liste de clients a une ligne courte par client (est-ce le bon fichier\u00a0?)'],
  },
  {
    // Every kind of warning, refused with strict: a skipped row, a GTI without a clock start, an element
    // nobody bills, a fee from the offer, a fee unknown.
    call: () =>
      monthlyStatement({
        commitment: { gti: { within: 'PT4H', calendar: '24/7' } },
        month: '2026-03',
        incidents: [{ id: 'A', start: START, end: END, elements: ['vps-9'] }],
        elements: [{ id: 'vps-1', fee, feeSource: 'offer' }, { id: 'vps-2' }],
        skipped: [{ file: 'log.csv', line: 4, reason: 'is empty', code: 'row-empty', params: {} }],
        incidentsFile: 'log.csv',
        strict: true,
      }),
    french: [
      'log.csv:4\u00a0: ligne écartée\u00a0: est vide',
      'log.csv incidents[0]\u00a0: l’incident «\u00a0A\u00a0» n’a ni heure de signalement (reportedAt) ni heure de détection (detectedAt)\u00a0: sa GTI ne peut pas être évaluée',
      'log.csv incidents[0].elements\u00a0: «\u00a0vps-9\u00a0» est nommé par l’incident «\u00a0A\u00a0» mais n’est pas facturé\u00a0: aucun crédit ne lui est compté',
      'elements\u00a0: sans montant propre, facturé au prix de l’offre\u00a0: vps-1',
      'elements\u00a0: montant inconnu, donc montant du crédit inconnu\u00a0: vps-2',
    ],
  },
  {
    // Rows a reader skipped, given by hand: a number instead of the list, then a list with a null and a row without its reason.
    call: () => monthlyStatement({ commitment: presets.ovhVps2016.starter, month: '2026-03', incidents: [], elements: [{ id: 'vps-1' }], skipped: 5 as never }),
    french: ['skipped\u00a0: doit être la liste des lignes qu’un lecteur a écartées (valeur reçue\u00a0: 5)'],
  },
  {
    call: () => monthlyStatement({ commitment: presets.ovhVps2016.starter, month: '2026-03', incidents: [], elements: [{ id: 'vps-1' }], skipped: [null, { line: 3 }, { reason: 'is empty' }] as never }),
    french: ['skipped[0]\u00a0: doit être une ligne écartée par un lecteur, avec sa raison (valeur reçue\u00a0: null)', 'skipped[1]\u00a0: doit être une ligne écartée par un lecteur, avec sa raison (valeur reçue\u00a0: un objet)'],
  },
  {
    // Six incidents name the same element: five are named, the sixth counted.
    call: () =>
      monthlyStatement({
        commitment: presets.ovhVps2016.starter,
        month: '2026-03',
        incidents: [0, 1, 2, 3, 4, 5].map((k) => ({ ...(k > 0 && { id: `I${k}` }), start: START, end: END, elements: ['vps-9'] })),
        elements: Array.from({ length: 6 }, (_, k) => ({ id: `vps-${k}` })),
        strict: true,
      }),
    french: [
      'incidents[0].elements\u00a0: «\u00a0vps-9\u00a0» est nommé par 6 incidents (incidents[0], «\u00a0I1\u00a0», «\u00a0I2\u00a0», «\u00a0I3\u00a0», «\u00a0I4\u00a0» et 1 autre) mais n’est pas facturé\u00a0: aucun crédit ne lui est compté',
      'elements\u00a0: montant inconnu, donc montant du crédit inconnu\u00a0: vps-0, vps-1, vps-2, vps-3, vps-4 et 1 autre',
    ],
  },
  // Spreadsheets that cannot be read: one case for each way.
  { call: () => parseSpreadsheet('a,b' as never), french: ['\u00a0: doit être le contenu (les octets) d’un fichier de tableur (valeur reçue\u00a0: "a,b")'] },
  { call: () => parseSpreadsheet(odsFile(''), { sheet: 1 as never }), french: ['sheet\u00a0: doit être le nom d’une feuille (valeur reçue\u00a0: 1)'] },
  {
    call: () => parseSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    french: ['\u00a0: est un fichier Excel à l’ancien format binaire (.xls), ou protégé par un mot de passe, qui ne peut pas être lu\u00a0: enregistrez-le au format .xlsx, .ods ou CSV, sans mot de passe'],
  },
  { call: () => parseSpreadsheet(new TextEncoder().encode('start,end\n')), french: ['\u00a0: n’est pas un fichier de tableur (.ods ou .xlsx)'] },
  { call: () => parseSpreadsheet(zipSync({ 'word/document.xml': strToU8('<w/>') })), french: ['\u00a0: est une archive ZIP mais pas un tableur (.ods ou .xlsx)'] },
  {
    call: () => parseSpreadsheet(odsFile('', { manifest: '<m:manifest xmlns:m="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><m:encryption-data/></m:manifest>' })),
    french: ['\u00a0: est protégé par un mot de passe, que le lecteur ne peut pas ouvrir\u00a0: enregistrez-en une copie sans mot de passe, ou au format CSV'],
  },
  { call: () => parseSpreadsheet(zipSync({ 'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>') })), french: ['\u00a0: est endommagé\u00a0: sa partie xl/worksheets/sheet1.xml manque'] },
  { call: () => parseSpreadsheet(odsFile('')), french: ['\u00a0: ne contient aucune feuille'] },
  { call: () => parseSpreadsheet(odsFile('<table:table table:name="Un"/>'), { sheet: 'Deux' }), french: ['sheet\u00a0: "Deux" n’est pas une feuille du fichier (ses feuilles\u00a0: "Un")'] },
  {
    call: () => parseSpreadsheet(odsFile(`<table:table table:name="A"><table:table-row table:number-rows-repeated="30000000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row></table:table>`)),
    french: ['\u00a0: contient plus de 20\u202f000\u202f000 cellules\u00a0: enregistrez la feuille au format CSV'],
  },
]

/** The chunks of a CSV source that are not text nor bytes, as an async reader meets them, with their French. */
export const ASYNC_FRENCH_CASES: { call: () => Promise<unknown>; french: string[] }[] = [
  { call: () => readCsvIncidents(5 as never), french: ['\u00a0: doit être un texte CSV, des octets ou un itérable de morceaux (valeur reçue\u00a0: 5)'] },
  { call: () => readCsvIncidents(['id;start\n', 5] as never), french: ['chunk 1\u00a0: doit être du texte ou des octets (valeur reçue\u00a0: 5)'] },
  {
    // UTF-8 on line 1 (début), a Windows-1252 é on line 2, streamed in chunks of 3 bytes: the line is found as they come.
    call: () => {
      const bytes = Uint8Array.from([...new TextEncoder().encode('début\ncaf'), 0xe9, 0x0a])
      return readCsvIncidents(Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(3 * i, 3 * i + 3)))
    },
    french: ['ligne 2\u00a0: contient un octet qui n’est pas de l’UTF-8 (0xE9), dans un fichier lu en UTF-8 depuis son premier caractère hors ASCII (ligne 1)\u00a0: donnez encoding: \'windows-1252\' si le fichier est en Windows-1252, ou enregistrez-le entièrement en UTF-8'],
  },
]

/** A preset id that is not one: its French line names every known id, checked by its start in the French test. */
export const UNKNOWN_PRESET = () => presets.byId('x')

export const MORE_CORPUS = [...FRENCH_CASES.map((c) => c.call), UNKNOWN_PRESET]
