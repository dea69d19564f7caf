import { describe, expect, it } from 'vitest'
import { customPeriod, monthlyStatement, presets } from '../../src/index.js'
import { REPORT_FORMATS, REPORT_LANGUAGES, renderStatement } from '../../src/report/index.js'
import { march, PCT } from './fixtures.js'

const NBSP = '\u00a0'

describe('renderStatement on less usual statements', () => {
  // Partial outages weigh 0.5, availability is rounded to 2 decimals, a model per started hour adds up
  // with the bands, the cap is 30 %, an incident is still open, and fees are in two currencies.
  const commitment = {
    id: 'unusual',
    timeZone: 'Europe/Paris',
    measurement: { weights: { partial: '0.5' }, rounding: { decimals: 2, mode: 'half-up' }, exclusions: 'out-of-period', minimumOutage: 'PT5M' },
    credit: [
      { type: 'tiers', tiers: [{ atLeast: '99', below: '99.9', credit: '5' }, { below: '99', credit: '25' }] },
      { type: 'per-duration', percent: '2.5', per: 'PT1H' },
    ],
    cap: '30',
  } as const
  const incidents = [
    { id: 'half', start: '2026-03-03T10:00:00Z', end: '2026-03-03T12:00:00Z', impact: 'partial' as const },
    { id: 'blip', start: '2026-03-04T10:00:00Z', end: '2026-03-04T10:02:00Z' },
    { id: 'planned', start: '2026-03-05T01:00:00Z', end: '2026-03-05T03:00:00Z', cause: 'maintenance' as const },
    { id: 'open', start: '2026-03-30T08:00:00Z' },
  ]
  const statement = monthlyStatement({
    commitment,
    period: march,
    incidents,
    asOf: '2026-03-30T20:00:00Z',
    elements: [
      { id: 'a', fee: { amount: '10', currency: 'EUR' } },
      { id: 'b', fee: { amount: '1000', currency: 'JPY' } },
    ],
  })

  it('explains weights, rounding, exclusions out of the period, short incidents, open incidents and caps', () => {
    const text = renderStatement(statement, { format: 'text', lang: 'fr' })
    expect(text).toContain(`× 0,5 = 1${NBSP}h d’indisponibilité`)
    expect(text).toContain('moins que la durée minimale d’une panne')
    expect(text).toContain('retiré de la période')
    expect(text).toContain('Arrondi comme le prévoit l’engagement')
    expect(text).toContain('Les incidents encore ouverts sont mesurés jusqu’au 30/03/2026 22:00.')
    expect(text).toContain('du 30/03/2026 10:00 au 30/03/2026 22:00 (en cours)')
    expect(text).toContain(`unités d’indisponibilité`)
    expect(text).toContain(`Le crédit est plafonné à 30${PCT}% du montant mensuel.`)
    expect(text).toContain('JPY')
    expect(text.match(/^(EUR|JPY) /gm)).toHaveLength(2)
  })

  it('renders in every format and language', () => {
    for (const format of REPORT_FORMATS) for (const lang of REPORT_LANGUAGES) expect(renderStatement(statement, { format, lang }).length).toBeGreaterThan(500)
  })

  it('renders an empty statement and a period that is not a calendar month', () => {
    const empty = monthlyStatement({ commitment: presets.ovhVps2016.value, period: march, incidents: [], elements: [] })
    expect(renderStatement(empty, { format: 'text', lang: 'fr' })).toContain('Le relevé ne compte aucun élément.')
    expect(renderStatement(empty, { format: 'html', lang: 'en' })).toContain('The statement has no element.')
    const week = customPeriod({ start: '2026-03-02T00:00:00+01:00', end: '2026-03-09T00:00:00+01:00', timeZone: 'Europe/Paris' })
    const s = monthlyStatement({ commitment: presets.ovhVps2016.value, period: week, incidents: [{ start: '2026-03-03T10:00:00Z', end: '2026-03-03T11:00:00Z' }], elements: [{ id: 'x', fee: { amount: '1', currency: 'EUR' } }] })
    const html = renderStatement(s, { format: 'html', lang: 'fr' })
    expect(html.match(/class="incident"/g)).toHaveLength(1)
    expect(html).toContain('data-incident="incident n°\u00a01"')
  })
})
