/**
 * A band table that cannot be read reaches the user as issues with a code and its figures, from which
 * `formatIssue` words them in French: each problem of a table, the band it names and the bounds it quotes.
 */
import { describe, expect, it } from 'vitest'
import { creditFor } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'
import { issuesOf } from '../setup/french-issues.js'

/** The issues of a credit under the band table `tiers`, each as path, code, figures and French wording. */
const tableIssues = (tiers: readonly Record<string, string>[]) =>
  issuesOf(() => creditFor({ commitment: { credit: { type: 'tiers', tiers } } as never, availability: '99', fee: { amount: '100', currency: 'EUR' } })).map(
    (i) => ({ path: i.path, code: i.code, params: i.params, fr: formatIssue(i, 'fr') }),
  )

const at = (index: number) => `commitment.credit.tiers[${index}]`

describe('the issues of a band table', () => {
  it('a band with two lower or two upper bounds', () => {
    expect(tableIssues([{ atLeast: '99', above: '98', credit: '10' }])).toEqual([
      { path: at(0), code: 'band-two-lower', params: {}, fr: 'a à la fois atLeast et above\u00a0: une tranche n’a qu’une borne basse' },
    ])
    expect(tableIssues([{ below: '99', atMost: '98', credit: '10' }])).toEqual([
      { path: at(0), code: 'band-two-upper', params: {}, fr: 'a à la fois below et atMost\u00a0: une tranche n’a qu’une borne haute' },
    ])
  })

  it('a bound outside 0–100 % and a negative credit, each with the value as written', () => {
    expect(tableIssues([{ below: ' 101 ', credit: '-5' }])).toEqual([
      { path: `${at(0)}.below`, code: 'percentage', params: { got: '101' }, fr: 'doit être un pourcentage de 0 à 100 (valeur reçue\u00a0: 101)' },
      { path: `${at(0)}.credit`, code: 'not-negative', params: { got: '-5' }, fr: 'ne doit pas être négatif (valeur reçue\u00a0: -5)' },
    ])
  })

  it('an empty band, named by its bounds', () => {
    // At least 99 % and below 98 %: no availability is both.
    expect(tableIssues([{ atLeast: '99', below: '98', credit: '10' }])).toEqual([
      { path: at(0), code: 'band-empty', params: { band: '>= 99 and < 98' }, fr: 'est vide\u00a0: aucune disponibilité ne vérifie >= 99 et < 98' },
    ])
  })

  it('a table that does not reach down to 0 %, with the bound to add a band below', () => {
    expect(tableIssues([{ atLeast: '95', credit: '0' }])).toEqual([
      {
        path: at(0),
        code: 'band-none-below',
        params: { below: '95' },
        fr: 'laisse la disponibilité sous 95 % sans tranche\u00a0: le crédit baisserait quand la disponibilité baisse\u00a0; ajoutez une tranche { below: "95" }',
      },
    ])
  })

  it('overlapping bands, naming the band overlapped by its index and label', () => {
    // Band 0 has no bounds at all: it holds every availability, band 1's 99 % and up included.
    expect(tableIssues([{ credit: '10' }, { atLeast: '99', credit: '0' }])).toEqual([
      { path: at(1), code: 'band-overlap-open', params: { index: 0, band: 'any availability' }, fr: 'chevauche la tranche 0 (toute disponibilité), qui n’a pas de borne haute' },
    ])
    // Neither band has a lower bound: both reach down to 0 %.
    expect(tableIssues([{ below: '99', credit: '10' }, { below: '98', credit: '20' }])).toEqual([
      { path: at(1), code: 'band-overlap', params: { index: 0, band: '< 99' }, fr: 'chevauche la tranche 0 (< 99)' },
    ])
    // 99 % to 99.5 % is in both bands.
    expect(tableIssues([{ below: '99.5', credit: '10' }, { atLeast: '99', credit: '0' }])).toEqual([
      { path: at(1), code: 'band-overlap', params: { index: 0, band: '< 99.5' }, fr: 'chevauche la tranche 0 (< 99.5)' },
    ])
  })

  it('a gap between bands, with its two ends as written', () => {
    // 99 % to 99.5 % is in no band.
    expect(tableIssues([{ below: '99', credit: '10' }, { atLeast: '99.5', credit: '0' }])).toEqual([
      {
        path: at(1),
        code: 'band-gap',
        params: { index: 0, band: '< 99', from: '99', to: '99.5' },
        fr: 'laisse un trou après la tranche 0 (< 99)\u00a0: aucune tranche ne couvre la disponibilité de 99 à 99.5',
      },
    ])
  })

  it('a credit that would fall as availability falls, under the credit of the higher band', () => {
    // 25 % from 99 % up, but only 10 % below 99 %.
    expect(tableIssues([{ below: '99', credit: '10' }, { atLeast: '99', credit: '25' }])).toEqual([
      {
        path: `${at(1)}.credit`,
        code: 'band-credit-falls',
        params: { index: 0, band: '< 99' },
        fr: 'dépasse le crédit de la tranche 0 (< 99)\u00a0: le crédit ne doit pas baisser quand la disponibilité baisse',
      },
    ])
  })
})
