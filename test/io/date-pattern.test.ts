import { utc } from '@date-fns/utc'
import { parse } from 'date-fns'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { patternReader } from '../../src/io/date-pattern.js'
import { parseCsvIncidents } from '../../src/io/index.js'

// FUZZ_RUNS=5000 for a longer search.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

/** What date-fns reads, the reader every date of a pattern went through before. */
const dateFns = (text: string, format: string) => parse(text, format, new Date(0), { in: utc }).getTime()

describe('local dates in the common patterns, read without date-fns', () => {
  it('reads the wall-clock time of a text in the pattern', () => {
    const read = patternReader('dd/MM/yyyy HH:mm')
    // 29 February 2024 (a leap year), 23:59, as UTC fields: Date.UTC(2024, 1, 29, 23, 59).
    expect(read?.('29/02/2024 23:59')).toBe(Date.UTC(2024, 1, 29, 23, 59))
    // Fields of one digit where the pattern has two: date-fns takes one or two digits (1 March, 9:05).
    expect(read?.('1/3/2026 9:05')).toBe(Date.UTC(2026, 2, 1, 9, 5))
    // The years 1 to 99 are those years, not 1901 to 1999: 1 January of year 99 is 1,871 years before 1970.
    expect(read?.('01/01/0099 00:00')).toBe(new Date(0).setUTCFullYear(99, 0, 1))
    expect(patternReader('d/M/yyyy HH:mm:ss')?.('5/3/2026 10:00:07')).toBe(Date.UTC(2026, 2, 5, 10, 0, 7))
    expect(patternReader('yyyy-MM-dd HH:mm')?.('2026-03-31 00:00')).toBe(Date.UTC(2026, 2, 31))
    // 2000 is a leap year (divisible by 400), 1900 is not (by 100): date-fns' Gregorian rule.
    expect(read?.('29/02/2000 12:00')).toBe(Date.UTC(2000, 1, 29, 12))
    expect(read?.('29/02/1900 12:00')).toBeUndefined()
    // A one-letter day takes a leading zero as date-fns' pattern for it does (`[0-2]?\d`): 5 March.
    expect(patternReader('d/M/yyyy HH:mm')?.('05/03/2026 10:00')).toBe(Date.UTC(2026, 2, 5, 10))
    // Quoted words are read as their letters: 'T' as T, 'à' as à, '' as a quote.
    expect(patternReader("yyyy-MM-dd'T'HH:mm:ss")?.('2026-03-05T10:00:07')).toBe(Date.UTC(2026, 2, 5, 10, 0, 7))
    expect(patternReader("dd/MM/yyyy 'à' HH'h'mm")?.('05/03/2026 à 10h30')).toBe(Date.UTC(2026, 2, 5, 10, 30))
    expect(patternReader("dd/MM/yyyy HH''mm")?.("05/03/2026 10'30")).toBe(Date.UTC(2026, 2, 5, 10, 30))
    expect(patternReader("dd/MM/yyyy 'à l''heure' HH:mm")?.("05/03/2026 à l'heure 10:30")).toBe(Date.UTC(2026, 2, 5, 10, 30))
  })

  it('leaves to date-fns every text it does not take whole, or whose values date-fns refuses', () => {
    const read = patternReader('dd/MM/yyyy HH:mm')
    // 2023 is no leap year; April has 30 days; 24:00; minute 60; year 0; month 13; a second the pattern
    // does not have; another separator; a day alone.
    for (const text of ['29/02/2023 10:00', '31/04/2026 10:00', '01/03/2026 24:00', '01/03/2026 10:60', '01/03/0000 10:00', '01/13/2026 10:00', '01/03/2026 10:00:05', '01-03-2026 10:00', '01/03/2026'])
      expect(read?.(text), text).toBeUndefined()
  })

  it('reads only the patterns it knows date-fns reads as it does', () => {
    // A two-digit year, an hour of 1 to 12 with its half of the day, a pattern without minutes, an
    // unquoted T (date-fns' timestamp), milliseconds, a field twice, an ordinal day and a month's name:
    // date-fns reads them, or refuses the pattern.
    for (const format of ['dd/MM/yy HH:mm', 'dd/MM/yyyy hh:mm a', 'dd/MM/yyyy HH', "yyyy-MM-ddTHH:mm", 'dd/MM/yyyy HH:mm:ss.SSS', 'dd/dd/yyyy HH:mm', 'do MMMM yyyy HH:mm'])
      expect(patternReader(format), format).toBeUndefined()
  })

  it('agrees with date-fns on every text it reads, for any pattern of its fields', { timeout: 120_000 }, () => {
    const fields = [
      ['yyyy'],
      ['M', 'MM'],
      ['d', 'dd'],
      ['H', 'HH'],
      ['m', 'mm'],
      ['s', 'ss', ''],
    ] as const
    // Separators as the pattern writes them, and as a text in it does: a quoted word is its letters.
    const SEPARATORS: Record<string, string> = { ' ': ' ', '/': '/', '.': '.', ':': ':', ',': ',', '-': '-', "'T'": 'T', " 'à' ": ' à ', "'h'": 'h', "''": "'", " 'l''heure' ": " l'heure " }
    const sep = fc.constantFrom(...Object.keys(SEPARATORS))
    // Each field's number around its range (one past each end), with or without a leading zero, or any
    // run of zero to five digits.
    const around = (max: number) => fc.oneof({ arbitrary: fc.integer({ min: 0, max: max + 1 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 99 }), weight: 1 })
    const written = (n: fc.Arbitrary<number>) => fc.oneof({ arbitrary: n.map(String), weight: 2 }, { arbitrary: n.map((x) => String(x).padStart(2, '0')), weight: 2 }, { arbitrary: fc.stringMatching(/^\d{0,5}$/), weight: 1 })
    const numbers = fc.tuple(written(around(12)), written(around(31)), written(around(23)), written(around(59)), written(around(59)))
    const year = fc.oneof(fc.constantFrom('2024', '2023', '1900', '2000', '0099', '2026', '0000'), fc.stringMatching(/^\d{0,5}$/))
    const record = fc.record({
      tokens: fc.tuple(...fields.map((f) => fc.constantFrom(...f))),
      dayFirst: fc.boolean(),
      seps: fc.array(sep, { minLength: 5, maxLength: 5 }),
      // The text's separators: mostly the pattern's, sometimes others or none.
      textSeps: fc.array(fc.oneof({ arbitrary: fc.constant(null), weight: 19 }, { arbitrary: fc.constantFrom(' ', '/', '.', ':', ',', '-', ''), weight: 1 }), { minLength: 5, maxLength: 5 }),
      numbers,
      year,
    })
    let read = 0
    fc.assert(
      fc.property(record, ({ tokens, dayFirst, seps, textSeps, numbers, year }) => {
        const [y, mo, d, h, mi, sec] = tokens
        const parts = [...(dayFirst ? [d, mo, y] : [y, mo, d]), h, mi, ...(sec ? [sec] : [])]
        const f = parts.map((p, k) => (k === 0 ? p : `${seps[k - 1]}${p}`)).join('')
        // The text in the pattern's order: the year where the pattern has it, numbers elsewhere.
        const [month, day, hour, minute, second] = numbers
        const byField: Record<string, string> = { y: year, M: month, d: day, H: hour, m: minute, s: second }
        const values = parts.map((p) => byField[p?.[0] ?? ''] ?? '')
        const t = values.map((v, k) => (k === 0 ? v : `${textSeps[k - 1] ?? SEPARATORS[seps[k - 1] ?? ''] ?? ''}${v}`)).join('')
        const fast = patternReader(f)
        // Every such pattern is read: 5 March 2026, 10:07:09 written in it, two digits a field, is that instant
        // (without seconds in the pattern, 10:07).
        const known: Record<string, string> = { y: '2026', M: '03', d: '05', H: '10', m: '07', s: '09' }
        const written = parts.map((p, k) => `${k === 0 ? '' : (SEPARATORS[seps[k - 1] ?? ''] ?? '')}${known[p?.[0] ?? ''] ?? ''}`).join('')
        expect(fast?.(written), `${written} in ${f}`).toBe(Date.UTC(2026, 2, 5, 10, 7, sec ? 9 : 0))
        const ms = fast?.(t)
        if (ms === undefined) return
        read++
        expect(ms, `${t} in ${f}`).toBe(dateFns(t, f))
      }),
      { numRuns: RUNS * 10 },
    )
    // Some texts were read: the property did not hold for want of any.
    expect(read).toBeGreaterThan(RUNS / 10)
  })

  it('gives a log the same instants as date-fns did, across a change of the clocks', () => {
    // Paris goes to summer time at 02:00 on 29 March 2026: 01:30 is UTC+1 (00:30Z), 03:30 UTC+2 (01:30Z).
    const csv = 'start,end\n29/03/2026 01:30,29/03/2026 03:30\n'
    const { incidents, skipped } = parseCsvIncidents(csv, { dateFormat: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' })
    expect(skipped).toEqual([])
    expect(incidents[0]?.start).toBe('2026-03-29T00:30:00Z')
    expect(incidents[0]?.end).toBe('2026-03-29T01:30:00Z')
  })
})
