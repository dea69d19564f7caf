import { parse as parseYaml } from 'yaml'
import chatonsExample from '../../examples/offers/chatons-coop.yaml'
import benevoleExample from '../../examples/offers/asso-benevole.yaml'
import catalogueSample from '../samples/catalogue.yaml'
import { type Draft } from './state.ts'

/** The bundled CHATONS example offer (a cooperative with salaried staff), as plain data. */
export function exampleDraft(): Draft {
  return parseYaml(chatonsExample) as Draft
}

/** The bundled example offers, as plain data: the catalogue's own members before any preset. */
export function exampleOffers(): Draft[] {
  return [exampleDraft(), parseYaml(benevoleExample) as Draft]
}

/** A blank offer: one service at a price, a time zone, an organisation to describe. */
export function blankDraft(): Draft {
  return {
    id: 'mon-offre',
    provider: '',
    name: '',
    services: [{ id: 'vps', name: '', fee: { amount: '10.00', currency: 'EUR' } }],
    commitment: { timeZone: 'Europe/Paris' },
    organisation: { structure: 'association' },
  }
}

/** The made-up offers of the sample catalogue (samples/catalogue.yaml). */
export function sampleCatalogue(): Draft[] {
  return parseYaml(catalogueSample) as Draft[]
}
