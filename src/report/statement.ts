import { type AvailabilityStep } from '../availability/steps.js'
import { type Contribution, contributionCount, transientContributions, transientSteps } from '../availability/measure.js'
import { sourceConfidence } from '../offers/presets/confidence.js'
import { type CommitmentLike, compileCommitment, parseCommitment } from '../commitment/commitment.js'
import { type Tier } from '../commitment/tiers.js'
import { describe, InputError, present } from '../errors.js'
import { presets } from '../offers/presets/index.js'
import { type Statement, type StatementEntry, type StatementWarning, type UnpricedCredit, type UnpricedEntry } from '../statement/monthly.js'
import { SKIP_REASONS_FR } from '../messages/fr-io.js'
import { warningPath } from '../statement/warnings.js'
import { elementChart } from './charts.js'
import { complianceBlocks, coverageBlocks, coverageJson, type CoverageJson, type StatementComplianceJson, statementComplianceJson } from './statement-sections.js'
import { type Block, type Inline, type ListItem, htmlChunks, markdownChunks, PLAIN, textChunks, withIds } from './document.js'
import { type Formatter } from './format.js'
import { groupWarnings, lineRanges } from './warning-groups.js'
import { decodeBatches, JsonBytes, QuotedList, quotedListJson, Utf8Pieces, writeText } from './json-bytes.js'
import { stringifyJson } from './json.js'
import { readOptions, type ReportOptions } from './options.js'
import {
  availabilityJson,
  type AvailabilityJson,
  contributionsJsonBytes,
  bandJson,
  type BandJson,
  creditJson,
  type CreditJson,
  dec,
  incidentGuaranteesJson,
  money,
  type IncidentGuaranteesJson,
  periodJson,
  type PeriodJson,
} from './shapes.js'
import {
  availabilityTrail,
  breachCounts,
  contributionLine,
  contributionTone,
  creditTrail,
  guaranteeSentence,
  guaranteeSummary,
  incidentName,
} from './sentences.js'

/** Options of {@link renderStatement}. */
export interface StatementReportOptions extends ReportOptions {
  /**
   * The commitment the statement was drawn up under, so that the HTML charts draw its whole band table.
   * Default: the preset whose id is the statement's commitment id, when there is one and it agrees with
   * the bands that applied; else only the bands that applied (and the chart says so).
   */
  commitment?: CommitmentLike
  /** Most elements charted in HTML (the first ones explained); default 50. */
  maxCharts?: number
  /**
   * The offer's name, as the printed header of every HTML page gives it beside the period
   * (`Coopérative Exemple, VPS coopératif`). Default: the statement's commitment id, when there is one.
   */
  offer?: string
  /**
   * The line of each incident in the file it was read from, as a spreadsheet numbers it (the `lines` of
   * `readCsvIncidents`), so that the warnings point at `incidents.csv:14` rather than `incidents[12]`.
   */
  incidentLines?: ArrayLike<number | undefined>
}

/**
 * The JSON form of a statement, `format: "matou.statement/1"`. Every key is always present (`null` when
 * absent), in this order; Decimals are strings with all their digits; instants ISO-8601 UTC strings.
 *
 * @example
 * const doc = JSON.parse(renderStatement(statement, { format: 'json' })) as StatementJson
 * doc.elements[0].credit.amount // '1.00'
 * new Decimal(doc.elements[0].availability.percent) // exact again
 */
export interface StatementJson {
  format: 'matou.statement/1'
  /** Language of the `text` and `trail` fields. */
  lang: 'fr' | 'en'
  /** Zone the `text` and `trail` fields write dates in. */
  timeZone: string
  period: PeriodJson
  commitmentId: string | null
  /** The instant open incidents were measured up to; null when the log has none. */
  asOf: string | null
  elements: {
    element: string
    /** The client's name and the offer's service, when given. */
    name: string | null
    service: string | null
    /** null when the fee is unknown: the credit then has a percent and a null amount. */
    fee: { amount: string; currency: string } | null
    feeSource: 'given' | 'client-list' | 'option' | 'offer' | 'unknown'
    /** Only for an element in service part of the period: the time measured, and the monthly fee when `fee` is its pro-rata share. */
    inService?: { start: string; end: string; durationMs: number; monthlyFee: { amount: string; currency: string } | null }
    availability: AvailabilityJson
    /** The band that applied, or null (none, or no tiered model). */
    band: BandJson | null
    credit: CreditJson | UnpricedCreditJson
    /** GTI/GTR outcomes of the element's incidents whose clock started in the period. */
    guarantees: IncidentGuaranteesJson[]
    /** The explanation, in the report's language, as the other formats show it. */
    trail: { incidents: string[]; availability: string[]; credit: string[]; guarantees: string[] }
    /** Only for a statement given the gaps of its monitoring data: how much of the element's time was observed. */
    coverage?: CoverageJson
  }[]
  totals: { currency: string; elements: number; fees: string; credits: string; credited: number }[]
  guaranteeStats: {
    incidents: number
    gti: GuaranteeStatsJson | null
    gtr: GuaranteeStatsJson | null
  } | null
  /** Only when the commitment has guarantees: their compliance figures by priority and client, then the totals. */
  compliance?: StatementComplianceJson
  /** Only for a statement given the gaps of its monitoring data: the coverage of every element together. */
  coverage?: CoverageJson
  unbilledElements: { element: string; incidents: number }[]
  /** Elements whose fee is unknown, and how many are owed a credit of unknown amount. */
  unpriced: { elements: number; credited: number }
  /** What the statement could not judge: the data of each warning, and its sentence in the report's language. */
  warnings: (JsonWarning & { text: string })[]
}

