import { describe, expect, it } from 'vitest'
import { creditFor, customPeriod, Decimal, InputError, measureAvailability, monthPeriod, presets } from '../../src/index.js'
import type { CommitmentInput, IncidentInput } from '../../src/index.js'

const H = 3_600_000
const MIN = 60_000
const march = monthPeriod({ year: 2026, month: 3, timeZone: 'Europe/Paris' }) // 743 h
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'Europe/Paris' }) // 720 h

const base = (measurement: CommitmentInput['measurement'] = {}): CommitmentInput => ({ measurement, credit: { type: 'pro-rata' } })

describe('measureAvailability', () => {
  it('computes the March 2026 example: 4 h out of 743 h', () => {
    const r = measureAvailability({
      commitment: presets.ovhVps2016.starter,
      period: march,
      incidents: [{ id: 'inc-1', start: '2026-03-10T09:00:00+01:00', end: '2026-03-10T13:00:00+01:00', elements: ['vps-1'] }],
      element: 'vps-1',
    })
    // (2,674,800 − 14,400) / 2,674,800 = 2,660,400 / 2,674,800 = 0.9946164199192…
    expect(r.periodMs).toBe(2_674_800_000)
    expect(r.downtimeMs).toBe(14_400_000)
    expect(r.availability.toFixed(5)).toBe('99.46164')
    expect(r.availability.times(2_674_800).div(100).toString()).toBe('2660400')
    expect(r.contributions).toHaveLength(1)
    expect(r.contributions[0]).toMatchObject({ id: 'inc-1', status: 'counted', countedMs: 4 * H, downtimeMs: 4 * H })
    // What the report shows of its arithmetic, whole: March in Paris runs from 1 March 00:00 CET (23:00 UTC the
    // day before) to 1 April 00:00 CEST (22:00 UTC), 743 h = 30 d 23 h; the formula to 12 significant digits.
    expect(r.steps).toEqual([
      { kind: 'period', label: '2026-03', timeZone: 'Europe/Paris', start: Date.parse('2026-02-28T23:00:00Z'), end: Date.parse('2026-03-31T22:00:00Z'), durationMs: 2_674_800_000 },
      {
        kind: 'downtime',
        element: 'vps-1',
        downtime: new Decimal(14_400_000),
        counted: [{ index: 0, id: 'inc-1' }],
        notCounted: [],
        weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) },
      },
      { kind: 'formula', measuredMs: 2_674_800_000, downtime: new Decimal(14_400_000), exactAvailability: new Decimal(100).times(2_660_400).div(2_674_800) },
    ])
    expect(r.explanation).toEqual([
      'Period 2026-03 (Europe/Paris): 2026-02-28T23:00:00.000Z to 2026-03-31T22:00:00.000Z, 30 d 23 h (2,674,800,000 ms).',
      'Downtime of element "vps-1": 4 h (14,400,000 ms) from 1 incident (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Availability = (2,674,800,000 − 14,400,000) / 2,674,800,000 × 100 = 99.4616419919 %.',
    ])
  })

  it('counts overlapping incidents once: 10:00–12:00 and 11:00–13:00 is 3 h, not 4', () => {
    const r = measureAvailability({
      commitment: base(),
      period: april,
      incidents: [
        { id: 'a', start: '2026-04-02T10:00:00Z', end: '2026-04-02T12:00:00Z' },
        { id: 'b', start: '2026-04-02T11:00:00Z', end: '2026-04-02T13:00:00Z' },
      ],
    })
    expect(r.downtimeMs).toBe(3 * H)
    // The overlap goes to the incident that started first; contributions add up to the total.
    expect(r.contributions.map((c) => [c.id, c.countedMs])).toEqual([
      ['a', 2 * H],
      ['b', 1 * H],
    ])
  })

  it('counts the worst impact once where impacts overlap', () => {
    // partial 0.3 from 10:00 to 14:00, outage 11:00–12:00 inside it:
    // 1 h × 1 + 3 h × 0.3 = 1.9 h = 6,840,000 ms
    const r = measureAvailability({
      commitment: base({ weights: { partial: '0.3' } }),
      period: april,
      incidents: [
        { start: '2026-04-02T10:00:00Z', end: '2026-04-02T14:00:00Z', impact: 'partial' },
        { start: '2026-04-02T11:00:00Z', end: '2026-04-02T12:00:00Z', impact: 'outage' },
      ],
    })
    expect(r.downtimeMs).toBe(6_840_000)
    expect(r.downtime.toString()).toBe('6840000')
    expect(r.exact).toEqual({ downtimeUnits: 68_400_000, measuredUnits: 720 * H * 10, scale: 10 })
    expect(r.contributions.map((c) => c.downtimeMs)).toEqual([3 * H * 0.3, H])
  })

  it('keeps weighted downtime exact: 7 ms at 0.3 is 2.1 ms', () => {
    const r = measureAvailability({
      commitment: base({ weights: { partial: '0.3' } }),
      period: april,
      incidents: [{ start: Date.UTC(2026, 3, 2), end: Date.UTC(2026, 3, 2) + 7, impact: 'partial' }],
    })
    expect(r.downtime.toString()).toBe('2.1')
    // 100 × (2,592,000,000 − 2.1) / 2,592,000,000 = 100 − 210 / 2,592,000,000 = 100 − 0.0000000810185185…
    expect(r.availability.toFixed(20)).toBe('99.99999991898148148148')
  })

  it('does not count degraded performance by default', () => {
    const r = measureAvailability({ commitment: base(), period: april, incidents: [{ start: '2026-04-02T10:00:00Z', end: '2026-04-02T14:00:00Z', impact: 'degraded' }] })
    expect(r.downtimeMs).toBe(0)
    expect(r.contributions[0]!.status).toBe('not-counted')
    expect(r.availability.toString()).toBe('100')
  })

  it('treats excluded time as available by default', () => {
    // maintenance 10:00–12:00, unplanned outage 11:30–13:00: the exclusion wins where they overlap,
    // so 1 h of downtime (12:00–13:00) and 2 h excluded; the period stays 720 h.
    const incidents: IncidentInput[] = [
      { id: 'm', start: '2026-04-02T10:00:00Z', end: '2026-04-02T12:00:00Z', cause: 'maintenance' },
      { id: 'o', start: '2026-04-02T11:30:00Z', end: '2026-04-02T13:00:00Z' },
    ]
    const r = measureAvailability({ commitment: base(), period: april, incidents })
    expect(r.downtimeMs).toBe(1 * H)
    expect(r.excludedMs).toBe(2 * H)
    expect(r.measuredMs).toBe(720 * H)
    // (720 − 1) / 720 = 99.86111…
    expect(r.availability.toFixed(5)).toBe('99.86111')
    expect(r.contributions.map((c) => c.status)).toEqual(['excluded', 'counted'])
  })

  it('removes excluded time from the period under out-of-period', () => {
    const r = measureAvailability({
      commitment: base({ exclusions: 'out-of-period' }),
      period: april,
      incidents: [
        { start: '2026-04-02T10:00:00Z', end: '2026-04-02T12:00:00Z', cause: 'maintenance' },
        { start: '2026-04-02T11:30:00Z', end: '2026-04-02T13:00:00Z' },
      ],
    })
    expect(r.measuredMs).toBe(718 * H)
    // (718 − 1) / 718 = 99.860724…
    expect(r.availability.toFixed(6)).toBe('99.860724')
  })

  it('counts a cause that is not excluded, e.g. third-party by default', () => {
    const r = measureAvailability({ commitment: base(), period: april, incidents: [{ start: '2026-04-02T10:00:00Z', end: '2026-04-02T11:00:00Z', cause: 'third-party' }] })
    expect(r.downtimeMs).toBe(H)
  })

  it('drops outages shorter than the minimum, on their whole length', () => {
    const r = measureAvailability({
      commitment: base({ minimumOutage: 'PT4M' }),
      period: april,
      incidents: [
        { id: 'short', start: '2026-04-02T10:00:00Z', end: '2026-04-02T10:03:59Z' },
        { id: 'just', start: '2026-04-03T10:00:00Z', end: '2026-04-03T10:04:00Z' },
        // 2 min in April, 3 min in May: 5 min long, so its April part counts.
        { id: 'edge', start: '2026-04-30T21:58:00Z', end: '2026-04-30T22:03:00Z' },
      ],
    })
    expect(r.contributions.map((c) => [c.id, c.status])).toEqual([
      ['short', 'below-minimum'],
      ['just', 'counted'],
      ['edge', 'counted'],
    ])
    expect(r.downtimeMs).toBe(6 * MIN)
  })

  it('aligns to clock minutes when asked: every minute touched, or whole minutes only', () => {
    const incidents = [{ start: '2026-04-02T10:00:30Z', end: '2026-04-02T10:02:10Z' }] // 1 min 40 s
    const up = measureAvailability({ commitment: base({ granularity: 'minute-up' }), period: april, incidents })
    const down = measureAvailability({ commitment: base({ granularity: 'minute-down' }), period: april, incidents })
    const none = measureAvailability({ commitment: base(), period: april, incidents })
    expect(up.downtimeMs).toBe(3 * MIN) // 10:00–10:03
    expect(down.downtimeMs).toBe(1 * MIN) // 10:01–10:02
    expect(none.downtimeMs).toBe(100_000)
    const tiny = measureAvailability({ commitment: base({ granularity: 'minute-down' }), period: april, incidents: [{ start: '2026-04-02T10:00:10Z', end: '2026-04-02T10:00:50Z' }] })
    expect(tiny.contributions[0]!.status).toBe('below-minimum')
  })

  it('aligns an incident to clock minutes before it meets a period that does not end on a whole minute', () => {
    // Two periods meeting at 12:00:30, the incident 12:00:30–12:01:30: aligned out, 12:00–12:02 (2 min).
    // The first period holds 12:00–12:00:30 of it (30 s), the second 12:00:30–12:02 (1 min 30 s): 2 min in
    // all, though the incident as logged starts where the first period ends.
    const t = (hms: string) => Date.parse(`2026-04-02T${hms}Z`)
    const incidents = [{ id: 'edge', start: t('12:00:30'), end: t('12:01:30') }]
    const commitment = base({ granularity: 'minute-up' })
    const first = measureAvailability({ commitment, period: { start: t('11:00:00'), end: t('12:00:30') }, incidents })
    const second = measureAvailability({ commitment, period: { start: t('12:00:30'), end: t('13:00:00') }, incidents })
    expect(first.downtimeMs).toBe(30_000)
    expect(second.downtimeMs).toBe(90_000)
    expect(first.contributions.map((c) => [c.id, c.status, c.countedMs])).toEqual([['edge', 'counted', 30_000]])
    // Without alignment it stays out of the first period.
    expect(measureAvailability({ commitment: base(), period: { start: t('11:00:00'), end: t('12:00:30') }, incidents }).contributions).toEqual([])
  })

  it('counts an incident across two months in each for its own part, the parts adding up', () => {
    // March ends at 2026-03-31T22:00Z in Paris: 2 h in March, 4 h in April.
    const incidents = [{ start: '2026-03-31T20:00:00Z', end: '2026-04-01T02:00:00Z' }]
    const m = measureAvailability({ commitment: base(), period: march, incidents })
    const a = measureAvailability({ commitment: base(), period: april, incidents })
    expect([m.downtimeMs, a.downtimeMs]).toEqual([2 * H, 4 * H])
  })

  it('measures an open incident up to asOf and says so', () => {
    const incidents = [{ start: '2026-04-02T10:00:00Z' }]
    expect(() => measureAvailability({ commitment: base(), period: april, incidents })).toThrow(/incidents\[0\]\.end: is missing: an open incident needs an asOf/)
    const r = measureAvailability({ commitment: base(), period: april, incidents, asOf: '2026-04-02T12:30:00Z' })
    expect(r.downtimeMs).toBe(2.5 * H)
    expect(r.open).toBe(true)
    expect(r.contributions[0]!.open).toBe(true)
    // 10:00 to asOf 12:30 = 2 h 30 min = 9,000,000 ms of 720 h: 100 × 717.5 / 720 = 99.65277…
    expect(r.explanation).toEqual([
      'Period 2026-04 (Europe/Paris): 2026-03-31T22:00:00.000Z to 2026-04-30T22:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of the service: 2 h 30 min (9,000,000 ms) from 1 incident (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Availability = (2,592,000,000 − 9,000,000) / 2,592,000,000 × 100 = 99.6527777778 %.',
      'Open incidents are measured up to 2026-04-02T12:30:00Z.',
    ])
  })

  it('lets an incident without elements affect every element, and ignores other elements', () => {
    const incidents = [
      { start: '2026-04-02T10:00:00Z', end: '2026-04-02T11:00:00Z' },
      { start: '2026-04-03T10:00:00Z', end: '2026-04-03T11:00:00Z', elements: ['vps-2'] },
      { start: '2026-04-04T10:00:00Z', end: '2026-04-04T11:00:00Z', elements: 'vps-1' },
    ]
    const r = measureAvailability({ commitment: base(), period: april, incidents, element: 'vps-1' })
    expect(r.downtimeMs).toBe(2 * H)
    expect(r.element).toBe('vps-1')
    expect(r.contributions.map((c) => c.index)).toEqual([0, 2])
  })

  it('accepts a plain { start, end } period', () => {
    const r = measureAvailability({
      commitment: base(),
      period: { start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' },
      incidents: [{ start: '2026-04-01T23:00:00Z', end: '2026-04-02T01:00:00Z' }],
    })
    // 1 h of 24 h: 100 × 23 / 24 = 95.8333…
    expect(r.availability.toFixed(4)).toBe('95.8333')
  })

  it('gives the whole period 0 % when it is all down, and never goes below', () => {
    const p = customPeriod({ start: '2026-04-01T00:00:00Z', end: '2026-04-02T00:00:00Z' })
    const r = measureAvailability({ commitment: base(), period: p, incidents: [{ start: '2026-03-01T00:00:00Z', end: '2026-05-01T00:00:00Z' }] })
    expect(r.availability.toString()).toBe('0')
  })

  it('lists every problem of bad input with its path, and throws InputError', () => {
    try {
      measureAvailability({
        commitment: base(),
        period: april,
        incidents: [
          { start: '2026-03-02T12:00:00Z', end: '2026-03-02T10:00:00Z' },
          { start: 'yesterday', end: '2026-03-02T10:00:00Z', impact: 'total' as never },
          null as never,
          { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', elements: [] },
        ],
      })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
        'incidents[0].end: is before start (2026-03-02T12:00:00Z)',
        'incidents[1].start: must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got "yesterday")',
        'incidents[1].impact: must be one of outage, partial, degraded (got "total")',
        'incidents[2]: must be an incident object { start, end, … } (got null)',
        'incidents[3].elements: must be a non-empty list of element names, or absent for every element (got a list)',
      ])
    }
  })

  it('refuses a zero-length period rather than calling it 100 %', () => {
    expect(() => measureAvailability({ commitment: base(), period: { start: '2026-04-01T00:00:00Z', end: '2026-04-01T00:00:00Z' }, incidents: [] })).toThrow(
      /period: must end after it starts .*zero length/,
    )
  })

  it('reports the problems of the commitment together with those of the incidents', () => {
    try {
      measureAvailability({ commitment: { credit: { type: 'pro-rata', multiplier: 'x' } }, period: april, incidents: [{ start: 'x' }] as never })
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['commitment.credit.multiplier', 'incidents[0].start', 'incidents[0].end'])
    }
  })
})

