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
import { BATCH, type JsonBytes, type QuotedList, stringRoom, utf8, writeText } from './json-bytes.js'
import { availabilityTrail, contributionLine, contributionReason, creditTrail } from './sentences.js'
import { present } from '../errors.js'

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

/**
 * A contribution record's keys at one depth, as bytes: each with the line break and indentation before it
 * and the quote that opens its value when it is text. Runs of keys around values that repeat (impact and
 * cause, weight, status) are made once for each value met.
 */
class ContributionKeys {
  readonly first: Uint8Array
  readonly next: Uint8Array
  readonly id: Uint8Array
  readonly end: Uint8Array
  readonly openTrue: Uint8Array
  readonly openFalse: Uint8Array
  readonly counted: Uint8Array
  readonly excluded: Uint8Array
  readonly text: Uint8Array
  readonly last: Uint8Array
  /** The most any record takes besides its runs, id, reason and text. */
  readonly room: number
  readonly #i2: string
  readonly #impactCause = new Map<string, Map<string, Uint8Array>>()
  readonly #weight = new Map<DecimalBase, Uint8Array>()
  readonly #status = new Map<string, Uint8Array>()

  constructor(indent: string) {
    const i1 = `${indent}  `
    const i2 = (this.#i2 = `${i1}  `)
    this.first = utf8(`[\n${i1}{\n${i2}"index": `)
    this.next = utf8(`\n${i1}},\n${i1}{\n${i2}"index": `)
    this.id = utf8(`,\n${i2}"id": `)
    this.end = utf8(`",\n${i2}"end": "`)
    this.openTrue = utf8(`",\n${i2}"open": true,\n${i2}"inPeriodMs": `)
    this.openFalse = utf8(`",\n${i2}"open": false,\n${i2}"inPeriodMs": `)
    this.counted = utf8(`,\n${i2}"countedMs": `)
    this.excluded = utf8(`,\n${i2}"excludedMs": `)
    this.text = utf8(`,\n${i2}"text": `)
    this.last = utf8(`\n${i1}}\n${indent}]`)
    // The keys that are always there, `null`, and five numbers and two instants of at most 32 bytes (String()
    // of a number takes 24 at most, an instant of year ±275760 27): the runs, id, reason and text apart.
    this.room = [this.next, this.id, this.end, this.openFalse, this.counted, this.excluded, this.text, this.last].reduce((n, b) => n + b.length, 4 + 7 * 32)
  }

  // The last of each run asked for: incidents in a row mostly share them, found again without a lookup.
  #lastImpact = ''
  #lastCause = ''
  #lastImpactCause: Uint8Array = EMPTY
  #lastWeight: DecimalBase | undefined
  #lastWeightBytes: Uint8Array = EMPTY
  #lastStatus = ''
  #lastStatusBytes: Uint8Array = EMPTY

  /** From the impact's key to the start's opening quote. */
  impactCause(impact: string, cause: string): Uint8Array {
    if (impact === this.#lastImpact && cause === this.#lastCause) return this.#lastImpactCause
    this.#lastImpact = impact
    this.#lastCause = cause
    return (this.#lastImpactCause = this.#impactCauseOf(impact, cause))
  }

  #impactCauseOf(impact: string, cause: string): Uint8Array {
    let byCause = this.#impactCause.get(impact)
    if (byCause === undefined) this.#impactCause.set(impact, (byCause = new Map()))
    let b = byCause.get(cause)
    if (b === undefined) byCause.set(cause, (b = utf8(`,\n${this.#i2}"impact": ${JSON.stringify(impact)},\n${this.#i2}"cause": ${JSON.stringify(cause)},\n${this.#i2}"start": "`)))
    return b
  }

  /** From the counted time's end to the downtime's key. */
  weight(w: DecimalBase): Uint8Array {
    if (w === this.#lastWeight) return this.#lastWeightBytes
    this.#lastWeight = w
    return (this.#lastWeightBytes = this.#weightOf(w))
  }

  #weightOf(w: DecimalBase): Uint8Array {
    // A commitment's weights are a few Decimals every incident of an impact shares: known by identity (a
    // Decimal never changes). Weights made anew for each incident would not be: then the list starts again.
    let b = this.#weight.get(w)
    if (b === undefined) {
      if (this.#weight.size >= 64) this.#weight.clear()
      this.#weight.set(w, (b = utf8(`,\n${this.#i2}"weight": ${JSON.stringify(dec(w))},\n${this.#i2}"downtimeMs": `)))
    }
    return b
  }

  /** From the excluded time's end to the reason's key. */
  status(status: string): Uint8Array {
    if (status === this.#lastStatus) return this.#lastStatusBytes
    this.#lastStatus = status
    let b = this.#status.get(status)
    if (b === undefined) this.#status.set(status, (b = utf8(`,\n${this.#i2}"status": ${JSON.stringify(status)},\n${this.#i2}"reason": `)))
    return (this.#lastStatusBytes = b)
  }
}

// The keys of the last depth written at: every element of a statement holds its contributions at the same one.
let keys: ContributionKeys | undefined
let keysIndent = ''

/**
 * @internal A report's contributions as `JSON.stringify(contributions.map(contributionJson), null, 2)` writes
 * them at depth `indent` (the spaces before the line holding the list), key for key as {@link contributionJson}
 * makes them, written as bytes into `w` and handed over as each batch fills: a statement of a million
 * incidents writes each incident without an object of fifteen fields for JSON.stringify to walk, nor
 * thirty pieces of text to join and encode. `lines`: each contribution's line as a JSON string (its
 * `text`), encoded once by the caller, who writes it in its trail too.
 */
export function* contributionsJsonBytes(
  w: JsonBytes,
  f: Formatter,
  r: AvailabilityReport,
  contributions: readonly Contribution[],
  lines: QuotedList,
  indent: string,
): Generator<Uint8Array, void, undefined> {
  if (contributions.length === 0) {
    yield* writeText(w, '[]')
    return
  }
  if (keys === undefined || keysIndent !== indent) {
    keys = new ContributionKeys(indent)
    keysIndent = indent
  }
  const t = keys
  const english = f.m.lang === 'en'
  const n = contributions.length
  for (let k = 0; k < n; k++) {
    const c = present(contributions[k])
    const id = c.id
    const reason = english ? transientReason(c) : contributionReason(f, c, r)
    const impactCause = t.impactCause(c.impact, c.cause)
    const weight = t.weight(c.weight)
    const status = t.status(c.status)
    const room = t.room + impactCause.length + weight.length + status.length + (id === undefined ? 0 : stringRoom(id)) + stringRoom(reason) + lines.size(k)
    if (!w.fits(room)) {
      if (w.at > 0) yield w.take()
      w.reserve(room)
    }
    w.bytes(k === 0 ? t.first : t.next)
    w.number(c.index)
    w.bytes(t.id)
    if (id === undefined) w.bytes(NULL)
    else w.string(id)
    w.bytes(impactCause)
    w.instant(contributionStartMs(c))
    w.bytes(t.end)
    w.instant(contributionEndMs(c))
    w.bytes(c.open ? t.openTrue : t.openFalse)
    w.number(c.inPeriodMs)
    w.bytes(t.counted)
    w.number(c.countedMs)
    w.bytes(weight)
    w.number(c.downtimeMs)
    w.bytes(t.excluded)
    w.number(c.excludedMs)
    w.bytes(status)
    w.string(reason)
    w.bytes(t.text)
    lines.writeTo(w, k)
    if (k === n - 1) w.bytes(t.last)
    if (w.at >= BATCH) yield w.take()
  }
}

const NULL = /* @__PURE__ */ utf8('null')
const EMPTY = /* @__PURE__ */ new Uint8Array(0)

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
    /** Stands in for the contributions, which the caller writes itself ({@link contributionsJsonBytes}). */
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
