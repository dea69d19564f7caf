import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../cli/run.js'

// matou guarantees reads a French spreadsheet as matou statement does: its local dates in the offer's zone
// unless --dates-time-zone says otherwise, and --as-of written like them. It refused the file ("timeZone is
// required with dateFormat") and passed --as-of "…/…/…" to the library unread (exit 1).

const dir = mkdtempSync(join(tmpdir(), 'matou-guarantees-'))
const log = join(dir, 'tickets.csv')
// T-1 is open: reported Tuesday 31 March 2026 at 09:00 Paris, nobody on it yet.
writeFileSync(log, 'identifiant;début;éléments;signalé le;impact;cause\nT-1;31/03/2026 08:50;vps-anna;31/03/2026 09:00;panne;imprévu\n')
const offer = join(dir, 'offre.yaml')
// A GTI of 4 hours around the clock, in Paris.
writeFileSync(offer, 'timeZone: Europe/Paris\ngti:\n  within: PT4H\n')
const fr = { env: { LANG: 'fr_FR.UTF-8' } }

describe('matou guarantees with a French spreadsheet', () => {
  it('reads its dates in the offer’s zone and --as-of as they are written', async () => {
    const r = await run(['guarantees', '--offer', offer, '--incidents', log, '--date-format', 'dd/MM/yyyy HH:mm', '--as-of', '31/03/2026 12:00', '--format', 'json'], fr)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    // 12:00 Paris (CEST, UTC+2) = 10:00 UTC; the deadline 09:00 + 4 h = 13:00 Paris = 11:00 UTC, one hour left.
    expect(doc.asOf).toBe('2026-03-31T10:00:00.000Z')
    expect(JSON.stringify(doc)).toContain('2026-03-31T11:00:00.000Z')
  })

  it('answers a bad --as-of with the format it expects and exit 2', async () => {
    const r = await run(['guarantees', '--offer', offer, '--incidents', log, '--date-format', 'dd/MM/yyyy HH:mm', '--as-of', '31/13/2026 12:00'], fr)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--as-of doit être un instant comme 2026-03-31T23:59:00+02:00 ou une date écrite dd/MM/yyyy HH:mm (reçu « 31/13/2026 12:00 »)')
  })
})
