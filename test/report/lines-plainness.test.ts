/**
 * A statement's incident lines are given to the writers as already checked when their ids are: the
 * library's words and figures around an id hold no control character, no Markdown mark and no line feed,
 * in any kind of line and either language. These tests hold the lines to that, and the writers to writing
 * a block so marked as they write it unmarked.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Contribution } from '../../src/availability/measure.js'
import { monthlyStatement, presets } from '../../src/index.js'
import { type Block, NO_CONTROLS, NO_HTML_MARKS, NO_MARKDOWN_MARKS, PLAIN, plainness, toHtml, toMarkdown, toText } from '../../src/report/document.js'
import { Formatter } from '../../src/report/format.js'
import { messagesFor } from '../../src/report/i18n.js'
import { renderStatement } from '../../src/report/index.js'
import { contributionLine } from '../../src/report/sentences.js'
import { contributionArbitrary } from './contribution-arbitrary.js'
import { march, starterStatement } from './fixtures.js'

// Ids plain and not: letters, the marks a writer escapes, controls, line feeds, bidirectional overrides.
const anyId = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', '7', '-', ' ', '#', '°', '"', "'", '&'), maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', '*', '_', '`', '[', ']', '<', '>', '|', '~', '\\', '\n', '\t', '\u001b', '\u0085', '\u202e', '\r'), maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
)

// Contributions with every status, weight, length and openness a report can give, the figures free.
const contribution = contributionArbitrary(anyId)

describe('an incident’s line', () => {
  const reports = [starterStatement().elements[0]!.availability]
  for (const lang of ['en', 'fr'] as const)
    it(`${lang}: holds a control, a Markdown or HTML mark or a line feed only where its id or its marks say`, () => {
      for (const zone of ['Europe/Paris', 'America/New_York', 'UTC']) {
        const f = new Formatter(messagesFor(lang), zone)
        fc.assert(
          fc.property(contribution, (c) => {
            const marks = { plain: PLAIN }
            const line = contributionLine(f, c, reports[0]!, marks)
            // Every flag the marks claim, the line earns.
            const claimed = marks.plain
            expect(claimed & ~plainness(line)).toBe(0)
          }),
          { numRuns: 700 },
        )
      }
    })

  it('says where its words hold a mark: the apostrophe of an English reason, for HTML', () => {
    const f = new Formatter(messagesFor('en'), 'UTC')
    const below = fc.sample(contribution, { numRuns: 200, seed: 5 }).find((c) => c.status === 'below-minimum' && transientStepKind(c) === 'below-minimum')!
    const marks = { plain: PLAIN }
    const line = contributionLine(f, { ...below, id: 'i1' } as Contribution, starterStatement().elements[0]!.availability, marks)
    expect(line).toContain("the commitment's minimum outage")
    expect(marks.plain).toBe(NO_CONTROLS | NO_MARKDOWN_MARKS)
  })
})

function transientStepKind(c: Contribution): string {
  return (c as unknown as { step: { kind: string } }).step.kind
}

describe('a lines block marked plain', () => {
  const lines = ['i1 (outage, unplanned): counted — outage of 4 h', 'n°2 (partial, maintenance): excluded — cause “maintenance”']
  it('is written as the same block unmarked', () => {
    const marked: Block = { kind: 'lines', lines, plain: PLAIN }
    const unmarked: Block = { kind: 'lines', lines }
    expect(toText([marked], false)).toBe(toText([unmarked], false))
    expect(toMarkdown([marked])).toBe(toMarkdown([unmarked]))
    expect(toHtml([marked], { lang: 'en', title: 't' })).toBe(toHtml([unmarked], { lang: 'en', title: 't' }))
  })

  it('tells by one pass what the three checks tell', () => {
    // The writers' own sets: controls a text report escapes; Markdown marks and line feeds; HTML marks.
    const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
    const markdown = /^[^\\`*_[\]<>|~\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/
    const html = /[&<>"']/
    // Texts longer than an id too, and the edges of the sets (U+2069 marked, U+206A not).
    const edges = fc.constantFrom('a', 'é', '_', '<', '\n', '\u001f', '\u0020', '\u007e', '\u007f', '\u00a0', '\u202a', '\u202f', '\u2069', '\u206a', '\ud800', '\uffff')
    const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), anyId, fc.string({ unit: edges, maxLength: 60 }), fc.string({ unit: 'binary', minLength: 30, maxLength: 40 }))
    fc.assert(
      fc.property(text, (t) => {
        const expected = (controls.test(t) ? 0 : NO_CONTROLS) | (markdown.test(t) ? NO_MARKDOWN_MARKS : 0) | (html.test(t) ? 0 : NO_HTML_MARKS)
        expect(plainness(t)).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })

  it('tells each flag apart', () => {
    expect(plainness('i1 (outage)')).toBe(PLAIN)
    // A line feed: no control a text report shows escaped, but a break in a Markdown list.
    expect(plainness('i1\nfirst')).toBe(NO_CONTROLS | NO_HTML_MARKS)
    expect(plainness('i_1')).toBe(NO_CONTROLS | NO_HTML_MARKS)
    expect(plainness("l'i1")).toBe(NO_CONTROLS | NO_MARKDOWN_MARKS)
    expect(plainness('<i1>')).toBe(NO_CONTROLS)
    expect(plainness('i1\u001b')).toBe(NO_HTML_MARKS)
    expect(plainness('')).toBe(PLAIN)
  })
})

describe('a statement whose ids need escaping', () => {
  // The ids bring a control, Markdown marks and a line feed: the element's lines go the way that escapes them.
  const statement = monthlyStatement({
    commitment: presets.ovhVps2016.starter,
    period: march,
    incidents: [
      { id: 'db_1*', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', elements: ['vps-1'] },
      { id: 'x\u001b[2J', start: '2026-03-03T10:00:00Z', end: '2026-03-03T11:00:00Z', elements: ['vps-1'] },
      { id: 'two\nlines', start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z', elements: ['vps-1'] },
      { id: 'plain', start: '2026-03-05T10:00:00Z', end: '2026-03-05T11:00:00Z', elements: ['vps-2'] },
    ],
    elements: [
      { id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } },
      { id: 'vps-2', fee: { amount: '9.99', currency: 'EUR' } },
    ],
  })

  it('writes an HTML mark of an id escaped', () => {
    const html = renderStatement(
      monthlyStatement({
        commitment: presets.ovhVps2016.starter,
        period: march,
        incidents: [{ id: 'a<b>&"c\'', start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', elements: ['vps-1'] }],
        elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }],
      }),
      { format: 'html', lang: 'en' },
    )
    expect(html).toContain('a&lt;b&gt;&amp;&quot;c&#39; (outage, unplanned)')
  })

  it('writes them escaped in text and Markdown', () => {
    const text = renderStatement(statement, { format: 'text', lang: 'en' })
    expect(text).toContain('- x\\x1b[2J (outage, unplanned), from 03/03/2026, 11:00 to 03/03/2026, 12:00: counted — outage of 1\u00a0h in the period\n')
    expect(text).toContain('- plain (outage, unplanned), from 05/03/2026, 11:00 to 05/03/2026, 12:00: counted — outage of 1\u00a0h in the period\n')
    const markdown = renderStatement(statement, { format: 'markdown', lang: 'en' })
    expect(markdown).toContain('- db\\_1\\* (outage, unplanned)')
    // The id's line feed is a space in the list, not a third item.
    expect(markdown).toContain('- two lines (outage, unplanned)')
  })
})
