import { type ContributionStatus } from '../availability/measure.js'
import { availabilityEnglish } from '../availability/steps.js'
import { type RoundingMode } from '../commitment/rounding.js'
import { creditEnglish } from '../credits/steps.js'
import { type GuaranteeStatus } from '../guarantees/evaluate.js'
import { frenchClaimText } from '../offers/presets/sources/french.js'
import { type Cause, type Impact } from '../schema/commitment.js'
import { type Weekday } from '../time/calendar.js'

/** Languages the reports are written in. */
export type ReportLanguage = 'fr' | 'en'

/**
 * Every user-visible string of the reports, for one language. A translation is one object of this type:
 * labels are plain strings, sentences are functions of figures that are already formatted for the
 * language (numbers, amounts, durations, dates), so a translator only writes words and word order.
 */
export interface Messages {
  readonly lang: ReportLanguage
  /** BCP 47 locale given to `Intl` for numbers, amounts and dates. */
  readonly locale: string
  /** `' : '` in French (no-break space before the colon), `': '` in English. */
  readonly colon: string
  /** Between the last two items of a list: `' et '`, `' and '`. */
  readonly and: string
  /** In an empty table cell. */
  readonly none: string
  /** Before a figure rounded for display: `≈ `. */
  readonly approx: string
  readonly units: { readonly day: string; readonly hour: string; readonly minute: string; readonly second: string; readonly millisecond: string }
  readonly impacts: Readonly<Record<Impact, string>>
  readonly causes: Readonly<Record<Cause, string>>
  readonly statuses: Readonly<Record<ContributionStatus, string>>
  readonly guaranteeStatus: Readonly<Record<GuaranteeStatus, string>>
  readonly rounding: Readonly<Record<RoundingMode, string>>
  readonly clockSources: { readonly reportedAt: string; readonly detectedAt: string }
  readonly doneSources: { readonly interventionAt: string; readonly restoredAt: string; readonly end: string }
  readonly weekdays: Readonly<Record<Weekday, string>>
  readonly band: {
    readonly atLeast: string
    readonly above: string
    readonly below: string
    readonly atMost: string
    /** A band with no bound. */
    readonly any: string
    /** No band applies (availability above every band). */
    readonly none: string
    /** The range of a budget above every band. */
    readonly noCredit: string
  }
  /** Generic labels shared by several reports. */
  readonly label: {
    readonly availability: string
    readonly downtime: string
    readonly excluded: string
    readonly band: string
    readonly credit: string
    readonly amount: string
    readonly fee: string
    readonly gti: string
    readonly gtr: string
    readonly element: string
    readonly incident: string
    readonly compensation: string
    readonly clientLoss: string
    readonly cover: string
    readonly offer: string
    readonly currency: string
    readonly elements: string
    readonly fees: string
    readonly credits: string
    readonly credited: string
    readonly period: string
    readonly commitment: string
    readonly timeZoneShown: string
    readonly yes: string
    readonly no: string
    readonly explanation: string
    readonly originalExplanation: string
    readonly generatedBy: string
  }
  /** Incident label when it has no id: `incident n° 3`. */
  incidentNumber(n: number): string
  /** `du 01/03/2026 00:00 au 01/04/2026 00:00`. */
  range(start: string, end: string): string
  /** Several outcomes of a guarantee on one element: `1 respectée`, `2 non respectées`. */
  guaranteeCount(status: 'met' | 'breached' | 'pending', n: number): string

  readonly statement: {
    title(period: string): string
    readonly elementsHeading: string
    readonly totalsHeading: string
    readonly guaranteesHeading: string
    readonly explanationsHeading: string
    readonly incidentsHeading: string
    readonly arithmeticHeading: string
    readonly creditHeading: string
    readonly guaranteeOutcomesHeading: string
    readonly noElements: string
    readonly noIncident: string
    readonly noTrail: string
    unbilled(list: string): string
    readonly warningsHeading: string
    /** The section of the elements whose `from` / `until` cut the period short, and its columns. */
    readonly inService: { readonly heading: string; readonly from: string; readonly until: string; readonly time: string; readonly monthlyFee: string; readonly billedFee: string }
    /** `where` is the file, line or path of the row; `incident` its id or number. */
    skippedRow(a: { where: string; reason: string }): string
    /**
     * The later rows of a file skipped for the reason of the warning before: `count` of them, `shown` that
     * count written, `lines` their lines as ranges (each span worded by {@link lineSpan}).
     */
    sameReason(a: { count: number; shown: string; lines: string }): string
    /** Lines `from` to `to`, three or more in a row. */
    lineSpan(from: number, to: number): string
    notEvaluable(a: { kind: string; incident: string; where: string }): string
    unknownElement(a: { element: string; incidents: string; count: number; where: string }): string
    assumedFee(a: { elements: string; count: number }): string
    unknownFee(a: { elements: string; count: number }): string
    /** A credit amount that cannot be computed: the fee is unknown. */
    readonly unknownAmount: string
    unpriced(a: { elements: number; credited: number }): string
    /** `fees from the client list (3), the offer's price (1)`. */
    feeSources(list: string): string
    readonly feeSource: Readonly<Record<'given' | 'client-list' | 'option' | 'offer' | 'unknown', string>>
    openMeasured(asOf: string): string
    periodLine(name: string, zone: string, range: string, duration: string): string
    /**
     * `incidents` counts every incident the guarantee was looked at for, as the compliance table's
     * `Incidents` column does: met, breached, pending and those not judged (not applicable, not evaluable).
     */
    guaranteeStats(a: {
      kind: string
      incidents: number
      met: number
      breached: number
      pending: number
      notApplicable: number
      notEvaluable: number
      within: string | null
      mean: string | null
      p90: string | null
      meanWall: string | null
      p90Wall: string | null
    }): string
    /** `band` is null when no band applied (or the offer has none). */
    summary(a: { availability: string; downtime: string; band: string | null; credit: string; amount: string }): string
    chartsLimited(shown: number, total: number): string
  }

  /** Column headers of the credit notes CSV, in their order. */
  readonly creditNotes: readonly [
    client: string,
    element: string,
    service: string,
    period: string,
    fee: string,
    availability: string,
    band: string,
    creditPercent: string,
    creditAmount: string,
    currency: string,
    clause: string,
    claimDeadline: string,
  ]

  readonly chart: {
    readonly scaleTitle: string
    readonly timelineTitle: string
    readonly creditTitle: string
    readonly counted: string
    readonly excluded: string
    readonly notCounted: string
    readonly bandsFromCredits: string
    availabilityMarker(value: string): string
    creditBar(percent: string, amount: string): string
    readonly comparisonTitle: string
    /** Under the comparison chart. */
    readonly ownScale: string
    readonly lossBar: string
    /** The target on the availability scale: `objectif 99,5 %`. */
    target(bound: string): string
    /** On the budget chart: the downtime allowed before any credit. */
    allowed(duration: string): string
    readonly budgetTitle: string
    readonly simulationTitle: string
  }

  /** The arithmetic of an availability report, rebuilt from its fields. */
  readonly trail: {
    period(a: { label: string; zone: string; range: string; duration: string; ms: string }): string
    window(a: { hours: string; inService: number | null; service: string; maintenance: { duration: string; schedule: string } | null; measured: string; ms: string }): string
    downtime(a: { element: string | null; duration: string; ms: string; counted: number; others: number }): string
    excluded(a: { duration: string; ms: string; asAvailable: boolean }): string
    split(a: { planned: string; scheduled: string; maintenance: string; unplanned: string; total: string }): string
    unobserved(a: { duration: string; ms: string }): string
    readonly wholePeriodExcluded: string
    formula(a: { measured: string; downtime: string; result: string }): string
    rounded(a: { result: string }): string
    open(a: { asOf: string }): string
  }

  /** What an incident counted, rebuilt from its contribution's fields. */
  readonly contribution: {
    line(a: { incident: string; impact: string; cause: string; range: string; status: string; reason: string }): string
    /** After the range of an incident still open, measured up to `asOf`. */
    readonly stillOpen: string
    counted(a: { impact: string; duration: string; weight: string | null; weighted: string | null }): string
    countedPart(a: { impact: string; duration: string; inPeriod: string; weight: string | null; weighted: string | null }): string
    /**
     * Counted whole once aligned to clock minutes, which made its time `aligned` rather than its `inPeriod` as
     * logged: out to every minute it touches (`up`), or in to the whole minutes it holds.
     */
    countedAligned(a: { impact: string; inPeriod: string; aligned: string; up: boolean; weight: string | null; weighted: string | null }): string
    /** Counted in part of its `aligned` time, the rest under other incidents (see {@link countedAligned}). */
    countedPartAligned(a: { impact: string; duration: string; aligned: string; inPeriod: string; up: boolean; weight: string | null; weighted: string | null }): string
    excluded(a: { cause: string; duration: string; inPeriod: string; whole: boolean; asAvailable: boolean }): string
    belowMinimum(a: { duration: string }): string
    readonly noWholeMinute: string
    readonly empty: string
    overlapped(a: { duration: string }): string
    notCounted(a: { impact: string }): string
  }

