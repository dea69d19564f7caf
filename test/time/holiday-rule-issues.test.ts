/**
 * What a holiday rule returns wrongly reaches the user as an issue with a code and its figures, from which
 * `formatIssue` words it in French: each of the four problems, with the year asked, the index and the value.
 */
import { describe, expect, it } from 'vitest'
import { formatIssue } from '../../src/messages/index.js'
import { issuesOf } from '../setup/french-issues.js'
import { businessCalendar, closedDates } from '../../src/time/calendar.js'

const weekdays = { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' }

/** The issues of asking 2026's closed dates of a calendar whose second holiday source is `rule`. */
const ruleIssues = (rule: (year: number) => unknown) =>
  issuesOf(() => closedDates(businessCalendar({ timeZone: 'UTC', hours: weekdays, holidays: ['FR', rule as never] }), 2026))

describe('a holiday rule that returns something wrong', () => {
  it('that is not an array: code rule-array, with the year asked and the value got', () => {
    const issues = ruleIssues(() => '2026-12-24')
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'holidays[1]', code: 'rule-array', params: { year: 2026, got: '"2026-12-24"' } },
    ])
    expect(issues.map((i) => formatIssue(i, 'fr'))).toEqual(['doit renvoyer une liste de dates pour l’année 2026 (valeur reçue\u00a0: "2026-12-24")'])
  })

  it('with text that is not a date: code rule-date, with the value, the year and its index', () => {
    // Index 0 is a good date of 2026; index 1 is not a date at all.
    const issues = ruleIssues(() => ['2026-05-13', '13/05/2026'])
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'holidays[1]', code: 'rule-date', params: { got: '"13/05/2026"', year: 2026, index: 1 } },
    ])
    expect(issues.map((i) => formatIssue(i, 'fr'))).toEqual(['a renvoyé "13/05/2026" pour l’année 2026 à l’indice 1\u00a0: ce n’est pas une date AAAA-MM-JJ'])
  })

  it('with neither text nor a valid Date: code rule-date-or-date, with the value, the year and its index', () => {
    const issues = ruleIssues(() => [20260513])
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'holidays[1]', code: 'rule-date-or-date', params: { got: '20260513', year: 2026, index: 0 } },
    ])
    expect(issues.map((i) => formatIssue(i, 'fr'))).toEqual(['a renvoyé 20260513 pour l’année 2026 à l’indice 0\u00a0: ce n’est ni une date AAAA-MM-JJ ni une Date valide'])
  })

  it('with a date of another year: code rule-year, with the date and the year asked', () => {
    const issues = ruleIssues((year) => [`${year + 1}-01-01`])
    expect(issues.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'holidays[1]', code: 'rule-year', params: { day: '2027-01-01', year: 2026 } },
    ])
    expect(issues.map((i) => formatIssue(i, 'fr'))).toEqual(['a renvoyé 2027-01-01 pour l’année 2026\u00a0: une règle doit renvoyer des dates de l’année demandée'])
  })

  it('words each problem in English from its code as its message says it', () => {
    const issues = [
      ...ruleIssues(() => null),
      ...ruleIssues(() => ['soon', new Date(Number.NaN), '2025-12-31']),
    ]
    expect(issues.map((i) => formatIssue(i, 'en'))).toEqual(issues.map((i) => i.message))
    expect(issues.map((i) => i.code)).toEqual(['rule-array', 'rule-date', 'rule-date-or-date', 'rule-year'])
  })

  it('quotes the value it returned in French too: an invalid Date is « une Date invalide »', () => {
    const [issue] = ruleIssues(() => [new Date(Number.NaN)])
    expect(formatIssue(issue!, 'fr')).toBe('a renvoyé une Date invalide pour l’année 2026 à l’indice 0\u00a0: ce n’est ni une date AAAA-MM-JJ ni une Date valide')
  })
})
