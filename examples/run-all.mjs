// Runs every example against the built package, as a user would, and fails if any of them fails.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const only = process.argv.slice(2)
const files = readdirSync(dir)
  .filter((f) => /\.(mjs|cjs|js)$/.test(f) && f !== 'run-all.mjs')
  .filter((f) => only.length === 0 || only.includes(f))
  .sort()
// The README quotes the output of some examples: `examples/NAME` followed by a ```text block. What it
// shows must be what the example prints (its first lines), so the README cannot drift from the code.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
function quotedOutput(file) {
  const at = readme.indexOf(`examples/${file}\``)
  if (at < 0) return undefined
  const open = readme.indexOf('```text\n', at)
  if (open < 0 || open - at > 400) return undefined
  const close = readme.indexOf('\n```', open + 8)
  return readme.slice(open + 8, close)
}
// The quick start in the README is this file, to the character.
const quick = /## Quick start\n+```js\n([\s\S]*?)```/.exec(readme)?.[1]
const quickFile = readFileSync(new URL('./quick-start.mjs', import.meta.url), 'utf8')
let failed = 0
if (quick !== quickFile) {
  failed++
  console.log('── README.md: the quick start differs from examples/quick-start.mjs')
}
for (const file of files) {
  const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' })
  let ok = run.status === 0
  let why = ok ? '' : `FAILED (exit ${run.status})`
  const quoted = quotedOutput(file)
  if (ok && quoted !== undefined && !run.stdout.startsWith(quoted)) {
    ok = false
    why = 'FAILED: its output differs from what README.md shows'
  }
  if (!ok) failed++
  process.stdout.write(`\n── examples/${file} ${why}\n${run.stdout}${run.stderr}`)
}
// Every command-line example the README shows with its output runs and prints what the README shows.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const root = fileURLToPath(new URL('..', import.meta.url))
let cliRuns = 0
for (const m of readme.matchAll(/```sh\nnpx matou([^\n]*)\n```\n+```text\n([\s\S]*?)```/g)) {
  const args = (m[1].match(/"[^"]*"|\S+/g) ?? []).map((a) => a.replace(/^"|"$/g, ''))
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_GB.UTF-8' } })
  cliRuns++
  if (run.status !== 0 || !run.stdout.startsWith(m[2])) {
    failed++
    process.stdout.write(`\n── README: npx matou${m[1]} FAILED (exit ${run.status}): its output differs from what README.md shows\n${run.stdout}${run.stderr}`)
  }
}
console.log(`\n${files.length + cliRuns + 1 - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
