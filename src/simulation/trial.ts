import { creditUnits, DENSE_MEMO, moneyConverter } from './credit-plan.js'
import { drawDuration, durationOf, innerOutputs, largestAtMost, NO_TABLE, risesWithOutput } from './durations.js'
import { gtiLate, gtiOutcome } from './gti.js'
import { type Plan } from './plan.js'
import { at, poissonFromUniform, streamState, Xoshiro128 } from './random.js'
import { Tally } from './tally.js'

const MINUTE = 60_000
const TWO_POW_32 = 4_294_967_296
const TWO_POW_MINUS_32 = 1 / TWO_POW_32

/**
 * The work of a run apart from the scan of stream A, trial after trial: stream B draws the durations and
 * GTI outcomes of the client-months the scan kept, stream C the correlated events; each month's totals go
 * to the two tallies. Both variants come from the same numbers (common random numbers): they differ only
 * by what stream C adds.
 *
 * The plan's fields that the loop reads are copied into fields here once, and into local constants for
 * each call: the engine then keeps them in registers across the loop. Typed arrays are read as
 * `table[i] ?? 0` here: the reads stay inside their tables, and the engine, which knows a typed array
 * holds numbers, drops the test; the loop measured faster so than through a helper function.
 */
export class Trial {
  readonly independent: Tally
  readonly withCorrelated: Tally | null
  /** Incidents judged against the GTI, and those that breached it: every independent incident, then every correlated event once. */
  private incidents = 0
  private breaches = 0
  /** What {@link clientMonth} found besides the credit: its amount, incidents and breaches. */
  private amount = 0
  private incidentCount = 0
  private breachCount = 0
  private events = 0
  private eventBreaches = 0
  private readonly B: Xoshiro128
  private readonly C: Xoshiro128
  private readonly scratch = new Uint32Array(4)
  private readonly minor: (units: number) => number
  // Per month of the trial: the correlated events, the same for every client (zero without them).
  private readonly corrN: Float64Array
  private readonly corrDown: Float64Array
  private readonly corrBreaches: Float64Array
  private readonly corrPenalty: Float64Array
  // Per client-month with an incident, in a month with a correlated event: its own downtime, breaches and penalty.
  private readonly ownDown: Float64Array
  private readonly ownBreaches: Float64Array
  private readonly ownPenalty: Float64Array
  /** Per month of the trial: how many clients each variant credits. */
  private readonly indCredited: Float64Array
  private readonly withCredited: Float64Array
  /** Downtime counted as it comes: every outage whole, at full weight, to the millisecond. */
  private readonly plain: boolean
  /**
   * With a single band table and no other credit model (the usual case), each band's credit, capped and
   * rounded, is looked up directly; GTI penalties, when a breach happens, are combined with the band's as
   * `creditUnits` does.
   */
  private readonly fastUpper: Float64Array
  private readonly fastLast: number
  /** The bands' credits before the overall cap, after it, and in minor units. */
  private readonly fastRaw: Float64Array
  private readonly fastUnits: Float64Array
  private readonly fastMinor: Float64Array
  /**
   * For a client-month with exactly one incident (most of them), the band follows from the duration's
   * 32-bit output x alone, the duration being a non-decreasing function of x: `xUpper[k]` is the largest
   * x whose downtime stays in band k. Comparing integers replaces computing the duration; it is computed
   * only when a correlated event must be added to it. (A test checks that the results are those of the
   * general path.)
   */
  private readonly single: boolean
  private readonly xUpper: Float64Array
  private readonly xLow: number
  private readonly xHigh: number
  /** ⌊P(N ≤ 1) · 2^32 − 0.5⌋: a stream-A output above e^-rate and at most this means exactly one incident. */
  private readonly oneThreshold: number
  /** ⌊e^-rate · 2^32 − 0.5⌋ for correlated events: a stream-C output at most this means no event. */
  private readonly corrZero: number
  /** Credit of a client-month without incident (0 unless a band covers 100 % availability). */
  private readonly baseUnits: number
  private readonly baseMinor: number

