import { GUARANTEES_HELP } from './guarantees.js'
/** The help texts: each command says what it does, its options, and examples that run as written. */

const GLOBAL = `Output options (every command):
  -f, --format text|markdown|json|html   text for a terminal (default), markdown for a wiki or a forum,
                                          json for programs (decimals as strings), html: one self-contained page
  -l, --lang fr|en                        language of the report (default from LANG, else en)
      --time-zone ZONE                    IANA zone for the dates shown, e.g. Europe/Paris
  -o, --out FILE                          write the report to FILE instead of the terminal
  -h, --help                              this help
Colours only on a terminal, never with NO_COLOR set.
Exit codes: 0 done, 1 bad input (every problem listed with its file and place), 2 bad command line.`

const HELP = {
  statement: `matou statement — the month's availability and credits of each element, with the arithmetic

Usage: matou statement --offer FILE|PRESET --incidents FILE [--month YYYY-MM] [options]

  --offer FILE|PRESET      the offer (YAML or JSON) or a preset id (see: matou presets)
  -i, --incidents FILE     the incident log: .csv, .json, .yaml, or a Statuspage, Uptime Kuma or
                           Prometheus export (recognised by its content)
  --incidents-format F     csv, json, yaml, statuspage, uptime-kuma or prometheus, when the name says nothing
  --date-format PATTERN    local dates in a CSV, e.g. "dd/MM/yyyy HH:mm" (with --dates-time-zone)
  --dates-time-zone ZONE   the zone of those local dates, e.g. Europe/Paris
  -m, --month YYYY-MM      the month, in the offer's time zone (default: the month of the first incident)
  -c, --clients FILE       who is billed: a CSV (columns element, fee, currency, and optional service,
                           name; "," or ";", a fee may be written 9,99), or JSON / YAML; every client
                           listed is billed, with or without incidents
  -e, --element ID         only these elements (repeatable, or comma-separated: -e vps-01,vps-02;
                           default: every element the log names)
  --fee AMOUNT             the monthly fee of each element without one of its own (default: the price of
                           its service in the offer file; a preset has none, and amounts are then unknown)
  --currency CODE          its currency (default: the offer's, else EUR)
  --as-of INSTANT          measure open incidents up to this instant (default: now, or the end of the
                           month if that came first)
  --strict                 fail (exit 1) on any warning: a skipped row, a guarantee that cannot be judged,
                           an incident naming an element not billed, a fee taken from the offer or unknown
  -f credit-notes-csv      one CSV line per credited element, for an invoicing tool (see the README)

Examples:
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou statement --offer examples/offers/chatons-coop.yaml --incidents examples/data/incidents-2026-03.json --element vps-david --lang fr
  matou statement --offer examples/offers/chatons-coop.yaml --incidents examples/data/incidents-2026-03.json --clients examples/data/clients-2026-03.csv --format credit-notes-csv --lang fr

${GLOBAL}
`,
  compare: `matou compare — an offer beside others, on the same scenarios, from both sides

Usage: matou compare --offer FILE [--with PRESET|FILE]... [--scenarios FILE] [--loss-per-hour AMOUNT]

  --offer FILE             your offer (YAML or JSON); its first service's fee prices the presets too
  -w, --with PRESET|FILE   an offer to compare with (repeatable): a preset id or a file
  -s, --scenarios FILE     scenarios (YAML or JSON; see: matou schema scenarios); default: an ordinary
                           month, a 4-hour outage, a 2-day outage, a data-centre fire, a Friday evening
  -i, --incidents FILE     add a scenario from a real incident log (with --month, --element)
  --loss-per-hour AMOUNT   what an hour of downtime costs the client: shows how much of it each offer covers

Examples:
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --with ovh-vps-2016-value --loss-per-hour 50
  matou compare --offer examples/offers/chatons-coop.yaml --with aws-ec2-instance --format markdown

${GLOBAL}
`,
  budget: `matou budget — the downtime each band of an offer allows in a month, to the millisecond

Usage: matou budget --offer FILE|PRESET [--month YYYY-MM|YYYY-Qn|YYYY]

Examples:
  matou budget --offer ovh-vps-2016-value --month 2026-04
  matou budget --offer ovh-vps-2016-starter --month 2026-03 --lang fr

${GLOBAL}
`,
  simulate: `matou simulate — what an offer's commitments may cost over many clients and months (Monte Carlo)

Usage: matou simulate --offer FILE|PRESET --clients N [--months 12] [--trials 2000] [--seed 1] [model options]

  --rate R                    independent incidents per client per month (Poisson), default 0.1
  --duration D                their mean duration, exponential law (default PT2H)
  --median D --sigma S        or a log-normal law of this median and spread
  --durations-from FILE       or the durations of a real incident log
  --correlated-rate R         events hitting every client at once (a data-centre fire), per month
  --correlated-duration D     their mean duration (default: as the independent ones)
  --outside-business-hours P  share of incidents reported outside the team's hours (GTI), 0 to 1
  --response D                the team's mean time to act once at work (GTI), default PT1H
  --fee AMOUNT --currency C   the monthly fee each client pays, required with a preset (which has no price)
Same seed, same figures on every machine. A progress bar shows on a terminal for long runs.

Examples:
  matou simulate --offer examples/offers/chatons-coop.yaml --clients 40 --months 12 --trials 2000 --seed 7
  matou simulate --offer ovh-vps-2016-value --fee 10 --clients 40 --trials 2000 --seed 7 --rate 0.1 --correlated-rate 0.02 --correlated-duration PT12H

${GLOBAL}
`,
  presets: `matou presets — real terms of commercial offers, with their sources

Usage: matou presets            list every preset
       matou presets show ID    its terms, source, and the clause it encodes

Examples:
  matou presets
  matou presets show ovh-vps-2016-starter

${GLOBAL}
`,
  catalogue: `matou catalogue — filter offers by organisational criteria, with the reason for each

Usage: matou catalogue FILE... [--where EXPR]... [--loss-per-hour AMOUNT --cover-at-least PERCENT] [--sort name|fee|gti|target]

  --where EXPR   structure=cooperative   salariedStaff=true   staff>=2   onCall=true   chatons=true
                 dataLocation=FR   gti<=PT4H   gti=true   gtr=false   credit=true   target>=99.5   fee<=20
  --loss-per-hour AMOUNT --cover-at-least PERCENT
                 keep offers whose compensation for a 4-hour outage covers at least PERCENT of the loss

Examples:
  matou catalogue examples/offers/*.yaml --where "structure=cooperative" --where "gti<=PT4H"
  matou catalogue examples/offers/*.yaml --where "salariedStaff=true" --sort fee --format markdown

${GLOBAL}
`,
  schema: `matou schema — the JSON Schema of a file format, for editors to check and complete your files

Usage: matou schema offer|commitment|incidents|scenarios

Example:
  matou schema offer --out offer.schema.json
  then start your YAML offer with: # yaml-language-server: $schema=offer.schema.json
`,
} as const

/** Help of one command. */
export function commandHelp(name: string): string {
  if (name === 'guarantees') return GUARANTEES_HELP.en
  return Object.hasOwn(HELP, name) ? (HELP as Record<string, string>)[name]! : mainHelp()
}

/** The overview. */
export function mainHelp(): string {
  return `matou — service-level commitments, made exact

Usage: matou COMMAND [options]      (run in the repository with no command: the demonstration)

Commands:
  statement   the month's availability and credits of each element, from an incident log
  compare     an offer beside others (presets or files) on the same scenarios, from both sides
  budget      the downtime each band of an offer allows in a given month
  simulate    the risk of an offer over many clients and months (Monte Carlo)
  presets     real commercial terms, with their sources
  catalogue   filter offers by organisational criteria
  schema      the JSON Schema of a file format
  guarantees  open incidents at risk of missing their GTI/GTR, and compliance figures

matou COMMAND --help shows the options and examples of a command.

Examples:
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --loss-per-hour 50
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou budget --offer ovh-vps-2016-value --month 2026-04
`
}
