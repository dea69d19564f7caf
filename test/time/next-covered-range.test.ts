import { describe, expect, it } from 'vitest'
import { businessCalendar, nextCoveredInstant } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'
import { issuesOf } from '../setup/french-issues.js'

// The last instant the library accepts is 10000-01-02T00:00:00Z. 31 December 9999 is a Friday, so from its
// noon the next Saturday opens at 10000-01-01T00:00Z, the next Sunday at 10000-01-02T00:00Z (the last
// instant accepted, itself accepted) and the next Monday at 10000-01-03T00:00Z, which no Date the library
// writes may hold.
const FROM = '9999-12-31T12:00:00Z'
const on = (day: 'sat' | 'sun' | 'mon') => businessCalendar({ timeZone: 'UTC', hours: { [day]: '00:00-24:00' } })

const refusal = (call: () => unknown) => issuesOf(call).map((i) => ({ path: i.path, code: i.code, message: i.message, fr: formatIssue(i, 'fr') }))

describe('the next covered instant near the end of the range', () => {
  it('is found up to the last instant accepted', () => {
    expect(nextCoveredInstant(on('sat'), FROM).getTime()).toBe(Date.UTC(10000, 0, 1))
    expect(nextCoveredInstant(on('sun'), FROM).getTime()).toBe(Date.UTC(10000, 0, 2))
  })

  it('from the last instant accepted, is that instant when it is covered, and refused otherwise', () => {
    expect(nextCoveredInstant(on('sun'), new Date(Date.UTC(10000, 0, 2))).getTime()).toBe(Date.UTC(10000, 0, 2))
    expect(refusal(() => nextCoveredInstant(on('mon'), new Date(Date.UTC(10000, 0, 2)))).map((i) => [i.path, i.code])).toEqual([['from', 'deadline-range']])
  })

  it('compares the instant in UTC, not the wall clock: New York is 5 h behind in January', () => {
    // Saturday 00:00 in New York is 10000-01-01T05:00Z, within the range; Sunday 00:00 there is
    // 10000-01-02T05:00Z, five hours past the last instant accepted though its wall clock reads that day.
    const inNewYork = (day: 'sat' | 'sun') => businessCalendar({ timeZone: 'America/New_York', hours: { [day]: '00:00-24:00' } })
    expect(nextCoveredInstant(inNewYork('sat'), FROM).toISOString()).toBe('+010000-01-01T05:00:00.000Z')
    expect(refusal(() => nextCoveredInstant(inNewYork('sun'), FROM)).map((i) => [i.path, i.code])).toEqual([['from', 'deadline-range']])
  })

  it('past it, is refused at `from` rather than returned as year 10000', () => {
    expect(refusal(() => nextCoveredInstant(on('mon'), FROM))).toEqual([
      {
        path: 'from',
        code: 'deadline-range',
        message: 'leads past the last instant accepted (+010000-01-02T00:00:00Z, the end of year 9999)',
        fr: 'mène au-delà du dernier instant accepté (+010000-01-02T00:00:00Z, la fin de l’année 9999)',
      },
    ])
  })
})
