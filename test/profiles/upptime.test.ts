/**
 * The upptime profile against the figures Upptime published (history/summary.json) for three real sites,
 * from the down intervals rebuilt from their git history (test/fixtures/peers/upptime/README.md).
 *
 * Upptime's windows are rolling and end at "now" (the summary run): they are measured here as periods
 * ending at the snapshot's commit time. What a measurement profile cannot reproduce is said where it shows.
 */
import { describe, expect, it } from 'vitest'
import { profiles, withProfile } from '../../src/availability/profiles.js'
import { type CommitmentInput, customPeriod, Decimal, type IncidentInput, measureAvailability, monthPeriod } from '../../src/index.js'
import { peer } from './fixtures.js'

const DAY = 86_400_000
/** Upptime's fixed month denominator: 30.42 days. */
const UPPTIME_MONTH_MS = 2_628_288_000
const commitment = withProfile('upptime')

interface Interval {
  start: string
  end: string
  durationSeconds: number
  status: 'down' | 'degraded'
  countedByUpptime: boolean
}
type Figures = Record<'uptime' | 'uptimeDay' | 'uptimeWeek' | 'uptimeMonth' | 'uptimeYear', string>
interface Snapshot extends Figures {
  commit: string
  commitTime: string
  templateSnapshot?: boolean
}
interface Site {
  monitoringStart: string
  asOf: string
  intervals: Interval[]
  published: Figures & { dailyMinutesDown: Record<string, number> }
  publishedSnapshots: Snapshot[]
  derivedCalendarMonths: {
    months: {
      month: string
      sumOfPublishedDailyMinutesDown: number
      exactDowntimeSecondsFromCountedIntervals: number
      uptimePctWholeMonth_fromPublishedMinutes: number
      monitoredWindow: { start: string; end: string }
      uptimePctMonitoredWindowOnly_fromExactSeconds: number
    }[]
  }
}

const sites = {
  'rss-hub': peer<Site>('upptime/master-hash_upptime-service_rss-hub.json'),
  'hacker-news': peer<Site>('upptime/masakimu319_upptime_hacker-news.json'),
  'espaidocs-owncloud': peer<Site>('upptime/elemilio_uptime_lio_espaidocs-owncloud.json'),
}

/** Every interval of the git history, short ones included: the profile must drop those itself. */
function incidentsOf(site: Site): IncidentInput[] {
  return site.intervals.map((i, n) => ({ id: `#${n}`, start: i.start, end: i.end, impact: i.status === 'degraded' ? 'degraded' : 'outage' }))
}

const percent = (text: string) => new Decimal(text.replace('%', ''))

/** Upptime's five figures at `now`, measured with the profile over periods ending at `now`. */
function figuresAt(site: Site, now: number, c: CommitmentInput = commitment): Record<keyof Figures, Decimal> {
  const incidents = incidentsOf(site)
  const since = Date.parse(site.monitoringStart)
  // A site monitored for less than a window is measured against the time it was monitored.
  const last = (ms: number) => customPeriod({ start: Math.max(now - ms, since), end: now })
  const measure = (period: ReturnType<typeof customPeriod>) => measureAvailability({ commitment: c, period, incidents }).availability
  return {
    uptime: measure(customPeriod({ start: since, end: now })),
    uptimeDay: measure(last(DAY)),
    uptimeWeek: measure(last(7 * DAY)),
    uptimeMonth: measure(last(UPPTIME_MONTH_MS)),
    uptimeYear: measure(last(365 * DAY)),
  }
}

/** The README's tolerance: 0.02 on the day (8.6 s is 0.01 % of a day), 0.01 elsewhere. */
const tolerance = (key: keyof Figures) => (key === 'uptimeDay' ? 0.02 : 0.01)