  constructor(private readonly p: Plan) {
    const { months, credit } = p
    this.independent = new Tally(p.trials * months)
    this.withCorrelated = p.corrCdf ? new Tally(p.trials * months) : null
    this.B = new Xoshiro128(streamState(p.seed, 1, 0, this.scratch))
    this.C = new Xoshiro128(streamState(p.seed, 2, 0, this.scratch))
    this.corrN = new Float64Array(months)
    this.corrDown = new Float64Array(months)
    this.corrBreaches = new Float64Array(months)
    this.corrPenalty = new Float64Array(months)
    const own = p.corrCdf ? p.clients : 0
    this.ownDown = new Float64Array(own)
    this.ownBreaches = new Float64Array(own)
    this.ownPenalty = new Float64Array(own)
    this.indCredited = new Float64Array(months)
    this.withCredited = new Float64Array(months)
    this.plain = p.weight === 1 && p.minimumMs === 0 && p.granularity === 0
    this.oneThreshold = p.cdf.length > 1 ? Math.floor(at(p.cdf, 1) * TWO_POW_32 - 0.5) : -1
    this.corrZero = p.corrCdf ? Math.floor(at(p.corrCdf, 0) * TWO_POW_32 - 0.5) : -1
    this.minor = moneyConverter(p.money, Number.isFinite(credit.cap) ? credit.cap : DENSE_MEMO + 1)
    this.baseUnits = creditUnits(credit, 0, 0, 0)
    this.baseMinor = this.baseUnits > 0 ? this.minor(this.baseUnits) : 0
    const table = credit.tiers.length === 1 && credit.perDuration.length === 0 && credit.proRata.length === 0 ? credit.tiers[0] : undefined
    this.fastUpper = table ? table.upper : NO_TABLE
    this.fastLast = this.fastUpper.length - 1
    this.fastRaw = table ? table.units : NO_TABLE
    this.fastUnits = table ? table.units.map((u) => (u > credit.cap ? credit.cap : u)) : NO_TABLE
    this.fastMinor = this.fastUnits.map((u) => (u > 0 ? this.minor(u) : 0))
    const law = p.duration
    const inner = innerOutputs(law)
    this.xLow = inner.low
    this.xHigh = inner.high
    this.single = table !== undefined && risesWithOutput(law)
    this.xUpper = new Float64Array(Math.max(0, this.fastLast))
    if (this.single) {
      const downtimeOf = (x: number) => this.counted(durationOf(law, x, this.B))
      for (let k = 0; k < this.fastLast; k++) this.xUpper[k] = largestAtMost(downtimeOf, this.fastUpper[k] ?? 0, this.xLow, this.xHigh)
    }
  }

  /** Uniforms drawn from streams B and C since the last {@link start}. */
  get draws(): number {
    return this.B.draws + this.C.draws
  }

  /** Starts trial `trial`: reseeds streams B and C, and draws its correlated events. */
  start(trial: number): void {
    const seed = this.p.seed
    this.B.reseed(streamState(seed, 1, trial, this.scratch))
    this.C.reseed(streamState(seed, 2, trial, this.scratch))
    if (this.p.corrCdf) this.correlated(this.p.corrCdf)
  }

  /** Ends a trial: keeps the money sums exact. */
  end(): void {
    this.independent.settle()
    this.withCorrelated?.settle()
  }

  /** Ends the run: the incident and GTI counts go to the tallies. */
  finish(): void {
    const { independent, withCorrelated } = this
    const hasGti = this.p.gti !== null
    independent.incidents = this.incidents
    if (hasGti) {
      independent.gtiIncidents = this.incidents
      independent.gtiBreaches = this.breaches
    }
    if (withCorrelated) {
      withCorrelated.incidents = this.incidents + this.events * this.p.clients
      if (hasGti) {
        withCorrelated.gtiIncidents = this.incidents + this.events
        withCorrelated.gtiBreaches = this.breaches + this.eventBreaches
      }
    }
  }

  private counted(d: number): number {
    const p = this.p
    if (this.plain) return d
    if (d < p.minimumMs) return 0
    if (p.granularity === 1) d = Math.ceil(d / MINUTE) * MINUTE
    else if (p.granularity === 2) d = Math.floor(d / MINUTE) * MINUTE
    return d * p.weight
  }

  /** The credit (units) of a client-month: by the band table when it is the only model, else by `creditUnits`. */
  private creditOf(down: number, breaches: number, penalty: number): number {
    const upper = this.fastUpper
    if (upper.length === 0) return creditUnits(this.p.credit, down > this.p.monthMs ? this.p.monthMs : down, breaches, penalty)
    let band = 0
    for (let k = 0; k < this.fastLast; k++) band += +(down > (upper[k] ?? 0))
    return breaches === 0 ? this.fastUnits[band] ?? 0 : this.withPenalty(this.fastRaw[band] ?? 0, penalty)
  }

