import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Scaleway Instances (CPU and GPU): an outage counts from 4 continuous minutes; Maintenance Windows excluded;
 * calendar month. The credit table was not found: no credit model.
 */
export const scalewayInstances = /* @__PURE__ */ (() => ({
  id: 'scaleway-instances',
  name: 'Scaleway Instances (CPU and GPU)',
  description: 'Per instance, per calendar month; outages from 4 continuous minutes; Maintenance Windows excluded. Credit table not found: no credit computed.',
  timeZone: 'Europe/Paris',
  measurement: {
    weights: { outage: '1', partial: '1', degraded: '0' },
    excludedCauses: ['maintenance', 'customer', 'force-majeure'],
    exclusions: 'as-available',
    minimumOutage: 'PT4M',
    granularity: 'none',
  },
  source: {
    title: 'Scaleway, Service Level Agreement ("SLA") Instance',
    url: 'https://www.scaleway.com/en/virtual-instances/sla',
    date: 'current page (undated)',
    language: 'en',
    verified: false,
    confidence: 'partly',
  },
}) as const satisfies CommitmentInput)()

function database(id: string, configuration: string, target: string) {
  return {
    id,
    name: `Scaleway Managed Databases, ${configuration}`,
    description: `One database ${configuration === 'High Availability' ? '(1 primary + 1 standby node)' : '(1 node)'}, Production-optimized nodes, per calendar month; target ${target} %. Credit table not found: no credit computed.`,
    timeZone: 'Europe/Paris',
    measurement: {
      excludedCauses: ['maintenance', 'customer', 'force-majeure'],
      exclusions: 'as-available',
      minimumOutage: 'PT1M',
      granularity: 'none',
    },
    source: {
      title: 'Scaleway, Service Level Agreement ("SLA") Managed Relational Databases',
      url: 'https://www.scaleway.com/en/database/sla/',
      date: 'current page (undated)',
      language: 'en',
      verified: false,
      confidence: 'partly',
    },
  } as const satisfies CommitmentInput
}

/** Scaleway Managed Databases, High Availability: target 99.95 %, 1 minute minimum. No credit model. */
export const scalewayDatabaseHa = /* @__PURE__ */ database('scaleway-database-ha', 'High Availability', '99.95')
/** Scaleway Managed Databases, Standalone: target 99.5 %, 1 minute minimum. No credit model. */
export const scalewayDatabaseStandalone = /* @__PURE__ */ database('scaleway-database-standalone', 'Standalone', '99.5')
