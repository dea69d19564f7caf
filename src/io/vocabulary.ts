import { CAUSES, IMPACTS, type Cause, type Impact } from '../schema/commitment.js'

/**
 * A word as the CSV reader compares it: without accents, in lower case, spaces, `-`, `_` and apostrophes
 * made one space. `Maintenance  Programmée` and `maintenance-programmee` are the same word.
 */
export function wordKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\s_\-'’]+/g, ' ')
    .trim()
}

/**
 * The words the CSV reader takes in the `impact` column (and the JSON and YAML incident readers in `impact`), besides the library's own (`outage`, `partial`,
 * `degraded`), for each impact. Compared without accents and case (`PANNE`, `Dégradé`, `degrade` all
 * read).
 *
 * | impact | also read |
 * | --- | --- |
 * | `outage` | panne, en panne, panne totale, coupure, coupé, interruption, indisponible, indisponibilité, hors service, HS, hors ligne, inaccessible, injoignable, arrêt, down, major outage |
 * | `partial` | partiel, partielle, panne partielle, coupure partielle, indisponibilité partielle, partiellement indisponible, partial outage |
 * | `degraded` | dégradé, dégradée, dégradation, service dégradé, mode dégradé, performances dégradées, ralenti, ralentie, ralentissement, lent, lenteur, lenteurs, degraded performance |
 *
 * @example
 * IMPACT_WORDS.outage.includes('panne') // true
 */
export const IMPACT_WORDS: Readonly<Record<Impact, readonly string[]>> = {
  outage: ['panne', 'en panne', 'panne totale', 'coupure', 'coupé', 'interruption', 'indisponible', 'indisponibilité', 'hors service', 'HS', 'hors ligne', 'inaccessible', 'injoignable', 'arrêt', 'down', 'major outage'],
  partial: ['partiel', 'partielle', 'panne partielle', 'coupure partielle', 'indisponibilité partielle', 'partiellement indisponible', 'partial outage'],
  degraded: ['dégradé', 'dégradée', 'dégradation', 'service dégradé', 'mode dégradé', 'performances dégradées', 'ralenti', 'ralentie', 'ralentissement', 'lent', 'lenteur', 'lenteurs', 'degraded performance'],
}

/**
 * The words the CSV reader takes in the `cause` column (and the JSON and YAML incident readers in `cause`), besides the library's own (`unplanned`,
 * `maintenance`, `customer`, `force-majeure`, `third-party`), for each cause; compared without accents and
 * case, spaces and hyphens alike (`force majeure` reads as `force-majeure`).
 *
 * | cause | also read |
 * | --- | --- |
 * | `unplanned` | imprévu, imprévue, non planifié, non planifiée, non prévu, non prévue, non programmé, non programmée, incident, unscheduled |
 * | `maintenance` | maintenance programmée, maintenance planifiée, maintenance prévue, maintenance annoncée, intervention programmée, intervention planifiée, travaux programmés, travaux planifiés, planned maintenance, scheduled maintenance |
 * | `customer` | client, cliente, fait du client, du fait du client, côté client, erreur du client, cause client |
 * | `force-majeure` | cas de force majeure |
 * | `third-party` | tiers, tierce partie, fournisseur, prestataire |
 *
 * @example
 * CAUSE_WORDS.maintenance.includes('maintenance programmée') // true
 */
export const CAUSE_WORDS: Readonly<Record<Cause, readonly string[]>> = {
  unplanned: ['imprévu', 'imprévue', 'non planifié', 'non planifiée', 'non prévu', 'non prévue', 'non programmé', 'non programmée', 'incident', 'unscheduled'],
  maintenance: [
    'maintenance programmée',
    'maintenance planifiée',
    'maintenance prévue',
    'maintenance annoncée',
    'intervention programmée',
    'intervention planifiée',
    'travaux programmés',
    'travaux planifiés',
    'planned maintenance',
    'scheduled maintenance',
  ],
  customer: ['client', 'cliente', 'fait du client', 'du fait du client', 'côté client', 'erreur du client', 'cause client'],
  'force-majeure': ['cas de force majeure'],
  'third-party': ['tiers', 'tierce partie', 'fournisseur', 'prestataire'],
}