/** A credit without a fee, in JSON: every amount null. */
export type UnpricedCreditJson = Omit<CreditJson, 'amount' | 'exactAmount' | 'currency' | 'fee' | 'scale'> & { amount: null; exactAmount: null; currency: null; fee: null; scale: null }

/** A statement warning in JSON: its fields as the statement holds them. */
export type JsonWarning = StatementWarning

/** Figures over the period for one guarantee. */
export interface GuaranteeStatsJson {
  /**
   * Every incident of the period the summary and the compliance table count: the judged ones and those not
   * judged (`notApplicable + notEvaluable`), as the text, Markdown and HTML statements say it.
   */
  incidents: number
  /** Incidents judged: met, breached or pending (the `incidents` of the library's `GuaranteeStats`). */
  judged: number
  /** Not judged: the guarantee does not cover them (excluded cause, impact), or its clock cannot start. */
  notApplicable: number
  notEvaluable: number
  met: number
  breached: number
  pending: number
  withinPercent: string | null
  meanBusinessMs: number | null
  p90BusinessMs: number | null
  meanWallMs: number | null
  p90WallMs: number | null
}

const DEFAULT_MAX_CHARTS = 50

type Entry = StatementEntry | UnpricedEntry

/** Whether an element has something to explain: an incident, a credit or a guarantee outcome. */
function explained(e: Entry): boolean {
  return (
    contributionCount(e.availability) > 0 ||
    !e.credit.percent.isZero() ||
    e.guarantees.some((g) => (g.gti && g.gti.status !== 'not-applicable') || (g.gtr && g.gtr.status !== 'not-applicable'))
  )
}

function tierKey(t: Tier): string {
  return `${t.label}|${t.credit.toString()}`
}

/** The band table the charts draw, and whether it is the whole table. */
function chartTiers(statement: Statement<Entry>, commitment: CommitmentLike | undefined): { tiers: readonly Tier[]; complete: boolean } {
  if (commitment !== undefined) {
    const c = compileCommitment(commitment, 'commitment')
    return { tiers: c.credit.find((m) => m.type === 'tiers')?.tiers ?? [], complete: true }
  }
  const applied = new Map<string, Tier>()
  for (const e of statement.elements) for (const p of e.credit.parts) if (p.tier) applied.set(tierKey(p.tier), p.tier)
  const id = statement.commitmentId
  if (id !== undefined && presets.ids().includes(id)) {
    const c = parseCommitment(presets.byId(id))
    const tiers = c.credit.find((m) => m.type === 'tiers')?.tiers ?? []
    const known = new Set(tiers.map(tierKey))
    if ([...applied.keys()].every((k) => known.has(k))) return { tiers, complete: true }
  }
  return { tiers: [...applied.values()], complete: applied.size === 0 }
}

function bandCell(f: Formatter, e: Entry): string {
  if (!e.credit.parts.some((p) => p.model === 'tiers')) return f.m.none
  return f.band(e.credit.tier)
}

/**
 * An element's contributions and steps, read for writing and not kept on its report: kept, a statement
 * written element by element would hold every incident's figures until the end.
 */
function readOnce(e: Entry): { contributions: readonly Contribution[]; steps: readonly AvailabilityStep[] } {
  const contributions = transientContributions(e.availability)
  return { contributions, steps: transientSteps(e.availability, contributions) }
}

function trailOf(
  f: Formatter,
  e: Entry,
  read: { contributions: readonly Contribution[]; steps: readonly AvailabilityStep[] },
  marks?: { plain: number },
): { incidents: string[]; availability: string[]; credit: string[]; guarantees: string[] } {
  const r = e.availability
  const guarantees: string[] = []
  for (const g of e.guarantees)
    for (const o of [g.gti, g.gtr]) if (o) guarantees.push(guaranteeSentence(f, o, incidentName(f, g.index, g.id), g.impact, g.cause))
  return {
    incidents: read.contributions.map((c) => contributionLine(f, c, r, marks)),
    availability: availabilityTrail(f, r, e.element, read.steps),
    credit: creditTrail(f, e.credit, breachCounts(e.guarantees)),
    guarantees,
  }
}

