/**
 * Refusals of a measurement as a reader of another language gets them: each worded from its code and
 * figures, so a code or a figure left out would reach a French reader as a wrong or empty sentence.
 */
import { describe, expect, it } from 'vitest'
import { measureAvailability, monthlyStatement, monthPeriod } from '../../src/index.js'
import type { CommitmentInput } from '../../src/index.js'
import { frenchIssues, refusalOf } from '../setup/french-issues.js'

const april = monthPeriod({ year: 2026, month: 4 })
/** Weights of 4 decimals: 10^4 units per millisecond. */
const fine: CommitmentInput = { measurement: { weights: { partial: '0.0001' } }, credit: { type: 'pro-rata' } }
const Y2000 = Date.UTC(2000, 0, 1)

describe('a period too long to measure exactly', () => {
  it('is measured up to 2^53 − 1 units and refused one millisecond further, with the decimals in its figures', () => {
    // 2^53 − 1 = 9,007,199,254,740,991; over 10^4 units per ms: 900,719,925,474 ms whole (≈ 28.5 years).
    const longest = 900_719_925_474
    const r = measureAvailability({ commitment: fine, period: { start: Y2000, end: Y2000 + longest }, incidents: [] })
    expect([r.measuredMs, r.exact.measuredUnits]).toEqual([longest, longest * 10_000])
    expect(r.availability.toString()).toBe('100')
    // 900,719,925,475 × 10^4 = 9,007,199,254,750,000 > 2^53 − 1.
    const e = refusalOf(() => measureAvailability({ commitment: fine, period: { start: Y2000, end: Y2000 + longest + 1 }, incidents: [] }))
    expect(e.issues.map(({ path, message, code, params }) => ({ path, message, code, params }))).toEqual([
      {
        path: 'period',
        message: 'is too long to measure exactly with weights of 4 decimals: use weights with fewer decimals or a shorter period',
        code: 'period-too-long',
        params: { decimals: 4 },
      },
    ])
    expect(frenchIssues(() => measureAvailability({ commitment: fine, period: { start: Y2000, end: Y2000 + longest + 1 }, incidents: [] }))).toEqual([
      'period: est trop longue pour être mesurée exactement avec des poids à 4 décimales\u00a0: prenez des poids avec moins de décimales ou une période plus courte',
    ])
  })
})

describe('gaps that cannot be read', () => {
  it('names the gaps that are not a list, and a gap that is not one, under `gaps`', () => {
    const e = refusalOf(() => measureAvailability({ commitment: {}, period: april, incidents: [], gaps: 'none' as never }))
    expect(e.issues.map((i) => [i.path, i.code, i.params])).toEqual([['gaps', 'gaps-list', { got: '"none"' }]])
    expect(frenchIssues(() => measureAvailability({ commitment: {}, period: april, incidents: [], gaps: [42] as never }))).toEqual([
      'gaps[0]: doit être un trou de données { element?, start, end, countedAs } (valeur reçue\u00a0: 42)',
    ])
  })
})

describe('a statement whose period cannot be read, without asOf', () => {
  // Without asOf a statement measures open incidents up to its period's end, which it has not here.
  it('is refused for its month, with no period end to reach for', () => {
    const e = refusalOf(() => monthlyStatement({ commitment: { credit: { type: 'pro-rata' } }, month: '2026-13', incidents: [], elements: [{ id: 'web' }] }))
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([['month', 'statement-month']])
  })

  it('is refused for its month alone when an incident is still open: the month, once fixed, closes it at its end', () => {
    const open = { start: '2026-03-30T10:00:00Z', elements: ['web'] }
    for (const bad of [{ month: '2026-13' }, { period: 'March' }]) {
      const e = refusalOf(() => monthlyStatement({ commitment: { credit: { type: 'pro-rata' } }, ...bad, incidents: [open], elements: [{ id: 'web' }] } as never))
      expect(e.issues.map((i) => i.code)).not.toContain('open-needs-asof')
      expect(e.issues).toHaveLength(1)
    }
    // With a month that reads, the same open incident is measured up to the month's end: no refusal at all.
    expect(monthlyStatement({ commitment: { credit: { type: 'pro-rata' } }, month: '2026-03', incidents: [open], elements: [{ id: 'web' }] }).elements).toHaveLength(1)
  })
})
