import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonSchema, SCHEMA_NAMES } from '../src/schema/json-schema.js'

describe('the JSON Schema files shipped in schema/', () => {
  it('are the schemas the library validates with (run `npm run schemas` after changing a format)', () => {
    for (const name of SCHEMA_NAMES) {
      const file = JSON.parse(readFileSync(new URL(`../schema/${name}.schema.json`, import.meta.url), 'utf8'))
      expect(file, name).toEqual(jsonSchema(name))
    }
  })

  it('describe the example offer: its required fields are there', () => {
    const schema = jsonSchema('offer') as { required: string[] }
    expect(schema.required).toEqual(['id', 'provider', 'name', 'services'])
  })
})
