import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of exoscale-2016.ts, by preset id. */
export const exoscale2016Texts = /* @__PURE__ */ (() =>
  ({
    'exoscale-2016': {
      clause:
        'Except under the conditions mentioned in the section 4.1 above, if the Services Availability is less than 99.95%, the Supplier will issue a credit to Client according to the following table: - From 99.95% to 98.3% : fifty percent (50%) of the monthly Service Fees for the affected Services - Below 98.3% : one hundred percent (100%) of the monthly Service Fees for the affected Services',
      notes: [
        'The clause is section 4.4 of the archived file (read at commit 8a15329fe678c08931422835294bfb2c426c5b50); its figures match the collected terms.',
        'Bounds: "less than 99.95%" gives nothing at exactly 99.95 %; "From 99.95% to 98.3%" includes 98.3 % in the 50 % band and "Below 98.3%" excludes it from the 100 % band.',
        'Period: the collected terms record the scope as the month and the credit is a share of the monthly fee, so availability is measured per calendar month. Section 4.1 of the same terms states the target as "an overall 99.95% annual availability"; to read the credit against the year instead, measure over a yearPeriod.',
        'The month is read in Europe/Zurich (the supplier is in Lausanne); the terms name no time zone.',
        'Exclusions (section 4.1): planned downtime and maintenance, force majeure, failures of the client\'s own software or equipment, unavailability of the website and a client in breach. Encoded as the causes maintenance, customer and force-majeure, counted as available time; a client in breach is not a cause of an incident and is not encoded.',
        'No minimum outage is recorded; downtime is measured exactly, to the millisecond.',
        'A partial outage counts in full and degraded performance does not count (library defaults); the terms call a service Unavailable when the client cannot access its subscribed resources.',
        'Silent: the clause quoted and section 4.1 as summarised here name no time zone (Europe/Zurich, a reading), no minimum outage (every unavailability counts), no rule for a partly unavailable minute (measured to the millisecond), no rule for a partial outage or degraded performance (the library defaults: a partial outage counts in full, degraded performance not at all), no sole-remedy clause (soleRemedy not set) and no minimum credit (none is applied).',
        'Claims within 10 business days, by email with the times and dates of the unavailability; credits only against future bills. Not encoded: the library computes what is owed, not whether it was claimed in time.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
