import { frenchPresetName } from '../offers/presets/sources/french.js'
import { Decimal } from '../decimal.js'
import { nonEmpty, present } from '../errors.js'
import { type Comparison, type ComparisonCell } from '../offers/compare.js'
import { standardScenarios } from '../offers/scenarios.js'
import { sourceConfidence } from '../offers/presets/confidence.js'
import { sourceWithTexts } from '../offers/presets/sources/by-id.js'
import { comparisonChart } from './charts.js'
import { type Block, type Inline, type ListItem, withIds, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { type JsonValue, stringifyJson, toJsonValue } from './json.js'
import { readOptions, type ReadOptions, type ReportOptions } from './options.js'
import {
  availabilityJson,
  type AvailabilityJson,
  bandJson,
  type BandJson,
  creditJson,
  type CreditJson,
  dec,
  money as moneyJson,
  outcomeJson,
  type OutcomeJson,
  periodJson,
  type PeriodJson,
} from './shapes.js'
import { availabilityTrail, contributionLine, contributionTone, creditTrail, guaranteeCell, guaranteeSentence } from './sentences.js'

/**
 * The JSON form of a comparison, `format: "matou.comparison/1"`. Every key is always present (`null` when
 * absent), in this order; Decimals are strings with all their digits.
 *
 * @example
 * const doc = JSON.parse(renderComparison(cmp, { format: 'json' })) as ComparisonJson
 * doc.cells.find((c) => c.scenario === 'outage-4h' && c.offer === 'ovh-vps-2016-starter')!.compensation // '1.20'
 */
export interface ComparisonJson {
  format: 'matou.comparison/1'
  /** Language of the `text`, `summary` and `trail` fields. */
  lang: 'fr' | 'en'
  /** Zone the `text` fields write dates in; null: each cell's own period zone. */
  timeZone: string | null
  clientLossPerHour: { amount: string; currency: string } | null
  offers: {
    id: string
    provider: string
    name: string
    services: { id: string; name: string | null; fee: { amount: string; currency: string } }[]
    promises: { credit: boolean; gti: boolean; gtr: boolean }
    source: JsonValue
  }[]
  scenarios: {
    id: string
    name: string
    description: string | null
    /** Offers giving the best cover of the loss (or the most compensation without a loss per hour); ties all listed. */
    best: string[]
    worst: string[]
    /** The closing sentences, in the report's language. */
    summary: string[]
  }[]
  /** One per scenario and offer, scenarios first. */
  cells: {
    scenario: string
    offer: string
    period: PeriodJson
    availability: AvailabilityJson
    band: BandJson | null
    credit: CreditJson
    gti: OutcomeJson | null
    gtr: OutcomeJson | null
    /** The credit, GTI/GTR penalties included, rounded to the currency's minor unit. */
    compensation: string
    currency: string
    /** Hours the client's service was down or impaired, whatever the offer excludes (exact). */
    clientDowntimeHours: string
    clientLoss: string | null
    /** Compensation as a percentage of the loss (exact). */
    coverPercent: string | null
    /** How each figure was found, in the report's language. */
    trail: string[]
  }[]
}

const HOUR = 3_600_000

type Verdict =
  | { kind: 'ranked'; best: readonly [ComparisonCell, ...ComparisonCell[]]; worst: readonly [ComparisonCell, ...ComparisonCell[]]; byCover: boolean }
  | { kind: 'equal'; cells: readonly [ComparisonCell, ...ComparisonCell[]]; byCover: boolean }
  | { kind: 'no-loss' }
  | { kind: 'mixed' }
  | { kind: 'none' }

/** Which offers cover the client's loss best and worst in one scenario. */
function verdictOf(cells: readonly ComparisonCell[], lossGiven: boolean): Verdict {
  if (cells.length === 0) return { kind: 'none' }
  if (lossGiven && cells.every((c) => c.clientLoss !== undefined && c.clientLoss.isZero())) return { kind: 'no-loss' }
  const byCover = lossGiven && cells.every((c) => c.coverPercent !== undefined)
  if (!byCover && new Set(cells.map((c) => c.credit.currency)).size > 1) return { kind: 'mixed' }
  const metric = (c: ComparisonCell): Decimal => (byCover ? present(c.coverPercent) : c.compensation)
  const values = cells.map(metric)
  const max = Decimal.max(...values)
  const min = Decimal.min(...values)
  // At least one cell reaches the max and one the min.
  if (max.eq(min)) return { kind: 'equal', cells: nonEmpty(cells), byCover }
  return { kind: 'ranked', best: nonEmpty(cells.filter((c) => metric(c).eq(max))), worst: nonEmpty(cells.filter((c) => metric(c).eq(min))), byCover }
}

function money(f: Formatter, c: ComparisonCell, amount: Decimal): string {
  return f.money(amount, c.credit.currency, c.credit.scale)
}

function summaryOf(f: Formatter, v: Verdict, offerName: (id: string) => string): string[] {
  const m = f.m.comparison
  const names = (cells: readonly ComparisonCell[]) => f.list(cells.map((c) => offerName(c.offer)))
  switch (v.kind) {
    case 'none':
      return []
    case 'no-loss':
      return [m.noLoss]
    case 'mixed':
      return [m.mixedCurrencies]
    case 'equal': {
      const c = v.cells[0]
      return [m.allEqual({ amount: money(f, c, c.compensation), cover: v.byCover && c.coverPercent ? f.share(c.coverPercent) : null })]
    }
    case 'ranked': {
      const b = v.best[0]
      const w = v.worst[0]
      return [
        m.best({
          offers: names(v.best),
          amount: money(f, b, b.compensation),
          cover: v.byCover && b.coverPercent ? f.share(b.coverPercent) : null,
          loss: v.byCover && b.clientLoss ? money(f, b, b.clientLoss) : null,
        }),
        m.worst({ offers: names(v.worst), amount: money(f, w, w.compensation), cover: v.byCover && w.coverPercent ? f.share(w.coverPercent) : null }),
      ]
    }
  }
}

/** The scenario's name and description in the report's language: the standard ones are translated. */
function scenarioText(f: Formatter, s: Comparison['scenarios'][number]): { name: string; description: string | undefined } {
  const standard = standardScenarios().find((x) => x.id === s.id)
  const translated = f.m.comparison.standardScenarios[s.id]
  if (standard && translated && standard.name === s.name && standard.description === s.description) return translated
  return { name: s.name, description: s.description }
}

function hours(f: Formatter, h: Decimal): string {
  return h.decimalPlaces() <= 4 ? f.number(h) : f.m.approx + f.number(h.toDecimalPlaces(4))
}

function cellTrail(f: Formatter, c: ComparisonCell): string[] {
  const r = c.availability
  const lines = [
    ...r.contributions.map((x) => contributionLine(f, x, r)),
    ...availabilityTrail(f, r, null),
    ...creditTrail(f, c.credit),
    ...[c.gti, c.gtr].filter((o) => o !== undefined).map((o) => guaranteeSentence(f, o, f.m.comparison.theIncident, 'outage', 'unplanned')),
  ]
  for (const step of c.steps) {
    if (step.kind === 'client-loss')
      lines.push(f.m.comparison.lossFormula({ hours: hours(f, step.hours), perHour: f.money(step.perHour, step.currency, 'exact'), loss: money(f, c, step.loss) }))
    else if (step.kind === 'cover') lines.push(f.m.comparison.coverFormula({ compensation: money(f, c, step.compensation), loss: money(f, c, step.loss), cover: f.share(step.percent) }))
  }
  return lines
}

/** An offer's name in the report's language: an offer made from a preset carries the preset's English name. */
function nameIn(o: ReadOptions, name: string): string {
  return o.lang === 'fr' ? frenchPresetName(name) : name
}

function comparisonJson(comparison: Comparison, o: ReadOptions): ComparisonJson {
  const offerName = (id: string) => nameIn(o, comparison.offers.find((x) => x.id === id)?.name ?? id)
  const lossGiven = comparison.clientLossPerHour !== undefined
  return {
    format: 'matou.comparison/1',
    lang: o.lang,
    timeZone: o.timeZone ?? null,
    clientLossPerHour: comparison.clientLossPerHour ? { amount: dec(comparison.clientLossPerHour.amount), currency: comparison.clientLossPerHour.currency } : null,
    offers: comparison.offers.map((x) => ({
      id: x.id,
      provider: x.provider,
      name: nameIn(o, x.name),
      services: x.services.map((s) => ({ id: s.id, name: s.name ?? null, fee: { amount: moneyJson(s.fee.amount, s.fee.currency), currency: s.fee.currency } })),
      promises: { credit: x.promises.credit, gti: x.promises.gti, gtr: x.promises.gtr },
      // An offer made from a preset carries its short source; the JSON gives it in full, as the preset list does.
      source: x.source ? toJsonValue(sourceWithTexts(x.commitment.id, sourceWithTexts(x.id, x.source, 'schema', o.lang), 'schema', o.lang)) : null,
    })),
    scenarios: comparison.scenarios.map((s) => {
      const cells = comparison.cells.filter((c) => c.scenario === s.id)
      const f = o.formatter(cells[0]?.period.timeZone ?? 'UTC')
      const v = verdictOf(cells, lossGiven)
      return {
        id: s.id,
        // A standard scenario in the report's language; one the caller wrote, as written.
        name: scenarioText(f, s).name,
        description: scenarioText(f, s).description ?? null,
        best: v.kind === 'ranked' ? v.best.map((c) => c.offer) : v.kind === 'equal' ? v.cells.map((c) => c.offer) : [],
        worst: v.kind === 'ranked' ? v.worst.map((c) => c.offer) : v.kind === 'equal' ? v.cells.map((c) => c.offer) : [],
        summary: summaryOf(f, v, offerName),
      }
    }),
    cells: comparison.cells.map((c) => {
      const f = o.formatter(c.period.timeZone)
      return {
        scenario: c.scenario,
        offer: c.offer,
        period: periodJson(c.period),
        availability: availabilityJson(f, c.availability),
        band: c.credit.tier ? bandJson(f, c.credit.tier) : null,
        credit: creditJson(f, c.credit),
        gti: c.gti ? outcomeJson(c.gti, guaranteeSentence(f, c.gti, f.m.comparison.theIncident, 'outage', 'unplanned'), f.m.lang !== 'en') : null,
        gtr: c.gtr ? outcomeJson(c.gtr, guaranteeSentence(f, c.gtr, f.m.comparison.theIncident, 'outage', 'unplanned'), f.m.lang !== 'en') : null,
        compensation: c.compensation.toFixed(c.credit.scale),
        currency: c.credit.currency,
        clientDowntimeHours: dec(c.clientDowntimeHours),
        clientLoss: c.clientLoss ? c.clientLoss.toFixed(c.credit.scale) : null,
        coverPercent: c.coverPercent ? dec(c.coverPercent) : null,
        trail: cellTrail(f, c),
      }
    }),
  }
}

function comparisonBlocks(comparison: Comparison, o: ReadOptions, html: boolean): Block[] {
  const m = o.m
  const offers = comparison.offers
  const offerName = (id: string) => nameIn(o, offers.find((x) => x.id === id)?.name ?? id)
  const lossGiven = comparison.clientLossPerHour !== undefined
  const anyGti = offers.some((x) => x.promises.gti)
  const anyGtr = offers.some((x) => x.promises.gtr)
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: m.comparison.title }]
  // A preset's figures are only as good as its source: say how sure each one is before any figure.
  const sourced = offers.filter((x) => x.source !== undefined)
  if (sourced.length)
    blocks.push({
      kind: 'list',
      items: sourced.map((x) => {
        const sure = sourceConfidence(present(x.source))
        return { content: { text: m.comparison.sourceConfidence({ offer: nameIn(o, x.name), confidence: m.preset.confidence[sure] }), tone: sure === 'verified' ? 'good' : sure === 'partly' ? 'warn' : 'bad' } }
      }),
    })
  const ids = new Map(withIds(comparison.cells, (c) => `${c.scenario}-${c.offer}`, 'cell'))

  const chartGroups: Parameters<typeof comparisonChart>[1][number][] = []
  const scenarioBlocks: Block[] = [{ kind: 'heading', level: 2, text: m.comparison.scenariosHeading }]
  const detailBlocks: Block[] = [{ kind: 'heading', level: 2, text: m.comparison.detailsHeading }]
  for (const s of comparison.scenarios) {
    const cells = comparison.cells.filter((c) => c.scenario === s.id)
    const first = cells[0]
    if (first === undefined) continue
    const f = o.formatter(first.period.timeZone)
    const text = scenarioText(f, s)
    scenarioBlocks.push({ kind: 'heading', level: 3, text: text.name })
    if (text.description) scenarioBlocks.push({ kind: 'paragraph', content: text.description })
    scenarioBlocks.push({
      kind: 'paragraph',
      content: {
        text: m.comparison.scenarioFacts({
          period: f.periodName(first.period),
          downtime: f.duration(first.clientDowntimeHours.times(HOUR).toNumber()),
          loss: first.clientLoss !== undefined ? money(f, first, first.clientLoss) : null,
          lossPerHour: comparison.clientLossPerHour ? f.money(comparison.clientLossPerHour.amount, comparison.clientLossPerHour.currency, 'exact') : null,
        }),
        tone: 'muted',
      },
    })
    const columns = [
      { header: m.label.offer },
      { header: m.label.availability, align: 'right' as const },
      { header: m.label.band },
      { header: m.label.credit, align: 'right' as const },
      ...(anyGti ? [{ header: m.label.gti }] : []),
      ...(anyGtr ? [{ header: m.label.gtr }] : []),
      { header: m.label.compensation, align: 'right' as const },
      ...(lossGiven ? [{ header: m.label.clientLoss, align: 'right' as const }, { header: m.label.cover, align: 'right' as const }] : []),
    ]
    const v = verdictOf(cells, lossGiven)
    const best = new Set(v.kind === 'ranked' ? v.best : [])
    const worst = new Set(v.kind === 'ranked' ? v.worst : [])
    const rows = cells.map((c): Inline[] => {
      const offer = offers.find((x) => x.id === c.offer)
      const tone = best.has(c) ? ('good' as const) : worst.has(c) ? ('bad' as const) : undefined
      return [
        { text: offerName(c.offer), href: `#${ids.get(c)}` },
        f.availability(c.availability.availability),
        c.credit.parts.some((p) => p.model === 'tiers') ? f.band(c.credit.tier) : m.none,
        f.approxPercent(c.credit.percent),
        ...(anyGti ? [guaranteeCell(f, c.gti, offer?.promises.gti ?? false)] : []),
        ...(anyGtr ? [guaranteeCell(f, c.gtr, offer?.promises.gtr ?? false)] : []),
        { text: money(f, c, c.compensation), strong: true, ...(tone && { tone }) },
        ...(lossGiven
          ? [c.clientLoss !== undefined ? money(f, c, c.clientLoss) : m.none, { text: c.coverPercent !== undefined ? f.share(c.coverPercent) : m.none, ...(tone && { tone }) }]
          : []),
      ]
    })
    scenarioBlocks.push({ kind: 'table', columns, rows })
    const summary = summaryOf(f, v, offerName)
    if (summary.length) scenarioBlocks.push({ kind: 'paragraph', content: summary.join(' ') })
    chartGroups.push({
      name: text.name,
      ...(lossGiven && first.clientLoss !== undefined && { loss: { value: first.clientLoss, text: money(f, first, first.clientLoss) } }),
      bars: cells.map((c) => ({
        name: offerName(c.offer),
        value: c.compensation,
        text: c.coverPercent !== undefined ? `${money(f, c, c.compensation)} (${f.share(c.coverPercent)})` : money(f, c, c.compensation),
      })),
    })
    for (const c of cells) {
      const r = c.availability
      const trail = cellTrail(f, c)
      // The trail's first lines are the contributions, one each, in order.
      const items: ListItem[] = trail.map((l, k) => {
        const contribution = r.contributions[k]
        return { content: contribution ? { text: l, tone: contributionTone(contribution) } : l }
      })
      detailBlocks.push({
        kind: 'section',
        className: 'explanation',
        blocks: [
          { kind: 'heading', level: 3, text: m.comparison.cellHeading(text.name, offerName(c.offer)), id: present(ids.get(c)) },
          { kind: 'list', items },
        ],
      })
    }
  }
  const f0 = o.formatter(comparison.cells[0]?.period.timeZone ?? 'UTC')
  if (html && chartGroups.length) blocks.push({ kind: 'html', html: comparisonChart(f0, chartGroups) })
  blocks.push(...scenarioBlocks, ...detailBlocks)
  return blocks
}

