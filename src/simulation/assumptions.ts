import { type Decimal } from '../decimal.js'
import { humanDuration } from '../time/duration.js'

/**
 * What a simulation assumed or left out for an offer, as data: `report/` words it in each language, and
 * the result's English `notes` are written from it. Figures are kept as figures (a share as a number from
 * 0 to 1, a month in milliseconds), names as the offer and the options wrote them.
 */
export type SimulationAssumption =
  /** The incident model: the month drawn and the laws of the incidents, and of correlated events if any. */
  | {
      readonly kind: 'model'
      readonly monthMs: number
      readonly month: string
      readonly rate: number
      /** The duration law as the options describe it, e.g. `exponential, mean 2 h`. */
      readonly duration: string
      readonly correlated: { readonly rate: number; readonly duration: string } | null
    }
  /** The GTI that is simulated: its target and calendar, the team's hours, the share of incidents waiting for them. */
  | {
      readonly kind: 'gti'
      readonly within: string
      readonly calendar: string
      readonly team: string
      /** The team's hours were not given: those of the GTI's calendar, round the clock for an on-call team, or office hours. */
      readonly defaultTeam: boolean
      /** Share of incidents reported outside the team's hours, from 0 to 1. */
      readonly outsideShare: number
      /** The share was not given: it is the share of the year the team's hours leave uncovered. */
      readonly outsideFromHours: boolean
      /** The response law, as the options describe it. */
      readonly response: string
    }
  /** A GTI that does not cover outages, the only incidents drawn: not simulated. */
  | { readonly kind: 'gti-not-outages'; readonly impacts: readonly string[] }
  /** A team working round the clock, given a share of incidents "outside business hours": they do not wait. */
  | { readonly kind: 'round-the-clock' }
  /** The minimum credit is not applied to the simulated credits. */
  | { readonly kind: 'minimum-credit'; readonly amount: Decimal; readonly currency: string }
  /** An hourly waiver needs the clock hours of an outage; only durations are drawn. */
  | { readonly kind: 'hourly-waiver' }
  /** The GTR is not simulated. */
  | { readonly kind: 'gtr'; readonly within: string }
  /** Nothing of the offer is simulated: every figure is zero. */
  | { readonly kind: 'no-credit' }

/** One assumption in English: the sentence of the result's `notes`. */
export function assumptionSentence(a: SimulationAssumption): string {
  switch (a.kind) {
    case 'model':
      return (
        `Month of ${humanDuration(a.monthMs)} (${a.month}); incidents: ${a.rate} per client per month, ${a.duration}` +
        (a.correlated ? `; correlated events: ${a.correlated.rate} per month, ${a.correlated.duration}.` : '; no correlated events.')
      )
    case 'gti':
      return (
        `GTI ${a.within} on ${a.calendar}: team hours ${a.team}${a.defaultTeam ? ' (default)' : ''}; ` +
        `${(a.outsideShare * 100).toFixed(1)} % of incidents reported outside them` +
        `${a.outsideFromHours ? ' (the share of the year they leave uncovered)' : ''}, waiting for the next opening; response ${a.response}.`
      )
    case 'gti-not-outages':
      return `The GTI covers ${a.impacts.join(', ')} only, not outages: it is not simulated.`
    case 'round-the-clock':
      return 'The team works round the clock: incidents reported "outside business hours" do not wait.'
    case 'minimum-credit':
      return `The minimum credit (${a.amount.toString()} ${a.currency}) is not applied: simulated credits may include amounts the contract does not pay.`
    case 'hourly-waiver':
      return 'The hourly waiver is not simulated: it depends on the clock hours an outage falls in, and only durations are drawn; simulated credits leave those hours out.'
    case 'gtr':
      return `The GTR (${a.within}) is not simulated: restoration times are not modelled apart from incident durations.`
    case 'no-credit':
      return 'The offer gives no availability credit and no simulated guarantee: every figure is zero.'
  }
}
