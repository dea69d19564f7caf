import { frenchPresetName } from '../offers/presets/sources/french.js'
import { type SimulationAssumption } from '../simulation/assumptions.js'
import { type SimulationFigures, type SimulationResult } from '../simulation/simulate.js'
import { distributionChart, simulationChart } from './charts.js'
import { type Block, toHtml, toMarkdown, toText } from './document.js'
import { type Formatter } from './format.js'
import { stringifyJson, toJsonValue } from './json.js'
import { readOptions, type ReportOptions } from './options.js'

// The words of this report, one dictionary per language, as in i18n.ts.
const WORDS = {
  en: {
    title: (offer: string) => `Risk simulation — ${offer}`,
    setup: (x: { clients: string; months: string; trials: string; seed: number; fee: string; revenue: string; month: string }) =>
      `${x.clients} clients paying ${x.fee} a month (revenue ${x.revenue} a month), ${x.trials} trials of ${x.months} months of ${x.month}, seed ${x.seed}: the same seed gives the same figures on every machine.`,
    variant: 'Incidents',
    independent: 'independent only',
    correlated: 'with correlated events',
    expected: 'Expected monthly credits',
    share: 'Share of revenue',
    interval: '95 % interval',
    p50: 'Median month',
    p95: 'p95 month',
    p99: 'p99 month',
    anyCredit: 'Months with any credit',
    worst: 'Worst month',
    gti: 'GTI breach rate',
    none: '—',
    reading: (ind: string, cor: string) =>
      `One month in a hundred costs at least ${ind} of revenue with independent incidents only, ${cor} when one incident can hit every client at once.`,
    notes: 'How it was modelled',
    distribution: (variant: string) => `Months by total of credits (${variant})`,
    noCredit: 'No credit',
    months: (n: number) => `${n} month${n === 1 ? '' : 's'}`,
  },
  fr: {
    title: (offer: string) => `Simulation du risque — ${offer}`,
    setup: (x: { clients: string; months: string; trials: string; seed: number; fee: string; revenue: string; month: string }) =>
      `${x.clients} clients à ${x.fee} par mois (chiffre d’affaires ${x.revenue} par mois), ${x.trials} tirages de ${x.months} mois de ${x.month}, graine ${x.seed}\u00a0: la même graine donne les mêmes chiffres sur toute machine.`,
    variant: 'Incidents',
    independent: 'indépendants seulement',
    correlated: 'avec événements corrélés',
    expected: 'Crédits mensuels attendus',
    share: 'Part du chiffre d’affaires',
    interval: 'Intervalle à 95 %',
    p50: 'Mois médian',
    p95: 'Mois p95',
    p99: 'Mois p99',
    anyCredit: 'Mois avec au moins un crédit',
    worst: 'Pire mois',
    gti: 'Taux de dépassement de la GTI',
    none: '—',
    reading: (ind: string, cor: string) =>
      `Un mois sur cent coûte au moins ${ind} du chiffre d’affaires avec des incidents indépendants seulement, ${cor} quand un même incident peut toucher tous les clients à la fois.`,
    notes: 'Comment c’est modélisé',
    distribution: (variant: string) => `Mois selon le total des crédits (incidents ${variant})`,
    noCredit: 'Aucun crédit',
    months: (n: number) => `${n}\u00a0mois`,
  },
} as const

function frenchNotes(f: Formatter, r: SimulationResult): string[] {
  const out = [
    `Chaque mois dure ${f.duration(r.monthMs)}\u00a0; les mois sont indépendants les uns des autres.`,
    'Chaque client a un élément\u00a0; chaque incident simulé est une panne imprévue, comptée entière dans le mois où elle commence.',
    `L’indisponibilité d’un client est la somme des durées de ses incidents, plafonnée au mois\u00a0: les chevauchements ne sont pas fusionnés, ce qui grossit un peu les mauvais mois.`,
    r.withCorrelated ? 'Des événements corrélés touchent tous les clients à la fois (un incendie de centre de données).' : 'Aucun événement corrélé\u00a0: les incidents des clients sont indépendants.',
  ]
  if (r.outsideBusinessHours !== null)
    out.push(`GTI\u00a0: ${f.share(r.outsideBusinessHours * 100)} des incidents sont signalés hors des heures de l’équipe et attendent la prochaine ouverture.`)
  // What the simulation leaves out of its figures, read from its assumptions (the model and the GTI are said above).
  for (const a of r.assumptions) {
    const sentence = frenchCaveat(a, f)
    if (sentence !== undefined) out.push(sentence)
  }
  return out
}

function frenchCaveat(a: SimulationAssumption, f: Formatter): string | undefined {
  switch (a.kind) {
    case 'minimum-credit':
      return `Le crédit minimum (${a.amount.toString()} ${a.currency}) n’est pas appliqué\u00a0: les crédits simulés peuvent compter des montants que le contrat ne paie pas.`
    case 'hourly-waiver':
      return 'L’exonération horaire n’est pas simulée\u00a0: elle dépend des heures d’horloge où tombe une panne, et seules les durées sont tirées\u00a0; les crédits simulés laissent ces heures de côté.'
    case 'gtr':
      return `La GTR (${a.within}) n’est pas simulée\u00a0: les délais de rétablissement ne sont pas modélisés à part des durées des incidents.`
    case 'no-credit':
      return 'L’offre ne donne ni crédit de disponibilité ni garantie simulée\u00a0: chaque chiffre est nul.'
    case 'gti-not-outages':
      return `La GTI ne couvre pas les pannes (seulement\u00a0: ${f.list(a.impacts.map((i) => f.m.impacts[i as keyof typeof f.m.impacts] ?? i))})\u00a0: elle n’est pas simulée.`
    case 'round-the-clock':
      return 'L’équipe travaille jour et nuit\u00a0: les incidents signalés «\u00a0hors des heures ouvrées\u00a0» n’attendent pas.'
    case 'model':
    case 'gti':
      return undefined
  }
}

