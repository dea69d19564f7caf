import { describe, expect, it } from 'vitest'
import {
  contributionCount,
  contributionEndMs,
  contributionStartMs,
  transientContributions,
  transientExplanation,
  transientReason,
  transientStep,
  transientSteps,
} from '../../src/availability/measure.js'
import { measureAvailability, monthPeriod, monthlyStatement, parsePeriod, presets } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'
import type { CommitmentInput, IncidentInput } from '../../src/index.js'

const april = monthPeriod({ year: 2026, month: 4 }) // UTC
// Partial weighs 0.5, degraded 0, outages under 5 min are set aside, maintenance is excluded.
const rules: CommitmentInput = { measurement: { weights: { partial: '0.5' }, minimumOutage: 'PT5M' }, credit: { type: 'pro-rata' } }
// One incident of each kind a contribution can be.
const incidents: IncidentInput[] = [
  // counted, 2 h × 0.5
  { id: 'p', start: '2026-04-03T10:00:00Z', end: '2026-04-03T12:00:00Z', impact: 'partial', elements: ['vm-1'] },
  // overlapped: inside the partial one, no heavier
  { id: 'o', start: '2026-04-03T10:30:00Z', end: '2026-04-03T11:00:00Z', impact: 'partial', elements: ['vm-1'] },
  // excluded
  { id: 'm', start: '2026-04-04T00:00:00Z', end: '2026-04-04T03:00:00Z', cause: 'maintenance', elements: ['vm-1'] },
  // below the 5 min minimum
  { id: 'b', start: '2026-04-05T00:00:00Z', end: '2026-04-05T00:02:00Z', elements: ['vm-1'] },
  // not counted: degraded weighs 0
  { id: 'd', start: '2026-04-06T00:00:00Z', end: '2026-04-06T00:30:00Z', impact: 'degraded', elements: ['vm-1'] },
  // open at asOf, no id
  { start: '2026-04-20T00:00:00Z', elements: ['vm-1'] },
]
const measure = () => measureAvailability({ commitment: rules, period: april, element: 'vm-1', incidents, asOf: '2026-04-20T06:00:00Z' })

describe('figures read for writing, without being kept', () => {
  it('are the figures the report keeps, for every kind of contribution', () => {
    const fresh = measure()
    const kept = measure()
    const list = transientContributions(fresh)
    expect(contributionCount(fresh)).toBe(6)
    expect(list.map((c) => c.status)).toEqual(['counted', 'overlapped', 'excluded', 'below-minimum', 'not-counted', 'counted'])
    expect(list.map((c) => [contributionStartMs(c), contributionEndMs(c)])).toEqual(kept.contributions.map((c) => [c.start.getTime(), c.end.getTime()]))
    expect(list.map(transientStep)).toEqual(kept.contributions.map((c) => c.step))
    expect(list.map(transientReason)).toEqual(kept.contributions.map((c) => c.reason))
    expect(transientSteps(fresh, list)).toEqual(kept.steps)
    expect(transientExplanation(fresh)).toEqual(kept.explanation)
    // The open one is measured to asOf: 6 h.
    expect(contributionEndMs(list[5]!) - contributionStartMs(list[5]!)).toBe(6 * 3_600_000)
  })

  it('are the ones kept, once a user has read them', () => {
    const r = measure()
    const c = r.contributions[0]!
    const step = c.step
    const steps = r.steps
    const explanation = r.explanation
    expect(transientContributions(r)).toBe(r.contributions)
    expect(transientStep(c)).toBe(step)
    expect(transientSteps(r)).toBe(steps)
    expect(transientExplanation(r)).toBe(explanation)
  })

  it('leave a statement whose contributions read as before once it is written', () => {
    const statement = monthlyStatement({ commitment: rules, period: april, incidents, asOf: '2026-04-20T06:00:00Z', elements: [{ id: 'vm-1', fee: { amount: '10', currency: 'EUR' } }] })
    renderStatement(statement, { format: 'json' })
    renderStatement(statement, { format: 'text' })
    expect(statement.elements[0]!.availability.contributions.map((c) => [c.id, c.status, c.start.toISOString(), c.reason])).toEqual(
      measure().contributions.map((c) => [c.id, c.status, c.start.toISOString(), c.reason]),
    )
  })
})

