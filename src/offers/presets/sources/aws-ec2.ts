import { type SourceTexts } from './texts.js'

// The one sentence of the agreement recorded word for word; the bands are paraphrased (see the notes).
const MONTHLY_UPTIME_CLAUSE =
  'Monthly Uptime Percentage is calculated by subtracting from 100% the percentage of minutes during the month in which Amazon EC2 was in the state of Unavailability.'

// What both EC2 presets encode, and how the library reads what the agreement leaves open.
const COMMON_NOTES = [
  'Measured per minute, as the agreement says ("the percentage of minutes during the month … in the state of Unavailability"): reading, a clock minute touched by any unavailability counts as a whole minute (granularity minute-up); the agreement does not say how a partly unavailable minute counts.',
  'Reading: the month is the monthly billing cycle, read as the calendar month in UTC; the agreement names no time zone.',
  'No minimum outage: the per-minute count sets the smallest unit (older AWS terms, not this version, had 5-minute periods).',
  'Scheduled maintenance is NOT an exclusion of the agreement and counts as downtime; earlier versions of this preset excluded it. The exclusions (paraphrase) are factors outside AWS\'s reasonable control including force majeure, actions or inactions of the customer or a third party, the customer\'s equipment or software, suspension under the agreement: encoded as the causes customer and force-majeure; third-party causes count (a reading: the agreement\'s third party is one acting for the customer).',
  'A partial outage counts in full and degraded performance does not count (library defaults): the agreement speaks only of a state of Unavailability.',
  'Sole remedy (paraphrase): the Service Credit is the customer\'s sole and exclusive remedy for any unavailability, non-performance or other failure by AWS to provide the service (soleRemedy).',
  'Credits under 1 USD are not paid (minimumCredit 1 USD: applied when the fee is in USD; with another currency the credit says it could not apply it).',
  'Claims (paraphrase): by the end of the second billing cycle after the incident, through a support case with "SLA Credit Request" in the subject, the dates and times of each incident, the affected region and, for the instance level, the instance IDs, with request logs that document the errors (claim).',
  'Region-level and instance-level credits cannot be stacked for the same unavailability (paraphrase): compare them, do not add the two presets.',
  'The bands are a paraphrase of the agreement, not a quotation; only the Monthly Uptime Percentage sentence is quoted.',
  'Silent: the agreement names no time zone for the billing cycle (UTC, a reading), no minimum outage (every minute counts), nothing on a partly unavailable minute (counted whole, minute-up), and nothing on a partial outage or degraded performance (the library defaults: a partial outage counts in full, degraded performance not at all).',
  'Version: AWS lists the version last updated May 5, 2022 among its prior versions "not currently in effect" (aws.amazon.com/compute/sla/historical/); the clauses here were checked against the current page at the URL, whose bands are the same. Re-read it before relying on a clause not quoted here.',
] as const

/** The clauses and notes of the presets of aws-ec2.ts, by preset id. */
export const awsEc2Texts = /* @__PURE__ */ (() =>
  ({
    'aws-ec2-region': {
      clause:
        MONTHLY_UPTIME_CLAUSE,
      notes: [
        ...COMMON_NOTES,
        'Paraphrase of the region-level bands: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 30 %; less than 95.0 % → 100 %.',
        'Unavailable (paraphrase): all running instances deployed concurrently in two or more Availability Zones of the region have no external connectivity. Log incidents at region level (one element per region), not per instance.',
        'Credit base (paraphrase): the total charges paid for the service in the affected region for the billing cycle, one-time payments such as upfront Reserved Instance payments excluded (creditBase service): pass that total as the fee.',
      ],
    },
    'aws-ec2-instance': {
      clause:
        MONTHLY_UPTIME_CLAUSE,
      notes: [
        ...COMMON_NOTES,
        'Paraphrase of the instance-level bands: less than 99.5 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 30 %; less than 95.0 % → 100 %.',
        'Unavailable (paraphrase): the instance has no external connectivity. One element per instance.',
        'Credit base (paraphrase): the charges paid for the affected instance for the billing cycle (creditBase affected): pass that instance\'s charges as the fee.',
        'Hourly rule (quoted): "AWS will not charge you for any Single EC2 Instance that is Unavailable for more than six minutes of a clock hour", applied automatically (hourly-waiver: more than PT6M, automatic). Readings: a clock hour is a UTC hour, the zone of the billing cycle; with the per-minute count, an hour with 6 min 1 s down counts 7 minutes and is waived; an hour is "not charged" for its part of the month\'s charges (1/720 of a 30-day month\'s fee), whatever the instance\'s hourly price.',
        'Reading: the monthly credit is a share of the charges paid for the instance, and the waived hours were not charged, so the bands apply to the fee left once the hours are waived (others on-remainder): 10 hours waived in a 30-day month at 720 USD leave 710 USD, of which 30 % is 213 USD, 223 USD in all. The agreement does not say how the two combine.',
        'Reading: the 1 USD minimum is a rule of Service Credits; the waived hours are not a credit claimed but a charge not made, so the minimum applies to the monthly credit only (automatic).',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
