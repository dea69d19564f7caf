/**
 * matou/json-schema: the JSON Schema of each file format, for editors that check and complete YAML and JSON
 * files. Kept out of the core because zod's JSON Schema generator weighs about 21 kB minified, which a
 * bundle that only computes does not need.
 *
 * @packageDocumentation
 */
import * as z from 'zod/mini'
import { describe, InputError, type IssueDraft } from '../errors.js'
import { commitmentSchema } from './commitment.js'
import { descriptionKeys } from './common.js'
import { DESCRIPTIONS } from './descriptions.js'
import { DESCRIPTIONS_FR } from './descriptions-fr.js'
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
 * The descriptions, which an editor shows on each field, are English, or French with `{ lang: 'fr' }`.
 *
 * @example
 * const schema = jsonSchema('offer')
 * schema.$schema // 'https://json-schema.org/draft/2020-12/schema'
 * jsonSchema('offer', { lang: 'fr' }).description // 'Une offre : des services et leurs montants, …'
 */
export function jsonSchema(name: SchemaName, options: { lang?: 'en' | 'fr' } = {}): Record<string, unknown> {
  const lang = (options ?? {}).lang ?? 'en'
  const issues: IssueDraft[] = []
  if (typeof name !== 'string' || !Object.hasOwn(SCHEMAS, name))
    issues.push({ path: 'name', message: `must be one of ${SCHEMA_NAMES.join(', ')} (got ${describe(name)})`, code: 'one-of', params: { options: SCHEMA_NAMES.join(', '), got: describe(name) } })
  if (lang !== 'en' && lang !== 'fr') issues.push({ path: 'options.lang', message: `must be fr or en (got ${describe(lang)})`, code: 'fr-or-en', params: { got: describe(lang) } })
  if (issues.length) throw new InputError(issues)
  const schema = z.toJSONSchema(SCHEMAS[name], { unrepresentable: 'any', io: 'input', metadata: descriptionKeys }) as Record<string, unknown>
  return { ...worded(schema, lang === 'fr' ? DESCRIPTIONS_FR : DESCRIPTIONS), title: `matou ${name}` }
}

/** The schema with each description key replaced by its text in `texts`. */
function worded<T>(value: T, texts: Readonly<Record<string, string>>): T {
  if (Array.isArray(value)) return value.map((v: unknown) => worded(v, texts)) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'description' && typeof v === 'string' && Object.hasOwn(texts, v) ? texts[v] : worded(v, texts)
  }
  return out as T
}
