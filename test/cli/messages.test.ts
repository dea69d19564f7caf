import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/cli/messages-en.js'
import { fr } from '../../src/cli/messages-fr.js'
import { langFromEnv } from '../../src/cli/messages.js'
import { run } from './run.js'

/** Every key of a catalogue, with the kind of its value and the number of a function's parameters. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()${value.length}`]
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
  return [`${path}:${typeof value}`]
}

// Words that only an English sentence has; none of them is French, and option names never contain a space.
const ENGLISH = [' the ', ' is ', ' must ', 'wrote', 'did you mean', 'usage', ' not ', ' with ', ' and ', ' give ', ' cannot ', ' should ', ' unknown ', ' needs ', ' see:', 'warning:', ' of ', ' or ', ' line ', ' row ', 'skipped', ' are ', ' bytes', 'expected ', 'unexpected', 'neither', ' nor ', ' allowed', ' missing ']

function english(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `
  return ENGLISH.filter((w) => lower.includes(w))
}

const COMMANDS = ['statement', 'compare', 'budget', 'simulate', 'presets', 'catalogue', 'schema']

describe('the message catalogues', () => {
  it('have the same keys, and the same parameters, in English and in French', () => {
    expect(shape(fr).sort()).toEqual(shape(en).sort())
    // A catalogue of 80-odd messages: a shape of nothing would pass the line above.
    expect(shape(en).length).toBeGreaterThan(80)
  })

  it('finds the marker words in an English sentence, so that the checks below can fail', () => {
    expect(english(en.required('--offer'))).toEqual([' is '])
    expect(english(en.wrote('x.html'))).toEqual(['wrote'])
    expect(english(en.didYouMean(['statement']))).toEqual(['did you mean'])
  })
})

describe('the language of the messages', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr')
    expect(langFromEnv({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('fr')
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8', LC_ALL: 'C' })).toBe('en')
    // An empty variable is not set.
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8', LC_ALL: '' })).toBe('fr')
    expect(langFromEnv({})).toBe('en')
  })

  it('is French for the help of every command with LANG=fr_FR.UTF-8, and with --lang fr', async () => {
    for (const name of COMMANDS) {
      const byEnv = await run([name, '--help'], { env: { LANG: 'fr_FR.UTF-8' } })
      expect(byEnv.code).toBe(0)
      expect(byEnv.stdout).toBe(fr.help[name as keyof typeof fr.help])
      expect((await run([name, '--help', '--lang', 'fr'])).stdout).toBe(byEnv.stdout)
      expect(english(byEnv.stdout), name).toEqual([])
    }
    const overview = await run(['--help'], { env: { LANG: 'fr_FR.UTF-8' } })
    expect(overview.stdout).toBe(fr.help.main)
    expect(english(overview.stdout)).toEqual([])
    expect((await run(['--lang', 'fr', '--help'])).stdout).toBe(fr.help.main)
  })

  it('shows the same examples in both languages (test/cli/main.test.ts runs the English ones)', () => {
    const examples = (help: string) => help.split('\n').filter((l) => /^ {2}matou [a-z]+ /.test(l))
    for (const name of [...COMMANDS, 'main'] as const) {
      const key = name as keyof typeof en.help
      expect(examples(fr.help[key]), name).toEqual(examples(en.help[key]))
      expect(examples(en.help[key]).length, name).toBeGreaterThan(0)
    }
  })

  it('is English otherwise, the help saying the same things', async () => {
    for (const name of COMMANDS) expect((await run([name, '--help'])).stdout).toBe(en.help[name as keyof typeof en.help])
  })
})

describe('French errors and warnings contain no English sentence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matou-fr-'))
  // A log with an element nobody bills, and an incident whose GTI cannot be judged (no report time).
  const log = join(dir, 'journal.csv')
  writeFileSync(log, 'id;start;end;elements\nA;2026-03-10T09:00:00+01:00;2026-03-10T13:00:00+01:00;vps-1\nB;2026-03-11T09:00:00+01:00;2026-03-11T10:00:00+01:00;vps-9\n')
  const clients = join(dir, 'clients.csv')
  writeFileSync(clients, 'element;fee;currency;service\nvps-1;6,00;EUR;vps-mensuel\n')
  // A spreadsheet's export with French column names and bad cells of every kind, one file without a start
  // column, one with a single column.
  const sheet = join(dir, 'tableur.csv')
  writeFileSync(
    sheet,
    [
      'id;début;fin;éléments;impact;cause',
      '1;02/03/2026 10:00;02/03/2026 12:00;vps-1;panne;imprévu',
      '2;demain;02/03/2026 12:00;vps-1;foo;bar',
      '3;02/03/2026 10:00;01/03/2026 12:00;;;',
      '4;2026-03-02 10:00;;,;;',
      '5;29/03/2026 02:30;;vps-2;;',
      '6;25/10/2026 02:30;25/10/2026 03:00;vps-2;;',
      '7;02/03/2026 10:00',
      '',
    ].join('\n'),
  )
  const noStart = join(dir, 'sans-debut.csv')
  writeFileSync(noStart, 'a;b;c\n1;2;3\n')
  const oneColumn = join(dir, 'une-colonne.csv')
  writeFileSync(oneColumn, 'a b c\n1 2 3\n')
  const badYaml = join(dir, 'incidents.yaml')
  writeFileSync(badYaml, 'incidents:\n  - start: hier\n    impact: total\n  - start: 2026-03-02T10:00:00Z\n    end: 2026-03-01T10:00:00Z\n')

  it.each([
    [['statment']],
    [['statement', '--offre', 'x']],
    [['statement', '--offer']],
    [['statement', '--offer', 'a.yaml', '--offer', 'b.yaml']],
    [['statement', '--offer', 'a.yaml', '--commitment', 'b.yaml', '--incidents', log]],
    [['statement', '--offer', 'ovh-vps-2016-starter']],
    [['statement', '--offer', 'ovh-vps-2016-startr', '--incidents', log]],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--month', '03/2026']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--as-of', '31/03/2026 23:59']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--fee', 'dix']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--currency', 'EUR']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--columns', 'debut']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--ambiguous-time', 'first']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', join(dir, 'absent.csv')]],
    [['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', log, '--clients', clients]],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, 'extra']],
    [['budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-13']],
    [['budget', '--offer', 'ovh-vps-2016-value', '--format', 'pdf']],
    [['budget', '--offer', 'ovh-vps-2016-value', '--out', 'report.pdf']],
    [['budget', '--offer', 'ovh-vps-2016-value', '--time-zone', 'Paris']],
    [['budget', '--offer', 'ovh-vps-2016-value', '--strict']],
    [['budget', '--offer', 'ovh-vps-2016-value', '--format', 'credit-notes-csv']],
    [['simulate', '--offer', 'ovh-vps-2016-value', '--clients', '10']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '0']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--trials', 'abc']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--duration', 'longtemps']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--sigma', '1']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--fee', '5']],
    [['presets', 'shw']],
    [['presets', 'show', 'ovh-vps-2016-startr']],
    [['catalogue']],
    [['catalogue', 'examples/offers/chatons-coop.yaml', '--where', 'dataLocaton=FR']],
    [['catalogue', 'examples/offers/chatons-coop.yaml', '--where', 'gti<=bientôt']],
    [['catalogue', 'examples/offers/chatons-coop.yaml', '--sort', 'prix']],
    [['catalogue', 'examples/offers/chatons-coop.yaml', '--loss-per-hour', '50']],
    [['schema', 'offre']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', noStart, '--month', '2026-03']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', oneColumn, '--month', '2026-03']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', sheet, '--month', '2026-03', '--columns', 'start=Ouverture']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', sheet, '--month', '2026-03', '--incidents-format', 'yaml']],
    [['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', sheet, '--month', '2026-03', '--date-format', 'DD/MM/YYYY', '--dates-time-zone', 'Europe/Paris']],
    [['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', 'examples/offers/chatons-coop.yaml', '--month', '2026-03']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--rate', '5000']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--seed', '-1']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--service', 'xyz']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '4', '--trials', '10000', '--months', '1200']],
    [['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '100000', '--trials', '100000']],
    [['catalogue', 'examples/offers/chatons-coop.yaml', '--where', 'foo']],
  ])('%j', async (args) => {
    const r = await run([...args, '--lang', 'fr'])
    expect(r.code).not.toBe(0)
    expect(r.stderr).not.toBe('')
    expect(english(r.stderr), r.stderr).toEqual([])
  })

  it('warns of every bad cell of a spreadsheet in French, on the terminal and in every report format', async () => {
    for (const format of ['text', 'markdown', 'html']) {
      const args = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', sheet, '--month', '2026-03', '--format', format, '--lang', 'fr']
      for (const dates of [[], ['--date-format', 'dd/MM/yyyy HH:mm', '--dates-time-zone', 'Europe/Paris']]) {
        const r = await run([...args, ...dates])
        expect(r.code).toBe(0)
        // Seven rows left out in the first run (every date is local); six in the second (row 1 is read). Rows
        // skipped for a reason met before are counted under the first: "2 autres lignes écartées pour la même raison".
        const lines = r.stderr.split('\n')
        const more = lines.map((l) => /(\d+) autres lignes écartées pour la même raison/.exec(l)?.[1] ?? (l.includes('une autre ligne écartée pour la même raison') ? '1' : '0'))
        expect(lines.filter((l) => l.includes('ligne écartée\u00a0:')).length + more.reduce((a, b) => a + Number(b), 0)).toBe(dates.length ? 6 : 7)
        expect(english(r.stderr), r.stderr).toEqual([])
        const text = format === 'html' ? r.stdout.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ') : r.stdout
        expect(english(text.split('\n').filter((l) => /ligne (écartée|ignorée)/.test(l)).join('\n'))).toEqual([])
      }
    }
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', sheet, '--month', '2026-03', '--lang', 'fr', '--date-format', 'dd/MM/yyyy HH:mm', '--dates-time-zone', 'Europe/Paris'])
    expect(r.stderr).toContain(`${sheet}:3\u00a0: ligne écartée\u00a0: début\u00a0: "demain" n’est ni un instant ISO 8601 ni une date au format 'dd/MM/yyyy HH:mm'`)
    expect(r.stderr).toContain(`${sheet}:7\u00a0: ligne écartée\u00a0: début\u00a0: "25/10/2026 02:30" se produit deux fois dans le fuseau Europe/Paris`)
  })

  it('reads the local dates in the offer zone without --dates-time-zone, and the hour that happens twice with --ambiguous-time', async () => {
    const skippedLines = async (...flags: string[]) => {
      const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', sheet, '--month', '2026-03', '--lang', 'fr', '--date-format', 'dd/MM/yyyy HH:mm', ...flags])
      expect(r.code, r.stderr).toBe(0)
      return r.stderr.split('\n').filter((l) => l.includes('ligne écartée')).map((l) => Number(/:(\d+)\u00a0: ligne écartée/.exec(l)?.[1]))
    }
    // Lines 3 to 8 are bad with the zone of the offer (Europe/Paris) as with the zone given; 7 is 02:30 on 25 October.
    expect(await skippedLines()).toEqual([3, 4, 5, 6, 7, 8])
    expect(await skippedLines('--ambiguous-time', 'earlier')).toEqual([3, 4, 5, 6, 8])
  })

  it('warns in French of the rows of a YAML file left out, path by path', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', badYaml, '--month', '2026-03', '--lang', 'fr'])
    expect(r.stderr).toContain(`${badYaml}:4\u00a0: ligne écartée\u00a0: incidents[1].end\u00a0: est avant le début (2026-03-02T10:00:00Z)`)
    expect(english(r.stderr), r.stderr).toEqual([])
  })

  it('gives the help of matou guarantees in French', async () => {
    const r = await run(['guarantees', '--help', '--lang', 'fr'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^matou guarantees — /)
    expect(english(r.stdout), r.stdout).toEqual([])
  })

  it('names the first line of a CSV file in French', async () => {
    const wide = join(dir, 'large.csv')
    writeFileSync(wide, `${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(';')}\n`)
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', wide, '--month', '2026-03', '--lang', 'fr'])
    expect(r.code).toBe(1)
    expect(r.stderr.split('\n')[1]).toBe(`  ${wide}, en-tête (ligne 1)\u00a0: a plus de 1000 colonnes (lues avec le séparateur ";")\u00a0; un fichier d’incidents en a une douzaine`)
    expect(english(r.stderr), r.stderr).toEqual([])
  })

  it('warns in French: a GTI that cannot be judged, an element nobody bills, a fee taken from the offer, with the CSV line', async () => {
    const noFee = join(dir, 'sans-montant.csv')
    writeFileSync(noFee, 'element;fee;currency\nvps-1;;\n')
    const r = await run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', log, '--clients', noFee, '--lang', 'fr', '--out', join(dir, 'releve.html')])
    expect(r.code).toBe(0)
    // A is line 2 of the log and B line 3; neither has a report or detection time for the GTI clock.
    expect(r.stderr).toBe(
      [
        `avertissement\u00a0: La GTI de A ne peut pas être évaluée\u00a0: l’incident n’a ni heure de signalement ni heure de détection, son délai ne peut pas démarrer (${log}:2). Elle n’est comptée ni respectée ni non respectée.`,
        `avertissement\u00a0: La GTI de B ne peut pas être évaluée\u00a0: l’incident n’a ni heure de signalement ni heure de détection, son délai ne peut pas démarrer (${log}:3). Elle n’est comptée ni respectée ni non respectée.`,
        `avertissement\u00a0: L’élément «\u00a0vps-9\u00a0» est nommé par B mais n’est pas facturé\u00a0: aucun crédit ne lui est compté (${log}:3 elements).`,
        'avertissement\u00a0: Un élément n’a pas de montant propre et est facturé au prix de l’offre\u00a0: vps-1.',
        `fichier écrit\u00a0: ${join(dir, 'releve.html')}`,
        '',
      ].join('\n'),
    )
    expect(english(r.stderr)).toEqual([])
    // The report's own warnings point at the same lines (they said `incidents[0]`, which no spreadsheet shows).
    const html = readFileSync(join(dir, 'releve.html'), 'utf8')
    expect(html).toContain(`son délai ne peut pas démarrer (${log}:2).`)
    expect(html).toContain(`son délai ne peut pas démarrer (${log}:3).`)
    expect(html).toContain(`aucun crédit ne lui est compté (${log}:3 elements).`)
    expect(html).not.toContain(`${log} incidents[`)
  })

  it('compares offers on a log whose incidents have no report time: the GTI is not evaluable, not a refusal', async () => {
    // The log's incidents say neither when they were reported nor detected: the draft's GTI cannot start.
    const r = await run(['compare', '--offer', 'examples/offers/chatons-coop.yaml', '--with', 'ovh-vps-2016-starter', '--incidents', log, '--lang', 'fr'], { env: { LANG: 'fr_FR.UTF-8' } })
    expect(r.code, r.stderr).toBe(0)
    // A down 09:00–13:00 and B 09:00–10:00 on vps-1 and vps-9: the scenario takes vps-1 (4 h of March's 743 h,
    // 99,4616 %); the draft has no availability credit and its GTI cannot be judged.
    const row = r.stdout.split('\n').find((l) => l.startsWith('VPS coopératif (draft)'))
    expect(row, r.stdout).toMatch(/^VPS coopératif \(draft\)\s+99,4616\u00a0%\s+—\s+0\u00a0%\s+non évaluable$/)
  })

  it('suggests the preset meant, in French, when simulate or guarantees is given a misspelt one', async () => {
    const near = 'n’est ni un identifiant de modèle (voir\u00a0: matou presets) ni un fichier\u00a0; vouliez-vous dire `ovh-vps-2016-starter`\u00a0?'
    const simulate = await run(['simulate', '--offer', 'ovh-vps-2016-startr', '--fee', '5', '--clients', '2', '--lang', 'fr'])
    expect(simulate.code).toBe(2)
    expect(simulate.stderr.split('\n')[0]).toBe(`matou simulate\u00a0: « ovh-vps-2016-startr » ${near}`)
    const guarantees = await run(['guarantees', '--offer', 'ovh-vps-2016-startr', '--incidents', log, '--as-of', '2026-03-31T00:00:00Z', '--lang', 'fr'])
    expect(guarantees.code).toBe(2)
    expect(guarantees.stderr.split('\n')[0]).toBe(`matou guarantees\u00a0: « ovh-vps-2016-startr » ${near}`)
  })

  it('calls a bad --cover-at-least a percentage, not an amount', async () => {
    const r = await run(['catalogue', 'examples/offers/chatons-coop.yaml', '--loss-per-hour', '50', '--cover-at-least', 'beaucoup', '--lang', 'fr'])
    expect(r.code).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe('matou catalogue\u00a0: --cover-at-least doit être un pourcentage comme 50 ou 12,5 (reçu « beaucoup »)')
    const en = await run(['catalogue', 'examples/offers/chatons-coop.yaml', '--loss-per-hour', '50', '--cover-at-least', 'lots'])
    expect(en.stderr.split('\n')[0]).toBe('matou catalogue: --cover-at-least must be a percentage such as 50 or 12,5 (got "lots")')
  })

  it('writes the JSON Schema with its field descriptions in French', async () => {
    const r = await run(['schema', 'offer', '--lang', 'fr'])
    expect(r.code).toBe(0)
    const schema = JSON.parse(r.stdout) as { description: string; properties: { provider: { description: string } } }
    expect(schema.description).toBe('Une offre\u00a0: des services et leurs montants, l’engagement qui les accompagne, et la structure.')
    expect(schema.properties.provider.description).toBe('Qui la vend.')
    expect(JSON.parse((await run(['schema', 'offer'])).stdout).properties.provider.description).toBe('Who sells it.')
  })

  it('names in French the line of a client list’s record too long to read', async () => {
    // Line 1 is the header, line 2 a client, line 3 a field of a million and one characters.
    const big = join(dir, 'gros-clients.csv')
    writeFileSync(big, `element;fee\nvps-1;5\n${'x'.repeat(1_000_001)};5\n`)
    const r = await run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', log, '--clients', big, '--lang', 'fr'])
    expect(r.code).toBe(1)
    expect(r.stderr.split('\n').slice(1)).toEqual([
      `  ${big}, ligne 3\u00a0: fait plus de 1\u202f000\u202f000 octets, le plus qu’une ligne CSV puisse contenir\u00a0: une liste de clients a une ligne courte par client (est-ce le bon fichier\u00a0?)`,
      '',
    ])
    expect(english(r.stderr)).toEqual([])
  })

  it('names a column as the file’s header does when it warns of an element nobody bills', async () => {
    // Line 2 names vps-1, billed; line 3 names vps-2, whom the client list does not bill, in the column « éléments ».
    const french = join(dir, 'journal-fr.csv')
    writeFileSync(french, 'id;début;fin;éléments\nA;2026-03-10T09:00:00+01:00;2026-03-10T13:00:00+01:00;vps-1\nB;2026-03-11T09:00:00+01:00;2026-03-11T10:00:00+01:00;vps-2\n')
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', french, '--clients', clients, '--month', '2026-03', '--lang', 'fr'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain(`aucun crédit ne lui est compté (${french}:3 éléments).`)
  })

  it('names an offer file and the path of each of its problems, with French typography in French', async () => {
    // An offer without provider nor fee, its service carrying a key the schema does not know.
    const offer = join(dir, 'offre.yaml')
    writeFileSync(offer, 'id: x\nname: X\nservices:\n  - id: vps\n    commitment:\n      measurement: { rounding: 5 }\n')
    const args = ['statement', '--offer', offer, '--incidents', log, '--fee', '6', '--month', '2026-03']
    const fr = await run([...args, '--lang', 'fr'])
    expect(fr.code).toBe(1)
    expect(fr.stderr.split('\n').slice(1)).toEqual([
      `  ${offer}, provider\u00a0: est obligatoire`,
      `  ${offer}, services[0].fee\u00a0: est obligatoire`,
      `  ${offer}, services[0]\u00a0: a une clé inconnue "commitment"`,
      '',
    ])
    const en = await run(args)
    expect(en.stderr.split('\n').slice(1, 2)).toEqual([`  ${offer}: provider: is required`])
  })

  it('warns when comparing on a log of a GTI it cannot judge, naming the incident and its CSV line as the statement does', async () => {
    const args = ['compare', '--offer', 'examples/offers/chatons-coop.yaml', '--with', 'ovh-vps-2016-starter', '--incidents', log]
    // The scenario takes vps-1, whose one incident is A, line 2 of the log; the OVH preset has no GTI.
    const fr = await run([...args, '--lang', 'fr'])
    expect(fr.code, fr.stderr).toBe(0)
    expect(fr.stderr).toBe(
      `avertissement\u00a0: La GTI de A ne peut pas être évaluée\u00a0: l’incident n’a ni heure de signalement ni heure de détection, son délai ne peut pas démarrer (${log}:2). Elle n’est comptée ni respectée ni non respectée.\n`,
    )
    expect(english(fr.stderr)).toEqual([])
    // With -e vps-9 the scenario is B's, line 3; in English the same sentence as the statement's.
    const en = await run([...args, '--element', 'vps-9'])
    expect(en.code, en.stderr).toBe(0)
    expect(en.stderr).toBe(`warning: The GTI of B cannot be evaluated: neither reportedAt nor detectedAt starts its clock (${log}:3). It counts as neither met nor breached.\n`)
  })

  it('folds its warnings to the terminal, and leaves them one line each to a pipe', async () => {
    const args = ['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', log, '--lang', 'fr', '--format', 'json']
    const plain = (r: { stderr: string }) => ({ stderr: r.stderr.replace(/\x1b\[[0-9;]*m/g, '') })
    const piped = plain(await run(args, { env: { LANG: 'fr_FR.UTF-8', COLUMNS: '60' } }))
    const tty = plain(await run(args, { env: { LANG: 'fr_FR.UTF-8', COLUMNS: '60' }, stderrTty: true }))
    expect(piped.stderr.split('\n').filter((l) => l.startsWith('avertissement')).length).toBe(3)
    // Each continuation starts under the warning's text, two spaces in; a word longer than the line (a path) stays whole.
    for (const line of tty.stderr.split('\n')) expect(line.length <= 60 || !line.trim().includes(' '), line).toBe(true)
    expect(tty.stderr.split('\n').length).toBeGreaterThan(piped.stderr.split('\n').length)
    expect(tty.stderr.replace(/\n  /g, ' ')).toBe(piped.stderr)
  })
})
