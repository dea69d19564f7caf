import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * alwaysdata managed dedicated servers: GTI 15 minutes, GTR 1 hour (round the clock, assumed), 99.9 %
 * availability. No credit and no penalty are published: breaches are reported, no credit follows.
 */
export const alwaysdataManagedDedicated = {
  id: 'alwaysdata-managed-dedicated',
  name: 'alwaysdata, managed dedicated servers (Cloud Privé)',
  description:
    'GTI 15 min and GTR 1 h, 24/7 assumed; 99.9 % availability announced. No credit or penalty is published: availability and breaches are reported, the credit is always 0.',
  timeZone: 'Europe/Paris',
  gti: { within: 'PT15M', calendar: '24/7', clockStartsAt: 'reported' },
  gtr: { within: 'PT1H', calendar: '24/7', clockStartsAt: 'reported' },
  source: {
    title: 'alwaysdata documentation, Tarifs : Cloud Privé, Serveurs dédiés infogérés (alwaysdata/documentation, content/accounts/billing/private-cloud-prices.fr.md)',
    url: 'https://github.com/alwaysdata/documentation/blob/HEAD/content/accounts/billing/private-cloud-prices.fr.md',
    date: 'undated: current documentation page',
    language: 'fr',
    verified: true,
  },
} as const satisfies CommitmentInput
