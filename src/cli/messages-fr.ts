import { type CliMessages } from './messages.js'

/** Les mots de la ligne de commande en français : aide, erreurs, avertissements, conseils. */

const GLOBAL = `Options de sortie (toutes les commandes)\u00a0:
  -f, --format text|markdown|json|html   text pour un terminal (par défaut), markdown pour un wiki ou un
                                          forum, json pour les programmes (décimaux en chaînes), html\u00a0: une
                                          page autonome\u00a0; par défaut selon le nom donné à --out (.html, .md,
                                          .json, .txt, et .csv\u00a0: avoirs), sinon text
  -l, --lang fr|en                        langue du rapport et de ces messages (par défaut selon LC_ALL,
                                          LC_MESSAGES ou LANG\u00a0: français s’il commence par fr)
      --time-zone FUSEAU                  fuseau IANA des dates affichées, par ex. Europe/Paris
  -o, --out FICHIER                       écrire le rapport dans FICHIER plutôt qu’au terminal
  -h, --help                              cette aide
Les durées s’écrivent 4h, 30 min, 1 h 30, 2j ou PT4H. Un nom de fichier « - » lit l’entrée standard.
Les tableaux en texte tiennent dans la largeur du terminal (100 colonnes hors terminal).
Couleurs seulement dans un terminal, jamais si NO_COLOR est défini.
Codes de sortie\u00a0: 0 fait, 1 fichier d’entrée incorrect (chaque problème donné avec son fichier et sa
ligne ou son chemin), 2 ligne de commande incorrecte (commande ou option inconnue, valeur incorrecte ou
répétée, options incompatibles).`

const INCIDENT_HELP = `  -i, --incidents FICHIER  le journal des incidents\u00a0: .csv, .json, .yaml, ou un export Statuspage,
                           Uptime Kuma ou Prometheus (reconnu à son contenu)\u00a0; « - » lit l’entrée standard
  --incidents-format F     csv, json, yaml, statuspage, uptime-kuma ou prometheus, si le nom ne le dit pas
  --date-format MODÈLE     dates locales du journal (CSV, JSON, YAML) et de --as-of,
                           par ex. "dd/MM/yyyy HH:mm"
  --dates-time-zone FUSEAU le fuseau de ces dates locales (par défaut\u00a0: celui de l’offre)
  --ambiguous-time CHOIX   une heure locale que l’horloge affiche deux fois (quand elle recule)\u00a0:
                           reject (refuser, par défaut), earlier (la première) ou later (la seconde)
  --columns CORRESPONDANCE les noms de colonnes du CSV, par ex. start=début,end=fin,elements=machines
  --max-gap D              données de sonde (Uptime Kuma, Prometheus)\u00a0: la durée maximale dont répond un
                           battement ou un échantillon, par ex. PT5M ou 5 min (par défaut\u00a0: Uptime Kuma,
                           jusqu’au suivant\u00a0; Prometheus, un pas)\u00a0; au-delà, sans données, c’est un trou
  --gap RÈGLE              ce que compte un trou\u00a0: unknown, inconnu (par défaut\u00a0: signalé, compté
                           disponible)\u00a0; up, disponible\u00a0; down, indisponible\u00a0; exclude, retiré de la
                           période\u00a0; previous, le dernier état dure\u00a0; le relevé donne la couverture,
                           la part de la période observée`

