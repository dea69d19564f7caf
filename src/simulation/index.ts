/**
 * The Monte Carlo of what an offer's service credits cost its provider, apart from the core entry: a
 * billing tool never simulates, and the simulation is the core's largest folder, so a browser bundle of
 * `matou` does not carry it. Runs in browsers: no Node built-in here.
 *
 * @packageDocumentation
 */
export {
  type SimulateOptions,
  type SimulationResult,
  type SimulationFigures,
  type MonthlyQuantile,
  type CostDistribution,
  type CostBin,
  type ConfidenceInterval,
  type IncidentModel,
  type DurationModel,
  type InterventionModel,
  MAX_CLIENT_MONTHS,
  simulate,
} from './simulate.js'
export { type SimulationAssumption } from './assumptions.js'
