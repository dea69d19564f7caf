import { describe, expect, it } from 'vitest'
import { run } from '../cli/run.js'

// A month written another way than YYYY-MM is refused with exit 2 (a command-line value), and the message
// says how to write it. `2026-3` gave no hint at all: the year-first pattern was read backwards.

const statement = (month: string, lang: 'fr' | 'en') =>
  run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', 'examples/data/incidents-2026-03.json', '--month', month], {
    env: { LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_GB.UTF-8' },
  })

describe('a month written another way', () => {
  const cases: [string, string][] = [
    ['2026-3', '2026-03'],
    ['2026/03', '2026-03'],
    ['2026.3', '2026-03'],
    ['202603', '2026-03'],
    ['3/2026', '2026-03'],
    ['03-2026', '2026-03'],
    ['12.2026', '2026-12'],
    ['mars 2026', '2026-03'],
    ['Février 2026', '2026-02'],
    ['March 2026', '2026-03'],
    ['déc. 2026', '2026-12'],
  ]
  for (const [written, hint] of cases)
    it(`${written} → écrivez ${hint}`, async () => {
      const r = await statement(written, 'fr')
      expect(r.code).toBe(2)
      expect(r.stderr.replace(/[\u00a0\u202f]/g, ' ')).toContain(`--month doit être un mois écrit AAAA-MM, par ex. 2026-03 (reçu « ${written} ») ; écrivez ${hint}\n`)
    })

  it('in English too', async () => {
    const r = await statement('2026-3', 'en')
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('(got "2026-3"); write 2026-03')
  })

  for (const written of ['2026-13', '13/2026', '2026-0', 'mardi 2026', 'soon'])
    it(`${written} has no month to suggest, and still exits 2`, async () => {
      const r = await statement(written, 'fr')
      expect(r.code).toBe(2)
      expect(r.stderr).not.toContain('écrivez')
    })
})
