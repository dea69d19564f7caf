import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { addBusinessTime, ALWAYS, businessCalendar, businessTimeBetween, closedDates, isCovered, nextCoveredInstant } from '../../src/time/calendar.js'

const office = businessCalendar({ timeZone: 'UTC', hours: { mon: '09:00-18:00' } })

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('what the calendar functions tell a user', () => {
  it('shows round-the-clock coverage as every day from 00:00 to 24:00, nothing closed', () => {
    const day = ['00:00-24:00']
    expect({ ...ALWAYS, hours: { ...ALWAYS.hours } }).toStrictEqual({
      kind: '24/7',
      timeZone: 'UTC',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
      holidays: [],
      closed: [],
      // 7 × 24 h.
      weeklyMs: 604_800_000,
      label: '24/7',
    })
  })

  it('refuses something that is not a calendar, under the heading of the question asked', () => {
    const notCalendar = (got: string) => ({ path: 'calendar', message: `must be '24/7' or calendar options { timeZone, hours, holidays?, closed? } (got ${got})` })
    expect(errorOf(() => addBusinessTime(42 as never, 0, 'PT1H')).issues).toEqual([notCalendar('42')])
    expect(errorOf(() => isCovered(null as never, 0)).issues).toEqual([notCalendar('null')])
    expect(errorOf(() => nextCoveredInstant([] as never, 0)).issues).toHaveLength(1)
    expect(errorOf(() => businessCalendar({} as never)).message.split('\n')[0]).toBe('Invalid calendar:')
  })

  it('names each bad instant by the argument it was given as', () => {
    const paths = (fn: () => unknown) => {
      const e = errorOf(fn)
      return [e.message.split(':')[0], ...e.issues.map((i) => i.path)]
    }
    expect(paths(() => businessTimeBetween(office, 'soon', 'later'))).toEqual(['Invalid business time query', 'from', 'to'])
    expect(paths(() => addBusinessTime(office, 'soon', 'PT1H'))).toEqual(['Invalid business time query', 'from'])
    expect(paths(() => nextCoveredInstant(office, 'soon'))).toEqual(['Invalid business time query', 'from'])
    expect(paths(() => isCovered(office, 'soon'))).toEqual(['Invalid business time query', 'at'])
    expect(paths(() => closedDates('always' as never, 2026.5))).toEqual(['Invalid closed-dates query', 'calendar', 'year'])
  })
})
