/**
 * matou/json-schema: the JSON Schema of each file format, for editors that check and complete YAML and JSON
 * files. Kept out of the core because zod's JSON Schema generator weighs about 21 kB minified, which a
 * bundle that only computes does not need.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini'
import { describe, InputError } from '../errors.js'
import { commitmentSchema } from './commitment.js'
import { descriptionKeys } from './common.js'
import { DESCRIPTIONS } from './descriptions.js'
import { incidentListSchema } from './incident.js'
import { offerSchema } from './offer.js'
import { scenarioListSchema } from './scenario.js'

const SCHEMAS = {
  offer: offerSchema,
  commitment: commitmentSchema,
  incidents: incidentListSchema,
  scenarios: scenarioListSchema,
} as const

/** The file formats whose JSON Schema is available. */
export type SchemaName = keyof typeof SCHEMAS

/** Names of the file formats with a JSON Schema. */
export const SCHEMA_NAMES = /* @__PURE__ */ Object.keys(SCHEMAS) as SchemaName[]

/**
 * The JSON Schema of a file format, built from the same schemas that validate it, so that editors can
 * check and complete YAML and JSON files (e.g. with a `# yaml-language-server: $schema=…` line).
 * Instants are strings in the schema: Dates and epoch milliseconds are for code.
 *
 * @example
 * const schema = jsonSchema('offer')
 * schema.$schema // 'https://json-schema.org/draft/2020-12/schema'
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(SCHEMAS, name))
    throw new InputError([{ path: 'name', message: `must be one of ${SCHEMA_NAMES.join(', ')} (got ${describe(name)})`, code: 'one-of', params: { options: SCHEMA_NAMES.join(', '), got: describe(name) } }])
  const schema = z.toJSONSchema(SCHEMAS[name], { unrepresentable: 'any', io: 'input', metadata: descriptionKeys }) as Record<string, unknown>
  return { ...worded(schema), title: `matou ${name}` }
}

/** The schema with each description key replaced by its text. */
function worded<T>(value: T): T {
  if (Array.isArray(value)) return value.map(worded) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'description' && typeof v === 'string' && Object.hasOwn(DESCRIPTIONS, v) ? DESCRIPTIONS[v] : worded(v)
  }
  return out as T
}
