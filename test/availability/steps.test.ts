import { describe, expect, it } from 'vitest'
import { customPeriod, Decimal, measureAvailability, monthPeriod } from '../../src/index.js'
import type { AvailabilityStep, CommitmentInput, ContributionStep } from '../../src/index.js'
import { alignedIn, alignedOut } from './aligned-logs.js'

const H = 3_600_000
const MIN = 60_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 720 h

const base = (measurement: CommitmentInput['measurement'] = {}): CommitmentInput => ({ measurement, credit: { type: 'pro-rata' } })

describe('the steps of an availability report', () => {
  it('records a rounded availability: period, downtime with its incidents, the exact formula, the rounding rule', () => {
    // 90 days = 7,776,000,000 ms; downtime 9,039,000 + 0.3 × 1,603,000 = 9,519,900 ms;
    // 100 × (7,776,000,000 − 9,519,900) / 7,776,000,000 = 99.877572…, floored to 2 decimals: 99.87.
    const commitment: CommitmentInput = { measurement: { weights: { partial: '0.3' }, rounding: { decimals: 2, mode: 'floor' } }, credit: { type: 'pro-rata' } }
    const period = customPeriod({ start: '2020-10-25T00:00:00Z', end: '2021-01-23T00:00:00Z' })
    const r = measureAvailability({
      commitment,
      period,
      incidents: [
        { id: 'major', start: '2020-11-02T00:00:00Z', end: '2020-11-02T02:30:39Z' },
        { start: '2020-11-03T00:00:00Z', end: '2020-11-03T00:26:43Z', impact: 'partial' },
      ],
    })
    const downtime = new Decimal(9_519_900)
    expect(r.steps).toEqual<AvailabilityStep[]>([
      {
        kind: 'period',
        label: period.label,
        timeZone: 'UTC',
        start: Date.parse('2020-10-25T00:00:00Z'),
        end: Date.parse('2021-01-23T00:00:00Z'),
        durationMs: 7_776_000_000,
      },
      {
        kind: 'downtime',
        element: null,
        downtime,
        counted: [{ index: 0, id: 'major' }, { index: 1 }],
        notCounted: [],
        weights: { outage: new Decimal(1), partial: new Decimal('0.3'), degraded: new Decimal(0) },
      },
      { kind: 'formula', measuredMs: 7_776_000_000, downtime, exactAvailability: new Decimal(100).times(7_776_000_000 - 9_519_900).div(7_776_000_000) },
      { kind: 'rounded', mode: 'floor', decimals: 2, availability: new Decimal('99.87') },
    ])
    // One sentence per step, written from it: 9,519,900 ms = 2 h 38 min 39 s 900 ms; the exact figure to 12 digits.
    expect(r.explanation).toEqual([
      'Period 2020-10-25T00:00:00Z/2021-01-23T00:00:00Z (UTC): 2020-10-25T00:00:00.000Z to 2021-01-23T00:00:00.000Z, 90 d (7,776,000,000 ms).',
      'Downtime of the service: 2 h 38 min 39 s 900 ms (9,519,900 ms) from 2 incidents (weights: outage 1, partial 0.3, degraded 0; overlaps counted once).',
      'Availability = (7,776,000,000 − 9,519,900) / 7,776,000,000 × 100 = 99.8775733025 %.',
      'Rounded floor to 2 decimals, as the commitment says: 99.87 %.',
    ])
    // 1,603 s partial × 0.3 = 480.9 s = 8 min 900 ms.
    expect(r.contributions.map((c) => c.reason)).toEqual(['outage of 2 h 30 min 39 s in the period', 'partial of 26 min 43 s in the period × 0.3 = 8 min 900 ms of downtime'])
  })

  it('says which rule set each incident aside: minimum outage, no whole minute, excluded cause, overlap', () => {
    // 3 min 59 s = 239,000 ms, under the 4-minute minimum.
    const short = measureAvailability({ commitment: base({ minimumOutage: 'PT4M' }), period: april, incidents: [{ id: 'short', start: '2026-04-02T10:00:00Z', end: '2026-04-02T10:03:59Z' }] })
    expect(short.contributions[0]!.step).toEqual({ kind: 'below-minimum', durationMs: 239_000, minimumOutageMs: 4 * MIN })
    expect(short.contributions[0]!.reason).toBe('lasts 3 min 59 s, less than the minimum outage of 4 min')
    const incidents = [
      // 40 s inside one clock minute: nothing left once only whole minutes count.
      { id: 'tiny', start: '2026-04-03T10:00:10Z', end: '2026-04-03T10:00:50Z' },
      // Maintenance 10:00–12:00 (2 h, all excluded); the outage 11:30–13:00 counts 12:00–13:00 only.
      { id: 'm', start: '2026-04-04T10:00:00Z', end: '2026-04-04T12:00:00Z', cause: 'maintenance' as const },
      { id: 'o', start: '2026-04-04T11:30:00Z', end: '2026-04-04T13:00:00Z' },
      // Inside the outage: its 10 min are already counted.
      { id: 'inside', start: '2026-04-04T12:10:00Z', end: '2026-04-04T12:20:00Z' },
    ]
    const r = measureAvailability({ commitment: base({ granularity: 'minute-down' }), period: april, incidents })
    expect(r.contributions.map((c) => c.step)).toEqual<ContributionStep[]>([
      { kind: 'no-whole-minute' },
      { kind: 'excluded', cause: 'maintenance', excludedMs: 2 * H, inPeriodMs: 2 * H, treatment: 'as-available' },
      // On whole minutes, alignment leaves its 1 h 30 min as they are: the other 30 min are under the maintenance.
      { kind: 'counted', impact: 'outage', countedMs: H, inPeriodMs: 1.5 * H, weight: new Decimal(1), granularity: 'minute-down', alignedMs: 1.5 * H },
      { kind: 'overlapped', inPeriodMs: 10 * MIN },
    ])
    expect(r.contributions.map((c) => c.reason)).toEqual([
      'holds no whole clock minute, and only whole minutes count',
      'cause "maintenance" is excluded: 2 h counted as available',
      'outage: 1 h counted of its 1 h 30 min in the period, the rest overlapping other incidents (whole clock minutes only)',
      'its 10 min were already counted under other incidents or excluded',
    ])
    // 2 h excluded, counted as available: the period stays 720 h.
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'Europe/Paris', start: Date.parse('2026-03-31T22:00:00Z'), end: Date.parse('2026-04-30T22:00:00Z'), durationMs: 720 * H },
      {
        kind: 'downtime',
        element: null,
        downtime: new Decimal(H),
        counted: [{ index: 2, id: 'o' }],
        notCounted: [
          { index: 0, id: 'tiny' },
          { index: 1, id: 'm' },
          { index: 3, id: 'inside' },
        ],
        weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) },
      },
      { kind: 'excluded', excludedMs: 2 * H, causes: ['maintenance', 'customer', 'force-majeure'], treatment: 'as-available' },
      // Planned: the 2 h maintenance incident; unplanned: the outage's counted 1 h.
      { kind: 'split', scheduledMs: 0, maintenanceIncidentsMs: 2 * H, plannedMs: 2 * H, unplannedMs: H, totalMs: 3 * H },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(H), exactAvailability: new Decimal(100).times(719).div(720) },
    ])
    // April in Paris: 31 March 22:00 UTC to 30 April 22:00 UTC, 720 h; 1 h down: 100 × 719 / 720 = 99.86111…
    expect(r.explanation).toEqual([
      'Period 2026-04 (Europe/Paris): 2026-03-31T22:00:00.000Z to 2026-04-30T22:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of the service: 1 h (3,600,000 ms) from 1 incident, 3 others not counted (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Excluded: 2 h (7,200,000 ms) (maintenance, customer, force-majeure), counted as available.',
      // Planned: the 2 h maintenance; unplanned: the outage's counted 1 h.
      'Planned downtime: 2 h (7,200,000 ms: 0 s of scheduled maintenance, 2 h of maintenance incidents); unplanned: 1 h (3,600,000 ms); total: 3 h (10,800,000 ms).',
      'Availability = (2,592,000,000 − 3,600,000) / 2,592,000,000 × 100 = 99.8611111111 %.',
    ])
  })

  it('records a period wholly excluded, and open incidents measured up to asOf', () => {
    // Maintenance over the whole of April, removed from the period: nothing is left to measure.
    const whole = measureAvailability({
      commitment: base({ exclusions: 'out-of-period' }),
      period: april,
      incidents: [{ start: april.start, end: april.end, cause: 'maintenance' }],
    })
    expect(whole.steps.slice(2)).toEqual([
      { kind: 'excluded', excludedMs: 720 * H, causes: ['maintenance', 'customer', 'force-majeure'], treatment: 'out-of-period' },
      { kind: 'split', scheduledMs: 0, maintenanceIncidentsMs: 720 * H, plannedMs: 720 * H, unplannedMs: 0, totalMs: 720 * H },
      { kind: 'whole-period-excluded' },
    ])
    // No formula and no rounding: there is nothing to divide by.
    expect(whole.explanation).toEqual([
      'Period 2026-04 (Europe/Paris): 2026-03-31T22:00:00.000Z to 2026-04-30T22:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of the service: 0 s (0 ms) from 0 incidents, 1 other not counted (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Excluded: 30 d (2,592,000,000 ms) (maintenance, customer, force-majeure), removed from the period.',
      'Planned downtime: 30 d (2,592,000,000 ms: 0 s of scheduled maintenance, 30 d of maintenance incidents); unplanned: 0 s (0 ms); total: 30 d (2,592,000,000 ms).',
      'The whole period was excluded: availability is taken as 100 %.',
    ])
    const asOf = Date.parse('2026-04-02T12:30:00Z')
    const open = measureAvailability({ commitment: base(), period: april, incidents: [{ start: '2026-04-02T10:00:00Z' }], asOf })
    expect(open.steps.at(-1)).toEqual({ kind: 'open', asOf })
    expect(open.explanation.at(-1)).toBe('Open incidents are measured up to 2026-04-02T12:30:00Z.')
  })

  it('says how a weight, clock-minute alignment and a cause excluded in part shaped each incident', () => {
    const utcApril = monthPeriod({ year: 2026, month: 4 })
    const commitment: CommitmentInput = { measurement: { granularity: 'minute-up', weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } }
    const r = measureAvailability({
      commitment,
      period: utcApril,
      incidents: [
        // Outage 10:00–10:30, then a partial outage 10:15–11:00: its first 15 min are under the outage.
        { id: 'a', start: '2026-04-02T10:00:00Z', end: '2026-04-02T10:30:00Z' },
        { id: 'b', start: '2026-04-02T10:15:00Z', end: '2026-04-02T11:00:00Z', impact: 'partial' },
        // Maintenance 10:00–12:00, then customer work 11:00–13:00: only its last hour is excluded under it.
        { id: 'm1', start: '2026-04-03T10:00:00Z', end: '2026-04-03T12:00:00Z', cause: 'maintenance' },
        { id: 'm2', start: '2026-04-03T11:00:00Z', end: '2026-04-03T13:00:00Z', cause: 'customer' },
        { id: 'd', start: '2026-04-04T11:00:00Z', end: '2026-04-04T13:00:00Z', impact: 'degraded' },
        { id: 'p', start: '2026-04-05T11:00:00Z', end: '2026-04-05T13:00:00Z', impact: 'partial' },
      ],
    })
    expect(r.contributions.map((c) => c.reason)).toEqual([
      'outage of 30 min in the period (aligned out to whole clock minutes)',
      // 30 min × 0.5 = 15 min
      'partial: 30 min counted of its 45 min in the period, the rest overlapping other incidents (aligned out to whole clock minutes) × 0.5 = 15 min of downtime',
      'cause "maintenance" is excluded: 2 h counted as available',
      'cause "customer" is excluded: 1 h of its 2 h counted as available, the rest already excluded under other incidents',
      'degraded counts for 0 under this commitment',
      // 2 h × 0.5 = 1 h
      'partial of 2 h in the period × 0.5 = 1 h of downtime (aligned out to whole clock minutes)',
    ])
    // 30 min + 15 min + 1 h = 1 h 45 min = 6,300,000 ms; 3 h excluded, counted as available; 100 × (1 − 1.75 / 720) = 99.75694…
    expect(r.explanation).toEqual([
      'Period 2026-04 (UTC): 2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of the service: 1 h 45 min (6,300,000 ms) from 3 incidents, 3 others not counted (weights: outage 1, partial 0.5, degraded 0; overlaps counted once).',
      'Excluded: 3 h (10,800,000 ms) (maintenance, customer, force-majeure), counted as available.',
      // Planned: m1's 2 h (m2 is the customer's, neither planned nor unplanned); unplanned: a 30 min + b 30 min + p 2 h = 3 h wall-clock.
      'Planned downtime: 2 h (7,200,000 ms: 0 s of scheduled maintenance, 2 h of maintenance incidents); unplanned: 3 h (10,800,000 ms); total: 5 h (18,000,000 ms).',
      'Availability = (2,592,000,000 − 6,300,000) / 2,592,000,000 × 100 = 99.7569444444 %.',
    ])
  })

  it('says what alignment to clock minutes made of an incident, apart from time under other incidents', () => {
    const up = alignedOut
    expect(up.contributions.map((c) => c.step)).toEqual<ContributionStep[]>([
      { kind: 'counted', impact: 'outage', countedMs: 2 * MIN, inPeriodMs: 40_000, weight: new Decimal(1), granularity: 'minute-up', alignedMs: 2 * MIN },
      { kind: 'counted', impact: 'outage', countedMs: 30 * MIN, inPeriodMs: 30 * MIN, weight: new Decimal(1), granularity: 'minute-up', alignedMs: 30 * MIN },
      { kind: 'counted', impact: 'partial', countedMs: 11 * MIN, inPeriodMs: 1_180_000, weight: new Decimal('0.5'), granularity: 'minute-up', alignedMs: 21 * MIN },
    ])
    expect(up.contributions.map((c) => c.reason)).toEqual([
      'outage of 40 s in the period, 2 min aligned out to whole clock minutes',
      'outage of 30 min in the period (aligned out to whole clock minutes)',
      // 11 min × 0.5 = 5 min 30 s
      'partial: 11 min counted of its 21 min aligned out to whole clock minutes (19 min 40 s in the period), the rest overlapping other incidents × 0.5 = 5 min 30 s of downtime',
    ])
    // 2 min + 30 min + 5 min 30 s = 37 min 30 s
    expect(up.downtimeMs).toBe(2_250_000)
    expect(alignedIn.contributions.map((c) => c.reason)).toEqual(['outage of 1 min 40 s in the period, 1 min in whole clock minutes only'])
    expect(alignedIn.downtimeMs).toBe(MIN)
  })

  it('builds a contribution without writing its sentence, and keeps the sentence in JSON', () => {
    const r = measureAvailability({ commitment: base(), period: april, incidents: [{ id: 'a', start: '2026-04-02T10:00:00Z', end: '2026-04-02T14:00:00Z' }] })
    const c = r.contributions[0]!
    expect(Object.keys(c)).not.toContain('reason')
    expect(JSON.parse(JSON.stringify(c))).toMatchObject({ id: 'a', status: 'counted', step: { kind: 'counted', countedMs: 4 * H }, reason: 'outage of 4 h in the period' })
  })
})
