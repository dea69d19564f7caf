// The public signatures, as a consumer's compiler sees them. `expectTypeOf` does nothing at run time:
// these assertions are checked by `npm run typecheck` (tsc over test/), and a wrong type fails it. The
// published declarations themselves are checked by the consumer projects (test/consumers/).
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AvailabilityReport,
  type BudgetOptions,
  type Commitment,
  type CommitmentLike,
  type CompareOptions,
  type Comparison,
  type Credit,
  type CreditOptions,
  type DecimalLike,
  type DowntimeBudget,
  type GuaranteeOptions,
  type GuaranteeReport,
  type InputIssue,
  type MeasureOptions,
  type RunningIntervals,
  type InstantLike,
  type MonthOptions,
  type Offer,
  type OfferInput,
  type Period,
  type RoundMoneyOptions,
  type Statement,
  type StatementEntry,
  type StatementOptions,
  type PricedElement,
  type BilledElement,
  type UnpricedEntry,
  compareOffers,
  creditFor,
  Decimal,
  downtimeBudget,
  evaluateGuarantees,
  InputError,
  measureAvailability,
  monthlyStatement,
  monthPeriod,
  parseCommitment,
  parseOffer,
  roundMoney,
  safeParseCommitment,
  safeParseOffer,
} from '../../src/index.js'
import { type SimulateOptions, type SimulationResult, simulate } from '../../src/simulation/index.js'
import { type CsvReadResult, parseCsvIncidents, type ReadResult, parseStatuspageIncidents } from '../../src/io/index.js'

describe('Decimal', () => {
  it('is a class whose instances are Decimal, never any', () => {
    expectTypeOf<Decimal>().not.toBeAny()
    expectTypeOf(new Decimal('99.5')).toEqualTypeOf<Decimal>()
    expectTypeOf(new Decimal('1').plus('2')).toEqualTypeOf<Decimal>()
    expectTypeOf<Decimal['toFixed']>().returns.toEqualTypeOf<string>()
    expectTypeOf(Decimal).toBeConstructibleWith('99.5')
    expectTypeOf<Decimal>().toExtend<DecimalLike>()
  })
})

describe('results of the stages', () => {
  it('monthlyStatement: entries whose money is Decimal', () => {
    expectTypeOf(monthlyStatement).parameters.toEqualTypeOf<[StatementOptions]>()
    // Every element given a fee: every entry has one. A fee left out: entries may be unpriced.
    expectTypeOf(monthlyStatement<PricedElement>).returns.toEqualTypeOf<Statement>()
    expectTypeOf(monthlyStatement<BilledElement>).returns.toEqualTypeOf<Statement<StatementEntry | UnpricedEntry>>()
    expectTypeOf<UnpricedEntry['credit']['amount']>().toEqualTypeOf<undefined>()
    expectTypeOf<Statement['elements']>().toEqualTypeOf<readonly StatementEntry[]>()
    expectTypeOf<StatementEntry['credit']>().toEqualTypeOf<Credit>()
    expectTypeOf<Statement['totals'][number]['fees']>().toEqualTypeOf<Decimal>()
    expectTypeOf<Statement['totals'][number]['credits']>().toEqualTypeOf<Decimal>()
  })

  it('measureAvailability: exact figures as Decimal, times as integer ms', () => {
    expectTypeOf(measureAvailability).parameters.toEqualTypeOf<[MeasureOptions]>()
    expectTypeOf(measureAvailability).returns.toEqualTypeOf<AvailabilityReport>()
    expectTypeOf<AvailabilityReport['availability']>().toEqualTypeOf<Decimal>()
    expectTypeOf<AvailabilityReport['exactAvailability']>().toEqualTypeOf<Decimal>()
    expectTypeOf<AvailabilityReport['downtimeMs']>().toEqualTypeOf<number>()
    expectTypeOf<AvailabilityReport['period']>().toEqualTypeOf<Period>()
  })

  it('the running stretches of a set: one named type in both option objects', () => {
    expectTypeOf<MeasureOptions['running']>().toEqualTypeOf<RunningIntervals | undefined>()
    expectTypeOf<StatementOptions['running']>().toEqualTypeOf<RunningIntervals | undefined>()
    expectTypeOf<RunningIntervals[string][number]['end']>().toEqualTypeOf<InstantLike | undefined>()
  })

  it('creditFor: amounts and percentages as Decimal', () => {
    expectTypeOf(creditFor).parameters.toEqualTypeOf<[CreditOptions]>()
    expectTypeOf(creditFor).returns.toEqualTypeOf<Credit>()
    expectTypeOf<Credit['amount']>().toEqualTypeOf<Decimal>()
    expectTypeOf<Credit['exactAmount']>().toEqualTypeOf<Decimal>()
    expectTypeOf<Credit['percent']>().toEqualTypeOf<Decimal>()
    expectTypeOf<Credit['fee']['amount']>().toEqualTypeOf<Decimal>()
    expectTypeOf<Credit['currency']>().toEqualTypeOf<string>()
  })

  it('evaluateGuarantees: an outcome per incident and guarantee', () => {
    expectTypeOf(evaluateGuarantees).parameters.toEqualTypeOf<[GuaranteeOptions]>()
    expectTypeOf(evaluateGuarantees).returns.toEqualTypeOf<GuaranteeReport>()
    type Outcome = NonNullable<GuaranteeReport['incidents'][number]['gti']>
    expectTypeOf<Outcome['kind']>().toEqualTypeOf<'gti' | 'gtr'>()
    expectTypeOf<Outcome['deadline']>().toEqualTypeOf<Date | null>()
  })

  it('compareOffers: cells whose compensation is Decimal', () => {
    expectTypeOf(compareOffers).parameters.toEqualTypeOf<[CompareOptions]>()
    expectTypeOf(compareOffers).returns.toEqualTypeOf<Comparison>()
    expectTypeOf<Comparison['cells'][number]['compensation']>().toEqualTypeOf<Decimal>()
    expectTypeOf<Comparison['cells'][number]['credit']>().toEqualTypeOf<Credit>()
    expectTypeOf<Comparison['cell']>().returns.toEqualTypeOf<Comparison['cells'][number] | undefined>()
  })

  it('downtimeBudget: allowed downtime in ms, band credits as Decimal', () => {
    expectTypeOf(downtimeBudget).parameters.toEqualTypeOf<[BudgetOptions]>()
    expectTypeOf(downtimeBudget).returns.toEqualTypeOf<DowntimeBudget>()
    expectTypeOf<DowntimeBudget['allowedDowntimeMs']>().toEqualTypeOf<number>()
    expectTypeOf<DowntimeBudget['bands'][number]['credit']>().toEqualTypeOf<Decimal>()
  })

  it('simulate: not in the core entry, which a billing tool loads without it', () => {
    expectTypeOf<typeof import('../../src/index.js')>().not.toHaveProperty('simulate')
    expectTypeOf<typeof import('../../src/index.js')>().not.toHaveProperty('MAX_CLIENT_MONTHS')
  })

  it('simulate: synchronous, with money as Decimal', () => {
    expectTypeOf(simulate).parameters.toEqualTypeOf<[SimulateOptions]>()
    expectTypeOf(simulate).returns.toEqualTypeOf<SimulationResult>()
    expectTypeOf<SimulationResult['fee']>().toEqualTypeOf<Decimal>()
    expectTypeOf<SimulationResult['revenuePerMonth']>().toEqualTypeOf<Decimal>()
    expectTypeOf<SimulationResult['trials']>().toEqualTypeOf<number>()
  })
})

