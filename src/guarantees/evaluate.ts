import { type Commitment, type CommitmentLike, type Guarantee, readCommitment } from '../commitment/commitment.js'
import { Decimal } from '../decimal.js'
import { IssueList } from '../errors.js'
import { causeOf, elementsOf, idOf, impactOf, type IncidentTable, instantAt, isOpen, readIncidents } from '../incidents/normalise.js'
import { type Cause, type Impact } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { coverageOf } from '../time/calendar.js'
import { type Coverage, coveredBetween } from '../time/coverage.js'
import { pausedCovered, pausedDeadline, pausedWall, pauseMask, pauseSpans, type PauseSpan, targetDeadline } from './clock.js'
import { priorityOf } from '../incidents/service-desk.js'
import { type GuaranteeTarget } from '../commitment/service-desk.js'
import { type ClientBook, clientKeyOf, type ClientTarget, type ClientTerms, readClientBook } from './clients.js'
import { type InstantLike, readInstant } from '../time/instant.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'
import { type DoneSource, type GuaranteeClock, guaranteeSentence, type GuaranteeStep } from './steps.js'
import { type UpdateFigures, updateOutcome } from './update-clock.js'

/** Where a guarantee stands for one incident. */
export type GuaranteeStatus =
  /** Done within the guaranteed time. */
  | 'met'
  /** Done late, or not done and already late at `asOf`. */
  | 'breached'
  /** Not done yet, and not yet due at `asOf` (or no `asOf` given). */
  | 'pending'
  /** The guarantee does not cover this incident (excluded cause, or an impact it does not cover). */
  | 'not-applicable'
  /** The guarantee covers it but its clock cannot start: the incident has neither `reportedAt` nor `detectedAt`. */
  | 'not-evaluable'

/** One guarantee evaluated on one incident, with its arithmetic. */
export interface GuaranteeOutcome {
  readonly kind: 'gti' | 'gtr'
  readonly status: GuaranteeStatus
  /** When the clock started, and which instant of the incident started it. */
  readonly clockStart: Date | null
  readonly clockStartSource: 'reportedAt' | 'detectedAt' | null
  /** The instant by which it had to be done. */
  readonly deadline: Date | null
  /** When it was done: first intervention (GTI) or restoration (GTR); null when not yet. */
  readonly doneAt: Date | null
  /** Where `doneAt` came from: `interventionAt`, `restoredAt`, or `end`. */
  readonly doneAtSource: 'interventionAt' | 'restoredAt' | 'end' | null
  /** Time from clock start to done (or to `asOf` when not done): covered and elapsed. */
  readonly elapsedBusinessMs: number | null
  readonly elapsedWallMs: number | null
  /** How late, covered and elapsed; 0 when met or pending. */
  readonly lateBusinessMs: number
  readonly lateWallMs: number
  /** Penalty in percent of the fee, before the guarantee's cap over the period. */
  readonly penaltyPercent: Decimal
  /**
   * Time the clock stood still (statuses or waits the guarantee pauses on) between its start and when it
   * was read, covered and elapsed; the elapsed and late figures above leave it out. 0 without pauses.
   */
  readonly pausedBusinessMs: number
  readonly pausedWallMs: number
  /**
   * How far ahead of its deadline it was done, covered and elapsed; negative when late (for an overdue
   * one, as late as at `asOf`). Null while pending, and when not applicable or not evaluable.
   */
  readonly marginBusinessMs: number | null
  readonly marginWallMs: number | null
  /**
   * Not done at `asOf`: covered time left before the deadline, negative when already late. Null when done,
   * without `asOf`, and when not applicable or not evaluable.
   */
  readonly leftBusinessMs: number | null
  /** The update clock, when the guarantee sets an update target (`update: { within }`). */
  readonly update?: UpdateFigures
  /** Why, step by step, as data: what `report/` reads, in every language. */
  readonly steps: readonly GuaranteeStep[]
  /** Why, in English: one sentence per step. */
  readonly explanation: string
}

/** The guarantees of one incident. */
export interface IncidentGuarantees {
  /** Position of the incident in the list given. */
  readonly index: number
  readonly id?: string
  readonly impact: Impact
  readonly cause: Cause
  /** Elements it affects; null for every element. */
  readonly elements: readonly string[] | null
  /** The incident's priority, when it has one. */
  readonly priority?: string
  /** The incident's client: its own `client`, else the first of its elements the client list names. */
  readonly client?: string
  readonly gti?: GuaranteeOutcome
  readonly gtr?: GuaranteeOutcome
}

