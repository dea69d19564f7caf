/**
 * CSV records from text in memory, with no Node built-in and no Buffer: what the page and the other
 * readers of text use. It reads a text as csv-parse does with the options the incident reader has always
 * given it (`relax_quotes`, `relax_column_count`, record delimiters CRLF, LF and CR, no empty line
 * skipped, `skip_records_with_error`), to the field: a property test holds the two together on text full
 * of quotes and line breaks of every kind.
 */

const QUOTE = 34
const CR = 13
const LF = 10

/** Why reading stopped before the end of the text; the records before it were all handed out. */
export interface RecordsStop {
  kind: 'quote-not-closed' | 'record-too-large'
  /** The words csv-parse uses for the same problem, for callers that reported those. */
  message: string
}

/** The UTF-8 length of one UTF-16 unit: a surrogate half counts 2, so that a pair counts 4. */
function utf8Units(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3
}

/**
 * Splits CSV text into records, each handed to `onRecord` as soon as it ends. A quote opens a quoted
 * field only as a field's first character; inside one, two quotes are a quote, and a quote followed by the
 * delimiter, a line break or the end closes it. A quote followed by anything else closes it too and is
 * kept, with the opening one, as text (`"ab"c` reads `"ab"c`), as csv-parse does with `relax_quotes`.
 * A line break ends a record outside quotes (CRLF, LF or a lone CR); an empty line is a record of one
 * empty field; the last line needs no line break. Returns why reading stopped early: a quote never closed
 * (the record it opens is dropped) or a record longer than `maxRecordBytes` (it and the rest are dropped).
 *
 * @example
 * const records: string[][] = []
 * splitCsvRecords('id;title\r\na;"x;""y""\ny"\r\n', ';', 1_000_000, (r) => records.push(r))
 * records // [['id', 'title'], ['a', 'x;"y"\ny']]
 */
export function splitCsvRecords(text: string, delimiter: string, maxRecordBytes: number, onRecord: (fields: string[]) => void): RecordsStop | undefined {
  const n = text.length
  const d0 = delimiter.charCodeAt(0)
  const dl = delimiter.length
  const isDelimiter = (p: number): boolean => text.charCodeAt(p) === d0 && (dl === 1 || text.startsWith(delimiter, p))
  const isBreak = (p: number): boolean => {
    const c = text.charCodeAt(p)
    return c === LF || c === CR
  }
  let record: string[] = []
  // Characters of the fields already in the record, bytes of the field being read: csv-parse's own measure.
  let recordLength = 0
  let fieldBytes = 0
  let field = ''
  // A stretch of ordinary characters not yet copied into `field`, from `runStart` to the current position.
  let runStart = 0
  let quoting = false
  let wasQuoting = false
  const flush = (p: number) => {
    if (p > runStart) field += text.slice(runStart, p)
  }
  const endField = () => {
    record.push(field)
    recordLength += field.length
    field = ''
    fieldBytes = 0
    wasQuoting = false
  }
  const endRecord = () => {
    onRecord(record)
    record = []
    recordLength = 0
  }
  let p = 0
  while (p < n) {
    const c = text.charCodeAt(p)
    if (quoting && c === QUOTE) {
      if (p + 1 < n && text.charCodeAt(p + 1) === QUOTE) {
        // A doubled quote inside quotes: the first is dropped, the second is text.
        flush(p)
        runStart = p + 1
        p++
        fieldBytes += 1
        if (recordLength + fieldBytes - 1 > maxRecordBytes) return tooLarge(maxRecordBytes)
        p++
        continue
      }
      const next = text.charCodeAt(p + 1)
      if (p + 1 >= n || next === 0 || isDelimiter(p + 1) || isBreak(p + 1)) {
        flush(p)
        quoting = false
        wasQuoting = true
        p++
        runStart = p
        continue
      }
      // A quote followed by text: both quotes are kept as text and the field goes on unquoted.
      flush(p)
      field = '"' + field
      fieldBytes += 1
      quoting = false
      wasQuoting = true
      runStart = p
    } else if (!quoting) {
      if (c === QUOTE && field.length === 0 && p === runStart) {
        quoting = true
        p++
        runStart = p
        continue
      }
      if (c === LF || c === CR) {
        flush(p)
        endField()
        endRecord()
        p += c === CR && text.charCodeAt(p + 1) === LF ? 2 : 1
        runStart = p
        continue
      }
      if (c === d0 && isDelimiter(p)) {
        flush(p)
        endField()
        p += dl
        runStart = p
        continue
      }
    }
    // csv-parse checks the size before each byte it appends: the last byte of this character decides.
    const units = utf8Units(c)
    if (recordLength + fieldBytes + units - 1 > maxRecordBytes) return tooLarge(maxRecordBytes)
    fieldBytes += units
    p++
  }
  if (quoting) return { kind: 'quote-not-closed', message: 'Quote Not Closed: the parsing is finished with an opening quote' }
  flush(n)
  if (wasQuoting || record.length > 0 || field.length > 0) {
    endField()
    endRecord()
  }
  return undefined
}

function tooLarge(max: number): RecordsStop {
  return { kind: 'record-too-large', message: `Max Record Size: record exceed the maximum number of tolerated bytes of ${max}` }
}