  /** The credit, rebuilt from its fields. */
  readonly credit: {
    inBand(a: { availability: string; band: string; percent: string }): string
    aboveBands(a: { availability: string }): string
    perDuration(a: { units: number; percent: string }): string
    proRata(a: { percent: string }): string
    proRataMet(a: { availability: string; below: string }): string
    hourlyWaiver(a: { hours: number; moreThan: string; zone: string; share: string | null; percent: string; automatic: boolean }): string
    onRemainder(a: { waived: string; others: string; percent: string }): string
    penalty(a: { kind: string; breaches: number | null; percent: string }): string
    partCapped(a: { percent: string }): string
    add(a: { percent: string }): string
    larger(a: { percent: string }): string
    capped(a: { cap: string }): string
    formula(a: { fee: string; percent: string; exact: string; rounding: string; amount: string }): string
    readonly soleRemedy: string
    notExceeded(a: { downtime: string; allowance: string }): string
    allCounts(a: { downtime: string; allowance: string; units: number; percent: string }): string
    belowMinimum(a: { amount: string; minimum: string }): string
    belowMinimumKept(a: { amount: string; minimum: string; kept: string }): string
    minimumOtherCurrency(a: { minimum: string; currency: string }): string
    creditBase(base: 'affected' | 'service'): string
    claim(a: { window: string | null; days: number | null; procedure: string | null; automatic: boolean }): string
  }

  /** A GTI/GTR outcome, rebuilt from its fields. */
  readonly guarantee: {
    met(a: { kind: string; incident: string; clock: string; source: string; deadline: string; done: string; doneSource: string; elapsed: string }): string
    breachedDone(a: { kind: string; incident: string; clock: string; source: string; deadline: string; done: string; doneSource: string; late: string; lateWall: string }): string
    breachedOpen(a: { kind: string; incident: string; clock: string; source: string; deadline: string; late: string }): string
    pending(a: { kind: string; incident: string; clock: string; source: string; deadline: string }): string
    notApplicable(a: { kind: string; incident: string; impact: string; cause: string }): string
    notEvaluable(a: { kind: string; incident: string }): string
    penalty(a: { percent: string }): string
    readonly noPenalty: string
    readonly restorationAsIntervention: string
    /** Short form for a table cell: `non respectée, 1 h de retard`. */
    cellLate(a: { late: string }): string
    readonly notPromised: string
  }

  readonly comparison: {
    readonly title: string
    readonly scenariosHeading: string
    readonly detailsHeading: string
    scenarioFacts(a: { period: string; downtime: string; loss: string | null; lossPerHour: string | null }): string
    best(a: { offers: string; amount: string; cover: string | null; loss: string | null }): string
    worst(a: { offers: string; amount: string; cover: string | null }): string
    allEqual(a: { amount: string; cover: string | null }): string
    readonly noLoss: string
    readonly mixedCurrencies: string
    cellHeading(scenario: string, offer: string): string
    sourceConfidence(a: { offer: string; confidence: string }): string
    lossFormula(a: { hours: string; perHour: string; loss: string }): string
    coverFormula(a: { compensation: string; loss: string; cover: string }): string
    /** The scenario's incident, in a GTI/GTR sentence. */
    readonly theIncident: string
    /** The scenario the command line builds from an incident log: its name and description. */
    logScenario(a: { month: string; element: string | null; file: string; mostIncidents: boolean }): { name: string; description: string }
    /**
     * The standard scenarios (`standardScenarios()`), by id, in this language; used only when a scenario
     * still has the standard English name and description.
     */
    readonly standardScenarios: Readonly<Record<string, { readonly name: string; readonly description: string }>>
  }

  readonly catalogue: {
    readonly title: string
    readonly passedHeading: string
    readonly failedHeading: string
    readonly columns: {
      readonly offer: string
      readonly provider: string
      readonly structure: string
      readonly salaried: string
      readonly onCall: string
      readonly chatons: string
      readonly gti: string
      readonly gtr: string
      readonly credit: string
      readonly fee: string
      readonly passed: string
    }
    readonly structures: Readonly<Record<string, string>>
    readonly criteria: Readonly<Record<string, string>>
    readonly notSaid: string
    readonly passed: string
    readonly failed: string
    readonly noOffer: string
  }

  readonly budget: {
    title(period: string): string
    periodLine(a: { duration: string; ms: string }): string
    readonly columns: { readonly band: string; readonly credit: string; readonly range: string; readonly from: string; readonly to: string }
    upTo(max: string): string
    between(min: string, max: string): string
    beyond(min: string): string
    readonly never: string
    perDuration(a: { percent: string; count: 'started' | 'full'; unit: string; free: string | null; all: boolean }): string
    allowed(a: { duration: string }): string
    /** The steps of a budget in sentences: the period, then each band reached (`band` null for no credit). */
    explainPeriod(a: { period: string; duration: string; ms: string }): string
    explainBand(a: { band: string | null; range: string; credit: string }): string
  }

  readonly preset: {
    readonly listTitle: string
    readonly termsHeading: string
    readonly sourceHeading: string
    readonly clauseHeading: string
    readonly notesHeading: string
    readonly columns: { readonly preset: string; readonly terms: string; readonly guarantees: string; readonly date: string; readonly verified: string; readonly historical: string }
    readonly id: string
    readonly timeZone: string
    readonly description: string
    readonly measurement: string
    weights(a: { outage: string; partial: string; degraded: string }): string
    excludedCauses(list: string): string
    readonly exclusionsAsAvailable: string
    readonly exclusionsOutOfPeriod: string
    minimumOutage(d: string): string
    whileInService(atLeast: number): string
    readonly granularity: { readonly none: string; readonly 'minute-up': string; readonly 'minute-down': string }
    availabilityRounding(a: { decimals: number; mode: string }): string
    readonly noCredit: string
    tier(a: { band: string; percent: string }): string
    perDuration(a: { percent: string; count: 'started' | 'full'; unit: string; beyond: string | null; allowance?: string | null; all?: boolean; cap: string | null }): string
    minimumCredit(amount: string): string
    creditBase(base: 'affected' | 'service'): string
    claim(a: { window: string | null; days: number | null; procedure: string | null; automatic: boolean }): string
    readonly confidence: { readonly verified: string; readonly partly: string; readonly assumed: string }
    readonly confidenceShort: { readonly verified: string; readonly partly: string; readonly assumed: string }
    proRata(a: { multiplier: string; cap: string | null; below?: string | null }): string
    hourlyWaiver(a: { moreThan: string; zone: string; share: string | null; onRemainder: boolean; automatic: boolean }): string
    cap(percent: string): string
    readonly combineLarger: string
    readonly soleRemedy: string
    guarantee(a: { kind: string; within: string; calendar: string; clock: string; impacts: string | null }): string
    guaranteePenalty(a: { perBreach: string | null; perLate: string | null; cap: string | null }): string
    perLate(a: { percent: string; count: 'started' | 'full'; unit: string; clock: 'business' | 'wall-clock' }): string
    readonly noGuaranteePenalty: string
    readonly clockStartsAt: { readonly reported: string; readonly detected: string; readonly first: string }
    readonly calendar247: string
    calendarHours(a: { days: string; zone: string; holidays: string | null; closed: number }): string
    readonly sourceTitle: string
    readonly sourceUrl: string
    readonly sourceDate: string
    readonly sourceLanguage: string
    readonly historical: string
    readonly current: string
    readonly functionHolidays: string
  }
}

// A sentence starts with a capital, even when its first word is a month (`avril 2026` → `Avril 2026`).
const capital = (s: string): string => s.charAt(0).toLocaleUpperCase('fr-FR') + s.slice(1)

// French puts 0 and 1 in the singular.
const plural = (n: number, one: string, many: string): string => (n <= 1 ? one : many)

/**
 * `, 1 not judged (not applicable)` after a guarantee's counts, when some incidents were not judged: the
 * compliance table counts them in its own column, so the summary says them too and both add up the same.
 */
function notJudged(a: { notApplicable: number; notEvaluable: number }, judged: string, [notApplicable, notEvaluable]: readonly [string, string]): string {
  const n = a.notApplicable + a.notEvaluable
  if (n === 0) return ''
  const why =
    a.notApplicable === 0 ? notEvaluable : a.notEvaluable === 0 ? notApplicable : `${a.notApplicable} ${notApplicable}, ${a.notEvaluable} ${notEvaluable}`
  return `, ${n} ${judged} (${why})`
}

