import { describe, expect, it } from 'vitest'
import { guaranteeCompliance } from '../../src/index.js'
import { renderCompliance, REPORT_FORMATS } from '../../src/report/index.js'
import type { ComplianceJson } from '../../src/report/index.js'

const compliance = () =>
  guaranteeCompliance({
    commitment: { timeZone: 'Europe/Paris', gti: { within: 'PT2H', penalty: { perBreach: '5' } } },
    clients: [{ id: 'mail', name: 'Alice' }],
    incidents: [
      // met 1 h ahead; breached 1 h late (5 %)
      { start: '2026-05-10T10:00:00Z', end: '2026-05-10T14:00:00Z', reportedAt: '2026-05-10T10:00:00Z', interventionAt: '2026-05-10T11:00:00Z', priority: 'P1', elements: ['mail'] },
      { start: '2026-05-11T10:00:00Z', end: '2026-05-11T14:00:00Z', reportedAt: '2026-05-11T10:00:00Z', interventionAt: '2026-05-11T13:00:00Z', priority: 'P1', elements: ['mail'] },
    ],
  })

describe('renderCompliance', () => {
  it('writes a row per group in French, with the margins and the penalties', () => {
    expect(renderCompliance(compliance(), { format: 'markdown', lang: 'fr' })).toMatchInlineSnapshot(`
      "# Respect des GTI et GTR

      2 incidents ; mois selon Europe/Paris.

      | Garantie | Mois | Priorité | Client | Incidents | Respectées | Non respectées | En attente | Non jugées | Part respectée | Marge moyenne | Atteinte par 90 % | Pire | Pire (écoulé) | Pénalités |
      | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
      | GTI | 2026-05 | P1 | Alice | 2 | 1 | 1 | 0 | 0 | 50,0 % | 0 s | -1 h | -1 h | -1 h | 5 % |

      ## Tous les incidents

      | Garantie | Mois | Priorité | Client | Incidents | Respectées | Non respectées | En attente | Non jugées | Part respectée | Marge moyenne | Atteinte par 90 % | Pire | Pire (écoulé) | Pénalités |
      | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
      | GTI | tous | — | — | 2 | 1 | 1 | 0 | 0 | 50,0 % | 0 s | -1 h | -1 h | -1 h | 5 % |

      Les marges sont le temps couvert restant avant l’échéance (négatives : retard) ; « atteinte par 90 % » est la marge que neuf incidents jugés sur dix ont atteinte.
      "
    `)
  })

  it('keeps every figure exact in JSON', () => {
    const doc = JSON.parse(renderCompliance(compliance(), { format: 'json', lang: 'en' })) as ComplianceJson
    expect(doc.rows).toEqual([
      {
        kind: 'gti',
        month: '2026-05',
        priority: 'P1',
        client: 'Alice',
        incidents: 2,
        met: 1,
        breached: 1,
        pending: 0,
        notEvaluable: 0,
        notApplicable: 0,
        withinPercent: '50',
        // margins +1 h and −1 h: mean 0
        marginBusiness: { mean: 0, p90: -3_600_000, worst: -3_600_000 },
        marginWall: { mean: 0, p90: -3_600_000, worst: -3_600_000 },
        penaltyPercent: '5',
      },
    ])
  })

  it('draws the share met per month in HTML, and writes every format', () => {
    const html = renderCompliance(compliance(), { format: 'html', lang: 'en' })
    expect(html).toContain('<svg')
    expect(html).toContain('<title>GTI 2026-05: 1/2</title>')
    for (const format of REPORT_FORMATS) for (const lang of ['fr', 'en'] as const) expect(renderCompliance(compliance(), { format, lang }).length).toBeGreaterThan(100)
  })
})