describe('rounding rule', () => {
  it('rounds the reported availability as the commitment says, and compares the rounded figure with the bands', () => {
    // CircleCI "Docker Jobs", 90 days to 2021-01-22: 9,039 s major + 1,603 s partial at 0.3:
    // 100 × (1 − (9,039 + 480.9) / 7,776,000) = 99.87757…, printed 99.87 (rounded down).
    const commitment: CommitmentInput = {
      measurement: { weights: { partial: '0.3' }, rounding: { decimals: 2, mode: 'floor' } },
      credit: { type: 'tiers', tiers: [{ atLeast: '99.877', below: '99.9', credit: '5' }, { below: '99.877', credit: '10' }] },
    }
    const period = customPeriod({ start: '2020-10-25T00:00:00Z', end: '2021-01-23T00:00:00Z' })
    const incidents = [
      { start: '2020-11-02T00:00:00Z', end: '2020-11-02T02:30:39Z', impact: 'outage' as const },
      { start: '2020-11-03T00:00:00Z', end: '2020-11-03T00:26:43Z', impact: 'partial' as const },
    ]
    const r = measureAvailability({ commitment, period, incidents })
    expect(period.durationMs).toBe(90 * 86_400_000)
    expect(r.exactAvailability.toFixed(5)).toBe('99.87757')
    expect(r.availability.toString()).toBe('99.87')
    // 9,039 s + 0.3 × 1,603 s = 9,519.9 s = 2 h 38 min 39.9 s; the exact figure to 12 digits, then the one compared.
    expect(r.explanation).toEqual([
      'Period 2020-10-25T00:00:00Z/2021-01-23T00:00:00Z (UTC): 2020-10-25T00:00:00.000Z to 2021-01-23T00:00:00.000Z, 90 d (7,776,000,000 ms).',
      'Downtime of the service: 2 h 38 min 39 s 900 ms (9,519,900 ms) from 2 incidents (weights: outage 1, partial 0.3, degraded 0; overlaps counted once).',
      'Availability = (7,776,000,000 − 9,519,900) / 7,776,000,000 × 100 = 99.8775733025 %.',
      'Rounded floor to 2 decimals, as the commitment says: 99.87 %.',
    ])
    // The exact 99.87757 would be in the 5 % band; the rounded 99.87 is below 99.877.
    expect(creditFor({ commitment, availability: r, fee: { amount: '100', currency: 'EUR' } }).percent.toString()).toBe('10')
  })
})

describe('open incidents and the minimum outage', () => {
  it('counts an open incident as it stands, since it may yet outlast the minimum', () => {
    // Open since 10:00, asOf 10:05: 5 min so far, under a 15-minute minimum, still counted (5 min).
    const r = measureAvailability({
      commitment: { measurement: { minimumOutage: 'PT15M' } },
      period: monthPeriod({ year: 2026, month: 3 }),
      incidents: [{ start: '2026-03-03T10:00:00Z' }, { start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:05:00Z' }],
      asOf: '2026-03-03T10:05:00Z',
    })
    // The closed 5-minute incident is below the minimum and dropped; the open one, 5 min so far, counts.
    expect(r.contributions.map((c) => c.status)).toEqual(['counted', 'below-minimum'])
    expect(r.downtimeMs).toBe(5 * 60_000)
  })
})
