/**
 * A statement drawn up on the command line from probe data says how much of the month the data observed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from './run.js'

const H = 3_600_000
const APRIL = Date.UTC(2026, 3, 1)
const MAY = Date.UTC(2026, 4, 1)

/** `probe_success` of one instance, one sample an hour through April 2026 (UTC), none from 11:00 to 16:00 on the 20th. */
function prometheusApril(): string {
  const values: [number, string][] = []
  for (let t = APRIL; t < MAY; t += H) if (t < Date.UTC(2026, 3, 20, 11) || t > Date.UTC(2026, 3, 20, 16)) values.push([t / 1000, '1'])
  return JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [{ metric: { instance: 'web' }, values }] } })
}

describe('matou statement on probe data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matou-gaps-'))
  const file = join(dir, 'probe.json')
  writeFileSync(file, prometheusApril())

  it('gives the coverage: one sample an hour, 6 h without samples, 714 h of 720 h observed', async () => {
    const { code, stdout } = await run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', file, '--month', '2026-04', '--element', 'web', '--format', 'json'])
    expect(code).toBe(0)
    const doc = JSON.parse(stdout)
    // The sample of 10:00 holds one step, to 11:00; the next is at 17:00: 6 h unobserved, counted unknown, not excluded.
    expect(doc.coverage).toMatchObject({ periodMs: 720 * H, unobservedMs: 6 * H, excludedMs: 0, observedMs: 714 * H })
  })

  it('says it in French', async () => {
    const { stdout } = await run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', file, '--month', '2026-04', '--element', 'web', '--lang', 'fr'])
    expect(stdout).toContain('Couverture de la supervision')
    // 714 / 720 = 0.9916666… → 99,1667 %
    expect(stdout.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/observé 99,1667 ?% du temps mesuré/)
  })
})
