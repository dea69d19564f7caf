import * as z from 'zod/mini'
import { type Commitment } from '../commitment/commitment.js'
import { readRounding, type RoundingMode } from '../commitment/rounding.js'
import { type DeepReadonly, describe, InputError, type InputIssue, type IssueParams, IssueList } from '../errors.js'
import { readIncidents } from '../incidents/normalise.js'
import { formatZodPath, readableErrors, wordedZodIssue } from '../schema/common.js'
import { type IncidentInput } from '../schema/incident.js'
import { type OfferInput } from '../schema/offer.js'
import { type BusinessCalendar, type CalendarLike, readBusinessCalendar } from '../time/calendar.js'
import { type DurationLike, formatDuration, readDuration } from '../time/duration.js'
import { type Period, type PeriodLike, readPeriod } from '../time/period.js'
import { type Offer, compileOffer } from '../offers/offer.js'
import { type DurationSampler, exponentialSampler, samplerOf } from './durations.js'
import { MAX_POISSON_RATE } from './random.js'

// ---------------------------------------------------------------------------------------------------
// The options as a user writes them
// ---------------------------------------------------------------------------------------------------

/**
 * A distribution of durations: of incidents, or of the team's time to intervene.
 *
 * - `fixed`: always `duration`.
 * - `exponential`: memoryless, of mean `mean`: `−mean · ln(1 − u)`.
 * - `log-normal`: `exp(μ + σ·Z)` with Z standard normal. Give the `median`
 *   (= e^μ, the typical incident) or the `mean` (= e^(μ + σ²/2)), and `sigma` (σ ≥ 0, the spread of the
 *   logarithm: 1 means a tenth of incidents last 3.6 times the median or more). Real outage durations
 *   are close to log-normal: many short ones, a few very long.
 * - `empirical`: a duration picked uniformly from a real list: `durations`, or the `incidents` of a log
 *   (each `end − start`; incidents whose cause the commitment excludes, or whose impact weighs 0, are left
 *   out). The list is sorted first, so its order does not change the results.
 *
 * Exponential and log-normal laws are drawn by inversion (see {@link simulate}, *Random numbers*).
 *
 * @example
 * const typical: DurationModel = { type: 'log-normal', median: 'PT30M', sigma: 1.2 }
 * const fromLog: DurationModel = { type: 'empirical', incidents: lastYearIncidents }
 */
export type DurationModel =
  | { type: 'fixed'; duration: DurationLike }
  | { type: 'exponential'; mean: DurationLike }
  | { type: 'log-normal'; median?: DurationLike; mean?: DurationLike; sigma: number }
  | { type: 'empirical'; durations?: readonly DurationLike[]; incidents?: readonly IncidentInput[] }

/**
 * How incidents happen, per client: each client has one element (its own VPS).
 *
 * @example
 * const model: IncidentModel = {
 *   rate: 0.1,                                                    // one incident per VPS every 10 months
 *   duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 },
 *   outsideBusinessHours: 0.7,                                    // 70 % reported at night or at weekends
 *   correlated: { rate: 0.02, duration: { type: 'exponential', mean: 'PT6H' } }, // hypervisor, data centre
 * }
 */
export interface IncidentModel {
  /** Expected independent incidents per element per month: the rate λ of a Poisson law. From 0 to 1000. */
  rate: number
  /** Duration of an independent incident. */
  duration: DurationModel
  /**
   * Share of incidents (0 to 1) reported outside the team's hours, where the GTI waits for the next
   * opening. Default: the share of the reference year the team's hours do not cover (incidents arriving
   * at any time alike). Used only when the offer has a GTI.
   */
  outsideBusinessHours?: number
  /**
   * Correlated events: one incident hitting every client at once (a hypervisor, a network, a data-centre
   * fire), `rate` per month (Poisson), of duration `duration` (default: the independent incidents').
   */
  correlated?: { rate: number; duration?: DurationModel }
}

