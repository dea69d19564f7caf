import { describe, InputError } from '../errors.js'
import { type CommitmentInput } from '../schema/commitment.js'

/** Measurement rules, as the `measurement` field of a commitment. */
export type MeasurementProfile = NonNullable<CommitmentInput['measurement']>

/**
 * Atlassian Statuspage's component uptime, as printed under a status page's uptime bars and on its
 * `/uptime` page: `floor₂(100 × (1 − (major + 0.3 × partial) / period))`.
 *
 * - Time in *major outage* counts in full, *partial outage* at 0.3; *degraded performance* and
 *   *under maintenance* do not count ("Major outage minutes + (partial outage minutes * .3)").
 * - Maintenance is excluded and counts as available: the denominator stays the whole period.
 * - The percentage is rounded **down** to 2 decimals, so any outage at all shows below 100
 *   (56 s of major outage in 90 days prints 99.99). Statuspage prints zero outage as "100.0".
 * - Statuspage's figures come from component status only (read them with `parseStatuspageIncidents`); the
 *   incident's `impact` plays no part. The period is the component's days (today's partial day counts as a
 *   whole day), from its `start_date` if it has one.
 *
 * Checked against 263 of 263 printed component figures of 31 status pages (2021) and 8 of CircleCI's.
 *
 * Sources: help.statuspage.io/help/uptime-calendar ("Display historical uptime of components");
 * support.atlassian.com/statuspage/docs/display-historical-uptime-of-components/, formula quoted in
 * github.com/statping/statping issue #593; sorryapp.com/compare/uptime-sorry-vs-statuspage; data:
 * github.com/bbsetup/public-bugbounty-data at 67a0517e1d17b440e453407633c42f1317019b5f, folder `statuspage/`.
 */
const statuspage = {
  weights: { outage: '1', partial: '0.3', degraded: '0' },
  excludedCauses: ['maintenance'],
  exclusions: 'as-available',
  minimumOutage: 'PT0S',
  granularity: 'none',
  rounding: { decimals: 2, mode: 'floor' },
} as const satisfies MeasurementProfile

/**
 * Upptime's uptime figures (`history/summary.json`, shown on its status page and README badges), from
 * upptime/uptime-monitor `src/helpers/calculate-uptime.ts` and `src/summary.ts` (v1.26.2 to v1.41.5, snapshot
 * 2eb5d99848b4be6e474f26112cf29e5cd5ab313c):
 *
 * - Downtime is the time of Upptime's status issues, opened when a check turns `down` **or `degraded`** and
 *   closed when it is `up` again: degraded (a response slower than `maxResponseTime`) counts in full.
 * - Outages shorter than 15 minutes are dropped: the summary job deletes a closed status issue that lasted
 *   less than 900,000 ms (and has only the bot's comment), so later figures never count it. One of exactly
 *   15 minutes counts.
 * - Maintenance (`expectedDown` / `expectedDegraded` during a maintenance issue) opens no issue: excluded,
 *   counted as available.
 * - `max(0, 100 − down/den × 100).toFixed(2)`: 2 decimals, half-up (the downtime is first rounded to whole
 *   seconds, which this profile does not do: it can move a figure by 0.01 only where the exact value sits
 *   within 1 s of downtime of a rounding boundary).
 *
 * What Upptime does that a measurement profile cannot:
 * - Its windows are rolling and end "now" (the summary run): day, week, a year of 365 days, and all time
 *   from the monitoring start. Measure those with `customPeriod({ start, end })`.
 * - `uptimeMonth` counts the downtime of the last *calendar* month back from now (`dayjs().subtract(1, 'month')`,
 *   28 to 31 days) but divides by a fixed 2,628,288 s (30.42 days); numerator and denominator cover
 *   different lengths. A period of 2,628,288 s ending now gives the same figure whenever no downtime falls
 *   in the days between the two starts.
 * - A site monitored for less than the window is measured only against the time it was monitored: measure a
 *   partly monitored month over `[monitoring start, month end)`, not over the whole month.
 * - It reads only the 100 newest status issues, and before v1.41.6 overlapping issues counted twice.
 *
 * Sources: github.com/upptime/uptime-monitor (files above); data: github.com/Master-Hash/upptime-service
 * (23ea67f403d868c99e189b1cb746d1572c4b8c97), github.com/MasakiMu319/Upptime (0b14e63e71898b26d18232e717aad467f05049cf),
 * github.com/elemilio/uptime_lio (dba3f40f266f384005e678ba7f00c03a314900cd), `history/summary.json`.
 */
