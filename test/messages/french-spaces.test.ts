/**
 * French typography in every French message: a no-break space (U+00A0) before « : », « ; », « ? » and
 * « ! », as the reports write it, so that the sign never starts a line and the messages read as the reports
 * they sit next to.
 */
import { describe, expect, it } from 'vitest'
import { CONTEXTS_FR, FRENCH } from '../../src/messages/fr.js'
import { SKIP_REASONS_FR } from '../../src/messages/fr-io.js'
import { fr } from '../../src/cli/messages-fr.js'

const sample = { got: '"x"', expected: 'string', options: 'a, b', value: '"24/7"', keys: '"0"', count: 2, written: '99,0', dotted: '99.0', minimum: 1, start: 'S', end: 'E', asOf: 'A', max: 200, length: 300, found: '"a"', more: 1 }

/** The places a plain space stands before a high sign. */
const plainBefore = (text: string): string[] => [...text.matchAll(/.{0,20} [:;?!](\s|$).{0,10}/g)].map((m) => m[0])

/** Every text of the command line's French catalogue: strings as they are, functions called with placeholders. */
function cliTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    try {
      return cliTexts((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => 'x')))
    } catch {
      return []
    }
  }
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(cliTexts)
  return []
}

describe('French messages', () => {
  it('finds a plain space before a colon, so that the checks below can fail', () => {
    expect(plainBefore('valeur reçue : 5 ; ok\u00a0: bien')).toEqual(['valeur reçue : 5 ; ok\u00a0: bien'])
    expect(plainBefore('ok\u00a0: 5\u00a0; bien, 10:30, https://x')).toEqual([])
  })

  it('put a no-break space before the high signs in every problem, skip reason and heading', () => {
    const texts = [...Object.values(FRENCH).map((w) => w(sample)), ...Object.values(SKIP_REASONS_FR).map((w) => w(sample)), ...Object.values(CONTEXTS_FR)]
    expect(texts.length).toBeGreaterThan(150)
    expect(texts.flatMap(plainBefore)).toEqual([])
  })

  it('put a no-break space before the high signs in the command line’s French', () => {
    const texts = cliTexts(fr)
    expect(texts.length).toBeGreaterThan(80)
    expect(texts.flatMap(plainBefore)).toEqual([])
  })
})