/** The credit amount of an entry, written; `unknown` when its fee is. */
function amountText(f: Formatter, c: Entry['credit']): string {
  return c.amount === undefined ? f.m.statement.unknownAmount : f.money(c.amount, c.currency, c.scale)
}

/** As {@link creditJson}, key for key and in the same order, with every amount null. */
function unpricedCreditJson(f: Formatter, c: UnpricedCredit): UnpricedCreditJson {
  return {
    percent: dec(c.percent),
    uncappedPercent: dec(c.uncappedPercent),
    amount: null,
    exactAmount: null,
    currency: null,
    fee: null,
    band: c.tier ? bandJson(f, c.tier) : null,
    capped: c.capped,
    cap: dec(c.cap),
    rounding: c.rounding,
    scale: null,
    parts: c.parts.map((p) => ({ model: p.model, percent: dec(p.percent), band: p.tier ? bandJson(f, p.tier) : null, units: p.units ?? null, capped: p.capped, explanation: f.m.lang === 'en' ? p.explanation : creditTrail(f, { steps: [p.step] }).join(' ') })),
    explanation: f.m.lang === 'en' ? [...c.explanation] : creditTrail(f, c),
  }
}

/** The statement with its warnings pointing at the lines their incidents were read from. */
function withLines<S extends Statement<StatementEntry | UnpricedEntry>>(statement: S, lines: ArrayLike<number | undefined>): S {
  if (statement.warnings.length === 0) return statement
  const lineOf = (index: number | undefined) => (index === undefined ? undefined : lines[index])
  const warnings = statement.warnings.map((w) => {
    const line = w.kind === 'not-evaluable' ? lineOf(w.incident) : w.kind === 'unknown-element' ? lineOf(w.incidents[0]?.index) : undefined
    return line === undefined ? w : Object.freeze({ ...w, line })
  })
  return Object.freeze({ ...statement, warnings: Object.freeze(warnings) })
}

/**
 * The warnings as the report lists them: each row skipped for a reason met before in its file is not
 * written again but counted under the first, with its line (a log whose dates are all in another form is
 * one warning and the lines it holds, not a page a row). Every line is still named; the JSON keeps each
 * warning whole.
 */
function warningItems(f: Formatter, warnings: readonly StatementWarning[]): ListItem[] {
  const m = f.m.statement
  return groupWarnings(warnings).map((g) => {
    const content = { text: warningSentence(f, present(warnings[g.index])), tone: 'warn' as const }
    if (g.more.length === 0) return { content }
    const more = m.sameReason({ count: g.more.length, shown: f.number(g.more.length), lines: lineRanges(g.more, m.lineSpan) })
    return { content, items: [{ content: { text: more, tone: 'warn' as const } }] }
  })
}

/** A warning in the report's language. */
export function warningSentence(f: Formatter, w: StatementWarning): string {
  const m = f.m.statement
  const where = warningPath(w)
  switch (w.kind) {
    case 'skipped-row': {
      // The reader's reason in French from its code, as formatSkipReason words it; else as the reader wrote it.
      const french = f.locale === 'fr-FR' && w.code !== undefined ? SKIP_REASONS_FR[w.code] : undefined
      return m.skippedRow({ where, reason: french ? french(w.params ?? {}) : w.reason })
    }
    case 'not-evaluable':
      return m.notEvaluable({ kind: f.m.label[w.guarantee], incident: incidentName(f, w.incident, w.id), where })
    case 'unknown-element':
      return m.unknownElement({ element: w.element, count: w.incidents.length, incidents: f.list(w.incidents.slice(0, 5).map((x) => incidentName(f, x.index, x.id))) + (w.incidents.length > 5 ? '…' : ''), where })
    case 'assumed-fee':
      return m.assumedFee({ count: w.elements.length, elements: shortList(f, w.elements) })
    case 'unknown-fee':
      return m.unknownFee({ count: w.elements.length, elements: shortList(f, w.elements) })
  }
}

function shortList(f: Formatter, list: readonly string[]): string {
  return list.length > 10 ? `${list.slice(0, 10).join(', ')}…` : f.list(list)
}

function warningJson(f: Formatter, w: StatementWarning): JsonWarning & { text: string } {
  return { ...w, text: warningSentence(f, w) }
}

// Stand for an element's contributions and its incidents' lines in the text JSON.stringify writes of the rest.
const CONTRIBUTIONS_MARK = '\u0000contributions\u0000'
const INCIDENTS_MARK = '\u0000incidents\u0000'

/**
 * An element in JSON at the depth the statement holds it: the element but its incidents by JSON.stringify,
 * its contributions and its incidents' lines (nearly all of its bytes, with a million incidents) written
 * by hand into that text, the same bytes. `lines`: a list to fill, reused from one element to the next.
 */
