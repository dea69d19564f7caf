/**
 * The English wording of the rows a desk reader leaves out, from their code and figures; the French one,
 * from the same codes and figures, is in `messages/fr-io.ts`, which `formatSkipReason` reads.
 */
import { type SkippedRow } from './result.js'

type Params = Readonly<Record<string, string | number>>
type Wording = (p: Params) => string

const q = (v: string | number | undefined): string => JSON.stringify(String(v ?? ''))

/** @internal Every code of a skipped row written here, worded in English. */
export const SKIP_REASONS_EN = {
  'missing-field': (p) => `${p.field}: empty or "?"`,
  'bad-date': (p) => `${p.field}: ${q(p.value)} is not a date (${p.expected})`,
  'bad-duration': (p) => `${p.field}: ${q(p.value)} is not a duration in seconds`,
  'unknown-status': (p) => `${p.field}: ${q(p.value)} is not a status of ${p.desk}`,
  'unknown-priority': (p) => `${p.field}: ${q(p.value)} is not a priority of ${p.desk}`,
  'not-an-object': () => 'is not a ticket (an object with its fields)',
  'no-opening': (p) => `ticket ${p.ticket}: no row gives when it was opened (${p.field})`,
  'solved-without-date': (p) => `${p.field}: the ticket is ${p.status} but has no solve or close date`,
  'ends-before-start': (p) => `${p.field}: ${q(p.value)} is before the opening date ${q(p.start)}`,
  // Statuspage
  'sp-not-incident': (p) => `must be an incident object (got ${p.got})`,
  'sp-not-update': (p) => `must be an update object (got ${p.got})`,
  'sp-update-time': (p) => `has no valid ${p.time} nor ${p.other}: its component status changes are left out`,
  'sp-change': () => 'must be { code, name, old_status, new_status } with a code or name and a new_status',
  'sp-no-code': () => 'has no code, and option element is "id"',
  'sp-none-counts': (p) => `${p.label} changes component statuses, but none to a status that counts (every stretch is operational, empty or left out above)`,
  'sp-no-component': (p) => `${p.label} changes no component's status and lists no component: under Statuspage's rules it costs no component uptime`,
  'sp-no-outage': (p) => `${p.label} changes no component's status, and its impact ${p.impact} counts as no outage`,
  'sp-impact-unknown': (p) => `${p.label} changes no component's status, and its impact ${p.impact} is not in the mapping (known: ${p.known})`,
  'sp-no-created': (p) => `${p.label} changes no component's status and has no valid created_at to date its components' outage`,
  'sp-resolved-before': (p) => `${p.label} was resolved at ${p.resolved}, before it was created at ${p.created}: its outage cannot be dated`,
  'sp-left-down': (p) =>
    `component "${p.element}" was left ${p.status} at ${p.since}, after the ${p.label} was resolved at ${p.resolved}: that stretch has no end and is not counted`,
  'sp-already-down': (p) => `component "${p.element}" was already ${p.status} before ${p.time}: the time before is not in this ${p.label}, and is not counted`,
  'sp-status-unknown': (p) => `component "${p.element}" has status ${p.status}, which the mapping does not know (known: ${p.known}); its time from ${p.since} is not counted`,
  'probe-same-time': (p) =>
    `has the same time (${p.time}) as ${p.other ? `the sample at ${p.other}` : 'another sample'}${p.element ? ` of ${p.element}` : ''}: the worse state, ${p.kept}, is kept and this ${p.state} is left out`,
  // Prometheus
  'prom-series': () => 'must be a series { metric: { … }, values: [[time, value], …] }',
  'prom-label': (p) => `has no label ${q(p.label)} to name its element (labels: ${p.labels || 'none'})`,
  'prom-pair': () => 'must be a pair [time, value]',
  'prom-time': (p) => `time must be a Unix time in seconds (got ${p.got})`,
  'prom-value': (p) => `value must be "1" (up) or "0" (down) (got ${p.got})`,
  'prom-step': () => 'the step cannot be inferred from single samples: give option step, e.g. "60s"',
  'prom-tail': () => 'its last sample plus one step is out of range',
} as const satisfies Readonly<Record<string, Wording>>

/** @internal A reason with its code and figures, and its English written from them. */
export function worded(code: keyof typeof SKIP_REASONS_EN & string, params: Params = {}): Pick<SkippedRow, 'reason' | 'code' | 'params'> {
  return { reason: SKIP_REASONS_EN[code]?.(params) ?? code, code, params }
}

/** @internal A skipped row with its code, its figures, and its English reason written from them. */
export function skippedRow(code: keyof typeof SKIP_REASONS_EN & string, params: Params, where: { line?: number; path?: string; raw?: string }): SkippedRow {
  return { ...where, reason: SKIP_REASONS_EN[code](params), code, params }
}

