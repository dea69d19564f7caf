import { type CommitmentInput } from '../../schema/commitment.js'

const SLA_TITLE = 'Microsoft, Service Level Agreements (SLA) for Online Services: Virtual Machines'
const SLA_URL = 'https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services'
const SLA_DATE = '2026'

const deploymentMeasurement = {
  excludedCauses: ['maintenance', 'customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

// Since version 1.7 (March 2018) Microsoft no longer excludes maintenance of single instances.
const singleMeasurement = {
  excludedCauses: ['customer', 'force-majeure'],
  exclusions: 'as-available',
  granularity: 'none',
} as const satisfies CommitmentInput['measurement']

const CLAIM = { window: 'by the end of the calendar month after the month of the incident' } as const

/**
 * Azure VMs, two or more instances across two or more availability zones: 10 % from 99.0 % up to 99.99 %,
 * 25 % from 95.0 % up to 99.0 %, 100 % below 95.0 %. Bands from a secondary copy.
 */
export const azureVmZones = /* @__PURE__ */ (() => ({
  id: 'azure-vm-zones',
  name: 'Azure Virtual Machines, two or more instances across availability zones',
  description: 'Two or more instances deployed across two or more availability zones of one region; target 99.99 %. Bands from a secondary copy.',
  timeZone: 'UTC',
  measurement: deploymentMeasurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.99', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '25' },
      { below: '95.0', credit: '100' },
    ],
  },
  creditBase: 'affected',
  soleRemedy: true,
  claim: CLAIM,
  source: {
    title: SLA_TITLE,
    url: SLA_URL,
    date: SLA_DATE,
    verified: false,
    confidence: 'assumed',
  },
}) as const satisfies CommitmentInput)()

/**
 * Azure VMs, two or more instances in one availability set: 10 % from 99.0 % up to 99.95 %, 25 % from 95.0 %
 * up to 99.0 %, 100 % below 95.0 %.
 */
export const azureVmAvailabilitySet = /* @__PURE__ */ (() => ({
  id: 'azure-vm-availability-set',
  name: 'Azure Virtual Machines, two or more instances in an availability set',
  description: 'Two or more instances in one availability set; target 99.95 %.',
  timeZone: 'UTC',
  measurement: deploymentMeasurement,
  credit: {
    type: 'tiers',
    tiers: [
      { atLeast: '99.0', below: '99.95', credit: '10' },
      { atLeast: '95.0', below: '99.0', credit: '25' },
      { below: '95.0', credit: '100' },
    ],
  },
  creditBase: 'affected',
  soleRemedy: true,
  claim: CLAIM,
  source: {
    title: SLA_TITLE,
    url: SLA_URL,
    date: SLA_DATE,
    verified: true,
  },
}) as const satisfies CommitmentInput)()

/**
 * {@link azureVmZones} measured as Microsoft counts it: only while two or more VMs of the deployment run.
 * Give `running` (each VM's running stretches) to `measureAvailability` or `monthlyStatement`.
 */
export const azureVmZonesInService = /* @__PURE__ */ (() => ({
  ...azureVmZones,
  id: 'azure-vm-zones-in-service',
  name: 'Azure Virtual Machines, availability zones, measured while two or more instances run',
  description: 'As azure-vm-zones, measured only while two or more VMs of the deployment run (their running stretches are needed); target 99.99 %. Bands from a secondary copy.',
  // Microsoft's maximum available minutes run only while two or more VMs run; built here, not at the top
  // level, where a spread would count as a side effect and stay in every bundle.
  measurement: { ...deploymentMeasurement, window: { inService: { atLeast: 2 } } },
}) as const satisfies CommitmentInput)()

/**
 * {@link azureVmAvailabilitySet} measured as Microsoft counts it: only while two or more VMs of the set run.
 * Give `running` (each VM's running stretches) to `measureAvailability` or `monthlyStatement`.
 */
export const azureVmAvailabilitySetInService = /* @__PURE__ */ (() => ({
  ...azureVmAvailabilitySet,
  id: 'azure-vm-availability-set-in-service',
  name: 'Azure Virtual Machines, availability set, measured while two or more instances run',
  description: 'As azure-vm-availability-set, measured only while two or more VMs of the set run (their running stretches are needed); target 99.95 %.',
  // Microsoft's maximum available minutes run only while two or more VMs run; built here, not at the top
  // level, where a spread would count as a side effect and stay in every bundle.
  measurement: { ...deploymentMeasurement, window: { inService: { atLeast: 2 } } },
}) as const satisfies CommitmentInput)()

function singleInstance(id: string, disk: string, tiers: readonly [ten: string, twentyFive: string, hundred: string], also = '') {
  const [ten, twentyFive, hundred] = tiers
  return {
    id,
    name: `Azure Virtual Machines, single instance with ${disk}`,
    description: `One instance whose disks are all ${disk}${also}; target ${ten} %.`,
    timeZone: 'UTC',
    measurement: singleMeasurement,
    credit: {
      type: 'tiers',
      tiers: [
        { atLeast: twentyFive, below: ten, credit: '10' },
        { atLeast: hundred, below: twentyFive, credit: '25' },
        { below: hundred, credit: '100' },
      ],
    },
    creditBase: 'affected',
    soleRemedy: true,
    claim: CLAIM,
    source: {
      title: SLA_TITLE,
      url: SLA_URL,
      date: SLA_DATE,
      verified: true,
    },
  } as const satisfies CommitmentInput
}

/** Azure VM, single instance with Premium SSD (or Premium SSD v2, Ultra): < 99.9 → 10 %, < 99 → 25 %, < 95 → 100 %. */
export const azureVmSinglePremiumSsd = /* @__PURE__ */ singleInstance('azure-vm-single-premium-ssd', 'Premium SSD', ['99.9', '99', '95'], ' (or Premium SSD v2, or Ultra Disk)')
/** Azure VM, single instance with Standard SSD: < 99.5 → 10 %, < 95 → 25 %, < 90 → 100 %. */
export const azureVmSingleStandardSsd = /* @__PURE__ */ singleInstance('azure-vm-single-standard-ssd', 'Standard SSD', ['99.5', '95', '90'])
/** Azure VM, single instance with Standard HDD: < 95 → 10 %, < 92 → 25 %, < 90 → 100 %. */
export const azureVmSingleStandardHdd = /* @__PURE__ */ singleInstance('azure-vm-single-standard-hdd', 'Standard HDD', ['95', '92', '90'])
