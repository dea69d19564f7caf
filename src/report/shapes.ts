/**
 * The JSON shapes of the reports' parts. Every key is always present (`null` when the value is absent),
 * in the order written here; every Decimal is a string of all its digits; every instant an ISO-8601 UTC
 * string; durations are milliseconds (numbers). Sentences under `explanation` and `reason` are the
 * library's own in English, and written from the same steps in a report of another language; those under
 * `text` and `trail` are in the report's language.
 */
import type { Decimal as DecimalBase } from 'decimal.js'
import {
  type AvailabilityReport,
  type Contribution,
  contributionEndMs,
  contributionStartMs,
  transientContributions,
  transientExplanation,
  transientReason,
  transientSteps,
} from '../availability/measure.js'
import { type AvailabilityStep } from '../availability/steps.js'
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
    start: new Date(contributionStartMs(c)).toISOString(),
    end: new Date(contributionEndMs(c)).toISOString(),
    open: c.open,
    inPeriodMs: c.inPeriodMs,
    countedMs: c.countedMs,
    weight: dec(c.weight),
    downtimeMs: c.downtimeMs,
    excludedMs: c.excludedMs,
    status: c.status,
    reason: f.m.lang === 'en' ? transientReason(c) : contributionReason(f, c, report),
    text: text ?? contributionLine(f, c, report),
  }
}

/** A number as JSON.stringify writes it. */
function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null'
}

/**
 * @internal A string as JSON.stringify writes it. Nearly every string of a report has nothing to escape, and is then
 * put between quotes as it is, without a pass of JSON.stringify over it; JSON.stringify writes any other.
 */
