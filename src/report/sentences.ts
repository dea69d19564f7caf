/**
 * The explanation trail, written in the report's language from the steps the results carry (each
 * contribution's step; the report's, the credit's and each GTI/GTR outcome's steps), so that a French
 * report explains in French. Nothing here reads the library's English: those sentences are written
 * from the same steps, and stay in the JSON and in the HTML's "original explanation" sections.
 */
import type { Decimal as DecimalBase } from 'decimal.js'
import { type AvailabilityReport, type Contribution, contributionAlignedMs, contributionEndMs, contributionStartMs, transientStep } from '../availability/measure.js'
import { type AvailabilityStep } from '../availability/steps.js'
import { type Credit } from '../credits/credit.js'
import { Decimal, isOne } from '../decimal.js'
import { type GuaranteeOutcome, type IncidentGuarantees } from '../guarantees/evaluate.js'
import { type Impact, type Cause } from '../schema/commitment.js'
import { type Inline, plainness, type Span } from './document.js'
import { type Formatter } from './format.js'
import { deskStepSentence } from './service-desk-text.js'
import { cutSentence, flattened } from './template.js'
import { present } from '../errors.js'

/** An incident's name in a report: its id, or `incident n° 3` (1-based position in the log). */
export function incidentName(f: Formatter, index: number, id: string | undefined): string {
  return id ?? f.m.incidentNumber(index + 1)
}

/** Whether excluded time counts as available in this report (rather than leaving the period). */
function asAvailable(report: AvailabilityReport): boolean {
  return report.excludedMs === 0 || report.measuredMs === report.periodMs
}

/**
 * Why an incident counted as it did, in the report's language: from its step, whose figures the
 * contribution carries too. Read from the contribution, a million incidents are written without a step
 * object made for each; only `below-minimum`, whose status two steps share, reads its step.
 */
export function contributionReason(f: Formatter, c: Contribution, report: AvailabilityReport): string {
  return reasonOf(f, c, report, c.status)
}

/** {@link contributionReason} with the status read already: each of a contribution's figures is worked out when read. */
function reasonOf(f: Formatter, c: Contribution, report: AvailabilityReport, status: Contribution['status']): string {
  const m = f.m
  switch (status) {
    case 'counted': {
      const countedMs = c.countedMs
      const inPeriodMs = c.inPeriodMs
      const weight = c.weight
      const impact = m.impacts[c.impact]
      const weighted = isOne(weight) ? { weight: null, weighted: null } : { weight: f.number(weight), weighted: f.duration(c.downtimeMs) }
      const alignedMs = contributionAlignedMs(c)
      if (alignedMs !== undefined && alignedMs !== inPeriodMs) {
        // Alignment to clock minutes changed its time: said as such, not as time under other incidents.
        // Aligned out, an incident only gains time; aligned in, it only loses some.
        const up = alignedMs > inPeriodMs
        const aligned = f.duration(alignedMs)
        return countedMs === alignedMs
          ? m.contribution.countedAligned({ impact, inPeriod: f.duration(inPeriodMs), aligned, up, ...weighted })
          : m.contribution.countedPartAligned({ impact, duration: f.duration(countedMs), aligned, inPeriod: f.duration(inPeriodMs), up, ...weighted })
      }
      return countedMs === inPeriodMs
        ? m.contribution.counted({ impact, duration: f.duration(countedMs), ...weighted })
        : m.contribution.countedPart({ impact, duration: f.duration(countedMs), inPeriod: f.duration(inPeriodMs), ...weighted })
    }
    case 'excluded': {
      const excludedMs = c.excludedMs
      const inPeriodMs = c.inPeriodMs
      return m.contribution.excluded({
        cause: m.causes[c.cause],
        duration: f.duration(excludedMs),
        inPeriod: f.duration(inPeriodMs),
        whole: excludedMs === inPeriodMs,
        asAvailable: asAvailable(report),
      })
    }
    case 'overlapped':
      return m.contribution.overlapped({ duration: f.duration(c.inPeriodMs) })
    case 'not-counted':
      return m.contribution.notCounted({ impact: m.impacts[c.impact] })
    case 'empty':
      return m.contribution.empty
    case 'below-minimum': {
      const step = transientStep(c)
      return step.kind === 'below-minimum' ? m.contribution.belowMinimum({ duration: f.duration(step.durationMs) }) : m.contribution.noWholeMinute
    }
  }
}

