import { describe, expect, it } from 'vitest'
import { displayWidth, escapeHtml, escapeMarkdown, githubSlug, htmlId, isSafeHref, linkify, stableIds, toHtml, toMarkdown, toText } from '../../src/report/document.js'

describe('the document writers', () => {
  it('escape HTML and Markdown', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
    expect(escapeMarkdown('a|b *c* _d_ [e](f) <g> `h`')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\> \\`h\\`')
  })

  it('link only to anchors and http(s) addresses', () => {
    expect(isSafeHref('#element-1-vps-1')).toBe(true)
    expect(isSafeHref('https://example.org/a?b=c')).toBe(true)
    expect(isSafeHref('javascript:alert(1)')).toBe(false)
    expect(isSafeHref('https://x.org/"onmouseover=')).toBe(false)
    const html = toHtml([{ kind: 'paragraph', content: { text: 'x', href: 'javascript:alert(1)' } }], { lang: 'en', title: 't' })
    expect(html).not.toContain('javascript:')
    expect(linkify('see https://a.org/b. Done')).toEqual([{ text: 'see ' }, { text: 'https://a.org/b', href: 'https://a.org/b' }, { text: '. Done' }])
  })

  it('measure and align text tables by what a terminal shows', () => {
    expect(displayWidth('Élément')).toBe(7)
    expect(displayWidth('E\u0301le\u0301ment')).toBe(7)
    expect(displayWidth('1\u202f234,50\u00a0€')).toBe(10)
    const text = toText(
      [{ kind: 'table', columns: [{ header: 'Nom' }, { header: 'Montant', align: 'right' }], rows: [['É', '1\u202f234,50\u00a0€'], ['bb', '1,00\u00a0€']] }],
      false,
    )
    expect(text).toBe('Nom     Montant\n---  ----------\nÉ    1\u202f234,50\u00a0€\nbb       1,00\u00a0€\n')
  })

  it('point Markdown links to the anchors GitHub gives headings, repeated headings numbered', () => {
    expect(githubSlug('Une panne de 4 heures · OVH VPS STARTER (2016)')).toBe('une-panne-de-4-heures--ovh-vps-starter-2016')
    const md = toMarkdown([
      { kind: 'paragraph', content: [{ text: 'a', href: '#h1' }, ' ', { text: 'b', href: '#h2' }] },
      { kind: 'heading', level: 2, text: 'Crédit', id: 'h1' },
      { kind: 'heading', level: 2, text: 'Crédit', id: 'h2' },
    ])
    expect(md).toContain('[a](#crédit) [b](#crédit-1)')
  })

  it('make HTML ids from any name', () => {
    expect(htmlId('element', 'vps-<3>', 2)).toBe('element-3-vps-3')
    // Anchors from names alone: unique, starting with a letter, never holding `--`.
    expect(stableIds(['vps-08', 'vps-<08>', 'VPS-08', '2026', '', 'Élément n°1', 'a--b'], 'e')).toEqual(['vps-08', 'vps-08-2', 'VPS-08-3', 'e-2026', 'e', 'Element-n-1', 'a-b'])
    expect(htmlId('element', 'Élément n°1', 0)).toBe('element-1-Element-n-1')
    expect(htmlId('element', '<<>>', 0)).toBe('element-1')
  })

  it('write a list of plain items checked as one text as they write each item alone', () => {
    // The same items as one list (checked once) and as lists of one item (checked alone): the same lines.
    const items = [{ content: { text: 'a1 — counted', tone: 'bad' as const } }, { content: 'b2 * <x> & "y"' }, { content: { text: 'esc \u001b[2J here', tone: 'muted' as const } }]
    const alone = (write: (list: typeof items) => string) => items.map((i) => write([i]).trim())
    const text = (list: typeof items, color: boolean) => toText([{ kind: 'list', items: list }], color)
    for (const color of [false, true]) expect(text(items, color).trim().split('\n')).toEqual(alone((l) => text(l, color)))
    // ESC written visibly, in one list or alone; the tone's colour only with colours on.
    expect(text(items, false)).toBe('- a1 — counted\n- b2 * <x> & "y"\n- esc \\x1b[2J here\n')
    expect(text(items.slice(0, 1), true)).toBe('- \u001b[31ma1 — counted\u001b[0m\n')
    const md = (list: typeof items) => toMarkdown([{ kind: 'list', items: list }])
    expect(md(items)).toBe('- a1 — counted\n- b2 \\* \\<x\\> & "y"\n- esc \\x1b\\[2J here\n')
    expect(md(items.slice(0, 1))).toBe('- a1 — counted\n')
    const html = (list: typeof items) => toHtml([{ kind: 'list', items: list }], { lang: 'en', title: 't' })
    expect(html(items)).toContain('<ul><li><span class="bad">a1 — counted</span></li><li>b2 * &lt;x&gt; &amp; &quot;y&quot;</li><li><span class="muted">esc \u001b[2J here</span></li></ul>')
    expect(html(items.slice(0, 1))).toContain('<ul><li><span class="bad">a1 — counted</span></li></ul>')
  })
})
