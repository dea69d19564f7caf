/** Every preset's texts, by preset id, and the joining of them to the short sources the presets carry. */
import { presets } from '../index.js'
import { alwaysdataTexts } from './alwaysdata.js'
import { awsEc2Texts } from './aws-ec2.js'
import { azureVmTexts } from './azure-vm.js'
import { cloudTempleTexts } from './cloud-temple.js'
import { presetFrench, type PresetFrench } from './french.js'
import { exoscale2016Texts } from './exoscale-2016.js'
import { googleComputeTexts } from './google-compute.js'
import { hetznerTexts } from './hetzner.js'
import { historicalTexts } from './historical.js'
import { nuageTexts } from './nuage.js'
import { ovhTexts } from './ovh.js'
import { ovhVps2016Texts } from './ovh-vps-2016.js'
import { scalewayTexts } from './scaleway.js'
import { scalingoTexts } from './scalingo.js'
import { joinSource, type SourceInput, type SourceTexts } from './texts.js'

let byId: ReadonlyMap<string, SourceTexts> | undefined

// Built on first use rather than at import, as the registry of the presets is.
function textsOf(id: string): SourceTexts | undefined {
  byId ??= new Map(
    [
      ovhVps2016Texts,
      awsEc2Texts,
      azureVmTexts,
      googleComputeTexts,
      ovhTexts,
      exoscale2016Texts,
      alwaysdataTexts,
      historicalTexts,
      scalewayTexts,
      hetznerTexts,
      scalingoTexts,
      cloudTempleTexts,
      nuageTexts,
    ].flatMap((group) => Object.entries(group) as [string, SourceTexts][]),
  )
  return byId.get(id)
}

/**
 * The source of the preset with this id in full, when `source` is that preset's short source (same title,
 * no clause, no notes), its notes, worded date and title in French for `fr`; otherwise `source` as it is. Reports use it for the offers and commitments made
 * from a preset, whose sources went through the schema and keep its order of fields.
 */
export function sourceWithTexts<S extends SourceInput>(id: string | undefined, source: S, order: 'written' | 'schema' = 'schema', lang: 'en' | 'fr' = 'en'): S {
  if (id === undefined || source.clause !== undefined || source.notes !== undefined) return source
  const texts = textsOf(id)
  if (texts === undefined || !presets.ids().includes(id) || presets.byId(id).source.title !== source.title) return source
  // The date where it is not a bare date ("current page (undated)") and the title where it says more than the
  // document's own ("as quoted in …") are the project's words: French ones replace them.
  const fr = lang === 'fr' ? (presetFrench as Record<string, PresetFrench | undefined>)[id] : undefined
  const short = { ...source, ...(fr?.sourceDate !== undefined && source.date !== undefined && { date: fr.sourceDate }), ...(fr?.sourceTitle !== undefined && { title: fr.sourceTitle }) }
  return joinSource(short, texts, order, lang) as S
}
