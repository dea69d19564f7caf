import { describe, expect, it } from 'vitest'
import { presets } from '../../src/index.js'
import { presetSource, withSourceTexts } from '../../src/offers/presets/sources/index.js'
import { renderPreset } from '../../src/report/index.js'

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

/*
 * Issue 13: a French user reads every note in French. The provider's own words stay as written, inside
 * « » or straight quotes; what is left must hold none of the English words the French report checks use.
 */
const MARKERS = [' the ', ' is ', ' within ', 'staff', 'holidays', ' log,', 'credit note', ' of ', ' and ', ' not ', ' with ', ' from ', ' per ', ' no ', ' counted', ' breached', ' month']
const unquoted = (note: string) => note.replace(/«[^»]*»|"[^"]*"/g, ' ')

describe('every preset has its notes in French', () => {
  for (const p of presets.list()) {
    describe(p.id, () => {
      const english = presetSource(p.id).notes ?? []
      const french = withSourceTexts(p, 'fr').source.notes ?? []

      it('one French note for each English note, in the same order', () => {
        expect(french.length).toBe(english.length)
        french.forEach((n, i) => {
          expect(n, `note ${i}`).not.toBe(english[i])
          // "Reading:" and "Silent" open the same notes in French.
          if (/^Reading:/.test(english[i] ?? '')) expect(n, `note ${i}`).toMatch(/^Lecture\u00a0:/)
          if (SILENT_MARK.test(english[i] ?? '')) expect(n, `note ${i}`).toMatch(/^Silence\b/)
        })
      })

      it('has no English word outside the quoted ones', () => {
        const found = french.flatMap((n) => MARKERS.filter((w) => unquoted(n).includes(w)).map((w) => `${w}: ${n}`))
        expect(found).toEqual([])
      })

      it('is shown in French in every format of the report, and in English in the English one', () => {
        for (const format of ['text', 'markdown', 'html', 'json'] as const) {
          const fr = renderPreset(p, { format, lang: 'fr', width: 100000 })
          const en = renderPreset(p, { format, lang: 'en', width: 100000 })
          // Each format escapes its own way: JSON strings, HTML entities, Markdown backslashes; the first words of
          // each note, cut before any character an escape could touch, are enough to find it.
          const start = (n: string) => n.slice(0, 24).split(/["'&<>*_\[\]\\`|~]/)[0] ?? ''
          for (const n of french) expect(fr, `${format}: ${n}`).toContain(start(n))
          for (const n of english) expect(en, `${format}: ${n}`).toContain(start(n))
          expect(fr).not.toContain(start(english[0] ?? '') || '\u0000')
        }
      })
    })
  }
})

/*
 * Issue 13: the description and the claim's window and procedure are the project's words, not the
 * provider's: a French user reads them in French, in every format; the English report keeps them as written.
 */
describe('every preset has its description and its claim in French', () => {
  for (const p of presets.list()) {
    describe(p.id, () => {
      const fr = withSourceTexts(p, 'fr')

      it('a French description and claim wherever there is an English one', () => {
        if (p.description !== undefined) expect(fr.description, 'description').not.toBe(p.description)
        // Scalingo's claim is the provider's own French words, quoted as they are.
        if (p.claim?.window !== undefined && p.source.language !== 'fr') expect(fr.claim?.window, 'window').not.toBe(p.claim.window)
        if (p.claim?.procedure !== undefined && p.source.language !== 'fr') expect(fr.claim?.procedure, 'procedure').not.toBe(p.claim.procedure)
        expect(fr.claim?.days).toBe(p.claim?.days)
        expect(withSourceTexts(p, 'en').description).toBe(p.description)
      })

      it('the French text report holds no English word outside quotes, but for the source as quoted', () => {
        const text = renderPreset(p, { format: 'text', lang: 'fr', width: 100000 })
        // The clause and the title are the provider's words; the name and the source's date are the record's
        // free text, written once for every language.
        const own = [fr.source.clause, fr.source.title, fr.source.date, fr.name].filter((t): t is string => t !== undefined && t.length > 0)
        const isOwn = (l: string) => own.some((t) => l.includes(t) || (l.trim().length > 0 && t.includes(l.trim())))
        const lines = text.split('\n').filter((l) => !isOwn(l))
        const found = lines.flatMap((l) => MARKERS.filter((w) => unquoted(l).includes(w)).map((w) => `${w}: ${l}`))
        expect(found).toEqual([])
      })

      it('is shown in French in every format, and as written in English', () => {
        for (const format of ['text', 'markdown', 'html', 'json'] as const) {
          const frOut = renderPreset(p, { format, lang: 'fr', width: 100000 })
          const enOut = renderPreset(p, { format, lang: 'en', width: 100000 })
          const start = (n: string) => n.slice(0, 24).split(/["'&<>*_\[\]\\`|~«]/)[0] ?? ''
          for (const t of [fr.description, fr.claim?.window, fr.claim?.procedure]) if (t !== undefined) expect(frOut, `${format}: ${t}`).toContain(start(t))
          for (const t of [p.description, p.claim?.window, p.claim?.procedure]) if (t !== undefined) expect(enOut, `${format}: ${t}`).toContain(start(t))
          if (p.description !== undefined) expect(frOut, format).not.toContain(start(p.description))
        }
      })
    })
  }
})
