import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Google Compute Engine, single instance: target 99.9 %; 10 % from 95.0 % up to 99.9 %, 25 % from 90.0 % up
 * to 95.0 %, 100 % below 90.0 %; only whole minutes of downtime count. Bands from a secondary copy.
 */
export const gcpComputeSingle = {
  id: 'gcp-compute-single',
  name: 'Google Compute Engine, single instance',
  description: 'One instance, per calendar month; target 99.9 %. Bands from a secondary copy, not verified.',
  timeZone: 'UTC',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure'],
    exclusions: 'as-available',
    minimumOutage: 'PT1M',
    granularity: 'minute-down',
  },
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '95.0', below: '99.9', credit: '10' },
      { atLeast: '90.0', below: '95.0', credit: '25' },
      { below: '90.0', credit: '100' },
    ],
  },
  source: {
    title: 'Google Cloud, Compute Engine Service Level Agreement (SLA)',
    url: 'https://cloud.google.com/compute/sla',
    date: 'undated',
    verified: false,
    notes: [
      'The 99.9 % target is from Google\'s page; the bands come from a secondary copy of it: verified false.',
      'Paraphrase, not a quotation: less than 99.9 % but at least 95.0 % → 10 %; less than 95.0 % but at least 90.0 % → 25 %; less than 90.0 % → 100 % of the fees of the covered service for the month.',
      'Downtime is counted in consecutive whole minutes and partial minutes do not count: only whole clock minutes inside an incident count (granularity minute-down), and an incident shorter than one minute never counts (minimum outage PT1M, the 1-minute minimum of Google). Reading: minutes are clock minutes (10:00:30–10:03:10 counts 10:01–10:03, 2 minutes), not minutes measured from the start of the incident.',
      'The month is the calendar month, read in UTC: the recorded terms name no time zone.',
      'Scheduled maintenance, outages caused by the customer and force majeure are excluded and count as available time (library defaults); the recorded terms do not list the exclusions.',
      'A partial outage counts in full and degraded performance does not count (library defaults).',
      'Claims must be made within 60 days. Not encoded: the library computes what is owed, not whether it was claimed in time.',
    ],
  },
} as const satisfies CommitmentInput
