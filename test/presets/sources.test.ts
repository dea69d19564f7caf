import { describe, expect, it } from 'vitest'
import { type Preset, presets } from '../../src/index.js'
import { presetSource, withSourceTexts } from '../../src/offers/presets/sources/index.js'

describe('the presets of the core and their sources in full', () => {
  it('the core carries a short source: no quoted clause, no notes', () => {
    for (const p of presets.list()) {
      expect('clause' in p.source, p.id).toBe(false)
      expect('notes' in p.source, p.id).toBe(false)
    }
  })

  it('withSourceTexts gives back every field of the short source, and the texts', () => {
    for (const p of presets.list()) {
      const whole = withSourceTexts(p)
      const { clause, notes, ...short } = whole.source
      expect(short, p.id).toEqual(p.source)
      expect(notes?.length ?? 0, p.id).toBeGreaterThan(0)
      expect({ ...whole, source: p.source }).toEqual(p)
      expect(clause === undefined || clause.length > 0, p.id).toBe(true)
    }
  })

  it('keeps the order of fields each preset was written in, which the JSON shows', () => {
    // The OVH VPS 2016 presets were written with the clause after the other fields; the others in the schema's order.
    expect(Object.keys(withSourceTexts(presets.ovhVps2016.starter).source)).toEqual(['title', 'date', 'language', 'verified', 'historical', 'clause', 'notes'])
    expect(Object.keys(withSourceTexts(presets.ovh.dedicatedLegacy).source)).toEqual(['title', 'url', 'date', 'clause', 'language', 'verified', 'historical', 'notes'])
    expect(Object.keys(withSourceTexts(presets.azure.vmZones).source)).toEqual(['title', 'url', 'date', 'verified', 'confidence', 'notes'])
  })

  it('returns the same frozen object each time, and leaves a whole source alone', () => {
    const whole = withSourceTexts(presets.hetzner.cloud)
    expect(withSourceTexts(presets.hetzner.cloud)).toBe(whole)
    expect(withSourceTexts(whole)).toBe(whole)
    expect(Object.isFrozen(whole.source.notes)).toBe(true)
    expect(presetSource('hetzner-cloud')).toBe(whole.source)
  })

  it('leaves alone a preset the library does not know, or one that only borrows a known id', () => {
    const own: Preset = { id: 'my-own', name: 'Mine', source: { title: 'My contract' } }
    expect(withSourceTexts(own)).toBe(own)
    const borrowed: Preset = { ...presets.hetzner.cloud, source: { title: 'My copy of the Hetzner terms' } }
    expect(withSourceTexts(borrowed)).toBe(borrowed)
  })

  it('presetSource names the known ids for an unknown one', () => {
    expect(() => presetSource('nope')).toThrow(/is not a known preset.*hetzner-cloud/)
  })
})