/**
 * How the team intervenes, for the GTI: it starts working on an incident a `response` time after the
 * incident is reported inside its `hours`, or after its next opening when reported outside them.
 *
 * @example
 * const team: InterventionModel = { response: { type: 'exponential', mean: 'PT45M' }, hours: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', fri: '09:00-17:00' }, holidays: 'FR' } }
 */
export interface InterventionModel {
  /** Time from the moment someone is at work to the first intervention. Default: exponential of mean 1 hour. */
  response?: DurationModel
  /**
   * The team's working hours. Default: the GTI's calendar when it is business hours; for a 24/7 GTI,
   * round the clock if the offer's organisation says `onCall: true`, else Monday to Friday 09:00–18:00 in
   * the commitment's time zone with French public holidays off.
   */
  hours?: CalendarLike
  /** Year whose calendar is sampled for the waiting times (holidays, DST). Default: the year of the `month` option when it is a period, else 2026. */
  year?: number
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** The offer: its commitment gives the credits and the GTI, its service's fee the revenue. */
  offer: Offer | OfferInput
  /** Number of clients, each with one element of the service. From 1 to 1,000,000. */
  clients: number
  /** Months per trial. Default 12. */
  months?: number
  /** Independent trials (runs of `months` months). Default 2,000. `trials × months` is at most 10,000,000. */
  trials?: number
  /** A whole number from 0 to 2^53 − 1. Default 1. The same seed gives the same result on every machine. */
  seed?: number
  /** The incident model. */
  incidents: IncidentModel
  /** Id of the service whose fee each client pays. Default: the offer's first service. */
  service?: string
  /**
   * Length of a simulated month: a duration (`'P30D'`, `'PT743H'`) or a period whose length is taken
   * (`monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })`). Default `'P30D'`.
   */
  month?: DurationLike | Period | PeriodLike
  /** How the team intervenes; used only when the offer has a GTI. */
  intervention?: InterventionModel
  /** Rounding of each client's credit to the currency's minor unit, as in `creditFor`. Default `half-up`. */
  rounding?: RoundingMode
  /** Called now and then with the trials done so far, e.g. to draw a progress bar; it changes no result. */
  onProgress?: (trialsDone: number, trials: number) => void
}

// ---------------------------------------------------------------------------------------------------
// The schema
// ---------------------------------------------------------------------------------------------------

export const MAX_CLIENTS = 1_000_000
export const MAX_MONTHS = 1200
export const MAX_TRIALS = 10_000_000
/** Simulated months kept in memory at most: every monthly total is kept for the quantiles. */
export const MAX_SAMPLES = 10_000_000
/**
 * Most client-months one run may simulate: about a minute of work on a small machine. Beyond it a run
 * would take hours with no word until it ends; fewer trials give the same figures with wider intervals.
 */
export const MAX_CLIENT_MONTHS = 10_000_000_000
const DEFAULT_MONTHS = 12
const DEFAULT_TRIALS = 2000
const DEFAULT_SEED = 1
const DEFAULT_MONTH = 'P30D'
const DEFAULT_YEAR = 2026
const HOUR = 3_600_000

const got = (value: unknown) => `(got ${describe(value)})`

/**
 * The code and figures of each message the schema writes, by message: zod keeps only an issue's text, and
 * `issuesOf` gives it back its code, so that `formatIssue` words it in French. Filled as messages are
 * written, emptied by each check.
 */
const coded = new Map<string, { code: string; params: IssueParams }>()

/** A message of the schema, with its code and figures kept for `issuesOf`. */
function say(message: string, code: string, params: IssueParams): string {
  coded.set(message, { code, params })
  return message
}

/**
 * An object of known options. A key outside them is refused with the list of those known, except when its
 * value is `undefined` (a spread of optional values), which is as good as absent.
 */
function optionObject<S extends z.core.$ZodLooseShape>(shape: S, what: string, expected: string): z.ZodMiniObject<S, z.core.$strip> {
  const schema = z.catchall(
    z.object(shape, { error: (issue) => say(`must be ${expected} ${got(issue.input)}`, 'sim-object', { expected, got: describe(issue.input) }) }),
    z.custom<undefined>((value) => value === undefined, { abort: false, error: () => say(`is not ${what} (known: ${Object.keys(shape).join(', ')})`, 'sim-key', { what, known: Object.keys(shape).join(', ') }) }),
  )
  // The catch-all is a check at run time only: in the types, its index signature would make every known
  // key `undefined` as well.
  return schema as unknown as z.ZodMiniObject<S, z.core.$strip>
}

