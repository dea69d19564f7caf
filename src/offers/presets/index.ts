import { describe } from '../../decimal.js'
import { InputError } from '../../errors.js'
import { type CommitmentInput } from '../../schema/commitment.js'
import { ovhVps2016Comfort, ovhVps2016Elite, ovhVps2016Essential, ovhVps2016Starter, ovhVps2016Value } from './ovh-vps-2016.js'

/** A preset: a real contract's terms as plain data, in the format a user writes, with its source. */
export type Preset = CommitmentInput & { readonly id: string; readonly name: string; readonly source: NonNullable<CommitmentInput['source']> }

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

const all: readonly Preset[] = deepFreeze([ovhVps2016Starter, ovhVps2016Value, ovhVps2016Essential, ovhVps2016Comfort, ovhVps2016Elite]) as readonly Preset[]
const byIdMap = new Map(all.map((p) => [p.id, p]))

/**
 * Real commitments, as plain data, each with its source and the clause it encodes.
 *
 * @example
 * presets.ovhVps2016.starter.source.clause // 'Non-respect du taux de disponibilité : (a) VPS Gamme STARTER : …'
 * presets.byId('ovh-vps-2016-value').name  // 'OVH VPS VALUE (2016)'
 * presets.list().map((p) => p.id)
 */
export const presets = Object.freeze({
  /** OVH VPS contract terms of 2016, quoted in the CHATONS thread. */
  ovhVps2016: Object.freeze({
    starter: all[0]!,
    value: all[1]!,
    essential: all[2]!,
    comfort: all[3]!,
    elite: all[4]!,
  }),
  /** Every preset, in a stable order. */
  list(): readonly Preset[] {
    return all
  },
  /**
   * The preset with this id.
   * @throws InputError naming the known ids when there is none.
   */
  byId(id: string): Preset {
    const p = byIdMap.get(id)
    if (!p) throw new InputError([{ path: 'id', message: `is not a known preset (got ${describe(id)}); known: ${[...byIdMap.keys()].join(', ')}` }])
    return p
  },
})
