/**
 * Fees as a spreadsheet writes them: a treasurer's sheet formatted as money exports `9,99 €` and
 * `1 234,50 €` (its thousands grouped by a no-break space), which a client list reads as the figures they
 * are; what could be read two ways stays refused with its reason.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatReaderIssue, parseClientList } from '../../src/io/index.js'
import { readAmountCell } from '../../src/io/clients.js'

describe('a fee cell', () => {
  it('reads a decimal comma or point, thousands grouped by a space of any width, and a sign or code either side', () => {
    const cases: [string, { amount: string; currency?: string }][] = [
      ['9,99', { amount: '9.99' }],
      ['9.99', { amount: '9.99' }],
      ['12', { amount: '12' }],
      ['1 234,50', { amount: '1234.50' }],
      ['1\u00a0234,50\u00a0€', { amount: '1234.50', currency: 'EUR' }],
      ['12\u202f345\u202f678', { amount: '12345678' }],
      ['9,99 €', { amount: '9.99', currency: 'EUR' }],
      ['9,99€', { amount: '9.99', currency: 'EUR' }],
      ['€5', { amount: '5', currency: 'EUR' }],
      ['£ 7.5', { amount: '7.5', currency: 'GBP' }],
      ['EUR 12.50', { amount: '12.50', currency: 'EUR' }],
      ['12,50 chf', { amount: '12.50', currency: 'CHF' }],
      ['  3,5  ', { amount: '3.5' }],
    ]
    for (const [cell, read] of cases) expect([cell, readAmountCell(cell)]).toEqual([cell, read])
  })

  it('refuses what could be read two ways, or is no amount', () => {
    // 1,234.50 is 1234.5 in English and no number in French; 1.234,50 the other way round; $ names a dozen
    // currencies; 12 34 is no grouping by thousands; a sign on both sides, a negative fee, words.
    for (const cell of ['1,234.50', '1.234,50', '1,234,567', '$5', '5 $', '12 34', '€5€', 'EUR 5 EUR', '-5', '5-', 'neuf', '', '€', '1 234 5', ',5', '5,', '9,99 € HT'])
      expect([cell, readAmountCell(cell)]).toEqual([cell, undefined])
  })

  it('gives the same figure as the plain decimal it stands for, however it is written', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }), fc.constantFrom(' ', '\u00a0', '\u202f', ''), fc.constantFrom(',', '.'), fc.constantFrom('', ' €', '€', 'EUR ', ' EUR'), (whole, decimals, space, mark, sign) => {
        const digits = whole.toString()
        // Grouped by threes from the right, or not at all.
        const grouped = space === '' ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, space)
        const number = decimals === undefined ? grouped : `${grouped}${mark}${decimals}`
        const cell = sign.startsWith('E') && sign.endsWith(' ') ? `${sign}${number}` : `${number}${sign}`
        const read = readAmountCell(cell)
        expect(read?.amount).toBe(decimals === undefined ? digits : `${digits}.${decimals}`)
        expect(read?.currency).toBe(sign === '' ? undefined : 'EUR')
      }),
      { numRuns: 500 },
    )
  })
})

describe('a client list exported from a sheet formatted as money', () => {
  it('bills each client at the fee its cell shows, in the currency its cell or column names', () => {
    // As LibreOffice exports a sheet whose fees are formatted as euros: a byte-order mark, ";", CRLF.
    const text = '\uFEFFelement;montant;devise;nom\r\nvps-1;9,99 €;EUR;Alice\r\nvps-2;1\u00a0234,50 €;;Bob\r\nvps-3;12.5;eur;Carol\r\nvps-4;£5;;Dan\r\n'
    const { clients, skipped } = parseClientList(text)
    expect(skipped).toEqual([])
    expect(clients.map((c) => [c.id, c.fee])).toEqual([
      ['vps-1', { amount: '9.99', currency: 'EUR' }],
      ['vps-2', { amount: '1234.50', currency: 'EUR' }],
      ['vps-3', { amount: '12.5', currency: 'EUR' }],
      ['vps-4', { amount: '5', currency: 'GBP' }],
    ])
  })

  it('skips a row whose cell and column name two currencies, or whose cell names an unknown one, saying which', () => {
    const text = 'element;fee;currency\nvps-1;9,99 €;GBP\nvps-2;9,99 XYZ;\nvps-3;9,99 €;EUR\n'
    const { clients, skipped } = parseClientList(text, { currency: 'CHF' })
    expect(clients.map((c) => [c.id, c.fee])).toEqual([['vps-3', { amount: '9.99', currency: 'EUR' }]])
    expect(skipped.map((r) => formatReaderIssue(r))).toEqual(['line 2: fee: "9,99 €" is in EUR but the currency given is GBP', 'line 3: currency: "XYZ" is not an ISO 4217 code such as EUR'])
    expect(skipped.map((r) => formatReaderIssue(r, 'fr'))).toEqual([
      'ligne 2\u00a0: fee\u00a0: "9,99 €" est en EUR mais la devise indiquée est GBP',
      'ligne 3\u00a0: currency\u00a0: "XYZ" n’est pas un code ISO 4217 comme EUR',
    ])
  })

  it('reads the sign of a fee in JSON or YAML too, and a cell\'s own currency before the list\'s default', () => {
    const { clients } = parseClientList('- { element: a, fee: "9,99 €" }\n- { element: b, fee: { amount: "£3" } }\n- { element: c, fee: 4 }\n', { format: 'yaml', currency: 'CHF' })
    expect(clients.map((c) => c.fee)).toEqual([
      { amount: '9.99', currency: 'EUR' },
      { amount: '3', currency: 'GBP' },
      { amount: '4', currency: 'CHF' },
    ])
  })
})
