/**
 * JSON written as UTF-8 bytes straight into one reused buffer, handed over in batches of some 64 kB.
 *
 * A statement of a million incidents is close to a gigabyte of JSON, nearly all of it the same keys around
 * a few figures. Made as strings, each incident was some thirty pieces joined, then encoded, each line of
 * text checked for escapes and quoted on the way: more time than drawing up the statement. Here the keys
 * are bytes made once and copied, the figures written digit by digit, each text encoded once and checked
 * as its bytes are read, and nothing of it lives past the batch it went out in.
 */
import { civilFromDays } from '../time/civil.js'
import { present } from '../errors.js'

/** Bytes handed over at a time: what a pipe or a file takes in one write. */
export const BATCH = 65_536

// Room for a batch and the record that crosses its end: a record never waits for a second buffer.
const ROOM = 4 * BATCH

// Module-level, as TextEncoder holds no state: one for every writer.
const encoder = /* @__PURE__ */ new TextEncoder()

/**
 * Bytes that end the fast path of a string's bytes: those JSON.stringify escapes (quotes, backslashes,
 * control characters), and 0xEF, the lead byte of U+FFFD, which is what a lone surrogate becomes when
 * encoded. JSON.stringify writes a lone surrogate as `\udxxx`: a text holding one (or any character from
 * U+F000 to U+FFFF, which lead with the same byte) is written by JSON.stringify itself.
 */
const STOP = /* @__PURE__ */ (() => {
  const t = new Uint8Array(256)
  for (let b = 0; b < 0x20; b++) t[b] = 1
  t[0x22] = 1
  t[0x5c] = 1
  t[0xef] = 1
  return t
})()

/** Strings shorter than this are written a character at a time: below it, a call to the encoder costs more. */
const SHORT = 48

/** The text as bytes, made once: keys and the punctuation around them. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text)
}

/**
 * A buffer written from its start, handed over with {@link take} and written again from its start: what
 * `take` returns holds until the next write. Every write assumes its room was made first ({@link fits},
 * {@link reserve}): a string takes at most 6 bytes a UTF-16 unit plus its quotes, escaped; a number or
 * an instant at most 32.
 */
export class JsonBytes {
  buf: Uint8Array
  /** The same bytes four at a time, for checking a string's bytes faster. */
  words: Int32Array
  at = 0

  constructor(room = ROOM) {
    this.buf = new Uint8Array(room)
    this.words = new Int32Array(this.buf.buffer)
  }

  /** Whether `n` more bytes fit. */
  fits(n: number): boolean {
    return this.at + n <= this.buf.length
  }

  /** Room for `n` more bytes, keeping what is written: a buffer grows only for a record larger than it. */
  reserve(n: number): void {
    if (this.at + n <= this.buf.length) return
    // A whole number of words.
    const grown = new Uint8Array(4 * Math.ceil(Math.max(this.at + n, 2 * this.buf.length) / 4))
    grown.set(this.buf.subarray(0, this.at))
    this.buf = grown
    this.words = new Int32Array(grown.buffer)
  }

  /** What is written, to be used before the next write; the buffer starts again. */
  take(): Uint8Array {
    const bytes = this.buf.subarray(0, this.at)
    this.at = 0
    return bytes
  }

  byte(b: number): void {
    this.buf[this.at++] = b
  }

  /** Bytes made once, such as a key with the indentation before it. */
  bytes(b: Uint8Array): void {
    // set() copies as memcpy does: faster than a loop by hand even at the length of a key.
    this.buf.set(b, this.at)
    this.at += b.length
  }

  /** `src[from, to)`, written again: a text encoded once and written in two places. */
  copy(src: Uint8Array, from: number, to: number): void {
    this.buf.set(src.subarray(from, to), this.at)
    this.at += to - from
  }

  /** Text written as it is, well-formed UTF-16 (JSON.stringify's own output): at most 3 bytes a unit. */
  text(s: string): void {
    this.at += encoder.encodeInto(s, this.buf.subarray(this.at)).written
  }

