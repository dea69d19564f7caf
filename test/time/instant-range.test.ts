import { describe, expect, it } from 'vitest'
import { evaluateGuarantees, formatInstant, InputError, MAX_INSTANT, MIN_INSTANT, monthPeriod } from '../../src/index.js'
import { IssueList } from '../../src/errors.js'
import { readInstant } from '../../src/time/instant.js'

/** Reads one value; returns the instant or the message of its issue. */
function read(value: unknown): number | string {
  const issues = new IssueList()
  const t = readInstant(value, 'at', issues)
  return t ?? issues.issues[0]!.message
}

describe('the range of instants', () => {
  it('is the years 1 to 9999 on every wall clock, with a day either side of UTC', () => {
    expect(new Date(MIN_INSTANT).toISOString()).toBe('0000-12-31T00:00:00.000Z')
    expect(new Date(MAX_INSTANT).toISOString()).toBe('+010000-01-02T00:00:00.000Z')
    // The first and last months any zone can make are inside it.
    expect(monthPeriod({ year: 1, month: 1, timeZone: 'Pacific/Kiritimati' }).start.getTime()).toBeGreaterThanOrEqual(MIN_INSTANT)
    expect(monthPeriod({ year: 9999, month: 12, timeZone: 'Pacific/Niue' }).end.getTime()).toBeLessThanOrEqual(MAX_INSTANT)
  })

  it('accepts its edges in every form and refuses what lies past them, naming the range', () => {
    expect(read(MIN_INSTANT)).toBe(MIN_INSTANT)
    expect(read(MAX_INSTANT)).toBe(MAX_INSTANT)
    expect(read(new Date(MAX_INSTANT))).toBe(MAX_INSTANT)
    expect(read('0000-12-31T00:00:00Z')).toBe(MIN_INSTANT)
    expect(read('9999-12-31T23:59:59.999-23:59')).toBe(Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 86_340_000)
    for (const outside of [MIN_INSTANT - 1, MAX_INSTANT + 1, 8.64e15, -8.64e15, new Date(8.64e15), '0000-12-30T23:59:59.999Z', '0000-01-01T00:00Z']) {
      expect(read(outside), String(outside)).toMatch(/^is out of range: instants are accepted from the years 1 to 9999/)
    }
  })

  it('refuses an incident far in the future at once, instead of walking the calendar to it', () => {
    const commitment = {
      timeZone: 'Europe/Paris',
      credit: { type: 'pro-rata' },
      gti: { within: 'PT4H', calendar: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00', fri: '09:00-18:00' }, holidays: 'FR' } },
    } as const
    const incidents = [{ start: '2026-03-10T10:00:00Z', end: '2026-03-10T12:00:00Z', reportedAt: '2026-03-10T10:00:00Z', interventionAt: 8_640_000_000_000_000 }]
    // Walking the calendar to year 275,760 would run past the test's timeout; a bound in milliseconds
    // would fail on a loaded machine without anything being wrong.
    expect(() => evaluateGuarantees({ commitment, incidents })).toThrow(/interventionAt: is out of range/)
  }, 30_000)
})

describe('formatInstant', () => {
  it('refuses what is no instant with an InputError, not a RangeError', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 8.64e15 + 1]) expect(() => formatInstant(bad)).toThrow(InputError)
    expect(formatInstant(0)).toBe('1970-01-01T00:00:00Z')
    expect(formatInstant(1)).toBe('1970-01-01T00:00:00.001Z')
  })
})
