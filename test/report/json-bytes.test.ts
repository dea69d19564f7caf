import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Contribution } from '../../src/availability/measure.js'
import { monthlyStatement, presets } from '../../src/index.js'
import { Formatter } from '../../src/report/format.js'
import { messagesFor } from '../../src/report/i18n.js'
import { BATCH, decodeBatches, JsonBytes, QuotedList, quotedListJson, writeText } from '../../src/report/json-bytes.js'
import { contributionJson, contributionsJsonBytes } from '../../src/report/shapes.js'
import { renderStatement, renderStatementChunks } from '../../src/report/index.js'
import { contributionArbitrary } from './contribution-arbitrary.js'
import { march, starterStatement } from './fixtures.js'

const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** What `write` puts in a fresh writer, as text. */
function written(write: (w: JsonBytes) => void): string {
  const w = new JsonBytes()
  write(w)
  return decoder.decode(w.take())
}

/** Each batch, copied as it comes: the next is written over it. */
function copies(batches: Iterable<Uint8Array>): Uint8Array[] {
  const out: Uint8Array[] = []
  for (const b of batches) out.push(b.slice())
  return out
}

/** Every batch a writer hands over, and what it holds at the end, as text. */
function drained(w: JsonBytes, batches: Iterable<Uint8Array>): string {
  let text = ''
  for (const b of batches) text += decoder.decode(b)
  return text + decoder.decode(w.take())
}

// Strings of any UTF-16 units: lone surrogates, pairs, controls, quotes, backslashes, and long runs past
// the length below which a string is written a character at a time.
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('a', 'é', '—', '"', '\\', '\n', '\u0000', '\u001f', '\ud800', '\udfff', '\ud83d\ude00', '\ufffd', '\uf000', '\u2028'), maxLength: 80 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 40, maxLength: 200 }),
)

describe('JSON written as bytes', () => {
  it('a string is the UTF-8 of what JSON.stringify writes', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(written((w) => w.string(s))).toBe(JSON.stringify(s))
      }),
      { numRuns: 2000 },
    )
  })

  it('a number is what JSON.stringify writes', () => {
    const numbers = fc.oneof(fc.nat(), fc.integer({ min: 0, max: 2 ** 32 + 5 }), fc.maxSafeNat(), fc.double(), fc.constantFrom(0, -0, 1, 9, 10, 99, 100, 2 ** 32 - 1, 2 ** 32, NaN, Infinity, -Infinity, -1, 0.5))
    fc.assert(
      fc.property(numbers, (n) => {
        expect(written((w) => w.number(n))).toBe(JSON.stringify(n))
      }),
      { numRuns: 2000 },
    )
  })

  it('an instant is what toISOString writes, milliseconds and all, from year 0 to past 9999', () => {
    const instants = fc.oneof(
      fc.integer({ min: -62_167_219_200_000, max: 300_000_000_000_000 }),
      fc.integer({ min: 1_767_225_600_000, max: 1_798_761_600_000 }),
      fc.double({ min: 0, max: 2e12, noNaN: true }),
      fc.constantFrom(0, -0, -1, 253_402_300_799_999, 253_402_300_800_000, 951_782_400_000, 4_107_542_400_000),
    )
    fc.assert(
      fc.property(instants, (ms) => {
        expect(written((w) => w.instant(ms))).toBe(new Date(ms).toISOString())
      }),
      { numRuns: 3000 },
    )
    // Instants that follow each other on the same day, then on another: the day kept from one to the next is the right one.
    const w = new JsonBytes()
    const run = [1_772_323_200_000, 1_772_323_200_001, 1_772_409_599_999, 1_772_409_600_000, 86_399_999, 1_772_323_200_000]
    for (const ms of run) w.instant(ms)
    expect(decoder.decode(w.take())).toBe(run.map((ms) => new Date(ms).toISOString()).join(''))
  })

  it('a long text is written in batches that never cut a character, a surrogate pair neither', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.nat({ max: 40 }), (pairsAt, shift) => {
        // Long enough to fill several buffers; the pairs put where a piece may end.
        const unit = `${'a'.repeat(shift)}\ud83d\ude00é—`
        const s = unit.repeat(Math.ceil((5 * BATCH) / unit.length) + pairsAt)
        const w = new JsonBytes()
        const batches = copies(writeText(w, s))
        expect(batches.length).toBeGreaterThan(1)
        for (const b of batches) expect(b.length).toBeGreaterThanOrEqual(BATCH)
        expect(batches.map((b) => decoder.decode(b)).join('') + decoder.decode(w.take())).toBe(s)
      }),
      { numRuns: 20 },
    )
  })

  it('a list of strings is what JSON.stringify(list, null, 2) writes at its depth, empty or not', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 30 }), fc.nat({ max: 12 }), (list, depth) => {
        const indent = ' '.repeat(depth)
        const quoted = new QuotedList()
        quoted.set(list)
        const w = new JsonBytes()
        expect(drained(w, quotedListJson(w, quoted, indent))).toBe(JSON.stringify(list, null, 2).replaceAll('\n', `\n${indent}`))
      }),
      { numRuns: 500 },
    )
  })
})

