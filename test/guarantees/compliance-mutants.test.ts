/**
 * The compliance table as a desk reads it, worked by hand or against an independent reference: the month a
 * ticket falls in (in the zone, at a month's and a year's edge), the order of the rows, the counts, the
 * margins and their 90 % rank, the penalties, the update clock's rows and the client names. The columns
 * test compares the two ways the file computes the rows with each other; these pin what both share.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type ComplianceRow, complianceRows } from '../../src/guarantees/compliance.js'
import { evaluateGuarantees, guaranteeCompliance, InputError, monthlyStatement } from '../../src/index.js'
import type { IncidentInput } from '../../src/index.js'

const H = 3_600_000
const M = 60_000
const paris = { timeZone: 'Europe/Paris', gti: { within: 'PT2H', penalty: { perBreach: '5' } } } as const

/** One ticket reported at its start, taken `after` ms later, restored a day later. */
const taken = (start: string | number, after: number, extra: Partial<IncidentInput> = {}): IncidentInput => {
  const t = typeof start === 'number' ? start : Date.parse(start)
  return { start: t, reportedAt: t, interventionAt: t + after, end: t + 24 * H, ...extra }
}
const where = (r: ComplianceRow) => [r.kind, r.clock ?? '', r.month, r.priority, r.client]
const plain = (r: ComplianceRow) => ({ ...r, withinPercent: r.withinPercent?.toString() ?? null, penaltyPercent: r.penaltyPercent.toString() })

describe('the month of a ticket', () => {
  // Paris is UTC+2 in summer, UTC+1 in winter: 1 May starts at 22:00Z on 30 April, 1 January at 23:00Z on 31 December.
  const edges = [
    taken('2026-04-30T21:59:59.999Z', H, { priority: 'a' }),
    taken('2026-04-30T22:00:00.000Z', H, { priority: 'b' }),
    taken('2026-12-31T22:59:59.999Z', H, { priority: 'c' }),
    taken('2026-12-31T23:00:00.000Z', H, { priority: 'd' }),
  ]
  const months = (timeZone?: string) =>
    guaranteeCompliance({ commitment: paris, incidents: edges, ...(timeZone && { timeZone }) }).rows.map((r) => `${r.priority} ${r.month}`)

  it("is the month of the clock start in the commitment's zone, to the millisecond of its edge, across a year", () => {
    expect(months()).toEqual(['a 2026-04', 'b 2026-05', 'c 2026-12', 'd 2027-01'])
  })

  it('is read in the zone given rather than the commitment’s', () => {
    // In UTC all four are still in April and December.
    expect(months('UTC')).toEqual(['a 2026-04', 'b 2026-04', 'c 2026-12', 'd 2026-12'])
    // New York is UTC−4 in April, UTC−5 in December: 30 April 17:59 and 18:00, 31 December 17:59 and 18:00.
    expect(months('America/New_York')).toEqual(['a 2026-04', 'b 2026-04', 'c 2026-12', 'd 2026-12'])
    // Kiritimati is UTC+14: both April ones are 1 May, both December ones 1 January.
    expect(months('Pacific/Kiritimati')).toEqual(['a 2026-05', 'b 2026-05', 'c 2027-01', 'd 2027-01'])
    expect(guaranteeCompliance({ commitment: paris, incidents: edges, timeZone: 'UTC' }).timeZone).toBe('UTC')
    expect(guaranteeCompliance({ commitment: paris, incidents: edges }).timeZone).toBe('Europe/Paris')
  })

  it('is that of the clock start when the clock has one, of the incident’s start when it does not apply', () => {
    // Both start 30 April 23:00 Paris and are reported 1 May 00:30 Paris.
    const late = { start: '2026-04-30T21:00:00Z', reportedAt: '2026-04-30T22:30:00Z', end: '2026-05-01T03:00:00Z' }
    const c = guaranteeCompliance({
      commitment: paris,
      incidents: [
        // Taken 10 min after the report: met, 1 h 50 ahead, counted in May by its clock.
        { ...late, interventionAt: '2026-04-30T22:40:00Z', priority: 'clocked' },
        // Maintenance: no clock, counted in April by its start.
        { ...late, cause: 'maintenance', priority: 'excluded' },
      ],
    })
    expect(c.rows.map((r) => [r.priority, r.month, r.met, r.notApplicable, r.marginWall?.worst ?? null])).toEqual([
      ['excluded', '2026-04', 0, 1, null],
      ['clocked', '2026-05', 1, 0, 110 * M],
    ])
  })

  it('a pending ticket counts in the month of its clock start', () => {
    // Reported 1 May 00:30 Paris, still open at 01:30 Paris: 1 h of the 2 h gone, pending.
    const c = guaranteeCompliance({ commitment: paris, asOf: '2026-04-30T23:30:00Z', incidents: [{ start: '2026-04-30T21:00:00Z', reportedAt: '2026-04-30T22:30:00Z' }] })
    expect(c.rows.map((r) => [r.month, r.pending, r.incidents])).toEqual([['2026-05', 1, 1]])
  })
})

