import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toText, type Block } from '../../src/report/document.js'
import { wrapLine, wrapMarkedLines, wrapParagraph } from '../../src/report/wrap.js'

const NBSP = '\u00a0'

describe('prose folded to the width', () => {
  it('folds at the spaces, the words in their order', () => {
    // 'Les marges sont le temps' is 24 columns; adding ' couvert' would make 32 > 30.
    expect(wrapLine('Les marges sont le temps couvert restant avant l’échéance', 30)).toBe('Les marges sont le temps\ncouvert restant avant\nl’échéance')
    expect(wrapParagraph('Un mois ordinaire, sans incident.', 20)).toBe('Un mois ordinaire,\nsans incident.')
    // A line that fits, or no width known, is left as it is.
    expect(wrapLine('Court.', 30)).toBe('Court.')
    expect(wrapLine('Les marges sont le temps couvert restant avant l’échéance', undefined)).toBe('Les marges sont le temps couvert restant avant l’échéance')
  })

  it('never breaks a number from its unit, a date, or at a non-breaking space', () => {
    // At 12 columns 'panne de 2 h 30 min' would break after '2' or '30' if any space were taken.
    expect(wrapLine('une panne de 2 h 30 min', 12)).toBe('une panne de\n2 h 30 min')
    // A duration written in parts stays whole: '30 j 23 h.' does not break after 'j'.
    expect(wrapLine('soit 30 j 23 h.', 10)).toBe('soit\n30 j 23 h.')
    expect(wrapLine('down for 1 d 2 h 30 min today', 12)).toBe('down for\n1 d 2 h 30 min\ntoday')
    // 'for 99,5 % in' is 13 columns; 'March 2026' goes whole to the next line.
    expect(wrapLine('credit 6,00 € for 99,5 % in March 2026', 14)).toBe('credit 6,00 €\nfor 99,5 % in\nMarch 2026')
    expect(wrapLine('le 31 mars 2026, à minuit', 10)).toBe('le\n31 mars 2026,\nà minuit')
    // 'Taux : 99,5 %' is 13 columns: the fold takes the plain space after the colon, never a non-breaking one.
    expect(wrapLine(`Taux${NBSP}: 99,5${NBSP}% et plus`, 10)).toBe(`Taux${NBSP}:\n99,5${NBSP}% et\nplus`)
    // A word longer than the width stays whole.
    expect(wrapLine('voir https://example.org/une/adresse/longue ici', 12)).toBe('voir\nhttps://example.org/une/adresse/longue\nici')
  })

  it('counts colour codes as taking no room', () => {
    const red = (t: string) => `\u001b[31m${t}\u001b[0m`
    // Visible: 'aaa bbb ccc' is 11 columns, within 11, although the string is longer.
    expect(wrapLine(`${red('aaa')} bbb ccc`, 11)).toBe(`${red('aaa')} bbb ccc`)
    expect(wrapLine(`${red('aaa')} bbb ccc`, 8)).toBe(`${red('aaa')} bbb\nccc`)
  })

  it('puts the continuation of a list item under its text, not under its mark', () => {
    expect(wrapMarkedLines(['- Une note assez longue pour tenir sur deux lignes', '  - une sous-note qui déborde elle aussi'], 30)).toBe(
      '- Une note assez longue pour\n  tenir sur deux lignes\n  - une sous-note qui déborde\n    elle aussi',
    )
    expect(wrapMarkedLines(['  > Le texte cité du fournisseur, sur plusieurs lignes'], 30)).toBe('  > Le texte cité du\n    fournisseur, sur plusieurs\n    lignes')
  })

  it('folds each item of a list that comes joined in one string, as a plain list does', () => {
    // The text writer joins a plain list's items once ("- a\n- b"): folded as one line, the second item
    // would have run on after the first one's last word and lost its mark.
    expect(wrapMarkedLines(['- Une note assez longue pour tenir sur deux lignes\n- Une autre note'], 30)).toBe(
      '- Une note assez longue pour\n  tenir sur deux lignes\n- Une autre note',
    )
  })

  it('keeps every word, in order, and every line within the width unless one unbreakable run is wider', () => {
    const word = fc.stringMatching(/^[a-zé0-9€%]{1,12}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 8, max: 60 }), (words, width) => {
        const text = words.join(' ')
        const lines = wrapLine(text, width).split('\n')
        expect(lines.join(' ')).toBe(text)
        for (const l of lines) if (l.length > width) expect(l.split(' ').length === 1 || /\d /.test(l) || / \d{4}/.test(l)).toBe(true)
      }),
    )
  })
})

describe('the text writer folds prose, not tables nor rows', () => {
  const long = 'Les marges sont le temps couvert restant avant l’échéance (négatives : retard), pour chaque incident jugé.'
  const blocks: Block[] = [
    { kind: 'paragraph', content: long },
    { kind: 'list', items: [{ content: long }] },
    { kind: 'list', rows: true, items: [{ content: long }] },
    { kind: 'table', columns: [{ header: 'a' }], rows: [[long]] },
  ]

  it('folds paragraphs and list items to the width, leaves the rows and the table cells whole', () => {
    const text = toText(blocks, false, 40)
    const [paragraph, list, rows, table] = text.trimEnd().split('\n\n')
    expect(paragraph).toBe('Les marges sont le temps couvert restant\navant l’échéance (négatives : retard),\npour chaque incident jugé.')
    expect(list).toBe('- Les marges sont le temps couvert\n  restant avant l’échéance (négatives :\n  retard), pour chaque incident jugé.')
    expect(rows).toBe(`- ${long}`)
    expect(table?.split('\n')[2]).toBe(long)
  })

  it('folds a quoted clause under its mark', () => {
    const quote: Block = { kind: 'quote', text: 'Hetzner will use commercially reasonable efforts to ensure a monthly availability of 99.9%.' }
    // '  > Hetzner will use commercially' is 33 columns, ' reasonable' would make 44 > 40; the next line,
    // indented by 4, takes 'reasonable efforts to ensure a' (4 + 30 = 34), ' monthly' would make 42.
    expect(toText([quote], false, 40)).toBe('  > Hetzner will use commercially\n    reasonable efforts to ensure a\n    monthly availability of 99.9%.\n')
    expect(toText([quote], false)).toBe(`  > ${quote.text}\n`)
  })

  it('without a width (a library call), writes every line whole as before', () => {
    expect(toText(blocks, false).split('\n\n').slice(0, 3)).toEqual([long, `- ${long}`, `- ${long}`])
  })
})
