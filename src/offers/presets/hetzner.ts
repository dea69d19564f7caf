import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Hetzner Cloud servers: 99.9 % per server per calendar month. No credit table was found: no credit model.
 */
export const hetznerCloud = {
  id: 'hetzner-cloud',
  name: 'Hetzner Cloud servers',
  description: 'Per Cloud Server, per calendar month; target 99.9 %. No credit table found: no credit computed.',
  timeZone: 'Europe/Berlin',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure', 'third-party'],
    exclusions: 'as-available',
    granularity: 'none',
  },
  source: {
    title: 'Hetzner Online, Cloud and vServer Service Agreement, 1. Service-Level-Agreement (SLA)',
    url: 'https://www.hetzner.com/legal/cloud-server/',
    date: 'current page (undated)',
    language: 'en',
    verified: false,
    confidence: 'partly',
  },
} as const satisfies CommitmentInput
