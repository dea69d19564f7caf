/**
 * Reports: statements, comparisons, downtime budgets, presets and catalogues written as plain text, Markdown,
 * JSON or one self-contained HTML page, in English or French. Runs in browsers: no Node built-in here.
 */
export { type ReportFormat, type ReportOptions, REPORT_FORMATS, REPORT_LANGUAGES } from './options.js'
export { type ReportLanguage, type Messages, messagesFor } from './i18n.js'
export { type JsonValue, toJsonValue } from './json.js'
export { type StatementJson, type GuaranteeStatsJson, type StatementReportOptions, type UnpricedCreditJson, type JsonWarning, renderStatement, renderStatementChunks } from './statement.js'
export { type ComparisonJson, renderComparison } from './comparison.js'
export { type BudgetJson, renderBudget } from './budget.js'
export { type PresetJson, type PresetListJson, renderPreset, renderPresetList } from './preset.js'
export { type CatalogueJson, renderCatalogue } from './catalogue.js'
export { renderSimulation } from './simulation.js'
export { type CreditNotesOptions, creditNotesCsv } from './credit-notes.js'
export {
  type PeriodJson,
  type BandJson,
  type ContributionJson,
  type AvailabilityJson,
  type CreditJson,
  type OutcomeJson,
  type IncidentGuaranteesJson,
} from './shapes.js'
export { type ComplianceJson, type ComplianceRowJson, renderCompliance } from './compliance.js'
export { type AtRiskJson, renderAtRisk } from './at-risk.js'
