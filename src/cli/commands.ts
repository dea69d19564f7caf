import { type ParseArgsConfig } from 'node:util'
import { downtimeBudget } from '../availability/budget.js'
import { parseCommitment } from '../commitment/commitment.js'
import { InputError, type IssueDraft } from '../errors.js'
import { CSV_COLUMNS } from '../io/vocabulary.js'
import { type GapRule } from '../io/probes.js'
import { compareOffers } from '../offers/compare.js'
import { filterOffers } from '../offers/filter.js'
import { type Offer, offerFromPreset, parseOffer } from '../offers/offer.js'
import { frenchPresetName } from '../offers/presets/sources/french.js'
import { type Preset, presets } from '../offers/presets/index.js'
import { type ScenarioInput } from '../schema/scenario.js'
import { standardScenarios } from '../offers/scenarios.js'
import { renderBudget, renderCatalogue, renderComparison, renderPreset, renderSimulation, renderStatementChunks } from '../report/index.js'
import { type DurationModel, simulate } from '../simulation/simulate.js'
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../schema/json-schema.js'
import { type IncidentInput } from '../schema/incident.js'
import { type BilledElement, monthlyStatement } from '../statement/monthly.js'
import { creditNotesCsv } from '../report/credit-notes.js'
import { type SkippedRow } from '../io/result.js'
import { readAmountCell } from '../io/clients.js'
import { monthOfInstant, parsePeriod } from '../time/period.js'
import { UsageError } from './args.js'
import { issueText, LocalisedInputError } from './localise.js'
import { catalogueCriteria, whereHints } from './criteria.js'
import { FileError, INCIDENT_FORMATS, type IncidentFile, type IncidentFormat, readClientFile, readDataFile, readIncidentFile, readIncidentLog } from './files.js'
import { hasOpenIncident, type IncidentColumns, isIncidentColumns } from '../incidents/columns.js'
import { locator, warningLines, warnSkippedRows, warnStatement } from './locate.js'
import { unjudgedGuarantees } from './unjudged.js'
import { type CliMessages } from './messages.js'
import { presetList } from './presets-list.js'
import { nearest } from './suggest.js'
import { readAmount, readCount, readCurrency, readDurationFlag, readInstant, readInteger, readMonth, readPeriodLabel, readPercent, readPositive, readRate, readShare } from './values.js'

export { UsageError } from './args.js'

/** How to write the result. */
export interface Output {
  format: 'text' | 'markdown' | 'json' | 'html' | 'credit-notes-csv'
  lang: 'fr' | 'en'
  timeZone?: string
  color: boolean
  /** Columns of the terminal, for text tables. */
  width?: number
}

/** What a command receives. */
export interface Context extends Output {
  values: Record<string, unknown>
  positionals: string[]
  cwd: string
  /** The command line's words, in the user's language. */
  m: CliMessages
  warn(text: string): void
  /** Writes a progress line on a terminal; undefined elsewhere. */
  progress?: (text: string) => void
  /** The current instant; the real clock, a fixed one in tests. */
  now?: () => number
  /** Reads standard input to its end, for a file named `-`. */
  stdin?: () => Promise<string>
}

export interface Command {
  options: NonNullable<ParseArgsConfig['options']>
  /** Options that contradict each other when given together. */
  conflicts?: readonly (readonly [string, string])[]
  /** Whether the command takes arguments besides its options. */
  positionals?: boolean
  /** The output: one string, or pieces written as they come (a statement of a million incidents). */
  run(ctx: Context): Promise<string | Iterable<string>>
}

const INCIDENT_OPTIONS = {
  incidents: { type: 'string', short: 'i' },
  'incidents-format': { type: 'string' },
  'date-format': { type: 'string' },
  'dates-time-zone': { type: 'string' },
  'ambiguous-time': { type: 'string' },
  columns: { type: 'string' },
  gap: { type: 'string' },
  'max-gap': { type: 'string' },
} as const

/** The incident fields a `--columns` mapping may name. */
const INCIDENT_FIELDS: readonly string[] = CSV_COLUMNS

function str(ctx: Context, name: string): string | undefined {
  return ctx.values[name] as string | undefined
}

