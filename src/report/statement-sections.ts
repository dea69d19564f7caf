/**
 * Sections of the monthly statement report that only some statements have: the coverage of the
 * monitoring data the figures were built from, and the compliance figures of the GTI and GTR. Their
 * words live here, beside them, in both languages.
 */
import { type Observation } from '../availability/observation.js'
import { type ComplianceRow } from '../guarantees/compliance.js'
import { type Statement, type StatementEntry, type UnpricedEntry } from '../statement/monthly.js'
import { COMPLIANCE_EN, COMPLIANCE_FR, complianceCells, complianceRowJson, type ComplianceRowJson } from './compliance.js'
import { type Block, escapeHtml, type Inline } from './document.js'
import { type Formatter } from './format.js'
import { dec } from './shapes.js'

type Entry = StatementEntry | UnpricedEntry

/** Coverage of monitoring data in JSON: milliseconds, and the share as an exact decimal string. */
export interface CoverageJson {
  periodMs: number
  unobservedMs: number
  excludedMs: number
  observedMs: number
  /** `observedMs / periodMs`, a fraction from 0 to 1, all its digits. */
  share: string
}

/** The compliance figures of a statement in JSON: as `matou.compliance/1` writes its rows. */
export interface StatementComplianceJson {
  rows: ComplianceRowJson[]
  totals: ComplianceRowJson[]
}

interface Words {
  coverageHeading: string
  coverageSummary(a: { share: string; observed: string; period: string; unobserved: string; excluded: string | null }): string
  coverageColumns: readonly string[]
  complianceHeading: string
  complianceChart: string
}

const EN: Words = {
  coverageHeading: 'Monitoring coverage',
  coverageSummary: (a) =>
    `The monitoring data observed ${a.share} of the time measured: ${a.observed} of ${a.period}; ${a.unobserved} without data` +
    (a.excluded ? `, of which ${a.excluded} left out of the measured time.` : ', counted as the gap rule of the data says.'),
  coverageColumns: ['Element', 'Time', 'Without data', 'Left out', 'Observed', 'Coverage'],
  complianceHeading: 'GTI and GTR compliance',
  complianceChart: 'Share met per priority',
}

const FR: Words = {
  coverageHeading: 'Couverture de la supervision',
  coverageSummary: (a) =>
    `Les données de supervision ont observé ${a.share} du temps mesuré\u00a0: ${a.observed} sur ${a.period}\u00a0; ${a.unobserved} sans données` +
    (a.excluded ? `, dont ${a.excluded} retirés du temps mesuré.` : ', comptés comme le dit la règle des trous de ces données.'),
  coverageColumns: ['Élément', 'Durée', 'Sans données', 'Retiré', 'Observé', 'Couverture'],
  complianceHeading: 'Respect des GTI et GTR',
  complianceChart: 'Part respectée par priorité',
}

const wordsOf = (f: Formatter): Words => (f.m.locale.startsWith('fr') ? FR : EN)

/** The share observed in percent, to 4 decimals as availability is shown: 714 h of 720 h is 99.1667 %. */
function sharePercent(f: Formatter, o: Observation): string {
  return f.percent(o.share.times(100), 4)
}

/** @internal A coverage in JSON. */
export function coverageJson(o: Observation): CoverageJson {
  return { periodMs: o.periodMs, unobservedMs: o.unobservedMs, excludedMs: o.excludedMs, observedMs: o.observedMs, share: dec(o.share) }
}

/** @internal The statement's compliance figures in JSON, when it has any. */
export function statementComplianceJson(statement: Statement<Entry>): StatementComplianceJson | undefined {
  const c = statement.compliance
  return c ? { rows: c.rows.map(complianceRowJson), totals: c.totals.map(complianceRowJson) } : undefined
}

