/**
 * The ISO-8601 reader is written out by hand for speed; it must accept and refuse exactly what the
 * regular-expression reader it replaced did, and give the same millisecond. That reader is kept here as
 * the reference.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseIsoInstant } from '../../src/time/instant.js'

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/

function referenceDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function referenceParse(text: string): number {
  const m = ISO_INSTANT.exec(text)
  if (!m) return Number.NaN
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const hour = Number(m[4])
  const minute = Number(m[5])
  const second = m[6] === undefined ? 0 : Number(m[6])
  if (month < 1 || month > 12 || day < 1 || day > referenceDaysInMonth(year, month)) return Number.NaN
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN
  const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000 + 1e-9)
  let offsetMin = 0
  const zone = m[8]!
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const oh = Number(digits.slice(0, 2))
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0
    if (oh > 23 || om > 59) return Number.NaN
    offsetMin = sign * (oh * 60 + om)
  }
  const base = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, fraction))
  base.setUTCFullYear(year)
  return base.getTime() - offsetMin * 60_000
}

const same = (text: string): void => {
  const expected = referenceParse(text)
  const got = parseIsoInstant(text)
  if (Number.isNaN(expected)) expect(got, text).toBeNaN()
  else expect(got, text).toBe(expected)
}

const digits = (n: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n })
const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** Well-formed instants over the whole range, with every optional part. */
const wellFormed = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    fraction: fc.option(fc.integer({ min: 1, max: 9 }).chain(digits)),
    fractionMark: fc.constantFrom('.', ','),
    separator: fc.constantFrom('T', ' '),
    zone: fc.oneof(
      fc.constantFrom('Z', 'z'),
      fc.record({
        sign: fc.constantFrom('+', '-'),
        hours: fc.integer({ min: 0, max: 23 }),
        minutes: fc.option(fc.integer({ min: 0, max: 59 })),
        colon: fc.boolean(),
      }).map(({ sign, hours, minutes, colon }) => `${sign}${pad(hours, 2)}${minutes === null ? '' : `${colon ? ':' : ''}${pad(minutes, 2)}`}`),
    ),
  })
  .map(
    (x) =>
      `${pad(x.year, 4)}-${pad(x.month, 2)}-${pad(x.day, 2)}${x.separator}${pad(x.hour, 2)}:${pad(x.minute, 2)}` +
      (x.second === null ? '' : `:${pad(x.second, 2)}${x.fraction === null ? '' : `${x.fractionMark}${x.fraction}`}`) +
      x.zone,
  )

/** A well-formed instant with one character changed, removed, doubled or added. */
const mangled = fc
  .tuple(wellFormed, fc.nat(), fc.constantFrom('delete', 'replace', 'insert', 'double'), fc.constantFrom(...'0123456789-:T Zz+.,x/'))
  .map(([text, at, how, c]) => {
    const k = at % (text.length + 1)
    if (how === 'delete') return text.slice(0, k) + text.slice(k + 1)
    if (how === 'replace') return text.slice(0, k) + c + text.slice(k + 1)
    if (how === 'insert') return text.slice(0, k) + c + text.slice(k)
    return text.slice(0, k) + text.slice(k, k + 1).repeat(2) + text.slice(k + 1)
  })

describe('parseIsoInstant', () => {
  it('gives the same instant as the regular-expression reader on well-formed instants', () => {
    fc.assert(fc.property(wellFormed, same), { numRuns: 5000 })
  })

  it('accepts and refuses what the regular-expression reader did on nearly well-formed text', () => {
    fc.assert(fc.property(mangled, same), { numRuns: 5000 })
    fc.assert(fc.property(fc.string({ maxLength: 40 }), same), { numRuns: 2000 })
  })

  it('checks the calendar, the clock and the offset', () => {
    for (const text of [
      '2024-02-29T00:00Z',
      '2023-02-29T00:00Z',
      '2000-02-29T00:00Z',
      '1900-02-29T00:00Z',
      '0004-02-29T00:00Z',
      '2026-04-31T00:00Z',
      '2026-12-31T23:59:59.999999999Z',
      '2026-03-02T10:00:60Z',
      '2026-03-02T10:60Z',
      '2026-03-02T24:00Z',
      '2026-03-02T10:00+23:59',
      '2026-03-02T10:00+24:00',
      '2026-03-02T10:00-00:60',
      '2026-03-02T10:00+0530',
      '2026-03-02T10:00+05:',
      '2026-03-02T10:00+5',
      '2026-03-02T10:00:00.Z',
      '2026-03-02T10:00:00.1234567890Z',
      '2026-03-02t10:00Z',
      ' 2026-03-02T10:00Z',
      '2026-03-02T10:00Z ',
      '2026-03-02T10:00',
      '+02026-03-02T10:00Z',
    ])
      same(text)
  })

  it('reads the edges of the range exactly', () => {
    expect(parseIsoInstant('0000-01-01T00:00Z')).toBe(-62_167_219_200_000)
    expect(parseIsoInstant('0000-01-01T00:00:00+23:59')).toBe(referenceParse('0000-01-01T00:00:00+23:59'))
    expect(parseIsoInstant('9999-12-31T23:59:59.999-23:59')).toBe(referenceParse('9999-12-31T23:59:59.999-23:59'))
    expect(parseIsoInstant('1970-01-01T00:00Z')).toBe(0)
    expect(parseIsoInstant('1969-12-31T23:59:59.999Z')).toBe(-1)
    // As before, year 0000 (read as 1900 by the former Date-based check) has no 29 February.
    expect(parseIsoInstant('0000-02-29T00:00Z')).toBeNaN()
  })
})
