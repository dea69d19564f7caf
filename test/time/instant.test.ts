import { describe, expect, it } from 'vitest'
import { durationMs, formatDuration, humanDuration, InputError } from '../../src/index.js'
import { IssueList } from '../../src/errors.js'
import { parseIsoInstant, readInstant } from '../../src/time/instant.js'

describe('instants', () => {
  it('reads ISO-8601 with Z or an offset, to the millisecond', () => {
    expect(parseIsoInstant('2026-03-29T01:30+01:00')).toBe(Date.UTC(2026, 2, 29, 0, 30))
    expect(parseIsoInstant('2026-03-02T10:00:00.123Z')).toBe(Date.UTC(2026, 2, 2, 10, 0, 0, 123))
    expect(parseIsoInstant('2026-03-02T10:00:00-0530')).toBe(Date.UTC(2026, 2, 2, 15, 30))
    expect(parseIsoInstant('2026-03-02 10:00:00Z')).toBe(Date.UTC(2026, 2, 2, 10))
  })

  it('refuses what has no offset or is not a calendar date', () => {
    for (const bad of ['2026-03-02T10:00:00', '2026-02-30T00:00Z', '2026-13-01T00:00Z', '02/03/2026 10:00', '2026-03-02T24:00Z', '']) {
      expect(parseIsoInstant(bad), bad).toBeNaN()
    }
  })

  it('accepts Dates and whole epoch milliseconds, and names the path of what it refuses', () => {
    const issues = new IssueList()
    expect(readInstant(new Date(5), 'a', issues)).toBe(5)
    expect(readInstant(1_700_000_000_000, 'b', issues)).toBe(1_700_000_000_000)
    expect(readInstant(new Date(Number.NaN), 'c', issues)).toBeUndefined()
    expect(readInstant(1.5, 'd', issues)).toBeUndefined()
    expect(readInstant('tomorrow', 'e', issues)).toBeUndefined()
    expect(issues.issues.map((i) => i.path)).toEqual(['c', 'd', 'e'])
  })
})

describe('durations', () => {
  it('reads fixed-length ISO-8601 durations', () => {
    expect(durationMs('PT4H')).toBe(4 * 3_600_000)
    expect(durationMs('PT43M12S')).toBe(2_592_000) // 43 × 60 + 12 = 2,592 s
    expect(durationMs('P1DT2H')).toBe(26 * 3_600_000)
    expect(durationMs('P1W')).toBe(7 * 86_400_000)
    expect(durationMs('PT0.5S')).toBe(500)
    expect(durationMs('PT1,5H')).toBe(5_400_000)
    expect(durationMs(90_000)).toBe(90_000)
  })

  it('refuses months and years, whose length depends on the calendar', () => {
    expect(() => durationMs('P1M')).toThrow(/no fixed length/)
    expect(() => durationMs('P1Y')).toThrow(InputError)
    expect(() => durationMs('PT')).toThrow(InputError)
    expect(() => durationMs(-1)).toThrow(InputError)
  })

  it('writes durations for contracts and for people', () => {
    expect(formatDuration(2_592_000)).toBe('PT43M12S')
    expect(formatDuration(0)).toBe('PT0S')
    expect(formatDuration(12_960_000)).toBe('PT3H36M')
    expect(humanDuration(2_592_000)).toBe('43 min 12 s')
    expect(humanDuration(2 * 86_400_000 + 3_600_000)).toBe('2 d 1 h')
    expect(humanDuration(250)).toBe('250 ms')
  })
})
