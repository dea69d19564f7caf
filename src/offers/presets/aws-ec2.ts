import { type CommitmentInput } from '../../schema/commitment.js'

// Presets that spread shared notes are built in pure-marked functions: a spread counts as a side effect
// at import, and would keep them in every bundle.

const SOURCE_TITLE = 'Amazon Compute Service Level Agreement (Amazon EC2)'
const SOURCE_URL = 'https://aws.amazon.com/compute/sla/'
const SOURCE_DATE = '2022 version'

// The one sentence of the agreement recorded word for word; the bands are paraphrased (see the notes).
const MONTHLY_UPTIME_CLAUSE =
  'Monthly Uptime Percentage is calculated by subtracting from 100% the percentage of minutes during the month in which Amazon EC2 was in the state of Unavailability.'

// Readings shared by both EC2 presets: what the recorded terms do not settle.
const COMMON_READINGS = [
  'Measured per minute, as the agreement says ("the percentage of minutes during the month … in the state of Unavailability"): a clock minute touched by any unavailability counts as a whole minute of unavailability (granularity minute-up). The agreement as recorded does not say how a partly unavailable minute counts; minute-up is the reading that follows "minutes … in the state of Unavailability".',
  'The month is the monthly billing cycle, read as the calendar month in UTC: the recorded terms name no time zone.',
  'No minimum outage: the per-minute count already sets the smallest unit. the collected terms record a 5-minute minimum for older AWS terms only, not for the 2022 version encoded here.',
  'Scheduled maintenance, outages caused by the customer and force majeure are excluded and count as available time (AWS style, the library defaults); third-party causes count. The recorded terms do not list the exclusions one by one.',
  'A partial outage counts in full and degraded performance does not count (library defaults): the recorded terms speak only of a state of Unavailability.',
  'The credit is a share of the charges for the service paid that month; no other cap than 100 % is recorded.',
  'Claims: by the end of the second billing cycle after the incident (a common convention). Not encoded: the library computes what is owed, not whether it was claimed in time.',
  'The bands are a paraphrase of the agreement, not a quotation; only the Monthly Uptime Percentage sentence is quoted.',
] as const

const measurement = {
  excludedCauses: ['maintenance', 'customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'minute-up',
} as const satisfies CommitmentInput['measurement']

/**
 * AWS EC2 region-level SLA (2022 version): 10 % from 99.0 % up to 99.99 %, 30 % from 95.0 % up to 99.0 %,
 * 100 % below 95.0 %, measured per minute over the UTC month.
 */
export const awsEc2Region = /* @__PURE__ */ (() => ({
  id: 'aws-ec2-region',
  name: 'AWS EC2, region-level (2022)',
  description: 'Instances deployed across two or more Availability Zones of one region, per monthly billing cycle.',
  timeZone: 'UTC',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.99', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '30' },
      { below: '95.0', credit: '100' },
    ],
  },
  source: {
    title: SOURCE_TITLE,
    url: SOURCE_URL,
    date: SOURCE_DATE,
    clause: MONTHLY_UPTIME_CLAUSE,
    language: 'en',
    verified: true,
    notes: [
      ...COMMON_READINGS,
      'Paraphrase of the region-level bands: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 30 %; less than 95.0 % → 100 %.',
      'Scope: the region is Unavailable only when the instances run in two or more Availability Zones of the region; log incidents at region level (one element per region), not per instance.',
    ],
  },
}) as const satisfies CommitmentInput)()

/**
 * AWS EC2 instance-level SLA (2022 version): 10 % from 99.0 % up to 99.5 %, 30 % from 95.0 % up to 99.0 %,
 * 100 % below 95.0 %. The hourly "no charge" part is not encoded (see the notes).
 */
export const awsEc2Instance = /* @__PURE__ */ (() => ({
  id: 'aws-ec2-instance',
  name: 'AWS EC2, instance-level (2022)',
  description: 'One EC2 instance, per monthly billing cycle. The hourly no-charge rule of the agreement is not encoded.',
  timeZone: 'UTC',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.5', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '30' },
      { below: '95.0', credit: '100' },
    ],
  },
  source: {
    title: SOURCE_TITLE,
    url: SOURCE_URL,
    date: SOURCE_DATE,
    clause: MONTHLY_UPTIME_CLAUSE,
    language: 'en',
    verified: true,
    notes: [
      ...COMMON_READINGS,
      'Paraphrase of the instance-level bands: less than 99.5 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 30 %; less than 95.0 % → 100 %.',
      'NOT ENCODED: the agreement also gives no charge for any clock hour in which the instance was unavailable for more than 6 minutes. None of the credit models (tiers, per-duration, pro-rata) can express a per-clock-hour threshold, so only the monthly bands are encoded; the hourly waiver must be computed apart and the credit here understates what AWS owes when it applies.',
    ],
  },
}) as const satisfies CommitmentInput)()
