import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod, presets } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import { groupWarnings, lineRanges } from '../../src/report/warning-groups.js'
import { type StatementWarning } from '../../src/statement/warnings.js'

// A log whose dates are all written in another form used to give the report one four-line warning per row:
// 100,000 such rows, 300,000 lines before the first explanation. The rows of one file skipped for the same
// reason are now told once, with the lines of the others; every line is still named.

const startCell = { count: 1, '0.column': 'start', '0.code': 'not-iso' }
const endCell = { count: 1, '0.column': 'end', '0.code': 'not-iso' }
const row = (file: string, line: number, params = startCell, code = 'cells'): StatementWarning => ({ kind: 'skipped-row', file, line, reason: `${String(params['0.column'])}: not a date`, code, params })

describe('groupWarnings', () => {
  it('counts each row skipped for a reason met before in its file under the first such row', () => {
    const warnings: StatementWarning[] = [
      row('a.csv', 3), // 0: first of its reason
      row('a.csv', 4),
      row('a.csv', 5, endCell), // 2: another column, another reason
      row('b.csv', 4), // 3: another file
      { kind: 'skipped-row', file: 'a.csv', path: 'tickets[2]', reason: 'start: not a date', code: 'cells', params: startCell }, // 4: no line
      { kind: 'unknown-fee', elements: ['web'] }, // 5
      row('a.csv', 9),
      row('a.csv', 6, endCell),
      row('a.csv', 10, startCell, 'no-start'), // 8: another code
      row('a.csv', 11),
    ]
    expect(groupWarnings(warnings)).toEqual([
      { index: 0, more: [4, 9, 11] },
      { index: 2, more: [6] },
      { index: 3, more: [] },
      { index: 4, more: [] },
      { index: 5, more: [] },
      { index: 8, more: [] },
    ])
  })

  it('keeps warnings that are not skipped rows each on its own, in their order', () => {
    const fee: StatementWarning = { kind: 'unknown-fee', elements: ['web'] }
    expect(groupWarnings([fee, fee])).toEqual([
      { index: 0, more: [] },
      { index: 1, more: [] },
    ])
    expect(groupWarnings([])).toEqual([])
  })
})

describe('lineRanges', () => {
  const span = (a: number, b: number) => `${a}–${b}`
  it('writes three lines or more in a row as a span, two as two', () => {
    expect(lineRanges([4, 5, 6, 7, 9, 10, 13], span)).toBe('4–7, 9, 10, 13')
    expect(lineRanges([1, 2, 3], span)).toBe('1–3')
    expect(lineRanges([1, 2], span)).toBe('1, 2')
    expect(lineRanges([8], span)).toBe('8')
    expect(lineRanges([], span)).toBe('')
    // In the order met: a line before the last starts a new run.
    expect(lineRanges([5, 6, 7, 3, 4], span)).toBe('5–7, 3, 4')
  })
})

describe('a statement report tells rows skipped for the same reason once', () => {
  // Lines 3 to 10 and 13 of log.csv have a start in another form; line 11 an end in another form.
  const skipped = [3, 4, 5, 6, 7, 8, 9, 10, 13].map((line) => ({ file: 'log.csv', line, reason: 'start: "02/03/2026 10:00" is not an ISO-8601 instant', code: 'cells', params: startCell }))
  skipped.splice(8, 0, { file: 'log.csv', line: 11, reason: 'end: "later" is not an ISO-8601 instant', code: 'cells', params: endCell })
  const statement = monthlyStatement({
    commitment: presets.ovhVps2016.starter,
    period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
    incidents: [],
    elements: [{ id: 'vps-1', fee: { amount: '10.00', currency: 'EUR' } }],
    skipped,
  })

  it('in text, in English and in French: the first row in full, the others by their lines beneath it', () => {
    const en = renderStatement(statement, { format: 'text', lang: 'en', width: 300 })
    expect(en).toContain(
      [
        '- Row skipped (log.csv:3): start: "02/03/2026 10:00" is not an ISO-8601 instant',
        // 4–10 less 11, and 13: lines 4 to 10 and 13, 8 rows.
        '  - 8 more rows skipped for the same reason: lines 4–10, 13.',
        '- Row skipped (log.csv:11): end: "later" is not an ISO-8601 instant',
      ].join('\n'),
    )
    expect(en).not.toContain('log.csv:4')
    const fr = renderStatement(statement, { format: 'text', lang: 'fr', width: 300 }).replace(/\u00a0/g, ' ')
    expect(fr).toContain('  - 8 autres lignes écartées pour la même raison : lignes 4 à 10, 13.')
  })

  it('one more row is said in the singular', () => {
    const two = monthlyStatement({ ...statementInput(), skipped: skipped.filter((s) => s.line === 3 || s.line === 13) })
    expect(renderStatement(two, { format: 'text', lang: 'en', width: 300 })).toContain('  - One more row skipped for the same reason: line 13.')
    expect(renderStatement(two, { format: 'text', lang: 'fr', width: 300 }).replace(/\u00a0/g, ' ')).toContain('  - Une autre ligne écartée pour la même raison : ligne 13.')
  })

  it('in Markdown and HTML as a list beneath the first row', () => {
    expect(renderStatement(statement, { format: 'markdown', lang: 'en' })).toContain('  - 8 more rows skipped for the same reason: lines 4–10, 13.')
    const html = renderStatement(statement, { format: 'html', lang: 'en' })
    expect(html).toContain('is not an ISO-8601 instant</span><ul><li><span class="warn">8 more rows skipped for the same reason: lines 4–10, 13.</span></li></ul></li>')
  })

  it('in JSON, every row is kept as its own warning', () => {
    const json = JSON.parse(renderStatement(statement, { format: 'json', lang: 'en' })) as { warnings: { line?: number }[] }
    expect(json.warnings.map((w) => w.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 13])
  })

  function statementInput() {
    return {
      commitment: presets.ovhVps2016.starter,
      period: monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }),
      incidents: [],
      elements: [{ id: 'vps-1', fee: { amount: '10.00', currency: 'EUR' } }],
    }
  }
})
