import { describe, expect, it } from 'vitest'
import { customPeriod, InputError, monthPeriod, parsePeriod, quarterPeriod, yearPeriod } from '../../src/index.js'
import { localiseInputError } from '../../src/messages/index.js'
import { frenchIssues } from '../setup/french-issues.js'


describe('a refused period, worded in French', () => {
  it('names the year, the month and the quarter that are out of range, with the value given', () => {
    expect(frenchIssues(() => monthPeriod({ year: 0, month: 13 }))).toEqual([
      'year: doit être une année entière de 1 à 9999 (valeur reçue\u00a0: 0)',
      'month: doit être un mois entier de 1 à 12 (valeur reçue\u00a0: 13)',
    ])
    expect(frenchIssues(() => yearPeriod({ year: 10000 }))).toEqual(['year: doit être une année entière de 1 à 9999 (valeur reçue\u00a0: 10000)'])
    expect(frenchIssues(() => quarterPeriod({ year: 2026, quarter: 5 }))).toEqual(['quarter: doit valoir 1, 2, 3 ou 4 (valeur reçue\u00a0: 5)'])
    expect(frenchIssues(() => quarterPeriod({ year: 2026.5, quarter: 1 }))).toEqual(['year: doit être une année entière de 1 à 9999 (valeur reçue\u00a0: 2026.5)'])
  })

  it('shows the text it could not read as a period, under the French heading', () => {
    expect(frenchIssues(() => parsePeriod('mars 2026'))).toEqual([
      'period: doit s’écrire AAAA-MM (un mois), AAAA-Qn (un trimestre) ou AAAA (une année) (valeur reçue\u00a0: "mars 2026")',
    ])
    try {
      parsePeriod('mars 2026')
      expect.unreachable()
    } catch (e) {
      expect(localiseInputError(e as InputError, 'fr').split('\n')[0]).toBe('Période invalide\u00a0:')
    }
  })

  it('says what a custom period must be, and gives the bounds of one that ends too soon', () => {
    expect(frenchIssues(() => customPeriod('2026-03' as never))).toEqual([
      ': doit être une période { start, end } comme celle que renvoie monthPeriod() (valeur reçue\u00a0: "2026-03")',
    ])
    expect(frenchIssues(() => customPeriod({ start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z' }))).toEqual([
      ': doit finir après son début (2026-03-02T00:00:00Z à 2026-03-01T00:00:00Z)',
    ])
    expect(frenchIssues(() => customPeriod({ start: '2026-03-01T00:00:00+01:00', end: '2026-02-28T23:00:00Z' }))).toEqual([
      ": doit finir après son début (2026-02-28T23:00:00Z à 2026-02-28T23:00:00Z)\u00a0: une période de durée nulle n’a pas de disponibilité",
    ])
  })

  it('names an unknown zone of a custom period under its own path', () => {
    expect(frenchIssues(() => customPeriod({ start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z', timeZone: 'Mars/Olympus' }))).toEqual([
      'timeZone: doit être un fuseau horaire IANA comme "Europe/Paris" ou "UTC" (valeur reçue\u00a0: "Mars/Olympus")',
    ])
  })

  it('names only the unknown zone when the bounds of the same period are also reversed', () => {
    // The order of the bounds is checked once they and the zone are read: one problem at a time here.
    expect(frenchIssues(() => customPeriod({ start: '2026-03-02T00:00:00Z', end: '2026-03-01T00:00:00Z', timeZone: 'Mars/Olympus' }))).toEqual([
      'timeZone: doit être un fuseau horaire IANA comme "Europe/Paris" ou "UTC" (valeur reçue\u00a0: "Mars/Olympus")',
    ])
  })
})

describe('a period given as plain instants', () => {
  it('gives back a frozen period of its own for one that is not frozen, even with Dates and a label', () => {
    const loose = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-02T00:00:00Z'), label: 'day' }
    const p = customPeriod(loose)
    expect(p).not.toBe(loose)
    expect(Object.isFrozen(p)).toBe(true)
    expect([p.start.toISOString(), p.end.toISOString(), p.label, p.durationMs]).toEqual(['2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', 'day', 86_400_000])
  })
})
