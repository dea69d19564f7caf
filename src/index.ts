/**
 * matou: service-level commitments made exact. Availability of each calendar month from incident logs,
 * the service credits that follow (to the cent), and the arithmetic behind every figure.
 *
 * The renderers (text, Markdown, HTML, JSON, credit notes CSV) load from `matou/report`, the presets'
 * quoted clauses and notes from `matou/presets/sources`, problems worded in French from `matou/messages`,
 * the JSON Schemas of the file formats from `matou/json-schema`, the readers of files from `matou/io`, the
 * Monte Carlo of credit costs from `matou/simulation`: a browser bundle of this entry pays only for what it
 * imports.
 *
 * @packageDocumentation
 */

export { MatouError, InputError, type InputIssue, type IssueParams, type SafeResult } from './errors.js'
export { Decimal, type DecimalLike } from './decimal.js'

export { type InstantLike, formatInstant, MIN_INSTANT, MAX_INSTANT } from './time/instant.js'
export { type DurationLike, durationMs, formatDuration, humanDuration } from './time/duration.js'
export { isTimeZone } from './time/zone.js'
export {
  type Period,
  type PeriodLike,
  type MonthOptions,
  type QuarterOptions,
  type YearOptions,
  monthPeriod,
  quarterPeriod,
  yearPeriod,
  parsePeriod,
  safeParsePeriod,
  customPeriod,
} from './time/period.js'

export {
  type CommitmentInput,
  type CreditModelInput,
  type GuaranteeInput,
  type CalendarInput,
  type TierInput,
  type Source,
  type Impact,
  type Cause,
  IMPACTS,
  CAUSES,
  commitmentSchema,
} from './schema/commitment.js'
export { type IncidentInput, incidentSchema, incidentListSchema } from './schema/incident.js'
export { parseIncidents, safeParseIncidents } from './incidents/parse.js'
export { type IncidentColumns, isIncidentColumns } from './incidents/columns.js'

export {
  type Commitment,
  type CommitmentLike,
  type CreditModel,
  type Guarantee,
  type MeasurementRules,
  parseCommitment,
  safeParseCommitment,
  isCommitment,
} from './commitment/commitment.js'
export { type Tier, type TierBound } from './commitment/tiers.js'
export { type Money, type MoneyLike, type RoundMoneyOptions, currencyScale, roundMoney } from './credits/money.js'
export { type RoundingMode, ROUNDING_MODES } from './commitment/rounding.js'
export { type Credit, type CreditPart, type CreditOptions, creditFor } from './credits/credit.js'
export { type CreditPartStep, type CreditStep } from './credits/steps.js'

export {
  type AvailabilityReport,
  type Contribution,
  type ContributionStatus,
  type DowntimeSplit,
  type MeasureOptions,
  type RunningIntervals,
  type RunningStretch,
  measureAvailability,
} from './availability/measure.js'
export { type GapTreatment, type Observation, type ObservationGap } from './availability/observation.js'
export { type AvailabilityStep, type ContributionStep, type ExclusionTreatment, type IncidentRef } from './availability/steps.js'
export { type MeasurementProfile, type ProfileName, profiles, withProfile } from './availability/profiles.js'
export { type BudgetBand, type BudgetOptions, type DowntimeBudget, downtimeBudget } from './availability/budget.js'
export {
  type BilledElement,
  type EntryOf,
  type FeeSource,
  type InService,
  type PricedElement,
  type Statement,
  type StatementEntry,
  type StatementOptions,
  type StatementTotal,
  type StatementWarning,
  type UnpricedCredit,
  type UnpricedEntry,
  monthlyStatement,
} from './statement/monthly.js'

export {
  type GuaranteeOptions,
  type GuaranteeOutcome,
  type GuaranteeReport,
  type GuaranteeStats,
  type GuaranteeStatus,
  type IncidentGuarantees,
  evaluateGuarantees,
  guaranteeStats,
} from './guarantees/evaluate.js'
export { GUARANTEE_STATUSES, type GuaranteeColumns, type GuaranteeColumnsReport, guaranteeColumns, type UpdateColumns } from './guarantees/columns.js'
export { type DoneSource, type GuaranteeClock, type GuaranteeStep } from './guarantees/steps.js'
export {
  type Weekday,
  type WeeklyHours,
  type HolidayRegion,
  type HolidayRule,
  type HolidaySource,
  type CalendarOptions,
  type BusinessCalendar,
  type CalendarLike,
  type ClosedDate,
  WEEKDAYS,
  ALWAYS,
  businessCalendar,
  businessTimeBetween,
  addBusinessTime,
  nextCoveredInstant,
  isCovered,
  closedDates,
} from './time/calendar.js'
export { type Holiday, type FrenchHolidayRegion, type FrenchHolidayOptions, easterSunday, frenchHolidays } from './time/holidays.js'

export { type Preset, presets } from './offers/presets/index.js'
export { type Confidence, sourceConfidence } from './offers/presets/confidence.js'
export { type OfferInput, type Structure, STRUCTURES, offerSchema, moneySchema } from './schema/offer.js'
export { type Offer, parseOffer, safeParseOffer, offerFromPreset } from './offers/offer.js'
export { type ScenarioInput, scenarioSchema, scenarioListSchema } from './schema/scenario.js'
export { standardScenarios, parseScenarios, safeParseScenarios } from './offers/scenarios.js'
export { type Comparison, type ComparisonCell, type CompareOptions, compareOffers } from './offers/compare.js'
export { type ComparisonStep } from './offers/steps.js'
export { type OfferCriteria, type CriterionResult, type FilteredOffer, type FilterOptions, filterOffers, parseCriteria, safeParseCriteria } from './offers/filter.js'
export { type Composite, type CompositeOptions, MAX_COMPOSITE_DEPTH, expectedAvailability, compositeIncidents } from './availability/composite.js'

// Service desk: paused clocks, due rules in business days, targets per priority.
export { type PausedStep, type PauseStepSpan, type PriorityTargetStep } from './guarantees/steps.js'
export { type DueRule, type GuaranteeTarget } from './commitment/service-desk.js'
export { dueSchema, statusEventSchema, waitingSchema } from './schema/service-desk.js'
export { type Compliance, type ComplianceOptions, type ComplianceRow, guaranteeCompliance, type MarginFigures } from './guarantees/compliance.js'
export { type AtRiskEntry, type AtRiskList, atRiskList, type AtRiskOptions, type EscalationLevel } from './guarantees/at-risk.js'
export { type UpdateClockOptions, type UpdateClockReport, type UpdateOutcome, updateClock } from './guarantees/update-clock.js'
