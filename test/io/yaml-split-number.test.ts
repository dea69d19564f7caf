/**
 * A decimal comma inside a YAML `{ … }` map ends the entry: `{ amount: 6,50 }` is an amount of 6 and a key
 * `50` with no value. Read quietly, a fee of 6.50 was billed as 6.00; the reader refuses it and says how to
 * write it.
 */
import { describe, expect, it } from 'vitest'
import { InputError, type InputIssue } from '../../src/index.js'
import { parseClientList, parseIncidentsYaml } from '../../src/io/index.js'
import { localiseInputError } from '../../src/messages/index.js'

function issuesOf(call: () => unknown): InputIssue[] {
  try {
    call()
  } catch (error) {
    // code and params are not enumerable: read one by one.
    if (error instanceof InputError) return error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code, params: i.params }))
    throw error
  }
  throw new Error('no InputError')
}

describe('a number split by a comma in a YAML { … } map', () => {
  it('is refused with its line, its column and both halves', () => {
    // Line 2: `- { element: vps-2, fee: { amount: 6,50, currency: EUR } }`; "- { element: vps-2, " is 20 characters,
    // "fee: { amount: " 15 more, so "6" is the 36th and the comma that splits it the 37th.
    const text = '- { element: vps-1, fee: 9.99, currency: EUR }\n- { element: vps-2, fee: { amount: 6,50, currency: EUR } }\n'
    const [issue, ...rest] = issuesOf(() => parseClientList(text, { format: 'yaml' }))
    expect(rest).toEqual([])
    expect(issue).toMatchObject({ path: '', code: 'yaml-split-number', params: { line: 2, column: 37, written: '6,50', before: '6', after: '50' } })
    expect(issue!.message).toBe(
      'line 2, column 37: a number written with a decimal comma, 6,50, is split in two in a YAML { … } map (the number 6 and a key 50); write 6.50 or "6,50"',
    )
  })

  it('is worded in French', () => {
    try {
      parseClientList('- { element: vps-1, fee: 12,5, currency: EUR }\n', { format: 'yaml' })
    } catch (error) {
      // "12" starts at the 26th character of `- { element: vps-1, fee: 12,5, currency: EUR }`: the comma is the 28th.
      expect(localiseInputError(error as InputError, 'fr')).toContain(
        'ligne 1, colonne 28\u00a0: en YAML, un nombre écrit avec une virgule décimale entre { }, ici 12,5, est coupé en deux (le nombre 12 et une clé 5)\u00a0; écrivez 12.5 ou "12,5"',
      )
      return
    }
    throw new Error('no InputError')
  })

  it('is found in every file read as YAML, one problem per split number', () => {
    const text = 'incidents:\n  - { start: 2026-03-02T10:00:00Z, end: 2026-03-02T11:00:00Z, weight: 0,5 }\n  - { id: b, x: 2,25 }\n'
    expect(issuesOf(() => parseIncidentsYaml(text)).map((i) => [i.code, i.params?.written])).toEqual([
      ['yaml-split-number', '0,5'],
      ['yaml-split-number', '2,25'],
    ])
  })

  it('leaves alone what someone writes on purpose', () => {
    // A key of digits with a value, a space after the comma, a list of numbers, a block map's text "6,50"
    // (read as 6.50 by the client list), a whole number before a named key, and one before a key that is
    // not only digits (1,000.25 in English: left to the schemas).
    const text = [
      '- { element: vps-1, fee: 6, 50: x, currency: EUR }',
      '- { element: vps-2, fee: 6, 50 , currency: EUR }',
      '- { element: vps-3, fee: 7, currency: EUR, tags: [6,50] }',
      '- element: vps-4',
      '  fee: 6,50',
      '  currency: EUR',
      '- { element: vps-5, fee: 8, currency: EUR, offset: -1,name: n }',
      '- { element: vps-6, fee: 9, currency: EUR, total: 1,000.25 }',
    ].join('\n')
    const { clients } = parseClientList(text, { format: 'yaml' })
    expect(clients.map((c) => [c.id, c.fee?.amount])).toEqual([
      ['vps-1', '6'],
      ['vps-2', '6'],
      ['vps-3', '7'],
      ['vps-4', '6.50'],
      ['vps-5', '8'],
      ['vps-6', '9'],
    ])
  })
})
