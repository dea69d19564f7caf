/**
 * The JSON shapes of the reports' parts. Every key is always present (`null` when the value is absent),
 * in the order written here; every Decimal is a string of all its digits; every instant an ISO-8601 UTC
 * string; durations are milliseconds (numbers). Sentences under `explanation` and `reason` are the
 * library's own in English, and written from the same steps in a report of another language; those under
 * `text` and `trail` are in the report's language.
 */
import type { Decimal as DecimalBase } from 'decimal.js'
import { type AvailabilityReport, type Contribution } from '../availability/measure.js'
import { type Credit } from '../credits/credit.js'
import { currencyScale } from '../credits/money.js'
import { type Tier } from '../commitment/tiers.js'
import { type GuaranteeOutcome, type IncidentGuarantees } from '../guarantees/evaluate.js'
import { type Period } from '../time/period.js'
import { type Formatter } from './format.js'
import { availabilityTrail, contributionLine, contributionReason, creditTrail } from './sentences.js'

/** A Decimal, exactly: all its digits, no exponent. */
export function dec(d: DecimalBase): string {
  return d.toFixed()
}

/** An amount of money, exactly, with at least its currency's minor-unit decimals: `'12.00'`, `'0.999'`. */
export function money(d: DecimalBase, currency: string): string {
  return d.toFixed(Math.max(currencyScale(currency) ?? 2, d.decimalPlaces()))
}

/** A period. */
export interface PeriodJson {
  /** `2026-03`. */
  label: string
  start: string
  end: string
  timeZone: string
  durationMs: number
}

export function periodJson(p: Period): PeriodJson {
  return { label: p.label, start: p.start.toISOString(), end: p.end.toISOString(), timeZone: p.timeZone, durationMs: p.durationMs }
}

/** A band as the contract writes it. */
export interface BandJson {
  /** As the library writes it: `>= 99.0 and < 99.5`. */
  label: string
  /** In the report's language: `≥ 99,0 % et < 99,5 %`. */
  text: string
  lower: { value: string; inclusive: boolean } | null
  upper: { value: string; inclusive: boolean } | null
  /** Credit of the band, in percent of the fee. */
  credit: string
}

export function bandJson(f: Formatter, t: Tier): BandJson {
  return {
    label: t.label,
    text: f.band(t),
    lower: t.lower ? { value: t.lower.written, inclusive: t.lower.inclusive } : null,
    upper: t.upper ? { value: t.upper.written, inclusive: t.upper.inclusive } : null,
    credit: dec(t.credit),
  }
}

/** What one incident counted. */
export interface ContributionJson {
  /** Position of the incident in the log (0-based). */
  index: number
  id: string | null
  impact: string
  cause: string
  start: string
  end: string
  open: boolean
  inPeriodMs: number
  countedMs: number
  weight: string
  downtimeMs: number
  excludedMs: number
  /** `counted`, `overlapped`, `excluded`, `below-minimum`, `not-counted` or `empty`. */
  status: string
  /** The library's sentence (English), or its rendering in the report's language. */
  reason: string
  /** The same, in the report's language, with the incident's name and times. */
  text: string
}

/** `text`: the contribution's line, when the caller has written it already. */
export function contributionJson(f: Formatter, c: Contribution, report: AvailabilityReport, text?: string): ContributionJson {
  return {
    index: c.index,
    id: c.id ?? null,
    impact: c.impact,
    cause: c.cause,
    start: c.start.toISOString(),
    end: c.end.toISOString(),
    open: c.open,
    inPeriodMs: c.inPeriodMs,
    countedMs: c.countedMs,
    weight: dec(c.weight),
    downtimeMs: c.downtimeMs,
    excludedMs: c.excludedMs,
    status: c.status,
    reason: f.m.lang === 'en' ? c.reason : contributionReason(f, c, report),
    text: text ?? contributionLine(f, c, report),
  }
}

/** An availability report. */
export interface AvailabilityJson {
  /** The figure compared with the bands, in percent (rounded only if the commitment says so). */
  percent: string
  /** The exact figure. */
  exactPercent: string
  periodMs: number
  measuredMs: number
  excludedMs: number
  /** Weighted downtime, exact, in milliseconds (a string: it may have decimals). */
  downtimeMs: string
  /**
   * Planned downtime (scheduled maintenance and maintenance incidents) and unplanned downtime, wall-clock,
   * with their total (see `DowntimeSplit`): only with a measurement window or some planned time.
   */
  split?: { scheduledMs: number; maintenanceIncidentsMs: number; plannedMs: number; unplannedMs: number; totalMs: number }
  open: boolean
  asOf: string | null
  /** The exact fraction: availability = 100 × (measuredUnits − downtimeUnits) / measuredUnits; a unit is 1/scale ms. */
  exact: { downtimeUnits: number; measuredUnits: number; scale: number }
  contributions: ContributionJson[]
  /** The library's sentences (English), or their rendering in the report's language. */
  explanation: string[]
}

