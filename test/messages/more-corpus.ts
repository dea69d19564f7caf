/**
 * Bad inputs for the codes of the offers, composites, simulation, reports and service desks, each with
 * the French its issue reads: the catalogue test takes the calls, the French test the whole lines.
 */
import { compareOffers, filterOffers, offerFromPreset, parseCriteria, presets, standardScenarios } from '../../src/index.js'

const fee = { amount: '6.00', currency: 'EUR' }
export const starter = offerFromPreset(presets.ovhVps2016.starter, fee)
// One scenario, so that a problem met in each scenario is listed once.
const scenarios = standardScenarios().filter((s) => s.id === 'outage-4h')

/** A call that throws an InputError, and the lines `path : French` of its issues, in order. */
export const FRENCH_CASES: { call: () => unknown; french: string[] }[] = [
  {
    call: () => compareOffers({ offers: [], clientLossPerHour: '-1' }),
    french: ["offers : doit être une liste d'offres non vide", 'clientLossPerHour : ne doit pas être négatif'],
  },
  { call: () => compareOffers({ offers: [starter], scenarios, service: 'vps-xl' }), french: ['offers[0].services : n\'a pas de service "vps-xl"'] },
  {
    call: () => compareOffers({ offers: [starter], scenarios, clientLossPerHour: { amount: '10', currency: 'USD' } }),
    french: [`clientLossPerHour.currency : est en USD alors que l'offre "${starter.id}" est tarifée en EUR`],
  },
  {
    call: () => filterOffers(5 as never, { structure: ['club' as never], cover: { lossPerHour: '1', atLeast: '1', scenario: 'flood' } }),
    french: [
      "offers : doit être une liste d'offres",
      'criteria.structure[0] : doit être l\'une des valeurs association, cooperative, company, volunteer-collective, individual, public-body (valeur reçue : "club")',
      'criteria.cover.scenario : doit être l\'une des valeurs ordinary-month, outage-4h, outage-2d, datacentre-fire, friday-evening (valeur reçue : "flood")',
    ],
  },
  {
    call: () => parseCriteria(['fee', 'staff=2', 'gti>=PT4H', 'colour=red']),
    french: [
      'where[0] : doit s\'écrire champ=valeur, champ<=valeur ou champ>=valeur (valeur reçue : "fee")',
      'where[1] : staff s\'écrit >= un nombre entier (valeur reçue : "staff=2")',
      'where[2] : gti s\'écrit <= une durée comme PT4H, ou =true / =false (valeur reçue : "gti>=PT4H")',
      'where[3] : a un champ inconnu "colour" : utilisez structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target ou fee',
    ],
  },
]

export const MORE_CORPUS = FRENCH_CASES.map((c) => c.call)
