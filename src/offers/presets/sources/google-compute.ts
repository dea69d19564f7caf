import { type SourceTexts } from './texts.js'

const COMMON_NOTES = [
  'Scope (paraphrase): the Premium network tier; Spot and preemptible VMs are not covered. Under the Standard tier only Instances in Multiple Zones are covered, at 99.9 %.',
  'Downtime (paraphrase): loss of external connectivity or of persistent disk access, for the single instance or, for instances in multiple zones, for all applicable running instances.',
  'Scheduled maintenance is NOT excluded by the current terms and counts as downtime; earlier versions of this preset excluded it. Outages caused by the customer and force majeure are excluded (a reading of the general exclusions of the SLA).',
  'Downtime Period (paraphrase): a period of consecutive minutes of Downtime, at least one minute; intermittent Downtime of less than one minute is not counted (minimum outage PT1M). "Partial minutes are not counted": reading (an interpretation, not a clause), the minutes are clock minutes, only whole clock minutes inside an incident count (granularity minute-down: 10:00:30–10:03:10 counts 10:01–10:03, 2 minutes), not minutes measured from the start of the incident.',
  'Determined on a calendar month basis per project per region or, for a single instance, per instance (paraphrase); the month is read in UTC, the page names no time zone.',
  'Sole remedy (quoted): "This SLA states Customer\'s sole and exclusive remedy for any failure by Google to meet the SLO" (soleRemedy).',
  'Claims: within 60 days, through Google Cloud support (claim); the exact starting point of the 60 days was not in the text read.',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
  'Silent in the text read: the time zone of the calendar month (UTC, a reading), what a clock minute is ("partial minutes are not counted" read as whole clock minutes, minute-down), the exact starting point of the 60-day claim window, whether a partial outage or degraded performance is Downtime (the library defaults: a partial outage counts in full, degraded performance not at all), and any minimum credit (none is applied).',
  'Earlier versions (13 January 2020: 99.99 % for instances across two or more zones only; 7 April 2020 and 12 April 2021: a single instance at 99.5 %) had other targets: compare a contract signed under them with those figures.',
] as const

/** The clauses and notes of the presets of google-compute.ts, by preset id. */
export const googleComputeTexts = /* @__PURE__ */ (() =>
  ({
    'gcp-compute-single': {
      notes: [
        'The 99.9 % target ("A Single Instance of all other families", Premium Tier) is from Google\'s page; the bands come from a secondary copy of it: partly verified. A memory-optimised single instance has a 99.95 % target: not this preset.',
        'Paraphrase, not a quotation: less than 99.9 % but at least 95.0 % → 10 %; less than 95.0 % but at least 90.0 % → 25 %; less than 90.0 % → 100 % of the fees of the instance for the month.',
        ...COMMON_NOTES,
      ],
    },
    'gcp-compute-multi-zone': {
      notes: [
        'The 99.99 % target ("Instances in Multiple Zones >= 99.99%", Premium Tier, regions other than Mexico and Stockholm, where it is 99.95 %) is from Google\'s page; its Financial Credit table was not in the text read: NOT ENCODED, the preset has no credit model and every credit is 0. measureAvailability still gives the availability to compare with 99.99 %.',
        'Downtime for instances in multiple zones: all applicable running instances lose external connectivity or persistent disk access. Log incidents at project-and-region level (one element per project and region).',
        ...COMMON_NOTES,
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
