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
    clause:
      'Hetzner will use commercially reasonable efforts to ensure a monthly availability of 99.9% for its Cloud Servers, measured by the actual availability of each individual Cloud Server during a given calendar month.',
    language: 'en',
    verified: false,
    confidence: 'partly',
    notes: [
      'The 99.9 % target, the definition of "available" and the exclusions are from Hetzner\'s page (§2); what follows a breach was not in the text read: NOT ENCODED, no credit model, every credit is 0. Partly verified.',
      'Available (paraphrase): the host system is operational, the hypervisor started the instance and the instance shows activity in its metrics. One element per Cloud Server.',
      'Exclusions (paraphrase, §2 (3)): maintenance under §3 (cause maintenance); failures from the customer\'s own software or configuration and rescales the customer starts (cause customer); denial-of-service attacks, viruses, hacking, and network interruptions outside Hetzner\'s reasonable control, such as third-party providers (cause third-party, and force majeure). Required live migrations are excluded too: log them as maintenance.',
      'Reading: the calendar month is read in Europe/Berlin (Hetzner is a German company); the page names no time zone. Measured to the millisecond: the page sets no minimum outage.',
      'Silent in the text read: the credit, its base, the claim window and procedure, and any sole-remedy clause.',
    ],
  },
} as const satisfies CommitmentInput