/**
 * Writes a comparison of offers as a report: for each scenario, a short description (what happened, how
 * long the client's service was down, what it cost the client), a table of the offers — availability,
 * band, credit, GTI/GTR outcome, compensation, the client's loss and the share of it the compensation
 * covers — and a closing sentence naming the best and the worst cover. Then how each figure was found. In
 * HTML, a bar chart sets each scenario's compensations beside the client's loss.
 *
 * @example
 * const cmp = compareOffers({ offers: [draft, ovh], clientLossPerHour: '200' })
 * console.log(renderComparison(cmp, { format: 'markdown', lang: 'fr' }))
 * @throws InputError listing every problem of the options.
 */
export function renderComparison(comparison: Comparison, options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the comparison', (issues) => {
    if (comparison === null || typeof comparison !== 'object' || !Array.isArray(comparison.cells) || !Array.isArray(comparison.offers))
      issues.add('comparison', 'must be a comparison from compareOffers', 'built-by', { what: 'a comparison', by: 'compareOffers' })
  })
  if (o.format === 'json') return stringifyJson(comparisonJson(comparison, o))
  const blocks = comparisonBlocks(comparison, o, o.format === 'html')
  if (o.format === 'text') return toText(blocks, o.color, o.width)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: o.m.comparison.title, footer: o.m.label.generatedBy })
}
