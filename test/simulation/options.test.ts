import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { offerFromPreset } from '../../src/offers/offer.js'
import { presets } from '../../src/offers/presets/index.js'
import { type IncidentModel, simulate } from '../../src/simulation/simulate.js'

const eur = (amount: string) => ({ amount, currency: 'EUR' })
const starter = offerFromPreset(presets.ovhVps2016.starter, eur('10'))
const typical: IncidentModel = { rate: 0.1, duration: { type: 'log-normal', median: 'PT30M', sigma: 1.2 } }

function issuesOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return [...error.issues]
    throw error
  }
  throw new Error('expected an InputError')
}

describe('simulate: bad input', () => {
  it('lists every problem with its path', () => {
    const issues = issuesOf(() =>
      simulate({
        offer: starter,
        clients: 0,
        months: 1.5,
        trials: 10,
        seed: -1,
        service: 'nope',
        trails: 3,
        incidents: { rate: -1, duration: { type: 'weibull' }, outsideBusinessHours: 2, correlated: { rate: 'often' } },
        intervention: { response: { type: 'log-normal', sigma: -1 } },
      } as never),
    )
    const paths = issues.map((i) => i.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'clients',
        'months',
        'seed',
        'service',
        'trails',
        'incidents.rate',
        'incidents.duration.type',
        'incidents.outsideBusinessHours',
        'incidents.correlated.rate',
        'intervention.response.sigma',
        'intervention.response',
      ]),
    )
  })

  it('refuses a bad offer with the offer\'s paths, and runs too large for exact sums or memory', () => {
    const bad = issuesOf(() => simulate({ offer: { id: 'x' } as never, clients: 1, incidents: typical }))
    expect(bad.some((i) => i.path.startsWith('offer'))).toBe(true)
    expect(issuesOf(() => simulate({ offer: starter, clients: 1, months: 1200, trials: 10_000, incidents: typical })).map((i) => i.path)).toEqual(['trials'])
    expect(issuesOf(() => simulate(null as never))[0]!.path).toBe('')
    const log = issuesOf(() => simulate({ offer: starter, clients: 1, incidents: { rate: 1, duration: { type: 'empirical', incidents: [{ start: '2026-03-01T10:00Z', cause: 'maintenance' }] as never } } }))
    expect(log.map((i) => i.path)).toEqual(['incidents.duration.incidents[0].end'])
  })
})

describe('simulate: options as written', () => {
  it('takes an option given as undefined as if it were absent, and says what is wrong in people\'s words', () => {
    const r = simulate({ offer: starter, clients: 2, trials: 10, incidents: typical, service: undefined, extra: undefined } as never)
    expect(r.trials).toBe(10)
    const issues = issuesOf(() => simulate({ offer: starter, clients: 2, incidents: { ...typical, duration: { type: 'log-normal', median: 'PT0S', sigma: 'x' } }, trails: 3 } as never))
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'incidents.duration.median', message: 'must be longer than zero' },
        { path: 'incidents.duration.sigma', message: 'must be a number from 0 to 10, the standard deviation of the duration\'s logarithm (got "x")' },
        { path: 'trails', message: 'is not a simulation option (known: offer, clients, months, trials, seed, incidents, service, month, intervention, rounding, onProgress)' },
      ]),
    )
    expect(issues).toHaveLength(3)
  })
})
