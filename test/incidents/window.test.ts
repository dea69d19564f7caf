import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, InputError, measureAvailability, monthPeriod, parseCommitment } from '../../src/index.js'
import type { AvailabilityStep, CommitmentInput } from '../../src/index.js'
import { intersect, subtract, inServiceIntervals } from '../../src/incidents/window.js'
import { commitmentArb, incidentsArb, MARCH_2026_PARIS, RUNS } from '../properties/arbitraries.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 720 h
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) // 743 h
const october = monthPeriod({ year: 2026, month: 10, timeZone: 'Europe/Paris' }) // 745 h
const WEEKDAYS_8_20 = { mon: '08:00-20:00', tue: '08:00-20:00', wed: '08:00-20:00', thu: '08:00-20:00', fri: '08:00-20:00' }

const withWindow = (window: NonNullable<CommitmentInput['measurement']>['window']): CommitmentInput => ({
  timeZone: 'Europe/Paris',
  measurement: { window },
  credit: { type: 'pro-rata' },
})

describe('availability within service hours', () => {
  it('measures Mon–Fri 08:00–20:00 only, and only the covered part of an incident crossing 20:00', () => {
    const r = measureAvailability({
      commitment: withWindow({ hours: { timeZone: 'Europe/Paris', hours: WEEKDAYS_8_20 } }),
      period: april,
      // Tuesday 14 April 2026, 19:00 to 21:30 Paris: only 19:00–20:00 is in service hours.
      incidents: [{ id: 'late', start: '2026-04-14T19:00:00+02:00', end: '2026-04-14T21:30:00+02:00' }],
    })
    // April 2026 has 22 weekdays (Wed 1 to Thu 30, no holiday given): 22 × 12 h = 264 h measured.
    expect(r.measuredMs).toBe(264 * H)
    expect(r.window).toEqual({ serviceMs: 264 * H, scheduledMaintenanceMs: 0, windowMs: 264 * H })
    expect(r.periodMs).toBe(720 * H)
    expect(r.downtimeMs).toBe(1 * H)
    // (264 − 1) / 264 = 0.996212121…
    expect(r.exactAvailability.toFixed(6)).toBe('99.621212')
    expect(r.contributions[0]).toMatchObject({ status: 'counted', countedMs: H, inPeriodMs: H })
    // The window step between the period and the downtime: 264 h of service hours (11 d), no maintenance.
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'Europe/Paris', start: Date.parse('2026-03-31T22:00:00Z'), end: Date.parse('2026-04-30T22:00:00Z'), durationMs: 720 * H },
      { kind: 'window', hours: 'Mon-Fri 08:00-20:00, Europe/Paris', maintenance: [], serviceMs: 264 * H, scheduledMaintenanceMs: 0, windowMs: 264 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(H), counted: [{ index: 0, id: 'late' }], notCounted: [], weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) } },
      { kind: 'split', scheduledMs: 0, maintenanceIncidentsMs: 0, plannedMs: 0, unplannedMs: H, totalMs: H },
      { kind: 'formula', measuredMs: 264 * H, downtime: new Decimal(H), exactAvailability: new Decimal(100).times(263).div(264) },
    ])
    // 264 h = 950,400,000 ms; 100 × 263 / 264 = 99.6212121212… to 12 digits.
    expect(r.explanation).toEqual([
      'Period 2026-04 (Europe/Paris): 2026-03-31T22:00:00.000Z to 2026-04-30T22:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Measured only in service hours Mon-Fri 08:00-20:00, Europe/Paris: 11 d (950,400,000 ms); 11 d (950,400,000 ms) measured.',
      'Downtime of the service: 1 h (3,600,000 ms) from 1 incident (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Planned downtime: 0 s (0 ms: 0 s of scheduled maintenance, 0 s of maintenance incidents); unplanned: 1 h (3,600,000 ms); total: 1 h (3,600,000 ms).',
      'Availability = (950,400,000 − 3,600,000) / 950,400,000 × 100 = 99.6212121212 %.',
    ])
  })

  it('leaves an incident wholly outside service hours out', () => {
    const r = measureAvailability({
      commitment: withWindow({ hours: { timeZone: 'Europe/Paris', hours: WEEKDAYS_8_20 } }),
      period: april,
      // Saturday 18 April: not a service day.
      incidents: [{ start: '2026-04-18T10:00:00+02:00', end: '2026-04-18T12:00:00+02:00' }],
    })
    expect(r.downtimeMs).toBe(0)
    expect(r.contributions[0]!.status).toBe('empty')
  })
})

