import { describe, expect, it } from 'vitest'
import { presetFrench } from '../../src/offers/presets/sources/french.js'

// The project's French words about each preset are read in French reports beside figures the reports
// write the French way ("99,9 %", with a non-breaking space): a description saying "cible 99.99 %" read as
// an English figure in a French sentence, and a plain space before "%" or inside « » let a line break
// there.

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts)
  return []
}

const all = Object.entries(presetFrench).flatMap(([id, french]) => texts(french).map((text) => ({ id, text })))

describe('the presets’ French texts follow French typography', () => {
  it('has texts to check', () => {
    expect(all.length).toBeGreaterThan(40)
  })

  it('writes decimals with a comma before a percent sign', () => {
    expect(all.filter(({ text }) => /\d\.\d+\s*%/.test(text))).toEqual([])
  })

  it('keeps a percent sign and the guillemets on the line of their words', () => {
    expect(all.filter(({ text }) => / %|« | »/.test(text))).toEqual([])
  })

  it('writes the typographic apostrophe', () => {
    expect(all.filter(({ text }) => /[a-zà-ÿ]'[a-zà-ÿ]/i.test(text))).toEqual([])
  })
})
