/**
 * CSV bytes in the encodings spreadsheets save them in. Excel on Windows writes a French CSV in
 * Windows-1252 (`début` is the byte E9, `€` the byte 80, `’` the byte 92) and "Unicode text" in UTF-16 after
 * a byte-order mark. Read as UTF-8, such a file gave `d�but`, a header column unknown and titles garbled,
 * without a word; now the readers of bytes say what they read it in, and a file that stops being UTF-8
 * halfway is an error naming the line.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import { type CsvOptions, type CsvSource, parseCsvIncidentColumns, parseCsvIncidents, readCsvIncidentColumns, readCsvIncidents } from '../../src/io/index.js'
import { decodeWindows1252, firstNotUtf8 } from '../../src/io/encoding.js'
import { formatIssue, localiseInputError } from '../../src/messages/index.js'
import { refusalOf, rejectionOf } from '../setup/french-issues.js'
import { cutAt } from './cut-bytes.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

// Windows-1252's characters for the bytes 80 to 9F; every other byte is the Latin-1 character of its value.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Text as Windows-1252 bytes; throws on a character the encoding has not. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const high = HIGH.indexOf(c)
    if (high >= 0) return 0x80 + high
    const code = c.charCodeAt(0)
    if (c.length !== 1 || (code >= 0x80 && code < 0xa0) || code > 0xff) throw new Error(`not in Windows-1252: ${c}`)
    return code
  })
}

/** Text as UTF-16 bytes after their byte-order mark, little- or big-endian. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    bytes.set(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], 2 + i * 2)
  }
  return bytes
}

const utf8 = (text: string) => new TextEncoder().encode(text)

/** `bytes` in chunks of `size` bytes. */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size))
  return out
}



/** An issue with its code and params, which are not enumerable. */
const whole = (e: InputError) => e.issues.map((i) => ({ path: i.path, message: i.message, code: i.code, params: i.params }))

