import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Cloud Temple VM Instances (SLA of 15 April 2026): 99.95 % per VM per calendar month, outages from 4
 * consecutive minutes. The Service Credits of its article 5 were not found: no credit model.
 */
export const cloudTempleVmInstances = {
  id: 'cloud-temple-vm-instances',
  name: 'Cloud Temple, VM Instances',
  description: 'Per VM instance, per calendar month; target 99.95 % (21.9 min a month); outages from 4 consecutive minutes. Credits not found: no credit computed.',
  timeZone: 'Europe/Paris',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure'],
    exclusions: 'as-available',
    minimumOutage: 'PT4M',
    granularity: 'none',
  },
  source: {
    title: 'Cloud Temple, Service Level Agreement (SLA) – VM Instances',
    url: 'https://cloud-temple.github.io/docs/en/contractual/vm-instances/sla',
    date: '2026-04-15',
    language: 'en',
    verified: false,
    confidence: 'partly',
  },
} as const satisfies CommitmentInput
