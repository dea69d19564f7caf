/**
 * readIsoInstantInto writes what parseIsoInstant reads into a column, or declines: the same instants, the
 * same refusals, and the accepted range (years 1 to 9999) enforced as readInstant enforces it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { IssueList } from '../../src/errors.js'
import { readIncidents } from '../../src/incidents/normalise.js'
import { MAX_INSTANT, MIN_INSTANT, parseIsoInstant, readInstant, readIsoInstantInto } from '../../src/time/instant.js'

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Real instants with an offset, as logs write them, over the whole range and a day past each end. */
const real = fc
  .tuple(fc.integer({ min: MIN_INSTANT - 86_400_000, max: MAX_INSTANT + 86_400_000 }), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }), fc.boolean())
  .map(([ms, offsetMin, millis]) => {
    const local = new Date(ms + offsetMin * 60_000).toISOString()
    // toISOString writes a six-digit year past 9999: the grammar refuses it, as it should.
    const body = millis ? local.slice(0, -1) : local.slice(0, -5)
    if (offsetMin === 0) return `${body}Z`
    const a = Math.abs(offsetMin)
    return `${body}${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(a / 60), 2)}:${pad(a % 60, 2)}`
  })

/** A valid string with one character replaced by a near miss. */
const nearMiss = fc.tuple(real, fc.nat(), fc.constantFrom('0', '9', '-', ':', 'T', 'Z', '+', '.', ' ', 'x')).map(([text, at, c]) => {
  const k = at % text.length
  return text.slice(0, k) + c + text.slice(k + 1)
})

describe('readIsoInstantInto', () => {
  it('writes what parseIsoInstant reads when readInstant accepts it, and declines exactly what readInstant refuses', () => {
    fc.assert(
      fc.property(fc.oneof(real, nearMiss, fc.string({ maxLength: 30 })), fc.nat({ max: 3 }), (text, i) => {
        const column = new Float64Array(4).fill(-1)
        const accepted = readIsoInstantInto(text, column, i)
        const issues = new IssueList()
        const t = readInstant(text, 'x', issues)
        // readInstant trims: a string with spaces around is left to it, and the caller falls back to it.
        if (text.trim() === text) expect(accepted, text).toBe(t !== undefined)
        if (accepted) {
          expect(column[i], text).toBe(parseIsoInstant(text))
          expect(column[i], text).toBe(t)
        }
        // No other slot is touched.
        column.forEach((v, k) => {
          if (k !== i) expect(v).toBe(-1)
        })
      }),
      { numRuns: 5000 },
    )
  }, 60_000)

  it('reads both paths and refuses out of range', () => {
    const column = new Float64Array(1)
    // The common shape: 2026-03-02T10:00:00Z is 20,514 days after 1970-01-01 (56 years, 14 leap days, plus
    // 31 + 28 + 1 days of 2026) at 10:00: 20,514 × 86,400,000 + 36,000,000 = 1,772,445,600,000.
    expect(readIsoInstantInto('2026-03-02T10:00:00Z', column, 0)).toBe(true)
    expect(column[0]).toBe(1_772_445_600_000)
    // The full grammar (a space, no seconds): the same instant.
    column[0] = 0
    expect(readIsoInstantInto('2026-03-02 11:00+01:00', column, 0)).toBe(true)
    expect(column[0]).toBe(1_772_445_600_000)
    // 0000-12-30 is a day before MIN_INSTANT (0000-12-31): the grammar reads it, the range refuses it.
    expect(Number.isNaN(parseIsoInstant('0000-12-30T00:00:00Z'))).toBe(false)
    column[0] = 7
    expect(readIsoInstantInto('0000-12-30T00:00:00Z', column, 0)).toBe(false)
    expect(readIsoInstantInto('2026-02-29T00:00:00Z', column, 0)).toBe(false)
    expect(readIsoInstantInto('2026-03-02T10:00:00', column, 0)).toBe(false)
    expect(column[0]).toBe(7)
  })
})

describe('readIncidents reading instants into its columns', () => {
  const read = (incidents: unknown[], asOf?: number) => {
    const issues = new IssueList()
    const table = readIncidents(incidents, asOf, 'incidents', issues)
    return { table, issues: issues.issues.map((x) => `${x.path}: ${x.code ?? ''}`) }
  }

  it('reads strings, Dates and epoch ms alike', () => {
    const ms = 1_772_445_600_000
    const { table } = read([
      { start: '2026-03-02T10:00:00Z', end: new Date(ms + 60_000) },
      { start: new Date(ms), end: ms + 120_000 },
      { start: ms, end: ' 2026-03-02T10:03:00Z ' },
    ])
    expect([...(table?.start ?? [])]).toEqual([ms, ms, ms])
    expect([...(table?.end ?? [])]).toEqual([ms + 60_000, ms + 120_000, ms + 180_000])
  })

  it('refuses each unreadable instant once, and says nothing more of the row', () => {
    const { table, issues } = read(
      [
        { start: '2026-03-02T10:00:00', end: '2026-03-02T09:00:00Z' },
        { start: new Date(Number.NaN), end: '2026-03-02T09:00:00Z' },
        { start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' },
        { start: '2026-03-02T10:00:00Z', end: '2026-02-30T09:00:00Z' },
        { start: 'soon' },
        { start: '2026-03-02T10:00:00Z' },
      ],
      1_772_445_600_000 - 1,
    )
    expect(table).toBeUndefined()
    expect(issues).toEqual([
      'incidents[0].start: instant',
      'incidents[1].start: invalid-date',
      'incidents[2].end: before-start',
      'incidents[3].end: instant',
      'incidents[4].start: instant',
      'incidents[5].start: after-asof',
    ])
  })
})