export const fr: CliMessages = {
  lang: 'fr',
  help: {
    main: `matou — engagements de service, au centime près

Utilisation\u00a0: matou COMMANDE [options]   (dans le dépôt, sans commande\u00a0: la démonstration)

Commandes\u00a0:
  statement   disponibilité et crédits du mois pour chaque élément, d’après un journal d’incidents
  compare     une offre à côté d’autres (modèles ou fichiers), sur les mêmes scénarios, des deux côtés
  budget      l’indisponibilité que chaque palier d’une offre permet sur un mois donné
  simulate    le risque d’une offre sur de nombreux clients et mois (Monte-Carlo)
  presets     des conditions commerciales réelles, avec leurs sources
  catalogue   filtrer des offres selon des critères d’organisation
  schema      le schéma JSON d’un format de fichier
  guarantees  les incidents ouverts qui risquent de manquer leur GTI/GTR, et le taux de respect

matou COMMANDE --help donne les options et des exemples d’une commande.

Exemples\u00a0:
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --loss-per-hour 50
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou budget --offer ovh-vps-2016-value --month 2026-04

Codes de sortie\u00a0: 0 fait, 1 fichier d’entrée incorrect, 2 ligne de commande incorrecte.
`,
    statement: `matou statement — disponibilité et crédits du mois pour chaque élément, avec le calcul

Utilisation\u00a0: matou statement --offer FICHIER|MODÈLE --incidents FICHIER [--month AAAA-MM] [options]

  --offer FICHIER|MODÈLE   l’offre (YAML ou JSON) ou l’identifiant d’un modèle (voir\u00a0: matou presets)
  --commitment FICHIER     un fichier d’engagement seul, au lieu de --offer
${INCIDENT_HELP}
  -m, --month AAAA-MM      le mois, dans le fuseau de l’offre (par défaut\u00a0: celui du premier incident)
  -c, --clients FICHIER    qui est facturé\u00a0: un CSV (colonnes element, fee, currency, et au choix
                           service, name\u00a0; « , » ou «\u00a0; »\u00a0; un montant peut s’écrire 9,99 ou
                           1\u00a0234,50\u00a0€, comme un tableur l’exporte), ou JSON / YAML\u00a0; chaque client de
                           la liste est facturé, avec ou sans incident
  -e, --element ID         seulement ces éléments (répétable, ou séparés par des virgules\u00a0:
                           -e vps-01,vps-02\u00a0; par défaut\u00a0: chaque élément nommé par le journal)
  --service ID             le service de l’offre facturé (par défaut\u00a0: le premier)
  --fee MONTANT            le montant mensuel de chaque élément qui n’en a pas (par défaut\u00a0: le prix de
                           son service dans le fichier d’offre\u00a0; un modèle n’en a pas, les montants sont
                           alors inconnus)
  --currency CODE          sa devise (par défaut\u00a0: celle de l’offre, sinon EUR)
  --as-of INSTANT          mesurer les incidents ouverts jusqu’à cet instant, ISO 8601 ou selon
                           --date-format (par défaut\u00a0: maintenant, ou la fin du mois si elle est passée)
  --strict                 échouer (code 1) au moindre avertissement\u00a0: ligne écartée, garantie qu’on ne
                           peut juger, incident nommant un élément non facturé, montant pris dans l’offre
                           ou inconnu
  -f credit-notes-csv      une ligne CSV par élément crédité, pour un outil de facturation (voir le
                           README)\u00a0; avec --lang fr, le fichier commence par une marque d’ordre des
                           octets (BOM), pour qu’Excel lise les accents

Exemples\u00a0:
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou statement --offer examples/offers/chatons-coop.yaml --incidents examples/data/incidents-2026-03.json --element vps-david --lang fr
  matou statement --offer examples/offers/chatons-coop.yaml --incidents examples/data/incidents-2026-03.json --clients examples/data/clients-2026-03.csv --format credit-notes-csv --lang fr

${GLOBAL}
`,
    compare: `matou compare — une offre à côté d’autres, sur les mêmes scénarios, des deux côtés

Utilisation\u00a0: matou compare --offer FICHIER [--with MODÈLE|FICHIER]... [--scenarios FICHIER] [--loss-per-hour MONTANT]

  --offer FICHIER          votre offre (YAML ou JSON)\u00a0; le prix de son premier service sert aussi aux modèles
  -w, --with MODÈLE|FICHIER  une offre à comparer (répétable)\u00a0: identifiant de modèle ou fichier
  -s, --scenarios FICHIER  des scénarios (YAML ou JSON\u00a0; voir\u00a0: matou schema scenarios)\u00a0; par défaut\u00a0: un
                           mois ordinaire, une panne de 4 h, une panne de 2 jours, un incendie de
                           centre de données, un vendredi soir
  --loss-per-hour MONTANT  ce qu’une heure d’indisponibilité coûte au client\u00a0: la part que chaque offre
                           en rembourse
  -i, --incidents FICHIER  ajouter un scénario tiré d’un vrai journal d’incidents (avec --month,
                           --element, et les options de lecture de matou statement\u00a0: --date-format,
                           --columns …)
  -m, --month AAAA-MM      le mois de ce journal (par défaut\u00a0: celui de son premier incident)
  -e, --element ID         l’élément dont les incidents font le scénario (par défaut\u00a0: le plus touché)

Exemples\u00a0:
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --with ovh-vps-2016-value --loss-per-hour 50
  matou compare --offer examples/offers/chatons-coop.yaml --with aws-ec2-instance --format markdown

${GLOBAL}
`,
    budget: `matou budget — l’indisponibilité que chaque palier d’une offre permet sur un mois, à la milliseconde

Utilisation\u00a0: matou budget --offer FICHIER|MODÈLE [--month AAAA-MM|AAAA-Qn|AAAA]

  --offer FICHIER|MODÈLE   l’offre (YAML ou JSON) ou l’identifiant d’un modèle (voir\u00a0: matou presets)
  -m, --month PÉRIODE      un mois (2026-04), un trimestre (2026-Q2) ou une année (2026)\u00a0; par défaut\u00a0:
                           ce mois-ci

Exemples\u00a0:
  matou budget --offer ovh-vps-2016-value --month 2026-04
  matou budget --offer ovh-vps-2016-starter --month 2026-03 --lang fr

${GLOBAL}
`,
    simulate: `matou simulate — ce que les engagements d’une offre peuvent coûter sur de nombreux clients et mois (Monte-Carlo)

Utilisation\u00a0: matou simulate --offer FICHIER|MODÈLE --clients N [--months 12] [--trials 2000] [--seed 1] [options du modèle]

  -c, --clients N             nombre de clients, chacun avec sa machine (un entier, au moins 1)
  --months N                  mois par tirage (par défaut 12)
  --trials N                  tirages (par défaut 2000)
  --seed N                    la graine des tirages aléatoires (par défaut 1)
  --rate R                    incidents indépendants par client et par mois (loi de Poisson), par défaut 0.1
  --duration D                leur durée moyenne, loi exponentielle (par défaut 2h)
  --median D --sigma S        ou une loi log-normale de cette médiane et de cette dispersion
  --durations-from FICHIER    ou les durées d’un vrai journal d’incidents (« - » lit l’entrée standard),
                              lu avec --date-format, --dates-time-zone, --columns, --gap, --max-gap
                              comme matou statement
  --correlated-rate R         événements qui touchent tous les clients à la fois (incendie), par mois
  --correlated-duration D     leur durée moyenne (par défaut\u00a0: celle des incidents indépendants)
  --outside-business-hours P  part des incidents signalés hors des heures de l’équipe (GTI), de 0 à 1
  --response D                délai moyen d’intervention de l’équipe une fois au travail (GTI), par défaut 1h
  --service ID                le service de l’offre que prennent les clients (par défaut\u00a0: le premier)
  --fee MONTANT --currency C  le montant mensuel payé par chaque client, obligatoire avec un modèle (qui n’a
                              pas de prix)
Même graine, mêmes chiffres sur toute machine. Une barre de progression s’affiche dans un terminal pour
les longs calculs.

Exemples\u00a0:
  matou simulate --offer examples/offers/chatons-coop.yaml --clients 40 --months 12 --trials 2000 --seed 7
  matou simulate --offer ovh-vps-2016-value --fee 10 --clients 40 --trials 2000 --seed 7 --rate 0.1 --correlated-rate 0.02 --correlated-duration 12h

${GLOBAL}
`,
    presets: `matou presets — les conditions réelles d’offres commerciales, avec leurs sources

Utilisation\u00a0: matou presets            une ligne par modèle\u00a0: identifiant, nom et date
              matou presets show ID    ses conditions, sa source et la clause qu’il reprend

Avec --format markdown, html ou json, matou presets écrit chaque modèle en entier.

Exemples\u00a0:
  matou presets
  matou presets show ovh-vps-2016-starter

${GLOBAL}
`,
    catalogue: `matou catalogue — filtrer des offres selon des critères d’organisation, avec la raison de chaque verdict

Utilisation\u00a0: matou catalogue FICHIER... [--where EXPR]... [--loss-per-hour MONTANT --cover-at-least POURCENT] [--sort name|fee|gti|target]

  --where EXPR   structure=cooperative   salariedStaff=true   staff>=2   onCall=true   chatons=true
                 dataLocation=FR   gti<=4h   gti=true   gtr=false   credit=true   target>=99.5   fee<=20
  --loss-per-hour MONTANT --cover-at-least POURCENT
                 garder les offres dont le dédommagement d’une panne de 4 h couvre au moins POURCENT
                 de la perte
  --sort CLÉ     name (par défaut), fee, gti ou target

Exemples\u00a0:
  matou catalogue examples/offers/*.yaml --where "structure=cooperative" --where "gti<=4h"
  matou catalogue examples/offers/*.yaml --where "salariedStaff=true" --sort fee --format markdown

${GLOBAL}
`,
    schema: `matou schema — le schéma JSON d’un format de fichier, pour que l’éditeur vérifie et complète vos fichiers

Utilisation\u00a0: matou schema offer|commitment|incidents|scenarios

Exemple\u00a0:
  matou schema offer --out offer.schema.json
  puis commencez votre offre YAML par\u00a0: # yaml-language-server: $schema=offer.schema.json

Codes de sortie\u00a0: 0 fait, 2 ligne de commande incorrecte.
`,
  },
  seeHelp: (command) => `Voir\u00a0: matou ${command} --help`,
  warning: 'avertissement\u00a0:',
  wrote: (file) => `fichier écrit\u00a0: ${file}`,
  sep: '\u00a0; ',
  didYouMean: (words) => `vouliez-vous dire ${words.map((w) => `\`${w}\``).join(' ou ')}\u00a0?`,
  orList: (words) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ou ${words[words.length - 1]}`),
  unknownCommand: (name) => `commande inconnue « ${name} »`,
  unknownOption: (flag) => `option inconnue ${flag}`,
  missingValue: (flag) => `${flag} attend une valeur`,
  valueLooksLikeOption: (flag, next) => `${flag} attend une valeur, et a reçu l’option ${next}`,
  noValueExpected: (flag) => `${flag} ne prend pas de valeur`,
  repeated: (flag, values) => `${flag} est donnée ${values.length} fois (${values.map((v) => `« ${v} »`).join(', ')})\u00a0: donnez-la une seule fois`,
  conflict: (a, b) => `donnez ${a} ou ${b}, pas les deux`,
  goTogether: (a, b) => `${a} va avec ${b}`,
  unexpectedArgument: (arg) => `argument inattendu « ${arg} » (les options commencent par --)`,
  oneOf: (flag, allowed, got) => `${flag} doit valoir ${allowed.join(', ')} (reçu « ${got} »)`,
  required: (flag) => `${flag} est obligatoire`,
  offerRequired: '--offer (un fichier ou un identifiant de modèle) est obligatoire',
  badMonth: (flag, got) => `${flag} doit être un mois écrit AAAA-MM, par ex. 2026-03 (reçu « ${got} »)`,
  badPeriod: (flag, got) => `${flag} doit être un mois (2026-03), un trimestre (2026-Q1) ou une année (2026) (reçu « ${got} »)`,
  monthHint: (written) => `écrivez ${written}`,
  badNumber: (flag, got) => `${flag} doit être un nombre, par ex. 0.1 (reçu « ${got} »)`,
  badCount: (flag, got) => `${flag} doit être un nombre entier d’au moins 1 (reçu « ${got} »)`,
  badSeed: (flag, got) => `${flag} doit être un nombre entier (reçu « ${got} »)`,
  badShare: (flag, got) => `${flag} doit être une part entre 0 et 1, par ex. 0.3 (reçu « ${got} »)`,
  badRate: (flag, got) => `${flag} doit être un nombre positif ou nul, par ex. 0.1 (reçu « ${got} »)`,
  badAmount: (flag, got) => `${flag} doit être un montant comme 9.99 ou 9,99 (reçu « ${got} »)`,
  badPercent: (flag, got) => `${flag} doit être un pourcentage comme 50 ou 12,5 (reçu « ${got} »)`,
  badCurrency: (flag, got) => `${flag} doit être un code de devise ISO 4217 comme EUR (reçu « ${got} »)`,
  feeCurrency: (fee, written, currency) => `--fee « ${fee} » est en ${written} mais --currency vaut ${currency}`,
  firstSheet: (file, sheet, sheets) =>
    `${file}\u00a0: seule sa feuille «\u00a0${sheet}\u00a0» est lue, la première affichée (le fichier en a ${sheets.length}\u00a0: ${sheets.map((s) => `«\u00a0${s}\u00a0»`).join(', ')})`,
  headedSheet: (file, sheet, sheets, clients) =>
    `${file}\u00a0: sa feuille «\u00a0${sheet}\u00a0» est lue, la première dont l’en-tête est celui ${clients ? 'd’une liste de clients (une colonne élément)' : 'd’un journal d’incidents (une colonne début)'} (le fichier en a ${sheets.length}\u00a0: ${sheets.map((s) => `«\u00a0${s}\u00a0»`).join(', ')})`,
  notUtf8: (file) => `${file} n’est pas en UTF-8\u00a0: lu en Windows-1252, l’encodage dans lequel Excel enregistre un CSV sous Windows (enregistrez-le en «\u00a0CSV UTF-8\u00a0» pour être sûr de ses accents)`,
  badDuration: (flag, got) => `${flag} doit être une durée comme 4h, 30 min, 1 h 30, 2j ou PT4H (reçu « ${got} »)`,
  badZone: (flag, got) => `${flag} doit être un fuseau IANA comme Europe/Paris (reçu « ${got} »)`,
  badInstant: (flag, got, format) =>
    `${flag} doit être un instant comme 2026-03-31T23:59:00+02:00${format ? ` ou une date écrite ${format}` : ' (ou donnez --date-format, par ex. "dd/MM/yyyy HH:mm")'} (reçu « ${got} »)`,
  badDateFormat: (flag, reason) => `${flag}\u00a0: ${reason}`,
  badColumns: (flag, got) => `${flag} doit être une liste champ=colonne, par ex. start=début,end=fin (reçu « ${got} »)`,
  unknownColumnField: (flag, field, fields) => `${flag}\u00a0: « ${field} » n’est pas un champ d’incident (champs\u00a0: ${fields.join(', ')})`,
  formatForOut: (file) => `le nom ${file} ne dit pas quel format écrire\u00a0: donnez --format`,
  csvOnlyStatement: '--format credit-notes-csv ne sert qu’à matou statement',
  badEscalation: (got) => `--escalate s’écrit NIVEAU=-DURÉE ou NIVEAU=+DURÉE, par ex. responsable=-PT1H (reçu « ${got} »)`,
  asOfForRisk: '--as-of est obligatoire\u00a0: l’instant auquel on regarde les incidents ouverts',
  presetNoPrice: (ref) => `le modèle « ${ref} » donne des conditions, pas un prix\u00a0: utilisez ici un fichier d’offre, ou comparez les modèles avec --with, au prix de votre offre`,
  presetNeedsFee: (ref) => `le modèle « ${ref} » donne des conditions, pas un prix\u00a0: donnez le montant mensuel payé par chaque client avec --fee (et --currency, EUR par défaut)`,
  feeIsForPreset: (ref) => `--fee sert aux modèles\u00a0: le fichier d’offre ${ref} fixe déjà le prix de ses services`,
  notPresetNorFile: (ref) => `« ${ref} » n’est ni un identifiant de modèle (voir\u00a0: matou presets) ni un fichier`,
  unknownPreset: (id) => `aucun modèle n’a l’identifiant « ${id} » (voir\u00a0: matou presets)`,
  noService: (service, services) => `l’offre n’a pas de service « ${service} » (services\u00a0: ${services.join(', ')})`,
  presetsSubcommand: (sub) => `sous-commande de presets inconnue « ${sub} »\u00a0: utilisez « matou presets » ou « matou presets show ID »`,
  presetsShowNeedsId: 'matou presets show attend un identifiant de modèle (voir\u00a0: matou presets)',
  presetColumns: { id: 'Identifiant', checked: 'Vérifié', name: 'Nom', date: 'Date' },
  presetsFooter: (count) => `${count} modèles. Détails\u00a0: matou presets show ID`,
  monthForEmptyLog: '--month est obligatoire quand le journal des incidents est vide',
  clientsOrElement: 'donnez --clients ou --element, pas les deux',
  strictFailed: 'Relevé refusé en mode strict',
  cannotBill: (file) => `Impossible de facturer les clients de ${file}`,
  skipped: (where, reason) => `${where}\u00a0: ligne écartée\u00a0: ${reason}`,
  moreWarnings: (count) => `${count} autres avertissements\u00a0: voir le rapport`,
  sameReason: (file, count, lines) =>
    `${file === undefined ? '' : `${file}\u00a0: `}${count === 1 ? 'une autre ligne écartée' : `${count.toLocaleString('fr-FR')} autres lignes écartées`} pour la même raison\u00a0: ${count === 1 ? 'ligne' : 'lignes'} ${lines}`,
  lineSpan: (from, to) => `${from} à ${to}`,
  // The French wording of a date's problem already names the flags.
  dateFlagsHint: (_flags) => '',
  nothingRead: (file, count) =>
    `aucun incident n’a pu être lu dans ${file} (${count === 1 ? 'une ligne écartée' : `${count.toLocaleString('fr-FR')} lignes écartées`})\u00a0: le relevé ne compte aucune indisponibilité`,
  line: (n) => `ligne ${n}`,
  incident: (id) => `incident « ${id} »`,
  scenariosShape: 'doit être une liste de scénarios, ou { scenarios: [...] }',
  logScenarioName: (month, element) => (element ? `journal ${month}, ${element}` : `journal ${month}`),
  logScenarioDescription: (file, month, element, chosen) =>
    `Les incidents de ${file} en ${month}${element ? ` qui ont touché ${element}${chosen ? '' : ' (l’élément qui en compte le plus)'}` : ''}.`,
  clientsRequired: '--clients est obligatoire',
  trials: (done, total) => `${done}/${total} tirages`,
  catalogueNeedsFiles: 'donnez des fichiers d’offre, par ex. matou catalogue offers/*.yaml',
  noFileMatches: (patterns) => `aucun fichier d’offre ne correspond à ${patterns}`,
  sortOneOf: '--sort doit valoir name, fee, gti ou target',
  badWhere: (expr, why) => `--where "${expr}"\u00a0: ${why}`,
  whereUnknownField: (field) => `« ${field} » n’est pas un critère\u00a0: utilisez structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target ou fee`,
  whereNoMatch: (expr, value) => `--where "${expr}"\u00a0: aucune offre n’indique « ${value} »`,
  schemaName: (names) => `nommez un schéma\u00a0: ${names.join(', ')}`,
  cannotRead: (file) => `Impossible de lire ${file}`,
  noSuchFile: 'fichier introuvable',
  isFolder: 'c’est un dossier, pas un fichier',
  notReadable: 'lecture refusée (permissions)',
  stdinTwice: 'l’entrée standard (« - ») ne peut être lue qu’une fois',
  stdinName: 'entrée standard',
  cannotWrite: (file, why) => `impossible d’écrire ${file}\u00a0: ${why}`,
  cannotWriteStream: (stream, why) => `impossible d’écrire sur ${stream === 'stdout' ? 'la sortie standard' : 'la sortie d’erreur'}\u00a0: ${why}`,
  writeProblem: {
    ENOENT: 'son dossier n’existe pas',
    EISDIR: 'c’est un dossier',
    ENOTDIR: 'une partie du chemin est un fichier, pas un dossier',
    EACCES: 'permission refusée',
    ENOSPC: 'plus de place sur le disque',
    EROFS: 'le système de fichiers est en lecture seule',
  },
  internalError: 'erreur interne, merci de la signaler\u00a0:',
  inputRefused: (file) => (file ? `${file} est inutilisable` : 'l’entrée est inutilisable'),
  unknownServiceInClients: (service, services) => `l’offre n’a pas de service « ${service} » (services\u00a0: ${services.join(', ')})`,
}