function row(f: Formatter, w: (typeof WORDS)['en' | 'fr'], name: string, x: SimulationFigures, currency: string): string[] {
  return [
    name,
    f.money(x.expectedMonthlyCost, currency),
    `${f.money(x.expectedMonthlyCostInterval.low, currency)} – ${f.money(x.expectedMonthlyCostInterval.high, currency)}`,
    f.share(x.expectedPercentOfRevenue),
    f.money(x.p50.amount, currency),
    f.money(x.p95.amount, currency),
    `${f.money(x.p99.amount, currency)} (${f.share(x.p99.percentOfRevenue)})`,
    f.share(x.probabilityAnyCredit * 100),
    `${f.money(x.worstMonth.amount, currency)} (${f.share(x.worstMonth.percentOfRevenue)})`,
    x.gtiBreachRate === null ? w.none : f.share(x.gtiBreachRate * 100),
  ]
}

/**
 * Writes a risk simulation: the expected monthly cost of credits and its interval, the median, p95 and p99
 * months, the chance that any credit is due, the worst month and the GTI breach rate — for independent
 * incidents only and with correlated events, side by side, so that the smoothing claim can be read off.
 *
 * @example
 * console.log(renderSimulation(simulate({ offer, clients: 40, incidents: { rate: 0.1, duration: { type: 'exponential', mean: 'PT2H' } } }), { format: 'text' }))
 * @throws InputError listing every problem of the options.
 */
export function renderSimulation(result: SimulationResult, options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the simulation', (issues) => {
    if (result === null || typeof result !== 'object' || !result.independentOnly) issues.add('result', 'must be a result from simulate', 'built-by', { what: 'a result', by: 'simulate' })
  })
  // `notes` are the report's sentences in its language. The assumptions they are written from name
  // calendars and laws in the library's English labels: the JSON leaves them to the library's result.
  if (o.format === 'json') {
    const { assumptions: _, ...rest } = result
    return stringifyJson({ format: 'matou.simulation/1', lang: o.lang, ...(toJsonValue(rest) as object), ...(o.lang === 'fr' && { notes: frenchNotes(o.formatter('UTC'), result) }) })
  }
  const f = o.formatter('UTC')
  const w = WORDS[o.lang]
  const c = result.currency
  const headers = [w.variant, w.expected, w.interval, w.share, w.p50, w.p95, w.p99, w.anyCredit, w.worst, w.gti]
  const rows = [row(f, w, w.independent, result.independentOnly, c)]
  if (result.withCorrelated) rows.push(row(f, w, w.correlated, result.withCorrelated, c))
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title(o.lang === 'fr' ? frenchPresetName(result.offer.name) : result.offer.name) },
    {
      kind: 'paragraph',
      content: w.setup({
        // Counts grouped as the language writes them (2,000 trials; 2 000 tirages); the seed is a name, as given.
        clients: f.number(result.clients),
        months: f.number(result.months),
        trials: f.number(result.trials),
        seed: result.seed,
        fee: f.money(result.fee, c),
        revenue: f.money(result.revenuePerMonth, c),
        month: f.duration(result.monthMs),
      }),
    },
    { kind: 'table', columns: headers.map((header, i) => ({ header, ...(i > 0 && { align: 'right' as const }) })), rows },
  ]
  if (o.format === 'html') {
    const bars = (x: SimulationFigures) => [
      { name: w.p50, percent: x.p50.percentOfRevenue },
      { name: w.p95, percent: x.p95.percentOfRevenue },
      { name: w.p99, percent: x.p99.percentOfRevenue },
      { name: w.worst, percent: x.worstMonth.percentOfRevenue },
    ]
    const groups: { name: string; bars: ReturnType<typeof bars> }[] = [{ name: w.independent, bars: bars(result.independentOnly) }]
    if (result.withCorrelated) groups.push({ name: w.correlated, bars: bars(result.withCorrelated) })
    blocks.push({ kind: 'html', html: simulationChart(f, { title: o.m.chart.simulationTitle, groups }) })
    const d = result.distribution
    const rows = [
      { label: w.noCredit, months: d.zeroMonths, count: w.months(d.zeroMonths), muted: true },
      ...d.bins.map((b) => ({
        label: b.low.eq(b.high) ? f.money(b.low, c) : `${f.money(b.low, c)} – ${f.money(b.high, c)}`,
        months: b.months,
        count: w.months(b.months),
      })),
    ]
    blocks.push({ kind: 'html', html: distributionChart(f, { title: w.distribution(result.withCorrelated ? w.correlated : w.independent), rows }) })
  }
  if (result.withCorrelated)
    blocks.push({ kind: 'paragraph', content: w.reading(f.share(result.independentOnly.p99.percentOfRevenue), f.share(result.withCorrelated.p99.percentOfRevenue)) })
  // The simulation's own notes are English sentences; a French report says what its fields say instead.
  const notes = o.lang === 'fr' ? frenchNotes(f, result) : result.notes
  if (notes.length) blocks.push({ kind: 'details', summary: w.notes, blocks: [{ kind: 'list', items: notes.map((n) => ({ content: n })) }] })
  if (o.format === 'text') return toText(blocks, o.color, o.width)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: w.title(o.lang === 'fr' ? frenchPresetName(result.offer.name) : result.offer.name), footer: o.m.label.generatedBy })
}
