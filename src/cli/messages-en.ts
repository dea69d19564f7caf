/**
 * The command line's own words in English: help, errors, warnings, hints. `messages-fr.ts` has the same
 * keys (a test compares them); the reports have their own catalogue in `report/i18n.ts`.
 */

const GLOBAL = `Output options (every command):
  -f, --format text|markdown|json|html   text for a terminal (default), markdown for a wiki or a forum,
                                          json for programs (decimals as strings), html: one self-contained
                                          page; default from the name given to --out (.html, .md, .json,
                                          .txt, and .csv: credit notes), else text
  -l, --lang fr|en                        language of the report and of these messages (default from
                                          LC_ALL, LC_MESSAGES or LANG: French when it starts with fr)
      --time-zone ZONE                    IANA zone for the dates shown, e.g. Europe/Paris
  -o, --out FILE                          write the report to FILE instead of the terminal
  -h, --help                              this help
Durations may be written 4h, 30 min, 1 h 30, 2d or PT4H. A file name "-" reads standard input.
Text tables fit the terminal's width (100 columns when the output is not a terminal).
Colours only on a terminal, never with NO_COLOR set.
Exit codes: 0 done, 1 bad input file (every problem listed with its file and line or path),
2 bad command line (an unknown command or option, a bad or repeated value, options that conflict).`

const INCIDENT_HELP = `  -i, --incidents FILE     the incident log: .csv, .json, .yaml, or a Statuspage, Uptime Kuma or
                           Prometheus export (recognised by its content); "-" reads standard input
  --incidents-format F     csv, json, yaml, statuspage, uptime-kuma or prometheus, when the name says nothing
  --date-format PATTERN    local dates in the log (CSV, JSON, YAML) and in --as-of,
                           e.g. "dd/MM/yyyy HH:mm"
  --dates-time-zone ZONE   the zone of those local dates (default: the offer's zone)
  --ambiguous-time WHICH   a local time the clocks show twice (the hour they go back): reject (default),
                           earlier or later
  --columns MAP            the CSV's own column names, e.g. start=début,end=fin,elements=machines
  --max-gap D              probe data (Uptime Kuma, Prometheus): the longest a beat or sample vouches
                           for, e.g. PT5M or 5 min (default: Uptime Kuma, until the next beat;
                           Prometheus, one step); time beyond it without data is a gap
  --gap RULE               what a gap counts as: unknown (default: listed, counted as up), up, down,
                           exclude (left out of the period) or previous (the last state holds); the
                           statement gives the coverage, the share of the period observed`

