import { Readable, pipeline } from 'node:stream'
import { parse as parseStream } from 'csv-parse'
import { describe, InputError } from '../errors.js'
import { firstLine, MAX_CSV_RECORD } from './csv-header.js'
import { checkOptions, type CsvOptions, type CsvSession, type CsvSource, HEADER_SCAN_LIMIT, openSession, type RowTarget } from './csv-session.js'
import { RecordSplitter } from './csv-split.js'

// The streaming side of the CSV readers: Node's streams and Buffer, for files of any size. The readers of
// text in memory (csv-session.ts, csv.ts) use neither, so that they run in a browser.

/** Bytes handed to the splitter at a time when the source is text or bytes already in memory. */
const CHUNK = 64 * 1024

export function toBytes(text: string | Uint8Array): Buffer {
  return typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text.buffer, text.byteOffset, text.byteLength)
}

async function* byteChunks(source: CsvSource): AsyncGenerator<Buffer> {
  if (typeof source === 'string' || source instanceof Uint8Array) {
    const bytes = toBytes(source)
    for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK)
    return
  }
  const iterable = source as AsyncIterable<unknown> & Iterable<unknown>
  if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function'))
    throw new InputError([{ path: '', message: `must be CSV text, bytes or an iterable of chunks (got ${describe(source)})`, code: 'csv-source', params: { got: describe(source) } }])
  let n = 0
  for await (const chunk of iterable) {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) {
      if (chunk.length > 0) yield toBytes(chunk)
    } else throw new InputError([{ path: `chunk ${n}`, message: `must be text or bytes (got ${describe(chunk)})`, code: 'csv-chunk', params: { got: describe(chunk) } }])
    n++
  }
}

/**
 * Reads the chunks up to the end of the first line that holds something, to choose the delimiter before
 * parsing; returns them with the text read.
 */
async function readHeaderLine(chunks: AsyncGenerator<Buffer>): Promise<{ prefix: Buffer[]; text: string }> {
  const prefix: Buffer[] = []
  const pieces: string[] = []
  const decoder = new TextDecoder()
  let last = ''
  let size = 0
  for (;;) {
    const { value, done } = await chunks.next()
    if (done) break
    prefix.push(value)
    size += value.length
    // Only the new text is searched, with the character before it: tiny chunks cost linear time.
    const piece = decoder.decode(value, { stream: true })
    pieces.push(piece)
    if (/[^\r\n\uFEFF][\r\n]/.test(last + piece) || size >= HEADER_SCAN_LIMIT) break
    if (piece) last = piece.charAt(piece.length - 1)
  }
  return { prefix, text: pieces.join('') }
}

/** The index after the last line break of `bytes`, 0 when none: text before it holds only whole characters. */
function afterLastBreak(bytes: Buffer): number {
  return Math.max(bytes.lastIndexOf(10), bytes.lastIndexOf(13)) + 1
}

/**
 * Reads a CSV source into `target`, chunk by chunk, yielding after each chunk (so that a caller can hand
 * on the rows read so far); `seen.session` is set once the header line is read.
 */
export async function* readCsvStream(source: CsvSource, options: CsvOptions, target: RowTarget, seen: { session?: CsvSession }): AsyncGenerator<void, void, undefined> {
  checkOptions(options)
  const chunks = byteChunks(source)
  const { prefix, text } = await readHeaderLine(chunks)
  const session = openSession(firstLine(text), options, target)
  seen.session = session
  const splitter = new RecordSplitter(session.delimiter, session, MAX_CSV_RECORD)
  // Bytes after the last line break, kept for the next chunk: a character is never cut in two.
  let carry: Buffer | undefined
  let gaveUp = false
  async function* all(): AsyncGenerator<Buffer> {
    yield* prefix
    yield* chunks
  }
  const input = all()
  for await (const chunk of input) {
    const bytes = carry ? Buffer.concat([carry, chunk]) : chunk
    const cut = afterLastBreak(bytes)
    carry = cut < bytes.length ? bytes.subarray(cut) : undefined
    if ((cut > 0 && !splitter.push(bytes.toString('utf8', 0, cut), false)) || (carry && carry.length > MAX_CSV_RECORD)) {
      gaveUp = true
      break
    }
    yield
  }
  if (!gaveUp) {
    splitter.push(carry ? carry.toString('utf8') : '', true)
    session.finish()
    return
  }
  // Something the splitter will not hold (a quote never closed, a giant line): the rest goes to csv-parse
  // as a stream, record by record, as it always did.
  const rest = [Buffer.from(splitter.rest, 'utf8'), ...(carry ? [carry] : [])]
  const parser = parseStream(session.parserOptions())
  const stream = Readable.from(
    (async function* () {
      yield* rest
      yield* input
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
  session.finish()
}
