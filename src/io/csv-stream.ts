import { isAscii, isUtf8 } from 'node:buffer'
import { Readable, pipeline } from 'node:stream'
import { parse as parseStream } from 'csv-parse'
import { describe, InputError } from '../errors.js'
import { firstLine, MAX_CSV_RECORD } from './csv-header.js'
import { checkOptions, type CsvOptions, type CsvSession, type CsvSource, HEADER_SCAN_LIMIT, openSession, type RowTarget } from './csv-session.js'
import { RecordSplitter } from './csv-split.js'
import { type CsvEncoding, type CsvEncodingUsed, firstNonAscii, firstNotUtf8, headerEnd, LineCount, notUtf8Error, utf8Length, windows1252FromLatin1 } from './encoding.js'

// The streaming side of the CSV readers: Node's streams and Buffer, for files of any size. The readers of
// text in memory (csv-session.ts, csv.ts) use neither, so that they run in a browser.

/** Bytes handed to the splitter at a time when the source is text or bytes already in memory. */
const CHUNK = 64 * 1024
const EMPTY = Buffer.alloc(0)

export function toBytes(text: string | Uint8Array): Buffer {
  return typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength)
}

/** The source's chunks: bytes as bytes, text as text. */
async function* sourceChunks(source: CsvSource): AsyncGenerator<Buffer | string> {
  if (typeof source === 'string') {
    yield source
    return
  }
  if (source instanceof Uint8Array) {
    const bytes = toBytes(source)
    for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK)
    return
  }
  const iterable = source as AsyncIterable<unknown> & Iterable<unknown>
  if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function'))
    throw new InputError([{ path: '', message: `must be CSV text, bytes or an iterable of chunks (got ${describe(source)})`, code: 'csv-source', params: { got: describe(source) } }])
  let n = 0
  for await (const chunk of iterable) {
    if (typeof chunk === 'string') {
      if (chunk.length > 0) yield chunk
    } else if (chunk instanceof Uint8Array) {
      if (chunk.length > 0) yield toBytes(chunk)
    } else throw new InputError([{ path: `chunk ${n}`, message: `must be text or bytes (got ${describe(chunk)})`, code: 'csv-chunk', params: { got: describe(chunk) } }])
    n++
  }
}

/**
 * The source as UTF-8 bytes, decoded as option `encoding` says. Bytes that may be UTF-8 go on as they are:
 * the reader checks them, once they are known to be meant as UTF-8, in the pieces it decodes, rather than
 * through a streaming decoder. UTF-16 and Windows-1252 are made UTF-8 here: rare inputs, a slower path.
 * Text chunks are text, whatever the encoding: their UTF-8 goes on, and says nothing of the bytes'.
 */
class Utf8Source {
  /** The encoding of the bytes, as far as they are read: UTF-8 for text. */
  used: CsvEncodingUsed
  /** True once the bytes passed on must be checked as UTF-8: option 'utf-8', or UTF-8 chosen by 'auto'. */
  strict: boolean
  /** Where, in the bytes passed on, the character beyond ASCII is from which 'auto' chose UTF-8; -1 before. */
  utf8At = -1
  /** `mark`: a UTF-16 byte-order mark may start the input; `sniff`: only ASCII so far, in UTF-8 or Windows-1252. */
  private mode: 'mark' | 'sniff' | 'utf-8' | 'windows-1252'
  private utf16: TextDecoder | undefined
  /** Bytes kept until the next chunk says what they are: a lone first byte, a character cut at a chunk's end. */
  private held: Buffer | undefined
  private passed = 0

  constructor(encoding: CsvEncoding) {
    this.mode = encoding === 'auto' ? 'mark' : encoding
    // Text says UTF-8 whatever the option: Windows-1252 is said once bytes are read so.
    this.used = 'utf-8'
    this.strict = encoding === 'utf-8'
  }