  /** A band's credit (units, before the overall cap) with the GTI penalties of at least one breach, as `creditUnits` combines them. */
  private withPenalty(band: number, penalty: number): number {
    const c = this.p.credit
    const pen = penalty > c.penaltyCap ? c.penaltyCap : penalty
    const sum = c.larger ? (band > pen ? band : pen) : band + pen
    return sum > c.cap ? c.cap : sum
  }

  /** The correlated events of every month of the trial: the same downtime and GTI outcomes for every client. */
  private correlated(corrCdf: Float64Array): void {
    const p = this.p
    const C = this.C
    for (let m = 0; m < p.months; m++) {
      const x = C.nextUint32()
      let n = 0
      let down = 0
      let breaches = 0
      let penalty = 0
      // No event this month (the usual case) when e^-rate ≥ (x + 0.5) / 2^32, compared on integers.
      if (x > this.corrZero) {
        n = poissonFromUniform(corrCdf, (x + 0.5) * TWO_POW_MINUS_32)
        for (let j = 0; j < n; j++) {
          down += this.counted(drawDuration(p.corrDuration, C))
          if (p.gti !== null) {
            const outcome = gtiOutcome(p.gti, p.credit, C)
            if (outcome >= 0) {
              breaches++
              penalty += outcome
            }
          }
        }
      }
      this.corrN[m] = n
      this.corrDown[m] = down > p.monthMs ? p.monthMs : down
      this.corrBreaches[m] = breaches
      this.corrPenalty[m] = penalty
    }
  }

  /**
   * Months `first` to `first + span − 1` of trial `trial`: the client-months with independent incidents,
   * whose stream-A outputs are in `hits` (month m's ending at `ends[m]`), in order; then each month's
   * totals, the clients without independent incidents adding the credit of nothing, or of the correlated
   * events alone.
   *
   * Most client-months with incidents have exactly one, and with a single band table its band follows from
   * the duration's output (see {@link Trial.xUpper}) and a met GTI from one comparison: that case is worked
   * out here; every other goes to {@link Trial.clientMonth}, the plain computation, which gives the same
   * figures from the same numbers (a test checks it). Keeping the rare cases out of the loop leaves it
   * small enough for the engine to hold its values in registers.
   */
  months(trial: number, hits: Float64Array, ends: Float64Array, first: number, span: number): void {
    const p = this.p
    const B = this.B
    const { credit, gti } = p
    const single = this.single
    const xLow = this.xLow
    const xHigh = this.xHigh
    const xUpper = this.xUpper
    const fastLast = this.fastLast
    const fastUnits = this.fastUnits
    const fastMinor = this.fastMinor
    const oneThreshold = this.oneThreshold
    const corrN = this.corrN
    // A GTI whose met cases are one comparison of the response's output (see GtiPlan.metUpTo), or −1.
    const metUpTo = gti !== null ? gti.metUpTo : -1
    // The loop works out the usual client-month itself when the band comes from x and the GTI, if any, from one comparison.
    const lean = single && (gti === null || metUpTo >= 0)
    const responseLow = gti !== null ? gti.responseLow : 0
    const { clients, months } = p
    const baseUnits = this.baseUnits
    const baseMinor = this.baseMinor
    const indTotals = this.independent.totals
    const indCredited = this.indCredited
    const both = this.withCorrelated !== null
    const withTotals = this.withCorrelated ? this.withCorrelated.totals : NO_TABLE
    const withCredited = this.withCredited
    let incidents = 0
    let breachesAll = 0
    let h = 0
    for (let m = first, last = first + span; m < last; m++) {
      const end = ends[m] ?? 0
      const start = h
      // A month with a correlated event needs each client's own downtime, to add the event's to it.
      const event = (corrN[m] ?? 0) > 0
      let total = 0
      let credited = 0
      for (; h < end; h++) {
        const xa = hits[h] ?? 0
        let units: number
        let amount: number
        // One incident when x ≤ oneThreshold (the Poisson inversion's second step, on integers), an inner
        // duration output, and no correlated event to add: the band is decided from x alone.
        const x = single && xa <= oneThreshold ? B.nextUint32() : -1
        if (lean && x >= xLow && x <= xHigh && !event) {
          // How many bounds x is above (they rise with k), counted without a branch.
          let band = 0
          for (let k = 0; k < fastLast; k++) band += +(x > (xUpper[k] ?? 0))
          // A met GTI is one comparison of the response's output (gtiOutcome's first case, written out).
          let outcome = -1
          if (gti !== null) {
            const xr = B.nextUint32()
            if (xr > metUpTo || xr < responseLow) outcome = gtiLate(gti, credit, xr, B)
          }
          if (outcome < 0) {
            units = fastUnits[band] ?? 0
            amount = fastMinor[band] ?? 0
          } else {
            units = this.withPenalty(this.fastRaw[band] ?? 0, outcome)
            amount = units > 0 ? this.minor(units) : 0
            breachesAll++
          }
          incidents++
        } else {
          units = this.clientMonth(xa, x, event ? h - start : -1)
          amount = this.amount
          incidents += this.incidentCount
          breachesAll += this.breachCount
        }
        // Without a branch (amount is 0 when units is).
        credited += +(units > 0)
        total += amount
      }
      // The month's totals: the clients without independent incidents add the credit of nothing.
      const slot = trial * months + m
      const rest = clients - (end - start)
      if (baseUnits > 0) {
        total += rest * baseMinor
        credited += rest
      }
      indTotals[slot] = total
      indCredited[m] = credited
      // Without a correlated event, a month is the same in both variants.
      if (event) this.monthWithEvent(slot, m, end - start, rest)
      else if (both) {
        withTotals[slot] = total
        withCredited[m] = credited
      }
    }
    this.incidents += incidents
    this.breaches += breachesAll
    const firstSlot = trial * months + first
    this.independent.record(firstSlot, span, indCredited, first)
    this.withCorrelated?.record(firstSlot, span, withCredited, first)
  }

