import { describe, expect, it } from 'vitest'
import { creditFor, Decimal, InputError, measureAvailability, monthPeriod } from '../../src/index.js'
import type { AvailabilityStep, CommitmentInput } from '../../src/index.js'

const H = 3_600_000
const MIN = 60_000
const april = monthPeriod({ year: 2026, month: 4 }) // UTC, 30 days = 720 h
const APRIL = Date.parse('2026-04-01T00:00:00Z')
const MAY = Date.parse('2026-05-01T00:00:00Z')
const base: CommitmentInput = { credit: { type: 'pro-rata' } }

describe('incidents at the edges of the period', () => {
  it('leaves out an incident ending exactly when the period starts, and one starting when it ends', () => {
    const r = measureAvailability({
      commitment: base,
      period: april,
      incidents: [
        { id: 'march', start: APRIL - H, end: APRIL },
        { id: 'may', start: MAY, end: MAY + H },
      ],
    })
    expect(r.contributions).toEqual([])
    expect(r.downtimeMs).toBe(0)
    expect(r.availability.toString()).toBe('100')
  })

  it('counts the hour of an incident that starts an hour before the period and ends an hour in', () => {
    const r = measureAvailability({ commitment: base, period: april, incidents: [{ id: 'night', start: APRIL - H, end: APRIL + H }] })
    // 1 h of 720 h: 100 × 719 / 720
    expect(r.downtimeMs).toBe(H)
    expect(r.contributions.map((c) => [c.status, c.inPeriodMs, c.countedMs])).toEqual([['counted', H, H]])
    expect(r.availability).toEqual(new Decimal(100).times(719).div(720))
  })

  it('lists an incident of no length as empty, and one wholly inside another as overlapped', () => {
    const t = Date.parse('2026-04-10T10:00:00Z')
    const r = measureAvailability({
      commitment: base,
      period: april,
      incidents: [
        { id: 'blip', start: t, end: t },
        { id: 'long', start: t, end: t + 2 * H },
        { id: 'inside', start: t + 30 * MIN, end: t + H },
        { id: 'at-start', start: APRIL, end: APRIL },
      ],
    })
    expect(r.contributions.map((c) => ({ id: c.id, status: c.status, step: c.step, countedMs: c.countedMs, downtimeMs: c.downtimeMs }))).toEqual([
      { id: 'blip', status: 'empty', step: { kind: 'empty' }, countedMs: 0, downtimeMs: 0 },
      { id: 'long', status: 'counted', step: { kind: 'counted', impact: 'outage', countedMs: 2 * H, inPeriodMs: 2 * H, weight: new Decimal(1), granularity: 'none' }, countedMs: 2 * H, downtimeMs: 2 * H },
      { id: 'inside', status: 'overlapped', step: { kind: 'overlapped', inPeriodMs: 30 * MIN }, countedMs: 0, downtimeMs: 0 },
      { id: 'at-start', status: 'empty', step: { kind: 'empty' }, countedMs: 0, downtimeMs: 0 },
    ])
    expect(r.contributions.map((c) => c.reason)).toEqual([
      'lasts no time inside the period',
      'outage of 2 h in the period',
      'its 30 min were already counted under other incidents or excluded',
      'lasts no time inside the period',
    ])
    expect(r.downtimeMs).toBe(2 * H)
  })
})

