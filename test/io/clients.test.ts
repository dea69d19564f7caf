import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { parseClientList } from '../../src/io/index.js'

describe('parseClientList, CSV', () => {
  it('reads a French spreadsheet export: `;`, decimal comma, an empty fee kept without one', () => {
    const { clients, skipped } = parseClientList('element;montant;devise;nom;service\nvps-01;9,99;EUR;Alice;vps-s\nvps-02;;;Bob;\n')
    expect(clients).toEqual([
      { id: 'vps-01', fee: { amount: '9.99', currency: 'EUR' }, name: 'Alice', service: 'vps-s', feeSource: 'client-list' },
      { id: 'vps-02', name: 'Bob', feeSource: 'client-list' },
    ])
    expect(skipped).toEqual([])
  })

  it('skips, with its line and reason, every row it cannot bill; never drops one silently', () => {
    const text = [
      'element,fee,currency,name', // line 1
      'vps-01,10,EUR,Alice', // 2: kept
      ',5,EUR,Carol', // 3: no element
      '"vps-03","1', // 4-5: a quoted fee across two lines, not an amount
      '0",EUR,Dan',
      'vps-04,abc,EUR,Eve', // 6: not an amount
      'vps-05,5,ZZZ,Fay', // 7: no such currency
      'vps-01,12,EUR,Gus', // 8: already billed at line 2
      'vps-06,5,,Hal', // 9: a fee without currency
      '"vps-07, vps-08",5,EUR,Ivy', // 10: two elements, one fee
      '', // 11: blank, ignored
      'vps-09,,EUR,Jo', // 12: a currency without fee
    ].join('\n')
    const { clients, skipped } = parseClientList(text)
    expect(clients.map((c) => c.id)).toEqual(['vps-01'])
    expect(skipped.map((s) => s.line)).toEqual([3, 4, 6, 7, 8, 9, 10, 12])
    expect(skipped[0]!.reason).toMatch(/^element: is empty/)
    expect(skipped[1]!.reason).toMatch(/^fee: "1\\n0" is not an amount/)
    expect(skipped[3]!.reason).toMatch(/^currency: "ZZZ" is not an ISO 4217 code/)
    expect(skipped[4]!.reason).toBe('element: "vps-01" is already billed (line 2); one row per element')
    expect(skipped[5]!.reason).toMatch(/^currency: is empty/)
    expect(skipped[6]!.reason).toMatch(/names more than one element/)
    expect(skipped[7]!.reason).toMatch(/^fee: is empty but currency is "EUR"/)
  })

  it('takes the currency option for rows without one', () => {
    // 9.5 written with a dot, 7 whole: both read exactly, in the default currency.
    const { clients } = parseClientList('element,fee\na,9.5\nb,7\n', { currency: 'eur' })
    expect(clients.map((c) => c.fee)).toEqual([{ amount: '9.5', currency: 'EUR' }, { amount: '7', currency: 'EUR' }])
  })

  it('refuses a file with no element column, naming its columns', () => {
    expect(() => parseClientList('client_id;fee\na;1\n')).toThrow(InputError)
    expect(() => parseClientList('client_id;fee\na;1\n')).toThrow(/no "element" column/)
  })
})

describe('parseClientList, JSON and YAML', () => {
  it('reads a YAML list under clients, with lines and paths for what it skips', () => {
    const { clients, skipped } = parseClientList('clients:\n  - { element: a, fee: 5, currency: eur, name: Ann }\n  - { element: a, fee: 5, currency: EUR }\n  - 3\n  - { element: b, fee: { amount: "4.99", currency: CHF } }\n')
    expect(clients).toEqual([
      { id: 'a', fee: { amount: '5', currency: 'EUR' }, name: 'Ann', feeSource: 'client-list' },
      { id: 'b', fee: { amount: '4.99', currency: 'CHF' }, feeSource: 'client-list' },
    ])
    expect(skipped.map((s) => [s.line, s.path])).toEqual([
      [3, 'clients[1]'],
      [4, 'clients[2]'],
    ])
    expect(skipped[0]!.reason).toBe('element: "a" is already billed (clients[0]); one row per element')
  })

  it('reads a JSON list, where id stands for element', () => {
    const { clients } = parseClientList('[{"id":"vps-1","fee":"9.99","currency":"EUR"}]')
    expect(clients).toEqual([{ id: 'vps-1', fee: { amount: '9.99', currency: 'EUR' }, feeSource: 'client-list' }])
  })

  it('refuses a document that is no list', () => {
    expect(() => parseClientList('{"x":1}', { format: 'json' })).toThrow(/must be a list of clients/)
  })
})

describe('parseClientList, a client in service part of the month', () => {
  it('reads from / until, or début / fin, as dates or instants with their offset', () => {
    const { clients, skipped } = parseClientList('élément;montant;devise;Début;Fin\nvps-01;9,99;EUR;2026-03-16;\nvps-02;5;EUR;;2026-03-11T12:00:00+01:00\nvps-03;5;EUR;16/03/2026;\n')
    expect(clients).toEqual([
      { id: 'vps-01', fee: { amount: '9.99', currency: 'EUR' }, from: '2026-03-16', feeSource: 'client-list' },
      { id: 'vps-02', fee: { amount: '5', currency: 'EUR' }, until: '2026-03-11T12:00:00+01:00', feeSource: 'client-list' },
    ])
    // A day written the French way is not guessed at: the row is skipped with its reason.
    expect(skipped).toEqual([expect.objectContaining({ line: 4, reason: 'from: "16/03/2026" is not a date such as 2026-03-16 or an instant such as 2026-03-16T08:00:00+01:00' })])
  })

  it('reads them from JSON and YAML', () => {
    const json = parseClientList('[{"element":"a","fee":"1","currency":"EUR","from":"2026-03-16","until":"2026-03-20"}]', { format: 'json' })
    expect(json.clients[0]).toMatchObject({ id: 'a', from: '2026-03-16', until: '2026-03-20' })
    const yaml = parseClientList('clients:\n  - element: b\n    until: 2026-03-11\n', { format: 'yaml' })
    expect(yaml.clients[0]).toMatchObject({ id: 'b', until: '2026-03-11' })
    expect(yaml.skipped).toEqual([])
  })
})
