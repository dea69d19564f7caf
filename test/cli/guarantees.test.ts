import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
    expect(noAsOf.stderr).toContain('--as-of est obligatoire : l’instant auquel on regarde les incidents ouverts')
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
