/**
 * The explanation trail, rebuilt in the report's language from the structured fields of the results
 * (contribution status, impact, cause, counted time; credit parts; guarantee outcome fields), so that a
 * French report explains in French. The library's own English sentences stay in the JSON and in the
 * HTML's "original explanation" sections.
 */
import type DecimalBase from 'decimal.js'
import { type AvailabilityReport, type Contribution } from '../availability/measure.js'
import { type Credit } from '../credits/credit.js'
import { Decimal } from '../decimal.js'
import { type GuaranteeOutcome, type IncidentGuarantees } from '../guarantees/evaluate.js'
import { type Impact, type Cause } from '../schema/commitment.js'
import { type Inline, type Span } from './document.js'
import { type Formatter } from './format.js'

/** An incident's name in a report: its id, or `incident n° 3` (1-based position in the log). */
export function incidentName(f: Formatter, index: number, id: string | undefined): string {
  return id ?? f.m.incidentNumber(index + 1)
}

/** Whether excluded time counts as available in this report (rather than leaving the period). */
function asAvailable(report: AvailabilityReport): boolean {
  return report.excludedMs === 0 || report.measuredMs === report.periodMs
}

/** Why an incident counted as it did, in the report's language. */
export function contributionReason(f: Formatter, c: Contribution, report: AvailabilityReport): string {
  const m = f.m
  const impact = m.impacts[c.impact]
  const weighted = c.weight.eq(1) ? { weight: null, weighted: null } : { weight: f.number(c.weight), weighted: f.duration(c.downtimeMs) }
  switch (c.status) {
    case 'counted':
      return c.countedMs === c.inPeriodMs
        ? m.contribution.counted({ impact, duration: f.duration(c.countedMs), ...weighted })
        : m.contribution.countedPart({ impact, duration: f.duration(c.countedMs), inPeriod: f.duration(c.inPeriodMs), ...weighted })
    case 'excluded':
      return m.contribution.excluded({
        cause: m.causes[c.cause],
        duration: f.duration(c.excludedMs),
        inPeriod: f.duration(c.inPeriodMs),
        whole: c.excludedMs === c.inPeriodMs,
        asAvailable: asAvailable(report),
      })
    case 'below-minimum':
      return c.step.kind === 'no-whole-minute' ? m.contribution.noWholeMinute : m.contribution.belowMinimum({ duration: f.duration(c.end.getTime() - c.start.getTime()) })
    case 'empty':
      return m.contribution.empty
    case 'overlapped':
      return m.contribution.overlapped({ duration: f.duration(c.inPeriodMs) })
    case 'not-counted':
      return m.contribution.notCounted({ impact })
  }
}

/** One line per incident: name, impact, cause, times, status and why. */
export function contributionLine(f: Formatter, c: Contribution, report: AvailabilityReport): string {
  return f.m.contribution.line({
    incident: incidentName(f, c.index, c.id),
    impact: f.m.impacts[c.impact],
    cause: f.m.causes[c.cause],
    range: c.open ? `${f.range(c.start, c.end)} ${f.m.contribution.stillOpen}` : f.range(c.start, c.end),
    status: f.m.statuses[c.status],
    reason: contributionReason(f, c, report),
  })
}

/** The tone of a contribution in a list. */
export function contributionTone(c: Contribution): Span['tone'] {
  return c.status === 'counted' ? 'bad' : 'muted'
}

/** A percentage exact up to 12 significant digits, as the library's sentences write it. */
function pct(f: Formatter, d: DecimalBase): string {
  return f.percent(new Decimal(d).toSignificantDigits(12))
}