/** `read` of the option's text, when the option is given. */
function ifGiven<T>(ctx: Context, name: string, read: (text: string) => T): T | undefined {
  const text = str(ctx, name)
  return text === undefined ? undefined : read(text)
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
  if (v === undefined) throw new UsageError(ctx.m.required(`--${name}`))
  return v
}

export function files(ctx: Context) {
  return { cwd: ctx.cwd, m: ctx.m, warn: (text: string) => ctx.warn(text), ...(ctx.stdin !== undefined && { stdin: ctx.stdin }) }
}

/** A file as messages name it: standard input by its name, not `-`. */
function fileLabel(ctx: Context, path: string): string {
  return path === '-' ? ctx.m.stdinName : path
}

function presetById(ref: string): Preset | undefined {
  return presets.list().find((p) => p.id === ref)
}

/** "x is neither a preset nor a file", with the preset ids nearest to what was written. */
export function notAnOffer(ctx: Context, ref: string): UsageError {
  const near = nearest(ref, presets.ids(), 3)
  return new UsageError(`${ctx.m.notPresetNorFile(ref)}${near.length ? `${ctx.m.sep}${ctx.m.didYouMean(near)}` : ''}`)
}

/** The offer made from a preset, named in the user's language: its header and every report print the name. */
function presetOffer(ctx: Context, preset: Preset, fee: { amount: string; currency: string }): Offer {
  return offerFromPreset(ctx.lang === 'fr' ? { ...preset, name: frenchPresetName(preset.name) } : preset, fee)
}

/** An offer from a file, or a preset id at the fee given: a preset has no price of its own to fall back on. */
async function loadOffer(ctx: Context, ref: string, fee?: { amount: string; currency: string }): Promise<Offer> {
  const preset = presetById(ref)
  if (preset && fee) return presetOffer(ctx, preset, fee)
  if (preset) throw new UsageError(ctx.m.presetNoPrice(ref))
  if (!ref.includes('.') && !ref.includes('/') && ref !== '-') throw notAnOffer(ctx, ref)
  const data = await readDataFile(ref, files(ctx))
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
  const preset = presetById(ref)
  if (preset) return { offer: presetOffer(ctx, preset, { amount: '0', currency: 'EUR' }), priced: false }
  return { offer: await loadOffer(ctx, ref), priced: true }
}

function warnSkipped(ctx: Context, skipped: readonly (SkippedRow & { file: string })[]): void {
  const file = skipped[0]?.file
  if (file !== undefined) warnSkippedRows(ctx, file, skipped)
}

/** `start=début,end=fin`: the CSV's own column names by incident field. */
function columnMap(ctx: Context): Record<string, string> | undefined {
  const text = str(ctx, 'columns')
  if (text === undefined) return undefined
  const map: Record<string, string> = {}
  for (const pair of text.split(',')) {
    const [, name, column] = /^\s*([A-Za-z]+)\s*=\s*(.+?)\s*$/.exec(pair) ?? []
    if (name === undefined || column === undefined) throw new UsageError(ctx.m.badColumns('--columns', text))
    const field = INCIDENT_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase())
    if (!field) {
      const near = nearest(name, INCIDENT_FIELDS)
      throw new UsageError(`${ctx.m.unknownColumnField('--columns', name, INCIDENT_FIELDS)}${near.length ? `${ctx.m.sep}${ctx.m.didYouMean(near)}` : ''}`)
    }
    map[field] = column
  }
  return map
}

function ambiguousTime(ctx: Context): 'reject' | 'earlier' | 'later' | undefined {
  const v = str(ctx, 'ambiguous-time')
  if (v === undefined) return undefined
  const allowed = ['reject', 'earlier', 'later'] as const
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(ctx.m.oneOf('--ambiguous-time', allowed, v))
  return v as (typeof allowed)[number]
}

/** How local dates are read, in the log and in the date options: the offer's zone unless told otherwise. */
function localTime(ctx: Context, zone: string) {
  const dateFormat = str(ctx, 'date-format')
  const ambiguous = ambiguousTime(ctx)
  return {
    timeZone: str(ctx, 'dates-time-zone') ?? zone,
    ...(dateFormat !== undefined && { dateFormat }),
    ...(ambiguous !== undefined && { ambiguousTime: ambiguous }),
  }
}

const GAP_RULES = ['unknown', 'up', 'down', 'exclude', 'previous'] as const satisfies readonly GapRule[]