describe('maintenance windows by schedule', () => {
  it('names each maintenance window apart in the explanation', () => {
    const r = measureAvailability({
      commitment: {
        timeZone: 'UTC',
        measurement: { window: { maintenance: [{ every: 'week', on: 'sun', hours: '02:00-04:00' }, { every: 'week', on: 'sat', hours: '02:00-03:00' }] } },
        credit: { type: 'pro-rata' },
      },
      period: monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }),
      incidents: [],
    })
    // April 2026 has Sundays 5, 12, 19, 26 (4 × 2 h) and Saturdays 4, 11, 18, 25 (4 × 1 h): 12 h of maintenance;
    // 720 h − 12 h = 708 h = 29 d 12 h measured.
    expect(r.explanation[1]).toBe(
      'Measured only in service hours 24/7: 30 d (2,592,000,000 ms), less 12 h (43,200,000 ms) of scheduled maintenance (week sun 02:00-04:00; week sat 02:00-03:00); 29 d 12 h (2,548,800,000 ms) measured.',
    )
  })

  it('excludes every Sunday 02:00–04:00, one hour shorter on the night clocks spring forward', () => {
    const r = measureAvailability({
      commitment: withWindow({ maintenance: [{ every: 'week', on: 'sun', hours: '02:00-04:00' }] }),
      period: march,
      // Sunday 29 March 2026: 01:30 CET (00:30Z) to 05:00 CEST (03:00Z), 2 h 30 on the clock.
      incidents: [{ start: '2026-03-29T00:30:00Z', end: '2026-03-29T03:00:00Z' }],
    })
    // Sundays 1, 8, 15, 22 give 2 h each; on the 29th 02:00–03:00 is not on the wall clock: 03:00–04:00 CEST only.
    // 4 × 2 h + 1 h = 9 h; 743 h − 9 h = 734 h measured.
    expect(r.window).toEqual({ serviceMs: 743 * H, scheduledMaintenanceMs: 9 * H, windowMs: 734 * H })
    // The incident's 01:00Z–02:00Z is the maintenance hour: 2 h 30 − 1 h = 1 h 30 counts.
    expect(r.downtimeMs).toBe(1.5 * H)
  })

  it('lasts three hours on the night clocks fall back: last Sunday of October 02:00–04:00', () => {
    const r = measureAvailability({
      commitment: withWindow({ maintenance: [{ every: 'month', on: 'sun', nth: 'last', hours: '02:00-04:00' }] }),
      period: october,
      incidents: [],
    })
    // Sunday 25 October 2026: 02:00 CEST (00:00Z) to 04:00 CET (03:00Z), 02:00–03:00 shown twice: 3 h.
    expect(r.window).toEqual({ serviceMs: 745 * H, scheduledMaintenanceMs: 3 * H, windowMs: 742 * H })
  })

  it('excludes the first Sunday of the month 02:00–04:00, not the second', () => {
    const r = measureAvailability({
      commitment: withWindow({ maintenance: [{ every: 'month', on: 'sun', nth: 1, hours: '02:00-04:00' }] }),
      period: april,
      incidents: [
        // First Sunday, 5 April: 02:00–04:00 CEST is 00:00Z–02:00Z; the incident 01:00Z–03:00Z keeps 02:00Z–03:00Z.
        { id: 'first', start: '2026-04-05T01:00:00Z', end: '2026-04-05T03:00:00Z' },
        // Second Sunday, 12 April, same hours: counts whole.
        { id: 'second', start: '2026-04-12T00:00:00Z', end: '2026-04-12T02:00:00Z' },
      ],
    })
    expect(r.window).toEqual({ serviceMs: 720 * H, scheduledMaintenanceMs: 2 * H, windowMs: 718 * H })
    expect(r.contributions.map((c) => c.countedMs)).toEqual([1 * H, 2 * H])
    // (718 − 3) / 718
    expect(r.exact).toEqual({ downtimeUnits: 3 * H, measuredUnits: 718 * H, scale: 1 })
  })

  it('takes only the maintenance that falls in service hours, and reads it in the commitment zone', () => {
    const r = measureAvailability({
      commitment: withWindow({
        hours: { timeZone: 'Europe/Paris', hours: WEEKDAYS_8_20 },
        maintenance: [{ every: 'day', hours: '07:00-09:00' }],
      }),
      period: april,
      incidents: [],
    })
    // Each of 22 weekdays loses 08:00–09:00: 264 h − 22 h = 242 h.
    expect(r.window).toEqual({ serviceMs: 264 * H, scheduledMaintenanceMs: 22 * H, windowMs: 242 * H })
  })

  it('refuses a maintenance window with bad hours, with its path', () => {
    expect(() => parseCommitment(withWindow({ maintenance: [{ every: 'day', hours: '04:00-02:00' }] }))).toThrow(InputError)
    try {
      parseCommitment(withWindow({ maintenance: [{ every: 'day', hours: '04:00-02:00' }] }))
    } catch (e) {
      expect((e as InputError).issues[0]!.path).toBe('measurement.window.maintenance[0].hours')
    }
  })
})

