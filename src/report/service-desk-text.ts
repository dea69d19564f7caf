/**
 * The words of the service-desk steps of a GTI/GTR outcome, in French and in English: which target a
 * priority took, and how long the clock stood still and why. Kept beside the main dictionary, which
 * does not need to know of them.
 */
import { type PausedStep, type PriorityTargetStep, type UpdateStep } from '../guarantees/steps.js'
import { type Formatter } from './format.js'

interface DeskWords {
  /** Known status and reason names; others are shown as written. */
  readonly statuses: Readonly<Record<string, string>>
  priorityTarget(a: { kind: string; priority: string | null; own: boolean; within: string; calendar: string; client?: string }): string
  paused(a: { kind: string; paused: string; pausedWall: string; spans: string; before: string }): string
  span(a: { reasons: string; start: string; end: string; covered: string; open: boolean }): string
  update(a: { kind: string; status: UpdateStep['status']; longest: string; from: string; to: string; within: string; calendar: string }): string
  readonly spanSeparator: string
  readonly reasonSeparator: string
}

const EN: DeskWords = {
  statuses: {
    'waiting-customer': 'waiting on the client',
    'waiting-vendor': 'waiting on a vendor',
    'waiting-problem': 'waiting on a problem record',
    'waiting-change': 'waiting on a change',
    'on-hold': 'on hold',
  },
  priorityTarget: (a) =>
    a.client !== undefined
      ? `${a.kind}: client ${a.client}${a.own && a.priority !== null ? `, priority ${a.priority}` : ''}, whose target applies: ${a.within} on ${a.calendar}.`
      : `${a.kind}: ${a.priority === null ? 'no priority given, so the' : a.own ? `priority ${a.priority}, whose` : `priority ${a.priority} has no target of its own, so the`} ${a.own ? '' : "guarantee's "}target applies: ${a.within} on ${a.calendar}.`,
  paused: (a) => `${a.kind} clock stopped for ${a.paused} of covered time (${a.pausedWall} elapsed): ${a.spans}; without the pauses the deadline was ${a.before}.`,
  span: (a) => `${a.reasons} from ${a.start} to ${a.end}${a.open ? ' (still waiting)' : ''}, ${a.covered} covered`,
  update: (a) =>
    `${a.kind} update clock ${{ met: 'met', breached: 'breached', pending: 'pending' }[a.status]}: the longest stretch without an update was ${a.longest} of covered time, from ${a.from} to ${a.to} (target ${a.within} on ${a.calendar}).`,
  spanSeparator: '; ',
  reasonSeparator: ' and ',
}

const FR: DeskWords = {
  statuses: {
    'waiting-customer': 'en attente du client',
    'waiting-vendor': 'en attente d’un fournisseur',
    'waiting-problem': 'en attente d’un problème lié',
    'waiting-change': 'en attente d’un changement',
    'on-hold': 'suspendu',
  },
  priorityTarget: (a) =>
    a.client !== undefined
      ? `${a.kind}\u00a0: client ${a.client}${a.own && a.priority !== null ? `, priorité ${a.priority}` : ''}, son objectif s’applique\u00a0: ${a.within} selon ${a.calendar}.`
      : `${a.kind}\u00a0: ${a.priority === null ? 'sans priorité indiquée, l’objectif de la garantie s’applique' : a.own ? `priorité ${a.priority}, son objectif s’applique` : `la priorité ${a.priority} n’a pas d’objectif propre, celui de la garantie s’applique`}\u00a0: ${a.within} selon ${a.calendar}.`,
  paused: (a) =>
    `Le délai de ${a.kind} a été suspendu ${a.paused} en heures couvertes (${a.pausedWall} au total)\u00a0: ${a.spans}\u00a0; sans ces suspensions, l’échéance était le ${a.before}.`,
  span: (a) => `${a.reasons} du ${a.start} au ${a.end}${a.open ? ' (attente en cours)' : ''}, ${a.covered} couvertes`,
  update: (a) =>
    `Délai de mise à jour (${a.kind}) ${{ met: 'respecté', breached: 'non respecté', pending: 'en cours' }[a.status]}\u00a0: la plus longue période sans mise à jour a duré ${a.longest} en heures couvertes, du ${a.from} au ${a.to} (objectif ${a.within} selon ${a.calendar}).`,
  spanSeparator: '\u00a0; ',
  reasonSeparator: ' et ',
}

function words(f: Formatter): DeskWords {
  return f.locale.startsWith('fr') ? FR : EN
}

/** One service-desk step of a GTI/GTR outcome, in the report's language. */
export function deskStepSentence(f: Formatter, step: PausedStep | PriorityTargetStep | UpdateStep, kind: string): string {
  const w = words(f)
  if (step.kind === 'update')
    return w.update({ kind, status: step.status, longest: f.duration(step.longestBusinessMs), from: f.dateTime(step.from), to: f.dateTime(step.to), within: step.within, calendar: step.calendar })
  if (step.kind === 'priority-target') return w.priorityTarget({ kind, priority: step.priority, own: step.own, within: step.within, calendar: step.calendar, ...(step.client !== undefined && { client: step.client }) })
  const spans = step.pauses.map((p) =>
    w.span({
      reasons: p.reasons.map((r) => w.statuses[r] ?? r).join(w.reasonSeparator),
      start: f.dateTime(p.start),
      end: f.dateTime(p.end),
      covered: f.duration(p.businessMs),
      open: p.open,
    }),
  )
  return w.paused({ kind, paused: f.duration(step.pausedBusinessMs), pausedWall: f.duration(step.pausedWallMs), spans: spans.join(w.spanSeparator), before: f.dateTime(step.deadlineWithoutPause) })
}