/** How probe data (Prometheus, Uptime Kuma) counts time without samples: `--gap`, `--max-gap`. */
export function gapPolicy(ctx: Context): { gap?: GapRule; maxGap?: number } {
  const gap = str(ctx, 'gap')
  if (gap !== undefined && !(GAP_RULES as readonly string[]).includes(gap)) throw new UsageError(ctx.m.oneOf('--gap', GAP_RULES, gap))
  const maxGap = ifGiven(ctx, 'max-gap', (text) => readDurationFlag('--max-gap', text, ctx.m))
  return { ...(gap !== undefined && { gap: gap as GapRule }), ...(maxGap !== undefined && { maxGap }) }
}

/** Checks the reading options of an incident log before any file is read. */
function checkReadingOptions(ctx: Context): void {
  const format = str(ctx, 'incidents-format')
  if (format !== undefined && !(INCIDENT_FORMATS as readonly string[]).includes(format)) throw new UsageError(ctx.m.oneOf('--incidents-format', INCIDENT_FORMATS, format))
  columnMap(ctx)
  ambiguousTime(ctx)
  gapPolicy(ctx)
}

interface IncidentLog {
  path: string
  incidents: IncidentInput[]
  skipped: SkippedRow[]
  read: IncidentFile
}

async function readIncidents(ctx: Context, path: string, zone: string): Promise<IncidentLog> {
  const format = str(ctx, 'incidents-format')
  const columns = columnMap(ctx)
  const read = await readIncidentFile(path, {
    ...files(ctx),
    ...localTime(ctx, zone),
    ...(format !== undefined && { format: format as IncidentFormat }),
    ...(columns !== undefined && { columns }),
    ...gapPolicy(ctx),
  })
  return { path: fileLabel(ctx, path), incidents: read.incidents as IncidentInput[], skipped: read.skipped, read }
}

/** The log a statement is drawn up from: a CSV as columns, so that a million rows are no million objects. */
async function readStatementLog(ctx: Context, path: string, zone: string) {
  const format = str(ctx, 'incidents-format')
  const columns = columnMap(ctx)
  const read = await readIncidentLog(path, {
    ...files(ctx),
    ...localTime(ctx, zone),
    ...(format !== undefined && { format: format as IncidentFormat }),
    ...(columns !== undefined && { columns }),
    ...gapPolicy(ctx),
  })
  return { path: fileLabel(ctx, path), incidents: read.incidents, skipped: read.skipped, read }
}

/** Every element the log names, in order of first appearance. */
function elementsNamed(incidents: readonly IncidentInput[] | IncidentColumns): string[] {
  const seen = new Set<string>()
  if (isIncidentColumns(incidents)) {
    for (let i = 0; i < incidents.count; i++) {
      // A name's index from 0; -1 for every element (no name); -2 - k for the list k.
      const k = incidents.element[i] ?? -1
      const name = k >= 0 ? incidents.names[k] : undefined
      if (name !== undefined) seen.add(name)
      else if (k <= -2) for (const el of incidents.lists[-2 - k]?.elements ?? []) seen.add(el)
    }
  } else for (const x of incidents) for (const el of typeof x.elements === 'string' ? [x.elements] : (x.elements ?? [])) seen.add(el)
  return [...seen]
}

function monthOf(incidents: readonly IncidentInput[] | IncidentColumns, ctx: Context, timeZone: string) {
  const month = str(ctx, 'month')
  if (month !== undefined) return parsePeriod(readMonth('--month', month, ctx.m), timeZone)
  // The month as the commitment's clock shows it: 2026-04-01T01:30+02:00 is April in Paris, March in UTC.
  const first = monthOfInstant(isIncidentColumns(incidents) ? incidents.start[0] : incidents[0]?.start, timeZone)
  if (first === undefined) throw new UsageError(ctx.m.monthForEmptyLog)
  return parsePeriod(first, timeZone)
}

function output(ctx: Context) {
  if (ctx.format === 'credit-notes-csv') throw new UsageError(ctx.m.csvOnlyStatement)
  return { format: ctx.format, lang: ctx.lang, color: ctx.color, ...(ctx.timeZone !== undefined && { timeZone: ctx.timeZone }), ...(ctx.width !== undefined && { width: ctx.width }) }
}