/** `lines`: each contribution's line, when the caller has written them already (a statement's trail has them). */
export function availabilityJson(f: Formatter, r: AvailabilityReport, lines?: readonly string[]): AvailabilityJson {
  return {
    percent: dec(r.availability),
    exactPercent: dec(r.exactAvailability),
    periodMs: r.periodMs,
    measuredMs: r.measuredMs,
    excludedMs: r.excludedMs,
    downtimeMs: dec(r.downtime),
    // Where the steps tell it, so that a statement with nothing planned writes the same JSON as before.
    ...(r.steps.some((s) => s.kind === 'split') && { split: { ...r.split } }),
    open: r.open,
    asOf: r.asOf ? r.asOf.toISOString() : null,
    exact: { downtimeUnits: r.exact.downtimeUnits, measuredUnits: r.exact.measuredUnits, scale: r.exact.scale },
    contributions: r.contributions.map((c, k) => contributionJson(f, c, r, lines?.[k])),
    explanation: f.m.lang === 'en' ? [...r.explanation] : availabilityTrail(f, r, null),
  }
}

/** A credit. */
export interface CreditJson {
  /** In percent of the fee, after every cap. */
  percent: string
  uncappedPercent: string
  /** Rounded once, to `scale` decimals. */
  amount: string
  exactAmount: string
  currency: string
  fee: { amount: string; currency: string }
  band: BandJson | null
  capped: boolean
  cap: string
  /** `half-up`, `half-even`, … */
  rounding: string
  scale: number
  parts: { model: string; percent: string; band: BandJson | null; units: number | null; capped: boolean; explanation: string }[]
  /** The library's sentences (English), or their rendering in the report's language. */
  explanation: string[]
}

export function creditJson(f: Formatter, c: Credit): CreditJson {
  return {
    percent: dec(c.percent),
    uncappedPercent: dec(c.uncappedPercent),
    amount: c.amount.toFixed(c.scale),
    exactAmount: money(c.exactAmount, c.currency),
    currency: c.currency,
    fee: { amount: money(c.fee.amount, c.fee.currency), currency: c.fee.currency },
    band: c.tier ? bandJson(f, c.tier) : null,
    capped: c.capped,
    cap: dec(c.cap),
    rounding: c.rounding,
    scale: c.scale,
    parts: c.parts.map((p) => ({
      model: p.model,
      percent: dec(p.percent),
      band: p.tier ? bandJson(f, p.tier) : null,
      units: p.units ?? null,
      capped: p.capped,
      explanation: f.m.lang === 'en' ? p.explanation : creditTrail(f, { steps: [p.step] }).join(' '),
    })),
    explanation: f.m.lang === 'en' ? [...c.explanation] : creditTrail(f, c),
  }
}

/** One GTI or GTR outcome. */
export interface OutcomeJson {
  kind: 'gti' | 'gtr'
  /** `met`, `breached`, `pending` or `not-applicable`. */
  status: string
  clockStart: string | null
  clockStartSource: string | null
  deadline: string | null
  doneAt: string | null
  doneAtSource: string | null
  elapsedBusinessMs: number | null
  elapsedWallMs: number | null
  lateBusinessMs: number
  lateWallMs: number
  penaltyPercent: string
  /** Only when the guarantee sets an update target: the update clock. */
  update?: { status: 'met' | 'breached' | 'pending'; within: string; withinMs: number; longestBusinessMs: number; longestFrom: string; longestTo: string; marginBusinessMs: number }
  /** The library's sentence (English); in a report of another language, `text`. */
  explanation: string
  /** The same, in the report's language. */
  text: string
}

/** `translated`: the report is not in English, so `explanation` is `text`, written from the same steps. */
export function outcomeJson(o: GuaranteeOutcome, text: string, translated = false): OutcomeJson {
  return {
    kind: o.kind,
    status: o.status,
    clockStart: o.clockStart ? o.clockStart.toISOString() : null,
    clockStartSource: o.clockStartSource,
    deadline: o.deadline ? o.deadline.toISOString() : null,
    doneAt: o.doneAt ? o.doneAt.toISOString() : null,
    doneAtSource: o.doneAtSource,
    elapsedBusinessMs: o.elapsedBusinessMs,
    elapsedWallMs: o.elapsedWallMs,
    lateBusinessMs: o.lateBusinessMs,
    lateWallMs: o.lateWallMs,
    penaltyPercent: dec(o.penaltyPercent),
    ...(o.update && { update: { ...o.update, longestFrom: o.update.longestFrom.toISOString(), longestTo: o.update.longestTo.toISOString() } }),
    explanation: translated ? text : o.explanation,
    text,
  }
}

/** The guarantees of one incident. */
export interface IncidentGuaranteesJson {
  index: number
  id: string | null
  impact: string
  cause: string
  elements: string[] | null
  gti: OutcomeJson | null
  gtr: OutcomeJson | null
}

export function incidentGuaranteesJson(g: IncidentGuarantees, text: (o: GuaranteeOutcome) => string, translated = false): IncidentGuaranteesJson {
  return {
    index: g.index,
    id: g.id ?? null,
    impact: g.impact,
    cause: g.cause,
    elements: g.elements ? [...g.elements] : null,
    gti: g.gti ? outcomeJson(g.gti, text(g.gti), translated) : null,
    gtr: g.gtr ? outcomeJson(g.gtr, text(g.gtr), translated) : null,
  }
}