/**
 * A number checked at once against its type and its range, with one message for every way to miss it.
 * (One refinement rather than zod's min and max: an out-of-range value gives one issue, and the checks of
 * the object around it still run.)
 */
function bounded(min: number, max: number, message: (value: unknown) => string, whole = false) {
  const error = (issue: { input?: unknown }) => message(issue.input)
  return z.number({ error }).check(z.refine((v) => v >= min && v <= max && (!whole || Number.isInteger(v)), { error }))
}

function wholeNumber(min: number, max: number) {
  return bounded(min, max, (v) => say(`must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} ${got(v)}`, 'whole-range', { min, max, got: describe(v) }), true)
}

/**
 * A value read by one of the library's own readers (durations, periods, calendars, incident logs), so
 * that it is checked, and explained, as everywhere else. The reader's issues keep their own sub-path,
 * joined to the schema's path by {@link issuesOf}. `In` is what the option's type lets a user write: the
 * schema's input type, held equal to the public types below. An absent value reaches the reader, which
 * refuses it; wrap it in `z.optional` for an option that may be left out.
 *
 * A check that replaces the value with the reader's, rather than zod's pipe and transform: those two
 * types would be in every bundle that simulates for this alone.
 */
function readBy<In, T>(reader: (value: unknown, issues: IssueList) => T | undefined) {
  return z.custom<T, In>().check(
    z.check<T>((payload) => {
      const value: unknown = payload.value
      const issues = new IssueList()
      const out = reader(value, issues)
      for (const i of issues.issues) payload.issues.push({ code: 'custom', message: i.message, input: value, params: { subpath: i.path, issue: i } })
      if (issues.ok && out !== undefined) payload.value = out
    }),
  )
}

/** The month's length, and the year it falls in when it is given as a period. */
export interface MonthLength {
  readonly ms: number
  readonly year: number | undefined
  readonly label: string
}

/**
 * The schemas of the options, built on first use: their construction is a chain of calls that a bundler
 * must keep, and a bundle that never simulates must not pay for it.
 */