/** The fee and currency options, checked: `--currency` only with `--fee`. */
function feeOption(ctx: Context): { amount: string; currency?: string } | undefined {
  const fee = str(ctx, 'fee')
  const currency = str(ctx, 'currency')
  if (fee === undefined && currency !== undefined) throw new UsageError(ctx.m.goTogether('--currency', '--fee'))
  if (fee === undefined) return undefined
  // Written as a client list's fee may be, `9,99 €` or `1 234,50 €` too: its sign or code is its currency.
  const cell = readAmountCell(fee)
  if (!cell) throw new UsageError(ctx.m.badAmount('--fee', fee))
  const given = currency === undefined ? undefined : readCurrency('--currency', currency, ctx.m)
  if (cell.currency !== undefined && given !== undefined && cell.currency !== given) throw new UsageError(ctx.m.feeCurrency(fee, cell.currency, given))
  const code = given ?? (cell.currency === undefined ? undefined : readCurrency('--fee', cell.currency, ctx.m))
  return { amount: cell.amount, ...(code !== undefined && { currency: code }) }
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
    'as-of': { type: 'string' },
    ...INCIDENT_OPTIONS,
  },
  conflicts: [
    ['offer', 'commitment'],
    ['clients', 'element'],
  ],
  async run(ctx) {
    const m = ctx.m
    const ref = str(ctx, 'offer') ?? str(ctx, 'commitment')
    if (ref === undefined) throw new UsageError(m.offerRequired)
    const logPath = required(ctx, 'incidents')
    ifGiven(ctx, 'month', (text) => readMonth('--month', text, m))
    checkReadingOptions(ctx)
    const option = feeOption(ctx)
    if ([logPath, str(ctx, 'clients'), ref].filter((f) => f === '-').length > 1) throw new UsageError(m.stdinTwice)
    const { offer, priced } = await loadTerms(ctx, ref)
    const zone = offer.commitment.timeZone
    const asOfText = str(ctx, 'as-of')
    const asOfGiven = asOfText === undefined ? undefined : readInstant('--as-of', asOfText, localTime(ctx, zone), m)
    const serviceOf = (id: string | undefined) => (id === undefined ? offer.services[0] : offer.services.find((s) => s.id === id))
    const wanted = str(ctx, 'service')
    if (wanted !== undefined && !serviceOf(wanted)) {
      const near = nearest(wanted, offer.services.map((s) => s.id))
      throw new UsageError(`${m.noService(wanted, offer.services.map((s) => s.id))}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}`)
    }
    const log = await readStatementLog(ctx, logPath, zone)
    const incidents = log.incidents
    // A log whose every row was refused reads as empty: say why each was, before asking for --month.
    const empty = isIncidentColumns(incidents) ? incidents.start.length === 0 : incidents.length === 0
    if (empty && str(ctx, 'month') === undefined) warnSkipped(ctx, log.skipped.map((s) => ({ ...s, file: log.path })))
    const period = monthOf(incidents, ctx, zone)
    // A fee comes from the client's row, else --fee, else the price of the client's service in the offer
    // file; a preset has no price, and then the fee is unknown rather than made up.
    const feeFor = (service: string | undefined): Pick<BilledElement, 'fee' | 'feeSource'> => {
      if (!priced) service = undefined
      if (option !== undefined) return { fee: { amount: option.amount, currency: option.currency ?? (priced ? serviceOf(service)?.fee.currency : undefined) ?? 'EUR' }, feeSource: 'option' }
      const s = serviceOf(service)
      return priced && s ? { fee: { amount: s.fee.amount.toString(), currency: s.fee.currency }, feeSource: 'offer' } : {}
    }
    const skipped: (SkippedRow & { file: string })[] = log.skipped.map((s) => ({ ...s, file: log.path }))
    let elements: BilledElement[]
    const clientsFile = str(ctx, 'clients')
    let clientLines: readonly (number | undefined)[] | undefined
    if (clientsFile !== undefined) {
      const clients = await readClientFile(clientsFile, { ...files(ctx), ...(option?.currency !== undefined && { currency: option.currency }) })
      clientLines = clients.lines
      skipped.push(...clients.skipped.map((s) => ({ ...s, file: fileLabel(ctx, clientsFile) })))
      // A preset has no services of its own to check a name against; an offer file has. Each unknown one
      // is named at its line, as the treasurer's spreadsheet shows it.
      const services = offer.services.map((s) => s.id)
      const unknownServices: IssueDraft[] = clients.clients.flatMap((c, i) => {
        if (!priced || c.service === undefined || serviceOf(c.service)) return []
        const near = nearest(c.service, services)
        return [{ path: `elements[${i}].service`, message: `${m.unknownServiceInClients(c.service, services)}${near.length ? `${m.sep}${m.didYouMean(near)}` : ''}` }]
      })
      if (unknownServices.length) {
        const locate = locator({ m, log, clientsFile: fileLabel(ctx, clientsFile), clientLines })
        throw new FileError(clientsFile, new LocalisedInputError(unknownServices, m.cannotBill(fileLabel(ctx, clientsFile))), locate)
      }
      elements = clients.clients.map((c) => (c.fee !== undefined ? c : { ...c, ...feeFor(c.service ?? str(ctx, 'service')) }))
    } else {
      let ids = names(ctx, 'element')
      if (ids.length === 0) {
        ids = elementsNamed(incidents)
        if (ids.length === 0) ids = ['service']
      }
      const fee = feeFor(str(ctx, 'service'))
      elements = ids.map((id) => ({ id, ...fee }))
    }
    // At month-end the month is not always over: an open incident is measured up to now, or to the end of the month if that came first.
    const asOf = asOfGiven !== undefined ? new Date(asOfGiven) : hasOpenIncident(incidents) ? new Date(Math.min((ctx.now ?? Date.now)(), period.end.getTime())) : undefined
    const locate = locator({ m, log, clientsFile: clientsFile === undefined ? undefined : fileLabel(ctx, clientsFile), clientLines })
    let result
    try {
      result = monthlyStatement({
        commitment: offer.commitment,
        period,
        incidents,
        elements,
        skipped,
        incidentsFile: log.path,
        // Probe data says how much of the month it observed.
        ...(log.read.gaps !== undefined && { gaps: log.read.gaps }),
        // Drawn up leniently, then refused here with --strict: the warnings are worded where they point.
        // Elements chosen with -e are a selection from the log, not the list of everyone billed.
        ...(clientsFile === undefined && list(ctx, 'element').length > 0 && { unbilled: 'ignore' as const }),
        ...(asOf !== undefined && { asOf }),
        // A client in service part of the month pays a part of its fee only where the offer says so.
        ...(offer.partMonth !== undefined && { partMonth: offer.partMonth }),
      })
    } catch (error) {
      if (error instanceof InputError) throw new FileError(error.issues.every((i) => i.path.startsWith('elements')) && clientsFile ? clientsFile : logPath, error, locate)
      throw error
    }
    if (ctx.values.strict === true && result.warnings.length)
      throw new LocalisedInputError(
        warningLines(ctx, result.warnings, locate).map((message) => ({ path: '', message })),
        m.strictFailed,
      )
    warnStatement(ctx, result.warnings, locate)
    // Every row refused: the statement counts no downtime, which the warnings above explain but a reader
    // of the report alone could take for a month without incidents.
    if (empty && log.skipped.length > 0) ctx.warn(m.nothingRead(log.path, log.skipped.length))
    if (ctx.format === 'credit-notes-csv') return creditNotesCsv(result, { lang: ctx.lang, offer })
    // The offer's whole band table, so that the charts draw every band and its target, not only those that applied.
    // The printed header names the offer, so that a page handed over alone still says what it bills under.
    // A preset's name already starts with its provider ("OVH VPS VALUE (2016)"): it is not said twice.
    const header = offer.name.startsWith(offer.provider) ? offer.name : `${offer.provider}, ${offer.name}`
    // The report's warnings point at CSV lines as standard error does.
    return renderStatementChunks(result, { ...output(ctx), commitment: offer.commitment, offer: header, ...(log.read.lines !== undefined && { incidentLines: log.read.lines }) })
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
    const m = ctx.m
    const ref = required(ctx, 'offer')
    const loss = ifGiven(ctx, 'loss-per-hour', (text) => readAmount('--loss-per-hour', text, m))
    ifGiven(ctx, 'month', (text) => readMonth('--month', text, m))
    checkReadingOptions(ctx)
    for (const other of list(ctx, 'with')) if (!presetById(other) && !other.includes('.') && !other.includes('/')) throw notAnOffer(ctx, other)
    const draft = await loadOffer(ctx, ref)
    const fee = { amount: draft.services[0].fee.amount.toString(), currency: draft.services[0].fee.currency }
    const others = await Promise.all(list(ctx, 'with').map((r) => loadOffer(ctx, r, fee)))
    let scenarios: ScenarioInput[] = standardScenarios()
    const file = str(ctx, 'scenarios')
    if (file !== undefined) {
      const data = await readDataFile(file, files(ctx))
      scenarios = (Array.isArray(data) ? data : (data as { scenarios?: unknown })?.scenarios) as ScenarioInput[]
      if (!Array.isArray(scenarios)) throw new FileError(file, new LocalisedInputError([{ path: '', message: m.scenariosShape }], m.cannotRead(file)))
    }
    const logPath = str(ctx, 'incidents')
    // Said once the comparison is drawn up: a guarantee of the log that an offer cannot judge, as the statement says it.
    let unjudged = (): void => {}
    if (logPath !== undefined) {
      const log = await readIncidents(ctx, logPath, draft.commitment.timeZone)
      warnSkipped(ctx, log.skipped.map((s) => ({ ...s, file: log.path })))
      const incidents = log.incidents
      const period = monthOf(incidents, ctx, draft.commitment.timeZone)
      const el = str(ctx, 'element') ?? worstElement(incidents)
      // The element's incidents, with their places in the log, so that a warning names the log's line.
      const at: number[] = []
      const mine: IncidentInput[] = []
      incidents.forEach((x, i) => {
        if (x.elements === undefined || x.elements === null || (typeof x.elements === 'string' ? x.elements === el : el !== undefined && x.elements.includes(el))) {
          mine.push(x)
          at.push(i)
        }
      })
      unjudged = () => warnStatement(ctx, unjudgedGuarantees([draft, ...others], mine, at, period.label, log.path), locator({ m, log }))
      scenarios = [
        {
          id: 'incident-log',
          name: m.logScenarioName(period.label, el),
          description: m.logScenarioDescription(log.path, period.label, el, str(ctx, 'element') !== undefined),
          month: period.label,
          incidents: mine.map(({ elements: _, ...rest }) => rest),
        },
        ...scenarios,
      ]
    }
    const result = compareOffers({ offers: [draft, ...others], scenarios, ...(loss !== undefined && { clientLossPerHour: loss }) })
    unjudged()
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
  conflicts: [['offer', 'with']],
  async run(ctx) {
    const ref = str(ctx, 'offer') ?? str(ctx, 'with')
    if (ref === undefined) throw new UsageError(ctx.m.offerRequired)
    const month = readPeriodLabel('--month', str(ctx, 'month') ?? new Date((ctx.now ?? Date.now)()).toISOString().slice(0, 7), ctx.m)
    // A budget is downtime, not money: a preset's terms are enough.
    const { offer } = await loadTerms(ctx, ref)
    const result = downtimeBudget({ commitment: offer.commitment, period: parsePeriod(month, offer.commitment.timeZone) })
    return renderBudget(result, output(ctx))
  },
}