  /**
   * The plain computation of a client-month whose stream-A output is `xa`: draws the count of its
   * incidents, each one's duration and GTI outcome, and returns its credit (units); its amount (minor
   * units), incidents and breaches are left in fields. `x` is the first duration's output when the loop
   * has drawn it already, else −1. When `own` ≥ 0 (a month with a correlated event), its downtime,
   * breaches and penalty are kept at that index.
   */
  private clientMonth(xa: number, x: number, own: number): number {
    const p = this.p
    const B = this.B
    const gti = p.gti
    const n = xa <= this.oneThreshold ? 1 : poissonFromUniform(p.cdf, (xa + 0.5) * TWO_POW_MINUS_32)
    let down = 0
    let breaches = 0
    let penalty = 0
    for (let j = 0; j < n; j++) {
      down += this.counted(j === 0 && x >= 0 ? durationOf(p.duration, x, B) : drawDuration(p.duration, B))
      if (gti !== null) {
        const outcome = gtiOutcome(gti, p.credit, B)
        if (outcome >= 0) {
          breaches++
          penalty += outcome
        }
      }
    }
    const units = this.creditOf(down, breaches, penalty)
    this.amount = units > 0 ? this.minor(units) : 0
    this.incidentCount = n
    this.breachCount = breaches
    if (own >= 0) {
      this.ownDown[own] = down
      this.ownBreaches[own] = breaches
      this.ownPenalty[own] = penalty
    }
    return units
  }

  /**
   * Month m with a correlated event, for the variant that has them: each client-month with independent
   * incidents adds the event's downtime and breaches to its own; the others have the event's alone.
   */
  private monthWithEvent(slot: number, m: number, withIncidents: number, rest: number): void {
    const credit = this.p.credit
    const corrDown = this.corrDown[m] ?? 0
    const corrBreaches = this.corrBreaches[m] ?? 0
    const corrPenalty = this.corrPenalty[m] ?? 0
    let total = 0
    let credited = 0
    for (let i = 0; i < withIncidents; i++) {
      const units = this.creditOf((this.ownDown[i] ?? 0) + corrDown, (this.ownBreaches[i] ?? 0) + corrBreaches, (this.ownPenalty[i] ?? 0) + corrPenalty)
      credited += +(units > 0)
      total += units > 0 ? this.minor(units) : 0
    }
    const alone = creditUnits(credit, corrDown, corrBreaches, corrPenalty)
    if (alone > 0) {
      total += rest * this.minor(alone)
      credited += rest
    }
    if (this.withCorrelated) this.withCorrelated.totals[slot] = total
    this.withCredited[m] = credited
    this.events += this.corrN[m] ?? 0
    this.eventBreaches += corrBreaches
  }
}