describe('the order of the rows', () => {
  it('by guarantee, deadline before update clock, then month, priority and client, with the unnamed last', () => {
    const both = { timeZone: 'UTC', gti: { within: 'PT2H', update: { within: 'PT4H' } }, gtr: { within: 'PT8H' } } as const
    // Listed in the reverse of the expected order, so that input order cannot pass for it.
    const incidents = [
      taken('2026-06-02T10:00:00Z', H),
      taken('2026-06-03T10:00:00Z', H, { client: 'b' }),
      taken('2026-06-04T10:00:00Z', H, { client: 'a' }),
      taken('2026-06-05T10:00:00Z', H, { priority: 'P2' }),
      taken('2026-06-06T10:00:00Z', H, { priority: 'P1', client: 'b' }),
      taken('2026-06-07T10:00:00Z', H, { priority: 'P1', client: 'a' }),
      taken('2026-05-08T10:00:00Z', H, { priority: 'P2' }),
    ]
    const c = guaranteeCompliance({ commitment: both, incidents })
    const inMonths = (kind: string, clock: string) => [
      [kind, clock, '2026-05', 'P2', null],
      [kind, clock, '2026-06', 'P1', 'a'],
      [kind, clock, '2026-06', 'P1', 'b'],
      [kind, clock, '2026-06', 'P2', null],
      [kind, clock, '2026-06', null, 'a'],
      [kind, clock, '2026-06', null, 'b'],
      [kind, clock, '2026-06', null, null],
    ]
    expect(c.rows.map(where)).toEqual([...inMonths('gti', ''), ...inMonths('gti', 'update'), ...inMonths('gtr', '')])
    expect(c.totals.map(where)).toEqual([
      ['gti', '', null, null, null],
      ['gti', 'update', null, null, null],
      ['gtr', '', null, null, null],
    ])
    expect(c.totals.map((r) => r.incidents)).toEqual([7, 7, 7])
  })

  it('puts the unnamed priority after names that read as numbers', () => {
    // Listed 2, 1, none; null compared with '1' as numbers would be 0 < 1 and come first.
    const incidents = [taken('2026-06-02T10:00:00Z', H, { priority: '2' }), taken('2026-06-03T10:00:00Z', H, { priority: '1' }), taken('2026-06-04T10:00:00Z', H)]
    expect(guaranteeCompliance({ commitment: paris, incidents }).rows.map((r) => r.priority)).toEqual(['1', '2', null])
  })

  it('complianceRows (the statement’s) orders its rows and totals the same way', () => {
    const both = { timeZone: 'UTC', gti: { within: 'PT2H', update: { within: 'PT4H' } }, gtr: { within: 'PT8H', update: { within: 'PT4H' } } } as const
    const incidents = [
      taken('2026-06-02T10:00:00Z', H),
      taken('2026-06-03T10:00:00Z', H, { priority: 'P2', client: 'b' }),
      taken('2026-06-04T10:00:00Z', H, { priority: 'P2', client: 'a' }),
      taken('2026-06-05T10:00:00Z', H, { priority: 'P1' }),
      taken('2026-05-08T10:00:00Z', H),
    ]
    const report = evaluateGuarantees({ commitment: both, incidents })
    const { rows, totals } = complianceRows(report.incidents, 'UTC', (e) => Number(incidents[e.index]!.start))
    const inMonths = (kind: string, clock: string) => [
      [kind, clock, '2026-05', null, null],
      [kind, clock, '2026-06', 'P1', null],
      [kind, clock, '2026-06', 'P2', 'a'],
      [kind, clock, '2026-06', 'P2', 'b'],
      [kind, clock, '2026-06', null, null],
    ]
    expect(rows.map(where)).toEqual([...inMonths('gti', ''), ...inMonths('gti', 'update'), ...inMonths('gtr', ''), ...inMonths('gtr', 'update')])
    expect(totals.map(where)).toEqual([
      ['gti', '', null, null, null],
      ['gti', 'update', null, null, null],
      ['gtr', '', null, null, null],
      ['gtr', 'update', null, null, null],
    ])
  })
})

