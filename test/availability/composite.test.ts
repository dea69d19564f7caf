import { describe, expect, it } from 'vitest'
import { compositeIncidents, customPeriod, expectedAvailability, InputError, measureAvailability } from '../../src/index.js'

describe('expectedAvailability', () => {
  it('multiplies in series and multiplies unavailabilities in parallel', () => {
    // 0.9995 × 0.9999 = 0.99940005
    expect(expectedAvailability({ series: ['99.95', '99.99'] }).toString()).toBe('99.940005')
    // 1 − 0.01 × 0.01 = 0.9999
    expect(expectedAvailability({ parallel: ['99', '99'] }).toString()).toBe('99.99')
    // a database (99.9) in series with two redundant web servers (99 each): 0.999 × 0.9999 = 0.9989001
    expect(expectedAvailability({ series: ['99.9', { parallel: ['99', '99'] }] }).toString()).toBe('99.89001')
  })

  it('names the bad component', () => {
    try {
      expectedAvailability({ series: ['99.9', { parallel: ['101', 'x'] }] })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['series[1].parallel[0]', 'series[1].parallel[1]'])
    }
  })
})

describe('compositeIncidents', () => {
  const period = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' })
  const incidents = [
    { start: '2026-04-01T10:00:00Z', end: '2026-04-01T12:00:00Z', elements: ['web-1'] },
    { start: '2026-04-01T11:00:00Z', end: '2026-04-01T13:00:00Z', elements: ['web-2'] },
    { start: '2026-04-01T20:00:00Z', end: '2026-04-01T20:30:00Z', elements: ['db'] },
    { start: '2026-04-01T22:00:00Z', end: '2026-04-01T23:00:00Z', elements: ['db'], cause: 'maintenance' as const },
  ]

  it('takes the intersection in parallel: both web servers down only 11:00–12:00', () => {
    const whole = compositeIncidents({ structure: { parallel: ['web-1', 'web-2'] }, incidents, period })
    expect(whole).toEqual([{ id: 'composite-1', start: '2026-04-01T11:00:00Z', end: '2026-04-01T12:00:00Z', elements: ['composite'] }])
  })

  it('takes the union in series, and leaves maintenance to the commitment', () => {
    const whole = compositeIncidents({ structure: { series: ['db', { parallel: ['web-1', 'web-2'] }] }, incidents, period, element: 'site' })
    expect(whole.map((x) => [x.start, x.end])).toEqual([
      ['2026-04-01T11:00:00Z', '2026-04-01T12:00:00Z'],
      ['2026-04-01T20:00:00Z', '2026-04-01T20:30:00Z'],
    ])
    // 1 h 30 of 24 h: 100 × 22.5 / 24 = 93.75 %
    const r = measureAvailability({ commitment: {}, period, incidents: whole, element: 'site' })
    expect(r.availability.toString()).toBe('93.75')
  })
})
