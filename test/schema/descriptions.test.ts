/**
 * The schemas carry the key of each field's description and src/schema/descriptions.ts the texts, which
 * only `matou/json-schema` loads: every key a schema carries has a text, and every text is shown somewhere.
 */
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { commitmentSchema, incidentListSchema, offerSchema, scenarioListSchema } from '../../src/index.js'
import { descriptionKeys } from '../../src/schema/common.js'
import { DESCRIPTIONS } from '../../src/schema/descriptions.js'
import { jsonSchema, SCHEMA_NAMES } from '../../src/schema/json-schema.js'

/** Every `description` in a JSON Schema. */
function descriptions(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) descriptions(v, out)
  else if (value !== null && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (key === 'description' && typeof v === 'string') out.push(v)
      else descriptions(v, out)
    }
  return out
}

describe('the descriptions of the fields', () => {
  const schemas = [commitmentSchema, incidentListSchema, offerSchema, scenarioListSchema]
  const keys = new Set(schemas.flatMap((s) => descriptions(z.toJSONSchema(s, { unrepresentable: 'any', io: 'input', metadata: descriptionKeys }))))

  it('have a text for every key the schemas carry, and no text that no schema uses', () => {
    expect([...keys].filter((k) => !Object.hasOwn(DESCRIPTIONS, k))).toEqual([])
    // Schemas shared by many fields, each of which describes its own use: their texts show for a field
    // that uses one bare.
    expect(Object.keys(DESCRIPTIONS).filter((k) => !keys.has(k))).toEqual(['decimalText', 'durationText', 'calendarSchema', 'guaranteeSchema', 'moneySchema'])
  })

  it('are worded in the JSON Schemas, where no key is left', () => {
    const shown = new Set(SCHEMA_NAMES.flatMap((name) => descriptions(jsonSchema(name))))
    expect([...shown].filter((d) => Object.hasOwn(DESCRIPTIONS, d))).toEqual([])
    expect(shown.has(DESCRIPTIONS['tierSchema.atLeast'] as string)).toBe(true)
  })

  it('are not in the schemas the core exports, which a bundle that only validates carries', () => {
    // zod's own registry is what an application's z.toJSONSchema reads by default.
    expect(descriptions(z.toJSONSchema(commitmentSchema, { unrepresentable: 'any', io: 'input' }))).toEqual([])
  })
})
