import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, evaluateGuarantees, InputError, monthlyStatement, monthPeriod, parseCommitment, parseOffer, presets, type BilledElement, type CreditStep } from '../../src/index.js'
import { renderStatement } from '../../src/report/index.js'

const H = 3_600_000
const starter = presets.ovhVps2016.starter // [99.0, 99.5) → 10 %, < 99.0 → 50 %
const EUR = (amount: string) => ({ amount, currency: 'EUR' })
// March 2026 in Paris: 31 days less the hour of the change to summer time = 743 h.
const MARCH_MS = 743 * H

describe('the billing month, in the commitment zone', () => {
  it("takes month: '2026-03' in the commitment's zone", () => {
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents: [], elements: [{ id: 'a', fee: EUR('10.00') }] })
    expect(s.period.start.toISOString()).toBe('2026-02-28T23:00:00.000Z')
    expect(s.period.end.toISOString()).toBe('2026-03-31T22:00:00.000Z')
    expect(s.period.durationMs).toBe(MARCH_MS)
    expect(s.period.timeZone).toBe('Europe/Paris')
  })

  it('refuses a month that is not one, and a month with a period, each once', () => {
    const bad = (o: object) => {
      try {
        monthlyStatement({ commitment: starter, incidents: [], elements: [], ...o })
      } catch (error) {
        return (error as InputError).issues.map((i) => i.path)
      }
      return []
    }
    expect(bad({ month: '2026-13' })).toEqual(['month'])
    expect(bad({ month: '2026-03', period: monthPeriod({ year: 2026, month: 3, timeZone: 'UTC' }) })).toEqual(['month'])
    expect(bad({})).toEqual(['period'])
  })
})

describe('clients with and without incidents, with and without a fee', () => {
  const incidents = [
    { id: 'fire', start: '2026-03-10T10:00:00Z', end: '2026-03-10T14:00:00Z', elements: ['a', 'c'] }, // 4 h
    { id: 'disk', start: '2026-03-12T10:00:00Z', end: '2026-03-12T18:00:00Z', elements: ['ghost'] }, // 8 h, not billed
  ]
  const elements: BilledElement[] = [
    { id: 'a', fee: EUR('10.00'), name: 'Alice', service: 'vps-s' },
    { id: 'b', fee: EUR('12.00') },
    { id: 'c', name: 'Carol' },
  ]
  const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements, incidentsFile: 'log.csv' })

  it('bills every listed client, one without incident at 100 % and no credit', () => {
    expect(s.elements.map((e) => e.element)).toEqual(['a', 'b', 'c'])
    // b: no incident: 743 h of 743 h.
    expect(s.elements[1]!.availability.availability.toString()).toBe('100')
    expect(s.elements[1]!.credit.percent.toString()).toBe('0')
    expect(s.elements[0]).toMatchObject({ name: 'Alice', service: 'vps-s', feeSource: 'given' })
  })

  it('gives an element of unknown fee its credit percent, and no amount', () => {
    const c = s.elements[2]!
    // 4 h of 743 h: 99.4616 % → [99.0, 99.5) → 10 %.
    expect(c.availability.downtimeMs).toBe(4 * H)
    expect(c.credit.percent.toString()).toBe('10')
    expect(c.fee).toBeUndefined()
    expect(c.credit.amount).toBeUndefined()
    expect(c.feeSource).toBe('unknown')
    // The band and the commitment's terms, and no amount step: there is no fee to take 10 % of.
    const bands = parseCommitment(starter).credit[0]
    if (bands?.type !== 'tiers' || !bands.tiers[0]) throw new Error('the starter offer credits by bands')
    expect(c.credit.steps).toEqual<CreditStep[]>([
      { kind: 'band', availability: new Decimal(100).times(739).div(743), tier: bands.tiers[0], percent: new Decimal(10) },
      { kind: 'credit-base', base: 'affected' },
      { kind: 'sole-remedy' },
    ])
    expect(c.credit.explanation).toEqual([
      'Availability 99.4616419919 % is in band >= 99.0 and < 99.5 → 10 % of the fee.',
      'The credit is a share of the fee of the affected resource only.',
      'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
    ])
    expect(s.unpriced).toEqual({ elements: 1, credited: 1 })
  })

  it('totals only what is priced', () => {
    // a: 10 % of 10.00 = 1.00; b: 0. Fees 10.00 + 12.00 = 22.00.
    expect(s.totals.map((t) => [t.currency, t.elements, t.fees.toFixed(2), t.credits.toFixed(2), t.credited])).toEqual([['EUR', 2, '22.00', '1.00', 1]])
  })

  it('warns of the unbilled element with its incident and file, and of the unknown fee', () => {
    expect(s.warnings).toEqual([
      { kind: 'unknown-element', element: 'ghost', incidents: [{ index: 1, id: 'disk' }], file: 'log.csv' },
      { kind: 'unknown-fee', elements: ['c'] },
    ])
  })

  it('writes the unknown amount as unknown in every format and both languages', () => {
    const fr = renderStatement(s, { format: 'text', lang: 'fr' })
    expect(fr).toContain('inconnu')
    expect(fr).toContain('Avertissements')
    expect(fr).toContain('L’élément «\u00a0ghost\u00a0» est nommé par disk mais n’est pas facturé\u00a0: aucun crédit ne lui est compté (log.csv incidents[1].elements).')
    expect(fr).toContain('1 élément sans montant connu, dont 1 avec un crédit de montant inconnu.')
    const en = renderStatement(s, { format: 'markdown', lang: 'en' })
    expect(en).toContain('## Warnings')
    expect(en).toContain('One element has no known fee, so its credit amount is unknown: c.')
    expect(renderStatement(s, { format: 'html', lang: 'en' })).toContain('class="warnings"')
    const json = JSON.parse(renderStatement(s, { format: 'json' }))
    expect(json.elements[2].fee).toBeNull()
    expect(json.elements[2].credit).toMatchObject({ percent: '10', amount: null, currency: null })
    expect(Object.keys(json.elements[2].credit)).toEqual(Object.keys(json.elements[0].credit))
    expect(json.unpriced).toEqual({ elements: 1, credited: 1 })
    expect(json.warnings[1]).toEqual({ kind: 'unknown-fee', elements: ['c'], text: 'One element has no known fee, so its credit amount is unknown: c.' })
  })
})

