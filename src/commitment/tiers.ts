import { compareFraction, type Decimal, readDecimal, type ScaledDecimal, toScaled } from '../decimal.js'
import { type IssueList, joinPath } from '../errors.js'
import { type TierInput } from '../schema/commitment.js'

/** A bound of a band, kept exactly as the contract writes it. */
export interface TierBound {
  /** The bound in percent. */
  readonly value: Decimal
  /** Whether availability equal to the bound is inside the band. */
  readonly inclusive: boolean
  /** The bound as written in the input, e.g. `"99.0"`. */
  readonly written: string
  /** @internal exact integer form used for comparisons */
  readonly scaled: ScaledDecimal
}

/** A validated band of a tiered credit. */
export interface Tier {
  /** Position of the band in the table as written. */
  readonly index: number
  /** Lower bound; absent means the band reaches down to 0 %. */
  readonly lower?: TierBound
  /** Upper bound; absent means the band reaches up to 100 %. */
  readonly upper?: TierBound
  /** Credit in percent of the fee. */
  readonly credit: Decimal
  /** The band as a person reads it: `>= 99.0 and < 99.5`. */
  readonly label: string
}

function writtenOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : String(value)
}

function readBound(value: unknown, inclusive: boolean, path: string, issues: IssueList): TierBound | undefined {
  const d = readDecimal(value, path, issues)
  if (!d) return undefined
  if (d.lt(0) || d.gt(100)) {
    issues.add(path, `must be a percentage from 0 to 100 (got ${writtenOf(value)})`, 'percentage', { got: writtenOf(value) })
    return undefined
  }
  const bound = { value: d, inclusive, written: writtenOf(value) }
  // Kept out of JSON: a BigInt cannot be serialised, and the written bound says the same.
  Object.defineProperty(bound, 'scaled', { value: toScaled(d), enumerable: false })
  return bound as TierBound
}

function labelOf(lower: TierBound | undefined, upper: TierBound | undefined): string {
  const parts: string[] = []
  if (lower) parts.push(`${lower.inclusive ? '>=' : '>'} ${lower.written}`)
  if (upper) parts.push(`${upper.inclusive ? '<=' : '<'} ${upper.written}`)
  return parts.length ? parts.join(' and ') : 'any availability'
}

/** Compares two bounds' values exactly. */
function cmp(a: TierBound, b: TierBound): number {
  return a.value.comparedTo(b.value)
}

/**
 * Reads and validates a band table: each band non-empty, bands in no particular order but without overlap
 * or gap, the lowest reaching down to 0 %, and the credit never falling as availability falls.
 * Returns the bands sorted from the highest availability to the lowest.
 */
