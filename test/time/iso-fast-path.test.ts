/**
 * The common shape `YYYY-MM-DDThh:mm:ss[.sss](Z|±hh:mm)` is read by a fast path before the full grammar.
 * Whatever string it is given, the fast path either declines (NaN) or gives exactly what the full grammar
 * gives, so that an instant means the same whichever path read it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commonIsoInstant, fullIsoInstant, parseIsoInstant } from '../../src/time/instant.js'

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Strings of the common shape with every field free over its digits: many are not dates at all. */
const shaped = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 19 }),
    day: fc.integer({ min: 0, max: 39 }),
    hour: fc.integer({ min: 0, max: 29 }),
    minute: fc.integer({ min: 0, max: 69 }),
    second: fc.integer({ min: 0, max: 69 }),
    millis: fc.option(fc.integer({ min: 0, max: 999 })),
    offset: fc.option(fc.record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 29 }), minutes: fc.integer({ min: 0, max: 69 }) })),
  })
  .map(({ year, month, day, hour, minute, second, millis, offset }) => {
    const fraction = millis === null ? '' : `.${pad(millis, 3)}`
    const zone = offset === null ? 'Z' : `${offset.sign}${pad(offset.hours, 2)}:${pad(offset.minutes, 2)}`
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction}${zone}`
  })

/** Real instants as `toISOString` writes them, then as a log with an offset would. */
const real = fc.tuple(fc.integer({ min: -62_135_596_800_000, max: 253_402_300_799_999 }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 })).map(([ms, offsetMin]) => {
  const iso = new Date(ms).toISOString()
  if (offsetMin === 0) return iso
  const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, -1)
  const a = Math.abs(offsetMin)
  return `${local}${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(a / 60), 2)}:${pad(a % 60, 2)}`
})

const NEAR = ['0', '1', '2', '9', '-', ':', 'T', 't', 'Z', 'z', '+', '.', ',', ' ', '/', 'a', '\u0660', '\uff10', '']

/** A valid or shaped string with one character replaced, removed or added: the strings a fast path gets wrong. */
const nearMiss = fc
  .tuple(fc.oneof(shaped, real), fc.nat(), fc.constantFrom(...NEAR), fc.constantFrom('replace', 'insert', 'delete'))
  .map(([text, at, c, edit]) => {
    const k = at % (text.length + 1)
    if (edit === 'replace') return text.slice(0, k) + c + text.slice(k + 1)
    if (edit === 'insert') return text.slice(0, k) + c + text.slice(k)
    return text.slice(0, k) + text.slice(k + 1)
  })

describe('the fast path of the ISO-8601 reader', () => {
  // 20,000 strings: about 5 s on a loaded machine, past the default timeout.
  it('declines or agrees with the full grammar on every string, to the millisecond', () => {
    fc.assert(
      fc.property(fc.oneof(shaped, real, nearMiss, fc.string({ maxLength: 30 })), (text) => {
        const fast = commonIsoInstant(text)
        const full = fullIsoInstant(text)
        if (!Number.isNaN(fast)) expect(Object.is(fast, full), text).toBe(true)
        expect(Object.is(parseIsoInstant(text), full), text).toBe(true)
      }),
      { numRuns: 20_000 },
    )
  }, 60_000)

  it('takes the shapes logs write, so that they do not pay for the full grammar', () => {
    for (const text of ['2026-03-02T10:00:00Z', '2026-03-02T10:00:00.250Z', '2026-03-29T03:30:00+02:00', '2024-02-29T23:59:59.999-09:30', '1970-01-01T00:00:00Z']) {
      expect(commonIsoInstant(text), text).toBe(fullIsoInstant(text))
      expect(Number.isNaN(commonIsoInstant(text)), text).toBe(false)
    }
  })

  it('leaves the rest to the full grammar', () => {
    for (const text of ['2026-03-02 10:00:00Z', '2026-03-02T10:00Z', '2026-03-02T10:00:00z', '2026-03-02T10:00:00.5Z', '2026-03-02T10:00:00+0100', '1969-12-31T23:59:59Z', '2026-02-29T00:00:00Z']) {
      expect(Number.isNaN(commonIsoInstant(text)), text).toBe(true)
      expect(Object.is(parseIsoInstant(text), fullIsoInstant(text)), text).toBe(true)
    }
  })
})