// A French log as Excel saves it: accented columns, a title with € and ’ (bytes 80 and 92), « » and a
// no-break space (AB, BB, A0).
const LOG = 'id;début;fin;élément;impact;titre\r\ni1;2026-03-02T10:00:00Z;2026-03-02T11:30:00Z;vps-1;panne;Coût : 5 € l’heure\r\ni2;2026-03-03T08:00:00Z;;vps-2;dégradé;Mise à jour «\u00a0noyau\u00a0»\r\n'
const COLUMN_NAMES = { id: 'id', start: 'début', end: 'fin', elements: 'élément', impact: 'impact', title: 'titre' }
const INCIDENTS = [
  { id: 'i1', title: 'Coût : 5 € l’heure', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:30:00Z', elements: ['vps-1'], impact: 'outage' },
  { id: 'i2', title: 'Mise à jour «\u00a0noyau\u00a0»', start: '2026-03-03T08:00:00Z', elements: ['vps-2'], impact: 'degraded' },
]
// The columnar readers keep no title, and give an outage, the impact a row without one has, no impact.
const COLUMN_INCIDENTS = [
  { id: 'i1', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:30:00Z', elements: ['vps-1'] },
  { id: 'i2', start: '2026-03-03T08:00:00Z', elements: ['vps-2'], impact: 'degraded' },
]

describe('a Windows-1252 file', () => {
  const bytes = windows1252(LOG)

  it('is the bytes Excel writes: é is E9, € is 80, ’ is 92', () => {
    expect([...bytes.subarray(3, 8)]).toEqual([0x64, 0xe9, 0x62, 0x75, 0x74])
    expect(bytes.includes(0x80)).toBe(true)
    expect(bytes.includes(0x92)).toBe(true)
    expect(bytes.includes(0xc3)).toBe(false)
  })

  it('is read into columns from one chunk, its header names and incidents as written, and says so', async () => {
    const r = await readCsvIncidentColumns([bytes])
    expect(r.encoding).toBe('windows-1252')
    expect(r.columnNames).toEqual(COLUMN_NAMES)
    expect(r.incidents.toIncidents()).toEqual(COLUMN_INCIDENTS)
    expect([...r.lines]).toEqual([2, 3])
    expect(r.skipped).toEqual([])
  })

  it('is read the same in chunks of 1 to 7 bytes', async () => {
    for (let size = 1; size <= 7; size++) {
      const r = await readCsvIncidentColumns(chunks(bytes, size))
      expect(r.encoding, `${size}`).toBe('windows-1252')
      expect(r.columnNames, `${size}`).toEqual(COLUMN_NAMES)
      expect(r.incidents.toIncidents(), `${size}`).toEqual(COLUMN_INCIDENTS)
    }
  })

  it('gives its titles with € and ’ through readCsvIncidents, whole and in chunks', async () => {
    for (const source of [bytes, [bytes], chunks(bytes, 3)]) {
      const r = await readCsvIncidents(source)
      expect(r.incidents).toEqual(INCIDENTS)
      expect(r.encoding).toBe('windows-1252')
      expect(r.lines).toEqual([2, 3])
    }
  })

  it('is read so in memory too, as objects and as columns', () => {
    const r = parseCsvIncidents(bytes)
    expect(r.incidents).toEqual(INCIDENTS)
    expect(r.columnNames).toEqual(COLUMN_NAMES)
    expect(r.encoding).toBe('windows-1252')
    const c = parseCsvIncidentColumns(bytes)
    expect(c.incidents.toIncidents()).toEqual(COLUMN_INCIDENTS)
    expect(c.encoding).toBe('windows-1252')
  })

  it('is read so when the rows after a line too long for the splitter go to csv-parse', async () => {
    // 300,000 characters: longer than the splitter holds (a quarter of the largest record), shorter than the record limit.
    const long = windows1252(`début;titre\n2026-03-02T10:00:00Z;${'x'.repeat(300_000)}\n2026-03-03T10:00:00Z;Coût €, l’été\n`)
    for (const source of [[long], chunks(long, 4096)]) {
      const r = await readCsvIncidents(source)
      expect(r.encoding).toBe('windows-1252')
      expect(r.incidents.map((i) => i.title)).toEqual(['x'.repeat(300_000), 'Coût €, l’été'])
      expect(r.lines).toEqual([2, 3])
    }
  })

  it('is refused with encoding: "utf-8", naming line 1 and what to pass, in English and in French', async () => {
    const expected = [
      {
        path: 'line 1',
        message: "has a byte that is not UTF-8 (0xE9), where option encoding: 'utf-8' allows no other: pass encoding: 'windows-1252' if the file is in Windows-1252, or 'auto' to let the reader choose",
        code: 'csv-not-utf8',
        params: { byte: '0xE9' },
      },
    ]
    const inMemory = refusalOf(() => parseCsvIncidents(bytes, { encoding: 'utf-8' }))
    expect(whole(inMemory)).toEqual(expected)
    expect(whole(await rejectionOf(readCsvIncidentColumns(chunks(bytes, 5), { encoding: 'utf-8' })))).toEqual(expected)
    expect(whole(await rejectionOf(readCsvIncidents([bytes], { encoding: 'utf-8' })))).toEqual(expected)
    expect(localiseInputError(inMemory, 'fr')).toBe(
      "Impossible de lire le fichier CSV des incidents\u00a0:\n  ligne 1\u00a0: contient un octet qui n’est pas de l’UTF-8 (0xE9), alors que l’option encoding: 'utf-8' n’en admet pas d’autre\u00a0: donnez encoding: 'windows-1252' si le fichier est en Windows-1252, ou 'auto' pour laisser le lecteur choisir",
    )
  })
})

describe('a UTF-8 file', () => {
  const bytes = utf8(LOG)

  it('is read as UTF-8, whole and in chunks of 1 to 7 bytes, which cut inside its two- and three-byte characters', async () => {
    // é is C3 A9 at bytes 4 and 5; € is E2 82 AC: chunks of 2 to 7 bytes cut inside one of them or the other.
    expect([...bytes.subarray(3, 7)]).toEqual([0x64, 0xc3, 0xa9, 0x62])
    for (const source of [bytes, ...[1, 2, 3, 4, 5, 6, 7].map((size) => chunks(bytes, size))]) {
      const r = await readCsvIncidentColumns(source)
      expect(r.encoding).toBe('utf-8')
      expect(r.columnNames).toEqual(COLUMN_NAMES)
      expect(r.incidents.toIncidents()).toEqual(COLUMN_INCIDENTS)
      expect((await readCsvIncidents(source)).incidents).toEqual(INCIDENTS)
    }
    expect(parseCsvIncidents(bytes).incidents).toEqual(INCIDENTS)
  })

  it('that is pure ASCII says UTF-8, whatever reads it', async () => {
    const ascii = utf8('id,start\na,2026-03-02T10:00:00Z\n')
    expect(parseCsvIncidents(ascii).encoding).toBe('utf-8')
    expect(parseCsvIncidentColumns(ascii).encoding).toBe('utf-8')
    expect((await readCsvIncidents(chunks(ascii, 2))).encoding).toBe('utf-8')
    expect((await readCsvIncidentColumns(ascii)).encoding).toBe('utf-8')
    expect((await readCsvIncidentColumns(ascii, { encoding: 'utf-8' })).encoding).toBe('utf-8')
  })

  it('is read as Windows-1252 when asked, byte by byte: é is then Ã©', async () => {
    const r = await readCsvIncidents([utf8('titre;start\nCafé;2026-03-02T10:00:00Z\n')], { encoding: 'windows-1252' })
    expect(r.incidents).toEqual([{ title: 'CafÃ©', start: '2026-03-02T10:00:00Z' }])
    expect(r.encoding).toBe('windows-1252')
    expect(parseCsvIncidents(utf8('titre;start\nCafé;2026-03-02T10:00:00Z\n'), { encoding: 'windows-1252' }).incidents[0]!.title).toBe('CafÃ©')
  })
})

describe('a UTF-16 file after its byte-order mark', () => {
  for (const order of ['le', 'be'] as const) {
    const bytes = utf16(LOG, order)
    it(`is read as UTF-16${order.toUpperCase()}, whole, in chunks of 1 to 7 bytes, and in memory`, async () => {
      for (const source of [bytes, ...[1, 2, 3, 4, 5, 6, 7].map((size) => chunks(bytes, size))]) {
        const r = await readCsvIncidents(source)
        expect(r.encoding).toBe(`utf-16${order}`)
        expect(r.incidents).toEqual(INCIDENTS)
        expect(r.lines).toEqual([2, 3])
      }
      const columns = await readCsvIncidentColumns([bytes])
      expect(columns.columnNames).toEqual(COLUMN_NAMES)
      expect(columns.encoding).toBe(`utf-16${order}`)
      expect(parseCsvIncidents(bytes).incidents).toEqual(INCIDENTS)
      expect(parseCsvIncidentColumns(bytes).encoding).toBe(`utf-16${order}`)
    })
  }
})

describe('a UTF-8 file with a byte further on that is not', () => {
  // UTF-8 from line 3 (é inside a quoted field that spans lines 2 and 3, CRLF), then a Windows-1252 é (E9) on line 5.
  const head = utf8('id;start;titre\r\na;2026-03-02T10:00:00Z;"deux\r\nlignés"\r\nb;2026-03-02T11:00:00Z;x\r\nc;2026-03-02T12:00:00Z;caf')
  const bytes = Uint8Array.from([...head, 0xe9, ...utf8('\r\n')])
  const english = "has a byte that is not UTF-8 (0xE9), in a file read as UTF-8 from its first character beyond ASCII (line 3): pass encoding: 'windows-1252' if the file is in Windows-1252, or save it as UTF-8 throughout"
  const expected = [{ path: 'line 5', message: english, code: 'csv-not-utf8', params: { byte: '0xE9', since: 3 } }]

  it('is an error naming its line and the line UTF-8 was chosen from, through every reader and any chunks', async () => {
    expect(whole(refusalOf(() => parseCsvIncidents(bytes)))).toEqual(expected)
    expect(whole(refusalOf(() => parseCsvIncidentColumns(bytes)))).toEqual(expected)
    for (const source of [bytes, ...[1, 2, 3, 4, 5, 6, 7].map((size) => chunks(bytes, size))]) {
      expect(whole(await rejectionOf(readCsvIncidentColumns(source)))).toEqual(expected)
      expect(whole(await rejectionOf(readCsvIncidents(source)))).toEqual(expected)
    }
  })

  it('is worded in French', () => {
    const error = refusalOf(() => parseCsvIncidents(bytes))
    expect(formatIssue(error.issues[0]!, 'fr')).toBe(
      "contient un octet qui n’est pas de l’UTF-8 (0xE9), dans un fichier lu en UTF-8 depuis son premier caractère hors ASCII (ligne 3)\u00a0: donnez encoding: 'windows-1252' si le fichier est en Windows-1252, ou enregistrez-le entièrement en UTF-8",
    )
    expect(localiseInputError(error, 'fr').split('\n')).toEqual(['Impossible de lire le fichier CSV des incidents\u00a0:', `  ligne 5\u00a0: ${formatIssue(error.issues[0]!, 'fr')}`])
  })

  it('is read whole as Windows-1252 when asked', async () => {
    const r = await readCsvIncidents([bytes], { encoding: 'windows-1252' })
    expect(r.incidents.map((i) => i.title)).toEqual(['deux\r\nlignÃ©s', 'x', 'café'])
    expect(r.lines).toEqual([2, 4, 5])
  })

  it('names the right lines far into a large file, across the pieces the stream is read in', async () => {
    // The first character beyond ASCII on line 9,000, past the first 64 KiB; the bad byte on line 15,000.
    const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `r${from + i};2026-03-02T10:00:00Z;t\n`).join('')
    const big = Uint8Array.from([...utf8(`id;start;titre\n${rows(2, 9000)}r9000;2026-03-02T10:00:00Z;été\n${rows(9001, 15_000)}r15000;2026-03-02T10:00:00Z;`), 0x80, 0x0a, ...utf8(rows(15_001, 16_000))])
    const error = [{ path: 'line 15000', message: english.replace('(line 3)', '(line 9000)').replace('0xE9', '0x80'), code: 'csv-not-utf8', params: { byte: '0x80', since: 9000 } }]
    expect(whole(refusalOf(() => parseCsvIncidents(big)))).toEqual(error)
    for (const source of [big, chunks(big, 10_007), chunks(big, 65_536)]) expect(whole(await rejectionOf(readCsvIncidentColumns(source)))).toEqual(error)
  })

  it('names the right line when the rows go to csv-parse, after a quote never closed', async () => {
    // The quote opened on line 3 swallows the 20,000 lines after it, more than the splitter holds: read in small
    // chunks, they go to csv-parse, and the byte on line 20,004 is found there, and named.
    const rows = Array.from({ length: 20_000 }, (_, i) => `r${i};2026-03-02T10:00:00Z;y\n`).join('')
    const text = Uint8Array.from([...utf8(`id;début;titre\na;2026-03-02T10:00:00Z;x\nb;2026-03-02T10:00:00Z;"open\n${rows}w`), 0xe9, ...utf8('\n')])
    const error = [{ path: 'line 20004', message: english.replace('(line 3)', '(line 1)'), code: 'csv-not-utf8', params: { byte: '0xE9', since: 1 } }]
    for (const source of [[text], chunks(text, 4096), chunks(text, 7919)]) expect(whole(await rejectionOf(readCsvIncidents(source)))).toEqual(error)
    expect(whole(refusalOf(() => parseCsvIncidents(text)))).toEqual(error)
  })
})

describe('text given as text', () => {
  it('is read as it is, whatever the encoding asked: it says UTF-8', async () => {
    const r = parseCsvIncidents(LOG, { encoding: 'windows-1252' })
    expect(r.incidents).toEqual(INCIDENTS)
    expect(r.encoding).toBe('utf-8')
    const s = await readCsvIncidents(LOG, { encoding: 'windows-1252' })
    expect(s.incidents).toEqual(INCIDENTS)
    expect(s.encoding).toBe('utf-8')
  })

  it('in chunks among chunks of bytes, stays text while the bytes are read as Windows-1252', async () => {
    // The header comes as text (its é is a character, not a byte); the row as Excel's bytes, € the byte 80.
    const r = await readCsvIncidents(['id;début;titre\r\n', windows1252('a;2026-03-02T10:00:00Z;5 €\r\n')])
    expect(r.columnNames).toEqual({ id: 'id', start: 'début', title: 'titre' })
    expect(r.incidents).toEqual([{ id: 'a', title: '5 €', start: '2026-03-02T10:00:00Z' }])
    expect(r.encoding).toBe('windows-1252')
  })
})

describe('option encoding', () => {
  it('is one of auto, utf-8 and windows-1252: another is an error, worded in both languages', async () => {
    const expected = [
      { path: 'options.encoding', message: 'must be "auto", "utf-8" or "windows-1252" (which reads Latin-1 too) (got "latin1")', code: 'csv-encoding', params: { got: '"latin1"' } },
    ]
    const options = { encoding: 'latin1' } as unknown as CsvOptions
    const error = refusalOf(() => parseCsvIncidents('start\n', options))
    expect(whole(error)).toEqual(expected)
    expect(whole(await rejectionOf(readCsvIncidents('start\n', options)))).toEqual(expected)
    expect(formatIssue(error.issues[0]!, 'fr')).toBe('doit valoir "auto", "utf-8" ou "windows-1252" (qui lit aussi le Latin-1) (valeur reçue\u00a0: "latin1")')
  })
})

// Every character Windows-1252 has: ASCII, the 32 of 80–9F, and A0–FF.
const CHARACTERS = [...Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)), ...HIGH, ...Array.from({ length: 0x60 }, (_, c) => String.fromCharCode(0xa0 + c))]
const title = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 30 }).map((cs) => cs.join(''))

