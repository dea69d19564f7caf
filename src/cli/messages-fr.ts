import { type CliMessages } from './messages.js'

/** Les mots de la ligne de commande en français : aide, erreurs, avertissements, conseils. */

const GLOBAL = `Options de sortie (toutes les commandes) :
  -f, --format text|markdown|json|html   text pour un terminal (par défaut), markdown pour un wiki ou un
                                          forum, json pour les programmes (décimaux en chaînes), html : une
                                          page autonome ; par défaut selon le nom donné à --out (.html, .md,
                                          .json, .txt, et .csv : avoirs), sinon text
  -l, --lang fr|en                        langue du rapport et de ces messages (par défaut selon LC_ALL,
                                          LC_MESSAGES ou LANG : français s’il commence par fr)
      --time-zone FUSEAU                  fuseau IANA des dates affichées, par ex. Europe/Paris
  -o, --out FICHIER                       écrire le rapport dans FICHIER plutôt qu’au terminal
  -h, --help                              cette aide
Les durées s’écrivent 4h, 30 min, 1 h 30, 2j ou PT4H. Un nom de fichier « - » lit l’entrée standard.
Les tableaux en texte tiennent dans la largeur du terminal (100 colonnes hors terminal).
Couleurs seulement dans un terminal, jamais si NO_COLOR est défini.
Codes de sortie : 0 fait, 1 fichier d’entrée incorrect (chaque problème donné avec son fichier et sa
ligne ou son chemin), 2 ligne de commande incorrecte (commande ou option inconnue, valeur incorrecte ou
répétée, options incompatibles).`

const INCIDENT_HELP = `  -i, --incidents FICHIER  le journal des incidents : .csv, .json, .yaml, ou un export Statuspage,
                           Uptime Kuma ou Prometheus (reconnu à son contenu) ; « - » lit l’entrée standard
  --incidents-format F     csv, json, yaml, statuspage, uptime-kuma ou prometheus, si le nom ne le dit pas
  --date-format MODÈLE     dates locales d’un CSV et de --as-of, par ex. "dd/MM/yyyy HH:mm"
  --dates-time-zone FUSEAU le fuseau de ces dates locales (par défaut : celui de l’offre)
  --ambiguous-time CHOIX   une heure locale que l’horloge affiche deux fois (quand elle recule) :
                           reject (refuser, par défaut), earlier (la première) ou later (la seconde)
  --columns CORRESPONDANCE les noms de colonnes du CSV, par ex. start=début,end=fin,elements=machines
  --max-gap D              données de sonde (Uptime Kuma, Prometheus) : la durée maximale dont répond un
                           battement ou un échantillon, par ex. PT5M ou 5 min (par défaut : Uptime Kuma,
                           jusqu’au suivant ; Prometheus, un pas) ; au-delà, sans données, c’est un trou
  --gap RÈGLE              ce que compte un trou : unknown, inconnu (par défaut : signalé, compté
                           disponible) ; up, disponible ; down, indisponible ; exclude, retiré de la
                           période ; previous, le dernier état dure ; le relevé donne la couverture,
                           la part de la période observée`