function* elementJsonBytes(w: JsonBytes, lines: QuotedList, f: Formatter, e: Entry): Generator<Uint8Array, void, undefined> {
  const read = readOnce(e)
  const trail = trailOf(f, e, read)
  const json = elementJson(f, e, read, { ...trail, incidents: INCIDENTS_MARK as unknown as string[] }, CONTRIBUTIONS_MARK)
  // Inside two arrays, JSON.stringify indents an element as deep as the document holds it: no second
  // pass over its text to indent it again.
  const text = JSON.stringify([[json]], null, 2).slice(NESTED_HEAD, -NESTED_TAIL)
  // Both marks found in the short text before anything long is put in it.
  const c = markAt(text, CONTRIBUTIONS_MARK)
  const t = markAt(text, INCIDENTS_MARK)
  // Each incident's line is in the document twice (its contribution's text, the trail): checked and encoded once.
  lines.set(trail.incidents)
  yield* writeText(w, text.slice(0, c.at))
  yield* contributionsJsonBytes(w, f, e.availability, read.contributions, lines, c.indent)
  yield* writeText(w, text.slice(c.end, t.at))
  yield* quotedListJson(w, lines, t.indent)
  yield* writeText(w, text.slice(t.end))
}

/** Where the string `mark` is in `text`, and the indentation of the line holding it. */
function markAt(text: string, mark: string): { at: number; end: number; indent: string } {
  const quoted = JSON.stringify(mark)
  const at = text.indexOf(quoted)
  const lineStart = text.lastIndexOf('\n', at) + 1
  let end = lineStart
  while (text.charCodeAt(end) === 32) end++
  // Never on the element's first line (its `{`), so the line's own spaces are its depth.
  return { at, end: at + quoted.length, indent: ' '.repeat(end - lineStart) }
}

function elementJson(
  f: Formatter,
  e: Entry,
  read: { contributions: readonly Contribution[]; steps: readonly AvailabilityStep[] },
  trail: ReturnType<typeof trailOf>,
  contributionsMark: string,
): StatementJson['elements'][number] {
  return {
    element: e.element,
    name: e.name ?? null,
    service: e.service ?? null,
    fee: e.fee ? { amount: money(e.fee.amount, e.fee.currency), currency: e.fee.currency } : null,
    feeSource: e.feeSource,
    ...(e.inService && {
      inService: {
        start: e.inService.start.toISOString(),
        end: e.inService.end.toISOString(),
        durationMs: e.inService.durationMs,
        monthlyFee: e.monthlyFee ? { amount: money(e.monthlyFee.amount, e.monthlyFee.currency), currency: e.monthlyFee.currency } : null,
      },
    }),
    availability: availabilityJson(f, e.availability, trail.incidents, { ...read, contributionsMark }),
    band: e.credit.tier ? bandJson(f, e.credit.tier) : null,
    credit: e.fee === undefined ? unpricedCreditJson(f, e.credit) : creditJson(f, e.credit),
    guarantees: e.guarantees.map((g) => incidentGuaranteesJson(g, (o) => guaranteeSentence(f, o, incidentName(f, g.index, g.id), g.impact, g.cause), f.m.lang !== 'en')),
    trail,
    ...(e.coverage && { coverage: coverageJson(e.coverage) }),
  }
}

// Stands for the list of elements in the document written around it; no JSON string holds a NUL unescaped.
const ELEMENTS_MARK = '\u0000elements\u0000'
// `[\n  [\n    ` and `\n  ]\n]`: what JSON.stringify([[element]], null, 2) writes around the element.
const NESTED_HEAD = 10
const NESTED_TAIL = 6

/**
 * The JSON document as UTF-8 bytes, in batches of one reused buffer (each holds until the next is asked
 * for): everything but the elements written at once, then each element as it is made, indented as
 * `JSON.stringify(document, null, 2)` would: the bytes of {@link stringifyJson}'s text. With `eachElement`,
 * a batch ends with each element too, as a writer of text pieces hands them over.
 */
function* statementJsonBytes(statement: Statement<Entry>, f: Formatter, lang: 'fr' | 'en', eachElement: boolean): Generator<Uint8Array, void, undefined> {
  const around = stringifyJson(statementJson(statement, f, lang, ELEMENTS_MARK))
  const mark = JSON.stringify(ELEMENTS_MARK)
  const at = around.indexOf(mark)
  const w = new JsonBytes()
  yield* writeText(w, around.slice(0, at))
  if (statement.elements.length === 0) yield* writeText(w, '[]')
  else {
    const lines = new QuotedList()
    for (const [i, e] of statement.elements.entries()) {
      yield* writeText(w, i === 0 ? '[\n    ' : ',\n    ')
      yield* elementJsonBytes(w, lines, f, e)
      if (eachElement && w.at > 0) yield w.take()
    }
    yield* writeText(w, '\n  ]')
  }
  yield* writeText(w, around.slice(at + mark.length))
  if (w.at > 0) yield w.take()
}

/**
 * The JSON document in pieces of text, one an element or some 64 kB; or, to a writer that takes them,
 * in batches of bytes, never made into text.
 */
