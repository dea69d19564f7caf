import { describe, expect, it } from 'vitest'
import { customPeriod, InputError, measureAvailability, monthPeriod, parsePeriod, quarterPeriod, safeParsePeriod, yearPeriod } from '../../src/index.js'
import type { Period } from '../../src/index.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR

function issuesOf(f: () => unknown): string[] {
  try {
    f()
  } catch (e) {
    if (e instanceof InputError) return e.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
    throw e
  }
  return []
}

const span = (p: Period) => [p.start.toISOString(), p.end.toISOString(), p.label]

describe('quarters after the first', () => {
  it('starts Q2 in April and ends it before July: 30 + 31 + 30 = 91 days in UTC', () => {
    const q = quarterPeriod({ year: 2026, quarter: 2 })
    expect(span(q)).toEqual(['2026-04-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z', '2026-Q2'])
    expect(q.durationMs).toBe(91 * DAY)
  })

  it('gives Q3 in Paris 31 + 31 + 30 = 92 days, all in summer time', () => {
    const q = quarterPeriod({ year: 2026, quarter: 3, timeZone: 'Europe/Paris' })
    // 1 July 00:00+02:00 is 30 June 22:00Z; 1 October 00:00+02:00 is 30 September 22:00Z.
    expect(span(q)).toEqual(['2026-06-30T22:00:00.000Z', '2026-09-30T22:00:00.000Z', '2026-Q3'])
    expect(q.durationMs).toBe(92 * DAY)
  })

  it('gives Q4 in Paris 92 days and the hour repeated on 25 October', () => {
    const q = quarterPeriod({ year: 2026, quarter: 4, timeZone: 'Europe/Paris' })
    // 1 October 00:00+02:00 to 1 January 2027 00:00+01:00: 31 + 30 + 31 days + 1 h.
    expect(span(q)).toEqual(['2026-09-30T22:00:00.000Z', '2026-12-31T23:00:00.000Z', '2026-Q4'])
    expect(q.durationMs).toBe(92 * DAY + HOUR)
  })

  it('refuses quarters 0, 5 and 2.5 with the quarters it takes', () => {
    for (const quarter of [0, 5, 2.5]) expect(issuesOf(() => quarterPeriod({ year: 2026, quarter }))).toEqual([`quarter: must be 1, 2, 3 or 4 (got ${quarter})`])
  })
})

describe('the calendar limits of months and years', () => {
  it('takes the years 1 and 9999 and months 1 and 12, and names the first and last month with four-digit years', () => {
    expect(span(monthPeriod({ year: 1, month: 1 }))).toEqual(['0001-01-01T00:00:00.000Z', '0001-02-01T00:00:00.000Z', '0001-01'])
    expect(span(monthPeriod({ year: 9999, month: 12 }))).toEqual(['9999-12-01T00:00:00.000Z', '+010000-01-01T00:00:00.000Z', '9999-12'])
    expect(yearPeriod({ year: 999 }).label).toBe('0999')
  })

  it('refuses year 0, year 10000, month 0 and month 13, saying what it takes', () => {
    expect(issuesOf(() => monthPeriod({ year: 10000, month: 0 }))).toEqual([
      'year: must be a whole year from 1 to 9999 (got 10000)',
      'month: must be a whole month from 1 to 12 (got 0)',
    ])
    expect(issuesOf(() => yearPeriod({ year: 0 }))).toEqual(['year: must be a whole year from 1 to 9999 (got 0)'])
    expect(issuesOf(() => monthPeriod({ year: 2026, month: 13 }))).toEqual(['month: must be a whole month from 1 to 12 (got 13)'])
    expect(issuesOf(() => monthPeriod({ year: '2026' as never, month: 1 }))).toEqual(['year: must be a whole year from 1 to 9999 (got "2026")'])
  })

  it('refuses a year that is not whole, and options that are missing, as input errors', () => {
    expect(issuesOf(() => yearPeriod({ year: 2026.5 }))).toEqual(['year: must be a whole year from 1 to 9999 (got 2026.5)'])
    expect(issuesOf(() => yearPeriod(undefined as never))).toEqual(['year: must be a whole year from 1 to 9999 (got nothing)'])
    expect(issuesOf(() => quarterPeriod(undefined as never))).toEqual(['year: must be a whole year from 1 to 9999 (got nothing)', 'quarter: must be 1, 2, 3 or 4 (got nothing)'])
  })

  it('says which function refused the input', () => {
    expect(() => monthPeriod({ year: 0, month: 1 })).toThrow(/^Invalid month:/)
    expect(() => yearPeriod({ year: 0 })).toThrow(/^Invalid year:/)
    expect(() => quarterPeriod({ year: 2026, quarter: 0 })).toThrow(/^Invalid quarter:/)
    expect(() => yearPeriod({ year: 2026, timeZone: 'Mars/Olympus' })).toThrow(/timeZone: must be an IANA time zone/)
    expect(() => quarterPeriod({ year: 2026, quarter: 1, timeZone: 'Mars/Olympus' })).toThrow(/timeZone: must be an IANA time zone/)
  })

  it('gives the same month asked for again, and again after many others in the same zone', () => {
    const first = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
    for (let year = 1700; year < 2100; year++) for (let month = 1; month <= 12; month++) monthPeriod({ year, month, timeZone: 'Europe/Paris' })
    expect(span(monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }))).toEqual(span(first))
    expect(first.durationMs).toBe(743 * HOUR)
  })
})

