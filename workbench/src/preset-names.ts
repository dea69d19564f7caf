import type { Lang } from './state.ts'

/**
 * The presets' names in French for the French page. The library names each preset as its source does
 * (English for most providers); product names and tiers stay as the provider writes them.
 */
const FRENCH: Readonly<Record<string, string>> = {
  'ovh-vps-2016-starter': 'OVH VPS STARTER (2016)',
  'ovh-vps-2016-value': 'OVH VPS VALUE (2016)',
  'ovh-vps-2016-essential': 'OVH VPS ESSENTIAL (2016)',
  'ovh-vps-2016-comfort': 'OVH VPS COMFORT (2016)',
  'ovh-vps-2016-elite': 'OVH VPS ELITE (2016)',
  'aws-ec2-region': 'AWS EC2, niveau région (2022)',
  'aws-ec2-instance': 'AWS EC2, niveau instance (2022)',
  'azure-vm-zones': 'Azure Virtual Machines, deux instances ou plus réparties sur des zones de disponibilité',
  'azure-vm-availability-set': 'Azure Virtual Machines, deux instances ou plus dans un groupe à haute disponibilité',
  'azure-vm-zones-in-service': 'Azure Virtual Machines, zones de disponibilité, mesuré tant que deux instances ou plus fonctionnent',
  'azure-vm-availability-set-in-service': 'Azure Virtual Machines, groupe à haute disponibilité, mesuré tant que deux instances ou plus fonctionnent',
  'azure-vm-single-premium-ssd': 'Azure Virtual Machines, instance seule avec SSD Premium',
  'azure-vm-single-standard-ssd': 'Azure Virtual Machines, instance seule avec SSD Standard',
  'azure-vm-single-standard-hdd': 'Azure Virtual Machines, instance seule avec HDD Standard',
  'gcp-compute-single': 'Google Compute Engine, instance seule',
  'gcp-compute-multi-zone': 'Google Compute Engine, instances dans plusieurs zones',
  'ovh-dedicated-legacy': 'OVH serveurs dédiés, ancien SLA (vers 2008–2010)',
  'ovh-private-cloud-network': 'OVH réseau Dedicated/Private Cloud, ancien SLA',
  'ovh-us-kms-2024': 'OVHcloud US, Key Management Service (2024)',
  'ovh-us-vmware-2024': 'OVHcloud US, VMware on OVHcloud (2024)',
  'exoscale-2016': 'Exoscale (conditions du 1er avril 2016)',
  'alwaysdata-managed-dedicated': 'alwaysdata, serveurs dédiés infogérés (Cloud Privé)',
  'france-telecom-gtr-2001': 'France Télécom, contrat professionnel présence (2001)\u00a0: GTR 4 heures ouvrables',
  'arcep-ftth-gtr-10h': 'ARCEP, FttH en gros\u00a0: rétablissement en 10 heures ouvrées',
  'scaleway-instances': 'Scaleway Instances (CPU et GPU)',
  'scaleway-database-ha': 'Scaleway Managed Databases, haute disponibilité',
  'scaleway-database-standalone': 'Scaleway Managed Databases, nœud seul',
  'hetzner-cloud': 'Hetzner Cloud, serveurs',
  scalingo: 'Scalingo, engagements de services (SLA)',
  'cloud-temple-vm-instances': 'Cloud Temple, instances de VM',
  nuage: 'Nua.ge, instances, réseau et stockage',
}

/** A preset's (or an offer made from one) name in the page's language; other offers keep their own name. */
export function presetName(item: { readonly id: string; readonly name: string }, lang: Lang): string {
  return lang === 'fr' ? (FRENCH[item.id] ?? item.name) : item.name
}

/** @internal For the test that every preset has a French name. */
export const FRENCH_PRESET_NAMES = FRENCH