function statementJsonChunks(statement: Statement<Entry>, f: Formatter, lang: 'fr' | 'en'): Iterable<string> {
  return new Utf8Pieces(
    () => statementJsonBytes(statement, f, lang, false),
    () => decodeBatches(statementJsonBytes(statement, f, lang, true)),
  )
}

function statementJson(statement: Statement<Entry>, f: Formatter, lang: 'fr' | 'en', elements: string): Omit<StatementJson, 'elements'> & { elements: string } {
  const stats = (s: NonNullable<Statement['guaranteeStats']>['gti']): GuaranteeStatsJson | null => {
    if (!s) return null
    // Counted as the summary and the table below it count them, the judged ones apart.
    const total = statement.compliance?.totals.find((r) => r.kind === s.kind && r.clock === undefined)
    const notApplicable = total?.notApplicable ?? 0
    const notEvaluable = total?.notEvaluable ?? 0
    return {
      incidents: s.incidents + notApplicable + notEvaluable,
      judged: s.incidents,
      notApplicable,
      notEvaluable,
      met: s.met,
      breached: s.breached,
      pending: s.pending,
      withinPercent: s.withinPercent ? dec(s.withinPercent) : null,
      meanBusinessMs: s.meanBusinessMs,
      p90BusinessMs: s.p90BusinessMs,
      meanWallMs: s.meanWallMs,
      p90WallMs: s.p90WallMs,
    }
  }
  return {
    format: 'matou.statement/1',
    lang,
    timeZone: f.zone,
    period: periodJson(statement.period),
    commitmentId: statement.commitmentId ?? null,
    asOf: statement.asOf ? statement.asOf.toISOString() : null,
    elements,
    totals: statement.totals.map((t) => ({ currency: t.currency, elements: t.elements, fees: money(t.fees, t.currency), credits: money(t.credits, t.currency), credited: t.credited })),
    guaranteeStats: statement.guaranteeStats
      ? { incidents: statement.guaranteeStats.incidents, gti: stats(statement.guaranteeStats.gti), gtr: stats(statement.guaranteeStats.gtr) }
      : null,
    ...(statement.compliance && { compliance: statementComplianceJson(statement) }),
    ...(statement.coverage && { coverage: coverageJson(statement.coverage) }),
    unbilledElements: statement.unbilledElements.map((u) => ({ element: u.element, incidents: u.incidents })),
    unpriced: { elements: statement.unpriced.elements, credited: statement.unpriced.credited },
    warnings: statement.warnings.map((w) => warningJson(f, w)),
  }
}

/**
 * The statement's blocks, one element's explanation at a time, so that a writer can send each out before
 * the next is made. With `headingsOnly`, the explanations hold their headings alone: what Markdown needs
 * to number its anchors, at a fraction of the cost.
 */
