import { describe, expect, it } from 'vitest'
import { profiles, withProfile } from '../../src/availability/profiles.js'
import { customPeriod, type IncidentInput, measureAvailability, monthPeriod } from '../../src/index.js'
import { parseStatuspageIncidents } from '../../src/io/index.js'
import { peer } from './fixtures.js'

const DAY = 86_400_000
const commitment = withProfile('statuspage')

interface ShowcaseRow {
  page: string
  componentName: string
  daysCounted: number
  majorOutageSeconds: number
  partialOutageSeconds: number
  publishedUptimePercent: string
}

/** Statuspage prints the figure without its last zero decimal: 99.87, 99.5, 100.0. */
function printed(availability: { toFixed(n: number): string }): string {
  return availability.toFixed(2).replace(/0$/, '')
}

/** A period of `days` whole days, with the major outage first and the partial outage after it: no overlap. */
function figure(days: number, majorSeconds: number, partialSeconds: number, element = 'component'): string {
  const start = Date.UTC(2020, 9, 25)
  const period = customPeriod({ start, end: start + days * DAY })
  const incidents: IncidentInput[] = []
  if (majorSeconds > 0) incidents.push({ start, end: start + majorSeconds * 1000, impact: 'outage', elements: [element] })
  if (partialSeconds > 0)
    incidents.push({ start: start + majorSeconds * 1000, end: start + (majorSeconds + partialSeconds) * 1000, impact: 'partial', elements: [element] })
  return printed(measureAvailability({ commitment, period, incidents, element }).availability)
}