/** A log of one incident per title, each quoted (a quote doubled inside), after `header`. */
const log = (header: string, titles: string[]) => `${header}\r\n${titles.map((t, i) => `2026-03-0${(i % 9) + 1}T10:00:00Z;"${t.replaceAll('"', '""')}"`).join('\r\n')}\r\n`

async function readChunks(source: CsvSource, options: CsvOptions) {
  const r = await readCsvIncidents(source, options)
  return { incidents: r.incidents, lines: r.lines, skipped: r.skipped, columnNames: r.columnNames }
}

describe('any text Windows-1252 can write', () => {
  it('encoded so and read in any chunks with encoding: "windows-1252", gives what the text gives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(title, { minLength: 1, maxLength: 8 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), async (titles, cuts) => {
        const text = log('start;titre', titles)
        const asText = parseCsvIncidents(text)
        expect(asText.incidents.map((i) => i.title ?? '')).toEqual(titles.map((t) => t.trim()))
        const bytes = windows1252(text)
        const r = await readChunks(cutAt(bytes, cuts), { encoding: 'windows-1252' })
        expect(r).toEqual({ incidents: asText.incidents, lines: asText.lines, skipped: asText.skipped, columnNames: asText.columnNames })
        expect(parseCsvIncidents(bytes, { encoding: 'windows-1252' }).incidents).toEqual(asText.incidents)
      }),
      { numRuns: RUNS },
    )
  })

  it('read with encoding "auto" after a header that is not UTF-8 (début), gives what the text gives, and says Windows-1252', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(title, { minLength: 1, maxLength: 8 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }), async (titles, cuts) => {
        const text = log('début;titre', titles)
        const asText = parseCsvIncidents(text)
        const bytes = windows1252(text)
        const r = await readCsvIncidents(cutAt(bytes, cuts))
        expect(r.encoding).toBe('windows-1252')
        expect(r.incidents).toEqual(asText.incidents)
        expect(r.lines).toEqual(asText.lines)
        const columns = await readCsvIncidentColumns(cutAt(bytes, cuts))
        expect(columns.incidents.toIncidents()).toEqual(parseCsvIncidentColumns(text).incidents.toIncidents())
        expect(parseCsvIncidents(bytes).incidents).toEqual(asText.incidents)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('the decoding underneath', () => {
  it('reads every Windows-1252 byte as the standard says, 80–9F included', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, b) => b))
    expect(all).toHaveLength(256)
    expect([all[0x41], all[0x80], all[0x81], all[0x8c], all[0x92], all[0x9f], all[0xa0], all[0xe9], all[0xff]]).toEqual(['A', '€', '\u0081', 'Œ', '’', 'Ÿ', '\u00a0', 'é', 'ÿ'])
    expect(windows1252(all)).toEqual(Uint8Array.from({ length: 256 }, (_, b) => b))
  })

  it('finds the first byte that is not UTF-8 where a strict decoder stops, on any bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    const valid = (bytes: Uint8Array) => {
      try {
        strict.decode(bytes)
        return true
      } catch {
        return false
      }
    }
    // Bytes around the edges: overlong forms (C0, E0 80), surrogates (ED A0), above U+10FFFF (F4 90), cut characters.
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5))
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list)
        const bad = firstNotUtf8(bytes, 0, bytes.length)
        expect(bad === bytes.length).toBe(valid(bytes))
        expect(valid(bytes.subarray(0, bad))).toBe(true)
        if (bad < bytes.length) expect(valid(bytes.subarray(0, bad + 1))).toBe(false)
      }),
      { numRuns: RUNS * 10 },
    )
  })
})