function* statementBlocks(
  statement: Statement<Entry>,
  f: Formatter,
  html: boolean,
  maxCharts: number,
  commitment: CommitmentLike | undefined,
  headingsOnly = false,
): Generator<Block, void, undefined> {
  const m = f.m
  const p = statement.period
  const periodName = f.periodName(p)
  const kinds = (['gti', 'gtr'] as const).filter((k) => statement.guaranteeStats?.[k] !== undefined)
  // Each element beside its anchor, for the loop over the explanations; the anchors alone for the table's links.
  const anchored = withIds(statement.elements, (e) => e.element, 'e')
  const ids = anchored.map(([, id]) => id)
  const hasTrail = statement.elements.map(explained)
  // Each element's figures as its row in the table shows them, said again in its explanation: written once.
  const shown: { availability: string; band: string; credit: string; amount: string }[] = []
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: m.statement.title(periodName) }]
  const meta: ListItem[] = []
  if (statement.commitmentId !== undefined) meta.push({ content: [`${m.label.commitment}${m.colon}`, { text: statement.commitmentId, strong: true }] })
  meta.push({ content: `${m.label.period}${m.colon}${m.statement.periodLine(periodName, p.timeZone, f.range(p.start, p.end), f.duration(p.durationMs))}` })
  meta.push({ content: `${m.label.timeZoneShown}${m.colon}${f.zone}` })
  // Fees the caller gave need no word; any other source is said, so that no figure passes as the client's own.
  const sources = new Map<string, number>()
  for (const e of statement.elements) if (e.feeSource !== 'given') sources.set(e.feeSource, (sources.get(e.feeSource) ?? 0) + 1)
  if (sources.size) meta.push({ content: m.statement.feeSources(f.list([...sources].map(([k, n]) => `${m.statement.feeSource[k as 'offer']} (${f.number(n)})`))) })
  if (statement.asOf) meta.push({ content: m.statement.openMeasured(f.dateTime(statement.asOf.getTime())) })
  // A statement made on a preset's terms says how sure those terms are, as the comparison does.
  const source = commitment?.source
  if (source) {
    const sure = sourceConfidence(source)
    meta.push({ content: m.comparison.sourceConfidence({ offer: commitment.name ?? commitment.id ?? source.title, confidence: m.preset.confidence[sure] }) })
  }
  blocks.push({ kind: 'list', items: meta, className: 'meta' })

  blocks.push({ kind: 'heading', level: 2, text: m.statement.elementsHeading })
  if (statement.elements.length === 0) blocks.push({ kind: 'paragraph', content: m.statement.noElements })
  else {
    const columns = [
      { header: m.label.element },
      { header: m.label.availability, align: 'right' as const },
      { header: m.label.downtime, align: 'right' as const },
      { header: m.label.excluded, align: 'right' as const },
      { header: m.label.band },
      { header: m.label.fee, align: 'right' as const },
      { header: m.label.credit, align: 'right' as const },
      { header: m.label.amount, align: 'right' as const },
      ...kinds.map((k) => ({ header: m.label[k] })),
    ]
    // Headings alone need no row: the table of 10,000 elements was its figures written a second time.
    const rows = headingsOnly ? [] : statement.elements.map((e, i): Inline[] => {
      const r = e.availability
      const credited = !e.credit.percent.isZero()
      const figures = (shown[i] = { availability: f.availability(r.availability), band: bandCell(f, e), credit: f.approxPercent(e.credit.percent), amount: amountText(f, e.credit) })
      return [
        hasTrail[i] ? { text: e.element, href: `#${ids[i]}` } : e.element,
        { text: figures.availability, ...(credited && { tone: 'bad' as const }) },
        r.downtimeMs === 0 ? f.duration(0) : f.duration(r.downtimeMs),
        r.excludedMs === 0 ? m.none : f.duration(r.excludedMs),
        figures.band,
        e.fee ? f.money(e.fee.amount, e.fee.currency, 'exact') : { text: m.statement.unknownAmount, tone: 'muted' as const },
        { text: figures.credit, ...(credited && { tone: 'warn' as const }) },
        { text: figures.amount, ...(credited && { tone: 'warn' as const, strong: true }) },
        ...kinds.map((k) => guaranteeSummary(f, e.guarantees, k)),
      ]
    })
    blocks.push({ kind: 'table', columns, rows, className: 'elements' })
  }

  if (statement.totals.length) {
    blocks.push({ kind: 'heading', level: 2, text: m.statement.totalsHeading })
    blocks.push({
      kind: 'table',
      columns: [
        { header: m.label.currency },
        { header: m.label.elements, align: 'right' },
        { header: m.label.fees, align: 'right' },
        { header: m.label.credits, align: 'right' },
        { header: m.label.credited, align: 'right' },
      ],
      rows: statement.totals.map((t) => [t.currency, f.number(t.elements), f.money(t.fees, t.currency, 'exact'), { text: f.money(t.credits, t.currency, 'exact'), strong: true }, f.number(t.credited)]),
    })
  }
  const partial = statement.elements.filter((e) => e.inService !== undefined)
  if (partial.length) {
    const t = m.statement.inService
    const prorated = partial.some((e) => e.monthlyFee !== undefined)
    blocks.push({ kind: 'heading', level: 2, text: t.heading })
    blocks.push({
      kind: 'table',
      columns: [
        { header: m.label.element },
        { header: t.from },
        { header: t.until },
        { header: t.time, align: 'right' },
        ...(prorated ? [{ header: t.monthlyFee, align: 'right' as const }, { header: t.billedFee, align: 'right' as const }] : []),
      ],
      rows: (headingsOnly ? [] : partial).map((e): Inline[] => {
        const w = present(e.inService)
        const fees: Inline[] = !prorated
          ? []
          : e.monthlyFee && e.fee
            ? [f.money(e.monthlyFee.amount, e.monthlyFee.currency, 'exact'), f.money(e.fee.amount, e.fee.currency, 'exact')]
            : [m.none, e.fee ? f.money(e.fee.amount, e.fee.currency, 'exact') : { text: m.statement.unknownAmount, tone: 'muted' as const }]
        return [e.element, f.dateTime(w.start), f.dateTime(w.end), f.duration(w.durationMs), ...fees]
      }),
      className: 'in-service',
    })
  }
  if (statement.unpriced.elements > 0) {
    if (!statement.totals.length) blocks.push({ kind: 'heading', level: 2, text: m.statement.totalsHeading })
    blocks.push({ kind: 'paragraph', content: { text: m.statement.unpriced(statement.unpriced), tone: 'warn' } })
  }
  blocks.push(...coverageBlocks(statement, f))

  if (statement.guaranteeStats) {
    const items: ListItem[] = []
    for (const s of [statement.guaranteeStats.gti, statement.guaranteeStats.gtr]) {
      if (!s) continue
      // The incidents not judged, as the compliance table just below counts them, so that both add up the same.
      const total = statement.compliance?.totals.find((r) => r.kind === s.kind && r.clock === undefined)
      items.push({
        content: m.statement.guaranteeStats({
          kind: m.label[s.kind],
          incidents: s.incidents + (total ? total.notApplicable + total.notEvaluable : 0),
          notApplicable: total?.notApplicable ?? 0,
          notEvaluable: total?.notEvaluable ?? 0,
          met: s.met,
          breached: s.breached,
          pending: s.pending,
          within: s.withinPercent ? f.share(s.withinPercent) : null,
          mean: s.meanBusinessMs === null ? null : f.roundedDuration(s.meanBusinessMs),
          p90: s.p90BusinessMs === null ? null : f.roundedDuration(s.p90BusinessMs),
          meanWall: s.meanWallMs === null ? null : f.roundedDuration(s.meanWallMs),
          p90Wall: s.p90WallMs === null ? null : f.roundedDuration(s.p90WallMs),
        }),
      })
    }
    blocks.push({ kind: 'heading', level: 2, text: m.statement.guaranteesHeading }, { kind: 'list', items })
    blocks.push(...complianceBlocks(statement, f, html))
  }

  // The warnings name each unbilled element with its incidents; the older summary line stays for a statement without them.
  if (statement.unbilledElements.length && !statement.warnings.some((w) => w.kind === 'unknown-element'))
    blocks.push({
      kind: 'paragraph',
      content: { text: m.statement.unbilled(f.list(statement.unbilledElements.map((u) => `${u.element} (${f.number(u.incidents)})`))), tone: 'warn' },
    })

  if (statement.warnings.length)
    blocks.push(
      { kind: 'heading', level: 2, text: m.statement.warningsHeading },
      { kind: 'list', items: headingsOnly ? [] : warningItems(f, statement.warnings), className: 'warnings' },
    )

  blocks.push({ kind: 'heading', level: 2, text: m.statement.explanationsHeading })
  const explainedCount = hasTrail.filter(Boolean).length
  if (explainedCount === 0) blocks.push({ kind: 'paragraph', content: m.statement.noTrail })
  const tiers = html ? chartTiers(statement, commitment) : { tiers: [], complete: true }
  if (html && explainedCount > maxCharts) blocks.push({ kind: 'paragraph', content: { text: m.statement.chartsLimited(maxCharts, explainedCount), tone: 'muted' } })
  if (html && !tiers.complete && explainedCount > 0) blocks.push({ kind: 'paragraph', content: { text: m.chart.bandsFromCredits, tone: 'muted' } })
  yield* blocks
  let charted = 0
  for (const [i, [e, id]] of anchored.entries()) {
    if (!hasTrail[i]) continue
    if (headingsOnly) {
      const outcomes = e.guarantees.reduce((n, g) => n + (g.gti ? 1 : 0) + (g.gtr ? 1 : 0), 0)
      yield {
        kind: 'section',
        blocks: [
          { kind: 'heading', level: 3, text: e.element, id },
          { kind: 'heading', level: 4, text: m.statement.incidentsHeading },
          { kind: 'heading', level: 4, text: m.statement.arithmeticHeading },
          { kind: 'heading', level: 4, text: m.statement.creditHeading },
          ...(outcomes ? [{ kind: 'heading' as const, level: 4 as const, text: m.statement.guaranteeOutcomesHeading }] : []),
        ],
      }
      continue
    }
    const r = e.availability
    const read = readOnce(e)
    // What the element's lines hold none of, as they are made: the writers then take them as they are,
    // without going through 165 MB of them at a million incidents to check.
    const marks = { plain: PLAIN }
    const trail = trailOf(f, e, read, marks)
    const section: Block[] = [{ kind: 'heading', level: 3, text: e.element, id }]
    // Every element with an explanation has its row in the table above.
    const figures = present(shown[i])
    section.push({
      kind: 'paragraph',
      content: m.statement.summary({
        availability: figures.availability,
        downtime: f.duration(r.downtimeMs),
        // The table's band where the element has one (the table says none otherwise, the summary nothing).
        band: e.credit.tier && e.credit.parts.some((x) => x.model === 'tiers') ? figures.band : null,
        credit: figures.credit,
        amount: figures.amount,
      }),
    })
    if (html && charted < maxCharts) {
      charted++
      section.push({
        kind: 'html',
        html: elementChart(f, {
          key: id,
          report: r,
          credit: e.credit,
          tiers: tiers.tiers,
          describe: (c) => contributionLine(f, c, r),
          label: `${e.element}: ${f.availability(r.availability)}`,
        }),
      })
    }
    section.push({ kind: 'heading', level: 4, text: m.statement.incidentsHeading })
    if (read.contributions.length === 0) section.push({ kind: 'paragraph', content: m.statement.noIncident })
    else
      section.push({ kind: 'lines', lines: trail.incidents, plain: marks.plain, tone: (k) => contributionTone(present(read.contributions[k])) })
    section.push({ kind: 'heading', level: 4, text: m.statement.arithmeticHeading }, { kind: 'list', items: trail.availability.map((l) => ({ content: l })) })
    section.push({ kind: 'heading', level: 4, text: m.statement.creditHeading }, { kind: 'list', items: trail.credit.map((l) => ({ content: l })) })
    if (trail.guarantees.length)
      section.push({ kind: 'heading', level: 4, text: m.statement.guaranteeOutcomesHeading }, { kind: 'list', items: trail.guarantees.map((l) => ({ content: l })) })
    yield { kind: 'section', className: 'explanation element', blocks: section }
  }
}

