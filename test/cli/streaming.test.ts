import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Io, main } from '../../src/cli/main.js'
import { DEFAULT_WIDTH } from '../../src/cli/main.js'
import { parseCsvIncidents } from '../../src/io/csv.js'
import { offerFromPreset } from '../../src/offers/offer.js'
import { presets } from '../../src/offers/presets/index.js'
import { creditNotesCsv } from '../../src/report/credit-notes.js'
import { renderStatement } from '../../src/report/index.js'
import { monthlyStatement } from '../../src/statement/monthly.js'
import { parsePeriod } from '../../src/time/period.js'

// A log with a bit of everything the explanation writes: an incident on two elements, a maintenance
// (excluded), one cut at the end of the month, one under a minute, one degraded, ids and none, and a row
// with a quote (read by the quoted-field path).
const LOG = [
  'id,start,end,elements,impact,cause',
  'a1,2026-03-02T10:00:00Z,2026-03-02T14:00:00Z,"vps-1, vps-2",outage,unplanned',
  'a2,2026-03-05T08:00:00Z,2026-03-05T09:30:00Z,vps-2,outage,maintenance',
  ',2026-03-31T20:00:00Z,2026-04-01T03:00:00Z,vps-3,outage,unplanned',
  'a4,2026-03-07T10:00:00Z,2026-03-07T10:00:30Z,vps-1,outage,unplanned',
  '"a""5",2026-03-29T00:30:00Z,2026-03-29T02:15:00.250Z,vps-<4>,degraded,unplanned',
  'a6,2026-03-12T10:00:00Z,2026-03-12T18:00:00Z,vps-3,outage,unplanned',
].join('\n')

function logFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'matou-streaming-'))
  writeFileSync(join(dir, 'log.csv'), text)
  return dir
}

/** The command line run with a stdout that takes pieces, as a pipe does; `full` makes every write ask to wait. */
async function run(args: string[], cwd: string, full = false) {
  const writes: string[] = []
  let waits = 0
  const io: Io = {
    stdout: {
      write: (t: string) => (writes.push(t), !full),
      once: (_: 'drain', go: () => void) => {
        waits++
        setImmediate(go)
      },
      isTTY: false,
    },
    stderr: { write: () => true, isTTY: false },
    cwd,
    env: { LANG: 'en_GB.UTF-8' },
  }
  const code = await main(args, io, '9.9.9')
  return { code, stdout: writes.join(''), writes: writes.length, waits }
}

/** The same statement through the library: the log read as objects, the report made as one string. */
function libraryReport(text: string, format: string, lang: 'en' | 'fr'): string {
  const preset = presets.list().find((p) => p.id === 'ovh-vps-2016-starter')!
  const offer = offerFromPreset(preset, { amount: '0', currency: 'EUR' })
  const { incidents } = parseCsvIncidents(text)
  const ids = [...new Set(incidents.flatMap((x) => (typeof x.elements === 'string' ? [x.elements] : (x.elements ?? []))))]
  const statement = monthlyStatement({
    commitment: offer.commitment,
    period: parsePeriod('2026-03', offer.commitment.timeZone),
    incidents,
    elements: ids.map((id) => ({ id, fee: { amount: '9.99', currency: 'EUR' }, feeSource: 'option' as const })),
  })
  if (format === 'credit-notes-csv') {
    const csv = creditNotesCsv(statement, { lang, offer })
    return lang === 'fr' ? `\uFEFF${csv}` : csv
  }
  const report = renderStatement(statement, {
    format: format as 'text',
    lang,
    color: false,
    commitment: offer.commitment,
    // As the command heads the page: a preset's name already starts with its provider.
    offer: offer.name.startsWith(offer.provider) ? offer.name : `${offer.provider}, ${offer.name}`,
    ...(format === 'text' && { width: DEFAULT_WIDTH }),
  })
  return report.endsWith('\n') ? report : `${report}\n`
}

describe('matou statement written as it is made', () => {
  const dir = logFile(LOG)
  const args = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', 'log.csv', '--month', '2026-03', '--fee', '9.99']

  for (const format of ['text', 'markdown', 'json', 'html', 'credit-notes-csv'] as const)
    for (const lang of ['en', 'fr'] as const)
      it(`${format}, ${lang}: the streamed output is the library's report as one string, byte for byte`, async () => {
        const r = await run([...args, '--format', format, '--lang', lang], dir)
        expect(r.code).toBe(0)
        expect(r.stdout).toBe(libraryReport(LOG, format, lang))
        // Not empty: every element and every incident id made it through.
        for (const id of ['vps-1', 'vps-2', 'vps-3']) expect(r.stdout).toContain(id)
        if (format !== 'credit-notes-csv') for (const id of ['a1', 'a2', 'a4', 'a6']) expect(r.stdout).toContain(id)
      })

  it('writes --out in the same bytes as standard output', async () => {
    for (const format of ['json', 'html'] as const) {
      const r = await run([...args, '--format', format, '--out', `report.${format}`], dir)
      expect(r.code).toBe(0)
      expect(readFileSync(join(dir, `report.${format}`), 'utf8')).toBe(libraryReport(LOG, format, 'en'))
    }
  })

  it('waits for a full pipe to drain between pieces, and still writes every byte', async () => {
    // 3,000 incidents on 100 elements: a text report of about half a MB, written in 64 kB pieces.
    const rows = ['id,start,end,elements']
    for (let i = 0; i < 3000; i++) {
      const start = Date.UTC(2026, 2, 1 + (i % 28), 1 + (i % 20), (i * 7) % 60)
      rows.push(`x${i},${new Date(start).toISOString()},${new Date(start + 60_000 * (2 + (i % 50))).toISOString()},vps-${i % 100}`)
    }
    const big = `${rows.join('\n')}\n`
    const bigDir = logFile(big)
    const r = await run([...args, '--format', 'text'], bigDir, true)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(libraryReport(big, 'text', 'en'))
    expect(r.writes).toBeGreaterThan(5)
    // One wait after every write the stream refused.
    expect(r.waits).toBe(r.writes)
  })
})
