/**
 * What a statement's writer reads of each report: the contributions, steps and sentences made afresh and
 * let go (a statement of a million incidents must not keep them all once written), the same figures as
 * the report's own; and a report copied into a plain object read from the figures it carries.
 */
import { describe, expect, it } from 'vitest'
import { contributionCount, transientContributions, transientExplanation, transientSteps } from '../../src/availability/measure.js'
import { measureAvailability, monthPeriod } from '../../src/index.js'
import type { AvailabilityReport, IncidentInput } from '../../src/index.js'

const april = monthPeriod({ year: 2026, month: 4 })
const incidents: IncidentInput[] = [
  // 2 h counted.
  { id: 'down', start: '2026-04-03T10:00:00Z', end: '2026-04-03T12:00:00Z' },
  // Maintenance: excluded.
  { id: 'planned', start: '2026-04-04T00:00:00Z', end: '2026-04-04T01:00:00Z', cause: 'maintenance' },
]
const measure = () => measureAvailability({ commitment: { credit: { type: 'pro-rata' } }, period: april, incidents })
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown

describe('a report not read before', () => {
  it('gives its writer contributions made afresh each time, and keeps none of them', () => {
    const r = measure()
    expect(contributionCount(r)).toBe(2)
    const first = transientContributions(r)
    const second = transientContributions(r)
    expect(second).not.toBe(first)
    expect(r.contributions).not.toBe(first)
    expect(json(first)).toEqual(json(r.contributions))
    expect(first.map((c) => [c.id, c.status])).toEqual([
      ['down', 'counted'],
      ['planned', 'excluded'],
    ])
  })

  it('gives steps and sentences made afresh, the ones the report gives once read', () => {
    const r = measure()
    const steps = transientSteps(r)
    expect(transientSteps(r)).not.toBe(steps)
    const sentences = transientExplanation(r)
    expect(transientExplanation(r)).not.toBe(sentences)
    expect(steps).toEqual(r.steps)
    expect(sentences).toEqual(r.explanation)
    // Read once, the report's own are given from then on.
    expect(transientSteps(r)).toBe(r.steps)
    expect(transientExplanation(r)).toBe(r.explanation)
    expect(transientContributions(r)).toBe(r.contributions)
    expect(contributionCount(r)).toBe(2)
  })
})

describe('a report copied into a plain object', () => {
  it('is read from the contributions, steps and sentences it carries', () => {
    const copy = { ...measure() } as AvailabilityReport
    expect(contributionCount(copy)).toBe(2)
    expect(transientContributions(copy)).toBe(copy.contributions)
    expect(transientSteps(copy)).toBe(copy.steps)
    expect(transientExplanation(copy)).toBe(copy.explanation)
  })
})
