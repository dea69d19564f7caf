import { type CommitmentInput } from '../../schema/commitment.js'

// Presets that spread shared notes are built in pure-marked functions: a spread counts as a side effect
// at import, and would keep them in every bundle.

const SCALEWAY_NOTES = [
  'Reading: the calendar month is read in Europe/Paris (Scaleway is a French company); the page names no time zone.',
  'Maintenance Windows are excluded (paraphrase: "any unavailability that occurs during a Maintenance Window" is not unavailability) and count as available time: log them with cause maintenance. Outages caused by the client and force majeure are excluded too (a general reading).',
  'NOT ENCODED: the Service Credit table of the page was not in the text read, so the preset has no credit model and every credit is 0; measureAvailability gives the availability to compare with the target. Do not read the 0 as "nothing is owed".',
  'Silent in the text read: the credit base, the claim window and procedure, and any sole-remedy clause.',
] as const

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
    clause:
      '“Unavailability Period”: means the loss of external connectivity to any covered Scaleway Instance for a duration of at least four (4) continuous minutes.',
    language: 'en',
    verified: false,
    confidence: 'partly',
    notes: [
      'The definitions (Unavailability Period, Maintenance Window, exclusions) are from Scaleway\'s page; the target and the credit table were not in the text read: partly verified.',
      'An incident shorter than 4 minutes does not count (minimum outage PT4M); "any intermittent unavailability lasting less than four (4) consecutive minutes" is excluded.',
      'Performance degradation and Transient Errors are excluded (paraphrase): degraded performance weighs 0; a transient error is not logged as an incident.',
      'Reading: the Monthly Availability Rate is measured to the millisecond (granularity none); the formula of the page was an image, not in the text read.',
      ...SCALEWAY_NOTES,
    ],
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
      clause: `“Unavailability”: means the loss of external connectivity to the running Resource during a continuous period of at least one (1) minute. […] ${configuration} […] ${target}%`,
      language: 'en',
      verified: false,
      confidence: 'partly',
      notes: [
        `The ${target} % target of the ${configuration} configuration and the definitions are from Scaleway's page; the credit table was not in the text read: partly verified.`,
        'Covered: Managed Database for PostgreSQL and MySQL on Production-optimized nodes only (paraphrase).',
        'An unavailability shorter than one continuous minute does not count (minimum outage PT1M).',
        'A partial month counts as available (paraphrase: a Resource run for part of the month is assumed 100 % available for the rest): the library measures the whole calendar month, which is what this says.',
        ...SCALEWAY_NOTES,
      ],
    },
  } as const satisfies CommitmentInput
}

/** Scaleway Managed Databases, High Availability: target 99.95 %, 1 minute minimum. No credit model. */
export const scalewayDatabaseHa = /* @__PURE__ */ database('scaleway-database-ha', 'High Availability', '99.95')
/** Scaleway Managed Databases, Standalone: target 99.5 %, 1 minute minimum. No credit model. */
export const scalewayDatabaseStandalone = /* @__PURE__ */ database('scaleway-database-standalone', 'Standalone', '99.5')
