/**
 * The presets' sources in full: the clause each preset encodes, quoted in its own language, and the notes
 * on every reading made and every point the source leaves silent. The presets of `matou` carry their terms
 * and a short source (title, address, date, language, how sure); these texts, some 50 kB, load from here,
 * so that a bundle that only computes with the presets does not carry them.
 *
 * @packageDocumentation
 */
import { deepFreeze, type Preset, presets } from '../index.js'
import { sourceWithTexts } from './by-id.js'
import { presetFrench, type PresetFrench } from './french.js'
import { type SourceInput } from './texts.js'

const joined = { en: new WeakMap<Preset, Preset>(), fr: new WeakMap<Preset, Preset>() }

/**
 * The preset with its source in full: the quoted clause and the notes joined to the title, address and date
 * it carries, in the order they were written. A preset the library does not know, or whose source has its
 * texts already, comes back as it is. With `fr`, the name, the notes, the description and the claim's window and
 * procedure are the French ones; the clause stays as the provider wrote it.
 *
 * @example
 * withSourceTexts(presets.ovhVps2016.starter).source.clause // 'Non-respect du taux de disponibilité : (a) VPS Gamme STARTER : …'
 * withSourceTexts(presets.ovhVps2016.starter, 'fr').source.notes?.[0] // 'Lecture : la disponibilité se mesure …'
 * presets.list().map((p) => withSourceTexts(p)) // every preset, each with its source in full
 */
export function withSourceTexts(preset: Preset, lang: 'en' | 'fr' = 'en'): Preset {
  // `presets.list().map(withSourceTexts)` passes an index here: anything but 'fr' reads as English.
  const l = lang === 'fr' ? 'fr' : 'en'
  const known = joined[l].get(preset)
  if (known !== undefined) return known
  const source = sourceWithTexts(preset.id, preset.source, 'written', l)
  // The description and the claim are the project's words: French ones replace them, the provider's stay.
  const fr = l === 'fr' ? (presetFrench as Record<string, PresetFrench | undefined>)[preset.id] : undefined
  const description = fr?.description !== undefined && preset.description !== undefined ? fr.description : preset.description
  const claim = fr?.claim !== undefined && preset.claim !== undefined ? { ...preset.claim, ...fr.claim } : preset.claim
  const name = fr?.name ?? preset.name
  const whole =
    source === preset.source && description === preset.description && claim === preset.claim && name === preset.name
      ? preset
      : deepFreeze({ ...preset, name, source, ...(description !== undefined && { description }), ...(claim !== undefined && { claim }) })
  joined[l].set(preset, whole)
  return whole
}

/**
 * The source in full of the preset with this id: title, address, date, the clause quoted, how sure, and
 * the notes.
 *
 * @example
 * presetSource('hetzner-cloud').notes?.length // 5
 * presetSource('ovh-vps-2016-value').language // 'fr'
 * @throws InputError naming the known ids when there is none.
 */
export function presetSource(id: string): SourceInput {
  return withSourceTexts(presets.byId(id)).source
}
export { frenchPresetName } from './french.js'
