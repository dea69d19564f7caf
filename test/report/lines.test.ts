import { describe, expect, it } from 'vitest'
import { type Block, toHtml, toMarkdown, toText } from '../../src/report/document.js'
import { cutSentence } from '../../src/report/template.js'

// A 'lines' block is written as the list of the same items would be, in every format: the fast path
// (the lines joined once) and the item-by-item path (an item that needs escaping) alike.
const asList = (lines: string[], tones: ('bad' | 'muted')[]): Block => ({ kind: 'list', rows: true, items: lines.map((text, k) => ({ content: { text, tone: tones[k]! } })) })
const asLines = (lines: string[], tones: ('bad' | 'muted')[]): Block => ({ kind: 'lines', lines, tone: (k) => tones[k] })

const cases: [string, string[]][] = [
  ['plain', ['i1 (outage, unplanned): counted — outage of 4 h', 'i2 (outage, unplanned): overlapped']],
  ['a control character', ['i1\u001b[2J (outage)', 'i2']],
  ['a line feed inside an item', ['i1 first\nsecond', 'i2']],
  ['Markdown and HTML marks', ['i<1> *bold* & "quoted"', 'i_2 | pipe']],
  ['one line', ['only one']],
]

describe('a statement’s incidents as lines', () => {
  for (const [name, lines] of cases) {
    const tones = lines.map((_, k): 'bad' | 'muted' => (k % 2 ? 'muted' : 'bad'))
    it(`${name}: the text, Markdown and HTML of a list of the same items`, () => {
      const list = asList(lines, tones)
      const rows = asLines(lines, tones)
      for (const color of [false, true]) expect(toText([rows], color, 20)).toBe(toText([list], color, 20))
      expect(toMarkdown([rows])).toBe(toMarkdown([list]))
      expect(toHtml([rows], { lang: 'en', title: 't' })).toBe(toHtml([list], { lang: 'en', title: 't' }))
    })
  }

  it('escapes what needs it: a control character shown, a line feed in Markdown a space', () => {
    const [, controls] = cases[1]!
    expect(toText([asLines(controls, ['bad', 'muted'])], false)).toBe('- i1\\x1b[2J (outage)\n- i2\n')
    const [, feed] = cases[2]!
    // Two items, two list lines: the item's own line feed is not taken for the mark of a third.
    expect(toMarkdown([asLines(feed, ['bad', 'muted'])])).toBe('- i1 first second\n- i2\n')
  })
})

describe('a sentence cut at its arguments', () => {
  it('gives the words around each argument, in order', () => {
    expect(cutSentence((a: { start: string; end: string }) => `from ${a.start} to ${a.end}`, { start: '', end: '' }, ['start', 'end'])).toEqual(['from ', ' to ', ''])
    // An argument not cut is written as given.
    expect(cutSentence((a: { n: string; unit: string }) => `${a.n} ${a.unit}.`, { n: '', unit: 'h' }, ['n'])).toEqual(['', ' h.'])
  })

  it('is null for a sentence that does not write each argument once, as given, in that order', () => {
    // Repeated, moved (as another language may), changed, or left out: the caller writes the sentence itself.
    expect(cutSentence((a: { x: string }) => `${a.x} and ${a.x}`, { x: '' }, ['x'])).toBeNull()
    expect(cutSentence((a: { x: string; y: string }) => `${a.y} then ${a.x}`, { x: '', y: '' }, ['x', 'y'])).toBeNull()
    expect(cutSentence((a: { x: string }) => a.x.toUpperCase(), { x: '' }, ['x'])).toBeNull()
    expect(cutSentence((_: { x: string }) => 'nothing', { x: '' }, ['x'])).toBeNull()
  })
})
