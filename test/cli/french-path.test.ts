import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, run } from './run.js'

// The French path as a member of a small hosting association walks it, from a fresh folder: an offer, the
// month's incidents from a spreadsheet (semicolons, French dates, the spreadsheet's own words), the clients,
// and every command run with a French locale.

const dir = mkdtempSync(join(tmpdir(), 'matou-french-path-'))
copyFileSync(join(root, 'examples/offers/chatons-coop.yaml'), join(dir, 'offre.yaml'))
writeFileSync(
  join(dir, 'incidents.csv'),
  [
    'Identifiant;Début;Fin;Éléments;Impact;Cause;Titre',
    'INC-1;02/03/2026 10:00;02/03/2026 12:30;vps-01;En panne;Imprévu;Disque plein',
    'INC-2;05/03/2026 21:00;06/03/2026 01:15;vps-02;Ralenti;Maintenance programmée;Mise à jour du noyau',
    'INC-3;12/03/2026 08:00;12/03/2026 08:40;vps-01;Hors service;Client;Mauvaise manipulation',
    '',
  ].join('\n'),
)
writeFileSync(join(dir, 'clients.csv'), 'element;fee;currency;name\nvps-01;6;EUR;Alice\nvps-02;6;EUR;Bob\nvps-03;6;EUR;Chloé\n')
const fr = { LANG: 'fr_FR.UTF-8' }
const statement = ['statement', '--offer', 'offre.yaml', '--incidents', 'incidents.csv', '--clients', 'clients.csv', '--date-format', 'dd/MM/yyyy HH:mm', '--month', '2026-03']

describe('the French path: text folded to the terminal', () => {
  it('folds the statement’s sentences to COLUMNS, keeps its incident lines whole, and its tables as they were', async () => {
    const narrow = await run(statement, { env: { ...fr, COLUMNS: '72' }, cwd: dir })
    expect(narrow.code).toBe(0)
    const lines = narrow.stdout.split('\n')
    // The note under the guarantees table is a sentence of some 170 characters: folded.
    expect(narrow.stdout).toContain('Les marges sont le temps couvert restant avant l’échéance (négatives\u00a0:\nretard)')
    // An incident line is a record one a line: whole, as a table's row is.
    const incident = lines.find((l) => l.startsWith('- INC-3 '))
    expect(incident?.length).toBeGreaterThan(72)
    // Every other line that is not a table's (which has its own rule) fits.
    const tableLine = (l: string) => / {2}\S/.test(l.trim()) || /^-+( +-+)+$/.test(l)
    expect(lines.filter((l) => l.length > 72 && !l.startsWith('- INC-') && !tableLine(l))).toEqual([])
    // A wider terminal gives longer lines: the width, not a fixed one, decides.
    const wide = await run(statement, { env: { ...fr, COLUMNS: '200' }, cwd: dir })
    expect(wide.stdout).toContain('Les marges sont le temps couvert restant avant l’échéance (négatives\u00a0: retard)')
  })

  it('writes to a file with --out at the width the tables there have, and HTML without folding', async () => {
    const out = join(dir, 'releve.txt')
    expect((await run([...statement, '--out', out], { env: { ...fr, COLUMNS: '72' }, cwd: dir })).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('(négatives\u00a0:\nretard)')
    const html = join(dir, 'releve.html')
    expect((await run([...statement, '--out', html], { env: { ...fr, COLUMNS: '72' }, cwd: dir })).code).toBe(0)
    expect(readFileSync(html, 'utf8')).toContain('(négatives\u00a0: retard)')
  })
})

describe('the French path: messages that say where and what to do', () => {
  it('guarantees names the spreadsheet line and the incident whose clock cannot start, in French', async () => {
    const r = await run(['guarantees', '--offer', 'offre.yaml', '--incidents', 'incidents.csv', '--as-of', '31/03/2026 23:59', '--date-format', 'dd/MM/yyyy HH:mm'], { env: fr, cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([
      'matou guarantees\u00a0: incidents.csv est inutilisable',
      // INC-1 is on the file's second line, under the header.
      '  incidents.csv:2 (incident « INC-1 »)\u00a0: n’a ni heure de signalement ni heure de détection (colonnes « signalé » ou reportedAt, « détecté » ou detectedAt)\u00a0: le délai de sa GTI ne peut pas démarrer',
    ])
  })
})

describe('the French path: one word for one thing', () => {
  it('a row set aside is « écartée » in the warning and in the report alike', async () => {
    writeFileSync(join(dir, 'heure-absente.csv'), 'Début;Fin;Éléments;Impact\n29/03/2026 02:30;29/03/2026 03:10;vps-03;Coupure\n02/03/2026 10:00;02/03/2026 10:30;vps-01;En panne\n')
    const r = await run(['statement', '--offer', 'offre.yaml', '--incidents', 'heure-absente.csv', '--date-format', 'dd/MM/yyyy HH:mm', '--month', '2026-03'], { env: fr, cwd: dir })
    expect(r.code).toBe(0)
    // 02:30 on 29 March 2026 does not exist in Paris: the clocks go from 02:00 to 03:00.
    expect(r.stderr).toContain('heure-absente.csv:2\u00a0: ligne écartée\u00a0: Début\u00a0: "29/03/2026 02:30" n’existe pas dans le fuseau Europe/Paris')
    expect(r.stdout).toContain('- Ligne écartée (heure-absente.csv:2)\u00a0: Début')
    expect(r.stdout).not.toMatch(/ignorée/)
  })
})
