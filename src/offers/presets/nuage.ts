import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Nua.ge: 99.99 % per month on instances, network and storage; when it is missed, a credit note equal to
 * the downtime measured. Read as a pro-rata credit of the month's downtime.
 */
export const nuage = {
  id: 'nuage',
  name: 'Nua.ge, instances, network and storage',
  description: 'Per month; target 99.99 %; when missed (below 99.99 %), a credit note equal to the downtime measured (pro-rata of the month\'s fee).',
  timeZone: 'Europe/Paris',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure'],
    exclusions: 'as-available',
    granularity: 'none',
  },
  credit: { type: 'pro-rata', multiplier: '1', below: '99.99' },
  source: {
    title: 'Nua.ge documentation, Service Level Agreement (SLA)',
    url: 'https://docs.nua.ge/fr/article/service-level-agreement-sla-17pqahc/',
    date: '2022-07-01',
    language: 'fr',
    verified: false,
    confidence: 'partly',
  },
} as const satisfies CommitmentInput