/**
 * One line per incident: name, impact, cause, times, status and why. With `marks`, what the line holds none
 * of is taken out of `marks.plain` (see `plainness`): its incident's name is checked, its words are pieces
 * checked once when first made, its reason checked when it is made for the line, its figures (dates,
 * lengths) digits and the units' words.
 */
export function contributionLine(f: Formatter, c: Contribution, report: AvailabilityReport, marks?: { plain: number }): string {
  const m = f.m
  const status = c.status
  const lines = incidentLines(f)
  if (lines) {
    // The line's words as the sentence writes them, joined around the figures of this incident: the
    // same text, made of a few pieces rather than of every word and figure, a million times.
    const name = incidentName(f, c.index, c.id)
    if (marks) marks.plain &= plainness(name)
    let line = lines.lead === '' ? name : lines.lead + name
    line += lines.head(c.impact, c.cause)
    line += f.dateTime(contributionStartMs(c))
    line += lines.to
    line += f.dateTime(contributionEndMs(c))
    // Most incidents count whole or not at all (overlapped): why is then a sentence around one length.
    const length = status === 'counted' ? wholeCountedMs(c) : status === 'overlapped' ? c.inPeriodMs : undefined
    const around = length === undefined ? undefined : lines.aroundLength(status as 'counted' | 'overlapped', c.open, c.impact)
    if (length !== undefined && around) {
      if (marks) marks.plain &= lines.mask
      return line + around[0] + f.duration(length) + around[1]
    }
    line += lines.middle(status, c.open)
    const reason = reasonOf(f, c, report, status)
    if (marks) marks.plain &= lines.mask & plainness(reason)
    line += reason
    return lines.tail === '' ? line : line + lines.tail
  }
  const range = f.range(contributionStartMs(c), contributionEndMs(c))
  const whole = m.contribution.line({
    incident: incidentName(f, c.index, c.id),
    impact: m.impacts[c.impact],
    cause: m.causes[c.cause],
    range: c.open ? `${range} ${m.contribution.stillOpen}` : range,
    status: m.statuses[status],
    reason: reasonOf(f, c, report, status),
  })
  if (marks) marks.plain &= plainness(whole)
  return whole
}

/**
 * An incident's line cut where its figures go (`i3 (outage, unplanned), from ` · start · ` to ` · end ·
 * `: counted — ` · why), the words between them joined once per impact and cause, and per status.
 */
class IncidentLines {
  readonly #f: Formatter
  readonly #line: readonly string[]
  readonly #range: readonly string[]
  readonly #heads = new Map<Impact, Map<Cause, string>>()
  readonly #middles = new Map<string, [string | undefined, string | undefined]>()
  readonly #around = new Map<string, [(readonly [string, string]) | null | undefined, (readonly [string, string]) | null | undefined]>()
  /** The words before the incident's name, between its start and its end, and after why. */
  readonly lead: string
  readonly to: string
  readonly tail: string
  /** What none of the pieces made so far holds (see `plainness`): each piece checked once, when made. */
  mask: number

  constructor(f: Formatter, line: readonly string[], range: readonly string[]) {
    this.#f = f
    this.#line = line
    this.#range = range
    this.lead = present(line[0])
    this.to = present(range[1])
    this.tail = present(line[6])
    this.mask = plainness(this.lead) & plainness(this.to) & plainness(this.tail)
  }