export const fr: CliMessages = {
  lang: 'fr',
  help: {
    main: `matou — engagements de service, au centime près

Utilisation : matou COMMANDE [options]   (dans le dépôt, sans commande : la démonstration)

Commandes :
  statement   disponibilité et crédits du mois pour chaque élément, d’après un journal d’incidents
  compare     une offre à côté d’autres (modèles ou fichiers), sur les mêmes scénarios, des deux côtés
  budget      l’indisponibilité que chaque palier d’une offre permet sur un mois donné
  simulate    le risque d’une offre sur de nombreux clients et mois (Monte-Carlo)
  presets     des conditions commerciales réelles, avec leurs sources
  catalogue   filtrer des offres selon des critères d’organisation
  schema      le schéma JSON d’un format de fichier
  guarantees  les incidents ouverts qui risquent de manquer leur GTI/GTR, et le taux de respect

matou COMMANDE --help donne les options et des exemples d’une commande.

Exemples :
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --loss-per-hour 50
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou budget --offer ovh-vps-2016-value --month 2026-04

Codes de sortie : 0 fait, 1 fichier d’entrée incorrect, 2 ligne de commande incorrecte.
`,
    statement: `matou statement — disponibilité et crédits du mois pour chaque élément, avec le calcul

Utilisation : matou statement --offer FICHIER|MODÈLE --incidents FICHIER [--month AAAA-MM] [options]

  --offer FICHIER|MODÈLE   l’offre (YAML ou JSON) ou l’identifiant d’un modèle (voir : matou presets)
  --commitment FICHIER     un fichier d’engagement seul, au lieu de --offer
${INCIDENT_HELP}
  -m, --month AAAA-MM      le mois, dans le fuseau de l’offre (par défaut : celui du premier incident)
  -c, --clients FICHIER    qui est facturé : un CSV (colonnes element, fee, currency, et au choix
                           service, name ; « , » ou « ; », un montant peut s’écrire 9,99), ou JSON / YAML ;
                           chaque client de la liste est facturé, avec ou sans incident
  -e, --element ID         seulement ces éléments (répétable, ou séparés par des virgules :
                           -e vps-01,vps-02 ; par défaut : chaque élément nommé par le journal)
  --service ID             le service de l’offre facturé (par défaut : le premier)
  --fee MONTANT            le montant mensuel de chaque élément qui n’en a pas (par défaut : le prix de
                           son service dans le fichier d’offre ; un modèle n’en a pas, les montants sont
                           alors inconnus)
  --currency CODE          sa devise (par défaut : celle de l’offre, sinon EUR)
  --as-of INSTANT          mesurer les incidents ouverts jusqu’à cet instant, ISO 8601 ou selon
                           --date-format (par défaut : maintenant, ou la fin du mois si elle est passée)
  --strict                 échouer (code 1) au moindre avertissement : ligne écartée, garantie qu’on ne
                           peut juger, incident nommant un élément non facturé, montant pris dans l’offre
                           ou inconnu
  -f credit-notes-csv      une ligne CSV par élément crédité, pour un outil de facturation (voir le
                           README) ; avec --lang fr, le fichier commence par une marque d’ordre des
                           octets (BOM), pour qu’Excel lise les accents

Exemples :
  matou statement --offer ovh-vps-2016-value --incidents examples/data/incidents-2026-03.json --month 2026-03
  matou statement --offer examples/offers/chatons-coop.yaml --incidents examples/data/incidents-2026-03.json --element vps-david --lang fr
  matou statement --offer examples/offers/chatons-coop.yaml --incidents examples/data/incidents-2026-03.json --clients examples/data/clients-2026-03.csv --format credit-notes-csv --lang fr

${GLOBAL}
`,
    compare: `matou compare — une offre à côté d’autres, sur les mêmes scénarios, des deux côtés

Utilisation : matou compare --offer FICHIER [--with MODÈLE|FICHIER]... [--scenarios FICHIER] [--loss-per-hour MONTANT]

  --offer FICHIER          votre offre (YAML ou JSON) ; le prix de son premier service sert aussi aux modèles
  -w, --with MODÈLE|FICHIER  une offre à comparer (répétable) : identifiant de modèle ou fichier
  -s, --scenarios FICHIER  des scénarios (YAML ou JSON ; voir : matou schema scenarios) ; par défaut : un
                           mois ordinaire, une panne de 4 h, une panne de 2 jours, un incendie de
                           centre de données, un vendredi soir
  --loss-per-hour MONTANT  ce qu’une heure d’indisponibilité coûte au client : la part que chaque offre
                           en rembourse
  -i, --incidents FICHIER  ajouter un scénario tiré d’un vrai journal d’incidents (avec --month,
                           --element, et les options de lecture de matou statement : --date-format,
                           --columns …)
  -m, --month AAAA-MM      le mois de ce journal (par défaut : celui de son premier incident)
  -e, --element ID         l’élément dont les incidents font le scénario (par défaut : le plus touché)

Exemples :
  matou compare --offer examples/offers/chatons-coop.yaml --with ovh-vps-2016-starter --with ovh-vps-2016-value --loss-per-hour 50
  matou compare --offer examples/offers/chatons-coop.yaml --with aws-ec2-instance --format markdown

${GLOBAL}
`,
    budget: `matou budget — l’indisponibilité que chaque palier d’une offre permet sur un mois, à la milliseconde

Utilisation : matou budget --offer FICHIER|MODÈLE [--month AAAA-MM|AAAA-Qn|AAAA]

  --offer FICHIER|MODÈLE   l’offre (YAML ou JSON) ou l’identifiant d’un modèle (voir : matou presets)
  -m, --month PÉRIODE      un mois (2026-04), un trimestre (2026-Q2) ou une année (2026) ; par défaut :
                           ce mois-ci

Exemples :
  matou budget --offer ovh-vps-2016-value --month 2026-04
  matou budget --offer ovh-vps-2016-starter --month 2026-03 --lang fr

${GLOBAL}
`,
    simulate: `matou simulate — ce que les engagements d’une offre peuvent coûter sur de nombreux clients et mois (Monte-Carlo)

Utilisation : matou simulate --offer FICHIER|MODÈLE --clients N [--months 12] [--trials 2000] [--seed 1] [options du modèle]

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
  --correlated-duration D     leur durée moyenne (par défaut : celle des incidents indépendants)
  --outside-business-hours P  part des incidents signalés hors des heures de l’équipe (GTI), de 0 à 1
  --response D                délai moyen d’intervention de l’équipe une fois au travail (GTI), par défaut 1h
  --service ID                le service de l’offre que prennent les clients (par défaut : le premier)
  --fee MONTANT --currency C  le montant mensuel payé par chaque client, obligatoire avec un modèle (qui n’a
                              pas de prix)
Même graine, mêmes chiffres sur toute machine. Une barre de progression s’affiche dans un terminal pour
les longs calculs.

Exemples :
  matou simulate --offer examples/offers/chatons-coop.yaml --clients 40 --months 12 --trials 2000 --seed 7
  matou simulate --offer ovh-vps-2016-value --fee 10 --clients 40 --trials 2000 --seed 7 --rate 0.1 --correlated-rate 0.02 --correlated-duration 12h

${GLOBAL}
`,
    presets: `matou presets — les conditions réelles d’offres commerciales, avec leurs sources

Utilisation : matou presets            une ligne par modèle : identifiant, nom et date
              matou presets show ID    ses conditions, sa source et la clause qu’il reprend

Avec --format markdown, html ou json, matou presets écrit chaque modèle en entier.

Exemples :
  matou presets
  matou presets show ovh-vps-2016-starter

${GLOBAL}
`,
    catalogue: `matou catalogue — filtrer des offres selon des critères d’organisation, avec la raison de chaque verdict

Utilisation : matou catalogue FICHIER... [--where EXPR]... [--loss-per-hour MONTANT --cover-at-least POURCENT] [--sort name|fee|gti|target]

  --where EXPR   structure=cooperative   salariedStaff=true   staff>=2   onCall=true   chatons=true
                 dataLocation=FR   gti<=4h   gti=true   gtr=false   credit=true   target>=99.5   fee<=20
  --loss-per-hour MONTANT --cover-at-least POURCENT
                 garder les offres dont le dédommagement d’une panne de 4 h couvre au moins POURCENT
                 de la perte
  --sort CLÉ     name (par défaut), fee, gti ou target

Exemples :
  matou catalogue examples/offers/*.yaml --where "structure=cooperative" --where "gti<=4h"
  matou catalogue examples/offers/*.yaml --where "salariedStaff=true" --sort fee --format markdown

${GLOBAL}
`,
    schema: `matou schema — le schéma JSON d’un format de fichier, pour que l’éditeur vérifie et complète vos fichiers

Utilisation : matou schema offer|commitment|incidents|scenarios

Exemple :
  matou schema offer --out offer.schema.json
  puis commencez votre offre YAML par : # yaml-language-server: $schema=offer.schema.json

Codes de sortie : 0 fait, 2 ligne de commande incorrecte.
`,
  },
  seeHelp: (command) => `Voir : matou ${command} --help`,
  warning: 'avertissement :',
  wrote: (file) => `fichier écrit : ${file}`,
  sep: ' ; ',
  didYouMean: (words) => `vouliez-vous dire ${words.map((w) => `\`${w}\``).join(' ou ')} ?`,
  orList: (words) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ou ${words[words.length - 1]}`),
  unknownCommand: (name) => `commande inconnue « ${name} »`,
  unknownOption: (flag) => `option inconnue ${flag}`,
  missingValue: (flag) => `${flag} attend une valeur`,
  valueLooksLikeOption: (flag, next) => `${flag} attend une valeur, et a reçu l’option ${next}`,
  noValueExpected: (flag) => `${flag} ne prend pas de valeur`,
  repeated: (flag, values) => `${flag} est donnée ${values.length} fois (${values.map((v) => `« ${v} »`).join(', ')}) : donnez-la une seule fois`,
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
  badCurrency: (flag, got) => `${flag} doit être un code de devise ISO 4217 comme EUR (reçu « ${got} »)`,
  badDuration: (flag, got) => `${flag} doit être une durée comme 4h, 30 min, 1 h 30, 2j ou PT4H (reçu « ${got} »)`,
  badZone: (flag, got) => `${flag} doit être un fuseau IANA comme Europe/Paris (reçu « ${got} »)`,
  badInstant: (flag, got, format) =>
    `${flag} doit être un instant comme 2026-03-31T23:59:00+02:00${format ? ` ou une date écrite ${format}` : ' (ou donnez --date-format, par ex. "dd/MM/yyyy HH:mm")'} (reçu « ${got} »)`,
  badDateFormat: (flag, reason) => `${flag} : ${reason}`,
  badColumns: (flag, got) => `${flag} doit être une liste champ=colonne, par ex. start=début,end=fin (reçu « ${got} »)`,
  unknownColumnField: (flag, field, fields) => `${flag} : « ${field} » n’est pas un champ d’incident (champs : ${fields.join(', ')})`,
  formatForOut: (file) => `le nom ${file} ne dit pas quel format écrire : donnez --format`,
  csvOnlyStatement: '--format credit-notes-csv ne sert qu’à matou statement',
  badEscalation: (got) => `--escalate s’écrit NIVEAU=-DURÉE ou NIVEAU=+DURÉE, par ex. responsable=-PT1H (reçu « ${got} »)`,
  asOfForRisk: '--as-of est obligatoire : l’instant auquel on regarde les incidents ouverts',
  presetNoPrice: (ref) => `le modèle « ${ref} » donne des conditions, pas un prix : utilisez ici un fichier d’offre, ou comparez les modèles avec --with, au prix de votre offre`,
  presetNeedsFee: (ref) => `le modèle « ${ref} » donne des conditions, pas un prix : donnez le montant mensuel payé par chaque client avec --fee (et --currency, EUR par défaut)`,
  feeIsForPreset: (ref) => `--fee sert aux modèles : le fichier d’offre ${ref} fixe déjà le prix de ses services`,
  notPresetNorFile: (ref) => `« ${ref} » n’est ni un identifiant de modèle (voir : matou presets) ni un fichier`,
  unknownPreset: (id) => `aucun modèle n’a l’identifiant « ${id} » (voir : matou presets)`,
  noService: (service, services) => `l’offre n’a pas de service « ${service} » (services : ${services.join(', ')})`,
  presetsSubcommand: (sub) => `sous-commande de presets inconnue « ${sub} » : utilisez « matou presets » ou « matou presets show ID »`,
  presetsShowNeedsId: 'matou presets show attend un identifiant de modèle (voir : matou presets)',
  presetColumns: { id: 'Identifiant', checked: 'Vérifié', name: 'Nom', date: 'Date' },
  presetsFooter: (count) => `${count} modèles. Détails : matou presets show ID`,
  monthForEmptyLog: '--month est obligatoire quand le journal des incidents est vide',
  clientsOrElement: 'donnez --clients ou --element, pas les deux',
  strictFailed: 'Relevé refusé en mode strict',
  cannotBill: (file) => `Impossible de facturer les clients de ${file}`,
  skipped: (where, reason) => `${where} : ligne écartée : ${reason}`,
  moreSkipped: (file, count) => `${file} : ${count} autres lignes écartées`,
  moreWarnings: (count) => `${count} autres avertissements : voir le rapport`,
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
  badWhere: (expr, why) => `--where "${expr}" : ${why}`,
  whereUnknownField: (field) => `« ${field} » n’est pas un critère : utilisez structure, salariedStaff, staff, onCall, chatons, dataLocation, gti, gtr, credit, target ou fee`,
  whereNoMatch: (expr, value) => `--where "${expr}" : aucune offre n’indique « ${value} »`,
  schemaName: (names) => `nommez un schéma : ${names.join(', ')}`,
  cannotRead: (file) => `Impossible de lire ${file}`,
  noSuchFile: 'fichier introuvable',
  isFolder: 'c’est un dossier, pas un fichier',
  notReadable: 'lecture refusée (permissions)',
  stdinTwice: 'l’entrée standard (« - ») ne peut être lue qu’une fois',
  stdinName: 'entrée standard',
  cannotWrite: (file, why) => `impossible d’écrire ${file} : ${why}`,
  cannotWriteStream: (stream, why) => `impossible d’écrire sur ${stream === 'stdout' ? 'la sortie standard' : 'la sortie d’erreur'} : ${why}`,
  writeProblem: {
    ENOENT: 'son dossier n’existe pas',
    EISDIR: 'c’est un dossier',
    ENOTDIR: 'une partie du chemin est un fichier, pas un dossier',
    EACCES: 'permission refusée',
    ENOSPC: 'plus de place sur le disque',
    EROFS: 'le système de fichiers est en lecture seule',
  },
  internalError: 'erreur interne, merci de la signaler :',
  inputRefused: (file) => (file ? `${file} est inutilisable` : 'l’entrée est inutilisable'),
  unknownServiceInClients: (service, services) => `l’offre n’a pas de service « ${service} » (services : ${services.join(', ')})`,
}