/** The arithmetic of an availability report: period, downtime, exclusions, the formula, rounding. */
export function availabilityTrail(f: Formatter, report: AvailabilityReport, element: string | null): string[] {
  const m = f.m
  const p = report.period
  const lines: string[] = []
  lines.push(
    m.trail.period({ label: f.periodName(p), zone: p.timeZone, range: f.range(p.start, p.end), duration: f.duration(report.periodMs), ms: f.ms(report.periodMs) }),
  )
  const counted = report.contributions.filter((c) => c.status === 'counted').length
  lines.push(
    m.trail.downtime({
      element,
      duration: f.duration(report.downtime.toNumber()),
      ms: f.number(report.downtime),
      counted,
      others: report.contributions.length - counted,
    }),
  )
  if (report.excludedMs > 0) lines.push(m.trail.excluded({ duration: f.duration(report.excludedMs), ms: f.ms(report.excludedMs), asAvailable: asAvailable(report) }))
  if (report.exact.measuredUnits === 0) lines.push(m.trail.wholePeriodExcluded)
  else {
    lines.push(m.trail.formula({ measured: f.ms(report.measuredMs), downtime: f.number(report.downtime), result: pct(f, report.exactAvailability) }))
    if (!report.availability.eq(report.exactAvailability) || report.steps.some((s) => s.kind === 'rounded'))
      lines.push(m.trail.rounded({ result: f.percent(report.availability) }))
  }
  if (report.open && report.asOf) lines.push(m.trail.open({ asOf: f.dateTime(report.asOf) }))
  return lines
}

/** True when the commitment behind a credit makes it the sole remedy. */
export function isSoleRemedy(credit: Credit): boolean {
  return credit.steps.some((s) => s.kind === 'sole-remedy')
}

/**
 * The arithmetic of a credit: what each part gave, how they combine, the cap, the rounding, the sole remedy.
 * `breaches` counts the breached guarantees by kind, when known.
 */
export function creditTrail(f: Formatter, credit: Credit, report: AvailabilityReport, breaches?: { gti: number; gtr: number }): string[] {
  const m = f.m
  const lines: string[] = []
  let sum = new Decimal(0)
  let guaranteeSum = new Decimal(0)
  let modelSum = new Decimal(0)
  for (const part of credit.parts) {
    let line: string
    switch (part.model) {
      case 'tiers':
        line = part.tier
          ? m.credit.inBand({ availability: pct(f, report.availability), band: f.band(part.tier), percent: f.percent(part.percent) })
          : m.credit.aboveBands({ availability: pct(f, report.availability) })
        break
      case 'per-duration':
        line = m.credit.perDuration({ units: part.units ?? 0, percent: pct(f, part.percent) })
        break
      case 'pro-rata':
        line = m.credit.proRata({ percent: pct(f, part.percent) })
        break
      case 'gti':
      case 'gtr':
        line = m.credit.penalty({ kind: m.label[part.model], breaches: breaches ? breaches[part.model] : null, percent: pct(f, part.percent) })
        break
    }
    if (part.capped) line += ` ${m.credit.partCapped({ percent: pct(f, part.percent) })}`
    lines.push(line)
    sum = sum.plus(part.percent)
    if (part.model === 'gti' || part.model === 'gtr') guaranteeSum = guaranteeSum.plus(part.percent)
    else modelSum = modelSum.plus(part.percent)
  }
  const hasGuarantee = credit.parts.some((p) => p.model === 'gti' || p.model === 'gtr')
  const hasModel = credit.parts.some((p) => p.model !== 'gti' && p.model !== 'gtr')
  if (hasGuarantee && hasModel && !credit.uncappedPercent.eq(sum)) lines.push(m.credit.larger({ percent: pct(f, credit.uncappedPercent) }))
  else if (credit.parts.length > 1) lines.push(m.credit.add({ percent: pct(f, credit.uncappedPercent) }))
  if (credit.uncappedPercent.gt(credit.percent)) lines.push(m.credit.capped({ cap: f.percent(credit.cap) }))
  const exact = credit.exactAmount.decimalPlaces() <= 12 ? f.money(credit.exactAmount, credit.currency, 'exact') : m.approx + f.money(credit.exactAmount.toDecimalPlaces(12), credit.currency, 'exact')
  lines.push(
    m.credit.formula({
      fee: f.money(credit.fee.amount, credit.currency, 'exact'),
      percent: pct(f, credit.percent),
      exact,
      rounding: m.rounding[credit.rounding],
      amount: f.money(credit.amount, credit.currency, credit.scale),
    }),
  )
  if (isSoleRemedy(credit)) lines.push(m.credit.soleRemedy)
  return lines
}