/** @internal The coverage section: a summary over every element, then one row per element. */
export function coverageBlocks(statement: Statement<Entry>, f: Formatter): Block[] {
  const total = statement.coverage
  if (!total) return []
  const w = wordsOf(f)
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: w.coverageHeading },
    {
      kind: 'paragraph',
      content: {
        text: w.coverageSummary({
          share: sharePercent(f, total),
          observed: f.duration(total.observedMs),
          period: f.duration(total.periodMs),
          unobserved: f.duration(total.unobservedMs),
          excluded: total.excludedMs > 0 ? f.duration(total.excludedMs) : null,
        }),
        ...(total.unobservedMs > 0 && { tone: 'warn' as const }),
      },
    },
  ]
  const rows = statement.elements
    .filter((e) => e.coverage !== undefined)
    .map((e): Inline[] => {
      const o = e.coverage as Observation
      return [
        e.element,
        f.duration(o.periodMs),
        o.unobservedMs === 0 ? f.m.none : f.duration(o.unobservedMs),
        o.excludedMs === 0 ? f.m.none : f.duration(o.excludedMs),
        f.duration(o.observedMs),
        { text: sharePercent(f, o), ...(o.unobservedMs > 0 && { tone: 'warn' as const }) },
      ]
    })
  blocks.push({
    kind: 'table',
    columns: w.coverageColumns.map((header, k) => ({ header, ...(k > 0 && { align: 'right' as const }) })),
    rows,
    className: 'coverage',
  })
  return blocks
}

/** Bars of the share met per guarantee and priority: a statement covers one month. */
function priorityChart(f: Formatter, title: string, rows: readonly ComplianceRow[]): string {
  const byPriority = new Map<string, { kind: 'gti' | 'gtr'; priority: string; met: number; decided: number }>()
  for (const r of rows) {
    if (r.clock === 'update') continue
    const priority = r.priority ?? f.m.none
    const key = `${r.kind}|${priority}`
    const m = byPriority.get(key) ?? { kind: r.kind, priority, met: 0, decided: 0 }
    m.met += r.met
    m.decided += r.met + r.breached
    byPriority.set(key, m)
  }
  const bars = [...byPriority.values()].filter((m) => m.decided > 0)
  if (bars.length === 0) return ''
  const width = 720
  const height = 180
  const step = Math.min(60, Math.floor((width - 40) / bars.length))
  const parts = [`<line class="axis" x1="30" y1="150" x2="${width - 10}" y2="150"/>`]
  bars.forEach((m, k) => {
    const share = m.met / m.decided
    const h = Math.round(share * 130)
    const x = 34 + k * step
    const label = f.m.label[m.kind]
    parts.push(`<rect class="${share < 1 ? 'bar-loss' : 'bar-compensation'}" x="${x}" y="${150 - h}" width="${step - 8}" height="${h}"><title>${escapeHtml(`${label} ${m.priority}: ${m.met}/${m.decided}`)}</title></rect>`)
    parts.push(`<text x="${x}" y="165">${escapeHtml(m.priority)}</text><text x="${x}" y="177" class="label-muted">${escapeHtml(label)}</text>`)
    parts.push(`<text x="${x}" y="${145 - h}">${escapeHtml(f.percent(Math.round(share * 1000) / 10))}</text>`)
  })
  return `<figure><svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`
}

/** @internal The compliance section: in HTML a chart of the share met per priority, then the rows and the totals. */
export function complianceBlocks(statement: Statement<Entry>, f: Formatter, html: boolean): Block[] {
  const c = statement.compliance
  if (!c || c.totals.length === 0) return []
  const w = wordsOf(f)
  const cw = f.m.locale.startsWith('fr') ? COMPLIANCE_FR : COMPLIANCE_EN
  const columns = cw.columns.map((header, k) => ({ header, ...(k >= 4 && { align: 'right' as const }) }))
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: w.complianceHeading }]
  if (html) {
    const svg = priorityChart(f, w.complianceChart, c.rows)
    if (svg) blocks.push({ kind: 'html', html: svg })
  }
  blocks.push({ kind: 'table', columns, rows: [...c.rows, ...c.totals].map((r) => complianceCells(f, cw, r)), className: 'compliance' })
  blocks.push({ kind: 'paragraph', content: { text: cw.marginNote, tone: 'muted' } })
  if (c.totals.some((r) => r.clock === 'update')) blocks.push({ kind: 'paragraph', content: { text: cw.updateNote, tone: 'muted' } })
  return blocks
}
