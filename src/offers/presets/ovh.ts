import { type CommitmentInput } from '../../schema/commitment.js'

// Presets that spread shared notes are built in pure-marked functions: a spread counts as a side effect
// at import, and would keep them in every bundle.

// Readings shared by OVH's legacy terms, as the OVH VPS 2016 preset reads its own.
const OVH_READINGS = [
  'The month is the calendar month in Europe/Paris (OVH is a French company); the recorded terms name no time zone.',
  'No minimum outage and no exclusion for scheduled maintenance are recorded: every unavailability counts, maintenance included.',
  'Outages caused by the client or by force majeure are excluded (a general reading of any contract, as in the OVH VPS 2016 preset).',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
] as const

const measurement = {
  excludedCauses: ['customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

/**
 * OVH dedicated servers, legacy terms (about 2008–2010): 2.5 % of the monthly cost per started hour of
 * inaccessibility, at most the monthly cost; target 99.9 %.
 */
export const ovhDedicatedLegacy = /* @__PURE__ */ (() => ({
  id: 'ovh-dedicated-legacy',
  name: 'OVH dedicated servers, legacy SLA (about 2008–2010)',
  description: 'Per server; target 99.9 %; 2.5 % of the monthly cost per started hour of inaccessibility, capped at 100 %.',
  timeZone: 'Europe/Paris',
  measurement,
  credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', count: 'started', cap: '100' },
  cap: '100',
  source: {
    title: 'OVH, SLA of dedicated servers (ovh.co.uk)',
    url: 'https://www.ovh.co.uk/items/sla.xml',
    date: 'about 2008–2010',
    verified: true,
    historical: true,
    notes: [
      'Paraphrase, not a quotation: target 99.9 %; 2.5 % of the monthly cost per 60 minutes of inaccessibility, the total at most the monthly cost.',
      'Reading, "2.5 % per 60 minutes" taken plainly: every started hour of inaccessibility counts (count started), from the first minute. The hours are NOT counted only beyond what the 99.9 % target allows: the recorded terms tie the credit to the hours of inaccessibility, not to the shortfall against the target, so the target is documentation here.',
      'Reading: the hours are those of the month\'s total inaccessibility (summed over the month, then rounded up to started hours), not rounded up incident by incident.',
      'Outages are detected by ping: log the incidents OVH\'s monitoring would have seen; nothing here checks how they were detected.',
      ...OVH_READINGS,
    ],
  },
}) as const satisfies CommitmentInput)()

/**
 * OVH Dedicated/Private Cloud network, legacy terms: target 100 %; 5 % of the next invoice per started
 * 10 minutes of unavailability, capped at 100 %.
 */
export const ovhPrivateCloudNetwork = /* @__PURE__ */ (() => ({
  id: 'ovh-private-cloud-network',
  name: 'OVH Dedicated/Private Cloud network, legacy SLA',
  description: 'Target 100 %; 5 % of the next invoice per started 10 minutes of unavailability, capped at 100 %. Needs 2 hosts, HA and an open ticket.',
  timeZone: 'Europe/Paris',
  measurement,
  credit: { type: 'per-duration', percent: '5', per: 'PT10M', count: 'started', cap: '100' },
  cap: '100',
  source: {
    title: 'OVH, Dedicated Cloud SLA page (ovh.cz)',
    url: 'https://www.ovh.cz/dedicated-cloud/',
    date: 'undated (legacy terms)',
    verified: true,
    historical: true,
    notes: [
      'Paraphrase, not a quotation: network target 100 %; 5 % of the next invoice per 10 minutes, capped at 100 %.',
      'The collected terms record the source as "ovh.cz/dedicated-cloud sla page" without the page\'s exact path: the URL is the dedicated-cloud section it names.',
      'With a 100 % target, every minute of unavailability is beyond the target: the credit counts all of it. Reading: every started 10 minutes counts (count started), from the first minute, on the month\'s total unavailability.',
      'The credit base is the next invoice, not the month\'s fee: pass the amount of the next invoice as the fee.',
      'Conditions not encoded: the credit requires 2 hosts, high availability (HA) enabled and an open ticket; check them before applying the preset.',
      'NOT ENCODED: the internet connectivity part (target 99.95 %, 5 % per hour) is a separate commitment on another element.',
      ...OVH_READINGS,
    ],
  },
}) as const satisfies CommitmentInput)()

/**
 * OVHcloud US, KMS (2024): target 99.50 %; 5 % of the monthly cost per started hour of unavailability beyond
 * what the target allows, at most 30 %; outages under 3 consecutive minutes do not count.
 */
export const ovhUsKms2024 = {
  id: 'ovh-us-kms-2024',
  name: 'OVHcloud US, Key Management Service (2024)',
  description: 'Per month; target 99.50 %; 5 % of the monthly cost per hour beyond the target, at most 30 %.',
  timeZone: 'UTC',
  measurement: {
    excludedCauses: ['customer', 'force-majeure'],
    exclusions: 'as-available',
    minimumOutage: 'PT3M',
    granularity: 'none',
  },
  credit: { type: 'per-duration', percent: '5', per: 'PT1H', count: 'started', beyond: '99.50', cap: '30' },
  source: {
    title: 'OVHcloud US, Service Level Agreement: Key Management Service (KMS)',
    url: 'https://us.ovhcloud.com/legal/sla/',
    date: '2024',
    verified: true,
    notes: [
      'Paraphrase, not a quotation: target 99.50 %; 5 % of the monthly cost of the service per hour of unavailability beyond the SLA, at most 30 %; unavailable means no access for more than 3 consecutive minutes, counted from the ticket.',
      'Reading: only the downtime beyond what 99.50 % of the month allows counts (beyond 99.50), and every started hour of it counts (count started); the recorded terms do not say whether a part hour counts.',
      'Outages of less than 3 consecutive minutes do not count (minimum outage PT3M). Edge: the terms say "more than 3 consecutive minutes", while the minimum outage counts an outage of exactly 3 minutes; the difference is a single instant.',
      'The clock starts at the ticket: log each incident from the moment the client opened the ticket, not from the start of the failure. The library measures an incident from its start, so the start given must be the ticket time.',
      'The month is the calendar month, read in UTC: the recorded terms name no time zone.',
      'No exclusion for scheduled maintenance is recorded: maintenance counts; outages caused by the client or by force majeure are excluded (a general reading).',
      'A partial outage counts in full and degraded performance does not count (library defaults).',
      'Claims within 60 calendar days. Not encoded: the library computes what is owed, not whether it was claimed in time.',
    ],
  },
} as const satisfies CommitmentInput
