import { type SourceTexts } from './texts.js'

/** The clauses and notes of the presets of hetzner.ts, by preset id. */
export const hetznerTexts = /* @__PURE__ */ (() =>
  ({
    'hetzner-cloud': {
      clause:
        'Hetzner will use commercially reasonable efforts to ensure a monthly availability of 99.9% for its Cloud Servers, measured by the actual availability of each individual Cloud Server during a given calendar month.',
      notes: [
        'The 99.9 % target, the definition of "available" and the exclusions are from Hetzner\'s page (§2); what follows a breach was not in the text read: NOT ENCODED, no credit model, every credit is 0. Partly verified.',
        'Available (paraphrase): the host system is operational, the hypervisor started the instance and the instance shows activity in its metrics. One element per Cloud Server.',
        'Exclusions (paraphrase, §2 (3)): maintenance under §3 (cause maintenance); failures from the customer\'s own software or configuration and rescales the customer starts (cause customer); denial-of-service attacks, viruses, hacking, and network interruptions outside Hetzner\'s reasonable control, such as third-party providers (cause third-party, and force majeure). Required live migrations are excluded too: log them as maintenance.',
        'Reading: the calendar month is read in Europe/Berlin (Hetzner is a German company); the page names no time zone. Measured to the millisecond: the page sets no minimum outage.',
        'Silent in the text read: the credit, its base, the claim window and procedure, and any sole-remedy clause.',
      ],
    },
  }) as const satisfies Record<string, SourceTexts>)()
