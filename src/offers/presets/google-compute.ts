import { type CommitmentInput } from '../../schema/commitment.js'

const TITLE = 'Google Cloud, Compute Engine Service Level Agreement (SLA)'
const URL = 'https://cloud.google.com/compute/sla'
const DATE = 'current page, Premium Tier table (the single-instance split by machine family appears in the version of 29 August 2023)'

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
  },
}) as const satisfies CommitmentInput)()
