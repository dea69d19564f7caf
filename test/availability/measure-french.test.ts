import { describe, expect, it } from 'vitest'
import { InputError, measureAvailability, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'
import { localiseInputError } from '../../src/messages/index.js'
import { frenchIssues } from '../setup/french-issues.js'


/** Counts time only while two elements or more of a set run. */
const set: CommitmentInput = { timeZone: 'UTC', measurement: { window: { inService: { atLeast: 2 } } }, credit: { type: 'pro-rata' } }
const april = monthPeriod({ year: 2026, month: 4 })

describe('a refused measurement, worded in French', () => {
  it('asks for the running stretches a set needs, and says what they look like', () => {
    expect(frenchIssues(() => measureAvailability({ commitment: set, period: april, incidents: [] }))).toEqual([
      "running: est requis\u00a0: la fenêtre de l’engagement ne compte le temps que tant qu’assez d’éléments fonctionnent, indiquez donc quand chacun a fonctionné",
    ])
    expect(frenchIssues(() => measureAvailability({ commitment: set, period: april, incidents: [], running: [] as never }))).toEqual([
      'running: doit associer à chaque élément ses périodes de fonctionnement, comme { "vm-1": [{ start, end }] }',
    ])
  })

  it('names the element whose stretches are not a list, and the stretch that ends before it starts', () => {
    const running = {
      'vm-1': '2026-04-01' as never,
      'vm-2': [{ start: '2026-04-10T00:00:00Z', end: '2026-04-09T00:00:00Z' }],
    }
    expect(frenchIssues(() => measureAvailability({ commitment: set, period: april, incidents: [], running }))).toEqual([
      'running.vm-1: doit être une liste de périodes de fonctionnement { start, end }',
      'running.vm-2[0].end: est avant son début',
    ])
  })

  it('refuses an empty element name, and heads the French text with what could not be done', () => {
    try {
      measureAvailability({ commitment: {}, period: april, incidents: [], element: '' })
      expect.unreachable()
    } catch (e) {
      expect(localiseInputError(e as InputError, 'fr').split('\n')).toEqual([
        'Impossible de mesurer la disponibilité\u00a0:',
        "  element\u00a0: doit être un nom d’élément non vide",
      ])
    }
  })
})

describe('a refused measurement, in English', () => {
  const english = (f: () => unknown): string[] => {
    try {
      f()
    } catch (e) {
      if (e instanceof InputError) return e.issues.map((i) => `${i.path}: ${i.message}`)
      throw e
    }
    throw new Error('no InputError thrown')
  }

  it('says what the running stretches of a set must be, naming the element and the stretch', () => {
    expect(english(() => measureAvailability({ commitment: set, period: april, incidents: [] }))).toEqual([
      "running: is required: the commitment's window counts time only while enough elements run, so say when each ran",
    ])
    expect(english(() => measureAvailability({ commitment: set, period: april, incidents: [], running: null as never }))).toEqual([
      'running: must map each element to its running stretches, such as { "vm-1": [{ start, end }] }',
    ])
    const running = {
      'vm-1': '2026-04-01' as never,
      'vm-2': [{ start: '2026-04-10T00:00:00Z', end: '2026-04-09T00:00:00Z' }],
      'vm-3': [{ start: 'soon', end: 'later' }],
    }
    expect(english(() => measureAvailability({ commitment: set, period: april, incidents: [], running })).map((i) => i.split(': ')[0])).toEqual([
      'running.vm-1',
      'running.vm-2[0].end',
      'running.vm-3[0].start',
      'running.vm-3[0].end',
    ])
    expect(english(() => measureAvailability({ commitment: set, period: april, incidents: [], running })).slice(0, 2)).toEqual([
      'running.vm-1: must be a list of running stretches { start, end }',
      'running.vm-2[0].end: is before its start',
    ])
  })
})
