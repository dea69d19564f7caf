/**
 * `matou guarantees`: the open incidents at risk at an instant, most urgent first, or (with
 * `--compliance`) the compliance figures by month, priority and client. Its help in French and English.
 */
import { type ParseArgsConfig } from 'node:util'
import { type CommitmentInput } from '../schema/commitment.js'
import { type IncidentInput } from '../schema/incident.js'
import { atRiskList, type EscalationLevel } from '../guarantees/at-risk.js'
import { guaranteeCompliance } from '../guarantees/compliance.js'
import { presets } from '../offers/presets/index.js'
import { renderAtRisk } from '../report/at-risk.js'
import { renderCompliance } from '../report/compliance.js'
import { parseTicketEventLog } from '../io/event-log.js'
import { parseGlpiTickets, parseGlpiTicketsCsv } from '../io/glpi.js'
import { type ReadResult } from '../io/result.js'
import { parseServiceNowEventLog } from '../io/servicenow.js'
import { FileError, INCIDENT_FORMATS, type IncidentFile, type IncidentFormat, readClientFile, readDataFile, readIncidentFile, readText } from './files.js'
import { locator, warnSkippedRows } from './locate.js'
import { InputError } from '../errors.js'
import { type Command, type Context, files, gapPolicy, notAnOffer, UsageError } from './commands.js'
import { readInstant } from './values.js'

/** The help of `matou guarantees`, in each language. */
export const GUARANTEES_HELP = {
  en: `matou guarantees — the open incidents at risk of missing their GTI or GTR, most urgent first

Usage: matou guarantees --offer FILE|PRESET --incidents FILE --as-of INSTANT [options]

  --offer, --commitment FILE|PRESET   the terms: an offer or commitment file (YAML or JSON), or a preset id
  -i, --incidents FILE                the incidents, with their status history, waits and priority
  --as-of INSTANT                     when the open incidents are seen, e.g. 2026-05-13T15:00:00+02:00
  --escalate LEVEL=OFFSET             an escalation level firing OFFSET from the deadline: -PT1H (an hour
                                      before), +PT2H (two hours after); repeat for several levels
  --compliance                        the compliance figures by month, priority and client instead
  -c, --clients FILE                  with --compliance: who is billed for which element
  --from DESK                         the incident file is a desk's export: glpi (REST API JSON), glpi-csv
                                      (the ticket list's CSV), servicenow (incident event log), event-log
                                      (ticket, at, status, priority); give --dates-time-zone for its local dates
  --incidents-format, --date-format, --dates-time-zone   how the incident file is read (see matou statement)
  --max-gap D, --gap RULE             probe data (Uptime Kuma, Prometheus): the longest a beat vouches for, and
                                      what a longer silence counts as (unknown, up, down, exclude, previous; see
                                      matou statement); a probe's outage starts its clocks when it begins

Example:
  matou guarantees --offer desk.yaml --incidents tickets.json --as-of 2026-05-13T15:00:00+02:00 --escalate lead=-PT1H --escalate manager=+PT2H
`,
  fr: `matou guarantees — les incidents ouverts qui risquent de manquer leur GTI ou leur GTR, les plus urgents d’abord

Utilisation : matou guarantees --offer FICHIER|MODÈLE --incidents FICHIER --as-of INSTANT [options]

  --offer, --commitment FICHIER|MODÈLE   les conditions : un fichier d’offre ou d’engagement (YAML ou JSON), ou un modèle (voir : matou presets)
  -i, --incidents FICHIER             les incidents, avec leur historique de statuts, leurs attentes et leur priorité
  --as-of INSTANT                     l’instant où l’on regarde les incidents ouverts, p. ex. 2026-05-13T15:00:00+02:00
  --escalate NIVEAU=DÉCALAGE          un niveau d’escalade qui se déclenche à DÉCALAGE de l’échéance : -PT1H (une heure
                                      avant), +PT2H (deux heures après) ; à répéter pour plusieurs niveaux
  --compliance                        les chiffres de respect par mois, priorité et client à la place
  -c, --clients FICHIER               avec --compliance : qui est facturé pour quel élément
  --from OUTIL                        le fichier d’incidents est un export d’outil de support : glpi (JSON de l’API
                                      REST), glpi-csv (CSV de la liste des tickets), servicenow (journal des incidents),
                                      event-log (ticket, at, status, priority) ; --dates-time-zone pour ses dates locales
  --incidents-format, --date-format, --dates-time-zone   comment lire le fichier d’incidents (voir matou statement)
  --max-gap D, --gap RÈGLE            données de sonde (Uptime Kuma, Prometheus) : la durée maximale dont répond un
                                      battement, et ce que compte un silence plus long (unknown, up, down, exclude,
                                      previous ; voir matou statement) ; une panne vue par sonde démarre les délais à son début

Exemple :
  matou guarantees --offer desk.yaml --incidents tickets.json --as-of 2026-05-13T15:00:00+02:00 --escalate chef=-PT1H --escalate direction=+PT2H
`,
} as const