/** Figures over a set of incidents, for one guarantee. */
export interface GuaranteeStats {
  readonly kind: 'gti' | 'gtr'
  /** Incidents the guarantee covers. */
  readonly incidents: number
  readonly met: number
  readonly breached: number
  readonly pending: number
  /** `met / (met + breached)`, in percent; null when none is decided. */
  readonly withinPercent: Decimal | null
  /** Time to intervention (GTI) or restoration (GTR) of the decided incidents: mean and 90th percentile. */
  readonly meanBusinessMs: number | null
  readonly p90BusinessMs: number | null
  readonly meanWallMs: number | null
  readonly p90WallMs: number | null
}

/** What {@link evaluateGuarantees} returns. */
export interface GuaranteeReport {
  readonly asOf?: Date
  /** One entry per incident evaluated, in input order. */
  readonly incidents: readonly IncidentGuarantees[]
  readonly stats: { readonly gti?: GuaranteeStats; readonly gtr?: GuaranteeStats; readonly incidents: number }
}

/** Options of {@link evaluateGuarantees}. */
export interface GuaranteeOptions {
  /** A commitment with a `gti` and/or a `gtr`. */
  commitment: CommitmentLike
  incidents: readonly IncidentInput[]
  /** The instant of evaluation: what is not done by then is pending or, if past its deadline, breached. */
  asOf?: InstantLike
  /** Only incidents whose clock starts in this period (half-open) are evaluated. */
  period?: Period | PeriodLike
  /** Only incidents affecting this element (or every element) are evaluated. */
  element?: string
  /**
   * The clients, by id (an incident's `client`, or an element billed to the client), with the targets
   * each has of its own: `{ id: 'mairie', name: 'Mairie', gtr: { within: 'PT8H', calendar: '24/7' } }`.
   * An incident of a listed client takes, in order, the client's target for its priority, the client's
   * own target, the guarantee's target for its priority, the guarantee's own.
   */
  clients?: readonly ClientTerms[]
}

const ZERO = /* @__PURE__ */ new Decimal(0)

/** @internal When guarantee `g`'s clock starts for incident `i`; undefined without reportedAt nor detectedAt. */
export function clockStart(table: IncidentTable, i: number, g: Guarantee): ClockStart | undefined {
  const r = instantAt(table.reportedAt, i)
  const d = instantAt(table.detectedAt, i)
  const hasR = !Number.isNaN(r)
  const hasD = !Number.isNaN(d)
  if (g.clockStartsAt === 'first' && hasR && hasD) return r <= d ? { at: r, source: 'reportedAt' } : { at: d, source: 'detectedAt' }
  if (g.clockStartsAt === 'detected') {
    if (hasD) return { at: d, source: 'detectedAt' }
    if (hasR) return { at: r, source: 'reportedAt' }
  } else {
    if (hasR) return { at: r, source: 'reportedAt' }
    if (hasD) return { at: d, source: 'detectedAt' }
  }
  return undefined
}

/** @internal When a guarantee's clock starts, as {@link clockStart} says, without an object: NaN when it cannot. */
export function clockStartAt(table: IncidentTable, i: number, g: Guarantee): number {
  const r = instantAt(table.reportedAt, i)
  const d = instantAt(table.detectedAt, i)
  if (Number.isNaN(r)) return d
  if (Number.isNaN(d)) return r
  return g.clockStartsAt === 'first' ? Math.min(r, d) : g.clockStartsAt === 'detected' ? d : r
}

/** Where a guarantee was done: the intervention (GTI), the restoration, or the end; null when not yet. */
function doneSourceOf(table: IncidentTable, i: number, kind: 'gti' | 'gtr'): DoneSource | null {
  if (kind === 'gti' && !Number.isNaN(instantAt(table.interventionAt, i))) return 'interventionAt'
  if (!Number.isNaN(instantAt(table.restoredAt, i))) return 'restoredAt'
  // An open incident's end in the table is asOf, not a restoration.
  return isOpen(table, i) ? null : 'end'
}

function doneInstant(table: IncidentTable, i: number, source: DoneSource): number {
  return instantAt(source === 'interventionAt' ? table.interventionAt : source === 'restoredAt' ? table.restoredAt : table.end, i)
}

function lateUnits(lateMs: number, perMs: number, count: 'started' | 'full'): number {
  // Stryker disable next-line EqualityOperator,ConditionalExpression: lateness is never negative, and 0 late gives 0 units through the division too
  if (lateMs <= 0) return 0
  return count === 'started' ? Math.ceil(lateMs / perMs) : Math.floor(lateMs / perMs)
}

/** The target a guarantee sets for incident `i`: its client's, its priority's, or the guarantee's own. */
function targetOf(g: Guarantee, table: IncidentTable, i: number, client: { id: string; target: ClientTarget } | undefined): { target: GuaranteeTarget; step?: GuaranteeStep } {
  if (!g.byPriority && !client) return { target: g }
  const priority = priorityOf(table.desk, i)
  const clientPriority = priority === undefined ? undefined : client?.target.byPriority?.[priority]
  const fromClient = clientPriority ?? client?.target.own
  const own = priority === undefined ? undefined : g.byPriority?.[priority]
  const target = fromClient ?? own ?? g
  return {
    target,
    step: {
      kind: 'priority-target',
      guarantee: g.kind,
      priority: priority ?? null,
      own: fromClient ? clientPriority !== undefined : own !== undefined,
      within: target.within,
      calendar: target.calendar.label,
      ...(fromClient && client && { client: client.id }),
    },
  }
}