function buildSchemas() {
  const duration = readBy<DurationLike, number>((v, issues) => readDuration(v, '', issues))

  const positiveDuration = readBy<DurationLike, number>((v, issues) => {
    const ms = readDuration(v, '', issues)
    if (ms === 0) issues.add('', 'must be longer than zero', 'zero-duration')
    return ms
  })


  const monthLength = readBy<DurationLike | Period | PeriodLike, MonthLength>((value, issues): MonthLength | undefined => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)) {
      const bounds = readPeriod(value, '', issues)
      return bounds && { ms: bounds.end - bounds.start, year: new Date(bounds.start).getUTCFullYear(), label: bounds.period.label }
    }
    const before = issues.issues.length
    const ms = readDuration(value, '', issues)
    if (ms === 0) issues.add('', 'must be longer than zero', 'zero-duration')
    if (ms === undefined || issues.issues.length > before) return undefined
    return { ms, year: undefined, label: typeof value === 'string' ? value : formatDuration(ms) }
  })

  const fixedModel = optionObject({ type: z.literal('fixed'), duration }, 'an option of a fixed duration model', 'a fixed duration model')
  const exponentialModel = optionObject({ type: z.literal('exponential'), mean: positiveDuration }, 'an option of a exponential duration model', 'an exponential duration model')
  const logNormalModel = optionObject(
    {
      type: z.literal('log-normal'),
      median: z.optional(positiveDuration),
      mean: z.optional(positiveDuration),
      sigma: bounded(0, 10, (v) => say(`must be a number from 0 to 10, the standard deviation of the duration's logarithm ${got(v)}`, 'sigma-range', { got: describe(v) })),
    },
    'an option of a log-normal duration model',
    'a log-normal duration model',
  ).check(
    z.refine((m) => !isRecord(m) || (m.median === undefined) !== (m.mean === undefined), {
      error: () => say('needs either median or mean (one of them)', 'one-of-two', { first: 'median', second: 'mean' }),
      when: () => true,
    }),
  )
  const empiricalModel = optionObject(
    {
      type: z.literal('empirical'),
      durations: z.optional(
        z
          .array(duration, { error: (issue) => say(`must be a non-empty list of durations ${got(issue.input)}`, 'durations-list', { got: describe(issue.input) }) })
          .check(z.minLength(1, { error: (issue) => say(`must be a non-empty list of durations ${got(issue.input)}`, 'durations-list', { got: describe(issue.input) }) })),
      ),
      incidents: z.optional(readBy<readonly IncidentInput[], ReturnType<typeof readIncidents>>((v, issues) => readIncidents(v, undefined, '', issues))),
    },
    'an option of a empirical duration model',
    'an empirical duration model',
  ).check(
    z.refine((m) => !isRecord(m) || (m.durations === undefined) !== (m.incidents === undefined), {
      error: () => say('needs either durations or incidents (one of them)', 'one-of-two', { first: 'durations', second: 'incidents' }),
      when: () => true,
    }),
  )

  const MODEL_TYPES = ['fixed', 'exponential', 'log-normal', 'empirical'] as const

  /** A duration model: checked here, compiled to numbers (and tables) by `samplerOf`. */
  const durationModelSchema = z.discriminatedUnion('type', [fixedModel, exponentialModel, logNormalModel, empiricalModel], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? say(`must be one of ${MODEL_TYPES.join(', ')} ${got(isRecord(issue.input) ? issue.input.type : issue.input)}`, 'one-of', {
            options: MODEL_TYPES.join(', '),
            got: describe(isRecord(issue.input) ? issue.input.type : issue.input),
          })
        : say(`must be a duration model { type: '${MODEL_TYPES.join("' | '")}', … } ${got(issue.input)}`, 'duration-model', { types: MODEL_TYPES.join("' | '"), got: describe(issue.input) }),
  })


  const rate = bounded(0, MAX_POISSON_RATE, (v) => say(`must be a number of incidents per month from 0 to ${MAX_POISSON_RATE} ${got(v)}`, 'rate-range', { max: MAX_POISSON_RATE, got: describe(v) }))

  const incidentModelSchema = optionObject(
    {
      rate,
      duration: durationModelSchema,
      outsideBusinessHours: z.optional(bounded(0, 1, (v) => say(`must be a share from 0 to 1 ${got(v)}`, 'share-range', { got: describe(v) }))),
      correlated: z.optional(optionObject({ rate, duration: z.optional(durationModelSchema) }, 'an option of correlated events', '{ rate, duration? }')),
    },
    'an option of the incident model',
    'an incident model { rate, duration, outsideBusinessHours?, correlated? }',
  )

  const interventionSchema = optionObject(
    {
      response: z.optional(durationModelSchema),
      hours: z.optional(readBy<CalendarLike, BusinessCalendar>((v, issues) => readBusinessCalendar(v, '', issues))),
      year: z.optional(wholeNumber(1971, 9998)),
    },
    'an option of the intervention model',
    '{ response?, hours?, year? }',
  )

  /**
   * The options of {@link simulate} as a schema: types, ranges, unknown keys, the duration models and the
   * size of the run. The offer is checked by `compileOffer`, and the service against it, after this.
   */
  const simulateOptionsSchema = optionObject(
    {
      offer: z.custom<Offer | OfferInput>(),
      clients: wholeNumber(1, MAX_CLIENTS),
      // Defaults filled in by `checkOptions` (see runSize): zod's default schema would be in every bundle that simulates for three numbers.
      months: z.optional(wholeNumber(1, MAX_MONTHS)),
      trials: z.optional(wholeNumber(1, MAX_TRIALS)),
      seed: z.optional(wholeNumber(0, Number.MAX_SAFE_INTEGER)),
      incidents: incidentModelSchema,
      service: z.optional(z.custom<string>()),
      month: z.optional(monthLength),
      intervention: z.optional(interventionSchema),
      rounding: z.optional(readBy<RoundingMode, RoundingMode>((v, issues) => readRounding(v, '', issues))),
      onProgress: z.optional(
        z.custom<(trialsDone: number, trials: number) => void>((v) => typeof v === 'function', {
          error: (issue) => say(`must be a function ${got(issue.input)}`, 'function', { got: describe(issue.input) }),
        }),
      ),
    },
    'a simulation option',
    'simulation options { offer, clients, incidents, … }',
  ).check(z.refine(
    (o) => {
      if (!isRecord(o)) return true
      const { months, trials } = runSize(o)
      return !(isWhole(months, 1, MAX_MONTHS) && isWhole(trials, 1, MAX_TRIALS)) || months * trials <= MAX_SAMPLES
    },
    {
      path: ['trials'],
      when: () => true,
      error: (issue) => {
        // The check above fails only for whole numbers of months and trials.
        const o = runSize(issue.input as { months?: number; trials?: number })
        return say(
          `× months must be at most ${MAX_SAMPLES.toLocaleString('en-US')} simulated months (got ${o.trials} × ${o.months}): every monthly total is kept for the quantiles`,
          'simulated-months',
          { max: MAX_SAMPLES, trials: o.trials, months: o.months },
        )
      },
    },
  ))
  return { durationModelSchema, incidentModelSchema, interventionSchema, simulateOptionsSchema }
}