describe('a statement in JSON, its incidents written by hand', () => {
  it('is the text JSON.stringify writes of the same document, with ids and elements that need escaping', () => {
    const odd: IncidentInput[] = [
      { id: 'quote " and \\ back', start: '2026-04-03T10:00:00Z', end: '2026-04-03T12:00:00Z', elements: ['vm "1"'] },
      { id: 'ligne\nneuve é \u2028', start: '2026-04-04T10:00:00Z', end: '2026-04-04T10:45:00Z', impact: 'partial', elements: ['vm "1"'] },
    ]
    const statement = monthlyStatement({
      commitment: rules,
      period: april,
      incidents: odd,
      elements: [{ id: 'vm "1"', fee: { amount: '10', currency: 'EUR' } }, { id: 'idle', fee: { amount: '5', currency: 'EUR' } }],
    })
    for (const lang of ['en', 'fr'] as const) {
      const text = renderStatement(statement, { format: 'json', lang })
      const doc = JSON.parse(text) as { elements: { availability: { contributions: { id: string; reason: string }[] }; trail: { incidents: string[] } }[] }
      // Indented as JSON.stringify(…, null, 2) indents it, to the byte.
      expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`)
      expect(doc.elements[0]!.availability.contributions.map((c) => c.id)).toEqual(['quote " and \\ back', 'ligne\nneuve é \u2028'])
      const reasons = doc.elements[0]!.availability.contributions.map((c) => c.reason)
      const library = statement.elements[0]!.availability.contributions.map((c) => c.reason)
      if (lang === 'en') expect(reasons).toEqual(library)
      else {
        // In French, from the same step: 10:00–10:45 partial, weighed 0.5 → 22 min 30 s down.
        expect(reasons[1]).toBe('panne partielle de 45\u00a0min dans la période × 0,5 = 22\u00a0min 30\u00a0s d’indisponibilité')
        expect(reasons[0]).not.toBe(library[0])
      }
      // The idle element: no incident, an empty list and an empty trail.
      expect(doc.elements[1]!.availability.contributions).toEqual([])
      expect(doc.elements[1]!.trail.incidents).toEqual([])
    }
  })

  it('writes instants, reasons and lines as the kept contributions give them: milliseconds, a clock change, an open incident, lengths met again', () => {
    const log: IncidentInput[] = [
      // Across Paris' clock change (01:00Z on 29 March), to the millisecond.
      { id: 'ms', start: '2026-03-29T00:59:59.250Z', end: '2026-03-29T01:07:01.125Z', elements: ['a'] },
      // One hour on each element: the second sentence is the one remembered from the first.
      { id: 'h1', start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z', elements: ['a'] },
      { id: 'h2', start: '2026-03-11T10:00:00Z', end: '2026-03-11T11:00:00Z', elements: ['b'] },
      { id: 'inside', start: '2026-03-11T10:30:00Z', end: '2026-03-11T10:45:00Z', elements: ['b'] },
      { id: 'maintenance', start: '2026-03-12T00:00:00Z', end: '2026-03-12T02:00:00Z', cause: 'maintenance', elements: ['a', 'b'] },
      { id: 'open', start: '2026-03-30T22:00:00.500Z', elements: ['b'] },
    ]
    const statement = monthlyStatement({
      commitment: presets.ovhVps2016.starter,
      period: parsePeriod('2026-03', 'Europe/Paris'),
      incidents: log,
      asOf: '2026-03-31T06:00:00Z',
      elements: [{ id: 'a', fee: { amount: '10', currency: 'EUR' } }, { id: 'b', fee: { amount: '10', currency: 'EUR' } }],
    })
    type Doc = { elements: { availability: { contributions: { id: string; start: string; end: string; reason: string; text: string }[] }; trail: { incidents: string[] } }[] }
    const en = JSON.parse(renderStatement(statement, { format: 'json', lang: 'en' })) as Doc
    const fr = JSON.parse(renderStatement(statement, { format: 'json', lang: 'fr' })) as Doc
    const text = { en: renderStatement(statement, { format: 'text', lang: 'en' }), fr: renderStatement(statement, { format: 'text', lang: 'fr' }) }
    for (const [k, e] of statement.elements.entries()) {
      // Read now, and kept: each a Date and the library's sentence made for it alone.
      const kept = e.availability.contributions
      expect(en.elements[k]!.availability.contributions.map((c) => [c.id, c.start, c.end, c.reason])).toEqual(kept.map((c) => [c.id, c.start.toISOString(), c.end.toISOString(), c.reason]))
      for (const [lang, doc] of [['en', en], ['fr', fr]] as const) {
        expect(doc.elements[k]!.availability.contributions.map((c) => c.text)).toEqual(doc.elements[k]!.trail.incidents)
        for (const line of doc.elements[k]!.trail.incidents) expect(text[lang]).toContain(`- ${line}\n`)
      }
    }
    // The open incident from 22:00:00.5Z = 00:00:00.5 in Paris (summer time, +2) to asOf, 06:00Z = 08:00: 7 h 59 min 59.5 s;
    // the one across the change starts at +1 (01:59:59.25) and ends at +2 (03:07:01.125).
    expect(en.elements[1]!.trail.incidents.at(-1)).toBe('open (outage, unplanned), from 31/03/2026, 00:00:00.500 to 31/03/2026, 08:00 (still open): counted — outage of 7 h 59 min 59 s 500 ms in the period'.replace(/ (h|min|s|ms)( |$|\b)/g, '\u00a0$1$2'))
    expect(fr.elements[0]!.trail.incidents[0]).toContain('du 29/03/2026 01:59:59,250 au 29/03/2026 03:07:01,125')
    expect(en.elements[0]!.availability.contributions[0]!.start).toBe('2026-03-29T00:59:59.250Z')
  })
})
