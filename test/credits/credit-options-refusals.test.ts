/**
 * What creditFor and its options schema refuse, and what they let through: each problem with its path,
 * its English message whole, its code and figures, and the French a reader gets from them. The schema
 * and the function must word an option alike, so every case is put to both.
 */
import { describe, expect, it } from 'vitest'
import { creditFor, Decimal, InputError, measureAvailability, monthPeriod, presets } from '../../src/index.js'
import type { CommitmentInput, CreditOptions, InputIssue } from '../../src/index.js'
import { creditOptionsSchema } from '../../src/credits/credit.js'
import { checkBySchema } from '../../src/schema/common.js'
import { formatIssue } from '../../src/messages/index.js'

const H = 3_600_000
const april = monthPeriod({ year: 2026, month: 4, timeZone: 'UTC' }) // 720 h
const eur = (amount: string) => ({ amount, currency: 'EUR' })
const plain = (i: InputIssue) => ({ path: i.path, message: i.message, code: i.code, params: i.params })
const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path)

function schemaIssues(input: unknown) {
  const checked = checkBySchema(creditOptionsSchema, input, '')
  return checked.ok ? [] : checked.issues.map(plain).sort(byPath)
}

function functionIssues(input: unknown) {
  try {
    creditFor(input as CreditOptions)
    return []
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    return e.issues.map(plain).sort(byPath)
  }
}

/** The issues creditFor lists, checked to be the schema's too. */
function refused(input: unknown) {
  const issues = functionIssues(input)
  expect(schemaIssues(input)).toEqual(issues)
  return issues
}

function report(commitment: CommitmentInput, downMs: number) {
  const start = april.start.getTime() + 86_400_000
  return measureAvailability({ commitment, period: april, incidents: downMs ? [{ start, end: start + downMs }] : [] })
}

const perDuration: CommitmentInput = { credit: { type: 'per-duration', per: 'PT1H', percent: '5' } }
const waiver: CommitmentInput = { credit: { type: 'hourly-waiver', moreThan: 'PT6M', share: '1', timeZone: 'UTC' } }
const proRata: CommitmentInput = { credit: { type: 'pro-rata' } }

