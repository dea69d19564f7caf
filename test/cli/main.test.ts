import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { commandHelp, mainHelp } from '../../src/cli/help.js'
import { type Io, main } from '../../src/cli/main.js'

const root = fileURLToPath(new URL('../..', import.meta.url))

async function run(args: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}) {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty ?? false },
    cwd: options.cwd ?? root,
    env: { LANG: 'en_GB.UTF-8', ...options.env },
  }
  const code = await main(args, io, '9.9.9')
  return { code, stdout, stderr }
}

describe('matou command line', () => {
  it('runs the demonstration with no arguments in the repository', async () => {
    const r = await run([])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('Offers compared')
    expect(r.stdout).toContain('OVH VPS STARTER (2016)')
    expect(r.stdout).toContain('VPS coopératif (draft)')
  })

  it('prints the overview elsewhere, and the version', async () => {
    const r = await run([], { cwd: tmpdir() })
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(mainHelp())
    expect((await run(['--version'])).stdout).toBe('9.9.9\n')
  })

  it('has --help on every command, and every example in the help runs', async () => {
    for (const name of ['statement', 'compare', 'budget', 'simulate', 'presets', 'catalogue', 'schema']) {
      const help = await run([name, '--help'])
      expect(help.code).toBe(0)
      expect(help.stdout).toBe(commandHelp(name))
      const examples = commandHelp(name)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith(`matou ${name}`) && !l.includes(' — ') && !l.includes('FILE') && !l.includes(' ID'))
      expect(examples.length, name).toBeGreaterThan(0)
      for (const example of examples) {
        const args = (example.match(/"[^"]*"|\S+/g) ?? []).slice(1).map((a) => a.replace(/^"|"$/g, ''))
        const dir = mkdtempSync(join(tmpdir(), 'matou-'))
        // --out goes to a temporary folder, not into the repository.
        const i = args.indexOf('--out')
        if (i >= 0) args[i + 1] = join(dir, args[i + 1]!)
        // Globs are the shell's job: expand the one the catalogue examples use.
        const expanded = args.flatMap((a) => (a === 'examples/offers/*.yaml' ? ['examples/offers/chatons-coop.yaml', 'examples/offers/asso-benevole.yaml'] : [a]))
        const r = await run(expanded)
        expect(r.code, `${example}\n${r.stderr}`).toBe(0)
      }
    }
  })

  it('draws up a statement from a CSV log, in French', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matou-'))
    const csv = join(dir, 'log.csv')
    writeFileSync(csv, 'start;end;elements\n2026-03-10T09:00:00+01:00;2026-03-10T13:00:00+01:00;vps-1\n2026-03-11T09:00:00+01:00;;vps-1\n')
    const r = await run(['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', csv, '--month', '2026-03', '--fee', '9.99', '--as-of', '2026-03-11T09:00:00+01:00', '--lang', 'fr'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // 4 h of 743 h: 99,4616 % → 10 % of 9,99 € = 1,00 €
    expect(r.stdout).toMatch(/99,4616\s%/)
    expect(r.stdout).toMatch(/1,00\s€/)
  })

  it('warns about every skipped row, with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matou-'))
    const csv = join(dir, 'log.csv')
    writeFileSync(csv, 'start,end\n2026-03-10T09:00:00Z,2026-03-10T10:00:00Z\n02/03/2026 10:00,2026-03-10T10:00:00Z\n')
    const r = await run(['statement', '--offer', 'ovh-vps-2016-value', '--incidents', csv, '--month', '2026-03'])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/warning: .*log\.csv:3: row skipped: /)
  })

  it('exits 1 on bad input, listing every problem with its file and path, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matou-'))
    const offer = join(dir, 'offer.yaml')
    writeFileSync(offer, 'id: x\nprovider: p\nname: n\nservices:\n  - id: s\n    fee: { amount: "abc", currency: EUR }\ncommitment:\n  gti: { within: P1M }\n')
    const r = await run(['budget', '--offer', offer, '--month', '2026-03'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${offer}: services[0].fee.amount: must be a decimal number`)
    expect(r.stderr).toContain(`${offer}: commitment.gti.within: must be an ISO-8601 duration`)
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it('reports a YAML syntax error with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matou-'))
    const offer = join(dir, 'offer.yaml')
    writeFileSync(offer, 'id: x\nservices: [\n')
    const r = await run(['budget', '--offer', offer])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/line \d+, column \d+/)
  })

  it('exits 2 on a bad command line', async () => {
    expect((await run(['frobnicate'])).code).toBe(2)
    expect((await run(['budget', '--bogus'])).code).toBe(2)
    expect((await run(['budget'])).stderr).toContain('--offer (a file or a preset id) is required')
    expect((await run(['budget', '--offer', 'ovh-vps-2016-value', '--format', 'pdf'])).code).toBe(2)
    expect((await run(['statement', '--offer', 'no-such-preset', '--incidents', 'x.csv'])).code).toBe(2)
  })

  it('writes a report to a file with --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matou-'))
    const out = join(dir, 'report.html')
    const r = await run(['compare', '--offer', 'examples/offers/chatons-coop.yaml', '--with', 'ovh-vps-2016-value', '--format', 'html', '--out', out])
    expect(r.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i)
  })

  it('uses colours only on a terminal without NO_COLOR', async () => {
    const args = ['budget', '--offer', 'ovh-vps-2016-value', '--month', '2026-04']
    expect((await run(args)).stdout).not.toContain('\x1b[')
    expect((await run(args, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[')
  })

  it('prints the JSON Schema of a format', async () => {
    const r = await run(['schema', 'offer'])
    expect(JSON.parse(r.stdout).title).toBe('matou offer')
  })
})
