import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { offerFromPreset } from '../../src/offers/offer.js'
import { presets } from '../../src/offers/presets/index.js'
import { type DurationModel, type IncidentModel, type InterventionModel, type SimulateOptions, simulate } from '../../src/simulation/simulate.js'

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

describe('simulate: the option types are the schema', () => {
  function codesOf(fn: () => unknown): { path: string; code: string | undefined }[] {
    try {
      fn()
    } catch (error) {
      if (error instanceof InputError) return error.issues.map((i) => ({ path: i.path, code: i.code }))
      throw error
    }
    return []
  }

  it('accepts every option the types allow', () => {
    const models: DurationModel[] = [
      { type: 'fixed', duration: 3_600_000 },
      { type: 'exponential', mean: 'PT1H' },
      { type: 'log-normal', mean: 'PT1H', sigma: 0 },
      { type: 'empirical', durations: ['PT10M', 60_000] },
      { type: 'empirical', incidents: [{ start: '2026-03-01T10:00Z', end: '2026-03-01T10:30Z' }] },
    ]
    const intervention: InterventionModel = { response: { type: 'fixed', duration: 'PT15M' }, hours: { timeZone: 'Europe/Paris', hours: { mon: '09:00-18:00' }, holidays: 'FR' }, year: 2027 }
    for (const duration of models) {
      const options: SimulateOptions = {
        offer: starter,
        clients: 3,
        months: 2,
        trials: 5,
        seed: 7,
        incidents: { rate: 0.5, duration, outsideBusinessHours: 0.7, correlated: { rate: 0.01 } },
        service: starter.services[0].id,
        month: 'PT743H',
        intervention,
        rounding: 'half-even',
        onProgress: () => {},
      }
      expect(codesOf(() => simulate(options)), JSON.stringify(duration)).toEqual([])
    }
  })

  it('refuses what the types do not allow, each problem with its path and code', () => {
    const codes = codesOf(() =>
      simulate({
        offer: starter,
        clients: 2.5,
        incidents: { rate: 1, duration: { type: 'fixed' }, correlated: { rate: 1, pace: 2 } },
        month: 'monthly',
        intervention: { hours: '9-5', year: 1900 },
        rounding: 'nearest',
        onProgress: 'bar',
      } as never),
    )
    expect(codes).toEqual([
      { path: 'clients', code: 'whole-range' },
      { path: 'incidents.duration.duration', code: 'duration-type' },
      { path: 'incidents.correlated.pace', code: 'sim-key' },
      { path: 'month', code: 'duration' },
      { path: 'intervention.hours', code: 'calendar' },
      { path: 'intervention.year', code: 'whole-range' },
      { path: 'rounding', code: 'one-of' },
      { path: 'onProgress', code: 'function' },
    ])
  })
})