export function jsonString(s: string): string {
  return NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`
}

// What JSON.stringify escapes: quotes, backslashes, control characters and unpaired surrogates (any
// surrogate here: a pair is rare in a report and JSON.stringify writes it as it is).
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

/**
 * An instant as Date's toISOString writes it: the text of each minute made once, the seconds and
 * milliseconds from a table, so that a million incidents make no million Dates. Instants before 1970 or
 * after 9999 are written by Date itself.
 */
function iso(ms: number): string {
  if (!(ms >= 0 && ms < ISO_UNTIL)) return new Date(ms).toISOString()
  const minute = Math.floor(ms / 60_000)
  let head = isoMinutes.get(minute)
  if (head === undefined) {
    // Bounded: a month has 44,640 minutes.
    if (isoMinutes.size >= 65_536) isoMinutes.clear()
    isoMinutes.set(minute, (head = new Date(minute * 60_000).toISOString().slice(0, 17)))
  }
  const rest = ms - minute * 60_000
  let tail = isoTails[rest]
  if (tail === undefined) isoTails[rest] = tail = new Date(rest).toISOString().slice(17)
  return head + tail
}

// 10000-01-01T00:00:00Z, from which toISOString writes a sign and six digits of year.
const ISO_UNTIL = 253_402_300_800_000
const isoMinutes = new Map<number, string>()
// `ss.mmmZ` by milliseconds into the minute.
// By index rather than by key: read twice for each of a million incidents.
const isoTails = new Array<string | undefined>(60_000)

/**
 * A report's contributions as `JSON.stringify(contributions.map(contributionJson), null, 2)` writes them
 * at depth `indent` (the spaces before the line holding the list), key for key as {@link contributionJson}
 * makes them, without making the objects: a statement of a million incidents writes each incident's text at
 * once, with no object of fifteen fields for JSON.stringify to walk and the garbage collector to follow.
 * Impact, cause, status and weight are words and digits of the library's own: nothing in them to escape.
 * The text comes in pieces of {@link JSON_GROUP} contributions, each gathered in a list joined once: flat
 * strings, where adding them one by one would make a tree of a million small pieces that writing it out
 * has to walk, and small enough to be made and dropped in the young generation, where one string for an
 * element's hundred incidents would be a large object the system maps and unmaps each time.
 */
export function* contributionsJsonText(
  f: Formatter,
  r: AvailabilityReport,
  contributions: readonly Contribution[],
  lines: readonly string[] | undefined,
  indent: string,
  /** The lines already written as JSON strings, in the same order: the caller writes them in a list of their own too. */
  quoted?: readonly string[],
): Generator<string, void, undefined> {
  if (contributions.length === 0) {
    yield '[]'
    return
  }
  const i1 = `${indent}  `
  const i2 = `${i1}  `
  // Each key with the line break and indentation before it, and the quote that opens its value when it is text.
  const first = `\n${i1}{\n${i2}"index": `
  const next = `,\n${i1}{\n${i2}"index": `
  const kId = `,\n${i2}"id": `
  const kImpact = `,\n${i2}"impact": "`
  const kCause = `",\n${i2}"cause": "`
  const kStart = `",\n${i2}"start": "`
  const kEnd = `",\n${i2}"end": "`
  const kOpen = `",\n${i2}"open": `
  const kInPeriod = `,\n${i2}"inPeriodMs": `
  const kCounted = `,\n${i2}"countedMs": `
  const kWeight = `,\n${i2}"weight": "`
  const kDowntime = `",\n${i2}"downtimeMs": `
  const kExcluded = `,\n${i2}"excludedMs": `
  const kStatus = `,\n${i2}"status": "`
  const kReason = `",\n${i2}"reason": `
  const kText = `,\n${i2}"text": `
  const close = `\n${i1}}`
  const english = f.m.lang === 'en'
  let parts: string[] = ['[']
  for (let k = 0; k < contributions.length; k++) {
    const c = contributions[k]
    if (c === undefined) continue
    if (parts.length >= JSON_GROUP * 32) {
      yield parts.join('')
      parts = []
    }
    const id = c.id
    parts.push(
      k === 0 ? first : next,
      num(c.index),
      kId,
      id === undefined ? 'null' : jsonString(id),
      kImpact,
      c.impact,
      kCause,
      c.cause,
      kStart,
      iso(contributionStartMs(c)),
      kEnd,
      iso(contributionEndMs(c)),
      kOpen,
      c.open ? 'true' : 'false',
      kInPeriod,
      num(c.inPeriodMs),
      kCounted,
      num(c.countedMs),
      kWeight,
      dec(c.weight),
      kDowntime,
      num(c.downtimeMs),
      kExcluded,
      num(c.excludedMs),
      kStatus,
      c.status,
      kReason,
      jsonString(english ? transientReason(c) : contributionReason(f, c, r)),
      kText,
      quoted?.[k] ?? jsonString(lines?.[k] ?? contributionLine(f, c, r)),
      close,
    )
  }
  parts.push(`\n${indent}]`)
  yield parts.join('')
}

/** Contributions a piece of {@link contributionsJsonText} holds: some 30,000 characters. */
const JSON_GROUP = 32

/** A list of strings as `JSON.stringify(list, null, 2)` writes it at depth `indent`, in pieces as {@link contributionsJsonText}. */
export function* stringsJsonText(list: readonly string[], indent: string, quoted = false): Generator<string, void, undefined> {
  if (list.length === 0) {
    yield '[]'
    return
  }
  const sep = `,\n${indent}  `
  let parts: string[] = [`[\n${indent}  `]
  let k = 0
  for (const s of list) {
    if (k > 0 && k % (JSON_GROUP * 4) === 0) {
      yield parts.join('')
      parts = []
    }
    if (k++ > 0) parts.push(sep)
    parts.push(quoted ? s : jsonString(s))
  }
  parts.push(`\n${indent}]`)
  yield parts.join('')
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

/**
 * `lines`: each contribution's line, when the caller has written them already (a statement's trail has
 * them); `read`: the contributions and steps the caller has read already, in the same way. Read here, they
 * are not kept on the report: a statement written element by element does not keep every incident's figures.
 */
export function availabilityJson(
  f: Formatter,
  r: AvailabilityReport,
  lines?: readonly string[],
  read?: {
    readonly contributions: readonly Contribution[]
    readonly steps: readonly AvailabilityStep[]
    /** Stands in for the contributions, which the caller writes itself ({@link contributionsJsonText}). */
    readonly contributionsMark?: string
  },
): AvailabilityJson {
  const contributions = read?.contributions ?? transientContributions(r)
  const steps = read?.steps ?? transientSteps(r, contributions)
  return {
    percent: dec(r.availability),
    exactPercent: dec(r.exactAvailability),
    periodMs: r.periodMs,
    measuredMs: r.measuredMs,
    excludedMs: r.excludedMs,
    downtimeMs: dec(r.downtime),
    // Where the steps tell it, so that a statement with nothing planned writes the same JSON as before.
    ...(steps.some((s) => s.kind === 'split') && { split: { ...r.split } }),
    open: r.open,
    asOf: r.asOf ? r.asOf.toISOString() : null,
    exact: { downtimeUnits: r.exact.downtimeUnits, measuredUnits: r.exact.measuredUnits, scale: r.exact.scale },
    contributions: read?.contributionsMark !== undefined ? (read.contributionsMark as unknown as ContributionJson[]) : contributions.map((c, k) => contributionJson(f, c, r, lines?.[k])),
    explanation: f.m.lang === 'en' ? [...transientExplanation(r, steps)] : availabilityTrail(f, r, null, steps),
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
