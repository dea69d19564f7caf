import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writeInstant } from '../../src/io/result.js'
import { formatInstant } from '../../src/time/instant.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

describe('the instants readers write', () => {
  it('are written as formatInstant writes them', () => {
    // Hand-computed: 2 March 2026 10:00 UTC is 20,514 days and 10 hours after 1970: 1,772,445,600,000 ms.
    expect(writeInstant(1_772_445_600_000)).toBe('2026-03-02T10:00:00Z')
    expect(writeInstant(1_772_445_600_250)).toBe('2026-03-02T10:00:00.250Z')
    expect(writeInstant(1_772_445_600_007)).toBe('2026-03-02T10:00:00.007Z')
    // The edges of the fast path: the first instant of 1970, the last of 9999, and either side of them.
    for (const ms of [0, -1, 253_402_300_799_999, 253_402_300_800_000, -62_198_755_200_000, 1.5, 951_782_400_000])
      expect(writeInstant(ms), String(ms)).toBe(formatInstant(ms))
  })

  it('agree with formatInstant on any instant, the same day twice or not', () => {
    const ms = fc.oneof(fc.integer({ min: -62_198_755_200_000, max: 253_402_300_800_500 }), fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }), fc.double({ min: -1e13, max: 3e14, noNaN: true }))
    fc.assert(
      fc.property(fc.array(ms, { minLength: 1, maxLength: 4 }), (list) => {
        for (const x of list) expect(writeInstant(x), String(x)).toBe(formatInstant(x))
      }),
      { numRuns: RUNS * 10 },
    )
  })
})