describe('warnings, one kind at a time', () => {
  const elements = [{ id: 'a', fee: EUR('10.00') }]

  it('passes on the rows a reader skipped, with their file and line', () => {
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents: [], elements, skipped: [{ file: 'log.csv', line: 3, reason: 'start: not a date' }] })
    expect(s.warnings).toEqual([{ kind: 'skipped-row', file: 'log.csv', line: 3, reason: 'start: not a date' }])
    expect(renderStatement(s, { format: 'text', lang: 'en' })).toContain('Row skipped (log.csv:3): start: not a date')
  })

  it('says when a fee is the offer’s price, not the client’s own', () => {
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents: [], elements: [{ id: 'a', fee: EUR('10.00'), feeSource: 'offer' }] })
    expect(s.warnings).toEqual([{ kind: 'assumed-fee', source: 'offer', elements: ['a'] }])
    expect(renderStatement(s, { format: 'text', lang: 'fr' })).toContain('Origine des montants\u00a0: le prix de l’offre (1)')
  })

  it('judges a guarantee it cannot start as not-evaluable, and still draws up the month', () => {
    const coop = parseOffer({
      id: 'coop',
      provider: 'p',
      name: 'n',
      services: [{ id: 's', fee: EUR('12.00') }],
      commitment: { timeZone: 'Europe/Paris', gti: { within: 'PT4H', clockStartsAt: 'reported', penalty: { perBreach: '10' } } },
    })
    // No reportedAt, no detectedAt: the GTI clock has nothing to start from.
    const incidents = [{ id: 'x', start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z' }]
    expect(() => evaluateGuarantees({ commitment: coop.commitment, incidents })).toThrow(InputError)
    const s = monthlyStatement({ commitment: coop.commitment, month: '2026-03', incidents, elements })
    expect(s.elements[0]!.guarantees[0]!.gti!.status).toBe('not-evaluable')
    expect(s.elements[0]!.credit.percent.toString()).toBe('0')
    expect(s.guaranteeStats!.gti!.incidents).toBe(0)
    expect(s.warnings).toEqual([{ kind: 'not-evaluable', guarantee: 'gti', incident: 0, path: 'incidents[0]', id: 'x' }])
    expect(renderStatement(s, { format: 'text', lang: 'fr' })).toContain('non évaluable')
  })

  it('measures an open incident up to the end of the period, and says so', () => {
    // Open since 20:00 on 31 March in Paris: 4 h to midnight, the end of the period → 99.4616 % → 10 %.
    const incidents = [{ id: 'open', start: '2026-03-31T20:00:00+02:00' }]
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements })
    expect(s.elements[0]!.availability.downtimeMs).toBe(4 * H)
    expect(s.elements[0]!.credit.amount.toFixed(2)).toBe('1.00')
    expect(s.asOf?.toISOString()).toBe('2026-03-31T22:00:00.000Z')
    expect(renderStatement(s, { format: 'text', lang: 'en' })).toContain('Open incidents measured up to 01/04/2026, 00:00')
    // A log without an open incident carries no asOf, as before.
    expect(monthlyStatement({ commitment: starter, month: '2026-03', incidents: [], elements }).asOf).toBeUndefined()
  })

  it('does not warn of the rest of the log when the elements are a selection from it', () => {
    const incidents = [{ id: 'other', start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z', elements: ['b'] }]
    const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements, unbilled: 'ignore' })
    expect(s.warnings).toEqual([])
    expect(s.unbilledElements).toEqual([{ element: 'b', incidents: 1 }])
    expect(() => monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements, unbilled: 'no' as 'warn' })).toThrow(/unbilled: must be warn or ignore/)
  })

  it('refuses every warning with strict, listing them', () => {
    const incidents = [{ id: 'typo', start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z', elements: ['b'] }]
    const run = () => monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements, strict: true, skipped: [{ line: 2, reason: 'r' }] })
    expect(run).toThrow(InputError)
    try {
      run()
    } catch (error) {
      expect((error as InputError).issues).toEqual([
        { path: 'line 2', message: 'row skipped: r' },
        { path: 'incidents[0].elements', message: '"b" is named by incident "typo" but is not billed' },
      ])
    }
    expect(monthlyStatement({ commitment: starter, month: '2026-03', incidents: [], elements, strict: true }).warnings).toEqual([])
  })
})