describe('open incidents', () => {
  const asOf = Date.parse('2026-04-02T12:00:00Z')

  it('says the report is final when no open incident takes part, even with an asOf', () => {
    const r = measureAvailability({ commitment: base, period: april, asOf, incidents: [{ start: '2026-04-02T10:00:00Z', end: '2026-04-02T11:00:00Z' }] })
    expect(r.open).toBe(false)
    expect(r.asOf).toEqual(new Date(asOf))
    // No open step: the incident ended before asOf. 1 h of 720 h: 100 × 719 / 720.
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(H), counted: [{ index: 0 }], notCounted: [], weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) } },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(H), exactAvailability: new Decimal(100).times(719).div(720) },
    ])
  })

  it('says it is not final while an incident is open, and counts it up to asOf', () => {
    const r = measureAvailability({ commitment: base, period: april, asOf, incidents: [{ start: '2026-04-02T10:00:00Z' }] })
    // 10:00 to asOf 12:00: 2 h
    expect([r.open, r.downtimeMs]).toEqual([true, 2 * H])
  })

  it('does not wait on an open incident of an excluded cause, nor on one of another element', () => {
    const excluded = measureAvailability({ commitment: base, period: april, asOf, incidents: [{ start: '2026-04-02T10:00:00Z', cause: 'maintenance' }] })
    expect(excluded.open).toBe(false)
    const other = measureAvailability({ commitment: base, period: april, asOf, element: 'vps-1', incidents: [{ start: '2026-04-02T10:00:00Z', elements: ['vps-2'] }] })
    expect(other.open).toBe(false)
    // A closed outage beside the open maintenance: final too.
    const beside = measureAvailability({
      commitment: base,
      period: april,
      asOf,
      incidents: [
        { start: '2026-04-02T10:00:00Z', cause: 'maintenance' },
        { start: '2026-04-02T08:00:00Z', end: '2026-04-02T09:00:00Z' },
      ],
    })
    expect([beside.open, beside.downtimeMs]).toEqual([false, H])
  })
})

describe('what measureAvailability refuses', () => {
  it('refuses an empty element name, and one that is not a string', () => {
    for (const element of ['', 7]) {
      try {
        measureAvailability({ commitment: base, period: april, incidents: [], element: element as string })
        expect.unreachable()
      } catch (e) {
        expect(e).toBeInstanceOf(InputError)
        expect((e as InputError).issues).toEqual([{ path: 'element', message: 'must be a non-empty element name' }])
        expect((e as InputError).message.split('\n')[0]).toBe('Cannot measure availability:')
      }
    }
  })
})