  /** A number as JSON.stringify writes it. */
  number(n: number): void {
    // Counts of milliseconds are whole and below 2³² in any month: written digit by digit. Any other number
    // (a weighted duration with decimals, a negative one) as String() writes it, which is JSON's.
    if (n >>> 0 !== n) {
      this.text(Number.isFinite(n) ? String(n) : 'null')
      return
    }
    const buf = this.buf
    // Most excluded times are nothing (and -0 is written 0, as JSON.stringify writes it).
    if (n === 0) {
      buf[this.at++] = 48
      return
    }
    let digits = 1
    for (let x = n; x >= 10; x = (x / 10) >>> 0) digits++
    let at = this.at + digits
    this.at = at
    let x = n
    do {
      const q = (x / 10) >>> 0
      buf[--at] = 48 + x - q * 10
      x = q
    } while (x > 0)
  }

  /** An instant as Date's toISOString writes it, without the quotes; outside years 1970 to 9999, by Date itself. */
  instant(ms: number): void {
    if (!(ms >= 0 && ms < ISO_UNTIL)) {
      this.text(new Date(ms).toISOString())
      return
    }
    // Date keeps whole milliseconds, dropping any fraction: so does this.
    const t = Math.floor(ms)
    const days = Math.floor(t / 86_400_000)
    const day = this.#date
    if (days !== this.#day) {
      this.#day = days
      const d = civilFromDays(days)
      const y = d.year
      day[0] = 48 + Math.floor(y / 1000)
      day[1] = 48 + (Math.floor(y / 100) % 10)
      day[2] = 48 + (Math.floor(y / 10) % 10)
      day[3] = 48 + (y % 10)
      two(day, 5, d.month)
      two(day, 8, d.day)
    }
    const buf = this.buf
    const at = this.at
    for (let i = 0; i < 11; i++) buf[at + i] = present(day[i])
    // Below a day's 86,400,000: small integers from here.
    let r = t - days * 86_400_000
    const h = (r / 3_600_000) | 0
    r -= h * 3_600_000
    const m = (r / 60_000) | 0
    r -= m * 60_000
    const s = (r / 1000) | 0
    r -= s * 1000
    two(buf, at + 11, h)
    buf[at + 13] = 58
    two(buf, at + 14, m)
    buf[at + 16] = 58
    two(buf, at + 17, s)
    buf[at + 19] = 46
    const c = (r / 100) | 0
    buf[at + 20] = 48 + c
    two(buf, at + 21, r - c * 100)
    buf[at + 23] = 90
    this.at = at + 24
  }

  // The day of the last instant written, and its `YYYY-MM-DDT`: the incidents of a log follow each other
  // within a few days.
  #day = NaN
  readonly #date = /* @__PURE__ */ utf8('0000-00-00T')

  /** A string as JSON.stringify writes it, quotes included. */
  string(s: string): void {
    const buf = this.buf
    const start = this.at
    let at = start + 1
    buf[start] = 0x22
    const n = s.length
    let plain = n < SHORT
    if (plain)
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i)
        // Anything but plain ASCII takes the encoder's path, which knows the rest of Unicode.
        if (c >= 0x80 || STOP[c] !== 0) {
          plain = false
          at = start + 1
          break
        }
        buf[at++] = c
      }
    if (!plain) {
      const end = at + encoder.encodeInto(s, buf.subarray(at)).written
      if (!plainBytes(buf, this.words, at, end)) {
        this.at = start
        this.text(JSON.stringify(s))
        return
      }
      at = end
    }
    buf[at] = 0x22
    this.at = at + 1
  }
}

/**
 * Whether `buf[from, to)` holds no byte of {@link STOP}. Four bytes at a time where the words fall, each
 * test exact: a byte below 0x20 is found as `(x - 0x20…) & ~x` sets its top bit, and one equal to 0x22,
 * 0x5c or 0xef as the same test for zero after an exclusive or; a byte of 0x80 or more never sets its own
 * top bit there, and no borrow crosses into a byte before a byte found.
 */
function plainBytes(buf: Uint8Array, words: Int32Array, from: number, to: number): boolean {
  let i = from
  for (; i < to && (i & 3) !== 0; i++) if (STOP[present(buf[i])] !== 0) return false
  const last = to >> 2
  for (let k = i >> 2; k < last; k++) if (stops(present(words[k]))) return false
  for (i = Math.max(i, last << 2); i < to; i++) if (STOP[present(buf[i])] !== 0) return false
  return true
}

/** Whether any of the four bytes of `x` is one of {@link STOP}'s. */
function stops(x: number): boolean {
  const quote = x ^ 0x22222222
  const backslash = x ^ 0x5c5c5c5c
  const ef = x ^ -0x10101011
  return (((((x - 0x20202020) | 0) & ~x) | (((quote - 0x01010101) | 0) & ~quote) | (((backslash - 0x01010101) | 0) & ~backslash) | (((ef - 0x01010101) | 0) & ~ef)) & -0x7f7f7f80) !== 0
}

