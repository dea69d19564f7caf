/**
 * Writes the list of open incidents at risk (from `atRiskList`), most urgent first, in French or in
 * English, as text, Markdown, JSON or HTML. Its words live here, beside it.
 */
import { type AtRiskList } from '../guarantees/at-risk.js'
import { type Block, type Inline, toHtml, toMarkdown, toText } from './document.js'
import { stringifyJson } from './json.js'
import { readOptions, type ReportOptions } from './options.js'
import { dec } from './shapes.js'

/** The JSON form, `format: "matou.at-risk/1"`. */
export interface AtRiskJson {
  format: 'matou.at-risk/1'
  lang: 'fr' | 'en'
  asOf: string
  entries: {
    index: number
    id: string | null
    kind: 'gti' | 'gtr'
    priority: string | null
    status: 'pending' | 'breached'
    clockStart: string
    deadline: string
    elapsedPercent: string | null
    elapsedBusinessMs: number
    leftBusinessMs: number
    escalations: { level: string; at: string; fired: boolean }[]
    /** Only when the guarantee sets an update target: the longest stretch without an update so far. */
    update?: { status: 'met' | 'breached' | 'pending'; within: string; longestBusinessMs: number; longestFrom: string; longestTo: string; marginBusinessMs: number }
  }[]
}

const WORDS = {
  en: {
    title: 'Open incidents at risk',
    asOf: (at: string, n: number) => `${n} open guarantee${n === 1 ? '' : 's'} as at ${at}, most urgent first.`,
    columns: ['Incident', 'Guarantee', 'Priority', 'Used', 'Covered time left', 'Deadline', 'Escalations'],
    late: (d: string) => `${d} late`,
    fired: 'fired',
    none: '—',
    empty: 'No open incident.',
    updateHeading: 'Update clock',
    updateColumns: ['Incident', 'Guarantee', 'Longest without update', 'From', 'To', 'Target', 'Margin', 'Status'],
    updateStatus: { met: 'met', breached: 'breached', pending: 'within target so far' },
  },
  fr: {
    title: 'Incidents ouverts à risque',
    asOf: (at: string, n: number) => `${n} garantie${n > 1 ? 's' : ''} en cours au ${at}, les plus urgentes d’abord.`,
    columns: ['Incident', 'Garantie', 'Priorité', 'Consommé', 'Temps couvert restant', 'Échéance', 'Escalades'],
    late: (d: string) => `${d} de retard`,
    fired: 'déclenchée',
    none: '—',
    empty: 'Aucun incident ouvert.',
    updateHeading: 'Délai de mise à jour',
    updateColumns: ['Incident', 'Garantie', 'Plus longue période sans mise à jour', 'Du', 'Au', 'Objectif', 'Marge', 'État'],
    updateStatus: { met: 'respecté', breached: 'dépassé', pending: 'dans l’objectif à ce jour' },
  },
} as const

/**
 * Writes the open incidents at risk, most urgent first: the share of the allowed time used, the covered
 * time left, the deadline and the escalation levels.
 *
 * @example
 * const list = atRiskList({ commitment: { gti: { within: 'PT4H' } }, incidents: [{ start: '2026-05-13T10:00:00Z', reportedAt: '2026-05-13T10:00:00Z' }], asOf: '2026-05-13T13:00:00Z' })
 * renderAtRisk(list, { format: 'text', lang: 'fr' }).includes('75\u00a0%') // true
 * @throws InputError listing every problem of the options.
 */
export function renderAtRisk(list: AtRiskList, options: ReportOptions): string {
  const o = readOptions(options, 'Cannot render the incidents at risk', (issues) => {
    if (list === null || typeof list !== 'object' || !Array.isArray(list.entries) || !(list.asOf instanceof Date)) issues.add('list', 'must be a list from atRiskList', 'built-by', { what: 'a list', by: 'atRiskList' })
  })
  const f = o.formatter('UTC')
  const w = WORDS[o.lang]
  if (o.format === 'json') {
    const doc: AtRiskJson = {
      format: 'matou.at-risk/1',
      lang: o.lang,
      asOf: list.asOf.toISOString(),
      entries: list.entries.map((e) => ({
        index: e.index,
        id: e.id ?? null,
        kind: e.kind,
        priority: e.priority,
        status: e.status,
        clockStart: e.clockStart.toISOString(),
        deadline: e.deadline.toISOString(),
        elapsedPercent: e.elapsedPercent ? dec(e.elapsedPercent) : null,
        elapsedBusinessMs: e.elapsedBusinessMs,
        leftBusinessMs: e.leftBusinessMs,
        escalations: e.escalations.map((x) => ({ level: x.level, at: x.at.toISOString(), fired: x.fired })),
        ...(e.update && {
          update: {
            status: e.update.status,
            within: e.update.within,
            longestBusinessMs: e.update.longestBusinessMs,
            longestFrom: e.update.longestFrom.toISOString(),
            longestTo: e.update.longestTo.toISOString(),
            marginBusinessMs: e.update.marginBusinessMs,
          },
        }),
      })),
    }
    return stringifyJson(doc)
  }
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title },
    { kind: 'paragraph', content: list.entries.length ? w.asOf(f.dateTime(list.asOf), list.entries.length) : w.empty },
  ]
  if (list.entries.length)
    blocks.push({
      kind: 'table',
      columns: w.columns.map((header, k) => ({ header, ...((k === 3 || k === 4) && { align: 'right' as const }) })),
      rows: list.entries.map((e): Inline[] => [
        e.id ?? `#${e.index + 1}`,
        o.m.label[e.kind],
        e.priority ?? w.none,
        e.elapsedPercent ? { text: f.percent(e.elapsedPercent, 0), tone: e.status === 'breached' ? 'bad' : e.elapsedPercent.gte(75) ? 'warn' : 'good' } : w.none,
        e.leftBusinessMs < 0 ? { text: w.late(f.duration(-e.leftBusinessMs)), tone: 'bad' } : f.duration(e.leftBusinessMs),
        f.dateTime(e.deadline),
        e.escalations.length ? e.escalations.map((x) => `${x.level} ${f.dateTime(x.at)}${x.fired ? ` (${w.fired})` : ''}`).join(', ') : w.none,
      ]),
    })
  // The update clock, for the guarantees that set an update target: a section of its own.
  const updates = list.entries.flatMap((e) => (e.update ? [{ e, u: e.update }] : []))
  if (updates.length)
    blocks.push(
      { kind: 'heading', level: 2, text: w.updateHeading },
      {
        kind: 'table',
        columns: w.updateColumns.map((header, k) => ({ header, ...((k === 2 || k === 6) && { align: 'right' as const }) })),
        rows: updates.map(({ e, u }): Inline[] => {
          return [
            e.id ?? `#${e.index + 1}`,
            o.m.label[e.kind],
            f.duration(u.longestBusinessMs),
            f.dateTime(u.longestFrom),
            f.dateTime(u.longestTo),
            u.within,
            u.marginBusinessMs < 0 ? { text: w.late(f.duration(-u.marginBusinessMs)), tone: 'bad' } : f.duration(u.marginBusinessMs),
            { text: w.updateStatus[u.status], tone: u.status === 'breached' ? 'bad' : 'good' },
          ]
        }),
      },
    )
  if (o.format === 'text') return toText(blocks, o.color)
  if (o.format === 'markdown') return toMarkdown(blocks)
  return toHtml(blocks, { lang: o.lang, title: w.title, footer: o.m.label.generatedBy })
}