describe('the availability creditFor reads', () => {
  it('takes a percentage from 0 to 100 included, and refuses one below or above, with the figure it got', () => {
    // pro-rata on a bare percentage: 100 − 0 = 100 % of the fee; 100 − 100 = 0 %.
    expect(creditFor({ commitment: proRata, availability: '0', fee: eur('10') }).percent.toString()).toBe('100')
    expect(creditFor({ commitment: proRata, availability: '100', fee: eur('10') }).percent.toString()).toBe('0')
    expect(schemaIssues({ commitment: proRata, availability: '0', fee: eur('10') })).toEqual([])
    expect(schemaIssues({ commitment: proRata, availability: 100, fee: eur('10') })).toEqual([])
    const below = refused({ commitment: proRata, availability: '-0.001', fee: eur('10') })
    expect(below).toEqual([{ path: 'availability', message: 'must be a percentage from 0 to 100 (got -0.001)', code: 'percentage', params: { got: '-0.001' } }])
    const above = refused({ commitment: proRata, availability: 100.001, fee: eur('10') })
    expect(above).toEqual([{ path: 'availability', message: 'must be a percentage from 0 to 100 (got 100.001)', code: 'percentage', params: { got: '100.001' } }])
    expect(formatIssue(above[0]!, 'fr')).toBe('doit être un pourcentage de 0 à 100 (valeur reçue\u00a0: 100.001)')
  })

  it('takes a Decimal as a percentage, not as an object it did not build', () => {
    // 100 − 99.5 = 0.5 % of 10 EUR = 0.05 EUR
    const credit = creditFor({ commitment: proRata, availability: new Decimal('99.5'), fee: eur('10') })
    expect(credit.amount.toFixed(2)).toBe('0.05')
    expect(schemaIssues({ commitment: proRata, availability: new Decimal('99.5'), fee: eur('10') })).toEqual([])
  })

  it('refuses an object it did not build, a missing availability and a word, each in its own words', () => {
    const object = refused({ commitment: proRata, availability: { availability: '99' }, fee: eur('10') })
    expect(object).toEqual([
      {
        path: 'availability',
        message: 'must be a report from measureAvailability or monthlyStatement, or a percentage such as "99.5" (got an object the library did not build)',
        code: 'availability-object',
        params: {},
      },
    ])
    expect(formatIssue(object[0]!, 'fr')).toBe(
      'doit être un rapport de measureAvailability ou de monthlyStatement, ou un pourcentage comme "99.5" (valeur reçue\u00a0: un objet que la bibliothèque n’a pas construit)',
    )
    // null is no object the library could have built: it is a missing figure.
    expect(refused({ commitment: proRata, availability: null, fee: eur('10') }).map((i) => [i.path, i.code, i.params])).toEqual([['availability', 'decimal', { got: 'null' }]])
    expect(refused({ commitment: proRata, fee: eur('10') }).map((i) => [i.path, i.code])).toEqual([['availability', 'decimal']])
    expect(refused({ commitment: proRata, availability: 'most', fee: eur('10') }).map((i) => [i.path, i.code])).toEqual([['availability', 'decimal']])
  })

  it('asks for a report when a model counts downtime or clock hours, naming which, in English and in French', () => {
    const forDowntime = refused({ commitment: perDuration, availability: '99', fee: eur('10') })
    expect(forDowntime).toEqual([
      {
        path: 'availability',
        message: 'must be a report from measureAvailability: a per-duration credit needs the downtime, not only a percentage',
        code: 'availability-report',
        params: {},
      },
    ])
    expect(formatIssue(forDowntime[0]!, 'fr')).toBe(
      'doit être un rapport de measureAvailability\u00a0: un crédit par durée a besoin de la durée d’indisponibilité, pas seulement d’un pourcentage',
    )
    const forHours = refused({ commitment: waiver, availability: '99', fee: eur('10') })
    expect(forHours).toEqual([
      {
        path: 'availability',
        message: 'must be a report from measureAvailability: an hourly waiver needs to know in which clock hours the downtime fell, not only a percentage',
        code: 'availability-hours',
        params: {},
      },
    ])
    expect(formatIssue(forHours[0]!, 'fr')).toBe(
      'doit être un rapport de measureAvailability\u00a0: une remise horaire a besoin de savoir dans quelles heures d’horloge l’indisponibilité est tombée, pas seulement d’un pourcentage',
    )
    // Both models, and a percentage out of range: the three problems, all at once.
    const both: CommitmentInput = { credit: [perDuration.credit!, waiver.credit!].flat() as never }
    expect(refused({ commitment: both, availability: '120', fee: eur('10') }).map((i) => i.code)).toEqual(['percentage', 'availability-report', 'availability-hours'])
    // A word where a report is needed: the word, and what the models need.
    expect(refused({ commitment: waiver, availability: 'x', fee: eur('10') }).map((i) => i.code)).toEqual(['decimal', 'availability-hours'])
  })

  it('takes a bare percentage for bands and pro-rata, whatever else the commitment says', () => {
    const bands = presets.ovhVps2016.starter
    expect(refused({ commitment: bands, availability: '99.2', fee: eur('9.99') })).toEqual([])
    expect(refused({ commitment: { ...proRata, cap: '50' }, availability: '99', fee: eur('10') })).toEqual([])
  })

  it('takes a report for every model, the per-duration and hourly ones included', () => {
    // 2 h down in 720 h: 2 started hours × 5 % = 10 % of 10 EUR = 1.00 EUR.
    expect(creditFor({ commitment: perDuration, availability: report(perDuration, 2 * H), fee: eur('10') }).amount.toFixed(2)).toBe('1.00')
    expect(schemaIssues({ commitment: perDuration, availability: report(perDuration, 2 * H), fee: eur('10') })).toEqual([])
    // 2 clock hours of more than 6 min: 2/720 of the fee, share 1 → 100 × 2/720 % of 7.20 EUR = 0.02 EUR.
    expect(creditFor({ commitment: waiver, availability: report(waiver, 2 * H), fee: eur('7.20') }).amount.toFixed(2)).toBe('0.02')
    expect(schemaIssues({ commitment: waiver, availability: report(waiver, 2 * H), fee: eur('7.20') })).toEqual([])
  })

  it('says nothing about the availability a bad commitment would need: the commitment is the problem', () => {
    // The commitment's own problem is listed once, at its path; no model is known to ask for a report.
    const bad = { credit: { type: 'per-duration', per: 'PT1H', percent: '-5' } }
    const issues = refused({ commitment: bad, availability: '99', fee: eur('10') })
    expect(issues.map((i) => i.path)).toEqual(['commitment.credit.percent'])
    const withReport = refused({ commitment: bad, availability: report(perDuration, H), fee: eur('10') })
    expect(withReport.map((i) => i.path)).toEqual(['commitment.credit.percent'])
  })
})

