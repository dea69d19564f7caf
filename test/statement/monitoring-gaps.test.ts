/**
 * Missing monitoring data, explicit (issue 14, item 8): a gap in heartbeats is counted as up, as down, or
 * left out of the period, and every statement built from probe data says how much of its time was observed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal, InputError, measureAvailability, monthlyStatement } from '../../src/index.js'
import type { AvailabilityStep } from '../../src/index.js'
import { formatIssue } from '../../src/messages/index.js'
import { parseHeartbeats } from '../../src/io/index.js'
import { renderStatement } from '../../src/report/index.js'

const H = 3_600_000
const MIN = 60_000
const APRIL = Date.UTC(2026, 3, 1) // April 2026 in UTC: 30 days, 720 h
const MAY = Date.UTC(2026, 4, 1)
const commitment = { timeZone: 'UTC', credit: { type: 'pro-rata' as const } }

/**
 * A beat every 30 minutes through April 2026 for monitor "web", up but for one down beat on the 15th at
 * 00:00 (up again at 00:30: a 30 min outage), and no beat between 10:00 and 17:00 on the 20th: with a
 * beat vouching for at most 1 h, 11:00 to 17:00 is a 6 h gap.
 */
function april(gap: 'up' | 'down' | 'unknown' | 'exclude') {
  const beats: { time: string; status: number; monitor_id: string }[] = []
  for (let t = APRIL; t < MAY; t += 30 * MIN) {
    if (t > Date.UTC(2026, 3, 20, 10) && t < Date.UTC(2026, 3, 20, 17)) continue
    beats.push({ time: new Date(t).toISOString(), status: t === Date.UTC(2026, 3, 15) ? 0 : 1, monitor_id: 'web' })
  }
  return parseHeartbeats(beats, { pending: 'down', gap, maxGap: 'PT1H', asOf: new Date(MAY).toISOString() })
}

