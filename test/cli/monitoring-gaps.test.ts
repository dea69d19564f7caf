/**
 * A statement drawn up on the command line from probe data says how much of the month the data observed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KUMA } from './probe-fixtures.js'
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

describe('matou statement --gap --max-gap on an Uptime Kuma export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matou-kuma-'))
  const file = join(dir, 'kuma.json')
  writeFileSync(file, KUMA)
  const MIN = 60_000
  const statement = (...more: string[]) => run(['statement', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', file, '--month', '2026-04', '--element', 'web', ...more])

  it('without a maximum gap, a beat vouches until the next one: nothing unobserved', async () => {
    const { code, stdout } = await statement('--format', 'json')
    expect(code).toBe(0)
    const web = JSON.parse(stdout).elements[0]
    expect(web.coverage).toMatchObject({ unobservedMs: 0, excludedMs: 0, share: '1' })
    // Only the beat of 10:10 is down, until the next beat at 10:15.
    expect(web.availability.downtimeMs).toBe(String(5 * MIN))
  })

  it('with --max-gap PT5M --gap exclude, leaves the 30 min without beats out of the month and says its coverage', async () => {
    const { code, stdout } = await statement('--max-gap', 'PT5M', '--gap', 'exclude', '--format', 'json')
    expect(code).toBe(0)
    const web = JSON.parse(stdout).elements[0]
    // The beat of 10:15 vouches until 10:20; the next is at 10:50: a gap of 30 min.
    // April in Paris: 30 d = 43,200 min; observed 43,200 − 30 = 43,170 min; 43,170 / 43,200 = 0.999305…
    expect(web.coverage).toMatchObject({ periodMs: 43_200 * MIN, unobservedMs: 30 * MIN, excludedMs: 30 * MIN, observedMs: 43_170 * MIN })
    expect(web.coverage.share.startsWith('0.99930555')).toBe(true)
    // The availability is measured on the 43,170 min observed: 5 min down of them.
    expect(web.availability).toMatchObject({ measuredMs: 43_170 * MIN, downtimeMs: String(5 * MIN) })
  })

  it('with --gap down, counts the gap as an outage, still unobserved time', async () => {
    const { code, stdout } = await statement('--max-gap', '5 min', '--gap', 'down', '--format', 'json')
    expect(code).toBe(0)
    const web = JSON.parse(stdout).elements[0]
    // 5 min down at 10:10 + 30 min without beats counted as down = 35 min, over the whole month.
    expect(web.availability).toMatchObject({ measuredMs: 43_200 * MIN, downtimeMs: String(35 * MIN) })
    expect(web.coverage).toMatchObject({ unobservedMs: 30 * MIN, excludedMs: 0 })
  })

  it('prints the coverage in English and in French', async () => {
    const en = await statement('--max-gap', 'PT5M', '--gap', 'exclude')
    const fr = await statement('--max-gap', '5 min', '--gap', 'exclude', '--lang', 'fr')
    expect([en.code, fr.code]).toEqual([0, 0])
    // 43,170 / 43,200 = 99.930555… % → 99.9306 % to four places.
    expect(en.stdout.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/99\.9306 ?%/)
    expect(fr.stdout.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/observé 99,9306 ?% du temps mesuré/)
  })

  it('refuses a gap rule it does not know, in both languages', async () => {
    const en = await statement('--gap', 'sometimes')
    expect(en.code).toBe(2)
    expect(en.stderr).toContain('--gap must be one of unknown, up, down, exclude, previous (got "sometimes")')
    const fr = await statement('--gap', 'parfois', '--lang', 'fr')
    expect(fr.code).toBe(2)
    expect(fr.stderr).toContain('--gap doit valoir unknown, up, down, exclude, previous (reçu « parfois »)')
  })

  it('refuses a maximum gap that is not a duration, in both languages', async () => {
    const en = await statement('--max-gap', 'soon')
    expect(en.code).toBe(2)
    expect(en.stderr).toContain('--max-gap must be a duration')
    const fr = await statement('--max-gap', '0 min', '--lang', 'fr')
    expect(fr.code).toBe(2)
    expect(fr.stderr).toContain('--max-gap doit être une durée')
  })
})

describe('--gap and --max-gap on the other commands that read an incident log', () => {
  it('are checked by compare and simulate before any file is read', async () => {
    const compare = await run(['compare', '--offer', 'examples/offers/chatons-coop.yaml', '--incidents', 'no-such-file.json', '--gap', 'maybe'])
    expect(compare.code).toBe(2)
    expect(compare.stderr).toContain('--gap must be one of')
    const simulate = await run(['simulate', '--offer', 'examples/offers/chatons-coop.yaml', '--clients', '5', '--durations-from', 'no-such-file.json', '--max-gap', '-5 min', '--lang', 'fr'])
    expect(simulate.code).toBe(2)
    expect(simulate.stderr).toContain('--max-gap doit être une durée')
  })
})
