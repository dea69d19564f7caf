import { describe, expect, expectTypeOf, it } from 'vitest'
import * as z from 'zod/mini'
import {
  commitmentSchema,
  type Commitment,
  type IncidentInput,
  incidentListSchema,
  incidentSchema,
  moneySchema,
  InputError,
  type OfferCriteria,
  offerSchema,
  parseCommitment,
  parseCriteria,
  parseIncidents,
  parseOffer,
  parsePeriod,
  parseScenarios,
  type Period,
  presets,
  type SafeResult,
  safeParseCommitment,
  safeParseCriteria,
  safeParseIncidents,
  safeParseOffer,
  safeParsePeriod,
  safeParseScenarios,
  type ScenarioInput,
  scenarioListSchema,
  scenarioSchema,
  standardScenarios,
} from '../../src/index.js'

const offer = {
  id: 'coop',
  provider: 'Coop',
  name: 'VPS',
  services: [{ id: 'vps', fee: { amount: '9.99', currency: 'EUR' } }],
}
const incident = { start: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z' }

/** Each parser with good input and bad input, and its safe twin. */
const pairs = [
  { name: 'commitment', parse: (x: unknown) => parseCommitment(x as never), safe: safeParseCommitment, good: presets.aws.ec2Region, bad: { credit: { type: 'flat' } } },
  { name: 'offer', parse: (x: unknown) => parseOffer(x as never), safe: safeParseOffer, good: offer, bad: { ...offer, services: [] } },
  { name: 'period', parse: (x: unknown) => parsePeriod(x as string), safe: (x: unknown) => safeParsePeriod(x as string), good: '2026-03', bad: '2026/03' },
  { name: 'criteria', parse: (x: unknown) => parseCriteria(x as string[]), safe: (x: unknown) => safeParseCriteria(x as string[]), good: ['gti<=PT4H'], bad: ['gti>PT4H', 'colour=blue'] },
  { name: 'scenarios', parse: parseScenarios, safe: safeParseScenarios, good: standardScenarios(), bad: [{ id: '', name: 'x', incidents: [{}] }] },
  { name: 'incidents', parse: parseIncidents, safe: safeParseIncidents, good: [incident], bad: [incident, { ...incident, end: '2026-03-02T09:00:00Z' }, { start: 'yesterday' }] },
] as const

describe('every parser has a safe twin with zod’s result shape', () => {
  for (const p of pairs) {
    it(`${p.name}: { success: true, data } holding what parse returns`, () => {
      const r = p.safe(p.good as never)
      expect(r).toEqual({ success: true, data: p.parse(p.good) })
      expect(Object.keys(r)).toEqual(['success', 'data'])
    })

    it(`${p.name}: { success: false, error } holding the InputError parse throws`, () => {
      let thrown: unknown
      try {
        p.parse(p.bad)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      const r = p.safe(p.bad as never)
      expect(r.success).toBe(false)
      expect(Object.keys(r)).toEqual(['success', 'error'])
      if (!r.success) {
        expect(r.error).toBeInstanceOf(InputError)
        expect(r.error.issues).toEqual((thrown as InputError).issues)
        expect(r.error.message).toBe((thrown as InputError).message)
      }
    })
  }

  it('names the same types as zod: data on success, error on failure', () => {
    expectTypeOf(safeParseCommitment).returns.toEqualTypeOf<SafeResult<Commitment>>()
    expectTypeOf(safeParsePeriod).returns.toEqualTypeOf<SafeResult<Period>>()
    expectTypeOf(safeParseCriteria).returns.toEqualTypeOf<SafeResult<OfferCriteria>>()
    expectTypeOf(safeParseScenarios).returns.toEqualTypeOf<SafeResult<ScenarioInput[]>>()
    expectTypeOf(safeParseIncidents).returns.toEqualTypeOf<SafeResult<IncidentInput[]>>()
    const r = safeParsePeriod('2026-03')
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Period>()
    else expectTypeOf(r.error).toEqualTypeOf<InputError>()
  })
})

describe('what the new parsers report', () => {
  it('period: the expected forms', () => {
    const r = safeParsePeriod('March 2026')
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues).toEqual([{ path: 'period', message: 'must be YYYY-MM, YYYY-Qn or YYYY (got "March 2026")' }])
    expect(safeParsePeriod('2026-Q2', 'Europe/Paris').data?.label).toBe('2026-Q2')
  })

  it('criteria: each bad expression by its index', () => {
    const r = safeParseCriteria(['structure=cooperative', 'colour=blue'])
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toEqual(['where[1]'])
  })

  it('scenarios: every problem under scenarios[i], the scenarios returned as given', () => {
    const r = safeParseScenarios([{ name: 'No id', incidents: [] }])
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues).toEqual([{ path: 'scenarios[0].id', message: 'is required' }])
    expect(() => parseScenarios({ id: 'x' })).toThrow(/scenarios: must be a list of scenarios/)
    const at = new Date('2026-04-07T09:00:00+02:00')
    const given = [{ id: 'cut', name: 'A cut', incidents: [{ start: at, end: '2026-04-07T13:00:00+02:00', note: 'kept' }] }]
    const [s] = parseScenarios(given)
    expect(s).toBe(given[0])
    expect(s!.incidents[0]!.start).toBe(at)
  })

  it('incidents: the rules measuring applies, every problem under incidents[i]', () => {
    const r = safeParseIncidents([{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' }, { start: '2026-03-02T10:00', elements: [] }])
    expect(r.success).toBe(false)
    if (!r.success)
      expect(r.error.issues).toEqual([
        { path: 'incidents[0].end', message: 'is before start (2026-03-02T10:00:00Z)' },
        { path: 'incidents[1].start', message: 'must be an ISO-8601 instant with an offset, such as "2026-03-02T10:00:00Z" (got "2026-03-02T10:00")' },
        { path: 'incidents[1].elements', message: 'must name at least one element, or be absent for every element (got an empty list)' },
      ])
    expect(() => parseIncidents('none')).toThrow(/incidents: must be a list of incidents \(got "none"\)/)
    const given = [incident]
    expect(parseIncidents(given)).toBe(given)
  })
})

describe('the exported schemas are zod schemas', () => {
  it('work with the method and the function forms of zod/mini', () => {
    expect(commitmentSchema.safeParse(presets.ovhVps2016.starter).success).toBe(true)
    expect(z.safeParse(offerSchema, offer).success).toBe(true)
    expect(z.safeParse(incidentListSchema, [incident]).data).toEqual([incident])
    expect(scenarioListSchema.safeParse([{ id: 'x' }]).success).toBe(false)
  })

  it('behave as their documentation says', () => {
    expect(commitmentSchema.safeParse({ credit: { type: 'pro-rata' } }).success).toBe(true)
    expect(z.safeParse(commitmentSchema, { credit: { type: 'flat' } }).error?.issues[0]?.path).toEqual(['credit'])
    expect(incidentSchema.safeParse({ start: '2026-03-02T10:00:00Z', end: null }).success).toBe(true)
    expect(z.safeParse(incidentSchema, { start: '2026-03-02T10:00' }).error?.issues[0]?.path).toEqual(['start'])
    expect(z.safeParse(incidentListSchema, [{ start: '2026-03-02T10:00:00Z' }]).success).toBe(true)
    expect(moneySchema.safeParse({ amount: '9.99', currency: 'EUR' }).success).toBe(true)
    expect(z.safeParse(moneySchema, { amount: '9.99' }).error?.issues[0]?.path).toEqual(['currency'])
    expect(offerSchema.safeParse(offer).success).toBe(true)
    expect(z.safeParse(offerSchema, { ...offer, services: [] }).error?.issues[0]?.path).toEqual(['services'])
    expect(scenarioSchema.safeParse({ id: 'cut', name: 'A cut', incidents: [] }).success).toBe(true)
    expect(z.safeParse(scenarioSchema, { name: 'A cut', incidents: [] }).error?.issues[0]?.path).toEqual(['id'])
    expect(z.safeParse(scenarioListSchema, [{ id: 'cut', name: 'A cut', incidents: [] }]).success).toBe(true)
  })
})
