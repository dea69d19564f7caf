import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KUMA } from './probe-fixtures.js'
import { type Io, main } from '../../src/cli/main.js'

async function run(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t), isTTY: false },
    cwd,
    env: { LANG: 'en_GB.UTF-8' },
  }
  const code = await main(args, io, '9.9.9')
  return { code, stdout, stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'matou-guarantees-'))
writeFileSync(join(dir, 'desk.json'), JSON.stringify({ timeZone: 'UTC', gti: { within: 'PT4H' } }))
writeFileSync(
  join(dir, 'tickets.json'),
  JSON.stringify([
    // due 14:00 → 1 h left at 13:00, 75 % used
    { id: 'late-soon', start: '2026-05-13T10:00:00Z', reportedAt: '2026-05-13T10:00:00Z' },
    // due 16:00 → 3 h left, 25 % used
    { id: 'fresh', start: '2026-05-13T12:00:00Z', reportedAt: '2026-05-13T12:00:00Z' },
  ]),
)

describe('matou guarantees', () => {
  it('prints the open incidents most urgent first, with the escalation instants', async () => {
    const r = await run(['guarantees', '--commitment', 'desk.json', '--incidents', 'tickets.json', '--as-of', '2026-05-13T13:00:00Z', '--escalate', 'lead=-PT30M', '--format', 'json'], dir)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout) as { entries: { id: string; elapsedPercent: string; escalations: { at: string }[] }[] }
    expect(doc.entries.map((e) => [e.id, e.elapsedPercent, e.escalations[0]!.at])).toEqual([
      ['late-soon', '75', '2026-05-13T13:30:00.000Z'],
      ['fresh', '25', '2026-05-13T15:30:00.000Z'],
    ])
  })

  it('prints the compliance figures with --compliance', async () => {
    const r = await run(['guarantees', '--commitment', 'desk.json', '--incidents', 'tickets.json', '--as-of', '2026-05-13T13:00:00Z', '--compliance', '--format', 'json'], dir)
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as { totals: { pending: number }[] }).totals[0]!.pending).toBe(2)
  })

  it('says what is wrong with an escalation', async () => {
    const r = await run(['guarantees', '--commitment', 'desk.json', '--incidents', 'tickets.json', '--as-of', '2026-05-13T13:00:00Z', '--escalate', 'lead'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--escalate must be LEVEL=-DURATION or LEVEL=+DURATION')
  })

  it('says it in French, as the other commands do, with --lang fr', async () => {
    const bad = await run(['guarantees', '--lang', 'fr', '--commitment', 'desk.json', '--incidents', 'tickets.json', '--as-of', '2026-05-13T13:00:00Z', '--escalate', 'lead'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--escalate s’écrit NIVEAU=-DURÉE ou NIVEAU=+DURÉE, par ex. responsable=-PT1H (reçu « lead »)')
    const noAsOf = await run(['guarantees', '--lang', 'fr', '--commitment', 'desk.json', '--incidents', 'tickets.json'], dir)
    expect(noAsOf.code).toBe(2)
    expect(noAsOf.stderr).toContain('--as-of est obligatoire\u00a0: l’instant auquel on regarde les incidents ouverts')
  })

  it('reads a desk export with --from, warning of each row it cannot use in the language asked', async () => {
    writeFileSync(
      join(dir, 'glpi.json'),
      JSON.stringify([
        // opened 10:00 Paris = 08:00Z, GTI 4 h on 24/7: due 12:00Z; at 09:00Z one hour used, 25 %
        { id: 7, date: '2026-05-13 10:00:00', status: 1, priority: 4, entities_id: 3 },
        { id: 8, date: 'hier', status: 1 },
      ]),
    )
    const args = ['guarantees', '--commitment', 'desk.json', '--incidents', 'glpi.json', '--from', 'glpi', '--dates-time-zone', 'Europe/Paris', '--as-of', '2026-05-13T09:00:00Z', '--format', 'json']
    const r = await run([...args, '--lang', 'fr'], dir)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout) as { entries: { id: string; elapsedPercent: string }[] }
    expect(doc.entries.map((e) => [e.id, e.elapsedPercent])).toEqual([['7', '25']])
    expect(r.stderr).toContain('date\u00a0: "hier" n’est pas une date')
    const bad = await run([...args.slice(0, 5), '--from', 'otrs', '--as-of', '2026-05-13T09:00:00Z'], dir)
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/--from must be one of glpi, glpi-csv, servicenow, event-log/)
  })
})

