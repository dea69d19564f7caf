import { describe, expect, it } from 'vitest'
import { customPeriod, monthlyStatement } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'

// Regressions from an adversarial trial: names that could drive a terminal or bend a Markdown table.

const COMMITMENT = { credit: { type: 'tiers', tiers: [{ atLeast: '99', credit: '0' }, { below: '99', credit: '10' }] } } as const
const FEE = { amount: '10', currency: 'EUR' }

function statementOf(element: string, label = 'March') {
  const period = customPeriod({ start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z', label })
  return monthlyStatement({
    commitment: COMMITMENT,
    period,
    elements: [{ id: element, fee: FEE }],
    incidents: [{ id: `${element}-down`, start: '2026-03-02T10:00:00Z', end: '2026-03-02T12:00:00Z', elements: [element] }],
  })
}

// Any C0 control but line feed (and tab outside tables), DEL and C1 controls.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/

describe('control characters in names are shown, never sent to the terminal', () => {
  it('an id carrying a terminal title sequence and a screen clear', () => {
    const hostile = 'vps\u001b]0;pwned\u0007\u001b[2J\b'
    for (const format of ['text', 'markdown'] as const) {
      const out = renderStatement(statementOf(hostile), { format, lang: 'en' })
      expect(out).not.toMatch(RAW_CONTROL)
      expect(out).toContain(format === 'text' ? 'vps\\x1b]0;pwned\\x07\\x1b[2J\\x08' : 'vps\\x1b\\]0;pwned\\x07\\x1b\\[2J\\x08')
    }
  })
})

describe('Markdown: a lone carriage return neither splits a row nor starts a heading', () => {
  it("an id 'vps\\r| evil | row |' stays in its cell", () => {
    const out = renderStatement(statementOf('vps\r| evil | row |'), { format: 'markdown', lang: 'en' })
    expect(out).not.toContain('\r')
    // The cell edges of the name are escaped: no line of the document holds an unescaped "| evil |".
    for (const line of out.split('\n')) expect(line).not.toMatch(/(^|[^\\])\| evil \|/)
  })

  it("a period label 'March\\r# Injected heading' is no heading", () => {
    const out = renderStatement(statementOf('vps-1', 'March\r# Injected heading'), { format: 'markdown', lang: 'en' })
    expect(out).not.toContain('\r')
    expect(out.split('\n').filter((l) => l.startsWith('# Injected'))).toEqual([])
  })
})
