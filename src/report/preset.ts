import { type Commitment, type CreditModel, type Guarantee, parseCommitment } from '../commitment/commitment.js'
import { sourceConfidence } from '../offers/presets/confidence.js'
import { type Preset } from '../offers/presets/index.js'
import { withSourceTexts } from '../offers/presets/sources/index.js'
import { type BusinessCalendar, type Weekday, WEEKDAYS } from '../time/calendar.js'
import { type Block, type Inline, linkify, type ListItem, stableIds, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { type JsonValue, stringifyJson, toJsonValue } from './json.js'
import { readOptions, type ReadOptions, type ReportOptions } from './options.js'

/** The JSON form of a preset, `format: "matou.preset/1"`: the preset as written, and its terms in words. */
export interface PresetJson {
  format: 'matou.preset/1'
  lang: 'fr' | 'en'
  /** The preset exactly as the library holds it (plain data; functions dropped). */
  preset: JsonValue
  /** Its terms in the report's language, one line each, as the other formats show them. */
  terms: string[]
}

/** The JSON form of a list of presets, `format: "matou.presets/1"`. */
export interface PresetListJson {
  format: 'matou.presets/1'
  lang: 'fr' | 'en'
  presets: { preset: JsonValue; terms: string[] }[]
}

/** A coverage calendar in the report's language: `lun.–ven. 09:00-18:00 (Europe/Paris), fermé les jours fériés : FR`. */
export function calendarText(f: Formatter, c: BusinessCalendar): string {
  const m = f.m
  if (c.kind === '24/7') return m.preset.calendar247
  const groups: { first: Weekday; last: Weekday; lastIndex: number; hours: string }[] = []
  WEEKDAYS.forEach((d, i) => {
    const hours = c.hours[d].join(', ')
    if (!hours) return
    const last = groups[groups.length - 1]
    if (last && last.lastIndex === i - 1 && last.hours === hours) {
      last.last = d
      last.lastIndex = i
    } else groups.push({ first: d, last: d, lastIndex: i, hours })
  })
  const days = groups.map((g) => `${m.weekdays[g.first]}${g.last !== g.first ? `–${m.weekdays[g.last]}` : ''} ${g.hours}`).join(', ')
  const holidays = c.holidays.length ? f.list(c.holidays.map((h) => (typeof h === 'string' ? h : m.preset.functionHolidays))) : null
  return m.preset.calendarHours({ days: days || m.none, zone: c.timeZone, holidays, closed: c.closed.length })
}

function modelText(f: Formatter, model: CreditModel): ListItem {
  const m = f.m.preset
  switch (model.type) {
    case 'tiers':
      return {
        content: f.m.label.credit,
        items: model.tiers.map((t) => ({ content: m.tier({ band: f.band(t), percent: f.percent(t.credit) }) })),
      }
    case 'per-duration':
      return {
        content: m.perDuration({
          percent: f.percent(model.percent),
          count: model.count,
          unit: f.duration(model.perMs),
          beyond: model.beyond ? f.percent(model.beyond) : null,
          allowance: model.allowanceMs !== undefined ? f.duration(model.allowanceMs) : null,
          all: model.onceExceeded === 'all',
          cap: model.cap ? f.percent(model.cap) : null,
        }),
      }
    case 'pro-rata':
      return { content: m.proRata({ multiplier: f.number(model.multiplier), cap: model.cap ? f.percent(model.cap) : null, below: model.below ? f.percent(model.below) : null }) }
    case 'hourly-waiver':
      return {
        content: m.hourlyWaiver({
          moreThan: f.duration(model.moreThanMs),
          zone: model.timeZone,
          share: model.share.eq(1) ? null : f.number(model.share),
          onRemainder: model.others === 'on-remainder',
          automatic: model.automatic,
        }),
      }
  }
}

function guaranteeText(f: Formatter, g: Guarantee): ListItem {
  const m = f.m.preset
  const p = g.penalty
  const perLate = p.perLate ? m.perLate({ percent: f.percent(p.perLate.percent), count: p.perLate.count, unit: f.duration(p.perLate.perMs), clock: p.perLate.clock }) : null
  const penalty =
    p.perBreach || perLate
      ? m.guaranteePenalty({ perBreach: p.perBreach ? f.percent(p.perBreach) : null, perLate, cap: p.cap ? f.percent(p.cap) : null })
      : m.noGuaranteePenalty
  const allImpacts = g.impacts.length === 3
  return {
    content: m.guarantee({
      kind: f.m.label[g.kind],
      within: f.duration(g.withinMs),
      calendar: calendarText(f, g.calendar),
      clock: m.clockStartsAt[g.clockStartsAt],
      impacts: allImpacts ? null : f.list(g.impacts.map((i) => f.m.impacts[i])),
    }),
    items: [{ content: penalty }],
  }
}

/** The terms of a commitment in words, as a nested list. */
function termItems(f: Formatter, c: Commitment): ListItem[] {
  const m = f.m
  const rules = c.measurement
  const items: ListItem[] = [{ content: `${m.preset.timeZone}${m.colon}${c.timeZone}` }]
  const measurement: ListItem[] = [
    { content: m.preset.weights({ outage: f.number(rules.weights.outage), partial: f.number(rules.weights.partial), degraded: f.number(rules.weights.degraded) }) },
    { content: m.preset.excludedCauses(rules.excludedCauses.length ? f.list(rules.excludedCauses.map((x) => m.causes[x])) : m.none) },
    { content: rules.exclusions === 'as-available' ? m.preset.exclusionsAsAvailable : m.preset.exclusionsOutOfPeriod },
    ...(rules.minimumOutageMs > 0 ? [{ content: m.preset.minimumOutage(f.duration(rules.minimumOutageMs)) }] : []),
    ...(rules.window?.inService ? [{ content: m.preset.whileInService(rules.window.inService.atLeast) }] : []),
    { content: m.preset.granularity[rules.granularity] },
    ...(rules.rounding ? [{ content: m.preset.availabilityRounding({ decimals: rules.rounding.decimals, mode: m.rounding[rules.rounding.mode] }) }] : []),
  ]
  items.push({ content: m.preset.measurement, items: measurement })
  if (c.credit.length === 0) items.push({ content: m.preset.noCredit })
  else items.push(...c.credit.map((x) => modelText(f, x)))
  if (!c.cap.eq(100)) items.push({ content: m.preset.cap(f.percent(c.cap)) })
  if (c.combine === 'larger' && (c.gti || c.gtr) && c.credit.length) items.push({ content: m.preset.combineLarger })
  if (c.minimumCredit) items.push({ content: m.preset.minimumCredit(f.money(c.minimumCredit.amount, c.minimumCredit.currency, 'exact')) })
  if (c.creditBase) items.push({ content: m.preset.creditBase(c.creditBase) })
  if (c.soleRemedy) items.push({ content: m.preset.soleRemedy })
  if (c.claim)
    items.push({
      content: m.preset.claim({ window: c.claim.window ?? null, days: c.claim.days ?? null, procedure: c.claim.procedure ?? null, automatic: c.claim.automatic ?? false }),
    })
  for (const g of [c.gti, c.gtr]) if (g) items.push(guaranteeText(f, g))
  return items
}

function flatten(items: readonly ListItem[], depth = 0): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}${typeof i.content === 'string' ? i.content : ''}`, ...(i.items ? flatten(i.items, depth + 1) : [])])
}

function creditSummary(f: Formatter, c: Commitment): string {
  if (c.credit.length === 0) return f.m.none
  return c.credit
    .map((x) => {
      if (x.type === 'tiers') return x.tiers.map((t) => f.m.preset.tier({ band: f.band(t), percent: f.percent(t.credit) })).join(' ; ')
      const item = modelText(f, x)
      return typeof item.content === 'string' ? item.content : ''
    })
    .join(' + ')
}

function guaranteeSummary(f: Formatter, c: Commitment): string {
  const parts = [c.gti, c.gtr].filter((g) => g !== undefined).map((g) => `${f.m.label[g.kind]} ${f.duration(g.withinMs)}`)
  return parts.length ? parts.join(', ') : f.m.none
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A language code as a reader names the language (`en` → `anglais` in French), the code where `Intl` knows none. */
function languageName(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  } catch {
    // A code Intl refuses (not a BCP 47 tag) is shown as written.
    return code
  }
}

function presetBlocks(f: Formatter, preset: Preset, level: 1 | 2, id?: string): Block[] {
  const m = f.m
  const c = parseCommitment(preset)
  const s = preset.source
  const h = (level + 1) as 2 | 3
  const blocks: Block[] = [{ kind: 'heading', level, text: preset.name, ...(id && { id }) }]
  const meta: ListItem[] = [{ content: [`${m.preset.id}${m.colon}`, { text: preset.id, strong: true }] }]
  if (preset.description) meta.push({ content: `${m.preset.description}${m.colon}${preset.description}` })
  blocks.push({ kind: 'list', items: meta, className: 'meta' })
  blocks.push({ kind: 'heading', level: h, text: m.preset.termsHeading }, { kind: 'list', items: termItems(f, c) })
  const source: ListItem[] = [{ content: `${m.preset.sourceTitle}${m.colon}${s.title}` }]
  if (s.url) source.push({ content: [`${m.preset.sourceUrl}${m.colon}`, { text: s.url, href: s.url }] })
  if (s.date) source.push({ content: `${m.preset.sourceDate}${m.colon}${s.date}` })
  if (s.language) source.push({ content: `${m.preset.sourceLanguage}${m.colon}${languageName(m.locale, s.language)}` })
  const sure = sourceConfidence(s)
  // Items of their own in the list, beside « Titre : … »: each starts with a capital.
  source.push({ content: { text: capital(m.preset.confidence[sure]), tone: sure === 'verified' ? 'good' : sure === 'partly' ? 'warn' : 'bad', ...(sure === 'assumed' && { strong: true }) } })
  source.push({ content: s.historical ? { text: capital(m.preset.historical), tone: 'warn' } : capital(m.preset.current) })
  blocks.push({ kind: 'heading', level: h, text: m.preset.sourceHeading }, { kind: 'list', items: source })
  if (s.clause) blocks.push({ kind: 'heading', level: h, text: m.preset.clauseHeading }, { kind: 'quote', text: s.clause, ...(s.language && { lang: s.language }) })
  if (s.notes?.length) blocks.push({ kind: 'heading', level: h, text: m.preset.notesHeading }, { kind: 'list', items: s.notes.map((n) => ({ content: linkify(n) })) })
  return blocks
}

function render(o: ReadOptions, blocks: Block[], title: string): string {
  if (o.format === 'text') return toText(blocks, o.color, o.width)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title, footer: o.m.label.generatedBy })
}

function checkPreset(p: unknown): boolean {
  return p !== null && typeof p === 'object' && typeof (p as Preset).id === 'string' && typeof (p as Preset).name === 'string' && typeof (p as Preset).source === 'object'
}

/**
 * Writes a preset: its terms in words (measurement rules, bands or other credit models, cap, sole remedy,
 * GTI/GTR with their calendars and penalties), its source (title, address, date, language), whether it
 * was verified against the provider's own text (verified, partly or assumed) and whether it is historical, the clause quoted as written
 * (in its own language) and the notes on how it was read.
 *
 * @example
 * console.log(renderPreset(presets.ovhVps2016.starter, { format: 'markdown', lang: 'fr' }))
 * @throws InputError listing every problem of the options, or of the preset's terms.
 */
export function renderPreset(short: Preset, options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the preset', (issues) => {
    if (!checkPreset(short)) issues.add('preset', 'must be a preset with id, name and source', 'preset')
  })
  // The presets of the core carry a short source: the report quotes the clause and the notes in full.
  const preset = withSourceTexts(short, o.lang)
  const f = o.formatter('UTC')
  if (o.format === 'json') {
    const doc: PresetJson = { format: 'matou.preset/1', lang: o.lang, preset: toJsonValue(preset), terms: flatten(termItems(f, parseCommitment(preset))) }
    return stringifyJson(doc)
  }
  return render(o, presetBlocks(f, preset, 1), preset.name)
}

/**
 * Writes a list of presets: a table (credit, GTI/GTR, date, how sure it is, historical), each row linked to the
 * preset's full description below it.
 *
 * @example
 * console.log(renderPresetList(presets.list(), { format: 'text', lang: 'fr' }))
 * @throws InputError listing every problem of the options.
 */
export function renderPresetList(shortList: readonly Preset[], options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the presets', (issues) => {
    if (!Array.isArray(shortList)) issues.add('presets', 'must be a list of presets', 'preset-list')
    else shortList.forEach((p, i) => (checkPreset(p) ? undefined : issues.add(`presets[${i}]`, 'must be a preset with id, name and source', 'preset')))
  })
  const list = shortList.map((p) => withSourceTexts(p, o.lang))
  const f = o.formatter('UTC')
  const m = o.m
  if (o.format === 'json') {
    const doc: PresetListJson = {
      format: 'matou.presets/1',
      lang: o.lang,
      presets: list.map((p) => ({ preset: toJsonValue(p), terms: flatten(termItems(f, parseCommitment(p))) })),
    }
    return stringifyJson(doc)
  }
  const ids = stableIds(list.map((p) => p.id), 'preset')
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: m.preset.listTitle }]
  blocks.push({
    kind: 'table',
    columns: [
      { header: m.preset.columns.preset },
      { header: m.preset.columns.terms },
      { header: m.preset.columns.guarantees },
      { header: m.preset.columns.date },
      { header: m.preset.columns.verified },
      { header: m.preset.columns.historical },
    ],
    rows: list.map((p, i): Inline[] => {
      const c = parseCommitment(p)
      return [
        { text: p.name, href: `#${ids[i]}` },
        creditSummary(f, c),
        guaranteeSummary(f, c),
        p.source.date ?? m.none,
        ((sure) => ({ text: m.preset.confidenceShort[sure], tone: sure === 'verified' ? 'good' : sure === 'partly' ? 'warn' : 'bad' }) as const)(sourceConfidence(p.source)),
        p.source.historical ? { text: m.label.yes, tone: 'warn' } : m.label.no,
      ]
    }),
  })
  list.forEach((p, i) => blocks.push({ kind: 'section', className: 'explanation', blocks: presetBlocks(f, p, 2, ids[i]) }))
  return render(o, blocks, m.preset.listTitle)
}

