import { type CommitmentInput } from '../../schema/commitment.js'

// Presets that spread shared notes are built in pure-marked functions: a spread counts as a side effect
// at import, and would keep them in every bundle.

const TITLE = 'Google Cloud, Compute Engine Service Level Agreement (SLA)'
const URL = 'https://cloud.google.com/compute/sla'
const DATE = 'current page, Premium Tier table (the single-instance split by machine family appears in the version of 29 August 2023)'

const COMMON_NOTES = [
  'Scope (paraphrase): the Premium network tier; Spot and preemptible VMs are not covered. Under the Standard tier only Instances in Multiple Zones are covered, at 99.9 %.',
  'Downtime (paraphrase): loss of external connectivity or of persistent disk access, for the single instance or, for instances in multiple zones, for all applicable running instances.',
  'Scheduled maintenance is NOT excluded by the current terms and counts as downtime; earlier versions of this preset excluded it. Outages caused by the customer and force majeure are excluded (a reading of the general exclusions of the SLA).',
  'Downtime Period (paraphrase): a period of consecutive minutes of Downtime, at least one minute; intermittent Downtime of less than one minute is not counted (minimum outage PT1M). "Partial minutes are not counted": reading (an interpretation, not a clause), the minutes are clock minutes, only whole clock minutes inside an incident count (granularity minute-down: 10:00:30–10:03:10 counts 10:01–10:03, 2 minutes), not minutes measured from the start of the incident.',
  'Determined on a calendar month basis per project per region or, for a single instance, per instance (paraphrase); the month is read in UTC, the page names no time zone.',
  'Sole remedy (quoted): "This SLA states Customer\'s sole and exclusive remedy for any failure by Google to meet the SLO" (soleRemedy).',
  'Claims: within 60 days, through Google Cloud support (claim); the exact starting point of the 60 days was not in the text read.',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
  'Earlier versions (13 January 2020: 99.99 % for instances across two or more zones only; 7 April 2020 and 12 April 2021: a single instance at 99.5 %) had other targets: compare a contract signed under them with those figures.',
] as const

const CLAIM = { window: 'within 60 days', days: 60, procedure: 'a request to Google Cloud support' } as const

/**
 * Google Compute Engine, single instance of a family other than memory-optimised, Premium tier: target 99.9 %;
 * 10 % from 95.0 % up to 99.9 %, 25 % from 90.0 % up to 95.0 %, 100 % below 90.0 % (bands from a secondary copy).
 */
export const gcpComputeSingle = /* @__PURE__ */ (() => ({
  id: 'gcp-compute-single',
  name: 'Google Compute Engine, single instance',
  description: 'One instance (not memory-optimised), Premium tier, per calendar month; target 99.9 %. Bands from a secondary copy, not verified.',
  timeZone: 'UTC',
  measurement: {
    excludedCauses: ['customer', 'force-majeure'],
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
  creditBase: 'affected',
  soleRemedy: true,
  claim: CLAIM,
  source: {
    title: TITLE,
    url: URL,
    date: DATE,
    verified: false,
    confidence: 'partly',
    notes: [
      'The 99.9 % target ("A Single Instance of all other families", Premium Tier) is from Google\'s page; the bands come from a secondary copy of it: partly verified. A memory-optimised single instance has a 99.95 % target: not this preset.',
      'Paraphrase, not a quotation: less than 99.9 % but at least 95.0 % → 10 %; less than 95.0 % but at least 90.0 % → 25 %; less than 90.0 % → 100 % of the fees of the instance for the month.',
      ...COMMON_NOTES,
    ],
  },
}) as const satisfies CommitmentInput)()

/**
 * Google Compute Engine, instances in multiple zones, Premium tier: target 99.99 %. The band table was not
 * found in Google's own text: no credit model, rather than an invented one.
 */
export const gcpComputeMultiZone = /* @__PURE__ */ (() => ({
  id: 'gcp-compute-multi-zone',
  name: 'Google Compute Engine, instances in multiple zones',
  description: 'Instances across two or more zones of one region, Premium tier, per project and region; target 99.99 %. The credit bands were not found: no credit is computed.',
  timeZone: 'UTC',
  measurement: {
    excludedCauses: ['customer', 'force-majeure'],
    exclusions: 'as-available',
    minimumOutage: 'PT1M',
    granularity: 'minute-down',
  },
  creditBase: 'service',
  soleRemedy: true,
  claim: CLAIM,
  source: {
    title: TITLE,
    url: URL,
    date: DATE,
    verified: false,
    confidence: 'partly',
    notes: [
      'The 99.99 % target ("Instances in Multiple Zones >= 99.99%", Premium Tier, regions other than Mexico and Stockholm, where it is 99.95 %) is from Google\'s page; its Financial Credit table was not in the text read: NOT ENCODED, the preset has no credit model and every credit is 0. measureAvailability still gives the availability to compare with 99.99 %.',
      'Downtime for instances in multiple zones: all applicable running instances lose external connectivity or persistent disk access. Log incidents at project-and-region level (one element per project and region).',
      ...COMMON_NOTES,
    ],
  },
}) as const satisfies CommitmentInput)()
