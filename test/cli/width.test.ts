import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { toText } from '../../src/report/document.js'
import { renderBudget } from '../../src/report/index.js'
import { downtimeBudget } from '../../src/availability/budget.js'
import { parseCommitment } from '../../src/commitment/commitment.js'
import { presets } from '../../src/offers/presets/index.js'
import { parsePeriod } from '../../src/time/period.js'

describe('the width of text tables', () => {
  const table = {
    kind: 'table' as const,
    columns: [{ header: 'Name' }, { header: 'Alpha', align: 'right' as const }, { header: 'Beta' }, { header: 'Gamma' }],
    rows: [
      ['one', '1', 'bb', 'ccc'],
      ['two', '22', 'b', 'c'],
    ],
  }

  it('writes a table that fits as it is', () => {
    expect(toText([table], false, 40)).toBe('Name  Alpha  Beta  Gamma\n----  -----  ----  -----\none       1  bb    ccc\ntwo      22  b     c\n')
    expect(toText([table], false)).toBe(toText([table], false, 40))
  })

  it('cuts a wider one into tables of the columns that fit, each led by the first column', () => {
    // Name (4) + Alpha (5) + Beta (4) with two spaces between: 4 + 2 + 5 + 2 + 4 = 17; Gamma would make 24.
    expect(toText([table], false, 20)).toBe(
      'Name  Alpha  Beta\n----  -----  ----\none       1  bb\ntwo      22  b\n\nName  Gamma\n----  -----\none   ccc\ntwo   c\n',
    )
    // Narrower than the first two columns: one column besides the name in each part, never less.
    expect(toText([table], false, 5).split('\n\n')).toHaveLength(3)
  })

  it('is a report option, checked', () => {
    const budget = downtimeBudget({ commitment: parseCommitment(presets.byId('ovh-vps-2016-value')), period: parsePeriod('2026-04', 'Europe/Paris') })
    const narrow = renderBudget(budget, { format: 'text', width: 60 })
    expect(narrow).not.toBe(renderBudget(budget, { format: 'text' }))
    for (const line of narrow.split('\n').filter((l) => /^(Band|-{5}|no credit|≥|<)/.test(l))) expect([...line].length, line).toBeLessThanOrEqual(60)
    expect(() => renderBudget(budget, { format: 'text', width: 0 })).toThrow(InputError)
  })
})