  async *read(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') {
        // Text ends the bytes before it: what is held of them is read as it is.
        const before = this.take(EMPTY, true)
        if (before.length > 0) yield before
        const text = Buffer.from(chunk, 'utf8')
        for (let i = 0; i < text.length; i += CHUNK) yield this.pass(text.subarray(i, i + CHUNK))
      } else {
        const bytes = this.take(chunk, false)
        if (bytes.length > 0) yield bytes
      }
    }
    const last = this.take(EMPTY, true)
    if (last.length > 0) yield last
  }

  /** `chunk` as UTF-8, after what was held; `end`: no byte follows it. */
  private take(chunk: Buffer, end: boolean): Buffer {
    const bytes = this.held ? Buffer.concat([this.held, chunk]) : chunk
    this.held = undefined
    if (this.mode === 'mark') {
      if (bytes.length < 2 && !end) return this.hold(bytes)
      const used = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
      if (used) {
        this.used = used
        // ignoreBOM keeps the mark, which the splitter removes as it does UTF-8's.
        this.utf16 = new TextDecoder(used, { ignoreBOM: true })
      }
      this.mode = used ? 'utf-8' : 'sniff'
    }
    if (this.utf16) return this.pass(Buffer.from(this.utf16.decode(bytes, { stream: !end }), 'utf8'))
    if (this.mode === 'utf-8') return this.pass(bytes)
    // Latin-1 as Buffer reads it, made Windows-1252: Node's TextDecoder('windows-1252') is slower, and as wrong at 80–9F.
    if (this.mode === 'windows-1252') {
      if (bytes.length > 0) this.used = 'windows-1252'
      return this.pass(Buffer.from(windows1252FromLatin1(bytes.toString('latin1')), 'utf8'))
    }
    if (isAscii(bytes)) return this.pass(bytes)
    const at = firstNonAscii(bytes, 0, bytes.length)
    const n = utf8Length(bytes, at, bytes.length)
    if (n < 0 && !end) return this.hold(bytes)
    if (n > 0) {
      this.mode = 'utf-8'
      this.strict = true
      this.utf8At = this.passed + at
      return this.pass(bytes)
    }
    // The first bytes beyond ASCII are not UTF-8: all is Windows-1252, and what went on before, ASCII, reads the same.
    this.mode = 'windows-1252'
    return this.take(bytes, end)
  }

  private hold(bytes: Buffer): Buffer {
    this.held = bytes
    return EMPTY
  }

  private pass(bytes: Buffer): Buffer {
    this.passed += bytes.length
    return bytes
  }
}

/** Checks the bytes read as UTF-8, piece after piece of the input, and says where one is not. */
class Utf8Check {
  /** Where the next piece starts in the input. */
  private offset = 0
  /** The line of the character from which 'auto' chose UTF-8; 0 until a piece reaches it. */
  private since = 0

  constructor(private readonly source: Utf8Source) {}

  /** Checks `bytes[0, to)`, the next piece, which starts where `lines()` is (asked for only when needed). */
  piece(bytes: Buffer, to: number, lines: () => LineCount): void {
    const s = this.source
    if (s.strict) {
      if (this.since === 0 && s.utf8At >= 0 && s.utf8At < this.offset + to) this.since = lines().lineOf(bytes, s.utf8At - this.offset)
      if (!isUtf8(to === bytes.length ? bytes : bytes.subarray(0, to))) {
        const bad = firstNotUtf8(bytes, 0, to)
        throw notUtf8Error(lines().lineOf(bytes, bad), bytes[bad]!, s.utf8At >= 0 ? this.since : undefined)
      }
    }
    this.offset += to
  }
}

/**
 * Reads the chunks up to the end of the first line that holds something, to choose the delimiter before
 * parsing; returns them with the text read, and whether the input ended there.
 */
async function readHeaderLine(chunks: AsyncGenerator<Buffer>): Promise<{ prefix: Buffer[]; text: string; ended: boolean }> {
  const prefix: Buffer[] = []
  const pieces: string[] = []
  const decoder = new TextDecoder()
  let last = ''
  let size = 0
  for (;;) {
    const { value, done } = await chunks.next()
    if (done) return { prefix, text: pieces.join(''), ended: true }
    prefix.push(value)
    size += value.length
    // Only the new text is searched, with the character before it: tiny chunks cost linear time.
    const piece = decoder.decode(value, { stream: true })
    pieces.push(piece)
    if (/[^\r\n\uFEFF][\r\n]/.test(last + piece) || size >= HEADER_SCAN_LIMIT) break
    if (piece) last = piece.charAt(piece.length - 1)
  }
  return { prefix, text: pieces.join(''), ended: false }
}

/** The index after the last line break of `bytes`, 0 when none: text before it holds only whole characters. */
function afterLastBreak(bytes: Buffer): number {
  return Math.max(bytes.lastIndexOf(10), bytes.lastIndexOf(13)) + 1
}

/** The index after the last whole UTF-8 character of `bytes`: its length, but for a character its end cuts. */
function wholeCharacters(bytes: Buffer): number {
  const n = bytes.length
  let i = n
  while (i > 0 && n - i < 3 && (bytes[i - 1]! & 0xc0) === 0x80) i--
  if (i === 0) return n
  const lead = bytes[i - 1]!
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return i - 1 + size > n ? i - 1 : n
}