let schemas: ReturnType<typeof buildSchemas> | undefined
const optionSchemas = (): ReturnType<typeof buildSchemas> => (schemas ??= buildSchemas())

/** A duration model as checked: durations in whole milliseconds, an incident log read into columns. */
export type DurationSpec = z.output<ReturnType<typeof buildSchemas>['durationModelSchema']>

type Schemas = ReturnType<typeof buildSchemas>
/** Whether two types hold the same values: each is assignable to the other, read-only lists or not. */
type Same<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>] ? ([DeepReadonly<B>] extends [DeepReadonly<A>] ? true : false) : false

// The public types below are the schema's input types, written out so that a user reads them with their
// documentation: the compiler holds them equal, so neither can let through what the other refuses.
true satisfies Same<SimulateOptions, z.input<Schemas['simulateOptionsSchema']>>
true satisfies Same<DurationModel, z.input<Schemas['durationModelSchema']>>
true satisfies Same<IncidentModel, z.input<Schemas['incidentModelSchema']>>
true satisfies Same<InterventionModel, z.input<Schemas['interventionSchema']>>

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** The months and trials of a run, the defaults in place of those not given. */
function runSize<V>(o: { months?: V; trials?: V }): { months: V | number; trials: V | number } {
  return { months: o.months ?? DEFAULT_MONTHS, trials: o.trials ?? DEFAULT_TRIALS }
}

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/** zod's issues as this library's: a reader's sub-path joined to the schema's path. */
function issuesOf(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  return issues.map((i) => {
    const base = formatZodPath('', i.path)
    const sub = i.code === 'custom' && typeof i.params?.subpath === 'string' ? i.params.subpath : ''
    // A reader's own issue keeps its code; zod's are worded here.
    const own = i.code === 'custom' ? (i.params?.issue as InputIssue | undefined) : undefined
    const mine = coded.get(i.message)
    const worded = own ? { message: i.message, code: own.code, params: own.params } : mine ? { message: i.message, ...mine } : wordedZodIssue(i)
    return { path: sub === '' ? base : sub.startsWith('[') || base === '' ? base + sub : `${base}.${sub}`, ...worded }
  })
}

// ---------------------------------------------------------------------------------------------------
// Checked options
// ---------------------------------------------------------------------------------------------------

