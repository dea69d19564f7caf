import { type Decimal } from '../decimal.js'
import { type CriterionResult, type FilteredOffer } from '../offers/filter.js'
import { type Offer } from '../offers/offer.js'
import { frenchPresetName } from '../offers/presets/sources/french.js'
import { type Block, type Inline, type ListItem, withIds, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { type JsonValue, stringifyJson, toJsonValue } from './json.js'
import { readOptions, type ReportOptions } from './options.js'
import { calendarText } from './preset.js'
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
    /** Each criterion with its verdict; `reason` is the library's (English) in an English report, else `text`, in the report's language. */
    results: { criterion: string; passed: boolean; reason: string; text: string }[]
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

/** The availability below which the offer's credit starts, as filterOffers reads it. */
function targetOf(offer: Offer): { value: Decimal; text: string } | undefined {
  let best: { value: Decimal; text: string } | undefined
  for (const m of offer.commitment.credit) {
    const top = m.type === 'tiers' ? m.tiers[0]?.upper?.value : m.type === 'per-duration' ? m.beyond : undefined
    if (top && (!best || top.gt(best.value))) best = { value: top, text: top.toString() }
  }
  return best
}

/**
 * Why an offer meets a criterion or not, in French, from the offer's own fields: the library's reason
 * (`criterion.reason`) is English, and English reports keep it as it is.
 */
function frenchReason(f: Formatter, offer: Offer, x: CriterionResult): string {
  const org = offer.organisation
  const notSaid = f.m.catalogue.notSaid
  switch (x.criterion) {
    case 'structure':
      return org ? (f.m.catalogue.structures[org.structure] ?? org.structure) : 'organisation non décrite'
    case 'salariedStaff':
      return org?.salariedStaff === undefined ? notSaid : org.salariedStaff ? 'des salariés' : 'aucun salarié'
    case 'minStaff':
      return org?.staffCount === undefined ? 'nombre de salariés non précisé' : `${f.number(org.staffCount)} salarié${org.staffCount > 1 ? 's' : ''}`
    case 'onCall':
      return org?.onCall === undefined ? notSaid : org.onCall ? 'astreinte hors des heures ouvrées' : 'pas d’astreinte'
    case 'chatons':
      return org?.chatons ? 'membre des CHATONS' : 'pas membre des CHATONS'
    case 'dataLocation':
      return org?.dataLocation ?? notSaid
    case 'gti':
    case 'gtr': {
      const g = offer.commitment[x.criterion]
      const kind = x.criterion.toUpperCase()
      return g ? `${kind} ${f.duration(g.withinMs)} (${calendarText(f, g.calendar)})` : `pas de ${kind}`
    }
    case 'credit':
      return offer.promises.credit ? 'promet un crédit de disponibilité' : 'pas de crédit de disponibilité'
    case 'minTarget': {
      const t = targetOf(offer)
      return t ? `crédit sous ${f.percent(t.value)} de disponibilité` : 'pas d’objectif de disponibilité'
    }
    case 'maxFee': {
      const fee = offer.services[0].fee
      return `${f.money(fee.amount, fee.currency, 'exact')} par mois`
    }
    case 'cover':
      return x.passed ? 'la compensation couvre au moins la part demandée de la perte' : 'la compensation couvre moins que la part demandée de la perte'
    default:
      return x.passed ? f.m.label.yes : f.m.label.no
  }
}

function guarantee(f: Formatter, offer: Offer, kind: 'gti' | 'gtr'): string {
  const g = offer.commitment[kind]
  return g ? f.duration(g.withinMs) : f.m.none
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
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
    if (!Array.isArray(results)) issues.add('results', 'must be the list from filterOffers', 'built-by', { what: 'the list', by: 'filterOffers' })
  })
  const f = o.formatter('UTC')
  const m = o.m
  // An offer made from a preset carries the preset's English name; a French catalogue names it in French.
  const nameOf = (offer: Offer) => (o.lang === 'fr' ? frenchPresetName(offer.name) : offer.name)
  if (o.format === 'json') {
    const doc: CatalogueJson = {
      format: 'matou.catalogue/1',
      lang: o.lang,
      offers: results.map((r) => {
        const fee = r.offer.services[0]?.fee
        return {
          id: r.offer.id,
          provider: r.offer.provider,
          name: nameOf(r.offer),
          passed: r.passed,
          results: r.results.map((x) => {
            const text = o.lang === 'fr' ? frenchReason(f, r.offer, x) : x.reason
            return { criterion: x.criterion, passed: x.passed, reason: text, text }
          }),
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
  const withId = withIds(results, (r) => r.offer.id, 'offer')
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
      rows: withId.map(([r, id]): Inline[] => {
        const org = r.offer.organisation
        const fee = r.offer.services[0]?.fee
        return [
          { text: nameOf(r.offer), href: `#${id}` },
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
  withId.forEach(([r, id]) => {
    const items: ListItem[] = r.results.map((x) => ({
      content: [
        // Each item reads as a sentence: its criterion's name starts with a capital (`✗ Lieu des données : FR`).
        { text: `${x.passed ? '✓' : '✗'} ${capital(m.catalogue.criteria[x.criterion] ?? x.criterion)}`, tone: x.passed ? 'good' : 'bad' },
        `${m.colon}${o.lang === 'fr' ? frenchReason(f, r.offer, x) : x.reason}`,
      ],
    }))
    blocks.push({
      kind: 'section',
      className: 'explanation',
      blocks: [
        { kind: 'heading', level: 2, text: nameOf(r.offer), id },
        ...(r.offer.description ? [{ kind: 'paragraph' as const, content: r.offer.description }] : []),
        ...(items.length ? [{ kind: 'list' as const, items }] : []),
      ],
    })
  })
  if (o.format === 'text') return toText(blocks, o.color, o.width)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: m.catalogue.title, footer: m.label.generatedBy })
}
