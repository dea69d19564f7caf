/**
 * The CSV reader splits lines without quotes itself and gives csv-parse only the records around a quote:
 * on any text made of fields, delimiters, quotes and line breaks of every kind, it must return what the
 * reader that gave csv-parse everything returned (kept in reference/), to the row, line and reason, whether
 * the text comes whole or in chunks cut anywhere (inside a CRLF, a quoted field, a character).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CsvReadResult, parseCsvIncidents, readCsvIncidents } from '../../src/io/index.js'
import { parseCsvIncidents as parseBefore } from './reference/csv-parse-only.js'
import { cutAt } from './cut-bytes.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

const HEADERS = ['id,start,end,title', 'id;start;end;elements;title', 'start,title,restoredAt', 'title|start|end']
const pieces = fc.constantFrom(
  '2026-03-02T10:00:00Z',
  '2026-03-02T11:00:00+01:00',
  'not a date',
  'a',
  'vps-1 vps-2',
  '"',
  '""',
  '"x,y"',
  '"two\nlines"',
  '"three\r\nlines"',
  ',',
  ';',
  '|',
  '\n',
  '\r\n',
  '\r',
  ' ',
  'é',
  '😀',
  '',
)

const text = fc.tuple(fc.constantFrom(...HEADERS), fc.constantFrom('\n', '\r\n', '\r'), fc.array(pieces, { maxLength: 60 }), fc.boolean()).map(([h, br, body, bom]) => `${bom ? '\uFEFF' : ''}${h}${br}${body.join('')}`)

/** What a reader returned, or the issues of the InputError it threw. */
/** The reference reader predates the reasons' codes: they are left out of the comparison. */
/** What the reference reader also gave: the rows' codes, the header's names and the encoding came later. */
type Reference = Omit<CsvReadResult, 'columnNames' | 'encoding'>
function withoutCodes(r: CsvReadResult | Reference): Reference {
  const { columnNames: _n, encoding: _e, ...rest } = r as CsvReadResult
  return { ...rest, skipped: r.skipped.map(({ code: _c, params: _p, ...row }) => row) }
}

function outcome(read: () => CsvReadResult | Reference): unknown {
  try {
    return withoutCodes(read())
  } catch (error) {
    return { issues: (error as { issues?: unknown }).issues ?? String(error) }
  }
}

async function outcomeAsync(read: () => Promise<CsvReadResult | Reference>): Promise<unknown> {
  try {
    return withoutCodes(await read())
  } catch (error) {
    return { issues: (error as { issues?: unknown }).issues ?? String(error) }
  }
}


describe('the CSV splitter', () => {
  it('reads whole text exactly as csv-parse alone did', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(outcome(() => parseCsvIncidents(t))).toEqual(outcome(() => parseBefore(t)))
      }),
      { numRuns: RUNS },
    )
  })

  it('reads text in chunks cut anywhere exactly as it reads it whole', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), async (t, cuts) => {
        const whole = outcome(() => parseCsvIncidents(t))
        expect(await outcomeAsync(() => readCsvIncidents(cutAt(new TextEncoder().encode(t), cuts)))).toEqual(whole)
      }),
      { numRuns: RUNS },
    )
  })

  it('hands a quote never closed and what follows to csv-parse, streamed, with the rows before it read', async () => {
    // Past the quote, more text than the splitter holds (a quarter of a million characters): csv-parse streams it.
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i},2026-03-02T10:00:00Z,x\n`).join('')
    const t = `id,start,title\n${rows(3000)}9999,2026-03-02T10:00:00Z,"never closed\n${rows(12_000)}`
    const r = await readCsvIncidents([t.slice(0, 70_000), t.slice(70_000)])
    expect(withoutCodes(r)).toEqual(parseBefore(t))
    expect(r.incidents).toHaveLength(3000)
    expect(r.skipped).toEqual([{ line: 3002, reason: expect.stringContaining('never closed'), code: 'quote-not-closed', params: {} }])
  })

  it('reads every row after a line too long for it, however the input is cut: csv-parse reads them, none is lost', async () => {
    // A title of 300,000 characters, more than the splitter holds, then 20,000 rows. The rows after the chunk where
    // the splitter gave up were dropped without a word: 114 of 20,001 read from chunks of 4 KiB, 992 from the text.
    const rows = Array.from({ length: 20_000 }, (_, i) => `r${i},2026-03-02T10:00:00Z,y\n`).join('')
    const t = `id,start,title\na,2026-03-02T10:00:00Z,${'x'.repeat(300_000)}\n${rows}`
    const bytes = new TextEncoder().encode(t)
    for (const source of [t, bytes, [bytes], cutAt(bytes, Array.from({ length: 100 }, (_, i) => i / 100))]) {
      const r = await readCsvIncidents(source)
      expect(r.incidents).toHaveLength(20_001)
      expect(r.incidents.at(-1)).toEqual({ id: 'r19999', title: 'y', start: '2026-03-02T10:00:00Z' })
      expect(r.lines.at(-1)).toBe(20_002)
      expect(r.skipped).toEqual([])
    }
  })
})
