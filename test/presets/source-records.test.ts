import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { presetSource } from '../../src/offers/presets/sources/index.js'

/*
 * Issue 11: every preset records where its terms come from (address, or title where there is none),
 * the version date, the clauses it encodes (quoted in `clause`, or paraphrased in a note marked so),
 * every reading the library made, and what the source leaves silent.
 */
const CLAUSE_MARK = /\b(paraphrase|quoted|quotation)\b/i
const READING_MARK = /\b(reading|assumption|library defaults?)\b/i
const SILENT_MARK = /^Silent\b/

describe('every preset records its source the way the issue asks', () => {
  for (const p of presets.list()) {
    describe(p.id, () => {
      const source = presetSource(p.id)
      const notes = source.notes ?? []

      it('names its source: an address, or a title where there is none, and a version date', () => {
        expect((source.url ?? '').length + source.title.length, 'url or title').toBeGreaterThan(0)
        // Free text: a day, a year, or "undated" said in so many words where the page carries no date.
        expect(source.date ?? '', 'date').toMatch(/\d{4}|undated/)
      })

      it('records at least one clause, quoted or marked as a paraphrase', () => {
        expect(source.clause !== undefined || notes.some((n) => CLAUSE_MARK.test(n))).toBe(true)
      })

      // No preset is exempt: each one at least reads its month in a time zone its source does not name,
      // or uses a library default for what the source does not say.
      it('records the readings it makes', () => {
        expect(notes.filter((n) => READING_MARK.test(n)).length).toBeGreaterThan(0)
      })

      it('says what its source leaves silent, in a note that starts "Silent"', () => {
        expect(notes.filter((n) => SILENT_MARK.test(n)).length).toBeGreaterThan(0)
      })
    })
  }
})