describe('a gap policy for heartbeats', () => {
  it('lists the 6 h gap whatever the rule, and makes an incident of it only when counted as down', () => {
    for (const gap of ['up', 'down', 'unknown', 'exclude'] as const) {
      const read = april(gap)
      expect(read.gaps).toEqual([{ element: 'web', start: '2026-04-20T11:00:00Z', end: '2026-04-20T17:00:00Z', durationMs: 6 * H, countedAs: gap }])
      expect(read.incidents.length).toBe(gap === 'down' ? 2 : 1)
    }
  })

  it('measures a 30-day month with one 6 h gap excluded over 714 h, and the coverage is 714/720', () => {
    const read = april('exclude')
    const s = monthlyStatement({ commitment, month: '2026-04', incidents: read.incidents, gaps: read.gaps, elements: [{ id: 'web' }] })
    const r = s.elements[0]!.availability
    // 720 h − 6 h excluded = 714 h measured; 30 min down.
    expect(r.measuredMs).toBe(714 * H)
    expect(r.unobservedMs).toBe(6 * H)
    expect(r.downtimeMs).toBe(30 * MIN)
    // (714 h − 0.5 h) / 714 h × 100 = 713.5 / 714 × 100
    expect(r.exactAvailability.toString()).toBe(new Decimal(713.5).div(714).times(100).toString())
    // The 6 h without data are a step of their own, between the downtime and the formula over the 714 h left.
    expect(r.steps).toEqual<AvailabilityStep[]>([
      { kind: 'period', label: '2026-04', timeZone: 'UTC', start: APRIL, end: MAY, durationMs: 720 * H },
      {
        kind: 'downtime',
        element: 'web',
        downtime: new Decimal(30 * MIN),
        counted: [{ index: 0, id: 'web:2026-04-15T00:00:00Z' }],
        notCounted: [],
        weights: { outage: new Decimal(1), partial: new Decimal(1), degraded: new Decimal(0) },
      },
      { kind: 'unobserved', unobservedMs: 6 * H },
      { kind: 'formula', measuredMs: 714 * H, downtime: new Decimal(30 * MIN), exactAvailability: new Decimal(100).times(713.5).div(714) },
    ])
    // 714 h = 2,570,400,000 ms; 100 × 713.5 / 714 = 99.92997198879…
    expect(r.explanation).toEqual([
      'Period 2026-04 (UTC): 2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, 30 d (2,592,000,000 ms).',
      'Downtime of element "web": 30 min (1,800,000 ms) from 1 incident (weights: outage 1, partial 1, degraded 0; overlaps counted once).',
      'Without monitoring data: 6 h (21,600,000 ms), removed from the period.',
      'Availability = (2,570,400,000 − 1,800,000) / 2,570,400,000 × 100 = 99.9299719888 %.',
    ])
    const c = s.elements[0]!.coverage!
    // 720 h in the month, 6 h unobserved, all of it excluded: 714 / 720 = 0.991666…
    expect([c.periodMs, c.unobservedMs, c.excludedMs, c.observedMs]).toEqual([720 * H, 6 * H, 6 * H, 714 * H])
    expect(c.share.toString()).toBe(new Decimal(714).div(720).toString())
    expect(s.coverage!.share.eq(c.share)).toBe(true)
  })

  it('counts the same gap as up (720 h measured, 30 min down) or as down (720 h measured, 6 h 30 min down)', () => {
    const up = april('up')
    const su = monthlyStatement({ commitment, month: '2026-04', incidents: up.incidents, gaps: up.gaps, elements: [{ id: 'web' }] })
    // (720 − 0.5) / 720 × 100
    expect(su.elements[0]!.availability.exactAvailability.toString()).toBe(new Decimal(719.5).div(720).times(100).toString())
    expect(su.elements[0]!.availability.unobservedMs).toBeUndefined()
    const down = april('down')
    const sd = monthlyStatement({ commitment, month: '2026-04', incidents: down.incidents, gaps: down.gaps, elements: [{ id: 'web' }] })
    // (720 − 6.5) / 720 × 100
    expect(sd.elements[0]!.availability.exactAvailability.toString()).toBe(new Decimal(713.5).div(720).times(100).toString())
    // A gap counted as up or down is still time nobody observed: coverage 714/720 either way, nothing excluded.
    for (const s of [su, sd]) expect([s.coverage!.observedMs, s.coverage!.excludedMs]).toEqual([714 * H, 0])
  })

  it('leaves out the part of another incident that falls in an excluded gap', () => {
    const read = april('exclude')
    // Reported by hand: 12:00 to 14:00 on the 20th lies inside the 11:00–17:00 gap; 16:00 to 18:00 half in it.
    const manual = [
      { id: 'hand-1', start: '2026-04-20T12:00:00Z', end: '2026-04-20T14:00:00Z', elements: ['web'] },
      { id: 'hand-2', start: '2026-04-20T16:00:00Z', end: '2026-04-20T18:00:00Z', elements: ['web'] },
    ]
    const s = monthlyStatement({ commitment, month: '2026-04', incidents: [...read.incidents, ...manual], gaps: read.gaps, elements: [{ id: 'web' }] })
    // 30 min from the probe + 1 h of hand-2 (17:00 to 18:00) = 1 h 30 min, over 714 h.
    expect(s.elements[0]!.availability.downtimeMs).toBe(90 * MIN)
    expect(s.elements[0]!.availability.contributions.find((c) => c.id === 'hand-1')!.status).toBe('empty')
  })

  it('applies a gap naming no element to every element, and a gap of one element to it alone', () => {
    const gaps = [
      { start: '2026-04-02T00:00:00Z', end: '2026-04-02T02:00:00Z', countedAs: 'exclude' as const },
      { element: 'db', start: '2026-04-03T00:00:00Z', end: '2026-04-03T01:00:00Z', countedAs: 'exclude' as const },
    ]
    const s = monthlyStatement({ commitment, month: '2026-04', incidents: [], gaps, elements: [{ id: 'web' }, { id: 'db' }] })
    // web: 720 − 2 = 718 h; db: 720 − 2 − 1 = 717 h.
    expect(s.elements.map((e) => e.availability.measuredMs)).toEqual([718 * H, 717 * H])
    // Together: (718 + 717) / 1440 observed.
    expect(s.coverage!.share.toString()).toBe(new Decimal(718 + 717).div(1440).toString())
    // measureAvailability without an element takes every gap: 720 − 3 = 717 h.
    const whole = measureAvailability({ commitment, period: { start: new Date(APRIL), end: new Date(MAY) }, incidents: [], gaps })
    expect(whole.measuredMs).toBe(717 * H)
  })

  it('measures an element in service part of the month over its own time less its gaps', () => {
    const gaps = [{ element: 'web', start: '2026-04-14T22:00:00Z', end: '2026-04-16T00:00:00Z', countedAs: 'exclude' as const }]
    const s = monthlyStatement({ commitment, month: '2026-04', incidents: [], gaps, elements: [{ id: 'web', from: '2026-04-16' }] })
    // In service from the 16th: 15 days = 360 h; the gap ends as the service starts, so nothing is left out.
    expect(s.elements[0]!.availability.measuredMs).toBe(360 * H)
    expect(s.elements[0]!.coverage!.share.toString()).toBe('1')
    const s2 = monthlyStatement({ commitment, month: '2026-04', incidents: [], gaps, elements: [{ id: 'web', from: '2026-04-15' }] })
    // From the 15th: 16 days = 384 h, of which the 24 h of the 15th are a gap: 360 h measured, 360/384 observed.
    expect(s2.elements[0]!.availability.measuredMs).toBe(360 * H)
    expect(s2.elements[0]!.coverage!.share.toString()).toBe(new Decimal(360).div(384).toString())
  })

  it('gives the same figures with no excluded gap as without gaps (any gaps counted up, down or unknown)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 719 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('up', 'down', 'unknown')), { maxLength: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 719 }), fc.integer({ min: 1, max: 30 })), { maxLength: 5 }),
        (gapList, outages) => {
          const incidents = outages.map(([h, len]) => ({ start: new Date(APRIL + h * H).toISOString(), end: new Date(APRIL + (h + len) * H).toISOString(), elements: ['web'] }))
          const gaps = gapList.map(([h, len, countedAs]) => ({ element: 'web', start: new Date(APRIL + h * H).toISOString(), end: new Date(APRIL + (h + len) * H).toISOString(), countedAs }))
          const plain = monthlyStatement({ commitment, month: '2026-04', incidents, elements: [{ id: 'web' }] })
          const withGaps = monthlyStatement({ commitment, month: '2026-04', incidents, gaps, elements: [{ id: 'web' }] })
          expect(withGaps.elements[0]!.availability.exact).toEqual(plain.elements[0]!.availability.exact)
          const c = withGaps.elements[0]!.coverage!
          expect(c.observedMs + c.unobservedMs).toBe(720 * H)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('never counts more downtime, nor measures more time, once gaps are excluded', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 719 }), fc.integer({ min: 1, max: 30 })), { maxLength: 5 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 719 }), fc.integer({ min: 1, max: 30 })), { maxLength: 5 }),
        (gapList, outages) => {
          const incidents = outages.map(([h, len]) => ({ start: new Date(APRIL + h * H).toISOString(), end: new Date(APRIL + (h + len) * H).toISOString(), elements: ['web'] }))
          const gaps = gapList.map(([h, len]) => ({ element: 'web', start: new Date(APRIL + h * H).toISOString(), end: new Date(APRIL + (h + len) * H).toISOString(), countedAs: 'exclude' as const }))
          const plain = monthlyStatement({ commitment, month: '2026-04', incidents, elements: [{ id: 'web' }] }).elements[0]!
          const cut = monthlyStatement({ commitment, month: '2026-04', incidents, gaps, elements: [{ id: 'web' }] }).elements[0]!
          expect(cut.availability.downtimeMs).toBeLessThanOrEqual(plain.availability.downtimeMs)
          // The measured time lost is exactly the excluded time inside the month.
          expect(cut.availability.measuredMs).toBe(720 * H - cut.coverage!.excludedMs)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('refuses a bad list of gaps with codes worded in French', () => {
    const bad = () =>
      monthlyStatement({
        commitment,
        month: '2026-04',
        incidents: [],
        elements: [{ id: 'web' }],
        gaps: [{ start: '2026-04-02T00:00:00Z', end: '2026-04-01T00:00:00Z', countedAs: 'exclude' }, { start: '2026-04-02T00:00:00Z', end: '2026-04-03T00:00:00Z', countedAs: 'ignore' as never }, 3 as never],
      })
    expect(bad).toThrow(InputError)
    try {
      bad()
    } catch (error) {
      const issues = (error as InputError).issues
      expect(issues.map((i) => [i.path, i.code])).toEqual([
        ['gaps[0].end', 'before-start'],
        ['gaps[1].countedAs', 'one-of'],
        ['gaps[2]', 'gap-shape'],
      ])
      expect(formatIssue(issues[2]!, 'fr')).toContain('doit être un trou de données')
    }
    expect(() => monthlyStatement({ commitment, month: '2026-04', incidents: [], elements: [], gaps: 'none' as never })).toThrow(/must be a list of gaps/)
  })
})

