import { describe, expect, it } from 'vitest'
import { CAUSE_WORDS, IMPACT_WORDS } from '../../src/io/vocabulary.js'
import { CAUSE_SYNONYMS_FR, IMPACT_SYNONYMS_FR } from '../../src/messages/fr-io.js'

// A refused impact or cause is answered with the French words the reader takes, not with "voir
// IMPACT_WORDS", a library constant a person at the command line cannot see. Each word the message offers
// must be one the reader reads as the value it is said to give.

function groups(text: string): [string, string[]][] {
  return text.split(' / ').map((g) => {
    const [words = '', value = ''] = g.split(' = ')
    return [value, words.split(', ')]
  })
}

describe('the French synonyms a refused cell is answered with', () => {
  it('the impacts: each word offered reads as its impact, and every impact has some', () => {
    const g = groups(IMPACT_SYNONYMS_FR)
    expect(g.map(([v]) => v)).toEqual(Object.keys(IMPACT_WORDS))
    for (const [value, words] of g) for (const w of words) expect(IMPACT_WORDS[value as keyof typeof IMPACT_WORDS], w).toContain(w)
  })

  it('the causes: each word offered reads as its cause, and every cause has some', () => {
    const g = groups(CAUSE_SYNONYMS_FR)
    expect(g.map(([v]) => v)).toEqual(Object.keys(CAUSE_WORDS))
    for (const [value, words] of g) for (const w of words) expect(CAUSE_WORDS[value as keyof typeof CAUSE_WORDS], w).toContain(w)
  })
})
