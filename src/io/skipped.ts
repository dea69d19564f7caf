/**
 * The wording of the rows a desk reader leaves out, from their code and figures: the English `reason`
 * and the French one come from the same place, so that they never say different things.
 */
import { type SkippedRow } from './result.js'

type Params = Readonly<Record<string, string | number>>
type Wording = (p: Params) => string

const q = (v: string | number | undefined): string => JSON.stringify(String(v ?? ''))

const ENGLISH: Readonly<Record<string, Wording>> = {
  'missing-field': (p) => `${p.field}: empty or "?"`,
  'bad-date': (p) => `${p.field}: ${q(p.value)} is not a date (${p.expected})`,
  'bad-duration': (p) => `${p.field}: ${q(p.value)} is not a duration in seconds`,
  'unknown-status': (p) => `${p.field}: ${q(p.value)} is not a status of ${p.desk}`,
  'unknown-priority': (p) => `${p.field}: ${q(p.value)} is not a priority of ${p.desk}`,
  'not-an-object': () => 'is not a ticket (an object with its fields)',
  'no-opening': (p) => `ticket ${p.ticket}: no row gives when it was opened (${p.field})`,
  'solved-without-date': (p) => `${p.field}: the ticket is ${p.status} but has no solve or close date`,
  'ends-before-start': (p) => `${p.field}: ${q(p.value)} is before the opening date ${q(p.start)}`,
}

const FRENCH: Readonly<Record<string, Wording>> = {
  'missing-field': (p) => `${p.field} : vide ou « ? »`,
  'bad-date': (p) => `${p.field} : ${q(p.value)} n’est pas une date (${p.expected})`,
  'bad-duration': (p) => `${p.field} : ${q(p.value)} n’est pas une durée en secondes`,
  'unknown-status': (p) => `${p.field} : ${q(p.value)} n’est pas un statut de ${p.desk}`,
  'unknown-priority': (p) => `${p.field} : ${q(p.value)} n’est pas une priorité de ${p.desk}`,
  'not-an-object': () => 'n’est pas un ticket (un objet avec ses champs)',
  'no-opening': (p) => `ticket ${p.ticket} : aucune ligne ne dit quand il a été ouvert (${p.field})`,
  'solved-without-date': (p) => `${p.field} : le ticket est ${p.status} mais n’a ni date de résolution ni date de clôture`,
  'ends-before-start': (p) => `${p.field} : ${q(p.value)} est avant la date d’ouverture ${q(p.start)}`,
}

/** @internal A skipped row with its code, its figures, and its English reason written from them. */
export function skippedRow(code: keyof typeof ENGLISH & string, params: Params, where: { line?: number; path?: string; raw?: string }): SkippedRow {
  return { ...where, reason: ENGLISH[code]!(params), code, params }
}

/**
 * Why a reader left a row out, in `language`: its `reason` in English; in French, worded again from its
 * `code` and `params` (a row without a code, or with one this catalogue does not know, keeps its reason).
 *
 * @example
 * const { skipped } = parseServiceNowEventLog('number,incident_state,sys_updated_at,opened_at\n?,New,29/2/2016 01:16,29/2/2016 01:16\n', { timeZone: 'Europe/Paris' })
 * formatSkippedRow(skipped[0], 'fr') // 'number : vide ou « ? »'
 */
export function formatSkippedRow(row: SkippedRow, language: 'en' | 'fr' = 'en'): string {
  if (language === 'en' || row.code === undefined) return row.reason
  const wording = FRENCH[row.code]
  return wording ? wording(row.params ?? {}) : row.reason
}