/** Counts the breached outcomes of each guarantee among an element's incidents. */
export function breachCounts(guarantees: readonly IncidentGuarantees[]): { gti: number; gtr: number } {
  return {
    gti: guarantees.filter((g) => g.gti?.status === 'breached').length,
    gtr: guarantees.filter((g) => g.gtr?.status === 'breached').length,
  }
}

/** One GTI/GTR outcome, in the report's language. */
export function guaranteeSentence(f: Formatter, o: GuaranteeOutcome, incident: string, impact: Impact, cause: Cause): string {
  const m = f.m
  const kind = m.label[o.kind]
  if (o.status === 'not-applicable' || !o.clockStart || !o.deadline || !o.clockStartSource)
    return m.guarantee.notApplicable({ kind, incident, impact: m.impacts[impact], cause: m.causes[cause] })
  const base = { kind, incident, clock: f.dateTime(o.clockStart), source: m.clockSources[o.clockStartSource], deadline: f.dateTime(o.deadline) }
  let s: string
  if (o.status === 'met' && o.doneAt && o.doneAtSource)
    s = m.guarantee.met({ ...base, done: f.dateTime(o.doneAt), doneSource: m.doneSources[o.doneAtSource], elapsed: f.duration(o.elapsedBusinessMs ?? 0) })
  else if (o.status === 'breached' && o.doneAt && o.doneAtSource)
    s = m.guarantee.breachedDone({
      ...base,
      done: f.dateTime(o.doneAt),
      doneSource: m.doneSources[o.doneAtSource],
      late: f.duration(o.lateBusinessMs),
      lateWall: f.duration(o.lateWallMs),
    })
  else if (o.status === 'breached') s = m.guarantee.breachedOpen({ ...base, late: f.duration(o.lateBusinessMs) })
  else s = m.guarantee.pending(base)
  if (o.status === 'breached') s += ` ${o.penaltyPercent.gt(0) ? m.guarantee.penalty({ percent: pct(f, o.penaltyPercent) }) : m.guarantee.noPenalty}`
  if (o.steps.some((x) => x.kind === 'restoration-as-intervention')) s += ` ${m.guarantee.restorationAsIntervention}`
  return s
}

/** A table cell summing up one guarantee over an element's incidents: `1 respectée, 1 non respectée`. */
export function guaranteeSummary(f: Formatter, guarantees: readonly IncidentGuarantees[], kind: 'gti' | 'gtr'): Inline {
  const outcomes = guarantees.map((g) => g[kind]).filter((o): o is GuaranteeOutcome => o !== undefined && o.status !== 'not-applicable')
  if (outcomes.length === 0) return f.m.none
  const parts: Span[] = []
  for (const status of ['met', 'breached', 'pending'] as const) {
    const n = outcomes.filter((o) => o.status === status).length
    if (n === 0) continue
    const text = outcomes.length === 1 ? f.m.guaranteeStatus[status] : f.m.guaranteeCount(status, n)
    if (parts.length) parts.push({ text: ', ' })
    parts.push({ text, tone: status === 'breached' ? 'bad' : status === 'met' ? 'good' : 'warn' })
  }
  return parts
}

/** A table cell for one guarantee outcome: `respectée`, `non respectée, 2 h de retard`. */
export function guaranteeCell(f: Formatter, o: GuaranteeOutcome | undefined, promised: boolean): Inline {
  if (!promised) return { text: f.m.guarantee.notPromised, tone: 'muted' }
  if (!o) return f.m.guaranteeStatus['not-applicable']
  if (o.status === 'breached') return { text: f.m.guarantee.cellLate({ late: f.duration(o.lateBusinessMs) }), tone: 'bad' }
  return { text: f.m.guaranteeStatus[o.status], tone: o.status === 'met' ? 'good' : o.status === 'pending' ? 'warn' : 'muted' }
}