/** The target alone, as {@link targetOf} chooses it: no object per incident where no step is written. */
function targetFor(g: Guarantee, table: IncidentTable, i: number, client: { id: string; target: ClientTarget } | undefined): GuaranteeTarget {
  if (!g.byPriority && !client) return g
  const priority = priorityOf(table.desk, i)
  if (priority === undefined) return client?.target.own ?? g
  return client?.target.byPriority?.[priority] ?? client?.target.own ?? g.byPriority?.[priority] ?? g
}

/** A guarantee's clock start for one incident: the instant and which field gave it. */
export type ClockStart = { at: number; source: 'reportedAt' | 'detectedAt' }

/**
 * @internal The figures of one guarantee on one incident, as numbers: what the outcome objects and the
 * columns of {@link guaranteeColumns} are both made of, so that they cannot differ.
 */
export interface Judged {
  target: GuaranteeTarget
  targetStep: GuaranteeStep | undefined
  cov: Coverage
  /** The deadline without pauses, and with them. */
  base: number
  deadline: number
  spans: readonly PauseSpan[]
  /** Where and when it was done; null and NaN when not yet. */
  doneSource: DoneSource | null
  doneAt: number
  status: 'met' | 'breached' | 'pending'
  elapsedBusinessMs: number | null
  elapsedWallMs: number | null
  pausedBusinessMs: number
  pausedWallMs: number
  lateBusinessMs: number
  lateWallMs: number
  marginBusinessMs: number | null
  marginWallMs: number | null
  leftBusinessMs: number | null
}

/** @internal Judges one guarantee on one incident whose clock start is known. */
export function judge(
  g: Guarantee,
  table: IncidentTable,
  i: number,
  asOf: number | undefined,
  startAt: number,
  mask: Uint8Array | undefined,
  client: { id: string; target: ClientTarget } | undefined,
  withStep: boolean,
  // Filled in place when given: the columns judge a hundred thousand incidents into one.
  into?: Judged,
): Judged {
  const chosen = withStep ? targetOf(g, table, i, client) : undefined
  const target = chosen ? chosen.target : targetFor(g, table, i, client)
  const targetStep = chosen?.step
  const cov = coverageOf(target.calendar)
  const base = targetDeadline(cov, target, startAt)
  const doneSource = doneSourceOf(table, i, g.kind)
  const done = doneSource !== null
  const doneAt = done ? doneInstant(table, i, doneSource) : Number.NaN
  const until = done ? doneAt : asOf
  // Pauses count from the clock start to where the clock is read: a wait after the intervention does not
  // move the GTI's deadline.
  const spans: readonly PauseSpan[] = mask && table.desk ? pauseSpans(table.desk, mask, i, startAt, until ?? instantAt(table.end, i)) : NO_SPANS
  const deadline = pausedDeadline(cov, startAt, base, spans)
  const pausedBusinessMs = spans.length === 0 ? 0 : pausedCovered(cov, spans, startAt, Number.POSITIVE_INFINITY)
  const pausedWallMs = spans.length === 0 ? 0 : pausedWall(spans, startAt, Number.POSITIVE_INFINITY)
  // Stryker disable next-line ConditionalExpression: `until` is never undefined: an open incident, the only one not done, is refused without an asOf
  const elapsedBusinessMs = until === undefined ? null : Math.max(0, coveredBetween(cov, startAt, until) - pausedBusinessMs)
  // Stryker disable next-line ConditionalExpression: `until` is never undefined: an open incident, the only one not done, is refused without an asOf
  const elapsedWallMs = until === undefined ? null : Math.max(0, until - startAt - pausedWallMs)
  let status: 'met' | 'breached' | 'pending'
  let lateBusinessMs = 0
  let lateWallMs = 0
  // When nothing is done the incident is open, and an open incident always comes with an asOf.
  const at = done ? doneAt : asOf
  if (done && doneAt <= deadline) status = 'met'
  else if (
    // Stryker disable next-line ConditionalExpression: when nothing is done the incident is open, and an open incident always comes with an asOf
    at !== undefined && (done || at > deadline)
  ) {
    status = 'breached'
    // A wait after the deadline is not lateness either.
    lateBusinessMs = coveredBetween(cov, deadline, at) - (spans.length === 0 ? 0 : pausedCovered(cov, spans, deadline, at))
    lateWallMs = at - deadline - (spans.length === 0 ? 0 : pausedWall(spans, deadline, at))
  } else status = 'pending'
  const marginBusinessMs = status === 'met' && done ? coveredBetween(cov, doneAt, deadline) : status === 'breached' ? -lateBusinessMs : null
  const marginWallMs = status === 'met' && done ? deadline - doneAt : status === 'breached' ? -lateWallMs : null
  const leftBusinessMs = done || asOf === undefined ? null : status === 'breached' ? -lateBusinessMs : coveredBetween(cov, asOf, deadline)
  const j: Judged = into ?? ({} as Judged)
  j.target = target
  j.targetStep = targetStep
  j.cov = cov
  j.base = base
  j.deadline = deadline
  j.spans = spans
  j.doneSource = doneSource
  j.doneAt = doneAt
  j.status = status
  j.elapsedBusinessMs = elapsedBusinessMs
  j.elapsedWallMs = elapsedWallMs
  j.pausedBusinessMs = pausedBusinessMs
  j.pausedWallMs = pausedWallMs
  j.lateBusinessMs = lateBusinessMs
  j.lateWallMs = lateWallMs
  j.marginBusinessMs = marginBusinessMs === 0 ? 0 : marginBusinessMs
  j.marginWallMs = marginWallMs === 0 ? 0 : marginWallMs
  j.leftBusinessMs = leftBusinessMs === 0 ? 0 : leftBusinessMs
  return j
}

