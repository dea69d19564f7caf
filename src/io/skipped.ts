/**
 * The English wording of the rows a desk reader leaves out, from their code and figures; the French one,
 * from the same codes and figures, is in `messages/fr-io.ts`, which `formatSkipReason` reads.
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

/** @internal A skipped row with its code, its figures, and its English reason written from them. */
export function skippedRow(code: keyof typeof ENGLISH & string, params: Params, where: { line?: number; path?: string; raw?: string }): SkippedRow {
  return { ...where, reason: ENGLISH[code]!(params), code, params }
}