describe('the upptime profile', () => {
  it('counts degraded in full, drops outages under 15 minutes, rounds half-up to 2 decimals', () => {
    expect(profiles.upptime).toMatchObject({
      weights: { outage: '1', partial: '1', degraded: '1' },
      minimumOutage: 'PT15M',
      rounding: { decimals: 2, mode: 'half-up' },
    })
  })

  it('drops exactly the outages Upptime did not count: those under 15 minutes', () => {
    for (const site of Object.values(sites)) {
      for (const i of site.intervals) expect(i.countedByUpptime).toBe(i.durationSeconds >= 900)
      const period = customPeriod({ start: site.monitoringStart, end: site.asOf })
      const report = measureAvailability({ commitment, period, incidents: incidentsOf(site) })
      const dropped = report.contributions.filter((c) => c.status === 'below-minimum').map((c) => c.id)
      expect(dropped).toEqual(site.intervals.flatMap((i, n) => (i.countedByUpptime ? [] : [`#${n}`])))
    }
  })

  describe.each([
    // rss-hub: monitored ~9.4 days, so all time, month and year are all measured since the monitoring start.
    ['rss-hub', { uptime: '80.01%', uptimeDay: '41.44%', uptimeWeek: '73.37%', uptimeMonth: '80.01%', uptimeYear: '80.01%' }],
    // hacker-news: crosses a month and a year; the outages of 874 s and 476 s are not counted.
    ['hacker-news', { uptime: '99.98%', uptimeDay: '91.99%', uptimeWeek: '98.86%', uptimeMonth: '99.18%', uptimeYear: '99.93%' }],
    ['espaidocs-owncloud', { uptime: '98.75%', uptimeDay: '100.00%', uptimeWeek: '99.85%', uptimeMonth: '99.91%', uptimeYear: '98.75%' }],
  ] as const)('%s: the figures published at asOf', (name, expected) => {
    const site = sites[name]
    const ours = figuresAt(site, Date.parse(site.asOf))

    it('are the README figures', () => {
      expect({ ...site.published, dailyMinutesDown: undefined, commit: undefined, commitTime: undefined }).toMatchObject(expected)
    })

    it.each(['uptime', 'uptimeWeek', 'uptimeMonth', 'uptimeYear'] as const)('%s is reproduced exactly', (key) => {
      expect(`${ours[key].toFixed(2)}%`).toBe(expected[key])
    })

    it('uptimeDay is reproduced within 0.02', () => {
      // Upptime's "now" is a few seconds before the commit and its issues close a few seconds after the
      // status commits this data comes from: on a day, 8.6 s moves the figure by 0.01 (rss-hub: 41.45 for
      // 41.44, hacker-news: 92.00 for 91.99).
      expect(ours.uptimeDay.minus(percent(expected.uptimeDay)).abs().toNumber()).toBeLessThanOrEqual(0.02)
    })
  })

  it('hacker-news: the month figure holds although Upptime counts a calendar month over 30.42 days', () => {
    // Upptime's uptimeMonth counts downtime since 2023-12-10T15:46:56Z (one calendar month back) but divides by
    // 2,628,288 s, a window that starts 2023-12-11T05:41:44Z. No downtime falls between the two, so a period of
    // 2,628,288 s ending now gives the same figure: (2,628,288 − 21,513) / 2,628,288 = 99.18 %.
    const site = sites['hacker-news']
    const now = Date.parse(site.asOf)
    const period = customPeriod({ start: now - UPPTIME_MONTH_MS, end: now })
    const report = measureAvailability({ commitment, period, incidents: incidentsOf(site) })
    expect(report.downtimeMs).toBe(21_513_000)
    expect(report.availability.toFixed(2)).toBe('99.18')
  })

  describe('every summary Upptime committed', () => {
    /**
     * Upptime counts a short outage until the summary job deletes its issue, which happens after the summary
     * written right after the outage: the profile, which drops every outage under 15 minutes, cannot know
     * that, so those snapshots are reproduced by counting the short outage.
     */
    function shortOutageStillCounted(site: Site, snapshots: Snapshot[], k: number): boolean {
      const now = Date.parse(snapshots[k]!.commitTime)
      const previous = k > 0 ? Date.parse(snapshots[k - 1]!.commitTime) : Number.NEGATIVE_INFINITY
      return site.intervals.some((i) => !i.countedByUpptime && Date.parse(i.start) < now && Date.parse(i.end) > previous)
    }

    /**
     * Upptime's own month figure: downtime over one calendar month back from now (dayjs subtract), divided by
     * min(2,628,288 s, time monitored). Used where the two windows differ in downtime.
     */
    function upptimeMonth(site: Site, now: number, c: CommitmentInput): Decimal {
      const d = new Date(now)
      const back = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()))
      const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate()
      back.setUTCDate(Math.min(d.getUTCDate(), lastDay))
      const since = Date.parse(site.monitoringStart)
      const down = measureAvailability({ commitment: c, period: customPeriod({ start: Math.max(back.getTime(), since), end: now }), incidents: incidentsOf(site) }).downtime
      const den = Math.min(UPPTIME_MONTH_MS, now - since)
      return Decimal.max(0, new Decimal(100).minus(down.div(den).times(100))).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
    }

    // How often the profile alone is not enough: snapshots counting a short outage, and month figures whose
    // calendar-month numerator holds downtime that the 30.42-day window does not (espaidocs, April to June 2022).
    const expected = {
      'rss-hub': { snapshots: 28, withShort: 0, calendarMonth: 0 },
      'hacker-news': { snapshots: 75, withShort: 4, calendarMonth: 0 },
      'espaidocs-owncloud': { snapshots: 369, withShort: 46, calendarMonth: 11 },
    }

    it.each(Object.keys(sites) as (keyof typeof sites)[])('%s: within the README tolerance', (name) => {
      const site = sites[name]
      const snapshots = site.publishedSnapshots.filter((s) => !s.templateSnapshot)
      const counted = { ...commitment, measurement: { ...profiles.upptime, minimumOutage: 'PT0S' } } satisfies CommitmentInput
      const misses: string[] = []
      let withShort = 0
      let calendarMonth = 0
      snapshots.forEach((snap, k) => {
        const now = Date.parse(snap.commitTime)
        const short = shortOutageStillCounted(site, snapshots, k)
        if (short) withShort++
        // Where short outages still counted, the older ones were already deleted: leave those out by hand.
        const c = short ? counted : commitment
        const local = short
          ? { ...site, intervals: site.intervals.filter((i) => i.countedByUpptime || Date.parse(i.end) > (k > 0 ? Date.parse(snapshots[k - 1]!.commitTime) : 0)) }
          : site
        const ours = figuresAt(local, now, c)
        const sameMonthWindow = upptimeMonth(local, now, c).eq(ours.uptimeMonth)
        if (!sameMonthWindow) {
          calendarMonth++
          ours.uptimeMonth = upptimeMonth(local, now, c)
        }
        for (const key of ['uptime', 'uptimeDay', 'uptimeWeek', 'uptimeMonth', 'uptimeYear'] as const) {
          const diff = ours[key].minus(percent(snap[key])).abs().toNumber()
          if (diff > tolerance(key)) misses.push(`${snap.commitTime} ${key}: published ${snap[key]}, ours ${ours[key].toFixed(2)}`)
        }
      })
      expect(misses).toEqual([])
      expect({ snapshots: snapshots.length, withShort, calendarMonth }).toEqual(expected[name])
    })
  })

  describe.each(Object.keys(sites) as (keyof typeof sites)[])('%s: calendar months (not published by Upptime)', (name) => {
    const site = sites[name]
    const incidents = incidentsOf(site)
    it.each(site.derivedCalendarMonths.months.map((m) => [m.month, m] as const))('%s', (_, m) => {
      const [year, month] = m.month.split('-').map(Number) as [number, number]
      const whole = measureAvailability({ commitment, period: monthPeriod({ year, month }), incidents })
      // The downtime of the month is that of the counted intervals, to the second.
      expect(whole.downtimeMs).toBe(m.exactDowntimeSecondsFromCountedIntervals * 1000)
      // Upptime's daily minutes round each (issue, day) piece: at most half a minute each.
      const pieces = site.intervals.filter((i) => i.countedByUpptime && i.start.startsWith(m.month)).length * 2
      expect(Math.abs(whole.downtimeMs / 60_000 - m.sumOfPublishedDailyMinutesDown)).toBeLessThanOrEqual(pieces / 2 + 1e-9)
      expect(whole.availability.minus(m.uptimePctWholeMonth_fromPublishedMinutes).abs().toNumber()).toBeLessThanOrEqual(0.01)
      // Upptime measures a partly monitored month against the monitored time only.
      const monitored = measureAvailability({ commitment, period: customPeriod(m.monitoredWindow), incidents })
      expect(monitored.exactAvailability.toDecimalPlaces(4).toNumber()).toBe(m.uptimePctMonitoredWindowOnly_fromExactSeconds)
      expect(monitored.availability.minus(m.uptimePctMonitoredWindowOnly_fromExactSeconds).abs().toNumber()).toBeLessThanOrEqual(0.01)
    })
  })
})