describe('counts, margins and penalties against an independent reference', () => {
  // Tickets of June 2026 in UTC, 24/7, PT2H, 5 % a breach: taken after `d` minutes, or still open at asOf.
  const asOf = Date.UTC(2026, 5, 30, 12)
  const arb = fc.array(fc.option(fc.integer({ min: 0, max: 6 * 60 }), { nil: undefined }), { minLength: 0, maxLength: 40 })

  it('met, breached, pending, the share met, the mean, the 90 % rank and the worst margin, the penalties', () => {
    fc.assert(
      fc.property(arb, (delays) => {
        const incidents = delays.map((d, k) => {
          const start = Date.UTC(2026, 5, 1 + (k % 28), 8)
          // An open one is reported 1 h before asOf: pending.
          return d === undefined ? { start: asOf - H, reportedAt: asOf - H } : taken(start, d * M)
        })
        const c = guaranteeCompliance({ commitment: { timeZone: 'UTC', gti: { within: 'PT2H', penalty: { perBreach: '5' } } }, incidents, asOf })
        if (delays.length === 0) {
          expect([c.rows, c.totals, c.incidents]).toEqual([[], [], 0])
          return
        }
        // The reference: the margin is 120 min less the delay, met at 0 or more; sorted ascending, the 90 % rank
        // is the value at floor(n / 10) from the bottom.
        const decided = delays.filter((d) => d !== undefined).map((d) => (120 - d) * M)
        const met = decided.filter((m) => m >= 0).length
        const breached = decided.length - met
        const sorted = [...decided].sort((a, b) => a - b)
        const figures = decided.length === 0 ? null : { mean: decided.reduce((s, m) => s + m, 0) / decided.length, p90: sorted[Math.floor(decided.length / 10)], worst: sorted[0] }
        const expected = {
          kind: 'gti',
          month: null,
          priority: null,
          client: null,
          incidents: delays.length,
          met,
          breached,
          pending: delays.length - decided.length,
          notEvaluable: 0,
          notApplicable: 0,
          withinPercent: decided.length === 0 ? null : String(Number(((met * 100) / decided.length).toFixed(10))),
          marginBusiness: figures,
          marginWall: figures,
          penaltyPercent: String(5 * breached),
        }
        const [total] = c.totals.map(plain)
        expect({ ...total, withinPercent: total!.withinPercent === null ? null : String(Number(Number(total!.withinPercent).toFixed(10))) }).toEqual(expected)
        expect(c.totals).toHaveLength(1)
        // All in June with neither priority nor client: one row, the total's figures.
        expect(c.rows.map(plain)).toEqual([{ ...plain(c.totals[0]!), month: '2026-06' }])
        expect(c.incidents).toBe(delays.length)
      }),
      { numRuns: 80 },
    )
  })

  it('the 90 % rank of twenty margins is the third lowest', () => {
    // Delays 0, 6, …, 114 min: margins 120, 114, …, 6 min; sorted, floor(20 / 10) = 2 gives the third, 18 min.
    // Mean: (120 + 6) / 2 = 63 min.
    const incidents = Array.from({ length: 20 }, (_, k) => taken(Date.UTC(2026, 5, 1 + k, 8), k * 6 * M))
    const [total] = guaranteeCompliance({ commitment: paris, incidents }).totals
    expect(total!.marginBusiness).toEqual({ mean: 63 * M, p90: 18 * M, worst: 6 * M })
    expect(total!.withinPercent?.toString()).toBe('100')
  })

  it('per-hour penalties: breaches of the same lateness are each charged', () => {
    // PT1H, 1.5 % a started hour late: taken after 3 h 30 (2 h 30 late, 3 h → 4.5 %) twice, after 1 h 10
    // (10 min late, 1 h → 1.5 %) once, after 4 h (3 h late → 4.5 %): 4.5 + 4.5 + 1.5 + 4.5 = 15 %; one met.
    const commitment = { timeZone: 'UTC', gti: { within: 'PT1H', penalty: { perLate: { percent: '1.5', per: 'PT1H' } } } } as const
    const incidents = [210, 210, 70, 240, 30].map((d, k) => taken(Date.UTC(2026, 5, 1 + k, 8), d * M))
    const c = guaranteeCompliance({ commitment, incidents })
    expect(c.totals.map((r) => [r.met, r.breached, r.penaltyPercent.toString(), r.withinPercent?.toString()])).toEqual([[1, 4, '15', '20']])
    // Margins −150, −150, −10, −180, +30 min: mean −460 / 5 = −92 min; floor(5 / 10) = 0, the lowest.
    expect(c.totals[0]!.marginWall).toEqual({ mean: -92 * M, p90: -180 * M, worst: -180 * M })
  })
  it('a group of more decided tickets than the first scratch holds keeps every margin', () => {
    // 2 100 tickets of June, taken after k mod 150 min: margins 120 − (k mod 150) min, summed by the reference.
    const delays = Array.from({ length: 2100 }, (_, k) => k % 150)
    const incidents = delays.map((d, k) => taken(Date.UTC(2026, 5, 1, 0, k), d * M))
    const c = guaranteeCompliance({ commitment: { timeZone: 'UTC', gti: { within: 'PT2H' } }, incidents })
    const [total] = c.totals
    const margins = delays.map((d) => (120 - d) * M).sort((a, b) => a - b)
    const figures = { mean: margins.reduce((s, m) => s + m, 0) / 2100, p90: margins[210], worst: -29 * M }
    // The row is built first, so its covered-time margins are the first to need the larger scratch.
    for (const r of [c.rows[0]!, total!]) expect([r.marginBusiness, r.marginWall]).toEqual([figures, figures])
    expect([total!.met, total!.breached]).toEqual([14 * 121, 14 * 29])
  })
  it('margins too large to sum exactly are summed in ascending order, as the outcomes’ figures are', () => {
    // From year 1, with 78 000 000 h (about 8 900 years) allowed: forty tickets taken after k × 7 919 ms, margins
    // 78e6 h − k × 7 919 ms. Their absolute sum passes 2^53, where a float sum depends on its order: the
    // reference sums them from the lowest, as a sorted list of the outcomes' margins would be.
    const year1 = Date.parse('0001-01-01T00:00:00Z')
    const incidents = Array.from({ length: 40 }, (_, k) => taken(year1 + k * H + 1, k * 7919))
    const c = guaranteeCompliance({ commitment: { timeZone: 'UTC', gti: { within: 'PT78000000H' } }, incidents })
    const margins = Array.from({ length: 40 }, (_, k) => 78e6 * H - k * 7919).sort((a, b) => a - b)
    let sum = 0
    for (const m of margins) sum += m
    const figures = { mean: sum / 40, p90: margins[4], worst: margins[0] }
    expect(c.rows.map((r) => [r.month, r.met, r.marginBusiness, r.marginWall])).toEqual([['0001-01', 40, figures, figures]])
    // The order matters here: summed as listed (the highest first) the mean is another float.
    let listed = 0
    for (const m of [...margins].reverse()) listed += m
    expect(listed / 40).not.toBe(figures.mean)
  })
})

