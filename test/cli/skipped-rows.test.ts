/**
 * Rows skipped for one reason are one warning and the lines they are on: a log whose dates are all written
 * day first is a warning and "29 more rows … lines 3–31", not a page of the same sentence; and a log of
 * which no row could be read is said to count no downtime.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from './run.js'

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'matou-skipped-')), name)
  writeFileSync(path, text)
  return path
}

// Rows 2 to 31: dates written day first, without --date-format; row 32 a start after its end; row 33
// read; rows 34 and 35 day first again, after it.
const rows = ['id;début;fin;éléments']
for (let d = 1; d <= 30; d++) rows.push(`i${d};${String(((d - 1) % 27) + 1).padStart(2, '0')}/03/2026 10:00;${String(((d - 1) % 27) + 1).padStart(2, '0')}/03/2026 11:30;vps-1`)
rows.push('late;2026-03-10T12:00:00Z;2026-03-10T11:00:00Z;vps-1', 'ok;2026-03-11T10:00:00Z;2026-03-11T11:00:00Z;vps-1', 'j1;01/03/2026 10:00;01/03/2026 11:00;vps-1', 'j2;02/03/2026 10:00;02/03/2026 11:00;vps-1')
const log = file('journal.csv', `${rows.join('\n')}\n`)

describe('rows skipped for the same reason', () => {
  it('are one warning, then their count and lines as ranges', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', log, '--month', '2026-03'])
    expect(r.code).toBe(0)
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning: '))
    expect(warnings[0]).toMatch(new RegExp(`^warning: ${log}:2: row skipped: start: "01/03/2026 10:00" is not an ISO-8601 instant`))
    // The start after its end has a reason of its own (the end column's); the rows of the first reason,
    // lines 3 to 31 and then 34 and 35, are counted under the first, in one line.
    expect(warnings[1]).toBe(`warning: ${log}: 31 more rows skipped for the same reason: lines 3–31, 34, 35`)
    expect(warnings[2]).toMatch(new RegExp(`^warning: ${log}:32: row skipped: end: is before start`))
    expect(warnings.some((l) => l.includes('no incident could be read'))).toBe(false)
  })

  it('are counted in French', async () => {
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', log, '--month', '2026-03', '--lang', 'fr'])
    expect(r.stderr).toContain(`avertissement\u00a0: ${log}\u00a0: 31 autres lignes écartées pour la même raison\u00a0: lignes 3 à 31, 34, 35\n`)
  })

  it('are counted when the log is empty and no month is given, before the month is asked for', async () => {
    const only = file('jours.csv', `${rows.slice(0, 6).join('\n')}\n`)
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', only])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`warning: ${only}: 4 more rows skipped for the same reason: lines 3–6\n`)
  })

  it('one row more is said as one', async () => {
    const two = file('deux.csv', `${rows.slice(0, 3).join('\n')}\n`)
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', two, '--month', '2026-03', '--lang', 'fr'])
    expect(r.stderr).toContain(`avertissement\u00a0: ${two}\u00a0: une autre ligne écartée pour la même raison\u00a0: ligne 3\n`)
  })
})

describe('a log of which no row could be read', () => {
  it('is said to count no downtime, in both languages', async () => {
    const none = file('rien.csv', `${rows.slice(0, 4).join('\n')}\n`)
    const en = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', none, '--month', '2026-03'])
    expect(en.code).toBe(0)
    expect(en.stderr).toContain(`warning: no incident could be read from ${none} (3 rows skipped): the statement counts no downtime\n`)
    const fr = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', none, '--month', '2026-03', '--lang', 'fr'])
    expect(fr.stderr).toContain(`avertissement\u00a0: aucun incident n’a pu être lu dans ${none} (3 lignes écartées)\u00a0: le relevé ne compte aucune indisponibilité\n`)
  })
})

describe('a date in another form, in English', () => {
  it('is told with the command line’s flags, as the French wording does', async () => {
    const one = file('un.csv', `${rows.slice(0, 2).join('\n')}\n`)
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', one, '--month', '2026-03'])
    expect(r.stderr).toContain(`; end: "01/03/2026 11:30" is not one either (on the command line: --date-format 'dd/MM/yyyy HH:mm' --dates-time-zone Europe/Paris)\n`)
    const fr = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', one, '--month', '2026-03', '--lang', 'fr'])
    // Once, within the wording of the first date.
    expect(fr.stderr.match(/en ligne de commande/g)).toHaveLength(1)
  })
})

describe('many rows skipped for one reason', () => {
  it('are counted with the figures grouped as the language writes them, and worded only once', async () => {
    const many = ['id;début;fin']
    for (let k = 0; k < 1500; k++) many.push(`r${k};02/03/2026 10:00;02/03/2026 11:00`)
    const big = file('beaucoup.csv', `${many.join('\n')}\n`)
    const en = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', big, '--month', '2026-03'])
    // Lines 2 to 1501: the first worded, the 1,499 others counted.
    expect(en.stderr).toContain(`warning: ${big}: 1,499 more rows skipped for the same reason: lines 3–1501\n`)
    expect(en.stderr).toContain(`(1,500 rows skipped): the statement counts no downtime`)
    expect(en.stderr.match(/row skipped:/g)).toHaveLength(1)
    const fr = await run(['statement', '--offer', 'ovh-vps-2016-starter', '-i', big, '--month', '2026-03', '--lang', 'fr'])
    expect(fr.stderr).toContain(`1\u202f499 autres lignes écartées pour la même raison\u00a0: lignes 3 à 1501\n`)
  })
})