describe('time in service (sets of instances)', () => {
  const set = withWindow({ inService: { atLeast: 2 } })
  const utcApril = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }) // 720 h
  const running = {
    'vm-1': [{ start: '2026-04-01T00:00:00Z', end: '2026-05-01T00:00:00Z' }],
    'vm-2': [{ start: '2026-04-11T00:00:00Z' }],
    'vm-3': [
      { start: '2026-04-01T00:00:00Z', end: '2026-04-05T00:00:00Z' },
      { start: '2026-04-06T00:00:00Z', end: '2026-05-01T00:00:00Z' },
    ],
  }

  it('counts time only while two or more run', () => {
    const r = measureAvailability({
      commitment: set,
      period: utcApril,
      running,
      // 5 April 12:00 to 6 April 06:00: 18 h, but on the 5th only vm-1 runs.
      incidents: [{ start: '2026-04-05T12:00:00Z', end: '2026-04-06T06:00:00Z' }],
    })
    // Two or more run all April but 5 April (vm-2 from the 11th, vm-3 stopped on the 5th): 720 h − 24 h = 696 h.
    expect(r.measuredMs).toBe(696 * H)
    expect(r.downtimeMs).toBe(6 * H)
  })

  it('asks for the running stretches when the window needs them', () => {
    expect(() => measureAvailability({ commitment: set, period: utcApril, incidents: [] })).toThrow(/running/)
  })

  it('refuses running stretches given as a name or a number, not a map of elements', () => {
    for (const value of ['vm-1', 5]) {
      try {
        measureAvailability({ commitment: set, period: utcApril, incidents: [], running: value as never })
        expect.unreachable()
      } catch (e) {
        expect((e as InputError).issues.map((i) => [i.path, i.code])).toEqual([['running', 'running-shape']])
      }
    }
  })

  it('takes a running stretch that starts and ends at once as no time running, not as an error', () => {
    const r = measureAvailability({
      commitment: withWindow({ inService: { atLeast: 1 } }),
      period: utcApril,
      incidents: [],
      running: { 'vm-1': [{ start: '2026-04-01T00:00:00Z', end: '2026-04-01T00:00:00Z' }, { start: '2026-04-11T00:00:00Z' }] },
    })
    // From 11 April to 1 May: 20 days = 480 h.
    expect(r.measuredMs).toBe(480 * H)
  })

  it('says in its steps how the window cut the period: hours, maintenance and how many must run', () => {
    const r = measureAvailability({
      commitment: withWindow({ inService: { atLeast: 2 }, maintenance: [{ every: 'week', on: 'sun', hours: '02:00-04:00' }] }),
      period: utcApril,
      incidents: [],
      running: { a: [{ start: '2026-04-01T00:00:00Z' }], b: [{ start: '2026-04-11T00:00:00Z' }] },
    })
    // Both run from 11 April: 480 h; Sundays 12, 19 and 26 April lose 02:00–04:00 Paris each: 6 h; 474 h measured.
    expect(r.steps.find((s) => s.kind === 'window')).toEqual({
      kind: 'window',
      hours: '24/7',
      maintenance: ['week sun 02:00-04:00'],
      inServiceAtLeast: 2,
      serviceMs: 480 * H,
      scheduledMaintenanceMs: 6 * H,
      windowMs: 474 * H,
    })
    // A reader sees the rule for running elements and the maintenance windows in words: 480 h = 20 d,
    // 474 h = 19 d 18 h; nothing down, so 100 %.
    expect(r.explanation).toEqual([
      'Period 2026-04 (UTC): 2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Measured only in service hours 24/7 while at least 2 elements run: 20 d (1,728,000,000 ms), less 6 h (21,600,000 ms) of scheduled maintenance (week sun 02:00-04:00); 19 d 18 h (1,706,400,000 ms) measured.',
      'Downtime of the service: 0 s (0 ms) from 0 incidents (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Planned downtime: 6 h (21,600,000 ms: 6 h of scheduled maintenance, 0 s of maintenance incidents); unplanned: 0 s (0 ms); total: 6 h (21,600,000 ms).',
      'Availability = (1,706,400,000 − 0) / 1,706,400,000 × 100 = 100 %.',
    ])
  })
})