describe('the update clock’s rows', () => {
  const at = (day: number, h: number) => new Date(Date.UTC(2026, 3, day, h)).toISOString()
  const desk = { timeZone: 'UTC', gtr: { within: 'PT8H', update: { within: 'PT4H' } } } as const
  const tickets: IncidentInput[] = [
    // Updates 09:00, 12:00, 14:00, restored 15:00: longest 3 h, met by 1 h; restored 1 h before 16:00, met.
    { id: 'u1', start: at(2, 8), end: at(2, 15), reportedAt: at(2, 8), statusHistory: [{ at: at(2, 9), status: 'in-progress' }, { at: at(2, 12), status: 'diagnosed' }, { at: at(2, 14), status: 'fixing' }] },
    // Updates 11:00 and 16:00, restored 17:00: longest 5 h, 1 h over; restored 1 h after 16:00, breached.
    { id: 'u2', start: at(3, 8), end: at(3, 17), reportedAt: at(3, 8), statusHistory: [{ at: at(3, 11), status: 'in-progress' }, { at: at(3, 16), status: 'waiting-customer' }] },
    // Open at 12:00 on the 4th: 3 h without an update so far, pending on both clocks.
    { id: 'u3', start: at(4, 8), reportedAt: at(4, 8), statusHistory: [{ at: at(4, 9), status: 'in-progress' }] },
    // Maintenance: neither clock applies.
    { id: 'm', start: at(1, 8), end: at(1, 9), reportedAt: at(1, 8), cause: 'maintenance' },
  ]

  it('counts the clocks that apply and takes the margins of the decided ones, without elapsed margins or penalties', () => {
    const c = guaranteeCompliance({ commitment: desk, incidents: tickets, asOf: at(4, 12) })
    const deadline = {
      kind: 'gtr',
      month: '2026-04',
      priority: null,
      client: null,
      incidents: 4,
      met: 1,
      breached: 1,
      pending: 1,
      notEvaluable: 0,
      notApplicable: 1,
      withinPercent: '50',
      // +1 h and −1 h: mean 0, the lower of two is both the 90 % rank and the worst.
      marginBusiness: { mean: 0, p90: -H, worst: -H },
      marginWall: { mean: 0, p90: -H, worst: -H },
      penaltyPercent: '0',
    }
    // The update clock: 4 h − 3 h = +1 h and 4 h − 5 h = −1 h; the pending one's 3 h is left out.
    const update = { ...deadline, clock: 'update', incidents: 3, notApplicable: 0, marginWall: null }
    expect(c.rows.map(plain)).toEqual([deadline, update])
    expect(c.totals.map(plain)).toEqual([
      { ...deadline, month: null },
      { ...update, month: null },
    ])
  })

  it('the statement’s rows give the same update figures from the outcomes', () => {
    const asOf = at(4, 12)
    const report = evaluateGuarantees({ commitment: desk, incidents: tickets, asOf })
    const { rows, totals } = complianceRows(report.incidents, 'UTC', (e) => Date.parse(String(tickets[e.index]!.start)))
    const figures = (r: ComplianceRow) => [r.clock ?? '', r.incidents, r.met, r.breached, r.pending, r.notApplicable, r.withinPercent?.toString() ?? null, r.marginBusiness, r.marginWall]
    const deadline = ['', 4, 1, 1, 1, 1, '50', { mean: 0, p90: -H, worst: -H }, { mean: 0, p90: -H, worst: -H }]
    const update = ['update', 3, 1, 1, 1, 0, '50', { mean: 0, p90: -H, worst: -H }, null]
    expect(rows.map(figures)).toEqual([deadline, update])
    expect(totals.map(figures)).toEqual([deadline, update])
    expect(rows.map((r) => r.month)).toEqual(['2026-04', '2026-04'])
  })

  it('an update row of pending clocks alone has no share and no margins', () => {
    const c = guaranteeCompliance({ commitment: desk, incidents: [tickets[2]!], asOf: at(4, 12) })
    const update = c.rows.find((r) => r.clock === 'update')!
    expect([update.incidents, update.pending, update.withinPercent, update.marginBusiness, update.marginWall]).toEqual([1, 1, null, null, null])
  })
})