  /** From after the incident's name to its start: `(outage, unplanned), from `. */
  head(impact: Impact, cause: Cause): string {
    let byCause = this.#heads.get(impact)
    if (!byCause) this.#heads.set(impact, (byCause = new Map()))
    let text = byCause.get(cause)
    if (text === undefined) {
      const m = this.#f.m
      text = flattened(present(this.#line[1]) + m.impacts[impact] + present(this.#line[2]) + m.causes[cause] + present(this.#line[3]) + present(this.#range[0]))
      this.mask &= plainness(text)
      byCause.set(cause, text)
    }
    return text
  }

  /**
   * For an incident counted whole with a weight of 1, or overlapped, whose reason is a sentence around
   * one length: the words from after the incident's end to that length (`: counted — outage of `), and
   * from it to the line's end (` in the period`). Undefined when that sentence could not be cut.
   */
  aroundLength(status: 'counted' | 'overlapped', open: boolean, impact: Impact): readonly [string, string] | undefined {
    const m = this.#f.m
    const key = status === 'counted' ? impact : status
    let pair = this.#around.get(key)
    if (!pair) this.#around.set(key, (pair = [undefined, undefined]))
    const k = open ? 1 : 0
    let around = pair[k]
    if (around === undefined) {
      const cut =
        status === 'counted'
          ? cutSentence(m.contribution.counted, { impact: m.impacts[impact], duration: '', weight: null, weighted: null }, ['duration'])
          : cutSentence(m.contribution.overlapped, { duration: '' }, ['duration'])
      around = pair[k] = cut ? [flattened(this.middle(status, open) + present(cut[0])), flattened(present(cut[1]) + this.tail)] : null
      if (around) this.mask &= plainness(around[0]) & plainness(around[1])
    }
    return around ?? undefined
  }

  /** From after the incident's end to why: `: counted — `, or ` (still open): counted — `. */
  middle(status: Contribution['status'], open: boolean): string {
    let pair = this.#middles.get(status)
    if (!pair) this.#middles.set(status, (pair = [undefined, undefined]))
    const k = open ? 1 : 0
    let text = pair[k]
    if (text === undefined) {
      const m = this.#f.m
      text = flattened(present(this.#range[2]) + (open ? ` ${m.contribution.stillOpen}` : '') + present(this.#line[4]) + m.statuses[status] + present(this.#line[5]))
      this.mask &= plainness(text)
      pair[k] = text
    }
    return text
  }
}

/** The time an incident counted, when it counted whole with a weight of 1 (its reason then has one length). */
function wholeCountedMs(c: Contribution): number | undefined {
  const countedMs = c.countedMs
  if (countedMs !== c.inPeriodMs || !isOne(c.weight)) return undefined
  // Aligned to clock minutes, its time may be the same as logged and yet counted only in part.
  const alignedMs = contributionAlignedMs(c)
  return alignedMs === undefined || alignedMs === countedMs ? countedMs : undefined
}

// Made once for each formatter (a report's language and zone); null when a sentence cannot be cut.
const incidentLinesOf = new WeakMap<Formatter, IncidentLines | null>()

function incidentLines(f: Formatter): IncidentLines | null {
  let lines = incidentLinesOf.get(f)
  if (lines === undefined) {
    const m = f.m
    const line = cutSentence(m.contribution.line, { incident: '', impact: '', cause: '', range: '', status: '', reason: '' }, ['incident', 'impact', 'cause', 'range', 'status', 'reason'])
    const range = cutSentence((a: { start: string; end: string }) => m.range(a.start, a.end), { start: '', end: '' }, ['start', 'end'])
    lines = line && range ? new IncidentLines(f, line, range) : null
    incidentLinesOf.set(f, lines)
  }
  return lines
}

/** The tone of a contribution in a list. */
export function contributionTone(c: Contribution): Span['tone'] {
  return c.status === 'counted' ? 'bad' : 'muted'
}

/** A percentage exact up to 12 significant digits, as the library's sentences write it. */
function pct(f: Formatter, d: DecimalBase): string {
  return f.percent(new Decimal(d).toSignificantDigits(12))
}

/** The arithmetic of an availability report, from its steps: period, downtime, exclusions, the formula, rounding. */
export function availabilityTrail(f: Formatter, report: AvailabilityReport, element: string | null, steps: readonly AvailabilityStep[] = report.steps): string[] {
  const m = f.m
  const lines: string[] = []
  for (const step of steps) {
    switch (step.kind) {
      case 'period': {
        const p = report.period
        lines.push(m.trail.period({ label: f.periodName(p), zone: step.timeZone, range: f.range(p.start, p.end), duration: f.duration(step.durationMs), ms: f.ms(step.durationMs) }))
        break
      }
      case 'window':
        lines.push(
          m.trail.window({
            hours: step.hours,
            inService: step.inServiceAtLeast ?? null,
            service: f.duration(step.serviceMs),
            maintenance: step.maintenance.length ? { duration: f.duration(step.scheduledMaintenanceMs), schedule: step.maintenance.join('; ') } : null,
            measured: f.duration(step.windowMs),
            ms: f.ms(step.windowMs),
          }),
        )
        break
      case 'downtime':
        lines.push(
          m.trail.downtime({ element, duration: f.duration(step.downtime.toNumber()), ms: f.number(step.downtime), counted: step.counted.length, others: step.notCounted.length }),
        )
        break
      case 'excluded':
        lines.push(m.trail.excluded({ duration: f.duration(step.excludedMs), ms: f.ms(step.excludedMs), asAvailable: step.treatment === 'as-available' }))
        break
      case 'split':
        lines.push(
          m.trail.split({
            planned: f.duration(step.plannedMs),
            scheduled: f.duration(step.scheduledMs),
            maintenance: f.duration(step.maintenanceIncidentsMs),
            unplanned: f.duration(step.unplannedMs),
            total: f.duration(step.totalMs),
          }),
        )
        break
      case 'unobserved':
        lines.push(m.trail.unobserved({ duration: f.duration(step.unobservedMs), ms: f.ms(step.unobservedMs) }))
        break
      case 'whole-period-excluded':
        lines.push(m.trail.wholePeriodExcluded)
        break
      case 'formula':
        lines.push(m.trail.formula({ measured: f.ms(step.measuredMs), downtime: f.number(step.downtime), result: pct(f, step.exactAvailability) }))
        break
      case 'rounded':
        lines.push(m.trail.rounded({ result: f.percent(step.availability) }))
        break
      case 'open':
        // Said below, for the incidents still open that count, rather than for any open incident.
        break
    }
  }
  if (report.open && report.asOf) lines.push(m.trail.open({ asOf: f.dateTime(report.asOf) }))
  return lines
}

/** True when the commitment behind a credit makes it the sole remedy. */
export function isSoleRemedy(credit: Credit): boolean {
  return credit.steps.some((s) => s.kind === 'sole-remedy')
}

/**
 * The arithmetic of a credit, from its steps: what each part gave, how they combine, the cap, the
 * rounding, the sole remedy. `breaches` counts the breached guarantees by kind, when known.
 */
export function creditTrail(f: Formatter, credit: Pick<Credit, 'steps'> & { readonly scale?: number | undefined }, breaches?: { gti: number; gtr: number }): string[] {
  const m = f.m
  const lines: string[] = []
  const capped = (line: string, cappedAt: Decimal | null) => (cappedAt ? `${line} ${m.credit.partCapped({ percent: pct(f, cappedAt) })}` : line)
  let parts = new Decimal(0)
  for (const step of credit.steps) {
    switch (step.kind) {
      case 'band':
        lines.push(m.credit.inBand({ availability: pct(f, step.availability), band: f.band(step.tier), percent: f.percent(step.percent) }))
        parts = parts.plus(step.percent)
        break
      case 'above-bands':
        lines.push(m.credit.aboveBands({ availability: pct(f, step.availability) }))
        break
      case 'per-duration': {
        const percent = step.cappedAt ?? step.percent
        const allowance = step.allowanceMs != null ? f.duration(step.allowanceMs) : null
        if (allowance && step.exceeded === false) lines.push(m.credit.notExceeded({ downtime: f.duration(step.downtimeMs ?? 0), allowance }))
        else if (allowance && step.onceExceeded === 'all')
          lines.push(capped(m.credit.allCounts({ downtime: f.duration(step.excessMs), allowance, units: step.units, percent: pct(f, percent) }), step.cappedAt))
        else lines.push(capped(m.credit.perDuration({ units: step.units, percent: pct(f, percent) }), step.cappedAt))
        parts = parts.plus(percent)
        break
      }
      case 'pro-rata': {
        if (step.met && step.availability && step.below) {
          lines.push(m.credit.proRataMet({ availability: pct(f, step.availability), below: f.percent(step.below) }))
          break
        }
        const percent = step.cappedAt ?? step.percent
        lines.push(capped(m.credit.proRata({ percent: pct(f, percent) }), step.cappedAt))
        parts = parts.plus(percent)
        break
      }
      case 'penalties': {
        const percent = step.cappedAt ?? step.percent
        lines.push(capped(m.credit.penalty({ kind: m.label[step.guarantee], breaches: breaches ? breaches[step.guarantee] : null, percent: pct(f, percent) }), step.cappedAt))
        parts = parts.plus(percent)
        break
      }
      case 'hourly-waiver':
        lines.push(
          m.credit.hourlyWaiver({
            hours: step.hours,
            moreThan: f.duration(step.moreThanMs),
            zone: step.timeZone,
            share: step.share.eq(1) ? null : f.number(step.share),
            percent: pct(f, step.percent),
            automatic: step.automatic,
          }),
        )
        parts = parts.plus(step.percent)
        break
      case 'on-remainder':
        lines.push(m.credit.onRemainder({ waived: pct(f, step.waived), others: pct(f, step.others), percent: pct(f, step.percent) }))
        parts = step.percent
        break
      case 'combined':
        // The larger of two figures, one of them 0, is also their sum: say the simpler.
        lines.push(step.rule === 'larger' && !step.percent.eq(parts) ? m.credit.larger({ percent: pct(f, step.percent) }) : m.credit.add({ percent: pct(f, step.percent) }))
        break
      case 'capped':
        lines.push(m.credit.capped({ cap: f.percent(step.cap) }))
        break
      case 'amount': {
        const exact =
          step.exactAmount.decimalPlaces() <= 12 ? f.money(step.exactAmount, step.currency, 'exact') : m.approx + f.money(step.exactAmount.toDecimalPlaces(12), step.currency, 'exact')
        lines.push(
          m.credit.formula({
            fee: f.money(step.fee, step.currency, 'exact'),
            percent: pct(f, step.percent),
            exact,
            rounding: m.rounding[step.rounding],
            amount: f.money(step.amount, step.currency, credit.scale),
          }),
        )
        break
      }
      case 'sole-remedy':
        lines.push(m.credit.soleRemedy)
        break
      case 'below-minimum':
        if (step.kept)
          lines.push(
            m.credit.belowMinimumKept({
              amount: f.money(step.amount, step.currency, credit.scale),
              minimum: f.money(step.minimum, step.currency, 'exact'),
              kept: f.money(step.kept, step.currency, credit.scale),
            }),
          )
        else lines.push(m.credit.belowMinimum({ amount: f.money(step.amount, step.currency, credit.scale), minimum: f.money(step.minimum, step.currency, 'exact') }))
        break
      case 'minimum-other-currency':
        lines.push(m.credit.minimumOtherCurrency({ minimum: f.money(step.minimum, step.minimumCurrency, 'exact'), currency: step.currency }))
        break
      case 'credit-base':
        lines.push(m.credit.creditBase(step.base))
        break
      case 'claim':
        lines.push(m.credit.claim({ window: step.window ?? null, days: step.days ?? null, procedure: step.procedure ?? null, automatic: step.automatic ?? false }))
        break
    }
  }
  return lines
}

/** Counts the breached outcomes of each guarantee among an element's incidents. */
export function breachCounts(guarantees: readonly IncidentGuarantees[]): { gti: number; gtr: number } {
  return {
    gti: guarantees.filter((g) => g.gti?.status === 'breached').length,
    gtr: guarantees.filter((g) => g.gtr?.status === 'breached').length,
  }
}

/** One GTI/GTR outcome, in the report's language, from its steps. */
export function guaranteeSentence(f: Formatter, o: GuaranteeOutcome, incident: string, impact: Impact, cause: Cause): string {
  const m = f.m
  const kind = m.label[o.kind]
  const words: string[] = []
  for (const step of o.steps) {
    switch (step.kind) {
      case 'excluded-cause':
      case 'impact-not-covered':
        words.push(m.guarantee.notApplicable({ kind, incident, impact: m.impacts[impact], cause: m.causes[cause] }))
        break
      case 'no-clock-start':
        words.push(m.guarantee.notEvaluable({ kind, incident }))
        break
      case 'met':
      case 'breached':
      case 'overdue':
      case 'pending': {
        const c = step.clock
        const base = { kind, incident, clock: f.dateTime(c.start), source: m.clockSources[c.source], deadline: f.dateTime(c.deadline) }
        if (step.kind === 'met')
          words.push(m.guarantee.met({ ...base, done: f.dateTime(step.doneAt), doneSource: m.doneSources[step.doneSource], elapsed: f.duration(step.elapsedBusinessMs) }))
        else if (step.kind === 'breached')
          words.push(
            m.guarantee.breachedDone({
              ...base,
              done: f.dateTime(step.doneAt),
              doneSource: m.doneSources[step.doneSource],
              late: f.duration(step.lateBusinessMs),
              lateWall: f.duration(step.lateWallMs),
            }),
          )
        else if (step.kind === 'overdue') words.push(m.guarantee.breachedOpen({ ...base, late: f.duration(step.lateBusinessMs) }))
        else words.push(m.guarantee.pending(base))
        break
      }
      case 'penalty':
      case 'no-penalty':
        // A penalty rule that comes to 0 % is, to the reader, no penalty.
        words.push(step.kind === 'penalty' && step.percent.gt(0) ? m.guarantee.penalty({ percent: pct(f, step.percent) }) : m.guarantee.noPenalty)
        break
      case 'restoration-as-intervention':
        words.push(m.guarantee.restorationAsIntervention)
        break
      case 'paused':
      case 'priority-target':
      case 'update':
        words.push(deskStepSentence(f, step, kind))
        break
    }
  }
  return words.join(' ')
}

/** A table cell summing up one guarantee over an element's incidents: `1 respectée, 1 non respectée`. */
export function guaranteeSummary(f: Formatter, guarantees: readonly IncidentGuarantees[], kind: 'gti' | 'gtr'): Inline {
  const outcomes = guarantees.map((g) => g[kind]).filter((o): o is GuaranteeOutcome => o !== undefined && o.status !== 'not-applicable')
  if (outcomes.length === 0) return f.m.none
  const parts: Span[] = []
  for (const status of ['met', 'breached', 'pending', 'not-evaluable'] as const) {
    const n = outcomes.filter((o) => o.status === status).length
    if (n === 0) continue
    const text = status === 'not-evaluable' ? `${n > 1 ? `${n} ` : ''}${f.m.guaranteeStatus[status]}` : outcomes.length === 1 ? f.m.guaranteeStatus[status] : f.m.guaranteeCount(status, n)
    if (parts.length) parts.push({ text: ', ' })
    parts.push({ text, tone: status === 'breached' ? 'bad' : status === 'met' ? 'good' : 'warn' })
  }
  return parts
}

/** A table cell for one guarantee outcome: `respectée`, `non respectée, 2 h de retard`. */
export function guaranteeCell(f: Formatter, o: GuaranteeOutcome | undefined, promised: boolean): Inline {
  if (!promised) return { text: f.m.guarantee.notPromised, tone: 'muted' }
  if (!o) return f.m.guaranteeStatus['not-applicable']
  if (o.status === 'breached') return { text: f.m.guarantee.cellLate({ late: f.roundedDuration(o.lateBusinessMs) }), tone: 'bad' }
  return { text: f.m.guaranteeStatus[o.status], tone: o.status === 'met' ? 'good' : o.status === 'pending' ? 'warn' : 'muted' }
}