describe('a statement of a client list (property)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f']
  const client = fc.record({
    fee: fc.option(fc.record({ cents: fc.integer({ min: 0, max: 100_000 }), currency: fc.constantFrom('EUR', 'CHF', 'JPY') }), { nil: undefined }),
  })
  const incident = fc.record({
    startH: fc.integer({ min: -48, max: 743 }),
    hours: fc.integer({ min: 1, max: 30 }),
    elements: fc.subarray([...ids, 'ghost'], { minLength: 1 }),
  })

  it('bills exactly the listed clients, and its totals are the sums of its entries per currency', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 6 }), fc.array(client, { minLength: 6, maxLength: 6 }), fc.array(incident, { maxLength: 8 }), (listed, fees, raw) => {
        const start = Date.UTC(2026, 1, 28, 23)
        const elements: BilledElement[] = listed.map((id, i) => {
          const f = fees[i]!.fee
          // JPY has no minor unit: its amounts are whole.
          return f ? { id, fee: { amount: f.currency === 'JPY' ? String(f.cents) : new Decimal(f.cents).div(100).toFixed(2), currency: f.currency } } : { id }
        })
        const incidents = raw.map((x, k) => ({ id: `i${k}`, start: new Date(start + x.startH * H).toISOString(), end: new Date(start + (x.startH + x.hours) * H).toISOString(), elements: x.elements }))
        const s = monthlyStatement({ commitment: starter, month: '2026-03', incidents, elements })
        expect(s.elements.map((e) => e.element)).toEqual(listed)
        const sums = new Map<string, { fees: Decimal; credits: Decimal; elements: number; credited: number }>()
        let unpriced = 0
        for (const e of s.elements) {
          if (e.fee === undefined || e.credit.amount === undefined) {
            unpriced++
            continue
          }
          const t = sums.get(e.fee.currency) ?? { fees: new Decimal(0), credits: new Decimal(0), elements: 0, credited: 0 }
          sums.set(e.fee.currency, { fees: t.fees.plus(e.fee.amount), credits: t.credits.plus(e.credit.amount), elements: t.elements + 1, credited: t.credited + (e.credit.amount.isZero() ? 0 : 1) })
        }
        expect(s.unpriced.elements).toBe(unpriced)
        expect(s.totals.map((t) => t.currency).sort()).toEqual([...sums.keys()].sort())
        for (const t of s.totals) {
          const x = sums.get(t.currency)!
          expect(t.fees.eq(x.fees) && t.credits.eq(x.credits)).toBe(true)
          expect([t.elements, t.credited]).toEqual([x.elements, x.credited])
        }
        const unknown = s.warnings.filter((w) => w.kind === 'unknown-element').map((w) => (w as { element: string }).element)
        expect(unknown.every((u) => !listed.includes(u))).toBe(true)
      }),
      { numRuns: 150 },
    )
  })
})
