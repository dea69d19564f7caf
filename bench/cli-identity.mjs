// Checks that two builds of the command line write the same statement, byte for byte, in every format and
// both languages, to standard output and to a file: what a change to the writers must keep. The log has
// 100,000 incidents on 1,000 elements with what the writers treat apart: instants with milliseconds, an
// open incident (measured up to --as-of), an id with a quote, another with a comma, and the dates shown
// in a zone that is not the offer's (--time-zone).
//
//   node bench/cli-identity.mjs /tmp/old-dist/cli.js            this worktree's dist/cli.js against it
//   node bench/cli-identity.mjs /tmp/old-dist/cli.js other.js   two given builds
//
// Exits 1 when any output differs, and says which.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const [oldCli, newCli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))] = process.argv.slice(2)
if (!oldCli) {
  console.error('usage: node bench/cli-identity.mjs OLD_CLI [NEW_CLI]')
  process.exit(2)
}

const ELEMENTS = 1_000
const ROWS = 100_000

function writeLog(file) {
  let seed = 11
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const from = Date.UTC(2026, 1, 28, 20)
  const span = 750 * 3_600_000
  const lines = ['id,start,end,elements,impact,cause']
  for (let i = 0; i < ROWS; i++) {
    // A third of the instants carry milliseconds; some incidents are degraded, a tenth maintenance.
    const ms = random() < 0.3 ? Math.floor(random() * 1000) : 0
    const s = from + Math.floor(random() * (span / 1000)) * 1000 + ms
    const e = s + 30_000 + Math.floor(random() * 21_540_000)
    const id = i === 5 ? '"say ""hi"""' : i === 6 ? '"a,b"' : `i${i}`
    const impact = random() < 0.15 ? 'degraded' : 'outage'
    lines.push(`${id},${new Date(s).toISOString()},${new Date(e).toISOString()},vps-${Math.floor(random() * ELEMENTS)},${impact},${random() < 0.1 ? 'maintenance' : 'unplanned'}`)
  }
  // Open: no end; measured up to --as-of.
  lines.push('open-1,2026-03-30T21:15:30.250Z,,vps-7,outage,unplanned')
  writeFileSync(file, `${lines.join('\n')}\n`)
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex')

function run(cli, args, out) {
  const r = spawnSync(process.execPath, [cli, ...args, ...(out ? ['--out', out] : [])], { maxBuffer: 2 ** 31 - 1, env: { ...process.env, LANG: 'en_GB.UTF-8' } })
  if (r.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`)
  return { stdout: out ? readFileSync(out) : r.stdout, stderr: r.stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'matou-cli-identity-'))
let differ = 0
try {
  const log = join(dir, 'incidents.csv')
  writeLog(log)
  const base = ['statement', '--offer', 'ovh-vps-2016-starter', '--incidents', log, '--month', '2026-03', '--fee', '9.99', '--as-of', '2026-03-31T12:00:00Z']
  for (const format of ['text', 'markdown', 'json', 'html', 'credit-notes-csv'])
    for (const lang of ['en', 'fr'])
      for (const zone of [undefined, 'America/New_York'])
        for (const toFile of [false, true]) {
          const args = [...base, '--format', format, '--lang', lang, ...(zone ? ['--time-zone', zone] : [])]
          // The same file name for both: the command names it on standard error.
          const a = run(oldCli, args, toFile ? join(dir, 'statement.out') : undefined)
          const b = run(newCli, args, toFile ? join(dir, 'statement.out') : undefined)
          const same = a.stdout.equals(b.stdout) && a.stderr.equals(b.stderr)
          if (!same) differ++
          console.log(`${same ? 'same' : 'DIFFERENT'}  ${format.padEnd(16)} ${lang} ${(zone ?? 'offer zone').padEnd(16)} ${toFile ? 'file  ' : 'stdout'} ${sha(b.stdout).slice(0, 16)} ${b.stdout.length} bytes`)
        }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
console.log(differ ? `${differ} outputs differ` : 'every output is the same')
process.exit(differ ? 1 : 0)