/** The option an issue of the simulation's options is about, when it is one the command line sets. */
const SIMULATION_FLAGS: Record<string, string> = {
  clients: '--clients',
  months: '--months',
  trials: '--trials',
  seed: '--seed',
  'incidents.rate': '--rate',
  'incidents.duration': '--duration',
  'incidents.duration.mean': '--duration',
  'incidents.duration.median': '--median',
  'incidents.duration.sigma': '--sigma',
  'incidents.correlated.rate': '--correlated-rate',
  'incidents.correlated.duration': '--correlated-duration',
  'incidents.correlated.duration.mean': '--correlated-duration',
  'incidents.outsideBusinessHours': '--outside-business-hours',
  'intervention.response.mean': '--response',
  service: '--service',
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
    'incidents-format': { type: 'string' },
    'date-format': { type: 'string' },
    'dates-time-zone': { type: 'string' },
    'ambiguous-time': { type: 'string' },
    columns: { type: 'string' },
    gap: { type: 'string' },
    'max-gap': { type: 'string' },
  },
  conflicts: [
    ['duration', 'median'],
    ['duration', 'durations-from'],
    ['median', 'durations-from'],
    ['sigma', 'durations-from'],
    ['sigma', 'duration'],
  ],
  async run(ctx) {
    const m = ctx.m
    const ref = required(ctx, 'offer')
    const fee = feeOption(ctx)
    // Every value is checked before the work starts: a typo costs milliseconds, not a run.
    const clients = readCount('--clients', required(ctx, 'clients'), m)
    const months = readCount('--months', str(ctx, 'months') ?? '12', m)
    const trials = readCount('--trials', str(ctx, 'trials') ?? '2000', m)
    const seed = readInteger('--seed', str(ctx, 'seed') ?? '1', m)
    const rate = readRate('--rate', str(ctx, 'rate') ?? '0.1', m)
    const duration = (flag: string) => ifGiven(ctx, flag.slice(2), (text) => readDurationFlag(flag, text, m))
    const mean = duration('--duration')
    const median = duration('--median')
    const sigma = ifGiven(ctx, 'sigma', (text) => readPositive('--sigma', text, m))
    if (sigma !== undefined && median === undefined) throw new UsageError(m.goTogether('--sigma', '--median'))
    const correlatedRate = ifGiven(ctx, 'correlated-rate', (text) => readRate('--correlated-rate', text, m))
    const correlatedDuration = duration('--correlated-duration')
    if (correlatedDuration !== undefined && correlatedRate === undefined) throw new UsageError(m.goTogether('--correlated-duration', '--correlated-rate'))
    const outside = ifGiven(ctx, 'outside-business-hours', (text) => readShare('--outside-business-hours', text, m))
    const response = duration('--response')
    checkReadingOptions(ctx)
    // Revenue is fee × clients × months: a made-up fee would make up the revenue, so a preset needs one.
    const preset = presetById(ref)
    if (preset && fee === undefined) throw new UsageError(m.presetNeedsFee(ref))
    // A name that is no preset and cannot be a file is a misspelt preset: said as such, not as a file that sets its price.
    if (!preset && !ref.includes('.') && !ref.includes('/') && ref !== '-') throw notAnOffer(ctx, ref)
    if (!preset && fee !== undefined) throw new UsageError(m.feeIsForPreset(ref))
    const offer = await loadOffer(ctx, ref, fee === undefined ? undefined : { amount: fee.amount, currency: fee.currency ?? 'EUR' })
    let model: DurationModel
    const from = str(ctx, 'durations-from')
    if (from !== undefined) {
      if (from === '-' && ref === '-') throw new UsageError(m.stdinTwice)
      const log = await readIncidents(ctx, from, offer.commitment.timeZone)
      warnSkipped(ctx, log.skipped.map((s) => ({ ...s, file: log.path })))
      model = { type: 'empirical', incidents: log.incidents }
    } else if (median !== undefined) model = { type: 'log-normal', median, sigma: sigma ?? 1 }
    else model = { type: 'exponential', mean: mean ?? 'PT2H' }
    const started = Date.now()
    let shown = false
    const progress = ctx.progress
    let result
    try {
      result = simulate({
        offer,
        clients,
        months,
        trials,
        seed,
        incidents: {
          rate,
          duration: model,
          ...(outside !== undefined && { outsideBusinessHours: outside }),
          ...(correlatedRate !== undefined && {
            correlated: { rate: correlatedRate, ...(correlatedDuration !== undefined && { duration: { type: 'exponential', mean: correlatedDuration } }) },
          }),
        },
        ...(response !== undefined && { intervention: { response: { type: 'exponential', mean: response } } }),
        ...ifGiven(ctx, 'service', (service) => ({ service })),
        // A bar on a terminal, and only for runs long enough to need one.
        ...(progress && {
          onProgress: (done: number, total: number) => {
            if (!shown && Date.now() - started < 1000) return
            shown = true
            const width = 30
            const full = Math.round((done / total) * width)
            progress(`[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${m.trials(done, total)}`)
            if (done === total) progress('')
          },
        }),
      })
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      // What the log holds is the log's fault (exit 1); anything else is a value of the command line (exit 2).
      if (from !== undefined && error.issues.some((i) => i.path.startsWith('incidents.duration.incidents'))) throw new FileError(from, error)
      throw new UsageError(
        error.issues
          .map((i) => {
            const flag = SIMULATION_FLAGS[i.path] ?? Object.entries(SIMULATION_FLAGS).find(([p]) => i.path.startsWith(`${p}.`))?.[1]
            return `${flag ?? i.path}${flag || i.path ? (ctx.lang === 'fr' ? '\u00a0: ' : ': ') : ''}${issueText(i, ctx.lang)}`
          })
          .join('\n'),
      )
    }
    return renderSimulation(result, output(ctx))
  },
}