export function readTiers(input: readonly TierInput[], path: string, issues: IssueList): Tier[] | undefined {
  const before = issues.issues.length
  const tiers: Tier[] = []
  input.forEach((raw, index) => {
    const p = joinPath(path, index)
    if (raw.atLeast !== undefined && raw.above !== undefined) issues.add(p, 'has both atLeast and above: a band has one lower bound', 'band-two-lower')
    if (raw.below !== undefined && raw.atMost !== undefined) issues.add(p, 'has both below and atMost: a band has one upper bound', 'band-two-upper')
    const lower =
      raw.atLeast !== undefined
        ? readBound(raw.atLeast, true, joinPath(p, 'atLeast'), issues)
        : raw.above !== undefined
          ? readBound(raw.above, false, joinPath(p, 'above'), issues)
          : undefined
    const upper =
      raw.below !== undefined
        ? readBound(raw.below, false, joinPath(p, 'below'), issues)
        : raw.atMost !== undefined
          ? readBound(raw.atMost, true, joinPath(p, 'atMost'), issues)
          : undefined
    const credit = readDecimal(raw.credit, joinPath(p, 'credit'), issues)
    if (credit && credit.lt(0)) issues.add(joinPath(p, 'credit'), `must not be negative (got ${writtenOf(raw.credit)})`, 'not-negative', { got: writtenOf(raw.credit) })
    if (lower && upper) {
      const c = cmp(lower, upper)
      if (c > 0 || (c === 0 && !(lower.inclusive && upper.inclusive))) issues.add(p, `is empty: ${labelOf(lower, upper)} holds no availability`, 'band-empty', { band: labelOf(lower, upper) })
    }
    // Stryker disable next-line ConditionalExpression: without a credit an issue is already listed, so the table is refused below whatever was pushed
    if (credit) tiers.push({ index, ...(lower && { lower }), ...(upper && { upper }), credit, label: labelOf(lower, upper) })
  })
  if (issues.issues.length > before) return undefined

  // Ascending by availability: a band without lower bound comes first.
  const asc = [...tiers].sort((a, b) => {
    if (!a.lower) return b.lower ? -1 : 0
    if (!b.lower) return 1
    const c = cmp(a.lower, b.lower)
    if (c !== 0) return c
    return a.lower.inclusive === b.lower.inclusive ? 0 : a.lower.inclusive ? -1 : 1
  })
  const first = asc[0]
  // Stryker disable next-line OptionalChaining: the commitment's schema refuses a table without bands before it is read, so there is a first band
  if (first?.lower && !(first.lower.value.isZero() && first.lower.inclusive)) {
    issues.add(joinPath(path, first.index), `leaves availability below ${first.lower.written} % without a band: the credit would fall as availability falls; add a band { below: "${first.lower.written}" }`, 'band-none-below', { below: first.lower.written })
  }
  for (const [i, hi] of asc.entries()) {
    // Each band against the one below it; the first has none.
    const lo = asc[i - 1]
    if (lo === undefined) continue
    const here = joinPath(path, hi.index)
    if (!lo.upper) {
      issues.add(here, `overlaps band ${lo.index} (${lo.label}), which has no upper bound`, 'band-overlap-open', { index: lo.index, band: lo.label })
      continue
    }
    if (!hi.lower) {
      issues.add(here, `overlaps band ${lo.index} (${lo.label})`, 'band-overlap', { index: lo.index, band: lo.label })
      continue
    }
    const c = cmp(lo.upper, hi.lower)
    if (c > 0 || (c === 0 && lo.upper.inclusive && hi.lower.inclusive)) issues.add(here, `overlaps band ${lo.index} (${lo.label})`, 'band-overlap', { index: lo.index, band: lo.label })
    else if (c < 0 || (!lo.upper.inclusive && !hi.lower.inclusive))
      issues.add(here, `leaves a gap after band ${lo.index} (${lo.label}): availability ${lo.upper.written} to ${hi.lower.written} has no band`, 'band-gap', { index: lo.index, band: lo.label, from: lo.upper.written, to: hi.lower.written })
    if (hi.credit.gt(lo.credit))
      issues.add(joinPath(joinPath(path, hi.index), 'credit'), `is larger than the credit of band ${lo.index} (${lo.label}): a credit must not fall as availability falls`, 'band-credit-falls', { index: lo.index, band: lo.label })
  }
  // Stryker disable next-line ConditionalExpression: the caller refuses the commitment on any listed issue, so bands returned here are never used
  if (issues.issues.length > before) return undefined
  return asc.reverse()
}

/** Whether availability `up/measured` (a fraction, times 100 for percent) is inside the band. */
export function tierContains(tier: Tier, up: bigint, measured: bigint): boolean {
  // availability % = 100·up/measured; compare 100·up/measured with bound n/10^k.
  const a = 100n * up
  if (tier.lower) {
    const c = compareFraction(a, measured, tier.lower.scaled)
    if (c < 0 || (c === 0 && !tier.lower.inclusive)) return false
  }
  if (tier.upper) {
    const c = compareFraction(a, measured, tier.upper.scaled)
    if (c > 0 || (c === 0 && !tier.upper.inclusive)) return false
  }
  return true
}

/** The band that holds availability `100·up/measured` %, or undefined when it is above every band. */
export function findTier(tiers: readonly Tier[], up: bigint, measured: bigint): Tier | undefined {
  for (const tier of tiers) if (tierContains(tier, up, measured)) return tier
  return undefined
}