/** English; numbers, amounts and dates in the `en-GB` style (day/month/year, 24-hour clock, `€1.00`). */
const english = (): Messages => ({
  lang: 'en',
  locale: 'en-GB',
  colon: ': ',
  and: ' and ',
  none: '—',
  approx: '≈ ',
  units: { day: 'd', hour: 'h', minute: 'min', second: 's', millisecond: 'ms' },
  impacts: { outage: 'outage', partial: 'partial outage', degraded: 'degraded performance' },
  causes: { unplanned: 'unplanned', maintenance: 'maintenance', customer: 'caused by the customer', 'force-majeure': 'force majeure', 'third-party': 'third party' },
  statuses: {
    counted: 'counted',
    overlapped: 'overlapped',
    excluded: 'excluded',
    'below-minimum': 'below the minimum',
    'not-counted': 'not counted',
    empty: 'empty',
  },
  guaranteeStatus: { met: 'met', breached: 'breached', pending: 'pending', 'not-applicable': 'not applicable', 'not-evaluable': 'not evaluable' },
  rounding: {
    'half-up': 'half-up',
    'half-even': 'half-even',
    'half-down': 'half-down',
    up: 'up (away from zero)',
    down: 'down (towards zero)',
    ceil: 'up (ceiling)',
    floor: 'down (floor)',
  },
  clockSources: { reportedAt: 'report', detectedAt: 'detection' },
  doneSources: { interventionAt: 'intervention', restoredAt: 'restoration', end: 'end of the incident' },
  weekdays: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  band: { atLeast: '≥', above: '>', below: '<', atMost: '≤', any: 'any availability', none: 'no band', noCredit: 'no credit' },
  label: {
    availability: 'Availability',
    downtime: 'Downtime',
    excluded: 'Excluded',
    band: 'Band',
    credit: 'Credit',
    amount: 'Credit amount',
    fee: 'Fee',
    gti: 'GTI',
    gtr: 'GTR',
    element: 'Element',
    incident: 'Incident',
    compensation: 'Compensation',
    clientLoss: 'Client loss',
    cover: 'Cover',
    offer: 'Offer',
    currency: 'Currency',
    elements: 'Elements',
    fees: 'Fees',
    credits: 'Credits',
    credited: 'Credited',
    period: 'Period',
    commitment: 'Commitment',
    timeZoneShown: 'Times shown in',
    yes: 'yes',
    no: 'no',
    explanation: 'Explanation',
    originalExplanation: "The library's own explanation",
    generatedBy: 'Made with matou: every figure is recomputed from the incident log.',
  },
  incidentNumber: (n) => `incident #${n}`,
  range: (start, end) => `from ${start} to ${end}`,
  guaranteeCount: (status, n) => `${n} ${status === 'met' ? 'met' : status === 'breached' ? 'breached' : 'pending'}`,

  statement: {
    title: (period) => `Availability statement — ${period}`,
    elementsHeading: 'Elements',
    totalsHeading: 'Totals per currency',
    guaranteesHeading: 'GTI and GTR',
    explanationsHeading: 'Explanations',
    incidentsHeading: 'Incidents',
    arithmeticHeading: 'Availability',
    creditHeading: 'Credit',
    guaranteeOutcomesHeading: 'GTI and GTR',
    noElements: 'The statement has no element.',
    noIncident: 'No incident touched this element in the period.',
    noTrail: 'No element had an incident, a credit or a breach: there is nothing to explain.',
    unbilled: (list) => `Incidents name elements this statement does not bill (a typo, or a missing fee?): ${list}.`,
    warningsHeading: 'Warnings',
    inService: { heading: 'In service for part of the period', from: 'Measured from', until: 'Up to', time: 'Time in service', monthlyFee: 'Monthly fee', billedFee: 'Fee billed' },
    skippedRow: (a) => `Row skipped (${a.where}): ${a.reason}`,
    sameReason: (a) => `${a.count === 1 ? 'One more row' : `${a.shown} more rows`} skipped for the same reason: line${a.count === 1 ? '' : 's'} ${a.lines}.`,
    lineSpan: (from, to) => `${from}–${to}`,
    // The sentence first and where to look last: a warning starts with a capital, not with a file or a path.
    notEvaluable: (a) => `The ${a.kind} of ${a.incident} cannot be evaluated: neither reportedAt nor detectedAt starts its clock (${a.where}). It counts as neither met nor breached.`,
    unknownElement: (a) => `Element “${a.element}” is named by ${a.count === 1 ? a.incidents : `${a.count} incidents (${a.incidents})`} but is not billed: nothing is credited for it (${a.where}).`,
    assumedFee: (a) => `${a.count === 1 ? 'One element has' : `${a.count} elements have`} no fee of ${a.count === 1 ? 'its' : 'their'} own and ${a.count === 1 ? 'is' : 'are'} billed at the offer’s price: ${a.elements}.`,
    unknownFee: (a) => `${a.count === 1 ? 'One element has' : `${a.count} elements have`} no known fee, so ${a.count === 1 ? 'its' : 'their'} credit amount is unknown: ${a.elements}.`,
    unknownAmount: 'unknown',
    unpriced: (a) => `${a.elements} element${a.elements === 1 ? '' : 's'} without a known fee, ${a.credited} of them owed a credit of unknown amount.`,
    feeSources: (list) => `Fees from: ${list}`,
    feeSource: { given: 'the caller', 'client-list': 'the client list', option: 'the command line (--fee)', offer: 'the offer’s price', unknown: 'unknown' },
    openMeasured: (asOf) => `Open incidents measured up to ${asOf}`,
    periodLine: (name, zone, range, duration) => `${name} in ${zone}: ${range}, ${duration}.`,
    guaranteeStats: (a) =>
      `${a.kind}: ${a.incidents} incident${a.incidents === 1 ? '' : 's'}, ${a.met} met, ${a.breached} breached, ${a.pending} pending` +
      notJudged(a, 'not judged', ['not applicable', 'not evaluable']) +
      (a.within ? `; ${a.within} within the guaranteed time` : '') +
      (a.mean ? `; covered time to ${a.kind === 'GTI' ? 'intervention' : 'restoration'}: mean ${a.mean}, 90th percentile ${a.p90}` : '') +
      (a.meanWall ? ` (elapsed: mean ${a.meanWall}, 90th percentile ${a.p90Wall})` : '') +
      '.',
    summary: (a) => `Availability ${a.availability}, downtime ${a.downtime}, ${a.band === null ? 'no band' : `band ${a.band}`}: credit ${a.credit} = ${a.amount}.`,
    chartsLimited: (shown, total) => `Charts are drawn for the first ${shown} of ${total} explained elements.`,
  },

  creditNotes: ['client', 'element', 'service', 'period', 'fee', 'availability_percent', 'band', 'credit_percent', 'credit_amount', 'currency', 'clause', 'claim_deadline'],
  chart: {
    scaleTitle: 'Availability against the bands (one step per nine)',
    timelineTitle: 'Incidents over the period',
    creditTitle: 'Credit, in percent of the fee',
    counted: 'counted',
    excluded: 'excluded',
    notCounted: 'not counted',
    bandsFromCredits: 'Only the bands that applied this period are drawn.',
    availabilityMarker: (v) => `availability ${v}`,
    creditBar: (p, a) => `credit ${p} = ${a}`,
    comparisonTitle: 'Compensation against the client’s loss, per scenario',
    ownScale: 'Each scenario has its own scale.',
    lossBar: 'client loss',
    target: (b) => `target ${b}`,
    allowed: (d) => `${d} allowed`,
    budgetTitle: 'Downtime in the period, per band (the marked line: no credit up to there)',
    simulationTitle: 'Credits of a month, in percent of revenue',
  },

  trail: {
    period: (a) => `Period ${a.label} (${a.zone}): ${a.range}, ${a.duration} (${a.ms} ms).`,
    window: (a) =>
      `Measured only in service hours (${a.hours})${a.inService !== null ? ` while at least ${a.inService} elements run` : ''}: ${a.service}` +
      (a.maintenance ? `, less ${a.maintenance.duration} of scheduled maintenance (${a.maintenance.schedule})` : '') +
      `; ${a.measured} (${a.ms} ms) measured.`,
    downtime: (a) =>
      `Downtime${a.element ? ` of ${a.element}` : ''}: ${a.duration} (${a.ms} ms) from ${a.counted} incident${a.counted === 1 ? '' : 's'}` +
      (a.others ? `, ${a.others} other${a.others === 1 ? '' : 's'} not counted` : '') +
      '; overlaps count once.',
    excluded: (a) => `Excluded: ${a.duration} (${a.ms} ms), ${availabilityEnglish.treatment[a.asAvailable ? 'as-available' : 'out-of-period']}.`,
    split: (a) => `Planned downtime: ${a.planned} (scheduled maintenance ${a.scheduled}, maintenance incidents ${a.maintenance}); unplanned: ${a.unplanned}; total: ${a.total}.`,
    unobserved: (a) => `Without monitoring data: ${a.duration} (${a.ms} ms), removed from the period.`,
    wholePeriodExcluded: availabilityEnglish.wholePeriodExcluded,
    formula: (a) => availabilityEnglish.formula(a.measured, a.downtime, a.result),
    rounded: (a) => `Rounded as the commitment says: ${a.result}.`,
    open: (a) => `Incidents still open are measured up to ${a.asOf}.`,
  },

  contribution: {
    line: (a) => `${a.incident} (${a.impact}, ${a.cause}), ${a.range}: ${a.status} — ${a.reason}`,
    stillOpen: '(still open)',
    counted: (a) => `${a.impact} of ${a.duration} in the period${a.weight ? ` × ${a.weight} = ${a.weighted} of downtime` : ''}`,
    countedPart: (a) =>
      `${a.impact}: ${a.duration} counted of its ${a.inPeriod} in the period, the rest overlapping other incidents${a.weight ? `; × ${a.weight} = ${a.weighted} of downtime` : ''}`,
    countedAligned: (a) =>
      `${a.impact} of ${a.inPeriod} in the period, ${a.aligned} ${a.up ? 'aligned out to whole clock minutes' : 'in whole clock minutes only'}${a.weight ? ` × ${a.weight} = ${a.weighted} of downtime` : ''}`,
    countedPartAligned: (a) =>
      `${a.impact}: ${a.duration} counted of its ${a.aligned} ${a.up ? 'aligned out to whole clock minutes' : 'in whole clock minutes only'} (${a.inPeriod} in the period), the rest overlapping other incidents${a.weight ? `; × ${a.weight} = ${a.weighted} of downtime` : ''}`,
    excluded: (a) => {
      const how = availabilityEnglish.treatment[a.asAvailable ? 'as-available' : 'out-of-period']
      return a.whole
        ? `cause “${a.cause}” is excluded: ${a.duration} ${how}`
        : `cause “${a.cause}” is excluded: ${a.duration} of its ${a.inPeriod} ${how}, the rest already excluded under other incidents`
    },
    belowMinimum: (a) => `lasts ${a.duration}, less than the commitment's minimum outage`,
    noWholeMinute: availabilityEnglish.noWholeMinute,
    empty: availabilityEnglish.empty,
    overlapped: (a) => `its ${a.duration} were already counted under other incidents, or excluded`,
    notCounted: (a) => availabilityEnglish.notCounted(a.impact),
  },

  credit: {
    inBand: (a) => creditEnglish.inBand(a.availability, a.band, a.percent),
    aboveBands: (a) => creditEnglish.aboveBands(a.availability),
    perDuration: (a) => `${a.units} unit${a.units === 1 ? '' : 's'} of downtime → ${a.percent} of the fee.`,
    proRata: (a) => `In proportion to the downtime → ${a.percent} of the fee.`,
    proRataMet: (a) => creditEnglish.proRataMet(a.availability, a.below),
    hourlyWaiver: (a) =>
      `${a.hours} clock hour${a.hours === 1 ? '' : 's'} (${a.zone}) with more than ${a.moreThan} of downtime${a.share === null ? ' not charged' : `, ${a.share} of their fee each`} → ${a.percent} of the fee${a.automatic ? ', without a claim' : ''}.`,
    onRemainder: (a) => creditEnglish.onRemainder(a),
    penalty: (a) => `${a.kind} breached${a.breaches === null ? '' : ` ${a.breaches} time${a.breaches === 1 ? '' : 's'}`} → ${a.percent} of the fee.`,
    partCapped: (a) => creditEnglish.partCapped(a.percent),
    add: (a) => creditEnglish.add(a.percent),
    larger: (a) => creditEnglish.larger(a.percent),
    capped: (a) => creditEnglish.capped(a.cap),
    formula: (a) => creditEnglish.formula(a.fee, a.percent, a.exact, a.rounding, a.amount),
    soleRemedy: creditEnglish.soleRemedy,
    notExceeded: (a) => `${a.downtime} of downtime does not exceed the ${a.allowance} allowed → no credit.`,
    allCounts: (a) => `${a.downtime} of downtime, more than the ${a.allowance} allowed: all of it counts, ${a.units} unit${a.units === 1 ? '' : 's'} → ${a.percent} of the fee.`,
    belowMinimum: (a) => creditEnglish.belowMinimum(a.amount, a.minimum),
    belowMinimumKept: (a) => creditEnglish.belowMinimumKept(a.amount, a.minimum, a.kept),
    minimumOtherCurrency: (a) => creditEnglish.minimumOtherCurrency(a.minimum, a.currency),
    creditBase: (base) => creditEnglish.creditBase(base),
    claim: (a) =>
      creditEnglish.claim({
        ...(a.window !== null && { window: a.window }),
        ...(a.days !== null && { days: a.days }),
        ...(a.procedure !== null && { procedure: a.procedure }),
        automatic: a.automatic,
      }),
  },

  guarantee: {
    met: (a) =>
      `${a.kind} met for ${a.incident}: clock started at ${a.clock} (${a.source}), deadline ${a.deadline}; ${a.doneSource} at ${a.done}, after ${a.elapsed} of covered time.`,
    breachedDone: (a) =>
      `${a.kind} breached for ${a.incident}: clock started at ${a.clock} (${a.source}), deadline ${a.deadline}; ${a.doneSource} at ${a.done}, ${a.late} of covered time late (${a.lateWall} elapsed).`,
    breachedOpen: (a) =>
      `${a.kind} breached for ${a.incident}: clock started at ${a.clock} (${a.source}), deadline ${a.deadline}; nothing done yet, already ${a.late} of covered time late.`,
    pending: (a) => `${a.kind} pending for ${a.incident}: clock started at ${a.clock} (${a.source}), deadline ${a.deadline}; nothing done yet.`,
    notApplicable: (a) => `${a.kind} does not apply to ${a.incident} (${a.impact}, ${a.cause}).`,
    notEvaluable: (a) => `${a.kind} of ${a.incident} not evaluable: the incident has neither a report time nor a detection time, so its clock cannot start.`,
    penalty: (a) => `Penalty: ${a.percent} of the fee.`,
    noPenalty: 'No penalty.',
    restorationAsIntervention: 'No intervention was recorded: the restoration counts as the intervention.',
    cellLate: (a) => `breached, ${a.late} late (covered time)`,
    notPromised: 'not promised',
  },

  comparison: {
    title: 'Offers compared',
    scenariosHeading: 'Scenarios',
    detailsHeading: 'How each figure was found',
    scenarioFacts: (a) =>
      `${a.period}; the client's service is down or impaired for ${a.downtime}` +
      (a.loss ? `, which costs the client ${a.loss} (${a.lossPerHour} per hour)` : '') +
      '.',
    best: (a) => `Best cover: ${a.offers}, ${a.amount}${a.cover ? ` (${a.cover} of the ${a.loss} lost)` : ''}.`,
    worst: (a) => `Worst: ${a.offers}, ${a.amount}${a.cover ? ` (${a.cover})` : ''}.`,
    allEqual: (a) => `Every offer gives the same: ${a.amount}${a.cover ? ` (${a.cover} of the loss)` : ''}.`,
    noLoss: 'The client loses nothing in this scenario.',
    mixedCurrencies: 'The offers are priced in different currencies: their amounts are not ranked.',
    cellHeading: (s, o) => `${s} · ${o}`,
    sourceConfidence: (a) => `Terms of ${a.offer}: ${a.confidence}.`,
    lossFormula: (a) => `Client loss = ${a.hours}\u00a0h × ${a.perHour} = ${a.loss}.`,
    coverFormula: (a) => `Cover = ${a.compensation} / ${a.loss} = ${a.cover} of the loss.`,
    theIncident: 'the incident',
    logScenario: (a) => ({
      name: a.element ? `${a.month} log, ${a.element}` : `${a.month} log`,
      description: `The incidents of ${a.file} in ${a.month}${a.element ? ` that hit ${a.element}${a.mostIncidents ? ' (the element with the most incidents)' : ''}` : ''}.`,
    }),
    standardScenarios: {},
  },

  catalogue: {
    title: 'Offers, filtered',
    passedHeading: 'Offers that meet every criterion',
    failedHeading: 'Offers that miss a criterion',
    columns: {
      offer: 'Offer',
      provider: 'Provider',
      structure: 'Organisation',
      salaried: 'Salaried staff',
      onCall: 'On call',
      chatons: 'CHATONS',
      gti: 'GTI',
      gtr: 'GTR',
      credit: 'Availability credit',
      fee: 'Monthly fee',
      passed: 'Meets the criteria',
    },
    structures: {
      association: 'association',
      cooperative: 'cooperative',
      company: 'company',
      'volunteer-collective': 'volunteer collective',
      individual: 'individual',
      'public-body': 'public body',
    },
    criteria: {
      structure: 'organisation',
      salariedStaff: 'salaried staff',
      minStaff: 'staff count',
      onCall: 'on-call duty',
      chatons: 'CHATONS member',
      dataLocation: 'data location',
      gti: 'GTI',
      gtr: 'GTR',
      credit: 'availability credit',
      minTarget: 'availability target',
      maxFee: 'monthly fee',
      cover: 'cover of the client’s loss',
    },
    notSaid: 'not said',
    passed: 'yes',
    failed: 'no',
    noOffer: 'No offer to show.',
  },

  budget: {
    title: (period) => `Downtime budget — ${period}`,
    periodLine: (a) => `The period lasts ${a.duration} (${a.ms} ms). Downtime here is full outage, with nothing excluded.`,
    columns: { band: 'Band', credit: 'Credit', range: 'Downtime in the period', from: 'From (ms)', to: 'To (ms)' },
    upTo: (max) => `up to ${max}`,
    between: (min, max) => `${min} to ${max}`,
    beyond: (min) => `beyond ${min}`,
    never: 'never, in this period',
    perDuration: (a) =>
      `${a.percent} per ${a.count === 'started' ? 'started' : 'full'} ${a.unit} of downtime${a.free ? (a.all ? `, all of it once it exceeds ${a.free}` : ` beyond the first ${a.free}`) : ''}.`,
    allowed: (a) => `Most downtime without any credit: ${a.duration}.`,
    explainPeriod: (a) => `Period ${a.period}: ${a.duration} (${a.ms} ms).`,
    explainBand: (a) => `${a.band ?? 'No credit'}: downtime ${a.range} → ${a.credit} credit.`,
  },

  preset: {
    listTitle: 'Presets: real terms, with their sources',
    termsHeading: 'Terms',
    sourceHeading: 'Source',
    clauseHeading: 'The clause, as written',
    notesHeading: 'How the terms were read',
    columns: { preset: 'Preset', terms: 'Credit', guarantees: 'GTI / GTR', date: 'Date', verified: 'Verified', historical: 'Historical' },
    id: 'Id',
    timeZone: 'Months read in',
    description: 'Description',
    measurement: 'Measurement',
    weights: (a) => `weights: outage ${a.outage}, partial outage ${a.partial}, degraded performance ${a.degraded}`,
    excludedCauses: (list) => `excluded causes: ${list}`,
    exclusionsAsAvailable: 'excluded time counts as available',
    exclusionsOutOfPeriod: 'excluded time is removed from the period',
    minimumOutage: (d) => `incidents shorter than ${d} do not count`,
    whileInService: (n) => `measured only while at least ${n} elements run (their running stretches are needed)`,
    granularity: { none: 'measured to the millisecond', 'minute-up': 'every clock minute touched counts in full', 'minute-down': 'only whole clock minutes count' },
    availabilityRounding: (a) => `availability rounded ${a.mode} to ${a.decimals} decimal${a.decimals === 1 ? '' : 's'} before it is compared with the bands`,
    noCredit: 'No credit.',
    tier: (a) => `${a.band} → ${a.percent}`,
    perDuration: (a) =>
      `${a.percent} per ${a.count === 'started' ? 'started' : 'full'} ${a.unit} of downtime` +
      (a.beyond || a.allowance
        ? a.all
          ? `, all of it once it exceeds ${a.beyond ? `what ${a.beyond} allows` : a.allowance}`
          : ` beyond ${a.beyond ? `what ${a.beyond} allows` : `the first ${a.allowance}`}`
        : '') +
      (a.cap ? `, at most ${a.cap}` : ''),
    minimumCredit: (amount) => `A credit of less than ${amount} is not paid.`,
    creditBase: (base) => creditEnglish.creditBase(base),
    claim: (a) =>
      `${creditEnglish.claimTerms({
        ...(a.window !== null && { window: a.window }),
        ...(a.days !== null && { days: a.days }),
        ...(a.procedure !== null && { procedure: a.procedure }),
        automatic: a.automatic,
      })}.`,
    confidence: {
      verified: 'verified against the provider’s own text: every figure checked at the address and date recorded',
      partly: 'partly verified: some figures checked against the provider’s own text, others not (see the notes)',
      assumed: 'NOT verified: figures from a secondary copy or assumed (see the notes)',
    },
    confidenceShort: { verified: 'verified', partly: 'partly', assumed: 'assumed' },
    proRata: (a) => `in proportion to the downtime × ${a.multiplier}${a.below ? `, only when availability is below ${a.below}` : ''}${a.cap ? `, at most ${a.cap}` : ''}`,
    hourlyWaiver: (a) =>
      `each clock hour (${a.zone}) with more than ${a.moreThan} of downtime: ${a.share === null ? 'its part of the fee is not charged' : `${a.share} of its part of the fee`}${a.automatic ? ', without a claim' : ''}${a.onRemainder ? '; the other credits apply to the fee left' : ''}`,
    cap: (p) => `The credit is capped at ${p} of the fee.`,
    combineLarger: 'The larger of the availability credit and the guarantee penalties counts.',
    soleRemedy: 'The credit is the sole remedy: the client waives any other compensation.',
    guarantee: (a) => `${a.kind}: within ${a.within}, ${a.calendar}; the clock starts at ${a.clock}${a.impacts ? `; covers ${a.impacts}` : ''}.`,
    guaranteePenalty: (a) =>
      `Penalty: ${[a.perBreach ? `${a.perBreach} per breach` : null, a.perLate].filter(Boolean).join(' + ')}${a.cap ? `, at most ${a.cap} per period` : ''}.`,
    perLate: (a) => `${a.percent} per ${a.count === 'started' ? 'started' : 'full'} ${a.unit} late (${a.clock === 'business' ? 'covered time' : 'elapsed time'})`,
    noGuaranteePenalty: 'No penalty: a breach is reported, no credit follows.',
    clockStartsAt: { reported: 'the report', detected: 'the detection', first: 'the first of report and detection' },
    calendar247: 'round the clock (24/7)',
    calendarHours: (a) => `${a.days} (${a.zone})${a.holidays ? `, closed on holidays: ${a.holidays}` : ''}${a.closed ? `, ${a.closed} other closed date${a.closed === 1 ? '' : 's'}` : ''}`,
    sourceTitle: 'Title',
    sourceUrl: 'Address',
    sourceDate: 'Date',
    sourceLanguage: 'Language of the clause',
    historical: 'historical: no longer offered',
    current: 'current terms',
    functionHolidays: 'computed dates',
  },
})