describe('what a report carries', () => {
  const t = Date.parse('2026-04-10T10:00:00Z')
  const asOf = Date.parse('2026-04-10T12:00:00Z')

  it('names its commitment when the commitment has an id, and its asOf only when one was given', () => {
    const named = measureAvailability({ commitment: { ...base, id: 'vps-2026' }, period: april, incidents: [] })
    expect(named.commitmentId).toBe('vps-2026')
    const plain = measureAvailability({ commitment: base, period: april, incidents: [] })
    expect(Object.keys(plain)).toEqual(['element', 'period', 'periodMs', 'excludedMs', 'measuredMs', 'downtimeMs', 'open', 'exact', 'downtime', 'availability', 'exactAvailability', 'contributions', 'steps', 'explanation'])
    const withAsOf = measureAvailability({ commitment: base, period: april, incidents: [], asOf })
    expect(Object.keys(withAsOf)).toContain('asOf')
  })

  it('shows its figures in JSON', () => {
    // 1 h of 720 h
    const r = measureAvailability({ commitment: base, period: april, incidents: [{ start: t, end: t + H }] })
    const json = JSON.parse(JSON.stringify(r))
    expect([json.downtime, json.availability, json.exactAvailability]).toEqual(['3600000', new Decimal(100).times(719).div(720).toString(), new Decimal(100).times(719).div(720).toString()])
    expect(json.contributions).toHaveLength(1)
    // The contribution's figures in the order its JSON has always had, id absent when the incident has none.
    expect(Object.keys(json.contributions[0])).toEqual(['index', 'impact', 'cause', 'start', 'end', 'open', 'inPeriodMs', 'countedMs', 'weight', 'downtimeMs', 'excludedMs', 'status', 'step', 'reason'])
    expect(json.contributions[0]).toMatchObject({ index: 0, start: new Date(t).toISOString(), countedMs: H, downtimeMs: H, status: 'counted', reason: 'outage of 1 h in the period' })
    // In JSON the exact figures are strings: 100 × 719 / 720 = 99.86111… to 40 digits.
    const weights = { outage: '1', partial: '1', degraded: '0' }
    expect(json.steps).toEqual([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: null, downtime: '3600000', counted: [{ index: 0 }], notCounted: [], weights },
      { kind: 'formula', measuredMs: 720 * H, downtime: '3600000', exactAvailability: new Decimal(100).times(719).div(720).toString() },
    ])
    expect(json.explanation).toEqual([
      'Period 2026-04 (UTC): 2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of the service: 1 h (3,600,000 ms) from 1 incident (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Availability = (2,592,000,000 − 3,600,000) / 2,592,000,000 × 100 = 99.8611111111 %.',
    ])
  })

  it('lists an incident without an id by its position only, and says why a degraded one counted nothing', () => {
    const r = measureAvailability({
      commitment: base,
      period: april,
      incidents: [
        { start: t, end: t + H },
        { id: 'slow', start: t + 2 * H, end: t + 3 * H, impact: 'degraded' },
      ],
    })
    expect(Object.keys(r.contributions[0]!)).not.toContain('id')
    // Half-weighted partial outage: 1 h partial × 0.5 = 30 min of downtime.
    const half = measureAvailability({ commitment: { measurement: { weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } }, period: april, incidents: [{ start: t, end: t + H, impact: 'partial' }] })
    expect(half.contributions.map((c) => [c.countedMs, c.weight, c.downtimeMs])).toEqual([[H, new Decimal('0.5'), 30 * MIN]])
    expect(r.contributions[1]!.status).toBe('not-counted')
    expect(r.contributions[1]!.step).toEqual({ kind: 'not-counted', impact: 'degraded' })
    // The outage counts by its position alone; the degraded one, weighing 0, is listed by position and id among those not counted.
    const weights = { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) }
    expect(r.steps).toStrictEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      { kind: 'downtime', element: null, downtime: new Decimal(H), counted: [{ index: 0 }], notCounted: [{ index: 1, id: 'slow' }], weights },
      { kind: 'formula', measuredMs: 720 * H, downtime: new Decimal(H), exactAvailability: new Decimal(100).times(719).div(720) },
    ])
    expect(r.explanation[1]).toBe('Downtime of the service: 1 h (3,600,000 ms) from 1 incident, 1 other not counted (weights: outage 1, partial 1, degraded 0; overlaps counted once).')
  })

  it('says an open incident was counted up to asOf, among closed ones', () => {
    const r = measureAvailability({ commitment: base, period: april, asOf, incidents: [{ start: t, end: t + 30 * MIN }, { start: t + H }] })
    // 30 min + 1 h (11:00 to asOf 12:00)
    expect(r.downtimeMs).toBe(1.5 * H)
    expect(r.steps.at(-1)).toEqual({ kind: 'open', asOf })
  })

  it('measures a month with four-decimal weights, and refuses a period too long to measure exactly with them', () => {
    const fine: CommitmentInput = { measurement: { weights: { partial: '0.0001' } }, credit: { type: 'pro-rata' } }
    // 1 h partial × 0.0001 = 360 ms
    expect(measureAvailability({ commitment: fine, period: april, incidents: [{ start: t, end: t + H, impact: 'partial' }] }).downtimeMs).toBe(360)
    // 40 years × 10^4 units per ms is past 2^53.
    const decades = { start: '1990-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' }
    try {
      measureAvailability({ commitment: fine, period: decades, incidents: [] })
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues).toEqual([
        { path: 'period', message: 'is too long to measure exactly with weights of 4 decimals: use weights with fewer decimals or a shorter period' },
      ])
      expect((e as InputError).message.split('\n')[0]).toBe('Cannot measure availability:')
    }
  })

  it('names a bad asOf', () => {
    try {
      measureAvailability({ commitment: base, period: april, incidents: [], asOf: 'soon' })
      expect.unreachable()
    } catch (e) {
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['asOf'])
    }
  })
})