/** @internal Units of lateness a breach is charged for, under the guarantee's `perLate` penalty; 0 without one. */
export function penaltyUnits(g: Guarantee, j: Pick<Judged, 'lateBusinessMs' | 'lateWallMs'>): number {
  const perLate = g.penalty.perLate
  if (!perLate) return 0
  return lateUnits(perLate.clock === 'business' ? j.lateBusinessMs : j.lateWallMs, perLate.perMs, perLate.count)
}

/** @internal The penalty of a breach in percent of the fee, from its units of lateness. */
export function penaltyPercentOf(g: Guarantee, units: number): Decimal {
  const p = g.penalty
  let percent = ZERO
  if (p.perBreach) percent = percent.plus(p.perBreach)
  if (p.perLate) percent = percent.plus(p.perLate.percent.times(units))
  return percent
}

/** @internal Evaluates one guarantee on one incident whose clock start is known. */
export function evaluateOne(
  g: Guarantee,
  table: IncidentTable,
  i: number,
  asOf: number | undefined,
  start: ClockStart,
  mask: Uint8Array | undefined,
  client: { id: string; target: ClientTarget } | undefined,
  // Without steps, the outcome builds them when first read, by evaluating the incident again with them:
  // most callers of a desk's year of tickets read the figures only, and the steps cost as much again.
  // Stryker disable next-line BooleanLiteral: steps built at once are the steps built when first read
  withSteps = false,
): GuaranteeOutcome {
  const j = judge(g, table, i, asOf, start.at, mask, client, withSteps)
  const { status, doneSource, doneAt, deadline, lateBusinessMs, lateWallMs } = j
  const units = status === 'breached' ? penaltyUnits(g, j) : 0
  const penaltyPercent = status === 'breached' ? penaltyPercentOf(g, units) : ZERO
  const update = g.update && updateOutcome(g.kind, g.update, table, i, start.at, mask)
  return outcome({
    kind: g.kind,
    clockStart: new Date(start.at),
    clockStartSource: start.source,
    deadline: new Date(deadline),
    status,
    doneAt: doneSource ? new Date(doneAt) : null,
    doneAtSource: doneSource,
    elapsedBusinessMs: j.elapsedBusinessMs,
    elapsedWallMs: j.elapsedWallMs,
    lateBusinessMs,
    lateWallMs,
    penaltyPercent,
    pausedBusinessMs: j.pausedBusinessMs,
    pausedWallMs: j.pausedWallMs,
    marginBusinessMs: j.marginBusinessMs,
    marginWallMs: j.marginWallMs,
    leftBusinessMs: j.leftBusinessMs,
    ...(update && { update: update.figures }),
  }, withSteps ? stepsOfJudged(g, j, start, asOf, units, penaltyPercent, update?.step) : () => evaluateOne(g, table, i, asOf, start, mask, client, true).steps)
}

