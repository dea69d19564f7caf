import { describe, expect, it } from 'vitest'
import { measureAvailability, monthlyStatement, monthPeriod } from '../../src/index.js'
import { downtimeByClockHour } from '../../src/availability/hours.js'
import { downtimeStretches } from '../../src/availability/measure.js'

const MIN = 60_000

describe('downtime by clock hour', () => {
  it('splits weighted downtime over the hours it fell in, an exclusion winning and overlaps counted once', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { partial: '0.5' } }, credit: { type: 'pro-rata' } },
      period: monthPeriod({ year: 2026, month: 4 }),
      incidents: [
        { start: '2026-04-07T10:50:00Z', end: '2026-04-07T11:07:00Z' },
        { start: '2026-04-07T11:00:00Z', end: '2026-04-07T11:30:00Z', impact: 'partial' },
        { start: '2026-04-07T12:00:00Z', end: '2026-04-07T12:20:00Z', cause: 'maintenance' },
        { start: '2026-04-07T12:10:00Z', end: '2026-04-07T12:40:00Z' },
        // Degraded weighs 0: its hour holds no downtime and is not listed.
        { start: '2026-04-07T14:00:00Z', end: '2026-04-07T14:30:00Z', impact: 'degraded' },
        // Two outages apart in one hour: 10 + 10 min, not the 40 min from the first start to the last end.
        { start: '2026-04-07T15:00:00Z', end: '2026-04-07T15:10:00Z' },
        { start: '2026-04-07T15:30:00Z', end: '2026-04-07T15:40:00Z' },
      ],
    })
    const scale = r.exact.scale
    const hours = downtimeByClockHour(r, 'UTC').map((h) => [new Date(h.start).toISOString(), new Date(h.end).toISOString(), h.downtimeUnits / scale])
    expect(hours).toEqual([
      // 10:50–11:00 outage: 10 min.
      ['2026-04-07T10:00:00.000Z', '2026-04-07T11:00:00.000Z', 10 * MIN],
      // 11:00–11:07 outage (the partial under it counted once), 11:07–11:30 partial × 0.5: 7 + 11.5 = 18.5 min.
      ['2026-04-07T11:00:00.000Z', '2026-04-07T12:00:00.000Z', 18.5 * MIN],
      // Maintenance wins until 12:20; the outage counts 12:20–12:40: 20 min.
      ['2026-04-07T12:00:00.000Z', '2026-04-07T13:00:00.000Z', 20 * MIN],
      ['2026-04-07T15:00:00.000Z', '2026-04-07T16:00:00.000Z', 20 * MIN],
    ])
    // The hours add up to the report's downtime: 10 + 18.5 + 20 + 20 = 68.5 min.
    expect(r.downtimeMs).toBe(68.5 * MIN)
  })

  it('gives each element of a statement the hours of its own downtime only', () => {
    const statement = monthlyStatement({
      commitment: { credit: { type: 'pro-rata' } },
      month: '2026-04',
      incidents: [
        { id: 'a1', start: '2026-04-07T10:00:00Z', end: '2026-04-07T10:30:00Z', elements: ['a'] },
        { id: 'b1', start: '2026-04-07T12:00:00Z', end: '2026-04-07T12:20:00Z', elements: ['b'] },
      ],
      elements: [{ id: 'a' }, { id: 'b' }],
    })
    const hoursOf = (k: number) => {
      const r = statement.elements[k]!.availability
      return downtimeByClockHour(r, 'UTC').map((h) => [new Date(h.start).toISOString(), h.downtimeUnits / r.exact.scale])
    }
    // a: 10:00–10:30, 30 min in the 10:00 hour; b: 12:00–12:20, 20 min in the 12:00 hour, nothing of a's.
    expect(hoursOf(0)).toEqual([['2026-04-07T10:00:00.000Z', 30 * MIN]])
    expect(hoursOf(1)).toEqual([['2026-04-07T12:00:00.000Z', 20 * MIN]])
    expect(statement.elements[1]!.availability.contributions.map((c) => c.id)).toEqual(['b1'])
  })
})

describe('the downtime as stretches of time', () => {
  it('gives them in order and apart, one per weight, joined where the weight goes on', () => {
    const r = measureAvailability({
      commitment: { measurement: { weights: { partial: '0.5', degraded: '0.25' } }, credit: { type: 'pro-rata' } },
      period: monthPeriod({ year: 2026, month: 4 }),
      incidents: [
        { start: '2026-04-07T10:00:00Z', end: '2026-04-07T12:00:00Z', impact: 'degraded' },
        { start: '2026-04-07T10:00:00Z', end: '2026-04-07T10:30:00Z' },
        // Starts as the outage ends: at 10:30 the weight goes from the outage's to the partial's, never the degraded's.
        { start: '2026-04-07T10:30:00Z', end: '2026-04-07T11:00:00Z', impact: 'partial' },
        // Two outages overlapping: one stretch 11:20–11:40.
        { start: '2026-04-07T11:20:00Z', end: '2026-04-07T11:30:00Z' },
        { start: '2026-04-07T11:25:00Z', end: '2026-04-07T11:40:00Z' },
        // Maintenance wins until 13:30; the outage counts 13:30–13:40.
        { start: '2026-04-07T13:00:00Z', end: '2026-04-07T13:30:00Z', cause: 'maintenance' },
        { start: '2026-04-07T13:10:00Z', end: '2026-04-07T13:40:00Z' },
      ],
    })
    // Weights in hundredths: outage 100, partial 50, degraded 25 units per ms.
    expect(r.exact.scale).toBe(100)
    const at = (hhmm: string) => Date.parse(`2026-04-07T${hhmm}:00Z`)
    const stretches = downtimeStretches(r)
    expect(stretches).toEqual([
      { start: at('10:00'), end: at('10:30'), units: 100 },
      { start: at('10:30'), end: at('11:00'), units: 50 },
      { start: at('11:00'), end: at('11:20'), units: 25 },
      { start: at('11:20'), end: at('11:40'), units: 100 },
      { start: at('11:40'), end: at('12:00'), units: 25 },
      { start: at('13:30'), end: at('13:40'), units: 100 },
    ])
    // 30 min × 100 + 30 × 50 + 20 × 25 + 20 × 100 + 20 × 25 + 10 × 100 = 8500 minute-units, the report's downtime.
    expect(stretches.reduce((sum, x) => sum + (x.end - x.start) * x.units, 0)).toBe(8500 * MIN)
    expect(r.exact.downtimeUnits).toBe(8500 * MIN)
  })
})
