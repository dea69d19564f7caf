/**
 * Months in zones whose history is awkward: offsets with seconds, negative offsets under an hour, the years
 * a Date reads as 19xx, and midnights the clocks go back over.
 */
import { describe, expect, it } from 'vitest'
import { monthPeriod, yearPeriod } from '../../src/index.js'

const DAY = 86_400_000
const iso = (ms: number): string => new Date(ms).toISOString()
const start = (year: number, month: number, timeZone: string): string => monthPeriod({ year, month, timeZone }).start.toISOString()

describe('months in local mean time and other offsets under an hour', () => {
  it('starts January 1968 in Monrovia at 00:44:30Z: the offset was −0:44:30, not +0:44:30', () => {
    expect(start(1968, 1, 'Africa/Monrovia')).toBe('1968-01-01T00:44:30.000Z')
  })

  it('reads the negative offsets of Abidjan (before 1912), Lisbon (before 1912) and Dublin (before 1916) with their sign and seconds', () => {
    expect(start(1900, 1, 'Africa/Abidjan')).toBe('1900-01-01T00:16:08.000Z') // LMT −0:16:08
    expect(start(1900, 1, 'Africa/Dakar')).toBe('1900-01-01T00:16:08.000Z') // a link to Abidjan
    expect(start(1900, 1, 'Europe/Lisbon')).toBe('1900-01-01T00:36:45.000Z') // LMT −0:36:45
    expect(start(1900, 1, 'Europe/Dublin')).toBe('1900-01-01T00:25:21.000Z') // Dublin Mean Time −0:25:21
  })

  it('keeps the seconds of a local mean time before 1900', () => {
    expect(start(1850, 1, 'Europe/Paris')).toBe('1849-12-31T23:50:39.000Z') // LMT +0:09:21
    expect(start(1850, 1, 'America/New_York')).toBe('1850-01-01T04:56:02.000Z') // LMT −4:56:02
    expect(start(1850, 1, 'Asia/Kolkata')).toBe('1849-12-31T18:06:32.000Z') // LMT +5:53:28
  })
})

describe('the years 1 to 99', () => {
  it('starts June of year 50 in Paris at local midnight of 1 June, not a day early', () => {
    expect(start(50, 6, 'Europe/Paris')).toBe('0050-05-31T23:50:39.000Z')
  })

  it('gives December 99 in Paris 31 days, not 32.0002', () => {
    expect(monthPeriod({ year: 99, month: 12, timeZone: 'Europe/Paris' }).durationMs).toBe(31 * DAY)
    expect(yearPeriod({ year: 99, timeZone: 'Europe/Paris' }).durationMs).toBe(365 * DAY)
    expect(monthPeriod({ year: 99, month: 12, timeZone: 'Europe/Paris' }).end.getTime()).toBe(monthPeriod({ year: 100, month: 1, timeZone: 'Europe/Paris' }).start.getTime())
  })

  it('starts year 1 at its first local midnight, east and west of Greenwich', () => {
    expect(start(1, 1, 'Asia/Tokyo')).toBe('0000-12-31T14:41:01.000Z') // LMT +9:18:59
    expect(start(1, 1, 'America/Los_Angeles')).toBe('0001-01-01T07:52:58.000Z') // LMT −7:52:58
  })
})

describe('a midnight the clocks go back over', () => {
  it('starts October 2004 in Gaza at the first midnight, so 00:00–00:59 on the 1st is in October', () => {
    // Summer time (+03:00) ended at 01:00 on 1 October 2004, back to 00:00 (+02:00).
    const october = monthPeriod({ year: 2004, month: 10, timeZone: 'Asia/Gaza' })
    expect(october.start.toISOString()).toBe('2004-09-30T21:00:00.000Z')
    expect(monthPeriod({ year: 2004, month: 9, timeZone: 'Asia/Gaza' }).end.getTime()).toBe(october.start.getTime())
    expect(october.durationMs).toBe(31 * DAY + 3_600_000)
  })

  it('ends September 1944 in Madrid at the first midnight of 1 October', () => {
    // Summer time (+02:00) ended at 01:00 on 1 October 1944, back to 00:00 (+01:00).
    const september = monthPeriod({ year: 1944, month: 9, timeZone: 'Europe/Madrid' })
    expect(september.end.toISOString()).toBe('1944-09-30T22:00:00.000Z')
    expect(september.durationMs).toBe(30 * DAY)
  })

  it('still starts a month at the end of the jump when its midnight is skipped', () => {
    expect(start(2026, 9, 'America/Santiago')).toBe('2026-09-01T04:00:00.000Z')
    expect(iso(monthPeriod({ year: 2011, month: 12, timeZone: 'Pacific/Apia' }).end.getTime())).toBe('2011-12-31T10:00:00.000Z')
  })
})