/**
 * Writes a month's statement as a report: per element its availability, downtime, excluded time, band,
 * credit (percent and amount) and GTI/GTR outcomes; the totals per currency; then, for each element with
 * an incident, a credit or a guarantee outcome, the explanation — what each incident counted and why, the
 * arithmetic of the availability and of the credit, each GTI/GTR outcome — rebuilt in the report's
 * language from the statement's fields. In HTML each element's row links to its explanation, which has
 * a chart: availability against the bands, the incidents on the month's timeline, the credit.
 *
 * @example
 * const statement = monthlyStatement({ commitment: presets.ovhVps2016.starter, period: march, incidents, elements })
 * console.log(renderStatement(statement, { format: 'text', lang: 'fr' }))
 * // Élément  Taux de disponibilité  Indisponibilité  …  Crédit  Montant du crédit
 * // vps-1                99,4616 %              4 h  …    10 %             1,00 €
 * @throws InputError listing every problem of the options.
 */
export function renderStatement(statement: Statement<StatementEntry | UnpricedEntry>, options: StatementReportOptions): string {
  let text = ''
  for (const chunk of renderStatementChunks(statement, options)) text += chunk
  return text
}

/**
 * Writes a statement as {@link renderStatement} does, the same bytes, in pieces: one per block, one per
 * element's explanation (in JSON, one per element, and one per some 64 kB of a long one). A statement of 10,000
 * elements and a million incidents is written to a file or a pipe as it is made, in bounded memory, where
 * one string of it would not fit.
 * The options are checked at once; the pieces are made as they are read.
 *
 * @example
 * const statement = monthlyStatement({ commitment: presets.ovhVps2016.starter, period: march, incidents, elements })
 * let bytes = 0
 * for (const chunk of renderStatementChunks(statement, { format: 'json' })) bytes += chunk.length // or stream.write(chunk)
 * @throws InputError listing every problem of the options.
 */
