/**
 * The reader of CSV text in memory (no csv-parse, no Buffer, so that it runs in a browser) must return
 * exactly what csv-parse returns with the options the incident reader gave it: the same records, field by
 * field, and the same verdict on a quote never closed, on text made mostly of quotes and line breaks.
 */
import { parse as parseSync } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitCsvRecords } from '../../src/io/csv-records.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000)

/** csv-parse's records and, when it skipped something, the kind of error it reported. */
function csvParse(text: string, delimiter: string, max: number): { records: string[][]; stop?: string } {
  const skips: string[] = []
  const records = parseSync(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: max,
    on_skip: (error: { code?: string } | undefined) => skips.push(error?.code ?? 'unknown'),
  } as never) as string[][]
  return skips.length ? { records, stop: skips[0] } : { records }
}

function ours(text: string, delimiter: string, max: number): { records: string[][]; stop?: string } {
  const records: string[][] = []
  const stop = splitCsvRecords(text, delimiter, max, (r) => records.push(r))
  if (!stop) return { records }
  return { records, stop: stop.kind === 'quote-not-closed' ? 'CSV_QUOTE_NOT_CLOSED' : 'CSV_MAX_RECORD_SIZE' }
}

const piece = fc.constantFrom('"', '"', '""', '\r', '\n', '\r\n', ',', ';', '::', 'a', 'bc', ' ', 'é', '😀', '\u0000', '\uFEFF')
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''))
const delimiter = fc.constantFrom(',', ';', '::', '\t')

describe('CSV records of text in memory', () => {
  it('are the records csv-parse returns, on text full of quotes, CR and LF', () => {
    fc.assert(
      fc.property(text, delimiter, (t, d) => {
        expect(ours(t, d, 1_000_000)).toEqual(csvParse(t, d, 1_000_000))
      }),
      { numRuns: RUNS },
    )
  }, 30_000)

  it('stop where csv-parse stops on a record over the size limit', () => {
    fc.assert(
      fc.property(text, delimiter, fc.integer({ min: 1, max: 12 }), (t, d, max) => {
        expect(ours(t, d, max)).toEqual(csvParse(t, d, max))
      }),
      { numRuns: RUNS },
    )
  }, 30_000)

  it('read quoted delimiters, doubled quotes and line breaks inside a field', () => {
    const records: string[][] = []
    // Line 2 opens a quoted field holding `x;"y"`, a LF and `y`, closed on line 3.
    splitCsvRecords('id;title\r\na;"x;""y""\ny"\r\n\r\nb;"ab"c\r', ';', 1_000_000, (r) => records.push(r))
    expect(records).toEqual([['id', 'title'], ['a', 'x;"y"\ny'], [''], ['b', '"ab"c']])
  })
})