// Contributions as a report could hold them, with every field free: what the writer must write key for key
// as contributionJson makes them, whatever the id, the reason, the line or the figures.
const contribution = contributionArbitrary(anyText, anyText)

describe('contributions written as bytes', () => {
  const report = starterStatement().elements[0]!.availability
  for (const lang of ['en', 'fr'] as const)
    it(`${lang}: what JSON.stringify writes of contributionJson, at the depth the statement holds them`, () => {
      const f = new Formatter(messagesFor(lang), 'Europe/Paris')
      fc.assert(
        fc.property(fc.array(fc.tuple(contribution, anyText), { maxLength: 12 }), fc.nat({ max: 14 }), (rows, depth) => {
          const list = rows.map(([c]) => c)
          const lines = rows.map(([, line]) => line)
          const indent = ' '.repeat(depth)
          const quoted = new QuotedList()
          quoted.set(lines)
          const w = new JsonBytes()
          const expected = JSON.stringify(
            list.map((c, k) => contributionJson(f, c, report, lines[k])),
            null,
            2,
          ).replaceAll('\n', `\n${indent}`)
          expect(drained(w, contributionsJsonBytes(w, f, report, list, quoted, indent))).toBe(expected)
        }),
        { numRuns: 400 },
      )
    })

  it('a record larger than the buffer is written whole, the buffer grown for it', () => {
    const f = new Formatter(messagesFor('en'), 'UTC')
    const c = fc.sample(contribution, { numRuns: 1, seed: 3 })[0]!
    // 300,000 quotes: 600,000 bytes escaped, more than the 262,144 of the buffer.
    const big = { ...c, id: '"'.repeat(300_000) } as Contribution
    const list = [c, big, c]
    const quoted = new QuotedList()
    quoted.set(['one', 'two', 'three'])
    const w = new JsonBytes()
    const text = drained(w, contributionsJsonBytes(w, f, report, list, quoted, '  '))
    expect(text).toBe(JSON.stringify(list.map((x, k) => contributionJson(f, x, report, ['one', 'two', 'three'][k])), null, 2).replaceAll('\n', '\n  '))
  })
})

describe('the JSON statement as bytes', () => {
  // An element of 2,000 incidents: its contributions cross several batches.
  const many = Array.from({ length: 2_000 }, (_, i) => ({
    id: i % 7 === 0 ? `n°${i} "q"` : `i${i}`,
    start: new Date(Date.UTC(2026, 2, 1, 0, 0, 0, 250) + i * 1_200_000).toISOString(),
    end: new Date(Date.UTC(2026, 2, 1, 0, 0, 0, 250) + i * 1_200_000 + 600_000 + (i % 5) * 1_000_000).toISOString(),
    elements: i % 3 === 0 ? ['vps-1', 'vps-2'] : ['vps-1'],
    ...(i % 11 === 0 && { cause: 'maintenance' as const }),
    ...(i % 13 === 0 && { impact: 'degraded' as const }),
  }))
  const statement = monthlyStatement({
    commitment: presets.ovhVps2016.starter,
    period: march,
    incidents: many,
    elements: [
      { id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } },
      { id: 'vps-2', fee: { amount: '9.99', currency: 'EUR' } },
    ],
  })

  for (const lang of ['en', 'fr'] as const)
    it(`${lang}: the batches a writer takes are the bytes of the text, and the text is JSON.stringify's`, () => {
      const text = renderStatement(statement, { format: 'json', lang })
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
      const chunks = renderStatementChunks(statement, { format: 'json', lang }) as Iterable<string> & { bytes(): Iterable<Uint8Array> }
      const batches = copies(chunks.bytes())
      expect(batches.length).toBeGreaterThan(3)
      for (const b of batches.slice(0, -1)) expect(b.length).toBeGreaterThanOrEqual(BATCH)
      expect(Buffer.concat(batches).equals(Buffer.from(text, 'utf8'))).toBe(true)
      // The text pieces: the same text, from the same batches decoded.
      expect([...decodeBatches(batches)].join('')).toBe(text)
    })
})