export function renderStatementChunks(statement: Statement<StatementEntry | UnpricedEntry>, options: StatementReportOptions): Iterable<string> {
  const o = readOptions(options, 'Cannot render the statement', (issues) => {
    const x = (options ?? {}) as Partial<StatementReportOptions>
    if (x.maxCharts !== undefined && !(typeof x.maxCharts === 'number' && Number.isInteger(x.maxCharts) && x.maxCharts >= 0))
      issues.add('maxCharts', `must be a whole number from 0 (got ${describe(x.maxCharts)})`, 'whole-from', { min: 0, got: describe(x.maxCharts) })
    if (x.offer !== undefined && typeof x.offer !== 'string') issues.add('offer', `must be text (got ${describe(x.offer)})`, 'type', { expected: 'string', got: describe(x.offer) })
    if (x.commitment !== undefined)
      try {
        compileCommitment(x.commitment, 'commitment')
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        issues.issues.push(...error.issues)
      }
    if (statement === null || typeof statement !== 'object' || !Array.isArray(statement.elements) || !statement.period)
      issues.add('statement', 'must be a statement from monthlyStatement', 'built-by', { what: 'a statement', by: 'monthlyStatement' })
    if (x.incidentLines !== undefined && !(Array.isArray(x.incidentLines) || ArrayBuffer.isView(x.incidentLines)))
      issues.add('incidentLines', `must be a list of line numbers (got ${describe(x.incidentLines)})`, 'type', { expected: 'array', got: describe(x.incidentLines) })
  })
  if (options.incidentLines !== undefined) statement = withLines(statement, options.incidentLines)
  const f = o.formatter(statement.period.timeZone)
  if (o.format === 'json') return statementJsonChunks(statement, f, o.lang)
  const blocks = (headingsOnly = false) => statementBlocks(statement, f, o.format === 'html', options.maxCharts ?? DEFAULT_MAX_CHARTS, options.commitment, headingsOnly)
  if (o.format === 'text') return textChunks(blocks(), o.color, o.width)
  if (o.format === 'markdown') return markdownChunks(blocks(), blocks(true))
  const title = o.m.statement.title(f.periodName(statement.period))
  // On every printed page: the period, and the commitment the figures were drawn up under.
  const offer = options.offer ?? statement.commitmentId
  const printHeader = offer !== undefined ? `${title} · ${offer}` : title
  return htmlChunks(blocks(), { lang: o.lang, title, footer: o.m.label.generatedBy, printHeader })
}
