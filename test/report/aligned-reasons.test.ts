// An incident aligned to clock minutes (minute-up, as AWS measures; minute-down) is counted for a time other
// than the one logged: the reports say so in both languages, rather than put the difference down to other
// incidents, and keep "the rest overlapping other incidents" for what other incidents took.
import { describe, expect, it } from 'vitest'
import { measureAvailability, monthPeriod } from '../../src/index.js'
import { Formatter } from '../../src/report/format.js'
import { messagesFor } from '../../src/report/i18n.js'
import { contributionLine, contributionReason } from '../../src/report/sentences.js'

const utcApril = monthPeriod({ year: 2026, month: 4 })
// A length as the reports write it: a no-break space between each figure and its unit (`5\u00a0min 30\u00a0s`).
const nbsp = (s: string) => s.replace(/(\d) /g, '$1\u00a0')

const up = measureAvailability({
  commitment: { measurement: { granularity: 'minute-up', weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } },
  period: utcApril,
  incidents: [
    // 40 s, aligned out to 10:00–10:02: 2 min.
    { id: 'x', start: '2026-04-02T10:00:30Z', end: '2026-04-02T10:01:10Z' },
    { id: 'y', start: '2026-04-02T11:00:00Z', end: '2026-04-02T11:30:00Z' },
    // 19 min 40 s, aligned out to 11:20–11:41 (21 min), 11:20–11:30 under y: 11 min × 0.5 = 5 min 30 s.
    { id: 'z', start: '2026-04-02T11:20:30Z', end: '2026-04-02T11:40:10Z', impact: 'partial' },
  ],
})
// 1 min 40 s, of which one whole clock minute.
const down = measureAvailability({
  commitment: { measurement: { granularity: 'minute-down' }, credit: { type: 'pro-rata' } },
  period: utcApril,
  incidents: [{ id: 'w', start: '2026-04-02T10:00:30Z', end: '2026-04-02T10:02:10Z' }],
})

describe('reasons of incidents aligned to clock minutes', () => {
  it('en: the time logged, then the time aligned; overlaps apart', () => {
    const f = new Formatter(messagesFor('en'), 'UTC')
    expect(up.contributions.map((c) => contributionReason(f, c, up))).toEqual([
      `outage of ${nbsp('40 s')} in the period, ${nbsp('2 min')} aligned out to whole clock minutes`,
      `outage of ${nbsp('30 min')} in the period`,
      `partial outage: ${nbsp('11 min')} counted of its ${nbsp('21 min')} aligned out to whole clock minutes (${nbsp('19 min 40 s')} in the period), the rest overlapping other incidents; × 0.5 = ${nbsp('5 min 30 s')} of downtime`,
    ])
    expect(contributionReason(f, down.contributions[0]!, down)).toBe(`outage of ${nbsp('1 min 40 s')} in the period, ${nbsp('1 min')} in whole clock minutes only`)
    // The line of an incident counted whole once aligned is not the short form of one counted as logged.
    expect(contributionLine(f, up.contributions[0]!, up)).toBe(
      `x (outage, unplanned), from 02/04/2026, 10:00:30 to 02/04/2026, 10:01:10: counted — outage of ${nbsp('40 s')} in the period, ${nbsp('2 min')} aligned out to whole clock minutes`,
    )
  })

  it('fr: the same, in French', () => {
    const f = new Formatter(messagesFor('fr'), 'UTC')
    expect(up.contributions.map((c) => contributionReason(f, c, up))).toEqual([
      `panne de ${nbsp('40 s')} dans la période, soit ${nbsp('2 min')} en minutes d’horloge entières, arrondies vers l’extérieur`,
      `panne de ${nbsp('30 min')} dans la période`,
      `panne partielle\u00a0: compte pour ${nbsp('11 min')} sur ses ${nbsp('21 min')} en minutes d’horloge entières, arrondies vers l’extérieur (${nbsp('19 min 40 s')} dans la période), le reste chevauchant d’autres incidents\u00a0; × 0,5 = ${nbsp('5 min 30 s')} d’indisponibilité`,
    ])
    expect(contributionReason(f, down.contributions[0]!, down)).toBe(`panne de ${nbsp('1 min 40 s')} dans la période, soit ${nbsp('1 min')} en minutes d’horloge entières seulement`)
  })
})
