import { describe, expect, it } from 'vitest'
import { customPeriod, InputError, monthPeriod, parsePeriod, quarterPeriod, yearPeriod } from '../../src/index.js'

const HOUR = 3_600_000

describe('monthPeriod', () => {
  it('gives March 2026 in Paris 743 hours: 31 days × 24 h less the hour skipped on 29 March', () => {
    const p = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
    expect(p.durationMs).toBe(743 * HOUR) // 2,674,800 s
    expect(p.start.toISOString()).toBe('2026-02-28T23:00:00.000Z') // midnight CET = 23:00Z
    expect(p.end.toISOString()).toBe('2026-03-31T22:00:00.000Z') // midnight CEST = 22:00Z
    expect(p.label).toBe('2026-03')
    expect(p.timeZone).toBe('Europe/Paris')
  })

  it('gives October 2026 in Paris 745 hours: the hour repeated on 25 October', () => {
    expect(monthPeriod({ year: 2026, month: 10, timeZone: 'Europe/Paris' }).durationMs).toBe(745 * HOUR)
  })

  it('defaults to UTC, where every month is whole days', () => {
    const p = monthPeriod({ year: 2026, month: 4 })
    expect(p.timeZone).toBe('UTC')
    expect(p.durationMs).toBe(30 * 24 * HOUR)
    expect(p.start.toISOString()).toBe('2026-04-01T00:00:00.000Z')
  })

  it('knows leap years: February 2028 has 29 days, 2100 is not leap', () => {
    expect(monthPeriod({ year: 2028, month: 2 }).durationMs).toBe(29 * 24 * HOUR)
    expect(monthPeriod({ year: 2100, month: 2 }).durationMs).toBe(28 * 24 * HOUR)
    expect(monthPeriod({ year: 2000, month: 2 }).durationMs).toBe(29 * 24 * HOUR)
  })

  it('starts a month at the first instant of a day whose midnight is skipped (Santiago, 6 September 2026)', () => {
    // Chile moves from -04:00 to -03:00 at 00:00 on the first Sunday of September: 00:00 does not exist
    // that day, so the day starts at 01:00-03:00 = 04:00Z; September then lasts 30 × 24 − 1 h.
    const sep = monthPeriod({ year: 2026, month: 9, timeZone: 'America/Santiago' })
    expect(sep.start.toISOString()).toBe('2026-09-01T04:00:00.000Z')
    expect(sep.durationMs).toBe((30 * 24 - 1) * HOUR)
  })

  it('lists every problem of a bad month at once', () => {
    try {
      monthPeriod({ year: 0, month: 13, timeZone: 'Mars/Olympus' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['year', 'month', 'timeZone'])
      expect((e as InputError).message).toContain('timeZone: must be an IANA time zone')
    }
  })

  it('refuses months that are not whole numbers', () => {
    expect(() => monthPeriod({ year: 2026, month: 2.5 })).toThrow(InputError)
    expect(() => monthPeriod({ year: Number.NaN, month: 2 })).toThrow(InputError)
  })
})

describe('other periods', () => {
  it('gives 2028 366 days and 2026 365 days, in Paris too (the DST hours cancel out)', () => {
    expect(yearPeriod({ year: 2028 }).durationMs).toBe(366 * 24 * HOUR)
    expect(yearPeriod({ year: 2026, timeZone: 'Europe/Paris' }).durationMs).toBe(365 * 24 * HOUR)
  })

  it('gives Q1 2026 in Paris 90 days less one hour', () => {
    // January 31 + February 28 + March 31 = 90 days, minus the hour skipped on 29 March.
    const q = quarterPeriod({ year: 2026, quarter: 1, timeZone: 'Europe/Paris' })
    expect(q.durationMs).toBe((90 * 24 - 1) * HOUR)
    expect(q.label).toBe('2026-Q1')
  })

  it('parses YYYY-MM, YYYY-Qn and YYYY', () => {
    expect(parsePeriod('2026-03', 'Europe/Paris').durationMs).toBe(743 * HOUR)
    expect(parsePeriod('2026-Q2').label).toBe('2026-Q2')
    expect(parsePeriod('2026').durationMs).toBe(365 * 24 * HOUR)
    expect(() => parsePeriod('March 2026')).toThrow(InputError)
  })

  it('makes a half-open period from plain instants and refuses an empty one', () => {
    const p = customPeriod({ start: '2026-03-01T00:00:00+01:00', end: new Date('2026-03-08T00:00:00+01:00') })
    expect(p.durationMs).toBe(7 * 24 * HOUR)
    expect(() => customPeriod({ start: '2026-03-01T00:00:00Z', end: '2026-03-01T00:00:00Z' })).toThrow(/zero length/)
    expect(() => customPeriod({ start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' })).toThrow(InputError)
  })
})