describe('contributions compared whole', () => {
  it('differ when a figure differs, though they are views with no own fields', () => {
    const period = monthPeriod({ year: 2026, month: 3 })
    const one = measureAvailability({ commitment: base, period, incidents: [{ start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z' }] })
    const two = measureAvailability({ commitment: base, period, incidents: [{ start: '2026-03-10T10:00:00Z', end: '2026-03-10T12:00:00Z' }] })
    const again = measureAvailability({ commitment: base, period, incidents: [{ start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z' }] })
    // 1 h against 2 h counted: the same incident shape, another figure.
    expect(one.contributions).not.toEqual(two.contributions)
    expect(one.contributions).toEqual(again.contributions)
  })
})

describe('contributions of a log with incidents outside the period', () => {
  it('lists them in the order of the log, those that counted and those that did not', () => {
    const r = measureAvailability({
      commitment: { measurement: { minimumOutage: 'PT5M' }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        { id: 'march', start: APRIL - H, end: APRIL - 30 * MIN },
        { id: 'A', start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z' },
        { id: 'short', start: '2026-04-07T12:00:00Z', end: '2026-04-07T12:02:00Z' },
        { id: 'B', start: '2026-04-07T14:00:00Z', end: '2026-04-07T15:00:00Z' },
      ],
    })
    // March's lies wholly before the period; the 2-minute one is under the 5-minute minimum.
    expect(r.contributions.map((c) => [c.index, c.id, c.status])).toEqual([
      [1, 'A', 'counted'],
      [2, 'short', 'below-minimum'],
      [3, 'B', 'counted'],
    ])
    expect(r.downtimeMs).toBe(2 * H)
  })

  it('gives an incident its end when that is the first figure read', () => {
    const r = measureAvailability({ commitment: base, period: april, incidents: [{ start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z' }] })
    expect(r.contributions[0]!.end).toEqual(new Date('2026-04-07T11:00:00Z'))
  })

  it('leaves the id out of a contribution’s figures when the incident has none', () => {
    const r = measureAvailability({ commitment: base, period: april, incidents: [{ start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z' }] })
    expect(Object.keys((r.contributions[0] as unknown as { toJSON(): object }).toJSON())).toEqual(['index', 'impact', 'cause', 'start', 'end', 'open', 'inPeriodMs', 'countedMs', 'weight', 'downtimeMs', 'excludedMs', 'status', 'step', 'reason'])
  })
})

describe('an incident opened at asOf', () => {
  it('lasts no time yet: the report is final, and the incident listed as empty', () => {
    const asOf = Date.parse('2026-04-08T00:00:00Z')
    const r = measureAvailability({
      commitment: base,
      period: april,
      asOf,
      incidents: [{ start: '2026-04-07T10:00:00Z', end: '2026-04-07T10:10:00Z' }, { id: 'now', start: asOf }],
    })
    expect(r.open).toBe(false)
    expect(r.downtimeMs).toBe(10 * MIN)
    expect(r.contributions.map((c) => [c.status, c.open])).toEqual([
      ['counted', false],
      ['empty', true],
    ])
  })
})

describe('maintenance in the split when the commitment counts it', () => {
  it('counts a maintenance outage as planned downtime, not a degraded maintenance that weighs nothing', () => {
    const r = measureAvailability({
      commitment: { measurement: { excludedCauses: [] }, credit: { type: 'pro-rata' } },
      period: april,
      incidents: [
        { start: '2026-04-07T10:00:00Z', end: '2026-04-07T11:00:00Z', cause: 'maintenance' },
        { start: '2026-04-08T10:00:00Z', end: '2026-04-08T10:30:00Z', cause: 'maintenance', impact: 'degraded' },
      ],
    })
    // 1 h of counted maintenance; the 30 degraded minutes are neither planned nor unplanned downtime.
    expect(r.split).toEqual({ scheduledMs: 0, maintenanceIncidentsMs: H, plannedMs: H, unplannedMs: 0, totalMs: H })
  })
})

describe('a credit from something that is not a report', () => {
  it('refuses a null availability with the problem named, as any other bad value', () => {
    try {
      creditFor({ commitment: base, availability: null as never, fee: { amount: '10.00', currency: 'EUR' } })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['availability'])
    }
  })
})

