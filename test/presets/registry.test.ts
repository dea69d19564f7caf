import { describe, expect, it } from 'vitest'
import { InputError, parseCommitment, presets, safeParseCommitment } from '../../src/index.js'
import { sourceOf } from './helpers.js'

const EXPECTED_IDS = [
  'ovh-vps-2016-starter',
  'ovh-vps-2016-value',
  'ovh-vps-2016-essential',
  'ovh-vps-2016-comfort',
  'ovh-vps-2016-elite',
  'aws-ec2-region',
  'aws-ec2-instance',
  'azure-vm-zones',
  'azure-vm-availability-set',
  'azure-vm-zones-in-service',
  'azure-vm-availability-set-in-service',
  'azure-vm-single-premium-ssd',
  'azure-vm-single-standard-ssd',
  'azure-vm-single-standard-hdd',
  'gcp-compute-single',
  'gcp-compute-multi-zone',
  'ovh-dedicated-legacy',
  'ovh-private-cloud-network',
  'ovh-us-kms-2024',
  'ovh-us-vmware-2024',
  'exoscale-2016',
  'alwaysdata-managed-dedicated',
  'france-telecom-gtr-2001',
  'arcep-ftth-gtr-10h',
  'scaleway-instances',
  'scaleway-database-ha',
  'scaleway-database-standalone',
  'hetzner-cloud',
  'scalingo',
  'cloud-temple-vm-instances',
  'nuage',
]

function isDeeplyFrozen(value: unknown): boolean {
  if (!value || typeof value !== 'object') return true
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen)
}

describe('presets registry', () => {
  it('lists every preset once, in a stable order, with ids() matching list()', () => {
    expect(presets.ids()).toEqual(EXPECTED_IDS)
    expect(presets.list().map((p) => p.id)).toEqual(EXPECTED_IDS)
    expect(new Set(presets.ids()).size).toBe(presets.ids().length)
  })

  it('groups presets by provider', () => {
    const grouped = {
      'aws-ec2-region': presets.aws.ec2Region,
      'aws-ec2-instance': presets.aws.ec2Instance,
      'azure-vm-zones': presets.azure.vmZones,
      'azure-vm-availability-set': presets.azure.vmAvailabilitySet,
      'azure-vm-zones-in-service': presets.azure.vmZonesInService,
      'azure-vm-availability-set-in-service': presets.azure.vmAvailabilitySetInService,
      'azure-vm-single-premium-ssd': presets.azure.vmSinglePremiumSsd,
      'azure-vm-single-standard-ssd': presets.azure.vmSingleStandardSsd,
      'azure-vm-single-standard-hdd': presets.azure.vmSingleStandardHdd,
      'gcp-compute-single': presets.google.computeSingle,
      'gcp-compute-multi-zone': presets.google.computeMultiZone,
      'ovh-dedicated-legacy': presets.ovh.dedicatedLegacy,
      'ovh-private-cloud-network': presets.ovh.privateCloudNetwork,
      'ovh-us-kms-2024': presets.ovh.usKms2024,
      'exoscale-2016': presets.exoscale.y2016,
      'alwaysdata-managed-dedicated': presets.alwaysdata.managedDedicated,
      'france-telecom-gtr-2001': presets.historical.franceTelecomGtr2001,
      'arcep-ftth-gtr-10h': presets.historical.arcepFtthGtr,
      'ovh-vps-2016-starter': presets.ovhVps2016.starter,
      'ovh-vps-2016-elite': presets.ovhVps2016.elite,
    }
    for (const [id, preset] of Object.entries(grouped)) {
      expect(preset.id).toBe(id)
      expect(presets.byId(id)).toBe(preset)
    }
  })

  it('every preset passes parseCommitment', () => {
    for (const p of presets.list()) {
      const r = safeParseCommitment(p)
      expect(r.success, `${p.id}: ${r.success ? '' : r.error.message}`).toBe(true)
      expect(parseCommitment(p).id).toBe(p.id)
    }
  })

  it('every preset carries a name and a documented source', () => {
    for (const p of presets.list()) {
      expect(p.name.length, p.id).toBeGreaterThan(0)
      expect(p.source.title.length, p.id).toBeGreaterThan(0)
      expect(p.source.date, p.id).toMatch(/\S/)
      expect(typeof p.source.verified, p.id).toBe('boolean')
      expect(sourceOf(p).notes?.length ?? 0, p.id).toBeGreaterThan(0)
      if (p.source.url !== undefined) expect(p.source.url, p.id).toMatch(/^https:\/\//)
      if (sourceOf(p).clause !== undefined) expect(sourceOf(p).language, p.id).toMatch(/^(fr|en|de)$/)
    }
  })

  it('mark secondary or assumed figures as unverified, and old terms as historical', () => {
    const unverified = presets.list().filter((p) => p.source.verified === false).map((p) => p.id)
    expect(unverified).toEqual([
      'ovh-vps-2016-starter',
      'ovh-vps-2016-value',
      'ovh-vps-2016-essential',
      'ovh-vps-2016-comfort',
      'ovh-vps-2016-elite',
      'azure-vm-zones',
      'azure-vm-zones-in-service',
      'gcp-compute-single',
      'gcp-compute-multi-zone',
      'arcep-ftth-gtr-10h',
      'scaleway-instances',
      'scaleway-database-ha',
      'scaleway-database-standalone',
      'hetzner-cloud',
      'scalingo',
      'cloud-temple-vm-instances',
      'nuage',
    ])
    const historical = presets.list().filter((p) => p.source.historical === true).map((p) => p.id)
    expect(historical).toEqual([
      'ovh-vps-2016-starter',
      'ovh-vps-2016-value',
      'ovh-vps-2016-essential',
      'ovh-vps-2016-comfort',
      'ovh-vps-2016-elite',
      'ovh-dedicated-legacy',
      'ovh-private-cloud-network',
      'exoscale-2016',
      'france-telecom-gtr-2001',
      'arcep-ftth-gtr-10h',
    ])
  })

  it('are deeply frozen plain data that survive JSON', () => {
    for (const p of presets.list()) {
      expect(isDeeplyFrozen(p), p.id).toBe(true)
      expect(JSON.parse(JSON.stringify(p)), p.id).toEqual(p)
    }
    expect(Object.isFrozen(presets)).toBe(true)
    expect(Object.isFrozen(presets.aws)).toBe(true)
    expect(Object.isFrozen(presets.list())).toBe(true)
    expect(Object.isFrozen(presets.ids())).toBe(true)
  })

  it('byId names the known ids when it finds none', () => {
    expect(() => presets.byId('aws-ec2-zone')).toThrow(InputError)
    expect(() => presets.byId('aws-ec2-zone')).toThrow(/aws-ec2-region/)
  })
})
