import { InputError } from '../errors.js'

// The text encodings of CSV bytes: what the readers of bytes in memory use as they are, and what the streaming
// reader (csv-stream.ts) and the command line share. No Node built-in and no Buffer: a browser runs this.

/** What option `encoding` of the CSV readers may say. */
export const CSV_ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const
/** How a CSV reader decodes bytes: see `CsvOptions.encoding`. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number]
/** The encoding a CSV reader read its input in, as its result says: `'utf-8'` for text given as such. */
export type CsvEncodingUsed = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

// Windows-1252's bytes 80 to 9F (the WHATWG Encoding Standard's index): the five it leaves undefined stay
// the Latin-1 controls, as the standard says.
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/**
 * Windows-1252 text from its bytes read as Latin-1: Windows-1252 gives the bytes 80–9F other characters (€,
 * ’, œ…) than Latin-1's controls.
 */
export function windows1252FromLatin1(latin1: string): string {
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c)
}

/** The TextDecoder labelled windows-1252, null where there is none (Node built without ICU); made once. */
let latin1Decoder: TextDecoder | null | undefined

/** The text of Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  if (latin1Decoder === undefined) {
    try {
      latin1Decoder = new TextDecoder('windows-1252')
    } catch {
      latin1Decoder = null
    }
  }
  // A browser's windows-1252 decoder gives 80–9F their characters, Node's (20) the Latin-1 controls: the
  // replacement makes the second right and leaves the first as it is.
  if (latin1Decoder !== null) return windows1252FromLatin1(latin1Decoder.decode(bytes))
  const pieces: string[] = []
  for (let i = 0; i < bytes.length; i += 8192) pieces.push(String.fromCharCode(...bytes.subarray(i, i + 8192)))
  return windows1252FromLatin1(pieces.join(''))
}

/** Where the first byte above 7F is in `bytes[from, to)`; `to` when none. */
export function firstNonAscii(bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (bytes[i]! >= 0x80) return i
  return to
}

/**
 * The length of the UTF-8 character that starts at `at` (before `to`): 0 when the bytes there are not one
 * (the WHATWG decoder's rules: no overlong form, no surrogate, nothing above U+10FFFF), -1 when they begin one
 * that `to` cuts.
 */
export function utf8Length(bytes: Uint8Array, at: number, to: number): number {
  const b = bytes[at]!
  if (b < 0x80) return 1
  let n: number
  let low = 0x80
  let high = 0xbf
  if (b >= 0xc2 && b <= 0xdf) n = 2
  else if (b >= 0xe0 && b <= 0xef) {
    n = 3
    if (b === 0xe0) low = 0xa0
    else if (b === 0xed) high = 0x9f
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4
    if (b === 0xf0) low = 0x90
    else if (b === 0xf4) high = 0x8f
  } else return 0
  for (let k = 1; k < n; k++) {
    if (at + k >= to) return -1
    const c = bytes[at + k]!
    if (k === 1 ? c < low || c > high : (c & 0xc0) !== 0x80) return 0
  }
  return n
}

/** Where the first byte that is not part of a whole UTF-8 character is in `bytes[from, to)`; `to` when none. */
export function firstNotUtf8(bytes: Uint8Array, from: number, to: number): number {
  let i = from
  while (i < to) {
    const n = utf8Length(bytes, i, to)
    if (n <= 0) return i
    i += n
  }
  return to
}

/**
 * Counts lines over text read in pieces, as the CSV readers number them: CRLF, LF and a lone CR each end
 * one, a CRLF cut between two pieces once.
 */
export class LineCount {
  constructor(
    /** The line the next byte is on (1-based). */
    public line = 1,
    /** True when the last byte counted is a CR: an LF right after it ends no line of its own. */
    private cr = false,
  ) {}

  /** Counts `bytes[from, to)`. */
  bytes(bytes: Uint8Array, from: number, to: number): this {
    for (let i = from; i < to; i++) this.step(bytes[i]!)
    return this
  }

  /** Counts `text`. */
  text(text: string): this {
    for (let i = 0; i < text.length; i++) this.step(text.charCodeAt(i))
    return this
  }

  /** The line byte `at` of `bytes` is on, `bytes` coming right after what was counted; counts nothing. */
  lineOf(bytes: Uint8Array, at: number): number {
    return new LineCount(this.line, this.cr).bytes(bytes, 0, at).line
  }

  private step(c: number): void {
    if (c === 13 || (c === 10 && !this.cr)) this.line++
    this.cr = c === 13
  }
}

const HEX = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`

/**
 * The error of a byte that is not UTF-8 in bytes read as UTF-8: chosen by option `auto` from the first
 * character beyond ASCII, on line `since`, or asked for by option `'utf-8'` (`since` undefined).
 */
export function notUtf8Error(line: number, byte: number, since: number | undefined): InputError {
  const hex = HEX(byte)
  const message =
    since === undefined
      ? `has a byte that is not UTF-8 (${hex}), where option encoding: 'utf-8' allows no other: pass encoding: 'windows-1252' if the file is in Windows-1252, or 'auto' to let the reader choose`
      : `has a byte that is not UTF-8 (${hex}), in a file read as UTF-8 from its first character beyond ASCII (line ${since}): pass encoding: 'windows-1252' if the file is in Windows-1252, or save it as UTF-8 throughout`
  return new InputError([{ path: `line ${line}`, message, code: 'csv-not-utf8', params: since === undefined ? { byte: hex } : { byte: hex, since } }], 'Cannot read the CSV incident file')
}

/**
 * Where the header line ends in `bytes[0, to)`: the index after the first line break that follows something
 * (a byte-order mark and blank lines before it are not the header), as the readers find the header; -1 when
 * no such break is there. The readers check the header's bytes before opening it, and the rest after: a
 * header they refuse is said before a bad byte further on, whatever the chunks.
 */
export function headerEnd(bytes: Uint8Array, to: number): number {
  let content = false
  for (let i = 0; i < to; i++) {
    const b = bytes[i]
    if (b === 0x0a || b === 0x0d) {
      if (content) return i + 1
    } else if (!(i < 3 && (b === 0xef || b === 0xbb || b === 0xbf))) content = true
  }
  return -1
}

/**
 * Decodes CSV bytes held in memory as option `encoding` says (see `CsvOptions.encoding`), and says in which
 * encoding they were read; throws when bytes read as UTF-8 are not.
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding: CsvEncoding): { text: string; encoding: CsvEncodingUsed } {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding }
  if (encoding === 'auto' && bytes.length >= 2) {
    const used = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
    // ignoreBOM keeps the byte-order mark in the text, where the splitter removes it as it does for UTF-8.
    if (used) return { text: new TextDecoder(used, { ignoreBOM: true }).decode(bytes), encoding: used }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not UTF-8: the bytes are walked once more, on this path only, to say where and to choose.
  }
  const first = firstNonAscii(bytes, 0, bytes.length)
  if (encoding === 'auto' && utf8Length(bytes, first, bytes.length) <= 0) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  const bad = firstNotUtf8(bytes, first, bytes.length)
  const lines = new LineCount()
  throw notUtf8Error(lines.lineOf(bytes, bad), bytes[bad]!, encoding === 'auto' ? lines.lineOf(bytes, first) : undefined)
}
