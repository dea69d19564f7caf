import { describe, expect, it } from 'vitest'
import { offerFromPreset, presets } from '../../src/index.js'
import { run } from '../cli/run.js'

// The printed page header says what a statement bills under, for a treasurer holding one page: the offer
// file's provider and name, and for a preset its name alone, which already starts with the provider (it
// read "OVH, OVH VPS VALUE (2016)" and "alwaysdata,, alwaysdata, managed dedicated servers").

const header = (html: string) => /@page\{@top-left\{content:"([^"]*)"/.exec(html)?.[1]

describe('the printed header of a statement', () => {
  it('names a preset by its name, said once', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-value', '--incidents', 'examples/data/incidents-2026-03.json', '--clients', 'examples/data/clients-2026-03.csv', '--format', 'html', '--lang', 'fr'])
    expect(r.code).toBe(0)
    expect(header(r.stdout)).toBe('Relevé de disponibilité — mars 2026 · OVH VPS VALUE (2016)')
  })

  it('names an offer file by its provider and name', async () => {
    const r = await run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', 'examples/data/incidents-2026-03.json', '--clients', 'examples/data/clients-2026-03.csv', '--format', 'html', '--lang', 'fr'])
    expect(r.code).toBe(0)
    expect(header(r.stdout)).toBe('Relevé de disponibilité — mars 2026 · Coopérative Exemple, VPS coopératif (draft)')
  })

  it('gives a preset offer a provider without the comma that follows it in the name', () => {
    const fee = { amount: '6', currency: 'EUR' }
    expect(offerFromPreset(presets.byId('alwaysdata-managed-dedicated'), fee).provider).toBe('alwaysdata')
    expect(offerFromPreset(presets.byId('scalingo'), fee).provider).toBe('Scalingo')
    expect(offerFromPreset(presets.byId('ovh-vps-2016-value'), fee).provider).toBe('OVH')
  })
})
