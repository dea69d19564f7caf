import { describe, InputError } from '../../errors.js'
import { type CommitmentInput } from '../../schema/commitment.js'
import { alwaysdataManagedDedicated } from './alwaysdata.js'
import { awsEc2Instance, awsEc2Region } from './aws-ec2.js'
import {
  azureVmAvailabilitySet,
  azureVmAvailabilitySetInService,
  azureVmSinglePremiumSsd,
  azureVmSingleStandardHdd,
  azureVmSingleStandardSsd,
  azureVmZones,
  azureVmZonesInService,
} from './azure-vm.js'
import { exoscale2016 } from './exoscale-2016.js'
import { gcpComputeMultiZone, gcpComputeSingle } from './google-compute.js'
import { arcepFtthGtr, franceTelecomGtr2001 } from './historical.js'
import { cloudTempleVmInstances } from './cloud-temple.js'
import { hetznerCloud } from './hetzner.js'
import { nuage } from './nuage.js'
import { ovhDedicatedLegacy, ovhPrivateCloudNetwork, ovhUsKms2024, ovhUsVmware2024 } from './ovh.js'
import { scalewayDatabaseHa, scalewayDatabaseStandalone, scalewayInstances } from './scaleway.js'
import { scalingo } from './scalingo.js'
import { ovhVps2016Comfort, ovhVps2016Elite, ovhVps2016Essential, ovhVps2016Starter, ovhVps2016Value } from './ovh-vps-2016.js'

/** A preset: a real contract's terms as plain data, in the format a user writes, with its source (short in `matou`, whole from `withSourceTexts`). */
export type Preset = CommitmentInput & { readonly id: string; readonly name: string; readonly source: NonNullable<CommitmentInput['source']> }

/** Freezes a value and everything it holds. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/** Freezes a group of presets, each deeply; keeps their literal types. */
// The presets are reached only through this module, so freezing them is invisible until they are read:
// marked free of side effects, so that a bundle without `presets` drops them all.
// @__NO_SIDE_EFFECTS__
function group<T extends Record<string, Preset>>(members: T): Readonly<T> {
  for (const p of Object.values(members)) deepFreeze(p)
  return Object.freeze(members)
}

const ovhVps2016 = group({
  starter: ovhVps2016Starter,
  value: ovhVps2016Value,
  essential: ovhVps2016Essential,
  comfort: ovhVps2016Comfort,
  elite: ovhVps2016Elite,
})
const aws = group({ ec2Region: awsEc2Region, ec2Instance: awsEc2Instance })
const azure = group({
  vmZones: azureVmZones,
  vmAvailabilitySet: azureVmAvailabilitySet,
  vmZonesInService: azureVmZonesInService,
  vmAvailabilitySetInService: azureVmAvailabilitySetInService,
  vmSinglePremiumSsd: azureVmSinglePremiumSsd,
  vmSingleStandardSsd: azureVmSingleStandardSsd,
  vmSingleStandardHdd: azureVmSingleStandardHdd,
})
const google = group({ computeSingle: gcpComputeSingle, computeMultiZone: gcpComputeMultiZone })
const ovh = group({ dedicatedLegacy: ovhDedicatedLegacy, privateCloudNetwork: ovhPrivateCloudNetwork, usKms2024: ovhUsKms2024, usVmware2024: ovhUsVmware2024 })
const scaleway = group({ instances: scalewayInstances, databaseHa: scalewayDatabaseHa, databaseStandalone: scalewayDatabaseStandalone })
const hetzner = group({ cloud: hetznerCloud })
const scalingoGroup = group({ services: scalingo })
const cloudTemple = group({ vmInstances: cloudTempleVmInstances })
const nuageGroup = group({ cloud: nuage })
const exoscale = group({ y2016: exoscale2016 })
const alwaysdata = group({ managedDedicated: alwaysdataManagedDedicated })
const historical = group({ franceTelecomGtr2001, arcepFtthGtr })

