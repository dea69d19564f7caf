import { describe, expect, it } from 'vitest'
import { readHumanDuration } from '../../src/cli/durations.js'
import { editDistance, nearest } from '../../src/cli/suggest.js'

describe('durations as people write them', () => {
  it.each([
    ['4h', 4 * 3_600_000],
    ['4 h', 4 * 3_600_000],
    ['30 min', 30 * 60_000],
    ['30min', 30 * 60_000],
    // A bare number after hours is minutes, as on a clock: 1 h 30 is 90 minutes.
    ['1 h 30', 90 * 60_000],
    ['1h30', 90 * 60_000],
    ['1 h 30 min', 90 * 60_000],
    ['2j', 2 * 86_400_000],
    ['2 jours', 2 * 86_400_000],
    ['2d', 2 * 86_400_000],
    ['1,5 h', 90 * 60_000],
    ['45 s', 45_000],
    ['3 heures', 3 * 3_600_000],
    ['PT4H', 4 * 3_600_000],
    ['pt43m12s', 2_592_000],
  ])('%s', (text, ms) => {
    expect(readHumanDuration(text)).toBe(ms)
  })

  it.each(['', 'h', '4', '4 parsecs', '4h ou 5h', '30 min 1 h', '1 h 30 40', 'P1M', '1,0005 s'])('refuses %j', (text) => {
    expect(readHumanDuration(text)).toBeUndefined()
  })
})

describe('the nearest words', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('statment', 'statement')).toBe(1)
    expect(editDistance('offre', 'offer')).toBe(1)
    expect(editDistance('abc', 'abc')).toBe(0)
    expect(editDistance('', 'abc')).toBe(3)
  })

  it('keeps only the nearest, ignoring case and accents, and reads a word written in full for its code', () => {
    expect(nearest('ovh-vps-2016-startr', ['ovh-vps-2016-starter', 'ovh-vps-2016-elite', 'ovh-vps-2016-value'])).toEqual(['ovh-vps-2016-starter'])
    expect(nearest('France', ['FR', 'EU', 'DE'])).toEqual(['FR'])
    expect(nearest('DATALOCATION', ['dataLocation', 'structure'])).toEqual(['dataLocation'])
    expect(nearest('coopérative', ['cooperative', 'association'])).toEqual(['cooperative'])
    expect(nearest('frobnicate', ['statement', 'compare', 'budget'])).toEqual([])
  })
})