/** The options of a run, checked and compiled to numbers and samplers, with the defaults filled in. */
export interface CheckedOptions {
  readonly offer: Offer
  readonly commitment: Commitment
  readonly service: Offer['services'][number]
  readonly clients: number
  readonly months: number
  readonly trials: number
  readonly seed: number
  readonly month: MonthLength
  readonly rounding: RoundingMode
  readonly rate: number
  readonly duration: DurationSampler
  /** The share given by the user, if any. */
  readonly outsideBusinessHours: number | undefined
  readonly correlated: { readonly rate: number; readonly duration: DurationSampler } | null
  readonly response: DurationSampler
  readonly teamHours: BusinessCalendar | undefined
  readonly year: number
  readonly onProgress: ((trialsDone: number, trials: number) => void) | undefined
}

/**
 * Checks the options of {@link simulate}: the schema, then the offer and its service, then the duration
 * models against the commitment (an incident log leaves out what it excludes).
 *
 * @throws InputError listing every problem with its path.
 */
export function checkOptions(options: unknown): CheckedOptions {
  const issues = new IssueList()
  const parsed = optionSchemas().simulateOptionsSchema.safeParse(options, { error: readableErrors, reportInput: true })
  if (!parsed.success) issues.issues.push(...issuesOf(parsed.error.issues))
  coded.clear()
  if (!isRecord(options)) issues.throwIfAny('Cannot simulate')
  const raw = options as Record<string, unknown>
  let offer: Offer | undefined
  try {
    offer = compileOffer(raw.offer as OfferInput, 'offer')
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    issues.issues.push(...error.issues)
  }
  let service: Offer['services'][number] | undefined
  if (offer) {
    const wanted = raw.service
    service = wanted === undefined ? offer.services[0] : offer.services.find((s) => s.id === wanted)
    if (!service) {
      const known = offer.services.map((s) => s.id).join(', ')
      issues.add('service', `is not a service of the offer (got ${describe(wanted)}; known: ${known})`, 'offer-service', { got: describe(wanted), known })
    }
  }
  const size = parsed.success ? { clients: parsed.data.clients, ...runSize(parsed.data) } : undefined
  if (size && size.clients * size.months * size.trials > MAX_CLIENT_MONTHS) {
    const { clients, months, trials } = size
    issues.add(
      'trials',
      `× months × clients must be at most ${MAX_CLIENT_MONTHS.toLocaleString('en-US')} client-months, about a minute of work (got ${trials.toLocaleString('en-US')} × ${months} × ${clients.toLocaleString('en-US')}): fewer trials give the same figures with wider intervals`,
      'client-months',
      { max: MAX_CLIENT_MONTHS, trials, months, clients },
    )
  }
  if (!parsed.success || !offer || !service || !issues.ok) throw new InputError(issues.issues, 'Cannot simulate')
  const o = parsed.data
  const c = offer.commitment
  const inc = o.incidents
  const duration = samplerOf(inc.duration, 'incidents.duration', c, issues)
  const corr = inc.correlated
  const corrDuration = corr?.duration === undefined ? duration : samplerOf(corr.duration, 'incidents.correlated.duration', c, issues)
  const iv = o.intervention
  const response = iv?.response === undefined ? exponentialSampler(HOUR, 'exponential, mean 1 h (default)') : samplerOf(iv.response, 'intervention.response', c, issues)
  if (!duration || !corrDuration || !response) throw new InputError(issues.issues, 'Cannot simulate')
  return {
    offer,
    commitment: c,
    service,
    clients: o.clients,
    months: o.months ?? DEFAULT_MONTHS,
    trials: o.trials ?? DEFAULT_TRIALS,
    seed: o.seed ?? DEFAULT_SEED,
    month: o.month ?? { ms: 30 * 86_400_000, year: undefined, label: DEFAULT_MONTH },
    rounding: o.rounding ?? 'half-up',
    rate: inc.rate,
    duration,
    outsideBusinessHours: inc.outsideBusinessHours,
    correlated: corr ? { rate: corr.rate, duration: corrDuration } : null,
    response,
    teamHours: iv?.hours,
    year: iv?.year ?? o.month?.year ?? DEFAULT_YEAR,
    onProgress: o.onProgress,
  }
}
