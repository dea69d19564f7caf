/** Sums of whole numbers stay exact in a double below 2^53; past 2^52 they move to a BigInt. */
const PENDING_LIMIT = 2 ** 52

/**
 * What one variant of the model (independent incidents only, or with correlated events) accumulates over a
 * run: every monthly total, for the quantiles, and counts summed over the whole run. Money is in whole
 * minor units of the currency, so every sum is exact.
 */
export class Tally {
  /** The monthly totals, minor units, at slot trial × months + month. */
  readonly totals: Float64Array
  /** Months in which at least one client is due a credit. */
  anyCreditMonths = 0
  creditedClientMonths = 0
  /** Incidents hitting one client, summed over clients (a correlated event counts for every client). */
  incidents = 0
  /** Incidents judged against the GTI, and those that breached it. */
  gtiIncidents = 0
  gtiBreaches = 0
  /** Largest monthly total, and the first slot it was seen at; −1 before the first month. */
  worst = -1
  worstSlot = 0
  /** Part of the sum still in a double (exact below 2^53), and the part already moved to a BigInt. */
  private pending = 0
  private settled = 0n

  constructor(months: number) {
    this.totals = new Float64Array(months)
  }

  /**
   * Counts `span` months whose totals are already in {@link totals} from `slot` on, and which credit
   * `credited[first]`, `credited[first + 1]` … clients. Once per stretch of months rather than once per
   * month: the loop that fills the totals stays small.
   */
  record(slot: number, span: number, credited: Float64Array, first: number): void {
    const totals = this.totals
    let pending = this.pending
    let any = this.anyCreditMonths
    let creditedAll = this.creditedClientMonths
    let worst = this.worst
    let worstSlot = this.worstSlot
    for (let i = 0; i < span; i++) {
      const total = totals[slot + i] ?? 0
      const c = credited[first + i] ?? 0
      pending += total
      creditedAll += c
      if (c > 0) any++
      if (total > worst) {
        worst = total
        worstSlot = slot + i
      }
    }
    this.pending = pending
    this.anyCreditMonths = any
    this.creditedClientMonths = creditedAll
    this.worst = worst
    this.worstSlot = worstSlot
  }

  /** Keeps the sum exact: called after each trial, which adds less than 2^53 (the options see to it). */
  settle(): void {
    if (this.pending > PENDING_LIMIT) {
      this.settled += BigInt(this.pending)
      this.pending = 0
    }
  }

  /** Exact sum of the monthly totals, minor units. */
  get sum(): bigint {
    return this.settled + BigInt(this.pending)
  }
}
