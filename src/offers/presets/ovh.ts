import { type CommitmentInput } from '../../schema/commitment.js'

const measurement = {
  excludedCauses: ['customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

/**
 * OVH dedicated servers, legacy terms (about 2008–2010): once the month's downtime exceeds 43 min 12 s, 2.5 %
 * of the monthly cost per started hour of all of it, at most the monthly cost.
 */
export const ovhDedicatedLegacy = /* @__PURE__ */ (() => ({
  id: 'ovh-dedicated-legacy',
  name: 'OVH dedicated servers, legacy SLA (about 2008–2010)',
  description: 'Per server; 99.9 % (43 min 12 s a month); beyond it, 2.5 % of the monthly cost per started hour of inaccessibility, capped at 100 %.',
  timeZone: 'Europe/Paris',
  measurement,
  credit: { type: 'per-duration', percent: '2.5', per: 'PT1H', count: 'started', allowance: 'PT43M12S', onceExceeded: 'all', cap: '100' },
  cap: '100',
  source: {
    title: 'OVH, SLA of dedicated servers (ovh.co.uk), "Quality of connection guarantee"',
    url: 'https://www.ovh.co.uk/items/sla.xml',
    date: 'about 2008–2010',
    language: 'en',
    verified: true,
    historical: true,
  },
}) as const satisfies CommitmentInput)()

/**
 * OVH Dedicated/Private Cloud network, legacy terms: target 100 % outside announced planned maintenance;
 * 5 % of the next invoice per started 10 minutes of unavailability, capped at 100 %.
 */
export const ovhPrivateCloudNetwork = /* @__PURE__ */ (() => ({
  id: 'ovh-private-cloud-network',
  name: 'OVH Dedicated/Private Cloud network, legacy SLA',
  description: 'Target 100 % outside announced planned maintenance; 5 % of the next invoice per started 10 minutes of unavailability, capped at 100 %. Needs 2 hosts, HA and an open ticket.',
  timeZone: 'Europe/Paris',
  measurement: {
    excludedCauses: ['maintenance', 'customer', 'force-majeure'],
    exclusions: 'as-available',
    granularity: 'none',
  },
  credit: { type: 'per-duration', percent: '5', per: 'PT10M', count: 'started', cap: '100' },
  cap: '100',
  source: {
    title: 'OVH, Private Cloud "Sicherheit und SLA" page (ovh.de; the same terms on ovh.cz, ovh.pl, ovh.lt, ovh-hosting.fi)',
    url: 'https://www.ovh.de/private-cloud/dienstleistungen_inklusive/sicherheit-und-sla.xml',
    date: 'undated (legacy terms)',
    language: 'de',
    verified: true,
    historical: true,
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
  claim: { window: 'within sixty (60) calendar days of the suspected incident', days: 60, procedure: 'a support request via the OVHcloud Control Panel' },
  source: {
    title: 'OVHcloud US, Service Level Agreement: Key Management Service (KMS)',
    url: 'https://us.ovhcloud.com/legal/sla/',
    date: '2024 (effective March 6, 2024)',
    verified: true,
  },
} as const satisfies CommitmentInput

/**
 * OVHcloud US, VMware on OVHcloud (effective 6 January 2024): target 99.95 %; 10 % of the affected service's
 * monthly price from 99 % up to 99.95 %, 30 % below 99 %.
 */
export const ovhUsVmware2024 = {
  id: 'ovh-us-vmware-2024',
  name: 'OVHcloud US, VMware on OVHcloud (2024)',
  description: 'Per Virtual Datacenter, per calendar month; target 99.95 %; 10 % from 99 % up to 99.95 %, 30 % below 99 %. Needs 2 identical hosts and HA.',
  timeZone: 'UTC',
  measurement: {
    excludedCauses: ['customer', 'force-majeure'],
    exclusions: 'as-available',
    granularity: 'none',
  },
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99', below: '99.95', credit: '10' },
      { below: '99', credit: '30' },
    ],
  },
  creditBase: 'affected',
  source: {
    title: 'OVHcloud US, VMware on OVHcloud Service Level Agreement',
    url: 'https://us.ovhcloud.com/legal/sla/vmware-on-ovhcloud/',
    date: '2024-01-06 (effective January 6, 2024)',
    language: 'en',
    verified: true,
  },
} as const satisfies CommitmentInput
