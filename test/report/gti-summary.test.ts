import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import { gtiCommitment, gtiIncidents } from './fixtures.js'

// A treasurer reads the GTI summary and the compliance table just below it as one account: the summary
// counted only the judged incidents ("2 incidents concernés") while the table's "Incidents" column counts
// every one (3, of which 1 "non jugée"). Both now add up the same, in both languages and every format.

const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' })
const elements = [{ id: 'mail', fee: { amount: '20.00', currency: 'EUR' } }]
// "met" and "late" are judged; "maint" is scheduled maintenance, where the GTI does not apply; "silent"
// has neither a report nor a detection time, so its GTI cannot start: not evaluable.
const silent = { id: 'silent', start: '2026-03-24T10:00:00+01:00', end: '2026-03-24T10:30:00+01:00', elements: ['mail'] }
const statement = monthlyStatement({ commitment: gtiCommitment, period: march, incidents: [...gtiIncidents, silent], elements })
const withoutUnjudged = monthlyStatement({ commitment: gtiCommitment, period: march, incidents: gtiIncidents.slice(0, 2), elements })

const plain = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')

describe('the GTI summary and the compliance table count the same incidents', () => {
  it('the library figures behind both: 4 incidents, 2 judged, 1 not applicable, 1 not evaluable', () => {
    expect(statement.guaranteeStats?.gti).toMatchObject({ incidents: 2, met: 1, breached: 1, pending: 0 })
    expect(statement.compliance?.totals.find((r) => r.kind === 'gti')).toMatchObject({ incidents: 4, met: 1, breached: 1, pending: 0, notApplicable: 1, notEvaluable: 1 })
  })

  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`in French, ${format}`, () => {
      const out = plain(renderStatement(statement, { format, lang: 'fr', width: 300 }))
      // 4 = 1 respectée + 1 non respectée + 0 en attente + 2 non jugées (1 sans objet, 1 non évaluable).
      expect(out).toContain('GTI : 4 incidents, 1 respectée, 1 non respectée, 0 en attente, 2 non jugées (1 sans objet, 1 non évaluable) ; 50 % dans les délais')
      expect(out).not.toContain('concerné')
    })
    it(`in English, ${format}`, () => {
      const out = plain(renderStatement(statement, { format, lang: 'en', width: 300 }))
      expect(out).toContain('GTI: 4 incidents, 1 met, 1 breached, 0 pending, 2 not judged (1 not applicable, 1 not evaluable); 50')
      expect(out).not.toContain('covered,')
    })
  }

  it('names the one reason alone, and says nothing of unjudged incidents when there are none', () => {
    const one = plain(renderStatement(monthlyStatement({ commitment: gtiCommitment, period: march, incidents: [gtiIncidents[0]!, silent], elements }), { format: 'text', lang: 'fr', width: 300 }))
    expect(one).toContain('GTI : 2 incidents, 1 respectée, 0 non respectée, 0 en attente, 1 non jugée (non évaluable) ;')
    expect(plain(renderStatement(withoutUnjudged, { format: 'text', lang: 'fr', width: 300 }))).toContain('GTI : 2 incidents, 1 respectée, 1 non respectée, 0 en attente ; 50 % dans les délais')
    expect(plain(renderStatement(withoutUnjudged, { format: 'text', lang: 'en', width: 300 }))).toContain('GTI: 2 incidents, 1 met, 1 breached, 0 pending; 50')
  })

  it('the table’s own total row says the same figures', () => {
    const row = plain(renderStatement(statement, { format: 'text', lang: 'fr', width: 300 }))
      .split('\n')
      .find((l) => /^GTI +tous/.test(l))
    // Incidents, Respectées, Non respectées, En attente, Non jugées.
    expect(row?.split(/ {2,}/).slice(4, 9)).toEqual(['4', '1', '1', '0', '2'])
  })
})
