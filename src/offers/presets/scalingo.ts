import { type CommitmentInput } from '../../schema/commitment.js'

/**
 * Scalingo: a discount as a credit note on the next invoices when an availability rate is missed; claims
 * within 3 months; sole remedy. The rates and the discount table were not found: no credit model.
 */
export const scalingo = {
  id: 'scalingo',
  name: 'Scalingo, engagements de services (SLA)',
  description: 'Credit notes on the next invoices, claims within 3 months, sole remedy. The rates and the discount table were not found: no credit computed.',
  timeZone: 'Europe/Paris',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure', 'third-party'],
    exclusions: 'as-available',
    granularity: 'none',
  },
  soleRemedy: true,
  claim: {
    window: 'dans un délai de trois (3) mois maximum suivant le jour où le Client constate l’indisponibilité, sous peine de forclusion',
    procedure: 'notifier SCALINGO dans les conditions et modalités prévues aux CGS',
  },
  source: {
    title: 'Scalingo, Engagements de services (SLA)',
    url: 'https://scalingo.com/fr/engagements-de-services',
    date: 'current page (undated)',
    language: 'fr',
    verified: false,
    confidence: 'partly',
  },
} as const satisfies CommitmentInput
