/**
 * The problems of the offers, composites, simulation, reports and service desks read in French with
 * `formatIssue(issue, 'fr')`: the whole line, and none of the words only an English sentence has.
 */
import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'
import { formatPath } from '../../src/messages/format.js'
import { ASYNC_FRENCH_CASES, FRENCH_CASES, UNKNOWN_PRESET } from './more-corpus.js'

// Words that only an English sentence has (the list the command-line catalogue is checked with).
const ENGLISH = [' the ', ' is ', ' must ', 'wrote', 'did you mean', 'usage', ' not ', ' with ', ' and ', ' give ', ' cannot ', ' should ', ' unknown ', ' needs ', ' see:', 'warning:', ' of ', ' or ', ' got ', ' has ', ' but ', ' line ', ' row ', 'skipped', ' are ', ' bytes', 'expected ', 'unexpected', 'neither', ' nor ', ' allowed', ' missing ']

function english(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `
  return ENGLISH.filter((w) => lower.includes(w))
}

function frenchLines(call: () => unknown): { french: string[]; english: string[] } {
  try {
    call()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { french: error.issues.map((i) => `${formatPath(i.path, 'fr')}\u00a0: ${formatIssue(i, 'fr')}`), english: error.issues.map((i) => i.message) }
  }
  throw new Error('no InputError')
}

/** A line's words after its path: a path is the input's own names (`skipped[0]`), the same in every language. */
const wording = (line: string): string => line.slice(line.indexOf('\u00a0: ') + 1)

describe('problems worded in French', () => {
  it('finds the marker words in the English message, so that the check below can fail', () => {
    const { english: en } = frenchLines(FRENCH_CASES[0]!.call)
    expect(english(en.join(' '))).toContain(' must ')
  })

  for (const [n, c] of FRENCH_CASES.entries()) {
    it(`case ${n}: ${c.french[0]!.slice(0, 60)}`, () => {
      const { french } = frenchLines(c.call)
      expect(french).toEqual(c.french)
      for (const line of french) expect(english(wording(line)), line).toEqual([])
    })
  }

  for (const [n, c] of ASYNC_FRENCH_CASES.entries()) {
    it(`async case ${n}: ${c.french[0]!.slice(0, 60)}`, async () => {
      const error = await c.call().then(
        () => undefined,
        (e: unknown) => e,
      )
      if (!(error instanceof InputError)) throw new Error(`no InputError: ${String(error)}`)
      const french = error.issues.map((i) => `${formatPath(i.path, 'fr')}\u00a0: ${formatIssue(i, 'fr')}`)
      expect(french).toEqual(c.french)
      for (const line of french) expect(english(wording(line)), line).toEqual([])
    })
  }

  it('names the known presets in French when an id is not one', () => {
    const [line, ...rest] = frenchLines(UNKNOWN_PRESET).french
    expect(rest).toEqual([])
    expect(line).toMatch(/^id\u00a0: n’est pas un modèle connu \(valeur reçue\u00a0: "x"\)\u00a0; modèles connus\u00a0: ovh-vps-2016-starter, ovh-vps-2016-value, /)
    expect(english(line ?? '')).toEqual([])
  })
})