function indexOfWords<T extends string>(names: readonly T[], words: Readonly<Record<T, readonly string[]>>): Map<string, number> {
  const index = new Map<string, number>()
  names.forEach((name, k) => {
    index.set(wordKey(name), k)
    for (const w of words[name]) index.set(wordKey(w), k)
  })
  return index
}

const IMPACT_INDEX = /* @__PURE__ */ indexOfWords(IMPACTS, IMPACT_WORDS)
const CAUSE_INDEX = /* @__PURE__ */ indexOfWords(CAUSES, CAUSE_WORDS)

/** The index in IMPACTS of a cell's impact, -1 when it names none. */
export function impactIndex(cell: string): number {
  // The library's own words as written, the common case, without building a key.
  for (let k = 0; k < IMPACTS.length; k++) if (cell === IMPACTS[k]) return k
  return IMPACT_INDEX.get(wordKey(cell)) ?? -1
}

/** The index in CAUSES of a cell's cause, -1 when it names none. */
export function causeIndex(cell: string): number {
  for (let k = 0; k < CAUSES.length; k++) if (cell === CAUSES[k]) return k
  return CAUSE_INDEX.get(wordKey(cell)) ?? -1
}

/**
 * The names the CSV reader recognises in a header for each column, besides the column's own name; compared
 * without accents, case, spaces, `-`, `_` and apostrophes (`Date de début`, `date_de_debut` and
 * `DATEDEDEBUT` are one name). A header that names its columns otherwise maps them with the option
 * `columns`, e.g. `{ start: 'Ouverture', end: 'Clôture' }`.
 *
 * | column | also read |
 * | --- | --- |
 * | `id` | identifiant, numéro, référence |
 * | `start` | début, date de début, heure de début |
 * | `end` | fin, date de fin, heure de fin |
 * | `elements` | élément, éléments, éléments affectés, element |
 * | `impact` | (same word in French) |
 * | `cause` | (same word in French) |
 * | `detectedAt` | détecté, détectée, détection, détecté le, date de détection |
 * | `reportedAt` | signalé, signalée, signalement, signalé le, date de signalement |
 * | `interventionAt` | intervention, début d'intervention, date d'intervention |
 * | `restoredAt` | rétabli, rétablie, rétablissement, rétabli le, date de rétablissement |
 * | `title` | titre, intitulé, libellé, description |
 *
 * @example
 * COLUMN_WORDS.start.includes('début') // true
 */
export const COLUMN_WORDS = {
  id: ['identifiant', 'numéro', 'référence'],
  start: ['début', 'date de début', 'heure de début'],
  end: ['fin', 'date de fin', 'heure de fin'],
  elements: ['élément', 'éléments', 'éléments affectés', 'element'],
  impact: [],
  cause: [],
  detectedAt: ['détecté', 'détectée', 'détection', 'détecté le', 'date de détection'],
  reportedAt: ['signalé', 'signalée', 'signalement', 'signalé le', 'date de signalement'],
  interventionAt: ['intervention', "début d'intervention", "date d'intervention"],
  restoredAt: ['rétabli', 'rétablie', 'rétablissement', 'rétabli le', 'date de rétablissement'],
  title: ['titre', 'intitulé', 'libellé', 'description'],
} as const satisfies Record<string, readonly string[]>

/** A column of an incident CSV. */
export type CsvColumn = keyof typeof COLUMN_WORDS

/** The columns of an incident CSV, in the order of the library's format. */
export const CSV_COLUMNS = Object.keys(COLUMN_WORDS) as CsvColumn[]

/** A header name as compared: a {@link wordKey} without spaces. */
export function columnKey(name: string): string {
  return wordKey(name).replace(/ /g, '')
}

const COLUMN_INDEX = /* @__PURE__ */ (() => {
  const index = new Map<string, CsvColumn>()
  for (const c of CSV_COLUMNS) {
    index.set(columnKey(c), c)
    for (const w of COLUMN_WORDS[c] as readonly string[]) index.set(columnKey(w), c)
  }
  return index
})()

/** The column a header name stands for, if any. */
export function columnOf(name: string): CsvColumn | undefined {
  return COLUMN_INDEX.get(columnKey(name))
}