describe('the statuspage profile', () => {
  it('is major 1, partial 0.3, degraded 0, maintenance excluded, floor to 2 decimals', () => {
    expect(profiles.statuspage).toMatchObject({
      weights: { outage: '1', partial: '0.3', degraded: '0' },
      excludedCauses: ['maintenance'],
      rounding: { decimals: 2, mode: 'floor' },
    })
  })

  it('reproduces every one of the 263 component figures Statuspage printed, exactly', () => {
    const data = peer<{ rows: ShowcaseRow[]; rowsCount: number }>('statuspage/uptime-showcase_published-vs-outage-seconds_2021-01.json')
    expect(data.rows).toHaveLength(263)
    const mismatches = data.rows
      .map((r) => ({ r, ours: figure(r.daysCounted, r.majorOutageSeconds, r.partialOutageSeconds) }))
      .filter(({ r, ours }) => ours !== r.publishedUptimePercent)
      .map(({ r, ours }) => `${r.page} / ${r.componentName}: published ${r.publishedUptimePercent}, ours ${ours}`)
    expect(mismatches).toEqual([])
  })

  it('rounds down: 56 s of major outage in 90 days shows 99.99, not 100', () => {
    expect(figure(90, 56, 0)).toBe('99.99')
  })

  describe('the CircleCI page (90 days to 2021-01-22)', () => {
    interface Day {
      date: string
      majorOutageSeconds: number
      partialOutageSeconds: number
    }
    interface Component {
      componentName: string
      componentStartDate: string | null
      publishedUptimePercent90d: string | null
      check: { daysCounted: number; majorOutageSeconds: number; partialOutageSeconds: number }
      derivedCalendarMonths_NOT_PUBLISHED: Record<string, { majorOutageSeconds: number; partialOutageSeconds: number; uptimePercent_statuspageRule_floor2: number }>
      days: Day[]
    }
    const circleci = peer<{ components: Component[] }>('statuspage/circleci_uptime-showcase_2021-01-22.json').components

    /** Each day's seconds as incidents on that UTC day: the major outage from midnight, the partial one after it. */
    function dayIncidents(c: Component): IncidentInput[] {
      const out: IncidentInput[] = []
      for (const d of c.days) {
        const midnight = Date.parse(`${d.date}T00:00:00Z`)
        expect(d.majorOutageSeconds + d.partialOutageSeconds).toBeLessThanOrEqual(86_400)
        if (d.majorOutageSeconds) out.push({ id: `${d.date}-m`, start: midnight, end: midnight + d.majorOutageSeconds * 1000, elements: [c.componentName] })
        if (d.partialOutageSeconds)
          out.push({
            id: `${d.date}-p`,
            start: midnight + d.majorOutageSeconds * 1000,
            end: midnight + (d.majorOutageSeconds + d.partialOutageSeconds) * 1000,
            impact: 'partial',
            elements: [c.componentName],
          })
      }
      return out
    }

    const expected: Record<string, [number, number, number, string]> = {
      'Docker Jobs': [9039, 1603, 90, '99.87'],
      'Machine Jobs': [9917, 1603, 90, '99.86'],
      'macOS Jobs': [9244, 2551, 90, '99.87'],
      'Windows Jobs': [9039, 1604, 90, '99.87'],
      'Pipelines & Workflows': [8625, 5878, 90, '99.86'],
      'CircleCI UI': [9409, 31724, 90, '99.75'],
      Runner: [17880, 580, 67, '99.68'],
      Artifacts: [0, 0, 90, '100.0'],
    }

    it.each(Object.entries(expected))('%s: the printed figure, from the per-day outage seconds', (name, [major, partial, days, published]) => {
      const c = circleci.find((x) => x.componentName === name)!
      expect(c.publishedUptimePercent90d).toBe(published)
      expect([c.check.majorOutageSeconds, c.check.partialOutageSeconds, c.check.daysCounted]).toEqual([major, partial, days])
      // The window: the 90 days, from the component's start date when it has one (Runner: 2020-11-17, 67 days).
      const first = c.componentStartDate && c.componentStartDate > c.days[0]!.date ? c.componentStartDate : c.days[0]!.date
      const start = Date.parse(`${first}T00:00:00Z`)
      const period = customPeriod({ start, end: Date.parse(`${c.days.at(-1)!.date}T00:00:00Z`) + DAY })
      expect(period.durationMs).toBe(days * DAY)
      const report = measureAvailability({ commitment, period, incidents: dayIncidents(c), element: name })
      expect(printed(report.availability)).toBe(published)
      expect(figure(days, major, partial)).toBe(published)
    })

    it('gives the derived figures of the whole months November and December 2020 (from the start date for Runner)', () => {
      for (const c of circleci) {
        for (const month of ['2020-11', '2020-12'] as const) {
          const [y, m] = month.split('-').map(Number) as [number, number]
          const whole = monthPeriod({ year: y, month: m })
          const from = c.componentStartDate ? Math.max(whole.start.getTime(), Date.parse(`${c.componentStartDate}T00:00:00Z`)) : whole.start.getTime()
          const period = customPeriod({ start: from, end: whole.end })
          const report = measureAvailability({ commitment, period, incidents: dayIncidents(c), element: c.componentName })
          expect(report.availability.toNumber(), `${c.componentName} ${month}`).toBe(c.derivedCalendarMonths_NOT_PUBLISHED[month]!.uptimePercent_statuspageRule_floor2)
        }
      }
    })
  })

  it('measures the GitHub incident of 2024-09-16 read from incidents.json: Actions weighted 1433.994 s, Pages 390.388 s', () => {
    const file = peer('statuspage/githubstatus_incidents_2024-09-16.json')
    const { incidents } = parseStatuspageIncidents(file.incidentsJson)
    const day = customPeriod({ start: '2024-09-16T00:00:00Z', end: '2024-09-17T00:00:00Z' })
    const actions = measureAvailability({ commitment, period: day, incidents, element: 'Actions' })
    // 1,081,477 ms of major outage + 0.3 × 1,175,058 ms of partial outage = 1,433,994.4 ms
    expect(actions.downtime.toString()).toBe('1433994.4')
    expect(Math.round(actions.downtimeMs) / 1000).toBe(1433.994)
    expect(actions.availability.toFixed(2)).toBe('98.34')
    const pages = measureAvailability({ commitment, period: day, incidents, element: 'Pages' })
    expect(pages.downtime.toString()).toBe('390388.2')
    expect(Math.round(pages.downtimeMs) / 1000).toBe(file.derived_NOT_PUBLISHED.incidents[0].componentTimelines[1].weightedDowntimeSeconds_statuspageRule)
  })

  it('leaves maintenance out and counts degraded performance for nothing', () => {
    const day = customPeriod({ start: '2026-03-02T00:00:00Z', end: '2026-03-03T00:00:00Z' })
    const report = measureAvailability({
      commitment,
      period: day,
      incidents: [
        { start: '2026-03-02T01:00:00Z', end: '2026-03-02T05:00:00Z', cause: 'maintenance' },
        { start: '2026-03-02T06:00:00Z', end: '2026-03-02T08:00:00Z', impact: 'degraded' },
        { start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:14:24Z' }, // 864 s = 1 % of the day
      ],
    })
    expect(report.measuredMs).toBe(DAY)
    expect(report.downtimeMs).toBe(864_000)
    expect(report.availability.toFixed(2)).toBe('99.00')
  })
})
