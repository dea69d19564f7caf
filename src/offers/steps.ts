/**
 * The steps of one cell of an offer comparison, as data: how the client's side of the comparison was
 * found. `report/` writes them in each language.
 */
import { type Decimal } from '../decimal.js'

/**
 * One step of a {@link ComparisonCell}, in this order: the client's downtime, then, when a loss per hour
 * is given, the client's loss and the share of it the compensation covers.
 *
 * @example
 * cell.steps // [{ kind: 'client-downtime', downtimeMs: 14400000, hours: Decimal(4) }, { kind: 'client-loss', hours: Decimal(4), perHour: Decimal(200), currency: 'EUR', loss: Decimal(800) }, …]
 */
export type ComparisonStep =
  /** The client's service was down or impaired this long, whatever the offer excludes. */
  | { readonly kind: 'client-downtime'; readonly downtimeMs: number; readonly hours: Decimal }
  /** `hours × perHour = loss`, rounded to the offer's currency. */
  | { readonly kind: 'client-loss'; readonly hours: Decimal; readonly perHour: Decimal; readonly currency: string; readonly loss: Decimal }
  /** `compensation / loss = percent` of the loss covered. */
  | { readonly kind: 'cover'; readonly compensation: Decimal; readonly loss: Decimal; readonly percent: Decimal }
