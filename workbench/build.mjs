// Builds the workbench into workbench/dist: one static folder that any static host can serve.
// The page bundles the library from its source (../src), so no prior `npm run build` is needed.
// `node workbench/build.mjs [--no-api]`: --no-api skips the API reference (TypeDoc), the slow part.
import { build } from 'esbuild'
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, 'dist')
const withApi = !process.argv.includes('--no-api')

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const common = {
  absWorkingDir: here,
  outdir: out,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.yaml': 'text', '.csv': 'text' },
  metafile: true,
  logLevel: 'warning',
}
// The page splits what it loads on demand (renderers, readers) from what it needs at once.
const result = await build({ ...common, entryPoints: { app: 'src/main.tsx' }, splitting: true })
// The worker is a bundle of its own, so that what it shares with the page does not join the first load.
const workerBuild = await build({ ...common, entryPoints: { 'simulation-worker': 'src/simulation-worker.ts' } })

for (const file of ['index.html', 'style.css', 'favicon.svg']) cpSync(join(here, file), join(out, file))
cpSync(join(here, 'samples'), join(out, 'samples'), { recursive: true })

// The first load: the entry and every chunk it imports statically, gzipped as a server would send them.
const outputs = result.metafile.outputs
const key = (abs) => relative(here, abs).split('\\').join('/')
const seen = new Set()
const visit = (name) => {
  if (seen.has(name)) return
  seen.add(name)
  for (const i of outputs[name]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path)
}
visit(Object.keys(outputs).find((k) => k.endsWith('dist/app.js')))
const gzip = (name) => gzipSync(readFileSync(join(here, name)), { level: 9 }).length
const firstLoad = [...seen].map((name) => ({ file: key(join(here, name)), bytes: outputs[name].bytes, gzip: gzip(name) }))
const total = firstLoad.reduce((n, f) => n + f.gzip, 0)
const worker = Object.keys(workerBuild.metafile.outputs).find((k) => k.endsWith('dist/simulation-worker.js'))
const size = { firstLoadGzip: total, firstLoad, workerGzip: worker ? gzip(worker) : null }
writeFileSync(join(out, 'size.json'), JSON.stringify(size, null, 2) + '\n')
console.log(`workbench: first-load JavaScript ${(total / 1000).toFixed(1)} kB gzip in ${firstLoad.length} file(s) (budget 200 kB)`)
if (total > 200_000) {
  console.error('workbench: over the 200 kB gzip budget of the first load')
  process.exitCode = 1
}

if (withApi) {
  const { buildApi } = await import('./api.mjs')
  await buildApi(join(out, 'api'))
}
console.log(`workbench: built into ${relative(process.cwd(), out) || '.'}`)