const options = {
  offer: { type: 'string' },
  commitment: { type: 'string' },
  incidents: { type: 'string', short: 'i' },
  'incidents-format': { type: 'string' },
  'date-format': { type: 'string' },
  'dates-time-zone': { type: 'string' },
  'as-of': { type: 'string' },
  escalate: { type: 'string', multiple: true },
  compliance: { type: 'boolean' },
  clients: { type: 'string', short: 'c' },
  from: { type: 'string' },
  gap: { type: 'string' },
  'max-gap': { type: 'string' },
} as const satisfies NonNullable<ParseArgsConfig['options']>

function str(ctx: Context, name: string): string | undefined {
  return ctx.values[name] as string | undefined
}

async function loadCommitment(ctx: Context): Promise<CommitmentInput> {
  const ref = str(ctx, 'offer') ?? str(ctx, 'commitment')
  if (ref === undefined) throw new UsageError(ctx.m.offerRequired)
  const preset = presets.list().find((p) => p.id === ref)
  if (preset) return preset
  // As the other commands: a name that cannot be a file is a preset id, misspelt.
  if (!ref.includes('.') && !ref.includes('/') && ref !== '-') throw notAnOffer(ctx, ref)
  const data = (await readDataFile(ref, files(ctx))) as Record<string, unknown> | null
  // An offer file holds its commitment under `commitment`; a commitment file is the commitment.
  return (data !== null && typeof data === 'object' && 'commitment' in data ? data.commitment : data) as CommitmentInput
}

function escalations(ctx: Context): EscalationLevel[] {
  const given = (ctx.values.escalate as string[] | undefined) ?? []
  return given.map((text) => {
    const [, level, sign, duration] = /^(.+)=([+-])(P.+)$/.exec(text.trim()) ?? []
    if (level === undefined || duration === undefined) throw new UsageError(ctx.m.badEscalation(text))
    return sign === '-' ? { level: level.trim(), before: duration } : { level: level.trim(), after: duration }
  })
}

