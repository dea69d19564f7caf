import { type CommitmentLike, creditFor, type IncidentInput, measureAvailability, monthPeriod, type Preset } from '../../src/index.js'
import { withSourceTexts } from '../../src/offers/presets/sources/index.js'

export const MIN = 60_000
export const H = 3_600_000

/** The credit percent for an availability given as a percentage (tiered models only). */
export function percentAt(commitment: CommitmentLike, availability: string): string {
  return creditFor({ commitment, availability, fee: { amount: '100', currency: 'EUR' } }).percent.toString()
}

/** Measures one element over a calendar month with the given incidents. */
export function measureMonth(commitment: CommitmentLike, year: number, month: number, timeZone: string, incidents: readonly IncidentInput[]) {
  return measureAvailability({ commitment, period: monthPeriod({ year, month, timeZone }), incidents, element: 'e' })
}

/** One outage of `ms` milliseconds on element `e`, starting at `start`. */
export function outage(start: string, ms: number, extra: Partial<IncidentInput> = {}): IncidentInput {
  return { start, end: new Date(Date.parse(start) + ms).toISOString(), elements: ['e'], ...extra }
}

/** The credit percent of a month with these incidents. */
export function creditOfMonth(commitment: CommitmentLike, year: number, month: number, timeZone: string, incidents: readonly IncidentInput[], fee = '100.00', currency = 'EUR') {
  const availability = measureMonth(commitment, year, month, timeZone, incidents)
  return { availability, credit: creditFor({ commitment, availability, fee: { amount: fee, currency } }) }
}

/** A preset's source in full, from `matou/presets/sources`: its clause quoted and its notes. */
export function sourceOf(preset: Preset) {
  const source = withSourceTexts(preset).source
  return { ...source, notes: source.notes ?? [] }
}