const presetsCommand: Command = {
  options: {},
  positionals: true,
  async run(ctx) {
    const [sub, id, ...rest] = ctx.positionals
    if (rest[0] !== undefined) throw new UsageError(ctx.m.unexpectedArgument(rest[0]))
    if (sub === undefined || sub === 'list') {
      if (id !== undefined) throw new UsageError(ctx.m.unexpectedArgument(id))
      return presetList(presets.list(), output(ctx), ctx.m)
    }
    if (sub !== 'show') {
      const near = nearest(sub, ['show', 'list'])
      throw new UsageError(`${ctx.m.presetsSubcommand(sub)}${near.length ? `${ctx.m.sep}${ctx.m.didYouMean(near)}` : ''}`)
    }
    if (id === undefined) throw new UsageError(ctx.m.presetsShowNeedsId)
    const preset = presetById(id)
    if (!preset) {
      const near = nearest(id, presets.ids(), 3)
      throw new UsageError(`${ctx.m.unknownPreset(id)}${near.length ? `${ctx.m.sep}${ctx.m.didYouMean(near)}` : ''}`)
    }
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
  positionals: true,
  async run(ctx) {
    const m = ctx.m
    if (ctx.positionals.length === 0) throw new UsageError(m.catalogueNeedsFiles)
    // The shell expands offers/*.yaml; a pattern left as it is matched nothing.
    const unmatched = ctx.positionals.filter((f) => /[*?]/.test(f))
    if (unmatched.length) throw new UsageError(m.noFileMatches(unmatched.join(' ')))
    const criteria = catalogueCriteria(list(ctx, 'where'), m)
    const lossText = str(ctx, 'loss-per-hour')
    const atLeastText = str(ctx, 'cover-at-least')
    if (lossText !== undefined && atLeastText === undefined) throw new UsageError(m.goTogether('--loss-per-hour', '--cover-at-least'))
    if (lossText === undefined && atLeastText !== undefined) throw new UsageError(m.goTogether('--cover-at-least', '--loss-per-hour'))
    const loss = lossText === undefined ? undefined : readAmount('--loss-per-hour', lossText, m)
    const atLeast = atLeastText === undefined ? undefined : readPercent('--cover-at-least', atLeastText, m)
    const sort = str(ctx, 'sort')
    if (sort !== undefined && !['name', 'fee', 'gti', 'target'].includes(sort)) throw new UsageError(m.sortOneOf)
    const offers = await Promise.all(ctx.positionals.map((f) => loadOffer(ctx, f)))
    const result = filterOffers(offers, { ...criteria, ...(loss !== undefined && atLeast !== undefined && { cover: { lossPerHour: loss, atLeast } }) }, sort ? { sortBy: sort as 'name' } : {})
    for (const hint of whereHints(list(ctx, 'where'), offers, m)) ctx.warn(hint)
    return renderCatalogue(result, output(ctx))
  },
}

const schema: Command = {
  options: {},
  positionals: true,
  async run(ctx) {
    const name = ctx.positionals[0]
    const extra = ctx.positionals[1]
    if (extra !== undefined) throw new UsageError(ctx.m.unexpectedArgument(extra))
    if (name === undefined || !(SCHEMA_NAMES as string[]).includes(name)) {
      const near = name === undefined ? [] : nearest(name, SCHEMA_NAMES)
      throw new UsageError(`${ctx.m.schemaName(SCHEMA_NAMES)}${near.length ? `${ctx.m.sep}${ctx.m.didYouMean(near)}` : ''}`)
    }
    return `${JSON.stringify(jsonSchema(name as SchemaName, { lang: ctx.lang }), null, 2)}\n`
  },
}

/** Every command but `guarantees`, by name: the command table (command-table.ts) adds it, so that guarantees.ts, which imports from here, is not imported back. */
export const CORE_COMMANDS = { statement, compare, budget, simulate: simulateCommand, presets: presetsCommand, catalogue, schema } as const satisfies Record<string, Command>
