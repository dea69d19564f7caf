import { describe, expect, it } from 'vitest'
import { businessCalendar, InputError, nextCoveredInstant } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'

// The last instant the library accepts is 10000-01-02T00:00:00Z. 31 December 9999 is a Friday, so from its
// noon the next Saturday opens at 10000-01-01T00:00Z, the next Sunday at 10000-01-02T00:00Z (the last
// instant accepted, itself accepted) and the next Monday at 10000-01-03T00:00Z, which no Date the library
// writes may hold.
const FROM = '9999-12-31T12:00:00Z'
const on = (day: 'sat' | 'sun' | 'mon') => businessCalendar({ timeZone: 'UTC', hours: { [day]: '00:00-24:00' } })

function refusal(call: () => unknown) {
  try {
    call()
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message, fr: formatIssue(i, 'fr') }))
    throw error
  }
  throw new Error('no InputError')
}

describe('the next covered instant near the end of the range', () => {
  it('is found up to the last instant accepted', () => {
    expect(nextCoveredInstant(on('sat'), FROM).getTime()).toBe(Date.UTC(10000, 0, 1))
    expect(nextCoveredInstant(on('sun'), FROM).getTime()).toBe(Date.UTC(10000, 0, 2))
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
