import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Exoscale terms applicable from 1 April 2016: 50 % of the affected service's monthly fee from 98.3 % up to
 * 99.95 %, 100 % below 98.3 %.
 */
export const exoscale2016 = {
  id: 'exoscale-2016',
  name: 'Exoscale (terms of 1 April 2016)',
  description: 'Per affected service, per month; 50 % from 98.3 % up to 99.95 %, 100 % below 98.3 %.',
  timeZone: 'Europe/Zurich',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure'],
    exclusions: 'as-available',
    granularity: 'none',
  },
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '98.3', below: '99.95', credit: '50' },
      { below: '98.3', credit: '100' },
    ],
  },
  source: {
    title: 'Exoscale Services Terms and Conditions, applicable starting April 1st, 2016 (exoscale/terms, archives/terms-20160401.markdown)',
    url: 'https://github.com/exoscale/terms/blob/HEAD/archives/terms-20160401.markdown',
    date: '2016-04-01',
    language: 'en',
    verified: true,
    historical: true,
  },
} as const satisfies CommitmentInput
