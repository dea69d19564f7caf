import { describe, expect, it } from 'vitest'
import { InputError, parseCommitment, parseOffer } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'

/** The problems of a refused input: path, code, and the message in both languages. */
function problems(run: () => unknown): string[][] {
  try {
    run()
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return error.issues.map((i) => [i.path, i.code, i.message, formatIssue(i, 'fr')])
  }
  throw new Error('accepted')
}

const NBSP = '\u00a0'

describe('numbers out of their bounds and times of day, as the schemas check them', () => {
  it('say the least or the most value, in English and in French, with a code', () => {
    // A claim within 0 days (the days must be more than 0), a desk deadline of 400 business days (at most
    // 366), a next-business-day deadline at 25:00 and rounding to 11 decimals (at most 10).
    const c = {
      claim: { window: 'within 0 days', days: 0 },
      gti: { due: { businessDays: 400 }, calendar: { timeZone: 'UTC', hours: { mon: '09:00-17:00' } } },
      gtr: { due: { nextBusinessDay: '25:00' }, calendar: { timeZone: 'UTC', hours: { mon: '09:00-17:00' } } },
      measurement: { rounding: { decimals: 11 } },
    }
    expect(problems(() => parseCommitment(c))).toEqual([
      ['measurement.rounding.decimals', 'number-max', 'must be at most 10 (got 11)', `doit valoir au plus 10 (valeur reçue${NBSP}: 11)`],
      ['gti.due.businessDays', 'number-max', 'must be at most 366 (got 400)', `doit valoir au plus 366 (valeur reçue${NBSP}: 400)`],
      ['gtr.due.nextBusinessDay', 'clock-time', 'must be a local time HH:MM such as "09:00" (got "25:00")', `doit être une heure locale HH:MM comme "09:00" (valeur reçue${NBSP}: "25:00")`],
      ['claim.days', 'number-above', 'must be more than 0 (got 0)', `doit valoir plus de 0 (valeur reçue${NBSP}: 0)`],
    ])
  })

  it('say the least value of a count, as an offer file names it', () => {
    const offer = { id: 'x', name: 'X', provider: 'P', organisation: { structure: 'association', staffCount: -1 }, services: [{ id: 's', fee: { amount: '6', currency: 'EUR' } }], commitment: {} } as never
    expect(problems(() => parseOffer(offer))).toEqual([
      ['organisation.staffCount', 'number-min', 'must be at least 0 (got -1)', `doit valoir au moins 0 (valeur reçue${NBSP}: -1)`],
    ])
  })
})