/** French; numbers, amounts and dates in the `fr-FR` style (decimal comma, `1,00 €`, `10/03/2026 11:00`). */
const french = (): Messages => ({
  lang: 'fr',
  locale: 'fr-FR',
  colon: '\u00a0: ',
  and: ' et ',
  none: '—',
  approx: '≈\u00a0',
  units: { day: 'j', hour: 'h', minute: 'min', second: 's', millisecond: 'ms' },
  impacts: { outage: 'panne', partial: 'panne partielle', degraded: 'performances dégradées' },
  causes: { unplanned: 'imprévu', maintenance: 'maintenance', customer: 'du fait du client', 'force-majeure': 'force majeure', 'third-party': 'tiers' },
  statuses: {
    counted: 'compté',
    overlapped: 'déjà compté',
    excluded: 'exclu',
    'below-minimum': 'sous le minimum',
    'not-counted': 'non compté',
    empty: 'vide',
  },
  guaranteeStatus: { met: 'respectée', breached: 'non respectée', pending: 'en attente', 'not-applicable': 'sans objet', 'not-evaluable': 'non évaluable' },
  rounding: {
    'half-up': 'au plus proche (moitié vers le haut)',
    'half-even': 'au plus proche (moitié vers le pair)',
    'half-down': 'au plus proche (moitié vers le bas)',
    up: 'vers le haut (loin de zéro)',
    down: 'vers le bas (vers zéro)',
    ceil: 'à l’entier supérieur',
    floor: 'à l’entier inférieur',
  },
  clockSources: { reportedAt: 'signalement', detectedAt: 'détection' },
  doneSources: { interventionAt: 'intervention', restoredAt: 'rétablissement', end: 'fin de l’incident' },
  weekdays: { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.', sun: 'dim.' },
  band: { atLeast: '≥', above: '>', below: '<', atMost: '≤', any: 'toute disponibilité', none: 'aucun palier', noCredit: 'pas de crédit' },
  label: {
    availability: 'Taux de disponibilité',
    downtime: 'Indisponibilité',
    excluded: 'Temps exclu',
    band: 'Palier',
    credit: 'Crédit',
    amount: 'Montant du crédit',
    fee: 'Montant mensuel',
    gti: 'GTI',
    gtr: 'GTR',
    element: 'Élément',
    incident: 'Incident',
    compensation: 'Compensation',
    clientLoss: 'Perte du client',
    cover: 'Couverture',
    offer: 'Offre',
    currency: 'Devise',
    elements: 'Éléments',
    fees: 'Montants',
    credits: 'Crédits',
    credited: 'Crédités',
    period: 'Période',
    commitment: 'Engagement',
    timeZoneShown: 'Heures affichées en',
    yes: 'oui',
    no: 'non',
    explanation: 'Explication',
    originalExplanation: 'Explication d’origine de la bibliothèque (en anglais)',
    generatedBy: 'Produit avec matou : chaque chiffre est recalculé à partir du journal des incidents.',
  },
  incidentNumber: (n) => `incident n°\u00a0${n}`,
  range: (start, end) => `du ${start} au ${end}`,
  guaranteeCount: (status, n) =>
    `${n} ${status === 'met' ? plural(n, 'respectée', 'respectées') : status === 'breached' ? plural(n, 'non respectée', 'non respectées') : 'en attente'}`,

  statement: {
    title: (period) => `Relevé de disponibilité — ${period}`,
    elementsHeading: 'Éléments',
    totalsHeading: 'Totaux par devise',
    guaranteesHeading: 'GTI et GTR',
    explanationsHeading: 'Explications',
    incidentsHeading: 'Incidents',
    arithmeticHeading: 'Taux de disponibilité',
    creditHeading: 'Crédit',
    guaranteeOutcomesHeading: 'GTI et GTR',
    noElements: 'Le relevé ne compte aucun élément.',
    noIncident: 'Aucun incident n’a touché cet élément pendant la période.',
    noTrail: 'Aucun élément n’a eu d’incident, de crédit ni de garantie non respectée : rien à expliquer.',
    unbilled: (list) => `Des incidents nomment des éléments absents de ce relevé (faute de frappe, ou montant manquant ?)\u00a0: ${list}.`,
    warningsHeading: 'Avertissements',
    inService: { heading: 'En service une partie de la période', from: 'Mesuré du', until: 'Au', time: 'Temps en service', monthlyFee: 'Montant mensuel', billedFee: 'Montant facturé' },
    skippedRow: (a) => `Ligne écartée (${a.where})\u00a0: ${a.reason}`,
    sameReason: (a) => `${a.count === 1 ? 'Une autre ligne écartée' : `${a.shown} autres lignes écartées`} pour la même raison\u00a0: ${a.count === 1 ? 'ligne' : 'lignes'} ${a.lines}.`,
    lineSpan: (from, to) => `${from} à ${to}`,
    notEvaluable: (a) =>
      `La ${a.kind} de ${a.incident} ne peut pas être évaluée\u00a0: l’incident n’a ni heure de signalement ni heure de détection, son délai ne peut pas démarrer (${a.where}). Elle n’est comptée ni respectée ni non respectée.`,
    unknownElement: (a) =>
      `L’élément «\u00a0${a.element}\u00a0» est nommé par ${a.count === 1 ? a.incidents : `${a.count} incidents (${a.incidents})`} mais n’est pas facturé\u00a0: aucun crédit ne lui est compté (${a.where}).`,
    assumedFee: (a) => `${a.count === 1 ? 'Un élément n’a' : `${a.count} éléments n’ont`} pas de montant propre et ${a.count === 1 ? 'est facturé' : 'sont facturés'} au prix de l’offre\u00a0: ${a.elements}.`,
    unknownFee: (a) => `${a.count === 1 ? 'Un élément n’a' : `${a.count} éléments n’ont`} pas de montant connu, le montant du crédit est donc inconnu\u00a0: ${a.elements}.`,
    unknownAmount: 'inconnu',
    unpriced: (a) => `${a.elements} élément${a.elements > 1 ? 's' : ''} sans montant connu, dont ${a.credited} avec un crédit de montant inconnu.`,
    feeSources: (list) => `Origine des montants\u00a0: ${list}`,
    feeSource: { given: 'l’appel', 'client-list': 'la liste des clients', option: 'la ligne de commande (--fee)', offer: 'le prix de l’offre', unknown: 'inconnue' },
    openMeasured: (asOf) => `Incidents non clos mesurés jusqu’au ${asOf}`,
    periodLine: (name, zone, range, duration) => `${name}, fuseau ${zone}\u00a0: ${range}, soit ${duration}.`,
    guaranteeStats: (a) =>
      `${a.kind}\u00a0: ${a.incidents} incident${a.incidents > 1 ? 's' : ''}, ${a.met} ${plural(a.met, 'respectée', 'respectées')}, ${a.breached} ${plural(a.breached, 'non respectée', 'non respectées')}, ${a.pending} en attente` +
      notJudged(a, plural(a.notApplicable + a.notEvaluable, 'non jugée', 'non jugées'), ['sans objet', plural(a.notEvaluable, 'non évaluable', 'non évaluables')]) +
      (a.within ? `\u00a0; ${a.within} dans les délais` : '') +
      (a.mean ? `\u00a0; délai ${a.kind === 'GTI' ? 'd’intervention' : 'de rétablissement'} en heures couvertes\u00a0: moyenne ${a.mean}, 90e centile ${a.p90}` : '') +
      (a.meanWall ? ` (en temps écoulé\u00a0: moyenne ${a.meanWall}, 90e centile ${a.p90Wall})` : '') +
      '.',
    summary: (a) =>
      `Taux de disponibilité ${a.availability}, indisponibilité ${a.downtime}, ${a.band === null ? 'aucun palier' : `palier ${a.band}`}\u00a0: crédit de ${a.credit} = ${a.amount}.`,
    chartsLimited: (shown, total) => `Graphiques tracés pour les ${shown} premiers des ${total} éléments expliqués.`,
  },

  creditNotes: ['client', 'element', 'service', 'periode', 'montant_mensuel', 'disponibilite_pourcent', 'palier', 'credit_pourcent', 'montant_credit', 'devise', 'clause', 'date_limite_reclamation'],
  chart: {
    scaleTitle: 'Taux de disponibilité et paliers (un pas par « neuf »)',
    timelineTitle: 'Incidents sur la période',
    creditTitle: 'Crédit, en pourcentage du montant mensuel',
    counted: 'compté',
    excluded: 'exclu',
    notCounted: 'non compté',
    bandsFromCredits: 'Seuls les paliers appliqués pendant la période sont tracés.',
    availabilityMarker: (v) => `disponibilité ${v}`,
    creditBar: (p, a) => `crédit ${p} = ${a}`,
    comparisonTitle: 'Compensation et perte du client, par scénario',
    ownScale: 'Chaque scénario a sa propre échelle.',
    lossBar: 'perte du client',
    target: (b) => `objectif ${b}`,
    allowed: (d) => `${d} admis`,
    budgetTitle: 'Indisponibilité sur la période, par palier (la ligne marquée : pas de crédit jusque-là)',
    simulationTitle: 'Crédits d’un mois, en pourcentage du chiffre d’affaires',
  },

  trail: {
    period: (a) => `Période ${a.label} (${a.zone})\u00a0: ${a.range}, soit ${a.duration} (${a.ms} ms).`,
    window: (a) =>
      `Mesure limitée aux heures de service (${a.hours})${a.inService !== null ? `, tant qu’au moins ${a.inService} éléments fonctionnent` : ''}\u00a0: ${a.service}` +
      (a.maintenance ? `, moins ${a.maintenance.duration} de maintenance programmée (${a.maintenance.schedule})` : '') +
      `\u00a0; ${a.measured} (${a.ms} ms) mesurés.`,
    downtime: (a) =>
      `Indisponibilité${a.element ? ` de ${a.element}` : ''}\u00a0: ${a.duration} (${a.ms} ms), d’après ${a.counted} incident${a.counted > 1 ? 's' : ''} compté${a.counted > 1 ? 's' : ''}` +
      (a.others ? `, ${a.others} autre${a.others > 1 ? 's' : ''} non compté${a.others > 1 ? 's' : ''}` : '') +
      '\u00a0; les chevauchements ne comptent qu’une fois.',
    excluded: (a) => `Temps exclu\u00a0: ${a.duration} (${a.ms} ms), ${a.asAvailable ? 'compté comme disponible' : 'retiré de la période'}.`,
    split: (a) =>
      `Indisponibilité planifiée\u00a0: ${a.planned} (maintenance programmée ${a.scheduled}, incidents de maintenance ${a.maintenance})\u00a0; imprévue\u00a0: ${a.unplanned}\u00a0; total\u00a0: ${a.total}.`,
    unobserved: (a) => `Sans données de supervision\u00a0: ${a.duration} (${a.ms} ms), retirés de la période.`,
    wholePeriodExcluded: 'Toute la période est exclue\u00a0: le taux de disponibilité est pris égal à 100\u00a0%.',
    formula: (a) => `Taux de disponibilité = (${a.measured} − ${a.downtime}) / ${a.measured} × 100 = ${a.result}.`,
    rounded: (a) => `Arrondi comme le prévoit l’engagement\u00a0: ${a.result}.`,
    open: (a) => `Les incidents encore ouverts sont mesurés jusqu’au ${a.asOf}.`,
  },

  contribution: {
    line: (a) => `${a.incident} (${a.impact}, ${a.cause}), ${a.range}\u00a0: ${a.status} — ${a.reason}`,
    stillOpen: '(en cours)',
    counted: (a) => `${a.impact} de ${a.duration} dans la période${a.weight ? ` × ${a.weight} = ${a.weighted} d’indisponibilité` : ''}`,
    countedPart: (a) =>
      `${a.impact}\u00a0: compte pour ${a.duration} sur ses ${a.inPeriod} dans la période, le reste chevauchant d’autres incidents${a.weight ? `\u00a0; × ${a.weight} = ${a.weighted} d’indisponibilité` : ''}`,
    countedAligned: (a) =>
      `${a.impact} de ${a.inPeriod} dans la période, soit ${a.aligned} en minutes d’horloge entières${a.up ? ', arrondies vers l’extérieur' : ' seulement'}${a.weight ? ` × ${a.weight} = ${a.weighted} d’indisponibilité` : ''}`,
    countedPartAligned: (a) =>
      `${a.impact}\u00a0: compte pour ${a.duration} sur ses ${a.aligned} en minutes d’horloge entières${a.up ? ', arrondies vers l’extérieur' : ' seulement'} (${a.inPeriod} dans la période), le reste chevauchant d’autres incidents${a.weight ? `\u00a0; × ${a.weight} = ${a.weighted} d’indisponibilité` : ''}`,
    excluded: (a) =>
      a.whole
        ? `cause «\u00a0${a.cause}\u00a0» exclue\u00a0: ${a.duration} de temps ${a.asAvailable ? 'compté comme disponible' : 'retiré de la période'}`
        : `cause «\u00a0${a.cause}\u00a0» exclue\u00a0: ${a.duration} de temps sur ses ${a.inPeriod} ${a.asAvailable ? 'compté comme disponible' : 'retiré de la période'}, le reste déjà exclu au titre d’autres incidents`,
    belowMinimum: (a) => `dure ${a.duration}, moins que la durée minimale d’une panne selon l’engagement`,
    noWholeMinute: 'ne contient aucune minute entière, et seules les minutes entières comptent',
    empty: 'ne dure aucun temps dans la période',
    overlapped: (a) => `son temps (${a.duration}) était déjà compté au titre d’autres incidents, ou exclu`,
    notCounted: (a) => `«\u00a0${a.impact}\u00a0» compte pour 0 dans cet engagement`,
  },

  credit: {
    inBand: (a) => `Le taux de disponibilité ${a.availability} est dans le palier ${a.band} → crédit de ${a.percent} du montant mensuel.`,
    aboveBands: (a) => `Le taux de disponibilité ${a.availability} est au-dessus de tous les paliers → pas de crédit.`,
    perDuration: (a) => `${a.units} unité${a.units > 1 ? 's' : ''} d’indisponibilité → ${a.percent} du montant mensuel.`,
    proRata: (a) => `Au prorata de l’indisponibilité → ${a.percent} du montant mensuel.`,
    proRataMet: (a) => `Le taux de disponibilité ${a.availability} n’est pas sous ${a.below}\u00a0: pas de crédit.`,
    hourlyWaiver: (a) =>
      `${a.hours}\u00a0heure${a.hours > 1 ? 's' : ''} d’horloge (${a.zone}) avec plus de ${a.moreThan} d’indisponibilité${a.share === null ? ` non facturée${a.hours > 1 ? 's' : ''}` : `, ${a.share} de leur part du montant chacune`} → ${a.percent} du montant mensuel${a.automatic ? ', sans réclamation' : ''}.`,
    onRemainder: (a) =>
      `Les autres crédits portent sur le montant restant une fois les heures créditées\u00a0: ${a.waived} + ${a.others} × (100\u00a0% − ${a.waived}) = ${a.percent}.`,
    penalty: (a) =>
      `${a.kind} non respectée${a.breaches === null ? '' : ` ${a.breaches}\u00a0fois`} → pénalité de ${a.percent} du montant mensuel.`,
    partCapped: (a) => `Plafonné à ${a.percent}.`,
    add: (a) => `Les parts s’additionnent\u00a0: ${a.percent}.`,
    larger: (a) => `Le plus grand du crédit de disponibilité et des pénalités de garantie compte\u00a0: ${a.percent}.`,
    capped: (a) => `Le crédit est plafonné à ${a.cap} du montant mensuel.`,
    formula: (a) => `Crédit = ${a.fee} × ${a.percent} = ${a.exact}, arrondi ${a.rounding} à ${a.amount}.`,
    soleRemedy: 'Selon cet engagement, le crédit est le seul dédommagement\u00a0: le client renonce à toute autre indemnité.',
    notExceeded: (a) => `${a.downtime} d’indisponibilité, sans dépasser les ${a.allowance} admis → pas de crédit.`,
    allCounts: (a) =>
      `${a.downtime} d’indisponibilité, plus que les ${a.allowance} admis\u00a0: toute l’indisponibilité compte, ${a.units} unité${a.units > 1 ? 's' : ''} → ${a.percent} du montant mensuel.`,
    belowMinimum: (a) => `${a.amount} est moins que le plus petit crédit versé (${a.minimum})\u00a0: rien n’est versé.`,
    belowMinimumKept: (a) =>
      `${a.amount} est moins que le plus petit crédit versé (${a.minimum})\u00a0: cette part n’est pas versée\u00a0; les heures accordées sans réclamation donnent toujours ${a.kept}.`,
    minimumOtherCurrency: (a) => `Le plus petit crédit versé (${a.minimum}) est dans une autre devise que le montant mensuel (${a.currency})\u00a0: il n’a pas été appliqué.`,
    creditBase: (base) =>
      base === 'affected' ? 'Le crédit porte sur le montant de la seule ressource affectée.' : 'Le crédit porte sur le montant de tout le service.',
    claim: (a) =>
      a.automatic
        ? `Le crédit est accordé sans réclamation${a.procedure ? `\u00a0: ${frenchClaimText(a.procedure)}` : ''}.`
        : `À réclamer${a.window ? ` (${frenchClaimText(a.window)})` : ''}${a.days ? `, sous ${a.days}\u00a0jours` : ''}${a.procedure ? `\u00a0: ${frenchClaimText(a.procedure)}` : ''}\u00a0; la bibliothèque ne vérifie pas que la réclamation a été faite.`,
  },

  guarantee: {
    met: (a) =>
      `${a.kind} respectée pour ${a.incident}\u00a0: délai démarré le ${a.clock} (${a.source}), échéance le ${a.deadline}\u00a0; ${a.doneSource} le ${a.done}, après ${a.elapsed} de temps couvert.`,
    breachedDone: (a) =>
      `${a.kind} non respectée pour ${a.incident}\u00a0: délai démarré le ${a.clock} (${a.source}), échéance le ${a.deadline}\u00a0; ${a.doneSource} le ${a.done}, avec ${a.late} de retard en temps couvert (${a.lateWall} en temps écoulé).`,
    breachedOpen: (a) =>
      `${a.kind} non respectée pour ${a.incident}\u00a0: délai démarré le ${a.clock} (${a.source}), échéance le ${a.deadline}\u00a0; rien n’est encore fait, déjà ${a.late} de retard en temps couvert.`,
    pending: (a) => `${a.kind} en attente pour ${a.incident}\u00a0: délai démarré le ${a.clock} (${a.source}), échéance le ${a.deadline}\u00a0; rien n’est encore fait.`,
    notApplicable: (a) => `${a.kind} sans objet pour ${a.incident} (${a.impact}, ${a.cause}).`,
    notEvaluable: (a) => `${a.kind} de ${a.incident} non évaluable\u00a0: l’incident n’a ni heure de signalement ni heure de détection, son délai ne peut pas démarrer.`,
    penalty: (a) => `Pénalité\u00a0: ${a.percent} du montant mensuel.`,
    noPenalty: 'Aucune pénalité.',
    restorationAsIntervention: 'Aucune intervention n’est enregistrée\u00a0: le rétablissement compte comme intervention.',
    cellLate: (a) => `non respectée, ${a.late} de retard (temps couvert)`,
    notPromised: 'non promise',
  },

  comparison: {
    title: 'Comparaison des offres',
    scenariosHeading: 'Scénarios',
    detailsHeading: 'D’où vient chaque chiffre',
    scenarioFacts: (a) =>
      `${capital(a.period)}\u00a0; le service du client est coupé ou perturbé pendant ${a.downtime}` +
      (a.loss ? `, ce qui lui coûte ${a.loss} (${a.lossPerHour} de l’heure)` : '') +
      '.',
    best: (a) => `Meilleure couverture\u00a0: ${a.offers}, ${a.amount}${a.cover ? ` (${a.cover} des ${a.loss} perdus)` : ''}.`,
    worst: (a) => `La plus faible\u00a0: ${a.offers}, ${a.amount}${a.cover ? ` (${a.cover})` : ''}.`,
    allEqual: (a) => `Toutes les offres donnent autant\u00a0: ${a.amount}${a.cover ? ` (${a.cover} de la perte)` : ''}.`,
    noLoss: 'Le client ne perd rien dans ce scénario.',
    mixedCurrencies: 'Les offres sont dans des devises différentes\u00a0: leurs montants ne sont pas classés.',
    cellHeading: (s, o) => `${s} · ${o}`,
    // « de » elides before a vowel, as a French reader writes it: « Conditions d’AWS EC2 », « d’OVH ».
    sourceConfidence: (a) => `Conditions ${/^[aeiouyàâéèêîôûAEIOUYÀÂÉÈÊÎÔÛ]/.test(a.offer) ? 'd’' : 'de '}${a.offer}\u00a0: ${a.confidence}.`,
    lossFormula: (a) => `Perte du client = ${a.hours}\u00a0h × ${a.perHour} = ${a.loss}.`,
    coverFormula: (a) => `Couverture = ${a.compensation} / ${a.loss} = ${a.cover} de la perte.`,
    theIncident: 'l’incident',
    logScenario: (a) => ({
      name: a.element ? `Journal ${a.month}, ${a.element}` : `Journal ${a.month}`,
      description: `Les incidents de ${a.file} en ${a.month}${a.element ? ` qui ont touché ${a.element}${a.mostIncidents ? ' (l’élément qui en compte le plus)' : ''}` : ''}.`,
    }),
    standardScenarios: {
      'ordinary-month': {
        name: 'Un mois ordinaire',
        description: 'Une coupure de 20 minutes un mardi après-midi, vue par la supervision, réglée par l’admin de permanence.',
      },
      'outage-4h': {
        name: 'Une panne de 4 heures',
        description: 'Coupé de 10:00 à 14:00 un mardi\u00a0; signalé à 10:10, quelqu’un dessus à 11:00.',
      },
      'outage-2d': {
        name: 'Une panne de 2 jours',
        description: 'Une panne de stockage à 02:00 un mercredi, signalée à 07:45, prise en charge à 09:30, rétablie le vendredi à 02:00.',
      },
      'datacentre-fire': {
        name: 'Un incendie de centre de données',
        description: 'Le bâtiment brûle à 00:45 un mercredi\u00a0; tout le monde est dessus dans l’heure\u00a0; service rétabli au bout de 10 jours.',
      },
      'friday-evening': {
        name: 'Signalé un vendredi soir',
        description: 'Coupé à partir du vendredi 19:20, signalé à 19:30\u00a0; après une matinée chargée, l’équipe s’y met le lundi à 14:30 et rétablit à 16:00.',
      },
    },
  },

  catalogue: {
    title: 'Offres filtrées',
    passedHeading: 'Offres qui remplissent tous les critères',
    failedHeading: 'Offres auxquelles il manque un critère',
    columns: {
      offer: 'Offre',
      provider: 'Fournisseur',
      structure: 'Structure',
      salaried: 'Salariés',
      onCall: 'Astreinte',
      chatons: 'CHATONS',
      gti: 'GTI',
      gtr: 'GTR',
      credit: 'Crédit de disponibilité',
      fee: 'Montant mensuel',
      passed: 'Critères remplis',
    },
    structures: {
      association: 'association',
      cooperative: 'coopérative',
      company: 'entreprise',
      'volunteer-collective': 'collectif bénévole',
      individual: 'particulier',
      'public-body': 'organisme public',
    },
    criteria: {
      structure: 'structure',
      salariedStaff: 'salariés',
      minStaff: 'nombre de salariés',
      onCall: 'astreinte',
      chatons: 'membre des CHATONS',
      dataLocation: 'lieu des données',
      gti: 'GTI',
      gtr: 'GTR',
      credit: 'crédit de disponibilité',
      minTarget: 'objectif de disponibilité',
      maxFee: 'montant mensuel',
      cover: 'couverture de la perte du client',
    },
    notSaid: 'non précisé',
    passed: 'oui',
    failed: 'non',
    noOffer: 'Aucune offre à montrer.',
  },

  budget: {
    title: (period) => `Budget d’indisponibilité — ${period}`,
    periodLine: (a) => `La période dure ${a.duration} (${a.ms} ms). L’indisponibilité s’entend ici en panne totale, sans rien d’exclu.`,
    columns: { band: 'Palier', credit: 'Crédit', range: 'Indisponibilité sur la période', from: 'De (ms)', to: 'À (ms)' },
    upTo: (max) => `jusqu’à ${max}`,
    between: (min, max) => `de ${min} à ${max}`,
    beyond: (min) => `au-delà de ${min}`,
    never: 'jamais, sur cette période',
    perDuration: (a) =>
      `${a.percent} par ${a.unit} d’indisponibilité ${a.count === 'started' ? 'commencée' : 'complète'}${a.free ? (a.all ? `, toute l’indisponibilité dès qu’elle dépasse ${a.free}` : `, au-delà des ${a.free} premières`) : ''}.`,
    allowed: (a) => `Indisponibilité maximale sans crédit\u00a0: ${a.duration}.`,
    explainPeriod: (a) => `Période ${a.period}\u00a0: ${a.duration} (${a.ms} ms).`,
    explainBand: (a) => `Indisponibilité ${a.range}\u00a0: ${a.band ? `palier ${a.band}, crédit de ${a.credit}` : `aucun crédit (${a.credit})`}.`,
  },

  preset: {
    listTitle: 'Modèles\u00a0: des conditions réelles, avec leurs sources',
    termsHeading: 'Conditions',
    sourceHeading: 'Source',
    clauseHeading: 'La clause, telle qu’écrite',
    notesHeading: 'Comment les conditions ont été lues',
    columns: { preset: 'Modèle', terms: 'Crédit', guarantees: 'GTI / GTR', date: 'Date', verified: 'Vérifié', historical: 'Historique' },
    id: 'Identifiant',
    timeZone: 'Mois lus dans le fuseau',
    description: 'Description',
    measurement: 'Mesure',
    weights: (a) => `poids\u00a0: panne ${a.outage}, panne partielle ${a.partial}, performances dégradées ${a.degraded}`,
    excludedCauses: (list) => `causes exclues\u00a0: ${list}`,
    exclusionsAsAvailable: 'le temps exclu compte comme disponible',
    exclusionsOutOfPeriod: 'le temps exclu est retiré de la période',
    minimumOutage: (d) => `les incidents de moins de ${d} ne comptent pas`,
    whileInService: (n) => `mesure limitée au temps où au moins ${n} éléments fonctionnent (leurs périodes de fonctionnement sont nécessaires)`,
    granularity: { none: 'mesure à la milliseconde', 'minute-up': 'toute minute d’horloge touchée compte en entier', 'minute-down': 'seules les minutes d’horloge entières comptent' },
    availabilityRounding: (a) => `taux de disponibilité arrondi ${a.mode} à ${a.decimals} décimale${a.decimals > 1 ? 's' : ''} avant d’être comparé aux paliers`,
    noCredit: 'Aucun crédit.',
    tier: (a) => `${a.band} → ${a.percent}`,
    perDuration: (a) =>
      `${a.percent} par ${a.unit} d’indisponibilité ${a.count === 'started' ? 'commencée' : 'complète'}` +
      (a.beyond || a.allowance
        ? a.all
          ? `, toute l’indisponibilité dès qu’elle dépasse ${a.beyond ? `ce que permettent ${a.beyond}` : a.allowance}`
          : a.beyond
            ? `, au-delà de ce que permettent ${a.beyond}`
            : `, au-delà des ${a.allowance} premières`
        : '') +
      (a.cap ? `, au plus ${a.cap}` : ''),
    minimumCredit: (amount) => `Un crédit de moins de ${amount} n’est pas versé.`,
    creditBase: (base) =>
      base === 'affected' ? 'Le crédit porte sur le montant de la seule ressource affectée.' : 'Le crédit porte sur le montant de tout le service.',
    claim: (a) =>
      a.automatic
        ? `Le crédit est accordé sans réclamation${a.procedure ? `\u00a0: ${frenchClaimText(a.procedure)}` : ''}.`
        : `À réclamer${a.window ? ` (${frenchClaimText(a.window)})` : ''}${a.days ? `, sous ${a.days}\u00a0jours` : ''}${a.procedure ? `\u00a0: ${frenchClaimText(a.procedure)}` : ''}.`,
    confidence: {
      verified: 'vérifié sur le texte du fournisseur\u00a0: chaque chiffre relu à l’adresse et à la date indiquées',
      partly: 'vérifié en partie\u00a0: certains chiffres relus sur le texte du fournisseur, d’autres non (voir les notes)',
      assumed: 'NON vérifié\u00a0: chiffres d’une copie de seconde main ou supposés (voir les notes)',
    },
    confidenceShort: { verified: 'vérifié', partly: 'en partie', assumed: 'supposé' },
    proRata: (a) => `au prorata de l’indisponibilité × ${a.multiplier}${a.below ? `, seulement sous ${a.below} de disponibilité` : ''}${a.cap ? `, au plus ${a.cap}` : ''}`,
    hourlyWaiver: (a) =>
      `chaque heure d’horloge (${a.zone}) avec plus de ${a.moreThan} d’indisponibilité\u00a0: ${a.share === null ? 'sa part du montant n’est pas facturée' : `${a.share} de sa part du montant`}${a.automatic ? ', sans réclamation' : ''}${a.onRemainder ? '\u00a0; les autres crédits portent sur le montant restant' : ''}`,
    cap: (p) => `Le crédit est plafonné à ${p} du montant mensuel.`,
    combineLarger: 'Le plus grand du crédit de disponibilité et des pénalités de garantie compte.',
    soleRemedy: 'Le crédit est le seul dédommagement\u00a0: le client renonce à toute autre indemnité.',
    guarantee: (a) => `${a.kind}\u00a0: sous ${a.within}, ${a.calendar}\u00a0; le délai court à partir ${a.clock}${a.impacts ? `\u00a0; couvre\u00a0: ${a.impacts}` : ''}.`,
    guaranteePenalty: (a) =>
      `Pénalité\u00a0: ${[a.perBreach ? `${a.perBreach} par manquement` : null, a.perLate].filter(Boolean).join(' + ')}${a.cap ? `, au plus ${a.cap} par période` : ''}.`,
    perLate: (a) =>
      `${a.percent} par ${a.unit} de retard ${a.count === 'started' ? 'commencée' : 'complète'} (${a.clock === 'business' ? 'en temps couvert' : 'en temps écoulé'})`,
    noGuaranteePenalty: 'Aucune pénalité\u00a0: un manquement est signalé, aucun crédit ne suit.',
    clockStartsAt: { reported: 'du signalement', detected: 'de la détection', first: 'du premier du signalement et de la détection' },
    calendar247: '24 h/24, 7 j/7',
    calendarHours: (a) =>
      `${a.days} (${a.zone})${a.holidays ? `, fermé les jours fériés\u00a0: ${a.holidays}` : ''}${a.closed ? `, ${a.closed} autre${a.closed > 1 ? 's' : ''} date${a.closed > 1 ? 's' : ''} de fermeture` : ''}`,
    sourceTitle: 'Titre',
    sourceUrl: 'Adresse',
    sourceDate: 'Date',
    sourceLanguage: 'Langue de la clause',
    historical: 'historique\u00a0: n’est plus proposé',
    current: 'conditions actuelles',
    functionHolidays: 'dates calculées',
  },
})

/**
 * The dictionary of a language.
 *
 * @example
 * messagesFor('fr').locale // 'fr-FR'
 * messagesFor('fr').and // ' et '
 */
export function messagesFor(lang: ReportLanguage): Messages {
  // Built on first use: the dictionaries are a large part of the core, and a bundle that renders no
  // report must not keep them.
  return lang === 'fr' ? (frenchMessages ??= french()) : (englishMessages ??= english())
}

let englishMessages: Messages | undefined
let frenchMessages: Messages | undefined
