/**
 * The steps of a service credit, as data, and the library's English for them: the one place the credit's
 * `explanation` is worded. The English reports reuse the phrases they share with it.
 */
import { type IncidentRef } from '../availability/steps.js'
import { type RoundingMode } from '../commitment/rounding.js'
import { type Tier } from '../commitment/tiers.js'
import { type Decimal } from '../decimal.js'
import { humanDuration } from '../time/duration.js'
import { formatMoney } from './money.js'

/**
 * What one credit model, or one guarantee's penalties, gave: the `step` of a {@link CreditPart}. Percentages
 * are of the fee; `percent` is before the part's own cap, and `cappedAt` is that cap when it cut the part.
 *
 * @example
 * credit.parts[0].step // { kind: 'band', availability: Decimal(99.46…), tier: { label: '>= 99.0 and < 99.5', … }, percent: Decimal(10) }
 */
export type CreditPartStep =
  /** Availability fell in a band (by exact comparison), which gives `percent`. */
  | { readonly kind: 'band'; readonly availability: Decimal; readonly tier: Tier; readonly percent: Decimal }
  /** Availability is above every band: no credit from this model. */
  | { readonly kind: 'above-bands'; readonly availability: Decimal }
  /** So much per unit of downtime (beyond what `beyond` % allows, when set). */
  | {
      readonly kind: 'per-duration'
      /** Downtime counted, in milliseconds: all of it, or what exceeds the allowance. */
      readonly excessMs: number
      /** The period's downtime, in milliseconds, before any allowance (always set by the library). */
      readonly downtimeMs?: number
      readonly beyond: Decimal | null
      /** The allowance, when the contract states it as a duration; null or absent otherwise. */
      readonly allowanceMs?: number | null
      /** Once the allowance is exceeded, only the excess counts (default), or all the downtime. */
      readonly onceExceeded?: 'excess' | 'all'
      /** False when there is an allowance and the downtime did not exceed it: nothing is due. Absent: true. */
      readonly exceeded?: boolean
      readonly units: number
      readonly count: 'started' | 'full'
      /** The unit as written, e.g. `PT1H`. */
      readonly per: string
      readonly unitPercent: Decimal
      readonly percent: Decimal
      readonly cappedAt: Decimal | null
    }
  /**
   * Downtime's share of the period (`share`, in percent) × `multiplier`. With a target (`below`), `met` is true
   * when `availability` reached it, and `percent` is then 0.
   */
  | {
      readonly kind: 'pro-rata'
      readonly share: Decimal
      readonly multiplier: Decimal
      readonly percent: Decimal
      readonly cappedAt: Decimal | null
      readonly below?: Decimal
      readonly availability?: Decimal
      readonly met?: boolean
    }
  /**
   * `hours` clock hours (of `timeZone`) held more than `moreThanMs` of downtime; together `waivedMs` of the
   * period's `periodMs`, times `share`, is `percent` of the fee. `automatic`: given without a claim.
   */
  | {
      readonly kind: 'hourly-waiver'
      readonly hours: number
      readonly moreThanMs: number
      readonly timeZone: string
      readonly share: Decimal
      readonly waivedMs: number
      readonly periodMs: number
      readonly percent: Decimal
      readonly automatic: boolean
    }
  /** The penalties of a guarantee's breaches in the period, summed, with the breached incidents. */
  | { readonly kind: 'penalties'; readonly guarantee: 'gti' | 'gtr'; readonly breaches: readonly IncidentRef[]; readonly percent: Decimal; readonly cappedAt: Decimal | null }

/**
 * One step of a credit, in the order of its `explanation`: each part, how the parts combine, the overall
 * cap, the amount and its one rounding, the sole-remedy clause.
 *
 * @example
 * credit.steps.at(-1) // { kind: 'sole-remedy' }
 */
