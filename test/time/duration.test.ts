import { describe, expect, it } from 'vitest'
import { durationMs, formatDuration, humanDuration, InputError } from '../../src/index.js'

// A pattern that backtracks over 200 characters tries more splits than the test's timeout allows, which
// catches it; a bound in milliseconds would fail on a loaded machine without anything being wrong.
const LINEAR_TIMEOUT = 10_000

describe('durations refuse what they cannot read or write', () => {
  it('answers at once on a long text, naming its length', () => {
    const text = `P${'1'.repeat(100_000)}X`
    expect(() => durationMs(text)).toThrow(/at most 200 characters/)
  }, LINEAR_TIMEOUT)

  it('still hints at months and years in a text of ordinary length', () => {
    expect(() => durationMs('P1Y2M')).toThrow(/no fixed length/)
    expect(() => durationMs('P1M')).toThrow(/no fixed length/)
    expect(() => durationMs('PT1M2Y')).not.toThrow(/no fixed length/)
  })

  it('reads every pattern in linear time', () => {
    // 200 characters of each shape that made a backtracking pattern try every split.
    for (const body of ['1'.repeat(199), `${'1'.repeat(198)}Y`, `${'1.'.repeat(99)}`, `T${'1'.repeat(197)}Q`]) {
      expect(() => durationMs(`P${body}`)).toThrow(InputError)
    }
  }, LINEAR_TIMEOUT)

  it('refuses to write NaN or an infinite duration, rather than print "PT" or "Infinity"', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => formatDuration(bad)).toThrow(InputError)
      expect(() => humanDuration(bad)).toThrow(InputError)
    }
    expect(formatDuration(-2_592_000)).toBe('-PT43M12S')
    expect(humanDuration(-250)).toBe('-250 ms')
  })
})
