import { type ParseArgsConfig } from 'node:util'
import { downtimeBudget } from '../availability/budget.js'
import { parseCommitment } from '../commitment/commitment.js'
import { InputError } from '../errors.js'
import { compareOffers } from '../offers/compare.js'
import { filterOffers, parseCriteria } from '../offers/filter.js'
import { type Offer, offerFromPreset, parseOffer } from '../offers/offer.js'
import { type Preset, presets } from '../offers/presets/index.js'
import { type ScenarioInput } from '../schema/scenario.js'
import { standardScenarios } from '../offers/scenarios.js'
import { renderBudget, renderCatalogue, renderComparison, renderPreset, renderPresetList, renderSimulation, renderStatement } from '../report/index.js'
import { type DurationModel, simulate } from '../simulation/simulate.js'
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../schema/json-schema.js'
import { type IncidentInput } from '../schema/incident.js'
import { type BilledElement, monthlyStatement } from '../statement/monthly.js'
import { warningPath, warningText } from '../statement/warnings.js'
import { creditNotesCsv } from '../report/credit-notes.js'
import { type SkippedRow } from '../io/result.js'
import { parseIsoInstant } from '../time/instant.js'
import { zoneOffset } from '../time/offset.js'
import { parsePeriod } from '../time/period.js'
import { FileError, INCIDENT_FORMATS, type IncidentFormat, readClientFile, readDataFile, readIncidentFile } from './files.js'
import { guaranteesCommand } from './guarantees.js'

/** A mistake in how the command was called (exit code 2), as opposed to bad input (exit code 1). */
export class UsageError extends Error {}

/** How to write the result. */
export interface Output {
  format: 'text' | 'markdown' | 'json' | 'html' | 'credit-notes-csv'
  lang: 'fr' | 'en'
  timeZone?: string
  color: boolean
}

/** What a command receives. */
export interface Context extends Output {
  values: Record<string, unknown>
  positionals: string[]
  cwd: string
  warn(text: string): void
  /** Writes a progress line on a terminal; undefined elsewhere. */
  progress?: (text: string) => void
  /** The current instant; the real clock, a fixed one in tests. */
  now?: () => number
}

interface Command {
  options: NonNullable<ParseArgsConfig['options']>
  run(ctx: Context): Promise<string>
}

const INCIDENT_OPTIONS = {
  incidents: { type: 'string', short: 'i' },
  'incidents-format': { type: 'string' },
  'date-format': { type: 'string' },
  'dates-time-zone': { type: 'string' },
  'as-of': { type: 'string' },
} as const

function str(ctx: Context, name: string): string | undefined {
  return ctx.values[name] as string | undefined
}

function list(ctx: Context, name: string): string[] {
  const v = ctx.values[name]
  return v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string]
}

