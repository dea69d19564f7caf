import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Io, main } from '../../src/cli/main.js'

// Regressions from an adversarial trial: failures that reached the user as a stack trace (exit 70).

const root = fileURLToPath(new URL('../..', import.meta.url))
const OFFER = 'examples/offers/chatons-coop.yaml'
const LOG = 'examples/data/incidents-2026-03.json'

async function run(args: string[]) {
  let stdout = ''
  let stderr = ''
  const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: root, env: { LANG: 'en_GB.UTF-8' } }
  const code = await main(args, io, '9.9.9')
  return { code, stdout, stderr }
}

describe('--out that cannot be written is one line and exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'matou-out-'))
  it.each([
    [join(dir, 'missing', 'report.txt'), 'its folder does not exist'],
    [dir, 'it is a folder'],
  ])('%s', async (out, why) => {
    // --fee: a fee taken from the offer's price is warned about, and this test is about the one line of the write error.
    const r = await run(['statement', '--offer', OFFER, '--incidents', LOG, '--fee', '12.00', '--out', out])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`matou statement: cannot write ${out}: ${why}\n`)
  })
})

describe('a name that is a property of every object is not a command', () => {
  it.each(['constructor', '__proto__', 'toString'])('%s', async (name) => {
    const r = await run([name])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(new RegExp(`^matou: unknown command "${name}"`))
    expect((await run(['help', name])).code).toBe(0)
  })
})

describe('every YAML file goes through one reader with the same limits', () => {
  // Each level repeats the one before nine times: 9^5 leaves if expanded.
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcde'[i]}`).join(', ')}]`), 'f: [*e, *e, *e, *e, *e, *e, *e, *e, *e]'].join('\n')
  const dir = mkdtempSync(join(tmpdir(), 'matou-yaml-'))
  const file = join(dir, 'bomb.yaml')
  writeFileSync(file, bomb)

  it.each([
    ['budget', ['--offer', file]],
    ['compare', ['--offer', OFFER, '--scenarios', file]],
    ['statement', ['--offer', OFFER, '--incidents', file]],
  ])('an alias bomb given to %s is exit 1 with its reason', async (command, args) => {
    const r = await run([command, ...args])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('Excessive alias count')
    expect(r.stderr).toContain('at most 100 aliases are expanded')
  })
})

describe('the program as a process', () => {
  let cli = ''
  beforeAll(async () => {
    // The real entry, bundled as the package builds it, so that the process's own streams are used.
    // Written under node_modules so that its dependencies resolve as the package's do.
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true })
    cli = join(mkdtempSync(join(root, 'node_modules/.cache/matou-bin-')), 'cli.mjs')
    await build({ entryPoints: [join(root, 'src/cli/bin.ts')], bundle: true, platform: 'node', format: 'esm', outfile: cli, packages: 'external', logLevel: 'silent', define: { MATOU_VERSION: '"0.0.0"' } })
  })

  it('ends quietly, exit 0, when the reader closes the pipe early', () => {
    // A statement far larger than a pipe's buffer (64 kB), read by `head -c 1`: the pipe closes while
    // the program still writes.
    const log = join(mkdtempSync(join(tmpdir(), 'matou-pipe-')), 'log.json')
    const incidents = Array.from({ length: 3000 }, (_, i) => ({ id: `i${i}`, start: '2026-03-02T10:00:00Z', detectedAt: '2026-03-02T10:00:00Z', end: '2026-03-02T11:00:00Z', elements: [`vps-${i}`] }))
    writeFileSync(log, JSON.stringify(incidents))
    const out = execFileSync('bash', ['-c', `node ${JSON.stringify(cli)} statement --offer ${OFFER} --incidents ${JSON.stringify(log)} --format json | head -c 1; echo " \${PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(out).toBe('{ 0\n')
    // A 3,000-element statement takes about 3 s of CPU; the default 5 s is too tight on a busy machine.
  }, 60_000)

  it.runIf(existsSync('/dev/full'))('says in one line that the device is full, exit 1', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(cli)} presets > /dev/full`], { cwd: root, encoding: 'utf8' })
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('matou: cannot write to standard output: no space left on the device\n')
  })
})
