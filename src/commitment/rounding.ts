import { Decimal as DecimalBase } from 'decimal.js'
import { describe, type IssueList } from '../errors.js'

/** Named rounding modes for the one rounding of a credit to the currency's minor unit. */
export type RoundingMode = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor'

// Read from decimal.js in a pure-marked function: a bare property read at import would keep decimal.js
// in a bundle that never rounds.
const MODES: Record<RoundingMode, DecimalBase.Rounding> = /* @__PURE__ */ (() => ({
  'half-up': DecimalBase.ROUND_HALF_UP,
  'half-even': DecimalBase.ROUND_HALF_EVEN,
  'half-down': DecimalBase.ROUND_HALF_DOWN,
  up: DecimalBase.ROUND_UP,
  down: DecimalBase.ROUND_DOWN,
  ceil: DecimalBase.ROUND_CEIL,
  floor: DecimalBase.ROUND_FLOOR,
}))()

/** The decimal.js rounding constant of a mode. */
export function roundingConstant(mode: RoundingMode): DecimalBase.Rounding {
  return MODES[mode]
}

/** Every rounding mode name. */
export const ROUNDING_MODES = /* @__PURE__ */ Object.keys(MODES) as RoundingMode[]

/** Reads a rounding mode name, or adds an issue. */
export function readRounding(value: unknown, path: string, issues: IssueList): RoundingMode | undefined {
  if (value === undefined) return 'half-up'
  // An own property only: `'toString' in MODES` is true, and decimal.js would then be handed a function.
  if (typeof value === 'string' && Object.hasOwn(MODES, value)) return value as RoundingMode
  issues.add(path, `must be one of ${ROUNDING_MODES.join(', ')} (got ${describe(value)})`, 'one-of', { options: ROUNDING_MODES.join(', '), got: describe(value) })
  return undefined
}

/** Reads an explicit number of decimals for rounding, or adds an issue. */
export function readScale(value: unknown, path: string, issues: IssueList): number | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 20) return value
  issues.add(path, `must be a whole number of decimals from 0 to 20 (got ${describe(value)})`, 'scale', { got: describe(value) })
  return undefined
}
