import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../cli/run.js'

// A spreadsheet whose every row is refused reads as an empty log, and the statement then asks for --month:
// it did so alone, and the member never learnt that "en panne" was the word refused.

const dir = mkdtempSync(join(tmpdir(), 'matou-empty-log-'))
const log = join(dir, 'incidents.csv')
writeFileSync(log, 'identifiant;début;fin;éléments;impact\nz1;03/03/2026 09:10;03/03/2026 10:00;vps-anna;en veille\n')

describe('a log whose every row is refused', () => {
  it('says why each row was, before asking for --month', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--date-format', 'dd/MM/yyyy HH:mm'], { env: { LANG: 'fr_FR.UTF-8' } })
    expect(r.code).toBe(2)
    const lines = r.stderr.replace(/[\u00a0\u202f]/g, ' ').split('\n')
    expect(lines[0]).toMatch(/^avertissement : .*incidents\.csv:2 : ligne écartée : impact : doit être l’une des valeurs outage, partial, degraded ou un de leurs synonymes \(valeur reçue : "en veille"\)/)
    expect(lines[1]).toBe('matou statement : --month est obligatoire quand le journal des incidents est vide')
  })
})
