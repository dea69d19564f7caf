import { describe, expect, it } from 'vitest'
// Imported from their own modules: see defaults.test.ts.
import { parseCommitment, safeParseCommitment } from '../../src/commitment/commitment.js'
import { InputError } from '../../src/errors.js'
import type { CommitmentInput } from '../../src/schema/commitment.js'

/** The problems a user is shown, as `path: message`. */
function problems(input: unknown): string[] {
  const r = safeParseCommitment(input)
  if (r.success) return []
  expect(r.error).toBeInstanceOf(InputError)
  return r.error.issues.map((i) => `${i.path}: ${i.message}`)
}

describe('a commitment refused, with every problem at its path', () => {
  it('refuses weights outside 0 to 1 or finer than 4 decimals, and takes the bounds themselves', () => {
    expect(problems({ measurement: { weights: { outage: '1.5', partial: '-0.1', degraded: '0.12345' } } })).toEqual([
      'measurement.weights.outage: must be from 0 to 1 (got 1.5)',
      'measurement.weights.partial: must be from 0 to 1 (got -0.1)',
      'measurement.weights.degraded: may have at most 4 decimals (got 0.12345)',
    ])
    expect(problems({ measurement: { weights: { outage: '1', partial: '0', degraded: '0.1234' } } })).toEqual([])
  })

  it('refuses negative percentages, and takes zero', () => {
    expect(
      problems({
        cap: '-1',
        credit: [
          { type: 'pro-rata', multiplier: '-2', cap: '-3' },
          { type: 'per-duration', percent: '-1', per: 'PT1H', cap: '-4' },
        ],
        gti: { within: 'PT4H', penalty: { perBreach: '-5', perLate: { percent: '-6' }, cap: '-7' } },
        minimumCredit: { amount: '-8', currency: 'EUR' },
      }),
    ).toEqual([
      'credit[0].multiplier: must not be negative (got -2)',
      'credit[0].cap: must not be negative (got -3)',
      'credit[1].percent: must not be negative (got -1)',
      'credit[1].cap: must not be negative (got -4)',
      'cap: must not be negative (got -1)',
      'gti.penalty.perBreach: must not be negative (got -5)',
      'gti.penalty.cap: must not be negative (got -7)',
      'gti.penalty.perLate.percent: must not be negative (got -6)',
      'minimumCredit.amount: must not be negative (got -8)',
    ])
    expect(problems({ cap: '0', credit: { type: 'pro-rata', multiplier: '0', cap: '0' }, minimumCredit: { amount: '0', currency: 'EUR' } })).toEqual([])
  })

  it('refuses durations of zero: a unit of downtime, a guaranteed time, a unit of lateness', () => {
    expect(
      problems({
        credit: { type: 'per-duration', percent: '1', per: 'PT0S' },
        gtr: { within: 'PT0S', penalty: { perLate: { percent: '1', per: 'PT0S' } } },
      }),
    ).toEqual(['credit.per: must be longer than zero', 'gtr.within: must be longer than zero', 'gtr.penalty.perLate.per: must be longer than zero'])
  })

  it('refuses an availability target outside 0 to 100, and takes 0 and 100', () => {
    const beyond = (b: string): CommitmentInput => ({ credit: { type: 'per-duration', percent: '1', per: 'PT1H', beyond: b } })
    expect(problems(beyond('100.5'))).toEqual(['credit.beyond: must be a percentage from 0 to 100 (got 100.5)'])
    expect(problems(beyond('-0.5'))).toEqual(['credit.beyond: must be a percentage from 0 to 100 (got -0.5)'])
    expect(problems(beyond('100'))).toEqual([])
    expect(problems(beyond('0'))).toEqual([])
  })

  it('refuses an allowance given twice, or an allowance to exceed that is not given', () => {
    expect(problems({ credit: { type: 'per-duration', percent: '1', per: 'PT1H', beyond: '99', allowance: 'PT1H' } })).toEqual([
      'credit.allowance: cannot be given with beyond: the allowance is either a duration or what an availability target allows',
    ])
    expect(problems({ credit: { type: 'per-duration', percent: '1', per: 'PT1H', onceExceeded: 'all' } })).toEqual([
      'credit.onceExceeded: needs beyond or allowance: there is no allowance to exceed',
    ])
    expect(problems({ credit: { type: 'per-duration', percent: '1', per: 'PT1H', allowance: 'PT1H', onceExceeded: 'all' } })).toEqual([])
  })

  it('refuses a minimum credit in something that is not a currency code', () => {
    expect(problems({ minimumCredit: { amount: '1', currency: 'EURO' } })).toEqual([
      'minimumCredit.currency: must be an ISO 4217 code such as "USD" (got "EURO")',
    ])
  })

  it('names where a bad duration, zone or calendar is written', () => {
    expect(
      problems({
        timeZone: 'Europe/Pari',
        credit: [{ type: 'per-duration', percent: '1', per: 'P1M', allowance: 'P1M' }],
        gti: { within: 'P1M', penalty: { perLate: { percent: '1', per: 'P1M' } } },
        gtr: { within: 'PT4H', calendar: { timeZone: 'Europe/Paris', hours: {} } },
      }).map((p) => p.slice(0, p.indexOf(':'))),
    ).toEqual(['timeZone', 'credit[0].per', 'credit[0].allowance', 'gti.within', 'gti.penalty.perLate.per', 'gtr.calendar.hours'])
  })

  it('heads a problem of shape the same way as the others', () => {
    const r = safeParseCommitment({ credit: { type: 'flat' } })
    expect(r.success).toBe(false)
    expect(r.error!.message.split('\n')[0]).toBe('Invalid commitment:')
  })

  it('throws the problems together under one heading', () => {
    expect(() => parseCommitment({ cap: '-1', gti: { within: 'PT0S' } })).toThrow(
      new InputError(
        [
          { path: 'cap', message: 'must not be negative (got -1)' },
          { path: 'gti.within', message: 'must be longer than zero' },
        ],
        'Invalid commitment',
      ),
    )
  })
})