describe('stretch algebra', () => {
  it('intersects, subtracts and counts elements in service', () => {
    expect(intersect([0, 10, 20, 30], [5, 25])).toEqual([5, 10, 20, 25])
    expect(subtract([0, 10, 20, 30], [5, 25])).toEqual([0, 5, 25, 30])
    expect(subtract([0, 10], [0, 10])).toEqual([])
    // Two elements meeting at 10 do not overlap there.
    expect(inServiceIntervals([[0, 10], [5, 20], [10, 30]], 2, 0, 40)).toEqual([5, 20])
  })
})

describe('properties', () => {
  const { start, end } = { start: MARCH_2026_PARIS.start.getTime(), end: MARCH_2026_PARIS.end.getTime() }

  it('a 24/7 window without maintenance gives the plain result exactly', () => {
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(start, end), (commitment, incidents) => {
        const plain = measureAvailability({ commitment, period: MARCH_2026_PARIS, incidents })
        const windowed = measureAvailability({
          commitment: { ...commitment, measurement: { ...commitment.measurement, window: { hours: '24/7' } } },
          period: MARCH_2026_PARIS,
          incidents,
        })
        expect(windowed.exact).toEqual(plain.exact)
        expect(windowed.availability.toString()).toBe(plain.availability.toString())
        expect(windowed.excludedMs).toBe(plain.excludedMs)
        expect(windowed.contributions.map((c) => [c.status, c.countedMs, c.excludedMs])).toEqual(plain.contributions.map((c) => [c.status, c.countedMs, c.excludedMs]))
      }),
      { numRuns: RUNS },
    )
  })

  it('a window never adds downtime', () => {
    const windowArb = fc.record({
      hours: fc.constantFrom<'24/7' | { timeZone: string; hours: Record<string, string> }>('24/7', { timeZone: 'Europe/Paris', hours: WEEKDAYS_8_20 }, { timeZone: 'America/New_York', hours: { sun: '22:00-24:00', mon: '00:00-06:00' } }),
      maintenance: fc.subarray([
        { every: 'week' as const, on: 'sun' as const, hours: '02:00-04:00' },
        { every: 'month' as const, on: 'sun' as const, nth: 'last' as const, hours: '01:00-03:30' },
        { every: 'day' as const, hours: '12:00-12:30' },
      ]),
    })
    fc.assert(
      fc.property(commitmentArb(), incidentsArb(start, end), windowArb, (commitment, incidents, window) => {
        const plain = measureAvailability({ commitment, period: MARCH_2026_PARIS, incidents })
        const windowed = measureAvailability({ commitment: { ...commitment, measurement: { ...commitment.measurement, window } }, period: MARCH_2026_PARIS, incidents })
        expect(windowed.exact.downtimeUnits).toBeLessThanOrEqual(plain.exact.downtimeUnits)
        expect(windowed.excludedMs).toBeLessThanOrEqual(plain.excludedMs)
        expect(windowed.measuredMs).toBeLessThanOrEqual(plain.measuredMs)
        expect(windowed.exact.downtimeUnits).toBeLessThanOrEqual(windowed.exact.measuredUnits)
      }),
      { numRuns: RUNS },
    )
  })
})

describe('an Azure availability set measured while two or more VMs run', () => {
  it('gives 10 % where the whole month would give 25 %', async () => {
    const { presets, creditFor } = await import('../../src/index.js')
    const preset = presets.azure.vmAvailabilitySet
    const set = { ...preset, measurement: { ...preset.measurement, window: { inService: { atLeast: 2 } } } }
    const utcApril = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' })
    const incidents = [{ start: '2026-04-05T12:00:00Z', end: '2026-04-06T06:00:00Z' }]
    const running = {
      'vm-1': [{ start: '2026-04-01T00:00:00Z' }],
      'vm-2': [{ start: '2026-04-01T00:00:00Z', end: '2026-04-05T00:00:00Z' }, { start: '2026-04-06T00:00:00Z' }],
    }
    const inService = measureAvailability({ commitment: set, period: utcApril, incidents, running })
    // Two VMs run all April but the 5th: 696 h; of the 18 h incident only 6 h (the 6th) fall in them.
    // (696 − 6) / 696 = 99.1379… %: band [99.0, 99.95) → 10 %.
    expect(inService.exactAvailability.toFixed(4)).toBe('99.1379')
    expect(creditFor({ commitment: set, availability: inService, fee: { amount: '100', currency: 'EUR' } }).percent.toString()).toBe('10')
    // Over the whole month: (720 − 18) / 720 = 97.5 %: band [95.0, 99.0) → 25 %.
    const whole = measureAvailability({ commitment: preset, period: utcApril, incidents })
    expect(whole.exactAvailability.toString()).toBe('97.5')
    expect(creditFor({ commitment: preset, availability: whole, fee: { amount: '100', currency: 'EUR' } }).percent.toString()).toBe('25')
  })
})
