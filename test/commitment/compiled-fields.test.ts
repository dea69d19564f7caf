/**
 * What a compiled commitment carries for the rules added late (an hourly waiver, a pro-rata target,
 * service windows, the service-desk fields), and the refusals a French reader is shown for each.
 */
import { describe, expect, it } from 'vitest'
// Imported from their own modules: see defaults.test.ts.
import { impactIndex, parseCommitment, readCommitment, safeParseCommitment } from '../../src/commitment/commitment.js'
import { InputError, IssueList } from '../../src/errors.js'
import { formatIssue } from '../../src/messages/format.js'

/** The problems a French reader is shown, as `path: message`: their wording comes from each code and its figures. */
function frenchProblems(input: unknown): string[] {
  const r = safeParseCommitment(input)
  if (r.success) return []
  return r.error.issues.map((i) => `${i.path}: ${formatIssue(i, 'fr')}`)
}

describe('refusals worded in French, with the figure given', () => {
  it('weights, percentages, targets, a currency, a duration of zero', () => {
    expect(
      frenchProblems({
        measurement: { weights: { outage: '1.5', degraded: '0.12345' } },
        credit: [
          { type: 'pro-rata', multiplier: '-2', below: '101' },
          { type: 'per-duration', percent: '1', per: 'PT0S' },
        ],
        gti: { within: 'PT4H', penalty: { perLate: { percent: '1', per: 'PT0S' } } },
        minimumCredit: { amount: '5', currency: 'euro' },
      }),
    ).toEqual([
      'measurement.weights.outage: doit être compris entre 0 et 1 (valeur reçue\u00a0: 1.5)',
      'measurement.weights.degraded: peut avoir au plus 4 décimales (valeur reçue\u00a0: 0.12345)',
      'credit[0].multiplier: ne doit pas être négatif (valeur reçue\u00a0: -2)',
      'credit[0].below: doit être un pourcentage de 0 à 100 (valeur reçue\u00a0: 101)',
      'credit[1].per: doit durer plus que zéro',
      'gti.penalty.perLate.per: doit durer plus que zéro',
      'minimumCredit.currency: doit être un code ISO 4217 comme "USD" (valeur reçue\u00a0: "euro")',
    ])
  })

  it('an allowance given twice, or exceeded with none given', () => {
    expect(
      frenchProblems({
        credit: [
          { type: 'per-duration', percent: '1', per: 'PT1H', allowance: 'PT1H', beyond: '99' },
          { type: 'per-duration', percent: '1', per: 'PT1H', onceExceeded: 'all' },
        ],
      }),
    ).toEqual([
      "credit[0].allowance: ne peut pas être donné avec beyond\u00a0: la franchise est soit une durée, soit ce qu’autorise un objectif de disponibilité",
      "credit[1].onceExceeded: demande beyond ou allowance\u00a0: sans eux, il n’y a pas de franchise à dépasser",
    ])
  })

  it('an hourly waiver of more than the whole fee, or counting hours that can never count', () => {
    // An hour holds at most 60 minutes of downtime: "more than PT1H" would never hold.
    expect(frenchProblems({ credit: { type: 'hourly-waiver', moreThan: 'PT1H', share: '1.5' } })).toEqual([
      'credit.share: doit être compris entre 0 et 1 (valeur reçue\u00a0: 1.5)',
      "credit.moreThan: doit durer moins d’une heure (valeur reçue\u00a0: PT1H)",
    ])
    // One second under the hour still can count: an hour fully down has 60 min > 59 min 59 s.
    expect(frenchProblems({ credit: { type: 'hourly-waiver', moreThan: 'PT59M59S', share: '1' } })).toEqual([])
  })

  it('names the field at fault in an hourly waiver and a window', () => {
    const waiver = safeParseCommitment({ credit: { type: 'hourly-waiver', moreThan: 'six minutes', share: '-1', timeZone: 'Mars/Olympus' } })
    expect(waiver.success).toBe(false)
    if (!waiver.success) expect(waiver.error.issues.map((i) => i.path).sort()).toEqual(['credit.moreThan', 'credit.share', 'credit.timeZone'])
    // The schema reads the window's shape before the rules are compiled: its problem comes alone.
    const window = safeParseCommitment({ measurement: { window: { inService: 'two' } } })
    expect(window.success).toBe(false)
    if (!window.success) expect(window.error.issues.map((i) => i.path)).toEqual(['measurement.window.inService'])
  })

  it('a weight that is not a number is one refusal, not a crash', () => {
    const r = safeParseCommitment({ measurement: { weights: { partial: 'half' } } })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path)).toEqual(['measurement.weights.partial'])
  })
})

describe('an hourly waiver as compiled', () => {
  it('keeps what was written', () => {
    const c = parseCommitment({ credit: { type: 'hourly-waiver', moreThan: 'PT6M', share: '0.5', timeZone: 'Europe/Paris', others: 'on-remainder', automatic: true } })
    expect(c.credit).toHaveLength(1)
    const [model] = c.credit
    expect(model).toEqual({ type: 'hourly-waiver', moreThanMs: 360_000, moreThan: 'PT6M', share: expect.anything(), timeZone: 'Europe/Paris', others: 'on-remainder', automatic: true })
    expect(model?.type === 'hourly-waiver' && model.share.toString()).toBe('0.5')
  })

  it('keeps a duration in the words it was written in', () => {
    // 360 seconds is 6 minutes: the reader of the compiled commitment sees the user's own PT360S.
    const [model] = parseCommitment({ credit: { type: 'hourly-waiver', moreThan: 'PT360S' } }).credit
    expect(model).toMatchObject({ moreThanMs: 360_000, moreThan: 'PT360S' })
  })

  it('fills the defaults: the whole hour of fee, UTC clock hours, added to the other models, claimed', () => {
    // 360,000 ms is 6 minutes, written back as PT6M.
    const [model] = parseCommitment({ credit: { type: 'hourly-waiver', moreThan: 360_000 } }).credit
    expect(model).toEqual({ type: 'hourly-waiver', moreThanMs: 360_000, moreThan: 'PT6M', share: expect.anything(), timeZone: 'UTC', others: 'add', automatic: false })
    expect(model?.type === 'hourly-waiver' && model.share.toString()).toBe('1')
  })
})

