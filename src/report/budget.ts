import { type BudgetBand, type DowntimeBudget } from '../availability/budget.js'
import { budgetChart } from './charts.js'
import { type Block, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { stringifyJson } from './json.js'
import { readOptions, type ReportOptions } from './options.js'
import { bandJson, type BandJson, dec, periodJson, type PeriodJson } from './shapes.js'

/**
 * The JSON form of a downtime budget, `format: "matou.budget/1"`: each band as an exact range of downtime
 * in milliseconds.
 */
export interface BudgetJson {
  format: 'matou.budget/1'
  lang: 'fr' | 'en'
  period: PeriodJson
  periodMs: number
  /** Most downtime that gives no credit. */
  allowedDowntimeMs: number
  bands: {
    /** The band, or null for the range above every band (no credit). */
    band: BandJson | null
    credit: string
    minDowntimeMs: number
    maxDowntimeMs: number
    reachable: boolean
    /** The range as a sentence in the report's language, as `range` writes it: `up to 43 min 12 s`, `jusqu’à 43 min 12 s`. */
    text: string
    /** The range in the report's language: `jusqu’à 43 min 12 s`. */
    range: string
  }[]
  perDuration: { freeMs: number; unitMs: number; percent: string; count: 'started' | 'full'; text: string }[]
  /**
   * The budget's steps in sentences, in the report's language: the library's sentences in English; in
   * French, the same period, bands reached and per-duration models worded from the French catalogue.
   */
  explanation: string[]
}

/** A band's downtime range in words, exact to the millisecond. */
function rangeOf(f: Formatter, b: BudgetBand, periodMs: number): string {
  const m = f.m.budget
  if (!b.reachable) return m.never
  if (b.minDowntimeMs === 0) return m.upTo(f.duration(b.maxDowntimeMs))
  if (b.maxDowntimeMs === periodMs) return m.beyond(f.duration(b.minDowntimeMs - 1))
  return m.between(f.duration(b.minDowntimeMs), f.duration(b.maxDowntimeMs))
}

function perDurationText(f: Formatter, d: DowntimeBudget['perDuration'][number]): string {
  return f.m.budget.perDuration({ percent: f.percent(d.percent), count: d.count, unit: f.duration(d.unitMs), free: d.freeMs ? f.duration(d.freeMs) : null, all: d.onceExceeded === 'all' })
}

/** The budget's explanation worded by the report's catalogue, line for line with the library's. */
function explanationOf(f: Formatter, budget: DowntimeBudget): string[] {
  const m = f.m.budget
  return [
    m.explainPeriod({ period: f.periodName(budget.period), duration: f.duration(budget.periodMs), ms: f.ms(budget.periodMs) }),
    ...budget.bands.filter((b) => b.reachable).map((b) => m.explainBand({ band: b.tier ? f.band(b.tier) : null, range: rangeOf(f, b, budget.periodMs), credit: f.percent(b.credit) })),
    ...budget.perDuration.map((d) => perDurationText(f, d)),
  ]
}

/**
 * Writes a downtime budget: for each band, the downtime in the period that lands in it, exact to the
 * millisecond (`jusqu’à 43 min 12 s`, `de 43 min 12 s 1 ms à 3 h 36 min`, `au-delà de 3 h 36 min`), with
 * its credit; and the per-duration models' free time and unit.
 *
 * @example
 * console.log(renderBudget(downtimeBudget({ commitment: presets.ovhVps2016.value, period: monthPeriod({ year: 2026, month: 4 }) }), { format: 'text', lang: 'fr' }))
 * @throws InputError listing every problem of the options.
 */
export function renderBudget(budget: DowntimeBudget, options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the downtime budget', (issues) => {
    if (budget === null || typeof budget !== 'object' || !Array.isArray(budget.bands) || !budget.period) issues.add('budget', 'must be a budget from downtimeBudget', 'built-by', { what: 'a budget', by: 'downtimeBudget' })
  })
  const f = o.formatter(budget.period.timeZone)
  const m = o.m
  if (o.format === 'json') {
    const doc: BudgetJson = {
      format: 'matou.budget/1',
      lang: o.lang,
      period: periodJson(budget.period),
      periodMs: budget.periodMs,
      allowedDowntimeMs: budget.allowedDowntimeMs,
      bands: budget.bands.map((b) => ({
        band: b.tier ? bandJson(f, b.tier) : null,
        credit: dec(b.credit),
        minDowntimeMs: b.minDowntimeMs,
        maxDowntimeMs: b.maxDowntimeMs,
        reachable: b.reachable,
        // A French report carries no English: the library's own `text` is the English range.
        text: o.lang === 'en' ? b.text : rangeOf(f, b, budget.periodMs),
        range: rangeOf(f, b, budget.periodMs),
      })),
      perDuration: budget.perDuration.map((d) => ({ freeMs: d.freeMs, unitMs: d.unitMs, percent: dec(d.percent), count: d.count, text: perDurationText(f, d) })),
      explanation: o.lang === 'en' ? [...budget.explanation] : explanationOf(f, budget),
    }
    return stringifyJson(doc)
  }
  const name = f.periodName(budget.period)
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: m.budget.title(name) },
    { kind: 'paragraph', content: m.budget.periodLine({ duration: f.duration(budget.periodMs), ms: f.ms(budget.periodMs) }) },
  ]
  const tiered = budget.bands.some((b) => b.tier)
  if (tiered) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: m.budget.columns.band },
        { header: m.budget.columns.credit, align: 'right' },
        { header: m.budget.columns.range },
        { header: m.budget.columns.from, align: 'right' },
        { header: m.budget.columns.to, align: 'right' },
      ],
      rows: budget.bands.map((b) => [
        b.tier ? f.band(b.tier) : m.band.noCredit,
        f.percent(b.credit),
        b.reachable ? { text: rangeOf(f, b, budget.periodMs), strong: true } : { text: m.budget.never, tone: 'muted' },
        b.reachable ? f.ms(b.minDowntimeMs) : m.none,
        b.reachable ? f.ms(b.maxDowntimeMs) : m.none,
      ]),
    })
    blocks.push({ kind: 'paragraph', content: m.budget.allowed({ duration: f.duration(budget.allowedDowntimeMs) }) })
    if (o.format === 'html')
      blocks.push({
        kind: 'html',
        html: budgetChart(f, {
          title: m.chart.budgetTitle,
          allowedMs: budget.allowedDowntimeMs,
          periodMs: budget.periodMs,
          bands: budget.bands.map((b) => ({ label: b.tier ? f.band(b.tier) : m.band.noCredit, credit: b.credit, min: b.minDowntimeMs, max: b.maxDowntimeMs, reachable: b.reachable })),
        }),
      })
  }
  if (budget.perDuration.length) blocks.push({ kind: 'list', items: budget.perDuration.map((d) => ({ content: perDurationText(f, d) })) })
  if (o.format === 'text') return toText(blocks, o.color, o.width)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: m.budget.title(name), footer: m.label.generatedBy })
}