export type CreditStep =
  | CreditPartStep
  /** The other models' `others` % apply to the fee left once `waived` % is credited: waived + others × (100 − waived) / 100. */
  | { readonly kind: 'on-remainder'; readonly waived: Decimal; readonly others: Decimal; readonly percent: Decimal }
  /** The parts added up (`add`), or the larger of the availability credit and the penalties counted. */
  | { readonly kind: 'combined'; readonly rule: 'add' | 'larger'; readonly percent: Decimal }
  /** The commitment's overall cap cut the credit to `cap` % of the fee. */
  | { readonly kind: 'capped'; readonly cap: Decimal }
  /** `fee × percent / 100 = exactAmount`, rounded once to `amount`. */
  | {
      readonly kind: 'amount'
      readonly fee: Decimal
      readonly currency: string
      readonly percent: Decimal
      readonly exactAmount: Decimal
      readonly rounding: RoundingMode
      readonly amount: Decimal
    }
  /**
   * The amount is below the commitment's minimum credit (same currency): it is not paid. `kept`: what the
   * hours waived without a claim still give, when there are any.
   */
  | { readonly kind: 'below-minimum'; readonly minimum: Decimal; readonly currency: string; readonly amount: Decimal; readonly kept?: Decimal }
  /** The commitment's minimum credit is in another currency than the fee: it could not be applied. */
  | { readonly kind: 'minimum-other-currency'; readonly minimum: Decimal; readonly minimumCurrency: string; readonly currency: string }
  /** What the credit is a share of, as the commitment states it. */
  | { readonly kind: 'credit-base'; readonly base: 'affected' | 'service' }
  /** The commitment makes the credit the sole remedy. */
  | { readonly kind: 'sole-remedy' }
  /** How the credit must be claimed, as the commitment states it; not checked. */
  | { readonly kind: 'claim'; readonly window?: string; readonly days?: number; readonly procedure?: string; readonly automatic?: boolean }

/**
 * English phrases the library's sentences and the English reports share, with their figures already
 * written: each is worded once.
 */
export const creditEnglish = {
  inBand: (availability: string, band: string, percent: string): string => `Availability ${availability} is in band ${band} → ${percent} of the fee.`,
  aboveBands: (availability: string): string => `Availability ${availability} is above every band → no credit.`,
  partCapped: (percent: string): string => `Capped at ${percent}.`,
  add: (percent: string): string => `The parts add up to ${percent}.`,
  larger: (percent: string): string => `The larger of the availability credit and the guarantee penalties counts: ${percent}.`,
  capped: (cap: string): string => `The credit is capped at ${cap} of the fee.`,
  formula: (fee: string, percent: string, exact: string, rounding: string, amount: string): string => `Credit = ${fee} × ${percent} = ${exact}, rounded ${rounding} to ${amount}.`,
  soleRemedy: 'Under this commitment the credit is the sole remedy: no other compensation can be claimed.',
  belowMinimum: (amount: string, minimum: string): string => `${amount} is less than the smallest credit paid (${minimum}): nothing is paid.`,
  belowMinimumKept: (amount: string, minimum: string, kept: string): string =>
    `${amount} is less than the smallest credit paid (${minimum}): it is not paid; the hours given without a claim still give ${kept}.`,
  hourlyWaiver: (a: { hours: number; moreThan: string; zone: string; share: string; percent: string; automatic: boolean }): string =>
    `${a.hours} clock hour${a.hours === 1 ? '' : 's'} (${a.zone}) with more than ${a.moreThan} of downtime${a.share === '1' ? ' are not charged' : ` give ${a.share} of their fee`} → ${a.percent} of the fee${a.automatic ? ', without a claim' : ''}.`,
  onRemainder: (a: { waived: string; others: string; percent: string }): string =>
    `The other credits apply to the fee left once the hours are credited: ${a.waived} + ${a.others} × (100 % − ${a.waived}) = ${a.percent}.`,
  proRataMet: (availability: string, below: string): string => `Availability ${availability} is not below ${below}: no credit.`,
  minimumOtherCurrency: (minimum: string, currency: string): string =>
    `The smallest credit paid (${minimum}) is in another currency than the fee (${currency}): it was not applied.`,
  creditBase: (base: 'affected' | 'service'): string =>
    base === 'affected' ? 'The credit is a share of the fee of the affected resource only.' : 'The credit is a share of the fees of the whole service.',
  /** How to claim, as the commitment says it. */
  claimTerms: (a: { window?: string; days?: number; procedure?: string; automatic?: boolean }): string =>
    a.automatic
      ? `The credit is given without a claim${a.procedure ? `: ${a.procedure}` : ''}`
      : `To be claimed${a.window ? ` ${a.window}` : ''}${a.days ? ` (${a.days} days)` : ''}${a.procedure ? `: ${a.procedure}` : ''}`,
  claim: (a: { window?: string; days?: number; procedure?: string; automatic?: boolean }): string =>
    `${creditEnglish.claimTerms(a)}${a.automatic ? '.' : '; the library does not check that it was.'}`,
}

