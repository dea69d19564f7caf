// An incident aligned to clock minutes (minute-up, as AWS measures; minute-down) is counted for a time other
// than the one logged: the reports say so in both languages, rather than put the difference down to other
// incidents, and keep "the rest overlapping other incidents" for what other incidents took.
import { describe, expect, it } from 'vitest'
import { Formatter } from '../../src/report/format.js'
import { messagesFor } from '../../src/report/i18n.js'
import { contributionLine, contributionReason } from '../../src/report/sentences.js'
import { alignedIn, alignedOut } from '../availability/aligned-logs.js'

// A length as the reports write it: a no-break space between each figure and its unit (`5\u00a0min 30\u00a0s`).
const nbsp = (s: string) => s.replace(/(\d) /g, '$1\u00a0')
// The logs: x 40 s aligned out to 2 min; y on whole minutes; z partial, 19 min 40 s aligned out to 21 min,
// 11 min of them counted × 0.5; w 1 min 40 s aligned in to 1 min (see aligned-logs.ts).
const up = alignedOut
const down = alignedIn

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