describe('the coverage in every statement format', () => {
  const read = april('exclude')
  const s = monthlyStatement({ commitment, month: '2026-04', incidents: read.incidents, gaps: read.gaps, elements: [{ id: 'web' }] })

  it('is said in text, Markdown and HTML, in English and in French', () => {
    // Durations are written with no-break spaces; compared here with plain ones.
    const en = renderStatement(s, { format: 'text', lang: 'en', color: false }).replace(/[\u00a0\u202f]/g, ' ')
    expect(en).toContain('Monitoring coverage')
    // 714 h is 29 d 18 h, 720 h is 30 d.
    expect(en).toContain('The monitoring data observed 99.1667% of the time measured: 29 d 18 h of 30 d; 6 h without data, of which 6 h left out of the measured time.')
    expect(en).toContain('Without monitoring data: 6 h (21,600,000 ms), removed from the period.')
    const fr = renderStatement(s, { format: 'markdown', lang: 'fr' }).replace(/[\u00a0\u202f]/g, ' ')
    expect(fr).toContain('## Couverture de la supervision')
    expect(fr).toMatch(/observé 99,1667\s%/)
    expect(fr).toContain('Sans données de supervision')
    const html = renderStatement(s, { format: 'html', lang: 'fr' })
    expect(html).toContain('Couverture de la supervision')
    expect(html).toContain('class="coverage"')
  })

  it('is in the JSON, per element and for the statement', () => {
    const doc = JSON.parse(renderStatement(s, { format: 'json' }))
    expect(doc.coverage).toEqual({ periodMs: 720 * H, unobservedMs: 6 * H, excludedMs: 6 * H, observedMs: 714 * H, share: new Decimal(714).div(720).toString() })
    expect(doc.elements[0].coverage).toEqual(doc.coverage)
  })

  it('leaves a statement without gaps as it was', () => {
    const plain = monthlyStatement({ commitment, month: '2026-04', incidents: read.incidents, elements: [{ id: 'web' }] })
    expect(plain.coverage).toBeUndefined()
    expect(renderStatement(plain, { format: 'text', lang: 'en', color: false })).not.toContain('Monitoring coverage')
    expect(JSON.parse(renderStatement(plain, { format: 'json' }))).not.toHaveProperty('coverage')
  })
})