/** The steps of a judged outcome, in the order of its explanation. */
function stepsOfJudged(g: Guarantee, j: Judged, start: ClockStart, asOf: number | undefined, units: number, penaltyPercent: Decimal, update: GuaranteeStep | undefined): GuaranteeStep[] {
  const { status, doneSource, doneAt, spans, deadline, target, cov } = j
  const clock: GuaranteeClock = Object.freeze({ start: start.at, source: start.source, within: target.within, calendar: target.calendar.label, deadline })
  const steps: GuaranteeStep[] = []
  if (j.targetStep) steps.push(j.targetStep)
  if (status === 'met' && doneSource && j.elapsedBusinessMs !== null)
    steps.push({ kind: 'met', guarantee: g.kind, clock, doneAt, doneSource, elapsedBusinessMs: j.elapsedBusinessMs })
  else if (status === 'breached' && doneSource)
    steps.push({ kind: 'breached', guarantee: g.kind, clock, doneAt, doneSource, lateBusinessMs: j.lateBusinessMs, lateWallMs: j.lateWallMs })
  else if (status === 'breached' && asOf !== undefined) steps.push({ kind: 'overdue', guarantee: g.kind, clock, asOf, lateBusinessMs: j.lateBusinessMs })
  else steps.push({ kind: 'pending', guarantee: g.kind, clock, asOf: asOf ?? null })
  if (spans.length > 0)
    steps.push({
      kind: 'paused',
      guarantee: g.kind,
      pausedBusinessMs: j.pausedBusinessMs,
      pausedWallMs: j.pausedWallMs,
      deadlineWithoutPause: j.base,
      pauses: Object.freeze(
        spans.map((p) => Object.freeze({ start: p.start, end: p.end, reasons: p.reasons, businessMs: coveredBetween(cov, p.start, p.end), open: p.open })),
      ),
    })
  if (status === 'breached') {
    const p = g.penalty
    const perLate: Extract<GuaranteeStep, { kind: 'penalty' }>['perLate'] = p.perLate
      ? Object.freeze({ units, count: p.perLate.count, per: p.perLate.per, clock: p.perLate.clock, unitPercent: p.perLate.percent, percent: p.perLate.percent.times(units) })
      : null
    steps.push(p.perBreach || perLate ? { kind: 'penalty', perBreach: p.perBreach ?? null, perLate, percent: penaltyPercent } : NO_PENALTY)
  }
  if (doneSource && doneSource !== 'interventionAt' && g.kind === 'gti') steps.push(RESTORATION_AS_INTERVENTION)
  if (update) steps.push(update)
  return steps
}

const NO_SPANS: readonly PauseSpan[] = /* @__PURE__ */ Object.freeze([])

const NO_PENALTY: GuaranteeStep = /* @__PURE__ */ Object.freeze({ kind: 'no-penalty' })
const RESTORATION_AS_INTERVENTION: GuaranteeStep = /* @__PURE__ */ Object.freeze({ kind: 'restoration-as-intervention' })

/** The steps of an outcome, built when first read, and its sentence, worded when first read. */
interface LazySteps {
  build: (() => readonly GuaranteeStep[]) | undefined
  steps: readonly GuaranteeStep[] | undefined
  explanation: string | undefined
}

// Kept beside the outcomes, which are frozen. Getters shared by every outcome keep them to one shape: a
// getter of its own per outcome would give each a shape of its own, slow to build and to read.
const lazies = new WeakMap<object, LazySteps>()
const NOT_AN_OUTCOME: LazySteps = { build: undefined, steps: /* @__PURE__ */ Object.freeze([]), explanation: '' }

function lazyOf(o: object): LazySteps {
  // An object made with the outcome as its prototype reads the outcome's.
  for (let at: object | null = o; at !== null; at = Object.getPrototypeOf(at) as object | null) {
    const lazy = lazies.get(at)
    if (lazy) return lazy
  }
  return NOT_AN_OUTCOME
}

function stepsOf(this: object): readonly GuaranteeStep[] {
  const lazy = lazyOf(this)
  if (lazy.steps === undefined) {
    // Stryker disable next-line ArrayDeclaration: an outcome without a build has its steps already; NOT_AN_OUTCOME too
    const steps = lazy.build ? lazy.build() : []
    for (const step of steps) Object.freeze(step)
    lazy.steps = Object.freeze(steps)
    lazy.build = undefined
  }
  return lazy.steps
}

// Worded when first read: a desk's year of tickets is judged in a blink, but writing every sentence of it
// costs ten times the judging, for outcomes most callers never print.
function explanationOf(this: object): string {
  const lazy = lazyOf(this)
  return (lazy.explanation ??= stepsOf.call(this).map(guaranteeSentence).join(' '))
}

const STEPS: PropertyDescriptor = { enumerable: true, get: stepsOf }
const EXPLANATION: PropertyDescriptor = { enumerable: true, get: explanationOf }

/**
 * An outcome with its steps, given or built when first read, and its sentence written from them;
 * `fields` must be a fresh object.
 */
function outcome(fields: Omit<GuaranteeOutcome, 'steps' | 'explanation'>, steps: GuaranteeStep[] | (() => readonly GuaranteeStep[])): GuaranteeOutcome {
  // The fields are the caller's own fresh object: frozen as they are, not copied. A copy costs, and V8 gives
  // every frozen copy of a spread a shape of its own, slow to build and to read by the hundred thousand.
  const o: object = fields
  if (typeof steps === 'function') lazies.set(o, { build: steps, steps: undefined, explanation: undefined })
  else {
    for (const step of steps) Object.freeze(step)
    lazies.set(o, { build: undefined, steps: Object.freeze(steps), explanation: undefined })
  }
  Object.defineProperty(o, 'steps', STEPS)
  Object.defineProperty(o, 'explanation', EXPLANATION)
  return Object.freeze(o) as GuaranteeOutcome
}