describe('matou guarantees on a desk export that cannot be read', () => {
  it('names the file and says in French where its JSON stops', async () => {
    // `[{"id": 7,}]`: the "}" after the comma is the 11th character.
    writeFileSync(join(dir, 'glpi-casse.json'), '[{"id": 7,}]')
    const r = await run(['guarantees', '--commitment', 'desk.json', '--incidents', 'glpi-casse.json', '--from', 'glpi', '--dates-time-zone', 'Europe/Paris', '--as-of', '2026-05-13T09:00:00Z', '--lang', 'fr'], dir)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      [
        'matou guarantees\u00a0: glpi-casse.json est inutilisable',
        '  glpi-casse.json, json\u00a0: n’est pas du JSON valide à la ligne 1, colonne 11\u00a0: une virgule est en trop avant «\u00a0}\u00a0»\u00a0: JSON n’en veut pas après le dernier élément, retirez-la',
        '',
      ].join('\n'),
    )
  })
})

describe('matou guarantees --gap --max-gap on probe data', () => {
  writeFileSync(join(dir, 'kuma.json'), KUMA)
  writeFileSync(join(dir, 'gtr.json'), JSON.stringify({ timeZone: 'UTC', gtr: { within: 'PT15M', calendar: '24/7' } }))
  const compliance = async (...more: string[]) => {
    const r = await run(['guarantees', '--commitment', 'gtr.json', '--incidents', 'kuma.json', '--compliance', '--format', 'json', ...more], dir)
    return { ...r, totals: r.code === 0 ? (JSON.parse(r.stdout) as { totals: { kind: string; incidents: number; met: number; breached: number }[] }).totals : [] }
  }

  it('without a maximum gap, the beat of 10:15 vouches until 10:50: one outage, 10:10–10:15, restored in 5 min', async () => {
    const { code, totals } = await compliance()
    expect(code).toBe(0)
    expect(totals).toMatchObject([{ kind: 'gtr', incidents: 1, met: 1, breached: 0 }])
  })

  it('with --max-gap PT5M --gap down, the silence 10:20–10:50 is a second outage of 30 min, 15 min over its 15 min GTR', async () => {
    // Down beat 10:10 → 10:15 (5 min ≤ 15: met); up beat 10:15 vouches to 10:20; 10:20 → 10:50 counted down,
    // its clock started at 10:20: due 10:35, restored 10:50, breached.
    const { code, totals } = await compliance('--max-gap', 'PT5M', '--gap', 'down')
    expect(code).toBe(0)
    expect(totals).toMatchObject([{ kind: 'gtr', incidents: 2, met: 1, breached: 1 }])
    const late = await run(['guarantees', '--commitment', 'gtr.json', '--incidents', 'kuma.json', '--as-of', '2026-04-10T12:00:00Z', '--compliance', '--format', 'json', '--max-gap', '5 min', '--gap', 'down'], dir)
    const row = (JSON.parse(late.stdout) as { totals: { marginWall: { worst: number } }[] }).totals[0]
    // 10:35 due, 10:50 restored: 15 min late.
    expect(row?.marginWall.worst).toBe(-15 * 60_000)
  })

  it('with --gap up the same silence is no outage', async () => {
    const { totals } = await compliance('--max-gap', 'PT5M', '--gap', 'up')
    expect(totals).toMatchObject([{ kind: 'gtr', incidents: 1, met: 1, breached: 0 }])
  })

  it('refuses a bad rule or a bad maximum gap before reading any file, in English and in French (exit 2)', async () => {
    const en = await run(['guarantees', '--commitment', 'gtr.json', '--incidents', 'no-such.json', '--compliance', '--gap', 'sometimes'], dir)
    expect(en.code).toBe(2)
    expect(en.stderr).toContain('--gap must be one of unknown, up, down, exclude, previous (got "sometimes")')
    const fr = await run(['guarantees', '--lang', 'fr', '--commitment', 'gtr.json', '--incidents', 'no-such.json', '--compliance', '--max-gap', 'bientôt'], dir)
    expect(fr.code).toBe(2)
    expect(fr.stderr).toContain('--max-gap doit être une durée')
  })
})
