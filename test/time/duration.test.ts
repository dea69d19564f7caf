import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
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

describe('humanDuration', () => {
  // The units one after the other, joined by spaces: how the sentence was first written, kept as the
  // reference for the version that writes the text without lists.
  function reference(ms: number): string {
    if (ms === 0) return '0 s'
    const sign = ms < 0 ? '-' : ''
    let rest = Math.abs(ms)
    const parts: string[] = []
    for (const [size, name] of [
      [86_400_000, 'd'],
      [3_600_000, 'h'],
      [60_000, 'min'],
      [1000, 's'],
    ] as const) {
      const n = Math.floor(rest / size)
      if (n > 0) parts.push(`${n} ${name}`)
      rest -= n * size
    }
    if (rest > 0) parts.push(`${Math.round(rest * 1000) / 1000} ms`)
    return sign + parts.join(' ')
  }

  it('writes each unit present, largest first, by hand', () => {
    // 2 d = 172,800,000; 3 h = 10,800,000; 0 min; 5 s = 5,000; 250 ms: 172,800,000 + 10,800,000 + 5,250.
    expect(humanDuration(183_605_250)).toBe('2 d 3 h 5 s 250 ms')
    // 43 min 12 s = 2,580,000 + 12,000.
    expect(humanDuration(2_592_000)).toBe('43 min 12 s')
    // A weighted duration: 90,000 × 0.5 = 45,000.5 is not whole; 45 s and 0.5 ms.
    expect(humanDuration(45_000.5)).toBe('45 s 0.5 ms')
    expect(humanDuration(86_400_000)).toBe('1 d')
    expect(humanDuration(0)).toBe('0 s')
  })

  it('writes what the reference writes for any duration, whole or not, of either sign', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -(2 ** 45), max: 2 ** 45 }),
          fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
          fc.constantFrom(0.0004, -0.0004, 999.9995, 59_999.9999, Number.MAX_SAFE_INTEGER),
        ),
        (ms) => {
          expect(humanDuration(ms)).toBe(reference(ms))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