const en = creditEnglish

const pct = (d: Decimal): string => `${d.toSignificantDigits(12)} %`

/** The library's English for one step of a credit (a line of its `explanation`, or a part's `explanation`). */
export function creditSentence(step: CreditStep): string {
  switch (step.kind) {
    case 'band':
      return en.inBand(pct(step.availability), step.tier.label, `${step.tier.credit} %`)
    case 'above-bands':
      return en.aboveBands(pct(step.availability))
    case 'per-duration': {
      const allowance = step.beyond ? `what ${step.beyond} % allows` : step.allowanceMs != null ? `the ${humanDuration(step.allowanceMs)} allowed` : null
      if (allowance && step.exceeded === false) return `${humanDuration(step.downtimeMs ?? 0)} of downtime does not exceed ${allowance} → no credit.`
      const downtime = humanDuration(step.excessMs)
      const basis = !allowance
        ? `${downtime} of downtime`
        : step.onceExceeded === 'all'
          ? `${downtime} of downtime, more than ${allowance}: all of it counts`
          : `${downtime} of downtime beyond ${allowance}`
      const s = `${basis} = ${step.units} ${step.count} unit${step.units === 1 ? '' : 's'} of ${step.per} × ${step.unitPercent} % = ${step.percent} % of the fee.`
      return step.cappedAt ? `${s} ${en.partCapped(`${step.cappedAt} %`)}` : s
    }
    case 'pro-rata': {
      if (step.met && step.availability && step.below) return en.proRataMet(pct(step.availability), `${step.below.toString()} %`)
      const s = `Downtime is ${pct(step.share)} of the period × ${step.multiplier} = ${pct(step.percent)} of the fee.`
      return step.cappedAt ? `${s} ${en.partCapped(`${step.cappedAt} %`)}` : s
    }
    case 'penalties': {
      const n = step.breaches.length
      return `${step.guarantee.toUpperCase()} breached ${n} time${n === 1 ? '' : 's'} → ${step.percent} % of the fee` + (step.cappedAt ? `, capped at ${step.cappedAt} %.` : '.')
    }
    case 'hourly-waiver':
      return en.hourlyWaiver({
        hours: step.hours,
        moreThan: humanDuration(step.moreThanMs),
        zone: step.timeZone,
        share: step.share.toString(),
        percent: pct(step.percent),
        automatic: step.automatic,
      })
    case 'on-remainder':
      return en.onRemainder({ waived: pct(step.waived), others: pct(step.others), percent: pct(step.percent) })
    case 'combined':
      return step.rule === 'larger' ? en.larger(pct(step.percent)) : en.add(pct(step.percent))
    case 'capped':
      return en.capped(`${step.cap} %`)
    case 'amount':
      // A percent carried to 40 digits (1/720 of a fee) leaves a tail of digits that no reader can use:
      // past 12 decimals the sentence gives the amount to 12, marked approximate, as the reports do; the
      // step keeps it exact.
      return en.formula(
        formatMoney(step.fee, step.currency),
        pct(step.percent),
        step.exactAmount.decimalPlaces() <= 12 ? `${step.exactAmount.toString()} ${step.currency}` : `≈ ${formatMoney(step.exactAmount.toDecimalPlaces(12), step.currency)}`,
        step.rounding,
        formatMoney(step.amount, step.currency),
      )
    case 'sole-remedy':
      return en.soleRemedy
    case 'below-minimum':
      return step.kept
        ? en.belowMinimumKept(formatMoney(step.amount, step.currency), formatMoney(step.minimum, step.currency), formatMoney(step.kept, step.currency))
        : en.belowMinimum(formatMoney(step.amount, step.currency), formatMoney(step.minimum, step.currency))
    case 'minimum-other-currency':
      return en.minimumOtherCurrency(`${step.minimum.toString()} ${step.minimumCurrency}`, step.currency)
    case 'credit-base':
      return en.creditBase(step.base)
    case 'claim':
      return en.claim(step)
  }
}
