/**
 * The schemas carry the key of each field's description and src/schema/descriptions.ts the texts, which
 * only `matou/json-schema` loads: every key a schema carries has a text, and every text is shown somewhere.
 */
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { commitmentSchema, incidentListSchema, offerSchema, scenarioListSchema } from '../../src/index.js'
import { descriptionKeys } from '../../src/schema/common.js'
import { DESCRIPTIONS } from '../../src/schema/descriptions.js'
import { DESCRIPTIONS_FR } from '../../src/schema/descriptions-fr.js'
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

// Words that only an English sentence has, as the other French checks list them.
const ENGLISH = [' the ', ' is ', ' must ', ' not ', ' with ', ' and ', ' give ', ' cannot ', ' of ', ' or ', ' has ', ' but ', ' when ', ' only ', ' each ', ' default', ' whose ', ' which ']

describe('the descriptions of the fields in French', () => {
  it('have a French text for every English one', () => {
    expect(Object.keys(DESCRIPTIONS_FR).sort()).toEqual(Object.keys(DESCRIPTIONS).sort())
  })

  it('read as French, but for the values a file writes and the contracts they quote', () => {
    // A quotation of a contract, inside « », is as written; the names of the values (`customer`,
    // `minute-up`) are what the file must say.
    const english = Object.entries(DESCRIPTIONS_FR).flatMap(([key, text]) => {
      const prose = ` ${text.replace(/«[^»]*»/g, '').toLowerCase()} `
      return ENGLISH.filter((w) => prose.includes(w)).map((w) => `${key}: ${w}`)
    })
    expect(english).toEqual([])
    // The same check finds the English texts English.
    expect(ENGLISH.filter((w) => ` ${(DESCRIPTIONS.offerSchema ?? '').toLowerCase()} `.includes(w))).toEqual([' the ', ' with ', ' and '])
  })

  it('are worded in the JSON Schemas with { lang: "fr" }, and matou schema --lang fr writes them', () => {
    const offer = jsonSchema('offer', { lang: 'fr' })
    expect(offer.description).toBe('Une offre\u00a0: des services et leurs montants, l’engagement qui les accompagne, et la structure.')
    const shown = new Set(SCHEMA_NAMES.flatMap((name) => descriptions(jsonSchema(name, { lang: 'fr' }))))
    expect(shown.has(DESCRIPTIONS_FR['tierSchema.atLeast'] as string)).toBe(true)
    expect([...shown].filter((d) => Object.hasOwn(DESCRIPTIONS, d) || Object.values(DESCRIPTIONS).includes(d))).toEqual([])
    expect(jsonSchema('offer').description).toBe(DESCRIPTIONS.offerSchema)
  })
})