describe('a header the reader refuses and a bad byte after it', () => {
  it('say the header first, read whole or in chunks of any size, as the streaming reader opens the header before it reads on', async () => {
    // Line 1: U+0080 in UTF-8 (C2 80), no start column; line 2: the byte 80 alone, not UTF-8. Found by the fuzz test.
    const bytes = Uint8Array.from([0xc2, 0x80, 0x0a, 0x80, 0x0a])
    const whole = refusalOf(() => parseCsvIncidents(bytes))
    expect(whole.issues[0]!.path).toBe('header (line 1)')
    for (let size = 1; size <= bytes.length; size++) {
      const streamed = await rejectionOf(readCsvIncidents(chunks(bytes, size)))
      expect(streamed.issues.map((i) => [i.path, i.code]), `chunks of ${size}`).toEqual(whole.issues.map((i) => [i.path, i.code]))
    }
    // A good header: the bad byte of line 2 is said, by both.
    const good = Uint8Array.from([...new TextEncoder().encode('début,fin\n'), 0x80, 0x0a])
    expect(refusalOf(() => parseCsvIncidents(good)).issues.map((i) => [i.path, i.code])).toEqual([['line 2', 'csv-not-utf8']])
    expect((await rejectionOf(readCsvIncidents(chunks(good, 3)))).issues.map((i) => [i.path, i.code])).toEqual([['line 2', 'csv-not-utf8']])
  })
})
