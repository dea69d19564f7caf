import { describe, expect, it } from 'vitest'
import { Formatter } from '../../src/report/format.js'
import { messagesFor } from '../../src/report/i18n.js'

const fr = new Formatter(messagesFor('fr'), 'Europe/Paris')
const nb = (s: string) => s.replace(/\u00a0/g, ' ')

describe('durations in summaries, as a person writes them', () => {
  it('rounds to the unit that matters', () => {
    // 23 min 8 s 571 ms → 23 min; 65 min → 1 h 05; 32 h → 1 j 8 h; 45.4 s → 45 s.
    expect(nb(fr.roundedDuration(23 * 60_000 + 8_571))).toBe('23 min')
    expect(nb(fr.roundedDuration(65 * 60_000))).toBe('1 h 05')
    expect(nb(fr.roundedDuration(2 * 3_600_000))).toBe('2 h')
    expect(nb(fr.roundedDuration(32 * 3_600_000 + 20 * 60_000))).toBe('1 j 8 h')
    expect(nb(fr.roundedDuration(45_400))).toBe('45 s')
    // 59.6 s rounds to a minute, 59 min 40 s to an hour: never "60 min" or "1 h 60".
    expect(nb(fr.roundedDuration(59_600))).toBe('1 min')
    expect(nb(fr.roundedDuration(59 * 60_000 + 40_000))).toBe('1 h')
    expect(nb(fr.roundedDuration(0))).toBe('0 s')
  })
})
