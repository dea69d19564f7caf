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
import { monthlyStatement } from '../statement/monthly.js'
import { parsePeriod } from '../time/period.js'
import { FileError, INCIDENT_FORMATS, type IncidentFormat, readDataFile, readIncidentFile } from './files.js'

/** A mistake in how the command was called (exit code 2), as opposed to bad input (exit code 1). */
export class UsageError extends Error {}

/** How to write the result. */
export interface Output {
  format: 'text' | 'markdown' | 'json' | 'html'
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

function required(ctx: Context, name: string): string {
  const v = str(ctx, name)
  if (v === undefined) throw new UsageError(`--${name} is required`)
  return v
}

/** An offer from a file, or a preset id at the fee given. */
async function loadOffer(ctx: Context, ref: string, fee?: { amount: string; currency: string }): Promise<Offer> {
  const preset = presets.list().find((p) => p.id === ref)
  if (preset) return offerFromPreset(preset, fee ?? { amount: '10', currency: 'EUR' })
  if (!ref.includes('.') && !ref.includes('/')) throw new UsageError(`"${ref}" is neither a preset id (see: matou presets) nor a file`)
  const data = await readDataFile(ref, ctx.cwd)
  try {
    return parseOffer(data as never)
  } catch (error) {
    if (error instanceof InputError) throw new FileError(ref, error)
    throw error
  }
}

async function loadIncidents(ctx: Context): Promise<IncidentInput[]> {
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
  for (const s of read.skipped.slice(0, 20)) ctx.warn(`${path}${s.line !== undefined ? `:${s.line}` : s.path ? ` ${s.path}` : ''}: row skipped: ${s.reason}`)
  if (read.skipped.length > 20) ctx.warn(`${path}: ${read.skipped.length - 20} more rows skipped`)
  return read.incidents as IncidentInput[]
}

function monthOf(incidents: readonly IncidentInput[], ctx: Context, timeZone: string) {
  const month = str(ctx, 'month')
  if (month !== undefined) {
    if (!/^\d{4}-\d{2}$/.test(month)) throw new UsageError(`--month must be YYYY-MM (got "${month}")`)
    return parsePeriod(month, timeZone)
  }
  const first = incidents[0]?.start
  const t = first instanceof Date ? first.getTime() : typeof first === 'number' ? first : typeof first === 'string' ? Date.parse(first) : Number.NaN
  if (Number.isNaN(t)) throw new UsageError('--month is required when the incident log is empty')
  return parsePeriod(new Date(t).toISOString().slice(0, 7), timeZone)
}

function output(ctx: Context) {
  return { format: ctx.format, lang: ctx.lang, color: ctx.color, ...(ctx.timeZone !== undefined && { timeZone: ctx.timeZone }) }
}

const statement: Command = {
  options: {
    offer: { type: 'string' },
    commitment: { type: 'string' },
    month: { type: 'string', short: 'm' },
    element: { type: 'string', short: 'e', multiple: true },
    fee: { type: 'string' },
    currency: { type: 'string' },
    service: { type: 'string' },
    ...INCIDENT_OPTIONS,
  },
  async run(ctx) {
    const ref = str(ctx, 'offer') ?? str(ctx, 'commitment')
    if (ref === undefined) throw new UsageError('--offer (a file or a preset id) is required')
    const offer = await loadOffer(ctx, ref)
    const incidents = await loadIncidents(ctx)
    const period = monthOf(incidents, ctx, offer.commitment.timeZone)
    const service = str(ctx, 'service') === undefined ? offer.services[0]! : offer.services.find((s) => s.id === str(ctx, 'service'))
    if (!service) throw new UsageError(`the offer has no service "${str(ctx, 'service')}"`)
    const fee = { amount: str(ctx, 'fee') ?? service.fee.amount.toString(), currency: str(ctx, 'currency') ?? service.fee.currency }
    let ids = list(ctx, 'element')
    if (ids.length === 0) {
      // Every element the log names, in order of first appearance.
      const seen = new Set<string>()
      for (const x of incidents) for (const el of typeof x.elements === 'string' ? [x.elements] : (x.elements ?? [])) seen.add(el)
      ids = [...seen]
      if (ids.length === 0) ids = ['service']
    }
    const asOf = str(ctx, 'as-of')
    const result = monthlyStatement({
      commitment: offer.commitment,
      period,
      incidents,
      elements: ids.map((id) => ({ id, fee })),
      ...(asOf !== undefined && { asOf }),
    })
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
    const offer = await loadOffer(ctx, ref)
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
    ...INCIDENT_OPTIONS,
  },
  async run(ctx) {
    const offer = await loadOffer(ctx, required(ctx, 'offer'))
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
export const COMMANDS = { statement, compare, budget, simulate: simulateCommand, presets: presetsCommand, catalogue, schema } as const satisfies Record<string, Command>
