import { type RecordsStop, splitCsvRecords } from './csv-records.js'

/** Where the records of a CSV go, in order. `plain` is true when no field holds a line break. */
export interface RecordSink {
  record(fields: string[], plain: boolean): void
  /** Reading a stretch of records stopped before its end: a quote never closed, a record too long. */
  stopped(stop: RecordsStop): void
}

/**
 * Longest line the splitter takes itself, in characters. csv-parse counts a record's size in bytes, up to
 * `MAX_CSV_RECORD`; a quarter of it in characters is below that limit whatever the characters, so that a
 * record long enough to meet the limit is always left to csv-parse, which then decides as it always has.
 */
function longLine(maxRecord: number): number {
  return maxRecord >> 2
}

const QUOTE = 34
const CR = 13
const LF = 10

/**
 * Splits CSV text into records. Most incident logs hold no quote at all: a stretch of lines without a
 * quote (or a lone CR) is split on line breaks and on the delimiter directly, which is exactly what
 * csv-parse would return for it, at a fraction of its cost. The records around a quote are given to
 * `splitCsvRecords`, which reads them as csv-parse does, for every hard case (quoted delimiters, doubled
 * quotes, line breaks inside fields, stray quotes). Anything that would need more than one record's worth
 * of text held (a quote never closed, a giant line) makes the splitter give up: at the end of the input the
 * rest is read at once; before it, a streaming caller hands the rest to csv-parse's stream.
 */
export class RecordSplitter {
  /** Text not yet split: the start of a record whose end has not arrived. */
  rest = ''
  /** True once the splitter gave up: {@link rest} and what follows go to csv-parse. */
  gaveUp = false
  private started = false
  private readonly long: number

  constructor(
    private readonly delimiter: string,
    private readonly sink: RecordSink,
    maxRecord: number,
  ) {
    this.maxRecord = maxRecord
    this.long = longLine(maxRecord)
  }

  /**
   * Splits `text` after what is left of earlier calls. With `final`, the input ends here. Returns false
   * when the splitter gives up (the text is then kept in {@link rest}).
   */
  push(text: string, final: boolean): boolean {
    let buf = this.rest.length === 0 ? text : this.rest + text
    this.rest = ''
    if (!this.started && buf.length > 0) {
      this.started = true
      if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1)
    }
    const n = buf.length
    // Where complete lines end: a CR at the very end may be the first half of a CRLF.
    let cut = n
    if (!final) {
      const lf = buf.lastIndexOf('\n')
      const cr = buf.lastIndexOf('\r', n - 2)
      cut = Math.max(lf, cr) + 1
    }
    let pos = 0
    while (pos < cut) {
      const special = this.firstSpecial(buf, pos, cut)
      if (special > pos) {
        // Back to the start of the line holding the special character: the lines before it are plain.
        const lineStart = special >= cut ? cut : Math.max(buf.lastIndexOf('\n', special - 1), buf.lastIndexOf('\r', special - 1)) + 1
        if (lineStart > pos) {
          const reached = this.plain(buf, pos, lineStart, final && lineStart === n)
          if (reached < lineStart) return this.giveUp(buf, reached, final)
          pos = lineStart
        }
        if (special >= cut) break
      }
      const end = this.hardEnd(buf, pos, final)
      if (end < 0) break
      if (end === pos) return this.giveUp(buf, pos, final)
      this.parse(buf.slice(pos, end))
      pos = end
    }
    this.rest = pos === 0 ? buf : buf.slice(pos)
    if (final && this.rest.length > 0) {
      // Only an unfinished hard record can be left: the record reader says what is wrong with it.
      this.parse(this.rest)
      this.rest = ''
    }
    if (this.rest.length > this.long) return this.giveUp(this.rest, 0, final)
    return true
  }

  /** At the end of the input what is left is read at once; before it, the caller streams the rest to csv-parse. */
  private giveUp(buf: string, from: number, final: boolean): boolean {
    if (final) {
      this.rest = ''
      this.parse(from === 0 ? buf : buf.slice(from))
      return true
    }
    this.rest = from === 0 ? buf : buf.slice(from)
    this.gaveUp = true
    return false
  }

  /** The first quote, or CR not followed by LF, at or after `from`; `to` when none before it. */
  private firstSpecial(buf: string, from: number, to: number): number {
    let q = buf.indexOf('"', from)
    if (q < 0 || q > to) q = to
    let r = buf.indexOf('\r', from)
    while (r >= 0 && r < q && buf.charCodeAt(r + 1) === LF) r = buf.indexOf('\r', r + 2)
    return r >= 0 && r < q ? r : q
  }

  /**
   * Splits lines `[from, to)`, which hold no quote and no lone CR. Returns where it stopped: `to`, or the
   * start of a line too long to be sure of csv-parse's verdict on it.
   */
  private plain(buf: string, from: number, to: number, last: boolean): number {
    const d = this.delimiter
    let p = from
    while (p < to) {
      let e = buf.indexOf('\n', p)
      let next: number
      if (e < 0 || e >= to) {
        // Only the last line of the input may end without a line break.
        if (!last) return p
        e = to
        next = to
      } else next = e + 1
      const lineEnd = e > p && buf.charCodeAt(e - 1) === CR ? e - 1 : e
      if (lineEnd - p > this.long) return p
      this.sink.record(buf.slice(p, lineEnd).split(d), true)
      p = next
    }
    return to
  }

  /**
   * The end of the run of records from `from` that hold a quote or lone CR, read as csv-parse reads
   * quotes: a quote opens a quoted field only as a field's first character; inside one, two quotes are a
   * quote and a single one closes it. -1 when the run's last record is not complete yet; `from` when a
   * record is too long.
   */
  private hardEnd(buf: string, from: number, final: boolean): number {
    const n = buf.length
    const d = this.delimiter
    const d0 = d.charCodeAt(0)
    let p = from
    let end = -1
    for (;;) {
      const recordStart = p
      let fieldStart = true
      let special = false
      let done = false
      while (p < n) {
        const c = buf.charCodeAt(p)
        if (c === QUOTE && fieldStart) {
          special = true
          let q = p + 1
          for (;;) {
            q = buf.indexOf('"', q)
            if (q < 0 || (q + 1 >= n && !final)) return end
            if (buf.charCodeAt(q + 1) === QUOTE) q += 2
            else break
          }
          p = q + 1
          fieldStart = false
        } else if (c === LF || c === CR) {
          if (c === CR) {
            if (p + 1 >= n && !final) return end
            if (buf.charCodeAt(p + 1) === LF) p++
            else special = true
          }
          p++
          done = true
          break
        } else if (c === d0 && buf.startsWith(d, p)) {
          p += d.length
          fieldStart = true
        } else {
          if (c === QUOTE) special = true
          p++
          fieldStart = false
        }
      }
      if (p - recordStart > this.long) return end < 0 ? from : end
      if (!done) {
        // The input's last record, without a line break.
        if (!final) return end
        return n
      }
      end = p
      // A record without anything special ends the run: the lines after it may be plain again.
      if (!special || p >= n) return end
    }
  }

  private readonly maxRecord: number

  private parse(text: string): void {
    const stop = splitCsvRecords(text, this.delimiter, this.maxRecord, (fields) => this.sink.record(fields, false))
    if (stop) this.sink.stopped(stop)
  }
}