/** A repeatable option whose values may also be comma-separated: `-e vps-01,vps-02 -e vps-03`. */
function names(ctx: Context, name: string): string[] {
  return list(ctx, name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

function required(ctx: Context, name: string): string {
  const v = str(ctx, name)
  if (v === undefined) throw new UsageError(`--${name} is required`)
  return v
}

/** An offer from a file, or a preset id at the fee given: a preset has no price of its own to fall back on. */
async function loadOffer(ctx: Context, ref: string, fee?: { amount: string; currency: string }): Promise<Offer> {
  const preset = presets.list().find((p) => p.id === ref)
  if (preset && fee) return offerFromPreset(preset, fee)
  if (preset) throw new UsageError(`the preset "${ref}" carries terms, not a price: use an offer file here, or compare presets with --with, at your offer's fee`)
  if (!ref.includes('.') && !ref.includes('/')) throw new UsageError(`"${ref}" is neither a preset id (see: matou presets) nor a file`)
  const data = await readDataFile(ref, ctx.cwd)
  try {
    return parseOffer(data as never)
  } catch (error) {
    if (error instanceof InputError) throw new FileError(ref, error)
    throw error
  }
}

/**
 * An offer's terms, and its services' prices when it has them: a preset carries terms, not prices, so its
 * services have none unless `--fee` gives one.
 */
async function loadTerms(ctx: Context, ref: string): Promise<{ offer: Offer; priced: boolean }> {
  const preset = presets.list().find((p) => p.id === ref)
  if (preset) return { offer: offerFromPreset(preset, { amount: '0', currency: 'EUR' }), priced: false }
  return { offer: await loadOffer(ctx, ref), priced: true }
}

async function loadIncidents(ctx: Context): Promise<IncidentInput[]> {
  const read = await readIncidents(ctx)
  warnSkipped(ctx, read.skipped.map((s) => ({ ...s, file: read.path })))
  return read.incidents
}

function warnSkipped(ctx: Context, skipped: readonly (SkippedRow & { file: string })[]): void {
  for (const s of skipped.slice(0, 20)) ctx.warn(`${s.file}${s.line !== undefined ? `:${s.line}` : s.path ? ` ${s.path}` : ''}: row skipped: ${s.reason}`)
  if (skipped.length > 20) ctx.warn(`${skipped[0]!.file}: ${skipped.length - 20} more rows skipped`)
}

async function readIncidents(ctx: Context): Promise<{ path: string; incidents: IncidentInput[]; skipped: SkippedRow[] }> {
  const path = required(ctx, 'incidents')
  const format = str(ctx, 'incidents-format')
  if (format !== undefined && !(INCIDENT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--incidents-format must be one of ${INCIDENT_FORMATS.join(', ')} (got "${format}")`)
  const dateFormat = str(ctx, 'date-format')
  const zone = str(ctx, 'dates-time-zone')
  const read = await readIncidentFile(path, {
    cwd: ctx.cwd,
    ...(format !== undefined && { format: format as IncidentFormat }),
    ...(dateFormat !== undefined && { dateFormat }),
    ...(zone !== undefined && { timeZone: zone }),
  })
  return { path, incidents: read.incidents as IncidentInput[], skipped: read.skipped }
}

function monthOf(incidents: readonly IncidentInput[], ctx: Context, timeZone: string) {
  const month = str(ctx, 'month')
  if (month !== undefined) {
    if (!/^\d{4}-\d{2}$/.test(month)) throw new UsageError(`--month must be YYYY-MM (got "${month}")`)
    return parsePeriod(month, timeZone)
  }
  const first = incidents[0]?.start
  let t = Number.NaN
  if (first instanceof Date) t = first.getTime()
  else if (typeof first === 'number') t = first
  else if (typeof first === 'string') t = parseIsoInstant(first)
  if (!Number.isFinite(t)) throw new UsageError('--month is required when the incident log is empty')
  // The month as the commitment's clock shows it: 2026-04-01T01:30+02:00 is April in Paris, March in UTC.
  return parsePeriod(new Date(t + zoneOffset(timeZone, t)).toISOString().slice(0, 7), timeZone)
}

function output(ctx: Context) {
  if (ctx.format === 'credit-notes-csv') throw new UsageError('--format credit-notes-csv is for matou statement only')
  return { format: ctx.format, lang: ctx.lang, color: ctx.color, ...(ctx.timeZone !== undefined && { timeZone: ctx.timeZone }) }
}

const statement: Command = {
  options: {
    offer: { type: 'string' },
    commitment: { type: 'string' },
    month: { type: 'string', short: 'm' },
    element: { type: 'string', short: 'e', multiple: true },
    clients: { type: 'string', short: 'c' },
    fee: { type: 'string' },
    currency: { type: 'string' },
    service: { type: 'string' },
    strict: { type: 'boolean' },
    ...INCIDENT_OPTIONS,
  },
  async run(ctx) {
    const ref = str(ctx, 'offer') ?? str(ctx, 'commitment')
    if (ref === undefined) throw new UsageError('--offer (a file or a preset id) is required')
    const { offer, priced } = await loadTerms(ctx, ref)
    const read = await readIncidents(ctx)
    const incidents = read.incidents
    const period = monthOf(incidents, ctx, offer.commitment.timeZone)
    const serviceOf = (id: string | undefined) => (id === undefined ? offer.services[0]! : offer.services.find((s) => s.id === id))
    if (!serviceOf(str(ctx, 'service'))) throw new UsageError(`the offer has no service "${str(ctx, 'service')}" (services: ${offer.services.map((s) => s.id).join(', ')})`)
    const option = str(ctx, 'fee')
    if (option === undefined && str(ctx, 'currency') !== undefined) throw new UsageError('--currency goes with --fee')
    // A fee comes from the client's row, else --fee, else the price of the client's service in the offer
    // file; a preset has no price, and then the fee is unknown rather than made up.
    const feeFor = (service: string | undefined): Pick<BilledElement, 'fee' | 'feeSource'> => {
      if (!priced) service = undefined
      if (option !== undefined) return { fee: { amount: option, currency: str(ctx, 'currency') ?? (priced ? serviceOf(service)?.fee.currency : undefined) ?? 'EUR' }, feeSource: 'option' }
      const s = serviceOf(service)
      return priced && s ? { fee: { amount: s.fee.amount.toString(), currency: s.fee.currency }, feeSource: 'offer' } : {}
    }
    const skipped: (SkippedRow & { file: string })[] = read.skipped.map((s) => ({ ...s, file: read.path }))
    let elements: BilledElement[]
    const clientsFile = str(ctx, 'clients')
    if (clientsFile !== undefined) {
      if (list(ctx, 'element').length) throw new UsageError('give --clients or --element, not both')
      const clients = await readClientFile(clientsFile, { cwd: ctx.cwd, ...(str(ctx, 'currency') !== undefined && { currency: str(ctx, 'currency')! }) })
      skipped.push(...clients.skipped.map((s) => ({ ...s, file: clientsFile })))
      // A preset has no services of its own to check a name against; an offer file has.
      const unknownServices = clients.clients.flatMap((c, i) => (priced && c.service !== undefined && !serviceOf(c.service) ? [{ path: `clients[${i}].service`, message: `the offer has no service "${c.service}" (services: ${offer.services.map((s) => s.id).join(', ')})` }] : []))
      if (unknownServices.length) throw new FileError(clientsFile, new InputError(unknownServices, `Cannot bill the clients of ${clientsFile}`))
      elements = clients.clients.map((c) => (c.fee !== undefined ? c : { ...c, ...feeFor(c.service ?? str(ctx, 'service')) }))
    } else {
      let ids = names(ctx, 'element')
      if (ids.length === 0) {
        // Every element the log names, in order of first appearance.
        const seen = new Set<string>()
        for (const x of incidents) for (const el of typeof x.elements === 'string' ? [x.elements] : (x.elements ?? [])) seen.add(el)
        ids = [...seen]
        if (ids.length === 0) ids = ['service']
      }
      const fee = feeFor(str(ctx, 'service'))
      elements = ids.map((id) => ({ id, ...fee }))
    }
    // At month-end the month is not always over: an open incident is measured up to now, or to the end of the month if that came first.
    const asOf = str(ctx, 'as-of') ?? (incidents.some((x) => x.end === undefined || x.end === null) ? new Date(Math.min((ctx.now ?? Date.now)(), period.end.getTime())) : undefined)
    const result = monthlyStatement({
      commitment: offer.commitment,
      period,
      incidents,
      elements,
      skipped,
      incidentsFile: read.path,
      strict: ctx.values.strict === true,
      // Elements chosen with -e are a selection from the log, not the list of everyone billed.
      ...(clientsFile === undefined && list(ctx, 'element').length > 0 && { unbilled: 'ignore' as const }),
      ...(asOf !== undefined && { asOf }),
    })
    for (const w of result.warnings.slice(0, 20)) ctx.warn(`${warningPath(w)}: ${warningText(w)}`)
    if (result.warnings.length > 20) ctx.warn(`${result.warnings.length - 20} more warnings: see the report`)
    if (ctx.format === 'credit-notes-csv') return creditNotesCsv(result, { lang: ctx.lang, offer })
    return renderStatement(result, output(ctx))
  },
}

const compare: Command = {
  options: {
    offer: { type: 'string' },
    with: { type: 'string', short: 'w', multiple: true },
    scenarios: { type: 'string', short: 's' },
    'loss-per-hour': { type: 'string' },
    month: { type: 'string', short: 'm' },
    element: { type: 'string', short: 'e' },
    ...INCIDENT_OPTIONS,
  },
  async run(ctx) {
    const draft = await loadOffer(ctx, required(ctx, 'offer'))
    const fee = { amount: draft.services[0]!.fee.amount.toString(), currency: draft.services[0]!.fee.currency }
    const others = await Promise.all(list(ctx, 'with').map((ref) => loadOffer(ctx, ref, fee)))
    let scenarios: ScenarioInput[] = standardScenarios()
    const file = str(ctx, 'scenarios')
    if (file !== undefined) {
      const data = await readDataFile(file, ctx.cwd)
      scenarios = (Array.isArray(data) ? data : (data as { scenarios?: unknown })?.scenarios) as ScenarioInput[]
      if (!Array.isArray(scenarios)) throw new FileError(file, new InputError([{ path: '', message: 'must be a list of scenarios, or { scenarios: [...] }' }]))
    }
    if (str(ctx, 'incidents') !== undefined) {
      const incidents = await loadIncidents(ctx)
      const period = monthOf(incidents, ctx, draft.commitment.timeZone)
      const el = str(ctx, 'element') ?? worstElement(incidents)
      const mine = incidents.filter((x) => x.elements === undefined || x.elements === null || (typeof x.elements === 'string' ? x.elements === el : x.elements.includes(el!)))
      scenarios = [
        {
          id: 'incident-log',
          name: el ? `${period.label} log, ${el}` : `${period.label} log`,
          description: `The incidents of ${str(ctx, 'incidents')} in ${period.label}${el ? ` that hit ${el}${str(ctx, 'element') ? '' : ' (the element with the most incidents)'}` : ''}.`,
          month: period.label,
          incidents: mine.map(({ elements: _, ...rest }) => rest),
        },
        ...scenarios,
      ]
    }
    const loss = str(ctx, 'loss-per-hour')
    const result = compareOffers({ offers: [draft, ...others], scenarios, ...(loss !== undefined && { clientLossPerHour: loss }) })
    return renderComparison(result, output(ctx))
  },
}

function worstElement(incidents: readonly IncidentInput[]): string | undefined {
  const count = new Map<string, number>()
  for (const x of incidents) for (const el of typeof x.elements === 'string' ? [x.elements] : (x.elements ?? [])) count.set(el, (count.get(el) ?? 0) + 1)
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
}

const budget: Command = {
  options: { offer: { type: 'string' }, with: { type: 'string', short: 'w' }, month: { type: 'string', short: 'm' } },
  async run(ctx) {
    const ref = str(ctx, 'offer') ?? str(ctx, 'with')
    if (ref === undefined) throw new UsageError('--offer (a file or a preset id) is required')
    // A budget is downtime, not money: a preset's terms are enough.
    const { offer } = await loadTerms(ctx, ref)
    const month = str(ctx, 'month') ?? new Date().toISOString().slice(0, 7)
    if (!/^\d{4}(-\d{2}|-Q\d)?$/.test(month)) throw new UsageError(`--month must be YYYY-MM, YYYY-Qn or YYYY (got "${month}")`)
    const result = downtimeBudget({ commitment: offer.commitment, period: parsePeriod(month, offer.commitment.timeZone) })
    return renderBudget(result, output(ctx))
  },
}

function number(ctx: Context, name: string, fallback?: number): number | undefined {
  const v = str(ctx, name)
  if (v === undefined) return fallback
  const n = Number(v)
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number (got "${v}")`)
  return n
}

const simulateCommand: Command = {
  options: {
    offer: { type: 'string' },
    clients: { type: 'string', short: 'c' },
    months: { type: 'string' },
    trials: { type: 'string' },
    seed: { type: 'string' },
    rate: { type: 'string' },
    duration: { type: 'string' },
    median: { type: 'string' },
    sigma: { type: 'string' },
    'durations-from': { type: 'string' },
    'correlated-rate': { type: 'string' },
    'correlated-duration': { type: 'string' },
    'outside-business-hours': { type: 'string' },
    response: { type: 'string' },
    service: { type: 'string' },
    fee: { type: 'string' },
    currency: { type: 'string' },
    ...INCIDENT_OPTIONS,
  },
  async run(ctx) {
    const ref = required(ctx, 'offer')
    const fee = str(ctx, 'fee')
    // Revenue is fee × clients × months: a made-up fee would make up the revenue, so a preset needs one.
    const preset = presets.list().find((p) => p.id === ref)
    if (preset && fee === undefined) throw new UsageError(`the preset "${ref}" carries terms, not a price: give the monthly fee each client pays with --fee (and --currency, default EUR)`)
    if (!preset && fee !== undefined) throw new UsageError(`--fee is for a preset: the offer file ${ref} sets its services' fees`)
    if (fee === undefined && str(ctx, 'currency') !== undefined) throw new UsageError('--currency goes with --fee')
    const offer = await loadOffer(ctx, ref, fee === undefined ? undefined : { amount: fee, currency: str(ctx, 'currency') ?? 'EUR' })
    const clients = number(ctx, 'clients')
    if (clients === undefined) throw new UsageError('--clients is required')
    let duration: DurationModel
    const from = str(ctx, 'durations-from')
    if (from !== undefined) {
      const read = await readIncidentFile(from, { cwd: ctx.cwd })
      duration = { type: 'empirical', incidents: read.incidents as IncidentInput[] }
    } else if (str(ctx, 'median') !== undefined) duration = { type: 'log-normal', median: str(ctx, 'median')!, sigma: number(ctx, 'sigma', 1)! }
    else duration = { type: 'exponential', mean: str(ctx, 'duration') ?? 'PT2H' }
    const correlatedRate = number(ctx, 'correlated-rate')
    const outside = number(ctx, 'outside-business-hours')
    const response = str(ctx, 'response')
    const started = Date.now()
    let shown = false
    const result = simulate({
      offer,
      clients,
      months: number(ctx, 'months', 12)!,
      trials: number(ctx, 'trials', 2000)!,
      seed: number(ctx, 'seed', 1)!,
      incidents: {
        rate: number(ctx, 'rate', 0.1)!,
        duration,
        ...(outside !== undefined && { outsideBusinessHours: outside }),
        ...(correlatedRate !== undefined && {
          correlated: {
            rate: correlatedRate,
            ...(str(ctx, 'correlated-duration') !== undefined && { duration: { type: 'exponential', mean: str(ctx, 'correlated-duration')! } }),
          },
        }),
      },
      ...(response !== undefined && { intervention: { response: { type: 'exponential', mean: response } } }),
      ...(str(ctx, 'service') !== undefined && { service: str(ctx, 'service')! }),
      // A bar on a terminal, and only for runs long enough to need one.
      ...(ctx.progress && {
        onProgress: (done: number, total: number) => {
          if (!shown && Date.now() - started < 1000) return
          shown = true
          const width = 30
          const full = Math.round((done / total) * width)
          ctx.progress!(`[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${done}/${total} trials`)
          if (done === total) ctx.progress!('')
        },
      }),
    })
    return renderSimulation(result, output(ctx))
  },
}

const presetsCommand: Command = {
  options: {},
  async run(ctx) {
    const [sub, id] = ctx.positionals
    if (sub === undefined || sub === 'list') return renderPresetList(presets.list(), output(ctx))
    if (sub !== 'show') throw new UsageError(`unknown presets subcommand "${sub}": use "matou presets" or "matou presets show ID"`)
    if (id === undefined) throw new UsageError('matou presets show needs a preset id (see: matou presets)')
    const preset: Preset = presets.byId(id)
    parseCommitment(preset)
    return renderPreset(preset, output(ctx))
  },
}

const catalogue: Command = {
  options: {
    where: { type: 'string', multiple: true },
    'loss-per-hour': { type: 'string' },
    'cover-at-least': { type: 'string' },
    sort: { type: 'string' },
  },
  async run(ctx) {
    if (ctx.positionals.length === 0) throw new UsageError('give offer files, e.g. matou catalogue offers/*.yaml')
    // The shell expands offers/*.yaml; a pattern left as it is matched nothing.
    const unmatched = ctx.positionals.filter((f) => /[*?]/.test(f))
    if (unmatched.length) throw new UsageError(`no offer file matches ${unmatched.join(' ')}`)
    const offers = await Promise.all(ctx.positionals.map((f) => loadOffer(ctx, f)))
    const criteria = parseCriteria(list(ctx, 'where'))
    const loss = str(ctx, 'loss-per-hour')
    const atLeast = str(ctx, 'cover-at-least')
    if ((loss === undefined) !== (atLeast === undefined)) throw new UsageError('--loss-per-hour and --cover-at-least go together')
    const sort = str(ctx, 'sort')
    if (sort !== undefined && !['name', 'fee', 'gti', 'target'].includes(sort)) throw new UsageError('--sort must be name, fee, gti or target')
    const result = filterOffers(offers, { ...criteria, ...(loss !== undefined && { cover: { lossPerHour: loss, atLeast: atLeast! } }) }, sort ? { sortBy: sort as 'name' } : {})
    return renderCatalogue(result, output(ctx))
  },
}

const schema: Command = {
  options: {},
  async run(ctx) {
    const name = ctx.positionals[0]
    if (name === undefined || !(SCHEMA_NAMES as string[]).includes(name)) throw new UsageError(`name a schema: ${SCHEMA_NAMES.join(', ')}`)
    return `${JSON.stringify(jsonSchema(name as SchemaName), null, 2)}\n`
  },
}

/** Every command, by name. */
export const COMMANDS = { statement, compare, budget, simulate: simulateCommand, presets: presetsCommand, catalogue, schema, guarantees: guaranteesCommand } as const satisfies Record<string, Command>