describe('the fee creditFor reads', () => {
  it('takes a currency without a minor unit only when a scale says where to round', () => {
    const gold = { amount: '2', currency: 'XAU' }
    const refusedGold = refused({ commitment: proRata, availability: '99', fee: gold })
    expect(refusedGold).toEqual([
      {
        path: 'fee.currency',
        message: 'is not an ISO 4217 currency with a minor unit (got "XAU"); give option scale to round amounts in it',
        code: 'currency-scale',
        params: { got: '"XAU"' },
      },
    ])
    expect(formatIssue(refusedGold[0]!, 'fr')).toBe('n’est pas une devise ISO 4217 avec une sous-unité (valeur reçue\u00a0: "XAU")\u00a0; donnez l’option scale pour y arrondir les montants')
    // With scale 3: 1 % of 2 XAU = 0.02 XAU, at 3 decimals 0.020.
    expect(refused({ commitment: proRata, availability: '99', fee: gold, scale: 3 })).toEqual([])
    const credit = creditFor({ commitment: proRata, availability: '99', fee: gold, scale: 3 })
    expect([credit.currency, credit.amount.toString(), credit.scale]).toEqual(['XAU', '0.02', 3])
    // A scale does not make any word a currency: four letters are still refused.
    expect(refused({ commitment: proRata, availability: '99', fee: { amount: '2', currency: 'GOLD' }, scale: 3 })).toEqual([
      { path: 'fee.currency', message: 'must be an ISO 4217 currency code such as "EUR" (got "GOLD")', code: 'currency', params: { got: '"GOLD"' } },
    ])
  })

  it('refuses a fee in a wrong shape, a negative amount, and says where', () => {
    expect(refused({ commitment: proRata, availability: '99', fee: '9.99 EUR' })).toEqual([
      { path: 'fee', message: 'must be { amount, currency } such as { amount: "9.99", currency: "EUR" } (got "9.99 EUR")', code: 'money', params: { got: '"9.99 EUR"' } },
    ])
    expect(refused({ commitment: proRata, availability: '99', fee: eur('-1') })).toEqual([
      { path: 'fee.amount', message: 'must not be negative (got -1)', code: 'not-negative', params: { got: '-1' } },
    ])
  })

  it('lists every bad option at once: commitment, availability, fee, rounding, scale and outcomes', () => {
    const issues = refused({ commitment: { cap: '-1' }, availability: '101', fee: null, rounding: 'up-ish', scale: -1, guarantees: 'none' })
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['availability', 'percentage'],
      ['commitment.cap', 'not-negative'],
      ['fee', 'money'],
      ['guarantees', 'type'],
      ['rounding', 'one-of'],
      ['scale', 'scale'],
    ])
    const e = (() => {
      try {
        creditFor({ commitment: proRata, availability: '101', fee: eur('1') })
      } catch (error) {
        return error as InputError
      }
    })()
    expect(e?.message).toBe('Cannot compute the credit:\n  availability: must be a percentage from 0 to 100 (got 101)')
  })
})

describe('the guarantee outcomes creditFor reads', () => {
  const gti: CommitmentInput = { gti: { within: 'PT4H', calendar: { timeZone: 'UTC', hours: { mon: '00:00-24:00' } }, penalty: { perBreach: '5' } } }

  it('refuses outcomes of a wrong shape at their paths, in the schema as in the function', () => {
    const outcomes = [{ index: 0, gti: { status: 'breached', penaltyPercent: 'five' } }, 7, { index: 2, gtr: 'late' }, { index: 3, gti: { status: 'met' } }, null]
    const issues = refused({ commitment: gti, availability: '100', fee: eur('10'), guarantees: outcomes })
    expect(issues).toEqual([
      { path: 'guarantees[0].gti.penaltyPercent', message: 'must be a decimal number such as "99.5" (got "five")', code: 'decimal', params: { got: '"five"' } },
      { path: 'guarantees[1]', message: 'must be an object (got 7)', code: 'type', params: { expected: 'object', got: '7' } },
      { path: 'guarantees[2].gtr', message: 'must be an object (got "late")', code: 'type', params: { expected: 'object', got: '"late"' } },
      { path: 'guarantees[4]', message: 'must be an object (got null)', code: 'type', params: { expected: 'object', got: 'null' } },
    ])
    expect(formatIssue(issues[1]!, 'fr')).toBe('doit être un objet (valeur reçue\u00a0: 7)')
    expect(refused({ commitment: gti, availability: '100', fee: eur('10'), guarantees: { incidents: [] } })).toEqual([
      { path: 'guarantees', message: 'must be a list (got an object)', code: 'type', params: { expected: 'array', got: 'an object' } },
    ])
  })

  it('reads the penalty of a breach on either guarantee, and no penalty where none is due', () => {
    // A breached GTR without a penalty figure is refused; a GTR "met" or "pending" carries none to sum.
    expect(refused({ commitment: gti, availability: '100', fee: eur('10'), guarantees: [{ index: 0, gtr: { status: 'breached' } }] })).toEqual([
      { path: 'guarantees[0].gtr.penaltyPercent', message: 'must be a decimal number such as "99.5" (got nothing)', code: 'decimal', params: { got: 'nothing' } },
    ])
    expect(refused({ commitment: gti, availability: '100', fee: eur('10'), guarantees: [{ index: 0, gtr: { status: 'met' } }, { index: 1 }, { index: 2, gti: { status: 'pending' } }] })).toEqual([])
    expect(refused({ commitment: gti, availability: '100', fee: eur('10'), guarantees: [] })).toEqual([])
  })
})