describe('clients, options and the evaluation behind the figures', () => {
  it('names a client by the first listing of its id, trimmed; an id without a name by itself', () => {
    const c = guaranteeCompliance({
      commitment: paris,
      clients: [{ id: 'web', name: 'Bob' }, { id: ' web ', name: 'Other' }, { id: ' mail ', name: 'Carol' }, { id: 'dns' }],
      incidents: [
        taken('2026-06-01T08:00:00Z', H, { elements: ['web'] }),
        taken('2026-06-02T08:00:00Z', H, { client: 'mail' }),
        taken('2026-06-03T08:00:00Z', H, { client: 'zzz' }),
        taken('2026-06-04T08:00:00Z', H, { client: 'dns' }),
        taken('2026-06-05T08:00:00Z', H),
      ],
    })
    expect(c.rows.map((r) => r.client)).toEqual(['Bob', 'Carol', 'dns', 'zzz', null])
  })

  it('gives asOf when given, and the evaluation as evaluateGuarantees does', () => {
    const incidents = [taken('2026-06-01T08:00:00Z', 3 * H)]
    const withAsOf = guaranteeCompliance({ commitment: paris, incidents, asOf: '2026-06-10T00:00:00Z' })
    expect(withAsOf.asOf?.toISOString()).toBe('2026-06-10T00:00:00.000Z')
    expect(withAsOf.report).toEqual(evaluateGuarantees({ commitment: paris, incidents, asOf: '2026-06-10T00:00:00Z' }))
    // Read twice, the same object.
    expect(withAsOf.report).toBe(withAsOf.report)
    const without = guaranteeCompliance({ commitment: paris, incidents })
    expect('asOf' in without).toBe(false)
    expect('asOf' in without.report).toBe(false)
    expect(without.report.incidents.map((x) => x.gti?.status)).toEqual(['breached'])
    expect(without.report.stats).toEqual(evaluateGuarantees({ commitment: paris, incidents }).stats)
    expect(Object.keys(without)).toEqual(['timeZone', 'incidents', 'rows', 'totals', 'report'])
  })

  it('refuses a bad zone and a missing commitment in one error', () => {
    let error: unknown
    try {
      guaranteeCompliance({ incidents: [], timeZone: 'Mars/Olympus' } as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(/^Cannot compute the compliance figures/)
    expect((error as InputError).issues.map((i) => i.path)).toEqual(['commitment', 'timeZone'])
    expect(() => guaranteeCompliance(undefined as never)).toThrow(/Cannot compute the compliance figures/)
  })

  it('refuses a client listed as null or with a numeric id as bad input, not with a TypeError', () => {
    for (const bad of [[null], [undefined], [{ id: 5, name: 'x' }]]) {
      expect(() => guaranteeCompliance({ commitment: paris, incidents: [], clients: bad as never })).toThrow(InputError)
    }
  })

  it('a guarantee set without incidents gives no rows and no totals', () => {
    const c = guaranteeCompliance({ commitment: paris, incidents: [] })
    expect([c.rows, c.totals, c.incidents]).toEqual([[], [], 0])
  })
})

describe('the statement’s compliance rows', () => {
  it('count the ones that could not be judged apart, outside the share met and the margins', () => {
    const commitment = { timeZone: 'UTC', credit: { type: 'pro-rata' as const }, gti: { within: 'PT4H', clockStartsAt: 'reported' as const, penalty: { perBreach: '10' } } }
    const incidents = [
      // No report: the clock has nothing to start from, not evaluable.
      { id: 'x', start: '2026-03-10T10:00:00Z', end: '2026-03-10T11:00:00Z', elements: ['a'] },
      // Taken after 1 h: met, 3 h ahead.
      { id: 'm', start: '2026-03-11T10:00:00Z', end: '2026-03-11T18:00:00Z', reportedAt: '2026-03-11T10:00:00Z', interventionAt: '2026-03-11T11:00:00Z', elements: ['a'] },
      // Taken after 6 h: breached, 2 h late, 10 %.
      { id: 'b', start: '2026-03-12T10:00:00Z', end: '2026-03-12T18:00:00Z', reportedAt: '2026-03-12T10:00:00Z', interventionAt: '2026-03-12T16:00:00Z', elements: ['a'] },
    ]
    const s = monthlyStatement({ commitment, month: '2026-03', incidents, elements: [{ id: 'a', fee: { amount: '10.00', currency: 'EUR' } }] })
    // +3 h and −2 h: mean 0.5 h, the lower of two is the 90 % rank and the worst.
    const figures = { mean: 0.5 * H, p90: -2 * H, worst: -2 * H }
    const row = { kind: 'gti', month: '2026-03', priority: null, client: null, incidents: 3, met: 1, breached: 1, pending: 0, notEvaluable: 1, notApplicable: 0, withinPercent: '50', marginBusiness: figures, marginWall: figures, penaltyPercent: '10' }
    expect(s.compliance!.rows.map(plain)).toEqual([row])
    expect(s.compliance!.totals.map(plain)).toEqual([{ ...row, month: null }])
  })
})

describe('complianceRows from the outcomes', () => {
  it('the 90 % rank of twenty margins is the third lowest', () => {
    // As above: delays 0, 6, …, 114 min, margins 120 … 6 min; floor(20 / 10) = 2 gives 18 min, mean 63 min.
    const incidents = Array.from({ length: 20 }, (_, k) => taken(Date.UTC(2026, 5, 1 + k, 8), k * 6 * M))
    const report = evaluateGuarantees({ commitment: paris, incidents })
    const { rows, totals } = complianceRows(report.incidents, 'Europe/Paris', (e) => Number(incidents[e.index]!.start))
    for (const r of [...rows, ...totals]) expect([r.incidents, r.met, r.marginBusiness, r.marginWall]).toEqual([20, 20, { mean: 63 * M, p90: 18 * M, worst: 6 * M }, { mean: 63 * M, p90: 18 * M, worst: 6 * M }])
  })
})
