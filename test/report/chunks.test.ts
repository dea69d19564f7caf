import { describe, expect, it } from 'vitest'
import { githubSlug } from '../../src/report/document.js'
import { monthlyStatement } from '../../src/index.js'
import { renderStatement, renderStatementChunks } from '../../src/report/index.js'
import { gtiCommitment, incidents, march } from './fixtures.js'

// Elements whose names meet the explanation's own headings: Markdown numbers repeated anchors, and the
// streamed writer must number them as the whole document would.
const elements = ['Incidents', 'vps-1', 'vps-2', 'Crédit', 'vps-<3>', 'web|db'].map((id) => ({ id, fee: { amount: '9.99', currency: 'EUR' } }))
const named = incidents.map((x, i) => ({ ...x, elements: [...x.elements, ...(i % 2 ? ['Incidents'] : ['Crédit'])] }))
const statement = monthlyStatement({ commitment: gtiCommitment, period: march, incidents: named, elements })

describe('a statement written in pieces', () => {
  for (const format of ['text', 'markdown', 'html', 'json'] as const)
    it(`${format}: the pieces are the report, several of them`, () => {
      const chunks = [...renderStatementChunks(statement, { format, lang: 'fr' })]
      expect(chunks.length).toBeGreaterThan(elements.length)
      expect(chunks.join('')).toBe(renderStatement(statement, { format, lang: 'fr' }))
    })

  it('json: the document as JSON.stringify indents it, element by element', () => {
    const text = [...renderStatementChunks(statement, { format: 'json', lang: 'en' })].join('')
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
    expect(JSON.parse(text).elements.map((e: { element: string }) => e.element)).toEqual(elements.map((e) => e.id))
    const empty = monthlyStatement({ commitment: gtiCommitment, period: march, incidents: [], elements: [] })
    const none = [...renderStatementChunks(empty, { format: 'json' })].join('')
    expect(none).toBe(`${JSON.stringify(JSON.parse(none), null, 2)}\n`)
    expect(none).toContain('"elements": []')
  })

  it('json: ids and instants written by hand are what JSON.stringify and toISOString write', () => {
    // A quote, a backslash, a control character, a lone surrogate and a pair: each escaped as JSON.stringify
    // escapes it (or left as it is); instants with milliseconds, and one before 1970 that Date writes itself.
    const ids = ['say "hi"', 'back\\slash', 'tab\tline', 'lone \ud800', 'pair \ud83d\ude00', 'plain-é']
    const odd = ids.map((id, i) => ({ id, start: `2026-03-0${i + 2}T10:00:00.${i}5Z`, end: `2026-03-0${i + 2}T11:59:59.999Z`, elements: ['vps-1'] }))
    const early = { id: 'early', start: '1969-12-31T23:59:59.5Z', end: '2026-03-01T00:30:00Z', elements: ['vps-1'] }
    const s = monthlyStatement({ commitment: gtiCommitment, period: march, incidents: [...odd, early], elements: [{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' } }] })
    const text = [...renderStatementChunks(s, { format: 'json', lang: 'en' })].join('')
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
    const contributions = JSON.parse(text).elements[0].availability.contributions as { id: string; start: string; end: string }[]
    expect(contributions.map((c) => c.id).sort()).toEqual([...ids, 'early'].sort())
    // 2026-03-02T10:00:00.05Z is written with its three digits of milliseconds.
    expect(contributions.find((c) => c.id === ids[0])?.start).toBe('2026-03-02T10:00:00.050Z')
    expect(contributions.find((c) => c.id === 'early')?.start).toBe('1969-12-31T23:59:59.500Z')
  })

  // Its warnings (an element not billed) and an element in service for part of the month, both named after
  // the headings of those sections: the table of anchors is made from headings alone, without the rows
  // and items around them, and must number them as the whole document does.
  const sections = monthlyStatement({
    commitment: gtiCommitment,
    period: march,
    incidents: [...named, { id: 'x', start: '2026-03-04T10:00:00Z', end: '2026-03-04T11:00:00Z', elements: ['unbilled'] }].map((x, i) => (i === 0 ? { ...x, elements: [...x.elements, 'Avertissements', 'En service une partie de la période'] } : x)),
    elements: [
      ...elements,
      { id: 'Avertissements', fee: { amount: '5', currency: 'EUR' } },
      { id: 'En service une partie de la période', fee: { amount: '5', currency: 'EUR' }, from: '2026-03-10T00:00:00+01:00' },
    ],
  })

  it('markdown: the statement with those sections is the same in pieces', () => {
    expect(sections.warnings.length).toBeGreaterThan(0)
    expect(sections.elements.some((e) => e.inService !== undefined)).toBe(true)
    expect([...renderStatementChunks(sections, { format: 'markdown', lang: 'fr' })].join('')).toBe(renderStatement(sections, { format: 'markdown', lang: 'fr' }))
  })

  for (const [name, s] of [['its elements', statement], ['warnings and time in service', sections]] as const)
    it(`markdown (${name}): every link to an explanation lands on its heading`, () => {
      const md = renderStatement(s, { format: 'markdown', lang: 'fr' })
      const slugs = new Map<string, number>()
      const anchors = new Set<string>()
      for (const m of md.matchAll(/^#+ (.*)$/gm)) {
        const base = githubSlug(m[1]!.replace(/\\(.)/g, '$1'))
        const n = slugs.get(base) ?? 0
        slugs.set(base, n + 1)
        anchors.add(n ? `${base}-${n}` : base)
      }
      const links = [...md.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]!)
      expect(links.length).toBeGreaterThanOrEqual(5)
      for (const l of links) expect(anchors, l).toContain(l)
      // The element named "Incidents" is the first explanation: its heading is the document's first
      // "Incidents", before the h4 of the same name inside it, so its anchor is #incidents, not #incidents-1.
      expect(md).toContain('[Incidents](#incidents)')
      if (s === sections) {
        // The elements named as the sections come after them: their anchors are the second of each name.
        expect(md).toContain('[Avertissements](#avertissements-1)')
        expect(md).toContain('[En service une partie de la période](#en-service-une-partie-de-la-période-1)')
      }
    })
})