const upptime = {
  weights: { outage: '1', partial: '1', degraded: '1' },
  excludedCauses: ['maintenance'],
  exclusions: 'as-available',
  minimumOutage: 'PT15M',
  granularity: 'none',
  rounding: { decimals: 2, mode: 'half-up' },
} as const satisfies MeasurementProfile

/**
 * Uptime Kuma 2's uptime (louislam/uptime-kuma `server/uptime-calculator.js`, snapshot
 * 6398a9581d1c3c427a7536559f47ccf45dac08b4; display `src/components/Uptime.vue`):
 *
 * - DOWN and **PENDING** count as down. PENDING is the reader's job: `parseHeartbeats(beats, { pending: 'down', … })`.
 * - MAINTENANCE is in neither the top nor the bottom of the ratio: excluded **and removed from the period**
 *   (`exclusions: 'out-of-period'`).
 * - Shown as `Math.round(ratio × 10000) / 100` %: 2 decimals, half-up (Uptime Kuma then drops trailing zeros:
 *   "99.1%", "100%").
 *
 * What differs: Uptime Kuma 2 counts beats (`up / (up + down)`), this profile counts time; with beats at a
 * regular interval the two agree up to one beat at each change of state. Uptime Kuma 1.x weighs each beat by
 * its `duration` (the interval *before* it) and counts MAINTENANCE as up (1.13.1: as down). Its windows
 * (24 h, 7 d, 30 UTC days, 365 days) are rolling; measure them with `customPeriod`.
 *
 * Sources: github.com/louislam/uptime-kuma (files above; tags 1.23.17 and 1.13.1 for 1.x `server/model/monitor.js`
 * `calcUptime`); data: github.com/tomihbk/Swiss-Station-Timetable-Uptime-Status at 7408c2f81658ce82f7434957266b91cced66418c.
 */
const uptimeKuma = {
  weights: { outage: '1', partial: '1', degraded: '0' },
  excludedCauses: ['maintenance'],
  exclusions: 'out-of-period',
  minimumOutage: 'PT0S',
  granularity: 'none',
  rounding: { decimals: 2, mode: 'half-up' },
} as const satisfies MeasurementProfile

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/**
 * Measurement rules that reproduce the figures of the status pages people look at, so that a commitment can
 * be measured the way a client's dashboard shows it. Each is the `measurement` field of a commitment.
 *
 * @example
 * const commitment = { measurement: profiles.statuspage, credit: { type: 'tiers', tiers: [{ credit: '0' }] } }
 * measureAvailability({ commitment, period, incidents }).availability.toFixed(2) // '99.87', as Statuspage prints it
 */
export const profiles = /* @__PURE__ */ deepFreeze({
  statuspage,
  upptime,
  'uptime-kuma': uptimeKuma,
})

/** The name of a profile: `statuspage`, `upptime` or `uptime-kuma`. */
export type ProfileName = keyof typeof profiles

const TITLES: Record<ProfileName, { name: string; url: string }> = {
  statuspage: { name: 'Atlassian Statuspage component uptime', url: 'https://support.atlassian.com/statuspage/docs/display-historical-uptime-of-components/' },
  upptime: { name: 'Upptime uptime (summary.json)', url: 'https://github.com/upptime/uptime-monitor/blob/master/src/helpers/calculate-uptime.ts' },
  'uptime-kuma': { name: 'Uptime Kuma 2 uptime', url: 'https://github.com/louislam/uptime-kuma/blob/master/server/uptime-calculator.js' },
}

/**
 * A commitment that measures as a status page does, ready for `measureAvailability` (time zone UTC, as
 * these tools' days are). Without `credit` it gives none (one band of 0 % for any availability): a status
 * page publishes a figure, not a refund.
 *
 * @example
 * const report = measureAvailability({ commitment: withProfile('statuspage'), period, incidents, element: 'Actions' })
 * const billed = withProfile('upptime', { type: 'tiers', tiers: [{ atLeast: '99.9', credit: '0' }, { below: '99.9', credit: '10' }] })
 * @throws InputError for an unknown profile name.
 */
export function withProfile(profileName: ProfileName, credit?: CommitmentInput['credit']): CommitmentInput {
  if (!Object.prototype.hasOwnProperty.call(profiles, profileName))
    throw new InputError([{ path: 'profileName', message: `must be one of ${Object.keys(profiles).join(', ')} (got ${describe(profileName)})`, code: 'one-of', params: { options: Object.keys(profiles).join(', '), got: describe(profileName) } }])
  const title = TITLES[profileName]
  return {
    id: `profile-${profileName}`,
    name: `Measured as ${title.name}`,
    timeZone: 'UTC',
    measurement: profiles[profileName],
    credit: credit ?? { type: 'tiers', tiers: [{ credit: '0' }] },
    source: { title: title.name, url: title.url },
  }
}
