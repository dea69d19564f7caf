import { type SourceTexts } from './texts.js'

// Readings shared by OVH's legacy terms, as the OVH VPS 2016 preset reads its own.
const OVH_READINGS = [
  'The month is the calendar month in Europe/Paris (OVH is a French company); the recorded terms name no time zone.',
  'No minimum outage and no exclusion for scheduled maintenance are recorded: every unavailability counts, maintenance included.',
  'Outages caused by the client or by force majeure are excluded (a general reading of any contract, as in the OVH VPS 2016 preset).',
  'A partial outage counts in full and degraded performance does not count (library defaults).',
] as const

/** The clauses and notes of the presets of ovh.ts, by preset id. */
export const ovhTexts = /* @__PURE__ */ (() =>
  ({
    'ovh-dedicated-legacy': {
      clause:
        'OVH guarantees the quality of connection and the accessibility of 99.9%, that means that total downtime should not exceed 43 minutes and 12 seconds a month. In case of a breach of this conditon , OVH will pay compensation of 2.5% of monthly cost of a service for every 60 minutes of server inaccessibility (a total sum of compensation cannot exceed the monthly cost of a service).',
      notes: [
        'The clause is quoted as the page writes it (its typo "conditon" kept).',
        '"In case of a breach of this condition": nothing is due while the month\'s downtime is at most 43 min 12 s (allowance PT43M12S); once it is exceeded, every hour of the month\'s inaccessibility counts, from the first one (onceExceeded all), not only the hours beyond the 43 min 12 s. Earlier versions of this preset paid from the first minute: a month with 20 minutes down now gets nothing.',
        'The allowance is the duration the page states, 43 min 12 s (0.1 % of a 30-day month), in every month: not 0.1 % of each month (44 min 38.4 s in a 31-day month).',
        'Reading: "for every 60 minutes" is read as every started hour (count started): 2 h 10 min down gives 3 × 2.5 % = 7.5 %. Read as complete hours (count full in a copy of the preset) it gives 2 × 2.5 % = 5 %. The page does not settle it.',
        'Reading: the hours are those of the month\'s total inaccessibility (summed over the month, then rounded up to started hours), not rounded up incident by incident.',
        'Exclusion (paraphrase): "the moment you switch on the rescue mode, the defect won\'t be registered": time the client spends in rescue mode is not inaccessibility. Log it with cause customer, or leave it out of the log.',
        'Outages are detected by ping: log the incidents OVH\'s monitoring would have seen; nothing here checks how they were detected.',
        'Silent: the page names no claim procedure or window, no sole-remedy clause, and no other exclusion than rescue mode.',
        ...OVH_READINGS,
      ],
    },
    'ovh-private-cloud-network': {
      clause:
        'OVH garantiert, dass das interne Netz des Private Cloud Datacenters jederzeit verfügbar ist; hiervon ausgenommen sind geplante Wartungsarbeiten, die nach Vorabinformation des Kunden durchgeführt werden. […] Netzwerk: 5 % des Gesamtbetrages der nächsten Rechnung je 10 Minuten Nichtverfügbarkeit; maximal 100 % des Gesamtrechnungsbetrags.',
      notes: [
        'The clause is quoted from the German page, shortened where marked […]. The URL is that page; earlier versions of this preset recorded only the ovh.cz dedicated-cloud section, not the page (the Czech one is https://www.ovh.cz/dedicated-cloud/seznameni/sla.xml, same terms).',
        'Planned maintenance announced to the client beforehand is excluded ("ausgenommen sind geplante Wartungsarbeiten, die nach Vorabinformation des Kunden durchgeführt werden") and counts as available time: log it with cause maintenance. Earlier versions of this preset counted it as downtime. Maintenance that was not announced is not excluded: log it as unplanned.',
        'Reading: "je 10 Minuten" (per 10 minutes) is read as every started 10 minutes (count started), on the month\'s total unavailability, from the first minute (the target is 100 %); the storage clause of the same page says "pro angefangene 10 Minuten" (per started 10 minutes), the network clause does not. Count full in a copy for complete periods only.',
        'The credit base is the next invoice, not the month\'s fee: pass the amount of the next invoice as the fee.',
        'Conditions not encoded (paraphrase): the credit requires at least 2 hosts, high availability (HA) enabled and an open incident ticket; check them before applying the preset.',
        'NOT ENCODED: the internet connectivity part (target 99.95 %, 5 % of the next invoice per hour) and the host (99.99 %) and storage (100 %) parts are separate commitments on other elements.',
        'Silent: no claim window and no sole-remedy clause on the page.',
        'The month is the calendar month in Europe/Paris (OVH is a French company); the page names no time zone.',
        'Outages caused by the client or by force majeure are excluded (a general reading of any contract, as in the OVH VPS 2016 preset).',
        'A partial outage counts in full and degraded performance does not count (library defaults).',
      ],
    },
    'ovh-us-kms-2024': {
      notes: [
        'Paraphrase, not a quotation: target 99.50 %; 5 % of the monthly cost of the service per hour of unavailability beyond the SLA, at most 30 %; unavailable means no access for more than 3 consecutive minutes, counted from the ticket.',
        'Reading: only the downtime beyond what 99.50 % of the month allows counts (beyond 99.50, "per each one (1) hour period of Unavailability beyond the SLA"), and every started hour of it counts (count started); the terms do not say whether a started or only a complete hour counts (count full in a copy for complete hours).',
        'Outages of less than 3 consecutive minutes do not count (minimum outage PT3M). Edge: the terms say "more than 3 consecutive minutes", while the minimum outage counts an outage of exactly 3 minutes; the difference is a single instant.',
        'The clock starts at the ticket: log each incident from the moment the client opened the ticket, not from the start of the failure. The library measures an incident from its start, so the start given must be the ticket time.',
        'The month is the calendar month, read in UTC: the recorded terms name no time zone.',
        'No exclusion for scheduled maintenance is recorded: maintenance counts; outages caused by the client or by force majeure are excluded (a general reading).',
        'A partial outage counts in full and degraded performance does not count (library defaults).',
        'Claims (paraphrase): a support request within sixty (60) calendar days of the suspected incident, via the OVHcloud Control Panel (claim).',
        'Silent: no sole-remedy clause was read in the excerpt of the page consulted.',
      ],
    },
    'ovh-us-vmware-2024': {
      clause:
        'The SLA Monthly Availability Rate is set at 99.95% for the Service, and the associated service credits ("Service Credits") are: Between 99% and 99.95% 10% of the monthly price of the affected Service; Less than 99% 30% of the monthly price of the affected Service',
      notes: [
        'The clause is the table of the page, its cells joined; the bands and the formula were read on OVHcloud US\'s page.',
        'Bounds (a reading): "set at 99.95%" gives nothing at exactly 99.95 %; "Between 99% and 99.95%" includes 99 % in the 10 % band; "Less than 99%" gives 30 %.',
        'The credit is a share of the monthly price of the affected Service (creditBase affected).',
        'Conditions not encoded (paraphrase): at least two Host Servers with identical specifications (three for vSAN and SDDC), the High Availability option, capacity on the cluster to start a VM, and 20 % free storage for vSAN datacenters.',
        'Maximum Available Minutes (paraphrase): the minutes of the calendar month during which the customer had the service deployed. NOT ENCODED: the library measures the whole month; log the time before deployment as out of the period (exclusions out-of-period in a copy) if the service started mid-month.',
        'Silent in the text read: the definition of Unavailability (cut off), the exclusions (customer causes and force majeure excluded here, a general reading; maintenance is counted as downtime for want of a clause), the claim window and procedure, and any sole-remedy clause. The month is read in UTC.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
