/**
 * A frozen, labelled object is taken as a period the library made only when both its bounds are `Date`s:
 * one bound written as text gets a period of its own, with `Date` bounds and its duration.
 */
import { describe, expect, it } from 'vitest'
import { customPeriod } from '../../src/index.js'

describe('a frozen period written by hand', () => {
  it('with a Date start and a text end, is read into a period with Date bounds', () => {
    const given = Object.freeze({ start: new Date('2026-03-01T00:00:00Z'), end: '2026-03-08T00:00:00Z', label: 'week 10' })
    const period = customPeriod(given)
    expect(period).not.toBe(given)
    // 7 days × 86 400 000 ms = 604 800 000 ms.
    expect([period.end instanceof Date, period.end.toISOString(), period.durationMs, period.label]).toEqual([true, '2026-03-08T00:00:00.000Z', 604_800_000, 'week 10'])
  })

  it('with a text start and a Date end, likewise', () => {
    const given = Object.freeze({ start: '2026-03-01T00:00:00Z', end: new Date('2026-03-08T00:00:00Z'), label: 'week 10' })
    const period = customPeriod(given)
    expect([period.start instanceof Date, period.start.toISOString(), period.durationMs]).toEqual([true, '2026-03-01T00:00:00.000Z', 604_800_000])
  })

  it('with both bounds Dates, is the period given', () => {
    const given = Object.freeze({ start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-08T00:00:00Z'), label: 'week 10', timeZone: 'UTC', durationMs: 604_800_000 })
    expect(customPeriod(given)).toBe(given)
  })
})
