/**
 * The JSON statement counts a guarantee's incidents as its text does: the summary and the compliance table
 * say 4 incidents, of which 2 not judged; the JSON said 2, the judged ones alone. It now says 4, and keeps
 * the judged count beside the two reasons for the others.
 */
import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import { gtiCommitment, gtiIncidents } from '../report/fixtures.js'

const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const elements = [{ id: 'mail', fee: { amount: '20.00', currency: 'EUR' } }]
// Neither a report nor a detection time: the GTI clock cannot start, so it is not evaluable.
const silent = { id: 'silent', start: '2026-03-24T10:00:00+01:00', end: '2026-03-24T10:30:00+01:00', elements: ['mail'] }

const json = (incidents: readonly unknown[]) => JSON.parse(renderStatement(monthlyStatement({ commitment: gtiCommitment, period: march, incidents: incidents as never, elements }), { format: 'json' }))

describe('the JSON statement counts the incidents of a guarantee as the text does', () => {
  it('every incident, the judged ones apart: 4 = 2 judged + 1 not applicable + 1 not evaluable', () => {
    const doc = json([...gtiIncidents, silent])
    expect(doc.guaranteeStats.gti).toMatchObject({ incidents: 4, judged: 2, notApplicable: 1, notEvaluable: 1, met: 1, breached: 1, pending: 0, withinPercent: '50' })
    // The same count as the compliance table's total row.
    expect(doc.compliance.totals.find((r: { kind: string }) => r.kind === 'gti').incidents).toBe(doc.guaranteeStats.gti.incidents)
    // And as the text: "GTI: 4 incidents, 1 met, 1 breached, 0 pending, 2 not judged".
    const text = renderStatement(monthlyStatement({ commitment: gtiCommitment, period: march, incidents: [...gtiIncidents, silent], elements }), { format: 'text', lang: 'en', width: 300 })
    expect(text).toContain('GTI: 4 incidents, 1 met, 1 breached, 0 pending, 2 not judged')
  })

  it('all judged: the two counts agree and nothing is left aside', () => {
    const doc = json(gtiIncidents.slice(0, 2))
    expect(doc.guaranteeStats.gti).toMatchObject({ incidents: 2, judged: 2, notApplicable: 0, notEvaluable: 0 })
  })
})