describe('a pro-rata target', () => {
  it('is kept with its exact form when given, and absent otherwise', () => {
    const [target] = parseCommitment({ credit: { type: 'pro-rata', below: '99.9' } }).credit
    expect(target?.type === 'pro-rata' && target.below?.toString()).toBe('99.9')
    expect(target).toHaveProperty('belowScaled')
    const [always] = parseCommitment({ credit: { type: 'pro-rata' } }).credit
    expect(always).not.toHaveProperty('below')
    expect(always).not.toHaveProperty('belowScaled')
  })
})

describe('the measurement window', () => {
  it('is kept when given, and absent otherwise, so that the whole period is measured', () => {
    const windowed = parseCommitment({ timeZone: 'UTC', measurement: { window: { inService: { atLeast: 2 } } } })
    expect(windowed.measurement.window?.inService).toEqual({ atLeast: 2 })
    expect(parseCommitment({ timeZone: 'UTC' }).measurement).not.toHaveProperty('window')
  })
})

describe('the service-desk fields of a guarantee', () => {
  it('are kept when written', () => {
    const c = parseCommitment({
      timeZone: 'UTC',
      gtr: { within: 'PT8H', pauseOn: ['waiting-customer'], byPriority: { P1: { within: 'PT2H' } }, update: { within: 'PT4H' } },
      gti: { due: { businessDays: 2 }, calendar: { timeZone: 'UTC', hours: { mon: '09:00-17:00', tue: '09:00-17:00' } } },
    })
    expect(c.gtr?.pauseOn).toEqual(['waiting-customer'])
    expect(c.gtr?.byPriority?.P1?.withinMs).toBe(2 * 3_600_000)
    expect(c.gtr?.update?.withinMs).toBe(4 * 3_600_000)
    expect(c.gtr).not.toHaveProperty('due')
    // Two business days on an 8-hour Monday–Tuesday calendar: the rule kept, and the nominal 2 × 8 h for sorting.
    expect(c.gti?.due).toEqual({ kind: 'business-days', days: 2 })
    expect(c.gti?.within).toBe('2 business days')
    // 16 h a week over 2 business days = 8 h a day; 2 days = 16 h = 57,600,000 ms.
    expect(c.gti?.withinMs).toBe(57_600_000)
  })

  it('are absent when not written', () => {
    const g = parseCommitment({ timeZone: 'UTC', gtr: { within: 'PT8H' } }).gtr
    for (const key of ['due', 'pauseOn', 'byPriority', 'update']) expect(g).not.toHaveProperty(key)
  })

  it('a late penalty keeps its unit as written, or writes a number of ms back as a duration', () => {
    const written = parseCommitment({ gti: { within: 'PT4H', penalty: { perLate: { percent: '1', per: 'PT30M' } } } })
    expect(written.gti?.penalty.perLate?.per).toBe('PT30M')
    // 90 minutes written so stays so, not PT1H30M.
    const minutes = parseCommitment({ gti: { within: 'PT4H', penalty: { perLate: { percent: '1', per: 'PT90M' } } } })
    expect(minutes.gti?.penalty.perLate).toMatchObject({ perMs: 5_400_000, per: 'PT90M' })
    // 1,800,000 ms = 30 minutes.
    const inMs = parseCommitment({ gti: { within: 'PT4H', penalty: { perLate: { percent: '1', per: 1_800_000 } } } })
    expect(inMs.gti?.penalty.perLate).toMatchObject({ perMs: 1_800_000, per: 'PT30M' })
  })
})

describe('weights by impact', () => {
  it('each impact reads its own weight', () => {
    const c = parseCommitment({ measurement: { weights: { outage: '1', partial: '0.5', degraded: '0.25' } } })
    // Scale 100 (two decimals): 1 → 100, 0.5 → 50, 0.25 → 25.
    expect(c.measurement.weightUnits[impactIndex('outage')]).toBe(100)
    expect(c.measurement.weightUnits[impactIndex('partial')]).toBe(50)
    expect(c.measurement.weightUnits[impactIndex('degraded')]).toBe(25)
  })
})

describe('a commitment read among other inputs', () => {
  it('adds its problems to the list', () => {
    const issues = new IssueList()
    expect(readCommitment({ cap: '-1' }, 'commitment', issues)).toBeUndefined()
    expect(issues.issues.map((i) => i.path)).toEqual(['commitment.cap'])
  })

  it('lets an error that is not a refusal through: a bug is not shown as bad input', () => {
    const broken = {
      get timeZone(): string {
        throw new TypeError('broken getter')
      },
    }
    expect(() => readCommitment(broken, 'commitment', new IssueList())).toThrow('broken getter')
    expect(() => readCommitment(broken, 'commitment', new IssueList())).not.toThrow(InputError)
  })
})

describe('a commitment frozen all the way down, as a preset is', () => {
  it('is compiled once, its text fields included', () => {
    const frozen = Object.freeze({ timeZone: 'Europe/Paris', credit: Object.freeze({ type: 'pro-rata' as const, multiplier: '1' }) })
    expect(parseCommitment(frozen)).toBe(parseCommitment(frozen))
  })
})