// 10000-01-01T00:00:00Z, from which toISOString writes a sign and six digits of year.
const ISO_UNTIL = 253_402_300_800_000

function two(buf: Uint8Array, at: number, v: number): void {
  const tens = (v / 10) | 0
  buf[at] = 48 + tens
  buf[at + 1] = 48 + v - tens * 10
}

/** Bytes a JSON string of `s` may take: 6 a UTF-16 unit escaped (`\u001f`), and its quotes. */
export function stringRoom(s: string): number {
  return 6 * s.length + 2
}

/**
 * Text written in pieces that fit the buffer, each batch handed over as it fills: the text around the
 * incidents, an element's or the document's, is short, but a log of many warnings makes it long.
 */
export function* writeText(w: JsonBytes, s: string): Generator<Uint8Array, void, undefined> {
  let from = 0
  while (from < s.length) {
    if (w.at >= BATCH) yield w.take()
    // At least 3 × BATCH bytes free here, so a piece is never empty.
    let to = Math.min(s.length, from + Math.floor((w.buf.length - w.at) / 3))
    // Never between the two halves of a surrogate pair, which the encoder would write as two U+FFFD.
    const last = s.charCodeAt(to - 1)
    if (to < s.length && last >= 0xd800 && last <= 0xdbff) to--
    w.text(from === 0 && to === s.length ? s : s.slice(from, to))
    from = to
  }
  if (w.at >= BATCH) yield w.take()
}

/**
 * A list of texts, each encoded and checked once as a JSON string and kept as bytes, to be written in
 * more than one place: each incident's line is its contribution's `text` and a line of the trail.
 */
export class QuotedList {
  readonly bytes = new JsonBytes(BATCH)
  /** Where each string's bytes start; one more for the end of the last. */
  #ends: number[] = [0]

  /** The list as `list`, in place of what it held. */
  set(list: readonly string[]): void {
    const b = this.bytes
    b.at = 0
    const ends: number[] = [0]
    for (const s of list) {
      b.reserve(stringRoom(s))
      b.string(s)
      ends.push(b.at)
    }
    this.#ends = ends
  }

  get length(): number {
    return this.#ends.length - 1
  }

  /** Bytes the `k`-th string takes. */
  size(k: number): number {
    return present(this.#ends[k + 1]) - present(this.#ends[k])
  }

  /** Writes the `k`-th string, made room for. */
  writeTo(w: JsonBytes, k: number): void {
    w.copy(this.bytes.buf, present(this.#ends[k]), present(this.#ends[k + 1]))
  }
}

/** A list of strings as `JSON.stringify(list, null, 2)` writes it at depth `indent`. */
export function* quotedListJson(w: JsonBytes, list: QuotedList, indent: string): Generator<Uint8Array, void, undefined> {
  const n = list.length
  if (n === 0) {
    yield* writeText(w, '[]')
    return
  }
  const first = utf8(`[\n${indent}  `)
  const sep = utf8(`,\n${indent}  `)
  const end = utf8(`\n${indent}]`)
  for (let k = 0; k < n; k++) {
    const room = list.size(k) + sep.length + first.length + end.length
    if (!w.fits(room)) {
      if (w.at > 0) yield w.take()
      w.reserve(room)
    }
    w.bytes(k === 0 ? first : sep)
    list.writeTo(w, k)
    if (w.at >= BATCH) yield w.take()
  }
  w.bytes(end)
}

/**
 * @internal Pieces of text that can be had as the UTF-8 bytes they encode to, written straight into a
 * buffer: what a writer to a file or a pipe takes, without the text being made. Each batch of
 * {@link bytes} holds until the next is asked for.
 */
export class Utf8Pieces implements Iterable<string> {
  constructor(
    readonly bytes: () => Iterable<Uint8Array>,
    private readonly pieces: () => Iterable<string>,
  ) {}

  [Symbol.iterator](): Iterator<string> {
    return this.pieces()[Symbol.iterator]()
  }
}

/**
 * The text of UTF-8 batches, one piece a batch. No batch ends inside a character, so each is decoded on
 * its own; a byte-order mark at the start of one is a character of the text, kept.
 */
export function* decodeBatches(batches: Iterable<Uint8Array>): Generator<string, void, undefined> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  for (const b of batches) yield decoder.decode(b)
}