function notApplicable(g: Guarantee, step: GuaranteeStep, status: 'not-applicable' | 'not-evaluable' = 'not-applicable'): GuaranteeOutcome {
  return outcome({
    kind: g.kind,
    status,
    clockStart: null,
    clockStartSource: null,
    deadline: null,
    doneAt: null,
    doneAtSource: null,
    elapsedBusinessMs: null,
    elapsedWallMs: null,
    lateBusinessMs: 0,
    lateWallMs: 0,
    penaltyPercent: ZERO,
    pausedBusinessMs: 0,
    pausedWallMs: 0,
    marginBusinessMs: null,
    marginWallMs: null,
    leftBusinessMs: null,
  }, [step])
}

/** @internal The instant an incident's guarantee clocks start, for choosing the period it belongs to. */
export function clockStartOf(commitment: Commitment, table: IncidentTable, i: number): number {
  const g = commitment.gti ?? commitment.gtr
  return (g && clockStart(table, i, g)?.at) ?? instantAt(table.start, i)
}

/** @internal What the guarantees of a commitment need of each incident, worked out once per table. */
export interface TableContext {
  readonly commitment: Commitment
  readonly table: IncidentTable
  readonly asOf: number | undefined
  readonly guarantees: readonly Guarantee[]
  /** Per guarantee, the desk names that stop its clock. */
  readonly masks: readonly (Uint8Array | undefined)[]
  readonly book: ClientBook | undefined
  readonly noClockStart: 'issue' | 'not-evaluable'
  readonly issues: IssueList
  readonly path: string
}

/** @internal The context of {@link guaranteeOutcome} for a table. */
export function tableContext(
  commitment: Commitment,
  table: IncidentTable,
  asOf: number | undefined,
  issues: IssueList,
  path: string,
  noClockStart: 'issue' | 'not-evaluable',
  book: ClientBook | undefined,
): TableContext {
  const guarantees = [commitment.gti, commitment.gtr].filter((g): g is Guarantee => g !== undefined)
  return { commitment, table, asOf, guarantees, masks: guarantees.map((g) => pauseMask(g, table.desk)), book, noClockStart, issues, path }
}

/** @internal The client terms of a guarantee for incident `i`, when its client has its own. */
export function clientTargetOf(x: TableContext, g: Guarantee, i: number): { id: string; target: ClientTarget } | undefined {
  if (!x.book) return undefined
  const client = clientKeyOf(x.book, x.table, i)
  const terms = client === undefined ? undefined : x.book.byId.get(client)
  const own = terms?.[g.kind]
  return own && terms && { id: terms.name ?? terms.id, target: own }
}

/**
 * @internal The outcome of guarantee `gi` of the context for incident `i`; undefined when its clock cannot
 * start and the context says that is an issue (added to the context's list).
 */
export function guaranteeOutcome(x: TableContext, gi: number, i: number): GuaranteeOutcome | undefined {
  const g = x.guarantees[gi]
  if (g === undefined) return undefined
  const { table } = x
  const cause = causeOf(table, i)
  if (x.commitment.measurement.excludedCauses.includes(cause)) return notApplicable(g, { kind: 'excluded-cause', guarantee: g.kind, cause })
  const impact = impactOf(table, i)
  if (!g.impacts.includes(impact)) return notApplicable(g, { kind: 'impact-not-covered', guarantee: g.kind, impact, covers: g.impacts })
  const start = clockStart(table, i, g)
  if (start) return evaluateOne(g, table, i, x.asOf, start, x.masks[gi], clientTargetOf(x, g, i))
  if (x.noClockStart === 'not-evaluable') return notApplicable(g, { kind: 'no-clock-start', guarantee: g.kind }, 'not-evaluable')
  x.issues.add(`${x.path}[${i}]`, `has neither reportedAt nor detectedAt: the ${g.kind.toUpperCase()} clock cannot start`, 'no-clock-start', { guarantee: g.kind.toUpperCase() })
  return undefined
}

