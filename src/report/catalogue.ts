import { type FilteredOffer } from '../offers/filter.js'
import { type Offer } from '../offers/offer.js'
import { type Block, htmlId, type Inline, type ListItem, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { type JsonValue, stringifyJson, toJsonValue } from './json.js'
import { readOptions, type ReportOptions } from './options.js'
import { money } from './shapes.js'

/** The JSON form of a filtered catalogue of offers, `format: "matou.catalogue/1"`, in the order given. */
export interface CatalogueJson {
  format: 'matou.catalogue/1'
  lang: 'fr' | 'en'
  offers: {
    id: string
    provider: string
    name: string
    passed: boolean
    /** Each criterion with its verdict; `reason` is the library's (English). */
    results: { criterion: string; passed: boolean; reason: string }[]
    fee: { amount: string; currency: string } | null
    promises: { credit: boolean; gti: boolean; gtr: boolean }
    gtiMs: number | null
    gtrMs: number | null
    organisation: JsonValue
  }[]
}

function yesNo(f: Formatter, v: boolean | undefined): Inline {
  return v === undefined ? { text: f.m.catalogue.notSaid, tone: 'muted' } : v ? f.m.label.yes : f.m.label.no
}

function guarantee(f: Formatter, offer: Offer, kind: 'gti' | 'gtr'): string {
  const g = offer.commitment[kind]
  return g ? f.duration(g.withinMs) : f.m.none
}

/**
 * Writes offers filtered by `filterOffers`: a table of their organisation (structure, salaried staff,
 * on-call duty, CHATONS membership), their promises (GTI, GTR, availability credit) and fee, whether each
 * meets the criteria, then each offer's verdict criterion by criterion.
 *
 * @example
 * console.log(renderCatalogue(filterOffers(offers, { structure: 'cooperative', gti: 'PT4H' }), { format: 'text', lang: 'fr' }))
 * @throws InputError listing every problem of the options.
 */
export function renderCatalogue(results: readonly FilteredOffer[], options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the catalogue', (issues) => {
    if (!Array.isArray(results)) issues.add('results', 'must be the list filterOffers returns')
  })
  const f = o.formatter('UTC')
  const m = o.m
  if (o.format === 'json') {
    const doc: CatalogueJson = {
      format: 'matou.catalogue/1',
      lang: o.lang,
      offers: results.map((r) => {
        const fee = r.offer.services[0]?.fee
        return {
          id: r.offer.id,
          provider: r.offer.provider,
          name: r.offer.name,
          passed: r.passed,
          results: r.results.map((x) => ({ criterion: x.criterion, passed: x.passed, reason: x.reason })),
          fee: fee ? { amount: money(fee.amount, fee.currency), currency: fee.currency } : null,
          promises: { ...r.offer.promises },
          gtiMs: r.offer.commitment.gti?.withinMs ?? null,
          gtrMs: r.offer.commitment.gtr?.withinMs ?? null,
          organisation: r.offer.organisation ? toJsonValue(r.offer.organisation) : null,
        }
      }),
    }
    return stringifyJson(doc)
  }
  const c = m.catalogue.columns
  const ids = results.map((r, i) => htmlId('offer', r.offer.id, i))
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: m.catalogue.title }]
  if (results.length === 0) blocks.push({ kind: 'paragraph', content: m.catalogue.noOffer })
  else
    blocks.push({
      kind: 'table',
      columns: [
        { header: c.offer },
        { header: c.provider },
        { header: c.structure },
        { header: c.salaried },
        { header: c.onCall },
        { header: c.chatons },
        { header: c.gti, align: 'right' },
        { header: c.gtr, align: 'right' },
        { header: c.credit },
        { header: c.fee, align: 'right' },
        { header: c.passed },
      ],
      rows: results.map((r, i): Inline[] => {
        const org = r.offer.organisation
        const fee = r.offer.services[0]?.fee
        return [
          { text: r.offer.name, href: `#${ids[i]}` },
          r.offer.provider,
          org ? (m.catalogue.structures[org.structure] ?? org.structure) : { text: m.catalogue.notSaid, tone: 'muted' },
          yesNo(f, org?.salariedStaff),
          yesNo(f, org?.onCall),
          yesNo(f, org?.chatons),
          guarantee(f, r.offer, 'gti'),
          guarantee(f, r.offer, 'gtr'),
          r.offer.promises.credit ? m.label.yes : m.label.no,
          fee ? f.money(fee.amount, fee.currency, 'exact') : m.none,
          r.passed ? { text: m.catalogue.passed, tone: 'good', strong: true } : { text: m.catalogue.failed, tone: 'bad' },
        ]
      }),
    })
  results.forEach((r, i) => {
    const items: ListItem[] = r.results.map((x) => ({
      content: [
        { text: `${x.passed ? '✓' : '✗'} ${m.catalogue.criteria[x.criterion] ?? x.criterion}`, tone: x.passed ? 'good' : 'bad' },
        `${m.colon}${x.reason}`,
      ],
    }))
    blocks.push({
      kind: 'section',
      className: 'explanation',
      blocks: [
        { kind: 'heading', level: 2, text: r.offer.name, id: ids[i]! },
        ...(r.offer.description ? [{ kind: 'paragraph' as const, content: r.offer.description }] : []),
        ...(items.length ? [{ kind: 'list' as const, items }] : []),
      ],
    })
  })
  if (o.format === 'text') return toText(blocks, o.color, o.width)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: m.catalogue.title, footer: m.label.generatedBy })
}
