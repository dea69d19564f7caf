import { describe, expect, it } from 'vitest'
import { compareOffers, offerFromPreset, presets } from '../../src/index.ts'
import { comparisonCsv } from '../src/comparison-csv.ts'

// The comparison downloaded from the page: a CSV for a spreadsheet in the page's language, no cell a formula.
const comparison = compareOffers({
  offers: [offerFromPreset(presets.ovhVps2016.starter, { amount: '12.00', currency: 'EUR' })],
  scenarios: [
    // 4 h down of April's 720 h: 99.4444…%, 10 % of 12 EUR under the OVH terms; a name a spreadsheet would run.
    { id: 'four-hours', name: '=1+1', month: '2026-04', incidents: [{ start: '2026-04-14T10:00:00+02:00', end: '2026-04-14T14:00:00+02:00' }] },
  ],
  clientLossPerHour: '50',
})

describe('comparisonCsv', () => {
  it('in French: French headers, `;` between cells, decimal commas, CRLF', () => {
    const lines = comparisonCsv(comparison, 'fr').split('\r\n')
    expect(lines[0]).toBe('scenario;offre;disponibilite_pourcent;palier;compensation;devise;heures_indisponibilite_client;perte_client;couverture_pourcent')
    const cells = lines[1]!.split(';')
    expect(cells[0]).toBe('four-hours')
    expect(cells[1]).toBe('ovh-vps-2016-starter')
    // (720 − 4) / 720 × 100 = 99.4444…, with the decimal comma.
    expect(cells[2]).toMatch(/^99,4444/)
    // 10 % of 12.00 EUR; 4 h × 50 = 200 of loss, of which 1.20 is 0.60 %.
    expect(cells.slice(4)).toEqual(['1,20', 'EUR', '4', '200,00', '0,60'])
    expect(lines[2]).toBe('')
  })

  it('in English: `,` and decimal points', () => {
    const lines = comparisonCsv(comparison, 'en').split('\r\n')
    expect(lines[0]).toBe('scenario,offer,availability_percent,band,compensation,currency,client_downtime_hours,client_loss,cover_percent')
    expect(lines[1]!.split(',').slice(4)).toEqual(['1.20', 'EUR', '4', '200.00', '0.60'])
  })

  it('never starts a cell with a formula', () => {
    const named = compareOffers({ offers: comparison.offers, scenarios: [{ id: '=HYPERLINK("x")', name: 'n', month: '2026-04', incidents: [] }] })
    expect(comparisonCsv(named, 'fr').split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""x"")";`)).toBe(true)
  })
})