/** @internal The guarantees of incident `i`, as {@link evaluateGuarantees} lists them. */
export function incidentEntry(x: TableContext, i: number): IncidentGuarantees {
  const { table } = x
  const id = idOf(table, i)
  const priority = priorityOf(table.desk, i)
  const client = clientKeyOf(x.book, table, i)
  // Built field by field rather than with conditional spreads, each of which allocates an object.
  const entry: Record<string, unknown> = { index: i }
  if (id !== undefined) entry.id = id
  entry.impact = impactOf(table, i)
  entry.cause = causeOf(table, i)
  entry.elements = elementsOf(table, i)
  if (priority !== undefined) entry.priority = priority
  if (client !== undefined) entry.client = client
  for (const [gi, g] of x.guarantees.entries()) {
    const o = guaranteeOutcome(x, gi, i)
    if (o) entry[g.kind] = o
  }
  return Object.freeze(entry) as unknown as IncidentGuarantees
}

/** @internal Evaluates the commitment's guarantees on the incidents of a table, selected by `include`. */
export function evaluateTable(
  commitment: Commitment,
  table: IncidentTable,
  asOf: number | undefined,
  include: (i: number) => boolean,
  issues: IssueList,
  path = 'incidents',
  // A statement must come out whole: there an incident without a clock start is one outcome it cannot
  // judge, not a reason to refuse the month.
  // Stryker disable next-line StringLiteral: only 'not-evaluable' is tested for; any other default raises the issue
  noClockStart: 'issue' | 'not-evaluable' = 'issue',
  book?: ClientBook,
): IncidentGuarantees[] {
  const x = tableContext(commitment, table, asOf, issues, path, noClockStart, book)
  const out: IncidentGuarantees[] = []
  for (let i = 0; i < table.count; i++) if (include(i)) out.push(incidentEntry(x, i))
  return out
}

function percentile90(sorted: Float64Array): number | null {
  if (sorted.length === 0) return null
  // Nearest-rank: the smallest value with at least 90 % of the values at or below it.
  return sorted[Math.ceil(0.9 * sorted.length) - 1] ?? null
}

/** The mean of sorted values, summed in order (the order fixes the rounding); null for none. */
function meanOf(sorted: Float64Array): number | null {
  if (sorted.length === 0) return null
  let sum = 0
  for (const x of sorted) sum += x
  return sum / sorted.length
}

/**
 * Figures for one guarantee over evaluated incidents: counts, share within, mean and 90th percentile times.
 *
 * @example
 * const report = evaluateGuarantees({
 *   commitment: { gti: { within: 'PT4H', calendar: '24/7' } },
 *   incidents: [
 *     { start: '2026-05-13T10:00:00Z', end: '2026-05-13T18:00:00Z', reportedAt: '2026-05-13T10:00:00Z', interventionAt: '2026-05-13T11:00:00Z' },
 *     { start: '2026-05-20T10:00:00Z', end: '2026-05-20T18:00:00Z', reportedAt: '2026-05-20T10:00:00Z', interventionAt: '2026-05-20T15:00:00Z' },
 *   ],
 * })
 * const gti = guaranteeStats('gti', report.incidents)
 * gti.met // 1
 * gti.breached // 1
 * gti.withinPercent?.toString() // '50'
 */
export function guaranteeStats(kind: 'gti' | 'gtr', incidents: readonly IncidentGuarantees[]): GuaranteeStats {
  // One pass and typed sorts: over a desk's year of tickets, the arrays of arrays this would otherwise
  // build cost as much as judging the tickets.
  const business = new Float64Array(incidents.length)
  const wall = new Float64Array(incidents.length)
  let count = 0
  let met = 0
  let breached = 0
  let pending = 0
  let nb = 0
  let nw = 0
  for (const x of incidents) {
    const o = x[kind]
    if (o === undefined || o.status === 'not-applicable' || o.status === 'not-evaluable') continue
    count++
    if (o.status === 'met') met++
    else if (o.status === 'breached') breached++
    else if (o.status === 'pending') pending++
    // Stryker disable next-line ConditionalExpression,StringLiteral: a pending outcome has no doneAt, so `doneAt !== null` alone decides; the status says why
    if (o.status === 'pending' || o.doneAt === null) continue
    if (o.elapsedBusinessMs !== null) business[nb++] = o.elapsedBusinessMs
    if (o.elapsedWallMs !== null) wall[nw++] = o.elapsedWallMs
  }
  return statsOf(kind, count, met, breached, pending, business.subarray(0, nb), wall.subarray(0, nw))
}

/** @internal The statistics from the counts and the times of the decided incidents (sorted here, in place). */
export function statsOf(kind: 'gti' | 'gtr', count: number, met: number, breached: number, pending: number, business: Float64Array, wall: Float64Array): GuaranteeStats {
  const [meanBusinessMs, p90BusinessMs] = meanAndP90(business)
  const [meanWallMs, p90WallMs] = meanAndP90(wall)
  return Object.freeze({
    kind,
    incidents: count,
    met,
    breached,
    pending,
    withinPercent: met + breached === 0 ? null : new Decimal(met).times(100).div(met + breached),
    meanBusinessMs,
    p90BusinessMs,
    meanWallMs,
    p90WallMs,
  })
}