interface Registry {
  readonly all: readonly Preset[]
  readonly ids: readonly string[]
  readonly byId: ReadonlyMap<string, Preset>
}

let registry: Registry | undefined

// Built on first use rather than at import, so that importing the library costs nothing here.
function lookup(): Registry {
  if (registry) return registry
  // The stable order of list() and ids(): the OVH VPS 2016 presets first, as before, then by provider.
  const all: readonly Preset[] = Object.freeze(
    [ovhVps2016, aws, azure, google, ovh, exoscale, alwaysdata, historical, scaleway, hetzner, scalingoGroup, cloudTemple, nuageGroup].flatMap((g) => Object.values(g) as Preset[]),
  )
  registry = { all, ids: Object.freeze(all.map((p) => p.id)), byId: new Map(all.map((p) => [p.id, p])) }
  return registry
}

/**
 * Real commitments, as plain data, each with a short source: its title, address and date, the language of
 * the clause and how sure the terms are. The clause each one encodes, quoted, and the notes on how points
 * the source is silent on were read load from `matou/presets/sources` (`withSourceTexts`, `presetSource`),
 * so that a bundle computing with the presets does not carry them; the reports quote them in full.
 *
 * @example
 * presets.ovhVps2016.starter.source.title  // 'OVH, conditions particulières VPS (2016), as quoted in the CHATONS forum thread "Taxonomie des CHATONS & GT MATOU"'
 * presets.aws.ec2Region.credit.tiers[0]    // { atLeast: '99.0', below: '99.99', credit: '10' }
 * presets.byId('ovh-vps-2016-value').name  // 'OVH VPS VALUE (2016)'
 * presets.ids()                            // ['ovh-vps-2016-starter', …, 'nuage']
 */
export const presets = /* @__PURE__ */ Object.freeze({
  /** OVH VPS contract terms of 2016, as a forum member quoted them (not OVH's own text). */
  ovhVps2016,
  /** Amazon EC2 (2022 version): region-level and instance-level. */
  aws,
  /**
   * Azure Virtual Machines: availability zones (bands from a secondary copy), availability set, each also
   * measured only while two or more VMs run (`…InService`, needs their running stretches), single instances.
   */
  azure,
  /** Google Compute Engine: single instance (bands from a secondary copy), instances in multiple zones (no band table found). */
  google,
  /** OVH: legacy dedicated servers, legacy Private Cloud network, US KMS 2024, US VMware on OVHcloud 2024. */
  ovh,
  /** Exoscale terms of 1 April 2016. */
  exoscale,
  /** alwaysdata managed dedicated servers: GTI/GTR, no published credit. */
  alwaysdata,
  /** Historical French restoration guarantees: France Télécom 2001, ARCEP FttH. */
  historical,
  /** Scaleway: Instances, Managed Databases (HA and standalone); credit tables not found. */
  scaleway,
  /** Hetzner Cloud servers, 99.9 %; credit table not found. */
  hetzner,
  /** Scalingo: credit notes, 3-month claim window, sole remedy; rates not found. */
  scalingo: scalingoGroup,
  /** Cloud Temple VM Instances, 99.95 %, 4-minute minimum; credits not found. */
  cloudTemple,
  /** Nua.ge, 99.99 %, a credit note equal to the downtime. */
  nuage: nuageGroup,
  /** Every preset, in a stable order. */
  list(): readonly Preset[] {
    return lookup().all
  },
  /** The id of every preset, in the order of {@link list}. */
  ids(): readonly string[] {
    return lookup().ids
  },
  /**
   * The preset with this id.
   * @throws InputError naming the known ids when there is none.
   */
  byId(id: string): Preset {
    const p = lookup().byId.get(id)
    if (!p) throw new InputError([{ path: 'id', message: `is not a known preset (got ${describe(id)}); known: ${lookup().ids.join(', ')}`, code: 'preset-unknown', params: { got: describe(id), known: lookup().ids.join(', ') } }])
    return p
  },
})
