import { describe, expect, it } from 'vitest'
import { issueText } from '../src/issues.ts'

describe('issueText', () => {
  it('words the catalogue’s own problem in French, not as “une liste de offers”', () => {
    expect(issueText({ path: '', message: 'must be a list of offers' }, 'fr')).toBe('doit être une liste d’offres')
    expect(issueText({ path: '', message: 'must be a list of offers' }, 'en')).toBe('must be a list of offers')
    // Other lists keep the general phrase, "de" elided before a vowel.
    expect(issueText({ path: 'x', message: 'must be a list of items' }, 'fr')).toBe('doit être une liste d’élément(s)')
    expect(issueText({ path: 'x', message: 'must be a list of names' }, 'fr')).toBe('doit être une liste de names')
  })
})