export const en = {
  lang: 'en' as 'en' | 'fr',
  help: {
    main: `matou — service-level commitments, made exact

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

matou COMMAND --help shows the options and examples of a command; --lang fr shows them in French.

Examples:
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --loss-per-hour 50
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou budget --offer ovh-vps-2016-value --month 2026-04

Exit codes: 0 done, 1 bad input file, 2 bad command line.
`,
    statement: `matou statement — the month's availability and credits of each element, with the arithmetic

Usage: matou statement --offer FILE|PRESET --incidents FILE [--month YYYY-MM] [options]

  --offer FILE|PRESET      the offer (YAML or JSON) or a preset id (see: matou presets)
  --commitment FILE        a bare commitment file, instead of --offer
${INCIDENT_HELP}
  -m, --month YYYY-MM      the month, in the offer's time zone (default: the month of the first incident)
  -c, --clients FILE       who is billed: a CSV (columns element, fee, currency, and optional service,
                           name; "," or ";"; a fee may be written 9,99 or 1 234,50 €, as a spreadsheet
                           exports it), or JSON / YAML; every client listed is billed, with or without
                           incidents
  -e, --element ID         only these elements (repeatable, or comma-separated: -e vps-01,vps-02;
                           default: every element the log names)
  --service ID             the offer's service billed (default: its first)
  --fee AMOUNT             the monthly fee of each element without one of its own (default: the price of
                           its service in the offer file; a preset has none, and amounts are then unknown)
  --currency CODE          its currency (default: the offer's, else EUR)
  --as-of INSTANT          measure open incidents up to this instant, ISO 8601 or as --date-format
                           (default: now, or the end of the month if that came first)
  --strict                 fail (exit 1) on any warning: a skipped row, a guarantee that cannot be judged,
                           an incident naming an element not billed, a fee taken from the offer or unknown
  -f credit-notes-csv      one CSV line per credited element, for an invoicing tool (see the README); with
                           --lang fr it starts with a byte-order mark, so that Excel reads the accents

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
  --loss-per-hour AMOUNT   what an hour of downtime costs the client: shows how much of it each offer covers
  -i, --incidents FILE     add a scenario from a real incident log (with --month, --element, and the
                           reading options of matou statement: --date-format, --columns …)
  -m, --month YYYY-MM      the month of that log (default: the month of its first incident)
  -e, --element ID         the element whose incidents make the scenario (default: the one with the most)

Examples:
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --with ovh-vps-2016-value --loss-per-hour 50
  matou compare --offer examples/offers/chatons-coop.yaml --with aws-ec2-instance --format markdown

${GLOBAL}
`,
    budget: `matou budget — the downtime each band of an offer allows in a month, to the millisecond

Usage: matou budget --offer FILE|PRESET [--month YYYY-MM|YYYY-Qn|YYYY]

  --offer FILE|PRESET      the offer (YAML or JSON) or a preset id (see: matou presets)
  -m, --month PERIOD       a month (2026-04), a quarter (2026-Q2) or a year (2026); default: this month

Examples:
  matou budget --offer ovh-vps-2016-value --month 2026-04
  matou budget --offer ovh-vps-2016-starter --month 2026-03 --lang fr

${GLOBAL}
`,
    simulate: `matou simulate — what an offer's commitments may cost over many clients and months (Monte Carlo)

Usage: matou simulate --offer FILE|PRESET --clients N [--months 12] [--trials 2000] [--seed 1] [model options]

  -c, --clients N             how many clients, each with its own machine (a whole number, at least 1)
  --months N                  months per trial (default 12)
  --trials N                  trials (default 2000)
  --seed N                    the seed of the random draws (default 1)
  --rate R                    independent incidents per client per month (Poisson), default 0.1
  --duration D                their mean duration, exponential law (default 2h)
  --median D --sigma S        or a log-normal law of this median and spread
  --durations-from FILE       or the durations of a real incident log ("-" reads standard input), read
                              with --date-format, --dates-time-zone, --columns, --gap, --max-gap as in
                              matou statement
  --correlated-rate R         events hitting every client at once (a data-centre fire), per month
  --correlated-duration D     their mean duration (default: as the independent ones)
  --outside-business-hours P  share of incidents reported outside the team's hours (GTI), 0 to 1
  --response D                the team's mean time to act once at work (GTI), default 1h
  --service ID                the offer's service the clients buy (default: its first)
  --fee AMOUNT --currency C   the monthly fee each client pays, required with a preset (which has no price)
Same seed, same figures on every machine. A progress bar shows on a terminal for long runs.

Examples:
  matou simulate --offer examples/offers/chatons-coop.yaml --clients 40 --months 12 --trials 2000 --seed 7
  matou simulate --offer ovh-vps-2016-value --fee 10 --clients 40 --trials 2000 --seed 7 --rate 0.1 --correlated-rate 0.02 --correlated-duration 12h

${GLOBAL}
`,
    presets: `matou presets — real terms of commercial offers, with their sources

Usage: matou presets            one line per preset: its id, name and date
       matou presets show ID    its terms, source, and the clause it encodes

With --format markdown, html or json, matou presets writes every preset in full.

Examples:
  matou presets
  matou presets show ovh-vps-2016-starter

${GLOBAL}
`,
    catalogue: `matou catalogue — filter offers by organisational criteria, with the reason for each

Usage: matou catalogue FILE... [--where EXPR]... [--loss-per-hour AMOUNT --cover-at-least PERCENT] [--sort name|fee|gti|target]

  --where EXPR   structure=cooperative   salariedStaff=true   staff>=2   onCall=true   chatons=true
                 dataLocation=FR   gti<=4h   gti=true   gtr=false   credit=true   target>=99.5   fee<=20
  --loss-per-hour AMOUNT --cover-at-least PERCENT
                 keep offers whose compensation for a 4-hour outage covers at least PERCENT of the loss
  --sort KEY     name (default), fee, gti or target

Examples:
  matou catalogue examples/offers/*.yaml --where "structure=cooperative" --where "gti<=4h"
  matou catalogue examples/offers/*.yaml --where "salariedStaff=true" --sort fee --format markdown

${GLOBAL}
`,
    schema: `matou schema — the JSON Schema of a file format, for editors to check and complete your files

Usage: matou schema offer|commitment|incidents|scenarios

Example:
  matou schema offer --out offer.schema.json
  then start your YAML offer with: # yaml-language-server: $schema=offer.schema.json

Exit codes: 0 done, 2 bad command line.
`,
  },
  // Words around the messages.
  seeHelp: (command: string) => `See: matou ${command} --help`,
  warning: 'warning:',
  wrote: (file: string) => `wrote ${file}`,
  /** Between a message and its hint. */
  sep: '; ',
  didYouMean: (words: readonly string[]) => `did you mean ${words.map((w) => `\`${w}\``).join(' or ')}?`,
  orList: (words: readonly string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`),
  // The command line itself.
  unknownCommand: (name: string) => `unknown command "${name}"`,
  unknownOption: (flag: string) => `unknown option ${flag}`,
  missingValue: (flag: string) => `${flag} needs a value`,
  valueLooksLikeOption: (flag: string, next: string) => `${flag} needs a value, and got the option ${next}`,
  noValueExpected: (flag: string) => `${flag} takes no value`,
  repeated: (flag: string, values: readonly string[]) => `${flag} is given ${values.length} times (${values.map((v) => `"${v}"`).join(', ')}): give it once`,
  conflict: (a: string, b: string) => `give ${a} or ${b}, not both`,
  goTogether: (a: string, b: string) => `${a} goes with ${b}`,
  unexpectedArgument: (arg: string) => `unexpected argument "${arg}" (options start with --)`,
  oneOf: (flag: string, allowed: readonly string[], got: string) => `${flag} must be one of ${allowed.join(', ')} (got "${got}")`,
  required: (flag: string) => `${flag} is required`,
  offerRequired: '--offer (a file or a preset id) is required',
  // Values.
  badMonth: (flag: string, got: string) => `${flag} must be a month written YYYY-MM, e.g. 2026-03 (got "${got}")`,
  badPeriod: (flag: string, got: string) => `${flag} must be a month (2026-03), a quarter (2026-Q1) or a year (2026) (got "${got}")`,
  monthHint: (written: string) => `write ${written}`,
  badNumber: (flag: string, got: string) => `${flag} must be a number, e.g. 0.1 (got "${got}")`,
  badCount: (flag: string, got: string) => `${flag} must be a whole number of at least 1 (got "${got}")`,
  badSeed: (flag: string, got: string) => `${flag} must be a whole number (got "${got}")`,
  badShare: (flag: string, got: string) => `${flag} must be a share between 0 and 1, e.g. 0.3 (got "${got}")`,
  badRate: (flag: string, got: string) => `${flag} must be a number of at least 0, e.g. 0.1 (got "${got}")`,
  badAmount: (flag: string, got: string) => `${flag} must be an amount such as 9.99 or 9,99 (got "${got}")`,
  badPercent: (flag: string, got: string) => `${flag} must be a percentage such as 50 or 12,5 (got "${got}")`,
  badCurrency: (flag: string, got: string) => `${flag} must be an ISO 4217 currency code such as EUR (got "${got}")`,
  feeCurrency: (fee: string, written: string, currency: string) => `--fee "${fee}" is in ${written} but --currency is ${currency}`,
  firstSheet: (file: string, sheet: string, sheets: readonly string[]) =>
    `${file}: only its sheet "${sheet}" is read, the first one shown (the file has ${sheets.length}: ${sheets.map((s) => `"${s}"`).join(', ')})`,
  headedSheet: (file: string, sheet: string, sheets: readonly string[], clients: boolean) =>
    `${file}: its sheet "${sheet}" is read, the first headed as ${clients ? 'a client list (an element column)' : 'an incident log (a start column)'} (the file has ${sheets.length}: ${sheets.map((s) => `"${s}"`).join(', ')})`,
  notUtf8: (file: string) => `${file} is not UTF-8: read as Windows-1252, the encoding Excel saves a CSV in on Windows (save it as "CSV UTF-8" to be sure of its accents)`,
  badDuration: (flag: string, got: string) => `${flag} must be a duration such as 4h, 30 min, 1 h 30, 2d or PT4H (got "${got}")`,
  badZone: (flag: string, got: string) => `${flag} must be an IANA time zone such as Europe/Paris (got "${got}")`,
  badInstant: (flag: string, got: string, format: string | undefined) =>
    `${flag} must be an instant such as 2026-03-31T23:59:00+02:00${format ? ` or a date written ${format}` : ' (or give --date-format, e.g. "dd/MM/yyyy HH:mm")'} (got "${got}")`,
  badDateFormat: (flag: string, reason: string) => `${flag}: ${reason}`,
  badColumns: (flag: string, got: string) => `${flag} must be a list of field=column, e.g. start=début,end=fin (got "${got}")`,
  unknownColumnField: (flag: string, field: string, fields: readonly string[]) => `${flag}: "${field}" is not an incident field (fields: ${fields.join(', ')})`,
  formatForOut: (file: string) => `the name ${file} does not say which format to write: give --format`,
  csvOnlyStatement: '--format credit-notes-csv is for matou statement only',
  // matou guarantees.
  badEscalation: (got: string) => `--escalate must be LEVEL=-DURATION or LEVEL=+DURATION, e.g. lead=-PT1H (got "${got}")`,
  asOfForRisk: '--as-of is required: the instant the open incidents are seen at',
  // Offers and presets.
  presetNoPrice: (ref: string) => `the preset "${ref}" carries terms, not a price: use an offer file here, or compare presets with --with, at your offer's fee`,
  presetNeedsFee: (ref: string) => `the preset "${ref}" carries terms, not a price: give the monthly fee each client pays with --fee (and --currency, default EUR)`,
  feeIsForPreset: (ref: string) => `--fee is for a preset: the offer file ${ref} sets its services' fees`,
  notPresetNorFile: (ref: string) => `"${ref}" is neither a preset id (see: matou presets) nor a file`,
  unknownPreset: (id: string) => `no preset has the id "${id}" (see: matou presets)`,
  noService: (service: string, services: readonly string[]) => `the offer has no service "${service}" (services: ${services.join(', ')})`,
  presetsSubcommand: (sub: string) => `unknown presets subcommand "${sub}": use "matou presets" or "matou presets show ID"`,
  presetsShowNeedsId: 'matou presets show needs a preset id (see: matou presets)',
  presetColumns: { id: 'Id', checked: 'Checked', name: 'Name', date: 'Date' },
  presetsFooter: (count: number) => `${count} presets. Details: matou presets show ID`,
  // Statement.
  monthForEmptyLog: '--month is required when the incident log is empty',
  clientsOrElement: 'give --clients or --element, not both',
  strictFailed: 'Cannot draw up the statement in strict mode',
  cannotBill: (file: string) => `Cannot bill the clients of ${file}`,
  skipped: (where: string, reason: string) => `${where}: row skipped: ${reason}`,
  moreWarnings: (count: number) => `${count} more warnings: see the report`,
  sameReason: (file: string | undefined, count: number, lines: string) =>
    `${file === undefined ? '' : `${file}: `}${count.toLocaleString('en')} more row${count === 1 ? '' : 's'} skipped for the same reason: line${count === 1 ? '' : 's'} ${lines}`,
  lineSpan: (from: number, to: number) => `${from}–${to}`,
  dateFlagsHint: (flags: 'format' | 'zone'): string =>
    flags === 'format' ? ` (on the command line: --date-format 'dd/MM/yyyy HH:mm' --dates-time-zone Europe/Paris)` : ' (on the command line: --dates-time-zone Europe/Paris)',
  nothingRead: (file: string, count: number) =>
    `no incident could be read from ${file} (${count.toLocaleString('en')} row${count === 1 ? '' : 's'} skipped): the statement counts no downtime`,
  line: (n: number) => `line ${n}`,
  incident: (id: string) => `incident "${id}"`,
  // Compare.
  scenariosShape: 'must be a list of scenarios, or { scenarios: [...] }',
  logScenarioName: (month: string, element: string | undefined) => (element ? `${month} log, ${element}` : `${month} log`),
  logScenarioDescription: (file: string, month: string, element: string | undefined, chosen: boolean) =>
    `The incidents of ${file} in ${month}${element ? ` that hit ${element}${chosen ? '' : ' (the element with the most incidents)'}` : ''}.`,
  // Simulate.
  clientsRequired: '--clients is required',
  trials: (done: number, total: number) => `${done}/${total} trials`,
  // Catalogue.
  catalogueNeedsFiles: 'give offer files, e.g. matou catalogue offers/*.yaml',
  noFileMatches: (patterns: string) => `no offer file matches ${patterns}`,
  sortOneOf: '--sort must be name, fee, gti or target',
  badWhere: (expr: string, why: string) => `--where "${expr}": ${why}`,
  whereUnknownField: (field: string) => `"${field}" is not a criterion: use structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target or fee`,
  whereNoMatch: (expr: string, value: string) => `--where "${expr}": no offer says "${value}"`,
  // Schema.
  schemaName: (names: readonly string[]) => `name a schema: ${names.join(', ')}`,
  // Files.
  cannotRead: (file: string) => `Cannot read ${file}`,
  noSuchFile: 'no such file',
  isFolder: 'is a folder, not a file',
  notReadable: 'cannot be read (permission denied)',
  stdinTwice: 'standard input ("-") can be read only once',
  stdinName: 'standard input',
  cannotWrite: (file: string, why: string) => `cannot write ${file}: ${why}`,
  cannotWriteStream: (stream: 'stdout' | 'stderr', why: string) => `cannot write to ${stream === 'stdout' ? 'standard output' : 'standard error'}: ${why}`,
  writeProblem: {
    ENOENT: 'its folder does not exist',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of its path is a file, not a folder',
    EACCES: 'permission denied',
    ENOSPC: 'no space left on the device',
    EROFS: 'the file system is read-only',
  },
  internalError: 'internal error, please report it:',
  // Input errors, when the library's own heading is not shown.
  inputRefused: (file: string | undefined) => (file ? `${file} cannot be used` : 'the input cannot be used'),
  unknownServiceInClients: (service: string, services: readonly string[]) => `the offer has no service "${service}" (services: ${services.join(', ')})`,
}