/** The command, as the command table registers it. */
export const guaranteesCommand: Command = {
  options,
  async run(ctx: Context): Promise<string> {
    if (ctx.format === 'credit-notes-csv') throw new UsageError(ctx.m.csvOnlyStatement)
    const commitment = await loadCommitment(ctx)
    const path = str(ctx, 'incidents')
    if (path === undefined) throw new UsageError(ctx.m.required('--incidents'))
    const format = str(ctx, 'incidents-format')
    if (format !== undefined && !(INCIDENT_FORMATS as readonly string[]).includes(format))
      throw new UsageError(ctx.m.oneOf('--incidents-format', INCIDENT_FORMATS, format))
    const dateFormat = str(ctx, 'date-format')
    // Local dates are in the offer's zone unless told otherwise, as for matou statement.
    const zone = str(ctx, 'dates-time-zone') ?? (typeof commitment?.timeZone === 'string' ? commitment.timeZone : undefined)
    const from = str(ctx, 'from')
    if (from !== undefined && !(DESKS as readonly string[]).includes(from)) throw new UsageError(ctx.m.oneOf('--from', DESKS, from))
    // Checked before any file is read, as the other commands do.
    const gaps = gapPolicy(ctx)
    const local = { ...(dateFormat !== undefined && { dateFormat }), ...(zone !== undefined && { timeZone: zone }) }
    const file = from === undefined ? await readIncidentFile(path, { ...files(ctx), ...(format !== undefined && { format: format as IncidentFormat }), ...local, ...gaps }) : undefined
    const read: ReadResult = file ?? readDesk(from as Desk, await readText(path, files(ctx)), local, path)
    warnSkippedRows(ctx, path, read.skipped)
    const incidents = file && PROBES.includes(file.format) ? detectedAtStart(read.incidents as IncidentInput[]) : (read.incidents as IncidentInput[])
    const asOfText = str(ctx, 'as-of')
    // Written as the log's dates are (--date-format), or ISO 8601; a bad one is a command-line value: exit 2.
    const asOf = asOfText === undefined ? undefined : new Date(readInstant('--as-of', asOfText, local, ctx.m)).toISOString()
    const out = { format: ctx.format, lang: ctx.lang, color: ctx.color, ...(ctx.timeZone !== undefined && { timeZone: ctx.timeZone }) }
    {
      if (ctx.values.compliance) {
        const clientsPath = str(ctx, 'clients')
        const clients = clientsPath === undefined ? undefined : (await readClientFile(clientsPath, { cwd: ctx.cwd })).clients
        return renderCompliance(located(ctx, path, incidents, file, () => guaranteeCompliance({ commitment, incidents, ...(asOf !== undefined && { asOf }), ...(clients && { clients }) })), out)
      }
      if (asOf === undefined) throw new UsageError(ctx.m.asOfForRisk)
      const list = located(ctx, path, incidents, file, () => atRiskList({ commitment, incidents, asOf, escalations: escalations(ctx) }))
      return renderAtRisk(list, { ...out, timeZone: ctx.timeZone ?? zoneOf(commitment) })
    }
  },
}

/**
 * The evaluation, its problems with an incident pointed at where the user looks: the incident file, the
 * spreadsheet's line and the incident's id (`incidents.csv:2 (incident INC-1)`), as matou statement does.
 */
function located<T>(ctx: Context, path: string, incidents: readonly IncidentInput[], file: IncidentFile | undefined, evaluate: () => T): T {
  try {
    return evaluate()
  } catch (error) {
    if (error instanceof InputError && error.issues.length > 0 && error.issues.every((i) => /^incidents\[\d+\]/.test(i.path)))
      throw new FileError(path, error, locator({ m: ctx.m, log: { path, incidents, read: { format: file?.format ?? 'json', ...(file?.lines !== undefined && { lines: file.lines }) } } }))
    throw error
  }
}

const PROBES: readonly string[] = ['uptime-kuma', 'prometheus']

/**
 * A probe's outage was detected by the probe when it began: its guarantees' clocks start there. Probe
 * readers give no `detectedAt`, and without a clock start every incident of the file would be refused.
 */
function detectedAtStart(incidents: readonly IncidentInput[]): IncidentInput[] {
  return incidents.map((i) => (i.detectedAt !== undefined || i.reportedAt !== undefined ? i : { ...i, detectedAt: i.start }))
}

const DESKS = ['glpi', 'glpi-csv', 'servicenow', 'event-log'] as const
type Desk = (typeof DESKS)[number]

function readDesk(desk: Desk, text: string, local: { dateFormat?: string; timeZone?: string }, path: string): ReadResult {
  try {
    if (desk === 'glpi') return parseGlpiTickets(text, local)
    if (desk === 'glpi-csv') return parseGlpiTicketsCsv(text, local)
    if (desk === 'servicenow') return parseServiceNowEventLog(text, local)
    return parseTicketEventLog(text, local)
  } catch (error) {
    // Named by its file, as every other input file is: the export's problems said only "the input".
    if (error instanceof InputError) throw new FileError(path, error)
    throw error
  }
}

function zoneOf(commitment: CommitmentInput): string {
  return typeof commitment?.timeZone === 'string' ? commitment.timeZone : 'UTC'
}