describe('parsers and edges', () => {
  it('parseCommitment and parseOffer take the input alone', () => {
    expectTypeOf(parseCommitment).parameters.toEqualTypeOf<[input: CommitmentLike]>()
    expectTypeOf(parseCommitment).returns.toEqualTypeOf<Commitment>()
    expectTypeOf(parseOffer).parameters.toEqualTypeOf<[input: OfferInput | Offer]>()
    expectTypeOf(parseOffer).returns.toEqualTypeOf<Offer>()
    expectTypeOf(safeParseCommitment).parameters.toEqualTypeOf<[input: unknown]>()
    expectTypeOf(safeParseOffer).parameters.toEqualTypeOf<[input: unknown]>()
  })

  it('an offer has one service at least, as its schema asks: services[0] needs no check', () => {
    expectTypeOf<Offer['services']>().toExtend<readonly [unknown, ...unknown[]]>()
    // A plain list would not: the tuple type is what the test above sees.
    expectTypeOf<readonly Offer['services'][number][]>().not.toExtend<readonly [unknown, ...unknown[]]>()
    expectTypeOf<Offer['services'][0]['fee']['amount']>().toEqualTypeOf<Decimal>()
  })

  it('monthPeriod takes its options and gives a Period of Dates', () => {
    expectTypeOf(monthPeriod).parameters.toEqualTypeOf<[MonthOptions]>()
    expectTypeOf(monthPeriod).returns.toEqualTypeOf<Period>()
    expectTypeOf<Period['start']>().toEqualTypeOf<Date>()
    expectTypeOf<Period['durationMs']>().toEqualTypeOf<number>()
  })

  it('roundMoney takes an amount and one options object', () => {
    expectTypeOf(roundMoney).parameters.toEqualTypeOf<[DecimalLike, RoundMoneyOptions]>()
    expectTypeOf(roundMoney).returns.toEqualTypeOf<Decimal>()
  })

  it('InputError lists read-only issues', () => {
    expectTypeOf<InputError['issues']>().toEqualTypeOf<readonly InputIssue[]>()
    expectTypeOf<InputIssue>().toEqualTypeOf<{ path: string; message: string; code: string; params: Readonly<Record<string, string | number>> }>()
    expectTypeOf<InputError>().toExtend<Error>()
  })

  it('the readers of matou/io return incidents and what they skipped', () => {
    expectTypeOf(parseCsvIncidents).returns.toEqualTypeOf<CsvReadResult>()
    expectTypeOf(parseStatuspageIncidents).returns.toEqualTypeOf<ReadResult>()
    expectTypeOf<CsvReadResult>().toExtend<ReadResult>()
  })
})
