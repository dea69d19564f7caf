/**
 * The monthly statement carries the compliance figures of its GTI/GTR, and its report shows them in every
 * format and language, with a chart in HTML (issue 14, item 6).
 */
import { describe, expect, it } from 'vitest'
import { monthlyStatement } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'

const H = 3_600_000
const MIN = 60_000
const commitment = {
  timeZone: 'UTC',
  credit: { type: 'pro-rata' as const },
  gti: { within: 'PT4H', byPriority: { P1: { within: 'PT1H' } }, penalty: { perBreach: '5' } },
}
const at = (day: number, h: number, m = 0) => new Date(Date.UTC(2026, 3, day, h, m)).toISOString()
// April 2026, UTC, every clock 24/7.
const incidents = [
  // P1, 1 h allowed, intervention after 30 min: met, 30 min ahead.
  { id: 'a', priority: 'P1', start: at(2, 10), end: at(2, 18), reportedAt: at(2, 10), interventionAt: at(2, 10, 30), elements: ['vps-1'] },
  // P1, intervention after 2 h: breached, 1 h late.
  { id: 'b', priority: 'P1', start: at(3, 10), end: at(3, 18), reportedAt: at(3, 10), interventionAt: at(3, 12), elements: ['vps-1'] },
  // P2 takes the guarantee's 4 h: intervention after 3 h, met, 1 h ahead.
  { id: 'c', priority: 'P2', start: at(4, 10), end: at(4, 18), reportedAt: at(4, 10), interventionAt: at(4, 13), elements: ['vps-1'] },
  // No priority, 4 h: intervention after 5 h, breached, 1 h late.
  { id: 'd', start: at(5, 10), end: at(5, 18), reportedAt: at(5, 10), interventionAt: at(5, 15), elements: ['vps-1'] },
]
const statement = monthlyStatement({ commitment, month: '2026-04', incidents, elements: [{ id: 'vps-1', fee: { amount: '10.00', currency: 'EUR' } }] })

describe('compliance figures in the monthly statement', () => {
  it('groups the outcomes by priority, with the counts, shares, margins and penalties worked by hand', () => {
    const c = statement.compliance!
    const rows = c.rows.map((r) => [r.priority, r.incidents, r.met, r.breached, r.withinPercent?.toString() ?? null, r.marginBusiness, r.penaltyPercent.toString()])
    expect(rows).toEqual([
      // P1: met by 30 min, late by 1 h: 1 of 2, mean (30 − 60) / 2 = −15 min, worst −1 h; one breach at 5 %.
      ['P1', 2, 1, 1, '50', { mean: -15 * MIN, p90: -H, worst: -H }, '5'],
      // P2: one met 1 h ahead.
      ['P2', 1, 1, 0, '100', { mean: H, p90: H, worst: H }, '0'],
      // No priority: one 1 h late, 5 %.
      [null, 1, 0, 1, '0', { mean: -H, p90: -H, worst: -H }, '5'],
    ])
    expect(c.rows.every((r) => r.kind === 'gti' && r.month === '2026-04')).toBe(true)
    // All four: 2 of 4, mean (30 − 60 + 60 − 60) / 4 = −7.5 min; penalties 5 + 5 = 10 %.
    const [total] = c.totals
    expect([total!.incidents, total!.met, total!.breached, total!.withinPercent!.toString(), total!.marginBusiness!.mean, total!.penaltyPercent.toString()]).toEqual([4, 2, 2, '50', -7.5 * MIN, '10'])
    // The counts add up to the incidents, per row and in total.
    for (const r of [...c.rows, ...c.totals]) expect(r.met + r.breached + r.pending + r.notEvaluable + r.notApplicable).toBe(r.incidents)
    expect(c.rows.reduce((n, r) => n + r.incidents, 0)).toBe(total!.incidents)
    expect(total!.incidents).toBe(statement.guaranteeStats!.gti!.incidents)
  })

  it('is a table in text and Markdown, in English and French', () => {
    const en = renderStatement(statement, { format: 'text', lang: 'en', color: false })
    expect(en).toContain('GTI and GTR compliance')
    expect(en).toMatch(/GTI\s+2026-04\s+P1\s+—\s+2\s+1\s+1\s+0\s+0\s+50(\.0)?\s?%/)
    const fr = renderStatement(statement, { format: 'markdown', lang: 'fr' })
    expect(fr).toContain('### Respect des GTI et GTR')
    expect(fr).toContain('| Garantie | Mois | Priorité |')
    expect(fr).toMatch(/\| GTI \| tous \| — \| — \| 4 \| 2 \| 2 \|/)
  })

  it('has a chart of the share met per priority in HTML', () => {
    const html = renderStatement(statement, { format: 'html', lang: 'fr' })
    expect(html).toContain('aria-label="Part respectée par priorité"')
    // P1 half met (a red bar), P2 all met (a green one).
    expect(html).toContain('<title>GTI P1: 1/2</title>')
    expect(html).toContain('<title>GTI P2: 1/1</title>')
    expect(renderStatement(statement, { format: 'html', lang: 'en' })).toContain('aria-label="Share met per priority"')
  })

  it('is in the JSON with its figures as strings', () => {
    const doc = JSON.parse(renderStatement(statement, { format: 'json' }))
    expect(doc.compliance.totals[0]).toMatchObject({ kind: 'gti', incidents: 4, met: 2, breached: 2, withinPercent: '50', penaltyPercent: '10' })
    expect(doc.compliance.rows).toHaveLength(3)
  })

  it('is absent from a statement whose commitment has no guarantee', () => {
    const plain = monthlyStatement({ commitment: { timeZone: 'UTC' }, month: '2026-04', incidents, elements: [{ id: 'vps-1' }] })
    expect(plain.compliance).toBeUndefined()
    expect(renderStatement(plain, { format: 'text', lang: 'en', color: false })).not.toContain('compliance')
  })
})
