/**
 * Files as spreadsheets save them: Excel on Windows writes a French CSV in Windows-1252 (`début` is the
 * byte E9, `€` the byte 80), and "Unicode text" in UTF-16 with a byte-order mark. Read as UTF-8, their
 * accented columns were unknown and every fee in euros refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from './run.js'

const dir = mkdtempSync(join(tmpdir(), 'matou-encodings-'))
function file(name: string, bytes: Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, bytes)
  return path
}

// The same log in three encodings: 1 h 30 min down on vps-1, an impact and a cause in French.
const LOG = 'id;début;fin;éléments;impact;cause\r\ni1;2026-03-02 10:00;2026-03-02 11:30;vps-1;panne;imprévue\r\n'
const latin = (text: string) => Buffer.from(text.replace('€', '\u0080'), 'latin1')
const windows = file('journal-1252.csv', latin(LOG))
const utf16 = file('journal-utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LOG, 'utf16le')]))
const utf8 = file('journal-utf8.csv', Buffer.from(`\uFEFF${LOG}`, 'utf8'))
// A client list whose fee cell is formatted as euros, its name accented: "9,99 €" and "Renée".
const clients = file('clients-1252.csv', latin('element;montant;devise;nom\r\nvps-1;9,99 €;EUR;Renée\r\n'))

describe('a file that is not UTF-8', () => {
  it('is read as Windows-1252, with a warning naming it, and gives the statement its UTF-8 twin gives', async () => {
    const args = ['--offer', 'ovh-vps-2016-starter', '--month', '2026-03', '--clients', clients, '--format', 'json']
    const one = await run(['statement', '-i', windows, ...args])
    const twin = await run(['statement', '-i', utf8, ...args])
    expect(one.code).toBe(0)
    expect(one.stderr).toContain(`warning: ${windows} is not UTF-8: read as Windows-1252, the encoding Excel saves a CSV in on Windows (save it as "CSV UTF-8" to be sure of its accents)`)
    expect(one.stderr).toContain(`warning: ${clients} is not UTF-8`)
    expect(twin.stderr).not.toContain(`${utf8} is not UTF-8`)
    const a = JSON.parse(one.stdout)
    const b = JSON.parse(twin.stdout)
    // 1 h 30 min down (5,400,000 ms); the fee 9,99 € read, the name with its accent.
    expect(a.elements.map((e: { element: string; name: string; fee: unknown }) => [e.element, e.name, e.fee])).toEqual([['vps-1', 'Renée', { amount: '9.99', currency: 'EUR' }]])
    expect(a.elements[0].availability.downtimeMs).toBe('5400000')
    expect(a.elements).toEqual(b.elements)
  })

  it('says so in French', async () => {
    const r = await run(['statement', '-i', windows, '--offer', 'ovh-vps-2016-starter', '--month', '2026-03', '--lang', 'fr'])
    expect(r.stderr).toContain(`avertissement\u00a0: ${windows} n’est pas en UTF-8\u00a0: lu en Windows-1252, l’encodage dans lequel Excel enregistre un CSV sous Windows (enregistrez-le en «\u00a0CSV UTF-8\u00a0» pour être sûr de ses accents)`)
  })

  it('after a UTF-16 byte-order mark is read as UTF-16, without a word', async () => {
    const r = await run(['statement', '-i', utf16, '--offer', 'ovh-vps-2016-starter', '--month', '2026-03', '--format', 'json'])
    expect(r.code).toBe(0)
    expect(r.stderr).not.toContain('UTF-8')
    expect(JSON.parse(r.stdout).elements[0].availability.downtimeMs).toBe('5400000')
  })
})
