import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { easterSunday, frenchHolidays } from '../../src/time/holidays.js'

describe('easterSunday', () => {
  it('gives the published Easter dates', () => {
    const published: Record<number, string> = {
      1818: '1818-03-22', // the earliest possible date
      1943: '1943-04-25', // the latest possible date
      1961: '1961-04-02',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2027: '2027-03-28',
      2028: '2028-04-16',
      2029: '2029-04-01',
      2030: '2030-04-21',
      2038: '2038-04-25',
      2285: '2285-03-22',
    }
    for (const [year, date] of Object.entries(published)) expect(easterSunday(Number(year))).toBe(date)
  })

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const date = easterSunday(year)
        const [y, m, d] = date.split('-').map(Number) as [number, number, number]
        expect(y).toBe(year)
        const utc = new Date(0)
        utc.setUTCFullYear(y, m - 1, d)
        expect(utc.getUTCDay()).toBe(0)
        expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25').toBe(true)
      }),
    )
  })

  it('refuses a year that is not a whole number from 1 to 9999', () => {
    expect(() => easterSunday(2026.5)).toThrow(InputError)
    expect(() => easterSunday(0)).toThrow(/year: must be a whole year/)
    expect(() => easterSunday(10_000)).toThrow(InputError)
  })
})

describe('frenchHolidays', () => {
  // The published calendars (service-public.fr): Easter Monday, Ascension (Easter + 39) and Whit Monday
  // (Easter + 50) move; the eight other holidays are fixed.
  const metropolitan: Record<number, string[]> = {
    2024: ['2024-01-01', '2024-04-01', '2024-05-01', '2024-05-08', '2024-05-09', '2024-05-20', '2024-07-14', '2024-08-15', '2024-11-01', '2024-11-11', '2024-12-25'],
    2025: ['2025-01-01', '2025-04-21', '2025-05-01', '2025-05-08', '2025-05-29', '2025-06-09', '2025-07-14', '2025-08-15', '2025-11-01', '2025-11-11', '2025-12-25'],
    2026: ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25'],
    2027: ['2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17', '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25'],
    2028: ['2028-01-01', '2028-04-17', '2028-05-01', '2028-05-08', '2028-05-25', '2028-06-05', '2028-07-14', '2028-08-15', '2028-11-01', '2028-11-11', '2028-12-25'],
    2029: ['2029-01-01', '2029-04-02', '2029-05-01', '2029-05-08', '2029-05-10', '2029-05-21', '2029-07-14', '2029-08-15', '2029-11-01', '2029-11-11', '2029-12-25'],
    2030: ['2030-01-01', '2030-04-22', '2030-05-01', '2030-05-08', '2030-05-30', '2030-06-10', '2030-07-14', '2030-08-15', '2030-11-01', '2030-11-11', '2030-12-25'],
  }
  const goodFriday: Record<number, string> = {
    2024: '2024-03-29',
    2025: '2025-04-18',
    2026: '2026-04-03',
    2027: '2027-03-26',
    2028: '2028-04-14',
    2029: '2029-03-30',
    2030: '2030-04-19',
  }

  it('lists the eleven metropolitan holidays of 2024–2030, sorted', () => {
    for (const [year, dates] of Object.entries(metropolitan)) {
      expect(frenchHolidays(Number(year)).map((h) => h.date)).toEqual(dates)
    }
  })

  it('adds Good Friday and 26 December in Alsace-Moselle', () => {
    for (const [year, dates] of Object.entries(metropolitan)) {
      const expected = [...dates, goodFriday[Number(year)]!, `${year}-12-26`].sort()
      expect(frenchHolidays(Number(year), { region: 'alsace-moselle' }).map((h) => h.date)).toEqual(expected)
    }
  })

  it('names each holiday in French and English', () => {
    expect(frenchHolidays(2026)).toContainEqual({ date: '2026-05-14', name: 'Ascension Day', nameFr: 'Ascension' })
    expect(frenchHolidays(2026)).toContainEqual({ date: '2026-05-25', name: 'Whit Monday', nameFr: 'Lundi de Pentecôte' })
    expect(frenchHolidays(2026, { region: 'alsace-moselle' })).toContainEqual({ date: '2026-04-03', name: 'Good Friday', nameFr: 'Vendredi saint' })
    expect(frenchHolidays(2026, { region: 'alsace-moselle' })).toContainEqual({ date: '2026-12-26', name: "St Stephen's Day", nameFr: 'Saint-Étienne' })
  })

  it('keeps both holidays when Ascension falls on 1 May (2008)', () => {
    const may1 = frenchHolidays(2008).filter((h) => h.date === '2008-05-01')
    expect(may1.map((h) => h.nameFr)).toEqual(['Fête du Travail', 'Ascension'])
  })

  it('puts the movable feasts on the right weekdays in any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const weekday = (date: string) => new Date(`${date.padStart(10, '0')}T00:00:00Z`).getUTCDay()
        const byName = new Map(frenchHolidays(year, { region: 'alsace-moselle' }).map((h) => [h.name, h.date]))
        expect(weekday(byName.get('Good Friday')!)).toBe(5)
        expect(weekday(byName.get('Easter Monday')!)).toBe(1)
        expect(weekday(byName.get('Ascension Day')!)).toBe(4)
        expect(weekday(byName.get('Whit Monday')!)).toBe(1)
        expect(frenchHolidays(year)).toHaveLength(11)
      }),
      { numRuns: 200 },
    )
  })

  it('refuses an unknown region or year', () => {
    expect(() => frenchHolidays(2026, { region: 'corse' as never })).toThrow(/region: must be "metropolitan" or "alsace-moselle"/)
    expect(() => frenchHolidays(-1)).toThrow(InputError)
  })
})
