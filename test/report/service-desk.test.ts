import { describe, expect, it } from 'vitest'
import { monthlyStatement, monthPeriod } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import type { StatementJson } from '../../src/report/index.js'

const office = {
  timeZone: 'Europe/Paris',
  hours: { mon: '09:00-18:00', tue: '09:00-18:00', wed: '09:00-18:00', thu: '09:00-18:00', fri: '09:00-18:00' },
  holidays: 'FR',
} as const

const commitment = {
  timeZone: 'Europe/Paris',
  gti: {
    within: 'PT4H',
    calendar: office,
    pauseOn: ['waiting-customer'],
    byPriority: { P1: { within: 'PT1H', calendar: '24/7' } },
  },
} as const

// Reported Wed 13 May 2026 16:00 Paris, priority P3 (no own target: PT4H on the office calendar);
// waiting on the client Wed 17:00 → Fri 10:00: 2 h covered (Thursday is Ascension), deadline Fri 13:00
// instead of Fri 11:00; intervention Fri 12:00 → met.
const incidents = [
  {
    id: 'T-7',
    start: '2026-05-13T16:00:00+02:00',
    end: '2026-05-15T16:00:00+02:00',
    reportedAt: '2026-05-13T16:00:00+02:00',
    interventionAt: '2026-05-15T12:00:00+02:00',
    priority: 'P3',
    statusHistory: [
      { at: '2026-05-13T17:00:00+02:00', status: 'waiting-customer' },
      { at: '2026-05-15T10:00:00+02:00', status: 'in-progress' },
    ],
  },
]

function sentence(lang: 'fr' | 'en'): string {
  const s = monthlyStatement({ commitment, period: monthPeriod({ year: 2026, month: 5, timeZone: 'Europe/Paris' }), incidents, elements: [{ id: 'mail', fee: { amount: '20.00', currency: 'EUR' } }] })
  const json = JSON.parse(renderStatement(s, { format: 'json', lang })) as StatementJson
  return json.elements[0]!.guarantees[0]!.gti!.text
}

describe('service-desk steps in reports', () => {
  it('says in English which target applied and how long the clock stood still', () => {
    expect(sentence('en')).toMatchInlineSnapshot(`"GTI: priority P3 has no target of its own, so the guarantee's target applies: PT4H on Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR. GTI met for T-7: clock started at 13/05/2026, 16:00 (report), deadline 15/05/2026, 13:00; intervention at 15/05/2026, 12:00, after 3 h of covered time. GTI clock stopped for 2 h of covered time (1 d 17 h elapsed): waiting on the client from 13/05/2026, 17:00 to 15/05/2026, 10:00, 2 h covered; without the pauses the deadline was 15/05/2026, 11:00."`)
  })
  it('says it in French', () => {
    expect(sentence('fr')).toMatchInlineSnapshot(`"GTI : la priorité P3 n’a pas d’objectif propre, celui de la garantie s’applique : PT4H selon Mon-Fri 09:00-18:00, Europe/Paris, holidays: FR. GTI respectée pour T-7 : délai démarré le 13/05/2026 16:00 (signalement), échéance le 15/05/2026 13:00 ; intervention le 15/05/2026 12:00, après 3 h de temps couvert. Le délai de GTI a été suspendu 2 h en heures couvertes (1 j 17 h au total) : en attente du client du 13/05/2026 17:00 au 15/05/2026 10:00, 2 h couvertes ; sans ces suspensions, l’échéance était le 15/05/2026 11:00."`)
  })
})
