import { describe, expect, it } from 'vitest'
import { profiles, withProfile } from '../../src/availability/profiles.js'
import { customPeriod, Decimal, InputError, measureAvailability, parseCommitment } from '../../src/index.js'
import { parseHeartbeats } from '../../src/io/index.js'
import { peer } from './fixtures.js'

const MIN = 60_000

/** Beats one minute apart from 10:00 UTC, with the given statuses. */
function beats(statuses: number[]) {
  return statuses.map((status, i) => ({ time: new Date(Date.UTC(2026, 2, 2, 10, i)).toISOString(), status }))
}

describe('the uptime-kuma profile', () => {
  it('removes maintenance from the period and rounds half-up to 2 decimals', () => {
    expect(profiles['uptime-kuma']).toMatchObject({ exclusions: 'out-of-period', excludedCauses: ['maintenance'], rounding: { decimals: 2, mode: 'half-up' } })
  })

  it('equals Uptime Kuma 2’s beat count when beats are regular: PENDING down, MAINTENANCE in neither', () => {
    // 20 beats a minute apart: 12 UP, 3 DOWN, 2 PENDING, 3 MAINTENANCE. Uptime Kuma 2: up / (up + down + pending)
    // = 12 / 17 = 70.588… %, shown 70.59 %.
    const statuses = [1, 1, 0, 0, 2, 1, 3, 3, 3, 1, 1, 1, 0, 2, 1, 1, 1, 1, 1, 1]
    const { incidents } = parseHeartbeats(beats(statuses), { pending: 'down', gap: 'unknown', asOf: '2026-03-02T10:20:00Z' })
    const report = measureAvailability({ commitment: withProfile('uptime-kuma'), period: customPeriod({ start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:20:00Z' }), incidents })
    expect(report.excludedMs).toBe(3 * MIN)
    expect(report.measuredMs).toBe(17 * MIN)
    expect(report.exactAvailability.eq(new Decimal(1200).div(17))).toBe(true)
    expect(report.availability.toFixed(2)).toBe('70.59')
  })

  it('measures the real sample by time: 121 s down, between the 1.x and 2.x figures of Uptime Kuma', () => {
    // Uptime Kuma has no figure published for this sample; the README re-ran its formulas: 1.x (time over the
    // beats' durations) 1 − 121/14017 = 99.14 %, 2.x (beats) 221/223 = 99.10 %. Over the span of the beats,
    // by time: 1 − 121/13957 = 99.13 %.
    const kuma = peer('uptime-kuma/swiss-station-timetable_heartbeats_2022-03-30.json')
    const { incidents } = parseHeartbeats(kuma, { pending: 'down', gap: 'previous' })
    const period = customPeriod({ start: '2022-03-30T07:47:13Z', end: kuma.computed_NOT_PUBLISHED.asOf })
    const report = measureAvailability({ commitment: withProfile('uptime-kuma'), period, incidents, element: 'Swiss Transport API' })
    expect(report.downtimeMs).toBe(121_000)
    expect(report.periodMs).toBe(13_957_000)
    expect(report.availability.toFixed(2)).toBe('99.13')
    expect(kuma.computed_NOT_PUBLISHED.perMonitor['1'].v2_countBased_24h.displayed).toBe('99.1%')
    expect(kuma.computed_NOT_PUBLISHED.perMonitor['1'].v1_timeWeighted_24h.displayed).toBe('99.14%')
  })
})

describe('withProfile', () => {
  it('gives a valid commitment with no credit by default, or the credit given', () => {
    for (const name of ['statuspage', 'upptime', 'uptime-kuma'] as const) {
      const c = parseCommitment(withProfile(name))
      expect(c.measurement.rounding).toEqual({ decimals: 2, mode: name === 'statuspage' ? 'floor' : 'half-up' })
      expect(c.timeZone).toBe('UTC')
      expect(c.source?.url).toMatch(/^https:\/\//)
    }
    const billed = withProfile('upptime', { type: 'tiers', tiers: [{ atLeast: '99.9', credit: '0' }, { below: '99.9', credit: '10' }] })
    expect(parseCommitment(billed).credit[0]).toMatchObject({ type: 'tiers' })
  })

  it('refuses an unknown profile, and the profiles cannot be changed', () => {
    expect(() => withProfile('pingdom' as never)).toThrow(InputError)
    expect(Object.isFrozen(profiles.statuspage.weights)).toBe(true)
  })
})
