// Installs the packed package into small consumer projects, as a user's npm would, then type-checks each
// one without skipLibCheck and runs what it compiled to. The declarations are what a consumer's compiler
// reads, so a type that degrades to any or fails under one module resolution is caught here, where
// attw's resolution checks alone did not see it.
//
// Offline and fast: the tarball is extracted into each consumer's node_modules/matou, and the package's
// dependencies are links to this repository's own node_modules.
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const only = process.argv.slice(2)
const projects = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared' && (only.length === 0 || only.includes(d.name)))
  .map((d) => d.name)
  .sort()
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
  console.log('test/consumers: no dist/ to pack; run `npm run build` first')
  process.exit(1)
}
const work = mkdtempSync(join(tmpdir(), 'matou-consumers-'))
let failed = 0

function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => resolve({ status, output }))
  })
}

function fail(what, detail) {
  failed++
  console.log(`── ${what}: FAILED\n${detail.trim()}\n`)
}

try {
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))
  const tarball = join(work, filename)
  const unpacked = join(work, 'unpacked')
  mkdirSync(unpacked)
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked])
  const pkg = join(unpacked, 'package')

  // The published declarations are the public surface: nothing marked internal belongs there.
  for (const file of readdirSync(join(pkg, 'dist')).filter((f) => /\.d\.c?ts$/.test(f))) {
    if (readFileSync(join(pkg, 'dist', file), 'utf8').includes('@internal')) fail(`dist/${file}`, 'holds a declaration marked @internal')
  }

  const links = [...Object.keys(manifest.dependencies ?? {}), '@types/node']
  const install = (dir) => {
    const modules = join(dir, 'node_modules')
    cpSync(pkg, join(modules, 'matou'), { recursive: true })
    for (const dep of links) {
      mkdirSync(dirname(join(modules, dep)), { recursive: true })
      symlinkSync(join(root, 'node_modules', dep), join(modules, dep), 'junction')
    }
  }

  // What a browser bundle of the installed package weighs: the unit tests measure the sources, this the
  // files a user's bundler reads. Minified, browser, gzip -9, as in test/architecture/bundle-size.test.ts.
  const sizes = join(work, 'sizes')
  mkdirSync(sizes)
  install(sizes)
  for (const [name, contents, budget] of [
    ["import { monthPeriod } from 'matou'", 'export { monthPeriod } from "matou"', 12_000],
    ["import { monthlyStatement, presets } from 'matou'", 'export { monthlyStatement, presets } from "matou"', undefined],
    ["the whole core (export * from 'matou')", 'export * from "matou"', 90_000],
  ]) {
    const out = await build({ stdin: { contents, resolveDir: sizes, loader: 'js' }, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' })
    const gzip = gzipSync(out.outputFiles[0].contents, { level: 9 }).length
    const figure = `${name}: ${(gzip / 1000).toFixed(1)} kB gzip from the packed package`
    if (budget !== undefined && gzip > budget) fail(figure, `over its budget of ${(budget / 1000).toFixed(1)} kB`)
    else console.log(`── ${figure}${budget === undefined ? '' : `, budget ${(budget / 1000).toFixed(1)} kB`}`)
  }

  const check = async (name) => {
    const dir = join(work, name)
    cpSync(join(here, name), dir, { recursive: true })
    cpSync(join(here, 'shared'), join(dir, 'src'), { recursive: true })
    install(dir)
    const typecheck = await run(process.execPath, [tsc, '-p', dir], dir)
    if (typecheck.status !== 0) return fail(`${name}: tsc`, typecheck.output)
    const start = await run(process.execPath, [join(dir, 'out', 'main.js')], dir)
    if (start.status !== 0 || start.output.trim() !== 'ok') return fail(`${name}: node out/main.js`, start.output)
    console.log(`── ${name}: types checked, runs`)
  }
  // The compiler runs dominate; one per core.
  const queue = [...projects]
  const lanes = Array.from({ length: Math.min(queue.length, availableParallelism()) }, async () => {
    for (let name = queue.shift(); name !== undefined; name = queue.shift()) await check(name)
  })
  await Promise.all(lanes)
} finally {
  rmSync(work, { recursive: true, force: true })
}
if (failed) {
  console.log(`${failed} consumer check(s) failed`)
  process.exit(1)
}
