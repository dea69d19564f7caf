import { type SourceTexts } from './texts.js'

// What Microsoft's terms say for every VM preset, and how the library reads what they leave open.
const COMMON_NOTES = [
  'Paraphrase, not a quotation: the Service Credit is a share of the Applicable Monthly Service Fees of the affected virtual machines; Downtime is counted in accumulated minutes over the month.',
  'Sole remedy (paraphrase): the Service Credits are the customer\'s sole and exclusive remedy for any performance or availability issue (soleRemedy).',
  'Claims (paraphrase): by the end of the calendar month after the month of the incident, with the details Microsoft asks for (claim).',
  'Reading: availability is (maximum available minutes − downtime) / maximum available minutes, measured exactly, to the millisecond (granularity none); the terms count minutes but do not say how a partly unavailable minute counts.',
  'Reading: the month is the billing month, read as the calendar month in UTC; the terms name no time zone.',
  'Silent: no minimum outage is stated, so every unavailability counts.',
  'Outages caused by the customer and force majeure are excluded and count as available time: a reading of the general exclusions of the Online Services SLA, not a clause of the VM section.',
  'A partial outage counts in full and degraded performance does not count (library defaults); the terms speak of connectivity only.',
] as const

/**
 * For zones and sets the maximum available minutes run only while two or more VMs of the deployment are
 * running; the library's month runs throughout, so a month where fewer ran reads higher than Microsoft's.
 */
const DEPLOYMENT_NOTES = [
  'Paraphrase: the maximum available minutes are the minutes of the month during which two or more VMs of the deployment were running; NOT ENCODED in this preset, which measures the whole calendar month: a month where fewer than two VMs ran for a while reads higher than Microsoft\'s. The in-service variants (azure-vm-zones-in-service, azure-vm-availability-set-in-service) encode it, given each VM\'s running stretches.',
  'Scheduled maintenance is excluded and counts as available time (the library default); the VM section of the terms read here does not list it among the exclusions: a reading.',
] as const

/** The same, for the variants measured only while two or more VMs run. */
const IN_SERVICE_NOTES = [
  'In-service variant. Paraphrase: the maximum available minutes are the minutes of the month during which two or more VMs of the deployment were running; ENCODED (measurement.window.inService, atLeast 2): only that time is measured and only the downtime inside it counts. Give each VM\'s running stretches (running) to measureAvailability or monthlyStatement: a VM left out of them counts as not running, and without them the measurement is refused (an InputError naming running) rather than read over the whole month.',
  DEPLOYMENT_NOTES[1],
] as const

/** The notes of a single instance whose disks are all of one type, with the bands of that type. */
function singleInstance(disk: string, tiers: readonly [ten: string, twentyFive: string, hundred: string], also = '') {
  const [ten, twentyFive, hundred] = tiers
  return {
    notes: [
      `The bands were checked against Microsoft's 2026 SLA for Online Services by the audit of the presets. Paraphrase, not a quotation: a single instance with ${disk}${also}, less than ${ten} % → 10 %; less than ${twentyFive} % → 25 %; less than ${hundred} % → 100 %. Earlier versions of this preset assumed other bands; these replace them.`,
      'Mixed disks (paraphrase): an instance whose disks are of several types takes the terms of the lowest of them; pick the preset of that type.',
      'Maintenance of single instances is not excluded since version 1.7 of the VM SLA (March 2018, "Removed exclusion for downtime related to Single-Instance Virtual Machines maintenance", in Microsoft\'s version history): maintenance counts as downtime here.',
      ...COMMON_NOTES,
      `Scope: one element per instance, every disk of it ${disk}${also}.`,
    ],
  } as const
}

/** The clauses and notes of the presets of azure-vm.ts, by preset id. */
export const azureVmTexts = /* @__PURE__ */ (() =>
  ({
    'azure-vm-zones': {
      notes: [
        'The zone bands come from a secondary copy of the SLA for Online Services; the audit of the presets against Microsoft\'s 2026 text confirmed the availability-set and single-instance bands, not these: verified false.',
        'Paraphrase, not a quotation: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 25 %; less than 95.0 % → 100 % of the applicable monthly service fees.',
        ...DEPLOYMENT_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the deployment reachable; one element per deployment.',
      ],
    },
    'azure-vm-availability-set': {
      notes: [
        'The bands were checked against Microsoft\'s 2026 SLA for Online Services by the audit of the presets. Paraphrase, not a quotation: less than 99.95 % → 10 %; less than 99 % → 25 %; less than 95 % → 100 %.',
        ...DEPLOYMENT_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the availability set reachable; one element per availability set.',
      ],
    },
    'azure-vm-zones-in-service': {
      notes: [
        'The zone bands come from a secondary copy of the SLA for Online Services; the audit of the presets against Microsoft\'s 2026 text confirmed the availability-set and single-instance bands, not these: verified false.',
        'Paraphrase, not a quotation: less than 99.99 % but at least 99.0 % → 10 %; less than 99.0 % but at least 95.0 % → 25 %; less than 95.0 % → 100 % of the applicable monthly service fees.',
        ...IN_SERVICE_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the deployment reachable; one element per deployment, and one entry of running per VM.',
      ],
    },
    'azure-vm-availability-set-in-service': {
      notes: [
        'The bands were checked against Microsoft\'s 2026 SLA for Online Services by the audit of the presets. Paraphrase, not a quotation: less than 99.95 % → 10 %; less than 99 % → 25 %; less than 95 % → 100 %.',
        ...IN_SERVICE_NOTES,
        ...COMMON_NOTES,
        'Scope: log incidents that leave no instance of the availability set reachable; one element per availability set, and one entry of running per VM.',
      ],
    },
    'azure-vm-single-premium-ssd': singleInstance('Premium SSD', ['99.9', '99', '95'], ' (or Premium SSD v2, or Ultra Disk)'),
    'azure-vm-single-standard-ssd': singleInstance('Standard SSD', ['99.5', '95', '90']),
    'azure-vm-single-standard-hdd': singleInstance('Standard HDD', ['95', '92', '90']),
  }) as const satisfies Record<string, SourceTexts>)()