/**
 * Reads a CSV source into `target`, chunk by chunk, yielding after each chunk (so that a caller can hand
 * on the rows read so far); `seen.session` is set once the header line is read.
 */
export async function* readCsvStream(source: CsvSource, options: CsvOptions, target: RowTarget, seen: { session?: CsvSession }): AsyncGenerator<void, void, undefined> {
  const { encoding } = checkOptions(options)
  const decoded = new Utf8Source(encoding)
  const chunks = decoded.read(sourceChunks(source))
  // True once the rest of the input is handed to csv-parse, whose stream closes it as it ends; until then,
  // leaving early (an error, a caller that stops reading) closes the source here: a file stream, say.
  let handedOn = false
  try {
    const { prefix, text, ended } = await readHeaderLine(chunks)
    const head = Buffer.concat(prefix)
    // The header line: checked, then read, before any byte after it, so that a header the reader refuses is
    // said before a bad byte further on, whatever the chunks (as the reader of bytes in memory says it).
    const end = headerEnd(head, head.length)
    const check = new Utf8Check(decoded)
    // A byte that is not UTF-8 in the header would otherwise be reported as what it garbles (a column unknown).
    if (decoded.strict) new Utf8Check(decoded).piece(head, end >= 0 ? end : ended ? head.length : afterLastBreak(head), () => new LineCount())
    const session = openSession(firstLine(text), options, target)
    seen.session = session
    const splitter = new RecordSplitter(session.delimiter, session, MAX_CSV_RECORD)
    // Where the next piece starts: after the records read, and the lines the splitter holds of one not complete.
    const lines = () => new LineCount(session.nextLine).text(splitter.rest)
    let rest: Buffer = head
    if (end > 0) {
      check.piece(head, end, lines)
      splitter.push(head.toString('utf8', 0, end), false)
      rest = head.subarray(end)
    }
    // Bytes after the last line break, kept for the next chunk: a character is never cut in two.
    let carry: Buffer | undefined
    async function* all(): AsyncGenerator<Buffer> {
      if (rest.length > 0) yield rest
      yield* chunks
    }
    const input = all()
    // next() rather than for await, which would close the input on leaving the loop: csv-parse reads its rest.
    for (;;) {
      const next = await input.next()
      if (next.done) break
      const bytes = carry ? Buffer.concat([carry, next.value]) : next.value
      const cut = afterLastBreak(bytes)
      carry = cut < bytes.length ? bytes.subarray(cut) : undefined
      if (cut > 0) check.piece(bytes, cut, lines)
      if ((cut > 0 && !splitter.push(bytes.toString('utf8', 0, cut), false)) || (carry && carry.length > MAX_CSV_RECORD)) {
        handedOn = true
        break
      }
      yield
    }
    if (handedOn) yield* readRest(session, splitter.rest, carry, input, check)
    else {
      if (carry) check.piece(carry, carry.length, lines)
      splitter.push(carry ? carry.toString('utf8') : '', true)
    }
    session.encoding = decoded.used
    session.finish()
  } finally {
    if (!handedOn) await chunks.return(undefined)
  }
}

/**
 * Reads what the splitter will not hold (a quote never closed, a giant line), from `rest` (the text it
 * held) and `carry` on: csv-parse reads it as a stream, record by record, as it always did, in pieces of
 * whole characters checked as the splitter's are.
 */
async function* readRest(session: CsvSession, rest: string, carry: Buffer | undefined, input: AsyncGenerator<Buffer>, check: Utf8Check): AsyncGenerator<void, void, undefined> {
  const lines = new LineCount(session.nextLine).text(rest)
  const piece = (bytes: Buffer, to: number): Buffer => {
    check.piece(bytes, to, () => lines)
    lines.bytes(bytes, 0, to)
    return to === bytes.length ? bytes : bytes.subarray(0, to)
  }
  const parser = parseStream(session.parserOptions())
  const stream = Readable.from(
    (async function* () {
      yield Buffer.from(rest, 'utf8')
      let tail = carry
      for await (const chunk of input) {
        const bytes = tail ? Buffer.concat([tail, chunk]) : chunk
        const cut = wholeCharacters(bytes)
        tail = cut < bytes.length ? bytes.subarray(cut) : undefined
        if (cut > 0) yield piece(bytes, cut)
      }
      if (tail) yield piece(tail, tail.length)
    })(),
    { objectMode: false },
  )
  // Errors of either side end up on the parser, where the loop below sees them.
  pipeline(stream, parser, () => {})
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      session.record(fields, false)
      yield
    }
  } finally {
    stream.destroy()
    parser.destroy()
  }
}
