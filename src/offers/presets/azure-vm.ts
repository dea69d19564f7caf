import { type CommitmentInput } from '../../schema/commitment.js'

// Presets that spread shared notes are built in pure-marked functions: a spread counts as a side effect
// at import, and would keep them in every bundle.

const SLA_TITLE = 'Microsoft, Service Level Agreements (SLA) for Online Services: Virtual Machines'
const DOCS_TITLE = 'Microsoft docs, Availability sets overview (articles/virtual-machines/availability-set-overview.md)'
// The collected terms name the docs file, not a web address: this is that file in Microsoft's docs repository.
const DOCS_URL = 'https://github.com/MicrosoftDocs/azure-docs/blob/HEAD/articles/virtual-machines/availability-set-overview.md'

// Readings shared by every Azure VM preset: what the recorded terms do not settle.
const COMMON_READINGS = [
  'Availability is (maximum available minutes − downtime) / maximum available minutes over the month. The recorded terms do not say how a partly unavailable minute counts: downtime is measured exactly, to the millisecond (granularity none).',
  'The month is the billing month, read as the calendar month in UTC: the recorded terms name no time zone.',
  'No minimum outage is recorded: every unavailability counts.',
  'Scheduled maintenance, outages caused by the customer and force majeure are excluded and count as available time (library defaults); the recorded terms do not list the exclusions of the Online Services SLA.',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
  'The credit is a share of the applicable monthly service fees of the affected virtual machines; no other cap than 100 % is recorded.',
] as const

const measurement = {
  excludedCauses: ['maintenance', 'customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

/**
 * Azure VMs, two or more instances across two or more availability zones: 10 % from 99.0 % up to 99.99 %,
 * 25 % from 95.0 % up to 99.0 %, 100 % below 95.0 %. Bands from a secondary copy.
 */
export const azureVmZones = /* @__PURE__ */ (() => ({
  id: 'azure-vm-zones',
  name: 'Azure Virtual Machines, two or more instances across availability zones',
  description: 'Two or more instances deployed across two or more availability zones of one region; target 99.99 %.',
  timeZone: 'UTC',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.99', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '25' },
      { below: '95.0', credit: '100' },
    ],
  },
  source: {
    title: SLA_TITLE,
    date: 'undated',
    verified: false,
    notes: [
      'The bands come from a secondary copy of the Microsoft SLA for Online Services, not from Microsoft\'s own page: verified false.',
      'The collected terms give the document title but no address: no URL is recorded.',
      'Paraphrase, not a quotation: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 25 %; less than 95.0 % → 100 % of the applicable monthly service fees.',
      ...COMMON_READINGS,
      'Scope: log incidents that leave no instance of the deployment reachable; one element per deployment.',
    ],
  },
}) as const satisfies CommitmentInput)()

/**
 * Azure VMs, two or more instances in one availability set: target 99.95 %, bands assumed like the
 * availability zones' ones with a 99.95 % top (10 % from 99.0 % up to 99.95 %). Not verified.
 */
export const azureVmAvailabilitySet = /* @__PURE__ */ (() => ({
  id: 'azure-vm-availability-set',
  name: 'Azure Virtual Machines, two or more instances in an availability set',
  description: 'Two or more instances in one availability set; target 99.95 %. Bands assumed, not verified.',
  timeZone: 'UTC',
  measurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.95', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '25' },
      { below: '95.0', credit: '100' },
    ],
  },
  source: {
    title: SLA_TITLE,
    date: 'undated',
    verified: false,
    notes: [
      'Only the 99.95 % target is recorded. The bands are an ASSUMPTION: those of the availability-zones preset with the top moved from 99.99 % to 99.95 % (10 % from 99.0 % up to 99.95 %, 25 % from 95.0 % up to 99.0 %, 100 % below 95.0 %): verified false.',
      'The collected terms give the document title but no address: no URL is recorded.',
      ...COMMON_READINGS,
      'Scope: log incidents that leave no instance of the availability set reachable; one element per availability set.',
    ],
  },
}) as const satisfies CommitmentInput)()

/**
 * The zones' three bands (10 %, 25 %, 100 %) moved so that their top is the single instance's target: each
 * lower edge lies as far below the target as the zones' 99.0 and 95.0 lie below 100 % (1 and 5 points).
 */
function singleInstance(id: string, disk: string, target: string, tenFrom: string, twentyFiveFrom: string) {
  return {
    id,
    name: `Azure Virtual Machines, single instance with ${disk}`,
    description: `One instance whose disks are all ${disk}; target ${target} %. Bands assumed, not verified.`,
    timeZone: 'UTC',
    measurement,
    credit: {
      type: 'tiers',
      tiers: [
        { atLeast: tenFrom, below: target, credit: '10' },
        { atLeast: twentyFiveFrom, below: tenFrom, credit: '25' },
        { below: twentyFiveFrom, credit: '100' },
      ],
    },
    source: {
      title: DOCS_TITLE,
      url: DOCS_URL,
      date: 'undated',
      verified: false,
      notes: [
        `The ${target} % target for a single instance with ${disk} is recorded from Microsoft's docs (verified); the bands are not.`,
        `The bands are an ASSUMPTION, the availability-zones preset's shape scaled to the target: the same three credits (10 %, 25 %, 100 %), the top moved to ${target} %, and each lower edge as far below the target as the zones' 99.0 % and 95.0 % lie below 100 % (their 99.99 % top read as 100): 1 point and 5 points, giving ${tenFrom} % and ${twentyFiveFrom} %. A literal proportional scaling of the unavailability does not work (100 times the 5 % a Standard HDD may miss is more than the whole month), hence this translation. Verified false: check Microsoft's own table before relying on it.`,
        'The collected terms name the docs file (articles/virtual-machines/availability-set-overview.md), not a web address: the URL is that file in the MicrosoftDocs/azure-docs repository.',
        ...COMMON_READINGS,
        `Scope (a reading): every disk of the instance is ${disk}; one element per instance.`,
      ],
    },
  } as const satisfies CommitmentInput
}

/** Azure VM, single instance with Premium SSD: target 99.9 %, bands assumed. */
export const azureVmSinglePremiumSsd = /* @__PURE__ */ singleInstance('azure-vm-single-premium-ssd', 'Premium SSD', '99.9', '98.9', '94.9')
/** Azure VM, single instance with Standard SSD: target 99.5 %, bands assumed. */
export const azureVmSingleStandardSsd = /* @__PURE__ */ singleInstance('azure-vm-single-standard-ssd', 'Standard SSD', '99.5', '98.5', '94.5')
/** Azure VM, single instance with Standard HDD: target 95 %, bands assumed. */
export const azureVmSingleStandardHdd = /* @__PURE__ */ singleInstance('azure-vm-single-standard-hdd', 'Standard HDD', '95', '94', '90')