/**
 * The mean and the nearest-rank 90th percentile of `values` (reordered in place). Whole milliseconds, the
 * usual case, sum exactly in any order while the total stays a safe integer: then the percentile is
 * selected, not sorted for. Otherwise they are sorted and summed in order, which fixes the rounding.
 */
function meanAndP90(values: Float64Array): [number | null, number | null] {
  const n = values.length
  if (n === 0) return [null, null]
  let sum = 0
  let size = 0
  let whole = true
  for (let k = 0; k < n; k++) {
    const v = values[k] ?? 0
    sum += v
    size += Math.abs(v)
    if (!Number.isInteger(v)) whole = false
  }
  const rank = Math.ceil(0.9 * n) - 1
  if (whole && size <= Number.MAX_SAFE_INTEGER) return [sum / n, select(values, rank)]
  const sorted = values.sort()
  return [meanOf(sorted), percentile90(sorted)]
}

/** @internal The value of rank `k` (0-based) in increasing order: Hoare's selection, in place. */
export function select(a: Float64Array, k: number): number {
  let lo = 0
  let hi = a.length - 1
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1] ?? 0
    let i = lo
    let j = hi
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++
      while ((a[j] ?? 0) > pivot) j--
      if (i <= j) {
        const t = a[i] ?? 0
        a[i++] = a[j] ?? 0
        a[j--] = t
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else break
  }
  return a[k] ?? 0
}

/** @internal The options of {@link evaluateGuarantees}, read: throws the `InputError` of every problem. */
export function readGuaranteeOptions(options: GuaranteeOptions, context: string): {
  commitment: Commitment
  table: IncidentTable
  asOf: number | undefined
  include: (i: number) => boolean
  book: ClientBook | undefined
  issues: IssueList
} {
  const issues = new IssueList()
  const o = (options ?? {}) as Partial<GuaranteeOptions>
  const commitment = readCommitment(o.commitment, 'commitment', issues)
  const asOf = o.asOf === undefined ? undefined : readInstant(o.asOf, 'asOf', issues)
  const bounds = o.period === undefined ? undefined : readPeriod(o.period, 'period', issues)
  if (o.element !== undefined && (typeof o.element !== 'string' || !o.element)) issues.add('element', 'must be a non-empty element name', 'element-name')
  const table = readIncidents(o.incidents, asOf, 'incidents', issues)
  const book = readClientBook(o.clients, commitment, 'clients', issues)
  if (commitment && !commitment.gti && !commitment.gtr) issues.add('commitment', 'has neither a gti nor a gtr to evaluate', 'no-guarantee')
  const { table: t, commitment: c } = issues.checked({ table, commitment }, context)
  const include = (i: number): boolean => {
    if (o.element !== undefined) {
      const els = elementsOf(t, i)
      if (els && !els.includes(o.element)) return false
    }
    if (bounds) {
      const start = clockStartOf(c, t, i)
      if (start < bounds.start || start >= bounds.end) return false
    }
    return true
  }
  return { commitment: c, table: t, asOf, include, book, issues }
}

/**
 * Evaluates the GTI (time to intervention) and GTR (time to restoration) of a commitment on each incident:
 * when the clock started, the deadline on the coverage calendar, whether it was met, breached or is still
 * pending, how late in covered and in elapsed time, and the penalty — with statistics over the incidents.
 *
 * @example
 * const report = evaluateGuarantees({
 *   commitment: { gti: { within: 'PT4H', calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' } } },
 *   incidents: [{ start: '2026-05-13T15:50:00+02:00', end: '2026-05-15T10:00:00+02:00', reportedAt: '2026-05-13T16:00:00+02:00', interventionAt: '2026-05-15T10:30:00+02:00' }],
 * })
 * report.incidents[0].gti.deadline // 2026-05-15T09:00:00Z: 2 h on Wednesday, Thursday is Ascension, 2 h on Friday
 * report.incidents[0].gti.status   // 'met' (10:30 Paris is before 11:00 Paris)
 * @throws InputError listing every problem, e.g. an incident with neither reportedAt nor detectedAt under a GTI.
 */
export function evaluateGuarantees(options: GuaranteeOptions): GuaranteeReport {
  const { commitment: c, table: t, asOf, include, book, issues } = readGuaranteeOptions(options, 'Cannot evaluate the guarantees')
  const incidents = evaluateTable(c, t, asOf, include, issues, 'incidents', 'issue', book)
  issues.throwIfAny('Cannot evaluate the guarantees')
  return Object.freeze({
    ...(asOf !== undefined && { asOf: new Date(asOf) }),
    incidents: Object.freeze(incidents),
    stats: Object.freeze({
      incidents: incidents.length,
      ...(c.gti && { gti: guaranteeStats('gti', incidents) }),
      ...(c.gtr && { gtr: guaranteeStats('gtr', incidents) }),
    }),
  })
}