describe('parsePeriod reads the whole text', () => {
  it('reads a month, a quarter (in either case) and a year, spaces around them aside', () => {
    expect(span(parsePeriod(' 2026-3 '))).toEqual(['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', '2026-03'])
    expect(span(parsePeriod('2026-q3', 'Europe/Paris'))).toEqual(['2026-06-30T22:00:00.000Z', '2026-09-30T22:00:00.000Z', '2026-Q3'])
    expect(span(parsePeriod('2027'))).toEqual(['2027-01-01T00:00:00.000Z', '2028-01-01T00:00:00.000Z', '2027'])
  })

  it('refuses text with anything before or after the period', () => {
    for (const text of ['12026-03', '2026-035', 'x2026-Q1', '2026-Q12', '20266', 'FY2026'])
      expect(issuesOf(() => parsePeriod(text))).toEqual([`period: must be YYYY-MM, YYYY-Qn or YYYY (got "${text}")`])
    expect(() => parsePeriod('2026-13')).toThrow(/^Invalid month:/)
  })

  it('returns the problem instead of throwing from safeParsePeriod', () => {
    const r = safeParsePeriod('March 2026')
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues).toEqual([{ path: 'period', message: 'must be YYYY-MM, YYYY-Qn or YYYY (got "March 2026")' }])
    const utc = safeParsePeriod('2026-03')
    expect(utc.success && [utc.data.timeZone, utc.data.durationMs]).toEqual(['UTC', 31 * DAY])
    const ok = safeParsePeriod('2026-Q2', 'Europe/Paris')
    expect(ok.success && ok.data.label).toBe('2026-Q2')
  })
})

describe('periods given as plain instants', () => {
  it('names a custom period by its bounds and reads it in UTC unless told', () => {
    const p = customPeriod({ start: '2026-03-01T00:00:00+01:00', end: '2026-03-08T00:00:00+01:00' })
    expect([p.label, p.timeZone]).toEqual(['2026-02-28T23:00:00Z/2026-03-07T23:00:00Z', 'UTC'])
    const named = customPeriod({ start: '2026-03-01T00:00:00+01:00', end: '2026-03-08T00:00:00+01:00', timeZone: 'Europe/Paris', label: 'week 10' })
    expect([named.label, named.timeZone]).toEqual(['week 10', 'Europe/Paris'])
  })

  it('says why a period is refused: not a period, bad bounds, an unknown zone, or no length', () => {
    expect(issuesOf(() => customPeriod('2026-03' as never))).toEqual(['must be a period { start, end } such as monthPeriod() returns (got "2026-03")'])
    expect(issuesOf(() => customPeriod(null as never))).toEqual(['must be a period { start, end } such as monthPeriod() returns (got null)'])
    expect(issuesOf(() => customPeriod({ start: 'soon', end: '2026-03-01T00:00:00Z', timeZone: 'Mars/Olympus' })).map((i) => i.split(':')[0])).toEqual(['start', 'timeZone'])
    expect(issuesOf(() => customPeriod({ start: '2026-03-01T00:00:00Z', end: 'later' })).map((i) => i.split(':')[0])).toEqual(['end'])
    expect(() => customPeriod({ start: '2026-03-01T00:00:00Z', end: 'later' })).toThrow(/^Invalid period:/)
    expect(issuesOf(() => customPeriod({ start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' }))).toEqual([
      'must end after it starts (2026-03-02T00:00:00Z to 2026-03-01T00:00:00Z)',
    ])
    expect(issuesOf(() => customPeriod({ start: '2026-03-01T00:00:00Z', end: '2026-03-01T00:00:00Z' }))).toEqual([
      'must end after it starts (2026-03-01T00:00:00Z to 2026-03-01T00:00:00Z): a period of zero length has no availability',
    ])
  })

  it('keeps a period it made as it is, and remakes a look-alike from its bounds', () => {
    const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
    expect(measureAvailability({ commitment: {}, period: march, incidents: [] }).period).toBe(march)
    // Same fields, not frozen: read as bounds, and given back as a period of the library's own.
    const lookalike = { ...march }
    const read = measureAvailability({ commitment: {}, period: lookalike, incidents: [] }).period
    expect(read).not.toBe(lookalike)
    expect(Object.isFrozen(read)).toBe(true)
    expect(span(read)).toEqual(span(march))
    // Frozen, with a label, but instants written as text, or Dates without a label: remade with Dates and a label.
    const texts = Object.freeze({ start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z', label: 'day' })
    const fromTexts = measureAvailability({ commitment: {}, period: texts, incidents: [] }).period
    expect([fromTexts.start instanceof Date, fromTexts.end instanceof Date, fromTexts.label]).toEqual([true, true, 'day'])
    const unnamed = Object.freeze({ start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-02T00:00:00Z') })
    expect(measureAvailability({ commitment: {}, period: unnamed, incidents: [] }).period.label).toBe('2026-03-01T00:00:00Z/2026-03-02T00:00:00Z')
  })
})
