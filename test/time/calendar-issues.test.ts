/**
 * A calendar the functions cannot read, and a year `closedDates` cannot answer, reach the user as issues
 * with a code and its figures, from which `formatIssue` words them in French; and the hours the round-the-
 * clock calendar shows.
 */
import { describe, expect, it } from 'vitest'
import { type InputIssue } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/index.js'
import { issuesOf } from '../setup/french-issues.js'
import { businessCalendar, businessTimeBetween, type CalendarOptions, closedDates } from '../../src/time/calendar.js'

const plain = (issues: readonly InputIssue[]) => issues.map((i) => ({ path: i.path, code: i.code, params: i.params, fr: formatIssue(i, 'fr') }))
const between = (calendar: unknown) => issuesOf(() => businessTimeBetween(calendar as CalendarOptions, '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'))

describe('the issues of a calendar', () => {
  it('a value that is neither 24/7 nor options, with the value got', () => {
    expect(plain(between(42))).toEqual([
      { path: 'calendar', code: 'calendar', params: { got: '42' }, fr: "doit être '24/7' ou des options de calendrier { timeZone, hours, holidays?, closed? } (valeur reçue\u00a0: 42)" },
    ])
  })

  it('an option the calendar does not know, and a missing time zone', () => {
    expect(plain(between({ hours: { mon: '09:00-18:00' }, zone: 'Europe/Paris' }))).toEqual([
      { path: 'calendar.zone', code: 'calendar-key', params: {}, fr: 'n’est pas une option de calendrier (timeZone, hours, holidays, closed)' },
      { path: 'calendar.timeZone', code: 'calendar-zone', params: {}, fr: 'est obligatoire\u00a0: le fuseau horaire IANA dans lequel on lit les heures, comme "Europe/Paris"' },
    ])
  })

  it('a year closedDates cannot answer, with the value got', () => {
    expect(plain(issuesOf(() => closedDates('24/7', 10_000)))).toEqual([
      { path: 'year', code: 'year', params: { got: '10000' }, fr: 'doit être une année entière de 1 à 9999 (valeur reçue\u00a0: 10000)' },
    ])
  })
})

describe('the round-the-clock calendar', () => {
  it('shows every day open from midnight to midnight, 7 × 24 h a week', () => {
    const always = businessCalendar('24/7')
    const allDay = ['00:00-24:00']
    expect(always.hours).toEqual({ mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay })
    // 7 × 24 × 3 600 000 ms = 604 800 000 ms.
    expect([always.timeZone, always.weeklyMs, always.label]).toEqual(['UTC', 604_800_000, '24/7'])
  })
})
