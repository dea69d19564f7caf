/**
 * Writes the compliance figures of the GTI and GTR (from `guaranteeCompliance`) as text, Markdown, JSON or
 * HTML with a chart of the share met per month, in French or in English. Its words live here, beside it.
 */
import { type Compliance, type ComplianceRow, type MarginFigures } from '../guarantees/compliance.js'
import { type Block, escapeHtml, type Inline, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { stringifyJson } from './json.js'
import { readOptions, type ReportOptions } from './options.js'
import { dec } from './shapes.js'

/** The JSON form, `format: "matou.compliance/1"`: Decimals as strings, durations in milliseconds. */
export interface ComplianceJson {
  format: 'matou.compliance/1'
  lang: 'fr' | 'en'
  timeZone: string
  asOf: string | null
  incidents: number
  rows: ComplianceRowJson[]
  totals: ComplianceRowJson[]
}

export interface ComplianceRowJson {
  kind: 'gti' | 'gtr'
  /** `update` on the rows of the guarantee's update clock; absent on the deadline's. */
  clock?: 'update'
  month: string | null
  priority: string | null
  client: string | null
  incidents: number
  met: number
  breached: number
  pending: number
  notEvaluable: number
  notApplicable: number
  withinPercent: string | null
  marginBusiness: MarginFigures | null
  marginWall: MarginFigures | null
  penaltyPercent: string
}

/** @internal The words of the compliance figures, in one language. */
export interface ComplianceWords {
  title: string
  zone(zone: string, asOf: string | null, incidents: number): string
  columns: readonly string[]
  all: string
  none: string
  totals: string
  chartTitle: string
  marginNote: string
  /** Said under the table when it has update rows. */
  updateNote: string
  /** The guarantee column of an update clock's row. */
  update(kind: string): string
}

/** @internal */
export const COMPLIANCE_EN: ComplianceWords = {
  title: 'GTI and GTR compliance',
  zone: (zone, asOf, n) => `${n} incident${n === 1 ? '' : 's'}; months in ${zone}${asOf ? `; open ones as at ${asOf}` : ''}.`,
  columns: ['Guarantee', 'Month', 'Priority', 'Client', 'Incidents', 'Met', 'Breached', 'Pending', 'Not judged', 'Share met', 'Mean margin', '90 % reached', 'Worst', 'Worst (elapsed)', 'Penalties'],
  all: 'all',
  none: '—',
  totals: 'All incidents',
  chartTitle: 'Share met per month',
  marginNote: 'Margins are covered time before the deadline (negative: late); "90 % reached" is the margin nine in ten decided incidents reached.',
  updateNote: 'On the update rows, a margin is the target less the longest stretch of covered time without an update while the incident was open.',
  update: (kind) => `${kind} updates`,
}

/** @internal */
export const COMPLIANCE_FR: ComplianceWords = {
  title: 'Respect des GTI et GTR',
  zone: (zone, asOf, n) => `${n} incident${n > 1 ? 's' : ''}\u00a0; mois selon ${zone}${asOf ? `\u00a0; incidents ouverts vus au ${asOf}` : ''}.`,
  columns: ['Garantie', 'Mois', 'Priorité', 'Client', 'Incidents', 'Respectées', 'Non respectées', 'En attente', 'Non jugées', 'Part respectée', 'Marge moyenne', 'Atteinte par 90 %', 'Pire', 'Pire (écoulé)', 'Pénalités'],
  all: 'tous',
  none: '—',
  totals: 'Tous les incidents',
  chartTitle: 'Part respectée par mois',
  marginNote: 'Les marges sont le temps couvert restant avant l’échéance (négatives\u00a0: retard)\u00a0; «\u00a0atteinte par 90\u00a0%\u00a0» est la marge que neuf incidents jugés sur dix ont atteinte.',
  updateNote: 'Sur les lignes de mise à jour, la marge est l’objectif moins la plus longue période sans mise à jour, en temps couvert, pendant que l’incident était ouvert.',
  update: (kind) => `${kind}, mises à jour`,
}

/** @internal A compliance row in JSON: Decimals as strings. */
export function complianceRowJson(r: ComplianceRow): ComplianceRowJson {
  return { ...r, withinPercent: r.withinPercent ? dec(r.withinPercent) : null, penaltyPercent: dec(r.penaltyPercent) }
}

/** @internal The cells of one compliance row in a table. */
export function complianceCells(f: Formatter, w: ComplianceWords, r: ComplianceRow): Inline[] {
  const share: Inline = r.withinPercent ? { text: f.percent(r.withinPercent, 1), tone: r.breached > 0 ? 'warn' : 'good' } : w.none
  const margin = (m: MarginFigures | null, key: keyof MarginFigures): Inline => (m ? { text: f.duration(Math.round(m[key])), ...(m[key] < 0 && { tone: 'bad' as const }) } : w.none)
  return [
    r.clock === 'update' ? w.update(f.m.label[r.kind]) : f.m.label[r.kind],
    r.month ?? w.all,
    r.priority ?? w.none,
    r.client ?? w.none,
    f.number(r.incidents),
    f.number(r.met),
    r.breached ? { text: f.number(r.breached), tone: 'bad' } : '0',
    f.number(r.pending),
    f.number(r.notEvaluable + r.notApplicable),
    share,
    margin(r.marginBusiness, 'mean'),
    margin(r.marginBusiness, 'p90'),
    margin(r.marginBusiness, 'worst'),
    margin(r.marginWall, 'worst'),
    f.percent(r.penaltyPercent),
  ]
}

/** Bars of the share met per month and guarantee, from the rows. */
function chart(f: Formatter, w: ComplianceWords, c: Compliance): string {
  const byMonth = new Map<string, { met: number; decided: number }>()
  for (const r of c.rows) {
    // The chart is the deadline's; the update clock's figures are in the table.
    if (!r.month || r.clock === 'update') continue
    const key = `${r.kind}|${r.month}`
    const m = byMonth.get(key) ?? { met: 0, decided: 0 }
    m.met += r.met
    m.decided += r.met + r.breached
    byMonth.set(key, m)
  }
  const bars = [...byMonth].filter(([, m]) => m.decided > 0)
  if (bars.length === 0) return ''
  const width = 720
  const step = Math.min(60, Math.floor((width - 40) / bars.length))
  const height = 180
  const parts = [`<line class="axis" x1="30" y1="150" x2="${width - 10}" y2="150"/>`]
  bars.forEach(([key, m], k) => {
    const [kind, month] = key.split('|') as [string, string]
    const share = m.met / m.decided
    const h = Math.round(share * 130)
    const x = 34 + k * step
    parts.push(`<rect class="${share < 1 ? 'bar-loss' : 'bar-compensation'}" x="${x}" y="${150 - h}" width="${step - 8}" height="${h}"><title>${escapeHtml(`${f.m.label[kind as 'gti' | 'gtr']} ${month}: ${m.met}/${m.decided}`)}</title></rect>`)
    parts.push(`<text x="${x}" y="165">${escapeHtml(month.slice(2))}</text><text x="${x}" y="177" class="label-muted">${escapeHtml(f.m.label[kind as 'gti' | 'gtr'])}</text>`)
    parts.push(`<text x="${x}" y="${145 - h}">${escapeHtml(f.percent(Math.round(share * 1000) / 10))}</text>`)
  })
  return `<figure><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(w.chartTitle)}">${parts.join('')}</svg><figcaption>${escapeHtml(w.chartTitle)}</figcaption></figure>`
}

/**
 * Writes compliance figures: one table row per guarantee, month, priority and client, then the totals;
 * in HTML with a chart of the share met per month.
 *
 * @example
 * const c = guaranteeCompliance({ commitment: { gti: { within: 'PT4H' } }, incidents: [{ start: '2026-05-13T10:00:00Z', end: '2026-05-13T12:00:00Z', reportedAt: '2026-05-13T10:00:00Z' }] })
 * renderCompliance(c, { format: 'markdown', lang: 'fr' }).startsWith('# Respect des GTI et GTR') // true
 * @throws InputError listing every problem of the options.
 */
export function renderCompliance(compliance: Compliance, options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the compliance figures', (issues) => {
    if (compliance === null || typeof compliance !== 'object' || !Array.isArray(compliance.rows)) issues.add('compliance', 'must be figures from guaranteeCompliance', 'built-by', { what: 'figures', by: 'guaranteeCompliance' })
  })
  const f = o.formatter(compliance.timeZone)
  const w = o.lang === 'fr' ? COMPLIANCE_FR : COMPLIANCE_EN
  if (o.format === 'json') {
    const doc: ComplianceJson = {
      format: 'matou.compliance/1',
      lang: o.lang,
      timeZone: compliance.timeZone,
      asOf: compliance.asOf ? compliance.asOf.toISOString() : null,
      incidents: compliance.incidents,
      rows: compliance.rows.map(complianceRowJson),
      totals: compliance.totals.map(complianceRowJson),
    }
    return stringifyJson(doc)
  }
  const columns = w.columns.map((header, k) => ({ header, ...(k >= 4 && { align: 'right' as const }) }))
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title },
    { kind: 'paragraph', content: w.zone(compliance.timeZone, compliance.asOf ? f.dateTime(compliance.asOf) : null, compliance.incidents) },
  ]
  const svg = chart(f, w, compliance)
  if (svg) blocks.push({ kind: 'html', html: svg })
  blocks.push({ kind: 'table', columns, rows: compliance.rows.map((r) => complianceCells(f, w, r)) })
  blocks.push({ kind: 'heading', level: 2, text: w.totals })
  blocks.push({ kind: 'table', columns, rows: compliance.totals.map((r) => complianceCells(f, w, r)) })
  blocks.push({ kind: 'paragraph', content: w.marginNote })
  if (compliance.totals.some((r) => r.clock === 'update')) blocks.push({ kind: 'paragraph', content: w.updateNote })
  if (o.format === 'text') return toText(blocks, o.color)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: w.title, footer: o.m.label.generatedBy })
}
