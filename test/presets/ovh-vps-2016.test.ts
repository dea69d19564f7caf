import { describe, expect, it } from 'vitest'
import { InputError, parseCommitment, presets } from '../../src/index.js'
import { sourceOf } from './helpers.js'

describe('presets: OVH VPS 2016', () => {
  it('encode the OVH 2016 VPS bands as the contract writes them', () => {
    const starter = parseCommitment(presets.ovhVps2016.starter)
    const value = parseCommitment(presets.ovhVps2016.value)
    const labels = (c: typeof starter) => (c.credit[0]!.type === 'tiers' ? c.credit[0]!.tiers.map((t) => `${t.label} → ${t.credit}`) : [])
    expect(labels(starter)).toEqual(['>= 99.0 and < 99.5 → 10', '< 99.0 → 50'])
    expect(labels(value)).toEqual(['>= 99.5 and < 99.9 → 10', '< 99.5 → 50'])
    expect(starter.timeZone).toBe('Europe/Paris')
    expect(starter.soleRemedy).toBe(true)
  })

  it('quote their French clause and say how silent points were read', () => {
    for (const p of Object.values(presets.ovhVps2016)) {
      expect(sourceOf(p).clause).toMatch(/supérieur ou égal à 99,[05]% et inférieur à 99,[59]%/)
      expect(sourceOf(p).language).toBe('fr')
      expect(sourceOf(p).notes?.join(' ')).toMatch(/no minimum outage/)
    }
  })

  it('give ESSENTIAL, COMFORT and ELITE the VALUE terms under their own names', () => {
    const { value, essential, comfort, elite } = presets.ovhVps2016
    for (const p of [essential, comfort, elite]) {
      expect(p.credit).toEqual(value.credit)
      expect(p.name).not.toBe(value.name)
    }
  })

  it('are reachable by a stable id, listed, and frozen plain data', () => {
    expect(presets.byId('ovh-vps-2016-starter')).toBe(presets.ovhVps2016.starter)
    expect(presets.list().map((p) => p.id)).toContain('ovh-vps-2016-elite')
    expect(() => presets.byId('ovh-vps-2099')).toThrow(InputError)
    expect(Object.isFrozen(presets.ovhVps2016.starter.credit)).toBe(true)
    expect(JSON.parse(JSON.stringify(presets.ovhVps2016.starter))).toEqual(presets.ovhVps2016.starter)
  })
})
