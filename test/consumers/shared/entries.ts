// What a consumer of the renderers, the presets' sources, the French wordings, the JSON Schemas and the
// simulation writes: each from its own entry.
import { type Decimal, monthlyStatement, monthPeriod, offerFromPreset, presets, safeParsePeriod } from 'matou'
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from 'matou/json-schema'
import { formatIssue, localiseInputError, type MessageLanguage } from 'matou/messages'
import { presetSource, withSourceTexts } from 'matou/presets/sources'
import { renderStatement, type StatementJson } from 'matou/report'
import { MAX_CLIENT_MONTHS, simulate, type SimulationResult } from 'matou/simulation'

const statement = monthlyStatement({
  commitment: presets.ovhVps2016.starter,
  period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
  incidents: [{ id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z' }],
  elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }],
})
const json = JSON.parse(renderStatement(statement, { format: 'json', lang: 'en' })) as StatementJson
if (json.format !== 'matou.statement/1') throw new Error(`statement JSON: got ${String(json.format)}`)
const clause: string | undefined = presetSource('ovh-vps-2016-starter').clause
if (!clause?.startsWith('Non-respect du taux de disponibilité')) throw new Error(`clause: got ${String(clause)}`)
if (withSourceTexts(presets.hetzner.cloud).source.notes?.length !== 5) throw new Error('the Hetzner notes are missing')

const lang: MessageLanguage = 'fr'
const bad = safeParsePeriod('mars 2026')
if (bad.success) throw new Error('safeParsePeriod accepted "mars 2026"')
if (!localiseInputError(bad.error, lang).startsWith('Période invalide\u00a0:')) throw new Error(`localiseInputError: got ${localiseInputError(bad.error, lang)}`)
if (formatIssue(bad.error.issues[0]!, 'en') !== bad.error.issues[0]!.message) throw new Error('formatIssue in English is not the message')
const name: SchemaName = 'offer'
if (!SCHEMA_NAMES.includes(name) || jsonSchema(name).title !== 'matou offer') throw new Error(`jsonSchema: got ${String(jsonSchema(name).title)}`)

const simulation: SimulationResult = simulate({
  offer: offerFromPreset(presets.ovhVps2016.starter, { amount: '9.99', currency: 'EUR' }),
  clients: 2,
  months: 3,
  trials: 10,
  seed: 1,
  incidents: { rate: 0.5, duration: { type: 'exponential', mean: 'PT2H' } },
})
const fee: Decimal = simulation.fee
if (simulation.trials !== 10 || fee.toFixed(2) !== '9.99') throw new Error(`simulate: got ${simulation.trials} trials at ${fee.toFixed(2)}`)
if (MAX_CLIENT_MONTHS < 2 * 3) throw new Error(`MAX_CLIENT_MONTHS: got ${MAX_CLIENT_MONTHS}`)
